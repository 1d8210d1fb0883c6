/* test-plan-table.c: reading plan tables as secretariats type them (core)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-core.h"

static PrsPlanTable *
parse_bytes (const char *data, gsize len, GError **error)
{
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) rows = prs_csv_parse_lines (data, len, NULL, NULL, &lines, error);

  if (rows == NULL)
    return NULL;
  return prs_plan_table_parse (rows, lines, error);
}

static PrsPlanTable *
parse (const char *csv)
{
  g_autoptr (GError) error = NULL;
  PrsPlanTable *t = parse_bytes (csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  return t;
}

static char *
parse_error (const char *csv)
{
  g_autoptr (GError) error = NULL;
  PrsPlanTable *t = parse_bytes (csv, strlen (csv), &error);

  g_assert_null (t);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static PrsPlanTableItem *
item (PrsPlanTable *t, guint i)
{
  g_assert_cmpuint (i, <, t->items->len);
  return g_ptr_array_index (t->items, i);
}

static gint64
total_budget (PrsPlanTable *t)
{
  gint64 sum = 0;

  for (guint i = 0; i < t->items->len; i++)
    {
      PrsPlanTableItem *it = item (t, i);
      if (!it->is_group && it->budget_kind == PRS_PLAN_BUDGET_AMOUNT)
        sum += it->budget_satang;
    }
  return sum;
}

static void
test_budget_forms (void)
{
  static const struct
  {
    const char *text;
    PrsPlanBudgetKind kind;
    gint64 satang;
    const char *ref;
  } cases[] = {
    { "7,225", PRS_PLAN_BUDGET_AMOUNT, 722500, NULL },
    { "๗,๒๒๕", PRS_PLAN_BUDGET_AMOUNT, 722500, NULL },
    { "7225.50", PRS_PLAN_BUDGET_AMOUNT, 722550, NULL },
    { "7,225 บาท", PRS_PLAN_BUDGET_AMOUNT, 722500, NULL },
    { "๑,๒๗๐,๐๐๐.- บาท", PRS_PLAN_BUDGET_AMOUNT, 127000000, NULL },
    { "ประมาณการงบประมาณ ๑๐,๐๒๕ บาท", PRS_PLAN_BUDGET_AMOUNT, 1002500, NULL },
    { "1.2 ล้านบาท", PRS_PLAN_BUDGET_AMOUNT, 120000000, NULL },
    { " 5000 ", PRS_PLAN_BUDGET_AMOUNT, 500000, NULL },
    { "-", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "–", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "n/a", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "N/A", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "ไม่ใช้งบประมาณ", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "(ไม่ใช้งบประมาณ)", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "0", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "", PRS_PLAN_BUDGET_NONE, 0, NULL },
    { "ใช้งบประมาณร่วมกับกิจกรรมที่ ๑๒", PRS_PLAN_BUDGET_SHARED, 0, "12" },
    { "ใช้งบประมาณวงเงินเดียวกับกิจกรรม ข้อ ๑๒", PRS_PLAN_BUDGET_SHARED, 0, "12" },
    { "shared with 1.2", PRS_PLAN_BUDGET_SHARED, 0, "1.2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *ref = NULL;
      PrsPlanBudgetKind kind;
      gint64 satang;

      g_assert_true (prs_plan_parse_budget (cases[i].text, &kind, &satang, &ref, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, cases[i].kind);
      g_assert_cmpint (satang, ==, cases[i].satang);
      g_assert_cmpstr (ref, ==, cases[i].ref);
    }
  {
    static const char *const bad[] = { "ห้าพันบาท", "7225.505", "abc", "TBD" };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr (GError) error = NULL;
        PrsPlanBudgetKind kind;
        gint64 satang;
        g_assert_false (prs_plan_parse_budget (bad[i], &kind, &satang, NULL, &error));
        g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
      }
  }
}

/* The 2566 shape: title rows, a band over the quarter columns, group rows in the
 * number column, Thai digits, a repeated header, a continuation row, arrows, a
 * shared budget, a total row. */
