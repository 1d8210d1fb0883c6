/* prs-ita-store.c: ITA results in a workspace — load, compute, edit, import, compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prs-core.h"
#include "prs-csv.h"
#include "prs-store-private.h"
#include "prs-digits.h"
#include "prs-ita.h"
#include "prs-xlsx-reader.h"

#include "prs-ita-store.h"

/* ---- units and results ---------------------------------------------------- */

/* Folds a unit name for matching: NFKC, casefold, no white space at all (lists
 * disagree on spaces inside Thai names). */
static char *
unit_key (const char *name)
{
  g_autofree char *norm = g_utf8_normalize (name ? name : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (norm ? norm : "", -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B /* zero width space */)
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* After a loop over sqlite3_step(): FALSE with @error unless it ended in
 * SQLITE_DONE (a damaged page or an I/O error must not pass for "no more rows"). */
static gboolean
stepped_to_end (PrsStore *store, int rc, GError **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  prs_store_set_error_from_db (error, prs_store_get_db (store),
                               sqlite3_extended_errcode (prs_store_get_db (store)), NULL);
  return FALSE;
}

/* All units as key -> id (names and abbreviations). */
static GHashTable *
unit_index (PrsStore *store, GError **error)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  stmt = prs_store_prepare (store, "SELECT id, name, abbreviation FROM units ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      /* Full names win over abbreviations, earlier units over later ones. */
      for (int col = 1; col <= 2; col++)
        {
          g_autofree char *key = unit_key ((const char *) sqlite3_column_text (stmt, col));

          if (*key != '\0' && !g_hash_table_contains (index, key))
            g_hash_table_insert (index, g_steal_pointer (&key), GINT_TO_POINTER ((int) id));
        }
    }
  if (!stepped_to_end (store, rc, error))
    return NULL;
  return g_steal_pointer (&index);
}

gint64
prs_ita_store_find_unit (PrsStore *store, const char *name, GError **error)
{
  g_autoptr (GHashTable) index = unit_index (store, error);
  g_autofree char *key = unit_key (name);
  gpointer id;

  if (index == NULL)
    return 0;
  if (*key != '\0' && g_hash_table_lookup_extended (index, key, NULL, &id))
    return GPOINTER_TO_INT (id);
  g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
               _("There is no unit named “%s” in the workspace (give its full name or abbreviation)."),
               name ? name : "");
  return 0;
}

gint64
prs_ita_store_get_own_agency (PrsStore *store, GError **error)
{
  gint64 id;

  if (!prs_store_query_int_checked (store, "SELECT id FROM units WHERE is_own_agency = 1 ORDER BY id LIMIT 1", 0,
                                    &id, error))
    return 0; /* unreadable: that error, not "no own agency" */
  if (id == 0)
    g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                         _("The workspace does not say which unit is your own agency; name one with --unit."));
  return id;
}

gboolean
prs_ita_store_get_unit_names (PrsStore *store, gint64 unit_id, char **name, char **abbreviation, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT name, abbreviation FROM units WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      prs_store_step_done (store, rc, error);
      return FALSE;
    }
  if (name)
    *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (abbreviation)
    *abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

gint64
prs_ita_store_find_result (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id FROM ita_results WHERE unit_id = ?1 AND year_be = ?2", error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  prs_store_step_done (store, rc, error);
  return 0;
}

GArray *
prs_ita_store_list_years (PrsStore *store, gint64 unit_id, GError **error)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT DISTINCT year_be FROM ita_results WHERE ?1 = 0 OR unit_id = ?1 ORDER BY year_be",
      error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, y);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&years);
}

PrsItaFramework *
prs_ita_store_get_framework (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT framework FROM ita_results WHERE unit_id = ?1 AND year_be = ?2", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    {
      PrsItaFramework *fw = prs_ita_framework_lookup ((const char *) sqlite3_column_text (stmt, 0), NULL);
      if (fw != NULL)
        return fw;
    }
  /* unreadable is not "no framework stored": the year's default could be the wrong one */
  if (rc != SQLITE_ROW && !prs_store_step_done (store, rc, error))
    return NULL;
  return prs_ita_framework_for_year (year_be, error);
}

PrsItaInput *
prs_ita_store_load_input (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  int rc;
  g_autoptr (PrsItaFramework) fw = prs_ita_store_get_framework (store, unit_id, year_be, error);
  g_autoptr (PrsItaInput) input = NULL;
  g_autoptr (PrsStatement) stmt = NULL;

  if (fw == NULL)
    return NULL;
  input = prs_ita_input_new (fw);
  stmt = prs_store_prepare (store,
      "SELECT f.code, f.part, f.score FROM ita_figures f JOIN ita_results r ON r.id = f.result_id"
      " WHERE r.unit_id = ?1 AND r.year_be = ?2 ORDER BY f.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (GError) local = NULL;
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *part = (const char *) sqlite3_column_text (stmt, 1);

      /* A figure the framework does not know (data from a newer version) is skipped
       * rather than making the whole result unreadable. */
      if (!prs_ita_input_set (input, code, part, sqlite3_column_int64 (stmt, 2), &local))
        g_debug ("ITA figure %s/%s skipped: %s", code, part ? part : "", local->message);
    }
  if (!stepped_to_end (store, rc, error))
    return NULL;
  return g_steal_pointer (&input);
}

PrsItaRollup *
prs_ita_store_compute (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  g_autoptr (PrsItaInput) input = prs_ita_store_load_input (store, unit_id, year_be, error);

  return input ? prs_ita_rollup_compute (input) : NULL;
}

/* ---- editing -------------------------------------------------------------- */

static gint64
ensure_result (PrsStore *store, gint64 unit_id, int year_be, const char *framework, GError **error)
{
  g_autoptr (GError) local = NULL;
  gint64 id = prs_ita_store_find_result (store, unit_id, year_be, &local);

  if (id != 0)
    return id;
  if (local != NULL)
    {
      /* unreadable is not "none": a second result row would be made */
      g_propagate_error (error, g_steal_pointer (&local));
      return 0;
    }
  return prs_store_insert (store, "ita_results", error,
                           "unit_id", PRS_INT (unit_id),
                           "year_be", PRS_INT (year_be),
                           "framework", PRS_TEXT (framework),
                           NULL);
}

/* The figure's id (its score into @score); 0 if there is none, -1 with @error set
 * when it could not be read. */
static gint64
find_figure (PrsStore *store, gint64 result_id, const char *code, const char *part, PrsScore *score,
             GError **error)
{
  /* Cached: a large import asks once per row (parsing it each time was most of
   * the import's time). */
  sqlite3_stmt *stmt = prs_store_cached (store,
      "SELECT id, score FROM ita_figures WHERE result_id = ?1 AND code = ?2"
      " AND ifnull (part, '') = ifnull (?3, '')", error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, result_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  if (part)
    sqlite3_bind_text (stmt, 3, part, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (score)
        *score = sqlite3_column_int64 (stmt, 1);
      id = sqlite3_column_int64 (stmt, 0);
    }
  else if (!prs_store_step_done (store, rc, error))
    id = -1;
  sqlite3_reset (stmt);
  return id;
}

/* Writes (or, with @clear, removes) one figure inside the current edit. */
static gboolean
write_figure (PrsStore *store, gint64 result_id, const char *code, const char *part,
              gboolean clear, PrsScore score, GError **error)
{
  PrsScore old = 0;
  gint64 id = find_figure (store, result_id, code, part, &old, error);

  if (id < 0)
    return FALSE; /* not "none": a second figure would be written */
  if (clear)
    return id == 0 || prs_store_delete (store, "ita_figures", id, error);
  if (id != 0)
    return old == score || prs_store_update (store, "ita_figures", id, error,
                                             "score", PRS_INT (score), NULL);
  return prs_store_insert (store, "ita_figures", error,
                           "result_id", PRS_INT (result_id),
                           "code", PRS_TEXT (code),
                           "part", PRS_TEXT (part),
                           "score", PRS_INT (score),
                           NULL) != 0;
}

/* Checks @code/@part against the framework and parses @text (NULL: use @score).
 * Fills canonical forms and the score; *clear for empty text. */
static gboolean
check_figure (PrsItaFramework *fw, const char *code, const char *part, const char *text,
              PrsScore *score, const char **c_code, const char **c_part, gboolean *clear,
              GError **error)
{
  g_autoptr (PrsItaInput) scratch = NULL;
  g_autofree char *stripped = text ? g_strstrip (g_strdup (text)) : NULL;

  if (part != NULL && *part == '\0')
    part = NULL;
  if (!prs_ita_framework_check_code (fw, code, part, c_code, c_part, error))
    return FALSE;
  *clear = stripped != NULL && *stripped == '\0';
  if (*clear)
    return TRUE;
  scratch = prs_ita_input_new (fw);
  if (stripped != NULL)
    {
      if (!prs_ita_input_set_text (scratch, *c_code, *c_part, stripped, error))
        return FALSE;
    }
  else if (!prs_ita_input_set (scratch, *c_code, *c_part, *score, error))
    return FALSE;
  return prs_ita_input_get (scratch, *c_code, *c_part, score);
}

static char *
figure_label (const char *code, const char *part, gboolean clear, PrsScore score)
{
  char buf[PRS_SCORE_BUF_SIZE];
  g_autofree char *name = part ? g_strdup_printf ("%s (%s)", code, part) : g_strdup (code);

  if (clear)
    return g_strdup_printf (_("Clear %s"), name);
  return g_strdup_printf (_("Set %s to %s"), name, prs_score_to_ascii (score, buf));
}

static gboolean
set_figures (PrsStore *store, gint64 unit_id, int year_be, const PrsItaFigureText *figures,
             const PrsScore *scores, guint n, GError **error)
{
  g_autoptr (PrsItaFramework) fw = prs_ita_store_get_framework (store, unit_id, year_be, error);
  g_autofree const char **codes = g_new0 (const char *, n + 1);
  g_autofree const char **parts = g_new0 (const char *, n + 1);
  g_autofree PrsScore *values = g_new0 (PrsScore, n + 1);
  g_autofree gboolean *clears = g_new0 (gboolean, n + 1);
  g_autofree char *label = NULL;
  gint64 result_id;

  if (fw == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) local = NULL;

      values[i] = scores ? scores[i] : 0;
      if (!check_figure (fw, figures[i].code, figures[i].part, scores ? NULL : figures[i].text,
                         &values[i], &codes[i], &parts[i], &clears[i], &local))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, "%s: %s",
                       figures[i].code ? figures[i].code : "", local->message);
          return FALSE;
        }
    }

  if (n == 1)
    label = figure_label (codes[0], parts[0], clears[0], values[0]);
  else
    label = g_strdup_printf (g_dngettext (NULL, "Set %u ITA figure", "Set %u ITA figures", n), n);

  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  result_id = ensure_result (store, unit_id, year_be, prs_ita_framework_get_id (fw), error);
  if (result_id == 0)
    goto fail;
  for (guint i = 0; i < n; i++)
    if (!write_figure (store, result_id, codes[i], parts[i], clears[i], values[i], error))
      goto fail;
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

