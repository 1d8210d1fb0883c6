/* test-meetings-store.c: quorum, allowances and undo of meetings in a real workspace
 *
 * All people are invented.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "prs-core.h"
#include "prs-store-meetings.h"
#include "prs-store-meetings-people.h"

typedef struct
{
  char *dir;
  char *path;
  PrsStore *store;
  gint64 committee;
  gint64 members[6];
  gint64 meeting;
} Fixture;

static const struct { const char *name; const char *role; const char *seat; } people[6] = {
  { "นางกานดา ทองดี", "chair", "" },
  { "นายวิชัย ใจกล้า", "vice_chair", "" },
  { "นางวิภา รวยสุข", "member", "" },
  { "", "member", "ผู้อำนวยการกองคลัง" },
  { "นายพรเทพ ศิลาแก้ว", "member", "" },
  { "นางสาวอรุณี พิสิษฐ์กุล", "member_secretary", "" },
};

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  (void) data;
  f->dir = g_dir_make_tmp ("prs-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "m.prongsai", NULL);
  f->store = prs_store_open (f->path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->committee = prs_store_insert (f->store, "committees", &error,
                                   "name", PRS_TEXT ("คณะกรรมการจริยธรรมทดสอบ"), NULL);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      f->members[i] = prs_store_insert (f->store, "committee_members", &error,
                                        "committee_id", PRS_INT (f->committee),
                                        "outside_name", PRS_TEXT (*people[i].name ? people[i].name
                                                                                  : people[i].seat),
                                        "seat_position", PRS_TEXT (people[i].seat),
                                        "role", PRS_TEXT (people[i].role),
                                        "sort_order", PRS_INT (i + 1), NULL);
      g_assert_no_error (error);
    }
  g_assert_true (prs_meetings_set_rate (f->store, f->committee, "member", 160000, "2023-02-08", &error));
  g_assert_no_error (error);
  f->meeting = prs_meetings_add (f->store, f->committee, 2, 2568, "2025-11-07", "10:00", "12:00",
                                 "ห้องประชุม", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  (void) data;
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
set (Fixture *f, guint i, const char *status, const char *delegate, gboolean acting)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (prs_meetings_set_attendance (f->store, f->meeting, f->members[i], status, delegate,
                                              acting, &error));
  g_assert_no_error (error);
}

static PrsMeetingInfo *
load (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  PrsMeetingInfo *info = prs_meetings_load (f->store, f->meeting, &error);

  g_assert_no_error (error);
  return info;
}

static void
test_quorum (Fixture *f, gconstpointer data)
{
  (void) data;
  /* 6 voting members: 3 present is exactly half, no quorum. */
  set (f, 0, "present", NULL, FALSE);
  set (f, 1, "present", NULL, FALSE);
  set (f, 2, "present", NULL, FALSE);
  set (f, 4, "absent", NULL, FALSE);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_members, ==, 6);
    g_assert_cmpuint (info->n_present, ==, 3);
    g_assert_cmpuint (info->n_absent, ==, 3); /* two unlisted count absent too */
    g_assert_false (info->quorum);
  }
  /* A delegate for a member appointed by name does not make a quorum... */
  set (f, 4, "delegate", "นายสุข ใจดี", FALSE);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_delegates, ==, 1);
    g_assert_false (info->quorum);
  }
  /* ...a delegate for a post's seat does. */
  set (f, 3, "delegate", "นางสาวแก้วตา ใจงาม", FALSE);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_delegates, ==, 2);
    g_assert_cmpuint (info->n_present, ==, 3);
    g_assert_true (info->quorum);
  }
  /* Four present in person is more than half. */
  set (f, 3, "present", NULL, FALSE);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_present, ==, 4);
    g_assert_true (info->quorum);
  }
}

static gint64
total (Fixture *f, GPtrArray **lines_out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsMeetingInfo) info = load (f);
  gint64 sum = -1;
  GPtrArray *lines = prs_meetings_allowance (f->store, info, &sum, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (lines);
  if (lines_out)
    *lines_out = lines;
  else
    g_ptr_array_unref (lines);
  return sum;
}

