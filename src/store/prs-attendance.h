/* prs-attendance.h: a row of `attendance`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ATTENDANCE (prs_attendance_get_type ())
G_DECLARE_FINAL_TYPE (PrsAttendance, prs_attendance, PRS, ATTENDANCE, PrsRecord)

gint64 prs_attendance_get_meeting_id (PrsAttendance *self);
gint64 prs_attendance_get_member_id (PrsAttendance *self);
gint64 prs_attendance_get_person_id (PrsAttendance *self);
PrsAttendanceStatus prs_attendance_get_status (PrsAttendance *self);
const char *prs_attendance_get_delegate_name (PrsAttendance *self);
gboolean prs_attendance_get_acting_chair (PrsAttendance *self);
const char *prs_attendance_get_note (PrsAttendance *self);

G_END_DECLS
