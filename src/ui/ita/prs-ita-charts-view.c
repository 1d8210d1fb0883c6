/* prs-ita-charts-view.c: the ITA section's charts, one card each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-chart-view.h"
#include "prs-ita-page-private.h"

struct _PrsItaChartsView
{
  GtkWidget parent_instance;

  PrsItaPage *page;           /* not owned: the page holds the view */

  /* template children */
  GtkWidget *stack;           /* "charts" / "empty" */
  GtkWidget *flow;
};

G_DEFINE_FINAL_TYPE (PrsItaChartsView, prs_ita_charts_view, GTK_TYPE_WIDGET)

void
prs_ita_charts_view_rebuild (PrsItaChartsView *self)
{
  g_autoptr (GPtrArray) charts = NULL;
  GtkWidget *child;

  g_return_if_fail (PRS_IS_ITA_CHARTS_VIEW (self));
  charts = prs_ita_page_build_charts (self->page);
  while ((child = gtk_widget_get_first_child (self->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->flow), child);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), charts->len ? "charts" : "empty");
  for (guint i = 0; i < charts->len; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *view = prs_chart_view_new ();

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "ita-chart-card");
      gtk_widget_set_size_request (view, 440, 330);
      gtk_widget_set_hexpand (view, TRUE);
      prs_chart_view_set_chart (PRS_CHART_VIEW (view), g_ptr_array_index (charts, i));
      gtk_box_append (GTK_BOX (card), view);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), card);
    }
}

static void
prs_ita_charts_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_ITA_CHARTS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_ita_charts_view_parent_class)->dispose (object);
}

static void
prs_ita_charts_view_class_init (PrsItaChartsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_ita_charts_view_dispose;
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-ita-charts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsItaChartsView, stack);
  gtk_widget_class_bind_template_child (widget_class, PrsItaChartsView, flow);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prs_ita_charts_view_init (PrsItaChartsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_ita_charts_view_new (PrsItaPage *page)
{
  PrsItaChartsView *self = g_object_new (PRS_TYPE_ITA_CHARTS_VIEW, NULL);

  self->page = page;
  return GTK_WIDGET (self);
}
