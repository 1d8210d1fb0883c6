/* prs-meeting-report.c: minutes, claim sheets and allowance summaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-meeting-report.h"

static const char *const section_titles[] = {
  "เรื่องประธานแจ้งให้ที่ประชุมทราบ",
  "เรื่องรับรองรายงานการประชุม",
  "เรื่องสืบเนื่อง",
  "เรื่องเพื่อทราบ",
  "เรื่องเพื่อพิจารณา",
  "เรื่องอื่น ๆ",
};

static void
setup (PrsReport *r, gboolean thai_digits)
{
  prs_report_set_margins (r, 3.0, 2.0, 2.5, 2.0);
  prs_report_set_thai_digits (r, thai_digits);
  prs_report_set_page_numbers (r, TRUE);
}

static void
centered (PrsReport *r, const char *text, gboolean bold)
{
  PrsParagraphStyle st = { 0 };

  st.bold = bold;
  st.align = PRS_ALIGN_CENTER;
  prs_report_add_paragraph_full (r, text, &st);
}

static void
bold_line (PrsReport *r, const char *text, double indent_cm)
{
  PrsParagraphStyle st = { 0 };

  st.bold = TRUE;
  st.align = PRS_ALIGN_LEFT;
  st.indent_cm = indent_cm;
  st.space_after_pt = 2;
  prs_report_add_paragraph_full (r, text, &st);
}

/* Each line of TEXT a paragraph, indented Thai-style. */
static void
body_text (PrsReport *r, const char *text, double indent_cm)
{
  g_auto (GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  PrsParagraphStyle st = { 0 };

  st.align = PRS_ALIGN_DISTRIBUTED;
  st.indent_cm = indent_cm;
  st.first_line_indent_cm = 1.25;
  st.space_after_pt = 4;
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i])
        prs_report_add_paragraph_full (r, lines[i], &st);
    }
}

static char *
time_text (const char *hhmm)
{
  int h, m;

  if (hhmm == NULL || !prs_time_parse (hhmm, &h, &m, NULL))
    return NULL;
  return g_strdup_printf ("%02d.%02d", h, m);
}

