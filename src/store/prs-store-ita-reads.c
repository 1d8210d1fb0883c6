/* prs-store-ita-reads.c: the published context of an ITA result; typed reads for the
 * ITA report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"
#include "prs-ita-store.h"
#include "prs-store-ita-reads.h"
#include "prs-store-people.h"

typedef enum
{
  KIND_SCORE,
  KIND_RANK,   /* a rank; may carry its count ("145/159") */
  KIND_COUNT,  /* a positive count */
  KIND_NUMBER, /* a number of respondents (0 allowed) */
  KIND_TEXT,
} FieldKind;

static const struct
{
  const char *name;
  const char *label;
  FieldKind   kind;
  const char *count_field; /* for ranks */
} fields[] = {
  { "national_average", N_("National average"), KIND_SCORE, NULL },
  { "national_rank", N_("National rank"), KIND_RANK, "national_count" },
  { "national_count", N_("Agencies assessed nationally"), KIND_COUNT, NULL },
  { "ministry_rank", N_("Rank in the ministry"), KIND_RANK, "ministry_count" },
  { "ministry_count", N_("Agencies assessed in the ministry"), KIND_COUNT, NULL },
  { "respondents_internal", N_("Respondents, IIT"), KIND_NUMBER, NULL },
  { "respondents_public", N_("Respondents, EIT Public"), KIND_NUMBER, NULL },
  { "respondents_survey", N_("Respondents, EIT Survey"), KIND_NUMBER, NULL },
  { "recommendations", N_("The assessor’s recommendations"), KIND_TEXT, NULL },
  { "limitations", N_("Limitations"), KIND_TEXT, NULL },
};

static const char *const field_names[] = {
  "national_average", "national_rank", "national_count", "ministry_rank", "ministry_count",
  "respondents_internal", "respondents_public", "respondents_survey", "recommendations",
  "limitations", NULL
};

const char * const *
prs_ita_context_field_names (void)
{
  return field_names;
}

static int
field_index (const char *field)
{
  g_autofree char *f = field ? g_strstrip (g_ascii_strdown (field, -1)) : NULL;

  for (guint i = 0; f && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (f, fields[i].name))
      return (int) i;
  return -1;
}

const char *
prs_ita_context_field_label (const char *field)
{
  int i = field_index (field);

  return i < 0 ? NULL : _(fields[i].label);
}

void
prs_ita_context_init (PrsItaContext *c)
{
  memset (c, 0, sizeof *c);
  c->respondents_internal = c->respondents_public = c->respondents_survey = -1;
  c->recommendations = g_strdup ("");
  c->limitations = g_strdup ("");
}

void
prs_ita_context_clear (PrsItaContext *c)
{
  g_clear_pointer (&c->recommendations, g_free);
  g_clear_pointer (&c->limitations, g_free);
}

gboolean
prs_ita_context_is_empty (const PrsItaContext *c)
{
  return !c->has_national_average && c->national_rank == 0 && c->national_count == 0
         && c->ministry_rank == 0 && c->ministry_count == 0 && c->respondents_internal < 0
         && c->respondents_public < 0 && c->respondents_survey < 0
         && (c->recommendations == NULL || *c->recommendations == '\0')
         && (c->limitations == NULL || *c->limitations == '\0');
}

/* Slot of an integer field. */
static gint *
int_slot (PrsItaContext *c, const char *name)
{
  if (g_str_equal (name, "national_rank")) return (gint *) &c->national_rank;
  if (g_str_equal (name, "national_count")) return (gint *) &c->national_count;
  if (g_str_equal (name, "ministry_rank")) return (gint *) &c->ministry_rank;
  if (g_str_equal (name, "ministry_count")) return (gint *) &c->ministry_count;
  if (g_str_equal (name, "respondents_internal")) return &c->respondents_internal;
  if (g_str_equal (name, "respondents_public")) return &c->respondents_public;
  if (g_str_equal (name, "respondents_survey")) return &c->respondents_survey;
  return NULL;
}

