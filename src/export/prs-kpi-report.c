/* prs-kpi-report.c: the Common KPI report and its charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-people.h"
#include "prs-kpi-report.h"

static const char *
unit_label (const PrsKpiUnitResult *u)
{
  return u->abbreviation && *u->abbreviation ? u->abbreviation : u->name;
}

static char *
threshold_text (PrsScore t)
{
  char buf[PRS_SCORE_BUF_SIZE];
  char *s = g_strdup (prs_score_to_ascii (t, buf));

  /* 70.00 -> 70, 82.50 -> 82.5: thresholds read as people wrote them */
  if (strchr (s, '.'))
    {
      gsize len = strlen (s);
      while (len > 0 && s[len - 1] == '0')
        s[--len] = '\0';
      if (len > 0 && s[len - 1] == '.')
        s[--len] = '\0';
    }
  return s;
}

PrsChart *
prs_kpi_chart_percent (PrsKpiReport *kpi, gboolean thai_digits)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_BAR);
  g_autofree double *values = g_new0 (double, MAX (1, kpi->units->len));
  g_autofree char *subtitle = g_strdup_printf ("ปีงบประมาณ พ.ศ. %d", kpi->year);
  g_autofree char *top = threshold_text (kpi->thresholds[PRS_KPI_LEVELS - 1]);
  g_autofree char *bottom = threshold_text (kpi->thresholds[0]);
  g_autofree char *top_label = g_strdup_printf ("5 คะแนน (%s)", top);
  g_autofree char *bottom_label = g_strdup_printf ("1 คะแนน (%s)", bottom);

  prs_chart_set_title (chart, "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม จำแนกตามหน่วยงาน");
  prs_chart_set_subtitle (chart, subtitle);
  prs_chart_set_horizontal (chart, TRUE);
  for (guint i = 0; i < kpi->units->len; i++)
    {
      PrsKpiUnitResult *u = kpi->units->pdata[i];

      prs_chart_add_category (chart, unit_label (u));
      values[i] = u->percent / 100.0;
    }
  prs_chart_add_series (chart, "ร้อยละการเข้าร่วมกิจกรรม", values, kpi->units->len, -1);
  prs_chart_set_fixed_scale (chart, 0, 100);
  prs_chart_add_reference_line (chart, kpi->thresholds[PRS_KPI_LEVELS - 1] / 100.0, top_label);
  prs_chart_add_reference_line (chart, kpi->thresholds[0] / 100.0, bottom_label);
  prs_chart_set_show_values (chart, TRUE);
  prs_chart_set_decimals (chart, 2);
  prs_chart_set_value_axis_title (chart, "ร้อยละ");
  prs_chart_set_thai_digits (chart, thai_digits);
  return chart;
}

PrsChart *
prs_kpi_chart_depth (PrsKpiReport *kpi, gboolean thai_digits)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_STACKED_BAR);
  g_autofree double *values = g_new0 (double, MAX (1, kpi->units->len));
  g_autofree char *subtitle = g_strdup_printf ("ปีงบประมาณ พ.ศ. %d (กิจกรรมที่กำหนด %u กิจกรรม)",
                                               kpi->year, kpi->n_named);

  prs_chart_set_title (chart, "จำนวนกิจกรรมที่บุคลากรแต่ละคนเข้าร่วม จำแนกตามหน่วยงาน");
  prs_chart_set_subtitle (chart, subtitle);
  prs_chart_set_horizontal (chart, TRUE);
  for (guint i = 0; i < kpi->units->len; i++)
    prs_chart_add_category (chart, unit_label (kpi->units->pdata[i]));
  for (guint d = 0; d <= kpi->n_named; d++)
    {
      g_autofree char *name = d == 0 ? g_strdup ("ยังไม่เข้าร่วม") : g_strdup_printf ("%u กิจกรรม", d);

      for (guint i = 0; i < kpi->units->len; i++)
        values[i] = ((PrsKpiUnitResult *) kpi->units->pdata[i])->depth[d];
      prs_chart_add_series (chart, name, values, kpi->units->len, -1);
    }
  prs_chart_set_show_legend (chart, TRUE);
  prs_chart_set_decimals (chart, 0);
  prs_chart_set_value_axis_title (chart, "คน");
  prs_chart_set_thai_digits (chart, thai_digits);
  return chart;
}

