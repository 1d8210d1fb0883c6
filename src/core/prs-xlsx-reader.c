/* prs-xlsx-reader.c: rows of one sheet of an .xlsx workbook (libzip + GMarkup)
 *
 * Every zip member is checked against the limits before and while it is inflated:
 * the sizes in the zip directory can lie, so reading stops at the limit whatever they say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-xlsx-reader.h"
#include "prs-csv.h"
#include "prs-number.h"

#define DEFAULT_MAX_ENTRY (64 * 1024 * 1024)
#define DEFAULT_MAX_TOTAL (256 * 1024 * 1024)
#define DEFAULT_MAX_RATIO 200
#define DEFAULT_MAX_ROWS  1048576
#define DEFAULT_MAX_COLS  16384
#define DEFAULT_MAX_CELLS 5000000
/* Small members may compress very well (a column of equal cells); only large ones can
 * be bombs. */
#define RATIO_MIN_SIZE    (1024 * 1024)

typedef struct
{
  PrsXlsxLimits limits;
  zip_t        *zip;
  guint64       total;
} Reader;

static void
limits_init (PrsXlsxLimits *out, const PrsXlsxLimits *in)
{
  PrsXlsxLimits l = { 0 };

  if (in)
    l = *in;
  out->max_entry_size = l.max_entry_size ? l.max_entry_size : DEFAULT_MAX_ENTRY;
  out->max_total_size = l.max_total_size ? l.max_total_size : DEFAULT_MAX_TOTAL;
  out->max_ratio = l.max_ratio ? l.max_ratio : DEFAULT_MAX_RATIO;
  out->max_rows = l.max_rows ? l.max_rows : DEFAULT_MAX_ROWS;
  out->max_cols = l.max_cols ? l.max_cols : DEFAULT_MAX_COLS;
  out->max_cells = l.max_cells ? l.max_cells : DEFAULT_MAX_CELLS;
}

static gboolean
limit_error (GError **error, const char *name)
{
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
               _("The workbook part “%s” is too large or too highly compressed to be read "
                 "safely."),
               name);
  return FALSE;
}

/* Reads a member into a NUL-terminated buffer. *@found FALSE (no error) when absent. */
static char *
read_member (Reader *rd, const char *name, gboolean *found, gsize *len_out, GError **error)
{
  zip_stat_t st;
  zip_file_t *zf;
  GByteArray *buf;
  guint8 chunk[16384];
  zip_int64_t n;
  guint64 limit = rd->limits.max_entry_size;

  *found = FALSE;
  zip_stat_init (&st);
  if (zip_stat (rd->zip, name, 0, &st) != 0)
    return NULL;
  *found = TRUE;

  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit)
    return (limit_error (error, name), NULL);
  if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > RATIO_MIN_SIZE
      && st.size / MAX (st.comp_size, 1) > rd->limits.max_ratio)
    return (limit_error (error, name), NULL);

  zf = zip_fopen (rd->zip, name, 0);
  if (zf == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The workbook part “%s” cannot be read: %s"), name,
                   zip_error_strerror (zip_get_error (rd->zip)));
      return NULL;
    }
  buf = g_byte_array_new ();
  while ((n = zip_fread (zf, chunk, sizeof chunk)) > 0)
    {
      g_byte_array_append (buf, chunk, (guint) n);
      rd->total += (guint64) n;
      /* the directory can lie about sizes: enforce the limits on what is inflated */
      if (buf->len > limit || rd->total > rd->limits.max_total_size
          || ((st.valid & ZIP_STAT_COMP_SIZE) && buf->len > RATIO_MIN_SIZE
              && buf->len / MAX (st.comp_size, 1) > rd->limits.max_ratio))
        {
          zip_fclose (zf);
          g_byte_array_unref (buf);
          return (limit_error (error, name), NULL);
        }
    }
  if (n < 0)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The workbook part “%s” is damaged: %s"), name,
                   zip_file_strerror (zf));
      zip_fclose (zf);
      g_byte_array_unref (buf);
      return NULL;
    }
  zip_fclose (zf);
  if (len_out)
    *len_out = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (buf, FALSE);
}

static char *
read_required (Reader *rd, const char *name, gsize *len, GError **error)
{
  gboolean found;
  char *data = read_member (rd, name, &found, len, error);

  if (data == NULL && !found)
    g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                 _("This is not an Excel workbook (.xlsx): “%s” is missing."), name);
  return data;
}

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon ? colon + 1 : name;
}

static const char *
attr (const char **names, const char **values, const char *wanted)
{
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (local_name (names[i]), wanted) || g_str_equal (names[i], wanted))
      return values[i];
  return NULL;
}

