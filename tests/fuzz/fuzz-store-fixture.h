/* fuzz-store-fixture.h: a small workspace made once per fuzzing process
 *
 * A temporary workspace with an agency, two bureaus, a few staff (namesakes and
 * titles included), a plan with one activity and a committee with one meeting:
 * the fixed roster the importers' previews are matched against.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdlib.h>
#include <glib/gstdio.h>

#include "prs-store.h"
#include "prs-store-meetings.h"
#include "prs-store-people.h"

typedef struct
{
  char     *dir;
  char     *path;
  PrsStore *store;
  gint64    activity;
  gint64    headcount_activity;
  gint64    committee;
  gint64    meeting;
} FuzzFixture;

static FuzzFixture fuzz_fx;

static void fuzz_undo_apply (const char *what);

/* At exit: the workspace, its working copy and the folder go. */
static void
fuzz_fixture_remove (void)
{
  const char *sub[] = { "working", NULL };

  if (fuzz_fx.store != NULL)
    prs_store_discard (fuzz_fx.store);
  g_clear_object (&fuzz_fx.store);
  for (guint i = 0; sub[i] != NULL; i++)
    {
      g_autofree char *d = g_build_filename (fuzz_fx.dir, sub[i], NULL);
      g_autoptr (GDir) dir = g_dir_open (d, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *p = g_build_filename (d, name, NULL);
          g_unlink (p);
        }
      g_rmdir (d);
    }
  {
    g_autoptr (GDir) dir = g_dir_open (fuzz_fx.dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (fuzz_fx.dir, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (fuzz_fx.dir);
}

#define FUZZ_CHECK(expr) G_STMT_START { if (!(expr)) { g_printerr ("fixture: %s failed: %s\n", #expr, error ? error->message : ""); abort (); } } G_STMT_END

static FuzzFixture *
fuzz_fixture (void)
{
  g_autoptr (GError) error = NULL;
  static const struct { const char *prefix, *first, *last, *type; int unit; } staff[] = {
    { "นางสาว", "ณัฐธิดา", "ศรีสุขสมบูรณ์", "civil_servant", 0 },
    { "นาย", "กิตติพัฒน์", "ทองเจริญผล", "government_employee", 0 },
    { "นาง", "วิไลพรรณ", "แก้วประเสริฐ", "temporary_employee", 1 },
    { "ดร.", "อรทัย", "ณ นครทดลอง", "permanent_employee", 1 },
    { "นาย", "ชัยวัฒน์", "มั่นคงสมมติ", "civil_servant", 0 },
    { "นาย", "ชัยวัฒน์", "มั่นคงสมมติ", "civil_servant", 1 },
    { "Mr.", "Somchai", "Testwong", "civil_servant", 1 },
  };
  static const struct { const char *name, *seat, *role; } members[] = {
    { "นายสมมติ ใจดีทดลอง", "ปลัดกระทรวงทดลอง", "chair" },
    { "นางสาวทดสอบ รักษ์ธรรม", "", "member" },
    { "", "ผู้อำนวยการกองกลาง", "member" },
    { "นายจำลอง ตรวจสอบ", "", "member_secretary" },
  };
  gint64 own, units[2], plan;

  if (fuzz_fx.store != NULL)
    return &fuzz_fx;

  fuzz_fx.dir = g_dir_make_tmp ("prs-fuzz-import-XXXXXX", NULL);
  FUZZ_CHECK (fuzz_fx.dir != NULL);
  atexit (fuzz_fixture_remove);
  {
    g_autofree char *work = g_build_filename (fuzz_fx.dir, "working", NULL);
    g_setenv ("PRONGSAI_WORKING_DIR", work, TRUE);
  }
  fuzz_fx.path = g_build_filename (fuzz_fx.dir, "fuzz.prongsai", NULL);
  fuzz_fx.store = prs_store_open (fuzz_fx.path, PRS_STORE_OPEN_CREATE, &error);
  FUZZ_CHECK (fuzz_fx.store != NULL);
  own = prs_store_insert (fuzz_fx.store, "units", &error, "name", PRS_TEXT ("กรมทดลองสมมติ"),
                          "is_own_agency", PRS_BOOL (TRUE), NULL);
  FUZZ_CHECK (own > 0);
  units[0] = prs_people_add_unit (fuzz_fx.store, own, "สำนักทดลองหนึ่ง", "สทน.", &error);
  units[1] = prs_people_add_unit (fuzz_fx.store, own, "สำนักทดลองสอง", "สทส.", &error);
  FUZZ_CHECK (units[0] > 0 && units[1] > 0);
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    FUZZ_CHECK (prs_store_insert (fuzz_fx.store, "people", &error, "prefix", PRS_TEXT (staff[i].prefix),
                                  "first_name", PRS_TEXT (staff[i].first), "last_name", PRS_TEXT (staff[i].last),
                                  "unit_id", PRS_INT (units[staff[i].unit]),
                                  "staff_type", PRS_TEXT (staff[i].type), "active", PRS_BOOL (i != 3), NULL) > 0);

  plan = prs_store_insert (fuzz_fx.store, "plans", &error, "fiscal_year", PRS_INT (2569), "title", PRS_TEXT ("แผน"), NULL);
  FUZZ_CHECK (plan > 0);
  fuzz_fx.activity = prs_store_insert (fuzz_fx.store, "plan_nodes", &error, "plan_id", PRS_INT (plan),
                                       "sort_order", PRS_INT (1), "title", PRS_TEXT ("กิจกรรมหนึ่ง"), NULL);
  fuzz_fx.headcount_activity = prs_store_insert (fuzz_fx.store, "plan_nodes", &error, "plan_id", PRS_INT (plan),
                                                 "sort_order", PRS_INT (2), "title", PRS_TEXT ("กิจกรรมสอง"), NULL);
  FUZZ_CHECK (fuzz_fx.activity > 0 && fuzz_fx.headcount_activity > 0);
  FUZZ_CHECK (prs_store_insert (fuzz_fx.store, "activities", &error, "id", PRS_INT (fuzz_fx.activity),
                                "common_kpi", PRS_BOOL (TRUE), NULL) > 0);
  FUZZ_CHECK (prs_store_insert (fuzz_fx.store, "activities", &error, "id", PRS_INT (fuzz_fx.headcount_activity),
                                "headcount_only", PRS_BOOL (TRUE), NULL) > 0);

  fuzz_fx.committee = prs_store_insert (fuzz_fx.store, "committees", &error,
                                        "name", PRS_TEXT ("คณะกรรมการจริยธรรมทดสอบ"), NULL);
  FUZZ_CHECK (fuzz_fx.committee > 0);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    FUZZ_CHECK (prs_store_insert (fuzz_fx.store, "committee_members", &error,
                                  "committee_id", PRS_INT (fuzz_fx.committee),
                                  "outside_name", PRS_TEXT (*members[i].name ? members[i].name : members[i].seat),
                                  "seat_position", PRS_TEXT (members[i].seat),
                                  "role", PRS_TEXT (members[i].role),
                                  "sort_order", PRS_INT (i + 1), NULL) > 0);
  fuzz_fx.meeting = prs_meetings_add (fuzz_fx.store, fuzz_fx.committee, 1, 2568, "2025-11-07", "10:00", "12:00",
                                      "ห้องประชุม", &error);
  FUZZ_CHECK (fuzz_fx.meeting > 0);
  fuzz_undo_apply (NULL);
  return &fuzz_fx;
}

/* After an import was applied: undo it, and the workspace is the fixture again. */
static void
fuzz_undo_apply (const char *what)
{
  g_autoptr (GError) error = NULL;
  static gint64 people = -1, units, members, attendance, guests, marks;

  if (people < 0)
    {
      people = prs_store_count (fuzz_fx.store, "people");
      units = prs_store_count (fuzz_fx.store, "units");
      members = prs_store_count (fuzz_fx.store, "committee_members");
      attendance = prs_store_count (fuzz_fx.store, "attendance");
      guests = prs_store_count (fuzz_fx.store, "guests");
      marks = prs_store_count (fuzz_fx.store, "participation");
    }
  if (what != NULL)
    {
      if (!prs_store_can_undo (fuzz_fx.store) || !prs_store_undo (fuzz_fx.store, &error))
        {
          g_printerr ("%s: could not undo: %s\n", what, error ? error->message : "nothing to undo");
          abort ();
        }
    }
  if (prs_store_count (fuzz_fx.store, "people") != people || prs_store_count (fuzz_fx.store, "units") != units
      || prs_store_count (fuzz_fx.store, "committee_members") != members
      || prs_store_count (fuzz_fx.store, "attendance") != attendance
      || prs_store_count (fuzz_fx.store, "guests") != guests
      || prs_store_count (fuzz_fx.store, "participation") != marks)
    {
      g_printerr ("%s: undo left the workspace changed\n", what);
      abort ();
    }
}

/* Every string field of a preview must be valid UTF-8 (the CLI prints them). */
static inline void
fuzz_check_utf8 (const char *s)
{
  if (s != NULL && !g_utf8_validate (s, -1, NULL))
    abort ();
}
