/* test-score.c: exact score arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

static PrsScore
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  PrsScore s = 0;

  g_assert_true (prs_score_parse (text, &s, &error));
  g_assert_no_error (error);
  return s;
}

static void
assert_score (PrsScore s, const char *expected)
{
  char buf[PRS_SCORE_BUF_SIZE];

  g_assert_cmpstr (prs_score_to_ascii (s, buf), ==, expected);
}

static void
test_parse (void)
{
  g_autoptr (GError) error = NULL;
  PrsScore s;

  g_assert_cmpint (parse ("85"), ==, 8500);
  g_assert_cmpint (parse ("85.5"), ==, 8550);
  g_assert_cmpint (parse ("๘๕.๕๐"), ==, 8550);
  g_assert_cmpint (parse (" 74.025 "), ==, 7403);
  g_assert_cmpint (parse ("74.0249"), ==, 7402);
  g_assert_cmpint (parse ("-74.025"), ==, -7403);
  g_assert_cmpint (parse ("91.67%"), ==, 9167);
  g_assert_cmpint (parse ("ร้อยละ ๙๑.๖๗"), ==, 9167);
  g_assert_cmpint (parse ("−0.5"), ==, -50);
  g_assert_cmpint (parse ("+0.004"), ==, 0);
  g_assert_cmpint (parse ("0.005"), ==, 1);
  g_assert_cmpint (parse (".5"), ==, 50);
  g_assert_cmpint (parse ("1,234.5"), ==, 123450);

  g_assert_false (prs_score_parse ("", &s, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("8 5", &s, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("85.5.1", &s, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("abc", &s, &error));
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("-", &s, &error));
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("85%%", &s, &error));
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("1234567890123456789", &s, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (prs_score_parse ("\xff", &s, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING);
}

static void
test_format (void)
{
  g_autofree char *thai = prs_score_format (7403, TRUE);
  g_autofree char *neg = prs_score_format (-50, FALSE);

  assert_score (0, "0.00");
  assert_score (7403, "74.03");
  assert_score (10000, "100.00");
  assert_score (-1, "-0.01");
  assert_score (G_MININT64, "-92233720368547758.08");
  g_assert_cmpstr (thai, ==, "๗๔.๐๓");
  g_assert_cmpstr (neg, ==, "-0.50");
}

/* The case DOMAIN.md warns about: 444.15 over 6 is 74.025, which a double prints 74.02. */
static void
test_mean_444_15 (void)
{
  const PrsScore items[] = { 7400, 7400, 7400, 7400, 7400, 7415 };
  PrsScore sum;
  PrsRational mean, expected;
  char buf[64];

  g_assert_true (prs_score_sum (items, 6, &sum));
  g_assert_cmpint (sum, ==, 44415);
  g_assert_true (prs_score_mean_exact (items, 6, &mean));
  g_assert_true (prs_rational_make (2961, 40, &expected));
  g_assert_true (prs_rational_equal (mean, expected));
  g_assert_cmpint (mean.num, ==, 2961);
  g_assert_cmpint (mean.den, ==, 40);
  g_assert_cmpint (prs_score_mean (items, 6), ==, 7403);

  /* the double arithmetic really gets it wrong, so the test above means something */
  g_snprintf (buf, sizeof buf, "%.2f", 444.15 / 6);
  g_assert_cmpstr (buf, ==, "74.02");
}

static void
test_mean_of_means (void)
{
  /* (mean of 3 items, mean of 2 items) averaged: 1/3 and 1/2 thirds must stay exact */
  const PrsScore a[] = { 10000, 10000, 0 };     /* 66.666… */
  const PrsScore b[] = { 8333, 8334 };          /* 83.335 */
  PrsRational m[2], mm, expected;

  g_assert_true (prs_score_mean_exact (a, 3, &m[0]));
  g_assert_true (prs_score_mean_exact (b, 2, &m[1]));
  g_assert_true (prs_rational_mean (m, 2, &mm));
  /* (200/3 + 16667/200) / 2 = (40000 + 50001) / 1200 = 90001/1200 = 75.000833… */
  g_assert_true (prs_rational_make (90001, 1200, &expected));
  g_assert_true (prs_rational_equal (mm, expected));
  g_assert_cmpint (prs_rational_to_score (mm), ==, 7500);
  /* rounding the parts first would give (66.67 + 83.34) / 2 = 75.005 -> 75.01 */
}

