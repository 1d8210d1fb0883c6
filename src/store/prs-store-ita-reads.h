/* prs-store-ita-reads.h: typed reads the ITA section and report need beyond
 * prs-ita-store.h (so SQL stays in the store), and the published context of a result
 *
 * The published context is what the assessor's report says around the scores: the
 * national average, the agency's rank nationally (145 of 159) and in its ministry,
 * how many answered each part (404 public, 42 survey), the assessor's recommendations
 * and the report's limitations. One per result (unit and year).
 *
 * Import/export form (CSV, UTF-8 or Windows-874, header optional): one value a row,
 * columns unit, year, field, value; field is one of prs_ita_context_field_names()
 * (national_average, national_rank, national_count, ministry_rank, ministry_count,
 * respondents_internal, respondents_public, respondents_survey, recommendations,
 * limitations). A rank may be written with its count ("145/159", "145 of 159",
 * "145 จาก 159"). An empty value clears the field. Thai digits are accepted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store-shell.h"
#include "prs-ita.h"

G_BEGIN_DECLS


/* The units the ITA chooser offers: the own agency first, then every unit with an
 * ITA result, by name. Element type PrsUnitBrief. */
GPtrArray *prs_ita_store_list_result_units (PrsStore  *store,
                                            GError   **error);

/* The title of an issue of the ITA analysis; NULL if there is none with @issue_id
 * (@error unset) or when it could not be read (@error set). */
char      *prs_ita_store_get_issue_title   (PrsStore  *store,
                                            gint64     issue_id,
                                            GError   **error);


typedef struct
{
  gboolean has_national_average;
  PrsScore national_average;     /* hundredths */
  guint    national_rank;        /* 0: unknown */
  guint    national_count;
  guint    ministry_rank;
  guint    ministry_count;
  gint     respondents_internal; /* -1: unknown */
  gint     respondents_public;
  gint     respondents_survey;
  char    *recommendations;      /* never NULL after init; "" when none */
  char    *limitations;
} PrsItaContext;

/* Everything unknown. */
void                prs_ita_context_init        (PrsItaContext       *context);
void                prs_ita_context_clear       (PrsItaContext       *context);
gboolean            prs_ita_context_is_empty    (const PrsItaContext *context);
/* The field names of the import form, NULL-terminated. */
const char * const *prs_ita_context_field_names (void);
/* Translated label of a field ("National rank"). */
const char         *prs_ita_context_field_label (const char          *field);
/* Sets one field from text as typed or imported; empty text clears it. FALSE with
 * PRS_STORE_ERROR_INVALID and a message naming the problem. */
gboolean            prs_ita_context_set_field   (PrsItaContext       *context,
                                                 const char          *field,
                                                 const char          *text,
                                                 GError             **error);
/* The field as text (ASCII digits), NULL when unknown or empty. */
char               *prs_ita_context_get_field   (const PrsItaContext *context,
                                                 const char          *field);
/* Ranks within their counts. */
gboolean            prs_ita_context_check       (const PrsItaContext *context,
                                                 GError             **error);

/* The stored context of a unit's year into @context (initialised first); FALSE when
 * none is stored (@error unset) or when it could not be read (@error set). */
gboolean prs_ita_store_get_context   (PrsStore            *store,
                                      gint64               unit_id,
                                      int                  year_be,
                                      PrsItaContext       *context,
                                      GError             **error);
/* Replaces the context (an empty one removes it), creating the result row if needed;
 * one undo step. */
gboolean prs_ita_store_set_context   (PrsStore            *store,
                                      gint64               unit_id,
                                      int                  year_be,
                                      const PrsItaContext *context,
                                      GError             **error);
/* Reads the import form; checks every row first (errors name the file's physical
 * line) and writes nothing unless all are valid, then writes all in one undo step.
 * @n_results gets the number of results touched. With @dry_run nothing is written. */
gboolean prs_ita_store_import_context (PrsStore           *store,
                                       const char         *path,
                                       gboolean            dry_run,
                                       guint              *n_results,
                                       GError            **error);
/* Writes the stored contexts (of @year_be, or all when 0) in the import form, UTF-8
 * with BOM and a header. */
gboolean prs_ita_store_export_context_csv (PrsStore       *store,
                                           int             year_be,
                                           const char     *path,
                                           GError        **error);

/* Starts a result: the unit named @unit_name (full name or abbreviation; a new unit,
 * under the own agency's parent if there is one, when no unit has that name) and the
 * year @year_be (an ITA framework must exist for it). One undo step ("Start ITA
 * results of …"). Refuses (PRS_STORE_ERROR_CONSTRAINT) a result that already exists.
 * Returns the unit's id (0 with @error). */
gint64   prs_ita_store_start_result (PrsStore           *store,
                                     const char         *unit_name,
                                     int                 year_be,
                                     GError            **error);

/* A plan's title, NULL when there is no such plan or its title is empty (@error
 * unset) or when it could not be read (@error set). */
char    *prs_ita_store_get_plan_title (PrsStore           *store,
                                       gint64              plan_id,
                                       GError            **error);

/* A unit as documents name it: with its parent unit's name before it when the parent
 * is a unit within the agency ("สำนักบริหารกลาง กลุ่มงานนิติการ"), not the agency itself
 * or a ministry; NULL if there is no such unit. */
char    *prs_ita_store_get_unit_display_name (PrsStore    *store,
                                              gint64       unit_id,
                                              GError     **error);

G_END_DECLS