static char **
text_slot (PrsItaContext *c, const char *name)
{
  return g_str_equal (name, "recommendations") ? &c->recommendations : &c->limitations;
}

/* A whole number ("1,204", "๔๐๔"); FALSE if @text is not one. */
static gboolean
parse_count (const char *text, gint64 *out)
{
  g_autofree char *arabic = prs_digits_to_arabic (text);
  GString *digits = g_string_new (NULL);
  gboolean ok;
  char *end = NULL;

  g_strstrip (arabic);
  for (const char *p = arabic; *p; p++)
    if (*p != ',')
      g_string_append_c (digits, *p);
  ok = digits->len > 0 && digits->len < 10;
  for (gsize i = 0; ok && i < digits->len; i++)
    ok = g_ascii_isdigit (digits->str[i]);
  if (ok)
    *out = g_ascii_strtoll (digits->str, &end, 10);
  g_string_free (digits, TRUE);
  return ok;
}

gboolean
prs_ita_context_set_field (PrsItaContext *c, const char *field, const char *text, GError **error)
{
  int i = field_index (field);
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  gint64 v = 0, count = 0;
  PrsScore score = 0;
  gint *slot;

  if (i < 0)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) field_names);

      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a field of the published context; use one of %s."),
                   field ? field : "", names);
      return FALSE;
    }
  field = fields[i].name;
  switch (fields[i].kind)
    {
    case KIND_TEXT:
      {
        char **s = text_slot (c, field);

        g_free (*s);
        *s = g_strdup (t);
        return TRUE;
      }
    case KIND_SCORE:
      if (*t == '\0')
        {
          c->has_national_average = FALSE;
          return TRUE;
        }
      if (!prs_score_parse (t, &score, NULL) || score < 0 || score > 10000)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                       _("The %s, “%s”, is not a score from 0 to 100."), _(fields[i].label), t);
          return FALSE;
        }
      c->national_average = score;
      c->has_national_average = TRUE;
      return TRUE;
    default:
      break;
    }

  slot = int_slot (c, field);
  if (*t == '\0')
    {
      *slot = fields[i].kind == KIND_NUMBER ? -1 : 0;
      return TRUE;
    }
  if (fields[i].kind == KIND_RANK)
    {
      /* "145/159", "145 of 159", "145 จาก 159" */
      static const char *const seps[] = { "/", " of ", "จาก", NULL };

      for (guint k = 0; seps[k]; k++)
        {
          const char *at = strstr (t, seps[k]);

          if (at != NULL)
            {
              g_autofree char *head = g_strndup (t, at - t);

              if (!parse_count (head, &v) || !parse_count (at + strlen (seps[k]), &count)
                  || v <= 0 || count <= 0)
                goto bad;
              *slot = (gint) v;
              *int_slot (c, fields[i].count_field) = (gint) count;
              return TRUE;
            }
        }
    }
  if (!parse_count (t, &v) || (fields[i].kind != KIND_NUMBER && v <= 0))
    goto bad;
  *slot = (gint) v;
  return TRUE;

bad:
  g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
               fields[i].kind == KIND_RANK
                 ? _("The %s, “%s”, is not a rank (a whole number from 1, or “145/159”).")
                 : fields[i].kind == KIND_COUNT ? _("The %s, “%s”, is not a whole number from 1.")
                                                : _("The %s, “%s”, is not a whole number."),
               _(fields[i].label), t);
  return FALSE;
}

char *
prs_ita_context_get_field (const PrsItaContext *c, const char *field)
{
  int i = field_index (field);
  PrsItaContext *m = (PrsItaContext *) c;
  char buf[PRS_SCORE_BUF_SIZE];
  gint v;

  if (i < 0)
    return NULL;
  switch (fields[i].kind)
    {
    case KIND_TEXT:
      {
        char *s = *text_slot (m, fields[i].name);
        return s && *s ? g_strdup (s) : NULL;
      }
    case KIND_SCORE:
      return c->has_national_average ? g_strdup (prs_score_to_ascii (c->national_average, buf)) : NULL;
    default:
      v = *int_slot (m, fields[i].name);
      if (fields[i].kind == KIND_NUMBER ? v < 0 : v <= 0)
        return NULL;
      return g_strdup_printf ("%d", v);
    }
}

