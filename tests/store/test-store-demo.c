/* test-store-demo.c: the demonstration workspace is complete, plausible and stable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-participation.h"
#include "test-store-common.h"
#include "prs-store-sql.h"

static PrsStore *
write_demo (TmpWorkspace *tmp)
{
  g_autoptr(GError) error = NULL;
  PrsStore *store;

  tmp_workspace_init (tmp, "demo.prongsai");
  store = prs_store_open (tmp->path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  g_assert_no_error (error);
  return store;
}

static gint64
q (PrsStore *store, const char *sql)
{
  return prs_store_query_int (store, sql, G_MININT64);
}

static double
mean_of (PrsStore *store, gint64 result, const char *code_prefix, int from, int to, const char *part)
{
  double sum = 0;
  int n = 0;

  for (int i = from; i <= to; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT score FROM ita_figures WHERE result_id = %" G_GINT64_FORMAT
                                              " AND code = '%s%d' AND part IS %s%s%s",
                                              result, code_prefix, i, part ? "'" : "", part ? part : "NULL",
                                              part ? "'" : "");
      gint64 score = q (store, sql);
      g_assert_cmpint (score, !=, G_MININT64);
      sum += score / 100.0;
      n++;
    }
  return sum / n;
}

/* DOMAIN.md's roll-up, in doubles: enough to check plausibility. */
static double
own_total (PrsStore *store, gint64 result)
{
  double iit = 0, eit = 0, oit;
  static const int o9[6] = { 1, 11, 19, 23, 27, 31 };

  for (int k = 0; k < 5; k++)
    iit += mean_of (store, result, "I", k * 6 + 1, k * 6 + 6, NULL) / 5;
  for (int k = 0; k < 3; k++)
    eit += (mean_of (store, result, "E", k * 5 + 1, k * 5 + 5, "public")
            + mean_of (store, result, "E", k * 5 + 1, k * 5 + 5, "survey")) / 2 / 3;
  {
    double ind9 = 0, ind10;
    for (int g = 0; g < 5; g++)
      ind9 += mean_of (store, result, "O", o9[g], o9[g + 1] - 1, NULL) / 5;
    ind10 = (mean_of (store, result, "O", 31, 38, NULL) + mean_of (store, result, "O", 39, 43, NULL)) / 2;
    oit = (ind9 + ind10) / 2;
  }
  g_test_message ("IIT %.2f EIT %.2f OIT %.2f", iit, eit, oit);
  return 0.3 * iit + 0.3 * eit + 0.4 * oit;
}

