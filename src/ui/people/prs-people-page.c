/* prs-people-page.c: The People & Units section: the agency's units and staff
 *
 * Left, the unit tree (ministry > department > bureau > group) with its staff
 * counts and the unit actions: add, rename, move, merge. Right, the staff list on
 * the virtual sheet (20,000 people cost one screen): search by any part of a name
 * (titles ignored), filters by staff type and by who is still working; position,
 * staff type and "active" are edited in place through the store (undo), and the
 * whole person (title, names, unit too) in the Edit Person dialog. People
 * who leave are unticked, not deleted: they keep their history. Import
 * (section.import) reads a roster and shows what it would change first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-file-dialog.h"
#include "prs-people-page.h"
#include "prs-people-view.h"
#include "prs-sheet.h"
#include "prs-store-people.h"

enum { COL_POSITION, COL_UNIT, COL_TYPE, COL_ACTIVE, N_COLS };
enum { SHOW_ALL, SHOW_ACTIVE, SHOW_LEFT };

typedef struct
{
  gint64 id;
  gint64 parent;
  char  *name;
  char  *abbreviation;
  guint  depth;
} UnitRow;

struct _PrsPeoplePage
{
  PrsSectionPage parent_instance;

  GtkWidget *units_list;   /* GtkListBox */
  GtkWidget *search;
  GtkWidget *types;
  GtkWidget *status;
  GtkWidget *sheet;
  GtkWidget *count;

  GPtrArray *units;        /* UnitRow, tree order */
  GPtrArray *people;       /* PrsPersonRow (prs_people_list) */
  gint64     unit_filter;
  gint64     n_people;
  guint      prepare_id;   /* idle: the search keys made before the first search */
};

G_DEFINE_FINAL_TYPE (PrsPeoplePage, prs_people_page, PRS_TYPE_SECTION_PAGE)

static void
unit_row_free (gpointer data)
{
  UnitRow *u = data;
  g_free (u->name);
  g_free (u->abbreviation);
  g_free (u);
}

/* ---- the staff list ---- */

/* The first search would otherwise normalise every name at once (about 50 ms
 * of CPU for 20,000 people): made while idle, 500 names (a few ms) a turn. */
static gboolean
prepare_search_step (gpointer data)
{
  PrsPeoplePage *self = data;

  if (!prs_people_prepare_search (prs_section_page_get_store (PRS_SECTION_PAGE (self)), 500))
    return G_SOURCE_CONTINUE;
  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
reload_people (PrsPeoplePage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  guint type_choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->types));
  guint show = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status));
  PrsPeopleFilter filter = { gtk_editable_get_text (GTK_EDITABLE (self->search)), self->unit_filter,
                             type_choice == 0 ? 0 : 1u << (type_choice - 1),
                             show == SHOW_ALL ? -1 : show == SHOW_ACTIVE ? 1 : 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GPtrArray *rows = prs_people_list (store, &filter, &error);

  if (rows == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->people = rows;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", rows->len), rows->len);
  gtk_label_set_text (GTK_LABEL (self->count), prs_section_page_digits (PRS_SECTION_PAGE (self), g_steal_pointer (&text)));
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), rows->len);
  if (self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_search_step, self, NULL);
}

static char *
people_get_cell (gpointer data, guint row, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsPeoplePage *self = data;
  PrsPersonRow *p = self->people->pdata[row];

  *flags = PRS_SHEET_CELL_EDITABLE;
  switch (column)
    {
    case COL_POSITION:
      return g_strdup (p->position);
    case COL_UNIT:
      *flags = PRS_SHEET_CELL_NONE;
      return g_strdup (p->unit_name);
    case COL_TYPE:
      return g_strdup (prs_staff_type_get_label (p->staff_type));
    case COL_ACTIVE:
    default:
      *tooltip = g_strdup (_("Untick when the person leaves; their history stays."));
      return p->active ? g_strdup ("1") : NULL;
    }
}

static char *
people_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  PrsPeoplePage *self = data;

  return prs_person_row_display_name (self->people->pdata[row]);
}

