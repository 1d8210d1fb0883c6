/* prs-plan-activity-dialog.c: an activity's due date, indicators and responsible
 * units
 *
 * A template window (prs-plan-activity-dialog.ui); the indicator rows and the
 * units' check buttons are built here from the activity and the workspace. The
 * due date is picked in the calendar popover the sheet's date cells use and kept
 * here until Save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-date-popover.h"
#include "prs-plan-activity-dialog.h"
#include "prs-sheet.h"
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

struct _PrsPlanActivityDialog
{
  GtkWindow parent_instance;

  PrsStore *store;
  gint64 plan_id;
  gint64 node_id;
  GPtrArray *rows;        /* IndicatorRow */
  GHashTable *units;      /* name -> check button */
  GHashTable *unit_ids;   /* check button -> gint64 * */
  gboolean is_activity;   /* groups have no due date */
  char *due;              /* ISO or NULL: as Save will write it */
  char *due_stored;       /* ISO or NULL: as read */
  gboolean thai_digits;
  PrsDateStyle date_style;
  GtkWidget *due_popover; /* PrsDatePopover */

  /* template children */
  GtkWidget *title;
  GtkWidget *list;        /* box of indicator rows */
  GtkWidget *message;
  GtkWidget *all_units;
  GtkWidget *units_box;
  GtkWidget *due_list;
  GtkWidget *due_row;
  GtkWidget *due_value;
  GtkWidget *due_pick;
  GtkWidget *due_clear;
};

G_DEFINE_FINAL_TYPE (PrsPlanActivityDialog, prs_plan_activity_dialog, GTK_TYPE_WINDOW)

typedef PrsPlanActivityDialog Dialog;

