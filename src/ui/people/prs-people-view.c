/* prs-people-view.c: the People & Units section's layout from its template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-people-view.h"
#include "prs-application.h"
#include "prs-sheet.h"

struct _PrsPeopleView
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *units_list;
  GtkWidget *search;
  GtkWidget *types;
  GtkWidget *status;
  GtkWidget *count;
  GtkWidget *sheet;
};

G_DEFINE_FINAL_TYPE (PrsPeopleView, prs_people_view, GTK_TYPE_WIDGET)

static void
prs_people_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PEOPLE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_people_view_parent_class)->dispose (object);
}

static void
prs_people_view_class_init (PrsPeopleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_people_view_dispose;
  g_type_ensure (PRS_TYPE_SHEET);
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prongsai/Prongsai/prs-people-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, units_list);
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, search);
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, types);
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, status);
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, count);
  gtk_widget_class_bind_template_child (widget_class, PrsPeopleView, sheet);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prs_people_view_init (PrsPeopleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_people_view_new (void)
{
  return g_object_new (PRS_TYPE_PEOPLE_VIEW, NULL);
}
