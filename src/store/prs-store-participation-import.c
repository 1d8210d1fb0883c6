/* prs-store-participation-import.c: marks, head counts, sign-in lists
 *
 * Matching a sign-in list: a name whose normal form (titles, spaces and marks
 * order aside: prs_name_normalise) equals a roster name is matched. Others are
 * compared with the weighted cluster distance of prs-names (a mark mistyped on
 * the right letter costs half a letter) against the people who share a
 * similar first or last name — so 2,000 names against 20,000 people stay fast —
 * or, for names written without a space, against everybody of about the same
 * length. Those candidates are held to the close-match policy below (each of
 * first and last name a plausible misspelling); one clear best is "close", two
 * about as near or nothing near is "unknown". Close matches are applied only when confirmed;
 * everything not applied is kept on the activity.
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
#include "prs-store-plans-tree.h"

#define MIN_CONFIDENCE 0.75
#define MARGIN 0.02
#define PART_CONFIDENCE 0.7
#define PART_FLOOR 0.6

/* ---- activity numbers ------------------------------------------------------- */

typedef struct
{
  gint64  id;
  gint64  parent;
  int     depth;
  char   *numbering;
  char   *stored;
} Node;

static void
node_free (gpointer data)
{
  Node *n = data;
  g_free (n->numbering);
  g_free (n->stored);
  g_free (n);
}

static void
number_children (GPtrArray *nodes, GHashTable *children, GHashTable *numbers, GHashTable *across,
                 gint64 parent, const char *parent_number, const char *parent_numbering)
{
  GPtrArray *kids = g_hash_table_lookup (children, &parent);

  for (guint i = 0; kids && i < kids->len; i++)
    {
      Node *n = kids->pdata[i];
      gint64 *key = g_new (gint64, 1);
      char *number;

      if (parent == 0)
        number = g_strdup_printf ("%u", i + 1);
      else if (g_strcmp0 (parent_numbering, "across_plan") == 0)
        {
          guint *counter = g_hash_table_lookup (across, GINT_TO_POINTER (n->depth));

          if (counter == NULL)
            {
              counter = g_new0 (guint, 1);
              g_hash_table_insert (across, GINT_TO_POINTER (n->depth), counter);
            }
          number = g_strdup_printf ("%u", ++*counter);
        }
      else if (g_strcmp0 (parent_numbering, "none") == 0)
        number = g_strdup (n->stored);
      else
        number = g_strdup_printf ("%s.%u", parent_number, i + 1);
      *key = n->id;
      g_hash_table_insert (numbers, key, number);
      number_children (nodes, children, numbers, across, n->id, number, n->numbering);
    }
}

/* The numbers computed here from plan_nodes alone (used when the plan cannot be
 * loaded as a tree). */
static GHashTable *
numbers_from_nodes (PrsStore *store, gint64 plan_id, GError **error)
{
  g_autoptr (GPtrArray) nodes = g_ptr_array_new_with_free_func (node_free);
  g_autoptr (GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) across = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr (PrsStatement) stmt = NULL;
  GHashTable *numbers;
  int rc;

  stmt = prs_store_prepare (store, "SELECT id, ifnull (parent_id, 0), depth, numbering, number FROM plan_nodes"
                                   " WHERE plan_id = ?1 ORDER BY sort_order, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Node *n = g_new0 (Node, 1);
      GPtrArray *list;

      n->id = sqlite3_column_int64 (stmt, 0);
      n->parent = sqlite3_column_int64 (stmt, 1);
      n->depth = sqlite3_column_int (stmt, 2);
      n->numbering = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      n->stored = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (nodes, n);
      list = g_hash_table_lookup (children, &n->parent);
      if (list == NULL)
        {
          gint64 *key = g_new (gint64, 1);
          *key = n->parent;
          list = g_ptr_array_new ();
          g_hash_table_insert (children, key, list);
        }
      g_ptr_array_add (list, n);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  number_children (nodes, children, numbers, across, 0, "", "per_parent");
  return numbers;
}

/* The one place that says which number an activity shows: the plans' own tree
 * (prs_store_load_plan(), what `plan show` prints), else the nodes' numbering. */
GHashTable *
prs_store_activity_display_numbers (PrsStore *store, gint64 plan_id, GError **error)
{
  g_autoptr (GError) tree_error = NULL;
  PrsPlanTree *tree = prs_store_load_plan (store, plan_id, 0, &tree_error);
  GHashTable *numbers;

  if (tree == NULL)
    return numbers_from_nodes (store, plan_id, error);
  numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < tree->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = tree->nodes->pdata[i];
      gint64 *key = g_new (gint64, 1);

      *key = n->id;
      g_hash_table_insert (numbers, key, g_strdup (n->number ? n->number : ""));
    }
  prs_plan_tree_free (tree);
  return numbers;
}

static char *
number_key (const char *text)
{
  g_autofree char *arabic = prs_digits_to_arabic (text ? text : "");
  GString *out = g_string_new (NULL);

  for (const char *p = arabic; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  while (out->len > 0 && out->str[out->len - 1] == '.')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

gint64
prs_participation_find_activity (PrsStore *store, gint64 plan_id, const char *number, GError **error)
{
  g_autoptr (GHashTable) numbers = NULL;
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree char *want = number_key (number);
  g_autoptr (GString) known = g_string_new (NULL);
  gint64 by_stored = 0;
  gint64 n_plans = 0;
  int rc;

  if (!prs_store_query_int_checked (store, "SELECT count(*) FROM plans", 0, &n_plans, error))
    return 0; /* unreadable, not "no such plan" */
  if (n_plans == 0
      || (stmt = prs_store_prepare (store, "SELECT 1 FROM plans WHERE id = ?1", error)) == NULL)
    {
      if (error && *error == NULL)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                       _("There is no plan %s in the workspace."), id);
        }
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);

      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                     _("There is no plan %s in the workspace."), id);
      return 0;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  numbers = prs_store_activity_display_numbers (store, plan_id, error);
  if (numbers == NULL)
    return 0;
  stmt = prs_store_prepare (store,
    "WITH RECURSIVE walk (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM plan_nodes WHERE plan_id = ?1 AND parent_id IS NULL"
    "  UNION ALL SELECT n.id, w.path || '/' || printf ('%08d.%08d', n.sort_order, n.id)"
    "  FROM plan_nodes n JOIN walk w ON n.parent_id = w.id)"
    " SELECT a.id, n.number FROM activities a JOIN plan_nodes n ON n.id = a.id JOIN walk w ON w.id = a.id"
    " ORDER BY w.path", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *shown = g_hash_table_lookup (numbers, &id);
      g_autofree char *k = number_key (shown);
      g_autofree char *s = number_key ((const char *) sqlite3_column_text (stmt, 1));

      if (*want != '\0' && g_str_equal (k, want))
        return id;
      if (*want != '\0' && by_stored == 0 && g_str_equal (s, want))
        by_stored = id;
      if (known->len < 200 && shown)
        g_string_append_printf (known, "%s%s", known->len ? ", " : "", shown);
    }
  if (!prs_store_step_done (store, rc, error))
    return 0;
  if (by_stored)
    return by_stored;
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
    g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                 _("Plan %s has no activity numbered “%s” (its activities: %s)."),
                 id, number ? number : "", known->len ? known->str : _("none"));
  }
  return 0;
}

