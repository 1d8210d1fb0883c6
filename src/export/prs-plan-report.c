/* prs-plan-report.c: the action-plan documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-chart.h"
#include "prs-core.h"
#include "prs-plan-report.h"

/* ---- helpers ----------------------------------------------------------------- */

static char *
baht (gint64 satang)
{
  /* whole baht without ".00", as minutes write budgets */
  return prs_money_format (satang, satang % 100 == 0 ? PRS_MONEY_FORMAT_NO_SATANG : PRS_MONEY_FORMAT_DEFAULT);
}

static char *hundredths_text (gint64 h);

/* "ร้อยละ ๑๐๐" as an indicator's whole name: the target line would repeat it */
static gboolean
name_says_target (PrsPlanIndicatorInfo *x)
{
  g_autofree char *t = hundredths_text (x->target_hundredths);
  g_autofree char *name = prs_digits_to_arabic (x->name);
  g_autofree char *said = g_str_equal (x->unit, "ร้อยละ") ? g_strdup_printf ("ร้อยละ %s", t)
                                                            : g_strdup_printf ("%s %s", t, x->unit);
  return strstr (name, said) != NULL;
}

static const char *
level_of (PrsPlanTree *tree, PrsPlanNodeInfo *n)
{
  guint d = n->is_activity && tree->levels->len ? tree->levels->len - 1 : n->depth;
  if (d < tree->levels->len)
    return g_ptr_array_index (tree->levels, d);
  return "";
}

/* "ยุทธศาสตร์ที่ 1 การสร้าง…" */
static char *
group_heading (PrsPlanTree *tree, PrsPlanNodeInfo *n)
{
  const char *level = level_of (tree, n);
  const char *num = n->number;
  const char *dot = strrchr (num, '.');

  /* a group is named by its own position ("กลยุทธ์ที่ 2"), as the documents do */
  if (dot && n->depth > 0)
    num = dot + 1;
  if (*level)
    return g_strdup_printf ("%sที่ %s %s", level, num, n->title);
  return g_strdup_printf ("%s %s", num, n->title);
}

static int
two_digit_year (int be)
{
  return be % 100;
}

static void
draw_chart (cairo_t *cr, double width, double height, gpointer data)
{
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);

  prs_chart_draw (cr, width, height, data, style);
}

static const char *const quarter_labels[4] = { "ต.ค.-ธ.ค.", "ม.ค.-มี.ค.", "เม.ย.-มิ.ย.", "ก.ค.-ก.ย." };

char *
prs_plan_summary_sentence (PrsPlanTree *tree, PrsPlanNodeInfo *group, int round, gboolean thai_digits)
{
  g_autofree char *head = group_heading (tree, group);
  g_autoptr (GString) s = g_string_new (head);
  const char *act = "กิจกรรม";

  if (round == 0)
    {
      g_autofree char *b = baht (group->budget_satang);
      g_string_append_printf (s, " จำนวน %u %s", group->n_activities, act);
      if (group->budget_satang > 0)
        g_string_append_printf (s, " (ประมาณการงบประมาณ %s บาท)", b);
      else
        g_string_append (s, " (ไม่ใช้งบประมาณ)");
    }
  else
    {
      /* what was entered as spent in the round: never the planned budget */
      gint64 used = group->spent_satang;
      g_autofree char *b = baht (used);

      g_string_append_printf (s, " ดำเนินการแล้วเสร็จ จำนวน %u %s", group->n_done, act);
      if (used > 0)
        g_string_append_printf (s, " (ใช้งบประมาณรวม %s บาท)", b);
      else if (group->budget_satang == 0)
        g_string_append (s, " (ไม่ใช้งบประมาณ)");
      /* (budgeted, but no spending entered for the round: nothing said of it) */
      if (group->n_in_progress)
        g_string_append_printf (s, " อยู่ระหว่างดำเนินการ จำนวน %u %s", group->n_in_progress, act);
      if (group->n_not_started)
        g_string_append_printf (s, " ยังไม่ได้ดำเนินการ จำนวน %u %s", group->n_not_started, act);
      if (group->n_cancelled)
        g_string_append_printf (s, " ยกเลิก จำนวน %u %s", group->n_cancelled, act);
    }
  return prs_digits_apply (s->str, thai_digits);
}

