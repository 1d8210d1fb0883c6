/* test-reliability-store.c: the workspace as a document, and the store defects of
 * issue 14 (duplicate units, bulk notification, quoting, reads that write)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests run as root in CI: folders that may not be written are tested from a
 * child that becomes "nobody" (exit 77 when it cannot).
 */
#include "config.h"

#include <signal.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sqlite3.h>

#include "prs-store-private.h"
#include "prs-ita-store.h"
#include "../store/test-store-common.h"

#define NOBODY 65534

static gint64
raw_int (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  gint64 v = -1;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static char *
raw_text (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  char *v = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
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

static void
make_saved (const char *path, guint units)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = prs_store_open (path, PRS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < units; i++)
    {
      g_autofree char *name = g_strdup_printf ("สำนักที่ %u", i + 1);
      g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT (name), NULL), >, 0);
      g_assert_no_error (error);
    }
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
}

/* Runs @func (@data) in a child that is "nobody"; skips when that is impossible. */
static gboolean
run_as_nobody (void (*func) (gpointer), gpointer data)
{
  pid_t pid;
  int status = 0;

  if (geteuid () != 0)
    {
      func (data);
      return TRUE;
    }
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autofree char *work = NULL;

      if (setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        _exit (77);
      /* nobody's own data folder for working copies */
      work = g_dir_make_tmp ("prs-nobody-XXXXXX", NULL);
      if (work == NULL)
        _exit (77);
      g_setenv ("PRONGSAI_WORKING_DIR", work, TRUE);
      func (data);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("Cannot become an ordinary user to test permissions.");
      return FALSE;
    }
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return TRUE;
}

/* ---- the document ------------------------------------------------------- */

static void
test_working_copy (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *lock = NULL;

  tmp_workspace_init (&tmp, "doc.prongsai");
  make_saved (tmp.path, 1);
  listing = list_dir (tmp.dir);
  g_assert_cmpstr (listing, ==, "doc.prongsai");

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_assert_false (prs_store_get_dirty (store));
  /* While open: the file and the lock note, nothing else (no -wal, no -shm). */
  g_free (listing);
  listing = list_dir (tmp.dir);
  g_assert_cmpstr (listing, ==, ".~lock.doc.prongsai#,doc.prongsai");
  lock = g_build_filename (tmp.dir, ".~lock.doc.prongsai#", NULL);
  {
    g_autofree char *note = NULL;
    g_assert_true (g_file_get_contents (lock, &note, NULL, NULL));
    g_assert_true (g_str_has_prefix (note, g_get_user_name ()));
    g_assert_nonnull (strstr (note, g_get_host_name ()));
  }

  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักใหม่"), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_dirty (store));
  /* Not in the user's file until saved. */
  g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units"), ==, 1);
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
  g_assert_false (prs_store_get_dirty (store));
  g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units"), ==, 2);
  /* A self-contained file: rollback journal mode, whole. */
  journal = raw_text (tmp.path, "PRAGMA integrity_check");
  g_assert_cmpstr (journal, ==, "ok");
  g_assert_cmpint (raw_int (tmp.path, "SELECT 1"), ==, 1);
  {
    g_autoptr(GBytes) bytes = read_bytes (tmp.path);
    const guint8 *h = g_bytes_get_data (bytes, NULL);
    g_assert_cmpint (h[18], ==, 1); /* not WAL: readers need no -shm beside it */
    g_assert_cmpint (h[19], ==, 1);
  }
  g_free (listing);
  listing = list_dir (tmp.dir);
  g_assert_cmpstr (listing, ==, ".~lock.doc.prongsai#,doc.prongsai");

  /* Autosave on close, and nothing left beside the file. */
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักที่สาม"), NULL), >, 0);
  g_clear_object (&store);
  g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units"), ==, 3);
  g_free (listing);
  listing = list_dir (tmp.dir);
  g_assert_cmpstr (listing, ==, "doc.prongsai");
  tmp_workspace_clear (&tmp);
}