static gboolean
parse_xml (const char *name, const GMarkupParser *parser, gpointer data, const char *text,
           gsize len, GError **error)
{
  g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (parser, 0, data, NULL);
  g_autoptr (GError) local = NULL;

  if (!g_markup_parse_context_parse (ctx, text, (gssize) len, &local)
      || !g_markup_parse_context_end_parse (ctx, &local))
    {
      if (local->domain == PRS_CORE_ERROR)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                     _("The workbook part “%s” is malformed: %s"), name, local->message);
      return FALSE;
    }
  return TRUE;
}

/* --- workbook.xml: sheet names and relationship ids --- */

typedef struct
{
  GPtrArray *names;
  GPtrArray *rids;
  gboolean   date1904;
} Workbook;

static void
workbook_start (GMarkupParseContext *ctx, const char *element, const char **names,
                const char **values, gpointer data, GError **error)
{
  Workbook *wb = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "sheet"))
    {
      const char *name = attr (names, values, "name");
      const char *rid = attr (names, values, "id");

      g_ptr_array_add (wb->names, g_strdup (name ? name : ""));
      g_ptr_array_add (wb->rids, g_strdup (rid ? rid : ""));
    }
  else if (g_str_equal (el, "workbookPr"))
    {
      const char *d = attr (names, values, "date1904");

      wb->date1904 = d && (g_str_equal (d, "1") || g_ascii_strcasecmp (d, "true") == 0);
    }
}

static gboolean
read_workbook (Reader *rd, Workbook *wb, GError **error)
{
  static const GMarkupParser parser = { workbook_start, NULL, NULL, NULL, NULL };
  g_autofree char *xml = NULL;
  gsize len;

  xml = read_required (rd, "xl/workbook.xml", &len, error);
  if (xml == NULL)
    return FALSE;
  if (!parse_xml ("xl/workbook.xml", &parser, wb, xml, len, error))
    return FALSE;
  if (wb->names->len == 0)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT, _("The workbook has no sheets."));
      return FALSE;
    }
  return TRUE;
}

/* --- workbook.xml.rels: where a sheet's XML is --- */

typedef struct
{
  const char *rid;
  char       *target;
} Rels;

static void
rels_start (GMarkupParseContext *ctx, const char *element, const char **names, const char **values,
            gpointer data, GError **error)
{
  Rels *rels = data;

  if (g_str_equal (local_name (element), "Relationship") && rels->target == NULL
      && g_strcmp0 (attr (names, values, "Id"), rels->rid) == 0)
    rels->target = g_strdup (attr (names, values, "Target"));
}

static char *
sheet_path (Reader *rd, const char *rid, GError **error)
{
  static const GMarkupParser parser = { rels_start, NULL, NULL, NULL, NULL };
  g_autofree char *xml = NULL;
  Rels rels = { rid, NULL };
  char *path;
  gsize len;

  xml = read_required (rd, "xl/_rels/workbook.xml.rels", &len, error);
  if (xml == NULL || !parse_xml ("xl/_rels/workbook.xml.rels", &parser, &rels, xml, len, error))
    {
      g_free (rels.target);
      return NULL;
    }
  if (rels.target == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The workbook does not say where its sheet is."));
      return NULL;
    }
  if (rels.target[0] == '/')
    path = g_strdup (rels.target + 1);
  else
    path = g_strconcat ("xl/", rels.target, NULL);
  g_free (rels.target);
  return path;
}

/* --- sharedStrings.xml --- */

typedef struct
{
  GPtrArray *strings;
  GString   *current;
  gboolean   in_si, in_t;
  int        rph_depth; /* phonetic runs are not part of the text */
} Shared;

static void
shared_start (GMarkupParseContext *ctx, const char *element, const char **names,
              const char **values, gpointer data, GError **error)
{
  Shared *sh = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "si"))
    {
      sh->in_si = TRUE;
      g_string_truncate (sh->current, 0);
    }
  else if (g_str_equal (el, "rPh"))
    sh->rph_depth++;
  else if (g_str_equal (el, "t") && sh->in_si && sh->rph_depth == 0)
    sh->in_t = TRUE;
}

static void
shared_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Shared *sh = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "si"))
    {
      sh->in_si = FALSE;
      g_ptr_array_add (sh->strings, g_strndup (sh->current->str, sh->current->len));
    }
  else if (g_str_equal (el, "rPh"))
    sh->rph_depth--;
  else if (g_str_equal (el, "t"))
    sh->in_t = FALSE;
}

static void
shared_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  Shared *sh = data;

  if (sh->in_t)
    g_string_append_len (sh->current, text, (gssize) len);
}

static GPtrArray *
read_shared_strings (Reader *rd, GError **error)
{
  static const GMarkupParser parser = { shared_start, shared_end, shared_text, NULL, NULL };
  g_autofree char *xml = NULL;
  Shared sh = { 0 };
  gboolean found;
  gsize len = 0;

  sh.strings = g_ptr_array_new_with_free_func (g_free);
  xml = read_member (rd, "xl/sharedStrings.xml", &found, &len, error);
  if (xml == NULL && found)
    {
      g_ptr_array_unref (sh.strings);
      return NULL;
    }
  if (xml == NULL)
    return sh.strings; /* a workbook without strings */
  sh.current = g_string_new (NULL);
  if (!parse_xml ("xl/sharedStrings.xml", &parser, &sh, xml, len, error))
    {
      g_string_free (sh.current, TRUE);
      g_ptr_array_unref (sh.strings);
      return NULL;
    }
  g_string_free (sh.current, TRUE);
  return sh.strings;
}