/* The top-level groups of a plan (strategies); a plan without groups is one. */
static GPtrArray *
strategies (PrsPlanTree *tree)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < tree->roots->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (tree->roots, i);
      if (!n->is_activity)
        g_ptr_array_add (out, n);
    }
  return out;
}

static PrsChart *
budget_chart (PrsPlanTree *tree, gboolean thai_digits, gboolean with_spent)
{
  g_autoptr (GPtrArray) groups = strategies (tree);
  PrsChart *chart;
  g_autofree double *budget = NULL;
  g_autofree double *spent = NULL;

  if (groups->len == 0)
    return NULL;
  chart = prs_chart_new (with_spent ? PRS_CHART_GROUPED_BAR : PRS_CHART_BAR);
  prs_chart_set_horizontal (chart, TRUE);
  prs_chart_set_title (chart, with_spent ? "งบประมาณและการใช้จ่ายจำแนกตามยุทธศาสตร์" : "งบประมาณจำแนกตามยุทธศาสตร์");
  prs_chart_set_value_axis_title (chart, "บาท");
  prs_chart_set_thai_digits (chart, thai_digits);
  prs_chart_set_decimals (chart, 0);
  prs_chart_set_show_values (chart, TRUE);
  budget = g_new0 (double, groups->len);
  spent = g_new0 (double, groups->len);
  for (guint i = 0; i < groups->len; i++)
    {
      PrsPlanNodeInfo *g = g_ptr_array_index (groups, i);
      g_autofree char *label0 = g_strdup_printf ("%s %s", level_of (tree, g), g->number);
      g_autofree char *label = prs_digits_apply (label0, thai_digits);
      prs_chart_add_category (chart, label);
      budget[i] = g->budget_satang / 100.0;
      spent[i] = g->spent_satang / 100.0;
    }
  /* a figure with satang is printed with them, as the table prints it */
  for (guint i = 0; i < groups->len; i++)
    {
      PrsPlanNodeInfo *g = g_ptr_array_index (groups, i);
      gint64 sp = g->spent_satang;
      if (g->budget_satang % 100 != 0 || (with_spent && sp % 100 != 0))
        {
          prs_chart_set_decimals (chart, 2);
          break;
        }
    }
  prs_chart_add_series (chart, "งบประมาณตามแผน", budget, groups->len, -1);
  if (with_spent)
    {
      prs_chart_add_series (chart, "ใช้จ่ายแล้ว", spent, groups->len, -1);
      prs_chart_set_show_legend (chart, TRUE);
    }
  return chart;
}

static PrsChart *
status_chart (PrsPlanTree *tree, gboolean thai_digits)
{
  g_autoptr (GPtrArray) groups = strategies (tree);
  PrsChart *chart;
  g_autofree double *done = NULL;
  g_autofree double *doing = NULL;
  g_autofree double *todo = NULL;

  if (groups->len == 0)
    return NULL;
  chart = prs_chart_new (PRS_CHART_STACKED_BAR);
  prs_chart_set_horizontal (chart, TRUE);
  prs_chart_set_title (chart, "ความก้าวหน้าของกิจกรรมจำแนกตามยุทธศาสตร์");
  prs_chart_set_value_axis_title (chart, "กิจกรรม");
  prs_chart_set_thai_digits (chart, thai_digits);
  prs_chart_set_decimals (chart, 0);
  prs_chart_set_show_legend (chart, TRUE);
  done = g_new0 (double, groups->len);
  doing = g_new0 (double, groups->len);
  todo = g_new0 (double, groups->len);
  for (guint i = 0; i < groups->len; i++)
    {
      PrsPlanNodeInfo *g = g_ptr_array_index (groups, i);
      g_autofree char *label0 = g_strdup_printf ("%s %s", level_of (tree, g), g->number);
      g_autofree char *label = prs_digits_apply (label0, thai_digits);
      prs_chart_add_category (chart, label);
      done[i] = g->n_done;
      doing[i] = g->n_in_progress;
      todo[i] = g->n_not_started + g->n_cancelled;
    }
  prs_chart_add_series (chart, "แล้วเสร็จ", done, groups->len, -1);
  prs_chart_add_series (chart, "อยู่ระหว่างดำเนินการ", doing, groups->len, -1);
  prs_chart_add_series (chart, "ยังไม่ได้ดำเนินการ", todo, groups->len, -1);
  return chart;
}

