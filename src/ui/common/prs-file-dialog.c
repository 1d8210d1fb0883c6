/* prs-file-dialog.c: open and save dialogs for GTK 4.8 and newer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-file-dialog.h"
#include "prs-window.h"

/* Dialogs start in the folder of the workspace the window shows. */
static GFile *
workspace_folder (GtkWindow *parent)
{
  for (GtkWindow *w = parent; w != NULL; w = gtk_window_get_transient_for (w))
    if (PRS_IS_WINDOW (w) && prs_window_get_workspace (PRS_WINDOW (w)) != NULL)
      return g_file_get_parent (prs_window_get_workspace (PRS_WINDOW (w)));
  return NULL;
}

GtkFileFilter *
prs_file_dialog_workspace_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Prongsai Workspaces"));
  gtk_file_filter_add_pattern (filter, "*.prongsai");
  gtk_file_filter_add_mime_type (filter, "application/x-prongsai-workspace");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
dialog_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)) == GTK_FILE_CHOOSER_ACTION_SAVE)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL && g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    {
      g_clear_error (&error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                               _("The dialog was dismissed"));
    }
  else if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

static void
run_dialog (GtkWindow            *parent,
            GtkFileChooserAction  action,
            const char           *title,
            const char           *suggested_name,
            GtkFileFilter        *filter,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GTask *task = g_task_new (parent, NULL, callback, user_data);

  g_autoptr(GFile) folder = workspace_folder (parent);

  g_task_set_task_data (task, GINT_TO_POINTER (action), NULL);
  gtk_file_dialog_set_title (dialog, title);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (suggested_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, suggested_name);
  if (filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, filter);

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_dialog_save (dialog, parent, NULL, dialog_done, task);
  else
    gtk_file_dialog_open (dialog, parent, NULL, dialog_done, task);
}

#else

static void
native_response (GtkNativeDialog *native,
                 int              response,
                 gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                             _("The dialog was dismissed"));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
run_dialog (GtkWindow            *parent,
            GtkFileChooserAction  action,
            const char           *title,
            const char           *suggested_name,
            GtkFileFilter        *filter,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  GtkFileChooserNative *native;
  GTask *task = g_task_new (parent, NULL, callback, user_data);
  g_autoptr(GFile) folder = workspace_folder (parent);

  native = gtk_file_chooser_native_new (title, parent, action,
                                        action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("_Save")
                                                                               : _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  g_signal_connect (native, "response", G_CALLBACK (native_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
prs_file_dialog_open (GtkWindow           *parent,
                      const char          *title,
                      GtkFileFilter       *filter,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  run_dialog (parent, GTK_FILE_CHOOSER_ACTION_OPEN, title, NULL, filter, callback, user_data);
}

void
prs_file_dialog_save (GtkWindow           *parent,
                      const char          *title,
                      const char          *suggested_name,
                      GtkFileFilter       *filter,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  run_dialog (parent, GTK_FILE_CHOOSER_ACTION_SAVE, title, suggested_name, filter, callback,
              user_data);
}

GFile *
prs_file_dialog_finish (GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
