/* test-people-store.c: people, participation and the Common KPI in the store —
 * sign-in names written the ways lists write them, staff types left out of the
 * KPI, people who left, head-count-only activities, activity numbers, undo.
 * Every name here is made up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-names.h"
#include "prs-store-people.h"
#include "prs-store-participation-import.h"
#include "prs-store-kpi.h"
#include "../store/test-store-common.h"
#include "prs-store-sql.h"

typedef struct
{
  TmpWorkspace tmp;
  PrsStore    *store;
  gint64       own, bureau_a, bureau_b, group_a;
  gint64       plan, act[4];   /* 1.1, 1.2, 2.1 (head count only), 2.2 (not designated) */
  gint64       person[8];
} Fixture;

static gint64
q (PrsStore *store, const char *sql)
{
  return prs_store_query_int (store, sql, G_MININT64);
}

static gint64
person (Fixture *f, const char *prefix, const char *first, const char *last, gint64 unit, const char *type,
        gboolean active)
{
  g_autoptr (GError) error = NULL;
  gint64 id = prs_store_insert (f->store, "people", &error, "prefix", PRS_TEXT (prefix), "first_name", PRS_TEXT (first),
                                "last_name", PRS_TEXT (last), "unit_id", PRS_INT (unit), "staff_type", PRS_TEXT (type),
                                "active", PRS_BOOL (active), NULL);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 s1, s2;

  tmp_workspace_init (&f->tmp, "people.prongsai");
  f->store = prs_store_open (f->tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->own = prs_store_insert (f->store, "units", &error, "name", PRS_TEXT ("กรมทดลองสมมติ"),
                             "is_own_agency", PRS_BOOL (TRUE), NULL);
  f->bureau_a = prs_people_add_unit (f->store, f->own, "สำนักทดลองหนึ่ง", "สทน.", &error);
  f->bureau_b = prs_people_add_unit (f->store, f->own, "สำนักทดลองสอง", "สทส.", &error);
  f->group_a = prs_people_add_unit (f->store, f->bureau_a, "กลุ่มงานย่อยหนึ่ง", "", &error);
  g_assert_no_error (error);
  f->person[0] = person (f, "นางสาว", "ณัฐธิดา", "ศรีสุขสมบูรณ์", f->bureau_a, "civil_servant", TRUE);
  f->person[1] = person (f, "นาย", "กิตติพัฒน์", "ทองเจริญผล", f->group_a, "government_employee", TRUE);
  f->person[2] = person (f, "นาง", "วิไลพรรณ", "แก้วประเสริฐ", f->bureau_a, "temporary_employee", TRUE);
  f->person[3] = person (f, "นาย", "สมเกียรติ", "บุญรุ่งเรือง", f->bureau_a, "fund_employee", FALSE);
  f->person[4] = person (f, "ดร.", "อรทัย", "ณ นครทดลอง", f->bureau_b, "permanent_employee", TRUE);
  /* namesakes in two bureaus */
  f->person[5] = person (f, "นาย", "ชัยวัฒน์", "มั่นคงสมมติ", f->bureau_a, "civil_servant", TRUE);
  f->person[6] = person (f, "นาย", "ชัยวัฒน์", "มั่นคงสมมติ", f->bureau_b, "civil_servant", TRUE);
  f->person[7] = person (f, "นางสาว", "พิมพ์ชนก", "วงศ์ทดลอง", f->bureau_b, "civil_servant", TRUE);

  /* plan 1: two strategies numbered per parent; activities 1.1, 1.2, 2.1, 2.2 */
  f->plan = prs_store_insert (f->store, "plans", &error, "fiscal_year", PRS_INT (2569), "title", PRS_TEXT ("แผน"), NULL);
  s1 = prs_store_insert (f->store, "plan_nodes", &error, "plan_id", PRS_INT (f->plan), "sort_order", PRS_INT (3),
                         "title", PRS_TEXT ("ก"), NULL);
  s2 = prs_store_insert (f->store, "plan_nodes", &error, "plan_id", PRS_INT (f->plan), "sort_order", PRS_INT (9),
                         "title", PRS_TEXT ("ข"), NULL);
  for (guint i = 0; i < 4; i++)
    {
      f->act[i] = prs_store_insert (f->store, "plan_nodes", &error, "plan_id", PRS_INT (f->plan),
                                    "parent_id", PRS_INT (i < 2 ? s1 : s2), "depth", PRS_INT (1),
                                    "sort_order", PRS_INT (10 * (i % 2) + 1), "title", PRS_TEXT ("กิจกรรม"), NULL);
      prs_store_insert (f->store, "activities", &error, "id", PRS_INT (f->act[i]),
                        "common_kpi", PRS_BOOL (i < 3), "headcount_only", PRS_BOOL (i == 2), NULL);
    }
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  tmp_workspace_clear (&f->tmp);
}

static void
test_activity_numbers (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *numbers[] = { "1.1", "๑.๒", "2.1", "2.2 " };

  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (prs_participation_find_activity (f->store, f->plan, numbers[i], &error), ==, f->act[i]);
  g_assert_no_error (error);
  g_assert_cmpint (prs_participation_find_activity (f->store, f->plan, "3.1", &error), ==, 0);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* activities numbered through the whole plan (the plan says so) */
  g_assert_true (prs_store_execute (f->store, &error, "UPDATE plans SET numbering = 'across_plan'", PRS_VALUE_END));
  g_assert_cmpint (prs_participation_find_activity (f->store, f->plan, "3", &error), ==, f->act[2]);
  g_assert_cmpint (prs_participation_find_activity (f->store, f->plan, "4", &error), ==, f->act[3]);
  g_assert_no_error (error);
}

static PrsSigninPreview *
preview (Fixture *f, gint64 activity, const char *text)
{
  g_autoptr (GError) error = NULL;
  PrsSigninPreview *p = prs_signin_preview_text (f->store, activity, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}

static void
test_matching (Fixture *f, gconstpointer data)
{
  g_autoptr (PrsSigninPreview) p = NULL;
  static const struct { const char *typed; PrsSigninKind kind; int who; } cases[] = {
    { "นางสาวณัฐธิดา ศรีสุขสมบูรณ์", PRS_SIGNIN_MATCHED, 0 },
    { "น.ส. ณัฐธิดา   ศรีสุขสมบูรณ์", PRS_SIGNIN_MATCHED, 0 },        /* title, spaces */
    { "ณัฐธิดาศรีสุขสมบูรณ์", PRS_SIGNIN_MATCHED, 0 },               /* no space */
    { "คุณณัฐธิดา ศรีสุขสมบูรณ์", PRS_SIGNIN_MATCHED, 0 },           /* คุณ against the name */
    { "นายกิตติพัฒน์ ทองเจริญผล์", PRS_SIGNIN_CLOSE, 1 },          /* a stray karan */
    { "นายกิตติพัฒ ทองเจริญผล", PRS_SIGNIN_CLOSE, 1 },             /* ณ์ dropped */
    { "นางวิไลพรรณ แก้วประเสรีฐ", PRS_SIGNIN_CLOSE, 2 },           /* vowel */
    { "ดร.อรทัย ณ นครทดลอง", PRS_SIGNIN_MATCHED, 4 },
    { "อรทัย ณนครทดลอง (สทส.)", PRS_SIGNIN_MATCHED, 4 },          /* a note in brackets */
    { "๓. นายสมเกียรติ บุญรุ่งเรือง", PRS_SIGNIN_MATCHED, 3 },     /* numbering, Thai digits; left */
    { "นายชัยวัฒน์ มั่นคงสมมติ", PRS_SIGNIN_UNKNOWN, -1 },         /* namesakes: for the user to say */
    { "นายโกศล ภายนอกจริง", PRS_SIGNIN_UNKNOWN, -1 },              /* an outsider */
    { "นางสาวพิมพ์ชนก วงศ์ทดลอง", PRS_SIGNIN_MATCHED, 7 },
  };
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (text, "%s\n", cases[i].typed);
  p = preview (f, f->act[0], text->str);
  g_assert_cmpuint (p->rows->len, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PrsSigninRow *r = p->rows->pdata[i];

      g_test_message ("%s: kind %d (%.2f)", cases[i].typed, r->kind, r->confidence);
      g_assert_cmpint (r->kind, ==, cases[i].kind);
      if (cases[i].who >= 0)
        g_assert_cmpint (r->person_id, ==, f->person[cases[i].who]);
    }
  g_assert_true (((PrsSigninRow *) p->rows->pdata[1])->duplicate);

  /* a unit column tells namesakes apart */
  {
    g_autoptr (PrsSigninPreview) u = preview (f, f->act[0], "ชื่อ-สกุล\tหน่วยงาน\nนายชัยวัฒน์ มั่นคงสมมติ\tสทส.\n");
    g_assert_cmpuint (u->rows->len, ==, 1);
    g_assert_cmpint (((PrsSigninRow *) u->rows->pdata[0])->kind, ==, PRS_SIGNIN_MATCHED);
    g_assert_cmpint (((PrsSigninRow *) u->rows->pdata[0])->person_id, ==, f->person[6]);
  }
}

static void
test_kpi_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsSigninPreview) p = NULL;
  g_autoptr (PrsKpiReport) r = NULL;
  PrsKpiSettings s = { NULL, { 7000, 7500, 8000, 8500, 9000 }, FALSE, PRS_KPI_LINEAR, 0, NULL, 0 };
  gint64 before;

  g_assert_cmpint (prs_kpi_store_set (f->store, 2569, &s, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM kpi_activities"), ==, 3);

  before = q (f->store, "SELECT count(*) FROM participation");
  p = preview (f, f->act[0], "นางสาวณัฐธิดา ศรีสุขสมบูรณ์\nนายกิตติพัฒ ทองเจริญผล\nนางวิไลพรรณ แก้วประเสริฐ\n"
                             "นายสมเกียรติ บุญรุ่งเรือง\nนายโกศล ภายนอกจริง\n");
  g_assert_cmpuint (p->n_matched, ==, 3);
  g_assert_cmpuint (p->n_close, ==, 1);
  g_assert_cmpuint (p->n_unknown, ==, 1);
  /* close not confirmed: kept with its candidate, not marked */
  g_assert_true (prs_signin_apply (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation"), ==, before + 3);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns WHERE candidate_id IS NOT NULL"), ==, 1);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns"), ==, 2);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation"), ==, before);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns"), ==, 0);
  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_no_error (error);
  /* confirmed: the close name is marked and leaves the list */
  prs_signin_accept_close (p);
  g_assert_true (prs_signin_apply (f->store, p, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns"), ==, 1);

  /* head count only: the list is a count */
  {
    g_autoptr (PrsSigninPreview) h = preview (f, f->act[2], "นายโกศล ภายนอกจริง\nนางสาวพิมพ์ชนก วงศ์ทดลอง\n");
    g_assert_true (h->headcount_only);
    g_assert_true (prs_signin_apply (f->store, h, &error));
    g_assert_cmpint (prs_participation_get_headcount (f->store, f->act[2], &error), ==, 2);
    g_assert_no_error (error);
    g_assert_true (prs_participation_set_headcount (f->store, f->act[2], 1837, &error));
    g_assert_cmpint (prs_participation_get_headcount (f->store, f->act[2], &error), ==, 1837);
    g_assert_no_error (error);
  }
  /* a mark in the activity that is not designated counts for nothing */
  g_assert_true (prs_participation_mark (f->store, f->person[4], f->act[3], TRUE, &error));
  g_assert_no_error (error);

  r = prs_kpi_report_compute (f->store, 2569, &error);
  g_assert_no_error (error);
  /* counted: ณัฐธิดา, กิตติพัฒน์ (in a group under bureau A), ชัยวัฒน์ A in A;
   * อรทัย, ชัยวัฒน์ B, พิมพ์ชนก in B. Not: the temporary employee, the one who left. */
  g_assert_cmpuint (r->units->len, ==, 2);
  {
    PrsKpiUnitResult *a = r->units->pdata[0], *b = r->units->pdata[1];

    g_assert_cmpint (a->unit_id, ==, f->bureau_a);
    g_assert_cmpuint (a->staff, ==, 3);
    g_assert_cmpuint (a->joined, ==, 2);
    g_assert_cmpint (a->percent, ==, 6667);
    g_assert_cmpint (a->score, ==, 100);
    g_assert_cmpuint (b->staff, ==, 3);
    g_assert_cmpuint (b->joined, ==, 0);
    g_assert_cmpuint (b->not_reached->len, ==, 3);
  }
  g_assert_cmpuint (r->n_named, ==, 2);
  g_assert_cmpuint (r->depth[0], ==, 4);
  g_assert_cmpuint (r->depth[1], ==, 2);
  g_assert_cmpuint (r->depth[2], ==, 0);

  /* the one who left keeps the history */
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation p JOIN people x ON x.id = p.person_id"
                                " WHERE x.active = 0"), ==, 1);
}

