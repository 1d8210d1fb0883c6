/* prs-store-plans-tree.c: reading a plan as a tree, roll-ups, the plan list and the
 * comparison of two versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"
#include "prs-store-plans-tree.h"

static void
indicator_info_free (gpointer p)
{
  PrsPlanIndicatorInfo *ind = p;

  g_free (ind->name);
  g_free (ind->unit);
  g_free (ind->direction);
  g_free (ind->result_note);
  g_free (ind);
}

static void
node_info_free (gpointer p)
{
  PrsPlanNodeInfo *n = p;

  g_free (n->number);
  g_free (n->title);
  g_free (n->objective);
  g_free (n->budget_kind);
  g_free (n->status);
  g_free (n->due_date);
  g_ptr_array_unref (n->indicators);
  g_ptr_array_unref (n->units);
  g_free (n->progress_status);
  g_free (n->narrative);
  g_ptr_array_unref (n->children);
  g_free (n);
}

void
prs_plan_tree_free (PrsPlanTree *tree)
{
  if (tree == NULL)
    return;
  g_free (tree->title);
  g_free (tree->kind);
  g_free (tree->status);
  g_free (tree->approved_date);
  g_free (tree->approval_reference);
  g_free (tree->numbering);
  g_ptr_array_unref (tree->levels);
  g_ptr_array_unref (tree->roots);
  g_ptr_array_unref (tree->nodes);
  g_free (tree);
}

PrsPlanNodeInfo *
prs_plan_tree_find (PrsPlanTree *tree, gint64 node_id)
{
  for (guint i = 0; i < tree->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (tree->nodes, i);
      if (n->id == node_id)
        return n;
    }
  return NULL;
}

static char *
column_text (sqlite3_stmt *stmt, int col)
{
  const unsigned char *t = sqlite3_column_text (stmt, col);
  return g_strdup (t ? (const char *) t : "");
}

static void
walk (PrsPlanTree *tree, GPtrArray *children, PrsPlanNodeInfo *parent, guint depth, guint *activity_counter,
      gboolean across)
{
  guint group_index = 0;

  for (guint i = 0; i < children->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (children, i);

      n->depth = depth;
      n->position = i;
      n->parent = parent;
      n->is_activity = n->is_activity && n->children->len == 0;
      if (across && n->is_activity)
        n->number = g_strdup_printf ("%u", ++*activity_counter);
      else
        {
          guint k = across ? ++group_index : i + 1;
          n->number = parent && parent->number[0] ? g_strdup_printf ("%s.%u", parent->number, k)
                                                  : g_strdup_printf ("%u", k);
        }
      g_ptr_array_add (tree->nodes, n);
      walk (tree, n->children, n, depth + 1, activity_counter, across);
    }
}

static void
roll_up (PrsPlanNodeInfo *n)
{
  if (n->is_activity)
    {
      n->n_activities = 1;
      n->n_done = g_str_equal (n->status, "done");
      n->n_in_progress = g_str_equal (n->status, "in_progress");
      n->n_cancelled = g_str_equal (n->status, "cancelled");
      n->n_not_started = !n->n_done && !n->n_in_progress && !n->n_cancelled;
      if (!g_str_equal (n->budget_kind, "amount"))
        n->budget_satang = g_str_equal (n->budget_kind, "shared") ? 0 : 0;
      return;
    }
  {
    gint64 budget = 0, spent = 0;
    gboolean any_amount = FALSE;

    for (guint i = 0; i < n->children->len; i++)
      {
        PrsPlanNodeInfo *c = g_ptr_array_index (n->children, i);
        roll_up (c);
        budget += c->budget_satang;
        spent += c->spent_satang;
        any_amount = any_amount || c->budget_satang > 0;
        n->n_activities += c->n_activities;
        n->n_done += c->n_done;
        n->n_in_progress += c->n_in_progress;
        n->n_not_started += c->n_not_started;
        n->n_cancelled += c->n_cancelled;
      }
    if (!any_amount && n->group_budget_satang > 0)
      budget = n->group_budget_satang;
    n->budget_satang = budget;
    if (!n->has_progress)
      n->spent_satang = spent;
    g_free (n->budget_kind);
    n->budget_kind = g_strdup ("rollup");
  }
}

int
prs_store_plan_latest_round (PrsStore *store, gint64 plan_id, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT max (r) FROM ("
    " SELECT p.round AS r FROM progress p JOIN plan_nodes n ON n.id = p.node_id WHERE n.plan_id = ?1"
    " UNION ALL SELECT r.round FROM indicator_results r JOIN indicators i ON i.id = r.indicator_id"
    " JOIN plan_nodes n ON n.id = i.node_id WHERE n.plan_id = ?1"
    " UNION ALL SELECT round FROM plan_rounds WHERE plan_id = ?1)", error);
  int rc;

  if (!st)
    return -1;
  sqlite3_bind_int64 (st, 1, plan_id);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int (st, 0);
  prs_store_step_done (store, rc, error);
  return -1;
}

PrsPlanTree *
prs_store_load_plan (PrsStore *store, gint64 plan_id, int round, GError **error)
{
  g_autoptr (PrsPlanTree) tree = g_new0 (PrsPlanTree, 1);
  g_autoptr (PrsStatement) st = NULL;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  guint counter = 0;
  int rc;

  tree->levels = g_ptr_array_new_with_free_func (g_free);
  tree->nodes = g_ptr_array_new_with_free_func (node_info_free);
  tree->roots = g_ptr_array_new ();
  tree->round = round;

  st = prs_store_prepare (store,
    "SELECT title, fiscal_year, kind, status, version, ifnull (parent_plan_id, 0), approved_date,"
    " approval_reference, numbering FROM plans WHERE id = ?1", error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  if ((rc = sqlite3_step (st)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, _("There is no plan with id %lld."),
                     (long long) plan_id);
      return NULL;
    }
  tree->id = plan_id;
  tree->title = column_text (st, 0);
  tree->fiscal_year = sqlite3_column_int (st, 1);
  tree->kind = column_text (st, 2);
  tree->status = column_text (st, 3);
  tree->version = sqlite3_column_int (st, 4);
  tree->parent_plan_id = sqlite3_column_int64 (st, 5);
  tree->approved_date = sqlite3_column_type (st, 6) == SQLITE_NULL ? NULL : column_text (st, 6);
  tree->approval_reference = column_text (st, 7);
  tree->numbering = column_text (st, 8);
  g_clear_pointer (&st, sqlite3_finalize);

  st = prs_store_prepare (store, "SELECT name FROM plan_levels WHERE plan_id = ?1 ORDER BY depth", error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    g_ptr_array_add (tree->levels, column_text (st, 0));
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&st, sqlite3_finalize);

  st = prs_store_prepare (store,
    "SELECT n.id, ifnull (n.parent_id, 0), n.title, n.objective, ifnull (n.group_budget_satang, -1),"
    " a.id IS NOT NULL, ifnull (a.budget_kind, 'none'), ifnull (a.budget_satang, 0), ifnull (a.shared_with_id, 0),"
    /* with a round, an activity's status in that round (prs_store_progress_set_status) */
    " ifnull (a.months, 0),"
    " ifnull (CASE WHEN ?2 > 0 AND a.id IS NOT NULL THEN " PRS_ROUND_STATUS_SQL ("a.id", "?2") " ELSE a.status END,"
    "         'not_started'),"
    " ifnull (a.common_kpi, 0), ifnull (a.all_units, 0),"
    " ifnull (a.headcount_only, 0), ifnull (a.objective, ''), a.due_date"
    " FROM plan_nodes n LEFT JOIN activities a ON a.id = n.id WHERE n.plan_id = ?1"
    " ORDER BY n.sort_order, n.id", error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  sqlite3_bind_int (st, 2, round);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      PrsPlanNodeInfo *n = g_new0 (PrsPlanNodeInfo, 1);
      const char *aobj = (const char *) sqlite3_column_text (st, 14);

      n->id = sqlite3_column_int64 (st, 0);
      n->parent_id = sqlite3_column_int64 (st, 1);
      n->title = column_text (st, 2);
      n->objective = aobj && *aobj ? g_strdup (aobj) : column_text (st, 3);
      n->group_budget_satang = sqlite3_column_int64 (st, 4);
      n->is_activity = sqlite3_column_int (st, 5);
      n->budget_kind = column_text (st, 6);
      n->budget_satang = sqlite3_column_int64 (st, 7);
      n->shared_with_id = sqlite3_column_int64 (st, 8);
      n->months = (guint) sqlite3_column_int (st, 9);
      n->status = column_text (st, 10);
      n->common_kpi = sqlite3_column_int (st, 11);
      n->all_units = sqlite3_column_int (st, 12);
      n->headcount_only = sqlite3_column_int (st, 13);
      n->due_date = sqlite3_column_type (st, 15) == SQLITE_NULL ? NULL : column_text (st, 15);
      n->indicators = g_ptr_array_new_with_free_func (indicator_info_free);
      n->units = g_ptr_array_new_with_free_func (g_free);
      n->children = g_ptr_array_new ();
      n->participants = -1;
      g_hash_table_insert (by_id, &n->id, n);
      g_ptr_array_add (all, n);
    }
  if (!prs_store_step_done (store, rc, error))
    {
      for (guint i = 0; i < all->len; i++)
        node_info_free (g_ptr_array_index (all, i));
      return NULL;
    }
  g_clear_pointer (&st, sqlite3_finalize);
  for (guint i = 0; i < all->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (all, i);
      PrsPlanNodeInfo *p = n->parent_id ? g_hash_table_lookup (by_id, &n->parent_id) : NULL;
      g_ptr_array_add (p ? p->children : tree->roots, n);
    }
  walk (tree, tree->roots, NULL, 0, &counter, g_str_equal (tree->numbering, "across_plan"));
  if (tree->nodes->len != all->len)
    {
      /* nodes whose parent is not in the plan would be lost: keep them at the top */
      for (guint i = 0; i < all->len; i++)
        {
          PrsPlanNodeInfo *n = g_ptr_array_index (all, i);
          if (n->number == NULL)
            {
              n->number = g_strdup ("?");
              g_ptr_array_add (tree->nodes, n);
            }
        }
    }

  st = prs_store_prepare (store,
    "SELECT i.id, i.node_id, i.name, i.target_hundredths, i.unit_text, i.direction, i.quantitative,"
    " r.value_hundredths, ifnull (r.note, ''), r.id IS NOT NULL"
    " FROM indicators i JOIN plan_nodes n ON n.id = i.node_id"
    " LEFT JOIN indicator_results r ON r.indicator_id = i.id AND r.round = ?2"
    " WHERE n.plan_id = ?1 ORDER BY i.node_id, i.sort_order, i.id", error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  sqlite3_bind_int (st, 2, round);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      gint64 node_id = sqlite3_column_int64 (st, 1);
      PrsPlanNodeInfo *n = g_hash_table_lookup (by_id, &node_id);
      PrsPlanIndicatorInfo *ind;

      if (n == NULL)
        continue;
      ind = g_new0 (PrsPlanIndicatorInfo, 1);
      ind->id = sqlite3_column_int64 (st, 0);
      ind->name = column_text (st, 2);
      ind->has_target = sqlite3_column_type (st, 3) != SQLITE_NULL;
      ind->target_hundredths = sqlite3_column_int64 (st, 3);
      ind->unit = column_text (st, 4);
      ind->direction = column_text (st, 5);
      ind->quantitative = sqlite3_column_int (st, 6);
      ind->has_result = sqlite3_column_int (st, 9) && sqlite3_column_type (st, 7) != SQLITE_NULL;
      ind->result_hundredths = sqlite3_column_int64 (st, 7);
      ind->result_note = column_text (st, 8);
      g_ptr_array_add (n->indicators, ind);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&st, sqlite3_finalize);

  st = prs_store_prepare (store,
    "SELECT nu.node_id, u.name FROM node_units nu JOIN units u ON u.id = nu.unit_id"
    " JOIN plan_nodes n ON n.id = nu.node_id WHERE n.plan_id = ?1 ORDER BY nu.node_id, nu.sort_order, nu.id", error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      gint64 node_id = sqlite3_column_int64 (st, 0);
      PrsPlanNodeInfo *n = g_hash_table_lookup (by_id, &node_id);
      if (n)
        g_ptr_array_add (n->units, column_text (st, 1));
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&st, sqlite3_finalize);

  if (round)
    {
      st = prs_store_prepare (store,
        "SELECT p.node_id, p.status, p.narrative, p.spent_satang, ifnull (p.participants, -1)"
        " FROM progress p JOIN plan_nodes n ON n.id = p.node_id WHERE n.plan_id = ?1 AND p.round = ?2", error);
      if (!st)
        return NULL;
      sqlite3_bind_int64 (st, 1, plan_id);
      sqlite3_bind_int (st, 2, round);
      while ((rc = sqlite3_step (st)) == SQLITE_ROW)
        {
          gint64 node_id = sqlite3_column_int64 (st, 0);
          PrsPlanNodeInfo *n = g_hash_table_lookup (by_id, &node_id);
          if (n == NULL)
            continue;
          n->has_progress = TRUE;
          n->progress_status = column_text (st, 1);
          n->narrative = column_text (st, 2);
          n->spent_satang = sqlite3_column_int64 (st, 3);
          n->participants = sqlite3_column_int64 (st, 4);
        }
      if (!prs_store_step_done (store, rc, error))
        return NULL;
      g_clear_pointer (&st, sqlite3_finalize);
      if (!prs_store_plan_round_frozen (store, plan_id, round, &tree->round_frozen, error))
        return NULL;
    }

  for (guint i = 0; i < tree->roots->len; i++)
    {
      PrsPlanNodeInfo *r = g_ptr_array_index (tree->roots, i);
      roll_up (r);
      tree->budget_satang += r->budget_satang;
      tree->spent_satang += r->spent_satang;
      tree->n_activities += r->n_activities;
      tree->n_done += r->n_done;
      tree->n_in_progress += r->n_in_progress;
      tree->n_not_started += r->n_not_started;
      tree->n_cancelled += r->n_cancelled;
    }
  return g_steal_pointer (&tree);
}

