/* test-number.c: exact number parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

static void
check_number (const char *text, gint64 mantissa, guint scale, gboolean percent)
{
  g_autoptr (GError) error = NULL;
  PrsDecimal d = { 0 };

  g_test_message ("parsing “%s”", text);
  g_assert_true (prs_number_parse (text, &d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (d.mantissa, ==, mantissa);
  g_assert_cmpuint (d.scale, ==, scale);
  g_assert_cmpint (d.percent, ==, percent);
}

static void
check_bad (const char *text, int code)
{
  g_autoptr (GError) error = NULL;
  PrsDecimal d = { 0 };

  g_test_message ("rejecting “%s”", text);
  g_assert_false (prs_number_parse (text, &d, &error));
  g_assert_error (error, PRS_CORE_ERROR, code);
  g_assert_nonnull (error->message);
}

static void
test_number_plain (void)
{
  check_number ("0", 0, 0, FALSE);
  check_number ("42", 42, 0, FALSE);
  check_number ("๔๒", 42, 0, FALSE);
  check_number ("๑,๒๙๐,๐๐๐", 1290000, 0, FALSE);
  check_number ("1,290,000.50", 129000050, 2, FALSE);
  check_number ("1 290 000", 1290000, 0, FALSE);
  check_number ("  12.5  ", 125, 1, FALSE);
  check_number ("\xc2\xa0" "7\xc2\xa0", 7, 0, FALSE); /* NBSP around */
  check_number ("-3", -3, 0, FALSE);
  check_number ("+3", 3, 0, FALSE);
  check_number ("\xe2\x88\x92" "3.25", -325, 2, FALSE); /* U+2212 minus */
  check_number ("- 4", -4, 0, FALSE);
  check_number (".5", 5, 1, FALSE);
  check_number ("5.", 5, 0, FALSE);
  check_number ("007", 7, 0, FALSE);
  check_number ("1๒3", 123, 0, FALSE); /* mixed digits */
  check_number ("74.025", 74025, 3, FALSE);
  check_number ("999999999999999999", G_GINT64_CONSTANT (999999999999999999), 0, FALSE);
  check_number ("0.000000000000000001", 1, 18, FALSE);
  check_number ("9223372036854775807", G_MAXINT64, 0, FALSE);
  check_number ("-9,223,372,036,854,775,807", -G_MAXINT64, 0, FALSE);
  /* trailing fraction zeros are dropped when the digits would not fit otherwise */
  check_number ("40,000,000,000,000,001.00", G_GINT64_CONSTANT (4000000000000000100), 2, FALSE);
  check_number ("9,000,000,000,000,000,000.00", G_GINT64_CONSTANT (9000000000000000000), 0, FALSE);
  check_number ("1.5000000000000000000000", G_GINT64_CONSTANT (1500000000000000000), 18, FALSE);
  check_number ("1.50", 150, 2, FALSE);
}

static void
test_number_percent (void)
{
  check_number ("80%", 80, 0, TRUE);
  check_number ("80 %", 80, 0, TRUE);
  check_number ("ร้อยละ ๘๐", 80, 0, TRUE);
  check_number ("ร้อยละ80.25", 8025, 2, TRUE);
  check_number ("ร้อยละ -5", -5, 0, TRUE);
  check_number ("-12.5%", -125, 1, TRUE);
}

static void
test_number_errors (void)
{
  check_bad ("", PRS_CORE_ERROR_PARSE);
  check_bad ("   ", PRS_CORE_ERROR_PARSE);
  check_bad ("abc", PRS_CORE_ERROR_PARSE);
  check_bad ("-", PRS_CORE_ERROR_PARSE);
  check_bad ("%", PRS_CORE_ERROR_PARSE);
  check_bad (".", PRS_CORE_ERROR_PARSE);
  check_bad ("1.2.3", PRS_CORE_ERROR_PARSE);
  check_bad ("1,23", PRS_CORE_ERROR_PARSE);        /* decimal comma is not accepted */
  check_bad ("1,2345", PRS_CORE_ERROR_PARSE);
  check_bad ("1234,567", PRS_CORE_ERROR_PARSE);
  check_bad ("1,234 567", PRS_CORE_ERROR_PARSE);   /* mixed separators */
  check_bad ("12 34", PRS_CORE_ERROR_PARSE);
  check_bad ("1,", PRS_CORE_ERROR_PARSE);
  check_bad (",100", PRS_CORE_ERROR_PARSE);
  check_bad ("--1", PRS_CORE_ERROR_PARSE);
  check_bad ("1-", PRS_CORE_ERROR_PARSE);
  check_bad ("ร้อยละ 5%", PRS_CORE_ERROR_PARSE);
  check_bad ("5 บาท", PRS_CORE_ERROR_PARSE);
  check_bad ("1e5", PRS_CORE_ERROR_PARSE);
  check_bad ("0x10", PRS_CORE_ERROR_PARSE);
  check_bad ("9223372036854775808", PRS_CORE_ERROR_RANGE);
  check_bad ("-9223372036854775808", PRS_CORE_ERROR_RANGE);
  check_bad ("99999999999999999999", PRS_CORE_ERROR_RANGE);
  check_bad ("0.0000000000000000001", PRS_CORE_ERROR_RANGE);
  check_bad ("\xff\xfe", PRS_CORE_ERROR_ENCODING);
}

