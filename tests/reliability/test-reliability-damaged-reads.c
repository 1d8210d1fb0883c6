/* test-reliability-damaged-reads.c: a damaged page under a table is an error from
 * the functions that read it, never a shorter list (issue 14).
 *
 * A generated workspace is written and closed; then one B-tree page of a table
 * (found with SQLite's dbstat table) is overwritten with bytes that are not a
 * page, and the file is opened read-only. Before the loops checked how
 * sqlite3_step() ended, the rows before the damage came back as the whole list.
 * The single-value readers (a KPI, the latest round, the next meeting number, a
 * head count, a unit) gave their "none" value instead: a caller took an unreadable
 * table for an empty one, and a finder's "none" could lead to a second row.
 *
 * The edits tried over a damaged page (setting a KPI, freezing a round, naming the
 * agency, a roster import, …) check the outcome: an error and no undo step. On
 * these files SQLite refuses the write itself as well, so they do not tell the
 * old code from the new; the read checks beside them do (they failed before).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "prs-ita-store.h"
#include "prs-participation.h"
#include "prs-store-ita-reads.h"
#include "prs-store-kpi.h"
#include "prs-store-meetings.h"
#include "prs-store-meetings-people.h"
#include "prs-store-participation-grid.h"
#include "prs-store-participation-import.h"
#include "prs-store-people.h"
#include "prs-store-plans-tree.h"
#include "prs-store-shell.h"
#include "../store/test-store-common.h"

typedef struct
{
  TmpWorkspace tmp;
  GBytes *clean;     /* the file as written */
  gint64 committee;
  gint64 meeting;
  int meeting_year;
  gint64 plan;
  int plan_year;
  gint64 activity;
  char *unit_name;
  gint64 ita_unit;
  int ita_year;
  gint64 linked_member;    /* a member linked to a person, without an outside name */
  gint64 linked_person;
  char *ita_unit_name;
} Fixture;

static Fixture fx;

static gint64
query_int (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *st = NULL;
  gint64 v = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &st, NULL), ==, SQLITE_OK);
  if (sqlite3_step (st) == SQLITE_ROW)
    v = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  return v;
}

static char *
query_text (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *st = NULL;
  char *v = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &st, NULL), ==, SQLITE_OK);
  if (sqlite3_step (st) == SQLITE_ROW)
    v = g_strdup ((const char *) sqlite3_column_text (st, 0));
  sqlite3_finalize (st);
  return v;
}

