/* test-allowance.c: meeting allowance rates and totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

#define BAHT(b) ((gint64) (b) * 100)

static void
test_roles (void)
{
  PrsMemberRole role;

  g_assert_cmpstr (prs_member_role_to_thai (PRS_MEMBER_ROLE_CHAIR), ==, "ประธานกรรมการ");
  g_assert_cmpstr (prs_member_role_to_key (PRS_MEMBER_ROLE_MEMBER_SECRETARY), ==,
                   "member-secretary");
  g_assert_null (prs_member_role_to_thai (PRS_MEMBER_ROLE_N_ROLES));

  g_assert_true (prs_member_role_parse ("ประธาน", &role));
  g_assert_cmpint (role, ==, PRS_MEMBER_ROLE_CHAIR);
  g_assert_true (prs_member_role_parse ("กรรมการ และเลขานุการ", &role));
  g_assert_cmpint (role, ==, PRS_MEMBER_ROLE_MEMBER_SECRETARY);
  g_assert_true (prs_member_role_parse ("กรรมการและผู้ช่วยเลขานุการ", &role));
  g_assert_cmpint (role, ==, PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY);
  g_assert_true (prs_member_role_parse ("vice-chair", &role));
  g_assert_cmpint (role, ==, PRS_MEMBER_ROLE_VICE_CHAIR);
  g_assert_false (prs_member_role_parse ("ผู้สังเกตการณ์", &role));
  g_assert_false (prs_member_role_parse ("", &role));

  for (int r = 0; r < PRS_MEMBER_ROLE_N_ROLES; r++)
    {
      g_assert_true (prs_member_role_parse (prs_member_role_to_thai (r), &role));
      g_assert_cmpint (role, ==, r);
      g_assert_true (prs_member_role_parse (prs_member_role_to_key (r), &role));
      g_assert_cmpint (role, ==, r);
    }
}

static void
test_rates_by_date (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new ();
  g_autoptr (GError) error = NULL;
  PrsDate old = { 2019, 1, 1 }, change = { 2023, 2, 8 };
  PrsDate before_old = { 2018, 12, 31 }, day_before = { 2023, 2, 7 }, later = { 2025, 11, 7 };
  gint64 rate = 0;

  /* inserted out of order on purpose */
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &change, BAHT (1600));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &old, BAHT (1000));

  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &old, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (1000));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &day_before, &rate,
                                             NULL));
  g_assert_cmpint (rate, ==, BAHT (1000));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &change, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (1600));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &later, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (1600));

  g_assert_false (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &before_old, &rate,
                                              &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_CHAIR, &later, &rate, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND);

  /* setting the same role and date again replaces the rate */
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &change, BAHT (1700));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &later, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (1700));
}

static void
test_ethics_2566 (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  PrsDate d = { 2025, 11, 7 }, before = { 2023, 2, 7 };
  gint64 rate;

  g_assert_cmpint (prs_allowance_chair_rate (BAHT (1600)), ==, BAHT (2000));
  g_assert_cmpint (prs_allowance_chair_rate (BAHT (1000)), ==, BAHT (1250));
  g_assert_cmpint (prs_allowance_chair_rate (2), ==, 3);   /* 2.5 satang, half up */
  g_assert_cmpint (prs_allowance_chair_rate (1), ==, 1);   /* 1.25 */
  g_assert_cmpint (prs_allowance_chair_rate (3), ==, 4);   /* 3.75 */

  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_CHAIR, &d, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (2000));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &d, &rate, NULL));
  g_assert_cmpint (rate, ==, BAHT (1600));
  g_assert_true (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER_SECRETARY, &d, &rate,
                                             NULL));
  g_assert_cmpint (rate, ==, BAHT (1600));
  g_assert_false (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_MEMBER, &before, &rate, NULL));
  g_assert_false (prs_allowance_table_lookup (table, PRS_MEMBER_ROLE_ADVISOR, &d, &rate, NULL));
}

static void
test_meeting (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  /* the minutes' committee: a chair, five members and a member and secretary */
  const PrsAllowanceAttendee people[] = {
    { 1, PRS_MEMBER_ROLE_CHAIR, TRUE, FALSE },
    { 2, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 3, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 4, PRS_MEMBER_ROLE_MEMBER, FALSE, FALSE }, /* absent: not paid */
    { 5, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 6, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 7, PRS_MEMBER_ROLE_MEMBER_SECRETARY, TRUE, FALSE },
  };
  PrsAllowanceMeeting meeting = { 10, { 2025, 3, 20 }, people, G_N_ELEMENTS (people) };
  g_autoptr (GArray) pay = NULL;
  gint64 total = 0;

  pay = prs_allowance_meeting (table, &meeting, &total, NULL);
  g_assert_nonnull (pay);
  g_assert_cmpuint (pay->len, ==, 6);
  g_assert_cmpint (total, ==, BAHT (2000 + 5 * 1600));
  g_assert_cmpint (g_array_index (pay, PrsAllowancePayment, 0).person_id, ==, 1);
  g_assert_cmpint (g_array_index (pay, PrsAllowancePayment, 0).satang, ==, BAHT (2000));
  g_assert_cmpint (g_array_index (pay, PrsAllowancePayment, 3).person_id, ==, 5);
}

