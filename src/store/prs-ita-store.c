/* prs-ita-store.c: ITA results in a workspace — load, compute, edit, import, compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prs-core.h"
#include "prs-csv.h"
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

/* All units as key -> id (names and abbreviations). */
static GHashTable *
unit_index (PrsStore *store, GError **error)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (PrsStatement) stmt = NULL;

  stmt = prs_store_prepare (store, "SELECT id, name, abbreviation FROM units ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
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
  gint64 id = prs_store_query_int (store,
                                   "SELECT id FROM units WHERE is_own_agency = 1 ORDER BY id LIMIT 1",
                                   0);
  if (id == 0)
    g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                         _("The workspace does not say which unit is your own agency; name one with --unit."));
  return id;
}

gboolean
prs_ita_store_get_unit_names (PrsStore *store, gint64 unit_id, char **name, char **abbreviation)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT name, abbreviation FROM units WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  if (name)
    *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (abbreviation)
    *abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

gint64
prs_ita_store_find_result (PrsStore *store, gint64 unit_id, int year_be)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id FROM ita_results WHERE unit_id = ?1 AND year_be = ?2", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

GArray *
prs_ita_store_list_years (PrsStore *store, gint64 unit_id)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT DISTINCT year_be FROM ita_results WHERE ?1 = 0 OR unit_id = ?1 ORDER BY year_be",
      NULL);

  if (stmt == NULL)
    return years;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, y);
    }
  return years;
}

PrsItaFramework *
prs_ita_store_get_framework (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT framework FROM ita_results WHERE unit_id = ?1 AND year_be = ?2", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year_be);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    {
      PrsItaFramework *fw = prs_ita_framework_lookup ((const char *) sqlite3_column_text (stmt, 0), NULL);
      if (fw != NULL)
        return fw;
    }
  return prs_ita_framework_for_year (year_be, error);
}

PrsItaInput *
prs_ita_store_load_input (PrsStore *store, gint64 unit_id, int year_be, GError **error)
{
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
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (GError) local = NULL;
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *part = (const char *) sqlite3_column_text (stmt, 1);

      /* A figure the framework does not know (data from a newer version) is skipped
       * rather than making the whole result unreadable. */
      if (!prs_ita_input_set (input, code, part, sqlite3_column_int64 (stmt, 2), &local))
        g_debug ("ITA figure %s/%s skipped: %s", code, part ? part : "", local->message);
    }
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
  gint64 id = prs_ita_store_find_result (store, unit_id, year_be);

  if (id != 0)
    return id;
  return prs_store_insert (store, "ita_results", error,
                           "unit_id", PRS_INT (unit_id),
                           "year_be", PRS_INT (year_be),
                           "framework", PRS_TEXT (framework),
                           NULL);
}

static gint64
find_figure (PrsStore *store, gint64 result_id, const char *code, const char *part, PrsScore *score)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id, score FROM ita_figures WHERE result_id = ?1 AND code = ?2"
      " AND ifnull (part, '') = ifnull (?3, '')", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, result_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  if (part)
    sqlite3_bind_text (stmt, 3, part, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  if (score)
    *score = sqlite3_column_int64 (stmt, 1);
  return sqlite3_column_int64 (stmt, 0);
}

/* Writes (or, with @clear, removes) one figure inside the current edit. */
static gboolean
write_figure (PrsStore *store, gint64 result_id, const char *code, const char *part,
              gboolean clear, PrsScore score, GError **error)
{
  PrsScore old = 0;
  gint64 id = find_figure (store, result_id, code, part, &old);

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
  g_free (preview);
}

enum { COL_UNIT, COL_YEAR, COL_CODE, COL_PART, COL_SCORE, N_COLS };

static int
header_column (const char *field)
{
  static const struct { const char *name; int col; } names[] = {
    { "unit", COL_UNIT }, { "agency", COL_UNIT }, { "หน่วยงาน", COL_UNIT }, { "ส่วนราชการ", COL_UNIT },
    { "year", COL_YEAR }, { "ปี", COL_YEAR }, { "ปีงบประมาณ", COL_YEAR }, { "พ.ศ.", COL_YEAR },
    { "code", COL_CODE }, { "รหัส", COL_CODE }, { "ตัวชี้วัด", COL_CODE },
    { "part", COL_PART }, { "ส่วน", COL_PART },
    { "score", COL_SCORE }, { "คะแนน", COL_SCORE },
  };
  g_autofree char *key = unit_key (field);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (key, names[i].name))
      return names[i].col;
  return -1;
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
  v = g_ascii_strtoll (arabic, &end, 10);
  if (*end != '\0')
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

