/* prs-ita-store.h: ITA results in a workspace — load, compute, edit, import, compare
 *
 * The glue between the workspace (tables units, ita_results, ita_figures) and the
 * core roll-up engine (prs-ita.h). Every write goes through the store's edit API, so
 * a figure set in the entry sheet and a whole import are each one undo step.
 *
 * Import format ("long"): one figure a row, columns unit, year, code, part, score.
 * unit is a full name or an abbreviation (new units are created), year a Buddhist
 * Era fiscal year, code I1–I30, E1–E15, O1–O43, ind1–ind10, IIT, EIT, OIT or total,
 * part "public"/"survey" for EIT items and the EIT instrument and empty otherwise,
 * score 0–100 (Thai digits accepted; OIT items also ผ่าน / ไม่ผ่าน). The header row
 * is optional; CSV in UTF-8 (with or without BOM) or Windows-874, any delimiter, or
 * the first sheet of an XLSX workbook. Nothing is written unless every row is valid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"
#include "prs-ita.h"

G_BEGIN_DECLS

/* --- Units and results --- */

/* The unit whose full name or abbreviation is @name (spaces and case ignored), or 0
 * with PRS_STORE_ERROR_NOT_FOUND. */
gint64   prs_ita_store_find_unit       (PrsStore    *store,
                                        const char  *name,
                                        GError     **error);
/* The own agency (units.is_own_agency), or 0 with PRS_STORE_ERROR_NOT_FOUND. */
gint64   prs_ita_store_get_own_agency  (PrsStore    *store,
                                        GError     **error);
/* Full name and abbreviation of a unit (either out may be NULL); FALSE with @error
 * unset if there is no such unit, FALSE with @error set when it could not be read. */
gboolean prs_ita_store_get_unit_names  (PrsStore    *store,
                                        gint64       unit_id,
                                        char       **name,
                                        char       **abbreviation,
                                        GError     **error);
/* ita_results.id for the unit and year; 0 with @error unset if there is none, 0
 * with @error set when it could not be read. */
gint64   prs_ita_store_find_result     (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        GError     **error);
/* Years with results: of @unit_id, or of any unit when @unit_id is 0. Ascending.
 * A GArray of int; NULL with @error set when they could not be read. */
GArray  *prs_ita_store_list_years      (PrsStore    *store,
                                        gint64       unit_id,
                                        GError     **error);

/* The framework of a stored result (or, if none, of the year). */
PrsItaFramework *prs_ita_store_get_framework (PrsStore  *store,
                                              gint64     unit_id,
                                              int        year_be,
                                              GError   **error);

/* The given figures of a unit's year as roll-up input (empty if no result). */
PrsItaInput  *prs_ita_store_load_input (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        GError     **error);
/* Loads and rolls up. */
PrsItaRollup *prs_ita_store_compute    (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        GError     **error);

/* --- Editing (each call one undo step) --- */

/* Sets a given figure (creating the result row if needed); label "Set I5 to 85.00". */
gboolean prs_ita_store_set_figure      (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        const char  *code,
                                        const char  *part,
                                        PrsScore     score,
                                        GError     **error);
/* The same from text as typed ("๘๕.๕", "ผ่าน"); empty text clears the figure. */
gboolean prs_ita_store_set_figure_text (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        const char  *code,
                                        const char  *part,
                                        const char  *text,
                                        GError     **error);
gboolean prs_ita_store_clear_figure    (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be,
                                        const char  *code,
                                        const char  *part,
                                        GError     **error);

/* A block of figures set at once (paste): one undo step. Texts that are empty clear. */
typedef struct
{
  const char *code;
  const char *part;
  const char *text;
} PrsItaFigureText;

gboolean prs_ita_store_set_figures_text (PrsStore               *store,
                                         gint64                  unit_id,
                                         int                     year_be,
                                         const PrsItaFigureText *figures,
                                         guint                   n_figures,
                                         GError                **error);

/* --- Import / export of the long format --- */

typedef enum
{
  PRS_ITA_IMPORT_NEW,       /* no figure yet */
  PRS_ITA_IMPORT_CHANGED,   /* a different figure is stored */
  PRS_ITA_IMPORT_UNCHANGED, /* the same figure is stored */
} PrsItaImportChange;

typedef struct
{
  guint              line;      /* 1-based line (CSV) or row (XLSX) in the file */
  char              *unit;      /* as matched: the stored full name, or as written if new */
  gint64             unit_id;   /* 0: a new unit */
  int                year_be;
  char              *code;      /* canonical */
  char              *part;      /* NULL or "public"/"survey" */
  PrsScore           score;
  PrsItaImportChange change;
  PrsScore           old_score; /* for CHANGED */
  char              *unit_abbreviation; /* a new unit written "name (abbreviation)": its abbreviation */
} PrsItaImportRow;

