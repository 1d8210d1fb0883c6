/* prs-plans-page.c: The Plans section: the action plans of a fiscal year on the
 * sheet, as a tree
 *
 * A plan chooser in the bar (the plans of the chosen year with their status), a
 * summary line (status, activities by status, budget and % spent), and the plan on
 * the sheet: the number as the row title; title, objective, indicators, budget, the
 * twelve fiscal months Oct–Sep as a bar (quarters shaded; Space flips a month),
 * responsible units, Common KPI, status.
 * Group rows (strategies …) are drawn as subtotals and carry their roll-ups.
 * Editing goes through the store's plan API, one undo step per edit (a paste is one
 * step); the page follows the store's ::changed signal.
 *
 * Keys besides the sheet's: Ctrl+Insert adds an activity after the cursor's row,
 * Ctrl+Shift+Insert a group row; Alt+Shift+Right / Alt+Shift+Left indent and
 * outdent; Alt+Shift+Up / Alt+Shift+Down move a row among its siblings;
 * Ctrl+Delete deletes the row (and what is below it); Ctrl+Shift+D opens the
 * activity's details (due date, indicators, responsible units), Ctrl+Shift+R its
 * progress in a round.
 * A row is also moved by dragging its number onto another row (before it, or after
 * it on the row's lower half), among that row's siblings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-plan-report.h"
#include "prs-plans-page.h"
#include "prs-store-shell.h"
#include "prs-sheet.h"
#include "prs-store-plans-tree.h"

#include "prs-plans-page-private.h"

static const char *const status_keys[] = { "not_started", "in_progress", "done", "cancelled" };

G_DEFINE_FINAL_TYPE (PrsPlansPage, prs_plans_page, PRS_TYPE_SECTION_PAGE)

static const char *
status_label (const char *key)
{
  if (g_strcmp0 (key, "in_progress") == 0)
    return _("In progress");
  if (g_strcmp0 (key, "done") == 0)
    return _("Done");
  if (g_strcmp0 (key, "cancelled") == 0)
    return _("Cancelled");
  return _("Not started");
}

static const char *
plan_status_label (const char *status)
{
  if (g_strcmp0 (status, "approved") == 0)
    return _("Approved");
  if (g_strcmp0 (status, "revised") == 0)
    return _("Revised");
  return _("Draft");
}

static const char *
month_title (int m)
{
  static const char *const titles[12] = { N_("Oct"), N_("Nov"), N_("Dec"), N_("Jan"), N_("Feb"), N_("Mar"),
                                          N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep") };
  return _(titles[m]);
}

char *
prs_plans_page_digits (PrsPlansPage *self, char *text)
{
  return prs_section_page_digits (PRS_SECTION_PAGE (self), text);
}

PrsPlanNodeInfo *
prs_plans_page_row_node (PrsPlansPage *self, guint row)
{
  if (self->rows == NULL || row >= self->rows->len)
    return NULL;
  return g_ptr_array_index (self->rows, row);
}

/* ---- visible rows -------------------------------------------------------------- */

static void
add_visible (PrsPlansPage *self, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (nodes, i);
      g_ptr_array_add (self->rows, n);
      if (n->children->len && !g_hash_table_contains (self->collapsed, &n->id))
        add_visible (self, n->children);
    }
}

static void
rebuild_rows (PrsPlansPage *self)
{
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_ptr_array_new ();
  if (self->tree)
    add_visible (self, self->tree->roots);
}

/* ---- the sheet's data source ----------------------------------------------------- */

static char *
get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  PrsPlansPage *self = data;
  PrsPlanNodeInfo *n = prs_plans_page_row_node (self, row);

  if (n == NULL)
    return NULL;
  if (!n->is_activity)
    *flags |= PRS_SHEET_CELL_SUBTOTAL;
  return prs_plans_page_digits (self, g_strdup (n->number));
}