/* --- styles.xml: which cell styles show dates --- */

typedef enum
{
  FMT_NONE = 0,
  FMT_DATE = 1,
  FMT_TIME = 2,
  FMT_DATETIME = 3,
  FMT_PERCENT = 4,
} FmtKind;

/* How a style shows a number: a date, a time, a percentage with so many decimals. */
typedef struct
{
  FmtKind kind;
  guint   decimals; /* FMT_PERCENT only */
} Fmt;

typedef struct
{
  GHashTable *custom; /* numFmtId -> Fmt* */
  GArray     *xfs;    /* Fmt per cellXfs index */
  gboolean    in_cell_xfs;
} Styles;

static FmtKind
builtin_kind (guint id)
{
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
      || (id >= 50 && id <= 58) || (id >= 71 && id <= 76) || (id >= 79 && id <= 81))
    return FMT_DATE;
  if (id == 22)
    return FMT_DATETIME;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)
      || (id >= 77 && id <= 78))
    return FMT_TIME;
  return FMT_NONE;
}

static Fmt
builtin_fmt (guint id)
{
  Fmt fmt = { FMT_NONE, 0 };

  if (id == 9 || id == 10) /* 0% and 0.00% */
    {
      fmt.kind = FMT_PERCENT;
      fmt.decimals = id == 10 ? 2 : 0;
    }
  else
    fmt.kind = builtin_kind (id);
  return fmt;
}

/* A percent format ("0.00%", "#,##0.0%", "[Blue]0%"): a % outside quoted text and
 * escapes in the first section (the one for positive numbers), with the decimals shown
 * there. */
static gboolean
percent_format (const char *code, guint *decimals)
{
  gboolean percent = FALSE, after_point = FALSE;
  guint n = 0;

  for (const char *p = code; *p && *p != ';'; p++)
    {
      if (*p == '"')
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            break;
        }
      else if (*p == '\\' || *p == '_' || *p == '*')
        {
          if (*++p == '\0')
            break;
        }
      else if (*p == '[')
        {
          p = strchr (p, ']');
          if (p == NULL)
            break;
        }
      else if (*p == '%')
        percent = TRUE;
      else if (*p == '.')
        after_point = TRUE;
      else if (after_point && (*p == '0' || *p == '#' || *p == '?'))
        n++;
    }
  *decimals = MIN (n, 10);
  return percent;
}

/* Looks for date and time tokens outside quoted text, escapes and [colour] brackets. */
static FmtKind
custom_kind (const char *code)
{
  gboolean date = FALSE, time = FALSE;

  for (const char *p = code; *p; p++)
    {
      char c = g_ascii_tolower (*p);

      if (*p == '"')
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            break;
        }
      else if (*p == '\\' || *p == '_' || *p == '*')
        {
          if (*++p == '\0')
            break;
        }
      else if (*p == '[')
        {
          const char *close = strchr (p, ']');

          /* [h] [mm] [ss] are elapsed times; [Red], [$-41E] are not tokens */
          if (close && (p[1] == 'h' || p[1] == 'H' || p[1] == 'm' || p[1] == 's'))
            time = TRUE;
          if (close == NULL)
            break;
          p = close;
        }
      else if (c == 'e' && (p[1] == '+' || p[1] == '-'))
        p++; /* scientific notation, 0.00E+00 */
      else if (c == 'd' || c == 'y' || c == 'e' || c == 'b')
        date = TRUE; /* e and b: Buddhist-era years in Thai formats */
      else if (c == 'h' || c == 's')
        time = TRUE;
      else if (c == 'm')
        date = date || !time; /* "m" alone is a month; after h it is minutes */
    }
  if (g_str_equal (code, "General") || g_ascii_strncasecmp (code, "general", 7) == 0)
    return FMT_NONE;
  return (FmtKind) ((date ? FMT_DATE : 0) | (time ? FMT_TIME : 0));
}