static void
test_quarters_groups_across (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "แผนปฏิบัติการด้านส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙,,,,,,,,,\n"
    ",,,,,,,,,\n"
    "ลำดับ ที่,โครงการ/กิจกรรม,วัตถุประสงค์,ตัวชี้วัด,งบประมาณ (บาท),ระยะเวลาดำเนินงาน,,,,หน่วยงานที่ รับผิดชอบ\n"
    ",,,,,ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๘),ไตรมาสที่ ๒,ไตรมาสที่ ๓,ไตรมาสที่ ๔,\n"
    "แนวทางการพัฒนาที่ ๑ ยกย่องเชิดชู,,,,,,,,,\n"
    "๑.,กิจกรรมหนึ่ง,เพื่อหนึ่ง,ตัวชี้วัด : จำนวนคน เป้าหมาย : ๑๐ คน,\"๑๕๐,๐๐๐\",↔,,,,สลก.\n"
    "๒.,กิจกรรมสอง,เพื่อสอง,มีหน่วยงานไม่น้อยกว่า ๒ หน่วยงาน,\"50,000.50\",,✓,,,กพร.\n"
    ",,และอีกข้อ,,,,,,,\n"
    "ลำดับ ที่,โครงการ/กิจกรรม,วัตถุประสงค์,ตัวชี้วัด,งบประมาณ (บาท),ระยะเวลาดำเนินงาน,,,,หน่วยงานที่ รับผิดชอบ\n"
    "แนวทางการพัฒนาที่ ๒ ส่งเสริมความร่วมมือ,,,,,,,,,\n"
    "๓.,กิจกรรม ๕ ส,เพื่อสาม,จัดกิจกรรม ไม่น้อยกว่า ๑ ครั้ง ต่อปี,n/a,←,,,→,ทุกหน่วยงาน\n"
    "๔.,กิจกรรมสี่,เพื่อสี่,,ใช้งบประมาณวงเงินเดียวกับกิจกรรม ข้อ ๑,x,,,,ทุก หน่วยงาน ในสังกัด\n"
    "รวม,จำนวน ๔ โครงการ/กิจกรรม,,,\"๒๐๐,๐๐๐.๕๐\",,,,,\n");
  PrsPlanTableItem *g1, *a1, *a2, *a3, *a4;

  g_assert_cmpstr (t->title, ==, "แผนปฏิบัติการด้านส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
  g_assert_cmpuint (t->header_line, ==, 3);
  g_assert_cmpuint (t->items->len, ==, 6);
  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 4);
  g_assert_true (t->numbered_across);
  g_assert_cmpstr (g_ptr_array_index (t->level_names, 0), ==, "แนวทางการพัฒนา");
  g_assert_cmpstr (g_ptr_array_index (t->level_names, 1), ==, "โครงการ/กิจกรรม");
  g1 = item (t, 0);
  a1 = item (t, 1);
  a2 = item (t, 2);
  a3 = item (t, 4);
  a4 = item (t, 5);
  g_assert_true (g1->is_group);
  g_assert_cmpstr (g1->title, ==, "ยกย่องเชิดชู");
  g_assert_cmpint (a1->parent, ==, 0);
  g_assert_cmpint (a3->parent, ==, 3);
  g_assert_cmpstr (a1->number, ==, "1");
  g_assert_cmpstr (a3->number, ==, "3");
  g_assert_cmpuint (a1->line, ==, 6);
  g_assert_cmpint (a1->budget_satang, ==, 15000000);
  g_assert_cmpuint (a1->months, ==, 0x7);
  g_assert_cmpuint (a1->indicators->len, ==, 1);
  {
    PrsPlanTableIndicator *ind = g_ptr_array_index (a1->indicators, 0);
    g_assert_cmpstr (ind->name, ==, "จำนวนคน");
    g_assert_true (ind->has_target);
    g_assert_cmpint (ind->target_hundredths, ==, 1000);
    g_assert_cmpstr (ind->unit, ==, "คน");
  }
  g_assert_cmpuint (a2->months, ==, 0x38);
  g_assert_cmpstr (a2->objective, ==, "เพื่อสอง\nและอีกข้อ"); /* continuation row */
  g_assert_cmpstr (g_ptr_array_index (a2->units, 0), ==, "กพร.");
  g_assert_cmpuint (a3->months, ==, 0xFFF); /* ← … → */
  g_assert_cmpint (a3->budget_kind, ==, PRS_PLAN_BUDGET_NONE);
  g_assert_true (a3->all_units);
  g_assert_cmpstr (a3->title, ==, "กิจกรรม ๕ ส"); /* not "กิจกรรมที่ ๕" */
  g_assert_cmpint (a4->budget_kind, ==, PRS_PLAN_BUDGET_SHARED);
  g_assert_cmpint (a4->shared_with, ==, 1);
  g_assert_true (a4->all_units);
  g_assert_cmpint (total_budget (t), ==, 20000050);
  g_assert_cmpuint (t->warnings->len, ==, 0); /* the total row agrees */
}

/* The 2568 results shape: "ยุทธศาสตร์ที่ ๑ …" and "กิจกรรมที่ ๓ …" rows in one column,
 * a strategy row carrying its total (not counted twice). */