static char *
get_cell (gpointer data, guint row, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsPlansPage *self = data;
  PrsPlanNodeInfo *n = prs_plans_page_row_node (self, row);

  if (n == NULL)
    return NULL;
  if (!n->is_activity)
    *flags |= PRS_SHEET_CELL_SUBTOTAL;
  switch (column)
    {
    case COL_TITLE:
      *flags |= PRS_SHEET_CELL_EDITABLE;
      return g_strdup (n->title);
    case COL_OBJECTIVE:
      *flags |= PRS_SHEET_CELL_EDITABLE;
      return g_strdup (n->objective);
    case COL_INDICATORS:
      *flags |= PRS_SHEET_CELL_COMPUTED;
      return prs_plans_page_digits (self, prs_plan_node_indicators_text (n, FALSE));
    case COL_BUDGET:
      *flags |= PRS_SHEET_CELL_NUMERIC;
      if (n->is_activity)
        *flags |= PRS_SHEET_CELL_EDITABLE;
      else
        *flags |= PRS_SHEET_CELL_COMPUTED;
      if (n->is_activity && g_str_equal (n->budget_kind, "shared"))
        {
          *tooltip = g_strdup (_("Shares the budget of another activity: counted once."));
          return prs_plans_page_digits (self, prs_plan_node_budget_text (self->tree, n));
        }
      if (n->is_activity && g_str_equal (n->budget_kind, "none"))
        return g_strdup ("-");
      return prs_plans_page_digits (self, prs_money_format (n->budget_satang, PRS_MONEY_FORMAT_DEFAULT));
    case COL_DUE:
      /* groups have no due date: their cell is empty and read-only */
      if (!n->is_activity)
        return NULL;
      *flags |= PRS_SHEET_CELL_EDITABLE;
      return prs_sheet_format_date (n->due_date, prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self)),
                                    prs_section_page_get_date_style (PRS_SECTION_PAGE (self)));
    case COL_UNITS:
      *flags |= PRS_SHEET_CELL_COMPUTED;
      if (!n->is_activity)
        return NULL;
      {
        GString *s = g_string_new (n->all_units ? _("All units") : "");
        for (guint i = 0; i < n->units->len; i++)
          g_string_append_printf (s, "%s%s", s->len ? ", " : "", (char *) g_ptr_array_index (n->units, i));
        return g_string_free (s, FALSE);
      }
    case COL_KPI:
      if (!n->is_activity)
        return NULL;
      *flags |= PRS_SHEET_CELL_EDITABLE;
      return g_strdup (n->common_kpi ? "1" : "");
    case COL_STATUS:
      if (!n->is_activity)
        {
          *flags |= PRS_SHEET_CELL_COMPUTED;
          /* Translators: activities done of all activities below a group row */
          return prs_plans_page_digits (self, g_strdup_printf (_("%u of %u done"), n->n_done, n->n_activities));
        }
      *flags |= PRS_SHEET_CELL_EDITABLE;
      return g_strdup (status_label (n->status));
    default:
      if (column >= COL_MONTH0 && column < COL_MONTH0 + 12)
        {
          guint bit = 1u << (column - COL_MONTH0);
          if (!n->is_activity)
            {
              /* a group's months: any activity below it */
              guint months = 0;
              for (guint i = 0; i < self->tree->nodes->len; i++)
                {
                  PrsPlanNodeInfo *c = g_ptr_array_index (self->tree->nodes, i);
                  PrsPlanNodeInfo *p;
                  for (p = c->parent; p && p != n; p = p->parent)
                    ;
                  if (p == n && c->is_activity)
                    months |= c->months;
                }
              *flags |= PRS_SHEET_CELL_COMPUTED;
              /* a bar over the months of the activities below */
              return g_strdup (months & bit ? "1" : "");
            }
          *flags |= PRS_SHEET_CELL_EDITABLE;
          return g_strdup (n->months & bit ? "1" : "");
        }
      return NULL;
    }
}