static PrsReport *
new_report (const char *title, gboolean thai_digits, gboolean landscape)
{
  PrsReport *report = prs_report_new (title);

  prs_report_set_thai_digits (report, thai_digits);
  prs_report_set_metadata (report, "ฝ่ายเลขานุการ", title);
  if (landscape)
    {
      prs_report_set_orientation (report, PRS_PAGE_LANDSCAPE);
      prs_report_set_margins (report, 1.5, 1.5, 2.0, 1.5);
    }
  return report;
}

static char *
units_text (PrsPlanNodeInfo *n)
{
  GString *s = g_string_new (n->all_units ? "ทุกหน่วยงาน" : "");

  for (guint i = 0; i < n->units->len; i++)
    g_string_append_printf (s, "%s%s", s->len ? "\n" : "", (char *) g_ptr_array_index (n->units, i));
  return g_string_free (s, FALSE);
}

/* ---- the action-plan table -------------------------------------------------------- */

/* The activity's name, and its due date below it when it has one:
 * "กำหนดแล้วเสร็จ 31 มี.ค. 2569" (Arabic digits; the report applies its digits). */
static char *
activity_title (PrsPlanNodeInfo *n)
{
  PrsDate d;

  if (n->due_date == NULL || !prs_date_parse (n->due_date, &d, NULL))
    return g_strdup (n->title);
  return g_strdup_printf ("%s\nกำหนดแล้วเสร็จ %d %s %d", n->title, d.day, prs_month_name_abbr (d.month),
                          d.year + PRS_BE_OFFSET);
}

static void
table_rows (PrsReportTable *t, PrsPlanTree *tree, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (nodes, i);

      if (!n->is_activity)
        {
          g_autofree char *head = group_heading (tree, n);
          g_autofree char *b = baht (n->budget_satang);
          g_autofree char *text = n->budget_satang > 0
                                    ? g_strdup_printf ("%s (งบประมาณ %s บาท)", head, b)
                                    : g_strdup (head);
          prs_report_table_add_group_row (t, text);
          if (*n->objective)
            {
              g_autofree char *o = g_strdup_printf ("วัตถุประสงค์ %s", n->objective);
              prs_report_table_add_group_row (t, o);
            }
          table_rows (t, tree, n->children);
          continue;
        }
      {
        g_autofree char *ind = prs_plan_node_indicators_text (n, FALSE);
        g_autofree char *units = units_text (n);
        g_autofree char *num = g_strdup_printf ("%s.", n->number);
        g_autofree char *title = activity_title (n);
        guint row = prs_report_table_add_text_row (t, PRS_ROW_BODY, num, title, n->objective, ind, NULL);

        if (g_str_equal (n->budget_kind, "amount"))
          prs_report_table_set_money (t, row, 4, n->budget_satang);
        else
          {
            g_autofree char *b = prs_plan_node_budget_text (tree, n);
            prs_report_table_set_text (t, row, 4, g_str_equal (n->budget_kind, "none") ? "-" : b);
          }
        for (int q = 0; q < 4; q++)
          if (n->months & (7u << (3 * q)))
            prs_report_table_set_text (t, row, 5 + q, "✓");
        prs_report_table_set_text (t, row, 9, units);
      }
    }
}

