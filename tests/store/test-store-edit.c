/* test-store-edit.c: the edit API, undo/redo, change signals and the typed list reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-store-people.h"
#include "prs-store-shell.h"
#include "prs-participation.h"
#include "test-store-common.h"
#include "prs-store-sql.h"

typedef struct
{
  TmpWorkspace tmp;
  PrsStore    *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  tmp_workspace_init (&f->tmp, "edit.prongsai");
  f->store = prs_store_open (f->tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  tmp_workspace_clear (&f->tmp);
}

/* Every row of every table as text: equal dumps mean equal workspaces. */
static char *
dump (PrsStore *store)
{
  g_autoptr(GPtrArray) tables = prs_store_get_table_names (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY id", (char *) tables->pdata[i]);
      g_autoptr(PrsStatement) stmt = prs_store_prepare (store, sql, NULL);
      g_string_append_printf (out, "[%s]\n", (char *) tables->pdata[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, c);
              g_string_append_printf (out, "%s|", v ? v : "∅");
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  guint inserted, updated, deleted, reload;
  GString *log;
} Counter;

static void
on_changed (PrsStore *store, const char *table, gint64 id, int kind, Counter *c)
{
  if (id == 0)
    c->reload++;
  else if (kind == PRS_STORE_CHANGE_INSERTED)
    c->inserted++;
  else if (kind == PRS_STORE_CHANGE_UPDATED)
    c->updated++;
  else
    c->deleted++;
  if (c->log)
    g_string_append_printf (c->log, "%s:%" G_GINT64_FORMAT ":%d ", table, id, kind);
}

static void
test_undo_redo_single (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = dump (f->store);
  g_autofree char *one = NULL;
  g_autofree char *after_redo = NULL;
  Counter c = { 0 };
  gint64 id;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &c);
  g_assert_false (prs_store_can_undo (f->store));
  id = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("กรมทดสอบ"),
                         "abbreviation", PRS_TEXT ("กท."), NULL);
  g_assert_no_error (error);
  g_assert_cmpint (c.inserted, ==, 1);
  g_assert_true (prs_store_can_undo (f->store));
  g_assert_nonnull (prs_store_get_undo_label (f->store));
  one = dump (f->store);

  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c.deleted, ==, 1);
  g_assert_cmpint (prs_store_count (f->store, "units"), ==, 0);
  g_assert_false (prs_store_can_undo (f->store));
  g_assert_true (prs_store_can_redo (f->store));
  {
    g_autofree char *now = dump (f->store);
    g_assert_cmpstr (now, ==, empty);
  }

  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_cmpint (c.inserted, ==, 2);
  after_redo = dump (f->store);
  g_assert_cmpstr (after_redo, ==, one); /* the same id comes back */
  g_assert_cmpint (prs_store_query_int (f->store, "SELECT id FROM units", 0), ==, id);

  /* Updating to the same value is no change and no undo step. */
  g_assert_true (prs_store_update (f->store, "units", id, &error, "abbreviation", PRS_TEXT ("กท."), NULL));
  g_assert_cmpint (c.updated, ==, 0);
  g_assert_true (prs_store_update (f->store, "units", id, &error, "abbreviation", PRS_TEXT ("ทส."), NULL));
  g_assert_cmpint (c.updated, ==, 1);
  /* A new change forgets the redo. */
  g_assert_false (prs_store_can_redo (f->store));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (prs_store_query_int (f->store, "SELECT abbreviation = 'กท.' FROM units", 0), ==, 1);

  /* Missing rows and unknown columns are errors, not silent. */
  g_assert_false (prs_store_update (f->store, "units", 9999, &error, "name", PRS_TEXT ("x"), NULL));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (prs_store_update (f->store, "units", id, &error, "name; DROP TABLE units", PRS_TEXT ("x"), NULL));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_signal_handlers_disconnect_by_data (f->store, &c);
}

