/* prs-store-plans-edit.c: plan edits, approval and versions, progress rounds and
 * the import of a plan table — each one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"
#include "prs-store-plans-tree.h"

/* An optional integer: the value, or NULL (PRS_VALUE_ID with 0 stores NULL). */
#define OPT_INT(has, v) ((has) ? PRS_VALUE_INT : PRS_VALUE_ID), ((gint64) ((has) ? (v) : 0))

static const char *const default_levels[] = { "ยุทธศาสตร์", "กิจกรรม", NULL };

/* The own agency; 0 if none is named, -1 with @error set when it could not be read
 * (a plan or unit would be made outside the agency). */
static gint64
own_agency (PrsStore *store, GError **error)
{
  gint64 id;

  if (!prs_store_query_int_checked (store, "SELECT id FROM units WHERE is_own_agency = 1 ORDER BY id LIMIT 1", 0,
                                    &id, error))
    return -1;
  return id;
}

static gboolean
write_levels (PrsStore *store, gint64 plan_id, const char *const *levels, GError **error)
{
  if (!prs_store_execute (store, error, "DELETE FROM plan_levels WHERE plan_id = ?1", PRS_INT (plan_id),
                          PRS_VALUE_END))
    return FALSE;
  for (guint d = 0; levels && levels[d]; d++)
    if (!prs_store_insert (store, "plan_levels", error, "plan_id", PRS_INT (plan_id), "depth", PRS_INT (d), "name",
                           PRS_TEXT (levels[d]), NULL))
      return FALSE;
  return TRUE;
}

static gboolean
check_levels (const char *const *levels, GError **error)
{
  guint n = levels ? g_strv_length ((char **) levels) : 0;

  if (levels && (n < 2 || n > 5))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("A plan has 2 to 5 levels (for example ยุทธศาสตร์ > กิจกรรม), not %u."), n);
      return FALSE;
    }
  return TRUE;
}

gint64
prs_store_plan_create (PrsStore *store, const char *kind, int fiscal_year, const char *title,
                       const char *const *levels, GError **error)
{
  gint64 id, own;

  if (!prs_plan_kind_is_valid (kind))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of plan: use morality, anti_corruption or internal_measures."), kind);
      return 0;
    }
  if (!check_levels (levels, error))
    return 0;
  if (!prs_store_begin_edit (store, _("New plan"), error))
    return 0;
  own = own_agency (store, error);
  id = own < 0 ? 0
               : prs_store_insert (store, "plans", error, "kind", PRS_TEXT (kind), "fiscal_year", PRS_INT (fiscal_year),
                                   "unit_id", PRS_ID (own), "title", PRS_TEXT (title ? title : ""), NULL);
  if (!id || !write_levels (store, id, levels ? levels : default_levels, error))
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;
}

gboolean
prs_store_plan_rename (PrsStore *store, gint64 plan_id, const char *title, GError **error)
{
  return prs_store_update (store, "plans", plan_id, error, "title", PRS_TEXT (title), NULL);
}

gboolean
prs_store_plan_delete (PrsStore *store, gint64 plan_id, GError **error)
{
  return prs_store_delete (store, "plans", plan_id, error);
}

gboolean
prs_store_plan_set_levels (PrsStore *store, gint64 plan_id, const char *const *levels, GError **error)
{
  if (!check_levels (levels, error))
    return FALSE;
  if (!prs_store_begin_edit (store, _("Rename levels"), error))
    return FALSE;
  if (!write_levels (store, plan_id, levels, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_store_plan_set_numbering (PrsStore *store, gint64 plan_id, gboolean across, GError **error)
{
  return prs_store_update (store, "plans", plan_id, error, "numbering",
                           PRS_TEXT (across ? "across_plan" : "per_parent"), NULL);
}

gboolean
prs_store_plan_approve (PrsStore *store, gint64 plan_id, const char *date, const char *reference, GError **error)
{
  PrsDate d;

  if (date == NULL || !prs_date_parse (date, &d, NULL))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a date (write 2025-10-15 or 15 ต.ค. 2568)."), date ? date : "");
      return FALSE;
    }
  {
    g_autofree char *iso = prs_date_to_iso (&d);
    return prs_store_update (store, "plans", plan_id, error, "status", PRS_TEXT ("approved"), "approved_date",
                             PRS_TEXT (iso), "approval_reference", PRS_TEXT (reference ? reference : ""), NULL);
  }
}

gint64
prs_store_plan_revise (PrsStore *store, gint64 plan_id, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT fiscal_year, version, status FROM plans WHERE id = ?1",
                                                   error);
  int year, version;
  gint64 id;
  int rc;

  if (!st)
    return 0;
  sqlite3_bind_int64 (st, 1, plan_id);
  if ((rc = sqlite3_step (st)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, _("There is no plan with id %lld."),
                     (long long) plan_id);
      return 0;
    }
  year = sqlite3_column_int (st, 0);
  version = sqlite3_column_int (st, 1);
  if (!g_str_equal ((const char *) sqlite3_column_text (st, 2), "approved"))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Only an approved plan is revised; edit a draft directly."));
      return 0;
    }
  if (!prs_store_begin_edit (store, _("Revise plan"), error))
    return 0;
  id = prs_store_copy_plan_in_edit (store, plan_id, year, error);
  if (!id || !prs_store_update (store, "plans", id, error, "status", PRS_TEXT ("revised"), "version",
                                PRS_INT (version + 1), NULL))
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;
}