static void
styles_start (GMarkupParseContext *ctx, const char *element, const char **names,
              const char **values, gpointer data, GError **error)
{
  Styles *st = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "numFmt"))
    {
      const char *id = attr (names, values, "numFmtId");
      const char *code = attr (names, values, "formatCode");

      if (id && code)
        {
          Fmt *fmt = g_new0 (Fmt, 1);

          fmt->kind = custom_kind (code);
          if (fmt->kind == FMT_NONE && !percent_format (code, &fmt->decimals))
            fmt->decimals = 0;
          else if (fmt->kind == FMT_NONE)
            fmt->kind = FMT_PERCENT;
          g_hash_table_insert (st->custom, GUINT_TO_POINTER ((guint) atoi (id)), fmt);
        }
    }
  else if (g_str_equal (el, "cellXfs"))
    st->in_cell_xfs = TRUE;
  else if (g_str_equal (el, "xf") && st->in_cell_xfs)
    {
      const char *id_text = attr (names, values, "numFmtId");
      guint id = id_text ? (guint) atoi (id_text) : 0;
      Fmt *custom = g_hash_table_lookup (st->custom, GUINT_TO_POINTER (id));
      Fmt fmt = custom ? *custom : builtin_fmt (id);

      g_array_append_val (st->xfs, fmt);
    }
}

static void
styles_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Styles *st = data;

  if (g_str_equal (local_name (element), "cellXfs"))
    st->in_cell_xfs = FALSE;
}

static GArray *
read_styles (Reader *rd, GError **error)
{
  static const GMarkupParser parser = { styles_start, styles_end, NULL, NULL, NULL };
  g_autofree char *xml = NULL;
  Styles st = { 0 };
  gboolean found;
  gsize len = 0;
  gboolean ok = TRUE;

  st.xfs = g_array_new (FALSE, TRUE, sizeof (Fmt));
  xml = read_member (rd, "xl/styles.xml", &found, &len, error);
  if (xml == NULL && found)
    ok = FALSE;
  else if (xml != NULL)
    {
      st.custom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      ok = parse_xml ("xl/styles.xml", &parser, &st, xml, len, error);
      g_hash_table_unref (st.custom);
    }
  if (!ok)
    {
      g_array_unref (st.xfs);
      return NULL;
    }
  return st.xfs;
}

/* --- the sheet --- */

typedef struct
{
  Reader     *rd;
  GPtrArray  *shared;
  GArray     *xfs;
  gboolean    date1904;
  GPtrArray  *rows;      /* GPtrArray of char* (cells), converted to GStrv at the end */
  GPtrArray  *row;       /* the current row */
  guint       row_index; /* 0-based index of the current row */
  guint       next_row;
  guint       col;       /* 0-based column of the current cell */
  guint       next_col;
  char       *type;      /* the current cell's t= */
  guint       style;
  gboolean    in_cell, in_v, in_is_t;
  GString    *text;
  guint64     cells;
  guint64     padding;   /* empty cells added to keep positions */
  guint64     bytes;     /* bytes of cell texts altogether */
  guint64     text_budget;
  GArray     *merges;    /* guint[4] per mergeCell: first col, first row, last col, last row (0-based) */
  gboolean    in_formula_cell;   /* the current cell has an <f> */
  guint       n_uncached;        /* formula cells without a saved result */
  guint       uncached_row, uncached_col; /* the first of them, 0-based */
} Sheet;

/* Memory follows the cells actually present (issue 14): a lone cell at column XFD
 * must not cost 16,384 strings per row, nor a long shared text referenced a million
 * times a copy each beyond the file's own size limit. */
#define PADDING_BASE 65536
#define PADDING_PER_CELL 16

static gboolean
parse_ref (const char *ref, guint *col, guint *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  while (g_ascii_isalpha (*p))
    {
      c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
      if (c > G_MAXUINT32)
        return FALSE;
      p++;
    }
  while (g_ascii_isdigit (*p))
    {
      r = r * 10 + (guint64) (*p - '0');
      if (r > G_MAXUINT32)
        return FALSE;
      p++;
    }
  if (*p != '\0' || (c == 0 && r == 0))
    return FALSE;
  *col = (guint) c; /* 1-based, 0 when absent */
  *row = (guint) r;
  return TRUE;
}

static void
free_row (gpointer row)
{
  g_ptr_array_unref (row);
}

static gboolean
sheet_limit (Sheet *sh, GError **error)
{
  g_autofree char *cells = g_strdup_printf ("%" G_GUINT64_FORMAT, sh->rd->limits.max_cells);

  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
               _("The sheet is too large to import (at most %u rows, %u columns and %s "
                 "cells)."),
               sh->rd->limits.max_rows, sh->rd->limits.max_cols, cells);
  return FALSE;
}

