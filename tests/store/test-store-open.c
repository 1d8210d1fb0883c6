/* test-store-open.c: creating, migrating, refusing and backing up workspaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>
#include <sys/wait.h>
#include <sqlite3.h>

#include "prs-store-private.h"
#include "test-store-common.h"

static void
test_create (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;

  tmp_workspace_init (&tmp, "new.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA application_id", 0), ==, PRS_STORE_APPLICATION_ID);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA foreign_keys", 0), ==, 1);
  g_assert_cmpint (prs_store_query_int (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode", 0), ==, 1);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA busy_timeout", 0), >, 0);
  g_assert_true (prs_store_check (store, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Opening again, without CREATE. */
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_get_file_version (store), ==, PRS_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  /* A missing file without CREATE is not made. */
  g_unlink (tmp.path);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_assert_null (store);
  g_assert_false (g_file_test (tmp.path, G_FILE_TEST_EXISTS));
  tmp_workspace_clear (&tmp);
}

static void
raw_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Data that is valid at schema version @version. */
static const char * const seed_data[PRS_STORE_SCHEMA_VERSION + 1] = {
  NULL,
  "INSERT INTO units (id, name, abbreviation) VALUES (1, 'กรมทดสอบ', 'กท.');"
  "INSERT INTO people (unit_id, first_name, last_name, staff_type) VALUES (1, 'ทดสอบ', 'ระบบ', 'fund_employee');"
  "INSERT INTO committees (id, name) VALUES (1, 'คณะกรรมการจริยธรรม');"
  "INSERT INTO meetings (committee_id, number, year_be) VALUES (1, 1, 2568);",
  "INSERT INTO plans (id, fiscal_year, unit_id, title) VALUES (1, 2569, 1, 'แผน');"
  "INSERT INTO plan_nodes (id, plan_id, title) VALUES (1, 1, 'ยุทธศาสตร์');"
  "INSERT INTO activities (id, budget_kind, budget_satang) VALUES (1, 'amount', 5000000);",
  "INSERT INTO ita_results (id, unit_id, year_be) VALUES (1, 1, 2568);"
  "INSERT INTO ita_figures (result_id, code, score) VALUES (1, 'total', 9158);",
  "INSERT INTO ita_issues (id, result_id, plan_id, title) VALUES (1, 1, 1, 'ประเด็น');"
  "INSERT INTO ita_issue_items (issue_id, code, role) VALUES (1, 'O40', 'evidence');",
  "INSERT INTO plan_rounds (plan_id, round, frozen) VALUES (1, 6, 1);"
  "UPDATE plans SET numbering = 'across_plan', version = 2 WHERE id = 1;",
  "UPDATE committees SET delegate_paid = 1 WHERE id = 1;"
  "INSERT INTO meeting_attachments (meeting_id, number, title) VALUES (1, 1, 'คำสั่ง');",
  "INSERT INTO participation_unknowns (node_id, name) VALUES (1, 'ผู้ไม่มีชื่อในทะเบียน');",
  "INSERT INTO ita_contexts (result_id, national_rank, national_count) VALUES (1, 145, 159);"
  "INSERT INTO ita_measures (issue_id, title, all_units) VALUES (1, 'มาตรการ', 1);",
  "UPDATE activities SET due_date = '2026-03-31' WHERE id = 1;",
};