static PrsReportTable *
list_table (PrsReport *r, gboolean with_role)
{
  PrsReportTable *t = prs_report_add_table (r, with_role ? 3 : 2);

  prs_report_table_set_column (t, 0, 7.0, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 1, 1.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  if (with_role)
    prs_report_table_set_column (t, 2, 4.5, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
  return t;
}

/* The comments and resolution of A. */
static void
close_item (PrsReport *r, const PrsMeetingAgendaItem *a)
{
  double indent = a->depth == 0 ? 0.0 : 1.25;

  if (*a->comments)
    {
      bold_line (r, "ความเห็นที่ประชุม", indent);
      body_text (r, a->comments, indent);
    }
  if (*a->resolution && !g_str_equal (a->resolution, "-"))
    {
      if (strchr (a->resolution, '\n'))
        {
          bold_line (r, "มติที่ประชุม", indent);
          body_text (r, a->resolution, indent);
        }
      else
        {
          g_autofree char *m = g_strdup_printf ("มติที่ประชุม %s", a->resolution);
          PrsParagraphStyle st = { 0 };

          st.indent_cm = indent;
          st.first_line_indent_cm = 1.25;
          st.space_after_pt = 6;
          prs_report_add_paragraph_full (r, m, &st);
        }
    }
}

static const char *
seat_name (const PrsMeetingSeat *s)
{
  return s->seat && *s->attendee_name ? s->attendee_name : s->name;
}

static const char *
seat_position (const PrsMeetingSeat *s)
{
  if (s->seat)
    return *s->attendee_position ? s->attendee_position : s->position;
  return *s->position ? s->position : s->attendee_position;
}

PrsReport *
prs_minutes_report_build (PrsStore             *store,
                          const PrsMeetingInfo *info,
                          gboolean              thai_digits,
                          GError              **error)
{
  g_autoptr (PrsReport) r = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *when = NULL;
  g_autofree char *start = time_text (info->start_time);
  g_autofree char *end = time_text (info->end_time);
  PrsReportTable *t;
  guint n;
  gboolean any_present = FALSE, any_absent = FALSE;

  (void) store;
  (void) error;
  heading = g_strdup_printf ("%s ครั้งที่ %d/%d", info->committee_name, info->number, info->year_be);
  r = prs_report_new (heading);
  setup (r, thai_digits);
  prs_report_add_title (r, "รายงานการประชุม");
  centered (r, heading, TRUE);
  if (info->date)
    {
      PrsDate d;

      if (prs_date_parse (info->date, &d, NULL))
        {
          g_autofree char *full = prs_date_format (&d, PRS_DATE_STYLE_FULL, FALSE);

          if (start && end)
            when = g_strdup_printf ("เมื่อ%s เวลา %s - %s น.", full, start, end);
          else if (start)
            when = g_strdup_printf ("เมื่อ%s เวลา %s น.", full, start);
          else
            when = g_strdup_printf ("เมื่อ%s", full);
        }
    }
  if (when)
    centered (r, when, FALSE);
  {
    g_autofree char *where = NULL;

    if (g_str_equal (info->mode, "online"))
      where = g_strdup_printf ("ณ %s", *info->venue ? info->venue : "ระบบการประชุมออนไลน์");
    else if (g_str_equal (info->mode, "hybrid"))
      where = g_strdup_printf ("ณ %s และผ่านระบบการประชุมออนไลน์", info->venue);
    else if (*info->venue)
      where = g_strdup_printf ("ณ %s", info->venue);
    if (where)
      centered (r, where, FALSE);
  }
  centered (r, "------------------------------", FALSE);

  /* ผู้มาประชุม */
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      if (g_str_equal (s->status, "present"))
        any_present = TRUE;
      else
        any_absent = TRUE;
    }
  bold_line (r, "ผู้มาประชุม", 0);
  t = list_table (r, TRUE);
  prs_report_table_set_name (t, "ผู้มาประชุม");
  n = 0;
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];
      g_autofree char *who = NULL;
      g_autofree char *role = NULL;
      const char *name;

      if (!g_str_equal (s->status, "present"))
        continue;
      /* A member appointed by name as the roster (or People) spells them, as the claim
       * sheet does, so one meeting's documents agree; a post's seat as the attendance
       * list gave its holder. */
      name = seat_name (s);
      who = g_strdup_printf ("%u. %s", ++n, name);
      role = s->acting_chair ? g_strdup_printf ("%s\nทำหน้าที่ประธานในที่ประชุม", s->role_title)
                             : g_strdup (s->role_title);
      prs_report_table_add_text_row (t, PRS_ROW_BODY, who, seat_position (s), role, NULL);
    }
  if (!any_present)
    prs_report_table_add_text_row (t, PRS_ROW_BODY, "- ไม่มี -", "", "", NULL);

  /* ผู้ไม่มาประชุม */
  if (any_absent)
    {
      bold_line (r, "ผู้ไม่มาประชุม", 0);
      t = list_table (r, TRUE);
      prs_report_table_set_name (t, "ผู้ไม่มาประชุม");
      n = 0;
      for (guint i = 0; i < info->seats->len; i++)
        {
          PrsMeetingSeat *s = info->seats->pdata[i];
          g_autofree char *who = NULL;

          const char *name = seat_name (s);

          if (g_str_equal (s->status, "present"))
            continue;
          if (g_str_equal (s->status, "delegate") && *s->delegate_name)
            who = g_strdup_printf ("%u. %s (มอบหมาย%s)", ++n, name, s->delegate_name);
          else if (g_str_equal (s->status, "leave"))
            who = g_strdup_printf ("%u. %s (ลา)", ++n, name);
          else
            who = g_strdup_printf ("%u. %s", ++n, name);
          prs_report_table_add_text_row (t, PRS_ROW_BODY, who, seat_position (s), s->role_title, NULL);
        }
    }

  /* ผู้เข้าร่วมประชุม */
  if (info->guests->len > 0)
    {
      bold_line (r, "ผู้เข้าร่วมประชุม", 0);
      t = list_table (r, FALSE);
      prs_report_table_set_name (t, "ผู้เข้าร่วมประชุม");
      for (guint i = 0; i < info->guests->len; i++)
        {
          PrsMeetingGuest *g = info->guests->pdata[i];
          g_autofree char *who = g_strdup_printf ("%u. %s", i + 1, g->name);

          prs_report_table_add_text_row (t, PRS_ROW_BODY, who, g->position, NULL);
        }
    }

  {
    g_autofree char *open = g_strdup_printf ("เริ่มประชุมเวลา %s น.", start ? start : "..........");

    bold_line (r, open, 0);
  }

  /* The agenda; without items, the six standard sections. */
  if (info->agenda->len == 0)
    for (guint k = 0; k < G_N_ELEMENTS (section_titles); k++)
      {
        g_autofree char *h = g_strdup_printf ("ระเบียบวาระที่ %u %s", k + 1, section_titles[k]);

        bold_line (r, h, 0);
        centered (r, "- ไม่มี -", FALSE);
      }
  {
    /* An item's comments and resolution come after its sub-items, as minutes print
     * them: the open items wait on a stack until an item of their depth or above. */
    g_autoptr (GPtrArray) open = g_ptr_array_new ();

    for (guint i = 0; i <= info->agenda->len; i++)
      {
        PrsMeetingAgendaItem *a = i < info->agenda->len ? info->agenda->pdata[i] : NULL;
        g_autofree char *h = NULL;
        double indent;

        while (open->len > 0)
          {
            PrsMeetingAgendaItem *top = open->pdata[open->len - 1];

            if (a != NULL && a->depth > top->depth)
              break;
            close_item (r, top);
            g_ptr_array_remove_index (open, open->len - 1);
          }
        if (a == NULL)
          break;
        indent = a->depth == 0 ? 0.0 : 1.25;
        if (a->depth == 0)
          h = g_strdup_printf ("ระเบียบวาระที่ %s %s", *a->number ? a->number : "", a->title);
        else
          h = g_strdup_printf ("%s %s", a->number, a->title);
        bold_line (r, h, indent);
        body_text (r, a->body, indent);
        if (a->depth == 0 && *a->body == '\0' && *a->comments == '\0'
            && (*a->resolution == '\0' || g_str_equal (a->resolution, "-"))
            && (i + 1 >= info->agenda->len
                || ((PrsMeetingAgendaItem *) info->agenda->pdata[i + 1])->depth == 0))
          centered (r, "- ไม่มี -", FALSE);
        g_ptr_array_add (open, a);
      }
  }

  if (info->attachments->len > 0)
    {
      bold_line (r, "เอกสารแนบ", 0);
      for (guint i = 0; i < info->attachments->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("เอกสารแนบ %u %s", i + 1,
                                                   (const char *) info->attachments->pdata[i]);
          PrsParagraphStyle st = { 0 };

          st.indent_cm = 1.25;
          prs_report_add_paragraph_full (r, line, &st);
        }
    }

  {
    g_autofree char *close = g_strdup_printf ("เลิกประชุมเวลา %s น.", end ? end : "..........");

    bold_line (r, close, 0);
  }

  /* Signatures: the minute-takers, then the reviewer. */
  {
    g_auto (GStrv) takers = g_strsplit (info->minute_takers, "\n", -1);

    for (guint i = 0; takers[i]; i++)
      {
        g_auto (GStrv) parts = g_strsplit (takers[i], "\t", 2);

        if (parts[0] == NULL || *g_strstrip (parts[0]) == '\0')
          continue;
        prs_report_add_signature (r, parts[0], parts[1] ? parts[1] : "", "ผู้จดรายงานการประชุม");
      }
    if (*info->reviewer)
      {
        g_auto (GStrv) parts = g_strsplit (info->reviewer, "\t", 2);

        prs_report_add_signature (r, g_strstrip (parts[0]), parts[1] ? parts[1] : "",
                                  "ผู้ตรวจรายงานการประชุม");
      }
  }
  return g_steal_pointer (&r);
}