static void
fixture_setup (void)
{
  g_autoptr (GError) error = NULL;
  PrsGenerateOptions options;
  PrsStore *store;
  sqlite3 *db = NULL;

  tmp_workspace_init (&fx.tmp, "damaged-reads.prongsai");
  store = prs_store_open (fx.tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  prs_generate_options_init (&options, 2000);
  g_assert_true (prs_store_generate (store, &options, &error));
  g_assert_no_error (error);
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
  prs_store_close (store);
  g_object_unref (store);
  fx.clean = read_bytes (fx.tmp.path);

  g_assert_cmpint (sqlite3_open_v2 (fx.tmp.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  fx.committee = query_int (db, "SELECT committee_id FROM meetings ORDER BY id LIMIT 1");
  fx.meeting = query_int (db, "SELECT id FROM meetings ORDER BY id LIMIT 1");
  fx.meeting_year = (int) query_int (db, "SELECT year_be FROM meetings ORDER BY id LIMIT 1");
  fx.plan = query_int (db, "SELECT id FROM plans ORDER BY id LIMIT 1");
  fx.plan_year = (int) query_int (db, "SELECT fiscal_year FROM plans ORDER BY id LIMIT 1");
  fx.activity = query_int (db, "SELECT a.id FROM activities a JOIN plan_nodes n ON n.id = a.id"
                               " WHERE n.plan_id = (SELECT id FROM plans ORDER BY id LIMIT 1) ORDER BY a.id LIMIT 1");
  fx.unit_name = query_text (db, "SELECT name FROM units WHERE is_own_agency = 0 ORDER BY id LIMIT 1");
  fx.linked_member = query_int (db, "SELECT id FROM committee_members WHERE person_id IS NOT NULL"
                                    " AND outside_name = '' AND seat_position = '' ORDER BY id LIMIT 1");
  fx.linked_person = query_int (db, "SELECT person_id FROM committee_members WHERE id = (SELECT id FROM"
                                    " committee_members WHERE person_id IS NOT NULL AND outside_name = ''"
                                    " AND seat_position = '' ORDER BY id LIMIT 1)");
  fx.ita_unit = query_int (db, "SELECT unit_id FROM ita_results ORDER BY id LIMIT 1");
  fx.ita_year = (int) query_int (db, "SELECT year_be FROM ita_results ORDER BY id LIMIT 1");
  fx.ita_unit_name = query_text (db, "SELECT u.name FROM units u JOIN ita_results r ON r.unit_id = u.id"
                                     " ORDER BY r.id LIMIT 1");
  sqlite3_close (db);
  g_assert_cmpint (fx.ita_unit, >, 0);
  g_assert_cmpint (fx.linked_member, >, 0);
  g_assert_cmpint (fx.activity, >, 0);
  g_assert_nonnull (fx.unit_name);
  g_assert_cmpint (fx.committee, >, 0);
  g_assert_cmpint (fx.meeting, >, 0);
  g_assert_cmpint (fx.plan, >, 0);
}

/* The leaf pages of the B-tree @name (a table or an index) in the tree's order. */
static GArray *
leaf_pages (sqlite3 *db, const char *name)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *st = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf'"
                                           " ORDER BY path", -1, &st, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (st, 1, name, -1, SQLITE_STATIC);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      gint64 p = sqlite3_column_int64 (st, 0);
      g_array_append_val (pages, p);
    }
  sqlite3_finalize (st);
  g_assert_cmpuint (pages->len, >, 0);
  return pages;
}

/* For @which: the tree's root page, which every look-up of a row goes through. */
#define DAMAGE_ROOT G_MININT

static gint64
root_page (sqlite3 *db, const char *name)
{
  sqlite3_stmt *st = NULL;
  gint64 page = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1 AND path = '/'", -1, &st, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (st, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (st) == SQLITE_ROW)
    page = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  g_assert_cmpint (page, >, 0);
  return page;
}

/* Writes the clean file back with one leaf page of each B-tree in @names (a
 * table, and its indexes where a query could read the index alone) overwritten:
 * the page at @which (0 the first, -1 the last in the tree's order). Opens it
 * read-only. @n_pages: how many leaves the first one has, so a caller knows rows
 * come before the damage. */
static PrsStore *
open_damaged_flags (const char * const *names, int which, int *n_pages, PrsStoreOpenFlags flags)
{
  g_autoptr (GError) error = NULL;
  g_autofree guint8 *data = NULL;
  gsize size = g_bytes_get_size (fx.clean);
  sqlite3 *db = NULL;
  gint64 page_size;
  PrsStore *store;

  g_assert_true (g_file_set_contents (fx.tmp.path, g_bytes_get_data (fx.clean, NULL), size, NULL));
  data = g_memdup2 (g_bytes_get_data (fx.clean, NULL), size);
  g_assert_cmpint (sqlite3_open_v2 (fx.tmp.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  page_size = query_int (db, "PRAGMA page_size");
  for (guint i = 0; names[i]; i++)
    {
      g_autoptr (GArray) pages = leaf_pages (db, names[i]);
      gint64 page = which == DAMAGE_ROOT ? root_page (db, names[i])
                    : g_array_index (pages, gint64, which < 0 ? pages->len - 1 : (guint) which);

      if (i == 0 && n_pages)
        *n_pages = (int) pages->len;
      /* Not a B-tree page at all: SQLite reports SQLITE_CORRUPT on reaching it. */
      g_assert_cmpuint ((gsize) (page * page_size), <=, size);
      memset (data + (page - 1) * page_size, 0xA5, page_size);
    }
  sqlite3_close (db);
  g_assert_true (g_file_set_contents (fx.tmp.path, (const char *) data, size, NULL));

  store = prs_store_open (fx.tmp.path, flags, &error);
  g_assert_no_error (error);
  return store;
}

static PrsStore *
open_damaged_many (const char * const *names, int which, int *n_pages)
{
  return open_damaged_flags (names, which, n_pages, PRS_STORE_OPEN_READ_ONLY);
}

static PrsStore *
open_damaged (const char *table, int which, int *n_pages)
{
  const char *names[] = { table, NULL };

  return open_damaged_many (names, which, n_pages);
}

static void
assert_damaged (GError *error)
{
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
}

/* The people table: the participation grid, the KPI report, staff counts, the
 * plan's participation matrix and the sign-in matcher read all of it. */
static void
test_people_page (void)
{
  PrsStore *store;
  int n_pages = 0;

  store = open_damaged ("people", -1, &n_pages);
  g_assert_cmpint (n_pages, >, 2); /* rows come before the damaged page */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsParticipationGrid) grid = prs_participation_grid_load (store, fx.plan_year, &error);

    g_assert_null (grid);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsKpiReport) report = prs_kpi_report_compute (store, fx.plan_year, &error);

    g_assert_null (report);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) counts = prs_store_count_staff_by_unit_and_type (store, &error);

    g_assert_null (counts);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    PrsParticipation *matrix = prs_participation_load (store, fx.plan, 0, &error);

    g_assert_null (matrix);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The plan's rows (the last of several pages): the plan tree, the list of plans
 * (it loads each), and the activities' display numbers. */
static void
test_plan_nodes_page (void)
{
  PrsStore *store;
  int n_pages = 0;

  store = open_damaged ("plan_nodes", -1, &n_pages);
  g_assert_cmpint (n_pages, >, 1);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsPlanTree) tree = prs_store_load_plan (store, fx.plan, 0, &error);

    g_assert_null (tree);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) plans = prs_store_list_plans (store, 0, &error);

    g_assert_null (plans);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GHashTable) numbers = prs_store_activity_display_numbers (store, fx.plan, &error);

    g_assert_null (numbers);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The plans (one page): finding an activity by its number says the file is
 * damaged, not "there is no plan". */