PrsReport *
prs_plan_table_report_new (PrsStore *store, gint64 plan_id, gboolean thai_digits, GError **error)
{
  g_autoptr (PrsPlanTree) tree = prs_store_load_plan (store, plan_id, 0, error);
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GPtrArray) groups = NULL;
  PrsReportTable *t;
  guint row;
  int fy;

  if (tree == NULL)
    return NULL;
  fy = tree->fiscal_year;
  report = new_report (tree->title, thai_digits, TRUE);
  prs_report_add_title (report, tree->title);
  if (g_str_equal (tree->status, "approved") && tree->approved_date)
    {
      PrsDate d;
      g_autofree char *when = NULL;
      g_autofree char *line = NULL;
      if (prs_date_parse (tree->approved_date, &d, NULL))
        when = prs_date_format (&d, PRS_DATE_STYLE_LONG, FALSE);
      line = g_strdup_printf ("ได้รับความเห็นชอบ%s%s%s%s", *tree->approval_reference ? "จาก" : "",
                              tree->approval_reference, when ? " เมื่อวันที่ " : "", when ? when : "");
      prs_report_add_paragraph (report, line);
    }

  t = prs_report_add_table (report, 10);
  prs_report_table_set_name (t, "แผนปฏิบัติการ");
  prs_report_table_set_font_scale (t, 0.8);
  prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 3.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 3, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 4, 2.5, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
  for (int q = 0; q < 4; q++)
    prs_report_table_set_column (t, 5 + q, 1.7, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 9, 2.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);

  row = prs_report_table_add_row (t, PRS_ROW_HEADER);
  prs_report_table_set_text (t, row, 0, "ที่");
  prs_report_table_set_text (t, row, 1, "โครงการ/กิจกรรม");
  prs_report_table_set_text (t, row, 2, "วัตถุประสงค์");
  prs_report_table_set_text (t, row, 3, "ตัวชี้วัด/ค่าเป้าหมาย");
  prs_report_table_set_text (t, row, 4, "งบประมาณ (บาท)");
  prs_report_table_set_text (t, row, 5, "ระยะเวลาดำเนินงาน");
  prs_report_table_set_text (t, row, 9, "หน่วยงานที่รับผิดชอบ");
  prs_report_table_add_row (t, PRS_ROW_HEADER);
  for (int q = 0; q < 4; q++)
    {
      int y = two_digit_year (q == 0 ? fy - 1 : fy);
      g_autofree char *label = g_strdup_printf ("ไตรมาส %d\n%s %02d", q + 1, quarter_labels[q], y);
      prs_report_table_set_text (t, row + 1, 5 + q, label);
    }
  for (int c = 0; c < 5; c++)
    prs_report_table_set_span (t, row, c, 1, 2);
  prs_report_table_set_span (t, row, 5, 4, 1);
  prs_report_table_set_span (t, row, 9, 1, 2);

  table_rows (t, tree, tree->roots);

  row = prs_report_table_add_row (t, PRS_ROW_TOTAL);
  prs_report_table_set_text (t, row, 0, "รวม");
  {
    g_autofree char *n = g_strdup_printf ("จำนวน %u โครงการ/กิจกรรม", tree->n_activities);
    prs_report_table_set_text (t, row, 1, n);
    prs_report_table_set_span (t, row, 1, 3, 1);
  }
  prs_report_table_set_money (t, row, 4, tree->budget_satang);

  {
    g_autofree char *b = prs_money_format (tree->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *words = prs_bahttext (tree->budget_satang);
    g_autofree char *text = g_strdup_printf ("รวมทั้งสิ้น %u โครงการ/กิจกรรม งบประมาณรวมทั้งสิ้น %s บาท (%s)",
                                             tree->n_activities, b, words);
    prs_report_add_paragraph (report, text);
  }

  groups = strategies (tree);
  if (groups->len > 0)
    {
      PrsChart *chart;

      prs_report_add_heading (report, 2, "สรุปโครงการ/กิจกรรมและงบประมาณรายยุทธศาสตร์");
      for (guint i = 0; i < groups->len; i++)
        {
          g_autofree char *s = prs_plan_summary_sentence (tree, g_ptr_array_index (groups, i), 0, FALSE);
          prs_report_add_paragraph (report, s);
        }
      chart = budget_chart (tree, thai_digits, FALSE);
      if (chart)
        prs_report_add_chart (report, draw_chart, chart, (GDestroyNotify) prs_chart_unref, 22, 9,
                              "งบประมาณจำแนกตามยุทธศาสตร์");
    }
  return g_steal_pointer (&report);
}

/* ---- the progress report of a round --------------------------------------------------- */

static const char *
status_text (const char *status)
{
  if (g_strcmp0 (status, "done") == 0)
    return "ดำเนินการแล้วเสร็จ";
  if (g_strcmp0 (status, "in_progress") == 0)
    return "อยู่ระหว่างดำเนินการ";
  if (g_strcmp0 (status, "cancelled") == 0)
    return "ยกเลิก";
  return "ยังไม่ได้ดำเนินการ";
}

static const char *
against_plan (const char *status)
{
  if (g_strcmp0 (status, "below") == 0)
    return "ต่ำกว่าแผน";
  if (g_strcmp0 (status, "above") == 0)
    return "สูงกว่าแผน";
  return "ตามแผน";
}

