/* prs-plans-page-actions.c: the Plans page's row commands (add, indent, outdent,
 * move by keys and by drag, delete), plan commands (copy, approve, revise, levels)
 * and the windows it opens (activity details, progress, comparison, the year's
 * plans)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "prs-core.h"
#include "prs-plan-activity-dialog.h"
#include "prs-plan-compare-window.h"
#include "prs-plan-list-window.h"
#include "prs-plan-progress-dialog.h"
#include "prs-plans-page-private.h"

/* ---- row commands ---------------------------------------------------------------------- */

static PrsPlanNodeInfo *
cursor_node (PrsPlansPage *self)
{
  guint row = 0, col = 0;

  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &col);
  return prs_plans_page_row_node (self, row);
}

static void
focus_node (PrsPlansPage *self, gint64 id)
{
  guint row = 0, col = 0;

  prs_section_page_flush_refresh (PRS_SECTION_PAGE (self));
  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &col);
  for (guint i = 0; self->rows && i < self->rows->len; i++)
    if (((PrsPlanNodeInfo *) g_ptr_array_index (self->rows, i))->id == id)
      prs_sheet_set_cursor (PRS_SHEET (self->sheet), i, col);
}

void
prs_plans_page_report_error (PrsPlansPage *self, GError *error)
{
  if (error)
    prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
}

static void
add_row (PrsPlansPage *self, gboolean activity)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPlanNodeInfo *n = cursor_node (self);
  g_autoptr (GError) error = NULL;
  gint64 parent = 0, id;
  int position = -1;

  if (!self->plan_id)
    return;
  if (n && activity && !n->is_activity)
    parent = n->id; /* first in the group */
  else if (n)
    {
      parent = n->parent_id;
      position = (int) n->position + 1;
    }
  if (n && activity && !n->is_activity)
    position = 0;
  id = prs_store_plan_add_node (store, self->plan_id, parent, position,
                                activity ? _("New activity") : _("New group"), activity, &error);
  if (!id)
    prs_plans_page_report_error (self, error);
  else
    focus_node (self, id);
}

static void
indent_row (PrsPlansPage *self, gboolean in)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPlanNodeInfo *n = cursor_node (self);
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (n == NULL)
    return;
  id = n->id;
  if (!(in ? prs_store_plan_indent_node (store, id, &error) : prs_store_plan_outdent_node (store, id, &error)))
    prs_plans_page_report_error (self, error);
  else
    focus_node (self, id);
}

static void
move_row (PrsPlansPage *self, int delta)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPlanNodeInfo *n = cursor_node (self);
  g_autoptr (GError) error = NULL;
  gint64 id;
  int pos;

  if (n == NULL)
    return;
  id = n->id;
  pos = (int) n->position + delta;
  if (pos < 0)
    return;
  if (!prs_store_plan_move_node (store, id, n->parent_id, pos, &error))
    prs_plans_page_report_error (self, error);
  else
    focus_node (self, id);
}

static void
delete_row (PrsPlansPage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPlanNodeInfo *n = cursor_node (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (n == NULL)
    return;
  message = g_strdup_printf (_("Deleted “%s”"), n->title);
  if (!prs_store_plan_delete_node (store, n->id, &error))
    prs_plans_page_report_error (self, error);
  else
    prs_section_page_undo_toast (PRS_SECTION_PAGE (self), message);
}

static void
copy_plan (PrsPlansPage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (!self->tree)
    return;
  id = prs_store_copy_plan (store, self->plan_id, self->tree->fiscal_year + 1, &error);
  if (!id)
    {
      prs_plans_page_report_error (self, error);
      return;
    }
  prs_section_page_update_choosers (PRS_SECTION_PAGE (self));
  prs_section_page_undo_toast (PRS_SECTION_PAGE (self), _("Copied as next year’s draft"));
}

static void
approve_response (AdwMessageDialog *dialog, const char *response, PrsPlansPage *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *date = gtk_widget_get_first_child (box);
  GtkWidget *reference = gtk_widget_get_next_sibling (date);
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "approve"))
    return;
  if (!prs_store_plan_approve (prs_section_page_get_store (PRS_SECTION_PAGE (self)), self->plan_id,
                               gtk_editable_get_text (GTK_EDITABLE (date)),
                               gtk_editable_get_text (GTK_EDITABLE (reference)), &error))
    prs_plans_page_report_error (self, error);
  else
    prs_section_page_undo_toast (PRS_SECTION_PAGE (self), _("Plan approved"));
}