static void
test_acting_chair (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = NULL;

  (void) data;
  /* No chair rate: the chair's is the member rate plus a quarter. */
  set (f, 0, "absent", NULL, FALSE);
  set (f, 1, "present", NULL, TRUE);
  set (f, 2, "present", NULL, FALSE);
  g_assert_cmpint (total (f, &lines), ==, 200000 + 160000);
  g_assert_cmpint (((PrsAllowanceLine *) lines->pdata[0])->satang, ==, 200000);
  g_assert_cmpstr (((PrsAllowanceLine *) lines->pdata[0])->role, ==, "vice_chair");

  /* An acting chair while the chair is present is refused. */
  set (f, 0, "present", NULL, FALSE);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);
    GPtrArray *none = prs_meetings_allowance (f->store, info, NULL, NULL, &error);

    g_assert_null (none);
    g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  }
}

static void
test_rates_mid_year (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  (void) data;
  g_assert_true (prs_meetings_set_rate (f->store, f->committee, "chair", 200000, "2023-02-08", &error));
  g_assert_true (prs_meetings_set_rate (f->store, f->committee, "member", 180000, "2026-01-01", &error));
  g_assert_true (prs_meetings_set_rate (f->store, f->committee, "chair", 225000, "2026-01-01", &error));
  g_assert_no_error (error);
  set (f, 0, "present", NULL, FALSE);
  set (f, 2, "present", NULL, FALSE);
  g_assert_cmpint (total (f, NULL), ==, 200000 + 160000);
  /* The same people at a meeting after the change. */
  g_assert_true (prs_store_update (f->store, "meetings", f->meeting, &error,
                                   "date", PRS_TEXT ("2026-01-15"), NULL));
  g_assert_cmpint (total (f, NULL), ==, 225000 + 180000);
  /* The day the change takes effect uses the new rate; the day before the old. */
  g_assert_true (prs_store_update (f->store, "meetings", f->meeting, &error,
                                   "date", PRS_TEXT ("2025-12-31"), NULL));
  g_assert_cmpint (total (f, NULL), ==, 200000 + 160000);
  g_assert_true (prs_store_update (f->store, "meetings", f->meeting, &error,
                                   "date", PRS_TEXT ("2026-01-01"), NULL));
  g_assert_cmpint (total (f, NULL), ==, 225000 + 180000);

  /* The yearly summary per person: fiscal year 2569 holds the meeting. */
  {
    g_autoptr (GPtrArray) summary = prs_meetings_year_summary (f->store, 0, 2569, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (summary->len, ==, 2);
    g_assert_cmpint (((PrsAllowanceSummaryLine *) summary->pdata[0])->satang, ==, 225000);
  }
}

static void
test_delegate_paid (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  (void) data;
  set (f, 0, "present", NULL, FALSE);
  set (f, 4, "delegate", "นายสุข ใจดี", FALSE);
  g_assert_cmpint (total (f, NULL), ==, prs_allowance_chair_rate (160000));
  g_assert_true (prs_store_update (f->store, "committees", f->committee, &error,
                                   "delegate_paid", PRS_BOOL (TRUE), NULL));
  g_assert_cmpint (total (f, NULL), ==, 200000 + 160000);
}

static void
test_import_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (PrsImportPreview) preview = NULL;
  const char *lines[][3] = {
    { "ชื่อ-สกุล", "สถานะ", "ตำแหน่ง" },
    { "๑. นางกานดา  ทองดี", "มา", "" },
    { "นายวิชัย ใจกล้า", "มา", "" },
    { "นางวิภา รอยสุข", "มา", "" },                         /* another vowel: close */
    { "นายสมบัติ รักงาน", "มา", "ผู้อำนวยการกองคลัง" },      /* holds the post's seat */
    { "นายธนา มีสุข", "ผู้เข้าร่วมประชุม", "นิติกร" },
  };

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_ptr_array_add (rows, g_strdupv ((char **) (const char *[]) { lines[i][0], lines[i][1], lines[i][2], NULL }));
  preview = prs_import_attendance_preview (f->store, f->meeting, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->errors->len, ==, 0);
  g_assert_cmpuint (preview->n_exact, ==, 3);
  g_assert_cmpuint (preview->n_close, ==, 1);
  g_assert_cmpuint (preview->n_guests, ==, 1);

  /* Never applied silently. */
  g_assert_false (prs_import_attendance_apply (f->store, f->meeting, preview, FALSE, &error));
  g_clear_error (&error);
  g_assert_cmpint (prs_store_count (f->store, "attendance"), ==, 0);

  g_assert_true (prs_import_attendance_apply (f->store, f->meeting, preview, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (f->store, "attendance"), ==, 4);
  g_assert_cmpint (prs_store_count (f->store, "guests"), ==, 1);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_present, ==, 4);
    g_assert_true (info->quorum);
    g_assert_cmpstr (((PrsMeetingSeat *) info->seats->pdata[3])->attendee_name, ==, "นายสมบัติ รักงาน");
    g_assert_cmpstr (((PrsMeetingSeat *) info->seats->pdata[2])->match, ==, "close");
  }

  /* One undo step takes the whole import back; redo brings it again. */
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_count (f->store, "attendance"), ==, 0);
  g_assert_cmpint (prs_store_count (f->store, "guests"), ==, 0);
  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_cmpint (prs_store_count (f->store, "attendance"), ==, 4);

  /* Everyone present, one step, undone. */
  g_assert_true (prs_meetings_mark_all_present (f->store, f->meeting, &error));
  g_assert_no_error (error);
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_present, ==, 6);
  }
  g_assert_true (prs_store_undo (f->store, &error));
  {
    g_autoptr (PrsMeetingInfo) info = load (f);

    g_assert_cmpuint (info->n_present, ==, 4);
  }
}

