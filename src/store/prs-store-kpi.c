/* prs-store-kpi.c: the Common KPI of a fiscal year — definition and report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"
#include "prs-store-people.h"
#include "prs-store-participation-import.h"
#include "prs-store-kpi.h"

#define DEFAULT_NAME "ร้อยละของบุคลากรในแต่ละสำนัก/สถาบัน/กลุ่มที่เข้าร่วมกิจกรรมส่งเสริมคุณธรรม"

gint64
prs_kpi_store_find (PrsStore *store, int year, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id FROM kpis WHERE fiscal_year = ?1 ORDER BY id LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  prs_store_step_done (store, rc, error);
  return 0;
}

gboolean
prs_kpi_store_get_staff_types (PrsStore *store, int year, guint *types, GError **error)
{
  g_autoptr (GError) local = NULL;
  gint64 kpi = prs_kpi_store_find (store, year, &local);
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  *types = PRS_STAFF_TYPES_KPI_DEFAULT;
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (kpi == 0)
    return TRUE;
  stmt = prs_store_prepare (store, "SELECT staff_type FROM kpi_staff_types WHERE kpi_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kpi);
  *types = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsStaffType t;
      if (prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 0), &t))
        *types |= 1u << t;
    }
  if (!prs_store_step_done (store, rc, error))
    {
      *types = PRS_STAFF_TYPES_KPI_DEFAULT;
      return FALSE;
    }
  return TRUE;
}

gint64
prs_kpi_store_set (PrsStore *store, int year, const PrsKpiSettings *s, GError **error)
{
  guint types = s->staff_types ? s->staff_types : PRS_STAFF_TYPES_KPI_DEFAULT;
  g_autofree char *label = g_strdup_printf (_("Set the Common KPI of %d"), year);
  PrsKpiRubric rubric = { 0 };
  gint64 id;

  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    rubric.thresholds[i] = prs_rational_from_score (s->thresholds[i]);
  rubric.lower_is_better = s->lower_is_better;
  rubric.method = s->method;
  if (!prs_kpi_rubric_validate (&rubric, error))
    return 0;

  if (!prs_store_begin_edit (store, label, error))
    return 0;
  {
    g_autoptr (GError) local = NULL;

    id = prs_kpi_store_find (store, year, &local);
    if (local != NULL)
      {
        /* Unreadable is not "none yet": a second KPI for the year would be made. */
        g_propagate_error (error, g_steal_pointer (&local));
        goto fail;
      }
  }
  if (id == 0)
    id = prs_store_insert (store, "kpis", error, "name", PRS_TEXT (s->name ? s->name : DEFAULT_NAME),
                           "fiscal_year", PRS_INT (year),
                           "t1", PRS_INT (s->thresholds[0]), "t2", PRS_INT (s->thresholds[1]),
                           "t3", PRS_INT (s->thresholds[2]), "t4", PRS_INT (s->thresholds[3]),
                           "t5", PRS_INT (s->thresholds[4]),
                           "direction", PRS_TEXT (s->lower_is_better ? "at_most" : "at_least"),
                           "interpolation", PRS_TEXT (s->method == PRS_KPI_STEPS ? "step" : "linear"), NULL);
  else if (!prs_store_update (store, "kpis", id, error,
                              "t1", PRS_INT (s->thresholds[0]), "t2", PRS_INT (s->thresholds[1]),
                              "t3", PRS_INT (s->thresholds[2]), "t4", PRS_INT (s->thresholds[3]),
                              "t5", PRS_INT (s->thresholds[4]),
                              "direction", PRS_TEXT (s->lower_is_better ? "at_most" : "at_least"),
                              "interpolation", PRS_TEXT (s->method == PRS_KPI_STEPS ? "step" : "linear"), NULL)
           || (s->name && !prs_store_update (store, "kpis", id, error, "name", PRS_TEXT (s->name), NULL)))
    id = 0;
  if (id == 0)
    goto fail;

  if (!prs_store_execute (store, error, "DELETE FROM kpi_staff_types WHERE kpi_id = ?1", PRS_INT (id), PRS_VALUE_END))
    goto fail;
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    if ((types & (1u << t))
        && !prs_store_execute (store, error, "INSERT INTO kpi_staff_types (kpi_id, staff_type) VALUES (?1, ?2)",
                               PRS_INT (id), PRS_TEXT (prs_staff_type_to_string (t)), PRS_VALUE_END))
      goto fail;

  if (!prs_store_execute (store, error, "DELETE FROM kpi_activities WHERE kpi_id = ?1", PRS_INT (id), PRS_VALUE_END))
    goto fail;
  if (s->activity_ids == NULL)
    {
      if (!prs_store_execute (store, error,
                              "INSERT OR IGNORE INTO kpi_activities (kpi_id, node_id)"
                              " SELECT ?1, a.id FROM activities a JOIN plan_nodes n ON n.id = a.id"
                              " JOIN plans p ON p.id = n.plan_id WHERE a.common_kpi = 1 AND p.fiscal_year = ?2",
                              PRS_INT (id), PRS_INT (year), PRS_VALUE_END))
        goto fail;
    }
  else
    for (guint i = 0; i < s->n_activities; i++)
      if (!prs_store_execute (store, error, "INSERT OR IGNORE INTO kpi_activities (kpi_id, node_id) VALUES (?1, ?2)",
                              PRS_INT (id), PRS_INT (s->activity_ids[i]), PRS_VALUE_END))
        goto fail;
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;