typedef struct
{
  char      *path;
  GPtrArray *rows;       /* PrsItaImportRow */
  GPtrArray *new_units;  /* char *: names of units that will be created */
  GPtrArray *errors;     /* char *: "Line 7: unknown code “I31”…"; empty if all is valid */
  guint      n_new;
  guint      n_changed;
  guint      n_unchanged;
  char      *format_note; /* "CSV, Windows-874, semicolons", "XLSX" */
  GPtrArray *warnings;   /* char *: things imported but worth a look ("Line 9: 92.675 is rounded …") */
} PrsItaImportPreview;

/* Reads and checks a file against the workspace without writing anything. Returns
 * NULL with @error only when the file cannot be read at all; problems with rows are
 * listed in ->errors. */
PrsItaImportPreview *prs_ita_import_preview (PrsStore    *store,
                                             const char  *path,
                                             GError     **error);
/* From rows already read (a GStrv per row; tests, paste). */
PrsItaImportPreview *prs_ita_import_preview_rows (PrsStore   *store,
                                                  GPtrArray  *rows,
                                                  GError    **error);
/* Writes everything in one transaction and one undo step ("Import ITA figures").
 * Refuses (PRS_STORE_ERROR_INVALID) when the preview has errors. */
gboolean             prs_ita_import_apply   (PrsStore            *store,
                                             PrsItaImportPreview *preview,
                                             GError             **error);
void                 prs_ita_import_preview_free (PrsItaImportPreview *preview);

/* Writes the stored figures in the same format (UTF-8 CSV with BOM and a header),
 * of @year_be or of every year when 0. */
gboolean prs_ita_store_export_csv (PrsStore    *store,
                                   int          year_be,
                                   const char  *path,
                                   GError     **error);

/* --- Comparing the units of a year --- */

typedef struct
{
  gint64                 unit_id;
  char                  *name;
  char                  *abbreviation;
  gboolean               is_own_agency;
  gboolean               has_total;
  PrsScore               total;
  const PrsItaLevelInfo *level;       /* NULL if undetermined */
  gboolean               has_pass;
  gboolean               pass;
  guint                  rank;        /* 1 the best, ties shared; 0 without a total */
  PrsItaRollup          *rollup;
} PrsItaUnitScore;

typedef struct
{
  int              year_be;
  PrsItaFramework *framework;
  GPtrArray       *units;      /* PrsItaUnitScore, by rank, units without a total last */
  guint            count;      /* units with a total */
  guint            passed;
  PrsScore         pass_share; /* hundredths of a per cent: 9167 */
} PrsItaComparison;

PrsItaComparison *prs_ita_store_compare   (PrsStore   *store,
                                           int         year_be,
                                           GError    **error);
void              prs_ita_comparison_free (PrsItaComparison *comparison);
/* The entry of @unit_id, or NULL. */
const PrsItaUnitScore *prs_ita_comparison_find (PrsItaComparison *comparison,
                                                gint64            unit_id);

/* --- Analysis: issues, evidence and measures ---
 *
 * The secretary groups weak items into issues (ita_issues), links OIT items that
 * evidence each issue, and writes measures (ita_measures: steps, period, responsible
 * units). All of it belongs to the "internal measures" plan (plans.kind
 * 'internal_measures') of the unit for the fiscal year after the assessment: the
 * measures drawn from year Y's results are carried out in fiscal year Y + 1.
 * Every call below is one undo step with a label that says what it did. */

/* Roles of an issue's codes (ita_issue_items.role). */
#define PRS_ITA_ROLE_ITEM     "item"      /* a weak item the issue groups */
#define PRS_ITA_ROLE_EVIDENCE "evidence"  /* an OIT item that evidences it */

/* The plan of (@unit_id, ITA year @year_be); 0 if there is none and @create is
 * FALSE (no error then). Creating it is its own undo step unless an edit is open. */
gint64   prs_ita_store_get_measures_plan   (PrsStore           *store,
                                            gint64              unit_id,
                                            int                 year_be,
                                            gboolean            create,
                                            GError            **error);
/* The plan's Thai title for ITA year @year_be (fiscal year @year_be + 1). */
char    *prs_ita_measures_plan_title       (int                 year_be);

/* A new issue, last in order, grouping the items @codes (I1…, E1…, O1…; at least one),
 * in the plan (created if needed). Label "Group 3 items into an issue". An empty
 * @title is refused. Returns the issue's id or 0. */
gint64   prs_ita_store_create_issue        (PrsStore           *store,
                                            gint64              unit_id,
                                            int                 year_be,
                                            const char         *title,
                                            const char * const *codes,
                                            GError            **error);