static void
test_plans_page (void)
{
  const char *names[] = { "plans", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (prs_participation_find_activity (store, fx.plan, "1", &error), ==, 0);
  assert_damaged (error);
  prs_store_close (store);
  g_object_unref (store);
}

/* The members of the committees (one page): before, an empty roster. */
static void
test_committee_members_page (void)
{
  PrsStore *store = open_damaged ("committee_members", 0, NULL);

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (store, fx.committee, &error);

    g_assert_null (seats);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsMeetingInfo) info = prs_meetings_load (store, fx.meeting, &error);

    g_assert_null (info);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The meetings (one page): the meetings of a year, the years, the years with data. */
static void
test_meetings_page (void)
{
  /* Its indexes too: the meetings of a committee can be listed from an index alone. */
  const char *names[] = { "meetings", "sqlite_autoindex_meetings_1", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) ids = prs_meetings_list (store, fx.committee, fx.meeting_year, &error);

    g_assert_null (ids);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) years = prs_meetings_list_years (store, fx.committee, &error);

    g_assert_null (years);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) years = prs_store_list_data_years (store, &error);

    g_assert_null (years);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_meetings_find (store, fx.committee, 1, fx.meeting_year, &error), ==, 0);
    assert_damaged (error); /* not "there is no meeting 1" */
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_meetings_next_number (store, fx.committee, fx.meeting_year, &error), ==, 0);
    assert_damaged (error); /* not "1": a number already taken */
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The units (one page): the unit chooser and the committees' list stay honest. */
static void
test_units_and_committees_pages (void)
{
  PrsStore *store = open_damaged ("units", 0, NULL);

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) units = prs_store_list_units_brief (store, &error);

    g_assert_null (units);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_people_find_unit (store, fx.unit_name, &error), ==, 0);
    assert_damaged (error); /* not "there is no such unit" */
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_people_get_own_agency (store, &error), ==, -1);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_store_find_own_agency (store, &error), ==, -1);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *name = NULL;

    g_assert_false (prs_ita_store_get_unit_names (store, fx.ita_unit, &name, NULL, &error));
    assert_damaged (error); /* not "no such unit" */
  }
  prs_store_close (store);
  g_object_unref (store);

  /* A new plan over the damage: an error, not a plan belonging to no agency. */
  {
    const char *units[] = { "units", NULL };
    g_autoptr (GError) error = NULL;

    store = open_damaged_flags (units, 0, NULL, PRS_STORE_OPEN_DEFAULT);
    g_assert_cmpint (prs_store_plan_create (store, "morality", fx.plan_year + 1, "แผนทดลองใหม่", NULL, &error), ==, 0);
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
    prs_store_close (store);
    g_object_unref (store);
  }

  /* Naming the agency over the damage: an error, not a second own agency. */
  {
    const char *units[] = { "units", NULL };
    g_autoptr (GError) error = NULL;

    store = open_damaged_flags (units, 0, NULL, PRS_STORE_OPEN_DEFAULT);
    g_assert_cmpint (prs_store_set_own_agency (store, "สำนักงานทดลองชื่อใหม่", "สทม.", &error), ==, 0);
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
    prs_store_close (store);
    g_object_unref (store);
  }

  store = open_damaged ("committees", 0, NULL);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) committees = prs_meetings_list_committees (store, &error);

    g_assert_null (committees);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_meetings_find_committee (store, "ไม่มีคณะนี้", &error), ==, 0);
    assert_damaged (error); /* not "there is no committee named …" */
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The KPIs (one page): before, "no KPI for the year", so the report was made with
 * the default rubric and staff types. */
