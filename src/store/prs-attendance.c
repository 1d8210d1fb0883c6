/* prs-attendance.c: a row of `attendance`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-attendance.h"
#include "prs-record-private.h"

struct _PrsAttendance
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsAttendance, prs_attendance, PRS_TYPE_RECORD)

enum { F_MEETING_ID, F_MEMBER_ID, F_PERSON_ID, F_STATUS, F_DELEGATE_NAME, F_ACTING_CHAIR, F_NOTE };

static const PrsField fields[] = {
  { "meeting-id", "meeting_id", PRS_FIELD_INT, NULL },
  { "member-id", "member_id", PRS_FIELD_INT, NULL },
  { "person-id", "person_id", PRS_FIELD_INT, NULL },
  { "status", "status", PRS_FIELD_ENUM, prs_attendance_status_get_type },
  { "delegate-name", "delegate_name", PRS_FIELD_TEXT, NULL },
  { "acting-chair", "acting_chair", PRS_FIELD_BOOL, NULL },
  { "note", "note", PRS_FIELD_TEXT, NULL },
};

static void
prs_attendance_class_init (PrsAttendanceClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "attendance", "id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_attendance_init (PrsAttendance *self)
{
}

gint64
prs_attendance_get_meeting_id (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_MEETING_ID);
}

gint64
prs_attendance_get_member_id (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_MEMBER_ID);
}

gint64
prs_attendance_get_person_id (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PERSON_ID);
}

PrsAttendanceStatus
prs_attendance_get_status (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return (PrsAttendanceStatus) prs_record_get_enum_at (PRS_RECORD (self), F_STATUS);
}

const char *
prs_attendance_get_delegate_name (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_DELEGATE_NAME);
}

gboolean
prs_attendance_get_acting_chair (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ACTING_CHAIR) != 0;
}

const char *
prs_attendance_get_note (PrsAttendance *self)
{
  g_return_val_if_fail (PRS_IS_ATTENDANCE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NOTE);
}