static gboolean
people_set_cell (gpointer data, guint row, guint column, const char *text, GError **error)
{
  PrsPeoplePage *self = data;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  PrsPersonRow *p = self->people->pdata[row];
  PrsStaffType type;

  switch (column)
    {
    case COL_POSITION:
      return prs_store_update (store, "people", p->id, error, "position", PRS_TEXT (text), NULL);
    case COL_TYPE:
      for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
        if (g_strcmp0 (text, prs_staff_type_get_label (t)) == 0)
          return prs_store_update (store, "people", p->id, error, "staff_type",
                                   PRS_TEXT (prs_staff_type_to_string (t)), NULL);
      if (!prs_staff_type_parse (text, &type))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a staff type."), text);
          return FALSE;
        }
      return prs_store_update (store, "people", p->id, error, "staff_type",
                               PRS_TEXT (prs_staff_type_to_string (type)), NULL);
    case COL_ACTIVE:
      return prs_people_set_active (store, p->id, text && *text && !g_str_equal (text, "0"), error);
    default:
      return TRUE;
    }
}

static const PrsSheetFuncs people_funcs = {
  .get_cell = people_get_cell,
  .get_row_title = people_get_row_title,
  .set_cell = people_set_cell,
};

/* ---- the unit tree ---- */

static void
reload_units (PrsPeoplePage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) counts = prs_store_count_staff_by_unit_and_type (store, &error);
  GtkWidget *child, *select = NULL;

  /* unreadable: said, and the tree shows only "Everybody" rather than pass for no units */
  if (counts == NULL && error != NULL)
    prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = g_ptr_array_new_with_free_func (unit_row_free);
  while ((child = gtk_widget_get_first_child (self->units_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->units_list), child);
  {
    GtkWidget *row = gtk_label_new (_("Everybody"));

    gtk_label_set_xalign (GTK_LABEL (row), 0);
    gtk_widget_set_margin_start (row, 6);
    gtk_widget_set_margin_top (row, 4);
    gtk_widget_set_margin_bottom (row, 4);
    gtk_list_box_append (GTK_LIST_BOX (self->units_list), row);
    if (self->unit_filter == 0)
      select = gtk_widget_get_parent (row);
  }
  for (guint i = 0; counts && i < counts->len; i++)
    {
      PrsStaffCount *c = counts->pdata[i];
      UnitRow *u = g_new0 (UnitRow, 1);
      g_autofree char *text = NULL;
      GtkWidget *label;

      u->id = c->unit_id;
      u->name = g_strdup (c->name);
      u->abbreviation = g_strdup (c->abbreviation);
      u->depth = c->depth;
      g_ptr_array_add (self->units, u);
      text = g_strdup_printf ("%s%s%s  (%u)", c->name, c->abbreviation && *c->abbreviation ? " · " : "",
                              c->abbreviation ? c->abbreviation : "", c->total);
      label = gtk_label_new (prs_section_page_digits (PRS_SECTION_PAGE (self), g_steal_pointer (&text)));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 6 + 16 * (int) c->depth);
      gtk_widget_set_margin_top (label, 4);
      gtk_widget_set_margin_bottom (label, 4);
      gtk_widget_set_tooltip_text (label, c->name);
      gtk_list_box_append (GTK_LIST_BOX (self->units_list), label);
      if (u->id == self->unit_filter)
        select = gtk_widget_get_parent (label);
    }
  if (select)
    gtk_list_box_select_row (GTK_LIST_BOX (self->units_list), GTK_LIST_BOX_ROW (select));
}

static UnitRow *
selected_unit (PrsPeoplePage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->units_list));
  int index = row ? gtk_list_box_row_get_index (row) : 0;

  return index > 0 && self->units && (guint) index <= self->units->len ? self->units->pdata[index - 1] : NULL;
}

static void
unit_selected (PrsPeoplePage *self)
{
  UnitRow *u = selected_unit (self);
  gint64 id = u ? u->id : 0;

  if (id == self->unit_filter)
    return;
  self->unit_filter = id;
  reload_people (self);
}

/* A dialog with a name and an abbreviation, or a unit to choose. */
typedef enum { UNIT_ADD, UNIT_RENAME, UNIT_MOVE, UNIT_MERGE } UnitAction;