gboolean
prs_ita_store_set_figure (PrsStore *store, gint64 unit_id, int year_be, const char *code,
                          const char *part, PrsScore score, GError **error)
{
  PrsItaFigureText f = { code, part, NULL };
  return set_figures (store, unit_id, year_be, &f, &score, 1, error);
}

gboolean
prs_ita_store_set_figure_text (PrsStore *store, gint64 unit_id, int year_be, const char *code,
                               const char *part, const char *text, GError **error)
{
  PrsItaFigureText f = { code, part, text ? text : "" };
  return set_figures (store, unit_id, year_be, &f, NULL, 1, error);
}

gboolean
prs_ita_store_clear_figure (PrsStore *store, gint64 unit_id, int year_be, const char *code,
                            const char *part, GError **error)
{
  return prs_ita_store_set_figure_text (store, unit_id, year_be, code, part, "", error);
}

gboolean
prs_ita_store_set_figures_text (PrsStore *store, gint64 unit_id, int year_be,
                                const PrsItaFigureText *figures, guint n_figures, GError **error)
{
  g_autofree PrsItaFigureText *copy = g_new0 (PrsItaFigureText, n_figures + 1);

  if (n_figures == 0)
    return TRUE;
  for (guint i = 0; i < n_figures; i++)
    {
      copy[i] = figures[i];
      if (copy[i].text == NULL)
        copy[i].text = "";
    }
  return set_figures (store, unit_id, year_be, copy, NULL, n_figures, error);
}

/* ---- import --------------------------------------------------------------- */

static void
import_row_free (gpointer data)
{
  PrsItaImportRow *row = data;

  g_free (row->unit);
  g_free (row->unit_abbreviation);
  g_free (row->code);
  g_free (row->part);
  g_free (row);
}

void
prs_ita_import_preview_free (PrsItaImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_free (preview->path);
  g_free (preview->format_note);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_clear_pointer (&preview->new_units, g_ptr_array_unref);
  g_clear_pointer (&preview->errors, g_ptr_array_unref);
  g_clear_pointer (&preview->warnings, g_ptr_array_unref);
  g_free (preview);
}

enum { COL_UNIT, COL_YEAR, COL_CODE, COL_PART, COL_SCORE, N_COLS };

static int
header_column (const char *field)
{
  static const struct { const char *name; int col; } names[] = {
    { "unit", COL_UNIT }, { "agency", COL_UNIT }, { "หน่วยงาน", COL_UNIT }, { "ส่วนราชการ", COL_UNIT },
    { "year", COL_YEAR }, { "ปี", COL_YEAR }, { "ปีงบประมาณ", COL_YEAR }, { "พ.ศ.", COL_YEAR },
    { "ปีพ.ศ.", COL_YEAR }, { "ปีงบประมาณพ.ศ.", COL_YEAR },
    { "code", COL_CODE }, { "รหัส", COL_CODE }, { "ตัวชี้วัด", COL_CODE }, { "รหัสตัวชี้วัด", COL_CODE },
    { "part", COL_PART }, { "ส่วน", COL_PART },
    { "score", COL_SCORE }, { "คะแนน", COL_SCORE }, { "คะแนน(ร้อยละ)", COL_SCORE }, { "ร้อยละ", COL_SCORE },
  };
  g_autofree char *key = unit_key (field);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (key, names[i].name))
      return names[i].col;
  return -1;
}

static int
header_column_func (const char *cell, gpointer user_data)
{
  return header_column (cell);
}

