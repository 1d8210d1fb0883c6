/* prs-plan-progress-dialog.c: an activity's progress in a reporting round
 *
 * A template window (prs-plan-progress-dialog.ui); the rows of the round (one per
 * indicator) and the events are built here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "prs-date.h"
#include "prs-money.h"
#include "prs-number.h"
#include "prs-plan-progress-dialog.h"
#include "prs-store-plans-events.h"
#include "prs-store-plans-tree.h"

static const int rounds[] = { 6, 9, 12 };
static const char *const statuses[] = { NULL, "below", "on", "above" };

struct _PrsPlanProgressDialog
{
  GtkWindow parent_instance;

  PrsStore *store;
  gint64 plan_id;
  gint64 node_id;
  int round;
  GtkWidget *body;        /* rebuilt when the round changes */
  GHashTable *fields;     /* name -> widget (borrowed) */
  GtkWidget *events;      /* box: one line per event held */
  GtkWidget *ev_date, *ev_end, *ev_venue, *ev_online, *ev_people, *ev_cost;
  GArray *indicator_ids;
  gboolean loading;

  /* template children */
  GtkWidget *outer;
  GtkWidget *round_dd;
  GtkWidget *frozen;
  GtkWidget *save;
  GtkWidget *message;
  GtkWidget *body_box;
};

G_DEFINE_FINAL_TYPE (PrsPlanProgressDialog, prs_plan_progress_dialog, GTK_TYPE_WINDOW)

typedef PrsPlanProgressDialog Dialog;

static Dialog *
dialog_of (GtkWidget *w)
{
  return PRS_PLAN_PROGRESS_DIALOG (w);
}

static const char *
progress_status_label (const char *key)
{
  if (g_strcmp0 (key, "below") == 0)
    return _("Below target");
  if (g_strcmp0 (key, "above") == 0)
    return _("Above target");
  if (g_strcmp0 (key, "on") == 0)
    return _("On target");
  return "";
}

static char *
hundredths_text (gint64 v)
{
  if (v % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, v / 100);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT, v < 0 ? "-" : "", ABS (v) / 100, ABS (v) % 100);
}

static GtkWidget *
add_row (GtkGrid *grid, int *row, const char *label, GtkWidget *field)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_wrap (GTK_LABEL (l), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (l), 40);
  gtk_widget_set_valign (l, GTK_ALIGN_START);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), field);
  gtk_grid_attach (grid, l, 0, *row, 1, 1);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, field, 1, *row, 1, 1);
  (*row)++;
  return field;
}

static void update_computed (Dialog *d);

static void
result_changed (GtkEditable *e, Dialog *d)
{
  if (!d->loading)
    update_computed (d);
}

/* What the status would be worked out as, shown in the status list's first entry. */
static void
update_computed (Dialog *d)
{
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (d->store, d->plan_id, 0, NULL);
  PrsPlanNodeInfo *n = t ? prs_plan_tree_find (t, d->node_id) : NULL;
  GtkWidget *dd = g_hash_table_lookup (d->fields, "status");
  GtkStringList *model;
  const char *computed = NULL;
  g_autofree char *first = NULL;

  if (n == NULL || dd == NULL)
    return;
  for (guint i = 0; i < n->indicators->len && computed == NULL; i++)
    {
      PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, i);
      g_autofree char *key = g_strdup_printf ("result-%u", i);
      GtkWidget *e = g_hash_table_lookup (d->fields, key);
      gint64 v;

      if (!ind->has_target || e == NULL)
        continue;
      if (prs_number_parse_hundredths (gtk_editable_get_text (GTK_EDITABLE (e)), &v, NULL, NULL))
        computed = prs_plan_progress_status (TRUE, ind->target_hundredths, ind->direction, v);
    }
  /* Translators: the first entry of the status list: worked out from the results */
  first = computed ? g_strdup_printf (_("From the results: %s"), progress_status_label (computed))
                   : g_strdup (_("From the results"));
  model = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (dd)));
  {
    guint sel = gtk_drop_down_get_selected (GTK_DROP_DOWN (dd));
    const char *one[] = { first, NULL };
    gtk_string_list_splice (model, 0, 1, one);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dd), sel);
  }
}