static void
test_keyword_rows (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ยุทธศาสตร์/กิจกรรม,งบประมาณ,สถานะ,Common KPI\n"
    "ยุทธศาสตร์ที่ ๑ การสร้างมาตรฐาน,\"๗,๒๒๕\",,\n"
    "กิจกรรมที่ ๑ No Gift Policy,ไม่ใช้งบประมาณ,ดำเนินการแล้วเสร็จ,✓\n"
    "กิจกรรมที่ ๒ อบรมจริยธรรม,\"๗,๒๒๕\",ดำเนินการแล้วเสร็จ,\n"
    "ยุทธศาสตร์ที่ ๒ การผลักดันนโยบาย,,,\n"
    "กิจกรรมที่ ๓ ช่องทางร้องเรียน,-,อยู่ระหว่างดำเนินการ,-\n"
    "กิจกรรมที่ ๔ ITA,3375,ยกเลิก,x\n");
  PrsPlanTableItem *s1 = item (t, 0), *a1 = item (t, 1), *a3 = item (t, 4), *a4 = item (t, 5);

  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 4);
  g_assert_true (s1->is_group);
  g_assert_cmpstr (s1->title, ==, "การสร้างมาตรฐาน");
  g_assert_cmpstr (s1->level_name, ==, "ยุทธศาสตร์");
  g_assert_cmpint (a3->parent, ==, 3);
  g_assert_true (t->numbered_across);
  g_assert_cmpstr (a1->status, ==, "done");
  g_assert_true (a1->common_kpi);
  g_assert_cmpstr (a3->status, ==, "in_progress");
  g_assert_false (a3->common_kpi); /* "-" is no mark */
  g_assert_cmpstr (a4->status, ==, "cancelled");
  g_assert_true (a4->common_kpi);
  g_assert_cmpint (total_budget (t), ==, 1060000);
}

/* Dotted numbers four levels deep, English headers, a percent target. */
static void
test_dotted (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "No.,Title,Indicator,Target,Unit,Budget,Q1,Q2,Q3,Q4,Responsible\n"
    "1,Strategy one,,,,,,,,,\n"
    "1.1,Tactic one,,,,,,,,,\n"
    "1.1.1,Seminar,Seminars held,4,ครั้ง,\"12,500.00\",x,,x,,Finance\n"
    "1.1.2,Training,Staff trained,80,%,7225.50,,x,,,HR / Finance\n"
    "2,Strategy two,,,,,,,,,\n"
    "2.1,Campaign,Articles,10,เรื่อง,-,x,x,x,x,ALL UNITS\n");
  PrsPlanTableItem *a = item (t, 2), *b = item (t, 3), *c = item (t, 5);

  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 3);
  g_assert_cmpuint (a->depth, ==, 2);
  g_assert_cmpint (a->parent, ==, 1);
  g_assert_cmpuint (c->depth, ==, 1);
  g_assert_cmpint (c->parent, ==, 4);
  g_assert_false (t->numbered_across);
  g_assert_cmpuint (a->months, ==, 0x1C7);
  {
    PrsPlanTableIndicator *ind = g_ptr_array_index (b->indicators, 0);
    g_assert_cmpint (ind->target_hundredths, ==, 8000);
    g_assert_cmpstr (ind->unit, ==, "ร้อยละ");
  }
  g_assert_cmpuint (b->units->len, ==, 2);
  g_assert_true (c->all_units);
  g_assert_cmpint (total_budget (t), ==, 1972550);
}

/* A level column, misspelt headers (tone marks left out), month columns, and the
 * file in Windows-874. */
