/* test-chart-model.c: ticks, number formatting, text versions, spec parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "prs-chart.h"

static void
check_ticks (double min, double max, int n, double lo, double hi, double step)
{
  double l, h, s;

  prs_chart_nice_ticks (min, max, n, &l, &h, &s);
  g_assert_cmpfloat_with_epsilon (l, lo, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, hi, 1e-9);
  g_assert_cmpfloat_with_epsilon (s, step, 1e-9);
}

static void
test_ticks (void)
{
  /* Heckbert's worked cases and the ones ITA charts meet */
  check_ticks (0, 100, 6, 0, 100, 20);
  check_ticks (0, 100, 11, 0, 100, 10);
  check_ticks (0, 95.48, 6, 0, 100, 20);
  check_ticks (68.93, 95.48, 6, 60, 100, 10);
  check_ticks (0, 75, 5, 0, 80, 20);
  check_ticks (0, 1837, 6, 0, 2000, 500);
  check_ticks (-3.2, 7.9, 6, -5, 10, 5);
  check_ticks (-3.2, 7.9, 11, -4, 8, 2);
  check_ticks (0.012, 0.087, 5, 0, 0.1, 0.02);
  /* degenerate ranges still give a usable scale */
  check_ticks (42, 42, 6, 0, 50, 10);
  check_ticks (0, 0, 6, -1, 1, 0.5);
}

static void
test_format (void)
{
  g_autoptr (PrsChart) chart = prs_chart_new (PRS_CHART_BAR);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;

  a = prs_chart_format_value (chart, 74.025); /* half up in decimal */
  g_assert_cmpstr (a, ==, "74.03");
  b = prs_chart_format_value (chart, 1290000);
  g_assert_cmpstr (b, ==, "1,290,000.00");
  prs_chart_set_thai_digits (chart, TRUE);
  c = prs_chart_format_value (chart, 85);
  g_assert_cmpstr (c, ==, "๘๕.๐๐");
  prs_chart_set_decimals (chart, 0);
  d = prs_chart_format_value (chart, -0.2);
  g_assert_cmpstr (d, ==, "๐");
  e = prs_chart_format_value (chart, PRS_CHART_MISSING);
  g_assert_cmpstr (e, ==, "–");
}

static PrsChart *
two_series (void)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
  double y1[] = { 88.2, PRS_CHART_MISSING }, y2[] = { 91.37, 84.5 };

  prs_chart_set_title (chart, "คะแนน");
  prs_chart_set_category_axis_title (chart, "หน่วยงาน");
  prs_chart_add_category (chart, "กรม\tหนึ่ง");
  prs_chart_add_category (chart, "กรมสอง");
  prs_chart_add_series (chart, "ปี ๒๕๖๗", y1, 2, -1);
  prs_chart_add_series (chart, "ปี ๒๕๖๘", y2, 2, -1);
  prs_chart_add_reference_line (chart, 85, "เกณฑ์ผ่าน ๘๕");
  return chart;
}

static void
test_text_versions (void)
{
  g_autoptr (PrsChart) chart = two_series ();
  g_autofree char *tsv = prs_chart_to_tsv (chart);
  g_autofree char *text = prs_chart_describe (chart);

  g_assert_cmpstr (tsv, ==,
                   "หน่วยงาน\tปี ๒๕๖๗\tปี ๒๕๖๘\n"
                   "กรม หนึ่ง\t88.20\t91.37\n"
                   "กรมสอง\t\t84.50\n");
  g_assert_nonnull (strstr (text, "คะแนน. "));
  g_assert_nonnull (strstr (text, "กรมสอง: ปี ๒๕๖๗ –, ปี ๒๕๖๘ 84.50"));
  g_assert_nonnull (strstr (text, "เกณฑ์ผ่าน ๘๕ (85.00)"));
}

static void
test_spec_good (void)
{
  const char *names[] = { "bar-indicators", "hbar-compare", "bar-compare", "grouped-agencies", "grouped-eit",
                          "stacked", "hstacked", "line-years", "radar", "scorecard" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_strdup_printf ("%s.json", names[i]);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "charts", "specs", file, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, &error);

      g_assert_no_error (error);
      g_assert_nonnull (chart);
      g_assert_nonnull (prs_chart_get_title (chart));
    }
}

static void
test_spec_values (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsChart) chart = prs_chart_new_from_json (
    "{\"type\":\"hbar\",\"categories\":[\"ก\",\"ข\",\"ค\"],"
    "\"series\":[{\"name\":\"s\",\"values\":[\"๘๕.๕\",null,70]}],\"highlight\":\"ข\",\"scale\":[0,100]}",
    -1, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (prs_chart_get_value (chart, 0, 0), ==, 85.5);
  g_assert_true (isnan (prs_chart_get_value (chart, 0, 1)));
  g_assert_cmpfloat (prs_chart_get_value (chart, 0, 2), ==, 70);
}

static void
test_spec_bad (void)
{
  const struct { const char *json; const char *needle; } cases[] = {
    { "not json", "not valid JSON" },
    { "[1,2]", "JSON object" },
    { "{\"title\":\"x\"}", "no “type”" },
    { "{\"type\":\"pie\"}", "Unknown chart type “pie”" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"],\"series\":[{\"values\":[1,2]}]}", "only 1 categories" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"],\"series\":[{\"values\":[\"abc\"]}]}", "Value 1 of series 1" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"]}", "no “series”" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"],\"series\":[{\"values\":[1]}],\"highlight\":\"b\"}", "not one of the categories" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"],\"series\":[{\"values\":[1]}],\"scale\":[100,0]}", "above its minimum" },
    { "{\"type\":\"bar\",\"colour\":1}", "Unknown member “colour”" },
    { "{\"type\":\"radar\",\"categories\":[\"a\",\"b\"],\"series\":[{\"values\":[1,2]}]}", "three categories" },
    { "{\"type\":\"scorecard\"}", "needs “score”" },
    { "{\"type\":\"bar\",\"categories\":[\"a\"],\"series\":[{\"values\":[1]}],\"bands\":[{\"tone\":\"pink\"}]}", "unknown tone" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrsChart) chart = prs_chart_new_from_json (cases[i].json, -1, &error);

      g_assert_null (chart);
      g_assert_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_SPEC);
      if (!strstr (error->message, cases[i].needle))
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].needle);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/ticks", test_ticks);
  g_test_add_func ("/charts/format", test_format);
  g_test_add_func ("/charts/text-versions", test_text_versions);
  g_test_add_func ("/charts/spec/good", test_spec_good);
  g_test_add_func ("/charts/spec/values", test_spec_values);
  g_test_add_func ("/charts/spec/bad", test_spec_bad);
  return g_test_run ();
}