static void
approve_plan (PrsPlansPage *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *box, *date, *reference;
  PrsDate today;
  g_autofree char *iso = NULL;

  if (!self->plan_id)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                                                       _("Approve the Plan"),
                                                       _("The date of the meeting’s resolution and its reference, "
                                                         "as the minutes give them.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  date = gtk_entry_new ();
  prs_date_today (&today);
  iso = prs_date_to_iso (&today);
  gtk_editable_set_text (GTK_EDITABLE (date), iso);
  gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  reference = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (reference), _("Meeting 1/2569, agenda 4.1"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reference), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reference"), -1);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), reference);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "approve", _("_Approve"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "approve", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (approve_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
revise_plan (PrsPlansPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (!self->plan_id)
    return;
  id = prs_store_plan_revise (prs_section_page_get_store (PRS_SECTION_PAGE (self)), self->plan_id, &error);
  if (!id)
    {
      prs_plans_page_report_error (self, error);
      return;
    }
  self->plan_id = id;
  prs_section_page_undo_toast (PRS_SECTION_PAGE (self), _("A new version to revise"));
}

static void
levels_response (AdwMessageDialog *dialog, const char *response, PrsPlansPage *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *entry = gtk_widget_get_first_child (box);
  GtkWidget *across = gtk_widget_get_next_sibling (entry);
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) parts = NULL;
  g_autoptr (GPtrArray) levels = g_ptr_array_new ();

  if (!g_str_equal (response, "save"))
    return;
  parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (entry)), ">", -1);
  for (guint i = 0; parts[i]; i++)
    if (*g_strstrip (parts[i]))
      g_ptr_array_add (levels, parts[i]);
  g_ptr_array_add (levels, NULL);
  if (!prs_store_begin_edit (store, _("Levels and numbering"), &error)
      || !prs_store_plan_set_levels (store, self->plan_id, (const char *const *) levels->pdata, &error)
      || !prs_store_plan_set_numbering (store, self->plan_id,
                                        gtk_check_button_get_active (GTK_CHECK_BUTTON (across)), &error))
    {
      if (prs_store_in_edit (store))
        prs_store_cancel_edit (store);
      prs_plans_page_report_error (self, error);
      return;
    }
  if (!prs_store_end_edit (store, &error))
    prs_plans_page_report_error (self, error);
}

