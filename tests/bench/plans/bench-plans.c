/* bench-plans.c: importing 1,000 plan rows; opening and editing a 500-activity plan
 *
 * Prints each figure beside its target; the figures are not asserted (a loaded
 * machine is not a failure), the lead reads them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-plans-tree.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
report (const char *what, double ms, double target_ms)
{
  printf ("%-52s %9.1f ms   (target < %.0f ms) %s\n", what, ms, target_ms, ms < target_ms ? "ok" : "SLOW");
}

/* A plan table as a secretariat types it: strategies with activities numbered
 * across the plan, budgets in mixed forms, quarter marks, units. */
static GString *
make_csv (guint n_rows, guint per_strategy)
{
  GString *csv = g_string_new ("แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n"
                               "ลำดับ,โครงการ/กิจกรรม,วัตถุประสงค์,ตัวชี้วัด,งบประมาณ (บาท),"
                               "ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4,หน่วยงานที่รับผิดชอบ\n");
  guint act = 0, strat = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      if (r % (per_strategy + 1) == 0)
        {
          strat++;
          g_string_append_printf (csv, "ยุทธศาสตร์ที่ %u การส่งเสริมมาตรฐานทางจริยธรรม ด้านที่ %u,,,,,,,,,\n", strat,
                                  strat);
          continue;
        }
      act++;
      g_string_append_printf (csv, "%u.,กิจกรรมส่งเสริมคุณธรรมลำดับ %u,เพื่อส่งเสริมคุณธรรมของบุคลากร,"
                                   "\"ตัวชี้วัด : จำนวนผู้เข้าร่วม เป้าหมาย : %u คน\",%s,%s,%s,,%s,สำนักงาน %u\n",
                              act, act, 20 + act % 50,
                              act % 4 == 0 ? "-" : act % 4 == 1 ? "\"7,225\"" : act % 4 == 2 ? "3375.50" : "ไม่ใช้งบประมาณ",
                              act % 2 ? "x" : "", act % 3 ? "" : "✓", act % 5 ? "" : "x", act % 12);
    }
  return csv;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prs-bench-plans-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bench.prongsai", NULL);
  g_autoptr (PrsStore) store = prs_store_open (path, PRS_STORE_OPEN_CREATE, &error);
  g_autoptr (GString) csv = make_csv (1000, 19);
  g_autoptr (GString) csv500 = make_csv (526, 20);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (PrsPlanTable) table = NULL;
  double t0, t_parse, t_import;
  gint64 id, big;

  g_assert_no_error (error);

  /* 1. import 1,000 rows (parse + write, one undo step) */
  t0 = now ();
  rows = prs_csv_parse_lines (csv->str, csv->len, NULL, NULL, &lines, &error);
  g_assert_no_error (error);
  table = prs_plan_table_parse (rows, lines, &error);
  g_assert_no_error (error);
  t_parse = now () - t0;
  t0 = now ();
  id = prs_store_import_plan (store, table, "morality", 2569, NULL, NULL, &error);
  g_assert_no_error (error);
  t_import = now () - t0;
  printf ("import of %u rows (%u activities)\n", rows->len, prs_plan_table_count_activities (table));
  report ("  read and interpret the table", t_parse, 1000);
  report ("  write the plan (one undo step)", t_import, 1000);
  report ("  import in all", t_parse + t_import, 1000);
  (void) id;

  /* 2. a 500-activity plan: open, edit, renumber, undo */
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&table, prs_plan_table_free);
  rows = prs_csv_parse_lines (csv500->str, csv500->len, NULL, NULL, &lines, &error);
  table = prs_plan_table_parse (rows, lines, &error);
  g_assert_no_error (error);
  big = prs_store_import_plan (store, table, "morality", 2570, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) tree = NULL;
    PrsPlanNodeInfo *first = NULL, *strat = NULL;
    double t_open, t_edit, t_insert, t_undo, t_reopen;

    t0 = now ();
    tree = prs_store_load_plan (store, big, 6, &error);
    g_assert_no_error (error);
    t_open = now () - t0;
    printf ("a plan of %u activities in %u rows\n", tree->n_activities, tree->nodes->len);
    report ("  open (tree, numbers, roll-ups)", t_open, 100);
    for (guint i = 0; i < tree->nodes->len && !first; i++)
      {
        PrsPlanNodeInfo *n = g_ptr_array_index (tree->nodes, i);
        if (n->is_activity)
          first = n;
        else
          strat = n;
      }
    t0 = now ();
    g_assert_true (prs_store_activity_set_budget (store, first->id, "amount", 1000000, 0, &error));
    t_edit = now () - t0;
    report ("  edit a budget (one undo step)", t_edit, 16);
    t0 = now ();
    g_assert_true (prs_store_plan_add_node (store, big, strat->id, 0, "กิจกรรมแทรก", TRUE, &error) > 0);
    t_insert = now () - t0;
    report ("  insert an activity first (renumbers its siblings)", t_insert, 50);
    t0 = now ();
    g_assert_true (prs_store_undo (store, &error));
    t_undo = now () - t0;
    report ("  undo the insertion", t_undo, 50);
    t0 = now ();
    {
      g_autoptr (PrsPlanTree) again = prs_store_load_plan (store, big, 6, &error);
      g_assert_no_error (error);
      t_reopen = now () - t0;
      report ("  reopen after the edit (what a view refresh costs)", t_reopen, 100);
      g_assert_cmpint (again->budget_satang, >, 0);
    }
  }
  g_clear_object (&store);
  g_unlink (path);
  g_remove (dir);
  return 0;
}
