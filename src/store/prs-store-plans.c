/* prs-store-plans.c: plan-wide edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"

static gboolean
step_or_error (PrsStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (self), sqlite3_extended_errcode (prs_store_get_db (self)),
                                   NULL);
      return FALSE;
    }
  return TRUE;
}

static gint64
mapped (GHashTable *map, gint64 old)
{
  gint64 *v = g_hash_table_lookup (map, &old);
  return v ? *v : 0;
}

static void
bind_id (sqlite3_stmt *stmt, int index, gint64 id)
{
  if (id)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean prs_store_query_int_param (PrsStore *self, const char *sql, gint64 param, gint64 *value,
                                           GError **error);

static gboolean
copy_plan (PrsStore *self, gint64 plan_id, int fiscal_year, gint64 *new_plan, GError **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(PrsStatement) nodes = NULL;
  sqlite3_stmt *stmt;
  g_autofree char *year_text = g_strdup_printf ("%d", fiscal_year);
  g_autofree char *old_thai = NULL;
  g_autofree char *new_thai = NULL;
  gint64 old_fiscal_year = 0;
  gboolean same_year;
  int rc;

  /* A revision (same year) keeps the due dates; next year's copy starts without:
   * last year's dates do not hold. */
  if (!prs_store_query_int_param (self, "SELECT fiscal_year FROM plans WHERE id = ?1", plan_id, &old_fiscal_year,
                                  error))
    return FALSE;
  same_year = old_fiscal_year == fiscal_year;

  stmt = prs_store_cached (self,
    "INSERT INTO plans (kind, fiscal_year, unit_id, title, status, parent_plan_id, numbering)"
    " SELECT kind, ?2, unit_id, replace (replace (title, CAST (fiscal_year AS TEXT), ?3),"
    " CAST (fiscal_year AS TEXT), ?3), 'draft', id, numbering"
    " FROM plans WHERE id = ?1", error);
  if (!stmt)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, fiscal_year);
  sqlite3_bind_text (stmt, 3, year_text, -1, SQLITE_TRANSIENT);
  if (!step_or_error (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (prs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("The plan no longer exists; it may have been deleted."));
      return FALSE;
    }
  *new_plan = sqlite3_last_insert_rowid (prs_store_get_db (self));
  /* the year written in Thai digits in the title too */
  {
    g_autofree char *old_year = g_strdup_printf ("%d", (int) old_fiscal_year);
    old_thai = prs_digits_to_thai (old_year);
    new_thai = prs_digits_to_thai (year_text);
    stmt = prs_store_cached (self, "UPDATE plans SET title = replace (title, ?2, ?3) WHERE id = ?1", error);
    if (!stmt)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, *new_plan);
    sqlite3_bind_text (stmt, 2, old_thai, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, new_thai, -1, SQLITE_TRANSIENT);
    if (!step_or_error (self, stmt, error))
      return FALSE;
  }

  stmt = prs_store_cached (self, "INSERT INTO plan_levels (plan_id, depth, name)"
                                 " SELECT ?2, depth, name FROM plan_levels WHERE plan_id = ?1", error);
  if (!stmt)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, *new_plan);
  if (!step_or_error (self, stmt, error))
    return FALSE;

  /* Parents before children, so every parent is mapped when needed. */
  nodes = prs_store_prepare (self, "SELECT id, parent_id, depth, sort_order, number, title, numbering,"
                                   " objective, group_budget_satang"
                                   " FROM plan_nodes WHERE plan_id = ?1 ORDER BY depth, id", error);
  if (!nodes)
    return FALSE;
  sqlite3_bind_int64 (nodes, 1, plan_id);
  stmt = prs_store_cached (self, "INSERT INTO plan_nodes (plan_id, parent_id, depth, sort_order, number, title,"
                                 " numbering, objective, group_budget_satang)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (!stmt)
    return FALSE;
  while ((rc = sqlite3_step (nodes)) == SQLITE_ROW)
    {
      gint64 old = sqlite3_column_int64 (nodes, 0);
      gint64 *key = g_new (gint64, 1), *value = g_new (gint64, 1);

      sqlite3_bind_int64 (stmt, 1, *new_plan);
      bind_id (stmt, 2, mapped (map, sqlite3_column_int64 (nodes, 1)));
      sqlite3_bind_value (stmt, 3, sqlite3_column_value (nodes, 2));
      sqlite3_bind_value (stmt, 4, sqlite3_column_value (nodes, 3));
      sqlite3_bind_value (stmt, 5, sqlite3_column_value (nodes, 4));
      sqlite3_bind_value (stmt, 6, sqlite3_column_value (nodes, 5));
      sqlite3_bind_value (stmt, 7, sqlite3_column_value (nodes, 6));
      sqlite3_bind_value (stmt, 8, sqlite3_column_value (nodes, 7));
      sqlite3_bind_value (stmt, 9, sqlite3_column_value (nodes, 8));
      if (!step_or_error (self, stmt, error))
        {
          g_free (key);
          g_free (value);
          return FALSE;
        }
      *key = old;
      *value = sqlite3_last_insert_rowid (prs_store_get_db (self));
      g_hash_table_insert (map, key, value);
    }
  if (!prs_store_step_done (self, rc, error))
    return FALSE;

  /* Per node: activity details (status starts again), units and indicators
   * (targets kept, results not: they belong to last year). */
  {
    GHashTableIter iter;
    gpointer k, v;
    sqlite3_stmt *act = prs_store_cached (self,
      "INSERT INTO activities (id, objective, budget_kind, budget_satang, shared_with_id, months, status,"
      " common_kpi, all_units, headcount_only, due_date)"
      " SELECT ?2, objective, budget_kind, budget_satang, ?3, months, 'not_started', common_kpi, all_units,"
      " headcount_only, CASE WHEN ?4 THEN due_date END FROM activities WHERE id = ?1", error);
    sqlite3_stmt *units = act ? prs_store_cached (self,
      "INSERT INTO node_units (node_id, unit_id, sort_order) SELECT ?2, unit_id, sort_order"
      " FROM node_units WHERE node_id = ?1", error) : NULL;
    sqlite3_stmt *indicators = units ? prs_store_cached (self,
      "INSERT INTO indicators (node_id, sort_order, name, target_hundredths, unit_text, direction, quantitative)"
      " SELECT ?2, sort_order, name, target_hundredths, unit_text, direction, quantitative"
      " FROM indicators WHERE node_id = ?1",
      error) : NULL;

    if (!indicators)
      return FALSE;
    g_hash_table_iter_init (&iter, map);
    while (g_hash_table_iter_next (&iter, &k, &v))
      {
        gint64 old = *(gint64 *) k, new_id = *(gint64 *) v;
        gint64 shared = 0;
        g_autoptr(PrsStatement) sh = prs_store_prepare (self, "SELECT shared_with_id FROM activities WHERE id = ?1",
                                                        error);
        if (!sh)
          return FALSE;
        sqlite3_bind_int64 (sh, 1, old);
        if ((rc = sqlite3_step (sh)) == SQLITE_ROW)
          shared = mapped (map, sqlite3_column_int64 (sh, 0));
        else if (!prs_store_step_done (self, rc, error))
          return FALSE;

        sqlite3_bind_int64 (act, 1, old);
        sqlite3_bind_int64 (act, 2, new_id);
        bind_id (act, 3, shared);
        sqlite3_bind_int (act, 4, same_year);
        sqlite3_bind_int64 (units, 1, old);
        sqlite3_bind_int64 (units, 2, new_id);
        sqlite3_bind_int64 (indicators, 1, old);
        sqlite3_bind_int64 (indicators, 2, new_id);
        if (!step_or_error (self, act, error) || !step_or_error (self, units, error)
            || !step_or_error (self, indicators, error))
          return FALSE;
      }
  }
  return TRUE;
}