static gboolean
set_one (PrsPlansPage *self, PrsPlanNodeInfo *n, guint column, const char *text, GError **error)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));

  switch (column)
    {
    case COL_TITLE:
      return prs_store_plan_set_node_text (store, n->id, text, NULL, error);
    case COL_OBJECTIVE:
      return prs_store_plan_set_node_text (store, n->id, NULL, text, error);
    case COL_BUDGET:
      {
        PrsPlanBudgetKind kind;
        gint64 satang = 0, shared = 0;
        g_autofree char *ref = NULL;

        if (!prs_plan_parse_budget (text, &kind, &satang, &ref, error))
          return FALSE;
        if (kind == PRS_PLAN_BUDGET_SHARED)
          {
            for (guint i = 0; ref && i < self->tree->nodes->len && !shared; i++)
              {
                PrsPlanNodeInfo *o = g_ptr_array_index (self->tree->nodes, i);
                if (o->is_activity && o != n && g_str_equal (o->number, ref))
                  shared = o->id;
              }
            if (!shared)
              {
                g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                             _("Name the activity whose budget is shared by its number, as in “ใช้งบประมาณร่วมกับกิจกรรมที่ 3”."));
                return FALSE;
              }
          }
        return prs_store_activity_set_budget (store, n->id,
                                              kind == PRS_PLAN_BUDGET_AMOUNT ? "amount"
                                              : kind == PRS_PLAN_BUDGET_SHARED ? "shared" : "none",
                                              satang, shared, error);
      }
    case COL_DUE:
      {
        PrsDate date;
        g_autofree char *iso = NULL;

        /* "31/3/2568", "31 มี.ค. 68", Thai digits, ISO; "" clears */
        if (text && *text)
          {
            if (!prs_date_parse (text, &date, NULL))
              {
                g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                             _("“%s” is not a date: type it as 31/3/2569 or 31 มี.ค. 69."), text);
                return FALSE;
              }
            iso = prs_date_to_iso (&date);
          }
        return prs_store_activity_set_due_date (store, n->id, iso, error);
      }
    case COL_KPI:
      return prs_store_activity_set_common_kpi (store, n->id, text && *text && !g_str_equal (text, "0"), error);
    case COL_STATUS:
      for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
        if (g_strcmp0 (text, status_label (status_keys[i])) == 0 || g_strcmp0 (text, status_keys[i]) == 0)
          return prs_store_activity_set_status (store, n->id, status_keys[i], error);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("“%s” is not a status of an activity."), text);
      return FALSE;
    default:
      if (column >= COL_MONTH0 && column < COL_MONTH0 + 12)
        {
          guint bit = 1u << (column - COL_MONTH0);
          gboolean on = text && *text && !g_str_equal (text, "0");
          return prs_store_activity_set_months (store, n->id, on ? (n->months | bit) : (n->months & ~bit), error);
        }
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("This cell is worked out, not typed."));
      return FALSE;
    }
}

static gboolean
set_cell (gpointer data, guint row, guint column, const char *text, GError **error)
{
  PrsPlansPage *self = data;
  PrsPlanNodeInfo *n = prs_plans_page_row_node (self, row);

  if (n == NULL)
    return FALSE;
  return set_one (self, n, column, text, error);
}

static gboolean
set_cells (gpointer data, guint n_cells, const guint *rows, const guint *columns, const char *const *texts,
           GError **error)
{
  PrsPlansPage *self = data;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  /* the months of a row change cell by cell: keep them as they are written */
  g_autoptr (GHashTable) months = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!prs_store_begin_edit (store, _("Edit cells"), error))
    return FALSE;
  for (guint i = 0; i < n_cells; i++)
    {
      PrsPlanNodeInfo *n = prs_plans_page_row_node (self, rows[i]);
      if (n == NULL)
        continue;
      if (columns[i] >= COL_MONTH0 && columns[i] < COL_MONTH0 + 12)
        {
          gpointer cur;
          guint m, bit = 1u << (columns[i] - COL_MONTH0);
          gboolean on = texts[i] && *texts[i] && !g_str_equal (texts[i], "0");
          if (!n->is_activity)
            continue;
          m = g_hash_table_lookup_extended (months, &n->id, NULL, &cur) ? GPOINTER_TO_UINT (cur) : n->months;
          m = on ? (m | bit) : (m & ~bit);
          g_hash_table_insert (months, g_memdup2 (&n->id, sizeof n->id), GUINT_TO_POINTER (m));
          continue;
        }
      /* a block pasted over group rows leaves their (absent) due date alone */
      if (columns[i] == COL_DUE && !n->is_activity)
        continue;
      if (!set_one (self, n, columns[i], texts[i], error))
        {
          prs_store_cancel_edit (store);
          return FALSE;
        }
    }
  {
    GHashTableIter iter;
    gpointer k, v;
    g_hash_table_iter_init (&iter, months);
    while (g_hash_table_iter_next (&iter, &k, &v))
      if (!prs_store_activity_set_months (store, *(gint64 *) k, GPOINTER_TO_UINT (v), error))
        {
          prs_store_cancel_edit (store);
          return FALSE;
        }
  }
  return prs_store_end_edit (store, error);
}

