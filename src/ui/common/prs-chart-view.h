/* prs-chart-view.h: a chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prs-chart.h"

G_BEGIN_DECLS

#define PRS_TYPE_CHART_VIEW (prs_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsChartView, prs_chart_view, PRS, CHART_VIEW, GtkWidget)

GtkWidget     *prs_chart_view_new       (void);
void           prs_chart_view_set_chart (PrsChartView  *self,
                                         PrsChart      *chart);
PrsChart      *prs_chart_view_get_chart (PrsChartView  *self);
/* NULL follows the app: light, or dark when libadwaita's style is dark. */
void           prs_chart_view_set_style (PrsChartView  *self,
                                         PrsChartStyle *style);
PrsChartStyle *prs_chart_view_get_style (PrsChartView  *self);
/* The data item with keyboard focus, or -1. The arrow keys, Home and End
 * activate the actions chart.focus-next, -previous, -first and -last. */
int            prs_chart_view_get_focus_item (PrsChartView *self);
/* The natural height as a fraction of the width (default 9/16); the chart
 * view asks for height-for-width. */
void           prs_chart_view_set_aspect_ratio (PrsChartView *self,
                                                double        height_per_width);

G_END_DECLS
