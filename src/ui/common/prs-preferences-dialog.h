/* prs-preferences-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRS_TYPE_PREFERENCES_DIALOG (prs_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrsPreferencesDialog, prs_preferences_dialog, PRS, PREFERENCES_DIALOG,
                      AdwPreferencesWindow)

GtkWidget *prs_preferences_dialog_new (GtkWindow *parent);

G_END_DECLS
