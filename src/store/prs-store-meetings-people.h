/* prs-store-meetings-people.h: committee members who are staff, allowance rates and
 * a meeting's attachments
 *
 * A member linked to a person of the People list (committee_members.person_id) takes
 * their name, position and unit from there; the name the roster typed stays in
 * outside_name, so unlinking gives the member back as the roster named them. Seats
 * held by a post are never linked (whoever holds the post sits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store-meetings.h"

G_BEGIN_DECLS

/* Matches each roster line of PREVIEW (not a post's seat) against the People list,
 * titles, spaces and zero-width characters ignored: fills person_id, person_name and
 * person_match (EXACT, CLOSE, or UNKNOWN for an outside person; UNKNOWN with a
 * person_name when two or more people match about equally well, so none is linked). Exact matches are
 * linked by prs_import_roster_apply(); close ones only once person_confirmed is set
 * (prs_import_roster_confirm_people() sets it for all of them). */
gboolean   prs_import_roster_match_people   (PrsStore         *store,
                                             PrsImportPreview *preview,
                                             GError          **error);
/* Marks every close person match of PREVIEW confirmed; returns how many. */
guint      prs_import_roster_confirm_people (PrsImportPreview *preview);
/* Counts PREVIEW's lines by person match. */
void       prs_import_roster_count_people   (PrsImportPreview *preview,
                                             guint            *exact,
                                             guint            *close,
                                             guint            *outside);

/* Links MEMBER_ID to PERSON_ID (0 unlinks: the member is an outside person again,
 * named as the roster typed them), one undo step. A post's seat is refused. */
gboolean   prs_meetings_link_person        (PrsStore   *store,
                                            gint64      member_id,
                                            gint64      person_id,
                                            GError    **error);

/* People whose names are closest to NAME, best first (at most LIMIT): a GPtrArray of
 * PrsPersonRow (prs-store-people.h). */
GPtrArray *prs_meetings_person_candidates  (PrsStore   *store,
                                            const char *name,
                                            guint       limit,
                                            GError    **error);

/* --- allowance rates --- */

typedef struct
{
  gint64  id;
  char   *role;        /* key */
  char   *date;        /* ISO effective date */
  gint64  satang;
} PrsAllowanceRate;

/* COMMITTEE_ID's rates by role (chair first), then date: GPtrArray of PrsAllowanceRate. */
GPtrArray *prs_meetings_list_rates         (PrsStore   *store,
                                            gint64      committee_id,
                                            GError    **error);
gboolean   prs_meetings_delete_rate        (PrsStore   *store,
                                            gint64      rate_id,
                                            GError    **error);

/* --- attachments (เอกสารแนบ ๑, ๒ …) --- */

typedef struct
{
  gint64  id;
  int     number;
  char   *title;
  char   *path;        /* the linked file (not copied into the workspace) */
} PrsMeetingAttachment;

GPtrArray *prs_meetings_list_attachments   (PrsStore   *store,
                                            gint64      meeting_id,
                                            GError    **error);
/* Adds the next numbered attachment; TITLE empty takes the file's name. */
gint64     prs_meetings_add_attachment     (PrsStore   *store,
                                            gint64      meeting_id,
                                            const char *title,
                                            const char *path,
                                            GError    **error);
/* Removes one and numbers the ones after it down, one undo step. */
gboolean   prs_meetings_remove_attachment  (PrsStore   *store,
                                            gint64      attachment_id,
                                            GError    **error);

G_END_DECLS