static void
test_number_rescale (void)
{
  static const struct
  {
    const char *text;
    gint64 hundredths;
  } cases[] = {
    { "74.025", 7403 },   /* half up in decimal, where a double gives 74.02 */
    { "74.0249", 7402 },
    { "-74.025", -7403 }, /* half away from zero */
    { "0.005", 1 },
    { "0.0049999", 0 },
    { "82.5", 8250 },
    { "100", 10000 },
    { "1,234.5", 123450 },
    { "ร้อยละ ๙๑.๖๗", 9167 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 v = 0;

      g_assert_true (prs_number_parse_hundredths (cases[i].text, &v, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (v, ==, cases[i].hundredths);
    }
}

static void
test_number_rescale_overflow (void)
{
  g_autoptr (GError) error = NULL;
  PrsDecimal d = { G_GINT64_CONSTANT (999999999999999999), 0, FALSE };
  gint64 v;

  g_assert_false (prs_decimal_rescale (&d, 2, &v, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_true (prs_decimal_rescale (&d, 0, &v, &error));
  g_assert_cmpint (v, ==, d.mantissa);
}

static void
test_number_strings (void)
{
  PrsDecimal d = { -12345, 2, FALSE };
  PrsDecimal small = { 5, 3, FALSE };
  g_autofree char *a = prs_decimal_to_string (&d);
  g_autofree char *b = prs_decimal_to_string (&small);
  g_autofree char *g1 = prs_number_group_digits ("1290000.50");
  g_autofree char *g2 = prs_number_group_digits ("-123456");
  g_autofree char *g3 = prs_number_group_digits ("999");
  g_autofree char *g4 = prs_number_group_digits ("1000");

  g_assert_cmpstr (a, ==, "-123.45");
  g_assert_cmpstr (b, ==, "0.005");
  g_assert_cmpstr (g1, ==, "1,290,000.50");
  g_assert_cmpstr (g2, ==, "-123,456");
  g_assert_cmpstr (g3, ==, "999");
  g_assert_cmpstr (g4, ==, "1,000");
}

static void
test_digits (void)
{
  g_autofree char *thai = prs_digits_to_thai ("2568-12-21 ok");
  g_autofree char *arabic = prs_digits_to_arabic ("๒๕๖๘ ปี");
  g_autofree char *same = prs_digits_apply ("abc", TRUE);

  g_assert_cmpstr (thai, ==, "๒๕๖๘-๑๒-๒๑ ok");
  g_assert_cmpstr (arabic, ==, "2568 ปี");
  g_assert_cmpstr (same, ==, "abc");
  g_assert_true (prs_unichar_is_thai_digit (0x0E50));
  g_assert_true (prs_unichar_is_thai_digit (0x0E59));
  g_assert_false (prs_unichar_is_thai_digit (0x0E5A));
  g_assert_false (prs_unichar_is_thai_digit ('0'));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/number/plain", test_number_plain);
  g_test_add_func ("/number/percent", test_number_percent);
  g_test_add_func ("/number/errors", test_number_errors);
  g_test_add_func ("/number/rescale", test_number_rescale);
  g_test_add_func ("/number/rescale-overflow", test_number_rescale_overflow);
  g_test_add_func ("/number/strings", test_number_strings);
  g_test_add_func ("/number/digits", test_digits);
  return g_test_run ();
}