PrsReport *
prs_claim_report_build (PrsStore             *store,
                        const PrsMeetingInfo *info,
                        gboolean              thai_digits,
                        GError              **error)
{
  g_autoptr (PrsReport) r = NULL;
  g_autoptr (GPtrArray) lines = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *words = NULL;
  g_autofree char *total_text = NULL;
  PrsReportTable *t;
  gint64 total = 0;
  guint row;

  lines = prs_meetings_allowance (store, info, &total, NULL, error);
  if (lines == NULL)
    return NULL;
  heading = g_strdup_printf ("%s ครั้งที่ %d/%d", info->committee_name, info->number, info->year_be);
  r = prs_report_new (heading);
  setup (r, thai_digits);
  prs_report_add_title (r, "หลักฐานการจ่ายเงินค่าเบี้ยประชุม");
  centered (r, heading, TRUE);
  if (info->date)
    {
      PrsDate d;

      if (prs_date_parse (info->date, &d, NULL))
        {
          g_autofree char *full = prs_date_format (&d, PRS_DATE_STYLE_FULL, FALSE);
          g_autofree char *line = g_strdup_printf ("เมื่อ%s", full);

          centered (r, line, FALSE);
        }
    }

  t = prs_report_add_table (r, 5);
  prs_report_table_set_name (t, "เบี้ยประชุม");
  prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 1.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 4.2, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 3, 2.6, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 4, 3.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ลำดับ", "ชื่อ - สกุล", "ตำแหน่งในคณะกรรมการ",
                                 "จำนวนเงิน (บาท)", "ลายมือชื่อผู้รับเงิน", NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      PrsAllowanceLine *l = lines->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *role = *l->note ? g_strdup_printf ("%s\n(%s)", l->role_title, l->note)
                                       : g_strdup (l->role_title);

      row = prs_report_table_add_text_row (t, PRS_ROW_BODY, no, l->name, role, "", "", NULL);
      prs_report_table_set_money (t, row, 3, l->satang);
    }
  row = prs_report_table_add_text_row (t, PRS_ROW_TOTAL, "", "รวมทั้งสิ้น", "", "", "", NULL);
  prs_report_table_set_money (t, row, 3, total);

  words = prs_bahttext (total);
  {
    g_autofree char *money = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);

    total_text = g_strdup_printf ("รวมเป็นเงินทั้งสิ้น %s บาท (%s)", money, words);
  }
  bold_line (r, total_text, 0);
  prs_report_add_paragraph (r, info->delegate_paid
                                 ? "ผู้แทนที่ได้รับมอบหมายให้เข้าประชุมแทนกรรมการได้รับเบี้ยประชุมในอัตราของกรรมการผู้มอบหมาย"
                                 : "ผู้แทนที่ได้รับมอบหมายให้เข้าประชุมแทนกรรมการไม่ได้รับเบี้ยประชุม");
  prs_report_add_signature (r, "....................................", "", "ผู้จ่ายเงิน");
  return g_steal_pointer (&r);
}

