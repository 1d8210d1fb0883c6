/* prs-window.c: the main window, one per open workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-application.h"
#include "prs-core.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-lazy-menu.h"
#include "prs-ita-page.h"
#include "prs-meetings-page.h"
#include "prs-participation-page.h"
#include "prs-people-page.h"
#include "prs-plans-page.h"
#include "prs-summary-report.h"
#include "prs-store-shell.h"
#include "prs-welcome-page.h"
#include "prs-window.h"

typedef struct
{
  const char *id;
  const char *icon_name;
  const char *title;       /* N_() */
  GType (*get_type) (void);
} PrsSection;

/* The five sections, in sidebar order. Each is a PrsSectionPage subclass in its
 * feature folder, made the first time the section is shown. */
static const PrsSection sections[] = {
  { "plans", "view-list-ordered-symbolic", N_("Plans"), prs_plans_page_get_type },
  { "meetings", "x-office-calendar-symbolic", N_("Meetings"), prs_meetings_page_get_type },
  { "participation", "view-grid-symbolic", N_("Participation"), prs_participation_page_get_type },
  { "ita", "prs-chart-symbolic", N_("ITA"), prs_ita_page_get_type },
  { "people", "system-users-symbolic", N_("People & Units"), prs_people_page_get_type },
};

static const char *section_ids[G_N_ELEMENTS (sections) + 1];

struct _PrsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  PrsStore *store;
  GFile *workspace;

  /* template children */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  AdwWindowTitle *workspace_title;
  AdwWindowTitle *section_title;
  GtkListBox *sidebar;
  GtkStack *stack;
  GtkWidget *content_pane;
  GMenu *primary_menu;
  GMenu *recent_submenu;
  GtkMenuButton *primary_menu_button;
  GtkRevealer *read_only_revealer;
  GtkLabel *read_only_label;

  guint autosave_id;        /* a save a few seconds after the last change */
  gboolean save_failed;     /* told the user once; closing no longer waits */
};

/* Seconds of quiet after a change before the workspace is saved to its file. */
#define AUTOSAVE_SECONDS 3

G_DEFINE_FINAL_TYPE (PrsWindow, prs_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_WORKSPACE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char * const *
prs_window_list_sections (void)
{
  if (section_ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      section_ids[i] = sections[i].id;
  return section_ids;
}

static const PrsSection *
find_section (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, id) == 0)
      return &sections[i];
  return NULL;
}

static GtkWidget *
create_sidebar_row (const PrsSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (section->icon_name);
  GtkWidget *label = gtk_label_new (_(section->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, section->id);
  return row;
}

/* Makes the section's page the first time it is needed: a section never opened
 * costs nothing at start-up. */
static GtkWidget *
ensure_section_page (PrsWindow        *self,
                     const PrsSection *section)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, section->id);

  if (page == NULL && self->store != NULL)
    {
      page = g_object_new (section->get_type (), "store", self->store, NULL);
      gtk_stack_add_named (self->stack, page, section->id);
    }
  return page;
}

GtkWidget *
prs_window_get_section_page (PrsWindow  *self,
                             const char *section)
{
  g_return_val_if_fail (PRS_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->stack, section);
}

static void
update_section_title (PrsWindow *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->stack);
  const PrsSection *section = find_section (visible);

  if (g_strcmp0 (visible, "welcome") == 0)
    adw_window_title_set_title (self->section_title, _("Welcome"));
  else
    adw_window_title_set_title (self->section_title, section ? _(section->title) : "");
}

/* The first run: name the agency, then the next steps. */
static void
show_welcome (PrsWindow  *self,
              const char *step)
{
  GtkWidget *welcome = gtk_stack_get_child_by_name (self->stack, "welcome");

  if (self->store == NULL)
    return;
  if (welcome == NULL)
    {
      welcome = prs_welcome_page_new (self->store);
      gtk_stack_add_named (self->stack, welcome, "welcome");
    }
  prs_welcome_page_set_step (PRS_WELCOME_PAGE (welcome), step);
  gtk_list_box_unselect_all (self->sidebar);
  gtk_stack_set_visible_child (self->stack, welcome);
  update_section_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
name_agency_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_welcome (PRS_WINDOW (widget), "agency");
  adw_leaflet_set_visible_child (PRS_WINDOW (widget)->leaflet, PRS_WINDOW (widget)->content_pane);
}

static void
import_ita_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);
  GtkWidget *page;

  prs_window_set_section (self, "ita");
  page = gtk_stack_get_child_by_name (self->stack, "ita");
  if (page != NULL)
    gtk_widget_activate_action (page, "section.import", NULL);
}

