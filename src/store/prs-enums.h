/* prs-enums.h: the enumerations stored as text in a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each value's nick is the text stored in the database.
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_STAFF_TYPE (prs_staff_type_get_type ())
GType prs_staff_type_get_type (void);

typedef enum
{
  PRS_COMMITTEE_KIND_ETHICS,
  PRS_COMMITTEE_KIND_MORALITY_WORKING_GROUP,
  PRS_COMMITTEE_KIND_ANTI_CORRUPTION_CENTRE,
  PRS_COMMITTEE_KIND_OTHER,
} PrsCommitteeKind;

#define PRS_TYPE_COMMITTEE_KIND (prs_committee_kind_get_type ())
GType prs_committee_kind_get_type (void);

typedef enum
{
  PRS_MEMBER_ROLE_CHAIR,
  PRS_MEMBER_ROLE_VICE_CHAIR,
  PRS_MEMBER_ROLE_MEMBER,
  PRS_MEMBER_ROLE_MEMBER_SECRETARY,
  PRS_MEMBER_ROLE_ASSISTANT_SECRETARY,
  PRS_MEMBER_ROLE_WORKING_GROUP,
} PrsMemberRole;

#define PRS_TYPE_MEMBER_ROLE (prs_member_role_get_type ())
GType prs_member_role_get_type (void);

typedef enum
{
  PRS_MEETING_MODE_ONSITE,
  PRS_MEETING_MODE_ONLINE,
  PRS_MEETING_MODE_HYBRID,
} PrsMeetingMode;

#define PRS_TYPE_MEETING_MODE (prs_meeting_mode_get_type ())
GType prs_meeting_mode_get_type (void);

typedef enum
{
  PRS_MEETING_STATUS_PLANNED,
  PRS_MEETING_STATUS_HELD,
  PRS_MEETING_STATUS_MINUTES_APPROVED,
  PRS_MEETING_STATUS_CANCELLED,
} PrsMeetingStatus;

#define PRS_TYPE_MEETING_STATUS (prs_meeting_status_get_type ())
GType prs_meeting_status_get_type (void);

typedef enum
{
  PRS_ATTENDANCE_STATUS_PRESENT,
  PRS_ATTENDANCE_STATUS_ABSENT,
  PRS_ATTENDANCE_STATUS_DELEGATE,
  PRS_ATTENDANCE_STATUS_LEAVE,
} PrsAttendanceStatus;

#define PRS_TYPE_ATTENDANCE_STATUS (prs_attendance_status_get_type ())
GType prs_attendance_status_get_type (void);

typedef enum
{
  PRS_PLAN_KIND_MORALITY,
  PRS_PLAN_KIND_ANTI_CORRUPTION,
  PRS_PLAN_KIND_INTERNAL_MEASURES,
} PrsPlanKind;

#define PRS_TYPE_PLAN_KIND (prs_plan_kind_get_type ())
GType prs_plan_kind_get_type (void);

typedef enum
{
  PRS_PLAN_STATUS_DRAFT,
  PRS_PLAN_STATUS_APPROVED,
  PRS_PLAN_STATUS_REVISED,
} PrsPlanStatus;

#define PRS_TYPE_PLAN_STATUS (prs_plan_status_get_type ())
GType prs_plan_status_get_type (void);

typedef enum
{
  PRS_NUMBERING_PER_PARENT,
  PRS_NUMBERING_ACROSS_PLAN,
  PRS_NUMBERING_NONE,
} PrsNumbering;

#define PRS_TYPE_NUMBERING (prs_numbering_get_type ())
GType prs_numbering_get_type (void);

typedef enum
{
  PRS_BUDGET_KIND_NONE,
  PRS_BUDGET_KIND_AMOUNT,
  PRS_BUDGET_KIND_SHARED,
} PrsBudgetKind;

#define PRS_TYPE_BUDGET_KIND (prs_budget_kind_get_type ())
GType prs_budget_kind_get_type (void);

typedef enum
{
  PRS_ACTIVITY_STATUS_NOT_STARTED,
  PRS_ACTIVITY_STATUS_IN_PROGRESS,
  PRS_ACTIVITY_STATUS_DONE,
  PRS_ACTIVITY_STATUS_CANCELLED,
} PrsActivityStatus;

#define PRS_TYPE_ACTIVITY_STATUS (prs_activity_status_get_type ())
GType prs_activity_status_get_type (void);

typedef enum
{
  PRS_DIRECTION_AT_LEAST,
  PRS_DIRECTION_AT_MOST,
  PRS_DIRECTION_EQUAL,
} PrsDirection;

#define PRS_TYPE_DIRECTION (prs_direction_get_type ())
GType prs_direction_get_type (void);

typedef enum
{
  PRS_PROGRESS_STATUS_BELOW,
  PRS_PROGRESS_STATUS_ON,
  PRS_PROGRESS_STATUS_ABOVE,
} PrsProgressStatus;

#define PRS_TYPE_PROGRESS_STATUS (prs_progress_status_get_type ())
GType prs_progress_status_get_type (void);

G_END_DECLS
