/* prs-summary-report.c: the workspace summary report
 *
 * Units in tree order with their active staff by type, a short Thai summary,
 * participation and the Common KPI of the latest fiscal year that has one (or
 * has activities flagged for it), and the secretariat's signature block. The document's words are Thai whatever the
 * interface language, like every official document the secretariat files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"
#include "prs-date.h"
#include "prs-summary-report.h"
#include "prs-store-shell.h"
#include "prs-plan-report.h"
#include "prs-kpi-report.h"

/* The staff types counted in the table (external people are not staff). */
static const struct
{
  PrsStaffType type;
  const char *label;
} columns[] = {
  { PRS_STAFF_TYPE_CIVIL_SERVANT, "ข้าราชการ" },
  { PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE, "พนักงานราชการ" },
  { PRS_STAFF_TYPE_FUND_EMPLOYEE, "พนักงานกองทุน" },
  { PRS_STAFF_TYPE_PERMANENT_EMPLOYEE, "ลูกจ้างประจำ" },
  { PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE, "ลูกจ้างชั่วคราว" },
};

#define N_TYPES G_N_ELEMENTS (columns)

/* Participation of the year and its Common KPI table; nothing without a year.
 * FALSE with @error set when it could not be read (not a report without it). */
static gboolean
add_participation (PrsReport *report, PrsStore *store, GError **error)
{
  g_autoptr (PrsKpiReport) kpi = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *heading = NULL;
  gint64 year = prs_store_latest_kpi_year (store, error);
  guint heads = 0, marks = 0;

  if (year < 0)
    return FALSE;
  if (year == 0)
    return TRUE;
  kpi = prs_kpi_report_compute (store, (int) year, error);
  if (kpi == NULL)
    return FALSE;
  for (guint i = 0; i < kpi->activities->len; i++)
    {
      PrsKpiActivity *a = kpi->activities->pdata[i];

      if (a->headcount_only)
        heads += a->headcount;
      else
        marks += a->joined;
    }
  heading = g_strdup_printf ("การเข้าร่วมกิจกรรมและตัวชี้วัด Common KPI ปีงบประมาณ พ.ศ. %d", (int) year);
  prs_report_add_heading (report, 2, heading);
  g_string_append_printf (text,
                          "ในปีงบประมาณ พ.ศ. %d มีกิจกรรมที่กำหนดเป็นตัวชี้วัด Common KPI จำนวน %u กิจกรรม "
                          "บุคลากรที่นับตามตัวชี้วัด %u คน เข้าร่วมกิจกรรมอย่างน้อย 1 กิจกรรม %u คน "
                          "มีการเข้าร่วมกิจกรรมรวม %u ครั้ง",
                          (int) year, kpi->activities->len, kpi->staff, kpi->joined, marks);
  if (heads > 0)
    g_string_append_printf (text, " และมีผู้เข้าร่วมจากภายนอกที่นับจำนวน %u คน", heads);
  g_string_append (text, " ผลรายสำนัก/สถาบัน/กลุ่ม ดังนี้");
  prs_report_add_paragraph (report, text->str);
  prs_kpi_report_add_tables (report, kpi, FALSE);
  return TRUE;
}

