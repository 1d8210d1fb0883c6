/* test-meetings-page.c: the Meetings page on the demo workspace under a real display —
 * the attendance grid, quorum and attendance-rate rows, typing an attendance (one undo
 * step), everyone present, and screenshots in English and in Thai.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-meeting-dialog.h"
#include "prs-meeting-report.h"
#include "prs-export.h"
#include "prs-meetings-page.h"
#include "prs-committee-dialog.h"
#include "prs-store-meetings-people.h"
#include "prs-store-people.h"
#include "prs-store-meetings.h"
#include "prs-resources.h"
#include "prs-store-sql.h"
#include "tests/prs-test-damage.h"
#include "tests/prs-test-ui.h"

static void
wait_ms (guint ms)
{
  prs_test_wait_ms (ms);
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  prs_test_screenshot (widget, "meetings", what);
}

static gint64
q (PrsStore *store, const char *sql)
{
  return prs_store_query_int (store, sql, -1);
}

static void
test_page (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prongsai-meetings-ui-XXXXXX", &error);
  g_autofree char *ws = g_build_filename (dir, "demo.prongsai", NULL);
  g_autoptr (PrsStore) store = NULL;
  GtkWidget *window, *page_widget;
  PrsMeetingsPage *page;
  PrsSheet *sheet;
  guint rows, cols, vice_row = 0;
  gint64 committee;
  g_autoptr (GPtrArray) seats = NULL;

  g_assert_no_error (error);
  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  committee = q (store, "SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า'");
  g_assert_cmpint (committee, >, 0);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  page_widget = prs_meetings_page_new (store);
  page = PRS_MEETINGS_PAGE (page_widget);
  gtk_window_set_child (GTK_WINDOW (window), page_widget);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (window); i++)
    wait_ms (50);
  wait_ms (500);

  /* The demo committee's 2569: its seats down, its meetings across, figures as the
   * store counts them. */
  prs_meetings_page_select (page, committee, 2569);
  wait_ms (200);
  sheet = prs_meetings_page_get_sheet (page);
  rows = prs_sheet_get_n_rows (sheet);
  cols = prs_sheet_get_n_columns (sheet);
  seats = prs_meetings_list_seats (store, committee, &error);
  {
    g_autoptr (GArray) ids = prs_meetings_list (store, committee, 2569, &error);
    g_autoptr (PrsMeetingInfo) first = prs_meetings_load (store, g_array_index (ids, gint64, 0), &error);
    g_autofree char *present = g_strdup_printf ("%u/%u", first->n_present, first->n_members);

    g_assert_cmpuint (rows, ==, seats->len + 3);
    g_assert_cmpuint (cols, ==, 1 + ids->len + 1);
    g_assert_cmpstr (prs_sheet_get_cell_text (sheet, rows - 2, 1), ==, first->quorum ? _("Yes") : _("No"));
    g_assert_cmpstr (prs_sheet_get_cell_text (sheet, rows - 3, 1), ==, present);
  }
  for (guint i = 0; i < seats->len; i++)
    if (g_str_equal (((PrsMeetingSeat *) seats->pdata[i])->role, "vice_chair"))
      vice_row = i;
  /* 2/2569: the chair on leave, the vice chair chairing. */
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 0, 2), ==, _("Leave"));
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, vice_row, 2), ==, _("Present, chairing"));
  screenshot (window, "grid");

  /* Typing ลา (leave) for member 3 at 1/2569: stored, one undo step. */
  prs_sheet_set_cursor (sheet, 2, 1);
  g_assert_true (prs_sheet_type_text (sheet, "ลา"));
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  wait_ms (200);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 2, 1), ==, _("Leave"));
  {
    g_autofree char *fewer = NULL;
    g_autoptr (GArray) ids = prs_meetings_list (store, committee, 2569, &error);
    g_autoptr (PrsMeetingInfo) first = prs_meetings_load (store, g_array_index (ids, gint64, 0), &error);

    fewer = g_strdup_printf ("%u/%u", first->n_present, first->n_members);
    g_assert_cmpstr (prs_sheet_get_cell_text (sheet, rows - 3, 1), ==, fewer);
  }
  g_assert_true (prs_store_undo (store, &error));
  wait_ms (300);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 2, 1), ==, _("Present"));

  /* A delegate typed with a name. */
  prs_sheet_set_cursor (sheet, 3, 3);
  g_assert_true (prs_sheet_type_text (sheet, "มอบหมาย นางสาวสมใจ ดีงาม"));
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  wait_ms (200);
  g_assert_cmpint (q (store, "SELECT count(*) FROM attendance WHERE delegate_name = 'นางสาวสมใจ ดีงาม'"), ==, 1);

  /* Everyone present at 3/2569 (the cursor's column). */
  g_assert_true (gtk_widget_activate_action (page_widget, "meetings.all-present", NULL));
  wait_ms (200);
  {
    g_autofree char *all = g_strdup_printf ("%u/%u", seats->len, seats->len);

    g_assert_cmpstr (prs_sheet_get_cell_text (sheet, rows - 3, 3), ==, all);
  }
  g_assert_true (prs_store_undo (store, &error));
  wait_ms (300);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 3, 3), !=, _("Present"));
  screenshot (window, "edited");

  /* Recording a new meeting: number 4/2569 offered, Thai date and time, the invited,
   * an agenda item's text and resolution; saved as one undo step. */
  {
    int next = prs_meetings_next_number (store, committee, 2569, &error);
    PrsMeetingDialog *dialog = prs_meeting_dialog_new (GTK_WINDOW (window), store, committee, 0, 2569);
    g_autoptr (PrsMeetingInfo) info = NULL;
    g_autoptr (PrsReport) report = NULL;
    guint item;

    g_assert_no_error (error);
    gtk_window_present (GTK_WINDOW (dialog));
    wait_ms (400);
    prs_meeting_dialog_set_text (dialog, "date", "๑๔ สิงหาคม ๒๕๖๙");
    prs_meeting_dialog_set_text (dialog, "start", "๐๙.๓๐ น.");
    prs_meeting_dialog_set_text (dialog, "end", "12:00");
    prs_meeting_dialog_set_text (dialog, "venue", "ห้องประชุมธรรมาภิบาล ชั้น ๓");
    prs_meeting_dialog_set_text (dialog, "guests", "๑. นางสาวแก้วตา ใจงาม\tนักทรัพยากรบุคคลปฏิบัติการ\nนายธนา มีสุข, นิติกรปฏิบัติการ");
    prs_meeting_dialog_set_text (dialog, "agenda.0.body", "ประธานแจ้งผลการประเมิน ITA ของกรม");
    prs_meeting_dialog_set_text (dialog, "agenda.0.resolution", "รับทราบ");
    item = prs_meeting_dialog_add_item (dialog, "5.1", "ร่างมาตรการส่งเสริมคุณธรรม");
    prs_meeting_dialog_set_text (dialog, "agenda.6.comments", "ควรเพิ่มกิจกรรมที่บุคลากรมีส่วนร่วม");
    prs_meeting_dialog_set_text (dialog, "agenda.6.resolution", "เห็นชอบในหลักการ");
    g_assert_cmpuint (item, ==, 6);
    prs_meeting_dialog_set_text (dialog, "takers", "นางสาวปวีณา มั่นคงดี\tนักทรัพยากรบุคคลปฏิบัติการ");
    prs_meeting_dialog_set_text (dialog, "reviewer", "นายสุรชัย เพชรรัตน์, ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต");
    wait_ms (200);
    screenshot (GTK_WIDGET (dialog), "dialog");
    g_assert_true (prs_meeting_dialog_save (dialog));
    info = prs_meetings_load (store, prs_meeting_dialog_get_meeting (dialog), &error);
    g_assert_no_error (error);
    g_assert_cmpint (info->number, ==, next);
    g_assert_cmpstr (info->date, ==, "2026-08-14");
    g_assert_cmpstr (info->start_time, ==, "09:30");
    g_assert_cmpuint (info->guests->len, ==, 2);
    g_assert_cmpstr (((PrsMeetingGuest *) info->guests->pdata[0])->name, ==, "นางสาวแก้วตา ใจงาม");
    g_assert_cmpstr (((PrsMeetingGuest *) info->guests->pdata[1])->position, ==, "นิติกรปฏิบัติการ");
    g_assert_cmpuint (info->agenda->len, ==, 7);
    /* 5.1 nests under 5, right after it. */
    g_assert_cmpstr (((PrsMeetingAgendaItem *) info->agenda->pdata[5])->number, ==, "5.1");
    g_assert_cmpint (((PrsMeetingAgendaItem *) info->agenda->pdata[5])->depth, ==, 1);
    report = prs_minutes_report_build (store, info, TRUE, &error);
    g_assert_nonnull (report);
    gtk_window_destroy (GTK_WINDOW (dialog));
    wait_ms (300);
    g_assert_cmpuint (prs_sheet_get_n_columns (sheet), ==, cols + 1);
    g_assert_true (prs_store_undo (store, &error));
    wait_ms (300);
    g_assert_cmpuint (prs_sheet_get_n_columns (sheet), ==, cols);
  }

  /* Year 2568: 1/2568 and 2/2568. */
  prs_meetings_page_select (page, committee, 2568);
  wait_ms (300);
  {
    g_autoptr (GArray) ids = prs_meetings_list (store, committee, 2568, &error);

    g_assert_cmpuint (prs_sheet_get_n_columns (sheet), ==, 1 + ids->len + 1);
  }
  screenshot (window, "2568");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_unlink (ws);
  g_rmdir (dir);
}

