/* test-plan-store.c: plans in a real workspace: import, roll-ups (shared budgets
 * counted once), numbering and renumbering, undo of every edit, copy, versions,
 * comparison, progress rounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-plans-tree.h"
#include "prs-store-sql.h"

typedef struct
{
  char *dir;
  char *path;
  PrsStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("prs-plans-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plans.prongsai", NULL);
  f->store = prs_store_open (f->path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_remove (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static const char plan_csv[] =
  "ยุทธศาสตร์/กิจกรรม,งบประมาณ,หน่วยงานที่รับผิดชอบ\n"
  "ยุทธศาสตร์ที่ ๑ มาตรฐาน,,\n"
  "กิจกรรมที่ ๑ No Gift,ไม่ใช้งบประมาณ,สลก.\n"
  "กิจกรรมที่ ๒ อบรม,\"๗,๒๒๕\",สลก.\n"
  "ยุทธศาสตร์ที่ ๒ นโยบาย,,\n"
  "กิจกรรมที่ ๓ ร้องเรียน,-,กลุ่มงานนิติการ\n"
  "กิจกรรมที่ ๔ ITA,3375,ทุกหน่วยงาน\n"
  "กิจกรรมที่ ๕ CSR,ใช้งบประมาณร่วมกับกิจกรรมที่ ๔,\n";

static gint64
import (Fixture *f, const char *csv, PrsPlanImportResult *result)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) rows = prs_csv_parse_lines (csv, strlen (csv), NULL, NULL, &lines, &error);
  g_autoptr (PrsPlanTable) table = NULL;
  gint64 id;

  g_assert_no_error (error);
  table = prs_plan_table_parse (rows, lines, &error);
  g_assert_no_error (error);
  id = prs_store_import_plan (f->store, table, "morality", 2569, NULL, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static PrsPlanTree *
load (Fixture *f, gint64 id, int round)
{
  g_autoptr (GError) error = NULL;
  PrsPlanTree *t = prs_store_load_plan (f->store, id, round, &error);

  g_assert_no_error (error);
  return t;
}

static PrsPlanNodeInfo *
by_number (PrsPlanTree *t, const char *number, gboolean activity)
{
  for (guint i = 0; i < t->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (t->nodes, i);
      if (g_str_equal (n->number, number) && n->is_activity == activity)
        return n;
    }
  g_error ("no node %s", number);
  return NULL;
}

/* The whole plan as text: titles, numbers, budgets, structure (to compare states). */
static char *
snapshot (Fixture *f, gint64 id)
{
  g_autoptr (PrsPlanTree) t = load (f, id, 6);
  GString *s = g_string_new (t->title);

  g_string_append_printf (s, "|%s|%d|%s|%" G_GINT64_FORMAT, t->status, t->version, t->numbering, t->budget_satang);
  for (guint i = 0; i < t->levels->len; i++)
    g_string_append_printf (s, "|%s", (char *) g_ptr_array_index (t->levels, i));
  for (guint i = 0; i < t->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (t->nodes, i);
      g_string_append_printf (s, "\n%u %s %s %s %" G_GINT64_FORMAT " %x %s %d %u %u", n->depth, n->number, n->title,
                              n->budget_kind, n->budget_satang, n->months, n->status, n->common_kpi, n->indicators->len,
                              n->units->len);
      if (n->has_progress)
        g_string_append_printf (s, " p:%s:%" G_GINT64_FORMAT, n->progress_status, n->spent_satang);
      if (n->due_date)
        g_string_append_printf (s, " due:%s", n->due_date);
    }
  return g_string_free (s, FALSE);
}

