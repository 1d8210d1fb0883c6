/* prs-activity-event.h: a row of `activity_events`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ACTIVITY_EVENT (prs_activity_event_get_type ())
G_DECLARE_FINAL_TYPE (PrsActivityEvent, prs_activity_event, PRS, ACTIVITY_EVENT, PrsRecord)

gint64 prs_activity_event_get_node_id (PrsActivityEvent *self);
const char *prs_activity_event_get_date (PrsActivityEvent *self);
const char *prs_activity_event_get_title (PrsActivityEvent *self);
const char *prs_activity_event_get_venue (PrsActivityEvent *self);
gint64 prs_activity_event_get_participants (PrsActivityEvent *self);
gint64 prs_activity_event_get_cost_satang (PrsActivityEvent *self);

G_END_DECLS
