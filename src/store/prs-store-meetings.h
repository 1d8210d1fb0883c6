/* prs-store-meetings.h: committees, meetings, attendance, agenda and allowances
 *
 * Typed reads and edits over the committees … meeting_attachments tables. Every edit
 * goes through the store's edit API (one undo step each).
 *
 * Counting rules (also printed by `prongsai-cli meeting --help`):
 * - The members of a meeting are the committee's seats in term on its date
 *   (term_start and term_end empty or around the date), in roster order.
 * - present: members who attended in person (an acting chair is present).
 *   absent: every other member — absent, on leave, sent a delegate, or not listed;
 *   this is the minutes' ผู้ไม่มาประชุม list. delegates: those of the absent members
 *   who sent a delegate ("มอบหมาย …"). present + absent = members.
 * - guests: the ผู้เข้าร่วมประชุม list as given (a delegate listed there too counts
 *   there too; delegates are not added to it by themselves).
 * - quorum: more than half of the voting members present. Voting members are all
 *   seats except a non-member assistant secretary (role title ผู้ช่วยเลขานุการ
 *   alone). A delegate counts for a seat held by a post (the post's delegate stands
 *   in for the office), never for a member appointed by name. Exactly half is no
 *   quorum.
 * - Allowances: members present are paid their role's rate in effect on the meeting
 *   date (a vice chair, member and secretary or assistant secretary without a rate of
 *   their own gets the member rate; a chair without one gets the member rate plus a
 *   quarter); an acting chair gets the chair's rate; a delegate gets the member's rate
 *   only if the committee pays delegates; guests and absentees nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

/* Role keys as stored and as the CLI spells them. */
#define PRS_ROLE_CHAIR "chair"
#define PRS_ROLE_VICE_CHAIR "vice_chair"
#define PRS_ROLE_MEMBER "member"
#define PRS_ROLE_MEMBER_SECRETARY "member_secretary"
#define PRS_ROLE_ASSISTANT_SECRETARY "assistant_secretary"

/* The Thai title of a role key ("ประธานกรรมการ"); the key itself if unknown. */
const char *prs_meeting_role_title (const char *role_key);

/* "2/2568", "๒/๒๕๖๘", "2 / 2568" -> 2, 2568. */
gboolean    prs_meeting_parse_number (const char *text,
                                      int        *number,
                                      int        *year_be);

/* --- committees --- */

/* The committee named NAME (spaces, zero-width characters ignored), else
 * PRS_STORE_ERROR_NOT_FOUND. */
gint64      prs_meetings_find_committee (PrsStore   *store,
                                         const char *name,
                                         GError    **error);

/* Sets ROLE's rate from DATE (ISO; NULL = 1 Jan 1900) on: one undo step. */
gboolean    prs_meetings_set_rate       (PrsStore   *store,
                                         gint64      committee_id,
                                         const char *role_key,
                                         gint64      satang,
                                         const char *date,
                                         GError    **error);

/* Committees by name: a GPtrArray of PrsCommitteeRef. */
typedef struct
{
  gint64  id;
  char   *name;
} PrsCommitteeRef;

GPtrArray  *prs_meetings_list_committees (PrsStore *store,
                                          GError  **error);
/* The Buddhist-Era years of COMMITTEE_ID's meetings, newest first (a GArray of int). */
GArray     *prs_meetings_list_years      (PrsStore *store,
                                          gint64    committee_id,
                                          GError  **error);
/* The ids of COMMITTEE_ID's meetings numbered in YEAR_BE, by number (GArray of gint64). */
GArray     *prs_meetings_list            (PrsStore *store,
                                          gint64    committee_id,
                                          int       year_be,
                                          GError  **error);
/* The seats ever on COMMITTEE_ID, roster order: a GPtrArray of PrsMeetingSeat with
 * only member_id, name, position, seat, role, role_title and voting filled. */
GPtrArray  *prs_meetings_list_seats      (PrsStore *store,
                                          gint64    committee_id,
                                          GError  **error);

/* --- meetings --- */

gint64      prs_meetings_find           (PrsStore   *store,
                                         gint64      committee_id,
                                         int         number,
                                         int         year_be,
                                         GError    **error);

/* Adds meeting NUMBER/YEAR_BE (refused if it exists). Times HH:MM or NULL. */
gint64      prs_meetings_add            (PrsStore   *store,
                                         gint64      committee_id,
                                         int         number,
                                         int         year_be,
                                         const char *date,
                                         const char *start_time,
                                         const char *end_time,
                                         const char *venue,
                                         GError    **error);