static void
edit_levels (PrsPlansPage *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *box, *entry, *across;
  g_autoptr (GString) text = g_string_new (NULL);

  if (!self->tree)
    return;
  for (guint i = 0; i < self->tree->levels->len; i++)
    g_string_append_printf (text, "%s%s", i ? " > " : "", (char *) g_ptr_array_index (self->tree->levels, i));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                                                       _("Levels and Numbering"),
                                                       _("The plan’s levels from the top, 2 to 5, separated by “>”: "
                                                         "ยุทธศาสตร์ > กิจกรรม, or ยุทธศาสตร์ > กลยุทธ์ > แนวทางปฏิบัติ > "
                                                         "กิจกรรม/โครงการ.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Levels"), -1);
  across = gtk_check_button_new_with_mnemonic (_("Number activities _across the plan (1, 2, 3 … rather than 2.1, 2.2)"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (across), g_str_equal (self->tree->numbering, "across_plan"));
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), across);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (levels_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
/* ---- moving rows by drag: the row's number (the row-title column) is the handle ---- */

static int
row_at (PrsPlansPage *self, double x, double y, gboolean titles_only, gboolean *lower_half)
{
  guint n = self->rows ? self->rows->len : 0;

  for (guint r = 0; r < n; r++)
    {
      graphene_rect_t area;

      if (!prs_sheet_get_cell_area (PRS_SHEET (self->sheet), r, -1, &area))
        continue;
      if (y < area.origin.y || y >= area.origin.y + area.size.height)
        continue;
      if (titles_only && (x < area.origin.x || x >= area.origin.x + area.size.width))
        return -1;
      if (lower_half)
        *lower_half = y >= area.origin.y + area.size.height / 2;
      return (int) r;
    }
  return -1;
}

/* Moves the node of row @from to the place of row @to: before it, or after it when
 * @after; a group row dropped on keeps its level. One undo step. */
gboolean
prs_plans_page_drop_row (PrsPlansPage *self, guint from, guint to, gboolean after, GError **error)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPlanNodeInfo *a = prs_plans_page_row_node (self, from), *b = prs_plans_page_row_node (self, to);
  GPtrArray *siblings;
  int pos = -1;
  gint64 id;

  if (a == NULL || b == NULL || a == b)
    return TRUE;
  for (PrsPlanNodeInfo *p = b->parent; p; p = p->parent)
    if (p == a)
      {
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("A row cannot move under itself."));
        return FALSE;
      }
  siblings = b->parent ? b->parent->children : self->tree->roots;
  for (guint i = 0, k = 0; i < siblings->len; i++)
    {
      PrsPlanNodeInfo *s = g_ptr_array_index (siblings, i);
      if (s == a)
        continue;
      if (s == b)
        pos = (int) k + (after ? 1 : 0);
      k++;
    }
  id = a->id;
  if (!prs_store_plan_move_node (store, id, b->parent_id, pos, error))
    return FALSE;
  focus_node (self, id);
  return TRUE;
}

static GdkContentProvider *
drag_prepare (GtkDragSource *source, double x, double y, PrsPlansPage *self)
{
  int row = row_at (self, x, y, TRUE, NULL);
  g_autofree char *text = NULL;

  if (row < 0 || prs_sheet_is_editing (PRS_SHEET (self->sheet)))
    return NULL;
  self->drag_row = row;
  text = g_strdup_printf ("prongsai-plan-row:%d", row);
  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static gboolean
drop_done (GtkDropTarget *target, const GValue *value, double x, double y, PrsPlansPage *self)
{
  g_autoptr (GError) error = NULL;
  gboolean after = FALSE;
  int to = row_at (self, x, y, FALSE, &after);
  const char *text = g_value_get_string (value);

  if (to < 0 || self->drag_row < 0 || !g_str_has_prefix (text ? text : "", "prongsai-plan-row:"))
    return FALSE;
  if (!prs_plans_page_drop_row (self, (guint) self->drag_row, (guint) to, after, &error))
    {
      prs_plans_page_report_error (self, error);
      self->drag_row = -1;
      return FALSE;
    }
  self->drag_row = -1;
  prs_section_page_undo_toast (PRS_SECTION_PAGE (self), _("Row moved"));
  return TRUE;
}

void
prs_plans_page_setup_drag (PrsPlansPage *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  self->drag_row = -1;
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), self);
  gtk_widget_add_controller (self->sheet, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_done), self);
  gtk_widget_add_controller (self->sheet, GTK_EVENT_CONTROLLER (target));
}

/* The cursor's activity, or a toast saying one is needed. */
static PrsPlanNodeInfo *
cursor_activity (PrsPlansPage *self)
{
  PrsPlanNodeInfo *n = self->sheet ? cursor_node (self) : NULL;

  if (n == NULL || !n->is_activity)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("Put the cursor on an activity first."));
      return NULL;
    }
  return n;
}

static GtkWindow *
page_window (PrsPlansPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_progress (PrsPlansPage *self)
{
  PrsPlanNodeInfo *n = cursor_activity (self);
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  int round;

  if (n == NULL)
    return;
  round = prs_store_plan_latest_round (store, self->plan_id, &error);
  if (round < 0)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
      prs_section_page_toast (PRS_SECTION_PAGE (self), message);
      return;
    }
  self->last_dialog = prs_plan_progress_dialog_new (page_window (self), store, self->plan_id, n->id,
                                                    round ? round : 6);
  g_object_add_weak_pointer (G_OBJECT (self->last_dialog), (gpointer *) &self->last_dialog);
  gtk_window_present (GTK_WINDOW (self->last_dialog));
}

