/* prs-store-meetings.c: committees, meetings, attendance, agenda and allowances
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-meetings.h"
#include "prs-store-private.h"

static const struct
{
  const char *key;
  const char *thai;
} role_titles[] = {
  { PRS_ROLE_CHAIR, "ประธานกรรมการ" },
  { PRS_ROLE_VICE_CHAIR, "รองประธานกรรมการ" },
  { PRS_ROLE_MEMBER, "กรรมการ" },
  { PRS_ROLE_MEMBER_SECRETARY, "กรรมการและเลขานุการ" },
  { PRS_ROLE_ASSISTANT_SECRETARY, "กรรมการและผู้ช่วยเลขานุการ" },
  { "working_group", "คณะทำงาน" },
};

const char *
prs_meeting_role_title (const char *role_key)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_titles); i++)
    if (g_strcmp0 (role_key, role_titles[i].key) == 0)
      return role_titles[i].thai;
  return role_key ? role_key : "";
}

gboolean
prs_meeting_parse_number (const char *text,
                          int        *number,
                          int        *year_be)
{
  g_autofree char *arabic = NULL;
  g_auto (GStrv) parts = NULL;
  gint64 n, y;
  char *end;

  if (text == NULL)
    return FALSE;
  arabic = prs_digits_to_arabic (text);
  parts = g_strsplit (arabic, "/", -1);
  if (g_strv_length (parts) != 2)
    return FALSE;
  g_strstrip (parts[0]);
  g_strstrip (parts[1]);
  n = g_ascii_strtoll (parts[0], &end, 10);
  if (end == parts[0] || *end != '\0' || n < 1 || n > 999)
    return FALSE;
  y = g_ascii_strtoll (parts[1], &end, 10);
  if (end == parts[1] || *end != '\0')
    return FALSE;
  if (y >= 0 && y < 100)
    y += 2500; /* "2/68" */
  if (y < 2400 || y > 2800)
    return FALSE;
  *number = (int) n;
  *year_be = (int) y;
  return TRUE;
}

/* NAME without spaces and zero-width characters, for comparing committee names. */
static char *
bare_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name ? name : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gint64
prs_meetings_find_committee (PrsStore   *store,
                             const char *name,
                             GError    **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree char *want = bare_name (name);
  int rc;

  stmt = prs_store_prepare (store, "SELECT id, name FROM committees ORDER BY id", error);
  if (stmt == NULL)
    return 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *have = bare_name ((const char *) sqlite3_column_text (stmt, 1));

      if (g_str_equal (have, want))
        return sqlite3_column_int64 (stmt, 0);
    }
  if (!prs_store_step_done (store, rc, error))
    return 0;
  g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
               _("There is no committee named “%s”."), name);
  return 0;
}

static gboolean
valid_role_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_titles); i++)
    if (g_strcmp0 (key, role_titles[i].key) == 0)
      return TRUE;
  return FALSE;
}

