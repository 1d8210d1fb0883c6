/* prs-export-job.c: exports in a worker thread, printing, and the "saved" toast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-export-job.h"

typedef struct
{
  PrsReport *report;
  PrsExportFormat format;
  GFile *target;
  PrsExportProgressFunc progress;
  gpointer progress_data;
  GMainContext *context;
  int last_percent; /* worker thread only */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  prs_report_unref (job->report);
  g_object_unref (job->target);
  g_main_context_unref (job->context);
  g_free (job);
}

typedef struct
{
  PrsExportProgressFunc progress;
  gpointer data;
  double fraction;
} ProgressCall;

static gboolean
deliver_progress (gpointer data)
{
  ProgressCall *call = data;

  call->progress (call->fraction, call->data);
  return G_SOURCE_REMOVE;
}

static void
worker_progress (double fraction, gpointer data)
{
  Job *job = data;
  int percent = (int) (fraction * 100);
  ProgressCall *call;

  /* one update per per cent is plenty for a progress bar */
  if (job->progress == NULL || percent == job->last_percent)
    return;
  job->last_percent = percent;
  call = g_new (ProgressCall, 1);
  call->progress = job->progress;
  call->data = job->progress_data;
  call->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, call, g_free);
}

static void
job_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (prs_export_report (job->report, job->format, job->target, cancellable, worker_progress, job,
                         &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
prs_export_job_run_async (PrsReport            *report,
                          PrsExportFormat       format,
                          GFile                *target,
                          GCancellable         *cancellable,
                          PrsExportProgressFunc progress,
                          gpointer              progress_data,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  g_autoptr (GTask) task = NULL;
  Job *job;

  g_return_if_fail (report != NULL);
  g_return_if_fail (G_IS_FILE (target));

  job = g_new0 (Job, 1);
  job->report = prs_report_ref (report);
  job->format = format;
  job->target = g_object_ref (target);
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  job->last_percent = -1;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, prs_export_job_run_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, job_thread);
}

gboolean
prs_export_job_run_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The "saved" toast */

static void
open_file (AdwToast *toast, gpointer data)
{
  GFile *file = data;
  GtkWidget *widget = g_object_get_data (G_OBJECT (toast), "prs-overlay");
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

#if GTK_CHECK_VERSION(4, 10, 0)
  g_autoptr (GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL,
                            NULL);
#else
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
#endif
}

void
prs_export_job_show_done_toast (AdwToastOverlay *overlay, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("Open"));
  g_object_set_data (G_OBJECT (toast), "prs-overlay", overlay);
  /* AdwToast::button-clicked is in libadwaita 1.2, the floor */
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_file), g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* Background export with a progress toast */

typedef struct
{
  AdwToastOverlay *overlay; /* weak */
  AdwToast *progress_toast;
  GCancellable *cancellable;
  GFile *target;
} Start;

static void
start_free (Start *start)
{
  g_clear_weak_pointer (&start->overlay);
  g_clear_object (&start->progress_toast);
  g_clear_object (&start->cancellable);
  g_clear_object (&start->target);
  g_free (start);
}

static void
start_progress (double fraction, gpointer data)
{
  Start *start = data;
  g_autofree char *title = g_strdup_printf (_("Exporting… %d%%"), (int) (fraction * 100));

  adw_toast_set_title (start->progress_toast, title);
}

static void
start_cancel (AdwToast *toast, gpointer data)
{
  g_cancellable_cancel (data);
}

static void
start_done (GObject *source, GAsyncResult *result, gpointer data)
{
  Start *start = data;
  g_autoptr (GError) error = NULL;
  gboolean ok = prs_export_job_run_finish (result, &error);

  g_signal_handlers_disconnect_by_func (start->progress_toast, start_cancel, start->cancellable);
  adw_toast_dismiss (start->progress_toast);
  if (start->overlay)
    {
      if (ok)
        prs_export_job_show_done_toast (start->overlay, start->target);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          AdwToast *toast = adw_toast_new (error->message);

          adw_toast_set_timeout (toast, 0);
          adw_toast_overlay_add_toast (start->overlay, toast);
        }
    }
  start_free (start);
}

void
prs_export_job_start (AdwToastOverlay *overlay,
                      PrsReport       *report,
                      PrsExportFormat  format,
                      GFile           *target)
{
  Start *start;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  start = g_new0 (Start, 1);
  g_set_weak_pointer (&start->overlay, overlay);
  start->cancellable = g_cancellable_new ();
  start->target = g_object_ref (target);
  start->progress_toast = g_object_ref (adw_toast_new (_("Exporting…")));
  adw_toast_set_timeout (start->progress_toast, 0);
  adw_toast_set_button_label (start->progress_toast, _("Cancel"));
  g_signal_connect (start->progress_toast, "button-clicked", G_CALLBACK (start_cancel),
                    start->cancellable);
  adw_toast_overlay_add_toast (overlay, g_object_ref (start->progress_toast));

  prs_export_job_run_async (report, format, target, start->cancellable, start_progress, start,
                            start_done, start);
}

/* Printing */

static void
begin_print (GtkPrintOperation *op, GtkPrintContext *context, gpointer data)
{
  PrsReport *report = data;
  PrsReportLayout *layout = prs_report_layout_new (report);

  g_object_set_data_full (G_OBJECT (op), "prs-layout", layout,
                          (GDestroyNotify) prs_report_layout_free);
  gtk_print_operation_set_n_pages (op, prs_report_layout_page_count (layout));
}

static void
draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page, gpointer data)
{
  PrsReportLayout *layout = g_object_get_data (G_OBJECT (op), "prs-layout");
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double w, h, scale;

  /* the operation's unit is points, like the layout; shrink to fit a paper
   * smaller than A4 (Letter) rather than cut the margin off */
  prs_report_layout_page_size (layout, &w, &h);
  scale = MIN (gtk_print_context_get_width (context) / w, gtk_print_context_get_height (context) / h);
  cairo_save (cr);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);
  prs_report_render_page (layout, cr, page);
  cairo_restore (cr);
}

/* One print operation for the dialog and for printing to a file, so both share the
 * report's pagination. */
static GtkPrintOperation *
print_operation_new (PrsReport *report)
{
  GtkPrintOperation *op = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, prs_report_get_orientation (report) == PRS_PAGE_LANDSCAPE
                                           ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                           : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (op, prs_report_get_title (report));
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  g_signal_connect_data (op, "begin-print", G_CALLBACK (begin_print), prs_report_ref (report),
                         (GClosureNotify) (void (*) (void)) prs_report_unref, 0);
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page), NULL);
  return op;
}

gboolean
prs_export_job_print_to_file (PrsReport   *report,
                              const char  *pdf_path,
                              GError     **error)
{
  g_autoptr (GtkPrintOperation) op = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);

  op = print_operation_new (report);
  gtk_print_operation_set_export_filename (op, pdf_path);
  return gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
prs_export_job_print (PrsReport *report, GtkWindow *parent)
{
  g_autoptr (GtkPrintOperation) op = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (report != NULL);

  op = print_operation_new (report);
  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
        == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      AdwMessageDialog *dialog;

      /* AdwMessageDialog is the 1.2 floor's dialog (AdwAlertDialog is 1.5) */
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Print"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}