static void
summary_free (gpointer p)
{
  PrsPlanSummary *s = p;

  g_free (s->title);
  g_free (s->kind);
  g_free (s->status);
  g_free (s);
}

GPtrArray *
prs_store_list_plans (PrsStore *store, int fiscal_year, GError **error)
{
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (summary_free);
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT id FROM plans WHERE ?1 = 0 OR fiscal_year = ?1"
    " ORDER BY fiscal_year, CASE kind WHEN 'morality' THEN 0 WHEN 'anti_corruption' THEN 1 ELSE 2 END, version, id",
    error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (!st)
    return NULL;
  sqlite3_bind_int (st, 1, fiscal_year);
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (st, 0);
      g_array_append_val (ids, id);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      int round = prs_store_plan_latest_round (store, id, error);
      g_autoptr (PrsPlanTree) tree = round < 0 ? NULL : prs_store_load_plan (store, id, round, error);
      PrsPlanSummary *s;

      if (tree == NULL)
        return NULL;
      s = g_new0 (PrsPlanSummary, 1);
      s->id = id;
      s->title = g_strdup (tree->title);
      s->fiscal_year = tree->fiscal_year;
      s->kind = g_strdup (tree->kind);
      s->status = g_strdup (tree->status);
      s->version = tree->version;
      s->n_activities = tree->n_activities;
      s->budget_satang = tree->budget_satang;
      s->spent_satang = tree->spent_satang;
      g_ptr_array_add (out, s);
    }
  return g_steal_pointer (&out);
}