gboolean
prs_ita_context_check (const PrsItaContext *c, GError **error)
{
  if (c->national_rank && c->national_count && c->national_rank > c->national_count)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("The national rank %u is beyond the %u agencies assessed."), c->national_rank,
                   c->national_count);
      return FALSE;
    }
  if (c->ministry_rank && c->ministry_count && c->ministry_rank > c->ministry_count)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("The rank in the ministry %u is beyond the %u agencies assessed there."),
                   c->ministry_rank, c->ministry_count);
      return FALSE;
    }
  return TRUE;
}

/* ---- stored ---- */

#define CONTEXT_COLUMNS                                                                  \
  "c.id, c.national_average, c.national_rank, c.national_count, c.ministry_rank,"        \
  " c.ministry_count, c.respondents_internal, c.respondents_public, c.respondents_survey," \
  " c.recommendations, c.limitations"

static void
read_context_row (sqlite3_stmt *stmt, int first, PrsItaContext *c)
{
  gint *ints[] = { (gint *) &c->national_rank, (gint *) &c->national_count,
                   (gint *) &c->ministry_rank, (gint *) &c->ministry_count,
                   &c->respondents_internal, &c->respondents_public, &c->respondents_survey };

  prs_ita_context_init (c);
  if (sqlite3_column_type (stmt, first) != SQLITE_NULL)
    {
      c->has_national_average = TRUE;
      c->national_average = sqlite3_column_int64 (stmt, first);
    }
  for (guint k = 0; k < G_N_ELEMENTS (ints); k++)
    if (sqlite3_column_type (stmt, first + 1 + k) != SQLITE_NULL)
      *ints[k] = sqlite3_column_int (stmt, first + 1 + k);
  g_free (c->recommendations);
  g_free (c->limitations);
  c->recommendations = g_strdup ((const char *) sqlite3_column_text (stmt, first + 8));
  c->limitations = g_strdup ((const char *) sqlite3_column_text (stmt, first + 9));
  if (c->recommendations == NULL)
    c->recommendations = g_strdup ("");
  if (c->limitations == NULL)
    c->limitations = g_strdup ("");
}

/* The context row's id (read into @c); 0 if there is none, -1 with @error set when
 * it could not be read. */
static gint64
find_context (PrsStore *store, gint64 result_id, PrsItaContext *c, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT " CONTEXT_COLUMNS " FROM ita_contexts c WHERE c.result_id = ?1", error);
  gint64 id = 0;
  int rc;

  if (c)
    prs_ita_context_init (c);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, result_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (c)
        {
          prs_ita_context_clear (c);
          read_context_row (stmt, 1, c);
        }
    }
  else if (!prs_store_step_done (store, rc, error))
    return -1;
  return id;
}

gboolean
prs_ita_store_get_context (PrsStore *store, gint64 unit_id, int year_be, PrsItaContext *c, GError **error)
{
  gint64 result = prs_ita_store_find_result (store, unit_id, year_be, error);

  if (result == 0)
    {
      prs_ita_context_init (c);
      return FALSE;
    }
  return find_context (store, result, c, error) > 0;
}

