/* test-store-deferred.c: opening for writing without copying the file first
 * (PRS_STORE_OPEN_DEFER_COPY, the application's window): the lock note at once,
 * reads from the file itself, the working copy at the first edit or in the
 * background, and nothing lost or written when nothing was edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <sqlite3.h>

#include "prs-store-private.h"
#include "prs-store-document.h"
#include "test-store-common.h"

static void
make_file (const char *path, guint people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = prs_store_open (path, PRS_STORE_OPEN_CREATE, &error);
  PrsGenerateOptions options;

  g_assert_no_error (error);
  prs_generate_options_init (&options, people);
  options.ita_units = 2;
  options.ita_years = 1;
  g_assert_true (prs_store_generate (store, &options, &error));
  g_assert_no_error (error);
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
}

/* The number of files in the working folder (this test's own: see main()). */
static guint
working_files (void)
{
  const char *dir_path = g_getenv ("PRONGSAI_WORKING_DIR");
  g_autoptr(GDir) dir = NULL;
  guint n = 0;

  g_assert_nonnull (dir_path);
  dir = g_dir_open (dir_path, 0, NULL);
  while (dir && g_dir_read_name (dir))
    n++;
  return n;
}

static gboolean
timed_out (gpointer data)
{
  g_error ("the working copy was not made in the background within 60 s");
  return G_SOURCE_REMOVE;
}

static void
wait_for_editing (PrsStore *store)
{
  guint guard = g_timeout_add_seconds (60, timed_out, NULL);

  while (!prs_store_get_editing_prepared (store))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
  /* The idle that closes the replaced connection. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_no_edit_writes_nothing (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *lock = NULL;
  g_autofree char *who = NULL;
  struct stat st_before, st_after;
  guint files_before;

  tmp_workspace_init (&tmp, "quiet.prongsai");
  make_file (tmp.path, 300);
  before = read_bytes (tmp.path);
  g_assert_cmpint (stat (tmp.path, &st_before), ==, 0);
  files_before = working_files ();

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFER_COPY, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_read_only (store));
  g_assert_false (prs_store_get_editing_prepared (store));
  /* The lock note is written at once: another session opens it read-only. */
  lock = prs_document_lock_path (tmp.path);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_true (prs_store_file_in_use (tmp.path, &who));
  /* No copy yet, and the file reads as it is. */
  g_assert_cmpuint (working_files (), ==, files_before);
  g_assert_cmpint (prs_store_count (store, "people"), ==, 300);
  g_assert_false (prs_store_get_dirty (store));
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  after = read_bytes (tmp.path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (stat (tmp.path, &st_after), ==, 0);
  g_assert_cmpint (st_before.st_mtim.tv_sec, ==, st_after.st_mtim.tv_sec);
  g_assert_cmpint (st_before.st_mtim.tv_nsec, ==, st_after.st_mtim.tv_nsec);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (working_files (), ==, files_before);
  tmp_workspace_clear (&tmp);
}

static void
test_first_edit_copies (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(PrsStore) again = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *early;
  gint64 unit;

  tmp_workspace_init (&tmp, "edit.prongsai");
  make_file (tmp.path, 200);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFER_COPY, &error);
  g_assert_no_error (error);
  g_assert_false (prs_store_get_editing_prepared (store));

  /* A statement prepared on the file itself before the first edit stays usable
   * through the switch (AddressSanitizer runs this test too). */
  early = prs_store_cached (store, "SELECT count(*) FROM units", &error);
  g_assert_no_error (error);

  unit = prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักทดลองใหม่"), NULL);
  g_assert_no_error (error);
  g_assert_cmpint (unit, >, 0);
  g_assert_true (prs_store_get_editing_prepared (store));
  g_assert_true (prs_store_get_dirty (store));
  g_assert_cmpint (sqlite3_step (early), ==, SQLITE_ROW);
  sqlite3_reset (early);

  /* Undo and redo work from the first edit on. */
  g_assert_true (prs_store_can_undo (store));
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM units WHERE name = 'สำนักทดลองใหม่'", -1), ==, 0);
  g_assert_true (prs_store_redo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM units WHERE name = 'สำนักทดลองใหม่'", -1), ==, 1);

  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  again = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (again, "SELECT count(*) FROM units WHERE name = 'สำนักทดลองใหม่'", -1), ==, 1);
  g_clear_object (&again);
  tmp_workspace_clear (&tmp);
}