static void
get_row_info (gpointer data, guint row, PrsSheetRowInfo *info)
{
  PrsPlansPage *self = data;
  PrsPlanNodeInfo *n = prs_plans_page_row_node (self, row);

  if (n == NULL)
    return;
  info->depth = n->depth;
  info->has_children = n->children->len > 0;
  info->expanded = !g_hash_table_contains (self->collapsed, &n->id);
}

static void
row_toggled (gpointer data, guint row, gboolean expanded)
{
  PrsPlansPage *self = data;
  PrsPlanNodeInfo *n = prs_plans_page_row_node (self, row);

  if (n == NULL)
    return;
  if (expanded)
    g_hash_table_remove (self->collapsed, &n->id);
  else
    g_hash_table_add (self->collapsed, g_memdup2 (&n->id, sizeof n->id));
  rebuild_rows (self);
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), self->rows->len);
}

static const PrsSheetFuncs sheet_funcs = {
  .get_cell = get_cell,
  .get_row_title = get_row_title,
  .set_cell = set_cell,
  .set_cells = set_cells,
  .get_row_info = get_row_info,
  .row_toggled = row_toggled,
};

/* ---- reading ------------------------------------------------------------------------ */

static void
update_summary (PrsPlansPage *self)
{
  g_autofree char *text = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *spent = NULL;
  PrsPlanTree *t = self->tree;

  if (t == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->summary), "");
      return;
    }
  budget = prs_money_format (t->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
  spent = t->budget_satang > 0
            ? g_strdup_printf ("%" G_GINT64_FORMAT, (t->spent_satang * 100 + t->budget_satang / 2) / t->budget_satang)
            : g_strdup ("0");
  /* Translators: the plan's summary line: status · activities · budget · share spent · counts by status */
  text = g_strdup_printf (_("%s · version %d · %u activities · budget %s baht · %s%% spent · %u done, %u in progress, "
                            "%u not started"),
                          plan_status_label (t->status), t->version, t->n_activities, budget, spent, t->n_done,
                          t->n_in_progress, t->n_not_started + t->n_cancelled);
  gtk_label_set_text (GTK_LABEL (self->summary), text = prs_plans_page_digits (self, g_steal_pointer (&text)));
}

static void
load_plans (PrsPlansPage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  int year = prs_section_page_get_year (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = prs_store_list_plans (store, year, &error);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (plans == NULL)
    prs_plans_page_report_error (self, error);

  self->updating_dropdown = TRUE;
  g_array_set_size (self->plan_ids, 0);
  gtk_string_list_splice (self->plan_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->plan_names)), NULL);
  for (guint i = 0; plans && i < plans->len; i++)
    {
      PrsPlanSummary *s = g_ptr_array_index (plans, i);
      g_autofree char *name = g_strdup_printf ("%s (%s)", s->title, plan_status_label (s->status));
      g_array_append_val (self->plan_ids, s->id);
      gtk_string_list_append (self->plan_names, name);
      if (s->id == self->plan_id)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && self->plan_ids->len > 0)
    {
      selected = 0;
      self->plan_id = g_array_index (self->plan_ids, gint64, 0);
    }
  if (self->plan_ids->len == 0)
    self->plan_id = 0;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->plan_dropdown), selected);
  self->updating_dropdown = FALSE;
}

static void
load_tree (PrsPlansPage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));

  prs_sheet_set_date_display (PRS_SHEET (self->sheet), prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self)),
                              prs_section_page_get_date_style (PRS_SECTION_PAGE (self)));
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->tree, prs_plan_tree_free);
  if (self->plan_id)
    {
      g_autoptr (GError) error = NULL;
      int round = prs_store_plan_latest_round (store, self->plan_id, &error);

      if (round >= 0)
        self->tree = prs_store_load_plan (store, self->plan_id, round, &error);
      if (self->tree == NULL && error != NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is an error message */
          message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
          prs_section_page_toast (PRS_SECTION_PAGE (self), message);
        }
    }
  rebuild_rows (self);
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), self->rows->len);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
  update_summary (self);
}