PrsReport *
prs_summary_report_new (PrsStore *store, gboolean thai_digits, GError **error)
{
  g_autoptr (GPtrArray) counts = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GString) text = NULL;
  const char *department = NULL;
  guint totals[N_TYPES] = { 0 };
  guint grand = 0, n_units = 0, row, top_depth = 0, all = 0;
  g_autofree guint *subtree = NULL;
  PrsReportTable *table;
  PrsDate date;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  counts = prs_store_count_staff_by_unit_and_type (store, error);
  if (counts == NULL)
    return NULL;

  prs_date_today (&date);
  /* digits are converted once, when the report is rendered */
  today = prs_date_format (&date, PRS_DATE_STYLE_LONG, FALSE);
  /* staff in each unit's subtree (rows come parents first, in tree order) */
  subtree = g_new0 (guint, counts->len + 1);
  for (guint i = 0; i < counts->len; i++)
    {
      PrsStaffCount *c = g_ptr_array_index (counts, i);

      for (guint j = i; j < counts->len; j++)
        {
          PrsStaffCount *d = g_ptr_array_index (counts, j);

          if (j > i && d->depth <= c->depth)
            break;
          for (guint t = 0; t < N_TYPES; t++)
            subtree[i] += d->counts[columns[t].type];
        }
    }
  for (guint i = 0; i < counts->len; i++)
    if (((PrsStaffCount *) g_ptr_array_index (counts, i))->depth == 0)
      all += subtree[i];
  /* the department is the deepest unit that holds all the staff (a workspace
   * may also list the ministry above it and sibling departments without staff) */
  for (guint i = 0; i < counts->len; i++)
    {
      PrsStaffCount *c = g_ptr_array_index (counts, i);

      if (department == NULL || (subtree[i] == all && all > 0))
        {
          department = c->name;
          top_depth = c->depth;
        }
    }
  if (department == NULL)
    department = "หน่วยงาน";

  title = g_strdup_printf ("รายงานสรุปอัตรากำลังจำแนกตามหน่วยงานและประเภทบุคลากร\n%s",
                           department);
  report = prs_report_new (title);
  prs_report_set_thai_digits (report, thai_digits);
  prs_report_set_metadata (report, "ฝ่ายเลขานุการ", "สรุปอัตรากำลัง");
  prs_report_add_title (report, title);
  prs_report_add_label_value (report, "ข้อมูล ณ วันที่", today);

  table = prs_report_add_table (report, 3 + N_TYPES);
  prs_report_table_set_name (table, "อัตรากำลัง");
  prs_report_table_set_font_scale (table, 0.875);
  prs_report_table_set_column (table, 0, 1.3, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 4.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  for (guint t = 0; t < N_TYPES; t++)
    prs_report_table_set_column (table, 2 + t, 1.65, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 2 + N_TYPES, 1.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);

  /* ลำดับ, หน่วยงาน and รวม span both header rows; the types sit under one band */
  row = prs_report_table_add_row (table, PRS_ROW_HEADER);
  prs_report_table_set_text (table, row, 0, "ลำดับ");
  prs_report_table_set_text (table, row, 1, "หน่วยงาน");
  prs_report_table_set_text (table, row, 2, "จำนวนบุคลากรจำแนกตามประเภท (คน)");
  prs_report_table_set_text (table, row, 2 + N_TYPES, "รวม");
  prs_report_table_add_row (table, PRS_ROW_HEADER);
  for (guint t = 0; t < N_TYPES; t++)
    prs_report_table_set_text (table, row + 1, 2 + t, columns[t].label);
  prs_report_table_set_span (table, row, 0, 1, 2);
  prs_report_table_set_span (table, row, 1, 1, 2);
  prs_report_table_set_span (table, row, 2, N_TYPES, 1);
  prs_report_table_set_span (table, row, 2 + N_TYPES, 1, 2);

  for (guint i = 0; i < counts->len; i++)
    {
      PrsStaffCount *c = g_ptr_array_index (counts, i);
      g_autofree char *no = NULL;
      g_autofree char *name = NULL;
      guint sum = 0;

      no = g_strdup_printf ("%u", ++n_units);
      /* units below the bureaus are marked with a dash, as organisation lists read */
      name = g_strdup_printf ("%s%s", c->depth > top_depth + 1 ? "- " : "", c->name);
      row = prs_report_table_add_text_row (table, PRS_ROW_BODY, no, name, NULL);
      for (guint t = 0; t < N_TYPES; t++)
        {
          guint n = c->counts[columns[t].type];

          prs_report_table_set_integer (table, row, 2 + t, n);
          totals[t] += n;
          sum += n;
        }
      prs_report_table_set_integer (table, row, 2 + N_TYPES, sum);
      grand += sum;
    }
  row = prs_report_table_add_row (table, PRS_ROW_TOTAL);
  prs_report_table_set_text (table, row, 0, "รวมทั้งสิ้น");
  prs_report_table_set_span (table, row, 0, 2, 1);
  for (guint t = 0; t < N_TYPES; t++)
    prs_report_table_set_integer (table, row, 2 + t, totals[t]);
  prs_report_table_set_integer (table, row, 2 + N_TYPES, grand);

  text = g_string_new (NULL);
  g_string_append_printf (text,
                          "ณ วันที่ %s %s มีหน่วยงานในระบบทั้งสิ้น %u หน่วยงาน "
                          "และมีบุคลากรที่ปฏิบัติงานอยู่รวม %u คน ประกอบด้วย",
                          today, department, n_units, grand);
  for (guint t = 0; t < N_TYPES; t++)
    g_string_append_printf (text, "%s%s %u คน", t == 0 ? " " : (t + 1 == N_TYPES ? " และ" : " "),
                            columns[t].label, totals[t]);
  g_string_append (text, " ทั้งนี้ ฝ่ายเลขานุการจะใช้ข้อมูลดังกล่าวเป็นฐานในการคำนวณตัวชี้วัด"
                         "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรมส่งเสริมคุณธรรมจริยธรรม "
                         "จึงขอให้ทุกหน่วยงานตรวจสอบความถูกต้องของข้อมูลและแจ้งการเปลี่ยนแปลง"
                         "ให้ฝ่ายเลขานุการทราบ");
  prs_report_add_paragraph (report, text->str);
  if (!prs_plan_report_append_plans (report, store, error))
    return NULL;
  if (!add_participation (report, store, error))
    return NULL;
  prs_report_add_paragraph (report, "จึงเรียนมาเพื่อโปรดทราบ");
  prs_report_add_signature (report, "........................................", "ฝ่ายเลขานุการ",
                            NULL);
  return g_steal_pointer (&report);
}