static void
sheet_start (GMarkupParseContext *ctx, const char *element, const char **names,
             const char **values, gpointer data, GError **error)
{
  Sheet *sh = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "row"))
    {
      const char *r = attr (names, values, "r");
      guint index = sh->next_row;

      if (r != NULL)
        {
          guint64 v = g_ascii_strtoull (r, NULL, 10);

          if (v == 0 || v > G_MAXUINT32)
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                           _("The sheet has a row numbered “%s”."), r);
              return;
            }
          index = (guint) v - 1;
        }
      if (index >= sh->rd->limits.max_rows)
        {
          sheet_limit (sh, error);
          return;
        }
      sh->row_index = index;
      sh->next_row = index + 1;
      sh->row = g_ptr_array_new_with_free_func (g_free);
      sh->next_col = 0;
    }
  else if (g_str_equal (el, "c") && sh->row != NULL)
    {
      const char *r = attr (names, values, "r");
      const char *t = attr (names, values, "t");
      const char *s = attr (names, values, "s");
      guint col = sh->next_col, row = 0;

      if (r != NULL)
        {
          if (!parse_ref (r, &col, &row) || col == 0)
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                           _("The sheet has a cell named “%s”."), r);
              return;
            }
          col--;
        }
      if (col >= sh->rd->limits.max_cols)
        {
          sheet_limit (sh, error);
          return;
        }
      sh->col = col;
      sh->next_col = col + 1;
      g_free (sh->type);
      sh->type = g_strdup (t ? t : "n");
      sh->style = s ? (guint) g_ascii_strtoull (s, NULL, 10) : 0;
      sh->in_cell = TRUE;
      sh->in_formula_cell = FALSE;
      g_string_truncate (sh->text, 0);
    }
  else if (g_str_equal (el, "mergeCell") && sh->merges != NULL)
    {
      const char *ref = attr (names, values, "ref");
      g_auto (GStrv) ends = ref ? g_strsplit (ref, ":", 3) : NULL;
      guint m[4];

      /* a malformed ref is ignored: merges only help reading */
      if (ends && ends[0] && ends[1] && !ends[2] && parse_ref (ends[0], &m[0], &m[1])
          && parse_ref (ends[1], &m[2], &m[3]) && m[0] > 0 && m[1] > 0 && m[2] >= m[0] && m[3] > m[1])
        {
          for (int i = 0; i < 4; i++)
            m[i]--;
          g_array_append_vals (sh->merges, m, 4);
        }
    }
  else if (sh->in_cell && g_str_equal (el, "f"))
    sh->in_formula_cell = TRUE;
  else if (sh->in_cell && g_str_equal (el, "v"))
    sh->in_v = TRUE;
  else if (sh->in_cell && g_str_equal (el, "t"))
    sh->in_is_t = TRUE;
}

static void
days_to_date (gint64 serial, gboolean date1904, GDate *date)
{
  /* 1900 system: day 1 is 1900-01-01 and Excel counts a 29 Feb 1900 that never was,
   * so from day 61 on the epoch is 1899-12-30 */
  g_date_clear (date, 1);
  if (date1904)
    g_date_set_dmy (date, 1, G_DATE_JANUARY, 1904);
  else
    {
      g_date_set_dmy (date, 30, G_DATE_DECEMBER, 1899);
      if (serial < 61)
        serial++;
    }
  if (serial > 0)
    g_date_add_days (date, (guint) serial);
}

/* @v as a percent format with @decimals shows it: 0.9553 -> "95.53%" with "0.00%",
 * "96%" with "0%". Scaled and rounded in decimal (half away from zero, as Excel shows
 * it) from the 15 significant digits Excel keeps, so no binary noise shows. */
static char *
format_percent (double v, guint decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  PrsDecimal d;
  gint64 scaled;
  guint64 mag, unit = 1;

  g_ascii_formatd (buf, sizeof buf, "%.15g", v);
  if (strchr (buf, 'e') == NULL && prs_number_parse (buf, &d, NULL))
    {
      if (d.scale >= 2)
        d.scale -= 2;
      else if (d.mantissa > G_MAXINT64 / 100 || d.mantissa < -(G_MAXINT64 / 100))
        goto fallback;
      else
        {
          for (guint i = d.scale; i < 2; i++)
            d.mantissa *= 10;
          d.scale = 0;
        }
      if (!prs_decimal_rescale (&d, decimals, &scaled, NULL))
        goto fallback;
      for (guint i = 0; i < decimals; i++)
        unit *= 10;
      mag = scaled < 0 ? (guint64) 0 - (guint64) scaled : (guint64) scaled;
      if (decimals == 0)
        return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%%", scaled < 0 ? "-" : "", mag);
      return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT "%%", scaled < 0 ? "-" : "",
                              mag / unit, (int) decimals, mag % unit);
    }
fallback:
  /* very large or very small: %.*f is as close as the display can be */
  g_ascii_formatd (buf, sizeof buf, "%.15g", v * 100.0);
  {
    g_autofree char *fmt = g_strdup_printf ("%%.%uf", decimals);
    char out[400];

    g_ascii_formatd (out, sizeof out, fmt, g_ascii_strtod (buf, NULL));
    return g_strconcat (out, "%", NULL);
  }
}

