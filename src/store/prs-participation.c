/* prs-participation.c: the participation matrix as a bitset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "prs-participation.h"
#include "prs-store-matrix.h"
#include "prs-store-private.h"

struct _PrsParticipation
{
  gatomicrefcount  ref;
  GArray          *people;      /* gint64 ids, row order */
  GArray          *units;       /* gint64 unit of each row */
  GArray          *activities;  /* gint64 ids, column order */
  guint64         *bits;        /* row-major, words_per_row words per row */
  guint            words_per_row;
  guint            total;
};

typedef struct
{
  gint64 id;
  guint  index;
} IdIndex;

static int
compare_id_index (const void *a, const void *b)
{
  gint64 x = ((const IdIndex *) a)->id, y = ((const IdIndex *) b)->id;
  return x < y ? -1 : x > y;
}

static GArray *
load_ids (PrsStore *store, const char *sql, gint64 param, GArray *second, GError **error)
{
  g_autoptr(PrsStatement) stmt = prs_store_prepare (store, sql, error);
  GArray *ids;
  int rc;

  if (!stmt)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, param);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      if (second)
        {
          gint64 v = sqlite3_column_int64 (stmt, 1);
          g_array_append_val (second, v);
        }
    }
  if (!prs_store_step_done (store, rc, error))
    {
      g_array_unref (ids);
      return NULL;
    }
  return ids;
}

static IdIndex *
make_index (GArray *ids)
{
  IdIndex *index = g_new (IdIndex, MAX (1, ids->len));

  for (guint i = 0; i < ids->len; i++)
    {
      index[i].id = g_array_index (ids, gint64, i);
      index[i].index = i;
    }
  qsort (index, ids->len, sizeof (IdIndex), compare_id_index);
  return index;
}

static gboolean
lookup (const IdIndex *index, guint n, gint64 id, guint *out)
{
  IdIndex key = { id, 0 };
  const IdIndex *found = bsearch (&key, index, n, sizeof (IdIndex), compare_id_index);

  if (!found)
    return FALSE;
  *out = found->index;
  return TRUE;
}

PrsParticipation *
prs_participation_load (PrsStore *store, gint64 plan_id, guint staff_types, GError **error)
{
  g_autoptr(PrsParticipation) self = g_new0 (PrsParticipation, 1);
  g_autoptr(PrsStatement) stmt = NULL;
  g_autofree IdIndex *people_index = NULL;
  g_autofree IdIndex *activity_index = NULL;
  g_autofree char *people_sql = NULL;
  g_autoptr(GString) types = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  g_atomic_ref_count_init (&self->ref);
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    if (staff_types & (1u << t))
      g_string_append_printf (types, "%s'%s'", types->len ? ", " : "", prs_staff_type_to_string (t));

  /* Units in tree order, then people by name within a unit. */
  people_sql = g_strdup_printf (
    "WITH RECURSIVE tree (id, path) AS ("
    "  SELECT id, printf ('%%08d.%%08d', sort_order, id) FROM units WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, t.path || '/' || printf ('%%08d.%%08d', u.sort_order, u.id)"
    "  FROM units u JOIN tree t ON u.parent_id = t.id)"
    " SELECT p.id, ifnull (p.unit_id, 0) FROM people p LEFT JOIN tree t ON t.id = p.unit_id"
    " WHERE p.active = 1 AND ?1 = ?1 %s%s%s"
    " ORDER BY t.path, p.first_name, p.last_name, p.id",
    types->len ? "AND p.staff_type IN (" : "", types->str, types->len ? ")" : "");
  self->units = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->people = load_ids (store, people_sql, 0, self->units, error);
  if (!self->people)
    return NULL;
  self->activities = load_ids (store,
    "WITH RECURSIVE walk (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM plan_nodes WHERE plan_id = ?1 AND parent_id IS NULL"
    "  UNION ALL SELECT n.id, w.path || '/' || printf ('%08d.%08d', n.sort_order, n.id)"
    "  FROM plan_nodes n JOIN walk w ON n.parent_id = w.id)"
    " SELECT a.id FROM walk w JOIN activities a ON a.id = w.id ORDER BY w.path",
    plan_id, NULL, error);
  if (!self->activities)
    return NULL;

  self->words_per_row = (self->activities->len + 63) / 64;
  self->bits = g_new0 (guint64, (gsize) MAX (1, self->people->len) * MAX (1, self->words_per_row));
  people_index = make_index (self->people);
  activity_index = make_index (self->activities);

  stmt = prs_store_prepare (store,
    "SELECT pa.person_id, pa.node_id FROM participation pa JOIN plan_nodes n ON n.id = pa.node_id"
    " WHERE n.plan_id = ?1", error);
  if (!stmt)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint row, column;

      if (lookup (people_index, self->people->len, sqlite3_column_int64 (stmt, 0), &row)
          && lookup (activity_index, self->activities->len, sqlite3_column_int64 (stmt, 1), &column))
        {
          guint64 *word = &self->bits[(gsize) row * self->words_per_row + column / 64];
          if (!(*word & (G_GUINT64_CONSTANT (1) << (column % 64))))
            {
              *word |= G_GUINT64_CONSTANT (1) << (column % 64);
              self->total++;
            }
        }
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&self);
}