PrsItaImportPreview *
prs_ita_import_preview_rows (PrsStore *store, GPtrArray *rows, GError **error)
{
  g_autoptr (PrsItaImportPreview) p = g_new0 (PrsItaImportPreview, 1);
  g_autoptr (GHashTable) units = unit_index (store, error);
  g_autoptr (GHashTable) new_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

  /* The header row is optional: a first non-empty row naming the columns. */
  while (first < rows->len && row_is_empty (rows->pdata[first]))
    first++;
  if (first < rows->len)
    {
      char **row = rows->pdata[first];
      int found[N_COLS] = { -1, -1, -1, -1, -1 };
      guint named = 0;

      for (guint i = 0; row[i]; i++)
        {
          int c = header_column (row[i]);
          if (c >= 0 && found[c] < 0)
            {
              found[c] = (int) i;
              named++;
            }
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
                add_error (p, first + 1, msg);
                return g_steal_pointer (&p);
              }
          memcpy (cols, found, sizeof cols);
          first++;
        }
    }

  for (guint r = first; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint line = r + 1;
      guint n_fields = g_strv_length (row);
      g_autofree char *fields[N_COLS] = { NULL };
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
        fields[c] = g_strstrip (g_strdup ((int) n_fields > cols[c] ? row[cols[c]] : ""));

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

      ukey = unit_key (fields[COL_UNIT]);
      if (g_hash_table_lookup_extended (units, ukey, NULL, &id_ptr))
        unit_id = GPOINTER_TO_INT (id_ptr);
      else if (!g_hash_table_contains (new_units, ukey))
        {
          g_hash_table_insert (new_units, g_strdup (ukey), NULL);
          g_ptr_array_add (p->new_units, g_strdup (fields[COL_UNIT]));
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
        prs_ita_store_get_unit_names (store, unit_id, &out->unit, NULL);
      else
        out->unit = g_strdup (fields[COL_UNIT]);
      out->year_be = year;
      out->code = g_strdup (c_code);
      out->part = g_strdup (c_part);
      out->score = score;
      out->change = PRS_ITA_IMPORT_NEW;
      if (unit_id != 0)
        {
          gint64 result_id = prs_ita_store_find_result (store, unit_id, year);
          PrsScore old = 0;

          if (result_id != 0 && find_figure (store, result_id, c_code, c_part, &old) != 0)
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
  g_autofree char *note = NULL;
  PrsItaImportPreview *p;

  if (has_suffix_ci (path, ".xlsx"))
    {
      rows = prs_xlsx_read_file (path, NULL, NULL, error);
      note = g_strdup ("XLSX");
    }
  else
    {
      PrsCsvInfo info = { 0 };

      rows = prs_csv_read_file (path, NULL, &info, error);
      note = g_strdup_printf ("CSV, %s%s, %s",
                              info.encoding == PRS_CSV_ENCODING_WINDOWS_874 ? "Windows-874" : "UTF-8",
                              info.had_bom ? " (BOM)" : "",
                              info.delimiter == ';' ? _("semicolons") :
                              info.delimiter == '\t' ? _("tabs") : _("commas"));
    }
  if (rows == NULL)
    return NULL;
  p = prs_ita_import_preview_rows (store, rows, error);
  if (p != NULL)
    {
      p->path = g_strdup (path);
      p->format_note = g_steal_pointer (&note);
    }
  return p;
}

gboolean
prs_ita_import_apply (PrsStore *store, PrsItaImportPreview *preview, GError **error)
{
  g_autoptr (GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  sort_base = prs_store_query_int (store, "SELECT ifnull (max (sort_order), 0) FROM units", 0);

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
          else
            {
              unit_id = prs_store_insert (store, "units", error,
                                          "name", PRS_TEXT (row->unit),
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
          g_autoptr (PrsItaFramework) fw = prs_ita_framework_for_year (row->year_be, error);

          if (fw == NULL)
            goto fail;
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
  if (text == NULL)
    text = "";
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
  g_autoptr (GString) out = g_string_new ("\xEF\xBB\xBF" "unit,year,code,part,score\r\n");
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT u.name, r.year_be, f.code, f.part, f.score FROM ita_figures f"
      " JOIN ita_results r ON r.id = f.result_id JOIN units u ON u.id = r.unit_id"
      " WHERE ?1 = 0 OR r.year_be = ?1 ORDER BY r.year_be, u.sort_order, u.id, f.id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year_be);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char buf[PRS_SCORE_BUF_SIZE];

      csv_field (out, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_printf (out, ",%d,", sqlite3_column_int (stmt, 1));
      csv_field (out, (const char *) sqlite3_column_text (stmt, 2));
      g_string_append_c (out, ',');
      csv_field (out, (const char *) sqlite3_column_text (stmt, 3));
      g_string_append_printf (out, ",%s\r\n", prs_score_to_ascii (sqlite3_column_int64 (stmt, 4), buf));
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
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PrsItaUnitScore *s = g_new0 (PrsItaUnitScore, 1);

      s->unit_id = sqlite3_column_int64 (stmt, 0);
      s->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      s->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      s->is_own_agency = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (c->units, s);
    }
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
