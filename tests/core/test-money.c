/* test-money.c: satang parsing, formatting and BAHTTEXT
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

#define BAHT(b) ((gint64) (b) * 100)

static void
check_text (gint64 satang, const char *expected)
{
  g_autofree char *words = prs_bahttext (satang);

  g_test_message ("%" G_GINT64_FORMAT " satang", satang);
  g_assert_cmpstr (words, ==, expected);
}

static void
test_bahttext_units (void)
{
  check_text (0, "ศูนย์บาทถ้วน");
  check_text (BAHT (1), "หนึ่งบาทถ้วน");
  check_text (BAHT (2), "สองบาทถ้วน");
  check_text (BAHT (10), "สิบบาทถ้วน");
  check_text (BAHT (11), "สิบเอ็ดบาทถ้วน");
  check_text (BAHT (12), "สิบสองบาทถ้วน");
  check_text (BAHT (20), "ยี่สิบบาทถ้วน");
  check_text (BAHT (21), "ยี่สิบเอ็ดบาทถ้วน");
  check_text (BAHT (22), "ยี่สิบสองบาทถ้วน");
  check_text (BAHT (31), "สามสิบเอ็ดบาทถ้วน");
  check_text (BAHT (99), "เก้าสิบเก้าบาทถ้วน");
  check_text (BAHT (100), "หนึ่งร้อยบาทถ้วน");
  check_text (BAHT (101), "หนึ่งร้อยเอ็ดบาทถ้วน");
  check_text (BAHT (110), "หนึ่งร้อยสิบบาทถ้วน");
  check_text (BAHT (111), "หนึ่งร้อยสิบเอ็ดบาทถ้วน");
  check_text (BAHT (121), "หนึ่งร้อยยี่สิบเอ็ดบาทถ้วน");
  check_text (BAHT (1001), "หนึ่งพันเอ็ดบาทถ้วน");
  check_text (BAHT (2000), "สองพันบาทถ้วน");
  check_text (BAHT (1600), "หนึ่งพันหกร้อยบาทถ้วน");
  check_text (BAHT (10000), "หนึ่งหมื่นบาทถ้วน");
  check_text (BAHT (100000), "หนึ่งแสนบาทถ้วน");
  check_text (BAHT (100001), "หนึ่งแสนเอ็ดบาทถ้วน");
  check_text (BAHT (34200), "สามหมื่นสี่พันสองร้อยบาทถ้วน");
  check_text (BAHT (7225), "เจ็ดพันสองร้อยยี่สิบห้าบาทถ้วน");
}

static void
test_bahttext_millions (void)
{
  check_text (BAHT (1000000), "หนึ่งล้านบาทถ้วน");
  check_text (BAHT (1000001), "หนึ่งล้านเอ็ดบาทถ้วน");
  check_text (BAHT (1000010), "หนึ่งล้านสิบบาทถ้วน");
  check_text (BAHT (1000011), "หนึ่งล้านสิบเอ็ดบาทถ้วน");
  check_text (BAHT (1000021), "หนึ่งล้านยี่สิบเอ็ดบาทถ้วน");
  check_text (BAHT (1290000), "หนึ่งล้านสองแสนเก้าหมื่นบาทถ้วน");
  check_text (BAHT (1270000), "หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน");
  check_text (BAHT (2000000), "สองล้านบาทถ้วน");
  check_text (BAHT (10000000), "สิบล้านบาทถ้วน");
  check_text (BAHT (11000000), "สิบเอ็ดล้านบาทถ้วน");
  check_text (BAHT (21000000), "ยี่สิบเอ็ดล้านบาทถ้วน");
  check_text (BAHT (101000000), "หนึ่งร้อยเอ็ดล้านบาทถ้วน");
  check_text (BAHT (101000101), "หนึ่งร้อยเอ็ดล้านหนึ่งร้อยเอ็ดบาทถ้วน");
  check_text (BAHT (999999999), "เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน");
  check_text (BAHT (1000000000), "หนึ่งพันล้านบาทถ้วน");
  check_text (BAHT (1001000000), "หนึ่งพันเอ็ดล้านบาทถ้วน");
}

static void
test_bahttext_trillions (void)
{
  check_text (BAHT (G_GINT64_CONSTANT (1000000000000)), "หนึ่งล้านล้านบาทถ้วน");
  check_text (BAHT (G_GINT64_CONSTANT (1000000000001)), "หนึ่งล้านล้านเอ็ดบาทถ้วน");
  check_text (BAHT (G_GINT64_CONSTANT (1000001000000)), "หนึ่งล้านเอ็ดล้านบาทถ้วน");
  check_text (BAHT (G_GINT64_CONSTANT (2000000000000)), "สองล้านล้านบาทถ้วน");
  check_text (BAHT (G_GINT64_CONSTANT (11000000000000)), "สิบเอ็ดล้านล้านบาทถ้วน");
  check_text (BAHT (G_GINT64_CONSTANT (1234567000000)),
              "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดล้านบาทถ้วน");
  check_text (G_GINT64_CONSTANT (1000000000000000000), /* 10^16 baht */
              "หนึ่งหมื่นล้านล้านบาทถ้วน");
  /* the largest amount: 92,233,720,368,547,758.07 baht */
  check_text (G_MAXINT64,
              "เก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปด"
              "ล้านห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทเจ็ดสตางค์");
}

