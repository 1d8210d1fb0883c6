/* prs-store-participation-grid.c: the people × activities of a fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "prs-store-private.h"
#include "prs-store-people.h"
#include "prs-store-participation-import.h"
#include "prs-store-participation-grid.h"

static void
person_clear (gpointer data)
{
  g_free (((PrsGridPerson *) data)->name);
}

static void
activity_clear (gpointer data)
{
  PrsGridActivity *a = data;
  g_free (a->number);
  g_free (a->title);
}

static void
unit_free (gpointer data)
{
  PrsGridUnit *u = data;

  if (u == NULL)
    return;
  g_free (u->name);
  g_free (u->abbreviation);
  g_free (u);
}

void
prs_participation_grid_free (PrsParticipationGrid *grid)
{
  if (grid == NULL)
    return;
  g_clear_pointer (&grid->units, g_ptr_array_unref);
  g_clear_pointer (&grid->people, g_array_unref);
  g_clear_pointer (&grid->activities, g_array_unref);
  g_free (grid->bits);
  g_free (grid);
}

gboolean
prs_participation_grid_get (PrsParticipationGrid *grid, guint person, guint activity)
{
  return (grid->bits[(gsize) person * grid->words_per_person + activity / 64] >> (activity % 64)) & 1;
}

void
prs_participation_grid_put (PrsParticipationGrid *grid, guint person, guint activity, gboolean joined)
{
  guint64 *word = &grid->bits[(gsize) person * grid->words_per_person + activity / 64];
  guint64 mask = G_GUINT64_CONSTANT (1) << (activity % 64);

  if (joined)
    *word |= mask;
  else
    *word &= ~mask;
}

guint
prs_participation_grid_depth (PrsParticipationGrid *grid, guint person)
{
  guint n = 0;

  for (guint a = 0; a < grid->activities->len; a++)
    n += g_array_index (grid->activities, PrsGridActivity, a).designated
         && prs_participation_grid_get (grid, person, a);
  return n;
}

typedef struct
{
  gint64 id;
  guint  index;
} IdIndex;

static int
compare_id (const void *a, const void *b)
{
  gint64 x = ((const IdIndex *) a)->id, y = ((const IdIndex *) b)->id;
  return x < y ? -1 : x > y;
}

PrsParticipationGrid *
prs_participation_grid_load (PrsStore *store, int year, GError **error)
{
  g_autoptr (PrsParticipationGrid) grid = g_new0 (PrsParticipationGrid, 1);
  g_autoptr (GHashTable) bureaus = NULL;
  g_autoptr (GHashTable) unit_order = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) g_hash_table_unref);
  g_autoptr (GPtrArray) all_units = g_ptr_array_new_with_free_func (unit_free);
  g_autoptr (GPtrArray) buckets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree IdIndex *people_index = NULL;
  g_autofree guint *dense = NULL;
  gint64 kpi, lo = G_MAXINT64, hi = G_MININT64;
  int rc;

  grid->year = year;
  grid->units = g_ptr_array_new_with_free_func (unit_free);
  grid->people = g_array_new (FALSE, TRUE, sizeof (PrsGridPerson));
  g_array_set_clear_func (grid->people, person_clear);
  grid->activities = g_array_new (FALSE, TRUE, sizeof (PrsGridActivity));
  g_array_set_clear_func (grid->activities, activity_clear);

  bureaus = prs_people_bureau_map (store, error);
  if (bureaus == NULL)
    return NULL;

  stmt = prs_store_prepare (store,
    "WITH RECURSIVE tree (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM units WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, t.path || '/' || printf ('%08d.%08d', u.sort_order, u.id)"
    "  FROM units u JOIN tree t ON u.parent_id = t.id)"
    " SELECT u.id, u.name, u.abbreviation FROM tree t JOIN units u ON u.id = t.id ORDER BY t.path", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsGridUnit *u = g_new0 (PrsGridUnit, 1);
      u->id = sqlite3_column_int64 (stmt, 0);
      u->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      u->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (all_units, u);
      g_hash_table_insert (unit_order, &u->id, GUINT_TO_POINTER (all_units->len));
      g_ptr_array_add (buckets, g_array_new (FALSE, TRUE, sizeof (PrsGridPerson)));
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_ptr_array_add (buckets, g_array_new (FALSE, TRUE, sizeof (PrsGridPerson))); /* no unit */
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prs_store_prepare (store,
    "SELECT id, prefix || first_name || CASE WHEN last_name = '' THEN '' ELSE ' ' || last_name END,"
    " ifnull (unit_id, 0), staff_type FROM people WHERE active = 1 ORDER BY first_name, last_name, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsGridPerson p = { 0 };
      gint64 unit = sqlite3_column_int64 (stmt, 2);
      gint64 *bureau = g_hash_table_lookup (bureaus, &unit);
      guint order;

      p.id = sqlite3_column_int64 (stmt, 0);
      p.name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      p.unit_id = bureau ? *bureau : unit;
      prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 3), &p.staff_type);
      order = GPOINTER_TO_UINT (g_hash_table_lookup (unit_order, &p.unit_id));
      g_array_append_val (buckets->pdata[order ? order - 1 : buckets->len - 1], p);
    }
  if (!prs_store_step_done (store, rc, error))
    {
      /* the names read so far are the buckets' until they move to the grid */
      for (guint b = 0; b < buckets->len; b++)
        g_array_set_clear_func (buckets->pdata[b], person_clear);
      return NULL;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  for (guint b = 0; b < buckets->len; b++)
    {
      GArray *bucket = buckets->pdata[b];

      if (bucket->len == 0)
        continue;
      if (b < all_units->len)
        {
          g_ptr_array_add (grid->units, all_units->pdata[b]);
          all_units->pdata[b] = NULL;
        }
      g_array_append_vals (grid->people, bucket->data, bucket->len);
    }

  /* the year's activities in plan order; designated = the KPI's list or the flag */
  kpi = prs_store_query_int (store, "SELECT 0", 0);
  {
    g_autoptr (PrsStatement) k = prs_store_prepare (store, "SELECT id FROM kpis WHERE fiscal_year = ?1 ORDER BY id LIMIT 1",
                                                    error);
    if (k == NULL)
      return NULL;
    sqlite3_bind_int (k, 1, year);
    if ((rc = sqlite3_step (k)) == SQLITE_ROW)
      kpi = sqlite3_column_int64 (k, 0);
    else if (!prs_store_step_done (store, rc, error))
      return NULL;
  }
  stmt = prs_store_prepare (store,
    "WITH RECURSIVE walk (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM plan_nodes WHERE parent_id IS NULL"
    "  UNION ALL SELECT n.id, w.path || '/' || printf ('%08d.%08d', n.sort_order, n.id)"
    "  FROM plan_nodes n JOIN walk w ON n.parent_id = w.id)"
    " SELECT a.id, n.plan_id, n.title,"
    "   a.common_kpi OR a.id IN (SELECT node_id FROM kpi_activities WHERE kpi_id = ?2), a.headcount_only,"
    "   (SELECT ifnull (sum (count), 0) FROM headcounts h WHERE h.node_id = a.id)"
    " FROM activities a JOIN plan_nodes n ON n.id = a.id JOIN plans p ON p.id = n.plan_id"
    " JOIN walk w ON w.id = a.id WHERE p.fiscal_year = ?1 ORDER BY n.plan_id, w.path", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, kpi);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsGridActivity a = { 0 };
      gint64 plan = sqlite3_column_int64 (stmt, 1);
      GHashTable *numbers = g_hash_table_lookup (plans, &plan);

      if (numbers == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          numbers = prs_store_activity_display_numbers (store, plan, error);
          if (numbers == NULL)
            {
              g_free (key);
              return NULL;
            }
          *key = plan;
          g_hash_table_insert (plans, key, numbers);
        }
      a.id = sqlite3_column_int64 (stmt, 0);
      a.number = g_strdup (g_hash_table_lookup (numbers, &a.id));
      a.title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      a.designated = sqlite3_column_int (stmt, 3) != 0;
      a.headcount_only = sqlite3_column_int (stmt, 4) != 0;
      a.headcount = (guint) sqlite3_column_int64 (stmt, 5);
      g_array_append_val (grid->activities, a);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);

  grid->words_per_person = MAX (1, (grid->activities->len + 63) / 64);
  grid->bits = g_new0 (guint64, (gsize) MAX (1, grid->people->len) * grid->words_per_person);
  people_index = g_new (IdIndex, MAX (1, grid->people->len));
  for (guint i = 0; i < grid->people->len; i++)
    {
      gint64 id = g_array_index (grid->people, PrsGridPerson, i).id;

      people_index[i] = (IdIndex) { id, i };
      lo = MIN (lo, id);
      hi = MAX (hi, id);
    }
  qsort (people_index, grid->people->len, sizeof (IdIndex), compare_id);
  /* ids are usually dense: a plain array then, a binary search otherwise */
  if (grid->people->len > 0 && hi - lo < 8 * (gint64) grid->people->len + 1024)
    {
      dense = g_new (guint, hi - lo + 1);
      for (gint64 k = 0; k <= hi - lo; k++)
        dense[k] = G_MAXUINT;
      for (guint i = 0; i < grid->people->len; i++)
        dense[people_index[i].id - lo] = people_index[i].index;
    }

  stmt = prs_store_prepare (store, "SELECT person_id FROM participation WHERE node_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint a = 0; a < grid->activities->len; a++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (grid->activities, PrsGridActivity, a).id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          IdIndex key = { sqlite3_column_int64 (stmt, 0), 0 };

          if (dense)
            {
              if (key.id >= lo && key.id <= hi && dense[key.id - lo] != G_MAXUINT)
                prs_participation_grid_put (grid, dense[key.id - lo], a, TRUE);
            }
          else
            {
              IdIndex *found = bsearch (&key, people_index, grid->people->len, sizeof (IdIndex), compare_id);

              if (found)
                prs_participation_grid_put (grid, found->index, a, TRUE);
            }
        }
      if (!prs_store_step_done (store, rc, error))
        return NULL;
    }
  return g_steal_pointer (&grid);
}

