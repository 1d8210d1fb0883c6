/* prs-store-plans-events.h: the events held for an activity (date or range, venue,
 * onsite / online / hybrid, participants, cost)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *date;          /* ISO 8601, may be NULL */
  char   *end_date;      /* ISO 8601 for a range, else NULL */
  char   *venue;
  char   *mode;          /* "onsite", "online" or "hybrid" */
  gint64  participants;  /* -1: not known */
  gint64  cost_satang;
} PrsPlanEvent;

void       prs_plan_event_free   (PrsPlanEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsPlanEvent, prs_plan_event_free)

/* The events of activity @node_id by date; a GPtrArray of PrsPlanEvent. */
GPtrArray *prs_plan_events_list  (PrsStore     *store,
                                  gint64        node_id,
                                  GError      **error);

/* Adds an event, one undo step. @end_date may be NULL (one day); @mode one of
 * "onsite", "online", "hybrid"; @participants -1 when not known. */
gint64     prs_plan_event_add    (PrsStore     *store,
                                  gint64        node_id,
                                  const char   *date,
                                  const char   *end_date,
                                  const char   *venue,
                                  const char   *mode,
                                  gint64        participants,
                                  gint64        cost_satang,
                                  GError      **error);

/* Removes an event, one undo step. */
gboolean   prs_plan_event_remove (PrsStore     *store,
                                  gint64        event_id,
                                  GError      **error);

G_END_DECLS