static void
test_import_rollups (Fixture *f, gconstpointer data)
{
  PrsPlanImportResult result = { 0 };
  gint64 id = import (f, plan_csv, &result);
  g_autoptr (PrsPlanTree) t = load (f, id, 0);
  PrsPlanNodeInfo *s1, *s2, *a5;

  g_assert_cmpuint (result.n_activities, ==, 5);
  g_assert_cmpint (result.budget_satang, ==, 1060000);
  g_assert_cmpuint (result.new_units->len, ==, 2); /* สลก. and กลุ่มงานนิติการ; ทุกหน่วยงาน is all units */
  prs_plan_import_result_clear (&result);

  g_assert_cmpstr (t->numbering, ==, "across_plan");
  g_assert_cmpuint (t->n_activities, ==, 5);
  g_assert_cmpint (t->budget_satang, ==, 1060000); /* the shared budget counted once */
  s1 = by_number (t, "1", FALSE);
  s2 = by_number (t, "2", FALSE);
  g_assert_cmpint (s1->budget_satang, ==, 722500);
  g_assert_cmpint (s2->budget_satang, ==, 337500);
  g_assert_cmpuint (s2->n_activities, ==, 3);
  a5 = by_number (t, "5", TRUE);
  g_assert_cmpstr (a5->budget_kind, ==, "shared");
  g_assert_cmpint (a5->shared_with_id, ==, by_number (t, "4", TRUE)->id);
  g_assert_true (by_number (t, "4", TRUE)->all_units);
  g_assert_cmpstr (g_ptr_array_index (t->levels, 0), ==, "ยุทธศาสตร์");
}

/* Inserting an activity renumbers those after it across the plan; per-parent
 * numbering gives 2.3. */