/* ---- nodes ----------------------------------------------------------------------- */

static gboolean
node_plan (PrsStore *store, gint64 node_id, gint64 *plan_id, gint64 *parent_id, int *depth, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT plan_id, ifnull (parent_id, 0), depth FROM plan_nodes WHERE id = ?1", error);
  int rc;

  if (!st)
    return FALSE;
  sqlite3_bind_int64 (st, 1, node_id);
  if ((rc = sqlite3_step (st)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                             _("The plan row no longer exists; it may have been deleted."));
      return FALSE;
    }
  if (plan_id)
    *plan_id = sqlite3_column_int64 (st, 0);
  if (parent_id)
    *parent_id = sqlite3_column_int64 (st, 1);
  if (depth)
    *depth = sqlite3_column_int (st, 2);
  return TRUE;
}

/* Children of @parent_id in order (ids). */
static GArray *
children_of (PrsStore *store, gint64 plan_id, gint64 parent_id, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT id FROM plan_nodes WHERE plan_id = ?1 AND ifnull (parent_id, 0) = ?2 ORDER BY sort_order, id", error);
  g_autoptr (GArray) ids = NULL;
  int rc;

  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, plan_id);
  sqlite3_bind_int64 (st, 2, parent_id);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (st, 0);
      g_array_append_val (ids, id);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Writes sort_order 0..n-1 where it differs. */
static gboolean
renumber (PrsStore *store, GArray *ids, GError **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gint64 cur = -1;
      g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT sort_order FROM plan_nodes WHERE id = ?1", error);
      int rc;

      if (!st)
        return FALSE;
      sqlite3_bind_int64 (st, 1, id);
      if ((rc = sqlite3_step (st)) == SQLITE_ROW)
        cur = sqlite3_column_int64 (st, 0);
      else if (!prs_store_step_done (store, rc, error))
        return FALSE;
      if (cur != (gint64) i && !prs_store_update (store, "plan_nodes", id, error, "sort_order", PRS_INT (i), NULL))
        return FALSE;
    }
  return TRUE;
}

gint64
prs_store_plan_add_node (PrsStore *store, gint64 plan_id, gint64 parent_id, int position, const char *title,
                         gboolean activity, GError **error)
{
  g_autoptr (GArray) siblings = NULL;
  int depth = -1;
  gint64 id;

  if (parent_id && !node_plan (store, parent_id, NULL, NULL, &depth, error))
    return 0;
  if (!prs_store_begin_edit (store, activity ? _("Add activity") : _("Add row"), error))
    return 0;
  siblings = children_of (store, plan_id, parent_id, error);
  if (!siblings)
    goto fail;
  id = prs_store_insert (store, "plan_nodes", error, "plan_id", PRS_INT (plan_id), "parent_id", PRS_ID (parent_id),
                         "depth", PRS_INT (depth + 1), "sort_order", PRS_INT (siblings->len), "title",
                         PRS_TEXT (title ? title : ""), NULL);
  if (!id)
    goto fail;
  if (activity && !prs_store_insert (store, "activities", error, "id", PRS_INT (id), NULL))
    goto fail;
  if (position >= 0 && (guint) position < siblings->len)
    {
      g_array_insert_val (siblings, position, id);
      if (!renumber (store, siblings, error))
        goto fail;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;
fail:
  prs_store_cancel_edit (store);
  return 0;
}

static gboolean
move_node (PrsStore *store, gint64 node_id, gint64 parent_id, int position, GError **error)
{
  gint64 plan_id, old_parent;
  int depth, new_depth = 0;
  g_autoptr (GArray) old_siblings = NULL;
  g_autoptr (GArray) siblings = NULL;

  if (!node_plan (store, node_id, &plan_id, &old_parent, &depth, error))
    return FALSE;
  if (parent_id)
    {
      gint64 p = parent_id;
      int pd;
      /* not under itself */
      while (p)
        {
          gint64 up;
          if (p == node_id)
            {
              g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                                   _("A row cannot move under itself."));
              return FALSE;
            }
          if (!node_plan (store, p, NULL, &up, NULL, error))
            return FALSE;
          p = up;
        }
      if (!node_plan (store, parent_id, NULL, NULL, &pd, error))
        return FALSE;
      new_depth = pd + 1;
    }
  old_siblings = children_of (store, plan_id, old_parent, error);
  if (!old_siblings)
    return FALSE;
  for (guint i = 0; i < old_siblings->len; i++)
    if (g_array_index (old_siblings, gint64, i) == node_id)
      {
        g_array_remove_index (old_siblings, i);
        break;
      }
  if (old_parent == parent_id)
    siblings = g_array_ref (old_siblings);
  else
    siblings = children_of (store, plan_id, parent_id, error);
  if (!siblings)
    return FALSE;
  if (position < 0 || (guint) position > siblings->len)
    position = (int) siblings->len;
  g_array_insert_val (siblings, position, node_id);
  if (!prs_store_update (store, "plan_nodes", node_id, error, "parent_id", PRS_ID (parent_id), NULL))
    return FALSE;
  if (new_depth != depth
      && !prs_store_execute (store, error,
                             "WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL"
                             " SELECT n.id FROM plan_nodes n JOIN sub ON n.parent_id = sub.id)"
                             " UPDATE plan_nodes SET depth = depth + ?2 WHERE id IN (SELECT id FROM sub)",
                             PRS_INT (node_id), PRS_INT (new_depth - depth), PRS_VALUE_END))
    return FALSE;
  if (old_parent != parent_id && !renumber (store, old_siblings, error))
    return FALSE;
  return renumber (store, siblings, error);
}

