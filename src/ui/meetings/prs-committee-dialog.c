/* prs-committee-dialog.c: members, rates, yearly allowances; or attachments
 * (see prs-committee-dialog.h)
 *
 * The dialog shows the store as it is and rebuilds itself on the store's ::changed
 * signal, so its own edits, undo in the main window and imports all show the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-file-dialog.h"
#include "prs-committee-dialog.h"
#include "prs-store-meetings.h"
#include "prs-store-meetings-people.h"
#include "prs-store-people.h"

struct _PrsCommitteeDialog
{
  AdwWindow parent_instance;

  PrsStore *store;
  gulong changed_id;
  guint rebuild_idle;
  gint64 committee_id;
  gint64 meeting_id;   /* attachments mode when not 0 */
  int fiscal_year;

  GtkWidget *toasts;
  GtkWidget *page;     /* AdwPreferencesPage, rebuilt */
  GtkWidget *scroll_box;
  /* the new rate's fields */
  GtkWidget *rate_role;
  GtkWidget *rate_amount;
  GtkWidget *rate_date;
  GtkWidget *attachment_title;
};

G_DEFINE_FINAL_TYPE (PrsCommitteeDialog, prs_committee_dialog, ADW_TYPE_WINDOW)

static const char *const role_keys[] = {
  PRS_ROLE_CHAIR, PRS_ROLE_VICE_CHAIR, PRS_ROLE_MEMBER, PRS_ROLE_MEMBER_SECRETARY,
  PRS_ROLE_ASSISTANT_SECRETARY,
};

static void rebuild (PrsCommitteeDialog *self);

static void
toast (PrsCommitteeDialog *self, const char *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), adw_toast_new (message));
}

/* A read that failed: what is shown is not the whole truth, so say why. */
static void
toast_read_error (PrsCommitteeDialog *self, const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    return;
  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  toast (self, message);
}

static GtkWidget *
group_new (PrsCommitteeDialog *self, const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static GtkWidget *
flat_button (const char *icon, const char *label, const char *tooltip)
{
  GtkWidget *b = label ? gtk_button_new_with_mnemonic (label) : gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (b, tooltip);
  if (label == NULL)
    {
      gtk_widget_add_css_class (b, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  return b;
}

/* ---------------------------------------------------------------- members */

static void
link_clicked (GtkButton *b, PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  gint64 member = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (b), "member"));
  gint64 person = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (b), "person"));
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (b), GTK_TYPE_POPOVER);

  if (popover)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (!prs_meetings_link_person (self->store, member, person, &error))
    toast (self, error->message);
  else
    toast (self, person ? _("Linked to the person in People") : _("Now an outside person"));
}

/* The people closest to the member's name, looked up only when the menu opens (People
 * may hold thousands). */
static void
link_menu_create (GtkMenuButton *menu, gpointer user_data)
{
  PrsCommitteeDialog *self = user_data;
  const char *name = g_object_get_data (G_OBJECT (menu), "name");
  gint64 member = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (menu), "member"));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = prs_meetings_person_candidates (self->store, name, 8, &error);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  toast_read_error (self, error);

  for (guint i = 0; people && i < people->len; i++)
    {
      const PrsPersonRow *row = people->pdata[i];
      g_autofree char *display = prs_person_row_display_name (row);
      g_autofree char *text = g_strdup_printf ("%s — %s", display, row->position ? row->position : "");
      GtkWidget *b = gtk_button_new_with_label (text);

      gtk_widget_add_css_class (b, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (b))), 0);
      g_object_set_data (G_OBJECT (b), "member", GSIZE_TO_POINTER (member));
      g_object_set_data (G_OBJECT (b), "person", GSIZE_TO_POINTER (row->id));
      g_signal_connect (b, "clicked", G_CALLBACK (link_clicked), self);
      gtk_box_append (GTK_BOX (box), b);
    }
  if (people == NULL || people->len == 0)
    gtk_box_append (GTK_BOX (box), gtk_label_new (_("People is empty: import the staff list first.")));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (menu, popover);
}