gboolean
prs_participation_grid_set (PrsParticipationGrid *grid, PrsStore *store, guint n_cells, const guint *people,
                            const guint *activities, const gboolean *joined, GError **error)
{
  for (guint i = 0; i < n_cells; i++)
    if (people[i] >= grid->people->len || activities[i] >= grid->activities->len
        || g_array_index (grid->activities, PrsGridActivity, activities[i]).headcount_only)
      {
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                             _("This activity counts heads only; set its head count instead of marking names."));
        return FALSE;
      }
  if (!prs_store_begin_edit (store, n_cells == 1 ? _("Mark participation") : _("Mark participation of many"), error))
    return FALSE;
  for (guint i = 0; i < n_cells; i++)
    if (prs_participation_grid_get (grid, people[i], activities[i]) != !!joined[i]
        && !prs_participation_mark (store, g_array_index (grid->people, PrsGridPerson, people[i]).id,
                                    g_array_index (grid->activities, PrsGridActivity, activities[i]).id,
                                    joined[i], error))
      {
        prs_store_cancel_edit (store);
        return FALSE;
      }
  if (!prs_store_end_edit (store, error))
    return FALSE;
  for (guint i = 0; i < n_cells; i++)
    prs_participation_grid_put (grid, people[i], activities[i], joined[i]);
  return TRUE;
}