static void
plan_selected (GObject *dropdown, GParamSpec *pspec, PrsPlansPage *self)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  if (self->updating_dropdown || i == GTK_INVALID_LIST_POSITION || i >= self->plan_ids->len)
    return;
  self->plan_id = g_array_index (self->plan_ids, gint64, i);
  load_tree (self);
}

/* ---- import and export ----------------------------------------------------------------- */

typedef struct
{
  PrsPlansPage *self;
  PrsPlanTable *table;
} ImportData;

static void
import_data_free (gpointer p)
{
  ImportData *d = p;

  g_object_unref (d->self);
  prs_plan_table_free (d->table);
  g_free (d);
}

static void
import_response (AdwMessageDialog *dialog, const char *response, ImportData *d)
{
  g_autoptr (GError) error = NULL;
  PrsPlanImportResult result = { 0 };
  PrsSectionPage *page = PRS_SECTION_PAGE (d->self);
  gint64 id;

  if (!g_str_equal (response, "import"))
    return;
  id = prs_store_import_plan (prs_section_page_get_store (page), d->table, "morality",
                              prs_section_page_get_year (page), NULL, &result, &error);
  if (!id)
    {
      prs_plans_page_report_error (d->self, error);
      return;
    }
  d->self->plan_id = id;
  prs_plan_import_result_clear (&result);
  prs_section_page_update_choosers (page);
  prs_section_page_undo_toast (page, _("Plan imported"));
}

static void
import_chosen (GObject *source, GAsyncResult *res, gpointer user_data)
{
  g_autoptr (PrsPlansPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (res, &error);
  g_autofree char *path = NULL;
  g_autoptr (GString) body = g_string_new (NULL);
  g_autoptr (GPtrArray) new_units = NULL;
  PrsPlanTable *table;
  AdwMessageDialog *dialog;
  ImportData *d;
  gint64 total = 0;

  if (file == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_plans_page_report_error (self, error);
      return;
    }
  path = g_file_get_path (file);
  table = prs_plan_table_read_file (path, &error);
  if (table == NULL)
    {
      prs_plans_page_report_error (self, error);
      return;
    }
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      if (!it->is_group && it->budget_kind == PRS_PLAN_BUDGET_AMOUNT)
        total += it->budget_satang;
    }
  {
    g_autofree char *b = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);
    g_string_append_printf (body, _("%u activities in %u rows, budget %s baht."), prs_plan_table_count_activities (table),
                            table->items->len, b);
  }
  new_units = prs_store_plan_table_new_units (prs_section_page_get_store (PRS_SECTION_PAGE (self)), table, &error);
  if (new_units == NULL)
    {
      prs_plan_table_free (table);
      prs_plans_page_report_error (self, error);
      return;
    }
  if (new_units->len)
    {
      g_string_append_printf (body, "\n\n%s", _("New units:"));
      for (guint i = 0; i < new_units->len; i++)
        g_string_append_printf (body, "\n• %s", (char *) g_ptr_array_index (new_units, i));
    }
  for (guint i = 0; i < table->warnings->len; i++)
    g_string_append_printf (body, "\n\n⚠ %s", (char *) g_ptr_array_index (table->warnings, i));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                                                       table->title ? table->title : _("Import a Plan"),
                                                       NULL));
  {
    g_autofree char *text = prs_plans_page_digits (self, g_strdup (body->str));
    adw_message_dialog_set_body (dialog, text);
  }
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  d = g_new0 (ImportData, 1);
  d->self = g_object_ref (self);
  d->table = table;
  g_object_set_data_full (G_OBJECT (dialog), "import-data", d, import_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prs_plans_page_import (PrsSectionPage *page)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plan tables (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  prs_file_dialog_open (prs_section_page_get_window (page), _("Import a Plan"), filter, import_chosen,
                        g_object_ref (page));
}

typedef struct
{
  PrsPlansPage *self;
  char *format;
} ExportData;

static void
export_chosen (GObject *source, GAsyncResult *res, gpointer user_data)
{
  ExportData *d = user_data;
  g_autoptr (PrsPlansPage) self = d->self;
  g_autofree char *format = d->format;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (res, &error);
  g_autoptr (PrsReport) report = NULL;
  PrsStore *store;
  PrsExportFormat fmt = PRS_EXPORT_PDF;
  int round;

  g_free (d);
  if (file == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_plans_page_report_error (self, error);
      return;
    }
  store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  round = prs_store_plan_latest_round (store, self->plan_id, &error);
  if (round < 0)
    report = NULL;
  else if (g_str_has_prefix (format, "progress-"))
    report = prs_plan_progress_report_new (store, self->plan_id, round ? round : 6, TRUE, &error);
  else if (g_str_has_prefix (format, "diff-"))
    report = prs_plan_diff_report_new (store, self->tree->parent_plan_id, self->plan_id, TRUE, &error);
  else
    report = prs_plan_table_report_new (store, self->plan_id, TRUE, &error);
  if (report == NULL)
    {
      prs_plans_page_report_error (self, error);
      return;
    }
  prs_export_format_from_string (strchr (format, '-') ? strchr (format, '-') + 1 : format, &fmt);
  prs_export_job_start (prs_section_page_get_toast_overlay (PRS_SECTION_PAGE (self)), report, fmt, file);
}

static void
prs_plans_page_export (PrsSectionPage *page, const char *format)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (page);
  ExportData *d;
  g_autofree char *name = NULL;
  const char *ext = strchr (format, '-') ? strchr (format, '-') + 1 : format;

  if (!self->plan_id)
    {
      prs_section_page_toast (page, _("Choose or import a plan first."));
      return;
    }
  if (g_str_has_prefix (format, "diff-") && (self->tree == NULL || self->tree->parent_plan_id == 0))
    {
      prs_section_page_toast (page, _("This plan has no earlier version to compare with."));
      return;
    }
  d = g_new0 (ExportData, 1);
  d->self = g_object_ref (self);
  d->format = g_strdup (format);
  name = g_strdup_printf ("%s.%s", g_str_has_prefix (format, "progress-") ? _("plan-progress")
                                  : g_str_has_prefix (format, "diff-")   ? _("plan-comparison")
                                                                         : _("action-plan"),
                          ext);
  prs_file_dialog_save (prs_section_page_get_window (page), _("Export the Plan"), name, NULL, export_chosen, d);
}