gboolean prs_ita_store_set_issue_title     (PrsStore           *store,
                                            gint64              issue_id,
                                            const char         *title,
                                            GError            **error);
gboolean prs_ita_store_set_issue_description (PrsStore         *store,
                                              gint64            issue_id,
                                              const char       *description,
                                              GError          **error);
/* Deletes the issue with its codes and measures. */
gboolean prs_ita_store_delete_issue        (PrsStore           *store,
                                            gint64              issue_id,
                                            GError            **error);
/* Moves the issue to @position (0-based) among the issues of its plan. */
gboolean prs_ita_store_move_issue          (PrsStore           *store,
                                            gint64              issue_id,
                                            guint               position,
                                            GError            **error);
/* Adds weak items to an issue / takes one out. */
gboolean prs_ita_store_add_issue_items     (PrsStore           *store,
                                            gint64              issue_id,
                                            const char * const *codes,
                                            GError            **error);
gboolean prs_ita_store_remove_issue_item   (PrsStore           *store,
                                            gint64              issue_id,
                                            const char         *code,
                                            GError            **error);
/* Links an OIT item (O1–O43 of the year's framework) as evidence; other codes are
 * refused with PRS_STORE_ERROR_INVALID, a code already linked with _CONSTRAINT. */
gboolean prs_ita_store_link_evidence       (PrsStore           *store,
                                            gint64              issue_id,
                                            const char         *code,
                                            GError            **error);
gboolean prs_ita_store_unlink_evidence     (PrsStore           *store,
                                            gint64              issue_id,
                                            const char         *code,
                                            GError            **error);

/* A measure's fields. Dates are ISO (YYYY-MM-DD) or NULL; the period text is what
 * the document prints ("ม.ค. – ก.ย. 2569"). Responsible units: @unit_ids. */
typedef struct
{
  const char   *title;
  const char   *steps;        /* one step a line */
  const char   *period_text;
  const char   *start_date;
  const char   *end_date;
  const gint64 *unit_ids;
  guint         n_units;
  gboolean      all_units;    /* responsible: all units (หน่วยงานทุกหน่วย); @unit_ids ignored */
} PrsItaMeasureFields;

/* Adds a measure, last of its issue; returns its id or 0. */
gint64   prs_ita_store_add_measure         (PrsStore                  *store,
                                            gint64                     issue_id,
                                            const PrsItaMeasureFields *fields,
                                            GError                   **error);
/* Replaces every field of the measure (units included). */
gboolean prs_ita_store_update_measure      (PrsStore                  *store,
                                            gint64                     measure_id,
                                            const PrsItaMeasureFields *fields,
                                            GError                   **error);
gboolean prs_ita_store_delete_measure      (PrsStore                  *store,
                                            gint64                     measure_id,
                                            GError                   **error);
gboolean prs_ita_store_move_measure        (PrsStore                  *store,
                                            gint64                     measure_id,
                                            guint                      position,
                                            GError                   **error);

/* Reading the analysis of a unit's year, in order. */
typedef struct
{
  gint64     id;
  char      *title;
  char      *steps;
  char      *period_text;
  char      *start_date;    /* NULL if none */
  char      *end_date;
  GArray    *unit_ids;      /* gint64 */
  GPtrArray *unit_names;    /* char *: full names, in the order they were given */
  gboolean   all_units;     /* responsible: all units */
  GPtrArray *unit_labels;   /* char *: as documents print them, each with its parent
                               unit's name before it ("สำนักบริหารกลาง กลุ่มงานนิติการ");
                               the one translated "All units" when @all_units */
} PrsItaMeasureInfo;

typedef struct
{
  gint64     id;
  gint64     plan_id;
  char      *title;
  char      *description;
  GPtrArray *items;         /* char *: codes of the weak items grouped, framework order */
  GPtrArray *evidence;      /* char *: OIT codes linked as evidence, framework order */
  GPtrArray *measures;      /* PrsItaMeasureInfo */
} PrsItaIssueInfo;

/* PrsItaIssueInfo of the unit's year (the plan's issues and any older ones of that
 * unit and year), in order. Free with g_ptr_array_unref(). */
GPtrArray *prs_ita_store_list_issues       (PrsStore           *store,
                                            gint64              unit_id,
                                            int                 year_be,
                                            GError            **error);

/* The weak items of @rollup (the unit's year) that no issue of that unit and year
 * names yet, in any role; weakest first. A GArray of PrsItaWeakItem whose pointers
 * live as long as @rollup. */
GArray  *prs_ita_store_list_free_weak_items (PrsStore           *store,
                                             PrsItaRollup       *rollup,
                                             gint64              unit_id,
                                             int                 year_be,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaImportPreview, prs_ita_import_preview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaComparison, prs_ita_comparison_free)

G_END_DECLS