static void
test_changed_on_disk (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *other = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GBytes) theirs = NULL;
  g_autoptr(GBytes) after = NULL;

  tmp_workspace_init (&tmp, "shared.prongsai");
  make_saved (tmp.path, 1);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("ของเรา"), NULL), >, 0);

  /* Another user (a sync client) replaces the file behind our back. */
  other = g_build_filename (tmp.dir, "theirs.prongsai", NULL);
  make_saved (other, 5);
  theirs = read_bytes (other);
  g_assert_cmpint (g_rename (other, tmp.path), ==, 0);

  g_assert_false (prs_store_save (store, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CHANGED_ON_DISK);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (theirs, after));

  /* Save As keeps our changes. */
  copy = g_build_filename (tmp.dir, "ours.prongsai", NULL);
  g_assert_true (prs_store_backup_to (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (copy, "SELECT count(*) FROM units WHERE name = 'ของเรา'"), ==, 1);

  /* Closing does not overwrite theirs either (the working copy is kept). */
  g_clear_object (&store);
  g_clear_pointer (&after, g_bytes_unref);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (theirs, after));
  tmp_workspace_clear (&tmp);
}

/* Same, but the file is rewritten in place (same inode, other size/time). */
static void
test_changed_in_place (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;

  tmp_workspace_init (&tmp, "inplace.prongsai");
  make_saved (tmp.path, 1);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("ของเรา"), NULL), >, 0);
  g_usleep (20000);
  raw_exec (tmp.path, "INSERT INTO units (name) VALUES ('ของเขา')");
  g_assert_false (prs_store_save (store, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units WHERE name = 'ของเขา'"), ==, 1);
  prs_store_discard (store);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* Two processes: the second gets the file read-only and is told who has it; a
 * note left by a killed process is stale. */
static void
test_two_processes (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *who = NULL;
  int fds[2];
  char byte = 0;
  pid_t pid;
  int status;

  tmp_workspace_init (&tmp, "two.prongsai");
  make_saved (tmp.path, 2);
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      PrsStore *child;

      close (fds[0]);
      child = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, NULL);
      if (child == NULL || prs_store_get_read_only (child)
          || prs_store_insert (child, "units", NULL, "name", PRS_TEXT ("ยังไม่บันทึก"), NULL) == 0)
        _exit (2);
      if (write (fds[1], "o", 1) != 1)
        _exit (3);
      for (;;)
        pause ();
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
  close (fds[0]);

  g_assert_true (prs_store_file_in_use (tmp.path, &who));
  g_assert_nonnull (strstr (who, g_get_user_name ()));
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_test_message ("second opener: %s", prs_store_get_read_only_reason (store));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), g_get_user_name ()));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), g_get_host_name ()));
  /* It reads the last saved version. */
  g_assert_cmpint (prs_store_count (store, "units"), ==, 2);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("x"), NULL), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&store);

  /* The first crashes: its note is stale, the file is ours to change. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_false (prs_store_file_in_use (tmp.path, NULL));
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_count (store, "units"), ==, 2);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* A note from another machine is stale only when old. */
static void
test_stale_note_from_other_host (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *lock = NULL;
  struct utimbuf old;

  tmp_workspace_init (&tmp, "remote.prongsai");
  make_saved (tmp.path, 1);
  lock = g_build_filename (tmp.dir, ".~lock.remote.prongsai#", NULL);
  g_assert_true (g_file_set_contents (lock, "somchai,other-pc,4242,2026-01-05T09:00:00+07:00\n", -1, NULL));
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), "somchai"));
  g_assert_nonnull (strstr (prs_store_get_read_only_reason (store), "other-pc"));
  g_clear_object (&store);

  old.actime = old.modtime = time (NULL) - (PRS_STORE_STALE_LOCK_HOURS + 1) * 3600;
  g_assert_cmpint (g_utime (lock, &old), ==, 0);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_clear_object (&store);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  tmp_workspace_clear (&tmp);
}

typedef struct
{
  const char *dir;
  const char *path;
} Paths;

static void
edit_in_locked_folder (gpointer data)
{
  Paths *p = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *listing = list_dir (p->dir);
  g_autofree char *after = NULL;

  store = prs_store_open (p->path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("ในโฟลเดอร์ล็อก"), NULL), >, 0);
  g_assert_no_error (error);
  prs_store_save (store, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (raw_int (p->path, "SELECT count(*) FROM units"), ==, 2);
  g_free (listing);
  listing = g_strdup ("locked.prongsai");
  after = list_dir (p->dir);
  g_assert_cmpstr (after, ==, listing);
}

