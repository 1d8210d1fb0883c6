/* prs-participation-view.c: the Participation section's layout from its template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-participation-view.h"
#include "prs-application.h"
#include <adwaita.h>

#include "prs-sheet.h"

struct _PrsParticipationView
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *stack;
  GtkWidget *types;
  GtkWidget *not_reached;
  GtkWidget *summary;
  GtkWidget *sheet;
  GtkWidget *kpi_sheet;
};

G_DEFINE_FINAL_TYPE (PrsParticipationView, prs_participation_view, GTK_TYPE_WIDGET)

static void
prs_participation_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PARTICIPATION_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_participation_view_parent_class)->dispose (object);
}

static void
prs_participation_view_class_init (PrsParticipationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_participation_view_dispose;
  g_type_ensure (PRS_TYPE_SHEET);
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prongsai/Prongsai/prs-participation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, stack);
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, types);
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, not_reached);
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, summary);
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, sheet);
  gtk_widget_class_bind_template_child (widget_class, PrsParticipationView, kpi_sheet);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prs_participation_view_init (PrsParticipationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_participation_view_new (void)
{
  return g_object_new (PRS_TYPE_PARTICIPATION_VIEW, NULL);
}