static gboolean
row_is_empty (char **row)
{
  for (guint i = 0; row[i]; i++)
    {
      g_autofree char *s = g_strstrip (g_strdup (row[i]));
      if (*s != '\0')
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_year (const char *text, int *year)
{
  g_autofree char *arabic = prs_digits_to_arabic (text);
  char *end = NULL;
  gint64 v;

  g_strstrip (arabic);
  /* Excel may hand a year back as "2568.0"? No: the reader prints the shortest form. */
  if (!g_ascii_isdigit (arabic[0]))
    return FALSE;
  errno = 0;
  v = g_ascii_strtoll (arabic, &end, 10);
  /* Range-checked before it is narrowed: 4294969864 must not wrap to 2568. */
  if (*end != '\0' || errno == ERANGE || v < 1 || v > 9999)
    return FALSE;
  *year = (int) v;
  return TRUE;
}

typedef struct
{
  gint64 result_id;
  const char *framework;
} ResultKey;

static void
add_error (PrsItaImportPreview *p, guint line, const char *message)
{
  g_ptr_array_add (p->errors, g_strdup_printf (_("Line %u: %s"), line, message));
}

static void
add_warning (PrsItaImportPreview *p, guint line, const char *message)
{
  g_ptr_array_add (p->warnings, g_strdup_printf (_("Line %u: %s"), line, message));
}

/* A score written with more than two decimals that do not all vanish ("92.675",
 * not "92.670"): it is rounded to two, as scores are published. */
static gboolean
more_than_two_decimals (const char *text)
{
  PrsDecimal d;
  gint64 div = 1;

  if (!prs_number_parse (text, &d, NULL) || d.scale <= 2)
    return FALSE;
  for (guint i = 2; i < d.scale && i < 20; i++)
    div *= 10;
  return d.mantissa % div != 0;
}

/* @lines: the physical line of each row (CSV), or NULL when a row's number is its line. */
static PrsItaImportPreview *
preview_rows (PrsStore *store, GPtrArray *rows, GArray *lines, GError **error);

PrsItaImportPreview *
prs_ita_import_preview_rows (PrsStore *store, GPtrArray *rows, GError **error)
{
  return preview_rows (store, rows, NULL, error);
}

#define ROW_LINE(r) (lines && (r) < lines->len ? g_array_index (lines, guint, (r)) : (r) + 1)

static PrsItaImportPreview *
preview_rows (PrsStore *store, GPtrArray *rows, GArray *lines, GError **error)
{
  g_autoptr (PrsItaImportPreview) p = g_new0 (PrsItaImportPreview, 1);
  g_autoptr (GHashTable) units = unit_index (store, error);
  /* new units: name key -> abbreviation */
  g_autoptr (GHashTable) new_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* units the file writes "name (abbreviation)": name and abbreviation key -> "name\tabbreviation" */
  g_autoptr (GHashTable) file_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* a unit cell's key -> "#id" of the unit it names, or the key of the new unit */
  g_autoptr (GHashTable) resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) new_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) frameworks = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                              (GDestroyNotify) prs_ita_framework_unref);
  int cols[N_COLS] = { COL_UNIT, COL_YEAR, COL_CODE, COL_PART, COL_SCORE };
  guint first = 0;
  guint n_data = 0;

  if (units == NULL)
    return NULL;
  p->rows = g_ptr_array_new_with_free_func (import_row_free);
  p->new_units = g_ptr_array_new_with_free_func (g_free);
  p->errors = g_ptr_array_new_with_free_func (g_free);

  p->warnings = g_ptr_array_new_with_free_func (g_free);

  /* The header row is optional. Agencies put title rows (one merged cell, a single
   * value) and blank lines above it: the header is the first of the first 20 rows
   * naming two columns or more (the search the other importers use), or else a first
   * non-empty row naming one (to say which columns it lacks). */
  {
    int found[N_COLS];
    guint named = 0;
    guint header = prs_table_find_header (rows, 20, header_column_func, NULL, 2, 0, found, N_COLS);

    while (first < rows->len && row_is_empty (rows->pdata[first]))
      first++;
    if (header != G_MAXUINT)
      {
        first = header;
        named = 2;
      }
    else if (first < rows->len
             && prs_table_find_header (rows, first + 1, header_column_func, NULL, 1, 0, found, N_COLS) == first)
      named = 1;
    else
      {
        /* no header: title rows (a single value) before the data are skipped */
        while (first < rows->len && prs_table_row_filled (rows->pdata[first]) <= 1)
          first++;
      }
      if (named > 0)
        {
          for (int c = 0; c < N_COLS; c++)
            if (found[c] < 0)
              {
                static const char *col_names[N_COLS] = { "unit", "year", "code", "part", "score" };
                g_autofree char *msg = g_strdup_printf (
                    _("the header has no “%s” column (the columns are unit, year, code, part, score)."),
                    col_names[c]);
                add_error (p, ROW_LINE (first), msg);
                return g_steal_pointer (&p);
              }
          memcpy (cols, found, sizeof cols);
          first++;
        }
  }

  for (guint r = first; r < rows->len; r++)
    {
      const char *text = prs_csv_cell (rows->pdata[r], cols[COL_UNIT]);
      g_autofree char *n = NULL, *a = NULL;

      if (strchr (text, '(') == NULL)
        continue; /* the common case, quickly */
      prs_unit_split_abbreviation (text, &n, &a);
      if (*n != '\0' && *a != '\0')
        {
          g_autofree char *nk = unit_key (n);
          g_autofree char *ak = unit_key (a);

          if (!g_hash_table_contains (file_units, nk))
            g_hash_table_insert (file_units, g_strdup (nk), g_strdup_printf ("%s\t%s", n, a));
          if (!g_hash_table_contains (file_units, ak))
            g_hash_table_insert (file_units, g_strdup (ak), g_strdup_printf ("%s\t%s", n, a));
        }
    }

  for (guint r = first; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint line = ROW_LINE (r);
      guint n_fields = g_strv_length (row);
      /* g_auto(GStrv) frees every element (g_autofree on an array freed only
       * the first: a leak per row). NULL-terminated by the extra slot. */
      g_auto(GStrv) fields = g_new0 (char *, N_COLS + 1);
      g_autoptr (GError) local = NULL;
      g_autofree char *ukey = NULL;
      g_autofree char *seen_key = NULL;
      PrsItaFramework *fw;
      const char *c_code = NULL, *c_part = NULL;
      PrsScore score = 0;
      gboolean clear = FALSE;
      int year = 0;
      gint64 unit_id = 0;
      gpointer id_ptr;
      PrsItaImportRow *out;
      int max_col = 0;
      g_autofree char *unit_name = NULL, *unit_abbr = NULL;

      if (row_is_empty (row))
        continue;
      n_data++;
      for (int c = 0; c < N_COLS; c++)
        max_col = MAX (max_col, cols[c]);
      /* XLSX rows stop at the last filled cell, so an empty part column at the end
       * of a header-mapped sheet is fine; but the score must be there. */
      if ((int) n_fields <= cols[COL_SCORE] || (int) n_fields <= cols[COL_CODE])
        {
          g_autofree char *msg = g_strdup_printf (
              g_dngettext (NULL, "it has %u value; expected 5: unit, year, code, part, score.",
                           "it has %u values; expected 5: unit, year, code, part, score.", n_fields),
              n_fields);
          add_error (p, line, msg);
          continue;
        }
      if ((int) n_fields > max_col + 1)
        {
          gboolean extra = FALSE;
          for (guint i = max_col + 1; i < n_fields; i++)
            {
              g_autofree char *s = g_strstrip (g_strdup (row[i]));
              extra |= *s != '\0';
            }
          if (extra)
            {
              g_autofree char *msg = g_strdup_printf (
                  _("it has %u values; expected 5: unit, year, code, part, score."), n_fields);
              add_error (p, line, msg);
              continue;
            }
        }
      for (int c = 0; c < N_COLS; c++)
        fields[c] = g_strstrip (g_strdup (prs_csv_strip_formula_guard ((int) n_fields > cols[c] ? row[cols[c]]
                                                                                             : "")));

      if (*fields[COL_UNIT] == '\0')
        {
          add_error (p, line, _("the unit is empty."));
          continue;
        }
      if (!parse_year (fields[COL_YEAR], &year))
        {
          g_autofree char *msg = g_strdup_printf (_("the year “%s” is not a number."), fields[COL_YEAR]);
          add_error (p, line, msg);
          continue;
        }
      if (year >= 1900 && year < 2400)
        {
          g_autofree char *msg = g_strdup_printf (
              _("the year %d looks like a Christian-era year; write the Buddhist Era year (%d)."),
              year, year + 543);
          add_error (p, line, msg);
          continue;
        }
      fw = g_hash_table_lookup (frameworks, GINT_TO_POINTER (year));
      if (fw == NULL)
        {
          fw = prs_ita_framework_for_year (year, &local);
          if (fw == NULL)
            {
              g_autofree char *msg = g_strdup_printf (_("there is no ITA framework for the year %d."), year);
              add_error (p, line, msg);
              continue;
            }
          g_hash_table_insert (frameworks, GINT_TO_POINTER (year), fw);
        }
      if (*fields[COL_CODE] == '\0')
        {
          add_error (p, line, _("the code is empty."));
          continue;
        }
      if (*fields[COL_SCORE] == '\0')
        {
          g_autofree char *msg = g_strdup_printf (_("%s has no score."), fields[COL_CODE]);
          add_error (p, line, msg);
          continue;
        }
      if (!check_figure (fw, fields[COL_CODE], fields[COL_PART], fields[COL_SCORE],
                         &score, &c_code, &c_part, &clear, &local))
        {
          add_error (p, line, local->message);
          continue;
        }
      if (prs_ita_framework_lookup_group (fw, c_code) != NULL)
        {
          g_autofree char *msg = g_strdup_printf (
              _("“%s” is an OIT sub-group; import its items (O1–O43) or the indicator instead."),
              fields[COL_CODE]);
          add_error (p, line, msg);
          continue;
        }

      /* "ชื่อเต็ม (ย่อ)" as the roster import reads it: the name or the abbreviation
       * finds an existing unit; a new one is made once, under its full name, with the
       * abbreviation, and rows naming it any of these ways (the abbreviation alone
       * too, before or after the row that spells it out) go to it. */
      ukey = unit_key (fields[COL_UNIT]);
      if (g_hash_table_lookup_extended (units, ukey, NULL, &id_ptr))
        unit_id = GPOINTER_TO_INT (id_ptr);
      else if (g_hash_table_lookup_extended (resolved, ukey, NULL, &id_ptr))
        {
          /* this spelling was met before: the same answer (a 100,000-row file names each
           * unit many times) */
          const char *v = id_ptr;

          if (v[0] == '#')
            unit_id = g_ascii_strtoll (v + 1, NULL, 10);
          else
            {
              g_free (ukey);
              ukey = g_strdup (v);
            }
        }
      else
      {
        g_autofree char *written_key = g_strdup (ukey);

        g_autofree char *nkey = NULL;
        g_autofree char *akey = NULL;
        const char *spelt = NULL; /* "name\tabbreviation" written out somewhere in the file */
        g_auto (GStrv) canon = NULL;
        g_autofree char *ckey = NULL;

        prs_unit_split_abbreviation (fields[COL_UNIT], &unit_name, &unit_abbr);
        nkey = unit_key (unit_name);
        akey = unit_key (unit_abbr);
        if (g_hash_table_lookup_extended (units, nkey, NULL, &id_ptr)
            || (*akey != '\0' && g_hash_table_lookup_extended (units, akey, NULL, &id_ptr)))
          unit_id = GPOINTER_TO_INT (id_ptr);
        else
          {
            spelt = g_hash_table_lookup (file_units, ukey);
            if (spelt == NULL)
              spelt = g_hash_table_lookup (file_units, nkey);
            if (spelt == NULL && *akey != '\0')
              spelt = g_hash_table_lookup (file_units, akey);
            canon = spelt ? g_strsplit (spelt, "\t", 2) : NULL;
            ckey = canon ? unit_key (canon[0]) : g_strdup (nkey);
            if (canon && g_hash_table_lookup_extended (units, ckey, NULL, &id_ptr))
              unit_id = GPOINTER_TO_INT (id_ptr);
          }
        if (unit_id == 0)
          {
            const char *name = canon ? canon[0] : unit_name;
            const char *abbr = canon ? canon[1] : unit_abbr;

            if (!g_hash_table_contains (new_units, ckey))
              {
                g_hash_table_insert (new_units, g_strdup (ckey), g_strdup (abbr));
                g_hash_table_insert (new_names, g_strdup (ckey), g_strdup (name));
                g_ptr_array_add (p->new_units, *abbr ? g_strdup_printf ("%s (%s)", name, abbr) : g_strdup (name));
              }
            g_free (ukey);
            ukey = g_steal_pointer (&ckey);
          }
        g_hash_table_insert (resolved, g_steal_pointer (&written_key),
                             unit_id ? g_strdup_printf ("#%" G_GINT64_FORMAT, unit_id) : g_strdup (ukey));
      }
      if (unit_id != 0)
        {
          /* one unit however it is written, for the duplicate check */
          g_free (ukey);
          ukey = g_strdup_printf ("#%" G_GINT64_FORMAT, unit_id);
        }

      seen_key = g_strdup_printf ("%s\x1f%d\x1f%s\x1f%s", ukey, year, c_code, c_part ? c_part : "");
      if (g_hash_table_lookup_extended (seen, seen_key, NULL, &id_ptr))
        {
          g_autofree char *msg = g_strdup_printf (
              _("%s%s%s of “%s” for %d is already given on line %u."),
              c_code, c_part ? " " : "", c_part ? c_part : "", fields[COL_UNIT], year,
              GPOINTER_TO_UINT (id_ptr));
          add_error (p, line, msg);
          continue;
        }
      g_hash_table_insert (seen, g_steal_pointer (&seen_key), GUINT_TO_POINTER (line));

      out = g_new0 (PrsItaImportRow, 1);
      out->line = line;
      out->unit_id = unit_id;
      if (unit_id != 0)
        {
          g_autoptr (GError) read_error = NULL;

          if (!prs_ita_store_get_unit_names (store, unit_id, &out->unit, NULL, &read_error) && read_error)
            {
              g_ptr_array_add (p->rows, out);
              g_propagate_error (error, g_steal_pointer (&read_error));
              return NULL;
            }
        }
      else
        {
          /* the name the unit is made with: its first spelling in the file */
          const char *name = g_hash_table_lookup (new_names, ukey);

          out->unit = g_strdup (name ? name : unit_name);
        }
      if (more_than_two_decimals (fields[COL_SCORE]))
        {
          char buf[PRS_SCORE_BUF_SIZE];
          g_autofree char *msg = g_strdup_printf (
              _("the score “%s” of %s has more than two decimals; it is rounded to %s (scores are "
                "published with two decimals)."),
              fields[COL_SCORE], c_code, prs_score_to_ascii (score, buf));
          add_warning (p, line, msg);
        }
      out->year_be = year;
      out->code = g_strdup (c_code);
      out->part = g_strdup (c_part);
      out->score = score;
      out->change = PRS_ITA_IMPORT_NEW;
      if (unit_id != 0)
        {
          g_autoptr (GError) read_error = NULL;
          PrsScore old = 0;
          gint64 result_id = prs_ita_store_find_result (store, unit_id, year, &read_error);
          gint64 figure = result_id != 0 ? find_figure (store, result_id, c_code, c_part, &old, &read_error) : 0;

          if (read_error != NULL)
            {
              /* unreadable: no preview that calls existing figures new */
              g_ptr_array_add (p->rows, out);
              g_propagate_error (error, g_steal_pointer (&read_error));
              return NULL;
            }
          if (figure > 0)
            {
              out->change = old == score ? PRS_ITA_IMPORT_UNCHANGED : PRS_ITA_IMPORT_CHANGED;
              out->old_score = old;
            }
        }
      switch (out->change)
        {
        case PRS_ITA_IMPORT_NEW: p->n_new++; break;
        case PRS_ITA_IMPORT_CHANGED: p->n_changed++; break;
        case PRS_ITA_IMPORT_UNCHANGED: p->n_unchanged++; break;
        default: break;
        }
      g_ptr_array_add (p->rows, out);
    }

  for (guint i = 0; i < p->rows->len; i++)
    {
      PrsItaImportRow *row = p->rows->pdata[i];
      g_autofree char *k = row->unit_id == 0 ? unit_key (row->unit) : NULL;
      const char *abbr = k ? g_hash_table_lookup (new_units, k) : NULL;

      if (abbr && *abbr)
        row->unit_abbreviation = g_strdup (abbr);
    }
  if (n_data == 0 && p->errors->len == 0)
    g_ptr_array_add (p->errors, g_strdup (_("The file has no figures (expected rows of unit, year, code, part, score).")));
  return g_steal_pointer (&p);
}