static void
test_migrations (void)
{
  for (int version = 1; version < PRS_STORE_SCHEMA_VERSION; version++)
    {
      TmpWorkspace tmp;
      g_autoptr(GError) error = NULL;
      g_autoptr(PrsStore) store = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      sqlite3 *db = NULL;

      g_test_message ("migrating from version %d", version);
      tmp_workspace_init (&tmp, "old.prongsai");
      g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
      g_assert_true (prs_store_migrate_db (db, 0, version, &error));
      g_assert_no_error (error);
      for (int v = 1; v <= version; v++)
        g_assert_cmpint (sqlite3_exec (db, seed_data[v], NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_false (prs_store_get_read_only (store));
      g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
      /* The old data survived and the new tables work. */
      g_assert_cmpint (prs_store_count (store, "people"), ==, 1);
      g_assert_cmpint (prs_store_query_int (store, "SELECT is_own_agency FROM units WHERE id = 1", -1), ==, 0);
      for (int v = version + 1; v <= PRS_STORE_SCHEMA_VERSION; v++)
        g_assert_cmpint (sqlite3_exec (prs_store_get_db (store), seed_data[v], NULL, NULL, NULL),
                         ==, SQLITE_OK);
      g_assert_cmpint (prs_store_count (store, "ita_figures"), ==, 1);
      g_assert_true (prs_store_check (store, &problems, &error));
      g_assert_no_error (error);
      g_clear_object (&store);
      tmp_workspace_clear (&tmp);
    }
}

/* A version-8 workspace: its activities keep everything and gain an empty due date,
 * or the earliest deadline kept in activity_deadlines when there is one. */
static void
test_migrate_due_dates (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  sqlite3 *db = NULL;

  tmp_workspace_init (&tmp, "v8.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 8, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
      "INSERT INTO plans (id, fiscal_year, title) VALUES (1, 2569, 'แผน');"
      "INSERT INTO plan_nodes (id, plan_id, title) VALUES (1, 1, 'ยุทธศาสตร์');"
      "INSERT INTO plan_nodes (id, plan_id, parent_id, title) VALUES (2, 1, 1, 'อบรม'), (3, 1, 1, 'ประชุม');"
      "INSERT INTO activities (id, budget_kind, budget_satang, months, status)"
      "  VALUES (2, 'amount', 722500, 7, 'done'), (3, 'none', 0, 4095, 'in_progress');"
      "INSERT INTO activity_deadlines (activity_id, date, note)"
      "  VALUES (3, '2026-09-30', 'รายงานผล'), (3, '2026-03-31', 'รอบ ๖ เดือน');",
      NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT budget_satang + months + (status = 'done') FROM activities WHERE id = 2", -1), ==, 722500 + 7 + 1);
  g_assert_cmpint (prs_store_query_int (store, "SELECT due_date IS NULL FROM activities WHERE id = 2", -1), ==, 1);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT due_date = '2026-03-31' FROM activities WHERE id = 3", -1), ==, 1);
  g_assert_cmpint (prs_store_count (store, "activity_deadlines"), ==, 2);
  /* the column refuses what is not an ISO date */
  g_assert_cmpint (sqlite3_exec (prs_store_get_db (store),
      "UPDATE activities SET due_date = '31/3/2569' WHERE id = 2", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* An upgrade checks the foreign keys of the tables it writes and of the tables
 * that refer to them: a dangling activity (written by migration 9) refuses the
 * upgrade and leaves the file as it was; a dangling row elsewhere does not block
 * it (the background check reports that). */
static void
test_migrate_checks_written_tables (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  sqlite3 *db = NULL;

  tmp_workspace_init (&tmp, "v8-dangling.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 8, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
      "PRAGMA foreign_keys = OFF;"
      "INSERT INTO activities (id, budget_kind, budget_satang, months, status)"
      "  VALUES (77, 'none', 0, 1, 'in_progress');",  /* no plan node 77 */
      NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = read_bytes (tmp.path);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (before, after));
  tmp_workspace_clear (&tmp);

  tmp_workspace_init (&tmp, "v8-dangling-elsewhere.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 8, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
      "PRAGMA foreign_keys = OFF;"
      "INSERT INTO ita_figures (result_id, code, score) VALUES (999, 'EIT', 8000);",  /* no result 999 */
      NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* A version-3 workspace with an ITA analysis: its issues join the internal-measures
 * plan of their unit for the fiscal year after the assessment (an existing one is
 * reused, a missing one created), and OIT codes become evidence. */
static void
test_migrate_ita_issues (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  sqlite3 *db = NULL;

  tmp_workspace_init (&tmp, "v3.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
      "INSERT INTO units (id, name, abbreviation) VALUES (1, 'กรมทดสอบ', 'กท.'), (2, 'กองทดสอบ', 'กทส.');"
      "INSERT INTO ita_results (id, unit_id, year_be) VALUES (1, 1, 2568);"
      /* by result, by unit and year, and one whose plan already exists */
      "INSERT INTO ita_issues (id, result_id, sort_order, title) VALUES (1, 1, 0, 'ก'), (2, 1, 1, 'ข');"
      "INSERT INTO ita_issues (id, unit_id, year_be, title) VALUES (3, 1, 2567, 'ค');"
      "INSERT INTO plans (id, kind, fiscal_year, unit_id, title) VALUES (7, 'internal_measures', 2568, 1, 'เดิม');"
      "INSERT INTO ita_issues (id, unit_id, year_be, title) VALUES (4, 2, 2568, 'ง');"
      "INSERT INTO ita_issue_items (issue_id, code) VALUES (1, 'I27'), (1, 'O40'), (3, 'E5');"
      "INSERT INTO ita_measures (id, issue_id, title) VALUES (1, 1, 'มาตรการ');"
      "INSERT INTO ita_measure_units (measure_id, unit_id) VALUES (1, 2);",
      NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issues WHERE plan_id IS NULL", -1), ==, 0);
  /* 2568 of unit 1 -> a new plan for 2569, shared by issues 1 and 2. */
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT count(DISTINCT plan_id) FROM ita_issues WHERE id IN (1, 2)", -1), ==, 1);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT p.fiscal_year * 10 + (p.kind = 'internal_measures') FROM ita_issues i JOIN plans p"
      " ON p.id = i.plan_id WHERE i.id = 1", -1), ==, 25691);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT instr (p.title, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569') = 1"
      " FROM ita_issues i JOIN plans p ON p.id = i.plan_id WHERE i.id = 1", -1), ==, 1);
  /* 2567 -> the existing plan of 2568, reused. */
  g_assert_cmpint (prs_store_query_int (store, "SELECT plan_id FROM ita_issues WHERE id = 3", -1), ==, 7);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM plans WHERE kind = 'internal_measures'", -1),
                   ==, 3);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT p.unit_id FROM ita_issues i JOIN plans p ON p.id = i.plan_id WHERE i.id = 4", -1), ==, 2);
  g_assert_cmpint (prs_store_query_int (store,
      "SELECT count(*) FROM ita_issue_items WHERE (code = 'O40') = (role = 'evidence')", -1), ==, 3);
  g_assert_cmpint (prs_store_count (store, "ita_measure_units"), ==, 1);
  g_assert_true (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);

  /* Deleting the plan takes its analysis with it. */
  g_assert_true (prs_store_delete (store, "plans", 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issues WHERE id = 3", -1), ==, 0);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issue_items WHERE issue_id = 3", -1), ==, 1);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

static PrsStore *
make_workspace (const char *path, guint people)
{
  g_autoptr(GError) error = NULL;
  PrsStore *store = prs_store_open (path, PRS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  if (people)
    {
      PrsGenerateOptions options;
      gboolean ok;
      prs_generate_options_init (&options, people);
      options.ita_units = 3;
      options.ita_years = 2;
      ok = prs_store_generate (store, &options, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  return store;
}

/* Opens @path expecting @code, then checks that the file and the folder are
 * exactly as before. */
static void
assert_refused (const char *dir, const char *path, PrsStoreOpenFlags flags, int code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autofree char *listing = list_dir (dir);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;

  store = prs_store_open (path, flags, &error);
  g_assert_null (store);
  g_assert_error (error, PRS_STORE_ERROR, code);
  g_test_message ("refused with: %s", error->message);
  g_assert_cmpstr (error->message, !=, "");
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  listing_after = list_dir (dir);
  g_assert_cmpstr (listing, ==, listing_after);
}

static void
test_refuse_text_file (void)
{
  TmpWorkspace tmp;

  tmp_workspace_init (&tmp, "notes.prongsai");
  g_file_set_contents (tmp.path, "ประชุมครั้งที่ 1/2569\nนี่ไม่ใช่ฐานข้อมูล\n", -1, NULL);
  assert_refused (tmp.dir, tmp.path, PRS_STORE_OPEN_CREATE, PRS_STORE_ERROR_NOT_A_WORKSPACE);
  /* Also an empty file. */
  g_file_set_contents (tmp.path, "", 0, NULL);
  assert_refused (tmp.dir, tmp.path, PRS_STORE_OPEN_CREATE, PRS_STORE_ERROR_NOT_A_WORKSPACE);
  tmp_workspace_clear (&tmp);
}

static void
test_refuse_foreign_sqlite (void)
{
  TmpWorkspace tmp;

  tmp_workspace_init (&tmp, "other.sqlite");
  raw_exec (tmp.path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused (tmp.dir, tmp.path, PRS_STORE_OPEN_CREATE, PRS_STORE_ERROR_NOT_A_WORKSPACE);
  /* A foreign database in WAL mode, too. */
  raw_exec (tmp.path, "PRAGMA journal_mode = WAL; INSERT INTO t VALUES (2);");
  assert_refused (tmp.dir, tmp.path, PRS_STORE_OPEN_DEFAULT, PRS_STORE_ERROR_NOT_A_WORKSPACE);
  tmp_workspace_clear (&tmp);
}

static void
test_refuse_truncated (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GBytes) whole = NULL;
  gsize size;

  tmp_workspace_init (&tmp, "big.prongsai");
  store = make_workspace (tmp.path, 3000);
  g_clear_object (&store); /* last connection: checkpoints and removes the WAL */
  whole = read_bytes (tmp.path);
  size = g_bytes_get_size (whole);
  g_assert_cmpuint (size, >, 100000);
  g_assert_true (g_file_set_contents (tmp.path, g_bytes_get_data (whole, NULL), size / 2, NULL));
  assert_refused (tmp.dir, tmp.path, PRS_STORE_OPEN_DEFAULT, PRS_STORE_ERROR_CORRUPT);
  tmp_workspace_clear (&tmp);
}

static void
test_refuse_corrupt (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autofree guint8 *data = NULL;
  gsize size;

  tmp_workspace_init (&tmp, "damaged.prongsai");
  store = make_workspace (tmp.path, 3000);
  g_clear_object (&store);
  whole = read_bytes (tmp.path);
  size = g_bytes_get_size (whole);
  data = g_memdup2 (g_bytes_get_data (whole, NULL), size);
  /* Scribble over pages in the middle, keeping the header and the size. */
  for (gsize i = size / 3; i < size / 3 + 8192; i++)
    data[i] = (guint8) (i * 7919);
  g_assert_true (g_file_set_contents (tmp.path, (const char *) data, size, NULL));
  /* Opening no longer scans the whole file (issue 16): damage in the middle is
   * found by the check (on demand or in the background) or where SQLite meets
   * it; either way nothing is written to the file. */
  {
    g_autoptr(GBytes) before = read_bytes (tmp.path);
    g_autofree char *listing = list_dir (tmp.dir);
    g_autoptr(GBytes) after = NULL;
    g_autofree char *listing_after = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = NULL;

    store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
    if (store == NULL)
      g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
    else
      {
        g_assert_false (prs_store_check (store, &problems, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (problems->len, >, 0);
        g_clear_object (&store);
      }
    after = read_bytes (tmp.path);
    g_assert_true (g_bytes_equal (before, after));
    listing_after = list_dir (tmp.dir);
    g_assert_cmpstr (listing, ==, listing_after);
  }
  tmp_workspace_clear (&tmp);
}

static void
test_newer_version (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gint64 id;

  tmp_workspace_init (&tmp, "future.prongsai");
  store = make_workspace (tmp.path, 0);
  id = prs_store_insert (store, "units", &error, "name", PRS_TEXT ("กรมทดสอบ"), NULL);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&store);
  raw_exec (tmp.path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");

  before = read_bytes (tmp.path);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), "newer"));
  g_assert_cmpint (prs_store_get_file_version (store), ==, 99);
  g_assert_cmpint (prs_store_count (store, "units"), ==, 1);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("ใหม่"), NULL), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (before, after));
  tmp_workspace_clear (&tmp);
}

static void
test_read_only_flag (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  tmp_workspace_init (&tmp, "ro.prongsai");
  store = make_workspace (tmp.path, 500);
  g_clear_object (&store);
  before = read_bytes (tmp.path);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_count (store, "people"), ==, 500);
  g_assert_false (prs_store_delete (store, "people", 1, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* Even raw SQL cannot write through this connection. */
  g_assert_cmpint (sqlite3_exec (prs_store_get_db (store), "DELETE FROM people", NULL, NULL, NULL), !=, SQLITE_OK);
  g_clear_object (&store);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (before, after));
  tmp_workspace_clear (&tmp);
}

/* Read-only use of an older workspace that may be written (e.g. `ita score` on last
 * year's file): it is upgraded first, then used read-only. */
static void
test_read_only_flag_upgrades (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  sqlite3 *db = NULL;

  tmp_workspace_init (&tmp, "old-ro.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, seed_data[1], NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_query_int (store, "PRAGMA user_version", 0), ==, PRS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (prs_store_count (store, "people"), ==, 1);
  g_assert_false (prs_store_delete (store, "people", 1, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* Opens a write-protected workspace; run as an ordinary user. */
static void
open_protected (const char *path, const char *dir)
{
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *listing = list_dir (dir);
  g_autofree char *listing_after = NULL;

  store = prs_store_open (path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), "permission"));
  g_assert_cmpint (prs_store_count (store, "people"), ==, 200);
  g_assert_false (prs_store_update (store, "people", 1, &error, "active", PRS_BOOL (FALSE), NULL));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  listing_after = list_dir (dir);
  g_assert_cmpstr (listing, ==, listing_after);
}

static void
test_read_only_file (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;

  tmp_workspace_init (&tmp, "locked.prongsai");
  store = make_workspace (tmp.path, 200);
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (tmp.path, 0444), ==, 0);

  if (geteuid () != 0)
    {
      /* An ordinary user may write the folder but not the file. */
      open_protected (tmp.path, tmp.dir);
    }
  else
    {
      /* Permissions do not stop root: try it as "nobody", who can neither write
       * the file nor the folder. */
      pid_t pid;
      int status = 0;

      g_assert_cmpint (g_chmod (tmp.dir, 0755), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          if (setgid (65534) != 0 || setuid (65534) != 0)
            _exit (77);
          open_protected (tmp.path, tmp.dir);
          _exit (0);
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
        g_test_skip ("Running as root and cannot become an ordinary user to test file permissions.");
      else
        g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
    }
  tmp_workspace_clear (&tmp);
}

static void
test_two_connections (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) a = NULL;
  g_autoptr(PrsStore) b = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit;

  tmp_workspace_init (&tmp, "shared.prongsai");
  a = make_workspace (tmp.path, 0);
  b = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  unit = prs_store_insert (a, "units", &error, "name", PRS_TEXT ("สำนักหนึ่ง"), NULL);
  g_assert_no_error (error);
  /* b sees a's committed change at once. */
  g_assert_cmpint (prs_store_count (b, "units"), ==, 1);
  g_assert_cmpint (prs_store_insert (b, "people", &error, "first_name", PRS_TEXT ("ทดลอง"),
                                     "unit_id", PRS_INT (unit), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (a, "people"), ==, 1);

  /* While a holds a write transaction, b is told the workspace is busy. */
  sqlite3_busy_timeout (prs_store_get_db (b), 50);
  g_assert_true (prs_store_begin_edit (a, "long edit", &error));
  g_assert_true (prs_store_update (a, "units", unit, &error, "abbreviation", PRS_TEXT ("สน."), NULL));
  g_assert_cmpint (prs_store_insert (b, "units", &error, "name", PRS_TEXT ("สำนักสอง"), NULL), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY);
  g_test_message ("busy: %s", error->message);
  g_clear_error (&error);
  /* b still reads the last committed state. */
  g_assert_cmpint (prs_store_query_int (b, "SELECT abbreviation = '' FROM units", 0), ==, 1);
  g_assert_true (prs_store_end_edit (a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (b, "SELECT abbreviation = 'สน.' FROM units", 0), ==, 1);
  g_assert_cmpint (prs_store_insert (b, "units", &error, "name", PRS_TEXT ("สำนักสอง"), NULL), >, 0);
  g_assert_no_error (error);
  g_clear_object (&a);
  g_clear_object (&b);
  tmp_workspace_clear (&tmp);
}

static void
test_backup (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(PrsStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *backups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *listing = NULL;

  tmp_workspace_init (&tmp, "main.prongsai");
  store = make_workspace (tmp.path, 1000);

  copy_path = g_build_filename (tmp.dir, "copy.prongsai", NULL);
  g_assert_true (prs_store_backup_to (store, copy_path, &error));
  g_assert_no_error (error);
  copy = prs_store_open (copy_path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (copy, "participation"), ==, prs_store_count (store, "participation"));
  g_assert_true (prs_store_check (copy, NULL, &error));
  g_clear_object (&copy);

  /* Rolling backups: one a day, the oldest removed beyond keep_days. */
  backups = g_build_filename (tmp.dir, "backups", NULL);
  first = prs_store_rolling_backup (store, backups, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  {
    /* Older copies of the same workspace, named the same way. */
    g_autofree char *stem = g_strndup (first, strlen (first) - strlen ("YYYY-MM-DD.prongsai"));
    g_autofree char *other = g_build_filename (backups, "other-00000000-backup-2019-01-01.prongsai", NULL);
    for (int d = 1; d <= 4; d++)
      {
        g_autofree char *name = g_strdup_printf ("%s2020-01-0%d.prongsai", stem, d);
        g_file_set_contents (name, "old", -1, NULL);
      }
    /* Another workspace's copies are not touched. */
    g_file_set_contents (other, "other", -1, NULL);
  }
  second = prs_store_rolling_backup (store, backups, 3, &error);
  g_assert_cmpstr (first, ==, second);
  listing = list_dir (backups);
  g_test_message ("backups: %s", listing);
  g_assert_nonnull (strstr (listing, "other-00000000-backup-2019-01-01"));
  g_assert_null (strstr (listing, "2020-01-01"));
  g_assert_null (strstr (listing, "2020-01-02"));
  g_assert_nonnull (strstr (listing, "2020-01-03"));
  g_assert_nonnull (strstr (listing, "2020-01-04"));
  g_clear_object (&store);
  {
    g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
    const char *e;
    while (dir && (e = g_dir_read_name (dir)))
      {
        g_autofree char *p = g_build_filename (backups, e, NULL);
        g_unlink (p);
      }
    g_rmdir (backups);
  }
  tmp_workspace_clear (&tmp);
}

static void
test_check_finds_problems (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  tmp_workspace_init (&tmp, "check.prongsai");
  store = make_workspace (tmp.path, 100);
  g_assert_true (prs_store_check (store, &problems, &error));
  g_clear_pointer (&problems, g_ptr_array_unref);
  /* Damage behind the store's back: a bad ITA code and a dangling reference. */
  g_assert_cmpint (sqlite3_exec (prs_store_get_db (store),
                                 "INSERT INTO ita_figures (result_id, code, score) VALUES (1, 'X9', 5000);"
                                 "PRAGMA foreign_keys = OFF;"
                                 "INSERT INTO participation (person_id, node_id) VALUES (999999, 1);"
                                 "PRAGMA foreign_keys = ON;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >=, 2);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/open/create", test_create);
  g_test_add_func ("/store/open/migrations", test_migrations);
  g_test_add_func ("/store/open/migrate-ita-issues", test_migrate_ita_issues);
  g_test_add_func ("/store/open/migrate-due-dates", test_migrate_due_dates);
  g_test_add_func ("/store/open/migrate-checks-written-tables", test_migrate_checks_written_tables);
  g_test_add_func ("/store/open/refuse-text-file", test_refuse_text_file);
  g_test_add_func ("/store/open/refuse-foreign-sqlite", test_refuse_foreign_sqlite);
  g_test_add_func ("/store/open/refuse-truncated", test_refuse_truncated);
  g_test_add_func ("/store/open/refuse-corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/open/newer-version", test_newer_version);
  g_test_add_func ("/store/open/read-only-flag", test_read_only_flag);
  g_test_add_func ("/store/open/read-only-flag-upgrades", test_read_only_flag_upgrades);
  g_test_add_func ("/store/open/read-only-file", test_read_only_file);
  g_test_add_func ("/store/open/two-connections", test_two_connections);
  g_test_add_func ("/store/open/backup", test_backup);
  g_test_add_func ("/store/open/check", test_check_finds_problems);
  return g_test_run ();
}