void
prs_window_set_section (PrsWindow  *self,
                        const char *id)
{
  const PrsSection *section;

  g_return_if_fail (PRS_IS_WINDOW (self));

  section = find_section (id);
  if (section == NULL)
    section = &sections[0];
  id = section->id;
  ensure_section_page (self, section);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_str_equal (gtk_widget_get_name (row), id))
      {
        if (gtk_list_box_get_selected_row (self->sidebar) != GTK_LIST_BOX_ROW (row))
          gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
        break;
      }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), id) == 0)
    {
      update_section_title (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, id);
  update_section_title (self);
  g_settings_set_string (self->settings, "last-section", id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
prs_window_get_section (PrsWindow *self)
{
  g_return_val_if_fail (PRS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
sidebar_row_selected_cb (PrsWindow     *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    prs_window_set_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
sidebar_row_activated_cb (PrsWindow     *self,
                          GtkListBoxRow *row)
{
  /* On a narrow window, choosing a section shows it. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
back_clicked_cb (PrsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static char *
workspace_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (g_str_has_suffix (basename, ".prongsai"))
    basename[strlen (basename) - strlen (".prongsai")] = '\0';
  return g_steal_pointer (&basename);
}

static void
update_titles (PrsWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *parent_path = NULL;
  g_autoptr(GFile) parent = NULL;

  if (self->workspace == NULL)
    {
      adw_window_title_set_title (self->workspace_title, _("Prongsai"));
      adw_window_title_set_subtitle (self->workspace_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Prongsai"));
      return;
    }

  name = workspace_display_name (self->workspace);
  parent = g_file_get_parent (self->workspace);
  if (parent != NULL)
    {
      parent_path = g_file_get_path (parent);
      if (parent_path != NULL && g_str_has_prefix (parent_path, g_get_home_dir ()))
        {
          char *tilde = g_strconcat ("~", parent_path + strlen (g_get_home_dir ()), NULL);

          g_free (parent_path);
          parent_path = tilde;
        }
    }

  adw_window_title_set_title (self->workspace_title, name);
  adw_window_title_set_subtitle (self->workspace_title, parent_path);
  /* Translators: the window title, e.g. "demo — Prongsai" */
  title = g_strdup_printf (_("%s — Prongsai"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

GFile *
prs_window_get_workspace (PrsWindow *self)
{
  g_return_val_if_fail (PRS_IS_WINDOW (self), NULL);
  return self->workspace;
}

PrsStore *
prs_window_get_store (PrsWindow *self)
{
  g_return_val_if_fail (PRS_IS_WINDOW (self), NULL);
  return self->store;
}

static void
update_undo_actions (PrsWindow *self)
{
  gboolean writable = self->store != NULL && !prs_store_get_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && prs_store_can_undo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && prs_store_can_redo (self->store));
}

/* Saves the working copy to the user's file (issue 14). On failure, says why
 * once, with "Save a Copy…" where the file changed on disk or cannot be written. */
static gboolean
save_now (PrsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || prs_store_get_read_only (self->store)
      || prs_store_save (self->store, &error))
    {
      self->save_failed = FALSE;
      return TRUE;
    }
  if (!self->save_failed)
    {
      AdwToast *toast;
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Changes were not saved: %s"), error->message);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      if (!g_error_matches (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY))
        {
          adw_toast_set_button_label (toast, _("Save a _Copy…"));
          adw_toast_set_action_name (toast, "win.save-copy");
        }
      prs_window_add_toast (self, toast);
    }
  self->save_failed = !g_error_matches (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY);
  return FALSE;
}

static gboolean
autosave_cb (gpointer data)
{
  PrsWindow *self = data;

  self->autosave_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PrsWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (AUTOSAVE_SECONDS, autosave_cb, self);
}

/* The thorough check, after the window is up (issue 16): a problem is told as
 * soon as it is found. */
static void
check_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(PrsWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = prs_store_check_finish (PRS_STORE (source), result, &error);
  g_autoptr(GString) details = g_string_new (NULL);

  if (problems != NULL && problems->len == 0)
    return;
  if (problems != NULL)
    for (guint i = 0; i < problems->len && i < 20; i++)
      g_string_append_printf (details, "%s%s", i ? "\n" : "", (const char *) problems->pdata[i]);
  else
    g_string_append (details, error->message);
  if (problems != NULL && problems->len > 20)
    /* Translators: after a list of the first 20 problems found */
    g_string_append_printf (details, "\n%s", _("(and more)"));
  g_string_append_printf (details, "\n\n%s", _("Save a copy of the workspace before changing it."));
  prs_window_add_problem_toast (self, _("The workspace has a problem"), details->str);
}

static gboolean
prs_window_close_request (GtkWindow *window)
{
  PrsWindow *self = PRS_WINDOW (window);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  /* A failed save keeps the window once, so the user can save a copy; closing
   * again leaves the changes in the working copy. */
  if (!self->save_failed && !save_now (self))
    return TRUE;
  /* The workspace closes with its window, here rather than when the window is
   * finalized: the application may quit before that (the lock note would stay). */
  if (self->store != NULL)
    prs_store_close (self->store);
  return GTK_WINDOW_CLASS (prs_window_parent_class)->close_request (window);
}

/* Work to run once the window's first frame is painted. Shared (reference
 * counted) by the handlers that pass it on, so that a window closed before its
 * first frame frees it and the callback never runs. */
typedef struct
{
  GSourceFunc    func;
  gpointer       data;
  GDestroyNotify destroy;
} AfterFrame;

static void
after_frame_clear (gpointer data)
{
  AfterFrame *after = data;

  if (after->destroy)
    after->destroy (after->data);
}

static void
after_frame_unref (gpointer data,
                   GClosure *closure)
{
  g_rc_box_release_full (data, after_frame_clear);
}

static void
after_frame_unref_notify (gpointer data)
{
  g_rc_box_release_full (data, after_frame_clear);
}

static gboolean
after_frame_idle (gpointer data)
{
  AfterFrame *after = data;

  after->func (after->data);
  return G_SOURCE_REMOVE;
}

static void
after_frame_painted (GdkFrameClock *clock,
                     gpointer       data)
{
  /* Out of the paint cycle, so that the frame reaches the screen first. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, after_frame_idle, g_rc_box_acquire (data),
                   after_frame_unref_notify);
  g_signal_handlers_disconnect_by_func (clock, after_frame_painted, data);
}

static void
after_frame_realized (GtkWidget *window,
                      gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_connect_data (clock, "after-paint", G_CALLBACK (after_frame_painted),
                           g_rc_box_acquire (data), after_frame_unref, 0);
  else
    g_idle_add_full (G_PRIORITY_LOW, after_frame_idle, g_rc_box_acquire (data),
                     after_frame_unref_notify);
  g_signal_handlers_disconnect_by_func (window, after_frame_realized, data);
}

/* Runs FUNC once the window's first frame is painted (issue 16): work that is
 * not needed to show the window — the thorough check, the rolling backup — must
 * not compete with the first paint for the processor or the disk. DESTROY frees
 * DATA, also when the window goes before its first frame. */
void
prs_window_after_first_frame (PrsWindow      *self,
                              GSourceFunc     func,
                              gpointer        data,
                              GDestroyNotify  destroy)
{
  AfterFrame *after;

  g_return_if_fail (PRS_IS_WINDOW (self));

  after = g_rc_box_new0 (AfterFrame);
  after->func = func;
  after->data = data;
  after->destroy = destroy;
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    g_idle_add_full (G_PRIORITY_LOW, after_frame_idle, after, after_frame_unref_notify);
  else
    g_signal_connect_data (self, "realize", G_CALLBACK (after_frame_realized), after,
                           after_frame_unref, 0);
}

static gboolean
start_check (gpointer data)
{
  g_autoptr(PrsWindow) self = g_weak_ref_get (data);

  if (self != NULL && self->store != NULL)
    prs_store_check_async (self->store, NULL, check_done, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
prs_window_set_store (PrsWindow *self,
                      PrsStore  *store)
{
  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->workspace);
  if (store != NULL)
    {
      self->workspace = g_file_new_for_path (prs_store_get_path (store));
      g_signal_connect_object (store, "undo-changed", G_CALLBACK (update_undo_actions), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed", G_CALLBACK (schedule_autosave), self,
                               G_CONNECT_SWAPPED);
      {
        GWeakRef *ref = g_new0 (GWeakRef, 1);

        g_weak_ref_init (ref, self);
        prs_window_after_first_frame (self, start_check, ref, weak_ref_free);
      }
      if (prs_store_get_read_only (store))
        {
          const char *reason = prs_store_get_read_only_reason (store);

          gtk_label_set_label (self->read_only_label,
                               reason ? reason : _("This workspace is read-only."));
          gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
        }
    }
  update_titles (self);
  update_undo_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

void
prs_window_set_section_page (PrsWindow  *self,
                             const char *section,
                             GtkWidget  *page)
{
  GtkWidget *old;
  gboolean visible;

  g_return_if_fail (PRS_IS_WINDOW (self));
  g_return_if_fail (find_section (section) != NULL);

  old = gtk_stack_get_child_by_name (self->stack, section);
  visible = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), section) == 0;
  if (old != NULL)
    gtk_stack_remove (self->stack, old);
  gtk_stack_add_named (self->stack, page, section);
  if (visible)
    gtk_stack_set_visible_child_name (self->stack, section);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup (prs_store_get_undo_label (self->store));
  g_autofree char *message = NULL;
  gboolean redo = g_str_equal (action_name, "win.redo");

  if (redo)
    {
      g_free (label);
      label = g_strdup (prs_store_get_redo_label (self->store));
    }

  if (!(redo ? prs_store_redo (self->store, &error) : prs_store_undo (self->store, &error)))
    {
      prs_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  /* Translators: %s says what was undone or redone, e.g. "Delete activity 5" */
  message = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), label ? label : "");
  prs_window_add_toast (self, adw_toast_new (message));
}

void
prs_window_add_toast (PrsWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (PRS_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A problem in a toast that stays, short enough for one line, with a Details
 * button showing @details (a reason from the system, a path) in full. */
void
prs_window_add_problem_toast (PrsWindow  *self,
                              const char *title,
                              const char *details)
{
  AdwToast *toast = adw_toast_new (title);

  g_return_if_fail (PRS_IS_WINDOW (self));
  adw_toast_set_timeout (toast, 0);
  if (details != NULL && *details != '\0')
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-details");
      adw_toast_set_action_target_value (toast, g_variant_new ("(ss)", title, details));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *title, *details;
  GtkWidget *dialog;

  g_variant_get (parameter, "(&s&s)", &title, &details);
  dialog = adw_message_dialog_new (GTK_WINDOW (widget), title, details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_copy_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PrsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = prs_file_dialog_finish (result, &error);
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;

  if (target == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  /* SQLite's online backup: a consistent copy even while the workspace is in use. */
  path = g_file_get_path (target);
  if (path == NULL)
    {
      prs_window_add_toast (self, adw_toast_new (_("Could not save a copy: the place chosen is "
                                                   "not a local file.")));
      return;
    }
  if (!prs_store_backup_to (self->store, path, &error))
    {
      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not save a copy: %s"), error->message);
      prs_window_add_toast (self, adw_toast_new (message));
      return;
    }

  prs_window_add_toast (self, adw_toast_new (_("Copy saved")));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = prs_file_dialog_workspace_filter ();
  g_autofree char *name = NULL;
  g_autofree char *suggested = NULL;

  if (self->store == NULL)
    return;

  name = workspace_display_name (self->workspace);
  /* Translators: the suggested file name of a copy, %s is the workspace's name */
  suggested = g_strdup_printf (_("%s (copy).prongsai"), name);
  prs_file_dialog_save (GTK_WINDOW (self), _("Save a Copy"), suggested, filter,
                        save_copy_done, g_object_ref (self));
}

static PrsReport *
build_summary_report (PrsWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean thai_digits = g_settings_get_boolean (self->settings, "thai-digits-documents");
  PrsReport *report = prs_summary_report_new (self->store, thai_digits, &error);

  if (report == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not prepare the report: %s"), error->message);
      prs_window_add_toast (self, adw_toast_new (message));
    }
  return report;
}

static void
export_summary_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PrsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = prs_file_dialog_finish (result, &error);

  if (target == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  prs_window_export_summary (self, target);
}

void
prs_window_export_summary (PrsWindow *self,
                           GFile     *target)
{
  g_autoptr(PrsReport) report = NULL;
  g_autofree char *basename = NULL;
  const char *dot;
  PrsExportFormat format;

  g_return_if_fail (PRS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (target));

  /* The format follows the name's extension; PDF when there is none we know. */
  basename = g_file_get_basename (target);
  dot = strrchr (basename, '.');
  if (dot == NULL || !prs_export_format_from_string (dot + 1, &format))
    format = PRS_EXPORT_PDF;

  report = build_summary_report (self);
  if (report != NULL)
    prs_export_job_start (self->toast_overlay, report, format, target);
}

static void
export_summary_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Documents (PDF, Excel, Word, CSV)"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.docx");
  gtk_file_filter_add_pattern (filter, "*.csv");
  prs_file_dialog_save (GTK_WINDOW (self), _("Export Workspace Summary"),
                        /* Translators: the suggested file name of the summary report */
                        _("Workspace summary.pdf"), filter, export_summary_done,
                        g_object_ref (self));
}

static void
print_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);
  g_autoptr(PrsReport) report = build_summary_report (self);

  if (report != NULL)
    prs_export_job_print (report, GTK_WINDOW (self));
}

static void
update_recent_menu (PrsWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-workspaces");

  g_menu_remove_all (self->recent_submenu);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (recent[i]);
      g_autofree char *name = workspace_display_name (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "app.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_submenu, item);
    }
  if (recent[0] == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Workspaces"), "win.none");

      g_menu_append_item (self->recent_submenu, item);
    }
}

/* The shortcuts window's own title and search field come from GTK's translation,
 * which calls shortcuts ทางลัด; the menu says ปุ่มลัด. One word per concept: the
 * window says what the menu says. */
static void
retitle_help_overlay (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), g_dgettext ("gtk40", "Shortcuts")) == 0)
    gtk_label_set_label (GTK_LABEL (widget), C_("shortcut window", "Keyboard Shortcuts"));
  else if (GTK_IS_SEARCH_ENTRY (widget))
    g_object_set (widget, "placeholder-text", C_("shortcut window", "Search Keyboard Shortcuts"), NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    retitle_help_overlay (child);
}

/* The shortcuts window is built the first time it is asked for (Ctrl+?, Ctrl+F1 or
 * the menu). Its resource is not at gtk/help-overlay.ui, where GtkApplication would
 * build it for every new window before the window's first frame. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/prongsai/Prongsai/prs-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
      gtk_window_set_title (GTK_WINDOW (overlay), C_("shortcut window", "Keyboard Shortcuts"));
      retitle_help_overlay (GTK_WIDGET (overlay));
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
prs_window_constructed (GObject *object)
{
  PrsWindow *self = PRS_WINDOW (object);
  g_autofree char *last = NULL;
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (prs_window_parent_class)->constructed (object);

  last = g_settings_get_string (self->settings, "last-section");
  if (self->store != NULL && !prs_store_get_read_only (self->store) && prs_store_is_blank (self->store, &error))
    show_welcome (self, "agency");
  else
    prs_window_set_section (self, last);
  if (error != NULL)
    {
      /* not taken for a workspace with data: the sections say what they cannot read */
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
      prs_window_add_toast (self, adw_toast_new (message));
    }
  update_titles (self);
}

static void
prs_window_dispose (GObject *object)
{
  PrsWindow *self = PRS_WINDOW (object);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRS_TYPE_WINDOW);
  g_clear_object (&self->workspace);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prs_window_parent_class)->dispose (object);
}