static void
draw_chart (cairo_t *cr, double width, double height, gpointer data)
{
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);

  prs_chart_draw (cr, width, height, data, style);
}

void
prs_kpi_report_add_tables (PrsReport *report, PrsKpiReport *kpi, gboolean full)
{
  PrsReportTable *table;
  guint row;

  table = prs_report_add_table (report, 6);
  prs_report_table_set_name (table, "Common KPI");
  prs_report_table_set_font_scale (table, 0.875);
  prs_report_table_set_column (table, 0, 1.3, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 5.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 3, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 4, 1.7, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 5, 1.5, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  row = prs_report_table_add_row (table, PRS_ROW_HEADER);
  prs_report_table_set_text (table, row, 0, "ลำดับ");
  prs_report_table_set_text (table, row, 1, "สำนัก/สถาบัน/กลุ่ม");
  prs_report_table_set_text (table, row, 2, "จำนวนบุคลากร");
  prs_report_table_set_text (table, row, 4, "ร้อยละการเข้าร่วมกิจกรรม");
  prs_report_table_set_text (table, row, 5, "คะแนน Common KPI");
  prs_report_table_add_row (table, PRS_ROW_HEADER);
  prs_report_table_set_text (table, row + 1, 2, "บุคลากรทั้งหมด");
  prs_report_table_set_text (table, row + 1, 3, "เข้าร่วมกิจกรรม");
  prs_report_table_set_span (table, row, 0, 1, 2);
  prs_report_table_set_span (table, row, 1, 1, 2);
  prs_report_table_set_span (table, row, 2, 2, 1);
  prs_report_table_set_span (table, row, 4, 1, 2);
  prs_report_table_set_span (table, row, 5, 1, 2);
  for (guint i = 0; i < kpi->units->len; i++)
    {
      PrsKpiUnitResult *u = kpi->units->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);

      row = prs_report_table_add_text_row (table, PRS_ROW_BODY, no, u->name, NULL);
      prs_report_table_set_integer (table, row, 2, u->staff);
      prs_report_table_set_integer (table, row, 3, u->joined);
      prs_report_table_set_percent (table, row, 4, u->percent);
      prs_report_table_set_score (table, row, 5, u->score);
    }
  row = prs_report_table_add_row (table, PRS_ROW_TOTAL);
  prs_report_table_set_text (table, row, 0, "รวม");
  prs_report_table_set_span (table, row, 0, 2, 1);
  prs_report_table_set_integer (table, row, 2, kpi->staff);
  prs_report_table_set_integer (table, row, 3, kpi->joined);
  prs_report_table_set_percent (table, row, 4, kpi->percent);
  prs_report_table_set_score (table, row, 5, kpi->score);

  if (!full)
    return;

  prs_report_add_heading (report, 2, "จำนวนกิจกรรมที่บุคลากรเข้าร่วม รายหน่วยงาน");
  table = prs_report_add_table (report, 4 + kpi->n_named + 1);
  prs_report_table_set_name (table, "จำนวนกิจกรรมที่เข้าร่วม");
  prs_report_table_set_font_scale (table, 0.8);
  prs_report_table_set_column (table, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 4.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 1.3, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  for (guint d = 0; d <= kpi->n_named; d++)
    prs_report_table_set_column (table, 3 + d, 1.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (table, 4 + kpi->n_named, 1.3, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  row = prs_report_table_add_row (table, PRS_ROW_HEADER);
  prs_report_table_set_text (table, row, 0, "ลำดับ");
  prs_report_table_set_text (table, row, 1, "สำนัก/สถาบัน/กลุ่ม");
  prs_report_table_set_text (table, row, 2, "บุคลากรทั้งหมด");
  prs_report_table_set_text (table, row, 3, "จำนวนบุคลากร (คน) จำแนกตามจำนวนกิจกรรมที่เข้าร่วม");
  prs_report_table_set_text (table, row, 4 + kpi->n_named, "เฉลี่ย (กิจกรรม/คน)");
  prs_report_table_add_row (table, PRS_ROW_HEADER);
  for (guint d = 0; d <= kpi->n_named; d++)
    {
      g_autofree char *h = g_strdup_printf ("%u", d);
      prs_report_table_set_text (table, row + 1, 3 + d, h);
    }
  prs_report_table_set_span (table, row, 0, 1, 2);
  prs_report_table_set_span (table, row, 1, 1, 2);
  prs_report_table_set_span (table, row, 2, 1, 2);
  prs_report_table_set_span (table, row, 3, kpi->n_named + 1, 1);
  prs_report_table_set_span (table, row, 4 + kpi->n_named, 1, 2);
  for (guint i = 0; i <= kpi->units->len; i++)
    {
      gboolean total = i == kpi->units->len;
      PrsKpiUnitResult *u = total ? NULL : kpi->units->pdata[i];
      const guint *depth = total ? kpi->depth : u->depth;
      guint staff = total ? kpi->staff : u->staff;
      guint64 sum = 0;

      if (total)
        {
          row = prs_report_table_add_row (table, PRS_ROW_TOTAL);
          prs_report_table_set_text (table, row, 0, "รวม");
          prs_report_table_set_span (table, row, 0, 2, 1);
        }
      else
        {
          g_autofree char *no = g_strdup_printf ("%u", i + 1);
          row = prs_report_table_add_text_row (table, PRS_ROW_BODY, no, u->name, NULL);
        }
      prs_report_table_set_integer (table, row, 2, staff);
      for (guint d = 0; d <= kpi->n_named; d++)
        {
          prs_report_table_set_integer (table, row, 3 + d, depth[d]);
          sum += (guint64) d * depth[d];
        }
      /* activities per person, exact to hundredths */
      {
        PrsRational mean;

        if (staff > 0 && prs_rational_make ((gint64) sum, staff, &mean))
          prs_report_table_set_score (table, row, 4 + kpi->n_named, prs_rational_to_score (mean));
      }
    }
}

static void
add_rubric (PrsReport *report, PrsKpiReport *kpi)
{
  PrsReportTable *table = prs_report_add_table (report, 5);
  guint row;

  prs_report_table_set_name (table, "เกณฑ์การให้คะแนน");
  prs_report_table_set_font_scale (table, 0.875);
  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    prs_report_table_set_column (table, i, 1, PRS_WIDTH_WEIGHT, PRS_ALIGN_CENTER);
  row = prs_report_table_add_row (table, PRS_ROW_HEADER);
  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    {
      g_autofree char *h = g_strdup_printf ("%u คะแนน", i + 1);
      prs_report_table_set_text (table, row, i, h);
    }
  row = prs_report_table_add_row (table, PRS_ROW_BODY);
  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    {
      g_autofree char *t = threshold_text (kpi->thresholds[i]);
      g_autofree char *cell = NULL;

      if (i == 0)
        cell = g_strdup_printf (kpi->rubric.lower_is_better ? "≥ %s" : "≤ %s", t);
      else if (i == PRS_KPI_LEVELS - 1)
        cell = g_strdup_printf (kpi->rubric.lower_is_better ? "≤ %s" : "≥ %s", t);
      else
        cell = g_strdup (t);
      prs_report_table_set_text (table, row, i, cell);
    }
}

PrsReport *
prs_kpi_report_build (PrsStore *store, int year, gboolean thai_digits, GError **error)
{
  g_autoptr (PrsKpiReport) kpi = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *title = NULL;
  PrsReportTable *table;
  guint n_types = 0, k = 0, row;

  kpi = prs_kpi_report_compute (store, year, error);
  if (kpi == NULL)
    return NULL;

  title = g_strdup_printf ("สรุปผล Common KPI การส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. %d", year);
  report = prs_report_new (title);
  prs_report_set_thai_digits (report, thai_digits);
  prs_report_set_metadata (report, "ฝ่ายเลขานุการ", "Common KPI");
  prs_report_set_page_numbers (report, TRUE);
  prs_report_add_title (report, title);

  prs_report_add_label_value (report, "ตัวชี้วัด", kpi->name);
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    n_types += (kpi->staff_types >> t) & 1;
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    if (kpi->staff_types & (1u << t))
      {
        k++;
        g_string_append_printf (text, "%s%s", k == 1 ? "" : (k == n_types ? " และ" : " "), prs_staff_type_thai (t));
      }
  prs_report_add_label_value (report, "บุคลากรที่นับ", text->str);
  g_string_truncate (text, 0);
  g_string_append_printf (text, "บุคลากรในสำนัก/สถาบัน/กลุ่ม 1 คน เข้าร่วมกิจกรรมที่กำหนดเป็น Common KPI "
                                "อย่างน้อย 1 กิจกรรม จากกิจกรรมที่กำหนดทั้งสิ้น %u กิจกรรม ดังนี้", kpi->activities->len);
  prs_report_add_paragraph (report, text->str);
  table = prs_report_add_table (report, 3);
  prs_report_table_set_name (table, "กิจกรรมที่กำหนด");
  prs_report_table_set_font_scale (table, 0.875);
  prs_report_table_set_column (table, 0, 1.6, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_add_text_row (table, PRS_ROW_HEADER, "กิจกรรมที่", "กิจกรรม", "ผู้เข้าร่วม (คน)", NULL);
  for (guint i = 0; i < kpi->activities->len; i++)
    {
      PrsKpiActivity *a = kpi->activities->pdata[i];
      g_autofree char *title_text = a->headcount_only ? g_strdup_printf ("%s (นับจำนวนเท่านั้น)", a->title)
                                                      : g_strdup (a->title);

      row = prs_report_table_add_text_row (table, PRS_ROW_BODY, a->number ? a->number : "", title_text, NULL);
      prs_report_table_set_integer (table, row, 2, a->headcount_only ? a->headcount : a->joined);
    }
  prs_report_add_paragraph (report, "เกณฑ์การให้คะแนน");
  add_rubric (report, kpi);

  prs_report_add_heading (report, 1, "ผลการดำเนินงานรายสำนัก/สถาบัน/กลุ่ม");
  prs_kpi_report_add_tables (report, kpi, TRUE);
  g_string_truncate (text, 0);
  {
    guint full = 0;
    for (guint i = 0; i < kpi->units->len; i++)
      full += ((PrsKpiUnitResult *) kpi->units->pdata[i])->joined == ((PrsKpiUnitResult *) kpi->units->pdata[i])->staff;
    g_string_append_printf (text, "หน่วยงานที่บุคลากรเข้าร่วมกิจกรรมอย่างน้อย 1 กิจกรรม/คน ครบทุกคน "
                                  "จำนวน %u จาก %u หน่วยงาน", full, kpi->units->len);
    if (full > 0)
      {
        gboolean first = TRUE;
        g_string_append (text, " ได้แก่ ");
        for (guint i = 0; i < kpi->units->len; i++)
          {
            PrsKpiUnitResult *u = kpi->units->pdata[i];
            if (u->joined == u->staff)
              {
                g_string_append_printf (text, "%s%s", first ? "" : ", ", unit_label (u));
                first = FALSE;
              }
          }
      }
  }
  prs_report_add_paragraph (report, text->str);

  prs_report_add_chart (report, draw_chart, prs_kpi_chart_percent (kpi, thai_digits),
                        (GDestroyNotify) prs_chart_unref, 16, 11, "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม จำแนกตามหน่วยงาน");
  prs_report_add_chart (report, draw_chart, prs_kpi_chart_depth (kpi, thai_digits),
                        (GDestroyNotify) prs_chart_unref, 16, 11,
                        "จำนวนกิจกรรมที่บุคลากรแต่ละคนเข้าร่วม จำแนกตามหน่วยงาน");

  /* the people to chase before the year ends */
  prs_report_add_page_break (report);
  prs_report_add_heading (report, 1, "บุคลากรที่ยังไม่ได้เข้าร่วมกิจกรรม");
  table = prs_report_add_table (report, 3);
  prs_report_table_set_name (table, "ยังไม่ได้เข้าร่วม");
  prs_report_table_set_font_scale (table, 0.875);
  prs_report_table_set_column (table, 0, 1.3, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 3, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 3, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_add_text_row (table, PRS_ROW_HEADER, "ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", NULL);
  for (guint i = 0; i < kpi->units->len; i++)
    {
      PrsKpiUnitResult *u = kpi->units->pdata[i];
      g_autofree char *band = NULL;

      if (u->not_reached->len == 0)
        continue;
      band = g_strdup_printf ("%s (%u คน)", u->name, u->not_reached->len);
      prs_report_table_add_group_row (table, band);
      for (guint j = 0; j < u->not_reached->len; j++)
        {
          PrsKpiPerson *p = u->not_reached->pdata[j];
          g_autofree char *no = g_strdup_printf ("%u", j + 1);
          prs_report_table_add_text_row (table, PRS_ROW_BODY, no, p->name, p->position, NULL);
        }
    }
  if (prs_report_table_get_n_rows (table) == 1)
    prs_report_table_add_text_row (table, PRS_ROW_BODY, "", "บุคลากรทุกคนเข้าร่วมกิจกรรมแล้ว", "", NULL);

  /* who joined what */
  prs_report_add_heading (report, 1, "การเข้าร่วมกิจกรรมรายบุคคล");
  table = prs_report_add_table (report, 3 + kpi->activities->len + 1);
  prs_report_table_set_name (table, "รายบุคคล");
  prs_report_table_set_font_scale (table, 0.75);
  prs_report_table_set_column (table, 0, 1.1, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 1, 3.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (table, 2, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  for (guint a = 0; a < kpi->activities->len; a++)
    prs_report_table_set_column (table, 3 + a, 0.8, PRS_WIDTH_WEIGHT, PRS_ALIGN_CENTER);
  prs_report_table_set_column (table, 3 + kpi->activities->len, 0.9, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  row = prs_report_table_add_text_row (table, PRS_ROW_HEADER, "ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", NULL);
  for (guint a = 0; a < kpi->activities->len; a++)
    {
      PrsKpiActivity *act = kpi->activities->pdata[a];
      g_autofree char *h = g_strdup_printf ("กิจกรรม %s", act->number ? act->number : "");
      prs_report_table_set_text (table, row, 3 + a, h);
    }
  prs_report_table_set_text (table, row, 3 + kpi->activities->len, "รวม");
  {
    gint64 current = -1;
    guint n = 0;

    for (guint i = 0; i < kpi->people->len; i++)
      {
        PrsKpiPerson *p = kpi->people->pdata[i];
        g_autofree char *no = NULL;

        if (p->unit_id != current)
          {
            current = p->unit_id;
            n = 0;
            for (guint u = 0; u < kpi->units->len; u++)
              if (((PrsKpiUnitResult *) kpi->units->pdata[u])->unit_id == current)
                prs_report_table_add_group_row (table, ((PrsKpiUnitResult *) kpi->units->pdata[u])->name);
          }
        no = g_strdup_printf ("%u", ++n);
        row = prs_report_table_add_text_row (table, PRS_ROW_BODY, no, p->name, p->position, NULL);
        for (guint a = 0; a < kpi->activities->len; a++)
          if (p->joined[a])
            prs_report_table_set_text (table, row, 3 + a, "✓");
        prs_report_table_set_integer (table, row, 3 + kpi->activities->len, p->n_joined);
      }
  }
  return g_steal_pointer (&report);
}