static void
test_renumbering (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = import (f, plan_csv, NULL);
  gint64 s1, added;

  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    s1 = by_number (t, "1", FALSE)->id;
  }
  added = prs_store_plan_add_node (f->store, id, s1, 0, "กิจกรรมใหม่", TRUE, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    g_assert_cmpint (by_number (t, "1", TRUE)->id, ==, added);
    g_assert_cmpstr (by_number (t, "6", TRUE)->title, ==, "CSR");
    g_assert_cmpstr (by_number (t, "3", TRUE)->title, ==, "อบรม");
  }
  g_assert_true (prs_store_plan_set_numbering (f->store, id, FALSE, &error));
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    g_assert_cmpstr (by_number (t, "2.3", TRUE)->title, ==, "CSR");
    g_assert_cmpstr (by_number (t, "1.1", TRUE)->title, ==, "กิจกรรมใหม่");
  }
  /* outdent the new activity: a top-level row after strategy 1 */
  g_assert_true (prs_store_plan_outdent_node (f->store, added, &error));
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    PrsPlanNodeInfo *n = prs_plan_tree_find (t, added);
    g_assert_cmpuint (n->depth, ==, 0);
    g_assert_cmpstr (n->number, ==, "2");
    g_assert_cmpstr (by_number (t, "3.1", TRUE)->title, ==, "ร้องเรียน");
  }
  /* and indent it back under strategy 1 */
  g_assert_true (prs_store_plan_indent_node (f->store, added, &error));
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    g_assert_cmpstr (prs_plan_tree_find (t, added)->number, ==, "1.3");
    g_assert_cmpuint (prs_plan_tree_find (t, added)->depth, ==, 1);
  }
  /* a row cannot go under itself */
  g_assert_false (prs_store_plan_move_node (f->store, s1, added, -1, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
}

/* Every edit is one undo step that brings the plan back exactly. */
static void
test_undo_every_edit (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = import (f, plan_csv, NULL);
  gint64 a2, a4, s1, ind;
  g_autofree char *before = NULL;

  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    a2 = by_number (t, "2", TRUE)->id;
    a4 = by_number (t, "4", TRUE)->id;
    s1 = by_number (t, "1", FALSE)->id;
  }
#define STEP(call)                                                                      \
  G_STMT_START                                                                          \
  {                                                                                     \
    g_autofree char *after = NULL;                                                      \
    g_free (before);                                                                    \
    before = snapshot (f, id);                                                          \
    g_assert_true (call);                                                               \
    g_assert_no_error (error);                                                          \
    after = snapshot (f, id);                                                           \
    g_assert_cmpstr (after, !=, before);                                                \
    g_assert_true (prs_store_undo (f->store, &error));                                  \
    g_assert_no_error (error);                                                          \
    {                                                                                   \
      g_autofree char *undone = snapshot (f, id);                                       \
      g_assert_cmpstr (undone, ==, before);                                             \
    }                                                                                   \
    g_assert_true (prs_store_redo (f->store, &error));                                  \
    {                                                                                   \
      g_autofree char *redone = snapshot (f, id);                                       \
      g_assert_cmpstr (redone, ==, after);                                              \
    }                                                                                   \
  }                                                                                     \
  G_STMT_END

  STEP (prs_store_plan_rename (f->store, id, "แผนใหม่", &error));
  STEP (prs_store_plan_add_node (f->store, id, s1, 1, "แทรก", TRUE, &error) > 0);
  STEP (prs_store_plan_set_node_text (f->store, a2, "อบรมจริยธรรม", "เพื่อให้รู้", &error));
  STEP (prs_store_activity_set_budget (f->store, a2, "amount", 900000, 0, &error));
  STEP (prs_store_activity_set_budget (f->store, a2, "shared", 0, a4, &error));
  STEP (prs_store_activity_set_months (f->store, a2, 0x7, &error));
  STEP (prs_store_activity_set_status (f->store, a2, "done", &error));
  STEP (prs_store_activity_set_common_kpi (f->store, a2, TRUE, &error));
  STEP (prs_store_activity_set_due_date (f->store, a2, "2026-03-31", &error));
  STEP (prs_store_activity_set_due_date (f->store, a2, NULL, &error));
  STEP (prs_store_activity_set_units (f->store, a2, NULL, 0, TRUE, &error));
  STEP ((ind = prs_store_activity_add_indicator (f->store, a2, "จำนวนคน", TRUE, 5000, "คน", "at_least", &error)) > 0);
  STEP (prs_store_plan_outdent_node (f->store, a2, &error));
  STEP (prs_store_plan_indent_node (f->store, a2, &error));
  STEP (prs_store_plan_move_node (f->store, a2, s1, 0, &error));
  STEP (prs_store_plan_delete_node (f->store, s1, &error));
  STEP (prs_store_progress_set (f->store, a4, 6, NULL, "ทำแล้ว", 300000, 42, &error));
  STEP (prs_store_plan_approve (f->store, id, "2568-10-15", "มติที่ประชุมครั้งที่ 1/2569", &error));
  STEP (prs_store_plan_set_numbering (f->store, id, FALSE, &error));
  {
    const char *levels[] = { "ยุทธศาสตร์", "กลยุทธ์", "กิจกรรม", NULL };
    PrsPlanTree *t;
    STEP (prs_store_plan_set_levels (f->store, id, levels, &error));
    t = load (f, id, 0);
    g_assert_cmpuint (t->levels->len, ==, 3);
    prs_plan_tree_free (t);
  }
#undef STEP
  /* a plan and its deletion */
  {
    gint64 n = prs_store_count (f->store, "plans");
    g_assert_true (prs_store_plan_delete (f->store, id, &error));
    g_assert_cmpint (prs_store_count (f->store, "plans"), ==, n - 1);
    g_assert_cmpint (prs_store_count (f->store, "plan_nodes"), ==, 0);
    g_assert_true (prs_store_undo (f->store, &error));
    g_assert_cmpint (prs_store_count (f->store, "plan_nodes"), ==, 4);
  }
  /* back to the start: nothing of the import is left (it was one step) */
  while (prs_store_can_undo (f->store))
    g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (prs_store_count (f->store, "plans"), ==, 0);
  g_assert_cmpint (prs_store_count (f->store, "units"), ==, 0);
}

/* A due date: set, read, refused when not a real ISO date or on a group, cleared,
 * each change one undo step; a revision keeps it, next year's copy does not. */
