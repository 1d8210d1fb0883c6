/* prs-committee.h: a row of `committees`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_COMMITTEE (prs_committee_get_type ())
G_DECLARE_FINAL_TYPE (PrsCommittee, prs_committee, PRS, COMMITTEE, PrsRecord)

PrsCommitteeKind prs_committee_get_kind (PrsCommittee *self);
const char *prs_committee_get_name (PrsCommittee *self);
const char *prs_committee_get_order_number (PrsCommittee *self);
const char *prs_committee_get_order_date (PrsCommittee *self);
const char *prs_committee_get_term_start (PrsCommittee *self);
const char *prs_committee_get_term_end (PrsCommittee *self);

G_END_DECLS
