/* test-reliability-steps.c: a read interrupted part way (a damaged page, an I/O
 * error) is an error, never a shorter list (issue 14: loops over sqlite3_step that
 * did not check for an error could truncate an export or a report silently).
 *
 * SQLite's progress handler interrupts the statement after a chosen number of
 * virtual-machine steps; for every such point the ITA issues of a unit come back
 * either whole or as an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "prs-ita-store.h"
#include "../store/test-store-common.h"
#include "prs-store-sql.h"

#define N_ISSUES 3
#define N_MEASURES 2

static int
interrupt_after (void *data)
{
  int *budget = data;

  return --*budget < 0;
}

static void
test_issues_whole_or_error (void)
{
  g_autoptr (GError) error = NULL;
  TmpWorkspace tmp;
  PrsStore *store;
  gint64 unit;
  guint errors = 0, whole = 0;

  tmp_workspace_init (&tmp, "steps.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  unit = prs_store_insert (store, "units", &error, "name", PRS_TEXT ("กองทดลองขั้น"), NULL);
  g_assert_no_error (error);
  for (int i = 0; i < N_ISSUES; i++)
    {
      g_autofree char *title = g_strdup_printf ("ประเด็นที่ %d", i + 1);
      gint64 issue = prs_store_insert (store, "ita_issues", &error, "unit_id", PRS_INT (unit),
                                       "year_be", PRS_INT (2568), "sort_order", PRS_INT (i),
                                       "title", PRS_TEXT (title), NULL);

      g_assert_no_error (error);
      for (int m = 0; m < N_MEASURES; m++)
        {
          gint64 measure = prs_store_insert (store, "ita_measures", &error, "issue_id", PRS_INT (issue),
                                             "sort_order", PRS_INT (m), "title", PRS_TEXT ("มาตรการ"), NULL);

          g_assert_no_error (error);
          prs_store_insert (store, "ita_measure_units", &error, "measure_id", PRS_INT (measure),
                            "unit_id", PRS_INT (unit), NULL);
          g_assert_no_error (error);
        }
    }

  for (int k = 0; k < 4000; k += 7)
    {
      g_autoptr (GPtrArray) issues = NULL;
      g_autoptr (GError) local = NULL;
      int budget = k;

      sqlite3_progress_handler (prs_store_get_db (store), 1, interrupt_after, &budget);
      issues = prs_ita_store_list_issues (store, unit, 2568, &local);
      sqlite3_progress_handler (prs_store_get_db (store), 0, NULL, NULL);
      if (issues == NULL)
        {
          g_assert_nonnull (local);
          errors++;
          continue;
        }
      g_assert_no_error (local);
      /* whole: every issue, every measure, every measure's unit */
      g_assert_cmpuint (issues->len, ==, N_ISSUES);
      for (guint i = 0; i < issues->len; i++)
        {
          PrsItaIssueInfo *info = g_ptr_array_index (issues, i);

          g_assert_cmpuint (info->measures->len, ==, N_MEASURES);
          for (guint m = 0; m < info->measures->len; m++)
            g_assert_cmpuint (((PrsItaMeasureInfo *) g_ptr_array_index (info->measures, m))->unit_ids->len, ==, 1);
        }
      whole++;
    }
  /* both outcomes were reached: the interruptions fell inside the loops */
  g_assert_cmpuint (errors, >, 0);
  g_assert_cmpuint (whole, >, 0);

  prs_store_discard (store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reliability/steps/ita-issues", test_issues_whole_or_error);
  return g_test_run ();
}