static gboolean
has_suffix_ci (const char *path, const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  return g_str_has_suffix (lower, suffix);
}

PrsItaImportPreview *
prs_ita_import_preview (PrsStore *store, const char *path, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autofree char *note = NULL;
  PrsXlsxInfo xlsx = { 0 };
  PrsItaImportPreview *p;

  if (has_suffix_ci (path, ".xlsx"))
    {
      /* unit and year columns merged down the table carry their value to each row */
      rows = prs_xlsx_read_file_full (path, NULL, NULL, PRS_XLSX_READ_FILL_MERGED_DOWN, &xlsx, error);
      note = g_strdup ("XLSX");
    }
  else
    {
      PrsCsvInfo info = { 0 };

      rows = prs_csv_read_file_lines (path, NULL, &info, &lines, error);
      note = g_strdup_printf ("CSV, %s, %s",
                              prs_csv_encoding_note (&info),
                              info.delimiter == ';' ? _("semicolons") :
                              info.delimiter == '\t' ? _("tabs") : _("commas"));
    }
  if (rows == NULL)
    return NULL;
  p = preview_rows (store, rows, lines, error);
  if (p != NULL)
    {
      p->path = g_strdup (path);
      p->format_note = g_steal_pointer (&note);
      if (xlsx.n_sheets > 1)
        g_ptr_array_insert (p->warnings, 0,
                            g_strdup_printf (g_dngettext (NULL,
                                                          "The workbook has %u sheet; only the first, “%s”, was read.",
                                                          "The workbook has %u sheets; only the first, “%s”, was read.",
                                                          xlsx.n_sheets),
                                             xlsx.n_sheets, xlsx.sheet_name));
    }
  if (p != NULL && xlsx.n_uncached > 0)
    {
      char col[8] = { 0 };
      guint c = xlsx.uncached_col, n = 0;
      char rev[8];

      while (c > 0 && n < sizeof rev - 1)
        {
          rev[n++] = (char) ('A' + (c - 1) % 26);
          c = (c - 1) / 26;
        }
      for (guint i = 0; i < n; i++)
        col[i] = rev[n - 1 - i];
      g_ptr_array_insert (p->warnings, 0,
                          g_strdup_printf (g_dngettext (NULL,
                                                        "The workbook has %u formula without a saved result (at %s%u); "
                                                        "it reads as empty. Open the file in Excel or LibreOffice, save "
                                                        "it and import it again.",
                                                        "The workbook has %u formulas without a saved result (the first "
                                                        "at %s%u); they read as empty. Open the file in Excel or "
                                                        "LibreOffice, save it and import it again.",
                                                        xlsx.n_uncached),
                                           xlsx.n_uncached, col, xlsx.uncached_row));
    }
  prs_xlsx_info_clear (&xlsx);
  return p;
}