static void
prs_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PrsWindow *self = PRS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_SECTION:
      g_value_set_string (value, prs_window_get_section (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PrsWindow *self = PRS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      prs_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_SECTION:
      prs_window_set_section (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PrsWindow *self = PRS_WINDOW (widget);

  prs_window_set_section (self, g_variant_get_string (parameter, NULL));
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
prs_window_class_init (PrsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prs_window_constructed;
  object_class->dispose = prs_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = prs_window_close_request;
  object_class->get_property = prs_window_get_property;
  object_class->set_property = prs_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, workspace_title);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, PrsWindow, read_only_label);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.show-details", "(ss)", show_details_action);
  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.export-summary", NULL, export_summary_action);
  gtk_widget_class_install_action (widget_class, "win.print-summary", NULL, print_summary_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.name-agency", NULL, name_agency_action);
  gtk_widget_class_install_action (widget_class, "win.import-ita", NULL, import_ita_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  /* A disabled placeholder for the empty recent-workspaces menu. */
  gtk_widget_class_install_action (widget_class, "win.none", NULL, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);

  /* Alt+1 … Alt+5 go to a section. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.section", "s", sections[i].id);
}

static void
prs_window_init (PrsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.none", FALSE);
  prs_menu_button_set_menu_on_demand (self->primary_menu_button, G_MENU_MODEL (self->primary_menu));

  {
    /* In the window's own action group, where GtkApplicationWindow looks for it
     * before adding its own once the shortcuts window is set. */
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect_object (help, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }

  self->settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      gtk_list_box_append (self->sidebar, create_sidebar_row (&sections[i]));
    }

  update_recent_menu (self);
  g_signal_connect_object (self->settings, "changed::recent-workspaces",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

PrsWindow *
prs_window_new (GtkApplication *application,
                PrsStore       *store)
{
  return g_object_new (PRS_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}