static void
test_bahttext_satang (void)
{
  check_text (1, "หนึ่งสตางค์");
  check_text (10, "สิบสตางค์");
  check_text (11, "สิบเอ็ดสตางค์");
  check_text (21, "ยี่สิบเอ็ดสตางค์");
  check_text (50, "ห้าสิบสตางค์");
  check_text (99, "เก้าสิบเก้าสตางค์");
  check_text (101, "หนึ่งบาทหนึ่งสตางค์");
  check_text (121, "หนึ่งบาทยี่สิบเอ็ดสตางค์");
  check_text (1125, "สิบเอ็ดบาทยี่สิบห้าสตางค์");
  check_text (BAHT (1000000) + 1, "หนึ่งล้านบาทหนึ่งสตางค์");
  check_text (BAHT (1290000) + 50, "หนึ่งล้านสองแสนเก้าหมื่นบาทห้าสิบสตางค์");
}

static void
test_bahttext_negative (void)
{
  check_text (-BAHT (1), "ลบหนึ่งบาทถ้วน");
  check_text (-BAHT (101), "ลบหนึ่งร้อยเอ็ดบาทถ้วน");
  check_text (-50, "ลบห้าสิบสตางค์");
  check_text (-101, "ลบหนึ่งบาทหนึ่งสตางค์");
  /* the most negative gint64 has no positive counterpart; it must not overflow */
  check_text (G_MININT64,
              "ลบเก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปด"
              "ล้านห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทแปดสตางค์");
}

static void
test_number_words (void)
{
  g_autofree char *zero = prs_thai_number_words (0);
  g_autofree char *one = prs_thai_number_words (1);
  g_autofree char *eleven = prs_thai_number_words (11);

  g_assert_cmpstr (zero, ==, "ศูนย์");
  g_assert_cmpstr (one, ==, "หนึ่ง");
  g_assert_cmpstr (eleven, ==, "สิบเอ็ด");
}

