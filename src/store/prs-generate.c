/* prs-generate.c: large deterministic workspaces for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One transaction, prepared statements, no undo log: the file holds all of it or
 * none of it, whatever happens to the process.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-store-private.h"

void
prs_generate_options_init (PrsGenerateOptions *options, guint people)
{
  memset (options, 0, sizeof *options);
  options->people = people ? people : 20000;
  /* Scaled from the reference size: 20,000 people, 40 bureaus, 60 activities. */
  options->units = CLAMP (options->people / 500, 3, 400);
  options->activities = 60;
  options->meetings = CLAMP (options->people / 400, 4, 500);
  options->ita_years = 10;
  options->ita_units = CLAMP (options->people / 100, 12, 2000);
  options->participation_per_person = 30;
  options->seed = 1;
}

typedef struct
{
  PrsStore     *store;
  sqlite3      *db;
  GError      **error;
  gboolean      failed;
} Gen;

static sqlite3_stmt *
prep (Gen *g, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (g->failed)
    return NULL;
  rc = sqlite3_prepare_v3 (g->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (g->error, g->db, rc, NULL);
      g->failed = TRUE;
    }
  return stmt;
}

static gint64
run (Gen *g, sqlite3_stmt *stmt)
{
  int rc;

  if (g->failed)
    return 0;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (g->error, g->db, sqlite3_extended_errcode (g->db), NULL);
      g->failed = TRUE;
      return 0;
    }
  return sqlite3_last_insert_rowid (g->db);
}

static const char * const syllables[] = {
  "สม", "ศรี", "ชัย", "วัฒน์", "พร", "ทอง", "แก้ว", "ใจ", "บุญ", "สุข", "ประ", "เสริฐ",
  "กิต", "ติ", "นันท์", "รัตน์", "มณี", "วงศ์", "ธร", "รม", "ภัทร", "อร", "จันทร์", "เพ็ญ",
};

static char *
make_name (PrsRand *r, int parts)
{
  GString *s = g_string_new (NULL);

  for (int i = 0; i < parts; i++)
    g_string_append (s, syllables[prs_rand_range (r, G_N_ELEMENTS (syllables))]);
  return g_string_free (s, FALSE);
}

static gboolean
progress (const PrsGenerateOptions *o, double fraction)
{
  return o->progress == NULL || o->progress (fraction, o->user_data);
}

