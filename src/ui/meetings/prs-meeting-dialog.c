/* prs-meeting-dialog.c: recording a meeting (see prs-meeting-dialog.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-meeting-dialog.h"
#include "prs-sheet.h"
#include "prs-store-meetings.h"

static const char *const standard_sections[6] = {
  "เรื่องประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม", "เรื่องสืบเนื่อง",
  "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ",
};

static const char *const modes[3] = { "onsite", "online", "hybrid" };

typedef struct
{
  GtkWidget *box;
  GtkWidget *number;
  GtkWidget *title;
  GtkWidget *body;
  GtkWidget *comments;
  GtkWidget *resolution;
} ItemEditor;

struct _PrsMeetingDialog
{
  AdwWindow parent_instance;

  PrsStore *store;
  gint64 committee_id;
  gint64 meeting_id;
  gboolean unreadable; /* the meeting could not be read: saving would overwrite it */

  GtkWidget *error_label;
  GtkWidget *number;
  GtkWidget *date;
  GtkWidget *start;
  GtkWidget *end;
  GtkWidget *venue;
  GtkWidget *mode;
  GtkWidget *guests;
  GtkWidget *takers;
  GtkWidget *reviewer;
  GtkWidget *agenda_box;
  GPtrArray *items; /* ItemEditor */
};

G_DEFINE_FINAL_TYPE (PrsMeetingDialog, prs_meeting_dialog, ADW_TYPE_WINDOW)

static char *
text_of (GtkWidget *w)
{
  if (GTK_IS_TEXT_VIEW (w))
    {
      GtkTextBuffer *b = gtk_text_view_get_buffer (GTK_TEXT_VIEW (w));
      GtkTextIter s, e;

      gtk_text_buffer_get_bounds (b, &s, &e);
      return g_strstrip (gtk_text_buffer_get_text (b, &s, &e, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (w))));
}

static void
set_text_of (GtkWidget *w, const char *text)
{
  if (GTK_IS_TEXT_VIEW (w))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (w)), text ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (w), text ? text : "");
}

static GtkWidget *
text_area (const char *placeholder_tooltip, int lines)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, lines * 24);
  gtk_widget_set_tooltip_text (view, placeholder_tooltip);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder_tooltip, -1);
  return view;
}

static GtkWidget *
entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
item_remove (GtkButton *button, PrsMeetingDialog *self)
{
  ItemEditor *item = g_object_get_data (G_OBJECT (button), "item");

  gtk_box_remove (GTK_BOX (self->agenda_box), item->box);
  g_ptr_array_remove (self->items, item);
}

static ItemEditor *
add_item (PrsMeetingDialog *self, const PrsMeetingAgendaItem *a)
{
  ItemEditor *item = g_new0 (ItemEditor, 1);
  GtkWidget *head, *remove;
  int depth = 0;

  for (const char *p = a && a->number ? a->number : ""; *p; p++)
    depth += *p == '.';
  item->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (item->box, depth * 24);
  gtk_widget_set_margin_bottom (item->box, 12);
  head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  item->number = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (item->number), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (item->number), 6);
  gtk_widget_set_tooltip_text (item->number, _("Number (ระเบียบวาระที่ 1, 2.1, 2.1.1 …)"));
  item->title = gtk_entry_new ();
  gtk_widget_set_hexpand (item->title, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (item->title), _("Title"));
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove this item"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "item", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (item_remove), self);
  gtk_box_append (GTK_BOX (head), item->number);
  gtk_box_append (GTK_BOX (head), item->title);
  gtk_box_append (GTK_BOX (head), remove);
  gtk_box_append (GTK_BOX (item->box), head);
  item->body = text_area (_("Text of the item"), 3);
  gtk_box_append (GTK_BOX (item->box), item->body);
  item->comments = text_area (_("The meeting's comments (ความเห็นที่ประชุม)"), 2);
  gtk_box_append (GTK_BOX (item->box), item->comments);
  item->resolution = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (item->resolution), _("Resolution (มติที่ประชุม), such as รับทราบ or เห็นชอบ"));
  gtk_box_append (GTK_BOX (item->box), item->resolution);
  if (a)
    {
      set_text_of (item->number, a->number);
      set_text_of (item->title, a->title);
      set_text_of (item->body, a->body);
      set_text_of (item->comments, a->comments);
      set_text_of (item->resolution, a->resolution);
    }
  gtk_box_append (GTK_BOX (self->agenda_box), item->box);
  g_ptr_array_add (self->items, item);
  return item;
}

