/* test-ita-analysis.c: the ITA analysis in the store — weak items grouped into issues,
 * OIT evidence, measures with responsible units, the internal-measures plan, and undo
 * of every step — on real workspace files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "prs-ita-store.h"
#include "prs-store-sql.h"

typedef struct
{
  char *dir;
  char *path;
  PrsStore *store;
  gint64 unit, bureau_a, bureau_b;
} Fixture;

static gint64
q (PrsStore *store, const char *sql)
{
  return prs_store_query_int (store, sql, -1);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const PrsItaFigureText figures[] = {
    { "I1", NULL, "70" }, { "I2", NULL, "๘๐" }, { "I3", NULL, "90" },
    { "E1", "public", "60" }, { "E1", "survey", "70" }, { "E2", "public", "95" },
    { "O5", NULL, "ไม่ผ่าน" }, { "O6", NULL, "ผ่าน" },
  };

  f->dir = g_dir_make_tmp ("prs-ita-analysis-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "analysis.prongsai", NULL);
  f->store = prs_store_open (f->path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->unit = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("กรมทดลองระบบ"),
                              "abbreviation", PRS_TEXT ("ทร."), "is_own_agency", PRS_BOOL (TRUE), NULL);
  f->bureau_a = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (f->unit),
                                  "name", PRS_TEXT ("กองกลาง"), NULL);
  f->bureau_b = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (f->unit),
                                  "name", PRS_TEXT ("ศูนย์ปฏิบัติการต่อต้านการทุจริต"), NULL);
  g_assert_no_error (error);
  g_assert_true (prs_ita_store_set_figures_text (f->store, f->unit, 2568, figures, G_N_ELEMENTS (figures),
                                                 &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) problems = NULL;

  g_assert_true (prs_store_check (f->store, &problems, NULL));
  g_clear_object (&f->store);
  for (const char *suffix = ""; suffix; suffix = *suffix ? NULL : "-wal")
    {
      g_autofree char *p = g_strconcat (f->path, suffix, NULL);
      g_unlink (p);
    }
  {
    g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
    g_unlink (shm);
  }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The free weak items' codes, "O5 E1 I1 I2". */
static char *
free_codes (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsItaRollup) r = prs_ita_store_compute (f->store, f->unit, 2568, &error);
  g_autoptr (GArray) items = NULL;
  GString *s = g_string_new (NULL);

  g_assert_no_error (error);
  items = prs_ita_store_list_free_weak_items (f->store, r, f->unit, 2568, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", g_array_index (items, PrsItaWeakItem, i).item->code);
  return g_string_free (s, FALSE);
}