static void
show_read_error (Dialog *d, const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  gtk_label_set_text (GTK_LABEL (d->message), message);
  gtk_widget_set_visible (d->message, TRUE);
}

static void
load (Dialog *d)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (d->store, d->plan_id, d->round, &error);
  PrsPlanNodeInfo *n = t ? prs_plan_tree_find (t, d->node_id) : NULL;
  GtkWidget *grid;
  int row = 0;
  gboolean frozen;

  d->loading = TRUE;
  g_hash_table_remove_all (d->fields);
  g_array_set_size (d->indicator_ids, 0);
  if (d->body)
    gtk_box_remove (GTK_BOX (d->body_box), d->body), d->body = NULL;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  if (n == NULL)
    {
      gtk_grid_attach (GTK_GRID (grid), gtk_label_new (error ? error->message : _("The activity is gone.")), 0, 0, 1, 1);
      goto done;
    }
  {
    GtkWidget *title = gtk_label_new (n->title);
    gtk_label_set_wrap (GTK_LABEL (title), TRUE);
    gtk_label_set_xalign (GTK_LABEL (title), 0);
    gtk_widget_add_css_class (title, "heading");
    gtk_grid_attach (GTK_GRID (grid), title, 0, row++, 2, 1);
  }
  for (guint i = 0; i < n->indicators->len; i++)
    {
      PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, i);
      g_autofree char *target = ind->has_target ? hundredths_text (ind->target_hundredths) : NULL;
      g_autofree char *label = target ? g_strdup_printf (_("%s (target %s %s)"), ind->name, target, ind->unit)
                                      : g_strdup (ind->name);
      GtkWidget *e = gtk_entry_new ();
      char *key = g_strdup_printf ("result-%u", i);

      if (ind->has_result)
        {
          g_autofree char *v = hundredths_text (ind->result_hundredths);
          gtk_editable_set_text (GTK_EDITABLE (e), v);
        }
      gtk_entry_set_placeholder_text (GTK_ENTRY (e), C_("progress", "Result"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (e), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_signal_connect (e, "changed", G_CALLBACK (result_changed), d);
      {
        g_auto (GStrv) parts = g_strsplit (label, "_", -1);
        g_autofree char *escaped = g_strjoinv ("__", parts);
        add_row (GTK_GRID (grid), &row, escaped, e);
      }
      g_hash_table_insert (d->fields, key, e);
      g_array_append_val (d->indicator_ids, ind->id);
    }
  {
    const char *items[] = { "", _("Below target"), _("On target"), _("Above target"), NULL };
    GtkWidget *dd = gtk_drop_down_new_from_strings (items);
    guint sel = 0;

    /* a stored status that differs from what the results give was chosen: keep it
     * chosen; otherwise it is worked out */
    if (n->has_progress)
      {
        const char *computed = NULL;
        for (guint i = 0; i < n->indicators->len && computed == NULL; i++)
          {
            PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, i);
            if (ind->has_target && ind->has_result)
              computed = prs_plan_progress_status (TRUE, ind->target_hundredths, ind->direction,
                                                   ind->result_hundredths);
          }
        for (guint i = 1; i < G_N_ELEMENTS (statuses); i++)
          if (g_strcmp0 (n->progress_status, statuses[i]) == 0 && g_strcmp0 (computed, statuses[i]) != 0)
            sel = i;
      }
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dd), sel);
    add_row (GTK_GRID (grid), &row, _("_Status against plan"), dd);
    g_hash_table_insert (d->fields, g_strdup ("status"), dd);
  }
  {
    GtkWidget *tv = gtk_text_view_new ();
    GtkWidget *sw = gtk_scrolled_window_new ();

    gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (tv), GTK_WRAP_WORD_CHAR);
    gtk_text_view_set_left_margin (GTK_TEXT_VIEW (tv), 8);
    gtk_text_view_set_right_margin (GTK_TEXT_VIEW (tv), 8);
    gtk_text_view_set_top_margin (GTK_TEXT_VIEW (tv), 6);
    gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (tv), 6);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (tv)), n->narrative ? n->narrative : "", -1);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), tv);
    gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (sw), 120);
    gtk_widget_add_css_class (sw, "card");
    gtk_accessible_update_property (GTK_ACCESSIBLE (tv), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Narrative"), -1);
    add_row (GTK_GRID (grid), &row, _("_Narrative"), sw);
    g_hash_table_insert (d->fields, g_strdup ("narrative"), tv);
  }
  {
    GtkWidget *e = gtk_entry_new ();
    if (n->has_progress)
      {
        g_autofree char *v = prs_money_format (n->spent_satang, PRS_MONEY_FORMAT_DEFAULT);
        gtk_editable_set_text (GTK_EDITABLE (e), v);
      }
    add_row (GTK_GRID (grid), &row, _("Money _spent (baht)"), e);
    g_hash_table_insert (d->fields, g_strdup ("spent"), e);
  }
  {
    GtkWidget *e = gtk_entry_new ();
    if (n->has_progress && n->participants >= 0)
      {
        g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, n->participants);
        gtk_editable_set_text (GTK_EDITABLE (e), v);
      }
    add_row (GTK_GRID (grid), &row, _("_Participants"), e);
    g_hash_table_insert (d->fields, g_strdup ("participants"), e);
  }