const char *
prs_plan_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "anti_corruption") == 0)
    return "แผนปฏิบัติการป้องกันและปราบปรามการทุจริต";
  if (g_strcmp0 (kind, "internal_measures") == 0)
    return "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
  return "แผนปฏิบัติการส่งเสริมคุณธรรม";
}

const char *
prs_plan_status_label (const char *status)
{
  if (g_strcmp0 (status, "approved") == 0)
    return "อนุมัติแล้ว";
  if (g_strcmp0 (status, "revised") == 0)
    return "ฉบับปรับปรุง";
  return "ร่าง";
}

gboolean
prs_plan_kind_is_valid (const char *kind)
{
  return g_strcmp0 (kind, "morality") == 0 || g_strcmp0 (kind, "anti_corruption") == 0
         || g_strcmp0 (kind, "internal_measures") == 0;
}

/* ---- comparison ---------------------------------------------------------------- */

static char *
squash_title (const char *text)
{
  g_autofree char *a = prs_digits_to_arabic (text ? text : "");
  g_autofree char *low = g_utf8_strdown (a, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = low; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || g_unichar_ispunct (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static double
similarity (const char *a, const char *b)
{
  glong la, lb;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  g_autofree guint *prev = NULL;
  g_autofree guint *cur = NULL;

  if (la == 0 && lb == 0)
    return 1.0;
  if (la > 400 || lb > 400)
    {
      la = MIN (la, 400);
      lb = MIN (lb, 400);
    }
  prev = g_new (guint, lb + 1);
  cur = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    prev[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      cur[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
          cur[j] = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        }
      memcpy (prev, cur, sizeof (guint) * (lb + 1));
    }
  return 1.0 - (double) prev[lb] / (double) MAX (la, lb);
}

static void
diff_item_free (gpointer p)
{
  PrsPlanDiffItem *d = p;

  g_free (d->title);
  g_free (d->number);
  if (d->fields)
    g_ptr_array_unref (d->fields);
  g_free (d);
}

void
prs_plan_diff_free (PrsPlanDiff *diff)
{
  if (diff == NULL)
    return;
  g_ptr_array_unref (diff->added);
  g_ptr_array_unref (diff->removed);
  g_ptr_array_unref (diff->changed);
  g_free (diff);
}

static char *
indicators_key (PrsPlanNodeInfo *n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n->indicators->len; i++)
    {
      PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, i);
      g_autofree char *name = squash_title (ind->name);
      g_string_append_printf (s, "%s|%d|%" G_GINT64_FORMAT "|%s|%s;", name, ind->has_target, ind->target_hundredths,
                              ind->unit, ind->direction);
    }
  return g_string_free (s, FALSE);
}

static char *
units_key (PrsPlanNodeInfo *n)
{
  GString *s = g_string_new (n->all_units ? "*" : "");

  for (guint i = 0; i < n->units->len; i++)
    g_string_append_printf (s, "%s;", (char *) g_ptr_array_index (n->units, i));
  return g_string_free (s, FALSE);
}

static PrsPlanDiffItem *
diff_item (PrsPlanNodeInfo *o, PrsPlanNodeInfo *n)
{
  PrsPlanDiffItem *d = g_new0 (PrsPlanDiffItem, 1);
  PrsPlanNodeInfo *shown = n ? n : o;

  d->title = g_strdup (shown->title);
  d->number = g_strdup (shown->number);
  d->old_node = o;
  d->new_node = n;
  return d;
}

PrsPlanDiff *
prs_plan_diff_new (PrsPlanTree *old_tree, PrsPlanTree *new_tree)
{
  PrsPlanDiff *diff = g_new0 (PrsPlanDiff, 1);
  g_autoptr (GPtrArray) olds = g_ptr_array_new ();
  g_autoptr (GPtrArray) news = g_ptr_array_new ();
  g_autoptr (GPtrArray) okeys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) nkeys = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *match = NULL;   /* new index -> old index */
  g_autofree gboolean *used = NULL;

  diff->added = g_ptr_array_new_with_free_func (diff_item_free);
  diff->removed = g_ptr_array_new_with_free_func (diff_item_free);
  diff->changed = g_ptr_array_new_with_free_func (diff_item_free);
  diff->old_budget = old_tree->budget_satang;
  diff->new_budget = new_tree->budget_satang;

  for (guint i = 0; i < old_tree->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (old_tree->nodes, i);
      if (n->is_activity)
        {
          g_ptr_array_add (olds, n);
          g_ptr_array_add (okeys, squash_title (n->title));
        }
    }
  for (guint i = 0; i < new_tree->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (new_tree->nodes, i);
      if (n->is_activity)
        {
          g_ptr_array_add (news, n);
          g_ptr_array_add (nkeys, squash_title (n->title));
        }
    }
  match = g_new (int, news->len + 1);
  used = g_new0 (gboolean, olds->len + 1);
  for (guint j = 0; j < news->len; j++)
    {
      match[j] = -1;
      for (guint i = 0; i < olds->len; i++)
        if (!used[i] && g_str_equal (g_ptr_array_index (okeys, i), g_ptr_array_index (nkeys, j)))
          {
            match[j] = (int) i;
            used[i] = TRUE;
            break;
          }
    }
  /* the closest remaining title, if close enough (a reworded activity) */
  if ((gsize) olds->len * news->len <= 40000)
    {
      gboolean progress = TRUE;
      while (progress)
        {
          double best = 0.6;
          int bi = -1, bj = -1;
          progress = FALSE;
          for (guint j = 0; j < news->len; j++)
            {
              if (match[j] >= 0)
                continue;
              for (guint i = 0; i < olds->len; i++)
                {
                  double s;
                  if (used[i])
                    continue;
                  s = similarity (g_ptr_array_index (okeys, i), g_ptr_array_index (nkeys, j));
                  if (s > best)
                    {
                      best = s;
                      bi = (int) i;
                      bj = (int) j;
                    }
                }
            }
          if (bj >= 0)
            {
              match[bj] = bi;
              used[bi] = TRUE;
              progress = TRUE;
            }
        }
    }

  /* a renamed activity still in its place: same number under the same parent */
  for (guint j = 0; j < news->len; j++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (news, j);
      g_autofree char *np = squash_title (n->parent ? n->parent->title : "");

      if (match[j] >= 0)
        continue;
      for (guint i = 0; i < olds->len; i++)
        {
          PrsPlanNodeInfo *o = g_ptr_array_index (olds, i);
          g_autofree char *op = NULL;
          if (used[i] || !g_str_equal (o->number, n->number))
            continue;
          op = squash_title (o->parent ? o->parent->title : "");
          if (g_str_equal (op, np))
            {
              match[j] = (int) i;
              used[i] = TRUE;
              break;
            }
        }
    }

  for (guint j = 0; j < news->len; j++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (news, j);
      PrsPlanNodeInfo *o;
      g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

      if (match[j] < 0)
        {
          g_ptr_array_add (diff->added, diff_item (NULL, n));
          continue;
        }
      o = g_ptr_array_index (olds, match[j]);
      if (!g_str_equal (g_ptr_array_index (okeys, match[j]), g_ptr_array_index (nkeys, j)))
        g_ptr_array_add (fields, g_strdup ("title"));
      {
        g_autofree char *a = squash_title (o->objective);
        g_autofree char *b = squash_title (n->objective);
        if (!g_str_equal (a, b))
          g_ptr_array_add (fields, g_strdup ("objective"));
      }
      if (!g_str_equal (o->budget_kind, n->budget_kind) || o->budget_satang != n->budget_satang)
        g_ptr_array_add (fields, g_strdup ("budget"));
      if (o->months != n->months)
        g_ptr_array_add (fields, g_strdup ("schedule"));
      if (g_strcmp0 (o->due_date, n->due_date) != 0)
        g_ptr_array_add (fields, g_strdup ("due_date"));
      {
        g_autofree char *a = indicators_key (o);
        g_autofree char *b = indicators_key (n);
        if (!g_str_equal (a, b))
          g_ptr_array_add (fields, g_strdup ("indicators"));
      }
      {
        g_autofree char *a = units_key (o);
        g_autofree char *b = units_key (n);
        if (!g_str_equal (a, b))
          g_ptr_array_add (fields, g_strdup ("units"));
      }
      if (o->common_kpi != n->common_kpi)
        g_ptr_array_add (fields, g_strdup ("common_kpi"));
      {
        g_autofree char *a = squash_title (o->parent ? o->parent->title : "");
        g_autofree char *b = squash_title (n->parent ? n->parent->title : "");
        if (!g_str_equal (a, b))
          g_ptr_array_add (fields, g_strdup ("parent"));
      }
      if (fields->len > 0)
        {
          PrsPlanDiffItem *d = diff_item (o, n);
          d->fields = g_steal_pointer (&fields);
          g_ptr_array_add (diff->changed, d);
        }
    }
  for (guint i = 0; i < olds->len; i++)
    if (!used[i])
      g_ptr_array_add (diff->removed, diff_item (g_ptr_array_index (olds, i), NULL));
  return diff;
}