gboolean
prs_ita_import_apply (PrsStore *store, PrsItaImportPreview *preview, GError **error)
{
  g_autoptr (GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) current_units = NULL;
  g_autoptr (GHashTable) frameworks = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                              (GDestroyNotify) prs_ita_framework_unref);
  g_autofree char *base = preview->path ? g_path_get_basename (preview->path) : NULL;
  g_autofree char *label = base ? g_strdup_printf (_("Import ITA figures from %s"), base)
                                : g_strdup (_("Import ITA figures"));
  gint64 sort_base;

  if (preview->errors->len > 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   g_dngettext (NULL, "The file has %u error; nothing was imported.",
                                "The file has %u errors; nothing was imported.", preview->errors->len),
                   preview->errors->len);
      return FALSE;
    }
  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  /* Inside the write transaction (BEGIN IMMEDIATE): units another import made
   * since the preview are found, not made twice. */
  current_units = unit_index (store, error);
  if (current_units == NULL)
    goto fail;
  if (!prs_store_query_int_checked (store, "SELECT ifnull (max (sort_order), 0) FROM units", 0, &sort_base, error))
    goto fail;

  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsItaImportRow *row = preview->rows->pdata[i];
      gint64 unit_id = row->unit_id;
      g_autofree char *rkey = NULL;
      gint64 result_id;
      gpointer v;

      if (unit_id == 0)
        {
          g_autofree char *ukey = unit_key (row->unit);

          if (g_hash_table_lookup_extended (created, ukey, NULL, &v))
            unit_id = GPOINTER_TO_INT (v);
          else if (g_hash_table_lookup_extended (current_units, ukey, NULL, &v))
            unit_id = GPOINTER_TO_INT (v);
          else
            {
              unit_id = prs_store_insert (store, "units", error,
                                          "name", PRS_TEXT (row->unit),
                                          "abbreviation", PRS_TEXT (row->unit_abbreviation ? row->unit_abbreviation : ""),
                                          "sort_order", PRS_INT (++sort_base),
                                          NULL);
              if (unit_id == 0)
                goto fail;
              g_hash_table_insert (created, g_steal_pointer (&ukey), GINT_TO_POINTER ((int) unit_id));
            }
        }
      rkey = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", unit_id, row->year_be);
      if (g_hash_table_lookup_extended (results, rkey, NULL, &v))
        result_id = GPOINTER_TO_INT (v);
      else
        {
          /* One framework per year, not one per unit (a 100,000-row import). */
          PrsItaFramework *fw = g_hash_table_lookup (frameworks, GINT_TO_POINTER (row->year_be));

          if (fw == NULL)
            {
              fw = prs_ita_framework_for_year (row->year_be, error);
              if (fw == NULL)
                goto fail;
              g_hash_table_insert (frameworks, GINT_TO_POINTER (row->year_be), fw);
            }
          result_id = ensure_result (store, unit_id, row->year_be, prs_ita_framework_get_id (fw), error);
          if (result_id == 0)
            goto fail;
          g_hash_table_insert (results, g_steal_pointer (&rkey), GINT_TO_POINTER ((int) result_id));
        }
      if (row->change != PRS_ITA_IMPORT_UNCHANGED
          && !write_figure (store, result_id, row->code, row->part, FALSE, row->score, error))
        goto fail;
    }
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

/* ---- export --------------------------------------------------------------- */

static void
csv_field (GString *out, const char *text)
{
  g_autofree char *guarded = NULL;

  if (text == NULL)
    text = "";
  if (prs_csv_needs_formula_guard (text))
    text = guarded = g_strconcat ("'", text, NULL);
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

gboolean
prs_ita_store_export_csv (PrsStore *store, int year_be, const char *path, GError **error)
{
  int rc;
  g_autoptr (GString) out = g_string_new ("\xEF\xBB\xBF" "unit,year,code,part,score\r\n");
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT u.name, r.year_be, f.code, f.part, f.score FROM ita_figures f"
      " JOIN ita_results r ON r.id = f.result_id JOIN units u ON u.id = r.unit_id"
      " WHERE ?1 = 0 OR r.year_be = ?1 ORDER BY r.year_be, u.sort_order, u.id, f.id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char buf[PRS_SCORE_BUF_SIZE];

      csv_field (out, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_printf (out, ",%d,", sqlite3_column_int (stmt, 1));
      csv_field (out, (const char *) sqlite3_column_text (stmt, 2));
      g_string_append_c (out, ',');
      csv_field (out, (const char *) sqlite3_column_text (stmt, 3));
      g_string_append_printf (out, ",%s\r\n", prs_score_to_ascii (sqlite3_column_int64 (stmt, 4), buf));
    }
  /* A read that stops on an error must not write a shorter file as if complete. */
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), sqlite3_extended_errcode (prs_store_get_db (store)),
                                   NULL);
      return FALSE;
    }
  return g_file_set_contents (path, out->str, out->len, error);
}

/* ---- comparison ----------------------------------------------------------- */

static void
unit_score_free (gpointer data)
{
  PrsItaUnitScore *s = data;

  g_free (s->name);
  g_free (s->abbreviation);
  g_clear_pointer (&s->rollup, prs_ita_rollup_free);
  g_free (s);
}

void
prs_ita_comparison_free (PrsItaComparison *c)
{
  if (c == NULL)
    return;
  g_clear_pointer (&c->units, g_ptr_array_unref);
  g_clear_pointer (&c->framework, prs_ita_framework_unref);
  g_free (c);
}

static int
compare_by_rank (gconstpointer a, gconstpointer b)
{
  const PrsItaUnitScore *x = *(PrsItaUnitScore * const *) a;
  const PrsItaUnitScore *y = *(PrsItaUnitScore * const *) b;

  if (x->has_total != y->has_total)
    return x->has_total ? -1 : 1;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

PrsItaComparison *
prs_ita_store_compare (PrsStore *store, int year_be, GError **error)
{
  int rc;
  g_autoptr (PrsItaComparison) c = g_new0 (PrsItaComparison, 1);
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree PrsScore *totals = NULL;
  g_autofree guint *ranks = NULL;
  g_autoptr (GPtrArray) with_total = g_ptr_array_new ();
  PrsItaGroupSummary summary = { 0 };

  c->year_be = year_be;
  c->framework = prs_ita_framework_for_year (year_be, error);
  if (c->framework == NULL)
    return NULL;
  c->units = g_ptr_array_new_with_free_func (unit_score_free);
  stmt = prs_store_prepare (store,
      "SELECT u.id, u.name, u.abbreviation, u.is_own_agency FROM ita_results r"
      " JOIN units u ON u.id = r.unit_id WHERE r.year_be = ?1 ORDER BY u.sort_order, u.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsItaUnitScore *s = g_new0 (PrsItaUnitScore, 1);

      s->unit_id = sqlite3_column_int64 (stmt, 0);
      s->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      s->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      s->is_own_agency = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (c->units, s);
    }
  if (!stepped_to_end (store, rc, error))
    return NULL;
  for (guint i = 0; i < c->units->len; i++)
    {
      PrsItaUnitScore *s = c->units->pdata[i];

      s->rollup = prs_ita_store_compute (store, s->unit_id, year_be, error);
      if (s->rollup == NULL)
        return NULL;
      s->has_total = prs_ita_rollup_get_total (s->rollup, &s->total);
      s->level = prs_ita_rollup_get_level (s->rollup);
      s->has_pass = prs_ita_rollup_get_pass (s->rollup, &s->pass);
      if (s->has_total)
        g_ptr_array_add (with_total, s);
    }
  totals = g_new0 (PrsScore, with_total->len + 1);
  ranks = g_new0 (guint, with_total->len + 1);
  for (guint i = 0; i < with_total->len; i++)
    totals[i] = ((PrsItaUnitScore *) with_total->pdata[i])->total;
  prs_ita_group_summarize (c->framework, totals, with_total->len, ranks, &summary);
  for (guint i = 0; i < with_total->len; i++)
    ((PrsItaUnitScore *) with_total->pdata[i])->rank = ranks[i];
  c->count = summary.count;
  c->passed = summary.passed;
  c->pass_share = summary.pass_share;
  g_ptr_array_sort (c->units, compare_by_rank);
  return g_steal_pointer (&c);
}

const PrsItaUnitScore *
prs_ita_comparison_find (PrsItaComparison *c, gint64 unit_id)
{
  for (guint i = 0; c && i < c->units->len; i++)
    if (((PrsItaUnitScore *) c->units->pdata[i])->unit_id == unit_id)
      return c->units->pdata[i];
  return NULL;
}

/* ---- analysis: issues, evidence and measures ------------------------------ */

/* Issues of a unit's year: those attached to its result and those stored by unit
 * and year (a year whose figures were never entered can still be analysed). */
#define ISSUES_OF_YEAR \
  " FROM ita_issues i LEFT JOIN ita_results r ON r.id = i.result_id" \
  " WHERE (r.unit_id = ?1 AND r.year_be = ?2) OR (i.unit_id = ?1 AND i.year_be = ?2)"

char *
prs_ita_measures_plan_title (int year_be)
{
  /* The official title; the year stays in Arabic digits like every stored year, so
   * copying the plan to the next year can replace it, and display turns it Thai. */
  return g_strdup_printf ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. %d",
                          year_be + 1);
}