static void
test_level_column_win874 (void)
{
  const char *utf8 =
    "ระดับ,ลำดับ,ชื่อโครงการ,วัตถุประสงค,ตัวชีวัด,เปาหมาย,งบประมาน (บาท),ต.ค.,พ.ย.,ธ.ค.,ม.ค.,ก.พ.,มี.ค.,เม.ย.,"
    "พ.ค.,มิ.ย.,ก.ค.,ส.ค.,ก.ย.,หน่วยงานรับผิดชอบ\r\n"
    "1,๑,ป้องกันการทุจริตเชิงรุก,,,,,,,,,,,,,,,,,\r\n"
    "2,๑.๑,อบรมผู้บริหาร,เพื่อรู้เท่าทัน,จำนวนผู้เข้าอบรม,๕๐ คน,\"๒๐,๐๐๐\",,,1,,,,,,,,,,สลก.\r\n"
    "2,๑.๒,จัดทำคู่มือ,,จำนวนคู่มือ,๑ เล่ม,๕๐๐๐,,,,,,,/,/,,,,,กพร.\r\n";
  g_autofree char *tis = g_convert (utf8, -1, "WINDOWS-874", "UTF-8", NULL, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsPlanTable) t = NULL;
  PrsPlanTableItem *a, *b;

  g_assert_nonnull (tis);
  t = parse_bytes (tis, strlen (tis), &error);
  g_assert_no_error (error);
  a = item (t, 1);
  b = item (t, 2);
  g_assert_cmpuint (a->depth, ==, 1);
  g_assert_cmpint (a->parent, ==, 0);
  g_assert_cmpstr (a->objective, ==, "เพื่อรู้เท่าทัน");
  g_assert_cmpuint (a->months, ==, 1u << 2);
  g_assert_cmpuint (b->months, ==, (1u << 6) | (1u << 7));
  g_assert_cmpint (a->budget_satang, ==, 2000000);
  g_assert_cmpint (b->budget_satang, ==, 500000);
  {
    PrsPlanTableIndicator *ind = g_ptr_array_index (b->indicators, 0);
    g_assert_cmpstr (ind->name, ==, "จำนวนคู่มือ");
    g_assert_cmpint (ind->target_hundredths, ==, 100);
    g_assert_cmpstr (ind->unit, ==, "เล่ม");
  }
}

/* A strategy column whose merged cells are empty below the first activity. */
static void
test_group_column_merged (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ยุทธศาสตร์,กิจกรรม,งบประมาณ\n"
    "1. สร้างมาตรฐาน,อบรม,1000\n"
    ",สัมมนา,2000\n"
    "2. ผลักดันนโยบาย,ประชุม,500\n"
    ",เผยแพร่,-\n");

  g_assert_cmpuint (t->items->len, ==, 6);
  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 4);
  g_assert_true (item (t, 0)->is_group);
  g_assert_cmpstr (item (t, 0)->title, ==, "สร้างมาตรฐาน");
  g_assert_cmpint (item (t, 2)->parent, ==, 0);
  g_assert_cmpint (item (t, 5)->parent, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (t->level_names, 0), ==, "ยุทธศาสตร์");
  g_assert_cmpint (total_budget (t), ==, 350000);
}

/* No budget column: the budget written in the title, as minutes print results. */
static void
test_budget_in_title (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "กิจกรรม,ผลการดำเนินการ\n"
    "กิจกรรมที่ ๑ No Gift Policy (ไม่ใช้งบประมาณ),ประกาศแล้ว\n"
    "\"กิจกรรมที่ ๒ อบรม (ใช้งบประมาณ ๗,๒๒๕ บาท)\",อบรมแล้ว\n");

  g_assert_cmpint (item (t, 0)->budget_kind, ==, PRS_PLAN_BUDGET_NONE);
  g_assert_cmpint (item (t, 1)->budget_satang, ==, 722500);
  g_assert_cmpstr (item (t, 1)->title, ==, "อบรม");
}

static void
test_errors (void)
{
  g_autofree char *e1 = parse_error ("ที่,กิจกรรม,งบประมาณ\n1,อบรม,\"5,000\"\n\n2,สัมมนา,ประมาณห้าพันบาท\n");
  g_autofree char *e2 = parse_error ("a,b\n1,2\n");
  g_autofree char *e3 = parse_error ("ระดับ,กิจกรรม\n2,ลอย\n");
  g_autofree char *e4 = parse_error ("ระดับ,กิจกรรม\n0,ศูนย์\n");
  g_autofree char *e5 = parse_error ("ที่,กิจกรรม,งบประมาณ\n");
  g_autofree char *e6 = parse_error ("ที่,กิจกรรม,งบประมาณ\n1,\"ไม่ปิด,5\n");

  /* the blank line counts: the bad budget is on line 4, column C */
  g_assert_nonnull (strstr (e1, "4"));
  g_assert_nonnull (strstr (e1, "C"));
  g_assert_nonnull (strstr (e1, "ประมาณห้าพันบาท"));
  g_assert_nonnull (strstr (e2, "1"));
  g_assert_nonnull (strstr (e3, "2"));
  g_assert_nonnull (strstr (e3, "A"));
  g_assert_nonnull (strstr (e4, "A"));
  g_assert_nonnull (strstr (e5, "1"));
  g_assert_nonnull (strstr (e6, "2"));
}

/* A wrong total is a warning (with the difference), not an error. */
static void
test_warnings (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ที่,กิจกรรม,งบประมาณ\n"
    "1,อบรม,ใช้งบประมาณร่วมกับกิจกรรมที่ 2\n"
    "2,สัมมนา,100\n"
    "รวม,,200.50\n");

  g_assert_cmpuint (t->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (t->warnings, 0), "Line 4"));
  g_assert_nonnull (strstr (g_ptr_array_index (t->warnings, 0), "100.50"));
}