static char *
format_number (const char *text, Fmt fmt, gboolean date1904)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  FmtKind kind = fmt.kind;

  if (end == text || *end != '\0')
    return g_strdup (text);

  if (kind == FMT_PERCENT)
    return format_percent (v, fmt.decimals);

  if (kind != FMT_NONE && v >= 0 && v < 2958466) /* up to 9999-12-31 */
    {
      gint64 days = (gint64) v;
      gint64 secs = (gint64) ((v - (double) days) * 86400.0 + 0.5);
      GDate date;

      if (secs >= 86400)
        {
          days++;
          secs -= 86400;
        }
      days_to_date (days, date1904, &date);
      if (kind == FMT_TIME && days == 0)
        return g_strdup_printf ("%02d:%02d:%02d", (int) (secs / 3600), (int) (secs / 60 % 60),
                                (int) (secs % 60));
      if (kind == FMT_DATE || (secs == 0 && kind != FMT_TIME))
        return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
      return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d", g_date_get_year (&date),
                              g_date_get_month (&date), g_date_get_day (&date),
                              (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60));
    }

  /* 15 significant digits, as Excel shows and rounds numbers */
  g_ascii_formatd (buf, sizeof buf, "%.15g", v);
  return g_strdup (buf);
}

static void
sheet_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Sheet *sh = data;
  const char *el = local_name (element);

  if (g_str_equal (el, "v"))
    sh->in_v = FALSE;
  else if (g_str_equal (el, "t"))
    sh->in_is_t = FALSE;
  else if (g_str_equal (el, "c") && sh->in_cell)
    {
      char *value = NULL;
      const char *t = sh->type;

      sh->in_cell = FALSE;
      if (sh->text->len == 0)
        {
          /* a formula never calculated (files written by scripts): the cell is empty,
           * but the caller can say why */
          if (sh->in_formula_cell && sh->n_uncached++ == 0)
            {
              sh->uncached_row = sh->row_index;
              sh->uncached_col = sh->col;
            }
          return; /* an empty (styled) cell */
        }

      if (g_str_equal (t, "s"))
        {
          guint64 i = g_ascii_strtoull (sh->text->str, NULL, 10);

          if (i >= sh->shared->len)
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                           _("The sheet refers to a text that the workbook does not have."));
              return;
            }
          value = g_strdup (g_ptr_array_index (sh->shared, i));
        }
      else if (g_str_equal (t, "b"))
        value = g_strdup (g_str_equal (sh->text->str, "1") ? "TRUE" : "FALSE");
      else if (g_str_equal (t, "n"))
        {
          Fmt none = { FMT_NONE, 0 };

          value = format_number (sh->text->str,
                                 sh->style < sh->xfs->len ? g_array_index (sh->xfs, Fmt, sh->style) : none,
                                 sh->date1904);
        }
      else /* inlineStr, str (formula text), e (error), d (ISO date) */
        value = g_strndup (sh->text->str, sh->text->len);

      if (++sh->cells > sh->rd->limits.max_cells)
        {
          g_free (value);
          sheet_limit (sh, error);
          return;
        }
      sh->bytes += strlen (value) + 1;
      if (sh->bytes > sh->text_budget)
        {
          g_free (value);
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                       _("The sheet's texts are too large to import."));
          return;
        }
      if (sh->col >= sh->row->len)
        {
          sh->padding += sh->col - sh->row->len;
          if (sh->padding > PADDING_BASE + PADDING_PER_CELL * sh->cells)
            {
              g_free (value);
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                           _("The sheet has cells far to the right of its data (up to column %u). "
                             "Delete the empty columns between them and save the file again."),
                           sh->col + 1);
              return;
            }
        }
      while (sh->row->len <= sh->col)
        g_ptr_array_add (sh->row, g_strdup (""));
      g_free (g_ptr_array_index (sh->row, sh->col));
      g_ptr_array_index (sh->row, sh->col) = value;
    }
  else if (g_str_equal (el, "row") && sh->row != NULL)
    {
      if (sh->row->len > 0)
        {
          while (sh->rows->len < sh->row_index)
            g_ptr_array_add (sh->rows, g_ptr_array_new_with_free_func (g_free));
          if (sh->rows->len == sh->row_index)
            g_ptr_array_add (sh->rows, sh->row);
          else /* rows out of order: merge into the existing one */
            {
              GPtrArray *old = g_ptr_array_index (sh->rows, sh->row_index);

              for (guint i = 0; i < sh->row->len; i++)
                if (*(char *) g_ptr_array_index (sh->row, i) != '\0')
                  {
                    while (old->len <= i)
                      g_ptr_array_add (old, g_strdup (""));
                    g_free (g_ptr_array_index (old, i));
                    g_ptr_array_index (old, i) = g_strdup (g_ptr_array_index (sh->row, i));
                  }
              g_ptr_array_unref (sh->row);
            }
        }
      else
        g_ptr_array_unref (sh->row);
      sh->row = NULL;
    }
}

static void
sheet_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  Sheet *sh = data;

  if (sh->in_v || sh->in_is_t)
    g_string_append_len (sh->text, text, (gssize) len);
}

static gboolean
row_has_text (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    if (*(const char *) g_ptr_array_index (row, i) != '\0')
      return TRUE;
  return FALSE;
}

