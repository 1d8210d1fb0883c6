/* prs-csv-writer.c: one table as CSV that Excel opens with Thai intact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-csv.h"
#include "prs-export.h"
#include "prs-report-private.h"

static void
append_field (GString *out, const char *text, gboolean guard)
{
  g_autofree char *guarded = NULL;

  /* Text a spreadsheet would run as a formula gets an apostrophe (issue 14). */
  if (guard && prs_csv_needs_formula_guard (text))
    text = guarded = g_strconcat ("'", text, NULL);
  /* RFC 4180: quote fields holding a comma, quote or line break; double quotes. */
  if (strpbrk (text, ",\"\r\n") == NULL)
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

GBytes *
prs_csv_writer_table_bytes (PrsReport *report, PrsReportTable *table)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  for (guint r = 0; r < table->rows->len; r++)
    {
      for (guint c = 0; c < table->n_columns; c++)
        {
          PrsCellKind kind = prs_report_table_get_kind (table, r, c);
          g_autofree char *text = NULL;

          if (c > 0)
            g_string_append_c (out, ',');
          /* numbers stay plain (no grouping) so spreadsheets read them as numbers */
          if (kind == PRS_CELL_INTEGER)
            text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                    prs_report_table_get_value (table, r, c));
          else if (kind == PRS_CELL_MONEY || kind == PRS_CELL_SCORE || kind == PRS_CELL_PERCENT)
            {
              gint64 v = prs_report_table_get_value (table, r, c);
              guint64 m = v < 0 ? (guint64) 0 - (guint64) v : (guint64) v;

              text = g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", v < 0 ? "-" : "",
                                      m / 100, (guint) (m % 100));
            }
          else
            text = prs_report_table_format_cell (table, r, c, report->thai_digits);
          /* numeric columns are numbers we printed: never guarded */
          append_field (out, text, kind != PRS_CELL_INTEGER && kind != PRS_CELL_MONEY
                                   && kind != PRS_CELL_SCORE && kind != PRS_CELL_PERCENT);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

gboolean
prs_csv_writer_write_table (PrsReport      *report,
                            PrsReportTable *table,
                            const char     *path,
                            GError        **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local = NULL;
  gsize len;
  const char *data;

  if (table == NULL)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_NO_TABLE,
                   _("This report has no table to save as CSV."));
      return FALSE;
    }
  bytes = prs_csv_writer_table_bytes (report, table);
  data = g_bytes_get_data (bytes, &len);
  if (!g_file_set_contents (path, data, (gssize) len, &local))
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The CSV file could not be written: %s"), local->message);
      return FALSE;
    }
  return TRUE;
}
