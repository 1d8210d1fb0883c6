/* prs-plan-compare-window.c: two versions of a plan side by side
 *
 * Built in code: one grid row per change (kind, number, activity, field, before,
 * after), from the store's comparison (prs_plan_diff_new).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-plan-compare-window.h"
#include "prs-store-plans-tree.h"

typedef struct
{
  guint added, removed, changed;
  gboolean thai;
} Counts;

static const char *
field_label (const char *key)
{
  if (g_strcmp0 (key, "title") == 0)
    return _("Activity");
  if (g_strcmp0 (key, "objective") == 0)
    return _("Objective");
  if (g_strcmp0 (key, "budget") == 0)
    return _("Budget (baht)");
  if (g_strcmp0 (key, "schedule") == 0)
    return _("Schedule");
  if (g_strcmp0 (key, "indicators") == 0)
    return _("Indicators and targets");
  if (g_strcmp0 (key, "units") == 0)
    return _("Responsible");
  if (g_strcmp0 (key, "common_kpi") == 0)
    return _("Common KPI");
  if (g_strcmp0 (key, "parent") == 0)
    return _("Place in the plan");
  return key;
}

static GtkWidget *
cell (const char *text, gboolean thai, const char *css)
{
  g_autofree char *t = thai ? prs_digits_to_thai (text ? text : "") : g_strdup (text ? text : "");
  GtkWidget *l = gtk_label_new (t);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_yalign (GTK_LABEL (l), 0);
  gtk_label_set_wrap (GTK_LABEL (l), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (l), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (l), 36);
  /* the figures and titles can be selected and copied; headings and marks cannot */
  gtk_label_set_selectable (GTK_LABEL (l), css == NULL);
  if (css)
    gtk_widget_add_css_class (l, css);
  return l;
}

static void
add_line (GtkGrid *grid, int *row, const char *kind, const char *kind_css, PrsPlanDiffItem *item, const char *field,
          const char *before, const char *after, gboolean thai)
{
  gtk_grid_attach (grid, cell (kind, FALSE, kind_css), 0, *row, 1, 1);
  gtk_grid_attach (grid, cell (item ? item->number : "", thai, NULL), 1, *row, 1, 1);
  gtk_grid_attach (grid, cell (item ? item->title : "", thai, NULL), 2, *row, 1, 1);
  gtk_grid_attach (grid, cell (field, FALSE, "dim-label"), 3, *row, 1, 1);
  gtk_grid_attach (grid, cell (before, thai, NULL), 4, *row, 1, 1);
  gtk_grid_attach (grid, cell (after, thai, NULL), 5, *row, 1, 1);
  (*row)++;
}

void
prs_plan_compare_window_get_counts (GtkWidget *window, guint *added, guint *removed, guint *changed)
{
  Counts *c = g_object_get_data (G_OBJECT (window), "prs-compare");

  *added = c->added;
  *removed = c->removed;
  *changed = c->changed;
}

GtkWidget *
prs_plan_compare_window_new (GtkWindow *parent, PrsStore *store, gint64 old_plan_id, gint64 new_plan_id,
                             gboolean thai_digits)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsPlanTree) old_tree = prs_store_load_plan (store, old_plan_id, 0, &error);
  g_autoptr (PrsPlanTree) new_tree = old_tree ? prs_store_load_plan (store, new_plan_id, 0, &error) : NULL;
  g_autoptr (PrsPlanDiff) diff = NULL;
  Counts *counts = g_new0 (Counts, 1);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *outer, *grid, *scroller, *summary;
  int row = 0;

  g_object_set_data_full (G_OBJECT (window), "prs-compare", counts, g_free);
  gtk_window_set_title (GTK_WINDOW (window), _("Compare Versions of the Plan"));
  if (parent)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 640);
  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (outer, 18);
  gtk_widget_set_margin_end (outer, 18);
  gtk_widget_set_margin_top (outer, 12);
  gtk_widget_set_margin_bottom (outer, 18);
  if (new_tree == NULL)
    {
      gtk_box_append (GTK_BOX (outer), cell (error ? error->message : "", FALSE, "error"));
      gtk_window_set_child (GTK_WINDOW (window), outer);
      return window;
    }
  diff = prs_plan_diff_new (old_tree, new_tree);
  counts->added = diff->added->len;
  counts->removed = diff->removed->len;
  counts->changed = diff->changed->len;
  {
    g_autofree char *ob = prs_money_format (diff->old_budget, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *nb = prs_money_format (diff->new_budget, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *delta = prs_money_format (diff->new_budget - diff->old_budget, PRS_MONEY_FORMAT_DEFAULT);
    /* Translators: version numbers, then the counts of added, removed and changed activities, then budgets */
    g_autofree char *text = g_strdup_printf (_("Version %d → version %d: %u added, %u removed, %u changed. "
                                               "Budget %s → %s baht (%s%s)."),
                                             old_tree->version, new_tree->version, diff->added->len,
                                             diff->removed->len, diff->changed->len, ob, nb,
                                             diff->new_budget >= diff->old_budget ? "+" : "", delta);
    summary = cell (text, thai_digits, "heading");
    gtk_label_set_max_width_chars (GTK_LABEL (summary), 120);
    gtk_box_append (GTK_BOX (outer), summary);
  }
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Change"), FALSE, "heading"), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("No."), FALSE, "heading"), 1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Activity"), FALSE, "heading"), 2, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Field"), FALSE, "heading"), 3, row, 1, 1);
  {
    g_autofree char *b = g_strdup_printf (_("Version %d"), old_tree->version);
    g_autofree char *a = g_strdup_printf (_("Version %d"), new_tree->version);
    gtk_grid_attach (GTK_GRID (grid), cell (b, thai_digits, "heading"), 4, row, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), cell (a, thai_digits, "heading"), 5, row, 1, 1);
  }
  row++;
  for (guint i = 0; i < diff->added->len; i++)
    {
      PrsPlanDiffItem *it = g_ptr_array_index (diff->added, i);
      g_autofree char *budget = prs_plan_node_budget_text (new_tree, it->new_node);
      add_line (GTK_GRID (grid), &row, _("Added"), "success", it, field_label ("budget"), "", budget, thai_digits);
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      PrsPlanDiffItem *it = g_ptr_array_index (diff->removed, i);
      g_autofree char *budget = prs_plan_node_budget_text (old_tree, it->old_node);
      add_line (GTK_GRID (grid), &row, _("Removed"), "error", it, field_label ("budget"), budget, "", thai_digits);
    }
  for (guint i = 0; i < diff->changed->len; i++)
    {
      PrsPlanDiffItem *it = g_ptr_array_index (diff->changed, i);
      for (guint j = 0; j < it->fields->len; j++)
        {
          const char *key = g_ptr_array_index (it->fields, j);
          g_autofree char *before = g_str_equal (key, "budget") ? prs_plan_node_budget_text (old_tree, it->old_node)
                                                                  : prs_plan_node_field_text (it->old_node, key);
          g_autofree char *after = g_str_equal (key, "budget") ? prs_plan_node_budget_text (new_tree, it->new_node)
                                                                 : prs_plan_node_field_text (it->new_node, key);
          add_line (GTK_GRID (grid), &row, j == 0 ? _("Changed") : "", "warning", j == 0 ? it : NULL,
                    field_label (key), before, after, thai_digits);
        }
    }
  if (row == 1)
    gtk_box_append (GTK_BOX (outer), cell (_("The two versions hold the same activities."), FALSE, "dim-label"));
  gtk_box_append (GTK_BOX (outer), grid);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), outer);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  return window;
}