static const char *const month_abbr[12] = { "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.",
                                            "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย." };

char *
prs_plan_months_text (guint months)
{
  GString *s = g_string_new (NULL);

  if ((months & 0xFFF) == 0xFFF)
    {
      g_string_append (s, "ตลอดปี");
      return g_string_free (s, FALSE);
    }
  for (int m = 0; m < 12;)
    {
      int e;
      if (!(months & (1u << m)))
        {
          m++;
          continue;
        }
      for (e = m; e + 1 < 12 && (months & (1u << (e + 1))); e++)
        ;
      if (s->len)
        g_string_append (s, ", ");
      if (e == m)
        g_string_append (s, month_abbr[m]);
      else
        g_string_append_printf (s, "%s – %s", month_abbr[m], month_abbr[e]);
      m = e + 1;
    }
  return g_string_free (s, FALSE);
}

static char *
hundredths_text (gint64 h)
{
  if (h % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, h / 100);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", h / 100, (int) ABS (h % 100));
}

char *
prs_plan_node_indicators_text (PrsPlanNodeInfo *node, gboolean with_results)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; node && i < node->indicators->len; i++)
    {
      PrsPlanIndicatorInfo *ind = g_ptr_array_index (node->indicators, i);
      if (s->len)
        g_string_append_c (s, '\n');
      g_string_append (s, ind->name);
      if (ind->has_target)
        {
          g_autofree char *t = hundredths_text (ind->target_hundredths);
          const char *dir = g_str_equal (ind->direction, "at_most") ? "ไม่เกิน " : "";
          g_autofree char *name = prs_digits_to_arabic (ind->name);
          g_autofree char *said = g_str_equal (ind->unit, "ร้อยละ") ? g_strdup_printf ("ร้อยละ %s", t)
                                                                    : g_strdup_printf ("%s %s", t, ind->unit);
          if (strstr (name, said) != NULL || (g_str_equal (ind->unit, "ร้อยละ") && strstr (name, t)))
            continue; /* the name already says it */
          if (g_str_equal (ind->unit, "ร้อยละ"))
            g_string_append_printf (s, " : ร้อยละ %s%s", dir, t);
          else
            g_string_append_printf (s, " : %s%s%s%s", dir, t, *ind->unit ? " " : "", ind->unit);
        }
      if (with_results && ind->has_result)
        {
          g_autofree char *r = hundredths_text (ind->result_hundredths);
          g_string_append_printf (s, " (ผล %s)", r);
        }
    }
  return g_string_free (s, FALSE);
}