static void
test_new_post_holder (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (PrsImportPreview) preview = NULL;
  PrsImportLine *l;

  (void) data;
  /* A member appointed by name as head of a unit; someone new holds the post now. */
  g_assert_true (prs_store_update (f->store, "committee_members", f->members[2], &error,
                                   "outside_position", PRS_TEXT ("ผู้อำนวยการกลุ่มนิติการ"), NULL));
  g_ptr_array_add (rows, g_strdupv ((char **) (const char *[]) { "ชื่อ-สกุล", "สถานะ", "ตำแหน่ง", NULL }));
  g_ptr_array_add (rows, g_strdupv ((char **) (const char *[]) { "นายใหม่ มาแทน", "มา", "ผู้อำนวยการกลุ่มนิติการ", NULL }));
  g_ptr_array_add (rows, g_strdupv ((char **) (const char *[]) { "นายอื่น ใด", "มา", "นิติกรชำนาญการ", NULL }));
  preview = prs_import_attendance_preview (f->store, f->meeting, rows, &error);
  g_assert_no_error (error);
  l = preview->lines->pdata[0];
  g_assert_cmpint (l->match, ==, PRS_IMPORT_MATCH_CLOSE);
  g_assert_cmpint (l->member_id, ==, f->members[2]);
  /* An ordinary position proves nothing: unknown, an error naming line 3. */
  l = preview->lines->pdata[1];
  g_assert_cmpint (l->match, ==, PRS_IMPORT_MATCH_UNKNOWN);
  g_assert_cmpuint (preview->errors->len, ==, 1);
  g_assert_nonnull (strstr (preview->errors->pdata[0], "3"));
}

static void
test_meeting_number (void)
{
  int n = 0, y = 0;

  g_assert_true (prs_meeting_parse_number ("๒/๒๕๖๘", &n, &y));
  g_assert_cmpint (n, ==, 2);
  g_assert_cmpint (y, ==, 2568);
  g_assert_true (prs_meeting_parse_number (" 12 / 2569 ", &n, &y));
  g_assert_cmpint (n, ==, 12);
  g_assert_true (prs_meeting_parse_number ("3/68", &n, &y));
  g_assert_cmpint (y, ==, 2568);
  g_assert_false (prs_meeting_parse_number ("2/2025x", &n, &y));
  g_assert_false (prs_meeting_parse_number ("2568", &n, &y));
  g_assert_false (prs_meeting_parse_number ("0/2568", &n, &y));
}