static void
open_details (PrsPlansPage *self)
{
  PrsPlanNodeInfo *n = cursor_activity (self);

  if (n == NULL)
    return;
  self->last_dialog = prs_plan_activity_dialog_new (page_window (self),
                                                    prs_section_page_get_store (PRS_SECTION_PAGE (self)),
                                                    self->plan_id, n->id);
  prs_plan_activity_dialog_set_date_display (self->last_dialog,
                                             prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self)),
                                             prs_section_page_get_date_style (PRS_SECTION_PAGE (self)));
  g_object_add_weak_pointer (G_OBJECT (self->last_dialog), (gpointer *) &self->last_dialog);
  gtk_window_present (GTK_WINDOW (self->last_dialog));
}

static void
open_compare (PrsPlansPage *self)
{
  g_autofree char *one = NULL;

  if (self->tree == NULL || self->tree->parent_plan_id == 0)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("This plan has no earlier version to compare with."));
      return;
    }
  one = prs_plans_page_digits (self, g_strdup ("1"));
  self->last_dialog = prs_plan_compare_window_new (page_window (self),
                                                   prs_section_page_get_store (PRS_SECTION_PAGE (self)),
                                                   self->tree->parent_plan_id, self->plan_id,
                                                   !g_str_equal (one, "1"));
  g_object_add_weak_pointer (G_OBJECT (self->last_dialog), (gpointer *) &self->last_dialog);
  gtk_window_present (GTK_WINDOW (self->last_dialog));
}

static void
list_open (gint64 plan_id, gpointer data)
{
  prs_plans_page_set_plan (PRS_PLANS_PAGE (data), plan_id);
}

static void
open_list (PrsPlansPage *self)
{
  g_autofree char *one = prs_plans_page_digits (self, g_strdup ("1"));
  int year = prs_section_page_get_year (PRS_SECTION_PAGE (self));

  if (year <= 0 && self->tree)
    year = self->tree->fiscal_year;
  self->last_dialog = prs_plan_list_window_new (page_window (self),
                                                prs_section_page_get_store (PRS_SECTION_PAGE (self)), year,
                                                !g_str_equal (one, "1"), list_open, self);
  g_object_add_weak_pointer (G_OBJECT (self->last_dialog), (gpointer *) &self->last_dialog);
  gtk_window_present (GTK_WINDOW (self->last_dialog));
}

void
prs_plans_page_action_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  PrsPlansPage *self = data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "add-activity"))
    add_row (self, TRUE);
  else if (g_str_equal (name, "add-group"))
    add_row (self, FALSE);
  else if (g_str_equal (name, "indent"))
    indent_row (self, TRUE);
  else if (g_str_equal (name, "outdent"))
    indent_row (self, FALSE);
  else if (g_str_equal (name, "move-up"))
    move_row (self, -1);
  else if (g_str_equal (name, "move-down"))
    move_row (self, 1);
  else if (g_str_equal (name, "delete-row"))
    delete_row (self);
  else if (g_str_equal (name, "copy-plan"))
    copy_plan (self);
  else if (g_str_equal (name, "approve"))
    approve_plan (self);
  else if (g_str_equal (name, "revise"))
    revise_plan (self);
  else if (g_str_equal (name, "levels"))
    edit_levels (self);
  else if (g_str_equal (name, "progress"))
    open_progress (self);
  else if (g_str_equal (name, "details"))
    open_details (self);
  else if (g_str_equal (name, "compare"))
    open_compare (self);
  else if (g_str_equal (name, "list"))
    open_list (self);
}

GtkWidget *
prs_plans_page_bar_button (const char *icon, const char *tooltip, const char *action)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (b, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return b;
}

