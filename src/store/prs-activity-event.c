/* prs-activity-event.c: a row of `activity_events`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-activity-event.h"
#include "prs-record-private.h"

struct _PrsActivityEvent
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsActivityEvent, prs_activity_event, PRS_TYPE_RECORD)

enum { F_NODE_ID, F_DATE, F_TITLE, F_VENUE, F_PARTICIPANTS, F_COST_SATANG };

static const PrsField fields[] = {
  { "node-id", "node_id", PRS_FIELD_INT, NULL },
  { "date", "date", PRS_FIELD_TEXT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "venue", "venue", PRS_FIELD_TEXT, NULL },
  { "participants", "participants", PRS_FIELD_NULLABLE_INT, NULL },
  { "cost-satang", "cost_satang", PRS_FIELD_INT, NULL },
};

static void
prs_activity_event_class_init (PrsActivityEventClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "activity_events", "date, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_activity_event_init (PrsActivityEvent *self)
{
}

gint64
prs_activity_event_get_node_id (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_NODE_ID);
}

const char *
prs_activity_event_get_date (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_DATE);
}

const char *
prs_activity_event_get_title (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

const char *
prs_activity_event_get_venue (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_VENUE);
}

gint64
prs_activity_event_get_participants (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARTICIPANTS);
}

gint64
prs_activity_event_get_cost_satang (PrsActivityEvent *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY_EVENT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_COST_SATANG);
}