static void
add_item_clicked (PrsMeetingDialog *self)
{
  /* The next top-level number after the last item's. */
  int next = 1;
  PrsMeetingAgendaItem a = { 0 };
  g_autofree char *number = NULL;

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *n = text_of (((ItemEditor *) self->items->pdata[i])->number);
      g_autofree char *arabic = prs_digits_to_arabic (n);

      next = MAX (next, atoi (arabic) + 1);
    }
  number = g_strdup_printf ("%d", next);
  a.number = number;
  a.title = (char *) (next <= 6 ? standard_sections[next - 1] : "");
  gtk_widget_grab_focus (add_item (self, &a)->title);
}

static void
add_sub_item_clicked (PrsMeetingDialog *self)
{
  PrsMeetingAgendaItem a = { 0 };
  g_autofree char *last = NULL;
  g_autofree char *number = NULL;
  int sub = 1;

  if (self->items->len == 0)
    {
      add_item_clicked (self);
      return;
    }
  /* Under the last top-level item: its number and the next free sub-number. */
  for (guint i = self->items->len; i-- > 0;)
    {
      g_autofree char *n = text_of (((ItemEditor *) self->items->pdata[i])->number);
      g_autofree char *arabic = prs_digits_to_arabic (n);

      if (strchr (arabic, '.') == NULL)
        {
          last = g_steal_pointer (&arabic);
          break;
        }
    }
  if (last == NULL)
    last = g_strdup ("1");
  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *n = text_of (((ItemEditor *) self->items->pdata[i])->number);
      g_autofree char *arabic = prs_digits_to_arabic (n);
      g_autofree char *prefix = g_strconcat (last, ".", NULL);

      if (g_str_has_prefix (arabic, prefix) && strchr (arabic + strlen (prefix), '.') == NULL)
        sub = MAX (sub, atoi (arabic + strlen (prefix)) + 1);
    }
  number = g_strdup_printf ("%s.%d", last, sub);
  a.number = number;
  gtk_widget_grab_focus (add_item (self, &a)->title);
}

