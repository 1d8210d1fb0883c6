/* test-app-backup.c: what the application checks in the background once its
 * window is up, and tells in the window: a daily backup copy that cannot be made
 * (the backup folder's place is taken by a file), and a workspace that fails the
 * thorough check (a row referring to a missing record) — each in a toast that
 * stays, with the reason in full behind Details; the workspace is opened all the
 * same. With a backup folder that can be written and a sound workspace, a copy is
 * made and nothing is said.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "prs-application.h"
#include "prs-window.h"
#include "tests/prs-test-ui.h"

typedef struct
{
  GtkApplication *app;
  char           *toast_text;  /* the first toast label's text seen */
  char           *details;     /* the body of the dialog its Details button opened */
  const char     *look_for;    /* in the toast's text */
  const char     *shot;        /* screenshot name */
  gboolean        opened;
  guint           look_id;
} Run;

/* The text of the labels inside toasts shown under @widget. */
static void
find_toast_labels (GtkWidget *widget, gboolean in_toast, GString *text)
{
  in_toast = in_toast || g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget");
  if (in_toast && GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    find_toast_labels (c, in_toast, text);
}

static GtkWidget *
find_toast_button (GtkWidget *widget, gboolean in_toast)
{
  in_toast = in_toast || g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget");
  if (in_toast && GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_toast_button (c, in_toast);

      if (found)
        return found;
    }
  return NULL;
}

/* Presses the toast's Details button and reads the message dialog it opens. */
static void
open_details (Run *run, GtkWindow *window)
{
  GtkWidget *button = find_toast_button (GTK_WIDGET (window), FALSE);
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  g_assert_nonnull (button);
  gtk_widget_activate (button);
  prs_test_wait_ms (400);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      g_autofree char *name = g_strconcat (run->shot, "-details", NULL);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        {
          run->details = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (w)));
          prs_test_screenshot (GTK_WIDGET (w), "app", name);
          gtk_window_close (GTK_WINDOW (w));
          break;
        }
    }
}

/* Waits up to five seconds for the backup's toast, then closes the window. */
static gboolean
look (gpointer data)
{
  Run *run = data;
  GtkWindow *window = gtk_application_get_active_window (run->app);
  static int ticks;

  if (window == NULL)
    return G_SOURCE_CONTINUE;
  run->opened = PRS_IS_WINDOW (window) && prs_window_get_store (PRS_WINDOW (window)) != NULL;
  {
    GtkWidget *overlay = prs_test_find_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, TRUE);
    g_autoptr(GString) text = g_string_new (NULL);

    if (overlay != NULL)
      find_toast_labels (overlay, FALSE, text);
    if (strstr (text->str, run->look_for) != NULL)
      {
        g_free (run->toast_text);
        run->toast_text = g_strdup (text->str);
      }
  }
  if (run->toast_text == NULL && ++ticks < 50)
    return G_SOURCE_CONTINUE;
  if (run->toast_text != NULL)
    {
      prs_test_wait_ms (400); /* the toast's entrance */
      prs_test_screenshot (GTK_WIDGET (window), "app", run->shot);
      open_details (run, window);
    }
  ticks = 0;
  run->look_id = 0;
  gtk_window_close (window);
  return G_SOURCE_REMOVE;
}

static Run
run_app (const char *workspace, const char *look_for, const char *shot)
{
  g_autoptr(PrsApplication) app = prs_application_new ();
  char *argv[] = { (char *) "prongsai", (char *) workspace, NULL };
  Run run = { GTK_APPLICATION (app), NULL, NULL, look_for, shot, FALSE, 0 };

  run.look_id = g_timeout_add (100, look, &run);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_clear_handle_id (&run.look_id, g_source_remove);
  return run;
}

static void
test_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prs-app-XXXXXX", &error);
  /* XDG_DATA_HOME is set for this test by meson.build (GLib reads it once) */
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "prongsai", NULL);
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autofree char *workspace = g_build_filename (dir, "w.prongsai", NULL);
  const char *cli = g_getenv ("PRONGSAI_CLI");
  const char *argv[] = { cli, "--workspace", workspace, "demo", NULL };
  g_autoptr(GDir) made = NULL;
  int status = -1;
  Run run;

  g_assert_no_error (error);
  g_assert_nonnull (cli);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (g_getenv ("PRONGSAI_NO_BACKUP"));
  /* from an earlier run */
  if (g_file_test (backups, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) old = g_dir_open (backups, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (old)) != NULL)
        {
          g_autofree char *path = g_build_filename (backups, name, NULL);

          g_unlink (path);
        }
      g_rmdir (backups);
    }

  /* the backup folder's place taken by a file: told, and the workspace open */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (backups, "not a folder", -1, NULL));
  run = run_app (workspace, _("Today’s backup copy of this workspace could not be made"), "backup-failed");
  g_assert_true (run.opened);
  g_assert_nonnull (run.toast_text);
  g_test_message ("toast: %s", run.toast_text);
  /* the reason in full, behind Details: the folder and what the system said */
  g_assert_nonnull (run.details);
  g_test_message ("details: %s", run.details);
  g_assert_nonnull (strstr (run.details, backups));
  g_free (run.toast_text);
  g_free (run.details);

  /* a folder that can be written: a copy made, nothing said */
  g_assert_cmpint (g_unlink (backups), ==, 0);
  run = run_app (workspace, _("Today’s backup copy of this workspace could not be made"), "backup-failed");
  g_assert_true (run.opened);
  g_assert_null (run.toast_text);
  g_assert_null (run.details);
  made = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (made);
  g_assert_nonnull (g_dir_read_name (made));
}

/* A participation row whose person is gone (written with the foreign keys off, as
 * another program might): the thorough check after the first frame tells it. */
static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prs-app-XXXXXX", &error);
  g_autofree char *workspace = g_build_filename (dir, "c.prongsai", NULL);
  const char *cli = g_getenv ("PRONGSAI_CLI");
  const char *argv[] = { cli, "--workspace", workspace, "demo", NULL };
  sqlite3 *db = NULL;
  int status = -1;
  Run run;

  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_cmpint (status, ==, 0);
  /* sound: nothing said */
  run = run_app (workspace, _("The workspace has a problem"), "check-problem");
  g_assert_true (run.opened);
  g_assert_null (run.toast_text);

  g_assert_cmpint (sqlite3_open (workspace, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF;"
                                     " INSERT INTO participation (person_id, node_id)"
                                     " SELECT 999999, min (id) FROM plan_nodes", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  run = run_app (workspace, _("The workspace has a problem"), "check-problem");
  g_assert_true (run.opened);
  g_assert_nonnull (run.toast_text);
  g_assert_nonnull (run.details);
  g_test_message ("details: %s", run.details);
  g_assert_nonnull (strstr (run.details, "participation"));
  g_free (run.toast_text);
  g_free (run.details);
}

int
main (int argc, char **argv)
{
  prs_test_ui_start (&argc, &argv); /* the application starts GTK */
  g_test_add_func ("/app/backup", test_backup);
  g_test_add_func ("/app/check", test_check);
  return g_test_run ();
}