/* Inside an edit: writes @c for (unit, year). */
static gboolean
write_context (PrsStore *store, gint64 unit_id, int year_be, const PrsItaContext *c, GError **error)
{
  g_autoptr (GError) local = NULL;
  gint64 result = prs_ita_store_find_result (store, unit_id, year_be, &local);
  gint64 id;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (result == 0)
    {
      g_autoptr (PrsItaFramework) fw = prs_ita_framework_for_year (year_be, error);

      if (fw == NULL)
        return FALSE;
      if (prs_ita_context_is_empty (c))
        return TRUE;
      result = prs_store_insert (store, "ita_results", error,
                                 "unit_id", PRS_INT (unit_id),
                                 "year_be", PRS_INT (year_be),
                                 "framework", PRS_TEXT (prs_ita_framework_get_id (fw)),
                                 NULL);
      if (result == 0)
        return FALSE;
    }
  id = find_context (store, result, NULL, error);
  if (id < 0)
    return FALSE;
  if (prs_ita_context_is_empty (c))
    return id == 0 || prs_store_delete (store, "ita_contexts", id, error);
  if (id == 0)
    {
      id = prs_store_insert (store, "ita_contexts", error, "result_id", PRS_INT (result), NULL);
      if (id == 0)
        return FALSE;
    }
  {
    const struct
    {
      const char *column;
      gboolean    known;
      gint64      value;
    } ints[] = {
      { "national_average", c->has_national_average, c->national_average },
      { "national_rank", c->national_rank > 0, c->national_rank },
      { "national_count", c->national_count > 0, c->national_count },
      { "ministry_rank", c->ministry_rank > 0, c->ministry_rank },
      { "ministry_count", c->ministry_count > 0, c->ministry_count },
      { "respondents_internal", c->respondents_internal >= 0, c->respondents_internal },
      { "respondents_public", c->respondents_public >= 0, c->respondents_public },
      { "respondents_survey", c->respondents_survey >= 0, c->respondents_survey },
    };

    for (guint k = 0; k < G_N_ELEMENTS (ints); k++)
      if (!(ints[k].known ? prs_store_update (store, "ita_contexts", id, error, ints[k].column,
                                              PRS_INT (ints[k].value), NULL)
                          : prs_store_update (store, "ita_contexts", id, error, ints[k].column,
                                              PRS_NULL, NULL)))
        return FALSE;
  }
  return prs_store_update (store, "ita_contexts", id, error,
                           "recommendations", PRS_TEXT (c->recommendations ? c->recommendations : ""),
                           "limitations", PRS_TEXT (c->limitations ? c->limitations : ""),
                           NULL);
}