static void
test_due_date (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = import (f, plan_csv, NULL), a2, s1, revised, copy;
  char *due;

  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    a2 = by_number (t, "2", TRUE)->id;
    s1 = by_number (t, "1", FALSE)->id;
    g_assert_null (by_number (t, "2", TRUE)->due_date);
  }
  g_assert_null (prs_store_activity_get_due_date (f->store, a2, &error));
  g_assert_no_error (error);

  g_assert_true (prs_store_activity_set_due_date (f->store, a2, "2026-03-31", &error));
  g_assert_no_error (error);
  due = prs_store_activity_get_due_date (f->store, a2, &error);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    g_assert_cmpstr (by_number (t, "2", TRUE)->due_date, ==, "2026-03-31");
    g_assert_null (by_number (t, "1", FALSE)->due_date);
  }

  /* refused: not a real date, not ISO, a group row; nothing changes */
  g_assert_false (prs_store_activity_set_due_date (f->store, a2, "2026-02-30", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_store_activity_set_due_date (f->store, a2, "31/3/2569", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (prs_store_activity_set_due_date (f->store, s1, "2026-03-31", &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  due = prs_store_activity_get_due_date (f->store, a2, &error);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);

  /* a change of date, then undo and redo, one step each */
  g_assert_true (prs_store_activity_set_due_date (f->store, a2, "2026-06-30", &error));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  due = prs_store_activity_get_due_date (f->store, a2, &error);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  g_assert_true (prs_store_redo (f->store, &error));
  due = prs_store_activity_get_due_date (f->store, a2, &error);
  g_assert_cmpstr (due, ==, "2026-06-30");
  g_free (due);

  /* cleared ("" as NULL), and back by undo */
  g_assert_true (prs_store_activity_set_due_date (f->store, a2, "", &error));
  g_assert_no_error (error);
  g_assert_null (prs_store_activity_get_due_date (f->store, a2, &error));
  g_assert_cmpint (prs_store_query_int (f->store, "SELECT count(*) FROM activities WHERE due_date IS NULL", -1),
                   ==, 5);
  g_assert_true (prs_store_undo (f->store, &error));
  due = prs_store_activity_get_due_date (f->store, a2, &error);
  g_assert_cmpstr (due, ==, "2026-06-30");
  g_free (due);

  /* a revision keeps the date; next year's copy starts without */
  g_assert_true (prs_store_plan_approve (f->store, id, "2025-10-15", "มติ", &error));
  revised = prs_store_plan_revise (f->store, id, &error);
  g_assert_no_error (error);
  copy = prs_store_copy_plan (f->store, id, 2570, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) r = load (f, revised, 0);
    g_autoptr (PrsPlanTree) c = load (f, copy, 0);
    g_assert_cmpstr (by_number (r, "2", TRUE)->due_date, ==, "2026-06-30");
    g_assert_null (by_number (c, "2", TRUE)->due_date);
  }
  /* a changed due date shows in the comparison, as Thai dates */
  {
    g_autoptr (PrsPlanTree) r = load (f, revised, 0);
    g_assert_true (prs_store_activity_set_due_date (f->store, by_number (r, "2", TRUE)->id, "2026-09-30", &error));
  }
  {
    g_autoptr (PrsPlanTree) old = load (f, id, 0);
    g_autoptr (PrsPlanTree) r = load (f, revised, 0);
    g_autoptr (PrsPlanDiff) d = prs_plan_diff_new (old, r);
    PrsPlanDiffItem *c;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_cmpuint (d->changed->len, ==, 1);
    c = g_ptr_array_index (d->changed, 0);
    g_assert_cmpuint (c->fields->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (c->fields, 0), ==, "due_date");
    before = prs_plan_node_field_text (c->old_node, "due_date");
    after = prs_plan_node_field_text (c->new_node, "due_date");
    g_assert_cmpstr (before, ==, "30 มิ.ย. 2569");
    g_assert_cmpstr (after, ==, "30 ก.ย. 2569");
  }
}

static void
test_copy_revise_diff (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = import (f, plan_csv, NULL), copy, revised, a2, a3;

  g_assert_true (prs_store_plan_rename (f->store, id, "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (2569)", &error));
  copy = prs_store_copy_plan (f->store, id, 2570, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) t = load (f, copy, 0);
    g_assert_cmpstr (t->title, ==, "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ (2570)");
    g_assert_cmpint (t->fiscal_year, ==, 2570);
    g_assert_cmpstr (t->status, ==, "draft");
    g_assert_cmpstr (t->numbering, ==, "across_plan");
    g_assert_cmpint (t->budget_satang, ==, 1060000);
  }
  /* a draft is not revised; an approved plan is, into a new version */
  g_assert_cmpint (prs_store_plan_revise (f->store, id, &error), ==, 0);
  g_clear_error (&error);
  g_assert_true (prs_store_plan_approve (f->store, id, "15 ต.ค. 2568", "มติที่ประชุม ครั้งที่ ๑/๒๕๖๙", &error));
  revised = prs_store_plan_revise (f->store, id, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) old = load (f, id, 0);
    g_autoptr (PrsPlanTree) t = load (f, revised, 0);
    g_assert_cmpstr (old->status, ==, "approved");
    g_assert_cmpstr (old->approved_date, ==, "2025-10-15");
    g_assert_cmpstr (t->status, ==, "revised");
    g_assert_cmpint (t->version, ==, 2);
    g_assert_cmpint (t->fiscal_year, ==, 2569);
    a2 = by_number (t, "2", TRUE)->id;
    a3 = by_number (t, "3", TRUE)->id;
  }
  /* change the revision: a budget, a title, a removal, an addition */
  g_assert_true (prs_store_activity_set_budget (f->store, a2, "amount", 1000000, 0, &error));
  g_assert_true (prs_store_plan_set_node_text (f->store, a2, "อบรมจริยธรรมบุคลากร", NULL, &error));
  g_assert_true (prs_store_plan_delete_node (f->store, a3, &error));
  {
    g_autoptr (PrsPlanTree) t = load (f, revised, 0);
    g_assert_cmpint (prs_store_plan_add_node (f->store, revised, by_number (t, "2", FALSE)->id, -1, "กิจกรรมเพิ่ม",
                                              TRUE, &error), >, 0);
  }
  {
    g_autoptr (PrsPlanTree) old = load (f, id, 0);
    g_autoptr (PrsPlanTree) t = load (f, revised, 0);
    g_autoptr (PrsPlanDiff) d = prs_plan_diff_new (old, t);
    PrsPlanDiffItem *c;

    g_assert_cmpuint (d->added->len, ==, 1);
    g_assert_cmpstr (((PrsPlanDiffItem *) g_ptr_array_index (d->added, 0))->title, ==, "กิจกรรมเพิ่ม");
    g_assert_cmpuint (d->removed->len, ==, 1);
    g_assert_cmpstr (((PrsPlanDiffItem *) g_ptr_array_index (d->removed, 0))->title, ==, "ร้องเรียน");
    g_assert_cmpuint (d->changed->len, ==, 1);
    c = g_ptr_array_index (d->changed, 0);
    g_assert_cmpstr (c->title, ==, "อบรมจริยธรรมบุคลากร");
    g_assert_cmpuint (c->fields->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (c->fields, 0), ==, "title");
    g_assert_cmpstr (g_ptr_array_index (c->fields, 1), ==, "budget");
    g_assert_cmpint (d->new_budget - d->old_budget, ==, 1000000 - 722500);
  }
}