/* A unit cell merged down over several activities reaches CSV only in its first row:
 * the others are not given that unit (no guess) but named in one warning; rows that all
 * have a unit, or a table without units, give none. */
static void
test_units_blank_under_filled (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ลำดับ,โครงการ/กิจกรรม,งบประมาณ,หน่วยงานที่รับผิดชอบ\n"
    "๑,อบรมจริยธรรม,5000,กลุ่มงานบริหารทรัพยากรบุคคล\n"
    "๒,ยกย่องคนดี,3000,\n"
    "๓,ประกาศเจตนารมณ์,2000,\n"
    "๔,เผยแพร่ประมวลจริยธรรม,1000,กลุ่มงานคุ้มครองจริยธรรม\n"
    "๕,ประเมินผล,,\n"
    "๖,รายงานผล,,ทุกหน่วยงาน\n");
  g_autoptr (PrsPlanTable) all = parse (
    "ลำดับ,โครงการ/กิจกรรม,หน่วยงานที่รับผิดชอบ\n"
    "1,อบรม,กลุ่มงานบริหารทรัพยากรบุคคล\n"
    "2,สัมมนา,ทุกหน่วยงาน\n");
  g_autoptr (PrsPlanTable) none = parse (
    "ลำดับ,โครงการ/กิจกรรม,หน่วยงานที่รับผิดชอบ\n"
    "1,อบรม,\n"
    "2,สัมมนา,\n");

  g_assert_cmpuint (item (t, 1)->units->len, ==, 0);
  g_assert_cmpuint (t->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (t->warnings, 0), "Activities 2, 3, 5 have no responsible unit"));
  g_assert_cmpuint (all->warnings->len, ==, 0);
  g_assert_cmpuint (none->warnings->len, ==, 0);
}

/* Several indicators in one cell, each with its target; targets in a column. */
static void
test_indicators (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ที่,กิจกรรม,ตัวชี้วัด,ค่าเป้าหมาย\n"
    "1,ข้อกำหนด,\"ตัวชี้วัด: ผู้บริหารลงนาม ค่าเป้าหมาย: ร้อยละ ๑๐๐\n"
    "ตัวชี้วัด: จำนวนครั้งที่เผยแพร่ ค่าเป้าหมาย: ๓ ครั้ง\",\n"
    "2,ร้องเรียน,\"1. จำนวนเรื่องร้องเรียน\n2. เวลาตอบสนอง\",\"ไม่เกิน ๒ เรื่อง\n๑๐ วัน\"\n"
    "3,กลุ่มเป้าหมาย,ร้อยละของกลุ่มเป้าหมายที่พึงพอใจ,80%\n");
  PrsPlanTableItem *a = item (t, 0), *b = item (t, 1), *c = item (t, 2);
  PrsPlanTableIndicator *x;

  g_assert_cmpuint (a->indicators->len, ==, 2);
  x = g_ptr_array_index (a->indicators, 1);
  g_assert_cmpstr (x->name, ==, "จำนวนครั้งที่เผยแพร่");
  g_assert_cmpint (x->target_hundredths, ==, 300);
  g_assert_cmpuint (b->indicators->len, ==, 2);
  x = g_ptr_array_index (b->indicators, 0);
  g_assert_cmpstr (x->name, ==, "จำนวนเรื่องร้องเรียน");
  g_assert_cmpint (x->direction, ==, PRS_PLAN_DIRECTION_AT_MOST);
  g_assert_cmpint (x->target_hundredths, ==, 200);
  x = g_ptr_array_index (b->indicators, 1);
  g_assert_cmpstr (x->unit, ==, "วัน");
  g_assert_cmpuint (c->indicators->len, ==, 1);
  x = g_ptr_array_index (c->indicators, 0);
  g_assert_cmpstr (x->name, ==, "ร้อยละของกลุ่มเป้าหมายที่พึงพอใจ"); /* "เป้าหมาย" inside a name */
  g_assert_cmpint (x->target_hundredths, ==, 8000);
  g_assert_cmpstr (x->unit, ==, "ร้อยละ");
}

