/* prs-export-job.h: exports in a worker thread, printing, and the "saved" toast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "prs-export.h"

G_BEGIN_DECLS

/* Writes the report in a GTask worker thread (atomically, see prs_export_report).
 * progress, if given, is called on the calling thread's main context. The report
 * must not change while the export runs. */
void     prs_export_job_run_async  (PrsReport            *report,
                                    PrsExportFormat       format,
                                    GFile                *target,
                                    GCancellable         *cancellable,
                                    PrsExportProgressFunc progress,
                                    gpointer              progress_data,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean prs_export_job_run_finish (GAsyncResult         *result,
                                    GError              **error);

/* The whole round trip for a window: exports in the background with a toast
 * showing progress (Cancel stops it), then a toast with "Open", or the error. */
void     prs_export_job_start      (AdwToastOverlay      *overlay,
                                    PrsReport            *report,
                                    PrsExportFormat       format,
                                    GFile                *target);

/* A toast "Saved “NAME”" with an Open button that opens the file. */
void     prs_export_job_show_done_toast (AdwToastOverlay *overlay,
                                         GFile           *file);

/* Prints the report with the same pagination as its PDF; the dialog offers a
 * preview where the platform has one. */
void     prs_export_job_print      (PrsReport            *report,
                                    GtkWindow            *parent);

/* Runs the same print operation without a dialog, writing a PDF (for tests and scripts). */
gboolean prs_export_job_print_to_file (PrsReport            *report,
                                       const char           *pdf_path,
                                       GError              **error);

G_END_DECLS
