/* prs-allowance.h: meeting allowances (เบี้ยประชุม)
 *
 * Contract: pure computation on plain data, all amounts in satang. A rate table holds
 * per-role rates, each with the date it takes effect; the rate for a meeting is the one
 * with the latest effective date on or before the meeting date. Only attendees who were
 * present are paid, once per meeting; a member chairing in the chair's absence (acting
 * chair) is paid the chair's rate. A delegate attending for a member is passed in with
 * the role being paid for. Missing rates and inconsistent attendance are errors
 * (PRS_CORE_ERROR_NOT_FOUND / PRS_CORE_ERROR_PARSE), never a silent zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prs-date.h"

G_BEGIN_DECLS

typedef enum
{
  PRS_MEMBER_ROLE_CHAIR,               /* ประธานกรรมการ */
  PRS_MEMBER_ROLE_VICE_CHAIR,          /* รองประธานกรรมการ */
  PRS_MEMBER_ROLE_MEMBER,              /* กรรมการ */
  PRS_MEMBER_ROLE_MEMBER_SECRETARY,    /* กรรมการและเลขานุการ */
  PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY, /* กรรมการและผู้ช่วยเลขานุการ */
  PRS_MEMBER_ROLE_ASSISTANT_SECRETARY, /* ผู้ช่วยเลขานุการ */
  PRS_MEMBER_ROLE_SECRETARY,           /* เลขานุการ (not a member) */
  PRS_MEMBER_ROLE_ADVISOR,             /* ที่ปรึกษา */
  PRS_MEMBER_ROLE_N_ROLES
} PrsMemberRole;

/* The Thai title of ROLE ("ประธานกรรมการ"); NULL if out of range. */
const char   *prs_member_role_to_thai   (PrsMemberRole role);
/* A stable ASCII key for storage ("chair", "member-secretary"); NULL if out of range. */
const char   *prs_member_role_to_key    (PrsMemberRole role);
/* Reads a Thai title (common variants: ประธาน, รองประธาน, กรรมการและเลขานุการ …) or a key.
 * Returns FALSE if TEXT names no role. */
gboolean      prs_member_role_parse     (const char    *text,
                                         PrsMemberRole *role);

/* --- rate table --- */

typedef struct _PrsAllowanceTable PrsAllowanceTable;

PrsAllowanceTable *prs_allowance_table_new   (void);
void               prs_allowance_table_free  (PrsAllowanceTable *table);
/* Sets ROLE's rate from EFFECTIVE (inclusive) on; a later call for the same role and
 * date replaces the earlier. */
void               prs_allowance_table_set_rate (PrsAllowanceTable *table,
                                                 PrsMemberRole      role,
                                                 const PrsDate     *effective,
                                                 gint64             satang);
/* The rate of ROLE on DATE; PRS_CORE_ERROR_NOT_FOUND if none is in effect. */
gboolean           prs_allowance_table_lookup   (const PrsAllowanceTable *table,
                                                 PrsMemberRole            role,
                                                 const PrsDate           *date,
                                                 gint64                  *satang,
                                                 GError                 **error);
/* The ethics-committee rates of the Ministry of Finance letter of 8 Feb 2566:
 * member, member and secretary, member and assistant secretary 1,600 baht; chair
 * 2,000 baht; in effect from 2023-02-08. */
PrsAllowanceTable *prs_allowance_table_new_ethics_2566 (void);
/* The chair's rate derived from a member's: the member rate plus a quarter, rounded
 * half up to the satang (1,600 -> 2,000). */
gint64             prs_allowance_chair_rate (gint64 member_satang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsAllowanceTable, prs_allowance_table_free)

/* --- meetings --- */

typedef struct
{
  gint64        person_id;
  PrsMemberRole role;
  gboolean      present;
  gboolean      acting_chair; /* chaired the meeting in the chair's absence */
} PrsAllowanceAttendee;

typedef struct
{
  gint64                      meeting_id;
  PrsDate                     date;
  const PrsAllowanceAttendee *attendees;
  guint                       n_attendees;
} PrsAllowanceMeeting;

/* One payment on a claim sheet. */
typedef struct
{
  gint64        person_id;
  PrsMemberRole role;      /* the role on the committee */
  PrsMemberRole paid_as;   /* CHAIR for an acting chair, otherwise ROLE */
  gint64        satang;
} PrsAllowancePayment;

/* The payments of one meeting (a GArray of PrsAllowancePayment, attendees' order,
 * absentees left out) and their total. Errors: a person listed twice, more than one
 * acting chair, an acting chair while the chair is present, an absent acting chair,
 * or a role without a rate on that date. */
GArray   *prs_allowance_meeting (const PrsAllowanceTable   *table,
                                 const PrsAllowanceMeeting *meeting,
                                 gint64                    *total,
                                 GError                   **error);

typedef struct
{
  gint64 person_id;
  int    fiscal_year; /* BE */
  guint  meetings;    /* meetings paid */
  gint64 satang;
} PrsAllowancePersonTotal;

typedef struct
{
  int    fiscal_year; /* BE */
  guint  meetings;    /* meetings held */
  guint  payments;
  gint64 satang;
} PrsAllowanceYearTotal;

/* Totals over MEETINGS per person and fiscal year (a GArray of PrsAllowancePersonTotal
 * sorted by fiscal year, then person id) and, if YEARS is not NULL, per fiscal year
 * (a new GArray of PrsAllowanceYearTotal, by year). Fails like prs_allowance_meeting,
 * naming the meeting. */
GArray   *prs_allowance_totals  (const PrsAllowanceTable   *table,
                                 const PrsAllowanceMeeting *meetings,
                                 guint                      n_meetings,
                                 GArray                   **years,
                                 GError                   **error);

G_END_DECLS