static void
check_parse (const char *text, gint64 satang)
{
  g_autoptr (GError) error = NULL;
  gint64 v = -1;

  g_test_message ("parsing “%s”", text);
  g_assert_true (prs_money_parse (text, &v, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v, ==, satang);
}

static void
check_parse_bad (const char *text, int code)
{
  g_autoptr (GError) error = NULL;
  gint64 v = 0;

  g_test_message ("rejecting “%s”", text);
  g_assert_false (prs_money_parse (text, &v, &error));
  g_assert_error (error, PRS_CORE_ERROR, code);
}

static void
test_money_parse (void)
{
  check_parse ("0", 0);
  check_parse ("1290000", BAHT (1290000));
  check_parse ("1,290,000", BAHT (1290000));
  check_parse ("1,290,000.00", BAHT (1290000));
  check_parse ("๑,๒๙๐,๐๐๐ บาท", BAHT (1290000));
  check_parse ("๑,๒๙๐,๐๐๐บาท", BAHT (1290000));
  check_parse ("1,000.- บาท", BAHT (1000));
  check_parse ("1,000.-", BAHT (1000));
  check_parse ("500 บาทถ้วน", BAHT (500));
  check_parse ("฿1,234.5", 123450);
  check_parse ("12.34", 1234);
  check_parse ("0.01", 1);
  check_parse (".5", 50);
  check_parse ("-7,225", -BAHT (7225));
  check_parse ("-฿20", -BAHT (20));
  check_parse ("  ๓๔,๒๐๐  ", BAHT (34200));
  check_parse ("1,000,000,000,000", BAHT (G_GINT64_CONSTANT (1000000000000)));
  check_parse ("9999999999999999.99", G_GINT64_CONSTANT (999999999999999999));
  check_parse ("40000000000000001", G_GINT64_CONSTANT (4000000000000000100));
  check_parse ("92,233,720,368,547,758.07", G_MAXINT64);
}

static void
test_money_parse_errors (void)
{
  check_parse_bad ("", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("บาท", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("1.234", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("1.001", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("1.000", PRS_CORE_ERROR_PARSE); /* three decimals, even zeros */
  check_parse_bad ("12%", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("ร้อยละ 5", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("1,29,000", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("หนึ่งบาท", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("5 ดอลลาร์", PRS_CORE_ERROR_PARSE);
  check_parse_bad ("99999999999999999", PRS_CORE_ERROR_RANGE);
  check_parse_bad ("92,233,720,368,547,758.08", PRS_CORE_ERROR_RANGE);
  check_parse_bad ("\xc3\x28", PRS_CORE_ERROR_ENCODING);
}

static void
test_money_format (void)
{
  static const struct
  {
    gint64 satang;
    PrsMoneyFormatFlags flags;
    const char *expected;
  } cases[] = {
    { 0, PRS_MONEY_FORMAT_DEFAULT, "0.00" },
    { 1, PRS_MONEY_FORMAT_DEFAULT, "0.01" },
    { BAHT (1290000), PRS_MONEY_FORMAT_DEFAULT, "1,290,000.00" },
    { BAHT (1290000), PRS_MONEY_FORMAT_THAI_DIGITS, "๑,๒๙๐,๐๐๐.๐๐" },
    { BAHT (1290000), PRS_MONEY_FORMAT_THAI_DIGITS | PRS_MONEY_FORMAT_NO_SATANG
                        | PRS_MONEY_FORMAT_BAHT_SUFFIX, "๑,๒๙๐,๐๐๐ บาท" },
    { 129000050, PRS_MONEY_FORMAT_NO_SATANG, "1,290,000.50" },
    { -BAHT (999), PRS_MONEY_FORMAT_DEFAULT, "-999.00" },
    { -BAHT (1000), PRS_MONEY_FORMAT_DEFAULT, "-1,000.00" },
    { -5, PRS_MONEY_FORMAT_DEFAULT, "-0.05" },
    { BAHT (100000), PRS_MONEY_FORMAT_DEFAULT, "100,000.00" },
    { G_MAXINT64, PRS_MONEY_FORMAT_DEFAULT, "92,233,720,368,547,758.07" },
    { G_MININT64, PRS_MONEY_FORMAT_DEFAULT, "-92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = prs_money_format (cases[i].satang, cases[i].flags);

      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

static void
test_money_round_trip (void)
{
  /* every formatted amount parses back to itself */
  static const gint64 amounts[] = { 0, 1, 99, 100, 101, 123456789, -98765, BAHT (1000000) };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    for (int thai = 0; thai < 2; thai++)
      {
        g_autofree char *s = prs_money_format (amounts[i], thai ? PRS_MONEY_FORMAT_THAI_DIGITS : 0);
        gint64 back = -1;

        g_assert_true (prs_money_parse (s, &back, NULL));
        g_assert_cmpint (back, ==, amounts[i]);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/bahttext/units", test_bahttext_units);
  g_test_add_func ("/money/bahttext/millions", test_bahttext_millions);
  g_test_add_func ("/money/bahttext/trillions", test_bahttext_trillions);
  g_test_add_func ("/money/bahttext/satang", test_bahttext_satang);
  g_test_add_func ("/money/bahttext/negative", test_bahttext_negative);
  g_test_add_func ("/money/number-words", test_number_words);
  g_test_add_func ("/money/parse", test_money_parse);
  g_test_add_func ("/money/parse-errors", test_money_parse_errors);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/round-trip", test_money_round_trip);
  return g_test_run ();
}
