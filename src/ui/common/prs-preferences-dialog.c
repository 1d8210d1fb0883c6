/* prs-preferences-dialog.c: digits and date style, stored in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-application.h"
#include "prs-preferences-dialog.h"

struct _PrsPreferencesDialog
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  GtkSwitch *documents_switch;
  GtkSwitch *screen_switch;
  AdwComboRow *date_style_row;
};

G_DEFINE_FINAL_TYPE (PrsPreferencesDialog, prs_preferences_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
date_style_changed_cb (PrsPreferencesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->date_style_row);

  if (selected != GTK_INVALID_LIST_POSITION
      && (int) selected != g_settings_get_enum (self->settings, "date-style"))
    g_settings_set_enum (self->settings, "date-style", (int) selected);
}

static void
settings_date_style_changed_cb (PrsPreferencesDialog *self)
{
  adw_combo_row_set_selected (self->date_style_row,
                              (guint) g_settings_get_enum (self->settings, "date-style"));
}

static void
prs_preferences_dialog_dispose (GObject *object)
{
  PrsPreferencesDialog *self = PRS_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRS_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prs_preferences_dialog_parent_class)->dispose (object);
}

static void
prs_preferences_dialog_class_init (PrsPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_preferences_dialog_dispose;

  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/prongsai/Prongsai/prs-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsPreferencesDialog, documents_switch);
  gtk_widget_class_bind_template_child (widget_class, PrsPreferencesDialog, screen_switch);
  gtk_widget_class_bind_template_child (widget_class, PrsPreferencesDialog, date_style_row);
}

static void
prs_preferences_dialog_init (PrsPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "thai-digits-documents", self->documents_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "thai-digits-screen", self->screen_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  settings_date_style_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::date-style",
                           G_CALLBACK (settings_date_style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_style_row, "notify::selected",
                           G_CALLBACK (date_style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
prs_preferences_dialog_new (GtkWindow *parent)
{
  return g_object_new (PRS_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
}