static void
show_error (PrsMeetingDialog *self, const char *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

/* "name<TAB>position" (or two spaces, or a comma) per line. */
static void
split_person (const char *line, char **name, char **position)
{
  g_autoptr (GPtrArray) cells = prs_sheet_parse_block (line);
  char **row = cells->len ? cells->pdata[0] : NULL;

  if (row && row[0] && row[1])
    {
      *name = g_strdup (row[0]);
      *position = g_strjoinv (" ", row + 1);
    }
  else
    {
      const char *comma = strchr (line, ',');

      *name = comma ? g_strndup (line, (gsize) (comma - line)) : g_strdup (line);
      *position = g_strdup (comma ? comma + 1 : "");
    }
  g_strstrip (*name);
  g_strstrip (*position);
}

static gboolean
save_meeting (PrsMeetingDialog *self)
{
  g_autoptr (GError) error = NULL;
  PrsMeetingInfo info = { 0 };
  g_autofree char *number = text_of (self->number);
  g_autofree char *date_text = text_of (self->date);
  g_autofree char *start_text = text_of (self->start);
  g_autofree char *end_text = text_of (self->end);
  g_autofree char *guests = text_of (self->guests);
  g_autofree char *takers = text_of (self->takers);
  g_autofree char *reviewer = text_of (self->reviewer);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *iso = NULL;
  GString *takers_tab = g_string_new (NULL);
  g_autofree char *reviewer_tab = NULL;
  int h, m;
  gint64 id;

  info.id = self->meeting_id;
  info.committee_id = self->committee_id;
  if (!prs_meeting_parse_number (number, &info.number, &info.year_be))
    {
      show_error (self, _("Write the meeting's number as ครั้งที่/ปี, such as 2/2568."));
      g_string_free (takers_tab, TRUE);
      return FALSE;
    }
  if (*date_text)
    {
      PrsDate d;

      if (!prs_date_parse (date_text, &d, NULL))
        {
          show_error (self, _("The date is not a date: write it as ๗ พฤศจิกายน ๒๕๖๘ or 7/11/2568."));
          g_string_free (takers_tab, TRUE);
          return FALSE;
        }
      iso = prs_date_to_iso (&d);
    }
  if (*start_text && prs_time_parse (start_text, &h, &m, NULL))
    start = g_strdup_printf ("%02d:%02d", h, m);
  if (*end_text && prs_time_parse (end_text, &h, &m, NULL))
    end = g_strdup_printf ("%02d:%02d", h, m);
  if ((*start_text && start == NULL) || (*end_text && end == NULL))
    {
      show_error (self, _("Write the times as ๑๐.๐๐ or 10:00."));
      g_string_free (takers_tab, TRUE);
      return FALSE;
    }
  info.date = iso;
  info.start_time = start;
  info.end_time = end;
  info.venue = text_of (self->venue);
  info.mode = (char *) modes[MIN (adw_combo_row_get_selected (ADW_COMBO_ROW (self->mode)), 2)];
  info.status = (char *) "held";

  info.guests = g_ptr_array_new_with_free_func (NULL);
  {
    g_auto (GStrv) lines = g_strsplit (guests, "\n", -1);

    for (guint i = 0; lines[i]; i++)
      {
        PrsMeetingGuest *g;

        if (*g_strstrip (lines[i]) == '\0')
          continue;
        g = g_new0 (PrsMeetingGuest, 1);
        split_person (lines[i], &g->name, &g->position);
        /* A list number ("๑.") goes; the title stays. */
        {
          PrsNameLine n2;

          if (prs_name_parse_line (g->name, &n2) && *n2.name)
            {
              g_free (g->name);
              g->name = g_strdup (n2.name);
            }
          prs_name_line_clear (&n2);
        }
        g_ptr_array_add (info.guests, g);
      }
  }
  {
    g_auto (GStrv) lines = g_strsplit (takers, "\n", -1);

    for (guint i = 0; lines[i]; i++)
      {
        g_autofree char *name = NULL;
        g_autofree char *position = NULL;

        if (*g_strstrip (lines[i]) == '\0')
          continue;
        split_person (lines[i], &name, &position);
        g_string_append_printf (takers_tab, "%s%s\t%s", takers_tab->len ? "\n" : "", name, position);
      }
  }
  info.minute_takers = takers_tab->str;
  if (*reviewer)
    {
      g_autofree char *name = NULL;
      g_autofree char *position = NULL;

      split_person (reviewer, &name, &position);
      reviewer_tab = g_strdup_printf ("%s\t%s", name, position);
    }
  info.reviewer = reviewer_tab ? reviewer_tab : (char *) "";

  info.agenda = g_ptr_array_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemEditor *item = self->items->pdata[i];
      PrsMeetingAgendaItem *a = g_new0 (PrsMeetingAgendaItem, 1);

      a->number = text_of (item->number);
      a->title = text_of (item->title);
      a->body = text_of (item->body);
      a->comments = text_of (item->comments);
      a->resolution = text_of (item->resolution);
      g_ptr_array_add (info.agenda, a);
    }

  id = prs_meetings_save (self->store, &info, &error);

  for (guint i = 0; i < info.guests->len; i++)
    {
      PrsMeetingGuest *g = info.guests->pdata[i];

      g_free (g->name);
      g_free (g->position);
      g_free (g);
    }
  g_ptr_array_unref (info.guests);
  for (guint i = 0; i < info.agenda->len; i++)
    {
      PrsMeetingAgendaItem *a = info.agenda->pdata[i];

      g_free (a->number);
      g_free (a->title);
      g_free (a->body);
      g_free (a->comments);
      g_free (a->resolution);
      g_free (a);
    }
  g_ptr_array_unref (info.agenda);
  g_free (info.venue);
  g_string_free (takers_tab, TRUE);

  if (id == 0)
    {
      show_error (self, error->message);
      return FALSE;
    }
  self->meeting_id = id;
  gtk_widget_set_visible (self->error_label, FALSE);
  return TRUE;
}

