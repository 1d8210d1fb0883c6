/* prs-plan-activity-dialog.c: an activity's indicators and responsible units
 *
 * Built in code: its rows follow the activity's indicators and the workspace's units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-plan-activity-dialog.h"
#include "prs-store-plans-tree.h"
#include "prs-store-shell.h"

static const char *const directions[] = { "at_least", "at_most", "equal" };

typedef struct
{
  gint64 id;              /* 0: new */
  GtkWidget *box;
  GtkWidget *name, *target, *unit, *direction, *remove;
  gboolean removed;
} IndicatorRow;

typedef struct
{
  PrsStore *store;
  gint64 plan_id;
  gint64 node_id;
  GtkWidget *window;
  GtkWidget *list;        /* box of indicator rows */
  GtkWidget *message;
  GtkWidget *all_units;
  GPtrArray *rows;        /* IndicatorRow */
  GHashTable *units;      /* name -> check button */
  GHashTable *unit_ids;   /* check button -> gint64 * */
} Dialog;

static void
dialog_free (gpointer p)
{
  Dialog *d = p;

  g_object_unref (d->store);
  g_ptr_array_unref (d->rows);
  g_hash_table_unref (d->units);
  g_hash_table_unref (d->unit_ids);
  g_free (d);
}

static Dialog *
dialog_of (GtkWidget *w)
{
  return g_object_get_data (G_OBJECT (w), "prs-activity");
}

static char *
hundredths_text (gint64 v)
{
  if (v % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, v / 100);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT, v < 0 ? "-" : "", ABS (v) / 100, ABS (v) % 100);
}

static void
remove_clicked (GtkButton *b, IndicatorRow *r)
{
  r->removed = TRUE;
  gtk_widget_set_visible (r->box, FALSE);
}

static IndicatorRow *
add_indicator_row (Dialog *d, PrsPlanIndicatorInfo *ind)
{
  IndicatorRow *r = g_new0 (IndicatorRow, 1);
  const char *dir_names[] = { _("at least"), _("at most"), _("exactly"), NULL };

  r->id = ind ? ind->id : 0;
  r->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  r->name = gtk_entry_new ();
  gtk_widget_set_hexpand (r->name, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->name), _("Indicator"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Indicator"), -1);
  r->direction = gtk_drop_down_new_from_strings (dir_names);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->direction), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Direction"), -1);
  r->target = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (r->target), 8);
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->target), _("Target"));
  gtk_widget_set_tooltip_text (r->target, _("Leave the target empty for a qualitative indicator."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->target), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target"), -1);
  r->unit = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (r->unit), 8);
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->unit), _("Unit word"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->unit), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unit word"), -1);
  r->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (r->remove, _("Remove the indicator"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the indicator"), -1);
  g_signal_connect (r->remove, "clicked", G_CALLBACK (remove_clicked), r);
  if (ind)
    {
      gtk_editable_set_text (GTK_EDITABLE (r->name), ind->name);
      if (ind->has_target)
        {
          g_autofree char *t = hundredths_text (ind->target_hundredths);
          gtk_editable_set_text (GTK_EDITABLE (r->target), t);
        }
      gtk_editable_set_text (GTK_EDITABLE (r->unit), ind->unit ? ind->unit : "");
      for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
        if (g_strcmp0 (ind->direction, directions[i]) == 0)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (r->direction), i);
    }
  gtk_box_append (GTK_BOX (r->box), r->name);
  gtk_box_append (GTK_BOX (r->box), r->direction);
  gtk_box_append (GTK_BOX (r->box), r->target);
  gtk_box_append (GTK_BOX (r->box), r->unit);
  gtk_box_append (GTK_BOX (r->box), r->remove);
  gtk_box_append (GTK_BOX (d->list), r->box);
  g_ptr_array_add (d->rows, r);
  return r;
}

void
prs_plan_activity_dialog_add_indicator (GtkWidget *dialog)
{
  IndicatorRow *r = add_indicator_row (dialog_of (dialog), NULL);

  gtk_widget_grab_focus (r->name);
}

static void
all_units_toggled (GtkCheckButton *b, Dialog *d)
{
  GHashTableIter iter;
  gpointer k, v;

  g_hash_table_iter_init (&iter, d->units);
  while (g_hash_table_iter_next (&iter, &k, &v))
    gtk_widget_set_sensitive (v, !gtk_check_button_get_active (b));
}

