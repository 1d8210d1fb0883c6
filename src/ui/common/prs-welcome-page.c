/* prs-welcome-page.c: the first run of a new workspace (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-application.h"
#include "prs-store-shell.h"
#include "prs-welcome-page.h"

struct _PrsWelcomePage
{
  GtkWidget parent_instance;

  PrsStore *store;

  /* template children */
  AdwStatusPage *status;
  GtkStack *steps;
  AdwEntryRow *name_row;
  AdwEntryRow *abbreviation_row;
};

G_DEFINE_FINAL_TYPE (PrsWelcomePage, prs_welcome_page, GTK_TYPE_WIDGET)

static void
show_toast (PrsWelcomePage *self, const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
show_read_error (PrsWelcomePage *self, const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  show_toast (self, message);
}

static void
fields_changed_cb (PrsWelcomePage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.save-agency",
                                 *name != '\0' && !prs_store_get_read_only (self->store));
}

static void
save_agency_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  PrsWelcomePage *self = PRS_WELCOME_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (prs_store_set_own_agency (self->store, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                gtk_editable_get_text (GTK_EDITABLE (self->abbreviation_row)), &error) == 0)
    {
      show_toast (self, error->message);
      return;
    }
  prs_welcome_page_set_step (self, "next");
}

static void
entry_activated_cb (PrsWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "welcome.save-agency", NULL);
}

const char *
prs_welcome_page_get_step (PrsWelcomePage *self)
{
  g_return_val_if_fail (PRS_IS_WELCOME_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->steps);
}

void
prs_welcome_page_set_step (PrsWelcomePage *self, const char *step)
{
  g_return_if_fail (PRS_IS_WELCOME_PAGE (self));
  if (g_str_equal (step, "next"))
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;
      gint64 own = prs_store_find_own_agency (self->store, &error);
      g_autoptr (GPtrArray) units = own > 0 ? prs_store_list_units_brief (self->store, &error) : NULL;

      if (error != NULL)
        show_read_error (self, error);

      for (guint i = 0; units && i < units->len; i++)
        if (((PrsUnitBrief *) g_ptr_array_index (units, i))->id == own)
          name = g_strdup (((PrsUnitBrief *) g_ptr_array_index (units, i))->name);
      /* Translators: %s is the agency's name */
      text = g_strdup_printf (_("The workspace is set up for %s. What would you like to do first?"),
                              name ? name : "");
      adw_status_page_set_title (self->status, _("Ready to Start"));
      adw_status_page_set_description (self->status, text);
    }
  else
    {
      g_autoptr (GError) error = NULL;
      gint64 own = prs_store_find_own_agency (self->store, &error);
      g_autoptr (GPtrArray) units = own > 0 ? prs_store_list_units_brief (self->store, &error) : NULL;

      if (error != NULL)
        show_read_error (self, error);

      /* Renaming: the fields start with the agency's name. */
      for (guint i = 0; units && i < units->len; i++)
        {
          PrsUnitBrief *unit = g_ptr_array_index (units, i);

          if (unit->id == own)
            {
              gtk_editable_set_text (GTK_EDITABLE (self->name_row), unit->name);
              gtk_editable_set_text (GTK_EDITABLE (self->abbreviation_row), unit->abbreviation);
            }
        }
      adw_status_page_set_title (self->status, _("Welcome to Prongsai"));
      adw_status_page_set_description (self->status,
                                       _("This workspace is new. Start by naming your agency: reports and "
                                         "charts are about it."));
    }
  gtk_stack_set_visible_child_name (self->steps, step);
}

static void
prs_welcome_page_dispose (GObject *object)
{
  PrsWelcomePage *self = PRS_WELCOME_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_WELCOME_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prs_welcome_page_parent_class)->dispose (object);
}

static void
prs_welcome_page_class_init (PrsWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_welcome_page_dispose;
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsWelcomePage, status);
  gtk_widget_class_bind_template_child (widget_class, PrsWelcomePage, steps);
  gtk_widget_class_bind_template_child (widget_class, PrsWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PrsWelcomePage, abbreviation_row);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_install_action (widget_class, "welcome.save-agency", NULL, save_agency_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "prs-welcome-page");
}

static void
prs_welcome_page_init (PrsWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_welcome_page_new (PrsStore *store)
{
  PrsWelcomePage *self;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  self = g_object_new (PRS_TYPE_WELCOME_PAGE, NULL);
  self->store = g_object_ref (store);
  fields_changed_cb (self);
  return GTK_WIDGET (self);
}