static void
test_units_and_people (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  PrsPeopleFilter filter = { "ณัฐ", 0, 0, -1 };
  PrsStaffType t;

  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  filter.search = "นายชัยวัฒน์";     /* the title is no part of the name */
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);
  filter.search = NULL;
  filter.unit_id = f->bureau_a;     /* the bureau and its group */
  filter.active = 1;
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 4);
  g_clear_pointer (&rows, g_ptr_array_unref);
  filter.staff_types = 1u << PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE;
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 1);

  g_assert_true (prs_staff_type_parse ("ลูกจ้าง ประจำ", &t) && t == PRS_STAFF_TYPE_PERMANENT_EMPLOYEE);
  g_assert_true (prs_staff_type_parse ("Government employee", &t) && t == PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE);
  g_assert_true (prs_staff_type_parse ("พนักงานกองทุนฯ", &t) && t == PRS_STAFF_TYPE_FUND_EMPLOYEE);
  g_assert_false (prs_staff_type_parse ("ผู้รับเหมารายวัน", &t));

  /* move refuses a loop; merge moves people and is one undo step */
  g_assert_false (prs_people_move_unit (f->store, f->bureau_a, f->group_a, &error));
  g_clear_error (&error);
  g_assert_true (prs_people_merge_units (f->store, f->bureau_b, f->bureau_a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM units"), ==, 3);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM units"), ==, 4);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people WHERE unit_id = (SELECT id FROM units WHERE name = 'สำนักทดลองสอง')"),
                   ==, 3);
}