static void
test_demo_contents (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = write_demo (&tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gint64 own;

  g_assert_true (prs_store_check (store, &problems, &error));
  g_assert_no_error (error);

  own = q (store, "SELECT id FROM units WHERE is_own_agency = 1");
  g_assert_cmpint (q (store, "SELECT count(*) FROM units WHERE is_own_agency = 1"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM units WHERE parent_id = %" G_GINT64_FORMAT, own);
    g_assert_cmpint (q (store, sql), ==, 13);
  }
  g_assert_cmpint (q (store, "SELECT count(*) FROM units WHERE abbreviation = ''"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM people"), >=, 330);
  g_assert_cmpint (q (store, "SELECT count(*) FROM people"), <=, 370);
  g_assert_cmpint (q (store, "SELECT count(DISTINCT staff_type) FROM people"), ==, 5);
  g_assert_cmpint (q (store, "SELECT count(*) FROM people WHERE prefix NOT IN ('นาย', 'นาง', 'นางสาว', 'ดร.')"), ==, 0);

  /* The ethics committee: 9 seats, one chair, one vice chair, one member-secretary,
   * two assistant secretaries, one post's seat; meetings 1/2568 … 3/2569. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 9);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE role = 'chair' AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE role = 'vice_chair' AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE role = 'member_secretary' AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE role = 'assistant_secretary' AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 2);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committee_members WHERE seat_position <> '' AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM meetings WHERE year_be = 2568 AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 2);
  g_assert_cmpint (q (store, "SELECT count(*) FROM meetings WHERE year_be = 2569 AND committee_id = (SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า')"), ==, 3);
  g_assert_cmpint (q (store, "SELECT count(*) FROM attendance WHERE status = 'delegate' AND delegate_name <> ''"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM attendance WHERE acting_chair = 1"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM agenda_items WHERE number = '5.1.1'"), ==, 5);
  g_assert_cmpint (q (store, "SELECT count(*) FROM agenda_items WHERE comments <> ''"), ==, 5);
  g_assert_cmpint (q (store, "SELECT count(*) FROM agenda_items WHERE parent_id IS NULL AND resolution = ''"), ==, 0);

  /* The plan: 5 strategies, 11 activities numbered 1..11 across the plan. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM plan_nodes WHERE depth = 0 AND plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')"), ==, 5);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities a JOIN plan_nodes n ON n.id = a.id WHERE n.plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')"), ==, 11);
  g_assert_cmpint (q (store, "SELECT group_concat (number, ',') = '1,2,3,4,5,6,7,8,9,10,11' FROM "
                             "(SELECT number FROM plan_nodes WHERE depth = 1 AND plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality') ORDER BY CAST (number AS INTEGER))"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM plan_levels WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')"), ==, 2);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities WHERE id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND budget_kind = 'none'"), >=, 3);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities WHERE id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND budget_kind = 'shared'"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities WHERE id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND months = 0"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities a WHERE a.id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND all_units = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM node_units n WHERE n.node_id = a.id)"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM indicators WHERE target_hundredths IS NULL OR target_hundredths % 100 <> 0"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM indicator_results WHERE round = 6"), >=, 5);
  /* Each named activity has 20–300 participants; head-count ones have counts. */
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities a WHERE a.id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND headcount_only = 0 AND "
                             "(SELECT count(*) FROM participation p WHERE p.node_id = a.id) NOT BETWEEN 20 AND 300"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM activities a WHERE a.id IN (SELECT id FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')) AND headcount_only = 1 AND "
                             "NOT EXISTS (SELECT 1 FROM headcounts h WHERE h.node_id = a.id)"), ==, 0);

  /* The Common KPI over designated activities, per bureau. */
  {
    gint64 kpi = q (store, "SELECT id FROM kpis");
    g_autoptr(GPtrArray) rows = prs_store_kpi_participation (store, kpi, &error);
    guint counted = 0;
    g_assert_no_error (error);
    g_assert_cmpint (q (store, "SELECT t1 || ',' || t5 = '7000,9000' FROM kpis"), ==, 1);
    g_assert_cmpuint (rows->len, ==, 13);
    for (guint i = 0; i < rows->len; i++)
      {
        PrsUnitParticipation *p = rows->pdata[i];
        g_assert_cmpuint (p->participated, <=, p->counted);
        g_assert_cmpuint (p->participated, >, 0);
        counted += p->counted;
      }
    g_assert_cmpint (counted, ==, q (store, "SELECT count(*) FROM people WHERE staff_type <> 'temporary_employee'"));
  }

  /* The matrix agrees with the table. */
  {
    gint64 plan = q (store, "SELECT id FROM plans WHERE kind = 'morality'");
    g_autoptr(PrsParticipation) m = prs_participation_load (store, plan, 0, &error);
    guint sum = 0;
    g_assert_no_error (error);
    g_assert_cmpuint (prs_participation_get_n_activities (m), ==, 11);
    g_assert_cmpint (prs_participation_get_n_people (m), ==, q (store, "SELECT count(*) FROM people"));
    g_assert_cmpint (prs_participation_get_total (m), ==, q (store, "SELECT count(*) FROM participation"));
    for (guint r = 0; r < prs_participation_get_n_people (m); r++)
      sum += prs_participation_count_row (m, r);
    g_assert_cmpuint (sum, ==, prs_participation_get_total (m));
  }

  /* ITA: item level for the own department, 88–93 each year. */
  for (int year = 2566; year <= 2568; year++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM ita_results WHERE year_be = %d AND unit_id = %"
                                              G_GINT64_FORMAT, year, own);
      gint64 result = q (store, sql);
      double total = own_total (store, result);
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM ita_figures WHERE result_id = %" G_GINT64_FORMAT,
                                                result);
      g_test_message ("own agency %d: %.2f", year, total);
      g_assert_cmpint (q (store, count), ==, 30 + 30 + 43);
      g_assert_cmpfloat (total, >=, 88.0);
      g_assert_cmpfloat (total, <=, 93.0);
    }
  /* Eleven siblings with a total and instruments only, the total consistent. */
  g_assert_cmpint (q (store, "SELECT count(DISTINCT unit_id) FROM ita_results"), ==, 12);
  g_assert_cmpint (q (store, "SELECT count(*) FROM ita_results r WHERE (SELECT count(*) FROM ita_figures f "
                             "WHERE f.result_id = r.id) = 4"), ==, 33);
  g_assert_cmpint (q (store, "SELECT count(*) FROM ita_results r WHERE (SELECT count(*) FROM ita_figures f "
                             "WHERE f.result_id = r.id) = 4 AND (SELECT score FROM ita_figures WHERE result_id = r.id "
                             "AND code = 'total') <> (3 * (SELECT score FROM ita_figures WHERE result_id = r.id AND code = 'IIT')"
                             " + 3 * (SELECT score FROM ita_figures WHERE result_id = r.id AND code = 'EIT')"
                             " + 4 * (SELECT score FROM ita_figures WHERE result_id = r.id AND code = 'OIT') + 5) / 10"), ==, 0);
  g_assert_cmpint (q (store, "SELECT count(*) FROM ita_measures"), >=, 1);

  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

static void
test_demo_deterministic (void)
{
  TmpWorkspace a, b;
  g_autoptr(PrsStore) sa = write_demo (&a);
  g_autoptr(PrsStore) sb = write_demo (&b);
  g_autoptr(GPtrArray) tables = prs_store_get_table_names (sa);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT group_concat (x, '|') FROM (SELECT quote (t.rowid) || "
                                              "quote (t.id) AS x FROM \"%s\" t ORDER BY id)", (char *) tables->pdata[i]);
      g_autoptr(PrsStatement) s1 = prs_store_prepare (sa, sql, NULL);
      g_autoptr(PrsStatement) s2 = prs_store_prepare (sb, sql, NULL);
      sqlite3_step (s1);
      sqlite3_step (s2);
      g_assert_cmpstr ((const char *) sqlite3_column_text (s1, 0), ==, (const char *) sqlite3_column_text (s2, 0));
      g_assert_cmpint (prs_store_count (sa, tables->pdata[i]), ==, prs_store_count (sb, tables->pdata[i]));
    }
  /* And the names too. */
  g_assert_cmpint (prs_store_query_int (sa, "SELECT sum (length (first_name) * id) FROM people", 0), ==,
                   prs_store_query_int (sb, "SELECT sum (length (first_name) * id) FROM people", 0));
  /* The demonstration refuses to overwrite data. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (prs_store_write_demo (sa, &error));
    g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  }
  g_clear_object (&sa);
  g_clear_object (&sb);
  tmp_workspace_clear (&a);
  tmp_workspace_clear (&b);
}

static void
test_generate_small (void)
{
  TmpWorkspace tmp;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  PrsGenerateOptions options;
  gint64 participation;

  tmp_workspace_init (&tmp, "gen.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  prs_generate_options_init (&options, 2000);
  options.seed = 99;
  g_assert_true (prs_store_generate (store, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (store, "people"), ==, 2000);
  g_assert_cmpint (prs_store_count (store, "activities"), ==, 60);
  participation = prs_store_count (store, "participation");
  /* About 30 per person. */
  g_assert_cmpint (participation, >, 2000 * 27);
  g_assert_cmpint (participation, <, 2000 * 33);
  g_assert_true (prs_store_check (store, NULL, &error));
  /* Undo history is not polluted by a bulk write. */
  g_assert_false (prs_store_can_undo (store));
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

static void
test_copy_plan (void)
{
  TmpWorkspace tmp;
  g_autoptr(PrsStore) store = write_demo (&tmp);
  g_autoptr(GError) error = NULL;
  gint64 old_plan = q (store, "SELECT id FROM plans WHERE kind = 'morality'");
  gint64 new_plan;
  g_autofree char *sql = NULL;

  new_plan = prs_store_copy_plan (store, old_plan, 2570, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_plan, >, old_plan);
#define PLAN_COUNT(what) \
  (g_free (sql), sql = g_strdup_printf (what, new_plan), q (store, sql))
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM plan_nodes WHERE plan_id = %" G_GINT64_FORMAT), ==, 16);
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM activities a JOIN plan_nodes n ON n.id = a.id WHERE n.plan_id = %"
                               G_GINT64_FORMAT " AND a.status = 'not_started'"), ==, 11);
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM indicators i JOIN plan_nodes n ON n.id = i.node_id WHERE n.plan_id = %"
                               G_GINT64_FORMAT), ==, 11);
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM node_units u JOIN plan_nodes n ON n.id = u.node_id WHERE n.plan_id = %"
                               G_GINT64_FORMAT), ==, 12);
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM plan_levels WHERE plan_id = %" G_GINT64_FORMAT), ==, 2);
  g_assert_cmpint (PLAN_COUNT ("SELECT (status = 'draft') + (fiscal_year = 2570) + (instr (title, '2570') > 0)"
                               " + (instr (title, '2569') = 0) FROM plans WHERE id = %" G_GINT64_FORMAT), ==, 4);
  /* The shared budget points into the new plan. */
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM activities a JOIN plan_nodes s ON s.id = a.shared_with_id"
                               " WHERE s.plan_id = %" G_GINT64_FORMAT), ==, 1);
  /* Children hang under copies, never under the old plan's nodes. */
  g_assert_cmpint (PLAN_COUNT ("SELECT count(*) FROM plan_nodes n JOIN plan_nodes p ON p.id = n.parent_id"
                               " WHERE n.plan_id = %" G_GINT64_FORMAT " AND p.plan_id <> n.plan_id"), ==, 0);
  g_assert_true (prs_store_check (store, NULL, &error));
  g_assert_cmpstr (prs_store_get_undo_label (store), !=, NULL);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_cmpint (q (store, "SELECT count(*) FROM plans WHERE kind = 'morality'"), ==, 1);
  g_assert_cmpint (q (store, "SELECT count(*) FROM plan_nodes WHERE plan_id = (SELECT min (id) FROM plans WHERE kind = 'morality')"), ==, 16);
  g_clear_object (&store);
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/demo/contents", test_demo_contents);
  g_test_add_func ("/store/demo/deterministic", test_demo_deterministic);
  g_test_add_func ("/store/demo/generate-small", test_generate_small);
  g_test_add_func ("/store/demo/copy-plan", test_copy_plan);
  return g_test_run ();
}