gboolean
prs_meeting_dialog_save (PrsMeetingDialog *self)
{
  g_return_val_if_fail (PRS_IS_MEETING_DIALOG (self), FALSE);

  /* A meeting that could not be read is not overwritten with a blank form. */
  if (self->unreadable)
    return FALSE;
  return save_meeting (self);
}

static void
save_clicked (PrsMeetingDialog *self)
{
  if (prs_meeting_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
load (PrsMeetingDialog *self, int year_be)
{
  g_autoptr (PrsMeetingInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  if (self->meeting_id)
    {
      info = prs_meetings_load (self->store, self->meeting_id, &error);
      if (info == NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is an error message */
          message = g_strdup_printf (_("Could not read the workspace: %s"),
                                     error ? error->message : _("the meeting is not there."));
          show_error (self, message);
          self->unreadable = TRUE;
          return;
        }
    }
  if (info == NULL)
    {
      int next = prs_meetings_next_number (self->store, self->committee_id, year_be, &error);

      if (next == 0)
        {
          g_autofree char *message = NULL;

          /* Not a guessed number: the meeting could take one already used. */
          /* Translators: %s is an error message */
          message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
          show_error (self, message);
        }
      else
        {
          g_autofree char *number = g_strdup_printf ("%d/%d", next, year_be);

          set_text_of (self->number, number);
        }
      for (guint k = 0; k < G_N_ELEMENTS (standard_sections); k++)
        {
          PrsMeetingAgendaItem a = { 0 };
          g_autofree char *n = g_strdup_printf ("%u", k + 1);

          a.number = n;
          a.title = (char *) standard_sections[k];
          add_item (self, &a);
        }
      return;
    }
  {
    g_autofree char *number = g_strdup_printf ("%d/%d", info->number, info->year_be);
    GString *guests = g_string_new (NULL);
    g_autofree char *takers = g_strdup (info->minute_takers);
    g_autofree char *reviewer = g_strdup (info->reviewer);

    set_text_of (self->number, number);
    if (info->date)
      {
        PrsDate d;

        if (prs_date_parse (info->date, &d, NULL))
          {
            g_autofree char *long_date = prs_date_format (&d, PRS_DATE_STYLE_LONG, FALSE);

            set_text_of (self->date, long_date);
          }
      }
    set_text_of (self->start, info->start_time);
    set_text_of (self->end, info->end_time);
    set_text_of (self->venue, info->venue);
    for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
      if (g_str_equal (info->mode, modes[i]))
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->mode), i);
    for (guint i = 0; i < info->guests->len; i++)
      {
        PrsMeetingGuest *g = info->guests->pdata[i];

        g_string_append_printf (guests, "%s%s\t%s", i ? "\n" : "", g->name, g->position);
      }
    set_text_of (self->guests, guests->str);
    g_string_free (guests, TRUE);
    set_text_of (self->takers, takers);
    g_strdelimit (reviewer, "\t", ' ');
    if (strchr (info->reviewer, '\t'))
      {
        g_free (reviewer);
        reviewer = g_strdup (info->reviewer);
        *strchr (reviewer, '\t') = ',';
      }
    set_text_of (self->reviewer, reviewer);
    for (guint i = 0; i < info->agenda->len; i++)
      add_item (self, info->agenda->pdata[i]);
  }
}

static void
prs_meeting_dialog_dispose (GObject *object)
{
  PrsMeetingDialog *self = PRS_MEETING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (prs_meeting_dialog_parent_class)->dispose (object);
}

static void
prs_meeting_dialog_class_init (PrsMeetingDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prs_meeting_dialog_dispose;
}

static void
prs_meeting_dialog_init (PrsMeetingDialog *self)
{
  GtkWidget *box, *header, *cancel, *save, *page, *group, *agenda, *buttons, *b;
  g_autoptr (GtkStringList) mode_names = NULL;

  self->items = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 820);
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "save");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->error_label, "error-message");
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_margin_top (self->error_label, 6);
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->error_label);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Meeting"));
  self->number = entry_row (_("Meeting number (ครั้งที่/ปี)"));
  gtk_widget_set_name (self->number, "meeting-number");
  self->date = entry_row (_("Date"));
  self->start = entry_row (_("Starts at"));
  self->end = entry_row (_("Ends at"));
  self->venue = entry_row (_("Venue (ณ …)"));
  self->mode = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode), _("Held"));
  mode_names = gtk_string_list_new ((const char *[]) { _("On site"), _("Online"), _("On site and online"), NULL });
  adw_combo_row_set_model (ADW_COMBO_ROW (self->mode), G_LIST_MODEL (mode_names));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->number);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->start);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->end);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->venue);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->mode);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Invited (ผู้เข้าร่วมประชุม)"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("One a line: name, then a tab or a comma, then position."));
  self->guests = text_area (_("Invited (ผู้เข้าร่วมประชุม)"), 4);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->guests);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Agenda (ระเบียบวาระ)"));
  agenda = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->agenda_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (agenda), self->agenda_box);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  b = gtk_button_new_with_mnemonic (_("Add _Item"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (add_item_clicked), self);
  gtk_box_append (GTK_BOX (buttons), b);
  b = gtk_button_new_with_mnemonic (_("Add _Sub-item"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (add_sub_item_clicked), self);
  gtk_box_append (GTK_BOX (buttons), b);
  gtk_box_append (GTK_BOX (agenda), buttons);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), agenda);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Minute-takers and reviewer"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Minute-takers (ผู้จดรายงานการประชุม) one a line: name, then a tab or a comma, then position."));
  self->takers = text_area (_("Minute-takers (ผู้จดรายงานการประชุม)"), 3);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->takers);
  self->reviewer = entry_row (_("Reviewer (ผู้ตรวจรายงานการประชุม): name, position"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->reviewer);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
}