static void
test_roster_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (PrsRosterPreview) p = NULL;
  gint64 people = q (f->store, "SELECT count(*) FROM people");
  const char *lines[] = {
    "ชื่อ-สกุล\tตำแหน่ง\tหน่วยงาน\tประเภท",
    "นางสาวณัฐธิดา ศรีสุขสมบูรณ์\tนิติกร\tสทน.\tข้าราชการ",          /* updated */
    "นายใหม่ทดลอง สมมติยิ่ง\tนักวิชาการ\tสำนักทดลองสาม (สทม.)\tพนักงานราชการ", /* new, new unit */
    "นางใหม่สอง สมมติยิ่ง\t\tสทม.\tลูกจ้างชั่วคราว",                   /* new, by abbreviation */
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  p = prs_roster_preview_rows (f->store, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p->errors->len, ==, 0);
  g_assert_cmpuint (p->n_new, ==, 2);
  g_assert_cmpuint (p->n_updated, ==, 1);
  g_assert_cmpuint (p->new_units->len, ==, 1);
  g_assert_true (prs_roster_apply (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people"), ==, people + 2);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM units WHERE abbreviation = 'สทม.' AND parent_id IS NOT NULL"), ==, 1);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people"), ==, people);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM units WHERE abbreviation = 'สทม.'"), ==, 0);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people WHERE position = 'นิติกร'"), ==, 0);
}