fail:
  prs_store_cancel_edit (store);
  return 0;
}

/* ---- the report ------------------------------------------------------------- */

static void
kpi_person_free (gpointer data)
{
  PrsKpiPerson *p = data;
  g_free (p->name);
  g_free (p->position);
  g_free (p->joined);
  g_free (p);
}

static void
unit_result_free (gpointer data)
{
  PrsKpiUnitResult *u = data;
  g_free (u->name);
  g_free (u->abbreviation);
  g_free (u->depth);
  g_clear_pointer (&u->not_reached, g_ptr_array_unref);
  g_free (u);
}

static void
kpi_activity_free (gpointer data)
{
  PrsKpiActivity *a = data;
  g_free (a->number);
  g_free (a->title);
  g_free (a);
}

void
prs_kpi_report_free (PrsKpiReport *r)
{
  if (r == NULL)
    return;
  g_free (r->name);
  g_clear_pointer (&r->activities, g_ptr_array_unref);
  g_clear_pointer (&r->units, g_ptr_array_unref);
  g_clear_pointer (&r->people, g_ptr_array_unref);
  g_free (r->depth);
  g_free (r);
}

static PrsScore
score_of (const PrsKpiRubric *rubric, guint joined, guint staff)
{
  PrsRational value;

  if (staff == 0 || !prs_rational_make ((gint64) joined * 100, staff, &value))
    return 0;
  return prs_kpi_score (rubric, value);
}

static gboolean
load_definition (PrsStore *store, PrsKpiReport *r, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  gboolean lower = FALSE;
  PrsKpiMethod method = PRS_KPI_LINEAR;
  int rc;
  static const PrsScore defaults[PRS_KPI_LEVELS] = { 7000, 7500, 8000, 8500, 9000 };

  {
    g_autoptr (GError) local = NULL;

    r->kpi_id = prs_kpi_store_find (store, r->year, &local);
    if (local != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return FALSE;
      }
  }
  memcpy (r->thresholds, defaults, sizeof defaults);
  r->staff_types = PRS_STAFF_TYPES_KPI_DEFAULT;
  r->name = g_strdup (DEFAULT_NAME);
  if (r->kpi_id != 0)
    {
      stmt = prs_store_prepare (store, "SELECT name, t1, t2, t3, t4, t5, direction, interpolation FROM kpis"
                                       " WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, r->kpi_id);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 0);

          if (name && *name)
            {
              g_free (r->name);
              r->name = g_strdup (name);
            }
          for (int i = 0; i < PRS_KPI_LEVELS; i++)
            r->thresholds[i] = sqlite3_column_int64 (stmt, 1 + i);
          lower = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 6), "at_most") == 0;
          method = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), "step") == 0 ? PRS_KPI_STEPS
                                                                                          : PRS_KPI_LINEAR;
        }
      else if (!prs_store_step_done (store, rc, error))
        return FALSE;
      g_clear_pointer (&stmt, sqlite3_finalize);
      stmt = prs_store_prepare (store, "SELECT staff_type FROM kpi_staff_types WHERE kpi_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, r->kpi_id);
      r->staff_types = 0;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PrsStaffType t;
          if (prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 0), &t))
            r->staff_types |= 1u << t;
        }
      if (!prs_store_step_done (store, rc, error))
        return FALSE;
    }
  for (int i = 0; i < PRS_KPI_LEVELS; i++)
    r->rubric.thresholds[i] = prs_rational_from_score (r->thresholds[i]);
  r->rubric.lower_is_better = lower;
  r->rubric.method = method;
  return prs_kpi_rubric_validate (&r->rubric, error);
}