static GtkWidget *
link_menu (PrsCommitteeDialog *self, const PrsMeetingSeat *s)
{
  GtkWidget *menu = gtk_menu_button_new ();

  gtk_menu_button_set_label (GTK_MENU_BUTTON (menu), _("Link…"));
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, _("Link this member to a person in People: their position and unit then come from there"));
  g_object_set_data_full (G_OBJECT (menu), "name", g_strdup (s->name), g_free);
  g_object_set_data (G_OBJECT (menu), "member", GSIZE_TO_POINTER (s->member_id));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), link_menu_create, self, NULL);
  return menu;
}

static void
fill_members (PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) seats = prs_meetings_list_seats (self->store, self->committee_id, &error);
  GtkWidget *group = group_new (self, _("Members"),
                                _("A member linked to People takes their name, position and unit from there; "
                                  "others are outside persons as the roster gives them."));

  toast_read_error (self, error);

  for (guint i = 0; seats && i < seats->len; i++)
    {
      const PrsMeetingSeat *s = seats->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      const char *kind = s->seat ? _("Seat held by a post")
                         : s->person_id ? _("Staff (People)") : _("Outside person");

      subtitle = g_strdup_printf ("%s%s%s · %s", s->role_title, *s->position ? " · " : "", s->position, kind);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (s->person_id)
        {
          GtkWidget *b = flat_button (NULL, _("_Unlink"), _("Make this member an outside person again"));

          g_object_set_data (G_OBJECT (b), "member", GSIZE_TO_POINTER (s->member_id));
          g_object_set_data (G_OBJECT (b), "person", GSIZE_TO_POINTER (0));
          g_signal_connect (b, "clicked", G_CALLBACK (link_clicked), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
        }
      else if (!s->seat)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), link_menu (self, s));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* ---------------------------------------------------------------- rates */

static void
delete_rate_clicked (GtkButton *b, PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;

  if (!prs_meetings_delete_rate (self->store, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (b), "rate")), &error))
    toast (self, error->message);
}

gboolean
prs_committee_dialog_add_rate (PrsCommitteeDialog *self,
                               const char         *role_key,
                               const char         *amount,
                               const char         *date)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *iso = NULL;
  gint64 satang = 0;
  PrsDate d;

  g_return_val_if_fail (PRS_IS_COMMITTEE_DIALOG (self), FALSE);
  if (amount == NULL || !prs_money_parse (amount, &satang, NULL) || satang < 0)
    {
      toast (self, _("Give the amount in baht, such as 1600 or 1,600.00."));
      return FALSE;
    }
  if (date && *date)
    {
      if (!prs_date_parse (date, &d, NULL))
        {
          g_autofree char *m = g_strdup_printf (_("“%s” is not a date."), date);

          toast (self, m);
          return FALSE;
        }
      iso = prs_date_to_iso (&d);
    }
  if (!prs_meetings_set_rate (self->store, self->committee_id, role_key, satang, iso, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
add_rate_clicked (PrsCommitteeDialog *self)
{
  guint role = adw_combo_row_get_selected (ADW_COMBO_ROW (self->rate_role));

  prs_committee_dialog_add_rate (self, role_keys[MIN (role, G_N_ELEMENTS (role_keys) - 1)],
                                 gtk_editable_get_text (GTK_EDITABLE (self->rate_amount)),
                                 gtk_editable_get_text (GTK_EDITABLE (self->rate_date)));
}

static void
fill_rates (PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rates = prs_meetings_list_rates (self->store, self->committee_id, &error);
  g_autoptr (GtkStringList) roles = gtk_string_list_new (NULL);
  GtkWidget *group = group_new (self, _("Allowance Rates"),
                                _("Baht per meeting by role, each from its effective date. Without a rate of "
                                  "its own a role gets the member rate; the chair the member rate plus a quarter."));
  GtkWidget *b;

  if (rates == NULL)
    toast (self, error->message);
  for (guint i = 0; rates && i < rates->len; i++)
    {
      const PrsAllowanceRate *r = rates->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *money = prs_money_format (r->satang, PRS_MONEY_FORMAT_DEFAULT);
      g_autofree char *subtitle = NULL;
      g_autofree char *date_text = NULL;
      PrsDate d;

      if (g_str_equal (r->date, "1900-01-01"))
        subtitle = g_strdup (_("From the start"));
      else if (prs_date_parse (r->date, &d, NULL))
        {
          date_text = prs_date_format (&d, PRS_DATE_STYLE_LONG, FALSE);
          subtitle = g_strdup_printf (_("From %s"), date_text);
        }
      else
        subtitle = g_strdup (r->date);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), prs_meeting_role_title (r->role));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      {
        g_autofree char *amount = g_strdup_printf (_("%s baht"), money);

        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (amount));
      }
      b = flat_button ("user-trash-symbolic", NULL, _("Remove this rate"));
      g_object_set_data (G_OBJECT (b), "rate", GSIZE_TO_POINTER (r->id));
      g_signal_connect (b, "clicked", G_CALLBACK (delete_rate_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  group = group_new (self, _("New Rate"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (role_keys); i++)
    gtk_string_list_append (roles, prs_meeting_role_title (role_keys[i]));
  self->rate_role = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rate_role), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->rate_role), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->rate_role), 2);
  self->rate_amount = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rate_amount), _("Baht per meeting"));
  self->rate_date = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rate_date),
                                 _("Effective from (such as ๑ ต.ค. ๒๕๖๘; empty: from the start)"));
  b = flat_button (NULL, _("_Add Rate"), _("Add the rate; a meeting on or after its date is paid at it"));
  gtk_widget_add_css_class (b, "suggested-action");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (add_rate_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->rate_date), b);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->rate_role);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->rate_amount);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->rate_date);
}

