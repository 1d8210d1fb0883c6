/* prs-committee-member.h: a row of `committee_members`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_COMMITTEE_MEMBER (prs_committee_member_get_type ())
G_DECLARE_FINAL_TYPE (PrsCommitteeMember, prs_committee_member, PRS, COMMITTEE_MEMBER, PrsRecord)

gint64 prs_committee_member_get_committee_id (PrsCommitteeMember *self);
gint64 prs_committee_member_get_person_id (PrsCommitteeMember *self);
const char *prs_committee_member_get_outside_name (PrsCommitteeMember *self);
const char *prs_committee_member_get_outside_position (PrsCommitteeMember *self);
PrsMemberRole prs_committee_member_get_role (PrsCommitteeMember *self);
gint64 prs_committee_member_get_sort_order (PrsCommitteeMember *self);
const char *prs_committee_member_get_term_start (PrsCommitteeMember *self);
const char *prs_committee_member_get_term_end (PrsCommitteeMember *self);

G_END_DECLS
