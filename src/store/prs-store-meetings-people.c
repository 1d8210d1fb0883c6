/* prs-store-meetings-people.c: committee members who are staff, allowance rates and
 * a meeting's attachments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-meetings-people.h"
#include "prs-store-people.h"
#include "prs-store-private.h"

static char *
col_text (PrsStatement *stmt, int col)
{
  const char *t = (const char *) sqlite3_column_text (stmt, col);

  return g_strdup (t ? t : "");
}

/* ---- members who are staff -------------------------------------------------- */

static GPtrArray *
all_people (PrsStore *store, GError **error)
{
  PrsPeopleFilter filter = { NULL, 0, 0, -1 };

  return prs_people_list (store, &filter, error);
}

gboolean
prs_import_roster_match_people (PrsStore         *store,
                                PrsImportPreview *preview,
                                GError          **error)
{
  g_autoptr (GPtrArray) people = all_people (store, error);
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GPtrArray) typed = g_ptr_array_new ();
  g_autoptr (GArray) result = NULL;
  g_autoptr (GPtrArray) lines = g_ptr_array_new ();
  PrsNameMatchOptions options = { 0.8, 0.05, FALSE };

  if (people == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (names, prs_person_row_display_name (people->pdata[i]));
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      l->person_id = 0;
      g_clear_pointer (&l->person_name, g_free);
      l->person_match = PRS_IMPORT_MATCH_UNKNOWN;
      l->person_confirmed = FALSE;
      if (l->seat || l->typed_name == NULL || *l->typed_name == '\0')
        continue;
      g_ptr_array_add (typed, l->typed_name);
      g_ptr_array_add (lines, l);
    }
  if (typed->len == 0 || names->len == 0)
    return TRUE;
  result = prs_names_match ((const char *const *) typed->pdata, typed->len,
                            (const char *const *) names->pdata, names->len, &options);
  for (guint i = 0; i < lines->len; i++)
    {
      PrsImportLine *l = lines->pdata[i];
      const PrsNameMatch *m = &g_array_index (result, PrsNameMatch, i);
      const PrsPersonRow *row;

      if (m->kind == PRS_NAME_MATCH_AMBIGUOUS && m->roster_index >= 0)
        {
          /* Two people alike (often the same name twice): link neither, but say so. */
          l->person_name = g_strdup (names->pdata[m->roster_index]);
          continue;
        }
      if ((m->kind != PRS_NAME_MATCH_EXACT && m->kind != PRS_NAME_MATCH_CLOSE)
          || m->roster_index < 0)
        continue;
      row = people->pdata[m->roster_index];
      l->person_id = row->id;
      l->person_name = g_strdup (names->pdata[m->roster_index]);
      l->person_match = m->kind == PRS_NAME_MATCH_EXACT ? PRS_IMPORT_MATCH_EXACT : PRS_IMPORT_MATCH_CLOSE;
    }
  return TRUE;
}

guint
prs_import_roster_confirm_people (PrsImportPreview *preview)
{
  guint n = 0;

  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      if (l->person_id && l->person_match == PRS_IMPORT_MATCH_CLOSE)
        {
          l->person_confirmed = TRUE;
          n++;
        }
    }
  return n;
}

void
prs_import_roster_count_people (PrsImportPreview *preview,
                                guint            *exact,
                                guint            *close,
                                guint            *outside)
{
  *exact = *close = *outside = 0;
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      if (l->seat)
        continue;
      if (l->person_id && l->person_match == PRS_IMPORT_MATCH_EXACT)
        (*exact)++;
      else if (l->person_id && l->person_match == PRS_IMPORT_MATCH_CLOSE)
        (*close)++;
      else
        (*outside)++;
    }
}

gboolean
prs_meetings_link_person (PrsStore   *store,
                          gint64      member_id,
                          gint64      person_id,
                          GError    **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT seat_position, outside_name FROM committee_members WHERE id = ?1", error);
  g_autofree char *seat = NULL;
  g_autofree char *outside = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                     _("There is no such committee member."));
      return FALSE;
    }
  seat = col_text (stmt, 0);
  outside = col_text (stmt, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (*seat != '\0' && person_id != 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is a seat held by a post: whoever holds the post sits, so it is not linked to one person."),
                   seat);
      return FALSE;
    }
  if (!prs_store_begin_edit (store, person_id ? _("Link member to person") : _("Unlink member from person"), error))
    return FALSE;
  if (person_id == 0 && *outside == '\0')
    {
      /* Linked when added: keep the person's name as the outside name. */
      g_autofree char *name = NULL;

      stmt = prs_store_prepare (store, "SELECT person_id FROM committee_members WHERE id = ?1", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, member_id);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          /* unreadable: an error, not "?" written as the member's name */
          name = prs_people_get_display_name (store, sqlite3_column_int64 (stmt, 0), error);
          if (name == NULL)
            goto fail;
        }
      else if (!prs_store_step_done (store, rc, error))
        goto fail;
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (name == NULL || *name == '\0')
        {
          g_free (name);
          name = g_strdup ("?");
        }
      if (!prs_store_update (store, "committee_members", member_id, error,
                             "outside_name", PRS_TEXT (name), NULL))
        goto fail;
    }
  if (!prs_store_update (store, "committee_members", member_id, error,
                         "person_id", PRS_ID (person_id), NULL))
    goto fail;
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