/* A small plan whose activity has children rows everywhere. */
static gint64
make_plan (PrsStore *store, gint64 *unit_out, gint64 *person_out)
{
  g_autoptr(GError) error = NULL;
  gint64 unit, person, plan, strategy, activity, event;

  g_assert_true (prs_store_begin_edit (store, "setup", &error));
  unit = prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักทดสอบ"), NULL);
  person = prs_store_insert (store, "people", &error, "first_name", PRS_TEXT ("สมหญิง"),
                             "last_name", PRS_TEXT ("ทดลองดี"), "unit_id", PRS_INT (unit), NULL);
  plan = prs_store_insert (store, "plans", &error, "fiscal_year", PRS_INT (2569), "unit_id", PRS_INT (unit),
                           "title", PRS_TEXT ("แผนทดสอบ"), NULL);
  strategy = prs_store_insert (store, "plan_nodes", &error, "plan_id", PRS_INT (plan),
                               "title", PRS_TEXT ("ยุทธศาสตร์ 1"), NULL);
  activity = prs_store_insert (store, "plan_nodes", &error, "plan_id", PRS_INT (plan),
                               "parent_id", PRS_INT (strategy), "depth", PRS_INT (1),
                               "number", PRS_TEXT ("5"), "title", PRS_TEXT ("กิจกรรม 5"), NULL);
  prs_store_insert (store, "activities", &error, "id", PRS_INT (activity), "budget_kind", PRS_TEXT ("amount"),
                    "budget_satang", PRS_INT (12900000), NULL);
  prs_store_insert (store, "node_units", &error, "node_id", PRS_INT (activity), "unit_id", PRS_INT (unit), NULL);
  prs_store_insert (store, "indicators", &error, "node_id", PRS_INT (activity), "name", PRS_TEXT ("ร้อยละ"),
                    "target_hundredths", PRS_INT (8000), NULL);
  event = prs_store_insert (store, "activity_events", &error, "node_id", PRS_INT (activity),
                            "date", PRS_TEXT ("2025-12-01"), NULL);
  prs_store_insert (store, "participation", &error, "person_id", PRS_INT (person), "node_id", PRS_INT (activity),
                    "event_id", PRS_ID (event), NULL);
  g_assert_no_error (error);
  g_assert_true (prs_store_end_edit (store, &error));
  *unit_out = unit;
  *person_out = person;
  return activity;
}

static void
test_undo_group (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 unit, person, activity;
  Counter c = { 0 };

  activity = make_plan (f->store, &unit, &person);
  before = dump (f->store);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &c);

  /* Deleting the activity cascades over five tables: one step. */
  g_assert_true (prs_store_begin_edit (f->store, "Delete activity 5", &error));
  g_assert_true (prs_store_delete (f->store, "plan_nodes", activity, &error));
  g_assert_true (prs_store_end_edit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "Delete activity 5");
  g_assert_cmpint (prs_store_count (f->store, "participation"), ==, 0);
  g_assert_cmpint (prs_store_count (f->store, "activities"), ==, 0);
  g_assert_cmpint (c.deleted, ==, 6); /* node, activity, node_unit, indicator, event, participation */
  after = dump (f->store);

  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = dump (f->store);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "setup");
  g_assert_cmpstr (prs_store_get_redo_label (f->store), ==, "Delete activity 5");
  g_assert_true (prs_store_redo (f->store, &error));
  {
    g_autofree char *now = dump (f->store);
    g_assert_cmpstr (now, ==, after);
  }
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_true (prs_store_undo (f->store, &error)); /* and the setup */
  g_assert_cmpint (prs_store_count (f->store, "units"), ==, 0);
  g_assert_false (prs_store_can_undo (f->store));
  g_signal_handlers_disconnect_by_data (f->store, &c);
}

static void
test_failure_rolls_back (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = NULL;
  gint64 unit, person;

  make_plan (f->store, &unit, &person);
  before = dump (f->store);

  /* A unit that still has people cannot go. */
  g_assert_false (prs_store_delete (f->store, "units", unit, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* A group that fails half-way leaves nothing behind. */
  g_assert_true (prs_store_begin_edit (f->store, "Import", &error));
  g_assert_cmpint (prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT ("ใหม่"), NULL), >, 0);
  g_assert_cmpint (prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT ("ผิด"),
                                     "staff_type", PRS_TEXT ("robot"), NULL), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT);
  prs_store_cancel_edit (f->store);
  now = dump (f->store);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "setup");
}