/* The close-match policy: a first name one real letter away is another person,
 * never a close match --accept-close would apply; misspellings of the same
 * person are close; two people about as near are unknown with candidates. */
static void
test_close_policy (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsSigninPreview) p = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  gint64 apiwat = person (f, "นาย", "อภิวัฒน์", "สมบูรณ์ทดลอง", f->bureau_a, "civil_servant", TRUE);
  gint64 somchai = person (f, "นาย", "สมชาย", "ใจดีทดลอง", f->bureau_b, "civil_servant", TRUE);
  gint64 preecha = person (f, "นาย", "ปรีชา", "รุ่งโรจน์ทดลอง", f->bureau_b, "civil_servant", TRUE);
  gint64 siriporn1 = person (f, "นางสาว", "ศิริพร", "แสงทองทดลอง", f->bureau_a, "civil_servant", TRUE);
  gint64 siriporn2 = person (f, "นางสาว", "สิริพร", "แสงทองทดลอง", f->bureau_b, "civil_servant", TRUE);
  enum { UNK_NONE = -2 };
  const struct { const char *typed; PrsSigninKind kind; gint64 who, runner_up; } cases[] = {
    /* another person: a different letter in the first name, same surname */
    { "นายอนุวัฒน์ สมบูรณ์ทดลอง", PRS_SIGNIN_UNKNOWN, 0, 0 },
    { "สมชัย ใจดีทดลอง", PRS_SIGNIN_UNKNOWN, 0, 0 },
    { "นายปรีดา รุ่งโรจน์ทดลอง", PRS_SIGNIN_UNKNOWN, 0, 0 },
    /* the same people misspelt */
    { "นาย  อภิวัฒน์   สมบูรณ์ทดลอง", PRS_SIGNIN_MATCHED, apiwat, -1 },          /* spacing */
    { "อภิวัฒน สมบูรณ์ทดลอง", PRS_SIGNIN_CLOSE, apiwat, -1 },                   /* ณ/ณ์: karan dropped */
    { "อภิวัฒ สมบูรณ์ทดลอง", PRS_SIGNIN_CLOSE, apiwat, -1 },                    /* final consonant dropped */
    { "อภิวัฒน์ สมบูรณทดลอง", PRS_SIGNIN_CLOSE, apiwat, -1 },                   /* karan dropped in the surname */
    { "อภิวัฒน์ สมบูรณ์ทดลอ", PRS_SIGNIN_CLOSE, apiwat, -1 },                   /* final consonant dropped */
    { "อภิวัฒณ์ สมบูรณ์ทลดอง", PRS_SIGNIN_CLOSE, apiwat, -1 },                 /* น/ณ; two letters swapped */
    { "อภิวัฒน์สมบูรณ์ทดลอง", PRS_SIGNIN_MATCHED, apiwat, -1 },                 /* no space */
    { "อนุวัฒน์สมบูรณ์ทดลอง", PRS_SIGNIN_UNKNOWN, 0, 0 },                      /* no space, another person */
    { "นายสมชาย ใจดีทดล่อง", PRS_SIGNIN_CLOSE, somchai, -1 },                   /* a stray tone mark */
    { "นายปรีชา รุ้งโรจน์ทดลอง", PRS_SIGNIN_CLOSE, preecha, -1 },               /* the wrong tone mark */
    { "นายปริชา รุ่งโรจน์ทดลอง", PRS_SIGNIN_CLOSE, preecha, -1 },               /* ี/ิ swapped */
    { "ว่าที่ ร.ต. ปรีชา รุ่งโรจน์ทดลอง", PRS_SIGNIN_MATCHED, preecha, -1 },     /* titles */
    { "๑๒. นายสมชาย ใจดีทดลอง", PRS_SIGNIN_MATCHED, somchai, -1 },             /* Thai digits */
    { "นางเเสงทอง วิไลพรรณ", PRS_SIGNIN_UNKNOWN, 0, 0 },                        /* names swapped: no guess */
    { "นางวิไลพรรณ เเก้วประเสริฐ", PRS_SIGNIN_CLOSE, f->person[2], -1 },       /* แ typed as เเ */
    /* two people about as near: unknown with both as candidates, whatever the unit says */
    { "นางสาวศิรีพร แสงทองทดลอง\tสทน.", PRS_SIGNIN_UNKNOWN, siriporn1, siriporn2 },
    { "นางสาวษิริพร แสงทองทดลอง", PRS_SIGNIN_UNKNOWN, siriporn1, siriporn2 },
    { "นางสาวสิริพร แสงทองทดลอง", PRS_SIGNIN_MATCHED, siriporn2, -1 },
  };

  g_string_append (text, "ชื่อ-สกุล\tหน่วยงาน\n");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (text, "%s\n", cases[i].typed);
  p = preview (f, f->act[0], text->str);
  g_assert_cmpuint (p->rows->len, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PrsSigninRow *r = p->rows->pdata[i];

      g_test_message ("%s: kind %d (%.2f) person %" G_GINT64_FORMAT " runner-up %" G_GINT64_FORMAT,
                      cases[i].typed, r->kind, r->confidence, r->person_id, r->runner_up_id);
      g_assert_cmpint (r->kind, ==, cases[i].kind);
      g_assert_cmpint (r->person_id, ==, cases[i].who);
      if (cases[i].runner_up >= 0)
        g_assert_cmpint (r->runner_up_id, ==, cases[i].runner_up);
    }

  /* accepting every close match marks only the right people */
  prs_signin_accept_close (p);
  g_assert_true (prs_signin_apply (f->store, p, &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM participation WHERE node_id = %" G_GINT64_FORMAT
                                            " AND person_id NOT IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %"
                                            G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                            f->act[0], apiwat, somchai, preecha, siriporn2, f->person[2]);
    g_assert_cmpint (q (f->store, sql), ==, 0);
  }
  /* the unknown names stay on the activity, the ambiguous ones with a candidate */
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns"), ==, 7);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns WHERE candidate_id IS NOT NULL"), ==, 2);
}