static void
test_kpis_page (void)
{
  const char *names[] = { "kpis", NULL };
  PrsStore *store = open_damaged ("kpis", 0, NULL);

  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_kpi_store_find (store, fx.plan_year, &error), ==, 0);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    guint types = 0;

    g_assert_false (prs_kpi_store_get_staff_types (store, fx.plan_year, &types, &error));
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsKpiReport) report = prs_kpi_report_compute (store, fx.plan_year, &error);

    g_assert_null (report);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);

  /* Setting the KPI of the year over the damage: an error, no undo step. */
  store = open_damaged_flags (names, 0, NULL, PRS_STORE_OPEN_DEFAULT);
  {
    g_autoptr (GError) error = NULL;
    PrsKpiSettings settings = { NULL, { 7000, 7500, 8000, 8500, 9000 }, FALSE, PRS_KPI_LINEAR, 0, NULL, 0 };

    g_assert_cmpint (prs_kpi_store_set (store, fx.plan_year, &settings, &error), ==, 0);
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The reporting rounds and the progress (with the indexes a query can read alone):
 * before, "no round reported" and "not frozen", so the plan was shown at round 0
 * and a frozen round could be edited. */
static void
test_rounds_pages (void)
{
  const char *rounds[] = { "plan_rounds", "sqlite_autoindex_plan_rounds_1", NULL };
  const char *progress[] = { "progress", "sqlite_autoindex_progress_1", NULL };
  PrsStore *store = open_damaged_many (rounds, 0, NULL);

  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_store_plan_latest_round (store, fx.plan, &error), ==, -1);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    gboolean frozen = TRUE;

    g_assert_false (prs_store_plan_round_frozen (store, fx.plan, 6, &frozen, &error));
    assert_damaged (error);
    g_assert_false (frozen);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsPlanTree) tree = prs_store_load_plan (store, fx.plan, 6, &error);

    g_assert_null (tree);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) plans = prs_store_list_plans (store, 0, &error);

    g_assert_null (plans);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);

  /* Freezing a round or entering progress over the damage: an error, no undo step. */
  store = open_damaged_flags (rounds, 0, NULL, PRS_STORE_OPEN_DEFAULT);
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (prs_store_plan_freeze_round (store, fx.plan, 6, TRUE, &error));
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
  }
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (prs_store_progress_set (store, fx.activity, 6, "on", "", 0, -1, &error));
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
  }
  prs_store_close (store);
  g_object_unref (store);

  store = open_damaged_many (progress, 0, NULL);
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_store_plan_latest_round (store, fx.plan, &error), ==, -1);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The head counts: before, 0 people. */
static void
test_headcounts_page (void)
{
  const char *names[] = { "headcounts", "headcounts_node", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);

  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_participation_get_headcount (store, fx.activity, &error), ==, -1);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The root of the people table: a person's name is unreadable. Before, "" (and
 * unlinking a member from a person went on to write "?" as the member's name). */