char *
prs_plan_node_budget_text (PrsPlanTree *tree, PrsPlanNodeInfo *node)
{
  if (node == NULL)
    return g_strdup ("");
  if (!node->is_activity || g_str_equal (node->budget_kind, "amount"))
    return prs_money_format (node->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
  if (g_str_equal (node->budget_kind, "shared"))
    {
      PrsPlanNodeInfo *o = tree && node->shared_with_id ? prs_plan_tree_find (tree, node->shared_with_id) : NULL;
      return o ? g_strdup_printf ("ใช้งบประมาณร่วมกับกิจกรรมที่ %s", o->number) : g_strdup ("ใช้งบประมาณร่วม");
    }
  return g_strdup ("ไม่ใช้งบประมาณ");
}

char *
prs_plan_node_field_text (PrsPlanNodeInfo *node, const char *key)
{
  if (node == NULL)
    return g_strdup ("");
  if (g_str_equal (key, "title"))
    return g_strdup (node->title);
  if (g_str_equal (key, "objective"))
    return g_strdup (node->objective);
  if (g_str_equal (key, "budget"))
    return prs_plan_node_budget_text (NULL, node);
  if (g_str_equal (key, "schedule"))
    return prs_plan_months_text (node->months);
  if (g_str_equal (key, "due_date"))
    {
      PrsDate d;

      if (node->due_date == NULL || !prs_date_parse (node->due_date, &d, NULL))
        return g_strdup ("-");
      return g_strdup_printf ("%d %s %d", d.day, prs_month_name_abbr (d.month), d.year + PRS_BE_OFFSET);
    }
  if (g_str_equal (key, "indicators"))
    return prs_plan_node_indicators_text (node, FALSE);
  if (g_str_equal (key, "units"))
    {
      GString *s = g_string_new (node->all_units ? "ทุกหน่วยงาน" : "");
      for (guint i = 0; i < node->units->len; i++)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", (char *) g_ptr_array_index (node->units, i));
      return g_string_free (s, FALSE);
    }
  if (g_str_equal (key, "common_kpi"))
    return g_strdup (node->common_kpi ? "Common KPI" : "-");
  if (g_str_equal (key, "parent"))
    return g_strdup (node->parent ? node->parent->title : "");
  return g_strdup ("");
}