done:
  {
    g_autoptr (GError) frozen_error = NULL;
    /* Unreadable: nothing can be saved, and the switch does not pretend to know. */
    gboolean known = prs_store_plan_round_frozen (d->store, d->plan_id, d->round, &frozen, &frozen_error);

    if (!known)
      show_read_error (d, frozen_error);
    gtk_widget_set_sensitive (grid, known && !frozen);
    gtk_widget_set_sensitive (d->save, known && !frozen && n != NULL);
    gtk_widget_set_sensitive (d->frozen, known);
    gtk_switch_set_active (GTK_SWITCH (d->frozen), frozen);
  }
  d->body = grid;
  gtk_box_append (GTK_BOX (d->body_box), grid);
  d->loading = FALSE;
  update_computed (d);
}

static void
round_selected (GObject *dd, GParamSpec *pspec, Dialog *d)
{
  guint sel = gtk_drop_down_get_selected (GTK_DROP_DOWN (dd));

  if (d->loading || sel >= G_N_ELEMENTS (rounds))
    return;
  d->round = rounds[sel];
  load (d);
}

static void
show_error (Dialog *d, const GError *error)
{
  gtk_label_set_text (GTK_LABEL (d->message), error->message);
  gtk_widget_set_visible (d->message, TRUE);
}

static gboolean
frozen_set (GtkSwitch *sw, gboolean state, Dialog *d)
{
  g_autoptr (GError) error = NULL;
  gboolean now;

  if (d->loading)
    return FALSE;
  if (!prs_store_plan_round_frozen (d->store, d->plan_id, d->round, &now, &error))
    {
      show_read_error (d, error);
      return TRUE;
    }
  if (state == now)
    return FALSE;
  if (!prs_store_plan_freeze_round (d->store, d->plan_id, d->round, state, &error))
    {
      show_error (d, error);
      return TRUE;
    }
  load (d);
  return FALSE;
}

/* ---- events held (per activity, whatever the round) --------------------------------- */

static void load_events (Dialog *d);

static void
event_remove_clicked (GtkButton *b, Dialog *d)
{
  g_autoptr (GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (b), "event-id");

  if (!prs_plan_event_remove (d->store, id, &error))
    {
      gtk_label_set_text (GTK_LABEL (d->message), error->message);
      gtk_widget_set_visible (d->message, TRUE);
    }
  load_events (d);
}

static char *
event_date_text (const char *date, const char *end)
{
  const char *parts[] = { date ? date : "", end, NULL };
  GString *s = g_string_new ("");

  for (guint i = 0; parts[i]; i++)
    {
      PrsDate when;
      g_autofree char *t = NULL;

      if (prs_date_parse (parts[i], &when, NULL))
        t = prs_date_format (&when, PRS_DATE_STYLE_SHORT, FALSE);
      g_string_append_printf (s, "%s%s", i ? " – " : "", t ? t : parts[i]);
    }
  return g_string_free (s, FALSE);
}