static char *
hundredths_text (gint64 h)
{
  if (h % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, h / 100);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", h / 100, (int) ABS (h % 100));
}

static void
progress_rows (PrsReportTable *t, PrsPlanTree *tree, GPtrArray *nodes, gboolean parent_col)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (nodes, i);

      if (!n->is_activity)
        {
          gboolean leaf_parent = parent_col && n->children->len > 0;
          for (guint k = 0; leaf_parent && k < n->children->len; k++)
            leaf_parent = ((PrsPlanNodeInfo *) g_ptr_array_index (n->children, k))->is_activity;
          if (!leaf_parent)
            {
              g_autofree char *head = group_heading (tree, n);
              g_autofree char *text = n->depth == 0 ? g_strdup_printf ("%s", head) : g_strdup (head);
              prs_report_table_add_group_row (t, text);
              if (*n->objective)
                {
                  g_autofree char *o = g_strdup_printf ("วัตถุประสงค์ %s", n->objective);
                  prs_report_table_add_group_row (t, o);
                }
            }
          progress_rows (t, tree, n->children, parent_col);
          continue;
        }
      {
        GString *ind = g_string_new (NULL);
        GString *res = g_string_new (NULL);
        GString *narr = g_string_new (n->narrative ? n->narrative : "");
        g_autofree char *first = NULL;
        guint row;

        for (guint k = 0; k < n->indicators->len; k++)
          {
            PrsPlanIndicatorInfo *x = g_ptr_array_index (n->indicators, k);
            if (ind->len)
              g_string_append_c (ind, '\n');
            g_string_append_printf (ind, "ตัวชี้วัด : %s", x->name);
            if (x->has_target && !name_says_target (x))
              {
                g_autofree char *v = hundredths_text (x->target_hundredths);
                if (g_str_equal (x->unit, "ร้อยละ"))
                  g_string_append_printf (ind, "\nเป้าหมาย : ร้อยละ %s", v);
                else
                  g_string_append_printf (ind, "\nเป้าหมาย : %s %s", v, x->unit);
              }
            if (res->len)
              g_string_append_c (res, '\n');
            if (x->has_result)
              {
                g_autofree char *v = hundredths_text (x->result_hundredths);
                if (g_str_equal (x->unit, "ร้อยละ"))
                  g_string_append_printf (res, "ร้อยละ %s", v);
                else
                  g_string_append_printf (res, "%s %s", v, x->unit);
                if (*x->result_note)
                  g_string_append_printf (res, " %s", x->result_note);
              }
            else
              g_string_append (res, "-");
          }
        if (narr->len == 0)
          g_string_append (narr, status_text (n->status));
        else if (!g_str_equal (n->status, "done"))
          g_string_append_printf (narr, "\n(%s)", status_text (n->status));
        if (n->has_progress && n->participants > 0)
          g_string_append_printf (narr, "\nมีผู้เข้าร่วม จำนวน %" G_GINT64_FORMAT " คน", n->participants);
        if (n->has_progress)
          g_string_append_printf (narr, "\nผลเทียบกับแผน: %s", against_plan (n->progress_status));
        if (parent_col && n->position == 0 && n->parent)
          first = g_strdup_printf ("%s. %s", strrchr (n->parent->number, '.') ? strrchr (n->parent->number, '.') + 1
                                                                                : n->parent->number,
                                   n->parent->title);
        {
          g_autofree char *title = g_strdup_printf ("%s. %s", n->number, n->title);
          row = prs_report_table_add_text_row (t, PRS_ROW_BODY, parent_col ? (first ? first : "") : n->number,
                                               parent_col ? title : n->title, ind->str, res->str, narr->str, NULL);
        }
        if (n->has_progress && n->spent_satang > 0)
          prs_report_table_set_money (t, row, 5, n->spent_satang);
        else
          prs_report_table_set_text (t, row, 5, "-");
        g_string_free (ind, TRUE);
        g_string_free (res, TRUE);
        g_string_free (narr, TRUE);
      }
    }
}