static gboolean
load_activities (PrsStore *store, PrsKpiReport *r, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) g_hash_table_unref);
  int rc;

  /* the plan's order: plans by id, nodes by their place in the tree */
  stmt = prs_store_prepare (store,
    "WITH RECURSIVE walk (id, plan, path) AS ("
    "  SELECT id, plan_id, printf ('%08d.%08d', sort_order, id) FROM plan_nodes WHERE parent_id IS NULL"
    "  UNION ALL SELECT n.id, n.plan_id, w.path || '/' || printf ('%08d.%08d', n.sort_order, n.id)"
    "  FROM plan_nodes n JOIN walk w ON n.parent_id = w.id)"
    " SELECT a.id, n.plan_id, n.title, a.headcount_only,"
    "   (SELECT ifnull (sum (count), 0) FROM headcounts h WHERE h.node_id = a.id)"
    " FROM activities a JOIN plan_nodes n ON n.id = a.id JOIN plans p ON p.id = n.plan_id"
    " JOIN walk w ON w.id = a.id"
    " WHERE a.id IN (SELECT node_id FROM kpi_activities WHERE kpi_id = ?1)"
    "    OR (a.common_kpi = 1 AND p.fiscal_year = ?2)"
    " ORDER BY n.plan_id, w.path", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->kpi_id);
  sqlite3_bind_int (stmt, 2, r->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsKpiActivity *a = g_new0 (PrsKpiActivity, 1);
      GHashTable *numbers;

      a->id = sqlite3_column_int64 (stmt, 0);
      a->plan_id = sqlite3_column_int64 (stmt, 1);
      a->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      a->headcount_only = sqlite3_column_int (stmt, 3) != 0;
      a->headcount = (guint) sqlite3_column_int64 (stmt, 4);
      numbers = g_hash_table_lookup (plans, &a->plan_id);
      if (numbers == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          numbers = prs_store_activity_display_numbers (store, a->plan_id, error);
          if (numbers == NULL)
            {
              kpi_activity_free (a);
              g_free (key);
              return FALSE;
            }
          *key = a->plan_id;
          g_hash_table_insert (plans, key, numbers);
        }
      a->number = g_strdup (g_hash_table_lookup (numbers, &a->id));
      if (!a->headcount_only)
        r->n_named++;
      g_ptr_array_add (r->activities, a);
    }
  if (!prs_store_step_done (store, rc, error))
    return FALSE;
  return TRUE;
}