/* A writable file in a folder that is not: saved into the file itself. */
static void
test_unwritable_folder (void)
{
  TmpWorkspace tmp;
  Paths p;

  tmp_workspace_init (&tmp, "locked.prongsai");
  make_saved (tmp.path, 1);
  g_assert_cmpint (g_chmod (tmp.path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (tmp.dir, 0755), ==, 0);
  p.dir = tmp.dir;
  p.path = tmp.path;
  if (run_as_nobody (edit_in_locked_folder, &p) && geteuid () == 0)
    {
      g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units"), ==, 2);
      {
    g_autofree char *check = raw_text (tmp.path, "PRAGMA integrity_check");
    g_assert_cmpstr (check, ==, "ok");
  }
    }
  tmp_workspace_clear (&tmp);
}

static void
read_in_read_only_folder (gpointer data)
{
  Paths *p = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autofree char *listing = list_dir (p->dir);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) before = read_bytes (p->path);
  g_autoptr(GBytes) bytes_after = NULL;

  store = prs_store_open (p->path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));
  g_assert_cmpint (prs_store_count (store, "units"), ==, 1);
  g_assert_false (prs_store_save (store, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  after = list_dir (p->dir);
  g_assert_cmpstr (after, ==, listing);
  bytes_after = read_bytes (p->path);
  g_assert_true (g_bytes_equal (before, bytes_after));
}

static void
test_read_only_folder (void)
{
  TmpWorkspace tmp;
  Paths p;

  tmp_workspace_init (&tmp, "ro.prongsai");
  make_saved (tmp.path, 1);
  g_assert_cmpint (g_chmod (tmp.path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (tmp.dir, 0755), ==, 0);
  p.dir = tmp.dir;
  p.path = tmp.path;
  run_as_nobody (read_in_read_only_folder, &p);
  tmp_workspace_clear (&tmp);
}

/* Defect 7: a write-protected file in a writable folder, in WAL mode as older
 * versions left them: reading leaves no -wal/-shm behind. */
static void
test_read_only_file_no_companions (void)
{
  TmpWorkspace tmp;
  Paths p;

  tmp_workspace_init (&tmp, "ro.prongsai");
  make_saved (tmp.path, 1);
  raw_exec (tmp.path, "PRAGMA journal_mode = WAL");
  g_assert_cmpint (g_chmod (tmp.path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (tmp.dir, 0777), ==, 0);
  p.dir = tmp.dir;
  p.path = tmp.path;
  run_as_nobody (read_in_read_only_folder, &p);
  tmp_workspace_clear (&tmp);
}

/* kill -9 during write-back: the file is the old or the new version, whole. */
static void
test_kill_during_save (void)
{
  TmpWorkspace tmp;
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);

  tmp_workspace_init (&tmp, "killed.prongsai");
  make_saved (tmp.path, 1);
  for (int round = 0; round < 12; round++)
    {
      pid_t pid;
      int status;
      gint64 units;
      g_autofree char *check = NULL;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          PrsStore *store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, NULL);

          if (store == NULL || prs_store_get_read_only (store))
            _exit (2);
          for (;;)
            {
              /* 50 units per saved step, with bulky text so a save takes a while. */
              if (!prs_store_begin_edit (store, "step", NULL))
                _exit (2);
              for (int i = 0; i < 50; i++)
                {
                  g_autofree char *name = g_strdup_printf ("%0400d", g_random_int ());
                  if (prs_store_insert (store, "units", NULL, "name", PRS_TEXT (name), NULL) == 0)
                    _exit (2);
                }
              if (!prs_store_end_edit (store, NULL) || !prs_store_save (store, NULL))
                _exit (2);
            }
        }
      g_usleep (g_rand_int_range (rand, 30, 400) * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      check = raw_text (tmp.path, "PRAGMA integrity_check");
      g_assert_cmpstr (check, ==, "ok");
      units = raw_int (tmp.path, "SELECT count(*) FROM units");
      g_test_message ("round %d: %" G_GINT64_FORMAT " units", round, units);
      g_assert_cmpint ((units - 1) % 50, ==, 0);
    }
  g_assert_cmpint (raw_int (tmp.path, "SELECT count(*) FROM units"), >, 1);
  /* The next session tidies what the killed ones left beside the file. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PrsStore) store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
    g_autofree char *listing = NULL;

    g_assert_no_error (error);
    g_assert_false (prs_store_get_read_only (store));
    g_clear_object (&store);
    listing = list_dir (tmp.dir);
    g_assert_cmpstr (listing, ==, "killed.prongsai");
  }
  tmp_workspace_clear (&tmp);
}

/* A negative user_version (found by the workspace fuzzer) is damage, not a
 * version to migrate from. */
static void
test_negative_version (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;

  tmp_workspace_init (&tmp, "negative.prongsai");
  make_saved (tmp.path, 1);
  raw_exec (tmp.path, "PRAGMA user_version = -5");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
  tmp_workspace_clear (&tmp);
}

/* ---- reads do not write (16) -------------------------------------------- */

static void
test_read_older_does_not_write (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  sqlite3 *db = NULL;

  tmp_workspace_init (&tmp, "old.prongsai");
  g_assert_cmpint (sqlite3_open (tmp.path, &db), ==, SQLITE_OK);
  g_assert_true (prs_store_migrate_db (db, 0, 1, &error));
  g_assert_no_error (error);
  sqlite3_exec (db, "INSERT INTO units (id, name) VALUES (1, 'กรมเก่า')", NULL, NULL, NULL);
  sqlite3_close (db);
  before = read_bytes (tmp.path);
  listing = list_dir (tmp.dir);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (store, "units"), ==, 1);
  g_assert_true (prs_store_check (store, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (before, after));
  listing_after = list_dir (tmp.dir);
  g_assert_cmpstr (listing, ==, listing_after);
  g_assert_cmpint (raw_int (tmp.path, "PRAGMA user_version"), ==, 1);
  tmp_workspace_clear (&tmp);
}

/* ---- issue 16: the thorough check runs in the background ----------------- */

static void
got_check (GObject *source, GAsyncResult *result, gpointer data)
{
  GPtrArray **out = data;
  g_autoptr(GError) error = NULL;

  *out = prs_store_check_finish (PRS_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_check_in_background (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  GPtrArray *problems = NULL;

  tmp_workspace_init (&tmp, "bg.prongsai");
  make_saved (tmp.path, 1);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  /* An unsaved edit that check must see: it reads the working copy. */
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักที่ 1"), NULL), >, 0);
  prs_store_check_async (store, NULL, got_check, &problems);
  /* Edits go on while it runs. */
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("ระหว่างตรวจ"), NULL), >, 0);
  g_assert_no_error (error);
  while (problems == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (problems->len, >=, 1);
  g_test_message ("%s", (const char *) problems->pdata[0]);
  g_ptr_array_unref (problems);
  prs_store_discard (store);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* ---- defect 2: duplicate units ------------------------------------------ */

static void
test_check_finds_duplicate_units (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean found = FALSE;

  tmp_workspace_init (&tmp, "dup.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักงานเลขานุการกรม"), NULL), >, 0);
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักงานเลขานุการกรม "), NULL), >, 0);
  g_assert_false (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_test_message ("%s", (const char *) problems->pdata[i]);
      found |= strstr (problems->pdata[i], "same name") != NULL;
    }
  g_assert_true (found);
  prs_store_discard (store);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* Two imports previewed before either applies: the second must find the units the
 * first made, inside its write transaction. */
static void
test_concurrent_imports_no_duplicates (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) a = NULL;
  g_autoptr(PrsStore) b = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(PrsItaImportPreview) pa = NULL;
  g_autoptr(PrsItaImportPreview) pb = NULL;
  const char *header[] = { "unit", "year", "code", "part", "score", NULL };
  const char *row1[] = { "กองใหม่", "2568", "total", "", "85.5", NULL };

  tmp_workspace_init (&tmp, "race.prongsai");
  a = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  b = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_ptr_array_add (rows, g_strdupv ((char **) header));
  g_ptr_array_add (rows, g_strdupv ((char **) row1));
  pa = prs_ita_import_preview_rows (a, rows, &error);
  g_assert_no_error (error);
  pb = prs_ita_import_preview_rows (b, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pa->new_units->len, ==, 1);
  g_assert_cmpuint (pb->new_units->len, ==, 1);
  g_assert_true (prs_ita_import_apply (a, pa, &error));
  g_assert_no_error (error);
  g_assert_true (prs_ita_import_apply (b, pb, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (a, "SELECT count(*) FROM units WHERE name = 'กองใหม่'", 0), ==, 1);
  g_assert_true (prs_store_check (a, NULL, &error));
  g_clear_object (&a);
  g_clear_object (&b);
  tmp_workspace_clear (&tmp);
}

/* ---- defect 3: change notification is linear ----------------------------- */

static void
count_changed (PrsStore *store, const char *table, gint64 id, int kind, gpointer data)
{
  (*(guint *) data)++;
}

static void
test_bulk_notification (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  gint64 start, elapsed;
  guint signals = 0;

  tmp_workspace_init (&tmp, "bulk.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &signals);
  start = g_get_monotonic_time ();
  /* 100,000 rows through the undo log in one step. Quadratic notification took
   * minutes here; linear takes about a second. */
  g_assert_true (prs_store_execute (store, &error,
                                    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
                                    " INSERT INTO units (name) SELECT 'หน่วย ' || i FROM n", PRS_VALUE_END));
  g_assert_no_error (error);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("100,000 rows committed and notified in %.2f s", elapsed / 1e6);
  g_assert_cmpint (signals, ==, 1); /* "reload units" */
  g_assert_cmpint (elapsed, <, 30 * G_USEC_PER_SEC);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_cmpint (prs_store_count (store, "units"), ==, 0);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

/* ---- defect 15: identifiers from the file are quoted -------------------- */

static void
test_odd_column_names (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  gint64 id;

  tmp_workspace_init (&tmp, "odd.prongsai");
  make_saved (tmp.path, 0);
  /* A column a later version (or a hand edit) added, with quotes in its name. */
  raw_exec (tmp.path, "ALTER TABLE units ADD COLUMN \"a\"\"b'c\" TEXT DEFAULT 'x'");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  id = prs_store_insert (store, "units", &error, "name", PRS_TEXT ("หน่วย"), NULL);
  g_assert_no_error (error);
  g_assert_true (prs_store_update (store, "units", id, &error, "name", PRS_TEXT ("หน่วยใหม่"), NULL));
  g_assert_true (prs_store_delete (store, "units", id, &error));
  g_assert_no_error (error);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM units WHERE name = 'หน่วยใหม่'", 0), ==, 1);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (store, "units"), ==, 0);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

static void
test_check_reports_unusable_schema (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean found = FALSE;

  tmp_workspace_init (&tmp, "schema.prongsai");
  make_saved (tmp.path, 0);
  raw_exec (tmp.path, "ALTER TABLE people DROP COLUMN position");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_test_message ("%s", (const char *) problems->pdata[i]);
      found |= strstr (problems->pdata[i], "position") != NULL;
    }
  g_assert_true (found);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reliability/document/working-copy", test_working_copy);
  g_test_add_func ("/reliability/document/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/reliability/document/changed-in-place", test_changed_in_place);
  g_test_add_func ("/reliability/document/two-processes", test_two_processes);
  g_test_add_func ("/reliability/document/stale-note-other-host", test_stale_note_from_other_host);
  g_test_add_func ("/reliability/document/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/reliability/document/read-only-folder", test_read_only_folder);
  g_test_add_func ("/reliability/document/read-only-file-no-companions", test_read_only_file_no_companions);
  g_test_add_func ("/reliability/document/kill-during-save", test_kill_during_save);
  g_test_add_func ("/reliability/store/read-older-does-not-write", test_read_older_does_not_write);
  g_test_add_func ("/reliability/store/negative-version", test_negative_version);
  g_test_add_func ("/reliability/store/check-in-background", test_check_in_background);
  g_test_add_func ("/reliability/store/check-duplicate-units", test_check_finds_duplicate_units);
  g_test_add_func ("/reliability/store/concurrent-imports", test_concurrent_imports_no_duplicates);
  g_test_add_func ("/reliability/store/bulk-notification", test_bulk_notification);
  g_test_add_func ("/reliability/store/odd-column-names", test_odd_column_names);
  g_test_add_func ("/reliability/store/unusable-schema", test_check_reports_unusable_schema);
  return g_test_run ();
}