gboolean
prs_plan_activity_dialog_save (GtkWidget *dialog, GError **error)
{
  Dialog *d = dialog_of (dialog);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer k, v;

  if (!prs_store_begin_edit (d->store, _("Edit indicators and units"), error))
    return FALSE;
  for (guint i = 0; i < d->rows->len; i++)
    {
      IndicatorRow *r = g_ptr_array_index (d->rows, i);
      const char *name = gtk_editable_get_text (GTK_EDITABLE (r->name));
      const char *target = gtk_editable_get_text (GTK_EDITABLE (r->target));
      const char *unit = gtk_editable_get_text (GTK_EDITABLE (r->unit));
      const char *dir = directions[MIN (gtk_drop_down_get_selected (GTK_DROP_DOWN (r->direction)), 2)];
      gint64 t = 0;
      gboolean has_target = *target != '\0';
      gboolean ok;

      if (r->removed || (r->id == 0 && *name == '\0'))
        {
          if (r->removed && r->id && !prs_store_delete (d->store, "indicators", r->id, error))
            goto fail;
          continue;
        }
      if (*name == '\0')
        {
          g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                               _("An indicator needs a name; remove it instead of leaving it blank."));
          goto fail;
        }
      if (has_target && !prs_number_parse_hundredths (target, &t, NULL, NULL))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                       _("The target “%s” of “%s” is not a number."), target, name);
          goto fail;
        }
      if (r->id)
        ok = has_target ? prs_store_update (d->store, "indicators", r->id, error, "name", PRS_TEXT (name),
                                            "target_hundredths", PRS_INT (t), "unit_text", PRS_TEXT (unit),
                                            "direction", PRS_TEXT (dir), "sort_order", PRS_INT (i), NULL)
                        : prs_store_update (d->store, "indicators", r->id, error, "name", PRS_TEXT (name),
                                            "target_hundredths", PRS_NULL, "unit_text", PRS_TEXT (unit),
                                            "direction", PRS_TEXT (dir), "sort_order", PRS_INT (i), NULL);
      else
        ok = prs_store_activity_add_indicator (d->store, d->node_id, name, has_target, t, unit, dir, error) != 0;
      if (!ok)
        goto fail;
    }
  g_hash_table_iter_init (&iter, d->unit_ids);
  while (g_hash_table_iter_next (&iter, &k, &v))
    if (gtk_check_button_get_active (k))
      g_array_append_val (ids, *(gint64 *) v);
  if (!prs_store_activity_set_units (d->store, d->node_id, (gint64 *) ids->data, ids->len,
                                     gtk_check_button_get_active (GTK_CHECK_BUTTON (d->all_units)), error))
    goto fail;
  return prs_store_end_edit (d->store, error);

fail:
  prs_store_cancel_edit (d->store);
  return FALSE;
}

static void
save_clicked (GtkButton *b, Dialog *d)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_activity_dialog_save (d->window, &error))
    {
      gtk_label_set_text (GTK_LABEL (d->message), error->message);
      gtk_widget_set_visible (d->message, TRUE);
    }
  else
    gtk_window_destroy (GTK_WINDOW (d->window));
}

guint
prs_plan_activity_dialog_n_indicators (GtkWidget *dialog)
{
  Dialog *d = dialog_of (dialog);
  guint n = 0;

  for (guint i = 0; i < d->rows->len; i++)
    n += !((IndicatorRow *) g_ptr_array_index (d->rows, i))->removed;
  return n;
}

GtkWidget *
prs_plan_activity_dialog_get_indicator_field (GtkWidget *dialog, guint index, const char *field)
{
  Dialog *d = dialog_of (dialog);

  for (guint i = 0; i < d->rows->len; i++)
    {
      IndicatorRow *r = g_ptr_array_index (d->rows, i);
      if (r->removed)
        continue;
      if (index-- > 0)
        continue;
      if (g_str_equal (field, "name"))
        return r->name;
      if (g_str_equal (field, "target"))
        return r->target;
      if (g_str_equal (field, "unit"))
        return r->unit;
      if (g_str_equal (field, "direction"))
        return r->direction;
      if (g_str_equal (field, "remove"))
        return r->remove;
      return NULL;
    }
  return NULL;
}