gboolean
prs_ita_store_set_context (PrsStore *store, gint64 unit_id, int year_be, const PrsItaContext *c,
                           GError **error)
{
  if (!prs_ita_store_get_unit_names (store, unit_id, NULL, NULL, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                             _("This unit is no longer in the workspace."));
      return FALSE;
    }
  if (!prs_ita_context_check (c, error)
      || !prs_store_begin_edit (store, _("Set the published context"), error))
    return FALSE;
  if (!write_context (store, unit_id, year_be, c, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* ---- import / export ---- */

typedef struct
{
  gint64        unit_id;
  int           year_be;
  PrsItaContext context;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  prs_ita_context_clear (&p->context);
  g_free (p);
}

enum { CTX_UNIT, CTX_YEAR, CTX_FIELD, CTX_VALUE, CTX_N };

/* The context file's header cells, in English or Thai. */
static int
context_column (const char *cell, gpointer user_data)
{
  static const struct { const char *key; int col; } names[] = {
    { "unit", CTX_UNIT }, { "agency", CTX_UNIT }, { "หน่วยงาน", CTX_UNIT }, { "ส่วนราชการ", CTX_UNIT },
    { "year", CTX_YEAR }, { "ปี", CTX_YEAR }, { "ปีงบประมาณ", CTX_YEAR }, { "พศ", CTX_YEAR }, { "ปีพศ", CTX_YEAR },
    { "field", CTX_FIELD }, { "รายการ", CTX_FIELD }, { "ข้อมูล", CTX_FIELD },
    { "value", CTX_VALUE }, { "ค่า", CTX_VALUE },
  };
  g_autofree char *key = prs_table_header_key (cell);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (key, names[i].key))
      return names[i].col;
  return -1;
}

gboolean
prs_ita_store_import_context (PrsStore *store, const char *path, gboolean dry_run, guint *n_results,
                              GError **error)
{
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) rows = prs_csv_read_file_lines (path, NULL, NULL, &lines, error);
  g_autoptr (GPtrArray) pending = g_ptr_array_new_with_free_func (pending_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *problems = g_string_new (NULL);
  guint n_problems = 0;

  int cols[CTX_N] = { CTX_UNIT, CTX_YEAR, CTX_FIELD, CTX_VALUE };
  guint first = 0, header;

  if (rows == NULL)
    {
      g_string_free (problems, TRUE);
      return FALSE;
    }
  /* The header is optional, in English or Thai, possibly under title rows (the
   * search the other importers share); it must then name all four columns. */
  header = prs_table_find_header (rows, 20, context_column, NULL, 2, 0, cols, CTX_N);
  if (header != G_MAXUINT)
    {
      for (int c = 0; c < CTX_N; c++)
        if (cols[c] < 0)
          {
            g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                         _("Line %u: the header needs the columns unit, year, field and value "
                           "(หน่วยงาน, ปี, รายการ, ค่า)."),
                         g_array_index (lines, guint, header));
            g_string_free (problems, TRUE);
            return FALSE;
          }
      first = header + 1;
    }
  else
    for (int c = 0; c < CTX_N; c++)
      cols[c] = c;
  for (guint r = first; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint line = g_array_index (lines, guint, r);
      g_autoptr (GError) local = NULL;
      g_autofree char *key = NULL;
      g_autofree char *year_text = NULL;
      g_autofree char *unit_text = NULL;
      const char *field, *value;
      Pending *p;
      gint64 unit_id, year = 0;
      int max_col = MAX (MAX (cols[0], cols[1]), MAX (cols[2], cols[3]));

      if (prs_table_row_filled (row) == 0)
        continue;
      if ((int) g_strv_length (row) <= max_col)
        {
          g_string_append_c (problems, '\n');
          g_string_append_printf (problems, _("Line %u: expected 4 values: unit, year, field, value."), line);
          n_problems++;
          continue;
        }
      unit_text = g_strstrip (g_strdup (row[cols[CTX_UNIT]]));
      field = row[cols[CTX_FIELD]];
      value = row[cols[CTX_VALUE]];
      unit_id = prs_ita_store_find_unit (store, unit_text, &local);
      if (unit_id == 0 && !g_error_matches (local, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND))
        {
          g_string_free (problems, TRUE);
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (unit_id == 0)
        {
          g_string_append_printf (problems, "\n");
          g_string_append_printf (problems, _("Line %u: there is no unit “%s” in the workspace."), line,
                                  unit_text);
          n_problems++;
          continue;
        }
      year_text = prs_digits_to_arabic (row[cols[CTX_YEAR]]);
      g_strstrip (year_text);
      {
        char *end = NULL;

        year = g_ascii_strtoll (year_text, &end, 10);
        if (*year_text == '\0' || *end != '\0' || year < 2500 || year > 2700)
          {
            g_string_append_printf (problems, "\n");
            g_string_append_printf (problems, _("Line %u: “%s” is not a Buddhist Era year."), line,
                                    row[cols[CTX_YEAR]]);
            n_problems++;
            continue;
          }
      }
      /* context belongs to a result: a year typed wrong must not add an empty one */
      if (prs_ita_store_find_result (store, unit_id, (int) year, &local) == 0)
        {
          g_autofree char *name = NULL;

          if (local == NULL)
            prs_ita_store_get_unit_names (store, unit_id, &name, NULL, &local);
          if (local != NULL)
            {
              g_string_free (problems, TRUE);
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          g_string_append_printf (problems, "\n");
          g_string_append_printf (problems, _("Line %u: “%s” has no ITA results for %d; import or enter its "
                                              "scores first."),
                                  line, name ? name : unit_text, (int) year);
          n_problems++;
          continue;
        }
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", unit_id, (int) year);
      p = g_hash_table_lookup (by_key, key);
      if (p == NULL)
        {
          p = g_new0 (Pending, 1);
          p->unit_id = unit_id;
          p->year_be = (int) year;
          g_ptr_array_add (pending, p);
          g_hash_table_insert (by_key, g_steal_pointer (&key), p);
          /* The fields the file does not give keep their stored values: an
           * unreadable context is an error, not blank fields written over it. */
          prs_ita_store_get_context (store, unit_id, (int) year, &p->context, &local);
          if (local != NULL)
            {
              g_string_free (problems, TRUE);
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
        }
      if (!prs_ita_context_set_field (&p->context, field, value, &local))
        {
          g_string_append_printf (problems, "\n");
          g_string_append_printf (problems, _("Line %u: %s"), line, local->message);
          n_problems++;
        }
    }
  for (guint i = 0; n_problems == 0 && i < pending->len; i++)
    {
      Pending *p = pending->pdata[i];
      g_autoptr (GError) local = NULL;

      if (!prs_ita_context_check (&p->context, &local))
        {
          g_autofree char *name = NULL;
          g_autoptr (GError) read_error = NULL;

          if (!prs_ita_store_get_unit_names (store, p->unit_id, &name, NULL, &read_error) && read_error)
            {
              g_string_free (problems, TRUE);
              g_propagate_error (error, g_steal_pointer (&read_error));
              return FALSE;
            }
          g_string_append_printf (problems, "\n%s %d: %s", name, p->year_be, local->message);
          n_problems++;
        }
    }
  if (n_problems > 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   g_dngettext (NULL, "The file has %u problem; nothing was imported:%s",
                                "The file has %u problems; nothing was imported:%s", n_problems),
                   n_problems, problems->str);
      g_string_free (problems, TRUE);
      return FALSE;
    }
  g_string_free (problems, TRUE);
  if (n_results)
    *n_results = pending->len;
  if (dry_run || pending->len == 0)
    return TRUE;
  if (!prs_store_begin_edit (store, _("Import the published context"), error))
    return FALSE;
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = pending->pdata[i];

      if (!write_context (store, p->unit_id, p->year_be, &p->context, error))
        {
          prs_store_cancel_edit (store);
          return FALSE;
        }
    }
  return prs_store_end_edit (store, error);
}

static void
csv_field (GString *out, const char *text)
{
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL;

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

gboolean
prs_ita_store_export_context_csv (PrsStore *store, int year_be, const char *path, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT u.name, r.year_be, " CONTEXT_COLUMNS " FROM ita_contexts c"
      " JOIN ita_results r ON r.id = c.result_id JOIN units u ON u.id = r.unit_id"
      " WHERE ?1 = 0 OR r.year_be = ?1 ORDER BY r.year_be, u.sort_order, u.name", error);
  GString *out = g_string_new ("\xEF\xBB\xBFunit,year,field,value\r\n");
  gboolean ok;
  int rc;

  if (stmt == NULL)
    {
      g_string_free (out, TRUE);
      return FALSE;
    }
  sqlite3_bind_int (stmt, 1, year_be);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsItaContext c;
      const char *unit = (const char *) sqlite3_column_text (stmt, 0);
      int year = sqlite3_column_int (stmt, 1);

      read_context_row (stmt, 3, &c);
      for (guint k = 0; field_names[k]; k++)
        {
          g_autofree char *value = prs_ita_context_get_field (&c, field_names[k]);

          if (value == NULL)
            continue;
          csv_field (out, unit);
          g_string_append_printf (out, ",%d,%s,", year, field_names[k]);
          csv_field (out, value);
          g_string_append (out, "\r\n");
        }
      prs_ita_context_clear (&c);
    }
  if (rc != SQLITE_DONE)
    {
      /* a damaged page must not pass for the end of the rows: no truncated export */
      prs_store_set_error_from_db (error, prs_store_get_db (store), sqlite3_extended_errcode (prs_store_get_db (store)), NULL);
      g_string_free (out, TRUE);
      return FALSE;
    }
  ok = g_file_set_contents (path, out->str, (gssize) out->len, error);
  g_string_free (out, TRUE);
  return ok;
}

/* ---- starting a result ---- */

gint64
prs_ita_store_start_result (PrsStore *store, const char *unit_name, int year_be, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (unit_name ? unit_name : ""));
  g_autoptr (PrsItaFramework) fw = NULL;
  g_autofree char *label = NULL;
  gint64 unit_id;

  if (*name == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Give the unit’s name."));
      return 0;
    }
  fw = prs_ita_framework_for_year (year_be, NULL);
  if (fw == NULL)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("There is no ITA framework for %d; the first year is 2562."), year_be);
      return 0;
    }
  {
    g_autoptr (GError) local = NULL;

    /* Unreadable units or results are not "none": a second unit or result would be made. */
    unit_id = prs_ita_store_find_unit (store, name, &local);
    if (unit_id == 0 && !g_error_matches (local, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND))
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return 0;
      }
    g_clear_error (&local);
    if (unit_id != 0 && prs_ita_store_find_result (store, unit_id, year_be, &local) != 0)
      {
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT,
                     _("“%s” already has ITA results for %d."), name, year_be);
        return 0;
      }
    if (local != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return 0;
      }
  }
  /* Translators: undo label; %s is a unit, %d a year */
  label = g_strdup_printf (_("Start ITA results of %s for %d"), name, year_be);
  if (!prs_store_begin_edit (store, label, error))
    return 0;
  if (unit_id == 0)
    {
      /* beside the own agency: under its parent, if it has one */
      gint64 parent = 0;

      if (!prs_store_query_int_checked (store, "SELECT ifnull (parent_id, 0) FROM units WHERE is_own_agency = 1"
                                               " ORDER BY id LIMIT 1", 0, &parent, error))
        {
          prs_store_cancel_edit (store);
          return 0;
        }
      unit_id = parent ? prs_store_insert (store, "units", error, "name", PRS_TEXT (name),
                                           "parent_id", PRS_INT (parent), NULL)
                       : prs_store_insert (store, "units", error, "name", PRS_TEXT (name), NULL);
    }
  if (unit_id == 0
      || prs_store_insert (store, "ita_results", error, "unit_id", PRS_INT (unit_id),
                           "year_be", PRS_INT (year_be), "framework", PRS_TEXT (prs_ita_framework_get_id (fw)),
                           NULL) == 0)
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  return prs_store_end_edit (store, error) ? unit_id : 0;
}

