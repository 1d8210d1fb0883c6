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
/* Full name and abbreviation of a unit (either out may be NULL); FALSE if none. */
gboolean prs_ita_store_get_unit_names  (PrsStore    *store,
                                        gint64       unit_id,
                                        char       **name,
                                        char       **abbreviation);
/* ita_results.id for the unit and year, 0 if there is none. */
gint64   prs_ita_store_find_result     (PrsStore    *store,
                                        gint64       unit_id,
                                        int          year_be);
/* Years with results: of @unit_id, or of any unit when @unit_id is 0. Ascending.
 * A GArray of int. */
GArray  *prs_ita_store_list_years      (PrsStore    *store,
                                        gint64       unit_id);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaImportPreview, prs_ita_import_preview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaComparison, prs_ita_comparison_free)

G_END_DECLS