static void
test_acting_chair (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  const PrsAllowanceAttendee people[] = {
    { 1, PRS_MEMBER_ROLE_CHAIR, FALSE, FALSE },
    { 2, PRS_MEMBER_ROLE_VICE_CHAIR, TRUE, TRUE }, /* chairs in the chair's absence */
    { 3, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
  };
  PrsAllowanceMeeting meeting = { 11, { 2025, 6, 2 }, people, G_N_ELEMENTS (people) };
  g_autoptr (GArray) pay = NULL;
  const PrsAllowancePayment *p;
  gint64 total = 0;

  pay = prs_allowance_meeting (table, &meeting, &total, NULL);
  g_assert_nonnull (pay);
  g_assert_cmpuint (pay->len, ==, 2);
  p = &g_array_index (pay, PrsAllowancePayment, 0);
  g_assert_cmpint (p->person_id, ==, 2);
  g_assert_cmpint (p->role, ==, PRS_MEMBER_ROLE_VICE_CHAIR);
  g_assert_cmpint (p->paid_as, ==, PRS_MEMBER_ROLE_CHAIR);
  g_assert_cmpint (p->satang, ==, BAHT (2000));
  g_assert_cmpint (total, ==, BAHT (3600));
}

static void
check_meeting_error (const PrsAllowanceAttendee *people, guint n, int code)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  g_autoptr (GError) error = NULL;
  PrsAllowanceMeeting meeting = { 12, { 2025, 6, 2 }, people, n };
  GArray *pay = prs_allowance_meeting (table, &meeting, NULL, &error);

  g_assert_null (pay);
  g_assert_error (error, PRS_CORE_ERROR, code);
  g_test_message ("%s", error->message);
}