/* ---------------------------------------------------------------- yearly summary */

static void
fill_summary (PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = prs_meetings_year_summary (self->store, self->committee_id, self->fiscal_year, &error);
  g_autofree char *title = g_strdup_printf (_("Allowances in Fiscal Year %d"), self->fiscal_year);
  GtkWidget *group = group_new (self, title, _("Per person, over the committee's meetings of the fiscal year "
                                               "(1 October to 30 September)."));
  gint64 total = 0;

  toast_read_error (self, error);

  for (guint i = 0; lines && i < lines->len; i++)
    {
      const PrsAllowanceSummaryLine *l = lines->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *money = prs_money_format (l->satang, PRS_MONEY_FORMAT_DEFAULT);
      g_autofree char *amount = g_strdup_printf (_("%s baht"), money);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting paid", "%u meetings paid",
                                                                l->meetings), l->meetings);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), l->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (amount));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      total += l->satang;
    }
  if (lines == NULL || lines->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No allowances paid in this fiscal year."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  else
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *money = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);
      g_autofree char *amount = g_strdup_printf (_("%s baht"), money);
      GtkWidget *label = gtk_label_new (amount);

      gtk_widget_add_css_class (label, "heading");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Total paid"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* ---------------------------------------------------------------- attachments */

gboolean
prs_committee_dialog_add_attachment (PrsCommitteeDialog *self,
                                     const char         *path,
                                     const char         *title)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (PRS_IS_COMMITTEE_DIALOG (self), FALSE);
  if (prs_meetings_add_attachment (self->store, self->meeting_id, title, path, &error) == 0)
    {
      toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
attachment_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PrsCommitteeDialog *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autofree char *path = NULL;

  (void) source;
  if (file && (path = g_file_get_path (file)) != NULL)
    prs_committee_dialog_add_attachment (self, path,
                                         self->attachment_title ? gtk_editable_get_text (GTK_EDITABLE (self->attachment_title)) : NULL);
  g_object_unref (self);
}

static void
add_attachment_clicked (PrsCommitteeDialog *self)
{
  prs_file_dialog_open (GTK_WINDOW (self), _("Attach a File"), NULL, attachment_chosen, g_object_ref (self));
}

static void
remove_attachment_clicked (GtkButton *b, PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;

  if (!prs_meetings_remove_attachment (self->store, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (b), "id")), &error))
    toast (self, error->message);
}

static void
open_attachment_clicked (GtkButton *b, PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  const char *path = g_object_get_data (G_OBJECT (b), "path");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *m = g_strdup_printf (_("“%s” is no longer there."), path);

      toast (self, m);
      return;
    }
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    toast (self, error->message);
}

