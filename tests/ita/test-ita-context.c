/* test-ita-context.c: the published context of a result (stored, undone, checked), a
 * measure for all units and a unit printed with its parent, and the chart rules of
 * issue 15 (compare without a unit, the radar without last year, a missing indicator)
 * — on real workspace files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "prs-ita-store.h"
#include "prs-store-ita-reads.h"
#include "prs-ita-report.h"

typedef struct
{
  char *dir;
  char *path;
  PrsStore *store;
  gint64 unit, other, bureau, group;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("prs-ita-context-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "context.prongsai", NULL);
  f->store = prs_store_open (f->path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  {
    gint64 ministry = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("กระทรวงทดลอง"), NULL);

    f->unit = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (ministry),
                                "name", PRS_TEXT ("กรมทดลองระบบ"), "abbreviation", PRS_TEXT ("ทร."),
                                "is_own_agency", PRS_BOOL (TRUE), NULL);
    f->other = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (ministry),
                                 "name", PRS_TEXT ("กรมตัวอย่าง"), "abbreviation", PRS_TEXT ("ตย."), NULL);
  }
  f->bureau = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (f->unit),
                                "name", PRS_TEXT ("สำนักบริหารกลาง"), NULL);
  f->group = prs_store_insert (f->store, "units", &error, "parent_id", PRS_INT (f->bureau),
                               "name", PRS_TEXT ("กลุ่มงานนิติการ"), NULL);
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

static void
set (PrsItaContext *c, const char *field, const char *text)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (prs_ita_context_set_field (c, field, text, &error));
  g_assert_no_error (error);
}

static void
test_context (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  PrsItaContext c, back;
  g_autofree char *rank = NULL;

  prs_ita_context_init (&c);
  g_assert_true (prs_ita_context_is_empty (&c));
  set (&c, "national_average", "๘๘.๔๑");
  set (&c, "national_rank", "145 จาก 159");
  set (&c, "ministry_rank", "3/12");
  set (&c, "respondents_public", "404");
  set (&c, "respondents_survey", "๔๒");
  set (&c, "respondents_internal", "0");
  set (&c, "recommendations", "ควรเผยแพร่ข้อมูลให้ครบ");
  g_assert_cmpuint (c.national_rank, ==, 145);
  g_assert_cmpuint (c.national_count, ==, 159);
  g_assert_cmpuint (c.ministry_count, ==, 12);
  g_assert_cmpint (c.respondents_internal, ==, 0);
  rank = prs_ita_context_get_field (&c, "national_average");
  g_assert_cmpstr (rank, ==, "88.41");

  /* bad values are refused with the field named */
  g_assert_false (prs_ita_context_set_field (&c, "national_rank", "0", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_ita_context_set_field (&c, "national_average", "101", &error));
  g_clear_error (&error);
  g_assert_false (prs_ita_context_set_field (&c, "respondents", "3", &error));
  g_clear_error (&error);

  /* stored as one undo step, creating the result */
  g_assert_false (prs_ita_store_get_context (f->store, f->unit, 2567, &back, &error));
  prs_ita_context_clear (&back);
  g_assert_true (prs_ita_store_set_context (f->store, f->unit, 2567, &c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_ita_store_find_result (f->store, f->unit, 2567, &error), !=, 0);
  g_assert_true (prs_ita_store_get_context (f->store, f->unit, 2567, &back, &error));
  g_assert_true (back.has_national_average);
  g_assert_cmpint (back.national_average, ==, 8841);
  g_assert_cmpuint (back.national_rank, ==, 145);
  g_assert_cmpuint (back.national_count, ==, 159);
  g_assert_cmpuint (back.ministry_rank, ==, 3);
  g_assert_cmpint (back.respondents_public, ==, 404);
  g_assert_cmpint (back.respondents_survey, ==, 42);
  g_assert_cmpint (back.respondents_internal, ==, 0);
  g_assert_cmpstr (back.recommendations, ==, "ควรเผยแพร่ข้อมูลให้ครบ");
  g_assert_cmpstr (back.limitations, ==, "");
  prs_ita_context_clear (&back);

  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (prs_ita_store_get_context (f->store, f->unit, 2567, &back, &error));
  prs_ita_context_clear (&back);
  g_assert_cmpint (prs_store_count (f->store, "ita_contexts"), ==, 0);
  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_true (prs_ita_store_get_context (f->store, f->unit, 2567, &back, &error));
  prs_ita_context_clear (&back);

  /* a rank beyond its count is refused, nothing written */
  set (&c, "national_rank", "160");
  g_assert_false (prs_ita_store_set_context (f->store, f->unit, 2567, &c, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (prs_ita_store_get_context (f->store, f->unit, 2567, &back, &error));
  g_assert_cmpuint (back.national_rank, ==, 145);
  prs_ita_context_clear (&back);
  prs_ita_context_clear (&c);
}

static void
test_measure_units (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  const char *codes[] = { "I1", NULL };
  gint64 units[] = { 0, 0 };
  gint64 issue;
  PrsItaMeasureInfo *m;
  g_autofree char *shown = NULL;

  g_assert_true (prs_ita_store_set_figure_text (f->store, f->unit, 2568, "I1", NULL, "70", &error));
  issue = prs_ita_store_create_issue (f->store, f->unit, 2568, "ประเด็นทดสอบ", codes, &error);
  g_assert_no_error (error);
  units[0] = f->group;
  units[1] = f->bureau;
  g_assert_cmpint (prs_ita_store_add_measure (f->store, issue,
                     &(PrsItaMeasureFields) { .title = "ก", .unit_ids = units, .n_units = 2 }, &error), !=, 0);
  g_assert_cmpint (prs_ita_store_add_measure (f->store, issue,
                     &(PrsItaMeasureFields) { .title = "ข", .unit_ids = units, .n_units = 1, .all_units = TRUE },
                     &error), !=, 0);
  g_assert_no_error (error);
  issues = prs_ita_store_list_issues (f->store, f->unit, 2568, &error);
  g_assert_no_error (error);
  m = g_ptr_array_index (((PrsItaIssueInfo *) issues->pdata[0])->measures, 0);
  g_assert_false (m->all_units);
  /* a work group with its bureau; the bureau alone (its parent is the agency) */
  g_assert_cmpstr (g_ptr_array_index (m->unit_labels, 0), ==, "สำนักบริหารกลาง กลุ่มงานนิติการ");
  g_assert_cmpstr (g_ptr_array_index (m->unit_labels, 1), ==, "สำนักบริหารกลาง");
  m = g_ptr_array_index (((PrsItaIssueInfo *) issues->pdata[0])->measures, 1);
  g_assert_true (m->all_units);
  g_assert_cmpuint (m->unit_labels->len, ==, 1);
  g_assert_cmpuint (m->unit_ids->len, ==, 0);
  shown = prs_ita_store_get_unit_display_name (f->store, f->group, NULL);
  g_assert_cmpstr (shown, ==, "สำนักบริหารกลาง กลุ่มงานนิติการ");
}

static void
test_charts (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsChart) all = NULL;
  g_autoptr (PrsChart) mine = NULL;
  g_autoptr (PrsChart) radar = NULL;
  const char *inds[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9" }; /* no indicator 10 */

  g_assert_true (prs_ita_store_set_figure_text (f->store, f->unit, 2568, "total", NULL, "90", &error));
  g_assert_true (prs_ita_store_set_figure_text (f->store, f->other, 2568, "total", NULL, "80", &error));
  for (guint i = 0; i < G_N_ELEMENTS (inds); i++)
    g_assert_true (prs_ita_store_set_figure_text (f->store, f->unit, 2568, inds[i], NULL, "88", &error));
  g_assert_no_error (error);

  /* compare without a unit: every unit, none highlighted */
  all = prs_ita_chart_build_full (f->store, 0, 2568, PRS_ITA_CHART_COMPARE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prs_chart_get_n_categories (all), ==, 2);
  g_assert_cmpint (prs_chart_get_highlight (all), ==, -1);
  mine = prs_ita_chart_build_full (f->store, f->other, 2568, PRS_ITA_CHART_COMPARE, TRUE, &error);
  g_assert_cmpint (prs_chart_get_highlight (mine), ==, 1);

  /* the radar without last year: not "this year and last year"; indicator 10 a gap */
  radar = prs_ita_chart_build_full (f->store, f->unit, 2568, PRS_ITA_CHART_RADAR, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prs_chart_get_title (radar), !=, prs_ita_chart_kind_get_title (PRS_ITA_CHART_RADAR));
  g_assert_cmpuint (prs_chart_get_n_series (radar), ==, 1);
  g_assert_true (isnan (prs_chart_get_value (radar, 0, 9)));
  g_assert_cmpfloat (prs_chart_get_value (radar, 0, 0), ==, 88.0);

  /* with last year, the title says so */
  g_clear_pointer (&radar, prs_chart_unref);
  g_assert_true (prs_ita_store_set_figure_text (f->store, f->unit, 2567, "1", NULL, "80", &error));
  radar = prs_ita_chart_build_full (f->store, f->unit, 2568, PRS_ITA_CHART_RADAR, TRUE, &error);
  g_assert_cmpstr (prs_chart_get_title (radar), ==, prs_ita_chart_kind_get_title (PRS_ITA_CHART_RADAR));
  g_assert_cmpuint (prs_chart_get_n_series (radar), ==, 2);
  g_assert_cmpstr (prs_chart_get_series_name (radar, 1), ==, "๒๕๖๘");
  g_assert_true (isnan (prs_chart_get_value (radar, 0, 1)));
}

static void
test_start_result (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id, n_units = prs_store_count (f->store, "units");

  /* an existing unit by abbreviation */
  id = prs_ita_store_start_result (f->store, " ตย. ", 2569, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, f->other);
  g_assert_cmpint (prs_ita_store_find_result (f->store, f->other, 2569, &error), !=, 0);
  /* twice is refused */
  g_assert_cmpint (prs_ita_store_start_result (f->store, "กรมตัวอย่าง", 2569, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  /* a new unit joins the own agency's ministry; undo removes both */
  id = prs_ita_store_start_result (f->store, "กรมใหม่", 2570, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (f->store, "units"), ==, n_units + 1);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (prs_store_count (f->store, "units"), ==, n_units);
  g_assert_cmpint (prs_ita_store_find_result (f->store, id, 2570, &error), ==, 0);
  /* no framework, no name */
  g_assert_cmpint (prs_ita_store_start_result (f->store, "กรมใหม่", 2550, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (prs_ita_store_start_result (f->store, "  ", 2568, &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/ita-context/context", Fixture, NULL, fixture_setup, test_context, fixture_teardown);
  g_test_add ("/ita-context/measure-units", Fixture, NULL, fixture_setup, test_measure_units, fixture_teardown);
  g_test_add ("/ita-context/start-result", Fixture, NULL, fixture_setup, test_start_result, fixture_teardown);
  g_test_add ("/ita-context/charts", Fixture, NULL, fixture_setup, test_charts, fixture_teardown);
  return g_test_run ();
}
