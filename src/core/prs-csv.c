/* prs-csv.c: reading CSV files as secretariats save them (RFC 4180, Excel quirks)
 *
 * Thai Windows machines save "CSV" from Excel in Windows-874 unless told otherwise, so
 * text that is not valid UTF-8 but has bytes in the Thai range is converted; the
 * delimiter depends on the regional settings, so it is sniffed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-csv.h"

#define MAX_FILE_SIZE (64 * 1024 * 1024)

/* Counts candidate delimiters outside quotes in the first lines and picks the one that
 * appears most consistently; comma when nothing stands out. */
static char
sniff_delimiter (const char *data, gsize len)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)][8] = { { 0 } };
  guint line = 0;
  gboolean quoted = FALSE;
  char best = ',';
  guint best_score = 0;

  for (gsize i = 0; i < len && line < 8; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == '\n')
        line++;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k][line]++;
    }
  if (line < 8 && len > 0 && data[len - 1] != '\n')
    line++; /* the last line without a newline */

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      /* lines where it appears the same number of times as on the first line */
      guint score = 0;

      if (counts[k][0] == 0)
        continue;
      for (guint l = 0; l < MIN (line, 8); l++)
        if (counts[k][l] == counts[k][0])
          score += 1000;
      score += counts[k][0];
      if (score > best_score)
        {
          best_score = score;
          best = candidates[k];
        }
    }
  return best;
}

static gboolean
looks_thai_8bit (const char *data, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar b = (guchar) data[i];

      if (b >= 0xA1 && b <= 0xFB)
        return TRUE;
    }
  return FALSE;
}

/* Returns the text as UTF-8 (a new string), or NULL with an error. */
static char *
to_utf8 (const char *data, gsize len, PrsCsvEncoding requested, PrsCsvInfo *info, GError **error)
{
  g_autoptr (GError) local = NULL;
  const char *end;
  char *out;
  gsize written = 0;

  if (requested != PRS_CSV_ENCODING_WINDOWS_874 && g_utf8_validate (data, (gssize) len, &end))
    {
      if (memchr (data, '\0', len) != NULL)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                       _("The file contains NUL bytes; it is not a text (CSV) file."));
          return NULL;
        }
      info->encoding = PRS_CSV_ENCODING_UTF8;
      return g_strndup (data, len);
    }
  if (requested == PRS_CSV_ENCODING_UTF8)
    {
      g_utf8_validate (data, (gssize) len, &end);
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The file is not valid UTF-8 (at byte %u)."),
                   (guint) (end - data) + 1);
      return NULL;
    }
  if (requested == PRS_CSV_ENCODING_AUTO && !looks_thai_8bit (data, len))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The file is neither UTF-8 nor Thai (Windows-874) text."));
      return NULL;
    }

  out = g_convert (data, (gssize) len, "UTF-8", "WINDOWS-874", NULL, &written, &local);
  if (out == NULL)
    {
      g_clear_error (&local);
      out = g_convert (data, (gssize) len, "UTF-8", "TIS-620", NULL, &written, &local);
    }
  if (out == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The file is neither UTF-8 nor Thai (Windows-874) text: %s"),
                   local->message);
      return NULL;
    }
  if (memchr (out, '\0', written) != NULL)
    {
      g_free (out);
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The file contains NUL bytes; it is not a text (CSV) file."));
      return NULL;
    }
  info->encoding = PRS_CSV_ENCODING_WINDOWS_874;
  return out;
}

/* Ends a row that started on physical line @start_line (recorded in @lines). */
static void
end_row (GPtrArray *rows, GPtrArray *fields, GArray *lines, guint start_line)
{
  gboolean empty = fields->len == 1 && *(char *) g_ptr_array_index (fields, 0) == '\0';

  if (empty)
    {
      g_ptr_array_set_size (fields, 0); /* frees the empty field */
      return; /* blank lines carry no data */
    }
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
  g_array_append_val (lines, start_line);
}

