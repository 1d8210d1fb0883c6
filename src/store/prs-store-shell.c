/* prs-store-shell.c: typed reads and edits for the window's shell (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-store-private.h"
#include "prs-store-shell.h"

void
prs_unit_brief_free (PrsUnitBrief *unit)
{
  if (unit == NULL)
    return;
  g_free (unit->name);
  g_free (unit->abbreviation);
  g_free (unit);
}

static char *
column_text (sqlite3_stmt *stmt, int column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text ? text : "");
}

GPtrArray *
prs_store_list_units_brief (PrsStore *store, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GPtrArray) units = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store,
                            "SELECT id, coalesce (parent_id, 0), name, abbreviation, is_own_agency "
                            "FROM units ORDER BY is_own_agency DESC, sort_order, name, id", error);
  if (stmt == NULL)
    return NULL;
  units = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_unit_brief_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsUnitBrief *unit = g_new0 (PrsUnitBrief, 1);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->name = column_text (stmt, 2);
      unit->abbreviation = column_text (stmt, 3);
      unit->is_own_agency = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (units, unit);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&units);
}

gint64
prs_store_find_own_agency (PrsStore *store, GError **error)
{
  gint64 id;

  g_return_val_if_fail (PRS_IS_STORE (store), -1);
  if (!prs_store_query_int_checked (store, "SELECT id FROM units WHERE is_own_agency = 1 ORDER BY id LIMIT 1", 0,
                                    &id, error))
    return -1;
  return id;
}

gint64
prs_store_set_own_agency (PrsStore *store, const char *name, const char *abbreviation, GError **error)
{
  g_autofree char *clean_name = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *clean_abbr = g_strstrip (g_strdup (abbreviation ? abbreviation : ""));
  gint64 id;

  g_return_val_if_fail (PRS_IS_STORE (store), 0);
  if (*clean_name == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Give the agency’s name."));
      return 0;
    }
  if (!prs_store_begin_edit (store, _("Name the agency"), error))
    return 0;
  /* Unreadable is not "none": a second own agency would be added. */
  id = prs_store_find_own_agency (store, error);
  if (id < 0)
    id = 0;
  else if (id != 0)
    {
      if (!prs_store_update (store, "units", id, error, "name", PRS_TEXT (clean_name), "abbreviation",
                             PRS_TEXT (clean_abbr), NULL))
        id = 0;
    }
  else
    id = prs_store_insert (store, "units", error, "name", PRS_TEXT (clean_name), "abbreviation",
                           PRS_TEXT (clean_abbr), "is_own_agency", PRS_INT (1), NULL);
  if (id == 0)
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;
}

gboolean
prs_store_is_blank (PrsStore *store, GError **error)
{
  gint64 blank;

  g_return_val_if_fail (PRS_IS_STORE (store), FALSE);
  if (!prs_store_query_int_checked (store,
                                    "SELECT NOT (EXISTS (SELECT 1 FROM units) OR EXISTS (SELECT 1 FROM people)"
                                    " OR EXISTS (SELECT 1 FROM plans) OR EXISTS (SELECT 1 FROM committees)"
                                    " OR EXISTS (SELECT 1 FROM meetings) OR EXISTS (SELECT 1 FROM ita_results))",
                                    0, &blank, error))
    return FALSE;
  return blank != 0;
}

static GArray *list_years (PrsStore *store, const char *sql, GError **error);

GArray *
prs_store_list_data_years (PrsStore *store, GError **error)
{
  return list_years (store, "SELECT fiscal_year FROM plans UNION SELECT year_be FROM meetings "
                            "UNION SELECT year_be FROM ita_results ORDER BY 1", error);
}

static GArray *
list_years (PrsStore *store, const char *sql, GError **error)
{
  g_autoptr (GArray) years = NULL;
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  years = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      if (year > 0)
        g_array_append_val (years, year);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&years);
}

GArray *
prs_store_list_plan_years (PrsStore *store, gboolean with_kpis, GError **error)
{
  return list_years (store, with_kpis
                     ? "SELECT fiscal_year FROM plans UNION SELECT fiscal_year FROM kpis ORDER BY 1"
                     : "SELECT DISTINCT fiscal_year FROM plans ORDER BY 1", error);
}

int
prs_store_latest_kpi_year (PrsStore *store, GError **error)
{
  gint64 year;

  g_return_val_if_fail (PRS_IS_STORE (store), -1);
  if (!prs_store_query_int_checked (store,
                                    "SELECT ifnull (max (y), 0) FROM (SELECT fiscal_year AS y FROM kpis UNION ALL"
                                    " SELECT p.fiscal_year FROM plans p JOIN plan_nodes n ON n.plan_id = p.id"
                                    " JOIN activities a ON a.id = n.id WHERE a.common_kpi = 1)", 0, &year, error))
    return -1;
  return (int) year;
}

char *
prs_store_get_person_display_name (PrsStore *store, gint64 person_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store,
      "SELECT prefix || first_name || ' ' || last_name FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return prs_store_step_done (store, rc, error) ? g_strdup ("") : NULL;
}