/* Editing a person: every field in one undo step; the search sees the new name
 * (search keys are kept between searches); part of a surname, a title typed. */
static void
test_edit_person (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  PrsPeopleFilter filter = { "นางวิไลพรรณ", 0, 0, -1 };
  g_autoptr (GPtrArray) rows = prs_people_list (f->store, &filter, &error);

  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_false (prs_people_update_person (f->store, f->person[2], "นาง", "  ", "x", "", f->bureau_b,
                                            PRS_STAFF_TYPE_CIVIL_SERVANT, TRUE, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (prs_people_update_person (f->store, f->person[2], "ดร.", "วิลาวัลย์", "แก้วประเสริฐ", "นักวิเคราะห์",
                                           f->bureau_b, PRS_STAFF_TYPE_CIVIL_SERVANT, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people WHERE first_name = 'วิลาวัลย์' AND prefix = 'ดร.'"
                                " AND active = 0 AND staff_type = 'civil_servant' AND position = 'นักวิเคราะห์'"), ==, 1);
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  filter.search = "ประเสริ";          /* part of the surname */
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (((PrsPersonRow *) rows->pdata[0])->unit_id, ==, f->bureau_b);
  g_clear_pointer (&rows, g_ptr_array_unref);
  /* one step back: every field as it was */
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM people WHERE first_name = 'วิไลพรรณ' AND prefix = 'นาง'"
                                " AND active = 1 AND staff_type = 'temporary_employee'"), ==, 1);
  filter.search = "วิไลพรรณ แก้ว";
  rows = prs_people_list (f->store, &filter, &error);
  g_assert_cmpuint (rows->len, ==, 1);
}

/* A list without a name column is refused (its headings are no names); a list
 * without a header reads the first cell with letters in it, past its numbering. */