/* ---- the page ------------------------------------------------------------------------------- */

static GArray *
prs_plans_page_list_years (PrsSectionPage *page, GError **error)
{
  return prs_store_list_plan_years (prs_section_page_get_store (page), FALSE, error);
}

static void
prs_plans_page_build (PrsSectionPage *page)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (page);
  const char *titles[N_COLS];
  int widths[N_COLS];
  static const char *const action_names[] = { "add-activity", "add-group", "indent", "outdent", "move-up",
                                              "move-down", "delete-row", "copy-plan", "approve", "revise", "levels",
                                              "progress", "details", "compare", "list" };
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkEventController *shortcuts;

  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    {
      g_autoptr (GSimpleAction) a = g_simple_action_new (action_names[i], NULL);
      g_signal_connect (a, "activate", G_CALLBACK (prs_plans_page_action_activated), self);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (a));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", G_ACTION_GROUP (group));

  self->plan_names = gtk_string_list_new (NULL);
  self->plan_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->plan_names)), NULL);
  gtk_widget_set_hexpand (self->plan_dropdown, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan"), -1);
  g_signal_connect (self->plan_dropdown, "notify::selected", G_CALLBACK (plan_selected), self);

  /* the plan and its row commands in a strip that scrolls sideways on a narrow
   * window, so the section stays usable down to 600 px */
  {
    GtkWidget *strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_widget_set_margin_start (strip, 12);
    gtk_widget_set_margin_end (strip, 12);
    gtk_widget_set_margin_top (strip, 6);
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("view-grid-symbolic",
                                                 _("The year’s plans: new, rename, copy, delete"), "plan.list"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("list-add-symbolic", _("Add an activity after this row (Ctrl+Insert)"),
                                                 "plan.add-activity"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("folder-new-symbolic", _("Add a group row (Ctrl+Shift+Insert)"),
                                                 "plan.add-group"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("format-indent-more-symbolic", _("Indent (Alt+Shift+Right)"),
                                                 "plan.indent"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("format-indent-less-symbolic", _("Outdent (Alt+Shift+Left)"),
                                                 "plan.outdent"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("go-up-symbolic", _("Move up (Alt+Shift+Up)"), "plan.move-up"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("go-down-symbolic", _("Move down (Alt+Shift+Down)"), "plan.move-down"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("user-trash-symbolic", _("Delete the row (Ctrl+Delete)"),
                                                 "plan.delete-row"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("view-list-bullet-symbolic",
                                                 _("Activity details: due date, indicators, responsible units (Ctrl+Shift+D)"),
                                                 "plan.details"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("x-office-spreadsheet-symbolic",
                                                 _("Progress in a reporting round (Ctrl+Shift+R)"),
                                                 "plan.progress"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("edit-copy-symbolic", _("Copy as next year’s draft"),
                                                 "plan.copy-plan"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("view-list-ordered-symbolic", _("Levels and numbering"),
                                                 "plan.levels"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("emblem-ok-symbolic", _("Approve by a meeting’s resolution"),
                                                 "plan.approve"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("document-edit-symbolic", _("Revise: a new version of the approved plan"),
                                                 "plan.revise"));
    gtk_box_append (GTK_BOX (strip), prs_plans_page_bar_button ("view-dual-symbolic", _("Compare with the previous version"),
                                                 "plan.compare"));
    /* the plan's name last: a long title scrolls, the commands stay in view */
    gtk_box_append (GTK_BOX (strip), self->plan_dropdown);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), strip);
    self->strip = scroller;
  }

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->box), self->strip);
  self->summary = gtk_label_new ("");
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_widget_set_margin_start (self->summary, 12);
  gtk_widget_set_margin_top (self->summary, 6);
  gtk_box_append (GTK_BOX (self->box), self->summary);

  self->sheet = prs_sheet_new ();
  gtk_widget_set_vexpand (self->sheet, TRUE);
  gtk_widget_set_hexpand (self->sheet, TRUE);
  titles[COL_TITLE] = _("Activity");
  widths[COL_TITLE] = 40;
  titles[COL_OBJECTIVE] = _("Objective");
  widths[COL_OBJECTIVE] = 24;
  titles[COL_INDICATORS] = _("Indicators and targets");
  widths[COL_INDICATORS] = 26;
  titles[COL_BUDGET] = _("Budget (baht)");
  widths[COL_BUDGET] = 14;
  for (int m = 0; m < 12; m++)
    {
      titles[COL_MONTH0 + m] = month_title (m);
      widths[COL_MONTH0 + m] = 4;
    }
  /* Translators: the date an activity is due (กำหนดเสร็จ) */
  titles[COL_DUE] = C_("plan column", "Due");
  widths[COL_DUE] = 12;
  titles[COL_UNITS] = _("Responsible");
  widths[COL_UNITS] = 16;
  titles[COL_KPI] = _("Common KPI");
  widths[COL_KPI] = 8;
  titles[COL_STATUS] = _("Status");
  widths[COL_STATUS] = 14;
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("No."), N_COLS, titles, widths);
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 12);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_OBJECTIVE, PRS_SHEET_KIND_MULTILINE);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_INDICATORS, PRS_SHEET_KIND_COMPUTED);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_BUDGET, PRS_SHEET_KIND_MONEY);
  for (int m = 0; m < 12; m++)
    prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_MONTH0 + m, PRS_SHEET_KIND_BAR);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_DUE, PRS_SHEET_KIND_DATE);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_UNITS, PRS_SHEET_KIND_COMPUTED);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_KPI, PRS_SHEET_KIND_TOGGLE);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), COL_STATUS, PRS_SHEET_KIND_CHOICE);
  {
    const char *choices[G_N_ELEMENTS (status_keys) + 1];
    for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
      choices[i] = status_label (status_keys[i]);
    choices[G_N_ELEMENTS (status_keys)] = NULL;
    prs_sheet_set_column_choices (PRS_SHEET (self->sheet), COL_STATUS, choices);
  }
  prs_sheet_set_frozen_columns (PRS_SHEET (self->sheet), 1);
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &sheet_funcs, self, NULL);
  prs_plans_page_setup_drag (self);
  gtk_box_append (GTK_BOX (self->box), self->sheet);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