typedef struct
{
  PrsPeoplePage *self;
  UnitAction     action;
  gint64         unit;
  GtkWidget     *name;
  GtkWidget     *abbreviation;
  GtkWidget     *target;     /* GtkDropDown of units (move: "top of the tree" first) */
} UnitDialog;

static void
unit_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  UnitDialog *d = user_data;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (d->self));
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;

  if (g_str_equal (response, "apply"))
    {
      guint t = d->target ? gtk_drop_down_get_selected (GTK_DROP_DOWN (d->target)) : 0;
      gint64 target = 0;

      if (d->target && d->action == UNIT_MOVE)
        target = t == 0 ? 0 : ((UnitRow *) d->self->units->pdata[t - 1])->id;
      else if (d->target)
        target = ((UnitRow *) d->self->units->pdata[t])->id;
      switch (d->action)
        {
        case UNIT_ADD:
          ok = prs_people_add_unit (store, d->unit, gtk_editable_get_text (GTK_EDITABLE (d->name)),
                                    gtk_editable_get_text (GTK_EDITABLE (d->abbreviation)), &error) != 0;
          break;
        case UNIT_RENAME:
          ok = prs_people_rename_unit (store, d->unit, gtk_editable_get_text (GTK_EDITABLE (d->name)),
                                       gtk_editable_get_text (GTK_EDITABLE (d->abbreviation)), &error);
          break;
        case UNIT_MOVE:
          ok = prs_people_move_unit (store, d->unit, target, &error);
          break;
        case UNIT_MERGE:
          ok = prs_people_merge_units (store, d->unit, target, &error);
          if (ok)
            d->self->unit_filter = target;
          break;
        }
      if (!ok)
        prs_section_page_toast (PRS_SECTION_PAGE (d->self), error->message);
      else
        prs_section_page_undo_toast (PRS_SECTION_PAGE (d->self), _("Units changed"));
    }
  g_object_unref (d->self);
  g_free (d);
}

static void
unit_dialog (PrsPeoplePage *self, UnitAction action)
{
  static const char * const headings[] = { N_("Add Unit"), N_("Rename Unit"), N_("Move Unit"), N_("Merge Units") };
  UnitRow *u = selected_unit (self);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *box;
  UnitDialog *d;

  if (u == NULL && action != UNIT_ADD)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("Choose a unit first."));
      return;
    }
  d = g_new0 (UnitDialog, 1);
  d->self = g_object_ref (self);
  d->action = action;
  d->unit = u ? u->id : 0;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (action == UNIT_ADD || action == UNIT_RENAME)
    {
      d->name = gtk_entry_new ();
      d->abbreviation = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (d->name), _("Full name, e.g. สำนักบริหารกลาง"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (d->abbreviation), _("Abbreviation, e.g. สบก."));
      if (action == UNIT_RENAME)
        {
          gtk_editable_set_text (GTK_EDITABLE (d->name), u->name);
          gtk_editable_set_text (GTK_EDITABLE (d->abbreviation), u->abbreviation);
        }
      gtk_box_append (GTK_BOX (box), d->name);
      gtk_box_append (GTK_BOX (box), d->abbreviation);
      body = action == UNIT_ADD && u ? g_strdup_printf (_("A new unit under %s."), u->name)
                                     : g_strdup (action == UNIT_ADD ? _("A new unit at the top.") : "");
    }
  else
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new ();

      if (action == UNIT_MOVE)
        g_ptr_array_add (names, (gpointer) _("(the top of the tree)"));
      for (guint i = 0; i < self->units->len; i++)
        g_ptr_array_add (names, ((UnitRow *) self->units->pdata[i])->name);
      g_ptr_array_add (names, NULL);
      d->target = gtk_drop_down_new_from_strings ((const char * const *) names->pdata);
      gtk_box_append (GTK_BOX (box), d->target);
      body = action == UNIT_MOVE ? g_strdup_printf (_("Move %s under:"), u->name)
                                 : g_strdup_printf (_("Merge %s into the unit below: its people, sub-units and "
                                                      "records move there and %s goes."), u->name, u->name);
    }
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _(headings[action]), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              action == UNIT_MERGE ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  g_signal_connect (dialog, "response", G_CALLBACK (unit_dialog_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
unit_action (GtkWidget *widget, const char *action, GVariant *parameter)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (widget);

  if (g_str_equal (action, "people.unit-add"))
    unit_dialog (self, UNIT_ADD);
  else if (g_str_equal (action, "people.unit-rename"))
    unit_dialog (self, UNIT_RENAME);
  else if (g_str_equal (action, "people.unit-move"))
    unit_dialog (self, UNIT_MOVE);
  else
    unit_dialog (self, UNIT_MERGE);
}

/* ---- import a roster ---- */

typedef struct
{
  PrsPeoplePage    *self;
  PrsRosterPreview *preview;
} ImportData;

/* ---- editing a person ---- */

typedef struct
{
  PrsPeoplePage *self;
  gint64         person;
  GtkWidget     *prefix, *first, *last, *position, *unit, *type, *active;
} PersonDialog;

static void
person_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  PersonDialog *d = user_data;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (d->self));
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "apply"))
    {
      guint u = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->unit));
      gint64 unit = u == 0 || u == GTK_INVALID_LIST_POSITION || u > d->self->units->len
                      ? 0 : ((UnitRow *) d->self->units->pdata[u - 1])->id;

      if (!prs_people_update_person (store, d->person, gtk_editable_get_text (GTK_EDITABLE (d->prefix)),
                                     gtk_editable_get_text (GTK_EDITABLE (d->first)),
                                     gtk_editable_get_text (GTK_EDITABLE (d->last)),
                                     gtk_editable_get_text (GTK_EDITABLE (d->position)), unit,
                                     (PrsStaffType) gtk_drop_down_get_selected (GTK_DROP_DOWN (d->type)),
                                     gtk_check_button_get_active (GTK_CHECK_BUTTON (d->active)), &error))
        prs_section_page_toast (PRS_SECTION_PAGE (d->self), error->message);
      else
        prs_section_page_undo_toast (PRS_SECTION_PAGE (d->self), _("Person changed"));
    }
  g_object_unref (d->self);
  g_free (d);
}

