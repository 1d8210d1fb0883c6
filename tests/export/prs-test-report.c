/* prs-test-report.c: synthetic reports for the export tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "prs-test-report.h"

static const char *const bureaus[] = {
  "สำนักบริหารกลาง", "สถาบันพัฒนาผู้ประกอบการการค้ายุคใหม่", "กลุ่มตรวจสอบภายใน",
  "สำนักส่งเสริมการค้าสินค้าเกษตรและอุตสาหกรรม",
};

static const char *const sections[] = {
  "กลุ่มงานการเจ้าหน้าที่", "กลุ่มงานคลัง", "กลุ่มงานพัสดุ",
  "กลุ่มงานประชาสัมพันธ์และเผยแพร่ข้อมูลข่าวสารเพื่อความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
  "กลุ่มงานแผนงาน", "กลุ่มงานคุ้มครองจริยธรรม",
};

static gint64
money_of (guint i)
{
  return (gint64) (i + 1) * 123456 + (i % 7) * 25;
}

gint64
prs_test_report_money_total (guint n_rows)
{
  gint64 total = 0;

  for (guint i = 0; i < n_rows; i++)
    total += money_of (i);
  return total;
}

static void
draw_bars (cairo_t *cr, double width, double height, gpointer data)
{
  const double values[] = { 92.5, 88.0, 79.25, 95.75 };

  cairo_set_source_rgb (cr, 0.95, 0.95, 0.97);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      double bw = width / (2 * G_N_ELEMENTS (values));
      double bh = (height - 20) * values[i] / 100.0;

      cairo_set_source_rgb (cr, 0.20, 0.40 + 0.1 * i, 0.70);
      cairo_rectangle (cr, bw / 2 + i * 2 * bw, height - 10 - bh, bw, bh);
      cairo_fill (cr);
    }
}

PrsReport *
prs_test_report_new (guint n_rows)
{
  PrsReport *report = prs_report_new ("รายงานสรุปอัตรากำลังตามหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569");
  PrsReportTable *table;
  PrsParagraphStyle bold = { .bold = TRUE, .align = PRS_ALIGN_LEFT };
  gint64 staff_total = 0;
  guint row;

  prs_report_set_metadata (report, "ฝ่ายเลขานุการ", "สรุปอัตรากำลัง");
  prs_report_set_header_text (report, "เอกสารทดสอบ");
  prs_report_add_title (report, "รายงานสรุปอัตรากำลังตามหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2569");
  prs_report_add_label_value (report, "หน่วยงาน:", "กรมตัวอย่างเพื่อการทดสอบ");
  prs_report_add_label_value (report, "ข้อมูล ณ วันที่:", "7 พฤศจิกายน 2568");
  prs_report_add_heading (report, 1, "1. ภาพรวม");
  prs_report_add_paragraph (report,
    "ฝ่ายเลขานุการได้รวบรวมข้อมูลอัตรากำลังของทุกหน่วยงานภายในกรม เพื่อใช้ประกอบการคำนวณ"
    "ตัวชี้วัดร่วม (Common KPI) ร้อยละของบุคลากรที่เข้าร่วมกิจกรรมส่งเสริมคุณธรรมจริยธรรม "
    "โดยนับรวมข้าราชการ พนักงานราชการ พนักงานกองทุน และลูกจ้างประจำ ตามที่คณะกรรมการ"
    "จริยธรรมประจำกรมได้ให้ความเห็นชอบไว้ในการประชุมครั้งที่ 2/2568");
  prs_report_add_paragraph_full (report, "ข้อสังเกต: ข้อมูลนี้สร้างขึ้นเพื่อการทดสอบเท่านั้น", &bold);
  prs_report_add_heading (report, 2, "1.1 อัตรากำลังรายหน่วยงาน");

  table = prs_report_add_table (report, 6);
  prs_report_table_set_name (table, "อัตรากำลัง");
  prs_report_table_set_column (table, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 5, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 3, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 4, 2.4, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 5, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  /* two header rows: ลำดับ and หน่วยงาน span both, บุคลากร spans two columns */
  row = prs_report_table_add_text_row (table, PRS_ROW_HEADER, "ลำดับ", "หน่วยงาน", "บุคลากร", "",
                                       "งบประมาณ (บาท)", "ร้อยละ", NULL);
  prs_report_table_add_text_row (table, PRS_ROW_HEADER, "", "", "ข้าราชการ", "พนักงานราชการ", "",
                                 "", NULL);
  prs_report_table_set_span (table, row, 0, 1, 2);
  prs_report_table_set_span (table, row, 1, 1, 2);
  prs_report_table_set_span (table, row, 2, 2, 1);
  prs_report_table_set_span (table, row, 4, 1, 2);
  prs_report_table_set_span (table, row, 5, 1, 2);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = NULL;

      if (i % 25 == 0)
        prs_report_table_add_group_row (table, bureaus[(i / 25) % G_N_ELEMENTS (bureaus)]);
      name = g_strdup_printf ("%s %u", sections[i % G_N_ELEMENTS (sections)], i + 1);
      row = prs_report_table_add_text_row (table, PRS_ROW_BODY, no, name, NULL);
      prs_report_table_set_integer (table, row, 2, 10 + i % 17);
      prs_report_table_set_integer (table, row, 3, 1000 + i);
      prs_report_table_set_money (table, row, 4, money_of (i));
      prs_report_table_set_percent (table, row, 5, 7000 + (i * 37) % 3000);
      staff_total += 10 + i % 17;
    }
  row = prs_report_table_add_text_row (table, PRS_ROW_TOTAL, "", "รวมทั้งสิ้น", NULL);
  prs_report_table_set_integer (table, row, 2, staff_total);
  prs_report_table_set_money (table, row, 4, prs_test_report_money_total (n_rows));

  prs_report_add_chart (report, draw_bars, NULL, NULL, 14, 6, "แผนภูมิแท่งคะแนนรายหน่วยงาน");
  prs_report_add_paragraph (report, "จึงเรียนมาเพื่อโปรดทราบ");
  prs_report_add_signature (report, "นายสมมติ ตัวอย่าง", "ผู้อำนวยการกองตัวอย่าง",
                            "วันที่ 7 พฤศจิกายน 2568");
  return report;
}

