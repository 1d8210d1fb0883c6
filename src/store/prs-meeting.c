/* prs-meeting.c: a row of `meetings`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-meeting.h"
#include "prs-record-private.h"

struct _PrsMeeting
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsMeeting, prs_meeting, PRS_TYPE_RECORD)

enum { F_COMMITTEE_ID, F_NUMBER, F_YEAR_BE, F_DATE, F_START_TIME, F_END_TIME, F_VENUE, F_MODE, F_STATUS, F_MINUTE_TAKERS, F_REVIEWER };

static const PrsField fields[] = {
  { "committee-id", "committee_id", PRS_FIELD_INT, NULL },
  { "number", "number", PRS_FIELD_INT, NULL },
  { "year-be", "year_be", PRS_FIELD_INT, NULL },
  { "date", "date", PRS_FIELD_TEXT, NULL },
  { "start-time", "start_time", PRS_FIELD_TEXT, NULL },
  { "end-time", "end_time", PRS_FIELD_TEXT, NULL },
  { "venue", "venue", PRS_FIELD_TEXT, NULL },
  { "mode", "mode", PRS_FIELD_ENUM, prs_meeting_mode_get_type },
  { "status", "status", PRS_FIELD_ENUM, prs_meeting_status_get_type },
  { "minute-takers", "minute_takers", PRS_FIELD_TEXT, NULL },
  { "reviewer", "reviewer", PRS_FIELD_TEXT, NULL },
};

static void
prs_meeting_class_init (PrsMeetingClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "meetings", "date, year_be, number, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_meeting_init (PrsMeeting *self)
{
}

gint64
prs_meeting_get_committee_id (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_COMMITTEE_ID);
}

gint64
prs_meeting_get_number (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_NUMBER);
}

gint64
prs_meeting_get_year_be (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_YEAR_BE);
}

const char *
prs_meeting_get_date (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_DATE);
}

const char *
prs_meeting_get_start_time (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_START_TIME);
}

const char *
prs_meeting_get_end_time (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_END_TIME);
}

const char *
prs_meeting_get_venue (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_VENUE);
}

PrsMeetingMode
prs_meeting_get_mode (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return (PrsMeetingMode) prs_record_get_enum_at (PRS_RECORD (self), F_MODE);
}

PrsMeetingStatus
prs_meeting_get_status (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return (PrsMeetingStatus) prs_record_get_enum_at (PRS_RECORD (self), F_STATUS);
}

const char *
prs_meeting_get_minute_takers (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_MINUTE_TAKERS);
}

const char *
prs_meeting_get_reviewer (PrsMeeting *self)
{
  g_return_val_if_fail (PRS_IS_MEETING (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_REVIEWER);
}