/* PRS_XLSX_READ_FILL_MERGED_DOWN. The work is bounded by the cell limit: every row a
 * merge reaches counts as a cell, filled or not (a million merges over a million rows
 * must not run for hours). */
static gboolean
fill_merged (Sheet *sh, guint *n_filled, GError **error)
{
  for (guint i = 0; i + 3 < sh->merges->len; i += 4)
    {
      guint col = g_array_index (sh->merges, guint, i);
      guint top = g_array_index (sh->merges, guint, i + 1);
      guint bottom = g_array_index (sh->merges, guint, i + 3);
      GPtrArray *first;
      const char *value;

      if (top >= sh->rows->len)
        continue;
      first = g_ptr_array_index (sh->rows, top);
      if (col >= first->len || *(value = g_ptr_array_index (first, col)) == '\0')
        continue;
      for (guint r = top + 1; r <= bottom && r < sh->rows->len; r++)
        {
          GPtrArray *row = g_ptr_array_index (sh->rows, r);

          if (++sh->cells > sh->rd->limits.max_cells)
            return sheet_limit (sh, error);
          if (!row_has_text (row) || (col < row->len && *(const char *) g_ptr_array_index (row, col) != '\0'))
            continue;
          sh->bytes += strlen (value) + 1;
          if (sh->bytes > sh->text_budget)
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                           _("The sheet's texts are too large to import."));
              return FALSE;
            }
          while (row->len <= col)
            g_ptr_array_add (row, g_strdup (""));
          g_free (g_ptr_array_index (row, col));
          g_ptr_array_index (row, col) = g_strdup (value);
          (*n_filled)++;
        }
    }
  return TRUE;
}

static GPtrArray *
read_sheet (Reader *rd, const char *path, GPtrArray *shared, GArray *xfs, gboolean date1904,
            PrsXlsxReadFlags flags, guint *n_filled, PrsXlsxInfo *info, GError **error)
{
  static const GMarkupParser parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };
  g_autofree char *xml = NULL;
  Sheet sh = { 0 };
  GPtrArray *result;
  gsize len;
  gboolean ok;

  xml = read_required (rd, path, &len, error);
  if (xml == NULL)
    return NULL;
  sh.rd = rd;
  sh.shared = shared;
  /* Cell texts may repeat shared ones, but not without bound: a few times the
   * text the file holds. */
  {
    guint64 shared_bytes = 0;

    for (guint i = 0; i < shared->len; i++)
      shared_bytes += strlen (g_ptr_array_index (shared, i)) + 1;
    sh.text_budget = MIN (rd->limits.max_total_size, (guint64) 16 * 1024 * 1024 + 16 * (len + shared_bytes));
  }
  sh.xfs = xfs;
  sh.date1904 = date1904;
  sh.rows = g_ptr_array_new_with_free_func (free_row);
  sh.text = g_string_new (NULL);
  if (flags & PRS_XLSX_READ_FILL_MERGED_DOWN)
    sh.merges = g_array_new (FALSE, FALSE, sizeof (guint));
  ok = parse_xml (path, &parser, &sh, xml, len, error);
  g_clear_pointer (&sh.row, g_ptr_array_unref);
  if (ok && sh.merges != NULL)
    ok = fill_merged (&sh, n_filled, error);
  if (ok && info != NULL)
    {
      info->n_uncached = sh.n_uncached;
      info->uncached_row = sh.uncached_row + 1;
      info->uncached_col = sh.uncached_col + 1;
    }
  g_clear_pointer (&sh.merges, g_array_unref);
  g_string_free (sh.text, TRUE);
  g_free (sh.type);
  if (!ok)
    {
      g_ptr_array_unref (sh.rows);
      return NULL;
    }

  result = g_ptr_array_new_full (sh.rows->len, (GDestroyNotify) g_strfreev);
  for (guint i = 0; i < sh.rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (sh.rows, i);

      g_ptr_array_set_free_func (row, NULL);
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (result, g_ptr_array_free (row, FALSE));
      g_ptr_array_index (sh.rows, i) = NULL;
    }
  g_ptr_array_set_free_func (sh.rows, NULL);
  g_ptr_array_unref (sh.rows);
  return result;
}

/* --- entry points --- */

static gboolean
reader_open (Reader *rd, const guint8 *data, gsize len, const PrsXlsxLimits *limits, GError **error)
{
  zip_error_t zerr;
  zip_source_t *src;

  limits_init (&rd->limits, limits);
  if (!prs_table_check_format ((const char *) data, len, error))
    return FALSE;
  zip_error_init (&zerr);
  if (data == NULL || len < 4 || memcmp (data, "PK", 2) != 0)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("This is not an Excel workbook (.xlsx)."));
      return FALSE;
    }
  src = zip_source_buffer_create (data, len, 0, &zerr);
  if (src != NULL)
    rd->zip = zip_open_from_source (src, ZIP_RDONLY, &zerr);
  if (rd->zip == NULL)
    {
      if (src)
        zip_source_free (src);
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("This is not an Excel workbook (.xlsx): %s"), zip_error_strerror (&zerr));
      zip_error_fini (&zerr);
      return FALSE;
    }
  zip_error_fini (&zerr);
  return TRUE;
}