gint64
prs_test_fill_store (PrsStore *store, GError **error)
{
  static const char *const types[] = { "civil_servant", "government_employee", "fund_employee",
                                       "permanent_employee", "temporary_employee" };
  static const char *const first[] = { "สมชาย", "สมหญิง", "ปรีชา", "วันดี", "ชูใจ", "มานะ" };
  gint64 dept, staff = 0;

  if (!prs_store_begin_edit (store, "fixture", error))
    return -1;
  dept = prs_store_insert (store, "units", error, "name", PRS_TEXT ("กรมตัวอย่างเพื่อการทดสอบ"),
                           "abbreviation", PRS_TEXT ("ตท."), NULL);
  for (guint b = 0; b < 6 && dept > 0; b++)
    {
      g_autofree char *bname = g_strdup_printf ("%s %u", bureaus[b % G_N_ELEMENTS (bureaus)], b + 1);
      gint64 bureau = prs_store_insert (store, "units", error, "parent_id", PRS_INT (dept),
                                        "name", PRS_TEXT (bname), "sort_order", PRS_INT (b), NULL);

      for (guint s = 0; s < 8 && bureau > 0; s++)
        {
          g_autofree char *sname = g_strdup_printf ("%s", sections[s % G_N_ELEMENTS (sections)]);
          gint64 section = prs_store_insert (store, "units", error, "parent_id", PRS_INT (bureau),
                                             "name", PRS_TEXT (sname), "sort_order", PRS_INT (s),
                                             NULL);

          for (guint p = 0; p < 3 + (b * 8 + s) % 7 && section > 0; p++)
            {
              if (prs_store_insert (store, "people", error,
                                    "prefix", PRS_TEXT ("นาย"),
                                    "first_name", PRS_TEXT (first[p % G_N_ELEMENTS (first)]),
                                    "last_name", PRS_TEXT ("ทดสอบ"),
                                    "unit_id", PRS_INT (section),
                                    "staff_type", PRS_TEXT (types[(p + s) % G_N_ELEMENTS (types)]),
                                    NULL) <= 0)
                {
                  prs_store_cancel_edit (store);
                  return -1;
                }
              staff++;
            }
          if (section <= 0)
            {
              prs_store_cancel_edit (store);
              return -1;
            }
        }
    }
  if (error && *error)
    {
      prs_store_cancel_edit (store);
      return -1;
    }
  if (!prs_store_end_edit (store, error))
    return -1;
  return staff;
}