PrsReport *
prs_allowance_summary_report_build (PrsStore *store,
                                    gint64    committee_id,
                                    int       fiscal_year,
                                    gboolean  thai_digits,
                                    GError  **error)
{
  g_autoptr (PrsReport) r = NULL;
  g_autoptr (GPtrArray) lines = prs_meetings_year_summary (store, committee_id, fiscal_year, error);
  g_autofree char *title = NULL;
  PrsReportTable *t;
  const char *group = NULL;
  gint64 group_sum = 0, total = 0;
  guint row, n = 0;

  if (lines == NULL)
    return NULL;
  title = g_strdup_printf ("สรุปค่าเบี้ยประชุม ประจำปีงบประมาณ พ.ศ. %d", fiscal_year);
  r = prs_report_new (title);
  setup (r, thai_digits);
  prs_report_add_title (r, title);
  t = prs_report_add_table (r, 4);
  prs_report_table_set_name (t, "สรุปเบี้ยประชุม");
  prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 1.0, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 3.0, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 3, 3.5, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ลำดับ", "ชื่อ - สกุล", "จำนวนครั้ง",
                                 "จำนวนเงิน (บาท)", NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      PrsAllowanceSummaryLine *l = lines->pdata[i];
      g_autofree char *no = NULL;

      if (group == NULL || !g_str_equal (group, l->committee))
        {
          if (group)
            {
              row = prs_report_table_add_text_row (t, PRS_ROW_TOTAL, "", "รวม", "", "", NULL);
              prs_report_table_set_money (t, row, 3, group_sum);
            }
          prs_report_table_add_group_row (t, l->committee);
          group = l->committee;
          group_sum = 0;
          n = 0;
        }
      no = g_strdup_printf ("%u", ++n);
      row = prs_report_table_add_text_row (t, PRS_ROW_BODY, no, l->name, "", "", NULL);
      prs_report_table_set_integer (t, row, 2, l->meetings);
      prs_report_table_set_money (t, row, 3, l->satang);
      group_sum += l->satang;
      total += l->satang;
    }
  if (group)
    {
      row = prs_report_table_add_text_row (t, PRS_ROW_TOTAL, "", "รวม", "", "", NULL);
      prs_report_table_set_money (t, row, 3, group_sum);
    }
  row = prs_report_table_add_text_row (t, PRS_ROW_TOTAL, "", "รวมทั้งสิ้น", "", "", NULL);
  prs_report_table_set_money (t, row, 3, total);
  {
    g_autofree char *words = prs_bahttext (total);
    g_autofree char *money = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);
    g_autofree char *line = g_strdup_printf ("รวมเป็นเงินทั้งสิ้น %s บาท (%s)", money, words);

    bold_line (r, line, 0);
  }
  return g_steal_pointer (&r);
}