/* The fiscal year the title names. */
static void
test_title_year (void)
{
  g_autoptr (PrsPlanTable) a = parse ("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานทดสอบ ๑๒๓๔๕\n"
                                      "ที่,กิจกรรม\n1,อบรม\n");
  g_autoptr (PrsPlanTable) b = parse ("แผนปฏิบัติการ ปีงบประมาณ 2569\nที่,กิจกรรม\n1,อบรม\n");
  g_autoptr (PrsPlanTable) c = parse ("แผนปฏิบัติการ อาคาร 2568\nที่,กิจกรรม\n1,อบรม\n");

  g_assert_cmpint (prs_plan_table_title_year (a), ==, 2568);
  g_assert_cmpint (prs_plan_table_title_year (b), ==, 2569);
  g_assert_cmpint (prs_plan_table_title_year (c), ==, 0);
}

/* Reporting rounds are not a target; "๑. … ๒. …" on one line are two indicators
 * (a decimal or an item number inside a name is not a break). */
static void
test_indicator_rounds_and_numbered (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ที่,กิจกรรม,ตัวชี้วัด\n"
    "1,รายงาน,จัดทำรายงานสรุปผล รอบ ๖ เดือน รอบ ๙ เดือน และ ๑๒ เดือน\n"
    "2,ยกย่อง,๑. มีการประกาศยกย่องเชิดชูบุคลากร ๒. ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ ไม่น้อยกว่า ๓ ช่องทาง\n"
    "3,อบรม,ผู้เข้าอบรมผ่านเกณฑ์ข้อ 2. ไม่น้อยกว่า ๒.๕ คะแนน\n"
    "4,ติดตาม,รายงานผลภายใน ๑๕ วัน ไม่เกิน ๑ ฉบับ\n");
  PrsPlanTableIndicator *x;

  g_assert_cmpuint (item (t, 0)->indicators->len, ==, 1);
  x = g_ptr_array_index (item (t, 0)->indicators, 0);
  g_assert_false (x->has_target);
  g_assert_cmpint (prs_plan_table_title_year (t), ==, 0);
  g_assert_cmpuint (item (t, 1)->indicators->len, ==, 2);
  x = g_ptr_array_index (item (t, 1)->indicators, 0);
  g_assert_cmpstr (x->name, ==, "มีการประกาศยกย่องเชิดชูบุคลากร");
  x = g_ptr_array_index (item (t, 1)->indicators, 1);
  g_assert_cmpstr (x->name, ==, "ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ ไม่น้อยกว่า ๓ ช่องทาง");
  g_assert_cmpint (x->target_hundredths, ==, 300);
  g_assert_cmpuint (item (t, 2)->indicators->len, ==, 1);
  x = g_ptr_array_index (item (t, 2)->indicators, 0);
  g_assert_cmpint (x->target_hundredths, ==, 250);
  x = g_ptr_array_index (item (t, 3)->indicators, 0);
  g_assert_true (x->has_target);
}

/* Subtotal rows, bulleted details under a numbered project, a budget named
 * without an amount. */
static void
test_subtotals_and_details (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ที่,โครงการ,งบประมาณ\n"
    "1,โครงการอบรม,\"10,000\"\n"
    ",- กิจกรรมย่อย ก,\n"
    ",• กิจกรรมย่อย ข,\n"
    "2,โครงการสอง,งบประมาณปกติของหน่วยงาน\n"
    "รวมยุทธศาสตร์ที่ 1,,\"10,000\"\n"
    "3,สาม,5\n"
    "รวมทั้งสิ้น,,\"10,005\"\n");

  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 3);
  g_assert_cmpstr (item (t, 0)->title, ==, "โครงการอบรม\n- กิจกรรมย่อย ก\n• กิจกรรมย่อย ข");
  g_assert_cmpint (item (t, 1)->budget_kind, ==, PRS_PLAN_BUDGET_NONE);
  g_assert_cmpint (total_budget (t), ==, 1000500);
  g_assert_cmpuint (t->warnings->len, ==, 0);
}

static gboolean
has_warning (PrsPlanTable *t, const char *text)
{
  for (guint i = 0; i < t->warnings->len; i++)
    if (strstr (g_ptr_array_index (t->warnings, i), text))
      return TRUE;
  return FALSE;
}

/* Each total row against what it totals: a strategy's subtotal against that strategy,
 * the grand total against the plan, a stated number of activities against the count,
 * a total written as text in another column as the stated total. */
