/* test-store-crash.c: a writer killed with SIGKILL leaves all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process generates a large workspace in one transaction and is killed
 * at a chosen moment. The parent then opens the file: it must pass the check
 * and hold either none of the interrupted transaction or all of it.
 */
#include "config.h"

#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

#include "test-store-common.h"

#define PEOPLE 20000

typedef struct
{
  int    fd;
  double kill_at;
} ChildData;

static gboolean
child_progress (double fraction, gpointer user_data)
{
  ChildData *c = user_data;

  if (c->kill_at <= 1.0 && fraction >= c->kill_at)
    {
      /* Tell the parent, then keep writing until the signal arrives. */
      if (write (c->fd, "k", 1) != 1)
        _exit (3);
      c->kill_at = 2.0;
    }
  return TRUE;
}

static void
run_child (const char *path, int fd, double kill_at)
{
  g_autoptr(GError) error = NULL;
  PrsStore *store = prs_store_open (path, PRS_STORE_OPEN_DEFAULT | PRS_STORE_OPEN_NO_UNDO, &error);
  PrsGenerateOptions options;
  ChildData data = { fd, kill_at };

  if (!store)
    _exit (2);
  prs_generate_options_init (&options, PEOPLE);
  options.progress = child_progress;
  options.user_data = &data;
  if (!prs_store_generate (store, &options, &error))
    _exit (2);
  /* Committed to the working copy; saved to the user's file (issue 14: the
   * workspace is a document). */
  if (!prs_store_save (store, &error))
    _exit (2);
  /* Saved: say so and wait to be killed without closing cleanly. */
  if (write (fd, "d", 1) != 1)
    _exit (3);
  for (;;)
    pause ();
}

static void
kill_and_check (double kill_at, gboolean expect_all)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int fds[2];
  pid_t pid;
  char signal_byte = 0;
  int status = 0;
  gint64 people, participation;

  tmp_workspace_init (&tmp, "killed.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_child (tmp.path, fds[1], kill_at);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &signal_byte, 1), ==, 1);
  if (expect_all)
    {
      /* Skip the progress byte, if any, to the "done" one. */
      while (signal_byte != 'd')
        g_assert_cmpint (read (fds[0], &signal_byte, 1), ==, 1);
    }
  else
    g_assert_cmpint (signal_byte, ==, 'k');
  g_usleep (50 * 1000); /* let it write a little more */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  close (fds[0]);

  store = prs_store_open (tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);
  people = prs_store_count (store, "people");
  participation = prs_store_count (store, "participation");
  g_test_message ("after SIGKILL at %.2f: %" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT " participation rows",
                  kill_at, people, participation);
  if (expect_all)
    {
      g_assert_cmpint (people, ==, PEOPLE);
      g_assert_cmpint (participation, >, PEOPLE * 25);
    }
  else
    {
      g_assert_cmpint (people, ==, 0);
      g_assert_cmpint (participation, ==, 0);
      g_assert_cmpint (prs_store_count (store, "units"), ==, 0);
    }
  /* And the workspace is usable again. */
  g_assert_cmpint (prs_store_insert (store, "units", &error, "name", PRS_TEXT ("หลังเหตุขัดข้อง"), NULL), >, 0);
  g_assert_no_error (error);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

static void
test_kill_early (void)
{
  kill_and_check (0.1, FALSE);
}

static void
test_kill_late (void)
{
  kill_and_check (0.85, FALSE);
}

static void
test_kill_after_commit (void)
{
  kill_and_check (5.0, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/crash/kill-early", test_kill_early);
  g_test_add_func ("/store/crash/kill-late", test_kill_late);
  g_test_add_func ("/store/crash/kill-after-commit", test_kill_after_commit);
  return g_test_run ();
}