PrsReport *
prs_plan_progress_report_new (PrsStore *store, gint64 plan_id, int round, gboolean thai_digits, GError **error)
{
  g_autoptr (PrsPlanTree) tree = prs_store_load_plan (store, plan_id, round, error);
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GPtrArray) groups = NULL;
  g_autofree char *title = NULL;
  PrsReportTable *t;
  gboolean parent_col;
  const char *end_month;
  guint row;
  gint64 used;

  if (tree == NULL)
    return NULL;
  end_month = round == 6 ? "มี.ค." : round == 9 ? "มิ.ย." : "ก.ย.";
  title = g_strdup_printf ("รายงานผลการดำเนินการตาม%s รอบ %d เดือน (ต.ค.%02d – %s%02d)", tree->title, round,
                           two_digit_year (tree->fiscal_year - 1), end_month, two_digit_year (tree->fiscal_year));
  report = new_report (title, thai_digits, TRUE);
  prs_report_add_title (report, title);

  parent_col = tree->levels->len >= 3;
  t = prs_report_add_table (report, 6);
  prs_report_table_set_name (t, "ผลการดำเนินการ");
  prs_report_table_set_font_scale (t, 0.8);
  if (parent_col)
    prs_report_table_set_column (t, 0, 2.4, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  else
    prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 2.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 3, 1.4, PRS_WIDTH_WEIGHT, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 4, 4.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 5, 2.4, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
  row = prs_report_table_add_row (t, PRS_ROW_HEADER);
  prs_report_table_set_text (t, row, 0,
                             parent_col ? (const char *) g_ptr_array_index (tree->levels, tree->levels->len - 2) : "ที่");
  prs_report_table_set_text (t, row, 1, "กิจกรรม/โครงการ");
  prs_report_table_set_text (t, row, 2, "ตัวชี้วัด");
  prs_report_table_set_text (t, row, 3, "ผลลัพธ์");
  prs_report_table_set_text (t, row, 4, "ผลการดำเนินการ");
  prs_report_table_set_text (t, row, 5, "งบประมาณที่ใช้ (บาท)");

  progress_rows (t, tree, tree->roots, parent_col);

  /* the sum of what the rows show: the money entered as spent in the round */
  used = tree->spent_satang;
  row = prs_report_table_add_row (t, PRS_ROW_TOTAL);
  prs_report_table_set_text (t, row, 0, "รวม");
  {
    g_autofree char *n = g_strdup_printf ("จำนวน %u กิจกรรม แล้วเสร็จ %u กิจกรรม", tree->n_activities, tree->n_done);
    prs_report_table_set_text (t, row, 1, n);
    prs_report_table_set_span (t, row, 1, 4, 1);
  }
  prs_report_table_set_money (t, row, 5, used);

  groups = strategies (tree);
  prs_report_add_heading (report, 2, "สรุปผลการดำเนินการรายยุทธศาสตร์");
  for (guint i = 0; i < groups->len; i++)
    {
      g_autofree char *s = prs_plan_summary_sentence (tree, g_ptr_array_index (groups, i), round, FALSE);
      prs_report_add_paragraph (report, s);
    }
  {
    g_autofree char *b = prs_money_format (tree->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *u = prs_money_format (used, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *words = prs_bahttext (used);
    gint64 pct = tree->budget_satang > 0 ? (used * 10000 + tree->budget_satang / 2) / tree->budget_satang : 0;
    g_autofree char *p = hundredths_text (pct);
    g_autofree char *text = g_strdup_printf (
      "ภาพรวม มีกิจกรรมทั้งสิ้น %u กิจกรรม ดำเนินการแล้วเสร็จ %u กิจกรรม อยู่ระหว่างดำเนินการ %u กิจกรรม "
      "ยังไม่ได้ดำเนินการ %u กิจกรรม ใช้งบประมาณรวม %s บาท (%s) จากงบประมาณตามแผน %s บาท คิดเป็นร้อยละ %s",
      tree->n_activities, tree->n_done, tree->n_in_progress, tree->n_not_started + tree->n_cancelled, u, words, b, p);
    prs_report_add_paragraph (report, text);
  }
  {
    PrsChart *c1 = budget_chart (tree, thai_digits, TRUE);
    PrsChart *c2 = status_chart (tree, thai_digits);
    if (c1)
      prs_report_add_chart (report, draw_chart, c1, (GDestroyNotify) prs_chart_unref, 22, 9,
                            "งบประมาณและการใช้จ่ายจำแนกตามยุทธศาสตร์");
    if (c2)
      prs_report_add_chart (report, draw_chart, c2, (GDestroyNotify) prs_chart_unref, 22, 8,
                            "ความก้าวหน้าของกิจกรรมจำแนกตามยุทธศาสตร์");
  }
  return g_steal_pointer (&report);
}

/* ---- the comparison of two versions ------------------------------------------------ */

static const char *
field_label (const char *key)
{
  if (g_str_equal (key, "title"))
    return "ชื่อกิจกรรม";
  if (g_str_equal (key, "objective"))
    return "วัตถุประสงค์";
  if (g_str_equal (key, "budget"))
    return "งบประมาณ";
  if (g_str_equal (key, "schedule"))
    return "ระยะเวลา";
  if (g_str_equal (key, "due_date"))
    return "กำหนดแล้วเสร็จ";
  if (g_str_equal (key, "indicators"))
    return "ตัวชี้วัด";
  if (g_str_equal (key, "units"))
    return "หน่วยงานที่รับผิดชอบ";
  if (g_str_equal (key, "common_kpi"))
    return "Common KPI";
  if (g_str_equal (key, "parent"))
    return "ยุทธศาสตร์/กลุ่ม";
  return key;
}

PrsReport *
prs_plan_diff_report_new (PrsStore *store, gint64 old_plan_id, gint64 new_plan_id, gboolean thai_digits,
                          GError **error)
{
  g_autoptr (PrsPlanTree) old_tree = prs_store_load_plan (store, old_plan_id, 0, error);
  g_autoptr (PrsPlanTree) new_tree = NULL;
  g_autoptr (PrsPlanDiff) diff = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autofree char *title = NULL;
  PrsReportTable *t;
  guint row, n = 0;

  if (old_tree == NULL)
    return NULL;
  new_tree = prs_store_load_plan (store, new_plan_id, 0, error);
  if (new_tree == NULL)
    return NULL;
  diff = prs_plan_diff_new (old_tree, new_tree);
  if (old_tree->version != new_tree->version)
    title = g_strdup_printf ("เปรียบเทียบ%s\nฉบับที่ %d กับฉบับที่ %d", new_tree->title, old_tree->version,
                             new_tree->version);
  else
    /* two plans that are not versions of one another: both named */
    title = g_strdup_printf ("เปรียบเทียบ%s\nกับ%s", old_tree->title, new_tree->title);
  report = new_report (title, thai_digits, TRUE);
  prs_report_add_title (report, title);
  {
    g_autofree char *a = prs_money_format (old_tree->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *b = prs_money_format (new_tree->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
    gint64 d = new_tree->budget_satang - old_tree->budget_satang;
    g_autofree char *c = prs_money_format (d, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *l1 = g_strdup_printf ("%u กิจกรรม งบประมาณ %s บาท", old_tree->n_activities, a);
    g_autofree char *l2 = g_strdup_printf ("%u กิจกรรม งบประมาณ %s บาท", new_tree->n_activities, b);
    g_autofree char *l3 = g_strdup_printf ("เพิ่ม %u กิจกรรม ตัดออก %u กิจกรรม แก้ไข %u กิจกรรม งบประมาณ%s %s บาท",
                                           diff->added->len, diff->removed->len, diff->changed->len,
                                           d > 0 ? "เพิ่มขึ้น" : d < 0 ? "ลดลง" : "เท่าเดิม",
                                           d < 0 ? c + 1 : c);
    prs_report_add_label_value (report, "ฉบับเดิม", l1);
    prs_report_add_label_value (report, "ฉบับใหม่", l2);
    prs_report_add_label_value (report, "การเปลี่ยนแปลง", l3);
  }
  t = prs_report_add_table (report, 5);
  prs_report_table_set_name (t, "เปรียบเทียบ");
  prs_report_table_set_font_scale (t, 0.85);
  prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 1.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 3, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 4, 3.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ที่", "กิจกรรม", "การเปลี่ยนแปลง", "ฉบับเดิม", "ฉบับใหม่", NULL);
  for (guint i = 0; i < diff->added->len; i++)
    {
      PrsPlanDiffItem *d = g_ptr_array_index (diff->added, i);
      g_autofree char *num = g_strdup_printf ("%u", ++n);
      g_autofree char *b = prs_plan_node_budget_text (new_tree, d->new_node);
      g_autofree char *text = g_strdup_printf ("กิจกรรมที่ %s (งบประมาณ %s)", d->new_node->number, b);
      prs_report_table_add_text_row (t, PRS_ROW_BODY, num, d->title, "เพิ่มใหม่", "-", text, NULL);
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      PrsPlanDiffItem *d = g_ptr_array_index (diff->removed, i);
      g_autofree char *num = g_strdup_printf ("%u", ++n);
      g_autofree char *b = prs_plan_node_budget_text (old_tree, d->old_node);
      g_autofree char *text = g_strdup_printf ("กิจกรรมที่ %s (งบประมาณ %s)", d->old_node->number, b);
      prs_report_table_add_text_row (t, PRS_ROW_BODY, num, d->title, "ตัดออก", text, "-", NULL);
    }
  for (guint i = 0; i < diff->changed->len; i++)
    {
      PrsPlanDiffItem *d = g_ptr_array_index (diff->changed, i);
      g_autofree char *num = g_strdup_printf ("%u", ++n);

      for (guint f = 0; f < d->fields->len; f++)
        {
          const char *key = g_ptr_array_index (d->fields, f);
          g_autofree char *o = g_str_equal (key, "budget") ? prs_plan_node_budget_text (old_tree, d->old_node)
                                                           : prs_plan_node_field_text (d->old_node, key);
          g_autofree char *nw = g_str_equal (key, "budget") ? prs_plan_node_budget_text (new_tree, d->new_node)
                                                            : prs_plan_node_field_text (d->new_node, key);
          g_autofree char *what = g_strdup_printf ("แก้ไข%s", field_label (key));
          row = prs_report_table_add_text_row (t, PRS_ROW_BODY, f == 0 ? num : "", f == 0 ? d->title : "", what, o,
                                               nw, NULL);
          (void) row;
        }
    }
  if (n == 0)
    prs_report_table_add_group_row (t, "ไม่มีการเปลี่ยนแปลงของกิจกรรม");
  return g_steal_pointer (&report);
}

/* ---- plans in the workspace summary ------------------------------------------------ */

gboolean
prs_plan_report_append_plans (PrsReport *report, PrsStore *store, GError **error)
{
  g_autoptr (GPtrArray) plans = prs_store_list_plans (store, 0, error);
  PrsReportTable *t;
  gint64 budget = 0, spent = 0;
  guint acts = 0, row;

  if (plans == NULL)
    return FALSE;
  if (plans->len == 0)
    return TRUE;
  prs_report_add_heading (report, 2, "แผนปฏิบัติการ");
  t = prs_report_add_table (report, 6);
  prs_report_table_set_name (t, "แผนปฏิบัติการ");
  prs_report_table_set_font_scale (t, 0.875);
  prs_report_table_set_column (t, 0, 2.3, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 4.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 1.4, PRS_WIDTH_WEIGHT, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 3, 1.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 4, 1.8, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 5, 1.8, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ปีงบประมาณ", "แผน", "สถานะ", "กิจกรรม", "งบประมาณ (บาท)",
                                 "ใช้จ่ายแล้ว (บาท)", NULL);
  for (guint i = 0; i < plans->len; i++)
    {
      PrsPlanSummary *s = g_ptr_array_index (plans, i);
      g_autofree char *y = g_strdup_printf ("%d", s->fiscal_year);
      row = prs_report_table_add_text_row (t, PRS_ROW_BODY, y, s->title, prs_plan_status_label (s->status), NULL);
      prs_report_table_set_integer (t, row, 3, s->n_activities);
      prs_report_table_set_money (t, row, 4, s->budget_satang);
      prs_report_table_set_money (t, row, 5, s->spent_satang);
      acts += s->n_activities;
      budget += s->budget_satang;
      spent += s->spent_satang;
    }
  row = prs_report_table_add_row (t, PRS_ROW_TOTAL);
  prs_report_table_set_text (t, row, 0, "รวม");
  prs_report_table_set_span (t, row, 0, 3, 1);
  prs_report_table_set_integer (t, row, 3, acts);
  prs_report_table_set_money (t, row, 4, budget);
  prs_report_table_set_money (t, row, 5, spent);
  return TRUE;
}
