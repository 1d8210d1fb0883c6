/* prs-export.h: writing a report to a file in one of the export formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"

G_BEGIN_DECLS

typedef enum
{
  PRS_EXPORT_PDF,
  PRS_EXPORT_XLSX,
  PRS_EXPORT_DOCX,
  PRS_EXPORT_CSV,
} PrsExportFormat;

/* fraction in 0..1; called on the exporting thread. */
typedef void (*PrsExportProgressFunc) (double fraction, gpointer data);

/* Writes report to target (a local file). The file is written beside the target
 * under a temporary name and renamed over it only when complete, so a failed or
 * cancelled export leaves the target as it was. CSV writes the report's first
 * table. Cancellation fails with G_IO_ERROR_CANCELLED. */
gboolean prs_export_report (PrsReport            *report,
                            PrsExportFormat       format,
                            GFile                *target,
                            GCancellable         *cancellable,
                            PrsExportProgressFunc progress,
                            gpointer              progress_data,
                            GError              **error);

/* "pdf", "xlsx", "docx", "csv" (any case) */
gboolean    prs_export_format_from_string (const char *name, PrsExportFormat *format);
const char *prs_export_format_extension   (PrsExportFormat format);
const char *prs_export_format_mime_type   (PrsExportFormat format);

/* The writers, to a path, without the atomic rename (prs_export_report does that). */
gboolean prs_pdf_writer_write  (PrsReport *report, const char *path, GCancellable *cancellable,
                                PrsExportProgressFunc progress, gpointer data, GError **error);
gboolean prs_xlsx_writer_write (PrsReport *report, const char *path, GCancellable *cancellable,
                                PrsExportProgressFunc progress, gpointer data, GError **error);
gboolean prs_docx_writer_write (PrsReport *report, const char *path, GCancellable *cancellable,
                                PrsExportProgressFunc progress, gpointer data, GError **error);
/* CSV of one table: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF. */
gboolean prs_csv_writer_write_table (PrsReport *report, PrsReportTable *table, const char *path,
                                     GError **error);
GBytes  *prs_csv_writer_table_bytes (PrsReport *report, PrsReportTable *table);

G_END_DECLS