#define SHORTCUT(accel, action)                                                                                       \
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),                                            \
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel),                    \
                                                          gtk_named_action_new (action)))
  SHORTCUT ("<Control>Insert", "plan.add-activity");
  SHORTCUT ("<Control><Shift>Insert", "plan.add-group");
  SHORTCUT ("<Alt><Shift>Right", "plan.indent");
  SHORTCUT ("<Alt><Shift>Left", "plan.outdent");
  SHORTCUT ("<Alt><Shift>Up", "plan.move-up");
  SHORTCUT ("<Alt><Shift>Down", "plan.move-down");
  SHORTCUT ("<Control>Delete", "plan.delete-row");
  SHORTCUT ("<Control><Shift>r", "plan.progress");
  SHORTCUT ("<Control><Shift>d", "plan.details");
#undef SHORTCUT
  gtk_widget_add_controller (self->box, shortcuts);

  prs_section_page_set_content (page, self->box);
}

static void
prs_plans_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (page);

  self->count = prs_store_count (prs_section_page_get_store (page), "plans");
  load_plans (self);
  load_tree (self);
}

static gboolean
prs_plans_page_is_empty (PrsSectionPage *page)
{
  return PRS_PLANS_PAGE (page)->count <= 0;
}

static void
prs_plans_page_dispose (GObject *object)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->tree, prs_plan_tree_free);
  g_clear_object (&self->plan_names);
  G_OBJECT_CLASS (prs_plans_page_parent_class)->dispose (object);
}