static Dialog *
dialog_of (GtkWidget *w)
{
  return PRS_PLAN_ACTIVITY_DIALOG (w);
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
show_due (Dialog *d)
{
  g_autofree char *shown = prs_sheet_format_date (d->due, d->thai_digits, d->date_style);

  /* Translators: an activity without a due date */
  gtk_label_set_text (GTK_LABEL (d->due_value), shown ? shown : C_("due date", "Not set"));
  gtk_widget_set_sensitive (d->due_clear, d->due != NULL);
}

static void
set_due (Dialog *d, char *iso)
{
  g_free (d->due);
  d->due = iso;
  show_due (d);
}

/* The calendar opens on the date the row shows, or today. */
static void
due_popover_show (GtkWidget *popover, Dialog *d)
{
  prs_date_popover_reset (PRS_DATE_POPOVER (popover), d->due);
}

static void
due_popover_set (PrsDatePopover *popover, gboolean by_key, Dialog *d)
{
  set_due (d, prs_date_popover_get_iso (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
due_popover_clear (PrsDatePopover *popover, Dialog *d)
{
  set_due (d, NULL);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
due_popover_cancel (PrsDatePopover *popover, Dialog *d)
{
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A click on the row, or its mnemonic: the calendar (the menu button's own
 * mnemonic activation only focuses it) */
static void
due_row_activated (Dialog *d)
{
  if (!gtk_widget_get_visible (d->due_popover))
    gtk_menu_button_popup (GTK_MENU_BUTTON (d->due_pick));
}

static void
due_clear_clicked (Dialog *d)
{
  set_due (d, NULL);
  gtk_widget_grab_focus (d->due_pick);
}

void
prs_plan_activity_dialog_set_date_display (GtkWidget *dialog, gboolean thai_digits, PrsDateStyle style)
{
  Dialog *d = dialog_of (dialog);

  d->thai_digits = thai_digits;
  d->date_style = style;
  prs_date_popover_set_display (PRS_DATE_POPOVER (d->due_popover), thai_digits, style);
  show_due (d);
}

GtkWidget *
prs_plan_activity_dialog_get_due_widget (GtkWidget *dialog, const char *part)
{
  Dialog *d = dialog_of (dialog);

  if (g_str_equal (part, "row"))
    return d->due_row;
  if (g_str_equal (part, "value"))
    return d->due_value;
  if (g_str_equal (part, "pick"))
    return d->due_pick;
  if (g_str_equal (part, "clear"))
    return d->due_clear;
  if (g_str_equal (part, "calendar"))
    return d->due_popover;
  return NULL;
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

  if (!prs_store_begin_edit (d->store, _("Edit activity details"), error))
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
  if (d->is_activity && g_strcmp0 (d->due, d->due_stored) != 0
      && !prs_store_activity_set_due_date (d->store, d->node_id, d->due, error))
    goto fail;
  if (!prs_store_end_edit (d->store, error))
    return FALSE;
  g_free (d->due_stored);
  d->due_stored = g_strdup (d->due);
  return TRUE;

fail:
  prs_store_cancel_edit (d->store);
  return FALSE;
}

static void
save_clicked (Dialog *d)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_activity_dialog_save (GTK_WIDGET (d), &error))
    {
      gtk_label_set_text (GTK_LABEL (d->message), error->message);
      gtk_widget_set_visible (d->message, TRUE);
    }
  else
    gtk_window_destroy (GTK_WINDOW (d));
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

static void
prs_plan_activity_dialog_dispose (GObject *object)
{
  Dialog *d = PRS_PLAN_ACTIVITY_DIALOG (object);

  g_clear_object (&d->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PLAN_ACTIVITY_DIALOG);
  G_OBJECT_CLASS (prs_plan_activity_dialog_parent_class)->dispose (object);
}

static void
prs_plan_activity_dialog_finalize (GObject *object)
{
  Dialog *d = PRS_PLAN_ACTIVITY_DIALOG (object);

  g_ptr_array_unref (d->rows);
  g_hash_table_unref (d->units);
  g_hash_table_unref (d->unit_ids);
  g_free (d->due);
  g_free (d->due_stored);
  G_OBJECT_CLASS (prs_plan_activity_dialog_parent_class)->finalize (object);
}

static void
prs_plan_activity_dialog_class_init (PrsPlanActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_plan_activity_dialog_dispose;
  object_class->finalize = prs_plan_activity_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-plan-activity-dialog.ui");
  /* Escape closes, as in a dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, title);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, list);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, message);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, all_units);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, units_box);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, due_list);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, due_value);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, due_pick);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanActivityDialog, due_clear);
  gtk_widget_class_bind_template_callback (widget_class, due_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, due_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, all_units_toggled);
  gtk_widget_class_bind_template_callback (widget_class, prs_plan_activity_dialog_add_indicator);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

static void
prs_plan_activity_dialog_init (PrsPlanActivityDialog *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unit_ids = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->date_style = PRS_DATE_STYLE_LONG;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->due_popover = prs_date_popover_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->due_pick), self->due_popover);
  /* the button is at the window's right edge: the calendar opens leftwards */
  gtk_widget_set_halign (self->due_popover, GTK_ALIGN_END);
  g_signal_connect (self->due_popover, "show", G_CALLBACK (due_popover_show), self);
  g_signal_connect (self->due_popover, "set", G_CALLBACK (due_popover_set), self);
  g_signal_connect (self->due_popover, "clear", G_CALLBACK (due_popover_clear), self);
  g_signal_connect (self->due_popover, "cancel", G_CALLBACK (due_popover_cancel), self);
}

GtkWidget *
prs_plan_activity_dialog_new (GtkWindow *parent, PrsStore *store, gint64 plan_id, gint64 node_id)
{
  Dialog *d = g_object_new (PRS_TYPE_PLAN_ACTIVITY_DIALOG, "transient-for", parent, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (store, plan_id, 0, &error);
  PrsPlanNodeInfo *n = t ? prs_plan_tree_find (t, node_id) : NULL;
  g_autoptr (GPtrArray) units = error ? NULL : prs_store_list_units_brief (store, &error);

  if (error != NULL)
    {
      /* Nothing to change then: a change made on what could not be read would
       * overwrite what is there. */
      gtk_label_set_text (GTK_LABEL (d->message), error->message);
      gtk_widget_set_visible (d->message, TRUE);
      gtk_widget_set_sensitive (d->list, FALSE);
      gtk_widget_set_sensitive (gtk_widget_get_next_sibling (d->list), FALSE); /* Add an Indicator */
      gtk_widget_set_sensitive (d->all_units, FALSE);
      gtk_widget_set_sensitive (d->units_box, FALSE);
      gtk_widget_set_sensitive (d->due_list, FALSE);
    }
  d->store = g_object_ref (store);
  d->plan_id = plan_id;
  d->node_id = node_id;
  gtk_label_set_text (GTK_LABEL (d->title), n ? n->title : _("The activity is gone."));
  d->is_activity = n && n->is_activity;
  if (n && n->is_activity && n->due_date && *n->due_date)
    {
      d->due_stored = g_strdup (n->due_date);
      d->due = g_strdup (n->due_date);
    }
  /* a group row has no due date; one that could not be read shows none, greyed */
  gtk_widget_set_visible (d->due_list, n == NULL || n->is_activity);
  gtk_widget_set_sensitive (d->due_list, d->is_activity && error == NULL);
  show_due (d);
  for (guint i = 0; n && i < n->indicators->len; i++)
    add_indicator_row (d, g_ptr_array_index (n->indicators, i));
  g_signal_handlers_block_by_func (d->all_units, all_units_toggled, d);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d->all_units), n && n->all_units);
  g_signal_handlers_unblock_by_func (d->all_units, all_units_toggled, d);
  for (guint i = 0; units && i < units->len; i++)
    {
      PrsUnitBrief *u = g_ptr_array_index (units, i);
      GtkWidget *c = gtk_check_button_new_with_label (u->name);
      gboolean on = FALSE;

      for (guint j = 0; n && j < n->units->len; j++)
        on |= g_strcmp0 (g_ptr_array_index (n->units, j), u->name) == 0;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (c), on);
      gtk_widget_set_sensitive (c, !(n && n->all_units));
      gtk_flow_box_append (GTK_FLOW_BOX (d->units_box), c);
      g_hash_table_insert (d->units, g_strdup (u->name), c);
      g_hash_table_insert (d->unit_ids, c, g_memdup2 (&u->id, sizeof u->id));
    }
  return GTK_WIDGET (d);
}