static void
undo_expect (PrsStore *store, const char *label)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (prs_store_get_undo_label (store), ==, label);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
test_group (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *codes[] = { "I1", "i2", NULL };
  const char *bad[] = { "I1", "X9", NULL };
  const char *none[] = { NULL };
  g_autofree char *before = free_codes (f);
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  PrsItaIssueInfo *issue;
  gint64 id, plan, second;

  /* Weakest first; an EIT item by the mean of its parts (65). */
  g_assert_cmpstr (before, ==, "O5 E1 I1 I2");
  g_assert_cmpint (prs_ita_store_get_measures_plan (f->store, f->unit, 2568, FALSE, &error), ==, 0);
  g_assert_no_error (error);

  /* Refusals write nothing, not even the plan. */
  g_assert_cmpint (prs_ita_store_create_issue (f->store, f->unit, 2568, "ประเด็น", bad, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (prs_ita_store_create_issue (f->store, f->unit, 2568, "ประเด็น", none, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (prs_ita_store_create_issue (f->store, f->unit, 2568, "  ", codes, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM plans"), ==, 0);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issues"), ==, 0);

  id = prs_ita_store_create_issue (f->store, f->unit, 2568, " การใช้อำนาจไม่โปร่งใส ", codes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "Group 2 items into an issue");
  plan = prs_ita_store_get_measures_plan (f->store, f->unit, 2568, FALSE, &error);
  g_assert_cmpint (plan, >, 0);
  g_assert_cmpint (q (f->store, "SELECT fiscal_year FROM plans WHERE kind = 'internal_measures'"), ==, 2569);
  g_assert_cmpint (q (f->store, "SELECT title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                                " ประจำปีงบประมาณ พ.ศ. 2569' AND status = 'draft' FROM plans"), ==, 1);
  after = free_codes (f);
  g_assert_cmpstr (after, ==, "O5 E1");

  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issues->len, ==, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->title, ==, "การใช้อำนาจไม่โปร่งใส");
  g_assert_cmpint (issue->plan_id, ==, plan);
  g_assert_cmpuint (issue->items->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (issue->items, 0), ==, "I1");
  g_assert_cmpstr (g_ptr_array_index (issue->items, 1), ==, "I2");

  /* A second issue reuses the plan and comes after the first. */
  {
    const char *more[] = { "E1", "O5", NULL };
    second = prs_ita_store_create_issue (f->store, f->unit, 2568, "การสื่อสาร", more, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM plans"), ==, 1);
  g_assert_true (prs_ita_store_move_issue (f->store, second, 0, &error));
  g_assert_no_error (error);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  g_assert_cmpint (((PrsItaIssueInfo *) g_ptr_array_index (issues, 0))->id, ==, second);
  g_free (after);
  after = free_codes (f);
  g_assert_cmpstr (after, ==, "");

  g_assert_true (prs_ita_store_set_issue_title (f->store, id, "ชื่อใหม่", &error));
  g_assert_true (prs_ita_store_set_issue_description (f->store, id, "รายละเอียด", &error));
  g_assert_true (prs_ita_store_remove_issue_item (f->store, id, "I2", &error));
  g_assert_no_error (error);
  g_free (after);
  after = free_codes (f);
  g_assert_cmpstr (after, ==, "I2");
  g_assert_false (prs_ita_store_remove_issue_item (f->store, id, "I3", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (prs_ita_store_delete_issue (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issue_items"), ==, 1);

  /* Undo, step by step, back to nothing — the plan goes with the first issue. */
  undo_expect (f->store, "Delete issue “การสื่อสาร”");
  undo_expect (f->store, "Take I2 out of an issue");
  undo_expect (f->store, "Describe issue");
  undo_expect (f->store, "Rename issue");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issues WHERE title = 'การใช้อำนาจไม่โปร่งใส'"), ==, 1);
  undo_expect (f->store, "Move issue");
  g_assert_cmpint (q (f->store, "SELECT id FROM ita_issues ORDER BY sort_order LIMIT 1"), ==, id);
  undo_expect (f->store, "Group 2 items into an issue");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issues"), ==, 1);
  undo_expect (f->store, "Group 2 items into an issue");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issues"), ==, 0);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM plans"), ==, 0);
  g_free (after);
  after = free_codes (f);
  g_assert_cmpstr (after, ==, "O5 E1 I1 I2");
  /* and redo brings it back */
  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issue_items"), ==, 2);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM plans"), ==, 1);
}

static void
test_evidence (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *codes[] = { "I1", NULL };
  gint64 id = prs_ita_store_create_issue (f->store, f->unit, 2568, "ประเด็น", codes, &error);
  g_autoptr (GPtrArray) issues = NULL;
  PrsItaIssueInfo *issue;

  g_assert_no_error (error);
  g_assert_true (prs_ita_store_link_evidence (f->store, id, "O40", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "Link O40 as evidence");
  g_assert_true (prs_ita_store_link_evidence (f->store, id, "o3", &error));
  g_assert_no_error (error);

  /* Not an OIT item, not an item at all, twice, nothing. */
  g_assert_false (prs_ita_store_link_evidence (f->store, id, "I5", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_ita_store_link_evidence (f->store, id, "O44", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_ita_store_link_evidence (f->store, id, "O40", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (prs_ita_store_link_evidence (f->store, id, "", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_ita_store_link_evidence (f->store, id + 100, "O40", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "Link O3 as evidence");

  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpuint (issue->items->len, ==, 1);
  g_assert_cmpuint (issue->evidence->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (issue->evidence, 0), ==, "O3");
  g_assert_cmpstr (g_ptr_array_index (issue->evidence, 1), ==, "O40");

  /* Evidence does not count as a weak item grouped... but it is taken: O5 linked. */
  g_assert_true (prs_ita_store_link_evidence (f->store, id, "O5", &error));
  {
    g_autofree char *left = free_codes (f);
    g_assert_cmpstr (left, ==, "E1 I2");
  }
  g_assert_true (prs_ita_store_unlink_evidence (f->store, id, "O5", &error));
  g_assert_no_error (error);
  /* Unlinking evidence never takes out a grouped item of the same code. */
  g_assert_false (prs_ita_store_unlink_evidence (f->store, id, "I1", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  undo_expect (f->store, "Unlink evidence O5");
  undo_expect (f->store, "Link O5 as evidence");
  undo_expect (f->store, "Link O3 as evidence");
  undo_expect (f->store, "Link O40 as evidence");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issue_items WHERE role = 'evidence'"), ==, 0);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_issue_items WHERE role = 'item'"), ==, 1);
}

static void
test_measures (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *codes[] = { "I1", NULL };
  gint64 issue = prs_ita_store_create_issue (f->store, f->unit, 2568, "ประเด็น", codes, &error);
  gint64 units[] = { f->bureau_b, f->bureau_a, f->bureau_b };
  PrsItaMeasureFields m = {
    .title = "เผยแพร่ผลการจัดการเรื่องร้องเรียน",
    .steps = "1. รวบรวมข้อมูล\n2. สรุปผล\n3. เผยแพร่",
    .period_text = "ม.ค. – ก.ย. ๒๕๖๙",
    .start_date = "๑/๑/๒๕๖๙",
    .end_date = "2026-09-30",
    .unit_ids = units,
    .n_units = G_N_ELEMENTS (units),
  };
  g_autoptr (GPtrArray) issues = NULL;
  PrsItaMeasureInfo *info;
  gint64 first, second;

  g_assert_no_error (error);
  first = prs_ita_store_add_measure (f->store, issue, &m, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prs_store_get_undo_label (f->store), ==, "Add measure");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 2);
  g_assert_cmpint (q (f->store, "SELECT start_date = '2026-01-01' AND end_date = '2026-09-30' FROM ita_measures"), ==, 1);

  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  info = g_ptr_array_index (((PrsItaIssueInfo *) g_ptr_array_index (issues, 0))->measures, 0);
  g_assert_cmpstr (info->steps, ==, m.steps);
  g_assert_cmpstr (info->period_text, ==, "ม.ค. – ก.ย. ๒๕๖๙");
  g_assert_cmpuint (info->unit_ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (info->unit_names, 0), ==, "ศูนย์ปฏิบัติการต่อต้านการทุจริต");
  g_assert_cmpstr (g_ptr_array_index (info->unit_names, 1), ==, "กองกลาง");

  /* Refusals. */
  m.end_date = "31/12/2568";
  g_assert_cmpint (prs_ita_store_add_measure (f->store, issue, &m, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  m.end_date = "31/02/2569";
  g_assert_cmpint (prs_ita_store_add_measure (f->store, issue, &m, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  m.end_date = NULL;
  m.title = "";
  g_assert_cmpint (prs_ita_store_add_measure (f->store, issue, &m, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    gint64 gone[] = { 9999 };
    PrsItaMeasureFields g = { .title = "x", .unit_ids = gone, .n_units = 1 };
    g_assert_cmpint (prs_ita_store_add_measure (f->store, issue, &g, &error), ==, 0);
    g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measures"), ==, 1);

  /* A second measure without dates or units, edited, moved first, deleted. */
  {
    PrsItaMeasureFields s = { .title = "อบรมบุคลากร", .steps = "จัดอบรมปีละครั้ง" };
    second = prs_ita_store_add_measure (f->store, issue, &s, &error);
    g_assert_no_error (error);
    s.title = "อบรมบุคลากรทุกระดับ";
    s.unit_ids = &f->bureau_a;
    s.n_units = 1;
    s.start_date = "2025-10-01";
    g_assert_true (prs_ita_store_update_measure (f->store, second, &s, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 3);
  g_assert_true (prs_ita_store_move_measure (f->store, second, 0, &error));
  g_assert_cmpint (q (f->store, "SELECT id FROM ita_measures ORDER BY sort_order LIMIT 1"), ==, second);
  g_assert_true (prs_ita_store_delete_measure (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 1);

  undo_expect (f->store, "Delete measure “เผยแพร่ผลการจัดการเรื่องร้องเรียน”");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 3);
  undo_expect (f->store, "Move measure");
  g_assert_cmpint (q (f->store, "SELECT id FROM ita_measures ORDER BY sort_order, id LIMIT 1"), ==, first);
  undo_expect (f->store, "Edit measure");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measures WHERE title = 'อบรมบุคลากร' AND start_date IS NULL"), ==, 1);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 2);
  undo_expect (f->store, "Add measure");
  undo_expect (f->store, "Add measure");
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measures"), ==, 0);

  /* Deleting the issue takes its measures; undo restores them with their units. */
  first = prs_ita_store_add_measure (f->store, issue, &(PrsItaMeasureFields) { .title = "ก", .unit_ids = units, .n_units = 1 },
                                     &error);
  g_assert_true (prs_ita_store_delete_issue (f->store, issue, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 0);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM ita_measure_units"), ==, 1);
}

/* A year without a result: issues are kept by unit and year. */
static void
test_without_result (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *codes[] = { "I1", NULL };
  gint64 id = prs_ita_store_create_issue (f->store, f->unit, 2567, "ประเด็นปีก่อน", codes, &error);
  g_autoptr (GPtrArray) issues = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT (result_id IS NULL) + (year_be = 2567) FROM ita_issues"), ==, 2);
  g_assert_cmpint (q (f->store, "SELECT fiscal_year FROM plans"), ==, 2568);
  issues = prs_ita_store_list_issues (f->store, f->unit, 2567, &error);
  g_assert_cmpuint (issues->len, ==, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  g_assert_cmpuint (issues->len, ==, 0);
  (void) id;
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/ita/analysis/group", Fixture, NULL, fixture_setup, test_group, fixture_teardown);
  g_test_add ("/ita/analysis/evidence", Fixture, NULL, fixture_setup, test_evidence, fixture_teardown);
  g_test_add ("/ita/analysis/measures", Fixture, NULL, fixture_setup, test_measures, fixture_teardown);
  g_test_add ("/ita/analysis/without-result", Fixture, NULL, fixture_setup, test_without_result, fixture_teardown);
  return g_test_run ();
}