static void
prs_plans_page_finalize (GObject *object)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (object);

  g_array_unref (self->plan_ids);
  g_hash_table_unref (self->collapsed);
  G_OBJECT_CLASS (prs_plans_page_parent_class)->finalize (object);
}

static void
prs_plans_page_class_init (PrsPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "plans", "plan_*", "activities", "activity_*", "indicators",
                                         "indicator_results", "progress", "node_units", "units", NULL };

  object_class->dispose = prs_plans_page_dispose;
  object_class->finalize = prs_plans_page_finalize;
  page_class->tables = tables;
  page_class->build = prs_plans_page_build;
  page_class->refresh = prs_plans_page_refresh;
  page_class->is_empty = prs_plans_page_is_empty;
  page_class->import = prs_plans_page_import;
  page_class->export = prs_plans_page_export;
  page_class->list_years = prs_plans_page_list_years;
}

static void
prs_plans_page_init (PrsPlansPage *self)
{
  self->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  prs_section_page_set_choosers (PRS_SECTION_PAGE (self), PRS_SECTION_CHOOSER_YEAR);
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "pdf", _("Action Plan as _PDF…"));
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "docx", _("Action Plan as _Word…"));
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "xlsx", _("Action Plan as _Excel…"));
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "csv", _("Action Plan as _CSV…"));
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "progress-pdf", _("Progress Report as P_DF…"));
  prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "diff-pdf",
                                      _("Comparison with the Previous _Version as PDF…"));
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "view-list-ordered-symbolic", _("No Action Plans Yet"),
                                    _("Annual action plans — strategies, activities, indicators, budgets and results per reporting round — will be kept here."),
                                    _("_Import a Plan…"), "section.import", NULL);
}

GtkWidget *
prs_plans_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PLANS_PAGE, "store", store, NULL);
}

/* For tests. */
GtkWidget *
prs_plans_page_get_sheet (PrsPlansPage *self)
{
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  return self->sheet;
}

GtkWidget *
prs_plans_page_get_last_dialog (PrsPlansPage *self)
{
  return self->last_dialog;
}

gint64
prs_plans_page_get_plan (PrsPlansPage *self)
{
  return self->plan_id;
}

void
prs_plans_page_set_plan (PrsPlansPage *self, gint64 plan_id)
{
  self->plan_id = plan_id;
  prs_section_page_queue_refresh (PRS_SECTION_PAGE (self), PRS_SECTION_REFRESH_ALL);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (self));
}
