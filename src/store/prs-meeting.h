/* prs-meeting.h: a row of `meetings`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_MEETING (prs_meeting_get_type ())
G_DECLARE_FINAL_TYPE (PrsMeeting, prs_meeting, PRS, MEETING, PrsRecord)

gint64 prs_meeting_get_committee_id (PrsMeeting *self);
gint64 prs_meeting_get_number (PrsMeeting *self);
gint64 prs_meeting_get_year_be (PrsMeeting *self);
const char *prs_meeting_get_date (PrsMeeting *self);
const char *prs_meeting_get_start_time (PrsMeeting *self);
const char *prs_meeting_get_end_time (PrsMeeting *self);
const char *prs_meeting_get_venue (PrsMeeting *self);
PrsMeetingMode prs_meeting_get_mode (PrsMeeting *self);
PrsMeetingStatus prs_meeting_get_status (PrsMeeting *self);
const char *prs_meeting_get_minute_takers (PrsMeeting *self);
const char *prs_meeting_get_reviewer (PrsMeeting *self);

G_END_DECLS
