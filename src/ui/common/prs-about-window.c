/* prs-about-window.c: About Prongsai (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <locale.h>
#include <sqlite3.h>

#include "prs-about-window.h"
#include "prs-application.h"
#include "prs-renderer.h"
#include "prs-store.h"
#include "prs-window.h"

#define WEBSITE "https://github.com/prongsai/prongsai"
#define ISSUES  "https://github.com/prongsai/prongsai/issues"

struct _PrsAboutWindow
{
  AdwWindow parent_instance;

  /* template children */
  GtkLabel *description_label;
  AdwActionRow *debug_info_row;
  AdwActionRow *translators_row;
  GtkLabel *license_label;
};

G_DEFINE_FINAL_TYPE (PrsAboutWindow, prs_about_window, ADW_TYPE_WINDOW)

static void
open_uri (PrsAboutWindow *self, const char *uri)
{
#if GTK_CHECK_VERSION(4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
#else
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
#endif
}

static void
website_action (GtkWidget *widget, const char *name, GVariant *param)
{
  open_uri (PRS_ABOUT_WINDOW (widget), WEBSITE);
}

static void
issues_action (GtkWidget *widget, const char *name, GVariant *param)
{
  open_uri (PRS_ABOUT_WINDOW (widget), ISSUES);
}

/* What a problem report needs to know of this machine, in plain text (English:
 * it goes to the developers). */
char *
prs_about_window_get_debug_info (PrsAboutWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GString *text = g_string_new (NULL);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  const char *const *languages = g_get_language_names ();

  g_string_append_printf (text, "Prongsai %s\n", PACKAGE_VERSION);
  g_string_append_printf (text, "GTK %u.%u.%u, libadwaita %u.%u.%u, GLib %u.%u.%u, Pango %s, cairo %s, SQLite %s\n",
                          gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
                          adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
                          glib_major_version, glib_minor_version, glib_micro_version,
                          pango_version_string (), cairo_version_string (), sqlite3_libversion ());
  g_string_append_printf (text, "Display: %s\n", G_OBJECT_TYPE_NAME (display));
  if (parent != NULL)
    {
      g_autofree char *renderer = prs_renderer_describe (GTK_WIDGET (parent));

      g_string_append_printf (text, "Renderer: %s\n", renderer);
    }
  g_string_append_printf (text, "Sandbox: %s\n",
                          g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) ? "Flatpak" : "none");
  g_string_append_printf (text, "Language: %s (locale %s)\n", languages[0], setlocale (LC_MESSAGES, NULL));
  if (PRS_IS_WINDOW (parent) && prs_window_get_store (PRS_WINDOW (parent)) != NULL)
    {
      PrsStore *store = prs_window_get_store (PRS_WINDOW (parent));

      g_string_append_printf (text, "Workspace: schema %d (this build writes %d)%s\n",
                              prs_store_get_file_version (store), PRS_STORE_SCHEMA_VERSION,
                              prs_store_get_read_only (store) ? ", read-only" : "");
    }
  return g_string_free (text, FALSE);
}

static void
copy_debug_info_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsAboutWindow *self = PRS_ABOUT_WINDOW (widget);
  g_autofree char *text = prs_about_window_get_debug_info (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  adw_action_row_set_subtitle (self->debug_info_row, _("Copied to the clipboard"));
}

static void
prs_about_window_class_init (PrsAboutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-about-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsAboutWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, PrsAboutWindow, translators_row);
  gtk_widget_class_bind_template_child (widget_class, PrsAboutWindow, debug_info_row);
  gtk_widget_class_bind_template_child (widget_class, PrsAboutWindow, license_label);
  gtk_widget_class_install_action (widget_class, "about.website", NULL, website_action);
  gtk_widget_class_install_action (widget_class, "about.issues", NULL, issues_action);
  gtk_widget_class_install_action (widget_class, "about.copy-debug-info", NULL, copy_debug_info_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prs_about_window_init (PrsAboutWindow *self)
{
  g_autofree char *version = NULL;
  g_autofree char *description = NULL;
  g_autofree char *license = NULL;
  /* Translators: your names, one per line */
  const char *translators = _("translator-credits");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: %s is the version number, e.g. "0.1.0" */
  version = g_strdup_printf (_("Version %s"), PACKAGE_VERSION);
  description = g_strdup_printf ("%s\n\n%s\n%s", version,
                                 _("Plans, meetings, participation and ITA scores for the "
                                   "secretariats of integrity and ethics committees."),
                                 _("© 2026 The Prongsai developers"));
  gtk_label_set_text (self->description_label, description);

  if (g_str_equal (translators, "translator-credits"))
    gtk_widget_set_visible (GTK_WIDGET (self->translators_row), FALSE);
  else
    adw_action_row_set_subtitle (self->translators_row, translators);

  license = g_strdup_printf ("%s\n\n%s",
                             _("Prongsai is free software: you can share and change it under the "
                               "GNU General Public License, version 3 or later. It comes with no "
                               "warranty."),
                             _("Sarabun and Noto Sans Thai are licensed under the SIL "
                               "Open Font License 1.1; Laksaman under the GNU GPL with "
                               "the font exception."));
  gtk_label_set_text (self->license_label, license);
  gtk_label_set_use_markup (self->license_label, FALSE);
}

GtkWidget *
prs_about_window_new (GtkWindow *parent)
{
  return g_object_new (PRS_TYPE_ABOUT_WINDOW, "transient-for", parent, NULL);
}