static void
test_total_rows (void)
{
  static const char *head =
    "ลำดับ,โครงการ/กิจกรรม,รายละเอียด,งบประมาณ\n"
    "ยุทธศาสตร์ที่ ๑ ปลูกฝังคุณธรรม,,,\n"
    "๑,อบรม,,\"50,000\"\n"
    "๒,ยกย่อง,,\"50,000\"\n";
  static const char *mid =
    "ยุทธศาสตร์ที่ ๒ ป้องกันการทุจริต,,,\n"
    "๓,คู่มือ,,\"7,225\"\n"
    "๔,รายงาน,,\"12,500.50\"\n";
  g_autofree char *no_grand = g_strconcat (head, "รวมยุทธศาสตร์ที่ ๑,,,\"100,000\"\n", mid,
                                           "รวมยุทธศาสตร์ที่ ๒,,,\"19,725.50\"\n", NULL);
  g_autofree char *bad_sub = g_strconcat (head, "รวมยุทธศาสตร์ที่ ๑,,,\"90,000\"\n", mid,
                                          "รวมยุทธศาสตร์ที่ ๒,,,\"19,725.50\"\n",
                                          "รวมทั้งสิ้น,จำนวน ๔ โครงการ/กิจกรรม,,\"119,725.50\"\n", NULL);
  g_autofree char *bad_count = g_strconcat (head, "รวม,,,\"100,000\"\n", mid, "รวม,,,\"19,725.50\"\n",
                                            "รวมทั้งสิ้น,จำนวน ๙ โครงการ/กิจกรรม,,\"119,725.50\"\n", NULL);
  g_autofree char *in_text = g_strconcat (head, mid,
                                          "รวม,จำนวน ๔ กิจกรรม,\"จำนวนงบประมาณทั้งหมด ๑๑๙,๐๐๐ บาท (ถ้วน)\",\n", NULL);
  g_autofree char *plain_end = g_strconcat (head, mid, "รวม,,,\"119,725.50\"\n", NULL);
  g_autoptr (PrsPlanTable) a = parse (no_grand);
  g_autoptr (PrsPlanTable) b = parse (bad_sub);
  g_autoptr (PrsPlanTable) c = parse (bad_count);
  g_autoptr (PrsPlanTable) d = parse (in_text);
  g_autoptr (PrsPlanTable) e = parse (plain_end);

  /* subtotals right, no grand total: the last subtotal is not the plan's */
  g_assert_cmpuint (a->warnings->len, ==, 0);
  /* a wrong subtotal, the grand total and count right */
  g_assert_cmpuint (b->warnings->len, ==, 1);
  g_assert_true (has_warning (b, "Line 5: the total row “รวมยุทธศาสตร์ที่ ๑” says 90,000.00 baht"));
  g_assert_true (has_warning (b, "add up to 100,000.00 baht"));
  /* plain "รวม" under each strategy, right; a wrong count in the grand total */
  g_assert_cmpuint (c->warnings->len, ==, 1);
  g_assert_true (has_warning (c, "Line 10: the total row says 9 activities but the plan has 4."));
  /* the total as text in another column */
  g_assert_cmpuint (d->warnings->len, ==, 1);
  g_assert_true (has_warning (d, "Line 8: the total row says 119,000.00 baht but the activities add up to "
                                 "119,725.50 baht"));
  g_assert_cmpuint (e->warnings->len, ==, 0);
}

/* A plan typed the way minutes print it: one column, budgets in brackets. */
static void
test_minutes_shape (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "แผนปฏิบัติการส่งเสริมคุณธรรม ปีงบประมาณ ๒๕๖๙\n"
    "กิจกรรม\n"
    "\"ยุทธศาสตร์ที่ ๑ การสร้างมาตรฐาน จำนวน ๒ กิจกรรม (ประมาณการงบประมาณ ๑๐,๐๒๕ บาท) ได้แก่\"\n"
    "กิจกรรมที่ ๑ No Gift Policy (ไม่ใช้งบประมาณ)\n"
    "\"กิจกรรมที่ ๒ อบรม (ประมาณการงบประมาณ ๑๐,๐๒๕ บาท)\"\n"
    "\"ยุทธศาสตร์ที่ ๒ การผลักดันนโยบาย จำนวน ๑ กิจกรรม (ประมาณการงบประมาณ ๓,๕๕๐ บาท) ได้แก่\"\n"
    "\"กิจกรรมที่ ๓ ITA (ประมาณการงบประมาณ ๓,๕๕๐ บาท)\"\n");

  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 3);
  g_assert_cmpstr (item (t, 0)->title, ==, "การสร้างมาตรฐาน");
  g_assert_cmpstr (item (t, 2)->title, ==, "อบรม");
  g_assert_cmpint (total_budget (t), ==, 1357500);
  g_assert_true (t->numbered_across);
}

/* A band over the indicator columns, "ข้อ 1" numbers, a budget with its breakdown
 * in brackets, a budget taken from another activity, a plain sum. */
