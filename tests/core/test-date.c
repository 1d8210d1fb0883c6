/* test-date.c: Thai dates, times and the fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

static void
check_date (const char *text, int y, int m, int d)
{
  g_autoptr (GError) error = NULL;
  PrsDate date = { 0 };

  g_test_message ("parsing “%s”", text);
  g_assert_true (prs_date_parse (text, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (date.year, ==, y);
  g_assert_cmpint (date.month, ==, m);
  g_assert_cmpint (date.day, ==, d);
}

static void
check_bad (const char *text, int code)
{
  g_autoptr (GError) error = NULL;
  PrsDate date = { 0 };
  PrsDatePrecision precision;

  g_test_message ("rejecting “%s”", text);
  g_assert_false (prs_date_parse_partial (text, &date, &precision, &error));
  g_assert_error (error, PRS_CORE_ERROR, code);
}

static void
test_parse_numeric (void)
{
  check_date ("๒๑/๑๒/๖๘", 2025, 12, 21);
  check_date ("21/12/2568", 2025, 12, 21);
  check_date ("21/12/68", 2025, 12, 21);
  check_date ("21-12-2568", 2025, 12, 21);
  check_date ("21.12.2568", 2025, 12, 21);
  check_date ("1/1/2025", 2025, 1, 1);   /* a year below 2400 is CE */
  check_date ("2025-12-21", 2025, 12, 21);
  check_date ("2568-12-21", 2025, 12, 21);
  check_date ("2025/1/5", 2025, 1, 5);
  check_date ("๐๑/๑๐/๒๕๖๘", 2025, 10, 1);
  check_date (" 7/11/2568 ", 2025, 11, 7);
  check_date ("1/1/00", 1957, 1, 1);    /* 2500 */
  check_date ("31/12/99", 2056, 12, 31); /* 2599 */
}

static void
test_parse_text (void)
{
  check_date ("๗ พฤศจิกายน ๒๕๖๘", 2025, 11, 7);
  check_date ("7 พ.ย. 68", 2025, 11, 7);
  check_date ("7พ.ย.68", 2025, 11, 7);
  check_date ("๗ พย ๖๘", 2025, 11, 7);
  check_date ("วันศุกร์ที่ ๗ พฤศจิกายน ๒๕๖๘", 2025, 11, 7);
  check_date ("วันศุกร์ ที่ ๗ พฤศจิกายน พ.ศ. ๒๕๖๘", 2025, 11, 7);
  check_date ("วันที่ ๗ พฤศจิกายน พ.ศ. ๒๕๖๘", 2025, 11, 7);
  check_date ("ศุกร์ 7 พ.ย. 68", 2025, 11, 7);
  check_date ("วันพฤหัสบดีที่ 6 พ.ย. 68", 2025, 11, 6);
  check_date ("7 พฤศจิกายน ค.ศ. 2025", 2025, 11, 7);
  check_date ("7 Nov 2025", 2025, 11, 7);
  check_date ("7 november 2568", 2025, 11, 7);
  check_date ("21 ธันวาคม 2568", 2025, 12, 21);
  check_date ("1 ต.ค. 2568", 2025, 10, 1);
  check_date ("29 ก.พ. 67", 2024, 2, 29);
  check_date ("29 กุมภาพันธ์ 2543", 2000, 2, 29); /* 2000 is a leap year */
  check_date ("\xe2\x80\x8b" "7 พ.ย. 68", 2025, 11, 7); /* zero-width space */
  check_date ("7\xc2\xa0พ.ย.\xc2\xa0" "68", 2025, 11, 7); /* NBSP */
  check_date ("วันที่ 1 เดือนตุลาคม 2568", 2025, 10, 1);

  for (int m = 1; m <= 12; m++)
    {
      g_autofree char *full = g_strdup_printf ("1 %s 2568", prs_month_name_full (m));
      g_autofree char *abbr = g_strdup_printf ("1 %s 68", prs_month_name_abbr (m));

      check_date (full, 2025, m, 1);
      check_date (abbr, 2025, m, 1);
    }
}