static void
test_people_root_page (void)
{
  const char *names[] = { "people", NULL };
  PrsStore *store = open_damaged_flags (names, DAMAGE_ROOT, NULL, PRS_STORE_OPEN_READ_ONLY);

  {
    g_autoptr (GError) error = NULL;
    g_autofree char *name = prs_people_get_display_name (store, fx.linked_person, &error);

    g_assert_null (name);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *name = prs_store_get_person_display_name (store, fx.linked_person, &error);

    g_assert_null (name);
    assert_damaged (error);
  }
  prs_store_close (store);
  g_object_unref (store);

  store = open_damaged_flags (names, DAMAGE_ROOT, NULL, PRS_STORE_OPEN_DEFAULT);
  {
    g_autoptr (GError) error = NULL;

    g_assert_false (prs_meetings_link_person (store, fx.linked_member, 0, &error));
    assert_damaged (error);
    g_assert_false (prs_store_can_undo (store));
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The allowance rates (and their index: a role without a rate is looked up there
 * alone): before, "no rate", so the members present were paid 0 baht and the role
 * was named as missing a rate. */
static void
test_allowance_rates_page (void)
{
  const char *names[] = { "allowance_rates", "sqlite_autoindex_allowance_rates_1", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsMeetingInfo) info = prs_meetings_load (store, fx.meeting, &error);
  g_autoptr (GPtrArray) missing = NULL;
  g_autoptr (GPtrArray) lines = NULL;
  gint64 total = -1;
  guint present = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < info->seats->len; i++)
    present += g_str_equal (((PrsMeetingSeat *) info->seats->pdata[i])->status, "present");
  g_assert_cmpuint (present, >, 0);
  lines = prs_meetings_allowance (store, info, &total, &missing, &error);
  g_assert_null (lines);
  assert_damaged (error);
  prs_store_close (store);
  g_object_unref (store);
}

/* The ITA results (and their index): before, "no results for the year", so the
 * results' context read as none, and starting the unit's year went on to insert a
 * result instead of saying it exists. */
static void
test_ita_results_page (void)
{
  const char *names[] = { "ita_results", "sqlite_autoindex_ita_results_1", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);

  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_ita_store_find_result (store, fx.ita_unit, fx.ita_year, &error), ==, 0);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) years = prs_ita_store_list_years (store, 0, &error);

    g_assert_null (years);
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsItaFramework) fw = prs_ita_store_get_framework (store, fx.ita_unit, fx.ita_year, &error);

    g_assert_null (fw); /* not the year's default framework */
    assert_damaged (error);
  }
  {
    g_autoptr (GError) error = NULL;
    PrsItaContext c;

    g_assert_false (prs_ita_store_get_context (store, fx.ita_unit, fx.ita_year, &c, &error));
    assert_damaged (error);
    prs_ita_context_clear (&c);
  }
  prs_store_close (store);
  g_object_unref (store);

  store = open_damaged_flags (names, 0, NULL, PRS_STORE_OPEN_DEFAULT);
  {
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (prs_ita_store_start_result (store, fx.ita_unit_name, fx.ita_year, &error), ==, 0);
    assert_damaged (error); /* not "already has results", nor a second result */
    g_assert_false (prs_store_can_undo (store));
  }
  prs_store_close (store);
  g_object_unref (store);
}