gboolean
prs_store_plan_move_node (PrsStore *store, gint64 node_id, gint64 parent_id, int position, GError **error)
{
  if (!prs_store_begin_edit (store, _("Move row"), error))
    return FALSE;
  if (!move_node (store, node_id, parent_id, position, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_store_plan_indent_node (PrsStore *store, gint64 node_id, GError **error)
{
  gint64 plan_id, parent;
  g_autoptr (GArray) siblings = NULL;
  gint64 prev = 0;

  if (!node_plan (store, node_id, &plan_id, &parent, NULL, error))
    return FALSE;
  siblings = children_of (store, plan_id, parent, error);
  if (!siblings)
    return FALSE;
  for (guint i = 0; i < siblings->len; i++)
    if (g_array_index (siblings, gint64, i) == node_id)
      {
        prev = i > 0 ? g_array_index (siblings, gint64, i - 1) : 0;
        break;
      }
  if (!prev)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The first row of a group cannot be indented: there is no row above it to go under."));
      return FALSE;
    }
  if (!prs_store_begin_edit (store, _("Indent row"), error))
    return FALSE;
  if (!move_node (store, node_id, prev, -1, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_store_plan_outdent_node (PrsStore *store, gint64 node_id, GError **error)
{
  gint64 plan_id, parent, grand = 0;
  g_autoptr (GArray) siblings = NULL;
  int pos = -1;

  if (!node_plan (store, node_id, &plan_id, &parent, NULL, error))
    return FALSE;
  if (!parent)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A top-level row cannot be outdented."));
      return FALSE;
    }
  if (!node_plan (store, parent, NULL, &grand, NULL, error))
    return FALSE;
  siblings = children_of (store, plan_id, grand, error);
  if (!siblings)
    return FALSE;
  for (guint i = 0; i < siblings->len; i++)
    if (g_array_index (siblings, gint64, i) == parent)
      pos = (int) i + 1;
  if (!prs_store_begin_edit (store, _("Outdent row"), error))
    return FALSE;
  if (!move_node (store, node_id, grand, pos, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_store_plan_delete_node (PrsStore *store, gint64 node_id, GError **error)
{
  return prs_store_delete (store, "plan_nodes", node_id, error);
}

/* 1 when @node_id is an activity, 0 when it is a group row, -1 with @error set when
 * that could not be read (the caller would write to the wrong table). */
static int
is_activity_row (PrsStore *store, gint64 node_id, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT 1 FROM activities WHERE id = ?1", error);
  int rc;

  if (!st)
    return -1;
  sqlite3_bind_int64 (st, 1, node_id);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    return 1;
  return prs_store_step_done (store, rc, error) ? 0 : -1;
}

gboolean
prs_store_plan_set_node_text (PrsStore *store, gint64 node_id, const char *title, const char *objective,
                              GError **error)
{
  if (!prs_store_begin_edit (store, _("Edit text"), error))
    return FALSE;
  if (title && !prs_store_update (store, "plan_nodes", node_id, error, "title", PRS_TEXT (title), NULL))
    goto fail;
  if (objective)
    {
      int activity = is_activity_row (store, node_id, error);
      gboolean ok = activity < 0 ? FALSE
                    : activity ? prs_store_update (store, "activities", node_id, error, "objective", PRS_TEXT (objective), NULL)
                    : prs_store_update (store, "plan_nodes", node_id, error, "objective", PRS_TEXT (objective), NULL);
      if (!ok)
        goto fail;
    }
  return prs_store_end_edit (store, error);
fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

gboolean
prs_store_activity_set_budget (PrsStore *store, gint64 node_id, const char *kind, gint64 satang, gint64 shared_with,
                               GError **error)
{
  int activity;

  if (satang < 0 || !(g_strcmp0 (kind, "amount") == 0 || g_strcmp0 (kind, "none") == 0
                      || g_strcmp0 (kind, "shared") == 0))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A budget is an amount of zero or more baht, none, or shared with another activity."));
      return FALSE;
    }
  if (g_str_equal (kind, "shared") && (shared_with == 0 || shared_with == node_id))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Choose the activity whose budget this one shares."));
      return FALSE;
    }
  activity = is_activity_row (store, node_id, error);
  if (activity < 0)
    return FALSE;
  if (!activity)
    return prs_store_update (store, "plan_nodes", node_id, error, "group_budget_satang",
                             OPT_INT (g_str_equal (kind, "amount"), satang), NULL);
  return prs_store_update (store, "activities", node_id, error, "budget_kind", PRS_TEXT (kind), "budget_satang",
                           PRS_INT (g_str_equal (kind, "amount") ? satang : 0), "shared_with_id",
                           PRS_ID (g_str_equal (kind, "shared") ? shared_with : 0), NULL);
}

gboolean
prs_store_activity_set_months (PrsStore *store, gint64 node_id, guint months, GError **error)
{
  return prs_store_update (store, "activities", node_id, error, "months", PRS_INT (months & 0xFFF), NULL);
}

gboolean
prs_store_activity_set_status (PrsStore *store, gint64 node_id, const char *status, GError **error)
{
  return prs_store_update (store, "activities", node_id, error, "status", PRS_TEXT (status), NULL);
}

gboolean
prs_store_activity_set_due_date (PrsStore *store, gint64 node_id, const char *date, GError **error)
{
  PrsDate parsed;
  g_autofree char *iso = NULL;
  int activity;

  if (date && *date)
    {
      /* Only a real calendar date in ISO form is stored; the UI parses Thai forms. */
      if (strlen (date) != 10 || date[4] != '-' || !prs_date_parse (date, &parsed, NULL)
          || !g_str_equal ((iso = prs_date_to_iso (&parsed)), date))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                       _("“%s” is not a date (expected YYYY-MM-DD)."), date);
          return FALSE;
        }
    }
  activity = is_activity_row (store, node_id, error);
  if (activity < 0)
    return FALSE;
  if (!activity)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Only an activity has a due date."));
      return FALSE;
    }
  return prs_store_update (store, "activities", node_id, error, "due_date", PRS_TEXT (iso), NULL);
}

char *
prs_store_activity_get_due_date (PrsStore *store, gint64 node_id, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT due_date FROM activities WHERE id = ?1", error);
  int rc;

  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, node_id);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    return sqlite3_column_type (st, 0) == SQLITE_NULL ? NULL : g_strdup ((const char *) sqlite3_column_text (st, 0));
  prs_store_step_done (store, rc, error);
  return NULL;
}

gboolean
prs_store_activity_set_common_kpi (PrsStore *store, gint64 node_id, gboolean common_kpi, GError **error)
{
  return prs_store_update (store, "activities", node_id, error, "common_kpi", PRS_BOOL (common_kpi), NULL);
}

gboolean
prs_store_activity_set_units (PrsStore *store, gint64 node_id, const gint64 *unit_ids, guint n, gboolean all_units,
                              GError **error)
{
  int activity;

  if (!prs_store_begin_edit (store, _("Set responsible units"), error))
    return FALSE;
  if (!prs_store_execute (store, error, "DELETE FROM node_units WHERE node_id = ?1", PRS_INT (node_id), PRS_VALUE_END))
    goto fail;
  for (guint i = 0; i < n; i++)
    if (!prs_store_insert (store, "node_units", error, "node_id", PRS_INT (node_id), "unit_id", PRS_INT (unit_ids[i]),
                           "sort_order", PRS_INT (i), NULL))
      goto fail;
  activity = is_activity_row (store, node_id, error);
  if (activity < 0
      || (activity && !prs_store_update (store, "activities", node_id, error, "all_units", PRS_BOOL (all_units), NULL)))
    goto fail;
  return prs_store_end_edit (store, error);
fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

gint64
prs_store_activity_add_indicator (PrsStore *store, gint64 node_id, const char *name, gboolean has_target,
                                  gint64 target_hundredths, const char *unit, const char *direction, GError **error)
{
  gint64 order = 0;
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT ifnull (max (sort_order) + 1, 0) FROM indicators WHERE node_id = ?1", error);
  int rc;

  if (!st)
    return 0;
  sqlite3_bind_int64 (st, 1, node_id);
  if ((rc = sqlite3_step (st)) == SQLITE_ROW)
    order = sqlite3_column_int64 (st, 0);
  else if (!prs_store_step_done (store, rc, error))
    return 0;
  return prs_store_insert (store, "indicators", error, "node_id", PRS_INT (node_id), "sort_order", PRS_INT (order),
                           "name", PRS_TEXT (name ? name : ""), "target_hundredths",
                           OPT_INT (has_target, target_hundredths),
                           "unit_text", PRS_TEXT (unit ? unit : ""), "direction",
                           PRS_TEXT (direction ? direction : "at_least"), "quantitative", PRS_BOOL (has_target), NULL);
}

/* ---- progress rounds --------------------------------------------------------------- */

const char *
prs_plan_progress_status (gboolean has_target, gint64 target, const char *direction, gint64 result)
{
  if (!has_target)
    return "on";
  if (g_strcmp0 (direction, "at_most") == 0)
    return result > target ? "below" : (result < target ? "above" : "on");
  if (g_strcmp0 (direction, "equal") == 0)
    return result == target ? "on" : (result < target ? "below" : "above");
  return result < target ? "below" : (result > target ? "above" : "on");
}

gboolean
prs_store_plan_round_frozen (PrsStore *store, gint64 plan_id, int round, gboolean *frozen, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store,
    "SELECT frozen FROM plan_rounds WHERE plan_id = ?1 AND round = ?2", error);
  int rc;

  *frozen = FALSE;
  if (!st)
    return FALSE;
  sqlite3_bind_int64 (st, 1, plan_id);
  sqlite3_bind_int (st, 2, round);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    {
      *frozen = sqlite3_column_int (st, 0) != 0;
      return TRUE;
    }
  return prs_store_step_done (store, rc, error);
}

static gboolean
check_round (PrsStore *store, gint64 node_id, int round, GError **error)
{
  gint64 plan_id;
  gboolean frozen;

  if (round != 6 && round != 9 && round != 12)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("A reporting round is 6, 9 or 12 months, not %d."), round);
      return FALSE;
    }
  if (!node_plan (store, node_id, &plan_id, NULL, NULL, error))
    return FALSE;
  if (!prs_store_plan_round_frozen (store, plan_id, round, &frozen, error))
    return FALSE;
  if (frozen)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY,
                   _("The %d-month round has been reported and is frozen; unfreeze it to change it."), round);
      return FALSE;
    }
  return TRUE;
}