static void
reader_close (Reader *rd)
{
  if (rd->zip)
    zip_discard (rd->zip);
  rd->zip = NULL;
}

static void
workbook_clear (Workbook *wb)
{
  g_clear_pointer (&wb->names, g_ptr_array_unref);
  g_clear_pointer (&wb->rids, g_ptr_array_unref);
}

void
prs_xlsx_info_clear (PrsXlsxInfo *info)
{
  if (info == NULL)
    return;
  g_clear_pointer (&info->sheet_name, g_free);
  memset (info, 0, sizeof *info);
}

GPtrArray *
prs_xlsx_read_data (const guint8 *data, gsize len, const char *sheet_name,
                    const PrsXlsxLimits *limits, GError **error)
{
  return prs_xlsx_read_data_full (data, len, sheet_name, limits, PRS_XLSX_READ_DEFAULT, NULL, error);
}

GPtrArray *
prs_xlsx_read_data_full (const guint8 *data, gsize len, const char *sheet_name,
                         const PrsXlsxLimits *limits, PrsXlsxReadFlags flags, PrsXlsxInfo *info,
                         GError **error)
{
  guint n_filled = 0;
  Reader rd = { 0 };
  Workbook wb = { 0 };
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) shared = NULL;
  g_autoptr (GArray) xfs = NULL;
  GPtrArray *rows = NULL;
  int index = 0;

  if (!reader_open (&rd, data, len, limits, error))
    return NULL;
  wb.names = g_ptr_array_new_with_free_func (g_free);
  wb.rids = g_ptr_array_new_with_free_func (g_free);
  if (!read_workbook (&rd, &wb, error))
    goto out;

  if (sheet_name != NULL)
    {
      index = -1;
      for (guint i = 0; i < wb.names->len; i++)
        if (g_str_equal (g_ptr_array_index (wb.names, i), sheet_name))
          index = (int) i;
      if (index < 0)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND,
                       _("The workbook has no sheet named “%s”."), sheet_name);
          goto out;
        }
    }

  path = sheet_path (&rd, g_ptr_array_index (wb.rids, index), error);
  if (path == NULL)
    goto out;
  shared = read_shared_strings (&rd, error);
  if (shared == NULL)
    goto out;
  xfs = read_styles (&rd, error);
  if (xfs == NULL)
    goto out;
  {
    PrsXlsxInfo got = { 0 };

    rows = read_sheet (&rd, path, shared, xfs, wb.date1904, flags, &n_filled, &got, error);
    if (rows != NULL && info != NULL)
      {
        prs_xlsx_info_clear (info);
        *info = got;
      }
  }
  if (rows != NULL && info != NULL)
    {
      info->n_sheets = wb.names->len;
      info->sheet_index = (guint) index;
      info->sheet_name = g_strdup (g_ptr_array_index (wb.names, index));
      info->n_filled = n_filled;
    }

out:
  workbook_clear (&wb);
  reader_close (&rd);
  return rows;
}

GPtrArray *
prs_xlsx_read_file (const char *path, const char *sheet_name, const PrsXlsxLimits *limits,
                    GError **error)
{
  return prs_xlsx_read_file_full (path, sheet_name, limits, PRS_XLSX_READ_DEFAULT, NULL, error);
}

GPtrArray *
prs_xlsx_read_file_full (const char *path, const char *sheet_name, const PrsXlsxLimits *limits,
                         PrsXlsxReadFlags flags, PrsXlsxInfo *info, GError **error)
{
  g_autofree char *contents = NULL;
  PrsXlsxLimits l;
  gsize len = 0;

  limits_init (&l, limits);
  /* Size checked before reading (issue 14). */
  contents = prs_read_file_bounded (path, l.max_total_size, &len, error);
  if (contents == NULL)
    return NULL;
  return prs_xlsx_read_data_full ((const guint8 *) contents, len, sheet_name, &l, flags, info, error);
}

char **
prs_xlsx_list_sheets_data (const guint8 *data, gsize len, GError **error)
{
  Reader rd = { 0 };
  Workbook wb = { 0 };
  char **names = NULL;

  if (!reader_open (&rd, data, len, NULL, error))
    return NULL;
  wb.names = g_ptr_array_new_with_free_func (g_free);
  wb.rids = g_ptr_array_new_with_free_func (g_free);
  if (read_workbook (&rd, &wb, error))
    {
      GStrvBuilder *b = g_strv_builder_new ();

      for (guint i = 0; i < wb.names->len; i++)
        g_strv_builder_add (b, g_ptr_array_index (wb.names, i));
      names = g_strv_builder_end (b);
      g_strv_builder_unref (b);
    }
  workbook_clear (&wb);
  reader_close (&rd);
  return names;
}