/* ---- marks and head counts -------------------------------------------------- */

gboolean
prs_participation_mark (PrsStore *store, gint64 person_id, gint64 activity_id, gboolean joined,
                        GError **error)
{
  if (joined)
    return prs_store_execute (store, error,
                              "INSERT OR IGNORE INTO participation (person_id, node_id) VALUES (?1, ?2)",
                              PRS_INT (person_id), PRS_INT (activity_id), PRS_VALUE_END);
  return prs_store_execute (store, error, "DELETE FROM participation WHERE person_id = ?1 AND node_id = ?2",
                            PRS_INT (person_id), PRS_INT (activity_id), PRS_VALUE_END);
}

gboolean
prs_participation_mark_many (PrsStore *store, const gint64 *person_ids, guint n_people, gint64 activity_id,
                             gboolean joined, GError **error)
{
  if (!prs_store_begin_edit (store, joined ? _("Mark participation") : _("Clear participation"), error))
    return FALSE;
  for (guint i = 0; i < n_people; i++)
    if (!prs_participation_mark (store, person_ids[i], activity_id, joined, error))
      {
        prs_store_cancel_edit (store);
        return FALSE;
      }
  return prs_store_end_edit (store, error);
}

gboolean
prs_participation_set_headcount (PrsStore *store, gint64 activity_id, guint count, GError **error)
{
  if (!prs_store_begin_edit (store, _("Set head count"), error))
    return FALSE;
  if (!prs_store_execute (store, error, "DELETE FROM headcounts WHERE node_id = ?1",
                          PRS_INT (activity_id), PRS_VALUE_END)
      || !prs_store_execute (store, error, "INSERT INTO headcounts (node_id, count) VALUES (?1, ?2)",
                             PRS_INT (activity_id), PRS_INT (count), PRS_VALUE_END))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gint64
prs_participation_get_headcount (PrsStore *store, gint64 activity_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT ifnull (sum (count), 0) FROM headcounts WHERE node_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return prs_store_step_done (store, rc, error) ? 0 : -1;
}

/* ---- the matcher ------------------------------------------------------------ */

typedef struct
{
  char    *key;        /* normal form without spaces */
  guint32 *ids;        /* grapheme clusters as interned numbers */
  gunichar *bases;     /* each cluster's base letter */
  guint    n;
} Prep;

/* @intern maps cluster text to a number, shared by everything compared together,
 * so the distance compares numbers instead of strings. */
static void
prep_init (Prep *p, const char *normal_form, GHashTable *intern)
{
  GString *key = g_string_new (NULL);
  g_auto (GStrv) clusters = NULL;

  for (const char *s = normal_form; *s; s++)
    if (*s != ' ')
      g_string_append_c (key, *s);
  p->key = g_string_free (key, FALSE);
  clusters = prs_name_clusters (p->key);
  p->n = g_strv_length (clusters);
  p->ids = g_new (guint32, MAX (1, p->n));
  p->bases = g_new (gunichar, MAX (1, p->n));
  for (guint i = 0; i < p->n; i++)
    {
      gpointer id = g_hash_table_lookup (intern, clusters[i]);

      if (id == NULL)
        {
          id = GUINT_TO_POINTER (g_hash_table_size (intern) + 1);
          g_hash_table_insert (intern, g_strdup (clusters[i]), id);
        }
      p->ids[i] = GPOINTER_TO_UINT (id);
      p->bases[i] = g_utf8_get_char (clusters[i]);
    }
}

static void
prep_clear (Prep *p)
{
  g_clear_pointer (&p->key, g_free);
  g_clear_pointer (&p->ids, g_free);
  g_clear_pointer (&p->bases, g_free);
}

/* prs-names' weighted distance: insert, delete, substitute 2; 1 for a cluster on
 * the same base letter with other marks. Stops early above @limit. */
static guint
weighted_distance (const Prep *a, const Prep *b, guint limit)
{
  guint prev_buf[64], cur_buf[64];
  g_autofree guint *prev_heap = NULL, *cur_heap = NULL;
  guint *prev = prev_buf, *cur = cur_buf;

  if (b->n + 1 > G_N_ELEMENTS (prev_buf))
    {
      prev = prev_heap = g_new (guint, b->n + 1);
      cur = cur_heap = g_new (guint, b->n + 1);
    }
  for (guint j = 0; j <= b->n; j++)
    prev[j] = j * 2;
  for (guint i = 1; i <= a->n; i++)
    {
      guint row_min, x = a->ids[i - 1];
      gunichar xb = a->bases[i - 1];
      guint *t;

      cur[0] = i * 2;
      row_min = cur[0];
      for (guint j = 1; j <= b->n; j++)
        {
          guint sub = x == b->ids[j - 1] ? 0 : xb == b->bases[j - 1] ? 1 : 2;
          guint best = prev[j - 1] + sub;

          best = MIN (best, prev[j] + 2);
          best = MIN (best, cur[j - 1] + 2);
          cur[j] = best;
          row_min = MIN (row_min, best);
        }
      if (row_min > limit)
        return G_MAXUINT;
      t = prev;
      prev = cur;
      cur = t;
    }
  return prev[b->n];
}

static double
similarity (const Prep *a, const Prep *b, double floor)
{
  guint longest = MAX (a->n, b->n);
  guint limit, d;

  if (a->n == 0 || b->n == 0)
    return 0.0;
  /* lengths alone may rule it out: each missing cluster costs 2 */
  limit = (guint) ((1.0 - floor) * 2.0 * longest + 1e-9);
  if ((a->n > b->n ? a->n - b->n : b->n - a->n) * 2 > limit)
    return 0.0;
  d = weighted_distance (a, b, limit);
  if (d == G_MAXUINT)
    return 0.0;
  return 1.0 - (double) d / (2.0 * longest);
}

typedef struct
{
  gint64  id;
  gint64  unit_id;
  gint64  bureau_id;
  gboolean active;
  Prep    full;
  guint   first_part;  /* index into parts */
  guint   last_part;
} Person;

typedef struct
{
  GArray     *people;      /* Person */
  GHashTable *exact;       /* key -> GArray of guint person indices */
  GPtrArray  *parts;       /* Prep *: distinct first and last names */
  GHashTable *part_index;  /* key -> guint index + 1 into parts */
  GPtrArray  *part_people; /* GArray of guint person indices per part */
  GHashTable *units;       /* unit key -> gint64 unit id (names, abbreviations) */
  GHashTable *bureaus;     /* unit id -> bureau id */
  GHashTable *intern;      /* cluster text -> number */
  GHashTable *raw_parts;   /* a first or last name as stored -> index + 1 into parts */
  GHashTable *bigrams;     /* two base letters in a row (gint64 *) -> GArray of person indices */
  guint      *hits;        /* per person, bigrams shared with the query */
  gboolean    split;       /* the query has a first and a last name: */
  Prep        q_first;
  Prep        q_last;
  guint      *stamp;       /* per person, for candidate sets */
  guint       generation;
} Matcher;

static void
prep_free (gpointer data)
{
  Prep *p = data;
  prep_clear (p);
  g_free (p);
}

static guint
intern_part (Matcher *m, const char *text, guint person)
{
  gpointer found = g_hash_table_lookup (m->raw_parts, text);
  guint index;

  if (found)
    index = GPOINTER_TO_UINT (found) - 1;
  else
    {
      g_autofree char *norm = prs_name_normalise (text);
      Prep probe = { 0 };

      prep_init (&probe, norm, m->intern);
      found = g_hash_table_lookup (m->part_index, probe.key);
      if (found)
        {
          index = GPOINTER_TO_UINT (found) - 1;
          prep_clear (&probe);
        }
      else
        {
          Prep *p = g_new (Prep, 1);
          *p = probe;
          g_ptr_array_add (m->parts, p);
          g_ptr_array_add (m->part_people, g_array_new (FALSE, FALSE, sizeof (guint)));
          index = m->parts->len - 1;
          g_hash_table_insert (m->part_index, g_strdup (p->key), GUINT_TO_POINTER (index + 1));
        }
      g_hash_table_insert (m->raw_parts, g_strdup (text), GUINT_TO_POINTER (index + 1));
    }
  g_array_append_val (g_ptr_array_index (m->part_people, index), person);
  return index;
}

/* A roster name compared as its first and last names' normal forms joined
 * (the normal form of a stored name, which carries no title). */
static void
prep_join (Prep *out, const Prep *a, const Prep *b)
{
  out->n = a->n + b->n;
  out->key = g_strconcat (a->key, b->key, NULL);
  out->ids = g_new (guint32, MAX (1, out->n));
  out->bases = g_new (gunichar, MAX (1, out->n));
  memcpy (out->ids, a->ids, a->n * sizeof (guint32));
  memcpy (out->ids + a->n, b->ids, b->n * sizeof (guint32));
  memcpy (out->bases, a->bases, a->n * sizeof (gunichar));
  memcpy (out->bases + a->n, b->bases, b->n * sizeof (gunichar));
}

static inline gint64
bigram_key (const Prep *p, guint i)
{
  return ((gint64) p->bases[i] << 21) | p->bases[i + 1];
}

/* Base letters, not clusters: a mark mistyped on the right letter leaves the
 * pair as it was. */
static void
index_bigrams (Matcher *m, const Prep *p, guint person)
{
  for (guint i = 0; i + 1 < p->n; i++)
    {
      gint64 key = bigram_key (p, i);
      GArray *list = g_hash_table_lookup (m->bigrams, &key);

      if (list == NULL)
        {
          gint64 *k = g_new (gint64, 1);
          *k = key;
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (m->bigrams, k, list);
        }
      /* a name with the same pair twice counts it once */
      if (list->len == 0 || g_array_index (list, guint, list->len - 1) != person)
        g_array_append_val (list, person);
    }
}

static void
matcher_free (Matcher *m)
{
  if (m->people)
    for (guint i = 0; i < m->people->len; i++)
      prep_clear (&g_array_index (m->people, Person, i).full);
  g_clear_pointer (&m->people, g_array_unref);
  g_clear_pointer (&m->exact, g_hash_table_unref);
  g_clear_pointer (&m->parts, g_ptr_array_unref);
  g_clear_pointer (&m->part_index, g_hash_table_unref);
  g_clear_pointer (&m->part_people, g_ptr_array_unref);
  g_clear_pointer (&m->units, g_hash_table_unref);
  g_clear_pointer (&m->bureaus, g_hash_table_unref);
  g_clear_pointer (&m->intern, g_hash_table_unref);
  g_clear_pointer (&m->raw_parts, g_hash_table_unref);
  g_clear_pointer (&m->bigrams, g_hash_table_unref);
  g_free (m->hits);
  g_free (m->stamp);
}

static char *
fold_unit (const char *name)
{
  return prs_table_header_key (name);
}

static gboolean
matcher_load (Matcher *m, PrsStore *store, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  m->people = g_array_new (FALSE, TRUE, sizeof (Person));
  m->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  m->parts = g_ptr_array_new_with_free_func (prep_free);
  m->part_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->part_people = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  m->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m->intern = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->raw_parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->bigrams = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  m->bureaus = prs_people_bureau_map (store, error);
  if (m->bureaus == NULL)
    return FALSE;

  stmt = prs_store_prepare (store, "SELECT id, name, abbreviation FROM units", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int c = 1; c <= 2; c++)
      {
        g_autofree char *k = fold_unit ((const char *) sqlite3_column_text (stmt, c));

        if (*k && !g_hash_table_contains (m->units, k))
          {
            gint64 *id = g_new (gint64, 1);
            *id = sqlite3_column_int64 (stmt, 0);
            g_hash_table_insert (m->units, g_steal_pointer (&k), id);
          }
      }
  if (!prs_store_step_done (store, rc, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prs_store_prepare (store, "SELECT id, first_name, last_name, ifnull (unit_id, 0), active FROM people"
                                   , error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *first = (const char *) sqlite3_column_text (stmt, 1);
      const char *last = (const char *) sqlite3_column_text (stmt, 2);
      guint index = m->people->len;
      gint64 *bureau;
      Person p = { 0 };
      GArray *same;

      p.id = sqlite3_column_int64 (stmt, 0);
      p.unit_id = sqlite3_column_int64 (stmt, 3);
      bureau = g_hash_table_lookup (m->bureaus, &p.unit_id);
      p.bureau_id = bureau ? *bureau : p.unit_id;
      p.active = sqlite3_column_int (stmt, 4) != 0;
      p.first_part = intern_part (m, first ? first : "", index);
      p.last_part = intern_part (m, last ? last : "", index);
      prep_join (&p.full, m->parts->pdata[p.first_part], m->parts->pdata[p.last_part]);
      index_bigrams (m, &p.full, index);
      g_array_append_val (m->people, p);
      same = g_hash_table_lookup (m->exact, p.full.key);
      if (same == NULL)
        {
          same = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (m->exact, g_strdup (p.full.key), same);
        }
      g_array_append_val (same, index);
    }
  if (!prs_store_step_done (store, rc, error))
    return FALSE;
  m->stamp = g_new0 (guint, MAX (1, m->people->len));
  m->hits = g_new0 (guint, MAX (1, m->people->len));
  return TRUE;
}

/* The unit a sign-in row names, if it names one: its id, else 0. */
static gint64
row_unit (Matcher *m, const char *unit_text)
{
  g_autofree char *k = fold_unit (unit_text);
  gint64 *id = *k ? g_hash_table_lookup (m->units, k) : NULL;

  return id ? *id : 0;
}

static gboolean
person_in_unit (Matcher *m, const Person *p, gint64 unit)
{
  gint64 *b = g_hash_table_lookup (m->bureaus, &unit);

  return unit != 0 && (p->unit_id == unit || p->bureau_id == unit || (b && p->bureau_id == *b));
}

typedef struct
{
  PrsSigninKind kind;
  int    best;
  int    second;
  double confidence;
  double second_confidence;
  guint  cost;          /* the policy's cost, first + last name (close candidates) */
  guint  second_cost;
} Result;

/* Among several equally good people, one in the named unit (or the only active one). */
static int
pick_among (Matcher *m, const guint *candidates, guint n, gint64 unit)
{
  int in_unit = -1, active = -1;
  guint n_in_unit = 0, n_active = 0;

  for (guint i = 0; i < n; i++)
    {
      const Person *p = &g_array_index (m->people, Person, candidates[i]);

      if (person_in_unit (m, p, unit))
        {
          in_unit = (int) candidates[i];
          n_in_unit++;
        }
      if (p->active)
        {
          active = (int) candidates[i];
          n_active++;
        }
    }
  if (n_in_unit == 1)
    return in_unit;
  if (n_in_unit == 0 && n_active == 1)
    return active;
  return -1;
}

/* ---- the close-match policy ------------------------------------------------
 *
 * A name not spelt as on the roster is "close" to a roster person only when its
 * first name and its last name are each a plausible misspelling of that
 * person's, and no other roster person is about as near. Each part is compared
 * letter by letter (code points, after prs_name_normalise(); "เเ" typed for "แ"
 * is read as "แ") at these costs:
 *
 *   a mark (above/below vowel, tone mark, karan) added, dropped or changed   1
 *   two adjacent marks swapped                                               1
 *   a letter swapped with a sound-alike (น/ณ, ส/ศ/ษ, ท/ธ/ฑ/ฒ, พ/ภ, ต/ฏ, ด/ฎ,
 *     ล/ฬ, ข/ฃ, ค/ฅ/ฆ, ช/ฌ, ย/ญ, ถ/ฐ, ใ/ไ)                                  1
 *   a letter added or dropped (a silent final with its karan, น์, counts as one) 2
 *   two adjacent letters swapped                                             2
 *   a letter replaced by another letter, in a last name of 6 letters or more 3
 *   a letter replaced by another letter in a first name or a short last name 4
 *
 * A first name is near when its cost is at most 2, a last name at most 3 (4
 * for one of 12 letters or more); a roster part under 4 letters allows 1. So a
 * first name never differs from the roster's by one real letter: อนุวัฒน์ is not
 * อภิวัฒน์, สมชาย is not สมชัย, ปรีชา is not ปรีดา — those are other people, however
 * alike the surnames. (A letter added or dropped is still a misspelling: should
 * both กมล and กมลา be on the roster, the rule below leaves the choice to the
 * user.) When the nearest two roster people pass and their total costs
 * (first + last) differ by 1 or less, the name is ambiguous: unknown, with both
 * offered as candidates, whatever a unit column says. */

#define TYPO_NO_MATCH G_MAXUINT

static gboolean
typo_is_mark (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

static gboolean
typo_sound_alike (gunichar a, gunichar b)
{
  static const char *const groups[] = {
    "นณ", "สศษ", "ทธฑฒ", "พภ", "ตฏ", "ดฎ", "ลฬ", "ขฃ", "คฅฆ", "ชฌ", "ยญ", "ถฐ", "ใไ",
  };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      gboolean has_a = FALSE, has_b = FALSE;

      for (const char *s = groups[g]; *s; s = g_utf8_next_char (s))
        {
          gunichar c = g_utf8_get_char (s);
          has_a |= c == a;
          has_b |= c == b;
        }
      if (has_a && has_b)
        return TRUE;
    }
  return FALSE;
}

/* @text as code points, "เเ" read as "แ"; @n set to their number */
static gunichar *
typo_letters (const char *text, guint *n)
{
  glong len = 0;
  gunichar *u = g_utf8_to_ucs4_fast (text ? text : "", -1, &len);
  guint out = 0;

  for (glong i = 0; i < len; i++)
    {
      if (u[i] == 0x0E40 && i + 1 < len && u[i + 1] == 0x0E40)
        {
          u[out++] = 0x0E41;
          i++;
          continue;
        }
      u[out++] = u[i];
    }
  *n = out;
  return u;
}

static guint
typo_limit (guint roster_letters, gboolean first_name)
{
  if (roster_letters < 4)
    return 1;
  if (first_name)
    return 2;
  return roster_letters >= 12 ? 4 : 3;
}

/* The cost above of turning @typed into @roster (one first or last name,
 * normal forms, spaces ignored), or TYPO_NO_MATCH when it passes the limit. */
static guint
typo_cost (const char *typed, const char *roster, gboolean first_name)
{
  guint na, nb, limit, result, letter_sub;
  g_autofree gunichar *a = typo_letters (typed, &na);
  g_autofree gunichar *b = typo_letters (roster, &nb);
  g_autofree guint *d = NULL;

  /* spaces inside a part ("ณ นคร") do not count */
  {
    guint k = 0;
    for (guint i = 0; i < na; i++)
      if (a[i] != ' ')
        a[k++] = a[i];
    na = k;
    k = 0;
    for (guint i = 0; i < nb; i++)
      if (b[i] != ' ')
        b[k++] = b[i];
    nb = k;
  }
  limit = typo_limit (nb, first_name);
  letter_sub = !first_name && nb >= 6 ? 3 : 4;
  if (na == 0 || nb == 0)
    return na == nb ? 0 : TYPO_NO_MATCH;
  if ((na > nb ? na - nb : nb - na) > 2 * limit)
    return TYPO_NO_MATCH;
  d = g_new (guint, (na + 1) * (nb + 1));
#define D(i, j) d[(i) * (nb + 1) + (j)]
  D (0, 0) = 0;
  for (guint i = 1; i <= na; i++)
    D (i, 0) = D (i - 1, 0) + (typo_is_mark (a[i - 1]) ? 1 : 2);
  for (guint j = 1; j <= nb; j++)
    D (0, j) = D (0, j - 1) + (typo_is_mark (b[j - 1]) ? 1 : 2);
  for (guint i = 1; i <= na; i++)
    for (guint j = 1; j <= nb; j++)
      {
        gunichar x = a[i - 1], y = b[j - 1];
        guint sub, best;

        if (x == y)
          sub = 0;
        else if (typo_is_mark (x) && typo_is_mark (y))
          sub = 1;
        else if (typo_sound_alike (x, y))
          sub = 1;
        else
          sub = letter_sub;
        best = D (i - 1, j - 1) + sub;
        best = MIN (best, D (i - 1, j) + (typo_is_mark (x) ? 1 : 2));
        best = MIN (best, D (i, j - 1) + (typo_is_mark (y) ? 1 : 2));
        /* a silent final and its karan, added or dropped together */
        if (x == 0x0E4C && i > 1 && !typo_is_mark (a[i - 2]))
          best = MIN (best, D (i - 2, j) + 2);
        if (y == 0x0E4C && j > 1 && !typo_is_mark (b[j - 2]))
          best = MIN (best, D (i, j - 2) + 2);
        if (i > 1 && j > 1 && x == b[j - 2] && a[i - 2] == y && x != y)
          best = MIN (best, D (i - 2, j - 2) + (typo_is_mark (x) && typo_is_mark (y) ? 1 : 2));
        D (i, j) = best;
      }
  result = D (na, nb);
#undef D
  return result <= limit ? result : TYPO_NO_MATCH;
}

/* A name written without a space against a roster person: split where the
 * person's first name ends, three letters either way, and take the cheapest. */
static guint
typo_cost_unsplit (const char *typed, const char *first, const char *last)
{
  glong n = g_utf8_strlen (typed, -1), at = g_utf8_strlen (first, -1);
  guint best = TYPO_NO_MATCH;

  for (glong k = MAX (1, at - 3); k <= MIN (n - 1, at + 3); k++)
    {
      const char *cut = g_utf8_offset_to_pointer (typed, k);
      g_autofree char *head = g_strndup (typed, cut - typed);
      guint cf = typo_cost (head, first, TRUE), cl;

      if (cf == TYPO_NO_MATCH)
        continue;
      cl = typo_cost (cut, last, FALSE);
      if (cl != TYPO_NO_MATCH)
        best = MIN (best, cf + cl);
    }
  return best;
}

static void
consider (Matcher *m, const Prep *q, guint index, Result *r)
{
  const Person *p = &g_array_index (m->people, Person, index);
  double s;

  if (m->stamp[index] == m->generation)
    return;
  m->stamp[index] = m->generation;
  s = similarity (q, &p->full, MIN_CONFIDENCE - MARGIN);
  if (s <= 0.0)
    return;
  /* the close-match policy above: each name part a plausible misspelling */
  {
    const Prep *pf = m->parts->pdata[p->first_part], *pl = m->parts->pdata[p->last_part];
    guint cost;

    if (m->split)
      {
        guint cf = typo_cost (m->q_first.key, pf->key, TRUE);
        guint cl = cf == TYPO_NO_MATCH ? TYPO_NO_MATCH : typo_cost (m->q_last.key, pl->key, FALSE);

        cost = cl == TYPO_NO_MATCH ? TYPO_NO_MATCH : cf + cl;
      }
    else
      cost = typo_cost_unsplit (q->key, pf->key, pl->key);
    if (cost == TYPO_NO_MATCH)
      return;
    if (r->best < 0 || cost < r->cost || (cost == r->cost && s > r->confidence))
      {
        r->second = r->best;
        r->second_confidence = r->confidence;
        r->second_cost = r->cost;
        r->best = (int) index;
        r->confidence = s;
        r->cost = cost;
      }
    else if (r->second < 0 || cost < r->second_cost || (cost == r->second_cost && s > r->second_confidence))
      {
        r->second = (int) index;
        r->second_confidence = s;
        r->second_cost = cost;
      }
  }
}

static Result
match_one (Matcher *m, const char *typed, gint64 unit)
{
  g_autofree char *norm = prs_name_normalise (typed);
  Result r = { PRS_SIGNIN_UNKNOWN, -1, -1, 0.0, 0.0, TYPO_NO_MATCH, TYPO_NO_MATCH };
  Prep q = { 0 };
  GArray *same;
  g_autofree double *fs = NULL, *ls = NULL;

  prep_init (&q, norm, m->intern);
  if (q.n == 0)
    {
      prep_clear (&q);
      return r;
    }
  same = g_hash_table_lookup (m->exact, q.key);
  if (same)
    {
      int pick = same->len == 1 ? (int) g_array_index (same, guint, 0)
                                : pick_among (m, (const guint *) same->data, same->len, unit);

      r.confidence = 1.0;
      if (pick >= 0)
        {
          r.kind = PRS_SIGNIN_MATCHED;
          r.best = pick;
        }
      else
        {
          /* namesakes nothing tells apart: for the user to say who */
          r.best = (int) g_array_index (same, guint, 0);
          r.second = (int) g_array_index (same, guint, 1);
        }
      prep_clear (&q);
      return r;
    }

  {
    const char *space = strchr (norm, ' ');

    m->split = space != NULL;
    if (m->split)
      {
        g_autofree char *first = g_strndup (norm, space - norm);

        prep_init (&m->q_first, first, m->intern);
        prep_init (&m->q_last, space + 1, m->intern);
      }
  }
  /* Candidates share enough pairs of base letters: at similarity 0.8 at most a
   * fifth of the letters are inserted, deleted or replaced by another letter,
   * and each such edit breaks at most two pairs. */
  m->generation++;
  if (q.n >= 3)
    {
      g_autoptr (GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
      guint edits = (guint) ((1.0 - MIN_CONFIDENCE + MARGIN) * q.n) + 1;
      guint need = q.n - 1 > 2 * edits ? q.n - 1 - 2 * edits : 1;
      g_autoptr (GHashTable) seen_pairs = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autofree gint64 *keys = g_new (gint64, q.n);

      for (guint i = 0; i + 1 < q.n; i++)
        {
          GArray *list;

          keys[i] = bigram_key (&q, i);
          if (g_hash_table_contains (seen_pairs, &keys[i]))
            continue;
          g_hash_table_add (seen_pairs, &keys[i]);
          list = g_hash_table_lookup (m->bigrams, &keys[i]);
          for (guint j = 0; list && j < list->len; j++)
            {
              guint who = g_array_index (list, guint, j);

              if (m->hits[who]++ == 0)
                g_array_append_val (touched, who);
            }
        }
      for (guint i = 0; i < touched->len; i++)
        {
          guint who = g_array_index (touched, guint, i);

          if (m->hits[who] >= need)
            consider (m, &q, who, &r);
          m->hits[who] = 0;
        }
    }
  else
    for (guint i = 0; i < m->people->len; i++)
      consider (m, &q, i, &r);

  /* a candidate passed the policy: close, unless another is about as near */
  if (r.best >= 0)
    {
      if (r.second >= 0 && r.second_cost <= r.cost + 1)
        r.kind = PRS_SIGNIN_UNKNOWN;
      else
        r.kind = PRS_SIGNIN_CLOSE;
    }
  else
    r.kind = PRS_SIGNIN_UNKNOWN;
  prep_clear (&q);
  if (m->split)
    {
      prep_clear (&m->q_first);
      prep_clear (&m->q_last);
      m->split = FALSE;
    }
  return r;
}

/* ---- reading sign-in lists --------------------------------------------------- */

enum { S_FULL, S_PREFIX, S_FIRST, S_LAST, S_UNIT, S_N };

static int
signin_column (const char *text)
{
  static const struct { const char *key; int col; } exact[] = {
    { "ชื่อสกุล", S_FULL }, { "ชื่อนามสกุล", S_FULL }, { "ชื่อและนามสกุล", S_FULL }, { "รายชื่อ", S_FULL },
    { "name", S_FULL }, { "fullname", S_FULL }, { "participant", S_FULL }, { "participantname", S_FULL },
    { "displayname", S_FULL }, { "ชื่อผู้เข้าร่วม", S_FULL }, { "ชื่อผู้เข้าร่วมกิจกรรม", S_FULL },
    { "ชื่อผู้ลงทะเบียน", S_FULL }, { "ชื่อผู้เข้าอบรม", S_FULL }, { "ชื่อผู้เข้าประชุม", S_FULL },
    { "nameoriginalname", S_FULL }, { "ชื่อ", S_FIRST }, { "ชื่อตัว", S_FIRST }, { "firstname", S_FIRST },
    { "นามสกุล", S_LAST }, { "สกุล", S_LAST }, { "lastname", S_LAST }, { "surname", S_LAST },
    { "คำนำหน้า", S_PREFIX }, { "คำนำหน้าชื่อ", S_PREFIX }, { "คำนำหน้านาม", S_PREFIX }, { "title", S_PREFIX },
    { "prefix", S_PREFIX },
    { "หน่วยงาน", S_UNIT }, { "สังกัด", S_UNIT }, { "สำนัก", S_UNIT }, { "สำนักกอง", S_UNIT },
    { "unit", S_UNIT }, { "department", S_UNIT }, { "หน่วยงานสังกัด", S_UNIT }, { "กอง", S_UNIT },
    { "สำนักสถาบันกลุ่ม", S_UNIT }, { "หน่วยงานที่สังกัด", S_UNIT }, { "ชื่อหน่วยงาน", S_UNIT },
    { "สำนักกองศูนย์", S_UNIT }, { "สำนักกองกลุ่ม", S_UNIT }, { "division", S_UNIT }, { "office", S_UNIT },
    { "organization", S_UNIT }, { "organisation", S_UNIT },
  };
  g_autofree char *key = prs_table_header_key (text);

  if (*key == '\0')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (key, exact[i].key))
      return exact[i].col;
  if (strstr (key, "กิจกรรม") && !strstr (key, "ผู้"))
    return -1;
  if (g_str_has_prefix (key, "ชื่อ") && (strstr (key, "สกุล") || strstr (key, "ผู้")))
    return S_FULL;
  if (strstr (key, "name") && !strstr (key, "last") && !strstr (key, "first") && !strstr (key, "user")
      && g_utf8_strlen (key, -1) <= 24)
    return S_FULL;
  if (g_str_has_prefix (key, "หน่วยงาน") || g_str_has_prefix (key, "สังกัด"))
    return S_UNIT;
  return -1;
}

/* A column heading a sign-in table may have besides the name: a row of them
 * without a name column is a header, not a name. */
static gboolean
other_header (const char *text)
{
  static const char *const words[] = {
    "ลำดับ", "ลำดับที่", "ที่", "no", "number", "#", "ตำแหน่ง", "position", "email", "อีเมล", "อีเมล์",
    "โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "phone", "หมายเหตุ", "remark", "note", "ลายมือชื่อ", "ลงชื่อ",
    "signature", "เวลา", "time", "วันที่", "date", "jointime", "leavetime", "duration", "durationminutes",
  };
  g_autofree char *key = prs_table_header_key (text);

  if (*key == '\0')
    return FALSE;
  if (signin_column (text) >= 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (key, words[i]))
      return TRUE;
  return FALSE;
}

static void
signin_row_free (gpointer data)
{
  PrsSigninRow *r = data;
  g_free (r->typed);
  g_free (r->unit_text);
  g_free (r);
}

void
prs_signin_preview_free (PrsSigninPreview *p)
{
  if (p == NULL)
    return;
  g_free (p->path);
  g_free (p->format_note);
  g_clear_pointer (&p->rows, g_ptr_array_unref);
  g_free (p);
}

/* "12. นายสมชาย" / "๑) นายสมชาย" -> "นายสมชาย" */
static const char *
skip_numbering (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c) || prs_unichar_is_thai_digit (c))
        {
          digits = TRUE;
          p = g_utf8_next_char (p);
        }
      else
        break;
    }
  if (!digits)
    return text;
  if (*p == '.' || *p == ')')
    p++;
  if (*p != ' ' && p[-1] != '.' && p[-1] != ')')
    return text;
  while (*p == ' ')
    p++;
  return *p ? p : text;
}