static void
test_progress_rounds (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = import (f, plan_csv, NULL), a2, ind;

  {
    g_autoptr (PrsPlanTree) t = load (f, id, 0);
    a2 = by_number (t, "2", TRUE)->id;
  }
  ind = prs_store_activity_add_indicator (f->store, a2, "ผู้เข้าอบรม", TRUE, 5000, "คน", "at_least", &error);
  g_assert_true (prs_store_indicator_set_result (f->store, ind, 6, 4200, NULL, &error));
  g_assert_true (prs_store_progress_set (f->store, a2, 6, NULL, "อบรมแล้ว", 700000, 42, &error));
  g_assert_true (prs_store_activity_set_status (f->store, a2, "done", &error));
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 6);
    PrsPlanNodeInfo *n = prs_plan_tree_find (t, a2);
    g_assert_cmpstr (n->progress_status, ==, "below"); /* 42 < 50, at least */
    g_assert_cmpint (t->spent_satang, ==, 700000);
    g_assert_cmpuint (t->n_done, ==, 1);
    g_assert_cmpuint (by_number (t, "1", FALSE)->n_done, ==, 1);
    g_assert_cmpint (prs_store_plan_latest_round (f->store, id, &error), ==, 6);
    g_assert_no_error (error);
  }
  g_assert_cmpstr (prs_plan_progress_status (TRUE, 200, "at_most", 100), ==, "above");
  g_assert_cmpstr (prs_plan_progress_status (TRUE, 200, "at_most", 300), ==, "below");
  g_assert_cmpstr (prs_plan_progress_status (TRUE, 200, "equal", 200), ==, "on");
  /* overridden by hand */
  g_assert_true (prs_store_progress_set (f->store, a2, 6, "on", "อบรมแล้ว", 700000, 42, &error));
  {
    g_autoptr (PrsPlanTree) t = load (f, id, 6);
    g_assert_cmpstr (prs_plan_tree_find (t, a2)->progress_status, ==, "on");
  }
  /* frozen once reported */
  g_assert_true (prs_store_plan_freeze_round (f->store, id, 6, TRUE, &error));
  g_assert_false (prs_store_progress_set (f->store, a2, 6, NULL, "แก้", 0, -1, &error));
  g_assert_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (prs_store_indicator_set_result (f->store, ind, 6, 1, NULL, &error));
  g_clear_error (&error);
  /* the 9-month round is still open */
  g_assert_true (prs_store_progress_set (f->store, a2, 9, "on", "", 0, -1, &error));
  g_assert_false (prs_store_progress_set (f->store, a2, 7, "on", "", 0, -1, &error));
  g_clear_error (&error);

  /* Statuses per round. Freezing round 6 wrote down every activity's status then
   * (a2 done, activity 1 not started); a status set on the sheet afterwards (the
   * current one) shows in the later rounds, not in the frozen one; one entered for
   * round 12 leaves round 9 at the latest before it. */
  {
    gint64 a1;
    g_autoptr (PrsPlanTree) t0 = load (f, id, 0);

    a1 = by_number (t0, "1", TRUE)->id;
    g_assert_true (prs_store_activity_set_status (f->store, a1, "in_progress", &error));
    {
      g_autoptr (PrsPlanTree) t6 = load (f, id, 6);
      g_autoptr (PrsPlanTree) t9 = load (f, id, 9);

      g_assert_cmpstr (prs_plan_tree_find (t6, a1)->status, ==, "not_started");
      g_assert_cmpstr (prs_plan_tree_find (t6, a2)->status, ==, "done");
      g_assert_cmpstr (prs_plan_tree_find (t9, a1)->status, ==, "in_progress");
    }
    g_assert_true (prs_store_progress_set_status (f->store, a1, 12, "done", &error));
    g_assert_no_error (error);
    {
      g_autoptr (PrsPlanTree) t6 = load (f, id, 6);
      g_autoptr (PrsPlanTree) t9 = load (f, id, 9);
      g_autoptr (PrsPlanTree) t12 = load (f, id, 12);
      g_autoptr (PrsPlanTree) now = load (f, id, 0);

      g_assert_cmpstr (prs_plan_tree_find (t6, a1)->status, ==, "not_started");
      g_assert_cmpstr (prs_plan_tree_find (t9, a1)->status, ==, "not_started");
      g_assert_cmpstr (prs_plan_tree_find (t12, a1)->status, ==, "done");
      g_assert_cmpstr (prs_plan_tree_find (now, a1)->status, ==, "done");
      g_assert_cmpuint (t6->n_done, ==, 1);
      g_assert_cmpuint (t12->n_done, ==, 2);
    }
    /* one undo step each: the round-12 status and the current one go back together */
    g_assert_true (prs_store_undo (f->store, &error));
    {
      g_autoptr (PrsPlanTree) now = load (f, id, 0);

      g_assert_cmpstr (prs_plan_tree_find (now, a1)->status, ==, "in_progress");
    }
  }
}

