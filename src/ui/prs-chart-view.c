/* prs-chart-view.c: a chart on screen (placeholder until the charts engine lands)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-chart-view.h"

struct _PrsChartView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsChartView, prs_chart_view, GTK_TYPE_WIDGET)

static void
prs_chart_view_class_init (PrsChartViewClass *klass)
{
}

static void
prs_chart_view_init (PrsChartView *self)
{
}

GtkWidget *
prs_chart_view_new (void)
{
  return g_object_new (PRS_TYPE_CHART_VIEW, NULL);
}