static gboolean
is_total (const char *name)
{
  g_autofree char *arabic = prs_digits_to_arabic (name);
  g_autofree char *key = prs_table_header_key (arabic);
  const char *rest;

  if (g_str_has_prefix (key, "รวม"))
    rest = key + strlen ("รวม");
  else if (g_str_has_prefix (key, "total"))
    rest = key + strlen ("total");
  else
    return FALSE;
  if (g_str_has_prefix (rest, "ทั้งสิ้น"))
    rest += strlen ("ทั้งสิ้น");
  else if (g_str_has_prefix (rest, "ทั้งหมด"))
    rest += strlen ("ทั้งหมด");
  while (g_ascii_isdigit (*rest) || *rest == ',')
    rest++;
  return *rest == '\0' || g_str_equal (rest, "คน") || g_str_equal (rest, "ราย");
}

/* The ways a written name may hide the name: as it is, without a bracketed
 * note, or one part of "name_unit" / "unit - name". */
static GPtrArray *
name_variants (const char *typed)
{
  GPtrArray *v = g_ptr_array_new_with_free_func (g_free);
  const char *open = strchr (typed, '(');

  g_ptr_array_add (v, g_strdup (typed));
  /* "คุณสมชาย": the polite title written against the name (names may begin
   * with คุณ too, so this is only another reading) */
  if (g_str_has_prefix (typed, "คุณ") && g_utf8_strlen (typed, -1) > 6)
    g_ptr_array_add (v, g_strdup (typed + strlen ("คุณ")));
  if (open && open > typed)
    {
      g_autofree char *t = g_strndup (typed, open - typed);
      g_ptr_array_add (v, g_strstrip (g_steal_pointer (&t)));
    }
  if (strpbrk (typed, "_|/") || strstr (typed, " - "))
    {
      g_auto (GStrv) parts = g_strsplit_set (typed, "_|/-", -1);

      for (guint i = 0; parts[i]; i++)
        {
          g_strstrip (parts[i]);
          if (g_utf8_strlen (parts[i], -1) >= 4)
            g_ptr_array_add (v, g_strdup (parts[i]));
        }
    }
  return v;
}