gboolean
prs_meetings_set_rate (PrsStore   *store,
                       gint64      committee_id,
                       const char *role_key,
                       gint64      satang,
                       const char *date,
                       GError    **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  const char *effective = date ? date : "1900-01-01";
  gint64 existing = 0;
  int rc;

  if (!valid_role_key (role_key) || satang < 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a committee role."), role_key);
      return FALSE;
    }
  stmt = prs_store_prepare (store,
                            "SELECT id FROM allowance_rates WHERE committee_id = ?1 AND role = ?2"
                            " AND effective_date = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  sqlite3_bind_text (stmt, 2, role_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, effective, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  else if (!prs_store_step_done (store, rc, error))
    return FALSE;
  if (existing)
    return prs_store_update (store, "allowance_rates", existing, error,
                             "amount_satang", PRS_INT (satang), NULL);
  return prs_store_insert (store, "allowance_rates", error,
                           "committee_id", PRS_INT (committee_id),
                           "role", PRS_TEXT (role_key),
                           "effective_date", PRS_TEXT (effective),
                           "amount_satang", PRS_INT (satang), NULL) > 0;
}

static void
committee_ref_free (gpointer data)
{
  PrsCommitteeRef *c = data;

  g_free (c->name);
  g_free (c);
}

GPtrArray *
prs_meetings_list_committees (PrsStore *store,
                              GError  **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store, "SELECT id, name FROM committees ORDER BY name, id", error);
  g_autoptr (GPtrArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (committee_ref_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsCommitteeRef *c = g_new0 (PrsCommitteeRef, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (out, c);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

GArray *
prs_meetings_list_years (PrsStore *store,
                         gint64    committee_id,
                         GError  **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT DISTINCT year_be FROM meetings WHERE committee_id = ?1 ORDER BY year_be DESC", error);
  g_autoptr (GArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  out = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (stmt, 0);

      g_array_append_val (out, y);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

GArray *
prs_meetings_list (PrsStore *store,
                   gint64    committee_id,
                   int       year_be,
                   GError  **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id FROM meetings WHERE committee_id = ?1 AND year_be = ?2 ORDER BY number", error);
  g_autoptr (GArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  sqlite3_bind_int (stmt, 2, year_be);
  out = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (out, id);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

static void seat_free (gpointer data);
static char *col_text (PrsStatement *stmt, int col);
static gboolean role_votes (const char *role, const char *role_title);

/* A member's position: a staff member's (People) position and unit, the unit left off
 * when the position already names it; an outside person's as the roster gave it. */
#define STAFF_POSITION \
  "CASE WHEN cm.person_id IS NOT NULL AND coalesce (p.position, '') <> '' THEN" \
  "   p.position || CASE WHEN u.name IS NOT NULL AND u.name <> ''" \
  "                       AND instr (p.position, u.name) = 0 THEN ' ' || u.name ELSE '' END" \
  " WHEN cm.person_id IS NOT NULL AND cm.outside_position = '' THEN coalesce (u.name, '')" \
  " ELSE cm.outside_position END"

GPtrArray *
prs_meetings_list_seats (PrsStore *store,
                         gint64    committee_id,
                         GError  **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT cm.id,"
      " CASE WHEN cm.person_id IS NOT NULL THEN trim (p.prefix || p.first_name || ' ' || p.last_name)"
      "   ELSE cm.outside_name END,"
      " " STAFF_POSITION ","
      " cm.seat_position, cm.role, cm.role_title, coalesce (cm.person_id, 0)"
      " FROM committee_members cm LEFT JOIN people p ON p.id = cm.person_id"
      " LEFT JOIN units u ON u.id = p.unit_id"
      " WHERE cm.committee_id = ?1 ORDER BY cm.sort_order, cm.id", error);
  g_autoptr (GPtrArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  out = g_ptr_array_new_with_free_func (seat_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsMeetingSeat *s = g_new0 (PrsMeetingSeat, 1);
      g_autofree char *seat = col_text (stmt, 3);

      s->member_id = sqlite3_column_int64 (stmt, 0);
      s->name = col_text (stmt, 1);
      s->position = col_text (stmt, 2);
      s->seat = *seat != '\0';
      if (s->seat && *s->name == '\0')
        {
          g_free (s->name);
          s->name = g_strdup (seat);
        }
      s->role = col_text (stmt, 4);
      s->role_title = col_text (stmt, 5);
      if (*s->role_title == '\0')
        {
          g_free (s->role_title);
          s->role_title = g_strdup (prs_meeting_role_title (s->role));
        }
      s->voting = role_votes (s->role, s->role_title);
      s->status = g_strdup ("");
      s->delegate_name = g_strdup ("");
      s->match = g_strdup ("");
      s->attendee_name = g_strdup ("");
      s->attendee_position = g_strdup ("");
      s->person_id = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (out, s);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

gint64
prs_meetings_find (PrsStore *store,
                   gint64    committee_id,
                   int       number,
                   int       year_be,
                   GError  **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  stmt = prs_store_prepare (store,
                            "SELECT id FROM meetings WHERE committee_id = ?1 AND number = ?2"
                            " AND year_be = ?3", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  sqlite3_bind_int (stmt, 2, number);
  sqlite3_bind_int (stmt, 3, year_be);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (!prs_store_step_done (store, rc, error))
    return 0;
  g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
               _("There is no meeting %d/%d of this committee."), number, year_be);
  return 0;
}

gint64
prs_meetings_add (PrsStore   *store,
                  gint64      committee_id,
                  int         number,
                  int         year_be,
                  const char *date,
                  const char *start_time,
                  const char *end_time,
                  const char *venue,
                  GError    **error)
{
  if (prs_meetings_find (store, committee_id, number, year_be, NULL) > 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT,
                   _("Meeting %d/%d of this committee already exists."), number, year_be);
      return 0;
    }
  return prs_store_insert (store, "meetings", error,
                           "committee_id", PRS_INT (committee_id),
                           "number", PRS_INT (number),
                           "year_be", PRS_INT (year_be),
                           "date", PRS_TEXT (date),
                           "start_time", PRS_TEXT (start_time),
                           "end_time", PRS_TEXT (end_time),
                           "venue", PRS_TEXT (venue ? venue : ""),
                           "status", PRS_TEXT ("held"), NULL);
}

/* ------------------------------------------------------------------ loading */

static void
seat_free (gpointer data)
{
  PrsMeetingSeat *s = data;

  g_free (s->name);
  g_free (s->position);
  g_free (s->role);
  g_free (s->role_title);
  g_free (s->status);
  g_free (s->delegate_name);
  g_free (s->match);
  g_free (s->attendee_name);
  g_free (s->attendee_position);
  g_free (s);
}

static void
guest_free (gpointer data)
{
  PrsMeetingGuest *g = data;

  g_free (g->name);
  g_free (g->position);
  g_free (g);
}

static void
agenda_free (gpointer data)
{
  PrsMeetingAgendaItem *a = data;

  g_free (a->number);
  g_free (a->title);
  g_free (a->body);
  g_free (a->comments);
  g_free (a->resolution);
  g_free (a);
}

void
prs_meeting_info_free (PrsMeetingInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->committee_name);
  g_free (info->committee_kind);
  g_free (info->date);
  g_free (info->start_time);
  g_free (info->end_time);
  g_free (info->venue);
  g_free (info->mode);
  g_free (info->status);
  g_free (info->minute_takers);
  g_free (info->reviewer);
  g_clear_pointer (&info->seats, g_ptr_array_unref);
  g_clear_pointer (&info->guests, g_ptr_array_unref);
  g_clear_pointer (&info->agenda, g_ptr_array_unref);
  g_clear_pointer (&info->attachments, g_ptr_array_unref);
  g_free (info);
}

static char *
col_text (PrsStatement *stmt, int col)
{
  const char *t = (const char *) sqlite3_column_text (stmt, col);

  return g_strdup (t ? t : "");
}

static char *
col_text_or_null (PrsStatement *stmt, int col)
{
  const char *t = (const char *) sqlite3_column_text (stmt, col);

  return t && *t ? g_strdup (t) : NULL;
}

/* A non-member assistant secretary or secretary ("ผู้ช่วยเลขานุการ", "เลขานุการ"
 * alone) and an advisor do not vote; every other seat does. */
static gboolean
role_votes (const char *role, const char *role_title)
{
  PrsMemberRole r;

  (void) role;
  if (role_title == NULL || *role_title == '\0')
    return TRUE;
  if (prs_name_parse_role (role_title, FALSE, &r))
    return r != PRS_MEMBER_ROLE_ASSISTANT_SECRETARY && r != PRS_MEMBER_ROLE_SECRETARY
           && r != PRS_MEMBER_ROLE_ADVISOR;
  return TRUE;
}

static gboolean
load_agenda (PrsStore *store, PrsMeetingInfo *info, gint64 parent, int depth, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = prs_store_prepare (store,
                            "SELECT id, number, kind, title, body, comments, resolution"
                            " FROM agenda_items WHERE meeting_id = ?1 AND parent_id IS ?2"
                            " ORDER BY sort_order, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  if (parent)
    sqlite3_bind_int64 (stmt, 2, parent);
  else
    sqlite3_bind_null (stmt, 2);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsMeetingAgendaItem *a = g_new0 (PrsMeetingAgendaItem, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->depth = depth;
      a->number = col_text (stmt, 1);
      a->kind = sqlite3_column_int (stmt, 2);
      a->title = col_text (stmt, 3);
      a->body = col_text (stmt, 4);
      a->comments = col_text (stmt, 5);
      a->resolution = col_text (stmt, 6);
      g_ptr_array_add (info->agenda, a);
      /* Children right after their parent. */
      if (!load_agenda (store, info, a->id, depth + 1, error))
        return FALSE;
    }
  return prs_store_step_done (store, rc, error);
}

PrsMeetingInfo *
prs_meetings_load (PrsStore *store,
                   gint64    meeting_id,
                   GError  **error)
{
  g_autoptr (PrsMeetingInfo) info = g_new0 (PrsMeetingInfo, 1);
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  info->seats = g_ptr_array_new_with_free_func (seat_free);
  info->guests = g_ptr_array_new_with_free_func (guest_free);
  info->agenda = g_ptr_array_new_with_free_func (agenda_free);
  info->attachments = g_ptr_array_new_with_free_func (g_free);
  info->id = meeting_id;

  stmt = prs_store_prepare (store,
                            "SELECT m.committee_id, c.name, c.kind, c.delegate_paid, m.number,"
                            " m.year_be, m.date, m.start_time, m.end_time, m.venue, m.mode,"
                            " m.status, m.minute_takers, m.reviewer"
                            " FROM meetings m JOIN committees c ON c.id = m.committee_id"
                            " WHERE m.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                     _("There is no such meeting (it may have been deleted)."));
      return NULL;
    }
  info->committee_id = sqlite3_column_int64 (stmt, 0);
  info->committee_name = col_text (stmt, 1);
  info->committee_kind = col_text (stmt, 2);
  info->delegate_paid = sqlite3_column_int (stmt, 3) != 0;
  info->number = sqlite3_column_int (stmt, 4);
  info->year_be = sqlite3_column_int (stmt, 5);
  info->date = col_text_or_null (stmt, 6);
  info->start_time = col_text_or_null (stmt, 7);
  info->end_time = col_text_or_null (stmt, 8);
  info->venue = col_text (stmt, 9);
  info->mode = col_text (stmt, 10);
  info->status = col_text (stmt, 11);
  info->minute_takers = col_text (stmt, 12);
  info->reviewer = col_text (stmt, 13);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Seats in term on the date, with their attendance. */
  stmt = prs_store_prepare (store,
                            "SELECT cm.id,"
                            " CASE WHEN cm.person_id IS NOT NULL THEN"
                            "   trim (p.prefix || p.first_name || ' ' || p.last_name)"
                            "   ELSE cm.outside_name END,"
                            " " STAFF_POSITION ","
                            " cm.seat_position, cm.role, cm.role_title,"
                            " a.status, a.delegate_name, a.acting_chair, a.match,"
                            " a.attendee_name, a.attendee_position, coalesce (cm.person_id, 0)"
                            " FROM committee_members cm"
                            " LEFT JOIN people p ON p.id = cm.person_id"
                            " LEFT JOIN units u ON u.id = p.unit_id"
                            " LEFT JOIN attendance a ON a.member_id = cm.id AND a.meeting_id = ?2"
                            " WHERE cm.committee_id = ?1"
                            "  AND (?3 IS NULL OR cm.term_start IS NULL OR cm.term_start = ''"
                            "       OR cm.term_start <= ?3)"
                            "  AND (?3 IS NULL OR cm.term_end IS NULL OR cm.term_end = ''"
                            "       OR cm.term_end >= ?3)"
                            " ORDER BY cm.sort_order, cm.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, info->committee_id);
  sqlite3_bind_int64 (stmt, 2, meeting_id);
  if (info->date)
    sqlite3_bind_text (stmt, 3, info->date, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsMeetingSeat *s = g_new0 (PrsMeetingSeat, 1);
      g_autofree char *seat_position = col_text (stmt, 3);

      s->member_id = sqlite3_column_int64 (stmt, 0);
      s->name = col_text (stmt, 1);
      s->position = col_text (stmt, 2);
      s->seat = *seat_position != '\0';
      if (s->seat)
        {
          g_free (s->position);
          s->position = g_strdup (seat_position);
          if (*s->name == '\0')
            {
              g_free (s->name);
              s->name = g_strdup (seat_position);
            }
        }
      s->role = col_text (stmt, 4);
      s->role_title = col_text (stmt, 5);
      if (*s->role_title == '\0')
        {
          g_free (s->role_title);
          s->role_title = g_strdup (prs_meeting_role_title (s->role));
        }
      s->voting = role_votes (s->role, s->role_title);
      s->status = col_text (stmt, 6);
      s->delegate_name = col_text (stmt, 7);
      s->acting_chair = sqlite3_column_int (stmt, 8) != 0;
      s->match = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? g_strdup ("") : col_text (stmt, 9);
      s->attendee_name = col_text (stmt, 10);
      s->attendee_position = col_text (stmt, 11);
      s->person_id = sqlite3_column_int64 (stmt, 12);
      /* The list named the post, the roster its holder ("ผู้อำนวยการ… (นายก ข)"): the
       * seat shows who holds it. */
      if (s->seat && !g_str_equal (s->name, s->position)
          && prs_name_looks_like_position (s->attendee_name))
        {
          g_free (s->attendee_name);
          s->attendee_name = g_strdup (s->name);
        }

      info->n_members++;
      if (s->voting)
        info->n_voting++;
      if (g_str_equal (s->status, "present"))
        {
          info->n_present++;
          if (s->voting)
            info->n_quorum_count++;
        }
      else
        {
          info->n_absent++;
          if (g_str_equal (s->status, "delegate"))
            {
              info->n_delegates++;
              if (s->voting && s->seat)
                info->n_quorum_count++;
            }
        }
      g_ptr_array_add (info->seats, s);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);
  info->quorum = info->n_voting > 0 && info->n_quorum_count * 2 > info->n_voting;

  stmt = prs_store_prepare (store,
                            "SELECT name, position FROM guests WHERE meeting_id = ?1"
                            " ORDER BY sort_order, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsMeetingGuest *g = g_new0 (PrsMeetingGuest, 1);

      g->name = col_text (stmt, 0);
      g->position = col_text (stmt, 1);
      g_ptr_array_add (info->guests, g);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!load_agenda (store, info, 0, 0, error))
    return NULL;

  stmt = prs_store_prepare (store,
                            "SELECT title FROM meeting_attachments WHERE meeting_id = ?1"
                            " ORDER BY number", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (info->attachments, col_text (stmt, 0));
  if (!prs_store_step_done (store, rc, error))
    return NULL;

  return g_steal_pointer (&info);
}

/* ----------------------------------------------------------------- saving */

int
prs_meetings_next_number (PrsStore *store,
                          gint64    committee_id,
                          int       year_be,
                          GError  **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT coalesce (max (number), 0) + 1 FROM meetings WHERE committee_id = ?1 AND year_be = ?2", error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  sqlite3_bind_int (stmt, 2, year_be);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0);
  return prs_store_step_done (store, rc, error) ? 1 : 0;
}

static gboolean
valid_time (const char *t)
{
  int h, m;

  return t == NULL || *t == '\0' || (strlen (t) == 5 && sscanf (t, "%2d:%2d", &h, &m) == 2
                                      && h >= 0 && h < 24 && m >= 0 && m < 60);
}

gint64
prs_meetings_save (PrsStore             *store,
                   const PrsMeetingInfo *info,
                   GError              **error)
{
  g_autoptr (GHashTable) parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 id = info->id;
  gint64 other;
  PrsDate d;

  if (info->number < 1 || info->year_be < 2400 || info->year_be > 2800)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The meeting needs a number and a Buddhist Era year, such as 2/2568."));
      return 0;
    }
  if (info->date && *info->date && !prs_date_parse (info->date, &d, NULL))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not a date."), info->date);
      return 0;
    }
  if (!valid_time (info->start_time) || !valid_time (info->end_time))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Times are written HH:MM, such as 09:30."));
      return 0;
    }
  other = prs_meetings_find (store, info->committee_id, info->number, info->year_be, NULL);
  if (other != 0 && other != id)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CONSTRAINT,
                   _("Meeting %d/%d of this committee already exists."), info->number, info->year_be);
      return 0;
    }
  if (!prs_store_begin_edit (store, id ? _("Edit meeting") : _("Add meeting"), error))
    return 0;
  {
    g_autofree char *iso = info->date && *info->date ? prs_date_to_iso (&d) : NULL;
    const char *start = info->start_time && *info->start_time ? info->start_time : NULL;
    const char *end = info->end_time && *info->end_time ? info->end_time : NULL;

    if (id == 0)
      id = prs_store_insert (store, "meetings", error,
                             "committee_id", PRS_INT (info->committee_id),
                             "number", PRS_INT (info->number), "year_be", PRS_INT (info->year_be),
                             NULL);
    if (id == 0
        || !prs_store_update (store, "meetings", id, error,
                              "number", PRS_INT (info->number), "year_be", PRS_INT (info->year_be),
                              "date", PRS_TEXT (iso), "start_time", PRS_TEXT (start),
                              "end_time", PRS_TEXT (end), "venue", PRS_TEXT (info->venue ? info->venue : ""),
                              "mode", PRS_TEXT (info->mode && *info->mode ? info->mode : "onsite"),
                              "status", PRS_TEXT (info->status && *info->status ? info->status : "held"),
                              "minute_takers", PRS_TEXT (info->minute_takers ? info->minute_takers : ""),
                              "reviewer", PRS_TEXT (info->reviewer ? info->reviewer : ""), NULL))
      goto fail;
  }
  if (!prs_store_execute (store, error, "DELETE FROM guests WHERE meeting_id = ?1", PRS_INT (id), PRS_VALUE_END)
      || !prs_store_execute (store, error, "DELETE FROM agenda_items WHERE meeting_id = ?1", PRS_INT (id),
                             PRS_VALUE_END))
    goto fail;
  for (guint i = 0; info->guests && i < info->guests->len; i++)
    {
      PrsMeetingGuest *g = info->guests->pdata[i];

      if (g->name == NULL || *g->name == '\0')
        continue;
      if (prs_store_insert (store, "guests", error, "meeting_id", PRS_INT (id),
                            "name", PRS_TEXT (g->name), "position", PRS_TEXT (g->position ? g->position : ""),
                            "sort_order", PRS_INT (i + 1), NULL) == 0)
        goto fail;
    }
  for (guint i = 0; info->agenda && i < info->agenda->len; i++)
    {
      PrsMeetingAgendaItem *a = info->agenda->pdata[i];
      g_autofree char *number = prs_digits_to_arabic (a->number ? a->number : "");
      char *dot = strrchr (number, '.');
      gint64 parent = 0, item;
      int kind;

      g_strstrip (number);
      /* "2." is 2; "๒.๑" is 2.1. */
      while (*number && number[strlen (number) - 1] == '.')
        number[strlen (number) - 1] = '\0';
      dot = strrchr (number, '.');
      if (dot)
        {
          g_autofree char *up = g_strndup (number, (gsize) (dot - number));

          parent = GPOINTER_TO_SIZE (g_hash_table_lookup (parents, up));
        }
      kind = CLAMP (atoi (number), 1, 6);
      item = prs_store_insert (store, "agenda_items", error, "meeting_id", PRS_INT (id),
                               "parent_id", PRS_ID (parent), "sort_order", PRS_INT (i),
                               "number", PRS_TEXT (number), "kind", PRS_INT (kind),
                               "title", PRS_TEXT (a->title ? a->title : ""),
                               "body", PRS_TEXT (a->body ? a->body : ""),
                               "comments", PRS_TEXT (a->comments ? a->comments : ""),
                               "resolution", PRS_TEXT (a->resolution ? a->resolution : ""), NULL);
      if (item == 0)
        goto fail;
      if (*number)
        g_hash_table_insert (parents, g_strdup (number), GSIZE_TO_POINTER ((gsize) item));
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;

fail:
  prs_store_cancel_edit (store);
  return 0;
}

/* --------------------------------------------------------------- attendance */

gboolean
prs_meetings_set_attendance (PrsStore   *store,
                             gint64      meeting_id,
                             gint64      member_id,
                             const char *status,
                             const char *delegate_name,
                             gboolean    acting_chair,
                             GError    **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  gint64 row = 0;
  int rc;

  stmt = prs_store_prepare (store,
                            "SELECT id FROM attendance WHERE meeting_id = ?1 AND member_id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, member_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    row = sqlite3_column_int64 (stmt, 0);
  else if (!prs_store_step_done (store, rc, error))
    return FALSE;
  if (status == NULL)
    return row == 0 || prs_store_delete (store, "attendance", row, error);
  if (row)
    return prs_store_update (store, "attendance", row, error,
                             "status", PRS_TEXT (status),
                             "delegate_name", PRS_TEXT (delegate_name ? delegate_name : ""),
                             "acting_chair", PRS_BOOL (acting_chair), NULL);
  return prs_store_insert (store, "attendance", error,
                           "meeting_id", PRS_INT (meeting_id),
                           "member_id", PRS_INT (member_id),
                           "status", PRS_TEXT (status),
                           "delegate_name", PRS_TEXT (delegate_name ? delegate_name : ""),
                           "acting_chair", PRS_BOOL (acting_chair), NULL) > 0;
}

gboolean
prs_meetings_mark_all_present (PrsStore *store,
                               gint64    meeting_id,
                               GError  **error)
{
  g_autoptr (PrsMeetingInfo) info = prs_meetings_load (store, meeting_id, error);

  if (info == NULL)
    return FALSE;
  if (!prs_store_begin_edit (store, _("Mark everyone present"), error))
    return FALSE;
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      if (!prs_meetings_set_attendance (store, meeting_id, s->member_id, "present", "",
                                        s->acting_chair, error))
        {
          prs_store_cancel_edit (store);
          return FALSE;
        }
    }
  return prs_store_end_edit (store, error);
}

/* --------------------------------------------------------------- allowances */

static void
allowance_line_free (gpointer data)
{
  PrsAllowanceLine *l = data;

  g_free (l->name);
  g_free (l->role);
  g_free (l->role_title);
  g_free (l->note);
  g_free (l);
}

/* The rate of ROLE on DATE (latest effective date on or before it), -1 if none,
 * -2 with ERROR set when the rates could not be read (not "no rate": 0 baht). */
static gint64
rate_on (PrsStore *store, gint64 committee_id, const char *role, const char *date, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  stmt = prs_store_prepare (store,
                            "SELECT amount_satang FROM allowance_rates WHERE committee_id = ?1"
                            " AND role = ?2 AND effective_date <= ?3"
                            " ORDER BY effective_date DESC LIMIT 1", error);
  if (stmt == NULL)
    return -2;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  sqlite3_bind_text (stmt, 2, role, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date ? date : "9999-12-31", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return prs_store_step_done (store, rc, error) ? -1 : -2;
}

/* The role's own rate, else the fall-backs described in the header. */
static gint64
paid_rate (PrsStore *store, gint64 committee_id, const char *role, const char *date, GError **error)
{
  gint64 r = rate_on (store, committee_id, role, date, error);
  gint64 member;

  if (r >= 0 || r == -2)
    return r;
  member = rate_on (store, committee_id, PRS_ROLE_MEMBER, date, error);
  if (member < 0)
    return member;
  if (g_str_equal (role, PRS_ROLE_CHAIR))
    return prs_allowance_chair_rate (member);
  return member;
}

GPtrArray *
prs_meetings_allowance (PrsStore             *store,
                        const PrsMeetingInfo *info,
                        gint64               *total,
                        GPtrArray           **missing,
                        GError              **error)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (allowance_line_free);
  gint64 sum = 0;
  guint acting = 0;
  gboolean chair_present = FALSE;

  if (missing)
    *missing = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      if (s->acting_chair)
        acting++;
      if (g_str_equal (s->role, PRS_ROLE_CHAIR) && g_str_equal (s->status, "present"))
        chair_present = TRUE;
    }
  if (acting > 1)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("More than one member is marked as acting chair."));
      g_ptr_array_unref (lines);
      return NULL;
    }
  if (acting == 1 && chair_present)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A member is marked as acting chair while the chair is present."));
      g_ptr_array_unref (lines);
      return NULL;
    }

  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];
      gboolean present = g_str_equal (s->status, "present");
      gboolean delegate = g_str_equal (s->status, "delegate") && info->delegate_paid
                          && *s->delegate_name != '\0';
      const char *paid_as = s->acting_chair && present ? PRS_ROLE_CHAIR : s->role;
      PrsAllowanceLine *l;
      gint64 rate;

      if (!present && !delegate)
        continue;
      rate = paid_rate (store, info->committee_id, paid_as, info->date, error);
      if (rate == -2)
        {
          g_ptr_array_unref (lines);
          return NULL;
        }
      if (rate < 0)
        {
          if (missing)
            g_ptr_array_add (*missing, g_strdup (paid_as));
          rate = 0;
        }
      l = g_new0 (PrsAllowanceLine, 1);
      l->member_id = s->member_id;
      l->name = g_strdup (delegate ? s->delegate_name
                                   : (*s->attendee_name && s->seat ? s->attendee_name : s->name));
      l->role = g_strdup (s->role);
      l->role_title = g_strdup (s->role_title);
      if (s->acting_chair && present)
        l->note = g_strdup ("ทำหน้าที่ประธานในที่ประชุม");
      else if (delegate)
        l->note = g_strdup_printf ("ผู้แทน %s", s->name);
      else
        l->note = g_strdup ("");
      l->satang = rate;
      sum += rate;
      g_ptr_array_add (lines, l);
    }
  if (total)
    *total = sum;
  return lines;
}

static void
summary_line_free (gpointer data)
{
  PrsAllowanceSummaryLine *l = data;

  g_free (l->name);
  g_free (l->committee);
  g_free (l);
}

GPtrArray *
prs_meetings_year_summary (PrsStore *store,
                           gint64    committee_id,
                           int       fiscal_year,
                           GError  **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (summary_line_free);
  PrsDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int rc;

  prs_fiscal_year_range (fiscal_year, &first, &last);
  from = prs_date_to_iso (&first);
  to = prs_date_to_iso (&last);
  stmt = prs_store_prepare (store,
                            "SELECT id FROM meetings WHERE date BETWEEN ?1 AND ?2"
                            " AND (?3 = 0 OR committee_id = ?3) AND status <> 'cancelled'"
                            " ORDER BY committee_id, date, number", error);
  if (stmt == NULL)
    {
      g_ptr_array_unref (out);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, committee_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (PrsMeetingInfo) info = prs_meetings_load (store, sqlite3_column_int64 (stmt, 0), error);
      g_autoptr (GPtrArray) lines = NULL;

      if (info == NULL)
        {
          g_ptr_array_unref (out);
          return NULL;
        }
      lines = prs_meetings_allowance (store, info, NULL, NULL, error);
      if (lines == NULL)
        {
          g_prefix_error (error, _("Meeting %d/%d: "), info->number, info->year_be);
          g_ptr_array_unref (out);
          return NULL;
        }
      for (guint i = 0; i < lines->len; i++)
        {
          PrsAllowanceLine *l = lines->pdata[i];
          g_autofree char *norm = prs_name_normalise (l->name);
          char *key = g_strdup_printf ("%" G_GINT64_FORMAT "\t%s", info->committee_id, norm);
          PrsAllowanceSummaryLine *s = g_hash_table_lookup (index, key);

          if (s == NULL)
            {
              s = g_new0 (PrsAllowanceSummaryLine, 1);
              s->name = g_strdup (l->name);
              s->committee = g_strdup (info->committee_name);
              g_ptr_array_add (out, s);
              g_hash_table_insert (index, key, s);
            }
          else
            g_free (key);
          s->meetings++;
          s->satang += l->satang;
        }
    }
  if (!prs_store_step_done (store, rc, error))
    {
      g_ptr_array_unref (out);
      return NULL;
    }
  return out;
}