/* The id the query finds; 0 with @error unset when there is none, -1 with @error
 * set when it could not be read (then the caller must not insert a second row). */
static gint64
row_id (PrsStore *store, const char *sql, gint64 a, int b, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (store, sql, error);
  int rc;

  if (!st)
    return -1;
  sqlite3_bind_int64 (st, 1, a);
  sqlite3_bind_int (st, 2, b);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (st, 0);
  return prs_store_step_done (store, rc, error) ? 0 : -1;
}

gboolean
prs_store_progress_set (PrsStore *store, gint64 node_id, int round, const char *status, const char *narrative,
                        gint64 spent_satang, gint64 participants, GError **error)
{
  gint64 id;
  const char *computed = "on";
  int rc;

  if (!check_round (store, node_id, round, error))
    return FALSE;
  if (status == NULL)
    {
      g_autoptr (PrsStatement) st = prs_store_prepare (store,
        "SELECT i.target_hundredths, i.direction, r.value_hundredths FROM indicators i"
        " JOIN indicator_results r ON r.indicator_id = i.id AND r.round = ?2"
        " WHERE i.node_id = ?1 AND i.target_hundredths IS NOT NULL AND r.value_hundredths IS NOT NULL"
        " ORDER BY i.sort_order, i.id LIMIT 1", error);
      if (!st)
        return FALSE;
      sqlite3_bind_int64 (st, 1, node_id);
      sqlite3_bind_int (st, 2, round);
      if ((rc = sqlite3_step (st)) == SQLITE_ROW)
        computed = prs_plan_progress_status (TRUE, sqlite3_column_int64 (st, 0),
                                             (const char *) sqlite3_column_text (st, 1), sqlite3_column_int64 (st, 2));
      else if (!prs_store_step_done (store, rc, error))
        return FALSE;
    }
  id = row_id (store, "SELECT id FROM progress WHERE node_id = ?1 AND round = ?2", node_id, round, error);
  if (id < 0)
    return FALSE;
  if (id)
    return prs_store_update (store, "progress", id, error, "status", PRS_TEXT (status ? status : computed),
                             "status_set", PRS_BOOL (status != NULL), "narrative", PRS_TEXT (narrative ? narrative : ""),
                             "spent_satang", PRS_INT (spent_satang), "participants",
                             OPT_INT (participants >= 0, participants), NULL);
  return prs_store_insert (store, "progress", error, "node_id", PRS_INT (node_id), "round", PRS_INT (round), "status",
                           PRS_TEXT (status ? status : computed), "status_set", PRS_BOOL (status != NULL), "narrative",
                           PRS_TEXT (narrative ? narrative : ""), "spent_satang", PRS_INT (spent_satang),
                           "participants", OPT_INT (participants >= 0, participants),
                           NULL) != 0;
}