GtkWidget *
prs_plan_activity_dialog_get_unit (GtkWidget *dialog, const char *name)
{
  Dialog *d = dialog_of (dialog);

  if (g_strcmp0 (name, "all") == 0)
    return d->all_units;
  return g_hash_table_lookup (d->units, name);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *l = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_widget_add_css_class (l, "heading");
  return l;
}

GtkWidget *
prs_plan_activity_dialog_new (GtkWindow *parent, PrsStore *store, gint64 plan_id, gint64 node_id)
{
  Dialog *d = g_new0 (Dialog, 1);
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (store, plan_id, 0, NULL);
  PrsPlanNodeInfo *n = t ? prs_plan_tree_find (t, node_id) : NULL;
  g_autoptr (GPtrArray) units = prs_store_list_units_brief (store, NULL);
  GtkWidget *header, *cancel, *save, *outer, *scroller, *add, *flow, *title;

  d->store = g_object_ref (store);
  d->plan_id = plan_id;
  d->node_id = node_id;
  d->rows = g_ptr_array_new_with_free_func (g_free);
  d->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->unit_ids = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  d->window = gtk_window_new ();
  g_object_set_data_full (G_OBJECT (d->window), "prs-activity", d, dialog_free);
  gtk_window_set_title (GTK_WINDOW (d->window), _("Indicators and Responsible Units"));
  gtk_window_set_modal (GTK_WINDOW (d->window), TRUE);
  if (parent)
    gtk_window_set_transient_for (GTK_WINDOW (d->window), parent);
  gtk_window_set_default_size (GTK_WINDOW (d->window), 820, 600);

  header = gtk_header_bar_new ();
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), d->window);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (save_clicked), d);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), save);
  gtk_window_set_titlebar (GTK_WINDOW (d->window), header);

  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (outer, 18);
  gtk_widget_set_margin_end (outer, 18);
  gtk_widget_set_margin_top (outer, 12);
  gtk_widget_set_margin_bottom (outer, 18);
  title = gtk_label_new (n ? n->title : _("The activity is gone."));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (outer), title);
  d->message = gtk_label_new ("");
  gtk_label_set_wrap (GTK_LABEL (d->message), TRUE);
  gtk_widget_add_css_class (d->message, "error");
  gtk_widget_set_visible (d->message, FALSE);
  gtk_box_append (GTK_BOX (outer), d->message);

  gtk_box_append (GTK_BOX (outer), heading (_("Indicators")));
  d->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (outer), d->list);
  for (guint i = 0; n && i < n->indicators->len; i++)
    add_indicator_row (d, g_ptr_array_index (n->indicators, i));
  add = gtk_button_new_with_mnemonic (_("_Add an Indicator"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (prs_plan_activity_dialog_add_indicator), d->window);
  gtk_box_append (GTK_BOX (outer), add);

  gtk_box_append (GTK_BOX (outer), heading (_("Responsible units")));
  d->all_units = gtk_check_button_new_with_mnemonic (_("A_ll units"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d->all_units), n && n->all_units);
  g_signal_connect (d->all_units, "toggled", G_CALLBACK (all_units_toggled), d);
  gtk_box_append (GTK_BOX (outer), d->all_units);
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  for (guint i = 0; units && i < units->len; i++)
    {
      PrsUnitBrief *u = g_ptr_array_index (units, i);
      GtkWidget *c = gtk_check_button_new_with_label (u->name);
      gboolean on = FALSE;

      for (guint j = 0; n && j < n->units->len; j++)
        on |= g_strcmp0 (g_ptr_array_index (n->units, j), u->name) == 0;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (c), on);
      gtk_widget_set_sensitive (c, !(n && n->all_units));
      gtk_flow_box_append (GTK_FLOW_BOX (flow), c);
      g_hash_table_insert (d->units, g_strdup (u->name), c);
      g_hash_table_insert (d->unit_ids, c, g_memdup2 (&u->id, sizeof u->id));
    }
  gtk_box_append (GTK_BOX (outer), flow);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), outer);
  gtk_window_set_child (GTK_WINDOW (d->window), scroller);
  return d->window;
}