/* The published contexts: before, "none entered" (and a context import went on to
 * write the fields it did not give as blanks over the stored ones). */
static void
test_ita_contexts_page (void)
{
  const char *names[] = { "ita_contexts", "sqlite_autoindex_ita_contexts_1", NULL };
  PrsStore *store = open_damaged_many (names, 0, NULL);
  g_autoptr (GError) error = NULL;
  PrsItaContext c;

  g_assert_false (prs_ita_store_get_context (store, fx.ita_unit, fx.ita_year, &c, &error));
  assert_damaged (error);
  g_clear_error (&error);
  prs_ita_context_clear (&c);
  prs_store_close (store);
  g_object_unref (store);

  store = open_damaged_flags (names, 0, NULL, PRS_STORE_OPEN_DEFAULT);
  prs_ita_context_init (&c);
  c.national_rank = 3;
  c.national_count = 10;
  g_assert_false (prs_ita_store_set_context (store, fx.ita_unit, fx.ita_year, &c, &error));
  assert_damaged (error);
  g_assert_false (prs_store_can_undo (store));
  prs_ita_context_clear (&c);
  prs_store_close (store);
  g_object_unref (store);
}

/* A staff list with a new unit, previewed on the sound file and applied over a
 * damaged units table: the import stops at reading the own agency and writes
 * nothing (no undo step). SQLite would refuse the unit's insert on this page as
 * well; the own agency's read is what now stops it first. */