static gint64
member_person (PrsStore *store, gint64 committee, const char *outside_name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (person_id, 0) FROM committee_members"
                                          " WHERE committee_id = %" G_GINT64_FORMAT " AND outside_name LIKE '%%%s%%'",
                                          committee, outside_name);

  return q (store, sql);
}

/* Members who are staff, rates with effective dates, the year's allowances per person
 * and a meeting's attachments, through the page's windows. */
static void
test_committee_window (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prongsai-meetings-ui-XXXXXX", &error);
  g_autofree char *ws = g_build_filename (dir, "demo.prongsai", NULL);
  g_autofree char *staff = g_build_filename (dir, "staff.csv", NULL);
  g_autofree char *roster = g_build_filename (dir, "คณะทำงานส่งเสริมคุณธรรม.csv", NULL);
  g_autofree char *file1 = g_build_filename (dir, "คำสั่งแต่งตั้ง.pdf", NULL);
  g_autofree char *file2 = g_build_filename (dir, "แผนปฏิบัติการ.xlsx", NULL);
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsRosterPreview) people = NULL;
  GtkWidget *window, *page_widget, *preview;
  PrsMeetingsPage *page;
  GtkWindow *dialog;
  gint64 committee, demo_committee, person_exact, person_close;

  g_assert_no_error (error);
  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  demo_committee = q (store, "SELECT id FROM committees WHERE name = 'คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า'");
  /* Two made-up staff with names found nowhere else in People. */
  g_assert_true (g_file_set_contents (staff,
      "คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,ประเภท\n"
      "นางสาว,ดวงกมล,ศรีสุวรรณรัตน์,นักทรัพยากรบุคคลชำนาญการ,กองบริหารทรัพยากรบุคคล,ข้าราชการ\n"
      "นาย,ประพันธ์,วงศ์ไพศาลทวี,นิติกรชำนาญการพิเศษ,กองกฎหมาย,ข้าราชการ\n", -1, &error));
  people = prs_roster_preview (store, staff, &error);
  g_assert_no_error (error);
  g_assert_true (prs_roster_apply (store, people, &error));
  person_exact = q (store, "SELECT id FROM people WHERE first_name = 'ดวงกมล'");
  person_close = q (store, "SELECT id FROM people WHERE first_name = 'ประพันธ์'");
  g_assert_cmpint (person_exact, >, 0);
  g_assert_cmpint (person_close, >, 0);

  /* The roster: a title written short and spaced (exact), a misspelt name (close), an
   * outside expert and a post's seat. */
  g_assert_true (g_file_set_contents (roster,
      "ชื่อ-สกุล,ตำแหน่ง,บทบาท\n"
      "น.ส. ดวงกมล  ศรีสุวรรณรัตน์,นักทรัพยากรบุคคล,ประธานกรรมการ\n"
      "นายประพัน วงศ์ไพศาลทวี,นิติกร,กรรมการ\n"
      "นายวิทยา บุญรักษาเขต,ผู้ทรงคุณวุฒิภายนอก,กรรมการ\n"
      "ผู้อำนวยการกองกฎหมาย,,กรรมการและเลขานุการ\n", -1, &error));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  page_widget = prs_meetings_page_new (store);
  page = PRS_MEETINGS_PAGE (page_widget);
  gtk_window_set_child (GTK_WINDOW (window), page_widget);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (window); i++)
    wait_ms (50);
  wait_ms (300);

  /* Import without confirming: the exact name linked, the close one not. */
  preview = prs_meetings_page_preview_roster (page, roster);
  g_assert_nonnull (preview);
  wait_ms (400);
  screenshot (preview, "roster-preview");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (preview), "import");
  wait_ms (300);
  committee = q (store, "SELECT id FROM committees WHERE name = 'คณะทำงานส่งเสริมคุณธรรม'");
  g_assert_cmpint (committee, >, 0);
  g_assert_cmpint (member_person (store, committee, "ดวงกมล"), ==, person_exact);
  g_assert_cmpint (member_person (store, committee, "ประพัน "), ==, 0);
  g_assert_cmpint (member_person (store, committee, "นายวิทยา บุญรักษาเขต"), ==, 0);
  g_assert_cmpint (member_person (store, committee, "ผู้อำนวยการกองกฎหมาย"), ==, 0);
  g_assert_true (prs_store_undo (store, &error));
  wait_ms (200);
  g_assert_cmpint (q (store, "SELECT count(*) FROM committees WHERE name = 'คณะทำงานส่งเสริมคุณธรรม'"), ==, 0);

  /* A post's seat with its holder in brackets: the preview names the holder. */
  {
    g_autofree char *held = g_build_filename (dir, "held.csv", NULL);

    g_assert_true (g_file_set_contents (held,
        "ชื่อ-สกุล,ตำแหน่ง,บทบาท\n"
        "ผู้อำนวยการกองคลัง (นายทดสอบ ถือตำแหน่ง),ผู้อำนวยการกองคลัง,กรรมการ\n", -1, &error));
    preview = prs_meetings_page_preview_roster (page, held);
    g_assert_nonnull (preview);
    wait_ms (200);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (preview)), "นายทดสอบ ถือตำแหน่ง"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (preview), "cancel");
    wait_ms (200);
    g_unlink (held);
  }

  /* Again, confirming the close name. */
  preview = prs_meetings_page_preview_roster (page, roster);
  g_assert_nonnull (preview);
  wait_ms (200);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (preview), "import-close");
  wait_ms (300);
  committee = q (store, "SELECT id FROM committees WHERE name = 'คณะทำงานส่งเสริมคุณธรรม'");
  g_assert_cmpint (member_person (store, committee, "ประพัน "), ==, person_close);
  g_assert_cmpint (member_person (store, committee, "นายวิทยา บุญรักษาเขต"), ==, 0);
  {
    /* A staff member's name, position and unit come from People. */
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (store, committee, &error);
    const PrsMeetingSeat *chair = seats->pdata[0];
    const PrsMeetingSeat *outside = seats->pdata[2];

    g_assert_cmpstr (chair->name, ==, "นางสาวดวงกมล ศรีสุวรรณรัตน์");
    g_assert_cmpstr (chair->position, ==, "นักทรัพยากรบุคคลชำนาญการ กองบริหารทรัพยากรบุคคล");
    g_assert_cmpint (chair->person_id, ==, person_exact);
    g_assert_cmpstr (outside->position, ==, "ผู้ทรงคุณวุฒิภายนอก");
    g_assert_cmpint (outside->person_id, ==, 0);
  }

  /* Its first meeting: the six standard sections, items nested two deep (๒.๑, ๒.๑.๑)
   * with their text, comments and resolution, as the minutes print them. */
  {
    PrsMeetingDialog *md = prs_meeting_dialog_new (GTK_WINDOW (window), store, committee, 0, 2569);
    g_autoptr (PrsMeetingInfo) info = NULL;
    g_autoptr (PrsReport) report = NULL;
    g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
    g_autofree char *text = NULL;
    g_autofree char *cmd = NULL;
    guint a, b;

    gtk_window_present (GTK_WINDOW (md));
    wait_ms (300);
    prs_meeting_dialog_set_text (md, "date", "๘ ธันวาคม ๒๕๖๘");
    a = prs_meeting_dialog_add_item (md, "2.1", "รายงานผลการดำเนินงานตามแผน");
    b = prs_meeting_dialog_add_item (md, "2.1.1", "กิจกรรมอบรมเสริมสร้างวัฒนธรรมองค์กร");
    {
      g_autofree char *body = g_strdup_printf ("agenda.%u.body", b);
      g_autofree char *comments = g_strdup_printf ("agenda.%u.comments", b);
      g_autofree char *resolution = g_strdup_printf ("agenda.%u.resolution", b);

      prs_meeting_dialog_set_text (md, body, "ฝ่ายเลขานุการรายงานผู้เข้าอบรม ๑๒๐ คน");
      prs_meeting_dialog_set_text (md, comments, "ควรเชิญหน่วยงานภูมิภาคเข้าร่วม");
      prs_meeting_dialog_set_text (md, resolution, "รับทราบ");
    }
    (void) a;
    g_assert_true (prs_meeting_dialog_save (md));
    info = prs_meetings_load (store, prs_meeting_dialog_get_meeting (md), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (info->agenda->len, ==, 8);
    {
      const PrsMeetingAgendaItem *kinds = NULL;
      guint depth2 = 0;

      for (guint i = 0; i < info->agenda->len; i++)
        {
          const PrsMeetingAgendaItem *it = info->agenda->pdata[i];

          if (g_str_equal (it->number, "2.1.1"))
            {
              kinds = it;
              depth2 = i;
            }
        }
      g_assert_nonnull (kinds);
      g_assert_cmpint (kinds->depth, ==, 2);
      g_assert_cmpstr (((PrsMeetingAgendaItem *) info->agenda->pdata[depth2 - 1])->number, ==, "2.1");
      g_assert_cmpstr (kinds->resolution, ==, "รับทราบ");
    }
    report = prs_minutes_report_build (store, info, TRUE, &error);
    g_assert_no_error (error);
    {
      g_autoptr (GFile) target = g_file_new_for_path (pdf);
      g_autofree char *flat = NULL;
      char *argv[] = { (char *) "pdftotext", (char *) "-layout", pdf, (char *) "-", NULL };
      int status = -1;

      g_assert_true (prs_export_report (report, PRS_EXPORT_PDF, target, NULL, NULL, NULL, &error));
      g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, 0);
      /* Without spaces: pdftotext may split Thai lines and marks. */
      flat = g_strdup (text);
      {
        char *w = flat;

        for (const char *r = text; *r; r++)
          if (*r != ' ' && *r != '\n')
            *w++ = *r;
        *w = '\0';
      }
      g_assert_nonnull (strstr (flat, "๒.๑.๑"));
      g_assert_nonnull (strstr (flat, "มติที่ประชุม"));
      g_assert_nonnull (strstr (flat, "ควรเชิญหน่วยงานภูมิภาค"));
      g_unlink (pdf);
    }
    (void) cmd;
    gtk_window_destroy (GTK_WINDOW (md));
    wait_ms (200);
  }

  /* The committee window: unlink and link again (one undo step each), add rates. */
  prs_meetings_page_select (page, committee, 0);
  wait_ms (200);
  dialog = prs_meetings_page_open_committee (page);
  g_assert_nonnull (dialog);
  wait_ms (300);
  {
    gint64 member = q (store, "SELECT id FROM committee_members WHERE outside_name LIKE '%ประพัน %'");

    g_assert_true (prs_meetings_link_person (store, member, 0, &error));
    g_assert_cmpint (member_person (store, committee, "ประพัน "), ==, 0);
    g_assert_true (prs_store_undo (store, &error));
    g_assert_cmpint (member_person (store, committee, "ประพัน "), ==, person_close);
    /* A post's seat is never one person. */
    member = q (store, "SELECT id FROM committee_members WHERE outside_name = 'ผู้อำนวยการกองกฎหมาย'");
    g_assert_false (prs_meetings_link_person (store, member, person_close, &error));
    g_clear_error (&error);
  }
  g_assert_true (prs_committee_dialog_add_rate (PRS_COMMITTEE_DIALOG (dialog), "member", "๑,๒๐๐", NULL));
  g_assert_true (prs_committee_dialog_add_rate (PRS_COMMITTEE_DIALOG (dialog), "member", "1600", "๑ ต.ค. ๒๕๖๘"));
  g_assert_false (prs_committee_dialog_add_rate (PRS_COMMITTEE_DIALOG (dialog), "chair", "ไม่ทราบ", NULL));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT amount_satang FROM allowance_rates WHERE committee_id = %"
                                            G_GINT64_FORMAT " AND effective_date = '2025-10-01'", committee);

    g_assert_cmpint (q (store, sql), ==, 160000);
  }
  {
    g_autoptr (GPtrArray) rates = prs_meetings_list_rates (store, committee, &error);

    g_assert_cmpuint (rates->len, ==, 2);
  }
  wait_ms (400);
  screenshot (GTK_WIDGET (dialog), "committee");
  {
    /* The outside member's Link… menu offers the closest people; choosing one links. */
    GtkWidget *menu = prs_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, FALSE);
    GtkWidget *popover, *first;

    g_assert_nonnull (menu);
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
    wait_ms (300);
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
    g_assert_nonnull (popover);
    first = prs_test_find_type (popover, GTK_TYPE_BUTTON, FALSE);
    g_assert_nonnull (first);
    g_signal_emit_by_name (first, "clicked");
    wait_ms (300);
    g_assert_cmpint (member_person (store, committee, "วิทยา"), >, 0);
    g_assert_true (prs_store_undo (store, &error));
    wait_ms (300);
    g_assert_cmpint (member_person (store, committee, "วิทยา"), ==, 0);
  }
  gtk_window_destroy (dialog);

  /* The demo committee's window shows its yearly allowances per person. */
  prs_meetings_page_select (page, demo_committee, 2569);
  wait_ms (200);
  /* By keyboard (Ctrl+Shift+M): the committee's window opens. */
  g_assert_true (gtk_widget_activate_action (page_widget, "meetings.committee", NULL));
  wait_ms (200);
  {
    GList *toplevels = gtk_window_list_toplevels ();
    guint n_committee = 0;

    for (GList *l = toplevels; l; l = l->next)
      if (PRS_IS_COMMITTEE_DIALOG (l->data))
        {
          n_committee++;
          gtk_window_destroy (l->data);
        }
    g_list_free (toplevels);
    g_assert_cmpuint (n_committee, ==, 1);
  }
  dialog = prs_meetings_page_open_committee (page);
  g_assert_nonnull (dialog);
  {
    g_autoptr (GPtrArray) lines = prs_meetings_year_summary (store, demo_committee, 2569, &error);

    g_assert_cmpuint (lines->len, >, 0);
  }
  wait_ms (400);
  screenshot (GTK_WIDGET (dialog), "committee-demo");
  {
    /* The year's allowances per person, at the bottom. */
    GtkWidget *scrolled = prs_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, FALSE);
    GtkAdjustment *adj;

    g_assert_nonnull (scrolled);
    adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    wait_ms (300);
    screenshot (GTK_WIDGET (dialog), "committee-summary");
  }
  gtk_window_destroy (dialog);

  /* Attachments of the selected meeting: numbered, a file each, opened, removed. */
  g_assert_true (g_file_set_contents (file1, "%PDF-1.4\n", -1, &error));
  g_assert_true (g_file_set_contents (file2, "PK", -1, &error));
  dialog = prs_meetings_page_open_attachments (page);
  g_assert_nonnull (dialog);
  {
    g_autoptr (GArray) ids = prs_meetings_list (store, demo_committee, 2569, &error);
    gint64 meeting = g_array_index (ids, gint64, ids->len - 1);
    g_autoptr (GPtrArray) before = prs_meetings_list_attachments (store, meeting, &error);
    guint n = before->len;
    g_autoptr (GPtrArray) list = NULL;
    g_autoptr (GPtrArray) after = NULL;

    g_assert_true (prs_committee_dialog_add_attachment (PRS_COMMITTEE_DIALOG (dialog), file1, "คำสั่งแต่งตั้งคณะทำงาน"));
    g_assert_true (prs_committee_dialog_add_attachment (PRS_COMMITTEE_DIALOG (dialog), file2, ""));
    list = prs_meetings_list_attachments (store, meeting, &error);
    g_assert_cmpuint (list->len, ==, n + 2);
    g_assert_cmpint (((PrsMeetingAttachment *) list->pdata[n])->number, ==, (int) n + 1);
    g_assert_cmpstr (((PrsMeetingAttachment *) list->pdata[n])->path, ==, file1);
    g_assert_cmpstr (((PrsMeetingAttachment *) list->pdata[n + 1])->title, ==, "แผนปฏิบัติการ");
    wait_ms (400);
    screenshot (GTK_WIDGET (dialog), "attachments");
    /* Removing one numbers the later ones down; undo puts it back. */
    g_assert_true (prs_meetings_remove_attachment (store, ((PrsMeetingAttachment *) list->pdata[n])->id, &error));
    after = prs_meetings_list_attachments (store, meeting, &error);
    g_assert_cmpuint (after->len, ==, n + 1);
    g_assert_cmpint (((PrsMeetingAttachment *) after->pdata[n])->number, ==, (int) n + 1);
    g_assert_cmpstr (((PrsMeetingAttachment *) after->pdata[n])->title, ==, "แผนปฏิบัติการ");
    g_assert_true (prs_store_undo (store, &error));
    g_clear_pointer (&after, g_ptr_array_unref);
    after = prs_meetings_list_attachments (store, meeting, &error);
    g_assert_cmpuint (after->len, ==, n + 2);
    g_assert_cmpstr (((PrsMeetingAttachment *) after->pdata[n])->title, ==, "คำสั่งแต่งตั้งคณะทำงาน");
    wait_ms (300);
  }
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_unlink (ws);
  g_unlink (staff);
  g_unlink (roster);
  g_unlink (file1);
  g_unlink (file2);
  g_rmdir (dir);
}