static void
load_events (Dialog *d)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = prs_plan_events_list (d->store, d->node_id, &error);
  GtkWidget *child;
  guint n = list ? list->len : 0;

  if (error != NULL)
    show_error (d, error);

  while ((child = gtk_widget_get_first_child (d->events)))
    gtk_box_remove (GTK_BOX (d->events), child);
  if (n == 0)
    {
      GtkWidget *l = gtk_label_new (_("No events recorded yet."));
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_widget_add_css_class (l, "dim-label");
      gtk_box_append (GTK_BOX (d->events), l);
    }
  for (guint i = 0; i < n; i++)
    {
      PrsPlanEvent *ev = list->pdata[i];
      g_autofree char *date = event_date_text (ev->date, ev->end_date);
      g_autofree char *cost = prs_money_format (ev->cost_satang, PRS_MONEY_FORMAT_DEFAULT);
      g_autofree char *venue = g_str_equal (ev->mode, "online")
                               /* Translators: an online event's venue, e.g. "online (Zoom)" */
                               ? (*ev->venue ? g_strdup_printf (_("online (%s)"), ev->venue) : g_strdup (_("online")))
                               : g_str_equal (ev->mode, "hybrid")
                               /* Translators: a venue also joined online */
                               ? g_strdup_printf (_("%s and online"), ev->venue)
                               : g_strdup (ev->venue);
      gint64 people = ev->participants;
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, people);
      /* Translators: participants of an event */
      g_autofree char *who = people >= 0 ? g_strdup_printf (_("%s people"), count) : g_strdup ("");
      /* Translators: an event held: date, venue, participants, cost */
      g_autofree char *text = g_strdup_printf (_("%s · %s · %s · %s baht"), date, venue,
                                               who, cost);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *l = gtk_label_new (text);
      GtkWidget *rm = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gint64 *id = g_new (gint64, 1);

      *id = ev->id;
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_label_set_wrap (GTK_LABEL (l), TRUE);
      gtk_widget_set_hexpand (l, TRUE);
      gtk_widget_add_css_class (rm, "flat");
      gtk_widget_set_tooltip_text (rm, _("Remove the event"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (rm), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove the event"), -1);
      g_object_set_data_full (G_OBJECT (rm), "event-id", id, g_free);
      g_signal_connect (rm, "clicked", G_CALLBACK (event_remove_clicked), d);
      gtk_box_append (GTK_BOX (line), l);
      gtk_box_append (GTK_BOX (line), rm);
      gtk_box_append (GTK_BOX (d->events), line);
    }
}

static gboolean
parse_date (const char *text, char **iso, GError **error)
{
  PrsDate date;

  if (!prs_date_parse (text, &date, NULL))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a date."), text);
      return FALSE;
    }
  *iso = prs_date_to_iso (&date);
  return TRUE;
}

/* Adds the event in the form; one undo step. */
gboolean
prs_plan_progress_dialog_add_event (GtkWidget *dialog, GError **error)
{
  Dialog *d = dialog_of (dialog);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (d->ev_date));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (d->ev_end));
  const char *venue = gtk_editable_get_text (GTK_EDITABLE (d->ev_venue));
  const char *people = gtk_editable_get_text (GTK_EDITABLE (d->ev_people));
  const char *cost_text = gtk_editable_get_text (GTK_EDITABLE (d->ev_cost));
  g_autofree char *iso = NULL, *iso_end = NULL;
  gint64 cost = 0, n = -1;

  if (!parse_date (date, &iso, error))
    return FALSE;
  if (*end && !parse_date (end, &iso_end, error))
    return FALSE;
  if (iso_end && strcmp (iso_end, iso) < 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The last day of the event comes before its first day."));
      return FALSE;
    }
  if (*people)
    {
      gint64 h;
      if (!prs_number_parse_hundredths (people, &h, NULL, NULL) || h < 0 || h % 100)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a number of people."), people);
          return FALSE;
        }
      n = h / 100;
    }
  if (*cost_text && (!prs_money_parse (cost_text, &cost, NULL) || cost < 0))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not an amount of money."), cost_text);
      return FALSE;
    }
  if (prs_plan_event_add (d->store, d->node_id, iso, iso_end && strcmp (iso_end, iso) != 0 ? iso_end : NULL, venue,
                          gtk_check_button_get_active (GTK_CHECK_BUTTON (d->ev_online)) ? "online" : "onsite", n, cost,
                          error) == 0)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (d->ev_date), "");
  gtk_editable_set_text (GTK_EDITABLE (d->ev_end), "");
  gtk_editable_set_text (GTK_EDITABLE (d->ev_venue), "");
  gtk_editable_set_text (GTK_EDITABLE (d->ev_people), "");
  gtk_editable_set_text (GTK_EDITABLE (d->ev_cost), "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d->ev_online), FALSE);
  load_events (d);
  return TRUE;
}