static gint64
add_person (PrsStore *store, const char *prefix, const char *first, const char *last, const char *position)
{
  g_autoptr (GError) error = NULL;
  gint64 id = prs_store_insert (store, "people", &error, "prefix", PRS_TEXT (prefix),
                                "first_name", PRS_TEXT (first), "last_name", PRS_TEXT (last),
                                "position", PRS_TEXT (position), NULL);

  g_assert_no_error (error);
  return id;
}

/* Members who are staff: exact linked, close only confirmed, two equal candidates
 * neither; a linked member shows the People name and position; unlinking gives the
 * roster's name back; a post's seat is not linked. */
static void
test_staff_members (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (PrsImportPreview) preview = NULL;
  gint64 kanda, somchai1, somchai2, prapan, committee;
  guint exact, close, outside;

  (void) data;
  kanda = add_person (f->store, "นาง", "กานดา", "ทองดี", "นักจัดการงานทั่วไปชำนาญการ");
  somchai1 = add_person (f->store, "นาย", "สมชาย", "รุ่งเรืองศรี", "นิติกร");
  somchai2 = add_person (f->store, "นาย", "สมชาย", "รุ่งเรืองศรี", "นักวิชาการเงินและบัญชี");
  prapan = add_person (f->store, "นาย", "ประพันธ์", "วงศ์ไพศาลทวี", "นิติกรชำนาญการพิเศษ");
  g_ptr_array_add (rows, g_strsplit ("ชื่อ-สกุล|ตำแหน่ง|บทบาท", "|", -1));
  g_ptr_array_add (rows, g_strsplit ("นางกานดา ทองดี|ผู้อำนวยการ|ประธานกรรมการ", "|", -1));
  g_ptr_array_add (rows, g_strsplit ("นายสมชาย รุ่งเรืองศรี||กรรมการ", "|", -1));
  g_ptr_array_add (rows, g_strsplit ("นายประพัน วงศ์ไพศาลทวี|นิติกร|กรรมการ", "|", -1));
  g_ptr_array_add (rows, g_strsplit ("ผู้อำนวยการกองคลัง||กรรมการและเลขานุการ", "|", -1));
  preview = prs_import_roster_preview (rows, &error);
  g_assert_no_error (error);
  g_assert_true (prs_import_roster_match_people (f->store, preview, &error));
  prs_import_roster_count_people (preview, &exact, &close, &outside);
  g_assert_cmpuint (exact, ==, 1);
  g_assert_cmpuint (close, ==, 1);
  g_assert_cmpuint (outside, ==, 1); /* the two สมชาย: neither */
  g_assert_cmpstr (((PrsImportLine *) preview->lines->pdata[1])->person_name, ==, "นายสมชาย รุ่งเรืองศรี");
  g_assert_cmpint (((PrsImportLine *) preview->lines->pdata[1])->person_id, ==, 0);
  committee = prs_import_roster_apply (f->store, "คณะทำงานทดสอบบุคลากร", NULL, preview, &error);
  g_assert_no_error (error);
  {
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (f->store, committee, &error);
    const PrsMeetingSeat *s0 = seats->pdata[0], *s1 = seats->pdata[1], *s2 = seats->pdata[2], *s3 = seats->pdata[3];

    g_assert_cmpint (s0->person_id, ==, kanda);
    g_assert_cmpstr (s0->position, ==, "นักจัดการงานทั่วไปชำนาญการ");
    g_assert_cmpint (s1->person_id, ==, 0);
    g_assert_cmpint (s2->person_id, ==, 0);   /* close, not confirmed */
    g_assert_cmpstr (s2->position, ==, "นิติกร");
    g_assert_cmpint (s3->person_id, ==, 0);
    /* Linking by hand: the People name and position; unlinking: the roster's again. */
    g_assert_true (prs_meetings_link_person (f->store, s1->member_id, somchai2, &error));
    g_assert_true (prs_meetings_link_person (f->store, s2->member_id, prapan, &error));
    g_assert_false (prs_meetings_link_person (f->store, s3->member_id, somchai1, &error));
    g_clear_error (&error);
  }
  {
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (f->store, committee, &error);
    const PrsMeetingSeat *s1 = seats->pdata[1], *s2 = seats->pdata[2];

    g_assert_cmpstr (s1->position, ==, "นักวิชาการเงินและบัญชี");
    g_assert_cmpstr (s2->name, ==, "นายประพันธ์ วงศ์ไพศาลทวี");
    g_assert_true (prs_meetings_link_person (f->store, s2->member_id, 0, &error));
  }
  {
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (f->store, committee, &error);

    g_assert_cmpstr (((PrsMeetingSeat *) seats->pdata[2])->name, ==, "นายประพัน วงศ์ไพศาลทวี");
    g_assert_true (prs_store_undo (f->store, &error));
  }
  {
    g_autoptr (GPtrArray) seats = prs_meetings_list_seats (f->store, committee, &error);

    g_assert_cmpint (((PrsMeetingSeat *) seats->pdata[2])->person_id, ==, prapan);
  }
  /* Confirmed, the close one is linked on a re-import. */
  g_assert_true (prs_import_roster_match_people (f->store, preview, &error));
  g_assert_cmpuint (prs_import_roster_confirm_people (preview), ==, 1);
}