static void
test_parse_month (void)
{
  static const struct
  {
    const char *text;
    int year, month;
  } cases[] = {
    { "ต.ค. ๖๕", 2022, 10 },
    { "ต.ค.65", 2022, 10 },
    { "ตุลาคม 2565", 2022, 10 },
    { "เดือนตุลาคม พ.ศ. ๒๕๖๕", 2022, 10 },
    { "10/2565", 2022, 10 },
    { "มี.ค. 68", 2025, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      PrsDate date;
      PrsDatePrecision precision;

      g_assert_true (prs_date_parse_partial (cases[i].text, &date, &precision, &error));
      g_assert_no_error (error);
      g_assert_cmpint (precision, ==, PRS_DATE_PRECISION_MONTH);
      g_assert_cmpint (date.year, ==, cases[i].year);
      g_assert_cmpint (date.month, ==, cases[i].month);
      g_assert_cmpint (date.day, ==, 0);

      /* the strict parser wants a day */
      g_assert_false (prs_date_parse (cases[i].text, &date, &error));
      g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
    }

  {
    PrsDate date;
    PrsDatePrecision precision;

    g_assert_true (prs_date_parse_partial ("7 พ.ย. 68", &date, &precision, NULL));
    g_assert_cmpint (precision, ==, PRS_DATE_PRECISION_DAY);
  }
}

static void
test_parse_errors (void)
{
  check_bad ("", PRS_CORE_ERROR_PARSE);
  check_bad ("hello", PRS_CORE_ERROR_PARSE);
  check_bad ("7", PRS_CORE_ERROR_PARSE);
  check_bad ("7/11", PRS_CORE_ERROR_PARSE);
  check_bad ("7/11-2568", PRS_CORE_ERROR_PARSE);       /* mixed separators */
  check_bad ("1/1/123", PRS_CORE_ERROR_PARSE);         /* three-digit year */
  check_bad ("1/1/12345", PRS_CORE_ERROR_PARSE);
  check_bad ("7 พฤศจิ 68", PRS_CORE_ERROR_PARSE);        /* not a month */
  check_bad ("7 พ.ย. 68 10.00 น.", PRS_CORE_ERROR_PARSE); /* trailing words */
  check_bad ("ต.ค.", PRS_CORE_ERROR_PARSE);
  check_bad ("วันศุกร์", PRS_CORE_ERROR_PARSE);
  check_bad ("วันศุกร์ ต.ค. 68", PRS_CORE_ERROR_PARSE);  /* weekday with month only */
  check_bad ("29/2/2568", PRS_CORE_ERROR_RANGE);       /* 2025 is not a leap year */
  check_bad ("29 ก.พ. 2100", PRS_CORE_ERROR_RANGE);    /* 2100 CE is not either */
  check_bad ("31/4/68", PRS_CORE_ERROR_RANGE);
  check_bad ("32/1/68", PRS_CORE_ERROR_RANGE);
  check_bad ("0/1/68", PRS_CORE_ERROR_RANGE);
  check_bad ("1/13/68", PRS_CORE_ERROR_RANGE);
  check_bad ("1/0/68", PRS_CORE_ERROR_RANGE);
  check_bad ("2025-13-01", PRS_CORE_ERROR_RANGE);
  check_bad ("001/1/68", PRS_CORE_ERROR_RANGE);
  check_bad ("1/1/1700", PRS_CORE_ERROR_RANGE);
  check_bad ("1/1/3000", PRS_CORE_ERROR_RANGE);
  check_bad ("13/2568", PRS_CORE_ERROR_RANGE);
  check_bad ("วันจันทร์ที่ ๗ พฤศจิกายน ๒๕๖๘", PRS_CORE_ERROR_RANGE); /* it was a Friday */
  check_bad ("\xff", PRS_CORE_ERROR_ENCODING);
}

static void
check_format (int y, int m, int d, PrsDateStyle style, gboolean thai, const char *expected)
{
  PrsDate date = { y, m, d };
  g_autofree char *s = prs_date_format (&date, style, thai);

  g_assert_cmpstr (s, ==, expected);
}

static void
test_format (void)
{
  check_format (2025, 11, 7, PRS_DATE_STYLE_LONG, TRUE, "๗ พฤศจิกายน ๒๕๖๘");
  check_format (2025, 11, 7, PRS_DATE_STYLE_LONG, FALSE, "7 พฤศจิกายน 2568");
  check_format (2025, 11, 7, PRS_DATE_STYLE_SHORT, TRUE, "๗ พ.ย. ๖๘");
  check_format (2025, 11, 7, PRS_DATE_STYLE_SHORT, FALSE, "7 พ.ย. 68");
  check_format (2025, 11, 7, PRS_DATE_STYLE_NUMERIC, TRUE, "๗/๑๑/๒๕๖๘");
  check_format (2025, 11, 7, PRS_DATE_STYLE_NUMERIC, FALSE, "7/11/2568");
  check_format (2025, 11, 7, PRS_DATE_STYLE_FULL, TRUE, "วันศุกร์ที่ ๗ พฤศจิกายน ๒๕๖๘");
  check_format (1957, 1, 1, PRS_DATE_STYLE_SHORT, FALSE, "1 ม.ค. 00");
  check_format (2026, 2, 8, PRS_DATE_STYLE_SHORT, FALSE, "8 ก.พ. 69");
  check_format (2022, 10, 0, PRS_DATE_STYLE_LONG, TRUE, "ตุลาคม ๒๕๖๕");
  check_format (2022, 10, 0, PRS_DATE_STYLE_SHORT, TRUE, "ต.ค. ๖๕");
  check_format (2022, 10, 0, PRS_DATE_STYLE_NUMERIC, FALSE, "10/2565");
}

static void
test_round_trip (void)
{
  /* every day of two years, every style, both digit sets, parses back to itself */
  PrsDate date = { 2023, 10, 1 };

  for (int n = 0; n < 731; n++)
    {
      for (int style = PRS_DATE_STYLE_LONG; style <= PRS_DATE_STYLE_FULL; style++)
        for (int thai = 0; thai < 2; thai++)
          {
            g_autofree char *s = prs_date_format (&date, (PrsDateStyle) style, thai);
            PrsDate back = { 0 };

            g_assert_true (prs_date_parse (s, &back, NULL));
            g_assert_cmpint (prs_date_compare (&date, &back), ==, 0);
          }
      if (++date.day > prs_date_days_in_month (date.year, date.month))
        {
          date.day = 1;
          if (++date.month > 12)
            date.month = 1, date.year++;
        }
    }
}

static void
test_calendar (void)
{
  PrsDate friday = { 2025, 11, 7 }, a = { 2025, 1, 31 }, b = { 2025, 2, 1 };
  g_autofree char *iso = prs_date_to_iso (&friday);
  PrsDate month = { 2022, 10, 0 };
  g_autofree char *iso_month = prs_date_to_iso (&month);

  g_assert_cmpint (prs_date_weekday (&friday), ==, 5);
  g_assert_cmpstr (prs_weekday_name (5), ==, "ศุกร์");
  g_assert_null (prs_weekday_name (7));
  g_assert_cmpint (prs_date_compare (&a, &b), <, 0);
  g_assert_cmpint (prs_date_compare (&b, &a), >, 0);
  g_assert_cmpstr (iso, ==, "2025-11-07");
  g_assert_cmpstr (iso_month, ==, "2022-10");
  g_assert_cmpint (prs_date_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (prs_date_days_in_month (2025, 2), ==, 28);
  g_assert_cmpint (prs_date_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (prs_date_days_in_month (2000, 2), ==, 29);
  g_assert_true (prs_date_is_valid (2025, 12, 31));
  g_assert_false (prs_date_is_valid (2025, 4, 31));
  g_assert_cmpstr (prs_month_name_full (1), ==, "มกราคม");
  g_assert_cmpstr (prs_month_name_abbr (12), ==, "ธ.ค.");
  g_assert_null (prs_month_name_full (13));
  g_assert_null (prs_month_name_abbr (0));
  g_assert_cmpint (prs_month_from_name ("เม.ย."), ==, 4);
  g_assert_cmpint (prs_month_from_name ("เมย"), ==, 4);
  g_assert_cmpint (prs_month_from_name ("Sept"), ==, 9);
  g_assert_cmpint (prs_month_from_name ("พ."), ==, 0);
  g_assert_cmpint (prs_month_from_name (""), ==, 0);

  /* weekdays agree with GLib's calendar over many years */
  for (int y = 1900; y < 2100; y += 7)
    for (int m = 1; m <= 12; m++)
      {
        PrsDate d = { y, m, 13 };
        g_autoptr (GDate) g = g_date_new_dmy (13, (GDateMonth) m, (GDateYear) y);

        g_assert_cmpint (prs_date_weekday (&d), ==, g_date_get_weekday (g) % 7);
      }
}

static void
test_time (void)
{
  static const struct
  {
    const char *text;
    int h, m;
  } good[] = {
    { "10.00", 10, 0 }, { "10.00 น.", 10, 0 }, { "๑๐.๓๐ น.", 10, 30 }, { "13:30", 13, 30 },
    { "9 น.", 9, 0 },   { "เวลา 09.30 น.", 9, 30 }, { "23.59", 23, 59 }, { "0.00", 0, 0 },
    { "16.30 นาฬิกา", 16, 30 },
  };
  static const char *const bad[] = { "", "24.00", "10.60", "10.5", "10.000", "น.", "abc", "123" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int h = -1, m = -1;

      g_test_message ("time “%s”", good[i].text);
      g_assert_true (prs_time_parse (good[i].text, &h, &m, NULL));
      g_assert_cmpint (h, ==, good[i].h);
      g_assert_cmpint (m, ==, good[i].m);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      int h, m, code;

      g_test_message ("bad time “%s”", bad[i]);
      g_assert_false (prs_time_parse (bad[i], &h, &m, &error));
      code = (g_str_equal (bad[i], "24.00") || g_str_equal (bad[i], "10.60"))
                 ? PRS_CORE_ERROR_RANGE : PRS_CORE_ERROR_PARSE;
      g_assert_error (error, PRS_CORE_ERROR, code);
    }

  {
    g_autofree char *t1 = prs_time_format (10, 0, TRUE);
    g_autofree char *t2 = prs_time_format (9, 30, FALSE);

    g_assert_cmpstr (t1, ==, "๑๐.๐๐ น.");
    g_assert_cmpstr (t2, ==, "09.30 น.");
  }
}

static void
test_fiscal (void)
{
  static const struct
  {
    int y, m, d;
    int fy, quarter, index, round;
  } cases[] = {
    { 2025, 9, 30, 2568, 4, 12, 12 },
    { 2025, 10, 1, 2569, 1, 1, 6 },
    { 2025, 12, 31, 2569, 1, 3, 6 },
    { 2026, 1, 1, 2569, 2, 4, 6 },
    { 2026, 3, 31, 2569, 2, 6, 6 },
    { 2026, 4, 1, 2569, 3, 7, 9 },
    { 2026, 6, 30, 2569, 3, 9, 9 },
    { 2026, 7, 1, 2569, 4, 10, 12 },
    { 2026, 9, 30, 2569, 4, 12, 12 },
    { 2022, 10, 15, 2566, 1, 1, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PrsDate d = { cases[i].y, cases[i].m, cases[i].d };
      int year, month;

      g_assert_cmpint (prs_fiscal_year (&d), ==, cases[i].fy);
      g_assert_cmpint (prs_fiscal_quarter (&d), ==, cases[i].quarter);
      g_assert_cmpint (prs_fiscal_month_index (&d), ==, cases[i].index);
      g_assert_cmpint (prs_fiscal_round_of_date (&d), ==, cases[i].round);
      prs_fiscal_month_to_calendar (cases[i].fy, cases[i].index, &year, &month);
      g_assert_cmpint (year, ==, cases[i].y);
      g_assert_cmpint (month, ==, cases[i].m);
    }
}

static void
check_range (gboolean ok, const PrsDate *first, const PrsDate *last, const char *a, const char *b)
{
  g_autofree char *s1 = prs_date_to_iso (first);
  g_autofree char *s2 = prs_date_to_iso (last);

  g_assert_true (ok);
  g_assert_cmpstr (s1, ==, a);
  g_assert_cmpstr (s2, ==, b);
}

static void
test_fiscal_ranges (void)
{
  PrsDate first, last;

  check_range (prs_fiscal_year_range (2569, &first, &last), &first, &last,
               "2025-10-01", "2026-09-30");
  check_range (prs_fiscal_quarter_range (2569, 1, &first, &last), &first, &last,
               "2025-10-01", "2025-12-31");
  check_range (prs_fiscal_quarter_range (2569, 2, &first, &last), &first, &last,
               "2026-01-01", "2026-03-31");
  check_range (prs_fiscal_quarter_range (2568, 2, &first, &last), &first, &last,
               "2025-01-01", "2025-03-31");
  check_range (prs_fiscal_quarter_range (2569, 3, &first, &last), &first, &last,
               "2026-04-01", "2026-06-30");
  check_range (prs_fiscal_quarter_range (2569, 4, &first, &last), &first, &last,
               "2026-07-01", "2026-09-30");
  check_range (prs_fiscal_round_range (2569, PRS_FISCAL_ROUND_6_MONTHS, &first, &last), &first,
               &last, "2025-10-01", "2026-03-31");
  check_range (prs_fiscal_round_range (2569, PRS_FISCAL_ROUND_9_MONTHS, &first, &last), &first,
               &last, "2025-10-01", "2026-06-30");
  check_range (prs_fiscal_round_range (2569, PRS_FISCAL_ROUND_12_MONTHS, &first, &last), &first,
               &last, "2025-10-01", "2026-09-30");
  /* a leap February inside FY 2567 */
  check_range (prs_fiscal_quarter_range (2567, 2, &first, &last), &first, &last,
               "2024-01-01", "2024-03-31");

  g_assert_false (prs_fiscal_quarter_range (2569, 0, &first, &last));
  g_assert_false (prs_fiscal_quarter_range (2569, 5, &first, &last));
  g_assert_false (prs_fiscal_round_range (2569, (PrsFiscalRound) 3, &first, &last));
  g_assert_false (prs_fiscal_year_range (1000, &first, &last));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/parse-numeric", test_parse_numeric);
  g_test_add_func ("/date/parse-text", test_parse_text);
  g_test_add_func ("/date/parse-month", test_parse_month);
  g_test_add_func ("/date/parse-errors", test_parse_errors);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/round-trip", test_round_trip);
  g_test_add_func ("/date/calendar", test_calendar);
  g_test_add_func ("/date/time", test_time);
  g_test_add_func ("/date/fiscal", test_fiscal);
  g_test_add_func ("/date/fiscal-ranges", test_fiscal_ranges);
  return g_test_run ();
}
