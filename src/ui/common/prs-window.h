/* prs-window.h: the main window, one per open workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_WINDOW (prs_window_get_type ())
G_DECLARE_FINAL_TYPE (PrsWindow, prs_window, PRS, WINDOW, AdwApplicationWindow)

PrsWindow  *prs_window_new               (GtkApplication *application,
                                          PrsStore       *store);
PrsStore   *prs_window_get_store         (PrsWindow      *self);
GFile      *prs_window_get_workspace     (PrsWindow      *self);
/* Puts a feature's page in place of a section's empty state. */
void        prs_window_set_section_page  (PrsWindow      *self,
                                          const char     *section,
                                          GtkWidget      *page);
/* The section's page, or NULL while the section has not been shown. */
GtkWidget  *prs_window_get_section_page  (PrsWindow      *self,
                                          const char     *section);
void        prs_window_set_section       (PrsWindow      *self,
                                          const char     *section);
const char *prs_window_get_section       (PrsWindow      *self);
const char * const *prs_window_list_sections (void);
void        prs_window_after_first_frame (PrsWindow      *self,
                                          GSourceFunc     func,
                                          gpointer        data,
                                          GDestroyNotify  destroy);
/* Writes the workspace summary report in the background (format from the extension). */
void        prs_window_export_summary    (PrsWindow      *self,
                                          GFile          *target);
void        prs_window_add_toast         (PrsWindow      *self,
                                          AdwToast       *toast);
void        prs_window_add_problem_toast (PrsWindow      *self,
                                          const char     *title,
                                          const char     *details);

G_END_DECLS