GPtrArray *
prs_csv_parse_full (const char          *data,
                    gsize                len,
                    const PrsCsvOptions *opts,
                    PrsCsvInfo          *info_out,
                    GError             **error)
{
  return prs_csv_parse_lines (data, len, opts, info_out, NULL, error);
}

GPtrArray *
prs_csv_parse_lines (const char          *data,
                     gsize                len,
                     const PrsCsvOptions *opts,
                     PrsCsvInfo          *info_out,
                     GArray             **row_lines,
                     GError             **error)
{
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint row_line = 1;
  PrsCsvOptions defaults = { 0 };
  PrsCsvInfo info = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *utf16_text = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p, *end;
  guint line = 1, col = 1, quote_line = 0, quote_col = 0;
  gboolean in_quotes = FALSE, after_quote = FALSE, field_started = FALSE;
  char delim;

  if (opts == NULL)
    opts = &defaults;
  if (data == NULL)
    len = 0;
  if (!prs_table_check_format (data, len, error))
    return NULL;

  /* Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated */
  if (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_autoptr (GError) local = NULL;
      gsize written = 0;

      utf16_text = g_convert (data + 2, (gssize) (len - 2), "UTF-8",
                              (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, &written, &local);
      if (utf16_text == NULL)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                       _("The file starts as UTF-16 text but is not: %s"), local->message);
          return NULL;
        }
      data = utf16_text;
      len = written;
      info.had_bom = TRUE;
    }
  else if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
      info.had_bom = TRUE;
    }
  text = to_utf8 (data ? data : "", len, info.had_bom ? PRS_CSV_ENCODING_UTF8 : opts->encoding,
                  &info, error);
  if (text == NULL)
    return NULL;
  len = strlen (text);
  /* Excel's "Unicode Text" is tab-separated; a UTF-16 file saved by other tools may
   * use commas: a tab in its first lines (a title line may come first) decides, else
   * the usual sniffing */
  if (opts->delimiter)
    delim = opts->delimiter;
  else if (utf16_text && memchr (text, '\t', MIN (len, 8192)) != NULL)
    delim = '\t';
  else
    delim = sniff_delimiter (text, len);
  if (utf16_text)
    info.encoding = PRS_CSV_ENCODING_UTF16;
  info.delimiter = delim;

  g_ptr_array_set_free_func (fields, g_free);

#define FAIL(...)                                                                     \
  G_STMT_START                                                                        \
  {                                                                                   \
    g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE, __VA_ARGS__);           \
    return NULL;                                                                      \
  }                                                                                   \
  G_STMT_END

  for (p = text, end = text + len; p < end; p = g_utf8_next_char (p), col++)
    {
      char c = *p;

      if (in_quotes)
        {
          if (c == '"')
            {
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                  col++;
                }
              else
                {
                  in_quotes = FALSE;
                  after_quote = TRUE;
                }
            }
          else
            {
              if (c == '\r' && p + 1 < end && p[1] == '\n')
                continue; /* CRLF inside quotes becomes LF */
              if (c == '\n')
                {
                  line++;
                  col = 0;
                }
              g_string_append_len (field, p, g_utf8_next_char (p) - p);
            }
          continue;
        }

      if (c == delim || c == '\n' || (c == '\r' && (p + 1 == end || p[1] == '\n')))
        {
          if (c == '\r')
            {
              p++; /* CRLF */
              c = '\n';
            }
          if (opts->max_fields && fields->len >= opts->max_fields)
            FAIL (_("Line %u has more than %u fields."), line, opts->max_fields);
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
          after_quote = FALSE;
          field_started = FALSE;
          if (c == '\n')
            {
              end_row (rows, fields, lines, row_line);
              if (opts->max_rows && rows->len > opts->max_rows)
                {
                  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                               _("The file has more than %u rows."), opts->max_rows);
                  return NULL;
                }
              line++;
              col = 0;
              row_line = line;
            }
          continue;
        }

      if (after_quote)
        {
          if (c == ' ' || c == '\t')
            continue; /* spaces after a closing quote, as Excel tolerates */
          FAIL (_("Line %u, column %u: unexpected “%.*s” after a closing quote."), line, col,
                (int) (g_utf8_next_char (p) - p), p);
        }
      if (c == '"')
        {
          if (!field_started)
            {
              in_quotes = TRUE;
              field_started = TRUE;
              quote_line = line;
              quote_col = col;
              continue;
            }
          /* a quote inside an unquoted field: keep it, as Excel does */
        }
      field_started = TRUE;
      g_string_append_len (field, p, g_utf8_next_char (p) - p);
    }

  if (in_quotes)
    FAIL (_("Line %u, column %u: this quoted field is never closed (a missing \")."), quote_line,
          quote_col);

  if (field->len > 0 || fields->len > 0 || after_quote)
    {
      g_ptr_array_add (fields, g_strndup (field->str, field->len));
      end_row (rows, fields, lines, row_line);
      if (opts->max_rows && rows->len > opts->max_rows)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                       _("The file has more than %u rows."), opts->max_rows);
          return NULL;
        }
    }