/* ---- typed reads ---- */

char *
prs_ita_store_get_plan_title (PrsStore *store, gint64 plan_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  const char *title;
  int rc;

  if (plan_id == 0)
    return NULL;
  stmt = prs_store_prepare (store, "SELECT title FROM plans WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      prs_store_step_done (store, rc, error);
      return NULL;
    }
  title = (const char *) sqlite3_column_text (stmt, 0);
  return title && *title ? g_strdup (title) : NULL;
}

char *
prs_ita_store_get_unit_display_name (PrsStore *store, gint64 unit_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT u.name, p.name FROM units u LEFT JOIN units p ON p.id = u.parent_id AND p.is_own_agency = 0 AND p.parent_id IS NOT NULL WHERE u.id = ?1", error);
  const char *name, *parent;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      prs_store_step_done (store, rc, error);
      return NULL;
    }
  name = (const char *) sqlite3_column_text (stmt, 0);
  parent = (const char *) sqlite3_column_text (stmt, 1);
  if (parent && *parent)
    return g_strdup_printf ("%s %s", parent, name ? name : "");
  return g_strdup (name ? name : "");
}

/* ---- the section's choosers ---- */

GPtrArray *
prs_ita_store_list_result_units (PrsStore *store, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GPtrArray) units = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store,
                            "SELECT id, coalesce (parent_id, 0), name, abbreviation, is_own_agency FROM units u "
                            "WHERE is_own_agency = 1 OR EXISTS (SELECT 1 FROM ita_results r WHERE r.unit_id = u.id) "
                            "ORDER BY is_own_agency DESC, name, id", error);
  if (stmt == NULL)
    return NULL;
  units = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_unit_brief_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsUnitBrief *unit = g_new0 (PrsUnitBrief, 1);
      const char *abbr = (const char *) sqlite3_column_text (stmt, 3);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      unit->abbreviation = g_strdup (abbr ? abbr : "");
      unit->is_own_agency = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (units, unit);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&units);
}

char *
prs_ita_store_get_issue_title (PrsStore *store, gint64 issue_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store, "SELECT title FROM ita_issues WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      prs_store_step_done (store, rc, error);
      return NULL;
    }
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}