static GtkWidget *
form_row (GtkWidget *grid, int row, const char *label, GtkWidget *field)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), field);
  gtk_widget_add_css_class (l, "dim-label");
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (GTK_GRID (grid), l, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field, 1, row, 1, 1);
  return field;
}

/* The person at the sheet's cursor in a dialog: every field, one undo step. */
static void
edit_person (PrsPeoplePage *self)
{
  guint row = 0, column = 0;
  PrsPersonRow *p;
  PersonDialog *d;
  GtkWidget *dialog, *grid;
  g_autoptr (GPtrArray) unit_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  g_autofree char *name = NULL;
  guint unit_pos = 0;

  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column);
  if (self->people == NULL || row >= self->people->len)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("Choose a person first."));
      return;
    }
  p = self->people->pdata[row];
  d = g_new0 (PersonDialog, 1);
  d->self = g_object_ref (self);
  d->person = p->id;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  d->prefix = form_row (grid, 0, _("_Title"), gtk_entry_new ());
  d->first = form_row (grid, 1, _("_First name"), gtk_entry_new ());
  d->last = form_row (grid, 2, _("_Last name"), gtk_entry_new ());
  d->position = form_row (grid, 3, _("_Position"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (d->prefix), p->prefix ? p->prefix : "");
  gtk_editable_set_text (GTK_EDITABLE (d->first), p->first_name ? p->first_name : "");
  gtk_editable_set_text (GTK_EDITABLE (d->last), p->last_name ? p->last_name : "");
  gtk_editable_set_text (GTK_EDITABLE (d->position), p->position ? p->position : "");
  g_ptr_array_add (unit_names, g_strdup (_("(no unit)")));
  for (guint i = 0; self->units && i < self->units->len; i++)
    {
      UnitRow *u = self->units->pdata[i];
      g_autofree char *indent = g_strnfill (u->depth * 3, ' ');

      g_ptr_array_add (unit_names, g_strdup_printf ("%s%s", indent, u->name));
      if (u->id == p->unit_id)
        unit_pos = i + 1;
    }
  g_ptr_array_add (unit_names, NULL);
  d->unit = form_row (grid, 4, _("_Unit"), gtk_drop_down_new_from_strings ((const char * const *) unit_names->pdata));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d->unit), unit_pos);
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    g_ptr_array_add (types, (gpointer) prs_staff_type_get_label (t));
  g_ptr_array_add (types, NULL);
  d->type = form_row (grid, 5, _("_Staff type"), gtk_drop_down_new_from_strings ((const char * const *) types->pdata));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d->type), p->staff_type);
  d->active = gtk_check_button_new_with_mnemonic (_("Still _working here"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d->active), p->active);
  gtk_widget_set_tooltip_text (d->active, _("Untick when the person leaves; their history stays."));
  gtk_grid_attach (GTK_GRID (grid), d->active, 1, 6, 1, 1);
  gtk_widget_set_size_request (grid, 420, -1);

  name = prs_person_row_display_name (p);
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Edit Person"), name);
  gtk_widget_set_name (dialog, "person-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect (dialog, "response", G_CALLBACK (person_dialog_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}


static void
edit_person_action (GtkWidget *widget, const char *action, GVariant *parameter)
{
  edit_person (PRS_PEOPLE_PAGE (widget));
}

static void
import_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  ImportData *data = user_data;
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "apply"))
    {
      if (!prs_roster_apply (prs_section_page_get_store (PRS_SECTION_PAGE (data->self)), data->preview, &error))
        prs_section_page_toast (PRS_SECTION_PAGE (data->self), error->message);
      else
        prs_section_page_undo_toast (PRS_SECTION_PAGE (data->self), _("Staff imported"));
    }
  prs_roster_preview_free (data->preview);
  g_object_unref (data->self);
  g_free (data);
}