gint64
prs_ita_store_get_measures_plan (PrsStore *store, gint64 unit_id, int year_be, gboolean create,
                                 GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree char *title = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), 0);
  stmt = prs_store_prepare (store,
                            "SELECT id FROM plans WHERE kind = 'internal_measures' AND unit_id = ?1"
                            " AND fiscal_year = ?2 ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  /* Measures drawn from year Y's assessment are carried out in fiscal year Y + 1. */
  sqlite3_bind_int (stmt, 2, year_be + 1);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  /* unreadable is not "none yet": a second measures plan would be made */
  if (!prs_store_step_done (store, rc, error))
    return 0;
  if (!create)
    return 0;
  if (!prs_ita_store_get_unit_names (store, unit_id, NULL, NULL, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                             _("The unit of this analysis is no longer in the workspace."));
      return 0;
    }
  title = prs_ita_measures_plan_title (year_be);
  return prs_store_insert (store, "plans", error,
                           "kind", PRS_TEXT ("internal_measures"),
                           "fiscal_year", PRS_INT (year_be + 1),
                           "unit_id", PRS_INT (unit_id),
                           "title", PRS_TEXT (title),
                           NULL);
}

/* The unit, year and plan of an issue. */
static gboolean
issue_key (PrsStore *store, gint64 issue_id, gint64 *unit_id, int *year_be, gint64 *plan_id,
           GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT coalesce (r.unit_id, i.unit_id), coalesce (r.year_be, i.year_be), i.plan_id"
      " FROM ita_issues i LEFT JOIN ita_results r ON r.id = i.result_id WHERE i.id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("This issue is no longer in the workspace."));
      return FALSE;
    }
  if (unit_id)
    *unit_id = sqlite3_column_int64 (stmt, 0);
  if (year_be)
    *year_be = sqlite3_column_int (stmt, 1);
  if (plan_id)
    *plan_id = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* The canonical code of an item of the year's framework, or NULL with an error. */
static const char *
canonical_item (PrsItaFramework *fw, int year_be, const char *code, gboolean oit_only, GError **error)
{
  const PrsItaItemInfo *item = code ? prs_ita_framework_lookup_item (fw, code) : NULL;

  if (item == NULL)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not an item of the ITA of %d."), code ? code : "", year_be);
      return NULL;
    }
  if (oit_only && !g_str_equal (item->instrument->code, "OIT"))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("Only OIT items (O1, O2 …) can be linked as evidence; “%s” is not one."),
                   item->code);
      return NULL;
    }
  return item->code;
}

/* 1 when the issue has @code, 0 if not, -1 with @error set when that could not be read. */
static int
issue_has_code (PrsStore *store, gint64 issue_id, const char *code, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT 1 FROM ita_issue_items WHERE issue_id = ?1 AND code = ?2", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return 1;
  return prs_store_step_done (store, rc, error) ? 0 : -1;
}

/* Inserts @codes with @role into an issue inside the current edit. */
static gboolean
insert_codes (PrsStore *store, gint64 issue_id, PrsItaFramework *fw, int year_be,
              const char * const *codes, const char *role, GError **error)
{
  for (guint i = 0; codes && codes[i]; i++)
    {
      const char *code = canonical_item (fw, year_be, codes[i], g_str_equal (role, PRS_ITA_ROLE_EVIDENCE),
                                         error);
      int has;

      if (code == NULL)
        return FALSE;
      has = issue_has_code (store, issue_id, code, error);
      if (has < 0)
        return FALSE;
      if (has)
        {
          if (g_str_equal (role, PRS_ITA_ROLE_EVIDENCE))
            {
              g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT,
                           _("%s is already part of this issue."), code);
              return FALSE;
            }
          continue; /* the same item twice in one selection */
        }
      if (prs_store_insert (store, "ita_issue_items", error,
                            "issue_id", PRS_INT (issue_id),
                            "code", PRS_TEXT (code),
                            "role", PRS_TEXT (role),
                            NULL) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_title (const char *title, GError **error)
{
  g_autofree char *t = g_strstrip (g_strdup (title ? title : ""));

  if (*t == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Give the issue a title."));
      return FALSE;
    }
  return TRUE;
}

gint64
prs_ita_store_create_issue (PrsStore *store, gint64 unit_id, int year_be, const char *title,
                            const char * const *codes, GError **error)
{
  g_autoptr (PrsItaFramework) fw = NULL;
  g_autofree char *label = NULL;
  g_autofree char *clean = NULL;
  gint64 plan_id, result_id, issue_id;
  guint n = codes ? g_strv_length ((char **) codes) : 0;
  gint64 order;

  g_return_val_if_fail (PRS_IS_STORE (store), 0);
  if (n == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Choose at least one weak item to group into an issue."));
      return 0;
    }
  if (!check_title (title, error))
    return 0;
  clean = g_strstrip (g_strdup (title));
  fw = prs_ita_store_get_framework (store, unit_id, year_be, error);
  if (fw == NULL)
    return 0;

  /* Translators: undo label; %u is a number of ITA items */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Group %u item into an issue",
                                        "Group %u items into an issue", n), n);
  if (!prs_store_begin_edit (store, label, error))
    return 0;
  plan_id = prs_ita_store_get_measures_plan (store, unit_id, year_be, TRUE, error);
  if (plan_id == 0)
    goto fail;
  {
    g_autoptr (GError) local = NULL;

    result_id = prs_ita_store_find_result (store, unit_id, year_be, &local);
    if (local != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        goto fail;
      }
  }
  {
    g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
        "SELECT coalesce (max (i.sort_order) + 1, 0)" ISSUES_OF_YEAR, error);
    int rc;

    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int64 (stmt, 1, unit_id);
    sqlite3_bind_int (stmt, 2, year_be);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      order = sqlite3_column_int64 (stmt, 0);
    else if (!prs_store_step_done (store, rc, error))
      goto fail;
    else
      order = 0;
  }
  if (result_id != 0)
    issue_id = prs_store_insert (store, "ita_issues", error,
                                 "result_id", PRS_INT (result_id),
                                 "plan_id", PRS_INT (plan_id),
                                 "sort_order", PRS_INT (order),
                                 "title", PRS_TEXT (clean),
                                 NULL);
  else
    issue_id = prs_store_insert (store, "ita_issues", error,
                                 "unit_id", PRS_INT (unit_id),
                                 "year_be", PRS_INT (year_be),
                                 "plan_id", PRS_INT (plan_id),
                                 "sort_order", PRS_INT (order),
                                 "title", PRS_TEXT (clean),
                                 NULL);
  if (issue_id == 0
      || !insert_codes (store, issue_id, fw, year_be, codes, PRS_ITA_ROLE_ITEM, error)
      || !prs_store_end_edit (store, error))
    goto fail;
  return issue_id;

fail:
  prs_store_cancel_edit (store);
  return 0;
}

gboolean
prs_ita_store_set_issue_title (PrsStore *store, gint64 issue_id, const char *title, GError **error)
{
  g_autofree char *clean = NULL;

  if (!issue_key (store, issue_id, NULL, NULL, NULL, error) || !check_title (title, error))
    return FALSE;
  clean = g_strstrip (g_strdup (title));
  if (!prs_store_begin_edit (store, _("Rename issue"), error))
    return FALSE;
  if (!prs_store_update (store, "ita_issues", issue_id, error, "title", PRS_TEXT (clean), NULL))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_ita_store_set_issue_description (PrsStore *store, gint64 issue_id, const char *description,
                                     GError **error)
{
  if (!issue_key (store, issue_id, NULL, NULL, NULL, error))
    return FALSE;
  if (!prs_store_begin_edit (store, _("Describe issue"), error))
    return FALSE;
  if (!prs_store_update (store, "ita_issues", issue_id, error,
                         "description", PRS_TEXT (description ? description : ""), NULL))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* The row's title ("" without the row); NULL with @error set when it could not be read. */
static char *
row_title (PrsStore *store, const char *table, gint64 id, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM %s WHERE id = ?1", table);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return prs_store_step_done (store, rc, error) ? g_strdup ("") : NULL;
}

/* Undo labels quote titles; long Thai titles are cut to keep menus readable. */
static char *
short_title (const char *title)
{
  if (g_utf8_strlen (title, -1) <= 40)
    return g_strdup (title);
  {
    g_autofree char *head = g_utf8_substring (title, 0, 39);
    return g_strconcat (head, "…", NULL);
  }
}

gboolean
prs_ita_store_delete_issue (PrsStore *store, gint64 issue_id, GError **error)
{
  g_autofree char *title = NULL;
  g_autofree char *shortened = NULL;
  g_autofree char *label = NULL;

  if (!issue_key (store, issue_id, NULL, NULL, NULL, error))
    return FALSE;
  title = row_title (store, "ita_issues", issue_id, error);
  if (title == NULL)
    return FALSE;
  shortened = short_title (title);
  /* Translators: undo label; %s is the issue's title */
  label = g_strdup_printf (_("Delete issue “%s”"), shortened);
  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  if (!prs_store_delete (store, "ita_issues", issue_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* Renumbers @ids (in their current order) after moving @id to @position. */
static gboolean
reorder (PrsStore *store, const char *table, GArray *ids, gint64 id, guint position, GError **error)
{
  guint from = G_MAXUINT;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      from = i;
  if (from == G_MAXUINT)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("This entry is no longer in the workspace."));
      return FALSE;
    }
  position = MIN (position, ids->len - 1);
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, position, id);
  for (guint i = 0; i < ids->len; i++)
    if (!prs_store_update (store, table, g_array_index (ids, gint64, i), error,
                           "sort_order", PRS_INT (i), NULL))
      return FALSE;
  return TRUE;
}

static GArray *
query_ids (PrsStore *store, const char *sql, gint64 a, int b, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store, sql, error);
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!stepped_to_end (store, rc, error))
    {
      g_array_unref (ids);
      return NULL;
    }
  return ids;
}

