/* prs-chart-view.h: a chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PRS_TYPE_CHART_VIEW (prs_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsChartView, prs_chart_view, PRS, CHART_VIEW, GtkWidget)

GtkWidget *prs_chart_view_new (void);

G_END_DECLS