static void
test_random_sequence (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *states = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (42);
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_ptr_array_add (states, dump (f->store));
  for (int step = 0; step < 60; step++)
    {
      int op = g_rand_int_range (rand, 0, 4);
      g_autofree char *label = g_strdup_printf ("step %d", step);

      g_assert_true (prs_store_begin_edit (f->store, label, &error));
      if (op == 0 || units->len == 0)
        {
          g_autofree char *name = g_strdup_printf ("หน่วย %d", step);
          gint64 id = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT (name),
                                        "parent_id", PRS_ID (units->len ? g_array_index (units, gint64, 0) : 0), NULL);
          g_array_append_val (units, id);
          for (int p = 0; p < 3; p++)
            prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT ("คน"), "unit_id", PRS_INT (id), NULL);
        }
      else if (op == 1)
        prs_store_execute (f->store, &error, "UPDATE people SET active = 1 - active WHERE id % ?1 = 0",
                           PRS_INT (g_rand_int_range (rand, 1, 4)), PRS_VALUE_END);
      else if (op == 2)
        prs_store_execute (f->store, &error, "DELETE FROM people WHERE id % 5 = ?1",
                           PRS_INT (g_rand_int_range (rand, 0, 5)), PRS_VALUE_END);
      else
        prs_store_update (f->store, "units", g_array_index (units, gint64, g_rand_int_range (rand, 0, units->len)),
                          &error, "sort_order", PRS_INT (step), "abbreviation", PRS_TEXT (label), NULL);
      g_assert_no_error (error);
      g_assert_true (prs_store_end_edit (f->store, &error));
      {
        /* Steps that changed nothing leave no undo step: keep states aligned. */
        char *state = dump (f->store);
        if (g_strcmp0 (state, states->pdata[states->len - 1]) == 0)
          g_free (state);
        else
          g_ptr_array_add (states, state);
      }
    }
  g_test_message ("%u distinct states", states->len);
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;
      g_assert_true (prs_store_undo (f->store, &error));
      g_assert_no_error (error);
      now = dump (f->store);
      g_assert_cmpstr (now, ==, states->pdata[i - 1]);
    }
  g_assert_false (prs_store_can_undo (f->store));
  for (guint i = 1; i < states->len; i++)
    {
      g_autofree char *now = NULL;
      g_assert_true (prs_store_redo (f->store, &error));
      now = dump (f->store);
      g_assert_cmpstr (now, ==, states->pdata[i]);
    }
  g_assert_false (prs_store_can_redo (f->store));
  g_ptr_array_unref (states);
  g_rand_free (rand);
}

/* The children of @parent in the unit tree, in the order the tree shows them
 * (sort order, then name), as ids. */
