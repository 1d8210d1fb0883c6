/* prs-plan-list-window.h: the plans of a fiscal year, with their figures
 *
 * One line per plan (title, kind, status and version, activities, budget, % spent)
 * with Open, Rename, Copy as next year's draft and Delete; a form creates a plan.
 * Every change is one undo step of the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "prs-store.h"

G_BEGIN_DECLS

typedef void (*PrsPlanOpenFunc) (gint64 plan_id, gpointer user_data);

#define PRS_TYPE_PLAN_LIST_WINDOW (prs_plan_list_window_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlanListWindow, prs_plan_list_window, PRS, PLAN_LIST_WINDOW, GtkWindow)

GtkWidget *prs_plan_list_window_new (GtkWindow      *parent,
                                     PrsStore       *store,
                                     int             fiscal_year,
                                     gboolean        thai_digits,
                                     PrsPlanOpenFunc open,
                                     gpointer        user_data);

/* For tests: the lines shown, one line's text; the actions the buttons run. */
guint      prs_plan_list_window_n_plans   (GtkWidget  *window);
char      *prs_plan_list_window_line_text (GtkWidget  *window,
                                           guint       index);
gint64     prs_plan_list_window_create    (GtkWidget  *window,
                                           const char *kind,
                                           const char *title,
                                           GError    **error);
gboolean   prs_plan_list_window_rename    (GtkWidget  *window,
                                           gint64      plan_id,
                                           const char *title,
                                           GError    **error);
gint64     prs_plan_list_window_copy      (GtkWidget  *window,
                                           gint64      plan_id,
                                           GError    **error);
gboolean   prs_plan_list_window_delete    (GtkWidget  *window,
                                           gint64      plan_id,
                                           GError    **error);

G_END_DECLS
