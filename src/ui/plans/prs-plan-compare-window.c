/* prs-plan-compare-window.c: two versions of a plan side by side
 *
 * A template window (prs-plan-compare-window.ui); its grid gets one row per change
 * (kind, number, activity, field, before, after) from the store's comparison
 * (prs_plan_diff_new).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-plan-compare-window.h"
#include "prs-store-plans-tree.h"

struct _PrsPlanCompareWindow
{
  GtkWindow parent_instance;

  guint added, removed, changed;

  /* template children */
  GtkWidget *outer;
  GtkWidget *summary;
  GtkWidget *grid;
};

G_DEFINE_FINAL_TYPE (PrsPlanCompareWindow, prs_plan_compare_window, GTK_TYPE_WINDOW)

static void
prs_plan_compare_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PLAN_COMPARE_WINDOW);
  G_OBJECT_CLASS (prs_plan_compare_window_parent_class)->dispose (object);
}

static void
prs_plan_compare_window_class_init (PrsPlanCompareWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prs_plan_compare_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-plan-compare-window.ui");
  /* Escape closes, as in a dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanCompareWindow, outer);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanCompareWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanCompareWindow, grid);
}

static void
prs_plan_compare_window_init (PrsPlanCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

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
  if (g_strcmp0 (key, "due_date") == 0)
    return C_("plan column", "Due");
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
  PrsPlanCompareWindow *c = PRS_PLAN_COMPARE_WINDOW (window);

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
  PrsPlanCompareWindow *counts = g_object_new (PRS_TYPE_PLAN_COMPARE_WINDOW, "transient-for", parent, NULL);
  GtkWidget *window = GTK_WIDGET (counts);
  GtkWidget *grid = counts->grid;
  int row = 0;

  if (new_tree == NULL)
    {
      gtk_label_set_text (GTK_LABEL (counts->summary), error ? error->message : "");
      gtk_widget_add_css_class (counts->summary, "error");
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
    g_autofree char *shown = thai_digits ? prs_digits_to_thai (text) : g_strdup (text);

    gtk_label_set_text (GTK_LABEL (counts->summary), shown);
  }
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
    gtk_box_append (GTK_BOX (counts->outer), cell (_("The two versions hold the same activities."), FALSE, "dim-label"));
  return window;
}