static void
add_event_clicked (GtkButton *b, Dialog *d)
{
  g_autoptr (GError) error = NULL;

  gtk_widget_set_visible (d->message, FALSE);
  if (!prs_plan_progress_dialog_add_event (GTK_WIDGET (d), &error))
    {
      gtk_label_set_text (GTK_LABEL (d->message), error->message);
      gtk_widget_set_visible (d->message, TRUE);
    }
}

static GtkWidget *
form_entry (GtkWidget *box, const char *placeholder, int chars)
{
  GtkWidget *e = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (e), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (e), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  if (chars > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (e), chars);
  else
    gtk_widget_set_hexpand (e, TRUE);
  gtk_box_append (GTK_BOX (box), e);
  return e;
}

static GtkWidget *
events_section (Dialog *d)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Events held"));
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  d->events = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_box_append (GTK_BOX (box), d->events);
  d->ev_date = form_entry (form, _("Date"), 10);
  d->ev_end = form_entry (form, _("Until (optional)"), 10);
  d->ev_venue = form_entry (form, _("Venue"), 0);
  d->ev_online = gtk_check_button_new_with_label (_("Online"));
  gtk_box_append (GTK_BOX (form), d->ev_online);
  d->ev_people = form_entry (form, _("People"), 6);
  d->ev_cost = form_entry (form, _("Cost (baht)"), 9);
  add = gtk_button_new_with_mnemonic (_("Add _Event"));
  g_signal_connect (add, "clicked", G_CALLBACK (add_event_clicked), d);
  gtk_box_append (GTK_BOX (form), add);
  gtk_box_append (GTK_BOX (box), form);
  return box;
}

gboolean
prs_plan_progress_dialog_save (GtkWidget *dialog, GError **error)
{
  Dialog *d = dialog_of (dialog);
  GtkWidget *w;
  gint64 spent = 0, participants = -1;
  const char *status;
  g_autofree char *narrative = NULL;
  GtkTextIter a, b;
  GtkTextBuffer *buf;

  w = g_hash_table_lookup (d->fields, "spent");
  if (w == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("The activity is gone."));
      return FALSE;
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (w)) && !prs_money_parse (gtk_editable_get_text (GTK_EDITABLE (w)), &spent, NULL))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not an amount of money."),
                   gtk_editable_get_text (GTK_EDITABLE (w)));
      return FALSE;
    }
  if (spent < 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("Money spent cannot be negative."));
      return FALSE;
    }
  w = g_hash_table_lookup (d->fields, "participants");
  if (*gtk_editable_get_text (GTK_EDITABLE (w)))
    {
      gint64 h;
      if (!prs_number_parse_hundredths (gtk_editable_get_text (GTK_EDITABLE (w)), &h, NULL, NULL) || h < 0 || h % 100)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a number of people."),
                       gtk_editable_get_text (GTK_EDITABLE (w)));
          return FALSE;
        }
      participants = h / 100;
    }
  status = statuses[MIN (gtk_drop_down_get_selected (GTK_DROP_DOWN (g_hash_table_lookup (d->fields, "status"))),
                         G_N_ELEMENTS (statuses) - 1)];
  buf = gtk_text_view_get_buffer (GTK_TEXT_VIEW (g_hash_table_lookup (d->fields, "narrative")));
  gtk_text_buffer_get_bounds (buf, &a, &b);
  narrative = gtk_text_buffer_get_text (buf, &a, &b, FALSE);

  if (!prs_store_begin_edit (d->store, _("Record progress"), error))
    return FALSE;
  for (guint i = 0; i < d->indicator_ids->len; i++)
    {
      g_autofree char *key = g_strdup_printf ("result-%u", i);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (d->fields, key)));
      gint64 v;

      if (*text == '\0')
        continue;
      if (!prs_number_parse_hundredths (text, &v, NULL, NULL))
        {
          prs_store_cancel_edit (d->store);
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a number."), text);
          return FALSE;
        }
      if (!prs_store_indicator_set_result (d->store, g_array_index (d->indicator_ids, gint64, i), d->round, v, NULL,
                                           error))
        {
          prs_store_cancel_edit (d->store);
          return FALSE;
        }
    }
  if (!prs_store_progress_set (d->store, d->node_id, d->round, status, narrative, spent, participants, error))
    {
      prs_store_cancel_edit (d->store);
      return FALSE;
    }
  return prs_store_end_edit (d->store, error);
}

