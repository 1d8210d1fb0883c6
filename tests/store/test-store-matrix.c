/* test-store-matrix.c: many participation cells as one undo step, and names of a
 * page of people (prs-store-matrix.c), on a generated workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-store-common.h"
#include "prs-participation.h"
#include "prs-store-plans-tree.h"
#include "prs-store-matrix.h"

static void
test_set_cells_undo (void)
{
  TmpWorkspace tmp;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (PrsParticipation) m = NULL;
  g_autoptr (PrsParticipation) before = NULL;
  g_autoptr (PrsParticipation) after = NULL;
  g_autoptr (PrsParticipation) undone = NULL;
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (gboolean));
  PrsGenerateOptions options;
  gint64 plan;
  guint total;

  tmp_workspace_init (&tmp, "matrix.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  prs_generate_options_init (&options, 300);
  options.units = 4;
  options.activities = 12;
  options.seed = 7;
  g_assert_true (prs_store_generate (store, &options, &error));
  g_assert_no_error (error);

  plans = prs_store_list_plans (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, >, 0);
  plan = ((PrsPlanSummary *) plans->pdata[0])->id;
  m = prs_participation_load (store, plan, 0, &error);
  g_assert_no_error (error);
  before = prs_participation_load (store, plan, 0, &error);
  g_assert_cmpuint (prs_participation_get_n_people (m), >, 100);
  g_assert_cmpuint (prs_participation_get_n_activities (m), >=, 6);

  /* Rows 0–99 × columns 0–5: set the even columns, clear the odd ones; every
   * cell listed, whatever it held. */
  for (guint r = 0; r < 100; r++)
    for (guint c = 0; c < 6; c++)
      {
        gboolean v = c % 2 == 0;

        g_array_append_val (rows, r);
        g_array_append_val (cols, c);
        g_array_append_val (values, v);
      }
  g_assert_true (prs_participation_set_cells (m, store, rows->len, (guint *) rows->data, (guint *) cols->data,
                                              (gboolean *) values->data, "Fill", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prs_store_get_undo_label (store), ==, "Fill");

  /* The matrix in memory and the file agree. */
  after = prs_participation_load (store, plan, 0, &error);
  g_assert_no_error (error);
  total = 0;
  for (guint r = 0; r < prs_participation_get_n_people (m); r++)
    for (guint c = 0; c < prs_participation_get_n_activities (m); c++)
      {
        g_assert_cmpint (prs_participation_get (m, r, c), ==, prs_participation_get (after, r, c));
        if (r < 100 && c < 6)
          g_assert_cmpint (prs_participation_get (after, r, c), ==, c % 2 == 0);
        else
          g_assert_cmpint (prs_participation_get (after, r, c), ==, prs_participation_get (before, r, c));
        total += prs_participation_get (after, r, c);
      }
  g_assert_cmpuint (prs_participation_get_total (m), ==, total);

  /* One undo brings all of it back. */
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  undone = prs_participation_load (store, plan, 0, &error);
  for (guint r = 0; r < prs_participation_get_n_people (m); r++)
    for (guint c = 0; c < prs_participation_get_n_activities (m); c++)
      g_assert_cmpint (prs_participation_get (undone, r, c), ==, prs_participation_get (before, r, c));

  /* Names of a page of people, in the order asked; an unknown id gives "". */
  {
    gint64 ids[3] = { prs_participation_get_person_id (m, 2), -5, prs_participation_get_person_id (m, 0) };
    g_auto (GStrv) names = prs_store_get_person_names (store, ids, 3, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (names), ==, 3);
    g_assert_cmpstr (names[0], !=, "");
    g_assert_cmpstr (names[1], ==, "");
    g_assert_cmpstr (names[2], !=, "");
    g_assert_cmpstr (names[0], !=, names[2]);
  }

  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/matrix/set-cells-undo", test_set_cells_undo);
  return g_test_run ();
}