gboolean
prs_store_generate (PrsStore *self, const PrsGenerateOptions *o, GError **error)
{
  Gen g = { self, prs_store_get_db (self), error, FALSE };
  PrsRand r = { o->seed };
  sqlite3_stmt *unit_stmt, *person_stmt, *plan_stmt, *node_stmt, *act_stmt, *part_stmt,
               *committee_stmt, *member_stmt, *meeting_stmt, *attend_stmt, *result_stmt,
               *figure_stmt, *kpi_stmt, *kpi_act_stmt, *kpi_type_stmt;
  g_autofree gint64 *unit_ids = NULL;
  g_autofree gint64 *activity_ids = NULL;
  g_autofree gint64 *ita_unit_ids = NULL;
  gint64 dept, plan, committee, kpi, first_person = 0, members[7];
  gboolean stopped = FALSE;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  g_return_val_if_fail (o->people > 0 && o->units > 0 && o->activities > 0, FALSE);

  if (prs_store_count (self, "units") > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The workspace already has data; generating needs an empty one."));
      return FALSE;
    }
  if (!prs_store_bulk_begin (self, error))
    return FALSE;

  unit_stmt = prep (&g, "INSERT INTO units (parent_id, name, abbreviation, sort_order, is_own_agency)"
                        " VALUES (?1, ?2, ?3, ?4, ?5)");
  person_stmt = prep (&g, "INSERT INTO people (prefix, first_name, last_name, position, unit_id, staff_type)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  plan_stmt = prep (&g, "INSERT INTO plans (kind, fiscal_year, unit_id, title, status) VALUES ('morality', ?1, ?2, ?3, 'approved')");
  node_stmt = prep (&g, "INSERT INTO plan_nodes (plan_id, parent_id, depth, sort_order, number, title)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  act_stmt = prep (&g, "INSERT INTO activities (id, objective, budget_kind, budget_satang, months, common_kpi)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  part_stmt = prep (&g, "INSERT OR IGNORE INTO participation (person_id, node_id) VALUES (?1, ?2)");
  committee_stmt = prep (&g, "INSERT INTO committees (name, order_number) VALUES (?1, ?2)");
  member_stmt = prep (&g, "INSERT INTO committee_members (committee_id, person_id, role, sort_order) VALUES (?1, ?2, ?3, ?4)");
  meeting_stmt = prep (&g, "INSERT INTO meetings (committee_id, number, year_be, date, start_time, end_time, status)"
                           " VALUES (?1, ?2, ?3, ?4, '09:30', '12:00', 'held')");
  attend_stmt = prep (&g, "INSERT INTO attendance (meeting_id, member_id, status) VALUES (?1, ?2, ?3)");
  result_stmt = prep (&g, "INSERT INTO ita_results (unit_id, year_be) VALUES (?1, ?2)");
  figure_stmt = prep (&g, "INSERT INTO ita_figures (result_id, code, part, score) VALUES (?1, ?2, ?3, ?4)");
  kpi_stmt = prep (&g, "INSERT INTO kpis (name, fiscal_year, t1, t2, t3, t4, t5) VALUES (?1, ?2, 7000, 7500, 8000, 8500, 9000)");
  kpi_act_stmt = prep (&g, "INSERT INTO kpi_activities (kpi_id, node_id) VALUES (?1, ?2)");
  kpi_type_stmt = prep (&g, "INSERT INTO kpi_staff_types (kpi_id, staff_type) VALUES (?1, ?2)");
  if (g.failed)
    goto done;

  /* Organisation: a department and its bureaus. */
  sqlite3_bind_null (unit_stmt, 1);
  sqlite3_bind_text (unit_stmt, 2, "กรมทดสอบขนาดใหญ่", -1, SQLITE_STATIC);
  sqlite3_bind_text (unit_stmt, 3, "ทขญ.", -1, SQLITE_STATIC);
  sqlite3_bind_int (unit_stmt, 4, 0);
  sqlite3_bind_int (unit_stmt, 5, 1);
  dept = run (&g, unit_stmt);
  unit_ids = g_new0 (gint64, o->units);
  for (guint u = 0; u < o->units && !g.failed; u++)
    {
      g_autofree char *name = g_strdup_printf ("สำนักทดสอบที่ %u", u + 1);
      g_autofree char *abbr = g_strdup_printf ("สท.%u", u + 1);
      sqlite3_bind_int64 (unit_stmt, 1, dept);
      sqlite3_bind_text (unit_stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (unit_stmt, 3, abbr, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (unit_stmt, 4, u);
      sqlite3_bind_int (unit_stmt, 5, 0);
      unit_ids[u] = run (&g, unit_stmt);
    }

  /* People. */
  for (guint p = 0; p < o->people && !g.failed; p++)
    {
      gboolean male = prs_rand_range (&r, 2);
      g_autofree char *first = make_name (&r, 2);
      g_autofree char *last = make_name (&r, 3);
      guint roll = prs_rand_range (&r, 100);
      PrsStaffType type = roll < 60 ? PRS_STAFF_TYPE_CIVIL_SERVANT
                        : roll < 80 ? PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE
                        : roll < 88 ? PRS_STAFF_TYPE_FUND_EMPLOYEE
                        : roll < 95 ? PRS_STAFF_TYPE_PERMANENT_EMPLOYEE
                                    : PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE;
      gint64 id;

      sqlite3_bind_text (person_stmt, 1, male ? "นาย" : "นางสาว", -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 2, first, -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 3, last, -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 4, "นักวิเคราะห์นโยบายและแผนปฏิบัติการ", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (person_stmt, 5, unit_ids[prs_rand_range (&r, o->units)]);
      sqlite3_bind_text (person_stmt, 6, prs_staff_type_to_string (type), -1, SQLITE_STATIC);
      id = run (&g, person_stmt);
      if (p == 0)
        first_person = id;
      if (p % 5000 == 4999 && !progress (o, 0.2 * p / o->people))
        stopped = TRUE;
      if (stopped)
        break;
    }

  /* A plan with ten activities per strategy. */
  if (!stopped && !g.failed)
    {
      guint n_strategies = (o->activities + 9) / 10;
      gint64 strategy = 0;

      sqlite3_bind_int (plan_stmt, 1, 2569);
      sqlite3_bind_int64 (plan_stmt, 2, dept);
      sqlite3_bind_text (plan_stmt, 3, "แผนปฏิบัติการส่งเสริมคุณธรรม (ทดสอบ)", -1, SQLITE_STATIC);
      plan = run (&g, plan_stmt);
      sqlite3_bind_text (kpi_stmt, 1, "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม", -1, SQLITE_STATIC);
      sqlite3_bind_int (kpi_stmt, 2, 2569);
      kpi = run (&g, kpi_stmt);
      for (guint t = 0; t <= PRS_STAFF_TYPE_PERMANENT_EMPLOYEE; t++)
        {
          sqlite3_bind_int64 (kpi_type_stmt, 1, kpi);
          sqlite3_bind_text (kpi_type_stmt, 2, prs_staff_type_to_string (t), -1, SQLITE_STATIC);
          run (&g, kpi_type_stmt);
        }
      activity_ids = g_new0 (gint64, o->activities);
      for (guint a = 0; a < o->activities && !g.failed; a++)
        {
          g_autofree char *number = g_strdup_printf ("%u", a + 1);
          g_autofree char *title = g_strdup_printf ("กิจกรรมทดสอบที่ %u", a + 1);

          if (a % 10 == 0)
            {
              g_autofree char *snumber = g_strdup_printf ("%u", a / 10 + 1);
              g_autofree char *stitle = g_strdup_printf ("ยุทธศาสตร์ทดสอบที่ %u", a / 10 + 1);
              sqlite3_bind_int64 (node_stmt, 1, plan);
              sqlite3_bind_null (node_stmt, 2);
              sqlite3_bind_int (node_stmt, 3, 0);
              sqlite3_bind_int (node_stmt, 4, a / 10);
              sqlite3_bind_text (node_stmt, 5, snumber, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (node_stmt, 6, stitle, -1, SQLITE_TRANSIENT);
              strategy = run (&g, node_stmt);
            }
          sqlite3_bind_int64 (node_stmt, 1, plan);
          sqlite3_bind_int64 (node_stmt, 2, strategy);
          sqlite3_bind_int (node_stmt, 3, 1);
          sqlite3_bind_int (node_stmt, 4, a % 10);
          sqlite3_bind_text (node_stmt, 5, number, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (node_stmt, 6, title, -1, SQLITE_TRANSIENT);
          activity_ids[a] = run (&g, node_stmt);
          sqlite3_bind_int64 (act_stmt, 1, activity_ids[a]);
          sqlite3_bind_text (act_stmt, 2, "เพื่อทดสอบ", -1, SQLITE_STATIC);
          sqlite3_bind_text (act_stmt, 3, a % 3 ? "amount" : "none", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (act_stmt, 4, a % 3 ? (gint64) prs_rand_between (&r, 1, 500) * 1000000 : 0);
          sqlite3_bind_int (act_stmt, 5, (int) (prs_rand_next (&r) & 0xfff));
          sqlite3_bind_int (act_stmt, 6, a % 2 == 0);
          run (&g, act_stmt);
          if (a % 2 == 0)
            {
              sqlite3_bind_int64 (kpi_act_stmt, 1, kpi);
              sqlite3_bind_int64 (kpi_act_stmt, 2, activity_ids[a]);
              run (&g, kpi_act_stmt);
            }
        }
      (void) n_strategies;
    }

  /* Participation: about participation_per_person activities each (binomial). */
  if (!stopped && !g.failed)
    {
      guint threshold = (guint) ((guint64) 1000 * MIN (o->participation_per_person, o->activities) / o->activities);
      for (guint p = 0; p < o->people && !g.failed && !stopped; p++)
        {
          for (guint a = 0; a < o->activities && !g.failed; a++)
            if (prs_rand_range (&r, 1000) < threshold)
              {
                sqlite3_bind_int64 (part_stmt, 1, first_person + p);
                sqlite3_bind_int64 (part_stmt, 2, activity_ids[a]);
                run (&g, part_stmt);
              }
          if (p % 1000 == 999 && !progress (o, 0.2 + 0.7 * p / o->people))
            stopped = TRUE;
        }
    }

  /* A committee and its meetings. */
  if (!stopped && !g.failed)
    {
      static const char * const roles[7] = { "chair", "vice_chair", "member", "member", "member",
                                             "member", "member_secretary" };
      sqlite3_bind_text (committee_stmt, 1, "คณะกรรมการจริยธรรม (ทดสอบ)", -1, SQLITE_STATIC);
      sqlite3_bind_text (committee_stmt, 2, "คำสั่งที่ 1/2566", -1, SQLITE_STATIC);
      committee = run (&g, committee_stmt);
      for (int m = 0; m < 7; m++)
        {
          sqlite3_bind_int64 (member_stmt, 1, committee);
          sqlite3_bind_int64 (member_stmt, 2, first_person + m);
          sqlite3_bind_text (member_stmt, 3, roles[m], -1, SQLITE_STATIC);
          sqlite3_bind_int (member_stmt, 4, m);
          members[m] = run (&g, member_stmt);
        }
      for (guint m = 0; m < o->meetings && !g.failed; m++)
        {
          int year = 2560 + (int) (m / 5);
          g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year - 543, (int) (m % 5) * 2 + 1, 15);
          gint64 meeting;
          sqlite3_bind_int64 (meeting_stmt, 1, committee);
          sqlite3_bind_int (meeting_stmt, 2, (int) (m % 5) + 1);
          sqlite3_bind_int (meeting_stmt, 3, year);
          sqlite3_bind_text (meeting_stmt, 4, date, -1, SQLITE_TRANSIENT);
          meeting = run (&g, meeting_stmt);
          for (int k = 0; k < 7; k++)
            {
              sqlite3_bind_int64 (attend_stmt, 1, meeting);
              sqlite3_bind_int64 (attend_stmt, 2, members[k]);
              sqlite3_bind_text (attend_stmt, 3, prs_rand_range (&r, 10) ? "present" : "absent", -1, SQLITE_STATIC);
              run (&g, attend_stmt);
            }
        }
    }

  /* ITA: item level for everyone (the worst case for the ITA views). */
  if (!stopped && !g.failed)
    {
      ita_unit_ids = g_new0 (gint64, o->ita_units);
      ita_unit_ids[0] = dept;
      for (guint u = 1; u < o->ita_units && !g.failed; u++)
        {
          g_autofree char *name = g_strdup_printf ("หน่วยงานเปรียบเทียบที่ %u", u);
          g_autofree char *abbr = g_strdup_printf ("หป.%u", u);
          sqlite3_bind_null (unit_stmt, 1);
          sqlite3_bind_text (unit_stmt, 2, name, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (unit_stmt, 3, abbr, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (unit_stmt, 4, (int) u);
          sqlite3_bind_int (unit_stmt, 5, 0);
          ita_unit_ids[u] = run (&g, unit_stmt);
        }
      for (guint u = 0; u < o->ita_units && !g.failed; u++)
        for (guint y = 0; y < o->ita_years && !g.failed; y++)
          {
            gint64 result;
            char code[8];
            int base = prs_rand_between (&r, 7000, 9500);

            sqlite3_bind_int64 (result_stmt, 1, ita_unit_ids[u]);
            sqlite3_bind_int (result_stmt, 2, 2568 - (int) y);
            result = run (&g, result_stmt);
            for (int i = 1; i <= 30 + 30 + 43; i++)
              {
                const char *part = NULL;
                int score;
                if (i <= 30)
                  g_snprintf (code, sizeof code, "I%d", i);
                else if (i <= 60)
                  {
                    g_snprintf (code, sizeof code, "E%d", (i - 31) % 15 + 1);
                    part = i <= 45 ? "public" : "survey";
                  }
                else
                  g_snprintf (code, sizeof code, "O%d", i - 60);
                /* CLAMP evaluates its argument more than once: draw first. */
                score = base + prs_rand_between (&r, -800, 800);
                score = i > 60 ? (prs_rand_range (&r, 100) < 90 ? 10000 : 0) : CLAMP (score, 0, 10000);
                sqlite3_bind_int64 (figure_stmt, 1, result);
                sqlite3_bind_text (figure_stmt, 2, code, -1, SQLITE_TRANSIENT);
                if (part)
                  sqlite3_bind_text (figure_stmt, 3, part, -1, SQLITE_STATIC);
                else
                  sqlite3_bind_null (figure_stmt, 3);
                sqlite3_bind_int (figure_stmt, 4, score);
                run (&g, figure_stmt);
              }
          }
    }
  if (!stopped && !g.failed && !progress (o, 1.0))
    stopped = TRUE;

done:
  {
    sqlite3_stmt *all[] = { unit_stmt, person_stmt, plan_stmt, node_stmt, act_stmt, part_stmt,
                            committee_stmt, member_stmt, meeting_stmt, attend_stmt, result_stmt,
                            figure_stmt, kpi_stmt, kpi_act_stmt, kpi_type_stmt };
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      sqlite3_finalize (all[i]);
  }
  if (stopped && !g.failed)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Generating was stopped; nothing was written."));
      g.failed = TRUE;
    }
  if (!prs_store_bulk_end (self, !g.failed, g.failed ? NULL : error))
    return FALSE;
  if (!g.failed)
    sqlite3_exec (g.db, "PRAGMA optimize; ANALYZE;", NULL, NULL, NULL);
  return !g.failed;
}