#undef FAIL

  if (info_out)
    *info_out = info;
  if (row_lines)
    *row_lines = g_steal_pointer (&lines);
  return g_steal_pointer (&rows);
}

GPtrArray *
prs_csv_parse (const char *data, gsize len, const PrsCsvOptions *opts, GError **error)
{
  return prs_csv_parse_full (data, len, opts, NULL, error);
}

char *
prs_read_file_bounded (const char *path, gsize limit, gsize *len_out, GError **error)
{
  g_autofree char *buf = NULL;
  struct stat st;
  gsize len = 0, cap;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not open “%s”: %s"), path, g_strerror (saved));
      return NULL;
    }
  /* The size is checked before anything is read (a 2 GB sparse file costs
   * nothing); a pipe or device is read only up to the limit. */
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > limit)
    {
      close (fd);
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                   _("The file is larger than %u MB."), (guint) (limit / (1024 * 1024)));
      return NULL;
    }
  cap = S_ISREG (st.st_mode) ? (gsize) st.st_size + 1 : 65536;
  buf = g_malloc (cap + 1);
  for (;;)
    {
      ssize_t n;

      if (len == cap)
        {
          if (cap > limit)
            break;
          cap = MIN (cap * 2, limit + 1);
          buf = g_realloc (buf, cap + 1);
        }
      n = read (fd, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not read “%s”: %s"), path, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
    }
  close (fd);
  if (len > limit)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT,
                   _("The file is larger than %u MB."), (guint) (limit / (1024 * 1024)));
      return NULL;
    }
  buf[len] = '\0';
  *len_out = len;
  return g_steal_pointer (&buf);
}

GPtrArray *
prs_csv_read_file (const char *path, const PrsCsvOptions *opts, PrsCsvInfo *info, GError **error)
{
  return prs_csv_read_file_lines (path, opts, info, NULL, error);
}

GPtrArray *
prs_csv_read_file_lines (const char *path, const PrsCsvOptions *opts, PrsCsvInfo *info,
                         GArray **row_lines, GError **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  contents = prs_read_file_bounded (path, MAX_FILE_SIZE, &len, error);
  if (contents == NULL)
    return NULL;
  return prs_csv_parse_lines (contents, len, opts, info, row_lines, error);
}

static gboolean
looks_like_plain_number (const char *text)
{
  const char *p = text;
  gboolean digit = FALSE;

  if (*p == '-' || *p == '+')
    p++;
  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p != '.' && *p != ',')
        return FALSE;
    }
  return digit || (text[0] == '-' && text[1] == '\0');
}

gboolean
prs_csv_needs_formula_guard (const char *text)
{
  /* OWASP "CSV injection": a cell starting with = + - @ tab or CR is run as a
   * formula by spreadsheets. Plain numbers ("-5", "+1.5") and a lone dash are
   * not formulas and stay as they are. */
  if (text == NULL || strchr ("=+-@\t\r", text[0]) == NULL || text[0] == '\0')
    return FALSE;
  return !looks_like_plain_number (text);
}