gboolean
prs_store_indicator_set_result (PrsStore *store, gint64 indicator_id, int round, gint64 value_hundredths,
                                const char *note, GError **error)
{
  gint64 node_id = 0, id;
  g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT node_id FROM indicators WHERE id = ?1", error);
  int rc;

  if (!st)
    return FALSE;
  sqlite3_bind_int64 (st, 1, indicator_id);
  if ((rc = sqlite3_step (st)) == SQLITE_ROW)
    node_id = sqlite3_column_int64 (st, 0);
  else if (!prs_store_step_done (store, rc, error))
    return FALSE;
  if (!node_id)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, _("The indicator no longer exists."));
      return FALSE;
    }
  if (!check_round (store, node_id, round, error))
    return FALSE;
  id = row_id (store, "SELECT id FROM indicator_results WHERE indicator_id = ?1 AND round = ?2", indicator_id, round,
               error);
  if (id < 0)
    return FALSE;
  if (id)
    return prs_store_update (store, "indicator_results", id, error, "value_hundredths", PRS_INT (value_hundredths),
                             "note", PRS_TEXT (note ? note : ""), NULL);
  return prs_store_insert (store, "indicator_results", error, "indicator_id", PRS_INT (indicator_id), "round",
                           PRS_INT (round), "value_hundredths", PRS_INT (value_hundredths), "note",
                           PRS_TEXT (note ? note : ""), NULL) != 0;
}