static void
fill_attachments (PrsCommitteeDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = prs_meetings_list_attachments (self->store, self->meeting_id, &error);
  GtkWidget *group = group_new (self, _("Attachments"),
                                _("Numbered as the minutes cite them (เอกสารแนบ ๑, ๒ …); each links a file, "
                                  "which stays where it is."));
  GtkWidget *b;

  toast_read_error (self, error);

  for (guint i = 0; list && i < list->len; i++)
    {
      const PrsMeetingAttachment *a = list->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *number = g_strdup_printf ("%d", a->number);
      g_autofree char *thai = prs_digits_to_thai (number);
      g_autofree char *title = g_strdup_printf ("เอกสารแนบ %s  %s", thai, a->title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *a->path ? a->path : _("No file linked"));
      b = flat_button ("document-open-symbolic", NULL, _("Open the linked file"));
      g_object_set_data_full (G_OBJECT (b), "path", g_strdup (a->path), g_free);
      g_signal_connect (b, "clicked", G_CALLBACK (open_attachment_clicked), self);
      gtk_widget_set_sensitive (b, *a->path != '\0');
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      b = flat_button ("user-trash-symbolic", NULL, _("Remove this attachment; the ones after it move up"));
      g_object_set_data (G_OBJECT (b), "id", GSIZE_TO_POINTER (a->id));
      g_signal_connect (b, "clicked", G_CALLBACK (remove_attachment_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  group = group_new (self, _("New Attachment"), NULL);
  self->attachment_title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->attachment_title),
                                 _("Title (empty: the file's name)"));
  b = flat_button (NULL, _("_Choose File…"), _("Attach a file as the next numbered attachment"));
  gtk_widget_add_css_class (b, "suggested-action");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (add_attachment_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->attachment_title), b);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->attachment_title);
}

/* ---------------------------------------------------------------- the window */

static void
rebuild (PrsCommitteeDialog *self)
{
  if (self->page)
    gtk_box_remove (GTK_BOX (self->scroll_box), self->page);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  self->attachment_title = NULL;
  if (self->meeting_id)
    fill_attachments (self);
  else
    {
      fill_members (self);
      fill_rates (self);
      fill_summary (self);
    }
  gtk_box_append (GTK_BOX (self->scroll_box), self->page);
}

static gboolean
rebuild_idle (gpointer data)
{
  PrsCommitteeDialog *self = data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* An edit changes several rows: rebuild once, after it, never under a running handler. */
static void
store_changed (PrsCommitteeDialog *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle, self, NULL);
}

static void
prs_committee_dialog_dispose (GObject *object)
{
  PrsCommitteeDialog *self = PRS_COMMITTEE_DIALOG (object);

  if (self->store && self->changed_id)
    g_signal_handler_disconnect (self->store, self->changed_id);
  self->changed_id = 0;
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prs_committee_dialog_parent_class)->dispose (object);
}

static void
prs_committee_dialog_class_init (PrsCommitteeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prs_committee_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prs_committee_dialog_init (PrsCommitteeDialog *self)
{
  (void) self;
}

static PrsCommitteeDialog *
dialog_new (GtkWindow *parent, PrsStore *store, const char *title)
{
  PrsCommitteeDialog *self = g_object_new (PRS_TYPE_COMMITTEE_DIALOG, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->store = g_object_ref (store);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 760);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_box_append (GTK_BOX (box), header);
  self->toasts = adw_toast_overlay_new ();
  self->scroll_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (self->toasts, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), self->scroll_box);
  gtk_box_append (GTK_BOX (box), self->toasts);
  adw_window_set_content (ADW_WINDOW (self), box);
  self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed), self);
  return self;
}

PrsCommitteeDialog *
prs_committee_dialog_new (GtkWindow *parent,
                          PrsStore  *store,
                          gint64     committee_id,
                          int        fiscal_year)
{
  PrsCommitteeDialog *self = dialog_new (parent, store, _("Committee"));

  self->committee_id = committee_id;
  self->fiscal_year = fiscal_year;
  rebuild (self);
  return self;
}

PrsCommitteeDialog *
prs_committee_dialog_new_attachments (GtkWindow *parent,
                                      PrsStore  *store,
                                      gint64     meeting_id)
{
  PrsCommitteeDialog *self = dialog_new (parent, store, _("Attachments"));

  self->meeting_id = meeting_id;
  rebuild (self);
  return self;
}
