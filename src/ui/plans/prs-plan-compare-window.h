/* prs-plan-compare-window.h: two versions of a plan side by side
 *
 * What was added, removed and changed between an earlier and a later version of a
 * plan (activities matched by title), each changed field before and after, and the
 * total budget of both with the difference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLAN_COMPARE_WINDOW (prs_plan_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlanCompareWindow, prs_plan_compare_window, PRS, PLAN_COMPARE_WINDOW, GtkWindow)

GtkWidget *prs_plan_compare_window_new (GtkWindow *parent,
                                        PrsStore  *store,
                                        gint64     old_plan_id,
                                        gint64     new_plan_id,
                                        gboolean   thai_digits);

/* For tests: the number of added, removed and changed activities shown. */
void       prs_plan_compare_window_get_counts (GtkWidget *window,
                                               guint     *added,
                                               guint     *removed,
                                               guint     *changed);

G_END_DECLS