static gboolean
set_round_status (PrsStore *store, gint64 node_id, int round, const char *status, GError **error)
{
  gint64 id, later;

  if (!check_round (store, node_id, round, error))
    return FALSE;
  id = row_id (store, "SELECT id FROM round_statuses WHERE node_id = ?1 AND round = ?2", node_id, round, error);
  if (id < 0)
    return FALSE;
  if (id ? !prs_store_update (store, "round_statuses", id, error, "status", PRS_TEXT (status), NULL)
         : prs_store_insert (store, "round_statuses", error, "node_id", PRS_INT (node_id), "round", PRS_INT (round),
                             "status", PRS_TEXT (status), NULL) == 0)
    return FALSE;
  /* the activity's current status follows the latest round reported */
  later = row_id (store, "SELECT count (*) FROM round_statuses WHERE node_id = ?1 AND round > ?2", node_id, round,
                  error);
  if (later < 0)
    return FALSE;
  return later > 0 || prs_store_activity_set_status (store, node_id, status, error);
}

gboolean
prs_store_progress_set_status (PrsStore *store, gint64 node_id, int round, const char *status, GError **error)
{
  if (!prs_store_begin_edit (store, _("Enter progress"), error))
    return FALSE;
  if (!set_round_status (store, node_id, round, status, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

static gboolean
freeze_round (PrsStore *store, gint64 plan_id, int round, gboolean frozen, GError **error)
{
  gint64 id;

  if (round != 6 && round != 9 && round != 12)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("A reporting round is 6, 9 or 12 months, not %d."), round);
      return FALSE;
    }
  if (frozen)
    {
      /* Each activity's status in the round is written down as it stands, so the
       * frozen round's report keeps it when later rounds are entered. */
      g_autoptr (GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr (PrsStatement) st = prs_store_prepare (store,
        "SELECT a.id FROM activities a JOIN plan_nodes n ON n.id = a.id WHERE n.plan_id = ?1"
        " AND NOT EXISTS (SELECT 1 FROM round_statuses s WHERE s.node_id = a.id AND s.round = ?2)", error);
      int rc;

      if (!st)
        return FALSE;
      sqlite3_bind_int64 (st, 1, plan_id);
      sqlite3_bind_int (st, 2, round);
      while ((rc = sqlite3_step (st)) == SQLITE_ROW)
        {
          gint64 node = sqlite3_column_int64 (st, 0);
          g_array_append_val (missing, node);
        }
      if (!prs_store_step_done (store, rc, error))
        return FALSE;
      for (guint i = 0; i < missing->len; i++)
        {
          gint64 node = g_array_index (missing, gint64, i);
          g_autoptr (PrsStatement) q = prs_store_prepare (store, "SELECT " PRS_ROUND_STATUS_SQL ("?1", "?2"), error);
          g_autofree char *status = NULL;

          if (!q)
            return FALSE;
          sqlite3_bind_int64 (q, 1, node);
          sqlite3_bind_int (q, 2, round);
          if ((rc = sqlite3_step (q)) == SQLITE_ROW)
            status = g_strdup ((const char *) sqlite3_column_text (q, 0));
          else if (!prs_store_step_done (store, rc, error))
            return FALSE;
          if (status != NULL
              && prs_store_insert (store, "round_statuses", error, "node_id", PRS_INT (node), "round", PRS_INT (round),
                                   "status", PRS_TEXT (status), NULL) == 0)
            return FALSE;
        }
    }
  id = row_id (store, "SELECT id FROM plan_rounds WHERE plan_id = ?1 AND round = ?2", plan_id, round, error);
  if (id < 0)
    return FALSE;
  if (id)
    return prs_store_update (store, "plan_rounds", id, error, "frozen", PRS_BOOL (frozen), NULL);
  return prs_store_insert (store, "plan_rounds", error, "plan_id", PRS_INT (plan_id), "round", PRS_INT (round),
                           "frozen", PRS_BOOL (frozen), NULL) != 0;
}

gboolean
prs_store_plan_freeze_round (PrsStore *store, gint64 plan_id, int round, gboolean frozen, GError **error)
{
  if (!prs_store_begin_edit (store, frozen ? _("Freeze round") : _("Unfreeze round"), error))
    return FALSE;
  if (!freeze_round (store, plan_id, round, frozen, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* ---- import ------------------------------------------------------------------------- */

void
prs_plan_import_result_clear (PrsPlanImportResult *result)
{
  g_clear_pointer (&result->new_units, g_ptr_array_unref);
  g_clear_pointer (&result->warnings, g_ptr_array_unref);
}

static char *
unit_key (const char *text)
{
  g_autofree char *a = prs_digits_to_arabic (text ? text : "");
  g_autofree char *low = g_utf8_strdown (a, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = low; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == '.' || c == '(' || c == ')')
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* name/abbreviation key -> unit id */
static GHashTable *
unit_index (PrsStore *store, GError **error)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (PrsStatement) st = prs_store_prepare (store, "SELECT id, name, abbreviation FROM units ORDER BY id", error);
  int rc;

  if (!st)
    return NULL;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (st, 0);
      for (int c = 2; c >= 1; c--)
        {
          char *k = unit_key ((const char *) sqlite3_column_text (st, c));
          if (*k && !g_hash_table_contains (index, k))
            g_hash_table_insert (index, k, GINT_TO_POINTER ((int) id));
          else
            g_free (k);
        }
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&index);
}

GPtrArray *
prs_store_plan_table_new_units (PrsStore *store, PrsPlanTable *table, GError **error)
{
  g_autoptr (GHashTable) index = unit_index (store, error);
  GPtrArray *out;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (index == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      for (guint u = 0; u < it->units->len; u++)
        {
          const char *name = g_ptr_array_index (it->units, u);
          g_autofree char *k = unit_key (name);
          if (!g_hash_table_contains (index, k) && !g_hash_table_contains (seen, name))
            {
              g_hash_table_add (seen, (gpointer) name);
              g_ptr_array_add (out, g_strdup (name));
            }
        }
    }
  return out;
}

static const char *
direction_text (PrsPlanDirection d)
{
  return d == PRS_PLAN_DIRECTION_AT_MOST ? "at_most" : d == PRS_PLAN_DIRECTION_EQUAL ? "equal" : "at_least";
}

gint64
prs_store_import_plan (PrsStore *store, PrsPlanTable *table, const char *kind, int fiscal_year, const char *title,
                       PrsPlanImportResult *result, GError **error)
{
  g_autoptr (GHashTable) index = NULL;
  g_autofree gint64 *ids = NULL;
  g_autofree gboolean *has_child = NULL;
  g_autofree guint *next_order = NULL;
  guint top_order = 0, n_act = 0;
  gint64 plan_id, own;
  g_autofree char *plan_title = NULL;

  if (!prs_plan_kind_is_valid (kind))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of plan: use morality, anti_corruption or internal_measures."), kind);
      return 0;
    }
  if (result)
    {
      memset (result, 0, sizeof *result);
      result->new_units = g_ptr_array_new_with_free_func (g_free);
      result->warnings = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < table->warnings->len; i++)
        g_ptr_array_add (result->warnings, g_strdup (g_ptr_array_index (table->warnings, i)));
    }
  if (title && *title)
    plan_title = g_strdup (title);
  else if (table->title && *table->title)
    plan_title = g_strdup (table->title);
  else
    {
      g_autofree char *y = g_strdup_printf ("%d", fiscal_year);
      g_autofree char *thai = prs_digits_to_thai (y);
      plan_title = g_strdup_printf ("%s ประจำปีงบประมาณ พ.ศ. %s", prs_plan_kind_label (kind), thai);
    }

  index = unit_index (store, error);
  if (index == NULL)
    return 0;
  ids = g_new0 (gint64, table->items->len + 1);
  has_child = g_new0 (gboolean, table->items->len + 1);
  next_order = g_new0 (guint, table->items->len + 1);
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      if (it->parent >= 0)
        has_child[it->parent] = TRUE;
    }
  own = own_agency (store, error);
  if (own < 0)
    return 0;

  if (!prs_store_begin_edit (store, _("Import plan"), error))
    return 0;
  plan_id = prs_store_insert (store, "plans", error, "kind", PRS_TEXT (kind), "fiscal_year", PRS_INT (fiscal_year),
                              "unit_id", PRS_ID (own), "title", PRS_TEXT (plan_title), "numbering",
                              PRS_TEXT (table->numbered_across ? "across_plan" : "per_parent"), NULL);
  if (!plan_id)
    goto fail;
  {
    g_autoptr (GPtrArray) levels = g_ptr_array_new ();
    for (guint d = 0; d < table->level_names->len; d++)
      g_ptr_array_add (levels, g_ptr_array_index (table->level_names, d));
    if (levels->len == 1)
      g_ptr_array_insert (levels, 0, (gpointer) "ยุทธศาสตร์");
    g_ptr_array_add (levels, NULL);
    if (!write_levels (store, plan_id, (const char *const *) levels->pdata, error))
      goto fail;
  }

  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      gboolean activity = !has_child[i] && !it->is_group;
      guint order = it->parent >= 0 ? next_order[it->parent]++ : top_order++;
      gint64 id;

      id = prs_store_insert (store, "plan_nodes", error, "plan_id", PRS_INT (plan_id), "parent_id",
                             PRS_ID (it->parent >= 0 ? ids[it->parent] : 0), "depth", PRS_INT (it->depth), "sort_order",
                             PRS_INT (order), "number", PRS_TEXT (it->number), "title", PRS_TEXT (it->title),
                             "objective", PRS_TEXT (activity ? "" : it->objective), "group_budget_satang",
                             OPT_INT (!activity && it->budget_kind == PRS_PLAN_BUDGET_AMOUNT, it->budget_satang), NULL);
      if (!id)
        goto fail;
      ids[i] = id;
      if (activity)
        {
          n_act++;
          if (!prs_store_insert (store, "activities", error, "id", PRS_INT (id), "objective", PRS_TEXT (it->objective),
                                 "budget_kind",
                                 PRS_TEXT (it->budget_kind == PRS_PLAN_BUDGET_AMOUNT   ? "amount"
                                           : it->budget_kind == PRS_PLAN_BUDGET_SHARED ? "shared"
                                                                                       : "none"),
                                 "budget_satang", PRS_INT (it->budget_kind == PRS_PLAN_BUDGET_AMOUNT ? it->budget_satang : 0),
                                 "months", PRS_INT (it->months & 0xFFF), "status",
                                 PRS_TEXT (it->status ? it->status : "not_started"), "common_kpi",
                                 PRS_BOOL (it->common_kpi), "all_units", PRS_BOOL (it->all_units), NULL))
            goto fail;
          if (result)
            result->budget_satang += it->budget_kind == PRS_PLAN_BUDGET_AMOUNT ? it->budget_satang : 0;
        }
      for (guint k = 0; k < it->indicators->len; k++)
        {
          PrsPlanTableIndicator *ind = g_ptr_array_index (it->indicators, k);
          if (!prs_store_insert (store, "indicators", error, "node_id", PRS_INT (id), "sort_order", PRS_INT (k), "name",
                                 PRS_TEXT (ind->name), "target_hundredths",
                                 OPT_INT (ind->has_target, ind->target_hundredths),
                                 "unit_text", PRS_TEXT (ind->unit), "direction", PRS_TEXT (direction_text (ind->direction)),
                                 "quantitative", PRS_BOOL (ind->has_target), NULL))
            goto fail;
        }
      for (guint u = 0; u < it->units->len; u++)
        {
          const char *name = g_ptr_array_index (it->units, u);
          g_autofree char *k = unit_key (name);
          gint64 unit_id = GPOINTER_TO_INT (g_hash_table_lookup (index, k));

          if (!unit_id)
            {
              unit_id = prs_store_insert (store, "units", error, "parent_id", PRS_ID (own), "name", PRS_TEXT (name),
                                          "sort_order", PRS_INT (1000 + u), NULL);
              if (!unit_id)
                goto fail;
              g_hash_table_insert (index, g_strdup (k), GINT_TO_POINTER ((int) unit_id));
              if (result)
                g_ptr_array_add (result->new_units, g_strdup (name));
            }
          if (!prs_store_execute (store, error,
                                  "INSERT OR IGNORE INTO node_units (node_id, unit_id, sort_order) VALUES (?1, ?2, ?3)",
                                  PRS_INT (id), PRS_INT (unit_id), PRS_INT (u), PRS_VALUE_END))
            goto fail;
        }
    }
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      if (it->budget_kind == PRS_PLAN_BUDGET_SHARED && it->shared_with >= 0 && !has_child[i] && !it->is_group
          && !prs_store_update (store, "activities", ids[i], error, "shared_with_id", PRS_INT (ids[it->shared_with]),
                                NULL))
        goto fail;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  if (result)
    {
      result->plan_id = plan_id;
      result->n_activities = n_act;
    }
  return plan_id;
fail:
  prs_store_cancel_edit (store);
  if (result)
    prs_plan_import_result_clear (result);
  return 0;
}