gboolean
prs_ita_store_move_issue (PrsStore *store, gint64 issue_id, guint position, GError **error)
{
  g_autoptr (GArray) ids = NULL;
  gint64 unit_id;
  int year_be;

  if (!issue_key (store, issue_id, &unit_id, &year_be, NULL, error))
    return FALSE;
  ids = query_ids (store, "SELECT i.id" ISSUES_OF_YEAR " ORDER BY i.sort_order, i.id", unit_id, year_be, error);
  if (ids == NULL || !prs_store_begin_edit (store, _("Move issue"), error))
    return FALSE;
  if (!reorder (store, "ita_issues", ids, issue_id, position, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

static gboolean
edit_codes (PrsStore *store, gint64 issue_id, const char * const *codes, const char *role,
            const char *label, GError **error)
{
  g_autoptr (PrsItaFramework) fw = NULL;
  gint64 unit_id;
  int year_be;

  if (!issue_key (store, issue_id, &unit_id, &year_be, NULL, error))
    return FALSE;
  fw = prs_ita_store_get_framework (store, unit_id, year_be, error);
  if (fw == NULL || !prs_store_begin_edit (store, label, error))
    return FALSE;
  if (!insert_codes (store, issue_id, fw, year_be, codes, role, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_ita_store_add_issue_items (PrsStore *store, gint64 issue_id, const char * const *codes,
                               GError **error)
{
  guint n = codes ? g_strv_length ((char **) codes) : 0;
  g_autofree char *label = NULL;

  if (n == 0)
    return TRUE;
  /* Translators: undo label; %u is a number of ITA items */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u item to an issue",
                                        "Add %u items to an issue", n), n);
  return edit_codes (store, issue_id, codes, PRS_ITA_ROLE_ITEM, label, error);
}

gboolean
prs_ita_store_link_evidence (PrsStore *store, gint64 issue_id, const char *code, GError **error)
{
  const char *codes[] = { code, NULL };
  g_autofree char *label = NULL;
  g_autofree char *upper = g_ascii_strup (code ? code : "", -1);

  /* Translators: undo label; %s is an OIT item code, O40 */
  label = g_strdup_printf (_("Link %s as evidence"), upper);
  if (code == NULL || *code == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Choose an OIT item to link as evidence."));
      return FALSE;
    }
  return edit_codes (store, issue_id, codes, PRS_ITA_ROLE_EVIDENCE, label, error);
}

static gboolean
remove_code (PrsStore *store, gint64 issue_id, const char *code, const char *role, const char *label,
             GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  gint64 row_id;

  if (!issue_key (store, issue_id, NULL, NULL, NULL, error))
    return FALSE;
  stmt = prs_store_prepare (store,
                            "SELECT id FROM ita_issue_items WHERE issue_id = ?1 AND code = ?2 AND role = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  sqlite3_bind_text (stmt, 2, code ? code : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                   _("%s is not part of this issue."), code ? code : "");
      return FALSE;
    }
  row_id = sqlite3_column_int64 (stmt, 0);
  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  if (!prs_store_delete (store, "ita_issue_items", row_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_ita_store_remove_issue_item (PrsStore *store, gint64 issue_id, const char *code, GError **error)
{
  /* Translators: undo label; %s is an ITA item code, I27 */
  g_autofree char *label = g_strdup_printf (_("Take %s out of an issue"), code ? code : "");

  return remove_code (store, issue_id, code, PRS_ITA_ROLE_ITEM, label, error);
}

gboolean
prs_ita_store_unlink_evidence (PrsStore *store, gint64 issue_id, const char *code, GError **error)
{
  /* Translators: undo label; %s is an OIT item code, O40 */
  g_autofree char *label = g_strdup_printf (_("Unlink evidence %s"), code ? code : "");

  return remove_code (store, issue_id, code, PRS_ITA_ROLE_EVIDENCE, label, error);
}

/* ---- measures ---- */

/* Canonical ISO date of @text (NULL or empty: none). */
static gboolean
check_date (const char *text, char **iso, GError **error)
{
  PrsDate d;
  g_autoptr (GError) local = NULL;

  *iso = NULL;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (!prs_date_parse (text, &d, &local))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a date: %s"), text, local->message);
      return FALSE;
    }
  *iso = prs_date_to_iso (&d);
  return TRUE;
}

static gboolean
write_measure (PrsStore *store, gint64 *measure_id, gint64 issue_id, const PrsItaMeasureFields *f,
               GError **error)
{
  g_autofree char *title = g_strstrip (g_strdup (f->title ? f->title : ""));
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (*title == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Give the measure a title."));
      return FALSE;
    }
  if (!check_date (f->start_date, &start, error) || !check_date (f->end_date, &end, error))
    return FALSE;
  if (start && end && strcmp (start, end) > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The measure ends before it starts."));
      return FALSE;
    }
  for (guint i = 0; i < f->n_units; i++)
    if (!prs_ita_store_get_unit_names (store, f->unit_ids[i], NULL, NULL, error))
      {
        if (error == NULL || *error == NULL)
          g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                               _("A responsible unit of this measure is no longer in the workspace."));
        return FALSE;
      }

  if (*measure_id == 0)
    {
      gint64 order = 0;
      g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
          "SELECT coalesce (max (sort_order) + 1, 0) FROM ita_measures WHERE issue_id = ?1", error);

      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, issue_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        order = sqlite3_column_int64 (stmt, 0);
      else if (!prs_store_step_done (store, rc, error))
        return FALSE;
      *measure_id = prs_store_insert (store, "ita_measures", error,
                                      "issue_id", PRS_INT (issue_id),
                                      "sort_order", PRS_INT (order),
                                      "title", PRS_TEXT (title),
                                      "steps", PRS_TEXT (f->steps ? f->steps : ""),
                                      "period_text", PRS_TEXT (f->period_text ? f->period_text : ""),
                                      "start_date", PRS_TEXT (start),
                                      "end_date", PRS_TEXT (end),
                                      "all_units", PRS_BOOL (f->all_units),
                                      NULL);
      if (*measure_id == 0)
        return FALSE;
    }
  else
    {
      if (!prs_store_update (store, "ita_measures", *measure_id, error,
                             "title", PRS_TEXT (title),
                             "steps", PRS_TEXT (f->steps ? f->steps : ""),
                             "period_text", PRS_TEXT (f->period_text ? f->period_text : ""),
                             "start_date", PRS_TEXT (start),
                             "end_date", PRS_TEXT (end),
                             "all_units", PRS_BOOL (f->all_units),
                             NULL)
          || !prs_store_execute (store, error, "DELETE FROM ita_measure_units WHERE measure_id = ?1",
                                 PRS_INT (*measure_id), PRS_VALUE_END))
        return FALSE;
    }
  for (guint i = 0; !f->all_units && i < f->n_units; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        seen |= f->unit_ids[j] == f->unit_ids[i];
      if (!seen && prs_store_insert (store, "ita_measure_units", error,
                                     "measure_id", PRS_INT (*measure_id),
                                     "unit_id", PRS_INT (f->unit_ids[i]),
                                     NULL) == 0)
        return FALSE;
    }
  return TRUE;
}

gint64
prs_ita_store_add_measure (PrsStore *store, gint64 issue_id, const PrsItaMeasureFields *fields,
                           GError **error)
{
  gint64 id = 0;

  g_return_val_if_fail (fields != NULL, 0);
  if (!issue_key (store, issue_id, NULL, NULL, NULL, error)
      || !prs_store_begin_edit (store, _("Add measure"), error))
    return 0;
  if (!write_measure (store, &id, issue_id, fields, error) || !prs_store_end_edit (store, error))
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  return id;
}

static gint64
measure_issue (PrsStore *store, gint64 measure_id, GError **error)
{
  gint64 issue = 0;
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT issue_id FROM ita_measures WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, measure_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    issue = sqlite3_column_int64 (stmt, 0);
  else if (!prs_store_step_done (store, rc, error))
    return 0;
  if (issue == 0)
    g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                         _("This measure is no longer in the workspace."));
  return issue;
}

gboolean
prs_ita_store_update_measure (PrsStore *store, gint64 measure_id, const PrsItaMeasureFields *fields,
                              GError **error)
{
  gint64 issue_id = measure_issue (store, measure_id, error);

  g_return_val_if_fail (fields != NULL, FALSE);
  if (issue_id == 0 || !prs_store_begin_edit (store, _("Edit measure"), error))
    return FALSE;
  if (!write_measure (store, &measure_id, issue_id, fields, error) || !prs_store_end_edit (store, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_ita_store_delete_measure (PrsStore *store, gint64 measure_id, GError **error)
{
  g_autofree char *title = NULL;
  g_autofree char *shortened = NULL;
  g_autofree char *label = NULL;

  if (measure_issue (store, measure_id, error) == 0)
    return FALSE;
  title = row_title (store, "ita_measures", measure_id, error);
  if (title == NULL)
    return FALSE;
  shortened = short_title (title);
  /* Translators: undo label; %s is the measure's title */
  label = g_strdup_printf (_("Delete measure “%s”"), shortened);
  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  if (!prs_store_delete (store, "ita_measures", measure_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_ita_store_move_measure (PrsStore *store, gint64 measure_id, guint position, GError **error)
{
  gint64 issue_id = measure_issue (store, measure_id, error);
  g_autoptr (GArray) ids = NULL;

  if (issue_id == 0)
    return FALSE;
  ids = query_ids (store, "SELECT id FROM ita_measures WHERE issue_id = ?1 AND ?2 = ?2"
                          " ORDER BY sort_order, id", issue_id, 0, error);
  if (ids == NULL || !prs_store_begin_edit (store, _("Move measure"), error))
    return FALSE;
  if (!reorder (store, "ita_measures", ids, measure_id, position, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* ---- reading the analysis ---- */

static void
measure_info_free (gpointer data)
{
  PrsItaMeasureInfo *m = data;

  g_free (m->title);
  g_free (m->steps);
  g_free (m->period_text);
  g_free (m->start_date);
  g_free (m->end_date);
  g_array_unref (m->unit_ids);
  g_ptr_array_unref (m->unit_names);
  g_ptr_array_unref (m->unit_labels);
  g_free (m);
}

static void
issue_info_free (gpointer data)
{
  PrsItaIssueInfo *i = data;

  g_free (i->title);
  g_free (i->description);
  g_ptr_array_unref (i->items);
  g_ptr_array_unref (i->evidence);
  g_ptr_array_unref (i->measures);
  g_free (i);
}

static char *
dup_column (sqlite3_stmt *stmt, int col)
{
  const char *t = (const char *) sqlite3_column_text (stmt, col);

  return t ? g_strdup (t) : NULL;
}

static int
compare_codes (gconstpointer a, gconstpointer b, gpointer fw)
{
  const PrsItaItemInfo *x = prs_ita_framework_lookup_item (fw, *(char **) a);
  const PrsItaItemInfo *y = prs_ita_framework_lookup_item (fw, *(char **) b);

  if (x && y)
    return (int) x->index - (int) y->index;
  return x ? -1 : y ? 1 : g_strcmp0 (*(char **) a, *(char **) b);
}

GPtrArray *
prs_ita_store_list_issues (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  g_autoptr (GPtrArray) issues = g_ptr_array_new_with_free_func (issue_info_free);
  g_autoptr (PrsItaFramework) fw = prs_ita_store_get_framework (store, unit_id, year_be, NULL);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT i.id, i.plan_id, i.title, i.description" ISSUES_OF_YEAR " ORDER BY i.sort_order, i.id", error);
  g_autoptr (PrsStatement) codes = prs_store_prepare (store,
      "SELECT code, role FROM ita_issue_items WHERE issue_id = ?1", error);
  g_autoptr (PrsStatement) measures = prs_store_prepare (store,
      "SELECT id, title, steps, period_text, start_date, end_date, all_units FROM ita_measures"
      " WHERE issue_id = ?1 ORDER BY sort_order, id", error);
  g_autoptr (PrsStatement) units = prs_store_prepare (store,
      "SELECT u.id, u.name, p.name FROM ita_measure_units mu JOIN units u ON u.id = mu.unit_id"
      " LEFT JOIN units p ON p.id = u.parent_id AND p.is_own_agency = 0 AND p.parent_id IS NOT NULL"
      " WHERE mu.measure_id = ?1 ORDER BY mu.id", error);

  int rc, rc_inner;

  if (stmt == NULL || codes == NULL || measures == NULL || units == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsItaIssueInfo *info = g_new0 (PrsItaIssueInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->plan_id = sqlite3_column_int64 (stmt, 1);
      info->title = dup_column (stmt, 2);
      info->description = dup_column (stmt, 3);
      info->items = g_ptr_array_new_with_free_func (g_free);
      info->evidence = g_ptr_array_new_with_free_func (g_free);
      info->measures = g_ptr_array_new_with_free_func (measure_info_free);
      g_ptr_array_add (issues, info);

      sqlite3_reset (codes);
      sqlite3_bind_int64 (codes, 1, info->id);
      while ((rc_inner = sqlite3_step (codes)) == SQLITE_ROW)
        g_ptr_array_add (g_strcmp0 ((const char *) sqlite3_column_text (codes, 1), PRS_ITA_ROLE_EVIDENCE) == 0
                           ? info->evidence : info->items,
                         dup_column (codes, 0));
      if (!stepped_to_end (store, rc_inner, error))
        return NULL;
      if (fw)
        {
          g_ptr_array_sort_with_data (info->items, compare_codes, fw);
          g_ptr_array_sort_with_data (info->evidence, compare_codes, fw);
        }

      sqlite3_reset (measures);
      sqlite3_bind_int64 (measures, 1, info->id);
      while ((rc_inner = sqlite3_step (measures)) == SQLITE_ROW)
        {
          int rc_units;
          PrsItaMeasureInfo *m = g_new0 (PrsItaMeasureInfo, 1);

          m->id = sqlite3_column_int64 (measures, 0);
          m->title = dup_column (measures, 1);
          m->steps = dup_column (measures, 2);
          m->period_text = dup_column (measures, 3);
          m->start_date = dup_column (measures, 4);
          m->end_date = dup_column (measures, 5);
          m->all_units = sqlite3_column_int (measures, 6) != 0;
          m->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          m->unit_names = g_ptr_array_new_with_free_func (g_free);
          m->unit_labels = g_ptr_array_new_with_free_func (g_free);
          sqlite3_reset (units);
          sqlite3_bind_int64 (units, 1, m->id);
          while ((rc_units = sqlite3_step (units)) == SQLITE_ROW)
            {
              gint64 u = sqlite3_column_int64 (units, 0);
              const char *parent = (const char *) sqlite3_column_text (units, 2);

              g_array_append_val (m->unit_ids, u);
              g_ptr_array_add (m->unit_names, dup_column (units, 1));
              g_ptr_array_add (m->unit_labels,
                               parent && *parent
                                 ? g_strdup_printf ("%s %s", parent, (const char *) sqlite3_column_text (units, 1))
                                 : dup_column (units, 1));
            }
          if (!stepped_to_end (store, rc_units, error))
            {
              measure_info_free (m);
              return NULL;
            }
          if (m->all_units)
            {
              g_ptr_array_set_size (m->unit_labels, 0);
              /* Translators: a measure's responsible units: every unit (หน่วยงานทุกหน่วย) */
              g_ptr_array_add (m->unit_labels, g_strdup (_("All units")));
            }
          g_ptr_array_add (info->measures, m);
        }
      if (!stepped_to_end (store, rc_inner, error))
        return NULL;
    }
  if (!stepped_to_end (store, rc, error))
    return NULL;
  return g_steal_pointer (&issues);
}

GArray *
prs_ita_store_list_free_weak_items (PrsStore *store, PrsItaRollup *rollup, gint64 unit_id, int year_be,
                                    GError **error)
{
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT c.code FROM ita_issue_items c WHERE c.issue_id IN (SELECT i.id" ISSUES_OF_YEAR ")", error);
  GArray *free_items;
  guint n;
  int rc;

  g_return_val_if_fail (rollup != NULL, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (taken, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (!stepped_to_end (store, rc, error))
    return NULL;

  free_items = g_array_new (FALSE, FALSE, sizeof (PrsItaWeakItem));
  n = prs_ita_rollup_get_n_weak_items (rollup);
  for (guint i = 0; i < n; i++)
    {
      const PrsItaWeakItem *w = prs_ita_rollup_get_weak_item (rollup, i);

      if (!g_hash_table_contains (taken, w->item->code))
        g_array_append_val (free_items, *w);
    }
  return free_items;
}