static void
test_roster_over_units_page (void)
{
  const char *const header[] = { "คำนำหน้า", "ชื่อ", "นามสกุล", "หน่วยงาน", NULL };
  const char *const row[] = { "นาย", "ทดลองนำเข้า", "หน้าเสียยิ่ง", "สำนักทดลองนำเข้าใหม่", NULL };
  const char *names[] = { "units", NULL };
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (PrsRosterPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  PrsStore *store;

  g_assert_true (g_file_set_contents (fx.tmp.path, g_bytes_get_data (fx.clean, NULL),
                                      g_bytes_get_size (fx.clean), NULL));
  store = prs_store_open (fx.tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_ptr_array_add (rows, (gpointer) header);
  g_ptr_array_add (rows, (gpointer) row);
  preview = prs_roster_preview_rows (store, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->n_new, ==, 1);
  g_assert_cmpuint (preview->new_units->len, ==, 1);
  prs_store_close (store);
  g_object_unref (store);

  store = open_damaged_flags (names, 0, NULL, PRS_STORE_OPEN_DEFAULT);
  g_assert_false (prs_roster_apply (store, preview, &error));
  assert_damaged (error);
  g_assert_false (prs_store_can_undo (store));
  prs_store_close (store);
  g_object_unref (store);
}

/* The undamaged file reads whole: the damage, not the test, made the errors. */
static void
test_clean_file_reads (void)
{
  g_autoptr (GError) error = NULL;
  PrsStore *store;

  g_assert_true (g_file_set_contents (fx.tmp.path, g_bytes_get_data (fx.clean, NULL),
                                      g_bytes_get_size (fx.clean), NULL));
  store = prs_store_open (fx.tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsParticipationGrid) grid = prs_participation_grid_load (store, fx.plan_year, &error);
    g_assert_no_error (error);
    g_assert_nonnull (grid);
  }
  {
    g_autoptr (PrsPlanTree) tree = prs_store_load_plan (store, fx.plan, 0, &error);
    g_assert_no_error (error);
    g_assert_nonnull (tree);
  }
  {
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (store, fx.committee, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (seats->len, >, 0);
  }
  {
    g_autoptr (GArray) ids = prs_meetings_list (store, fx.committee, fx.meeting_year, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, >, 0);
  }
  {
    g_autoptr (GPtrArray) units = prs_store_list_units_brief (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (units->len, >, 0);
  }
  g_assert_cmpint (prs_store_plan_latest_round (store, fx.plan, &error), >=, 0);
  g_assert_no_error (error);
  {
    gboolean frozen = TRUE;

    g_assert_true (prs_store_plan_round_frozen (store, fx.plan, 6, &frozen, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (prs_meetings_next_number (store, fx.committee, fx.meeting_year, &error), >, 1);
  g_assert_no_error (error);
  g_assert_cmpint (prs_participation_get_headcount (store, fx.activity, &error), >=, 0);
  g_assert_no_error (error);
  g_assert_cmpint (prs_people_find_unit (store, fx.unit_name, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (prs_people_get_own_agency (store, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_find_own_agency (store, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autofree char *a = prs_people_get_display_name (store, fx.linked_person, &error);
    g_autofree char *b = prs_store_get_person_display_name (store, fx.linked_person, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (a, !=, "");
    g_assert_cmpstr (b, !=, "");
  }
  prs_kpi_store_find (store, fx.plan_year, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_ita_store_find_result (store, fx.ita_unit, fx.ita_year, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr (GArray) years = prs_ita_store_list_years (store, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (years->len, >, 0);
  }
  {
    g_autofree char *name = NULL;

    g_assert_true (prs_ita_store_get_unit_names (store, fx.ita_unit, &name, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (name, ==, fx.ita_unit_name);
  }
  {
    PrsItaContext c;

    prs_ita_store_get_context (store, fx.ita_unit, fx.ita_year, &c, &error);
    g_assert_no_error (error);
    prs_ita_context_clear (&c);
  }
  prs_store_close (store);
  g_object_unref (store);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixture_setup ();
  g_test_add_func ("/reliability/damaged-reads/clean", test_clean_file_reads);
  g_test_add_func ("/reliability/damaged-reads/people", test_people_page);
  g_test_add_func ("/reliability/damaged-reads/plan-nodes", test_plan_nodes_page);
  g_test_add_func ("/reliability/damaged-reads/committee-members", test_committee_members_page);
  g_test_add_func ("/reliability/damaged-reads/meetings", test_meetings_page);
  g_test_add_func ("/reliability/damaged-reads/units-committees", test_units_and_committees_pages);
  g_test_add_func ("/reliability/damaged-reads/kpis", test_kpis_page);
  g_test_add_func ("/reliability/damaged-reads/rounds", test_rounds_pages);
  g_test_add_func ("/reliability/damaged-reads/headcounts", test_headcounts_page);
  g_test_add_func ("/reliability/damaged-reads/roster-over-units", test_roster_over_units_page);
  g_test_add_func ("/reliability/damaged-reads/allowance-rates", test_allowance_rates_page);
  g_test_add_func ("/reliability/damaged-reads/ita-results", test_ita_results_page);
  g_test_add_func ("/reliability/damaged-reads/people-root", test_people_root_page);
  g_test_add_func ("/reliability/damaged-reads/plans", test_plans_page);
  g_test_add_func ("/reliability/damaged-reads/ita-contexts", test_ita_contexts_page);
  status = g_test_run ();
  g_bytes_unref (fx.clean);
  g_free (fx.unit_name);
  g_free (fx.ita_unit_name);
  tmp_workspace_clear (&fx.tmp);
  return status;
}