static GArray *
unit_children (PrsStore *store, gint64 parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = prs_store_list_units_brief (store, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    {
      PrsUnitBrief *u = units->pdata[i];
      if (u->parent_id == parent)
        g_array_append_val (ids, u->id);
    }
  return ids;
}

static const char *
unit_name (PrsStore *store, gint64 id, char **out)
{
  g_autoptr(GPtrArray) units = prs_store_list_units_brief (store, NULL);

  g_clear_pointer (out, g_free);
  for (guint i = 0; units && i < units->len; i++)
    if (((PrsUnitBrief *) units->pdata[i])->id == id)
      *out = g_strdup (((PrsUnitBrief *) units->pdata[i])->name);
  return *out;
}

static guint
count_people (PrsStore *store, const char *search, gint64 unit, guint types, int active, GPtrArray **rows)
{
  g_autoptr(GError) error = NULL;
  PrsPeopleFilter filter = { search, unit, types, active };
  GPtrArray *list = prs_people_list (store, &filter, &error);
  guint n;

  g_assert_no_error (error);
  g_assert_nonnull (list);
  n = list->len;
  if (rows)
    *rows = list;
  else
    g_ptr_array_unref (list);
  return n;
}

/* The unit tree and the staff list through the typed reads the People page uses. */
static void
test_lists (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) top = NULL;
  g_autoptr(GArray) children = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name = NULL;
  Counter c = { 0 };
  PrsPersonRow *first;
  gint64 d, b1, b2, b3;

  g_assert_true (prs_store_begin_edit (f->store, "units", &error));
  d = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("กรม"), NULL);
  b1 = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("สำนัก ก"), "parent_id", PRS_INT (d),
                         "sort_order", PRS_INT (1), NULL);
  b2 = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("สำนัก ข"), "parent_id", PRS_INT (d),
                         "sort_order", PRS_INT (2), NULL);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *first_name = g_strdup_printf ("คนที่%02d", i);
      prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT (first_name),
                        "last_name", PRS_TEXT (i % 2 ? "ใจดี" : "มีสุข"),
                        "unit_id", PRS_INT (i < 20 ? b1 : b2),
                        "staff_type", PRS_TEXT (i % 3 ? "civil_servant" : "government_employee"), NULL);
    }
  g_assert_true (prs_store_end_edit (f->store, &error));
  g_assert_no_error (error);

  top = unit_children (f->store, 0);
  g_assert_cmpuint (top->len, ==, 1);
  g_assert_cmpint (g_array_index (top, gint64, 0), ==, d);
  g_assert_cmpstr (unit_name (f->store, d, &name), ==, "กรม");
  children = unit_children (f->store, d);
  g_assert_cmpuint (children->len, ==, 2);
  g_assert_cmpint (g_array_index (children, gint64, 0), ==, b1);
  g_assert_cmpint (g_array_index (children, gint64, 1), ==, b2);
  {
    g_autoptr(GArray) leaf = unit_children (f->store, b1);
    g_assert_cmpuint (leaf->len, ==, 0);
  }

  /* A new bureau between the two: one ::changed (inserted), and it reads at position 1. */
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &c);
  b3 = prs_people_add_unit (f->store, d, "สำนัก ค", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_update (f->store, "units", b3, &error, "sort_order", PRS_INT (1), NULL));
  g_assert_cmpuint (c.inserted, ==, 1);
  g_clear_pointer (&children, g_array_unref);
  children = unit_children (f->store, d);
  g_assert_cmpuint (children->len, ==, 3);
  g_assert_cmpint (g_array_index (children, gint64, 1), ==, b3);

  /* Renaming is read back at once and moves nothing. */
  c.updated = 0;
  g_assert_true (prs_people_rename_unit (f->store, b1, "สำนัก ก (ใหม่)", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (c.updated, >=, 1);
  g_assert_cmpstr (unit_name (f->store, b1, &name), ==, "สำนัก ก (ใหม่)");
  g_clear_pointer (&children, g_array_unref);
  children = unit_children (f->store, d);
  g_assert_cmpint (g_array_index (children, gint64, 0), ==, b1);

  /* Undo the rename, the sort order and the new bureau: two children again. */
  c.deleted = 0;
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (c.deleted, ==, 1);
  g_assert_cmpstr (unit_name (f->store, b1, &name), ==, "สำนัก ก");
  g_clear_pointer (&children, g_array_unref);
  children = unit_children (f->store, d);
  g_assert_cmpuint (children->len, ==, 2);
  g_signal_handlers_disconnect_by_func (f->store, on_changed, &c);

  /* People, filtered: a unit (a leaf, and the department with its sub-units),
   * a staff type, a name. */
  g_assert_cmpuint (count_people (f->store, NULL, 0, 0, -1, NULL), ==, 30);
  g_assert_cmpuint (count_people (f->store, NULL, b2, 0, -1, NULL), ==, 10);
  g_assert_cmpuint (count_people (f->store, NULL, b1, 0, -1, NULL), ==, 20);
  g_assert_cmpuint (count_people (f->store, NULL, d, 0, -1, NULL), ==, 30);
  g_assert_cmpuint (count_people (f->store, NULL, 0, 1u << PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE, -1, NULL), ==, 10);
  g_assert_cmpuint (count_people (f->store, "ใจดี", b1, 0, 1, &rows), ==, 10);
  first = rows->pdata[0];
  g_assert_cmpstr (first->last_name, ==, "ใจดี");
  g_assert_cmpint (first->staff_type, ==, PRS_STAFF_TYPE_CIVIL_SERVANT);
  g_assert_cmpint (first->unit_id, ==, b1);
  g_assert_true (first->active);

  /* Making someone inactive drops them from the active list, keeps them in "all",
   * and undo brings them back. */
  g_assert_true (prs_people_set_active (f->store, first->id, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (f->store, "ใจดี", b1, 0, 1, NULL), ==, 9);
  g_assert_cmpuint (count_people (f->store, "ใจดี", b1, 0, -1, NULL), ==, 10);
  g_assert_cmpuint (count_people (f->store, "ใจดี", b1, 0, 0, NULL), ==, 1);
  {
    g_autoptr(GPtrArray) counts = prs_store_count_staff_by_unit_and_type (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (counts->len, ==, 3);
    g_assert_cmpuint (((PrsStaffCount *) counts->pdata[0])->depth, ==, 0);
    g_assert_cmpuint (((PrsStaffCount *) counts->pdata[1])->total, ==, 19);
    g_assert_cmpuint (((PrsStaffCount *) counts->pdata[2])->total, ==, 10);
  }
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (f->store, "ใจดี", b1, 0, 1, NULL), ==, 10);
}

static void
test_participation_set (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsParticipation) matrix = NULL;
  gint64 unit, person, activity, plan;

  activity = make_plan (f->store, &unit, &person);
  plan = prs_store_query_int (f->store, "SELECT id FROM plans", 0);
  matrix = prs_participation_load (f->store, plan, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prs_participation_get_n_people (matrix), ==, 1);
  g_assert_cmpuint (prs_participation_get_n_activities (matrix), ==, 1);
  g_assert_cmpint (prs_participation_get_activity_id (matrix, 0), ==, activity);
  g_assert_true (prs_participation_get (matrix, 0, 0));
  g_assert_true (prs_participation_set (matrix, f->store, 0, 0, FALSE, &error));
  g_assert_false (prs_participation_get (matrix, 0, 0));
  g_assert_cmpint (prs_store_count (f->store, "participation"), ==, 0);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (prs_store_count (f->store, "participation"), ==, 1);
}

static void
test_disk_full (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = NULL;
  g_autofree char *limit = NULL;
  gint64 unit, person;
  gboolean ok = TRUE;
  g_autofree char *long_text = g_strnfill (3000, 'x');

  make_plan (f->store, &unit, &person);
  before = dump (f->store);
  /* SQLite's page limit stands in for a full disk. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           prs_store_query_int (f->store, "PRAGMA page_count", 0) + 2);
  g_assert_cmpint (sqlite3_exec (prs_store_get_db (f->store), limit, NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (prs_store_begin_edit (f->store, "Import many", &error));
  for (int i = 0; i < 200 && ok; i++)
    ok = prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT ("ยาว"),
                           "position", PRS_TEXT (long_text), NULL) > 0;
  g_assert_false (ok);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_DISK_FULL);
  g_test_message ("%s", error->message);
  prs_store_cancel_edit (f->store);
  g_clear_error (&error);
  now = dump (f->store);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "setup");

  /* Space again: work goes on. */
  g_assert_cmpint (sqlite3_exec (prs_store_get_db (f->store), "PRAGMA max_page_count = 1073741823",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (prs_store_insert (f->store, "people", &error, "first_name", PRS_TEXT ("สั้น"), NULL), >, 0);
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/edit/undo-redo-single", test_undo_redo_single);
  ADD ("/store/edit/undo-group", test_undo_group);
  ADD ("/store/edit/failure-rolls-back", test_failure_rolls_back);
  ADD ("/store/edit/random-sequence", test_random_sequence);
  ADD ("/store/edit/lists", test_lists);
  ADD ("/store/edit/participation-set", test_participation_set);
  ADD ("/store/edit/disk-full", test_disk_full);
  return g_test_run ();
}