/* The first column of the first row into @value (0 without a row); FALSE with
 * @error set when it could not be read. */
static gboolean
prs_store_query_int_param (PrsStore *self, const char *sql, gint64 param, gint64 *value, GError **error)
{
  g_autoptr (PrsStatement) st = prs_store_prepare (self, sql, error);
  int rc;

  *value = 0;
  if (!st)
    return FALSE;
  sqlite3_bind_int64 (st, 1, param);
  rc = sqlite3_step (st);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (st, 0);
      return TRUE;
    }
  return prs_store_step_done (self, rc, error);
}

gint64
prs_store_copy_plan_in_edit (PrsStore *self, gint64 plan_id, int fiscal_year, GError **error)
{
  gint64 new_plan = 0;

  if (!copy_plan (self, plan_id, fiscal_year, &new_plan, error))
    return 0;
  return new_plan;
}

gint64
prs_store_copy_plan (PrsStore *self, gint64 plan_id, int fiscal_year, GError **error)
{
  gint64 new_plan = 0;

  g_return_val_if_fail (PRS_IS_STORE (self), 0);

  if (!prs_store_begin_edit (self, _("Copy plan"), error))
    return 0;
  if (!copy_plan (self, plan_id, fiscal_year, &new_plan, error))
    {
      prs_store_cancel_edit (self);
      return 0;
    }
  if (!prs_store_end_edit (self, error))
    return 0;
  return new_plan;
}