PrsSigninPreview *
prs_signin_preview_rows (PrsStore *store, gint64 activity_id, GPtrArray *rows, GError **error)
{
  g_autoptr (PrsSigninPreview) p = g_new0 (PrsSigninPreview, 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (PrsStatement) stmt = NULL;
  Matcher m = { 0 };
  int cols[S_N] = { -1, -1, -1, -1, -1 };
  guint header = G_MAXUINT, start = 0;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  stmt = prs_store_prepare (store, "SELECT headcount_only FROM activities WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                             _("The activity no longer exists; it may have been deleted."));
      return NULL;
    }
  p->activity_id = activity_id;
  p->headcount_only = sqlite3_column_int (stmt, 0) != 0;
  p->rows = g_ptr_array_new_with_free_func (signin_row_free);

  /* the header: a row naming the name column, among other columns if any row
   * does (a title above the table may also start with ชื่อ…) */
  for (guint pass = 0; pass < 2 && header == G_MAXUINT; pass++)
    for (guint r = 0; r < rows->len && r < 20 && header == G_MAXUINT; r++)
      {
        char **row = rows->pdata[r];
        int found[S_N] = { -1, -1, -1, -1, -1 };
        guint filled = 0;

        for (int c = 0; row[c]; c++)
          {
            int k = signin_column (row[c]);

            filled += row[c][0] != '\0';
            if (k >= 0 && found[k] < 0)
              found[k] = c;
          }
        if ((found[S_FULL] >= 0 || found[S_FIRST] >= 0) && (pass == 1 || filled >= 2))
          {
            header = r;
            memcpy (cols, found, sizeof cols);
          }
      }
  /* no name column: a header row of other columns (ลำดับ, หน่วยงาน …) says the
   * list has no names to read — never take a heading for a name */
  if (header == G_MAXUINT)
    for (guint r = 0; r < rows->len && r < 20; r++)
      {
        char **row = rows->pdata[r];
        guint headers = 0, filled = 0;

        for (int c = 0; row[c]; c++)
          {
            filled += row[c][0] != '\0';
            headers += other_header (row[c]);
          }
        if (headers > 0 && headers * 2 >= filled)
          {
            g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                                 _("No name column: the list needs a column headed ชื่อ-สกุล, ชื่อ or Name "
                                   "(or one name a line, without a header)."));
            return NULL;
          }
        if (filled > 0)
          break;
      }
  if (header != G_MAXUINT)
    {
      start = header + 1;
      if (cols[S_FULL] < 0 && cols[S_LAST] < 0)
        {
          cols[S_FULL] = cols[S_FIRST];
          cols[S_FIRST] = -1;
        }
    }

  if (!matcher_load (&m, store, error))
    {
      matcher_free (&m);
      return NULL;
    }

  for (guint r = start; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      g_autofree char *name = NULL;
      g_autoptr (GPtrArray) variants = NULL;
      PrsSigninRow *sr;
      Result best = { PRS_SIGNIN_UNKNOWN, -1, -1, 0.0, 0.0, TYPO_NO_MATCH, TYPO_NO_MATCH };
      gint64 unit;

      if (header == G_MAXUINT)
        {
          /* no header: the first cell of each row with letters in it is a name
           * (a number before it is the list's numbering) */
          for (guint c = 0; row[c] && name == NULL; c++)
            {
              g_autofree char *t = prs_csv_tidy_text (row[c]);
              gboolean letters = FALSE;

              for (const char *q = t; *q && !letters; q = g_utf8_next_char (q))
                letters = g_unichar_isalpha (g_utf8_get_char (q));
              if (letters)
                name = g_steal_pointer (&t);
            }
          if (name == NULL)
            continue;
        }
      else if (cols[S_FULL] >= 0)
        {
          name = prs_csv_tidy_text (prs_csv_cell (row, cols[S_FULL]));
          if (cols[S_LAST] >= 0)
            {
              g_autofree char *joined = g_strdup_printf ("%s %s", name, prs_csv_cell (row, cols[S_LAST]));
              g_free (name);
              name = prs_csv_tidy_text (joined);
            }
        }
      else
        {
          g_autofree char *joined = g_strdup_printf ("%s %s", prs_csv_cell (row, cols[S_FIRST]),
                                                     prs_csv_cell (row, cols[S_LAST]));
          name = prs_csv_tidy_text (joined);
        }
      if (cols[S_PREFIX] >= 0 && *name)
        {
          g_autofree char *joined = g_strdup_printf ("%s %s", prs_csv_cell (row, cols[S_PREFIX]), name);
          g_free (name);
          name = prs_csv_tidy_text (joined);
        }
      {
        const char *body = skip_numbering (name);
        if (body != name)
          {
            char *t = g_strdup (body);
            g_free (name);
            name = t;
          }
      }
      if (*name == '\0' || is_total (name))
        continue;
      {
        /* the title alone, or a digit run, is no name */
        g_autofree char *norm = prs_name_normalise (name);
        g_autofree char *arabic = prs_digits_to_arabic (norm);
        gboolean any_letter = FALSE;

        for (const char *s = arabic; *s; s = g_utf8_next_char (s))
          any_letter |= g_unichar_isalpha (g_utf8_get_char (s));
        if (!any_letter)
          continue;
      }

      sr = g_new0 (PrsSigninRow, 1);
      sr->line = r + 1;
      sr->typed = g_steal_pointer (&name);
      sr->unit_text = prs_csv_tidy_text (prs_csv_cell (row, cols[S_UNIT]));
      unit = row_unit (&m, sr->unit_text);
      variants = name_variants (sr->typed);
      for (guint v = 0; v < variants->len; v++)
        {
          Result res = match_one (&m, variants->pdata[v], unit);

          if (res.kind == PRS_SIGNIN_MATCHED)
            {
              best = res;
              break;
            }
          if ((res.kind == PRS_SIGNIN_CLOSE && (best.kind != PRS_SIGNIN_CLOSE || res.cost < best.cost))
              || (best.kind == PRS_SIGNIN_UNKNOWN && res.kind == PRS_SIGNIN_UNKNOWN && res.confidence > best.confidence))
            best = res;
        }
      sr->kind = best.kind;
      sr->confidence = best.confidence;
      if (best.best >= 0)
        sr->person_id = g_array_index (m.people, Person, best.best).id;
      if (best.second >= 0)
        sr->runner_up_id = g_array_index (m.people, Person, best.second).id;
      /* unknown keeps a candidate only when it is one: namesakes, or two people
       * about as near under the policy */
      if (sr->kind == PRS_SIGNIN_UNKNOWN && best.cost == TYPO_NO_MATCH && sr->confidence < 1.0)
        sr->person_id = sr->runner_up_id = 0;
      if (sr->kind != PRS_SIGNIN_UNKNOWN)
        {
          if (g_hash_table_contains (seen, GINT_TO_POINTER ((int) sr->person_id)))
            {
              sr->duplicate = TRUE;
              p->n_duplicates++;
            }
          g_hash_table_add (seen, GINT_TO_POINTER ((int) sr->person_id));
        }
      switch (sr->kind)
        {
        case PRS_SIGNIN_MATCHED: p->n_matched++; break;
        case PRS_SIGNIN_CLOSE: p->n_close++; break;
        case PRS_SIGNIN_UNKNOWN: p->n_unknown++; break;
        }
      g_ptr_array_add (p->rows, sr);
    }
  matcher_free (&m);
  return g_steal_pointer (&p);
}