/* Rates listed by role and date; removing one is one undo step. */
static void
test_rates_list (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rates = NULL;
  g_autoptr (GPtrArray) again = NULL;

  (void) data;
  g_assert_true (prs_meetings_set_rate (f->store, f->committee, "chair", 200000, "2025-10-01", &error));
  rates = prs_meetings_list_rates (f->store, f->committee, &error);
  g_assert_cmpuint (rates->len, >=, 2);
  g_assert_cmpstr (((PrsAllowanceRate *) rates->pdata[0])->role, ==, "chair");
  g_assert_cmpint (((PrsAllowanceRate *) rates->pdata[0])->satang, ==, 200000);
  g_assert_true (prs_meetings_delete_rate (f->store, ((PrsAllowanceRate *) rates->pdata[0])->id, &error));
  again = prs_meetings_list_rates (f->store, f->committee, &error);
  g_assert_cmpuint (again->len, ==, rates->len - 1);
  g_assert_true (prs_store_undo (f->store, &error));
  g_clear_pointer (&again, g_ptr_array_unref);
  again = prs_meetings_list_rates (f->store, f->committee, &error);
  g_assert_cmpuint (again->len, ==, rates->len);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/meetings/quorum", Fixture, NULL, fixture_setup, test_quorum, fixture_teardown);
  g_test_add ("/meetings/acting-chair", Fixture, NULL, fixture_setup, test_acting_chair, fixture_teardown);
  g_test_add ("/meetings/rates-mid-year", Fixture, NULL, fixture_setup, test_rates_mid_year, fixture_teardown);
  g_test_add ("/meetings/delegate-paid", Fixture, NULL, fixture_setup, test_delegate_paid, fixture_teardown);
  g_test_add ("/meetings/import-undo", Fixture, NULL, fixture_setup, test_import_undo, fixture_teardown);
  g_test_add ("/meetings/new-post-holder", Fixture, NULL, fixture_setup, test_new_post_holder, fixture_teardown);
  g_test_add ("/meetings/staff-members", Fixture, NULL, fixture_setup, test_staff_members, fixture_teardown);
  g_test_add ("/meetings/rates-list", Fixture, NULL, fixture_setup, test_rates_list, fixture_teardown);
  g_test_add_func ("/meetings/number", test_meeting_number);
  return g_test_run ();
}