static void
test_band_and_breakdowns (void)
{
  g_autoptr (PrsPlanTable) t = parse (
    "ที่,โครงการ/กิจกรรม,ตัวชี้วัด,,งบประมาณ\n"
    ",,ชื่อตัวชี้วัด,ค่าเป้าหมาย,\n"
    "ข้อ 1,อบรม,จำนวนผู้เข้าอบรม,50 คน,\"20,000 (ค่าอาหาร 10,000 + ค่าวิทยากร 10,000)\"\n"
    "ข้อ 2,สัมมนา,จำนวนครั้ง,2 ครั้ง,ใช้งบประมาณจากกิจกรรมที่ 1\n"
    "3,ประชุม,,,5000 + 2225\n");
  PrsPlanTableIndicator *x;

  g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 3);
  g_assert_cmpstr (item (t, 0)->number, ==, "1");
  x = g_ptr_array_index (item (t, 0)->indicators, 0);
  g_assert_cmpstr (x->name, ==, "จำนวนผู้เข้าอบรม");
  g_assert_cmpint (x->target_hundredths, ==, 5000);
  g_assert_cmpint (item (t, 0)->budget_satang, ==, 2000000);
  g_assert_cmpint (item (t, 1)->budget_kind, ==, PRS_PLAN_BUDGET_SHARED);
  g_assert_cmpint (item (t, 1)->shared_with, ==, 0);
  g_assert_cmpint (item (t, 2)->budget_satang, ==, 722500);
}

/* A negative budget is an error; "-" alone is none. A data row is never the
 * header; a header with a one-letter slip is. */
static void
test_negative_and_headers (void)
{
  PrsPlanBudgetKind kind;
  gint64 satang;
  g_autoptr (GError) e1 = NULL;
  g_autoptr (GError) e2 = NULL;
  g_autofree char *nohdr = NULL;

  g_assert_false (prs_plan_parse_budget ("-500", &kind, &satang, NULL, &e1));
  g_assert_nonnull (strstr (e1->message, "negative"));
  g_assert_false (prs_plan_parse_budget ("(๕๐๐)", &kind, &satang, NULL, &e2));
  g_assert_true (prs_plan_parse_budget ("-", &kind, &satang, NULL, NULL));
  g_assert_cmpint (kind, ==, PRS_PLAN_BUDGET_NONE);
  g_assert_true (prs_plan_parse_budget ("๒๐,๐๐๐.-", &kind, &satang, NULL, NULL));
  g_assert_cmpint (satang, ==, 2000000);

  nohdr = parse_error ("a,b,c\n"
                       "๕,กิจกรรมประเมิน ITA,เพื่อยกระดับ,ร้อยละคะแนน,๘๕,ใช้งบประมาณร่วมกับกิจกรรมที่ ๓\n"
                       "๖,กิจกรรมจิตอาสา,เพื่อสังคม,จำนวนครั้ง,๑,๑๐๐\n");
  g_assert_nonnull (strstr (nohdr, "no header row"));
  {
    g_autoptr (PrsPlanTable) t = parse ("ที่,กิจกรม/โครงกร,งบประมาณ\n๑,อบรม,๑๐๐\n๒,สัมมนา,๒๐๐\n");
    g_assert_cmpuint (prs_plan_table_count_activities (t), ==, 2);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plans/table/budget-forms", test_budget_forms);
  g_test_add_func ("/plans/table/quarters-groups-across", test_quarters_groups_across);
  g_test_add_func ("/plans/table/keyword-rows", test_keyword_rows);
  g_test_add_func ("/plans/table/dotted", test_dotted);
  g_test_add_func ("/plans/table/level-column-win874", test_level_column_win874);
  g_test_add_func ("/plans/table/group-column-merged", test_group_column_merged);
  g_test_add_func ("/plans/table/budget-in-title", test_budget_in_title);
  g_test_add_func ("/plans/table/errors", test_errors);
  g_test_add_func ("/plans/table/warnings", test_warnings);
  g_test_add_func ("/plans/table/units-blank-under-filled", test_units_blank_under_filled);
  g_test_add_func ("/plans/table/total-rows", test_total_rows);
  g_test_add_func ("/plans/table/indicators", test_indicators);
  g_test_add_func ("/plans/table/title-year", test_title_year);
  g_test_add_func ("/plans/table/indicator-rounds-and-numbered", test_indicator_rounds_and_numbered);
  g_test_add_func ("/plans/table/subtotals-and-details", test_subtotals_and_details);
  g_test_add_func ("/plans/table/minutes-shape", test_minutes_shape);
  g_test_add_func ("/plans/table/band-and-breakdowns", test_band_and_breakdowns);
  g_test_add_func ("/plans/table/negative-and-headers", test_negative_and_headers);
  return g_test_run ();
}
