/* prs-store-ita-reads.c: typed reads for the ITA section (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-store-private.h"
#include "prs-store-ita-reads.h"

GPtrArray *
prs_ita_store_list_result_units (PrsStore *store, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GPtrArray) units = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store,
                            "SELECT id, coalesce (parent_id, 0), name, abbreviation, is_own_agency FROM units u "
                            "WHERE is_own_agency = 1 OR EXISTS (SELECT 1 FROM ita_results r WHERE r.unit_id = u.id) "
                            "ORDER BY is_own_agency DESC, name, id", error);
  if (stmt == NULL)
    return NULL;
  units = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_unit_brief_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsUnitBrief *unit = g_new0 (PrsUnitBrief, 1);
      const char *abbr = (const char *) sqlite3_column_text (stmt, 3);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      unit->abbreviation = g_strdup (abbr ? abbr : "");
      unit->is_own_agency = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (units, unit);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&units);
}

char *
prs_ita_store_get_issue_title (PrsStore *store, gint64 issue_id)
{
  g_autoptr (PrsStatement) stmt = NULL;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store, "SELECT title FROM ita_issues WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, issue_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}