/* The new-meeting dialog over a damaged page of the meetings: it says the workspace
 * could not be read and offers no number (it offered 1, perhaps a number already
 * used). One leaf page of the table and of its index is overwritten. */
static void
test_damaged_next_number (void)
{
  const char *trees[] = { "meetings", "sqlite_autoindex_meetings_1", NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prongsai-meetings-ui-XXXXXX", &error);
  g_autofree char *ws = g_build_filename (dir, "damaged.prongsai", NULL);
  PrsMeetingDialog *dialog;
  GtkWidget *label, *number;
  PrsStore *store;
  gint64 committee;

  g_assert_no_error (error);
  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  committee = q (store, "SELECT committee_id FROM meetings ORDER BY id LIMIT 1");
  g_assert_cmpint (committee, >, 0);
  g_assert_true (prs_store_save (store, &error));
  prs_store_close (store);
  g_object_unref (store);

  prs_test_damage_first_leaves (ws, trees);
  store = prs_store_open (ws, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  dialog = prs_meeting_dialog_new (NULL, store, committee, 0, 2569);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (300);
  label = prs_test_find_named (GTK_WIDGET (dialog), "error-message", FALSE);
  number = prs_test_find_named (GTK_WIDGET (dialog), "meeting-number", FALSE);
  g_assert_nonnull (label);
  g_assert_nonnull (number);
  g_assert_true (gtk_widget_get_visible (label));
  {
    g_autofree char *prefix = prs_test_format_prefix (_("Could not read the workspace: %s"));

    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), prefix));
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "");
  screenshot (GTK_WIDGET (dialog), "damaged-number");
  /* nothing to save without a number */
  g_assert_false (prs_meeting_dialog_save (dialog));
  g_assert_false (prs_store_can_undo (store));
  gtk_window_destroy (GTK_WINDOW (dialog));
  prs_store_close (store);
  g_object_unref (store);
  g_unlink (ws);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  prs_test_ui_init (&argc, &argv);
  g_test_add_func ("/meetings-ui/page", test_page);
  g_test_add_func ("/meetings-ui/committee-window", test_committee_window);
  g_test_add_func ("/meetings-ui/damaged-next-number", test_damaged_next_number);
  return g_test_run ();
}
