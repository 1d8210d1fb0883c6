/* prs-export.c: one entry point for every format, writing atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prs-export.h"
#include "prs-report-private.h"

static const struct
{
  const char *name;
  const char *mime;
} formats[] = {
  [PRS_EXPORT_PDF] = { "pdf", "application/pdf" },
  [PRS_EXPORT_XLSX] = { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  [PRS_EXPORT_DOCX] = { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  [PRS_EXPORT_CSV] = { "csv", "text/csv" },
};

gboolean
prs_export_format_from_string (const char *name, PrsExportFormat *format)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = (PrsExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
prs_export_format_extension (PrsExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), "");
  return formats[format].name;
}

const char *
prs_export_format_mime_type (PrsExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), "");
  return formats[format].mime;
}

static gboolean
write_format (PrsReport            *report,
              PrsExportFormat       format,
              const char           *path,
              GCancellable         *cancellable,
              PrsExportProgressFunc progress,
              gpointer              data,
              GError              **error)
{
  switch (format)
    {
    case PRS_EXPORT_PDF:
      return prs_pdf_writer_write (report, path, cancellable, progress, data, error);
    case PRS_EXPORT_XLSX:
      return prs_xlsx_writer_write (report, path, cancellable, progress, data, error);
    case PRS_EXPORT_DOCX:
      return prs_docx_writer_write (report, path, cancellable, progress, data, error);
    case PRS_EXPORT_CSV:
      return prs_csv_writer_write_table (report, prs_report_get_table (report, 0), path, error);
    default:
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_FAILED,
                   _("Unknown export format."));
      return FALSE;
    }
}

/* Flushes the finished file to disk so the rename never exposes a file whose
 * data is still only in the page cache (a crash would leave it empty). */
static gboolean
sync_file (const char *path, GError **error)
{
  int fd = g_open (path, O_RDONLY, 0);
  int saved;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The file could not be saved: %s"), g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

gboolean
prs_export_report (PrsReport            *report,
                   PrsExportFormat       format,
                   GFile                *target,
                   GCancellable         *cancellable,
                   PrsExportProgressFunc progress,
                   gpointer              progress_data,
                   GError              **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  path = g_file_get_path (target);
  if (path == NULL)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("Reports can only be saved to a folder on this computer."));
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("“%s” is a folder; choose a file name to save the report as."), path);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s%s.%s.XXXXXX", dir, G_DIR_SEPARATOR_S, base);
  fd = g_mkstemp_full (tmpl, O_RDWR, 0644);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The report could not be saved in “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  /* keep the permissions of a file being replaced; new files get 0644 */
  g_chmod (tmpl, g_stat (path, &st) == 0 ? (st.st_mode & 07777) : 0644);

  if (!write_format (report, format, tmpl, cancellable, progress, progress_data, error)
      || !sync_file (tmpl, error))
    {
      g_unlink (tmpl);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmpl);
      return FALSE;
    }
  if (g_rename (tmpl, path) != 0)
    {
      int saved = errno;

      g_unlink (tmpl);
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The report could not be saved as “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (progress)
    progress (1.0, progress_data);
  return TRUE;
}

char *
prs_export_xml_clean (const char *text)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (text));
  for (p = text; *p;)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++; /* a byte that is not UTF-8 */
          continue;
        }
      if ((c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF))
          || c == '\t' || c == '\n' || c == '\r')
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}