PrsParticipation *
prs_participation_ref (PrsParticipation *self)
{
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
prs_participation_unref (PrsParticipation *self)
{
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_clear_pointer (&self->people, g_array_unref);
  g_clear_pointer (&self->units, g_array_unref);
  g_clear_pointer (&self->activities, g_array_unref);
  g_free (self->bits);
  g_free (self);
}

guint
prs_participation_get_n_people (PrsParticipation *self)
{
  return self->people->len;
}

guint
prs_participation_get_n_activities (PrsParticipation *self)
{
  return self->activities->len;
}

gint64
prs_participation_get_person_id (PrsParticipation *self, guint row)
{
  g_return_val_if_fail (row < self->people->len, 0);
  return g_array_index (self->people, gint64, row);
}

gint64
prs_participation_get_person_unit (PrsParticipation *self, guint row)
{
  g_return_val_if_fail (row < self->units->len, 0);
  return g_array_index (self->units, gint64, row);
}

gint64
prs_participation_get_activity_id (PrsParticipation *self, guint column)
{
  g_return_val_if_fail (column < self->activities->len, 0);
  return g_array_index (self->activities, gint64, column);
}

gboolean
prs_participation_get (PrsParticipation *self, guint row, guint column)
{
  g_return_val_if_fail (row < self->people->len && column < self->activities->len, FALSE);
  return (self->bits[(gsize) row * self->words_per_row + column / 64]
          >> (column % 64)) & 1;
}

guint
prs_participation_count_row (PrsParticipation *self, guint row)
{
  guint n = 0;

  g_return_val_if_fail (row < self->people->len, 0);
  for (guint w = 0; w < self->words_per_row; w++)
    n += __builtin_popcountll (self->bits[(gsize) row * self->words_per_row + w]);
  return n;
}

guint
prs_participation_count_column (PrsParticipation *self, guint column)
{
  guint n = 0;

  g_return_val_if_fail (column < self->activities->len, 0);
  for (guint r = 0; r < self->people->len; r++)
    n += prs_participation_get (self, r, column);
  return n;
}

guint
prs_participation_get_total (PrsParticipation *self)
{
  return self->total;
}

gboolean
prs_participation_set (PrsParticipation *self, PrsStore *store, guint row, guint column,
                       gboolean value, GError **error)
{
  gint64 person, node;
  guint64 *word, mask;
  gboolean ok;

  g_return_val_if_fail (row < self->people->len && column < self->activities->len, FALSE);

  if (prs_participation_get (self, row, column) == !!value)
    return TRUE;
  person = g_array_index (self->people, gint64, row);
  node = g_array_index (self->activities, gint64, column);
  if (value)
    ok = prs_store_execute (store, error,
                            "INSERT OR IGNORE INTO participation (person_id, node_id) VALUES (?1, ?2)",
                            PRS_INT (person), PRS_INT (node), PRS_VALUE_END);
  else
    ok = prs_store_execute (store, error,
                            "DELETE FROM participation WHERE person_id = ?1 AND node_id = ?2",
                            PRS_INT (person), PRS_INT (node), PRS_VALUE_END);
  if (!ok)
    return FALSE;
  word = &self->bits[(gsize) row * self->words_per_row + column / 64];
  mask = G_GUINT64_CONSTANT (1) << (column % 64);
  if (value)
    {
      *word |= mask;
      self->total++;
    }
  else
    {
      *word &= ~mask;
      self->total--;
    }
  return TRUE;
}

/* For prs-store-matrix.c, which writes many cells in one statement: the cell's
 * bit only (declared in prs-store-matrix.h). */
void
prs_participation_set_bit (PrsParticipation *self, guint row, guint column, gboolean value)
{
  guint64 *word, mask;

  g_return_if_fail (row < self->people->len && column < self->activities->len);
  if (prs_participation_get (self, row, column) == !!value)
    return;
  word = &self->bits[(gsize) row * self->words_per_row + column / 64];
  mask = G_GUINT64_CONSTANT (1) << (column % 64);
  if (value)
    {
      *word |= mask;
      self->total++;
    }
  else
    {
      *word &= ~mask;
      self->total--;
    }
}