static void
import_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PrsPeoplePage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autoptr (GString) body = g_string_new (NULL);
  PrsRosterPreview *preview;
  GtkWidget *dialog;
  ImportData *data;
  char *text;

  if (file == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  preview = prs_roster_preview (prs_section_page_get_store (PRS_SECTION_PAGE (self)), g_file_peek_path (file), &error);
  if (preview == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  if (preview->errors->len > 0)
    {
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u error; nothing can be imported until it is fixed:",
                                                 "%u errors; nothing can be imported until they are fixed:",
                                                 preview->errors->len), preview->errors->len);
      for (guint i = 0; i < preview->errors->len && i < 15; i++)
        g_string_append_printf (body, "\n%s", (const char *) preview->errors->pdata[i]);
    }
  else
    {
      g_string_append_printf (body, _("%u new, %u updated, %u unchanged, %u listed twice."), preview->n_new,
                              preview->n_updated, preview->n_unchanged, preview->n_duplicate);
      for (guint i = 0; i < preview->new_units->len && i < 15; i++)
        g_string_append_printf (body, i == 0 ? _("\nNew units: %s") : ", %s",
                                (const char *) preview->new_units->pdata[i]);
      for (guint i = 0; i < preview->warnings->len && i < 8; i++)
        g_string_append_printf (body, "\n%s", (const char *) preview->warnings->pdata[i]);
    }
  text = prs_section_page_digits (PRS_SECTION_PAGE (self), g_strdup (body->str));
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Import Staff"), text);
  g_free (text);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (preview->errors->len == 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "apply", _("_Import"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
    }
  data = g_new0 (ImportData, 1);
  data->self = g_object_ref (self);
  data->preview = preview;
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prs_people_page_import (PrsSectionPage *page)
{
  prs_file_dialog_open (prs_section_page_get_window (page), _("Import Staff"), NULL, import_chosen,
                        g_object_ref (page));
}

/* ---- page ---- */

static void
filters_changed (PrsPeoplePage *self)
{
  reload_people (self);
}

#define VIEW_CHILD(view, id) GTK_WIDGET (gtk_widget_get_template_child (view, PRS_TYPE_PEOPLE_VIEW, id))

/* The layout is the template of PrsPeopleView (prs-people-view.ui); here the
 * parts that depend on data: the staff types, the sheet's columns, signals. */
static void
prs_people_page_build (PrsSectionPage *page)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (page);
  GtkWidget *view = prs_people_view_new ();
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  const char *titles[N_COLS] = { _("Position"), _("Unit"), _("Staff type"), _("Working") };
  const int widths[N_COLS] = { 30, 26, 18, 11 };
  g_autoptr (GPtrArray) type_labels = g_ptr_array_new ();

  self->units_list = VIEW_CHILD (view, "units_list");
  self->search = VIEW_CHILD (view, "search");
  self->types = VIEW_CHILD (view, "types");
  self->status = VIEW_CHILD (view, "status");
  self->count = VIEW_CHILD (view, "count");
  self->sheet = VIEW_CHILD (view, "sheet");
  g_signal_connect_swapped (self->units_list, "row-selected", G_CALLBACK (unit_selected), self);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (filters_changed), self);

  g_ptr_array_add (type_labels, (gpointer) _("All staff types"));
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    g_ptr_array_add (type_labels, (gpointer) prs_staff_type_get_label (t));
  g_ptr_array_add (type_labels, NULL);
  {
    g_autoptr (GtkStringList) model = gtk_string_list_new ((const char * const *) type_labels->pdata);

    gtk_drop_down_set_model (GTK_DROP_DOWN (self->types), G_LIST_MODEL (model));
  }
  g_signal_connect_swapped (self->types, "notify::selected", G_CALLBACK (filters_changed), self);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status), SHOW_ALL);
  g_signal_connect_swapped (self->status, "notify::selected", G_CALLBACK (filters_changed), self);

  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 30);
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("Name"), N_COLS, titles, widths);
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    g_ptr_array_add (types, (gpointer) prs_staff_type_get_label (t));
  g_ptr_array_add (types, NULL);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_TYPE, PRS_SHEET_KIND_CHOICE);
  prs_sheet_set_column_choices (PRS_SHEET (self->sheet), COL_TYPE, (const char * const *) types->pdata);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_ACTIVE, PRS_SHEET_KIND_TOGGLE);
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &people_funcs, self, NULL);
  prs_section_page_set_content (page, view);
}