PrsMeetingDialog *
prs_meeting_dialog_new (GtkWindow *parent,
                        PrsStore  *store,
                        gint64     committee_id,
                        gint64     meeting_id,
                        int        year_be)
{
  PrsMeetingDialog *self = g_object_new (PRS_TYPE_MEETING_DIALOG, NULL);

  if (parent)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  self->store = g_object_ref (store);
  self->committee_id = committee_id;
  self->meeting_id = meeting_id;
  load (self, year_be);
  return self;
}

gint64
prs_meeting_dialog_get_meeting (PrsMeetingDialog *self)
{
  g_return_val_if_fail (PRS_IS_MEETING_DIALOG (self), 0);
  return self->meeting_id;
}

void
prs_meeting_dialog_set_text (PrsMeetingDialog *self,
                             const char       *field,
                             const char       *text)
{
  struct { const char *name; GtkWidget *w; } fields[] = {
    { "number", self->number }, { "date", self->date }, { "start", self->start },
    { "end", self->end }, { "venue", self->venue }, { "guests", self->guests },
    { "takers", self->takers }, { "reviewer", self->reviewer },
  };

  g_return_if_fail (PRS_IS_MEETING_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].name))
      {
        set_text_of (fields[i].w, text);
        return;
      }
  if (g_str_has_prefix (field, "agenda."))
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (field + strlen ("agenda."), &end, 10);
      ItemEditor *item;

      g_return_if_fail (end && *end == '.' && index < self->items->len);
      item = self->items->pdata[index];
      end++;
      if (g_str_equal (end, "title"))
        set_text_of (item->title, text);
      else if (g_str_equal (end, "body"))
        set_text_of (item->body, text);
      else if (g_str_equal (end, "comments"))
        set_text_of (item->comments, text);
      else if (g_str_equal (end, "resolution"))
        set_text_of (item->resolution, text);
      else if (g_str_equal (end, "number"))
        set_text_of (item->number, text);
    }
}

guint
prs_meeting_dialog_add_item (PrsMeetingDialog *self,
                             const char       *number,
                             const char       *title)
{
  PrsMeetingAgendaItem a = { 0 };

  g_return_val_if_fail (PRS_IS_MEETING_DIALOG (self), 0);
  a.number = (char *) number;
  a.title = (char *) title;
  add_item (self, &a);
  return self->items->len - 1;
}
