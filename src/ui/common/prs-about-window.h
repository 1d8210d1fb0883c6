/* prs-about-window.h: About Prongsai — every string the application's own, so the
 * window is Thai under a Thai locale (libadwaita ships no Thai for its About window)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRS_TYPE_ABOUT_WINDOW (prs_about_window_get_type ())
G_DECLARE_FINAL_TYPE (PrsAboutWindow, prs_about_window, PRS, ABOUT_WINDOW, AdwWindow)

GtkWidget *prs_about_window_new            (GtkWindow      *parent);
/* Versions, display, renderer, sandbox, language and the workspace's schema, as
 * "Copy Troubleshooting Information" copies them. */
char      *prs_about_window_get_debug_info (PrsAboutWindow *self);

G_END_DECLS