static void
save_clicked (Dialog *d)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_progress_dialog_save (GTK_WIDGET (d), &error))
    show_error (d, error);
  else
    gtk_window_destroy (GTK_WINDOW (d));
}

int
prs_plan_progress_dialog_get_round (GtkWidget *dialog)
{
  return dialog_of (dialog)->round;
}

GtkWidget *
prs_plan_progress_dialog_get_field (GtkWidget *dialog, const char *name)
{
  Dialog *d = dialog_of (dialog);

  if (g_strcmp0 (name, "round") == 0)
    return d->round_dd;
  if (g_strcmp0 (name, "frozen") == 0)
    return d->frozen;
  if (g_strcmp0 (name, "message") == 0)
    return d->message;
  if (g_strcmp0 (name, "save") == 0)
    return d->save;
  if (g_strcmp0 (name, "event-date") == 0)
    return d->ev_date;
  if (g_strcmp0 (name, "event-end") == 0)
    return d->ev_end;
  if (g_strcmp0 (name, "event-venue") == 0)
    return d->ev_venue;
  if (g_strcmp0 (name, "event-online") == 0)
    return d->ev_online;
  if (g_strcmp0 (name, "event-people") == 0)
    return d->ev_people;
  if (g_strcmp0 (name, "event-cost") == 0)
    return d->ev_cost;
  return g_hash_table_lookup (d->fields, name);
}

static void
prs_plan_progress_dialog_dispose (GObject *object)
{
  Dialog *d = PRS_PLAN_PROGRESS_DIALOG (object);

  g_clear_object (&d->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PLAN_PROGRESS_DIALOG);
  G_OBJECT_CLASS (prs_plan_progress_dialog_parent_class)->dispose (object);
}

static void
prs_plan_progress_dialog_finalize (GObject *object)
{
  Dialog *d = PRS_PLAN_PROGRESS_DIALOG (object);

  g_hash_table_unref (d->fields);
  g_array_unref (d->indicator_ids);
  G_OBJECT_CLASS (prs_plan_progress_dialog_parent_class)->finalize (object);
}

static void
prs_plan_progress_dialog_class_init (PrsPlanProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_plan_progress_dialog_dispose;
  object_class->finalize = prs_plan_progress_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-plan-progress-dialog.ui");
  /* Escape closes, as in a dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, outer);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, round_dd);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, frozen);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, save);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, message);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanProgressDialog, body_box);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, frozen_set);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

static void
prs_plan_progress_dialog_init (PrsPlanProgressDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->indicator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->loading = TRUE;   /* until the constructor has filled it */
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_plan_progress_dialog_new (GtkWindow *parent, PrsStore *store, gint64 plan_id, gint64 node_id, int round)
{
  Dialog *d = g_object_new (PRS_TYPE_PLAN_PROGRESS_DIALOG, "transient-for", parent, NULL);
  g_autofree char *r6 = g_strdup_printf (_("%d months"), 6);
  g_autofree char *r9 = g_strdup_printf (_("%d months"), 9);
  g_autofree char *r12 = g_strdup_printf (_("%d months"), 12);
  const char *round_names[] = { r6, r9, r12, NULL };
  g_autoptr (GtkStringList) names = gtk_string_list_new (round_names);

  d->store = g_object_ref (store);
  d->plan_id = plan_id;
  d->node_id = node_id;
  d->round = (round == 9 || round == 12) ? round : 6;
  gtk_drop_down_set_model (GTK_DROP_DOWN (d->round_dd), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d->round_dd), d->round == 6 ? 0 : d->round == 9 ? 1 : 2);
  g_signal_connect (d->round_dd, "notify::selected", G_CALLBACK (round_selected), d);
  gtk_box_append (GTK_BOX (d->outer), events_section (d));
  d->loading = FALSE;
  load (d);
  load_events (d);
  return GTK_WIDGET (d);
}