static void
test_no_name_column (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  PrsSigninPreview *p = prs_signin_preview_text (f->store, f->act[0], "ลำดับ\tหน่วยงาน\n1\tสบก.\n", &error);

  g_assert_null (p);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  p = prs_signin_preview_text (f->store, f->act[0], "No.\tEmail\n1\ta@b.c\n", &error);
  g_assert_null (p);
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  p = prs_signin_preview_text (f->store, f->act[0], "1\tนางสาวพิมพ์ชนก วงศ์ทดลอง\tสทส.\n๒\tนายโกศล ภายนอกจริง\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p->rows->len, ==, 2);
  g_assert_cmpint (((PrsSigninRow *) p->rows->pdata[0])->kind, ==, PRS_SIGNIN_MATCHED);
  g_assert_cmpint (((PrsSigninRow *) p->rows->pdata[0])->person_id, ==, f->person[7]);
  g_assert_cmpstr (((PrsSigninRow *) p->rows->pdata[1])->typed, ==, "นายโกศล ภายนอกจริง");
  prs_signin_preview_free (p);
  g_assert_cmpint (q (f->store, "SELECT count(*) FROM participation_unknowns"), ==, 0);
}

static GPtrArray *
table (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] && *lines[i]; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

/* Roster warnings: a blank unit cell takes the row above's, said with its line;
 * a new unit that an abbreviation already in the workspace stands for. */
static void
test_roster_warnings (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = table ("ชื่อ-สกุล\tตำแหน่ง\tหน่วยงาน\n"
                                      "นายทดสอบ หนึ่งสมมติ\tนิติกร\tสำนักกิจการทดลอง\n"
                                      "นายทดสอบ สองสมมติ\tนิติกร\t\n");
  g_autoptr (PrsRosterPreview) p = NULL;
  gboolean line3 = FALSE, same = FALSE;

  g_assert_cmpint (prs_people_add_unit (f->store, f->own, "สกท.", "", &error), >, 0);
  p = prs_roster_preview_rows (f->store, rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p->errors->len, ==, 0);
  for (guint i = 0; i < p->warnings->len; i++)
    {
      const char *w = p->warnings->pdata[i];

      g_test_message ("%s", w);
      line3 |= strstr (w, "3") != NULL && strstr (w, "หน่วยงาน") != NULL;
      same |= strstr (w, "สกท.") != NULL && strstr (w, "สำนักกิจการทดลอง") != NULL;
    }
  g_assert_true (line3);
  g_assert_true (same);
  g_assert_cmpint (((PrsRosterRow *) p->rows->pdata[1])->unit_id, ==, 0);
  g_assert_cmpstr (((PrsRosterRow *) p->rows->pdata[1])->unit_text, ==, "สำนักกิจการทดลอง");
}

/* The old reading of a search, for comparison: part of the name without
 * titles and spaces, or part of the position as typed. */
static gboolean
reference_match (const PrsPersonRow *r, const char *search)
{
  g_autofree char *full = g_strdup_printf ("%s %s", r->first_name, r->last_name);
  g_autofree char *name = prs_name_normalise (full);
  g_autofree char *needle = prs_name_normalise (search);
  g_autofree char *position = g_utf8_casefold (r->position, -1);
  g_autofree char *raw = g_strstrip (g_utf8_casefold (search, -1));
  g_autoptr (GString) key = g_string_new (NULL), want = g_string_new (NULL);

  for (const char *c = name; *c; c++)
    if (*c != ' ')
      g_string_append_c (key, *c);
  for (const char *c = needle; *c; c++)
    if (*c != ' ')
      g_string_append_c (want, *c);
  return (want->len > 0 && strstr (key->str, want->str)) || (*raw && strstr (position, raw));
}

static GPtrArray *
list (Fixture *f, const char *search, gint64 unit, int active)
{
  g_autoptr (GError) error = NULL;
  PrsPeopleFilter filter = { search, unit, 0, active };
  GPtrArray *rows = prs_people_list (f->store, &filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static guint
count_named (Fixture *f, const char *search)
{
  g_autoptr (GPtrArray) rows = list (f, search, 0, -1);

  return rows->len;
}

/* The staff list is kept in memory between searches: a search gives the people
 * of the whole list who match, in the list's order, under every filter; it sees
 * writes through the edit API, undo and another store of the same workspace;
 * lists handed out before stay readable. */
static void
test_search_index (Fixture *f, gconstpointer data)
{
  static const char *const searches[] = {
    "ชัย", "นายชัยวัฒน์", "มั่นคง สมมติ", "ณ นคร", "นักวิ", "it off", "IT", "นาง", "ดร.", " ", "ฮฮฮ",
  };
  const gint64 units[] = { 0, f->own, f->bureau_a, f->bureau_b, f->group_a };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (PrsStatement) stmt = NULL;
  PrsStore *other;
  guint n = 0;

  g_assert_true (prs_store_update (f->store, "people", f->person[1], &error, "position", PRS_TEXT ("IT Officer"), NULL));
  g_assert_true (prs_store_update (f->store, "people", f->person[4], &error, "position", PRS_TEXT ("นักวิเคราะห์"), NULL));
  g_assert_no_error (error);

  /* the whole list in the order the query gives */
  before = list (f, NULL, 0, -1);
  stmt = prs_store_prepare (f->store,
    "WITH RECURSIVE tree (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM units WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, t.path || '/' || printf ('%08d.%08d', u.sort_order, u.id)"
    "  FROM units u JOIN tree t ON u.parent_id = t.id)"
    " SELECT p.id FROM people p LEFT JOIN tree t ON t.id = p.unit_id"
    " ORDER BY t.path, p.first_name, p.last_name, p.id", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpuint (n, <, before->len);
      g_assert_cmpint (((PrsPersonRow *) before->pdata[n++])->id, ==, sqlite3_column_int64 (stmt, 0));
    }
  g_assert_cmpuint (n, ==, before->len);

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (guint u = 0; u < G_N_ELEMENTS (units); u++)
      for (int active = -1; active <= 1; active++)
        {
          g_autoptr (GPtrArray) all = list (f, NULL, units[u], active);
          g_autoptr (GPtrArray) found = list (f, searches[s], units[u], active);
          guint j = 0;

          for (guint i = 0; i < all->len; i++)
            if (reference_match (all->pdata[i], searches[s]))
              {
                g_assert_cmpuint (j, <, found->len);
                g_assert_true (found->pdata[j++] == all->pdata[i]);
              }
          g_assert_cmpuint (j, ==, found->len);
        }
  g_assert_cmpuint (count_named (f, "it off"), ==, 1);
  g_assert_cmpuint (count_named (f, "นายชัยวัฒน์"), ==, 2);
  g_assert_cmpuint (count_named (f, "นาง"), ==, 0);    /* a title alone names nobody */

  /* an edit: the new name is found, the old one not; the list read before keeps its rows */
  g_assert_true (prs_store_update (f->store, "people", f->person[7], &error, "first_name", PRS_TEXT ("พิมพ์ลดา"), NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (count_named (f, "พิมพ์ลดา"), ==, 1);
  g_assert_cmpuint (count_named (f, "พิมพ์ชนก"), ==, 0);
  for (guint i = 0; i < before->len; i++)
    if (((PrsPersonRow *) before->pdata[i])->id == f->person[7])
      g_assert_cmpstr (((PrsPersonRow *) before->pdata[i])->first_name, ==, "พิมพ์ชนก");
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpuint (count_named (f, "พิมพ์ชนก"), ==, 1);

  /* another store of the workspace writes a person */
  other = prs_store_open (f->tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prs_store_insert (other, "people", &error, "prefix", PRS_TEXT ("นาย"), "first_name",
                                     PRS_TEXT ("ปริญญาทดลอง"), "unit_id", PRS_INT (f->bureau_b), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_named (f, "ปริญญาทด"), ==, 1);
  g_object_unref (other);

  /* in a store that has not searched yet, the keys made ahead a few at a time
   * give the same searches */
  g_assert_true (prs_store_delete (f->store, "people", f->person[0], &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);
  f->store = prs_store_open (f->tmp.path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  n = 0;
  while (!prs_people_prepare_search (f->store, 3))
    n++;
  g_assert_cmpuint (n, ==, 2);   /* 8 people, 3 a call */
  g_assert_cmpuint (count_named (f, "ณัฐธิดา"), ==, 0);
  g_assert_cmpuint (count_named (f, "ชัยวัฒน์ มั่น"), ==, 2);
  g_assert_cmpuint (count_named (f, "ปริญญา"), ==, 1);
}

/* The kept staff list is read again only when people or units change: a list
 * read after a write to another table gives the very rows it gave before; a
 * unit renamed, a person added in raw SQL, undone, or added inside an edit that
 * is then cancelled, are seen as they are. */
static void
test_search_index_follows_tables (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) first = list (f, NULL, 0, -1);
  g_autoptr (GPtrArray) again = NULL;

  g_assert_cmpuint (count_named (f, "พิมพ์ชนก"), ==, 1);   /* a search: the keys are made */
  /* participation, a plan's activity: not people or units */
  g_assert_cmpint (prs_store_insert (f->store, "participation", &error, "person_id", PRS_INT (f->person[3]),
                                     "node_id", PRS_INT (f->act[1]), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_true (prs_store_update (f->store, "plan_nodes", f->act[0], &error, "title", PRS_TEXT ("อบรม"), NULL));
  g_assert_no_error (error);
  again = list (f, NULL, 0, -1);
  g_assert_cmpuint (again->len, ==, first->len);
  for (guint i = 0; i < first->len; i++)
    g_assert_true (again->pdata[i] == first->pdata[i]);   /* the same rows: not read again */
  g_clear_pointer (&again, g_ptr_array_unref);

  /* a unit renamed: every row of it says the new name */
  g_assert_true (prs_people_rename_unit (f->store, f->bureau_b, "สำนักทดลองใหม่", "สทม.", &error));
  g_assert_no_error (error);
  again = list (f, NULL, f->bureau_b, -1);
  g_assert_cmpuint (again->len, >, 0);
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpstr (((PrsPersonRow *) again->pdata[i])->unit_name, ==, "สำนักทดลองใหม่");
  g_clear_pointer (&again, g_ptr_array_unref);

  /* raw SQL through the store's connection, then undone */
  g_assert_true (prs_store_begin_edit (f->store, "add", &error));
  g_assert_true (prs_store_execute (f->store, &error, "INSERT INTO people (prefix, first_name, last_name, unit_id)"
                                                     " VALUES ('นาย', 'ทดลองเพิ่ม', 'ผ่านคำสั่ง', ?1)",
                                    PRS_INT (f->bureau_a), PRS_VALUE_END));
  g_assert_no_error (error);
  /* inside the edit, before it is committed */
  g_assert_cmpuint (count_named (f, "ทดลองเพิ่ม"), ==, 1);
  g_assert_true (prs_store_end_edit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_named (f, "ทดลองเพิ่ม"), ==, 1);
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpuint (count_named (f, "ทดลองเพิ่ม"), ==, 0);
  g_assert_true (prs_store_redo (f->store, &error));
  g_assert_cmpuint (count_named (f, "ทดลองเพิ่ม"), ==, 1);

  /* added inside an edit that is cancelled: gone from the search too */
  g_assert_true (prs_store_begin_edit (f->store, "add", &error));
  g_assert_cmpint (prs_store_insert (f->store, "people", &error, "prefix", PRS_TEXT ("นาง"), "first_name",
                                     PRS_TEXT ("ยกเลิกแล้ว"), "unit_id", PRS_INT (f->bureau_a), NULL), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_named (f, "ยกเลิกแล้ว"), ==, 1);
  prs_store_cancel_edit (f->store);
  g_assert_cmpuint (count_named (f, "ยกเลิกแล้ว"), ==, 0);
}

/* The file at @path as @clean with the last leaf page of the B-tree @name
 * overwritten by bytes that are no page (SQLite then reports SQLITE_CORRUPT on
 * reaching it), opened read-only. */
static PrsStore *
open_damaged (const char *path, GBytes *clean, const char *name)
{
  g_autoptr (GError) error = NULL;
  gsize size = g_bytes_get_size (clean);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (clean, NULL), size);
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  gint64 page = 0, page_size = 0;
  PrsStore *store;

  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno, pgsize FROM dbstat WHERE name = ?1 AND pagetype = 'leaf'"
                                           " ORDER BY path DESC LIMIT 1", -1, &st, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (st, 1, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
  page = sqlite3_column_int64 (st, 0);
  page_size = sqlite3_column_int64 (st, 1);
  sqlite3_finalize (st);
  sqlite3_close (db);
  g_assert_cmpuint ((gsize) (page * page_size), <=, size);
  memset (data + (page - 1) * page_size, 0xA5, page_size);
  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));
  store = prs_store_open (path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return store;
}

/* A damaged page under people or units is an error from the reads of this
 * file, never a shorter list, "no such unit" or a unit moved into its own
 * sub-unit. */
static void
test_damaged_reads (void)
{
  const char *const header[] = { "คำนำหน้า", "ชื่อ", "นามสกุล", "หน่วยงาน", NULL };
  const char *const row[] = { "นาย", "ทดลองอ่าน", "หน้าเสีย", "สำนักทดลองใหม่", NULL };
  const char *const tables[] = { "people", "units" };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) clean = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  PrsGenerateOptions options;
  TmpWorkspace tmp;
  PrsStore *store;
  gint64 top, below;

  tmp_workspace_init (&tmp, "damaged.prongsai");
  store = prs_store_open (tmp.path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  prs_generate_options_init (&options, 2000);
  g_assert_true (prs_store_generate (store, &options, &error));
  g_assert_no_error (error);
  top = prs_store_query_int (store, "SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1", 0);
  below = prs_store_query_int (store, "SELECT u.id FROM units u JOIN units p ON p.id = u.parent_id"
                                      " WHERE p.parent_id IS NULL ORDER BY u.id DESC LIMIT 1", 0);
  g_assert_true (prs_store_save (store, &error));
  g_assert_no_error (error);
  prs_store_close (store);
  g_object_unref (store);
  clean = read_bytes (tmp.path);
  g_ptr_array_add (rows, (gpointer) header);
  g_ptr_array_add (rows, (gpointer) row);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      PrsPeopleFilter filter = { "สม", 0, 0, -1 };
      GPtrArray *list;
      PrsRosterPreview *preview;

      g_test_message ("a damaged page under %s", tables[t]);
      store = open_damaged (tmp.path, clean, tables[t]);
      list = prs_people_list (store, &filter, &error);
      g_assert_null (list);
      g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
      g_clear_error (&error);
      preview = prs_roster_preview_rows (store, rows, &error);
      g_assert_null (preview);
      g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
      g_clear_error (&error);
      if (g_str_equal (tables[t], "units"))
        {
          /* the top unit under one of its own: the check climbs the units */
          g_assert_cmpint (top, >, 0);
          g_assert_cmpint (below, >, 0);
          g_assert_false (prs_people_move_unit (store, top, below, &error));
          g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT);
          g_clear_error (&error);
        }
      prs_store_close (store);
      g_object_unref (store);
    }
  tmp_workspace_clear (&tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/people/activity-numbers", test_activity_numbers);
  ADD ("/people/matching", test_matching);
  ADD ("/people/close-policy", test_close_policy);
  ADD ("/people/no-name-column", test_no_name_column);
  ADD ("/people/kpi-and-undo", test_kpi_and_undo);
  ADD ("/people/units-and-people", test_units_and_people);
  ADD ("/people/edit-person", test_edit_person);
  ADD ("/people/search-index", test_search_index);
  ADD ("/people/search-index-follows-tables", test_search_index_follows_tables);
  g_test_add_func ("/people/damaged-reads", test_damaged_reads);
  ADD ("/people/roster-undo", test_roster_undo);
  ADD ("/people/roster-warnings", test_roster_warnings);
  return g_test_run ();
}