/* The demonstration plans look real: both hierarchy shapes, whole-number targets
 * and results, statuses that agree with the events held. */
static void
test_demo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  gint64 across = 0, deep = 0;

  g_assert_true (prs_store_write_demo (f->store, &error));
  g_assert_no_error (error);
  plans = prs_store_list_plans (f->store, 2569, &error);
  for (guint i = 0; i < plans->len; i++)
    {
      PrsPlanSummary *s = g_ptr_array_index (plans, i);
      if (g_str_equal (s->kind, "morality"))
        across = s->id;
      else if (g_str_equal (s->kind, "anti_corruption"))
        deep = s->id;
    }
  g_assert_cmpint (across, >, 0);
  g_assert_cmpint (deep, >, 0);
  {
    g_autoptr (PrsPlanTree) t = load (f, across, 6);
    g_assert_cmpstr (t->numbering, ==, "across_plan");
    g_assert_cmpuint (t->levels->len, ==, 2);
    {
      /* the plan's budget: its amounts, without the shared one (computed, not pinned) */
      g_autofree char *sql = g_strdup_printf ("SELECT sum (a.budget_satang) FROM activities a JOIN plan_nodes n"
                                              " ON n.id = a.id WHERE n.plan_id = %" G_GINT64_FORMAT
                                              " AND a.budget_kind = 'amount'", across);
      g_autofree char *last = g_strdup_printf ("%u", t->n_activities);
      g_assert_cmpint (t->budget_satang, ==, prs_store_query_int (f->store, sql, -1));
      g_assert_nonnull (by_number (t, last, TRUE)->title); /* numbered 1..n across the plan */
    }
    for (guint i = 0; i < t->nodes->len; i++)
      {
        PrsPlanNodeInfo *n = g_ptr_array_index (t->nodes, i);
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM activity_events WHERE node_id = %" G_GINT64_FORMAT,
                                                n->id);
        gint64 events = prs_store_query_int (f->store, sql, -1);
        if (!n->is_activity)
          continue;
        for (guint k = 0; k < n->indicators->len; k++)
          {
            PrsPlanIndicatorInfo *x = g_ptr_array_index (n->indicators, k);
            g_assert_cmpint (x->target_hundredths % 100, ==, 0);
            if (x->has_result)
              g_assert_cmpint (x->result_hundredths % 100, ==, 0);
          }
        if (g_str_equal (n->status, "done"))
          g_assert_cmpint (events, >, 0);
        if (g_str_equal (n->status, "not_started"))
          g_assert_cmpint (events, ==, 0);
      }
  }
  {
    g_autoptr (PrsPlanTree) t = load (f, deep, 0);
    g_assert_cmpstr (t->numbering, ==, "per_parent");
    g_assert_cmpuint (t->levels->len, ==, 4);
    g_assert_cmpuint (by_number (t, "1.1.1.2", TRUE)->depth, ==, 3);
    g_assert_cmpuint (t->n_activities, >=, 1);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) g_test_add ("/plans/store/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("import-rollups", test_import_rollups);
  ADD ("renumbering", test_renumbering);
  ADD ("undo-every-edit", test_undo_every_edit);
  ADD ("due-date", test_due_date);
  ADD ("copy-revise-diff", test_copy_revise_diff);
  ADD ("progress-rounds", test_progress_rounds);
  ADD ("demo", test_demo);
  return g_test_run ();
}