static void
test_background_copy (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(PrsStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint files_before;

  tmp_workspace_init (&tmp, "background.prongsai");
  make_file (tmp.path, 2000);
  files_before = working_files ();
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFER_COPY, &error);
  g_assert_no_error (error);

  /* A reader of the same process before the copy reads the file itself. */
  reader = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (reader, "people"), ==, 2000);
  g_clear_object (&reader);

  prs_store_prepare_editing (store);
  prs_store_prepare_editing (store); /* twice: one copy */
  wait_for_editing (store);
  g_assert_cmpuint (working_files (), >, files_before);
  g_assert_false (prs_store_get_dirty (store));

  g_assert_true (prs_store_update (store, "people", 1, &error, "first_name", PRS_TEXT ("ทดสอบพื้นหลัง"), NULL));
  g_assert_no_error (error);
  /* A reader now sees the unsaved change: it reads the working copy. */
  reader = prs_store_open (tmp.path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (reader, "SELECT count(*) FROM people WHERE first_name = 'ทดสอบพื้นหลัง'", -1), ==, 1);
  g_clear_object (&reader);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM people WHERE first_name = 'ทดสอบพื้นหลัง'", -1), ==, 0);

  g_clear_object (&store);
  g_assert_cmpuint (working_files (), ==, files_before);
  tmp_workspace_clear (&tmp);
}

/* Closing while the background copy runs: it waits for the copy, and nothing is
 * left behind — the lock note goes at once. */
static void
test_close_during_copy (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lock = NULL;
  guint files_before;

  tmp_workspace_init (&tmp, "closing.prongsai");
  make_file (tmp.path, 3000);
  files_before = working_files ();
  lock = prs_document_lock_path (tmp.path);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFER_COPY, &error);
  g_assert_no_error (error);
  prs_store_prepare_editing (store);
  prs_store_close (store);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (working_files (), ==, files_before);
  /* The copy's notice arrives after the close and does nothing. */
  g_clear_object (&store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (working_files (), ==, files_before);
  tmp_workspace_clear (&tmp);
}

/* Another program changes the file before the first edit: the edit works on
 * the file as it is now, and saving refuses to overwrite the other program's
 * version (as for a file changed after the copy). */
static void
test_changed_before_copy (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  tmp_workspace_init (&tmp, "changed.prongsai");
  make_file (tmp.path, 50);
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFER_COPY, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (tmp.path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "UPDATE units SET name = name || ' (แก้จากที่อื่น)'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("สำนักใหม่"), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_false (prs_store_save (store, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CHANGED_ON_DISK);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  prs_store_discard (store);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_autofree char *working = g_dir_make_tmp ("prs-working-XXXXXX", NULL);
  int status;

  g_test_init (&argc, &argv, NULL);
  /* A working folder of its own: other tests running meanwhile leave theirs. */
  g_assert_nonnull (working);
  g_setenv ("PRONGSAI_WORKING_DIR", working, TRUE);
  g_test_add_func ("/store/deferred/no-edit-writes-nothing", test_no_edit_writes_nothing);
  g_test_add_func ("/store/deferred/first-edit-copies", test_first_edit_copies);
  g_test_add_func ("/store/deferred/background-copy", test_background_copy);
  g_test_add_func ("/store/deferred/close-during-copy", test_close_during_copy);
  g_test_add_func ("/store/deferred/changed-before-copy", test_changed_before_copy);
  status = g_test_run ();
  g_assert_cmpuint (working_files (), ==, 0);
  g_rmdir (working);
  return status;
}