static void
prs_people_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (page);
  PrsStore *store = prs_section_page_get_store (page);

  /* Only the own agency named (the first run) is still an empty section: no staff. */
  self->n_people = prs_store_count (store, "people");
  if (self->sheet == NULL)
    return;
  /* the unit list is rebuilt only when units or counts may have changed */
  g_signal_handlers_block_by_func (self->units_list, unit_selected, self);
  reload_units (self);
  g_signal_handlers_unblock_by_func (self->units_list, unit_selected, self);
  reload_people (self);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
}

static gboolean
prs_people_page_is_empty (PrsSectionPage *page)
{
  return PRS_PEOPLE_PAGE (page)->n_people <= 0;
}

static void
prs_people_page_dispose (GObject *object)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (object);

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  G_OBJECT_CLASS (prs_people_page_parent_class)->dispose (object);
}

static void
prs_people_page_finalize (GObject *object)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (object);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  G_OBJECT_CLASS (prs_people_page_parent_class)->finalize (object);
}

static void
prs_people_page_class_init (PrsPeoplePageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "units", "people", NULL };

  G_OBJECT_CLASS (klass)->dispose = prs_people_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = prs_people_page_finalize;
  page_class->tables = tables;
  page_class->build = prs_people_page_build;
  page_class->refresh = prs_people_page_refresh;
  page_class->is_empty = prs_people_page_is_empty;
  page_class->import = prs_people_page_import;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "people.unit-add", NULL, unit_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "people.unit-rename", NULL, unit_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "people.unit-move", NULL, unit_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "people.unit-merge", NULL, unit_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "people.edit-person", NULL, edit_person_action);
}

static void
prs_people_page_init (PrsPeoplePage *self)
{
  prs_section_page_set_choosers (PRS_SECTION_PAGE (self), PRS_SECTION_CHOOSER_NONE);
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "system-users-symbolic", _("No Staff Yet"),
                                    _("Import the staff roster (CSV or XLSX) to list the agency’s units and people."),
                                    _("_Import a Roster…"), "section.import", NULL);
}

GtkWidget *
prs_people_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PEOPLE_PAGE, "store", store, NULL);
}