const char *
prs_csv_strip_formula_guard (const char *text)
{
  if (text && text[0] == '\'' && text[1] != '\0' && prs_csv_needs_formula_guard (text + 1))
    return text + 1;
  return text;
}

const char *
prs_csv_cell (char **row, int col)
{
  if (row == NULL || col < 0)
    return "";
  for (int i = 0; i < col; i++)
    if (row[i] == NULL)
      return "";
  return row[col] ? row[col] : "";
}

char *
prs_csv_tidy_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c == 0x200B || c == 0xFEFF || c == 0x200C || c == 0x200D)
        continue;
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* ---- tables ---------------------------------------------------------------------- */

guint
prs_table_find_header (GPtrArray *rows, guint max_rows, PrsTableColumnFunc column, gpointer user_data,
                       guint min_named, guint any_of, int *cols, int n_cols)
{
  for (guint r = 0; r < rows->len && r < max_rows; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      guint found = 0, mask = 0;

      for (int c = 0; c < n_cols; c++)
        cols[c] = -1;
      for (int c = 0; row && row[c]; c++)
        {
          int k = column (row[c], user_data);

          if (k >= 0 && k < n_cols && cols[k] < 0)
            {
              cols[k] = c;
              found++;
              mask |= 1u << k;
            }
        }
      if (found >= MAX (min_named, 1) && (any_of == 0 || (mask & any_of) != 0))
        return r;
    }
  for (int c = 0; c < n_cols; c++)
    cols[c] = -1;
  return G_MAXUINT;
}

guint
prs_table_row_filled (char **row)
{
  guint n = 0;

  for (guint i = 0; row && row[i]; i++)
    {
      g_autofree char *t = prs_csv_tidy_text (row[i]);
      n += *t != '\0';
    }
  return n;
}

const char *
prs_table_first_filled (char **row)
{
  for (guint i = 0; row && row[i]; i++)
    {
      g_autofree char *t = prs_csv_tidy_text (row[i]);
      if (*t != '\0')
        return row[i];
    }
  return "";
}

gboolean
prs_table_check_format (const char *data, gsize len, GError **error)
{
  static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  static const char ods[] = "application/vnd.oasis.opendocument.spreadsheet";
  const guint8 *u = (const guint8 *) data;

  if (data == NULL)
    return TRUE;
  if (len >= 8 && memcmp (data, ole2, 8) == 0)
    {
      g_set_error_literal (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                           _("This is an Excel 97–2003 workbook (.xls) or another old Office file, which "
                             "cannot be read. Open it in Excel or LibreOffice, save it as an Excel workbook "
                             "(.xlsx) or as CSV, and import that file."));
      return FALSE;
    }
  /* zip local header: name length at 26, extra length at 28, name at 30 */
  if (len >= 30 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      gsize name_len = u[26] | (gsize) u[27] << 8;
      gsize extra_len = u[28] | (gsize) u[29] << 8;
      gsize at = 30 + name_len + extra_len;

      if (name_len == 8 && len >= 38 && memcmp (data + 30, "mimetype", 8) == 0 && at < len
          && len - at >= strlen (ods) && memcmp (data + at, ods, strlen (ods)) == 0)
        {
          g_set_error_literal (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                               _("This is an OpenDocument spreadsheet (.ods), which cannot be read. Open it "
                                 "in LibreOffice Calc, save it as an Excel workbook (.xlsx) or as CSV, and "
                                 "import that file."));
          return FALSE;
        }
    }
  return TRUE;
}

const char *
prs_csv_encoding_note (const PrsCsvInfo *info)
{
  if (info->encoding == PRS_CSV_ENCODING_WINDOWS_874)
    return "Windows-874";
  if (info->encoding == PRS_CSV_ENCODING_UTF16)
    return "UTF-16";
  return info->had_bom ? "UTF-8 (BOM)" : "UTF-8";
}