typedef struct
{
  gint64    member_id;
  char     *name;           /* the member as the roster names them (with title) */
  char     *position;       /* the member's position, or the post of a post's seat */
  gboolean  seat;           /* a seat held by a post */
  char     *role;           /* key */
  char     *role_title;     /* Thai, as the order words it */
  gboolean  voting;
  /* attendance; status "" when the member is not listed */
  char     *status;         /* present, absent, leave, delegate */
  char     *delegate_name;
  gboolean  acting_chair;
  char     *match;          /* exact, close, "" */
  char     *attendee_name;  /* who sat (the post's holder), or "" */
  char     *attendee_position;
  gint64    person_id;      /* a staff member's person (People), 0 for an outside person */
} PrsMeetingSeat;

typedef struct
{
  char *name;
  char *position;
} PrsMeetingGuest;

typedef struct
{
  gint64     id;
  int        depth;       /* 0 = ระเบียบวาระที่ n */
  char      *number;      /* "2.1.1" (Arabic; the exporter chooses digits) */
  int        kind;        /* 1..6 */
  char      *title;
  char      *body;
  char      *comments;
  char      *resolution;
} PrsMeetingAgendaItem;

typedef struct
{
  gint64     id;
  gint64     committee_id;
  char      *committee_name;
  char      *committee_kind;
  gboolean   delegate_paid;
  int        number;
  int        year_be;
  char      *date;        /* ISO or NULL */
  char      *start_time;
  char      *end_time;
  char      *venue;
  char      *mode;
  char      *status;
  char      *minute_takers; /* lines "name<TAB>position" */
  char      *reviewer;      /* "name<TAB>position" */
  GPtrArray *seats;       /* PrsMeetingSeat, roster order */
  GPtrArray *guests;      /* PrsMeetingGuest, list order */
  GPtrArray *agenda;      /* PrsMeetingAgendaItem, tree order (pre-order) */
  GPtrArray *attachments; /* char * titles, by number (index 0 = เอกสารแนบ ๑) */
  guint      n_members;
  guint      n_present;
  guint      n_absent;
  guint      n_delegates;
  guint      n_voting;
  guint      n_quorum_count; /* voting members counted for the quorum */
  gboolean   quorum;
} PrsMeetingInfo;

PrsMeetingInfo *prs_meetings_load       (PrsStore   *store,
                                         gint64      meeting_id,
                                         GError    **error);
void            prs_meeting_info_free   (PrsMeetingInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsMeetingInfo, prs_meeting_info_free)

/* Writes INFO's meeting (a new one when INFO->id is 0, into INFO->committee_id):
 * number/year, date, times, venue, mode, status, minute-takers and reviewer, and
 * replaces its guests and agenda with INFO's (agenda nesting from the numbers: "2.1"
 * under "2"), all in one undo step. Seats, counts and attachments are ignored.
 * Returns the meeting's id, 0 on error (a number taken, a bad date or time). */
gint64      prs_meetings_save           (PrsStore             *store,
                                         const PrsMeetingInfo *info,
                                         GError              **error);
/* The next free number in YEAR_BE for COMMITTEE_ID (1 for the first); 0 with
 * ERROR set when the meetings could not be read. */
int         prs_meetings_next_number    (PrsStore   *store,
                                         gint64      committee_id,
                                         int         year_be,
                                         GError    **error);

/* Sets one member's attendance at a meeting (one undo step); STATUS NULL removes it. */
gboolean    prs_meetings_set_attendance (PrsStore   *store,
                                         gint64      meeting_id,
                                         gint64      member_id,
                                         const char *status,
                                         const char *delegate_name,
                                         gboolean    acting_chair,
                                         GError    **error);
/* Marks every member in term present (one undo step), keeping delegates' names off. */
gboolean    prs_meetings_mark_all_present (PrsStore *store,
                                           gint64    meeting_id,
                                           GError  **error);

/* --- allowances --- */

typedef struct
{
  gint64  member_id;
  char   *name;        /* who is paid (the delegate for a paid delegate) */
  char   *role;        /* the seat's role key */
  char   *role_title;
  char   *note;        /* "ทำหน้าที่ประธาน", "ผู้แทน …", "" */
  gint64  satang;
} PrsAllowanceLine;

/* The payments of a meeting (GPtrArray of PrsAllowanceLine, roster order) and their
 * TOTAL. Roles without any rate are paid 0 and named in MISSING (may be NULL). */
GPtrArray  *prs_meetings_allowance      (PrsStore        *store,
                                         const PrsMeetingInfo *info,
                                         gint64          *total,
                                         GPtrArray      **missing,
                                         GError         **error);