PrsSigninPreview *
prs_signin_preview (PrsStore *store, gint64 activity_id, const char *path, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *note = NULL;
  PrsSigninPreview *p;

  rows = prs_table_read_file (path, &note, error);
  if (rows == NULL)
    return NULL;
  p = prs_signin_preview_rows (store, activity_id, rows, error);
  if (p)
    {
      p->path = g_strdup (path);
      p->format_note = g_steal_pointer (&note);
    }
  return p;
}

PrsSigninPreview *
prs_signin_preview_text (PrsStore *store, gint64 activity_id, const char *text, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto (GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_strdelimit (lines[i], "\r", ' ');
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
    }
  return prs_signin_preview_rows (store, activity_id, rows, error);
}

void
prs_signin_accept_close (PrsSigninPreview *preview)
{
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsSigninRow *r = preview->rows->pdata[i];
      if (r->kind == PRS_SIGNIN_CLOSE)
        r->accepted = TRUE;
    }
}

#define OUTSIDER_NOTE "outsider: "

/* 1 for a name already said to be an outsider on this activity, 0 if not, -1
 * with @error set when the head counts could not be read. */
static int
outsider_known (PrsStore *store, gint64 activity, const char *name, GError **error)
{
  g_autofree char *note = g_strconcat (OUTSIDER_NOTE, name, NULL);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT 1 FROM headcounts WHERE node_id = ?1 AND note = ?2", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, activity);
  sqlite3_bind_text (stmt, 2, note, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return 1;
  return prs_store_step_done (store, rc, error) ? 0 : -1;
}

gboolean
prs_signin_apply (PrsStore *store, PrsSigninPreview *p, GError **error)
{
  g_autofree char *base = p->path ? g_path_get_basename (p->path) : g_strdup ("");
  g_autofree char *label = *base ? g_strdup_printf (_("Import sign-in list %s"), base)
                                 : g_strdup (_("Import sign-in list"));

  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  if (p->headcount_only)
    {
      guint heads = 0;

      for (guint i = 0; i < p->rows->len; i++)
        heads += !((PrsSigninRow *) p->rows->pdata[i])->duplicate;
      if (!prs_store_execute (store, error, "INSERT INTO headcounts (node_id, count, note) VALUES (?1, ?2, ?3)",
                              PRS_INT (p->activity_id), PRS_INT (heads), PRS_TEXT (base), PRS_VALUE_END))
        goto fail;
      return prs_store_end_edit (store, error);
    }
  for (guint i = 0; i < p->rows->len; i++)
    {
      PrsSigninRow *r = p->rows->pdata[i];
      int known;

      if (r->kind == PRS_SIGNIN_MATCHED || (r->kind == PRS_SIGNIN_CLOSE && r->accepted))
        {
          if (r->duplicate)
            continue;
          if (!prs_store_execute (store, error,
                                  "INSERT OR IGNORE INTO participation (person_id, node_id) VALUES (?1, ?2)",
                                  PRS_INT (r->person_id), PRS_INT (p->activity_id), PRS_VALUE_END)
              || !prs_store_execute (store, error,
                                     "DELETE FROM participation_unknowns WHERE node_id = ?1 AND name = ?2",
                                     PRS_INT (p->activity_id), PRS_TEXT (r->typed), PRS_VALUE_END))
            goto fail;
        }
      else if ((known = outsider_known (store, p->activity_id, r->typed, error)) < 0)
        goto fail;
      else if (known)
        continue;
      else if (!prs_store_execute (store, error,
                                   "INSERT INTO participation_unknowns (node_id, name, unit_text, source, line,"
                                   " candidate_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                   " ON CONFLICT (node_id, name) DO UPDATE SET unit_text = excluded.unit_text,"
                                   " source = excluded.source, line = excluded.line,"
                                   " candidate_id = excluded.candidate_id",
                                   PRS_INT (p->activity_id), PRS_TEXT (r->typed), PRS_TEXT (r->unit_text),
                                   PRS_TEXT (base), PRS_INT (r->line), PRS_ID (r->person_id), PRS_VALUE_END))
        goto fail;
    }
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

/* ---- names to resolve ------------------------------------------------------- */

static void
unknown_free (gpointer data)
{
  PrsUnknownName *u = data;
  g_free (u->name);
  g_free (u->unit_text);
  g_free (u);
}

GPtrArray *
prs_participation_list_unknown (PrsStore *store, gint64 activity_id, GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (unknown_free);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id, name, unit_text, ifnull (candidate_id, 0) FROM participation_unknowns"
      " WHERE node_id = ?1 ORDER BY line, id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsUnknownName *u = g_new0 (PrsUnknownName, 1);
      u->id = sqlite3_column_int64 (stmt, 0);
      u->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      u->unit_text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      u->candidate_id = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (list, u);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
prs_participation_resolve_unknown (PrsStore *store, gint64 unknown_id, gint64 person_id, GError **error)
{
  gint64 node = 0;
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT node_id FROM participation_unknowns WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unknown_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    node = sqlite3_column_int64 (stmt, 0);
  else if (!prs_store_step_done (store, rc, error))
    return FALSE;
  if (node == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("That name is no longer on the list."));
      return FALSE;
    }
  if (!prs_store_begin_edit (store, _("Resolve a name"), error))
    return FALSE;
  if (!prs_participation_mark (store, person_id, node, TRUE, error)
      || !prs_store_delete (store, "participation_unknowns", unknown_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

gboolean
prs_participation_mark_outsider (PrsStore *store, gint64 unknown_id, GError **error)
{
  gint64 node = 0;
  g_autofree char *name = NULL, *note = NULL;
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT node_id, name FROM participation_unknowns WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unknown_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      node = sqlite3_column_int64 (stmt, 0);
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  else if (!prs_store_step_done (store, rc, error))
    return FALSE;
  if (node == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("That name is no longer on the list."));
      return FALSE;
    }
  note = g_strconcat (OUTSIDER_NOTE, name, NULL);
  if (!prs_store_begin_edit (store, _("Mark an outsider"), error))
    return FALSE;
  if (!prs_store_execute (store, error, "INSERT INTO headcounts (node_id, count, note) VALUES (?1, 1, ?2)",
                          PRS_INT (node), PRS_TEXT (note), PRS_VALUE_END)
      || !prs_store_delete (store, "participation_unknowns", unknown_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}