static int
score_cmp (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GHashTable *scores = user_data;
  double x = *(double *) g_hash_table_lookup (scores, *(gpointer *) a);
  double y = *(double *) g_hash_table_lookup (scores, *(gpointer *) b);

  return x < y ? 1 : x > y ? -1 : 0;
}

GPtrArray *
prs_meetings_person_candidates (PrsStore   *store,
                                const char *name,
                                guint       limit,
                                GError    **error)
{
  g_autoptr (GPtrArray) people = all_people (store, error);
  g_autoptr (GHashTable) scores = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  if (people == NULL)
    return NULL;
  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *display = prs_person_row_display_name (people->pdata[i]);
      double *score = g_new (double, 1);

      *score = prs_name_similarity (name ? name : "", display);
      g_hash_table_insert (scores, people->pdata[i], score);
    }
  g_ptr_array_sort_with_data (people, score_cmp, scores);
  if (people->len > limit)
    g_ptr_array_set_size (people, limit);
  return g_steal_pointer (&people);
}

/* ---- allowance rates -------------------------------------------------------- */

static void
rate_free (gpointer data)
{
  PrsAllowanceRate *r = data;

  g_free (r->role);
  g_free (r->date);
  g_free (r);
}

GPtrArray *
prs_meetings_list_rates (PrsStore *store, gint64 committee_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id, role, effective_date, amount_satang FROM allowance_rates WHERE committee_id = ?1"
      " ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2"
      "  WHEN 'member_secretary' THEN 3 WHEN 'assistant_secretary' THEN 4 ELSE 5 END,"
      " effective_date", error);
  g_autoptr (GPtrArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, committee_id);
  out = g_ptr_array_new_with_free_func (rate_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsAllowanceRate *r = g_new0 (PrsAllowanceRate, 1);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->role = col_text (stmt, 1);
      r->date = col_text (stmt, 2);
      r->satang = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (out, r);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

gboolean
prs_meetings_delete_rate (PrsStore *store, gint64 rate_id, GError **error)
{
  if (!prs_store_begin_edit (store, _("Remove allowance rate"), error))
    return FALSE;
  if (!prs_store_delete (store, "allowance_rates", rate_id, error))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  return prs_store_end_edit (store, error);
}

/* ---- attachments ------------------------------------------------------------ */

static void
attachment_free (gpointer data)
{
  PrsMeetingAttachment *a = data;

  g_free (a->title);
  g_free (a->path);
  g_free (a);
}

GPtrArray *
prs_meetings_list_attachments (PrsStore *store, gint64 meeting_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id, number, title, path FROM meeting_attachments WHERE meeting_id = ?1 ORDER BY number", error);
  g_autoptr (GPtrArray) out = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  out = g_ptr_array_new_with_free_func (attachment_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsMeetingAttachment *a = g_new0 (PrsMeetingAttachment, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->number = sqlite3_column_int (stmt, 1);
      a->title = col_text (stmt, 2);
      a->path = col_text (stmt, 3);
      g_ptr_array_add (out, a);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

gint64
prs_meetings_add_attachment (PrsStore   *store,
                             gint64      meeting_id,
                             const char *title,
                             const char *path,
                             GError    **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT coalesce (max (number), 0) + 1 FROM meeting_attachments WHERE meeting_id = ?1", error);
  g_autofree char *base = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (title ? title : ""));
  int number = 1;
  gint64 id;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    number = sqlite3_column_int (stmt, 0);
  else if (!prs_store_step_done (store, rc, error))
    return 0;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (*clean == '\0' && path && *path)
    {
      char *dot;

      base = g_path_get_basename (path);
      if ((dot = strrchr (base, '.')) != NULL && dot != base)
        *dot = '\0';
    }
  if (!prs_store_begin_edit (store, _("Add attachment"), error))
    return 0;
  id = prs_store_insert (store, "meeting_attachments", error,
                         "meeting_id", PRS_INT (meeting_id),
                         "number", PRS_INT (number),
                         "title", PRS_TEXT (*clean ? clean : base ? base : ""),
                         "path", PRS_TEXT (path ? path : ""), NULL);
  if (id == 0)
    {
      prs_store_cancel_edit (store);
      return 0;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return id;
}

gboolean
prs_meetings_remove_attachment (PrsStore *store, gint64 attachment_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT meeting_id, number FROM meeting_attachments WHERE id = ?1", error);
  g_autoptr (GArray) later = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 meeting;
  int number;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, attachment_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (prs_store_step_done (store, rc, error))
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, _("There is no such attachment."));
      return FALSE;
    }
  meeting = sqlite3_column_int64 (stmt, 0);
  number = sqlite3_column_int (stmt, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = prs_store_prepare (store,
      "SELECT id FROM meeting_attachments WHERE meeting_id = ?1 AND number > ?2 ORDER BY number", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting);
  sqlite3_bind_int (stmt, 2, number);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (later, id);
    }
  if (!prs_store_step_done (store, rc, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!prs_store_begin_edit (store, _("Remove attachment"), error))
    return FALSE;
  if (!prs_store_delete (store, "meeting_attachments", attachment_id, error))
    goto fail;
  /* Number the later ones down in order, so (meeting, number) stays unique. */
  for (guint i = 0; i < later->len; i++)
    if (!prs_store_update (store, "meeting_attachments", g_array_index (later, gint64, i), error,
                           "number", PRS_INT (number + (int) i), NULL))
      goto fail;
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}