typedef struct
{
  char   *name;
  char   *committee;
  guint   meetings;
  gint64  satang;
} PrsAllowanceSummaryLine;

/* Per person per committee over the meetings of fiscal year FISCAL_YEAR (BE),
 * COMMITTEE_ID 0 for all: GPtrArray of PrsAllowanceSummaryLine by committee, name. */
GPtrArray  *prs_meetings_year_summary   (PrsStore   *store,
                                         gint64      committee_id,
                                         int         fiscal_year,
                                         GError    **error);

/* --- import (prs-store-meetings-import.c) --- */

typedef enum
{
  PRS_IMPORT_MATCH_EXACT,
  PRS_IMPORT_MATCH_CLOSE,
  PRS_IMPORT_MATCH_UNKNOWN,
  PRS_IMPORT_MATCH_GUEST,
} PrsImportMatch;

typedef struct
{
  guint          line;         /* 1-based line of the file */
  char          *typed_name;
  char          *position;
  char          *role;         /* roster: role key */
  char          *role_title;   /* roster: as typed */
  gboolean       seat;         /* roster: a post's seat */
  char          *holder;       /* roster: who holds the post's seat, as given in
                                * brackets ("ผู้อำนวยการ… (นายก ข)"), or NULL */
  char          *status;       /* attendance: present, absent, leave, delegate, guest */
  char          *delegate;
  gboolean       acting_chair;
  gint64         member_id;    /* attendance: the matched seat, 0 if none */
  char          *member_name;  /* its roster name */
  PrsImportMatch match;
  double         confidence;
  /* roster: the People match (prs-store-meetings-people.h) */
  gint64         person_id;
  char          *person_name;
  PrsImportMatch person_match;  /* EXACT, CLOSE, or UNKNOWN for an outside person */
  gboolean       person_confirmed;
} PrsImportLine;

typedef struct
{
  GPtrArray *lines;   /* PrsImportLine */
  GPtrArray *errors;  /* char *, each naming its line */
  GPtrArray *notes;   /* char *, warnings */
  guint      n_exact, n_close, n_unknown, n_guests;
} PrsImportPreview;

void              prs_import_preview_free (PrsImportPreview *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsImportPreview, prs_import_preview_free)

/* Reads an attendance cell as typed: "มา"/"present", "ไม่มา"/"absent", "ลา"/"leave",
 * "มอบหมาย นาย…"/"delegate: …", "ผู้เข้าร่วมประชุม"/"guest"; a mark of chairing
 * ("ทำหน้าที่ประธาน", "acting chair", "chair") makes an acting chair who is present.
 * Returns the status key, NULL for empty text, "" for text that is no status. */
const char       *prs_import_parse_status (const char *text,
                                           char      **delegate,
                                           gboolean   *acting_chair);

/* Reads rows of a CSV (UTF-8 or Windows-874), XLSX or text file (lines pasted out of
 * minutes). Returns a GPtrArray of GStrv rows, or NULL. */
GPtrArray        *prs_import_read_rows   (const char *path,
                                          GError    **error);

/* A roster: columns name (ชื่อ-สกุล), position (ตำแหน่ง), role (บทบาท /
 * ตำแหน่งในคณะกรรมการ); title rows and a list-number column are skipped; a file
 * without a header is read as name, position, role. */
PrsImportPreview *prs_import_roster_preview (GPtrArray *rows,
                                             GError   **error);
/* Creates the committee NAME (KIND) if it does not exist and adds or updates its
 * members from PREVIEW, in one undo step. Returns the committee id. */
gint64            prs_import_roster_apply   (PrsStore         *store,
                                             const char       *name,
                                             const char       *kind,
                                             PrsImportPreview *preview,
                                             GError          **error);

/* A meeting's attendance: columns name, status, delegate, position, acting_chair;
 * heading rows of the minutes (ผู้มาประชุม, ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม) set the
 * status of the rows under them. */
PrsImportPreview *prs_import_attendance_preview (PrsStore  *store,
                                                 gint64     meeting_id,
                                                 GPtrArray *rows,
                                                 GError   **error);
/* Replaces the meeting's attendance and guests with PREVIEW in one undo step. Fails
 * (writing nothing) if it has errors, or close matches and not ACCEPT_CLOSE. */
gboolean          prs_import_attendance_apply   (PrsStore         *store,
                                                 gint64            meeting_id,
                                                 PrsImportPreview *preview,
                                                 gboolean          accept_close,
                                                 GError          **error);

G_END_DECLS