static void
test_meeting_errors (void)
{
  const PrsAllowanceAttendee twice[] = {
    { 1, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 1, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
  };
  const PrsAllowanceAttendee two_acting[] = {
    { 1, PRS_MEMBER_ROLE_MEMBER, TRUE, TRUE },
    { 2, PRS_MEMBER_ROLE_MEMBER, TRUE, TRUE },
  };
  const PrsAllowanceAttendee acting_with_chair[] = {
    { 1, PRS_MEMBER_ROLE_CHAIR, TRUE, FALSE },
    { 2, PRS_MEMBER_ROLE_MEMBER, TRUE, TRUE },
  };
  const PrsAllowanceAttendee absent_acting[] = {
    { 2, PRS_MEMBER_ROLE_MEMBER, FALSE, TRUE },
  };
  const PrsAllowanceAttendee no_rate[] = {
    { 2, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
    { 3, PRS_MEMBER_ROLE_ADVISOR, TRUE, FALSE },
  };

  check_meeting_error (twice, G_N_ELEMENTS (twice), PRS_CORE_ERROR_PARSE);
  check_meeting_error (two_acting, G_N_ELEMENTS (two_acting), PRS_CORE_ERROR_PARSE);
  check_meeting_error (acting_with_chair, G_N_ELEMENTS (acting_with_chair), PRS_CORE_ERROR_PARSE);
  check_meeting_error (absent_acting, G_N_ELEMENTS (absent_acting), PRS_CORE_ERROR_PARSE);
  check_meeting_error (no_rate, G_N_ELEMENTS (no_rate), PRS_CORE_ERROR_NOT_FOUND);
}

static void
test_empty_meeting (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  PrsAllowanceMeeting meeting = { 13, { 2025, 6, 2 }, NULL, 0 };
  g_autoptr (GArray) pay = NULL;
  gint64 total = -1;

  pay = prs_allowance_meeting (table, &meeting, &total, NULL);
  g_assert_nonnull (pay);
  g_assert_cmpuint (pay->len, ==, 0);
  g_assert_cmpint (total, ==, 0);
}

static void
test_totals (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new ();
  PrsDate d2019 = { 2019, 1, 1 }, d2024 = { 2024, 10, 1 };
  const PrsAllowanceAttendee m1[] = {
    { 100, PRS_MEMBER_ROLE_CHAIR, TRUE, FALSE },
    { 200, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE },
  };
  const PrsAllowanceAttendee m2[] = {
    { 100, PRS_MEMBER_ROLE_CHAIR, FALSE, FALSE },
    { 200, PRS_MEMBER_ROLE_MEMBER, TRUE, TRUE },
    { 300, PRS_MEMBER_ROLE_MEMBER_SECRETARY, TRUE, FALSE },
  };
  const PrsAllowanceAttendee m3[] = {
    { 100, PRS_MEMBER_ROLE_CHAIR, TRUE, FALSE },
    { 300, PRS_MEMBER_ROLE_MEMBER_SECRETARY, TRUE, FALSE },
  };
  const PrsAllowanceMeeting meetings[] = {
    { 1, { 2024, 9, 30 }, m1, G_N_ELEMENTS (m1) },  /* FY 2567, old rates */
    { 2, { 2024, 10, 1 }, m2, G_N_ELEMENTS (m2) },  /* FY 2568, new rates */
    { 3, { 2025, 9, 30 }, m3, G_N_ELEMENTS (m3) },  /* FY 2568 */
    { 4, { 2025, 10, 1 }, m1, G_N_ELEMENTS (m1) },  /* FY 2569 */
  };
  g_autoptr (GArray) people = NULL;
  g_autoptr (GArray) years = NULL;
  const PrsAllowancePersonTotal *p;
  const PrsAllowanceYearTotal *y;

  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &d2019, BAHT (1000));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_CHAIR, &d2019, BAHT (1250));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER_SECRETARY, &d2019, BAHT (1000));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &d2024, BAHT (1600));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_CHAIR, &d2024, BAHT (2000));
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER_SECRETARY, &d2024, BAHT (1600));

  people = prs_allowance_totals (table, meetings, G_N_ELEMENTS (meetings), &years, NULL);
  g_assert_nonnull (people);
  g_assert_nonnull (years);

  /* (2567,100) (2567,200) (2568,100) (2568,200) (2568,300) (2569,100) (2569,200) */
  g_assert_cmpuint (people->len, ==, 7);
  p = &g_array_index (people, PrsAllowancePersonTotal, 0);
  g_assert_cmpint (p->fiscal_year, ==, 2567);
  g_assert_cmpint (p->person_id, ==, 100);
  g_assert_cmpint (p->satang, ==, BAHT (1250));
  p = &g_array_index (people, PrsAllowancePersonTotal, 2);
  g_assert_cmpint (p->fiscal_year, ==, 2568);
  g_assert_cmpint (p->person_id, ==, 100);
  g_assert_cmpuint (p->meetings, ==, 1);
  g_assert_cmpint (p->satang, ==, BAHT (2000));
  p = &g_array_index (people, PrsAllowancePersonTotal, 3);
  g_assert_cmpint (p->person_id, ==, 200);
  g_assert_cmpint (p->satang, ==, BAHT (2000)); /* acting chair */
  p = &g_array_index (people, PrsAllowancePersonTotal, 4);
  g_assert_cmpint (p->person_id, ==, 300);
  g_assert_cmpuint (p->meetings, ==, 2);
  g_assert_cmpint (p->satang, ==, BAHT (3200));

  g_assert_cmpuint (years->len, ==, 3);
  y = &g_array_index (years, PrsAllowanceYearTotal, 0);
  g_assert_cmpint (y->fiscal_year, ==, 2567);
  g_assert_cmpuint (y->meetings, ==, 1);
  g_assert_cmpuint (y->payments, ==, 2);
  g_assert_cmpint (y->satang, ==, BAHT (2250));
  y = &g_array_index (years, PrsAllowanceYearTotal, 1);
  g_assert_cmpint (y->fiscal_year, ==, 2568);
  g_assert_cmpuint (y->meetings, ==, 2);
  g_assert_cmpuint (y->payments, ==, 4);
  g_assert_cmpint (y->satang, ==, BAHT (2000 + 1600 + 2000 + 1600));
  y = &g_array_index (years, PrsAllowanceYearTotal, 2);
  g_assert_cmpint (y->fiscal_year, ==, 2569);
  g_assert_cmpint (y->satang, ==, BAHT (3600));
}

static void
test_totals_error (void)
{
  g_autoptr (PrsAllowanceTable) table = prs_allowance_table_new_ethics_2566 ();
  g_autoptr (GError) error = NULL;
  const PrsAllowanceAttendee m[] = { { 1, PRS_MEMBER_ROLE_MEMBER, TRUE, FALSE } };
  const PrsAllowanceMeeting meetings[] = {
    { 1, { 2025, 1, 10 }, m, 1 },
    { 2, { 2020, 1, 10 }, m, 1 }, /* before the table's first rate */
  };
  GArray *years = NULL;
  GArray *people = prs_allowance_totals (table, meetings, 2, &years, &error);

  g_assert_null (people);
  g_assert_null (years);
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/allowance/roles", test_roles);
  g_test_add_func ("/allowance/rates-by-date", test_rates_by_date);
  g_test_add_func ("/allowance/ethics-2566", test_ethics_2566);
  g_test_add_func ("/allowance/meeting", test_meeting);
  g_test_add_func ("/allowance/acting-chair", test_acting_chair);
  g_test_add_func ("/allowance/meeting-errors", test_meeting_errors);
  g_test_add_func ("/allowance/empty-meeting", test_empty_meeting);
  g_test_add_func ("/allowance/totals", test_totals);
  g_test_add_func ("/allowance/totals-error", test_totals_error);
  return g_test_run ();
}