PrsKpiReport *
prs_kpi_report_compute (PrsStore *store, int year, GError **error)
{
  g_autoptr (PrsKpiReport) r = g_new0 (PrsKpiReport, 1);
  g_autoptr (GHashTable) bureaus = NULL;
  g_autoptr (GHashTable) unit_rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) person_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) all_units = g_ptr_array_new_with_free_func (unit_result_free);
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree PrsKpiPerson **dense = NULL;
  gint64 dense_base = 0;
  gsize dense_len = 0;
  guint n_slots;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  r->year = year;
  r->activities = g_ptr_array_new_with_free_func (kpi_activity_free);
  r->people = g_ptr_array_new_with_free_func (kpi_person_free);
  r->units = g_ptr_array_new ();
  if (!load_definition (store, r, error) || !load_activities (store, r, error))
    return NULL;
  n_slots = MAX (1, r->activities->len);
  r->depth = g_new0 (guint, r->n_named + 1);

  bureaus = prs_people_bureau_map (store, error);
  if (bureaus == NULL)
    return NULL;

  /* every unit in tree order; bureaus get rows */
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
      PrsKpiUnitResult *u = g_new0 (PrsKpiUnitResult, 1);

      u->unit_id = sqlite3_column_int64 (stmt, 0);
      u->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      u->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      u->depth = g_new0 (guint, r->n_named + 1);
      u->not_reached = g_ptr_array_new ();
      g_ptr_array_add (all_units, u);
      g_hash_table_insert (unit_rows, &u->unit_id, u);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* the counted people */
  stmt = prs_store_prepare (store,
    "SELECT id, prefix, first_name, last_name, position, unit_id, staff_type FROM people"
    " WHERE active = 1 AND unit_id IS NOT NULL ORDER BY first_name, last_name, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 5);
      gint64 *bureau = g_hash_table_lookup (bureaus, &unit);
      PrsStaffType type;
      PrsKpiPerson *p;

      if (!prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 6), &type)
          || !(r->staff_types & (1u << type)))
        continue;
      p = g_new0 (PrsKpiPerson, 1);
      p->person_id = sqlite3_column_int64 (stmt, 0);
      p->name = g_strdup_printf ("%s%s %s", sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                                 sqlite3_column_text (stmt, 3));
      g_strstrip (p->name);
      p->position = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      p->unit_id = bureau ? *bureau : unit;
      p->joined = g_new0 (guint8, n_slots);
      g_ptr_array_add (r->people, p);
      g_hash_table_insert (person_index, &p->person_id, p);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* person id -> row: a plain array when ids are dense (they usually are) */
  {
    gint64 lo = G_MAXINT64, hi = G_MININT64;

    for (guint i = 0; i < r->people->len; i++)
      {
        gint64 id = ((PrsKpiPerson *) r->people->pdata[i])->person_id;
        lo = MIN (lo, id);
        hi = MAX (hi, id);
      }
    if (r->people->len > 0 && hi - lo < 8 * (gint64) r->people->len + 1024)
      {
        dense_base = lo;
        dense_len = (gsize) (hi - lo + 1);
        dense = g_new0 (PrsKpiPerson *, dense_len);
        for (guint i = 0; i < r->people->len; i++)
          {
            PrsKpiPerson *p = r->people->pdata[i];
            dense[p->person_id - lo] = p;
          }
      }
  }

  /* participation in each designated activity */
  stmt = prs_store_prepare (store, "SELECT person_id FROM participation WHERE node_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint a = 0; a < r->activities->len; a++)
    {
      PrsKpiActivity *act = r->activities->pdata[a];

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, act->id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          PrsKpiPerson *p = dense ? (id >= dense_base && id - dense_base < (gint64) dense_len
                                     ? dense[id - dense_base] : NULL)
                                  : g_hash_table_lookup (person_index, &id);

          if (p && !p->joined[a])
            {
              p->joined[a] = 1;
              p->n_joined++;
              act->joined++;
            }
        }
      if (!prs_store_step_done (store, rc, error))
        return NULL;
    }

  /* per bureau */
  for (guint i = 0; i < r->people->len; i++)
    {
      PrsKpiPerson *p = r->people->pdata[i];
      PrsKpiUnitResult *u = g_hash_table_lookup (unit_rows, &p->unit_id);
      guint d = MIN (p->n_joined, r->n_named);

      if (u == NULL)
        continue;
      u->staff++;
      u->depth[d]++;
      r->depth[d]++;
      r->staff++;
      if (p->n_joined > 0)
        {
          u->joined++;
          r->joined++;
        }
      else
        g_ptr_array_add (u->not_reached, p);
    }
  for (guint i = 0; i < all_units->len; i++)
    {
      PrsKpiUnitResult *u = all_units->pdata[i];

      if (u->staff == 0)
        continue;
      u->percent = prs_score_share (u->joined, u->staff);
      u->score = score_of (&r->rubric, u->joined, u->staff);
      g_ptr_array_add (r->units, u);
    }
  /* the report owns the rows it lists; the rest go with all_units */
  g_ptr_array_set_free_func (r->units, unit_result_free);
  for (guint i = all_units->len; i > 0; i--)
    {
      PrsKpiUnitResult *u = all_units->pdata[i - 1];
      if (u->staff > 0)
        g_ptr_array_steal_index (all_units, i - 1);
    }
  r->percent = r->staff ? prs_score_share (r->joined, r->staff) : 0;
  r->score = score_of (&r->rubric, r->joined, r->staff);

  /* people by bureau (in the table's order), then name */
  {
    g_autoptr (GHashTable) order = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autoptr (GPtrArray) sorted = g_ptr_array_new_full (r->people->len, kpi_person_free);
    g_autoptr (GPtrArray) buckets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

    for (guint i = 0; i < r->units->len; i++)
      {
        PrsKpiUnitResult *u = r->units->pdata[i];
        g_hash_table_insert (order, &u->unit_id, GUINT_TO_POINTER (i + 1));
        g_ptr_array_add (buckets, g_ptr_array_new ());
      }
    g_ptr_array_add (buckets, g_ptr_array_new ()); /* people under no bureau row */
    for (guint i = 0; i < r->people->len; i++)
      {
        PrsKpiPerson *p = r->people->pdata[i];
        guint b = GPOINTER_TO_UINT (g_hash_table_lookup (order, &p->unit_id));
        g_ptr_array_add (buckets->pdata[b ? b - 1 : r->units->len], p);
      }
    g_ptr_array_set_free_func (r->people, NULL);
    for (guint b = 0; b < buckets->len; b++)
      {
        GPtrArray *bucket = buckets->pdata[b];
        for (guint i = 0; i < bucket->len; i++)
          g_ptr_array_add (sorted, bucket->pdata[i]);
      }
    g_ptr_array_unref (r->people);
    r->people = g_steal_pointer (&sorted);
  }
  return g_steal_pointer (&r);
}
