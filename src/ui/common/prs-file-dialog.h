/* prs-file-dialog.h: open and save dialogs through the portal-friendly API of each
 * GTK version (GtkFileDialog from 4.10, GtkFileChooserNative before)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* filter may be NULL. The callback gets the result for prs_file_dialog_finish(). */
void   prs_file_dialog_open   (GtkWindow           *parent,
                               const char          *title,
                               GtkFileFilter       *filter,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);
void   prs_file_dialog_save   (GtkWindow           *parent,
                               const char          *title,
                               const char          *suggested_name,
                               GtkFileFilter       *filter,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);
/* Returns the chosen file, or NULL with G_IO_ERROR_CANCELLED when dismissed. */
GFile *prs_file_dialog_finish (GAsyncResult        *result,
                               GError             **error);

/* A filter for Prongsai workspaces (*.prongsai). */
GtkFileFilter *prs_file_dialog_workspace_filter (void);

G_END_DECLS