static void
test_weighted (void)
{
  PrsRational w[3], total, expected;
  const PrsScore inst[] = { 8857, 9123, 7775 };
  g_autoptr (GError) error = NULL;

  g_assert_true (prs_rational_parse_decimal ("0.3", &w[0], &error));
  g_assert_true (prs_rational_parse_decimal ("๐.๓", &w[1], &error));
  g_assert_true (prs_rational_parse_decimal ("0.40", &w[2], &error));
  g_assert_no_error (error);
  g_assert_cmpint (w[2].num, ==, 2);
  g_assert_cmpint (w[2].den, ==, 5);
  /* 0.3 × 88.57 + 0.3 × 91.23 + 0.4 × 77.75 = 26.571 + 27.369 + 31.1 = 85.04 */
  g_assert_true (prs_score_weighted_sum_exact (inst, w, 3, &total));
  g_assert_true (prs_rational_make (8504, 100, &expected));
  g_assert_true (prs_rational_equal (total, expected));
  g_assert_cmpint (prs_rational_to_score (total), ==, 8504);

  {
    /* 0.3 × 85.05 + 0.3 × 85.05 + 0.4 × 85.0 = 85.03 exactly; 0.3×x.xx5 halves */
    const PrsScore i2[] = { 8505, 8500, 8500 };
    PrsRational t;

    g_assert_true (prs_score_weighted_sum_exact (i2, w, 3, &t));
    /* 25.515 + 25.5 + 34 = 85.015 -> 85.02 */
    g_assert_true (prs_rational_make (85015, 1000, &expected));
    g_assert_true (prs_rational_equal (t, expected));
    g_assert_cmpint (prs_rational_to_score (t), ==, 8502);
  }
}

static void
test_negative (void)
{
  PrsRational r, d;

  g_assert_true (prs_rational_make (-1, 200, &r)); /* -0.005 */
  g_assert_cmpint (prs_rational_to_score (r), ==, -1);
  g_assert_true (prs_rational_make (1, -200, &r));
  g_assert_cmpint (r.num, ==, -1);
  g_assert_cmpint (r.den, ==, 200);
  g_assert_true (prs_rational_make (-1, 201, &r)); /* -0.004975 */
  g_assert_cmpint (prs_rational_to_score (r), ==, 0);
  g_assert_true (prs_rational_make (-2961, 40, &r));
  g_assert_cmpint (prs_rational_to_score (r), ==, -7403);

  /* year-over-year change: 84.50 -> 82.125 is -2.375 -> -2.38 */
  g_assert_true (prs_rational_make (82125, 1000, &r));
  g_assert_true (prs_rational_sub (r, prs_rational_from_score (8450), &d));
  g_assert_cmpint (prs_rational_to_score (d), ==, -238);
  g_assert_cmpint (prs_rational_compare (d, prs_rational_from_int (0)), ==, -1);
}

static void
test_overflow (void)
{
  PrsRational big = { G_MAXINT64, 1 }, out;
  const PrsScore many[] = { G_MAXINT64, 1 };
  PrsScore sum;

  g_assert_false (prs_rational_add (big, big, &out));
  g_assert_false (prs_rational_mul (big, big, &out));
  g_assert_false (prs_rational_make (1, 0, &out));
  g_assert_false (prs_rational_div (big, prs_rational_from_int (0), &out));
  g_assert_true (prs_rational_div (big, big, &out));
  g_assert_cmpint (out.num, ==, 1);
  g_assert_false (prs_score_sum (many, 2, &sum));
  g_assert_false (prs_rational_mean (&big, 0, &out));
  g_assert_cmpint (prs_rational_to_score (big), ==, G_MAXINT64);
}

static void
test_share_and_rank (void)
{
  const PrsScore totals[] = { 9000, 9500, 9000, 8000, 9500, 7000 };
  guint ranks[G_N_ELEMENTS (totals)];

  g_assert_cmpint (prs_score_share (11, 12), ==, 9167);
  g_assert_cmpint (prs_score_share (1, 8), ==, 1250);
  g_assert_cmpint (prs_score_share (1, 3), ==, 3333);
  g_assert_cmpint (prs_score_share (2, 3), ==, 6667);
  g_assert_cmpint (prs_score_share (1, 0), ==, 0);
  g_assert_cmpint (prs_score_share (12, 12), ==, 10000);

  prs_score_rank (totals, G_N_ELEMENTS (totals), ranks);
  g_assert_cmpuint (ranks[0], ==, 3);
  g_assert_cmpuint (ranks[1], ==, 1);
  g_assert_cmpuint (ranks[2], ==, 3);
  g_assert_cmpuint (ranks[3], ==, 5);
  g_assert_cmpuint (ranks[4], ==, 1);
  g_assert_cmpuint (ranks[5], ==, 6);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/score/parse", test_parse);
  g_test_add_func ("/score/format", test_format);
  g_test_add_func ("/score/mean-444.15", test_mean_444_15);
  g_test_add_func ("/score/mean-of-means", test_mean_of_means);
  g_test_add_func ("/score/weighted", test_weighted);
  g_test_add_func ("/score/negative", test_negative);
  g_test_add_func ("/score/overflow", test_overflow);
  g_test_add_func ("/score/share-rank", test_share_and_rank);
  return g_test_run ();
}
