/* prs-plan.c: a row of `plans`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-plan.h"
#include "prs-record-private.h"

struct _PrsPlan
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsPlan, prs_plan, PRS_TYPE_RECORD)

enum { F_KIND, F_FISCAL_YEAR, F_UNIT_ID, F_TITLE, F_STATUS, F_APPROVED_MEETING_ID, F_PARENT_PLAN_ID };

static const PrsField fields[] = {
  { "kind", "kind", PRS_FIELD_ENUM, prs_plan_kind_get_type },
  { "fiscal-year", "fiscal_year", PRS_FIELD_INT, NULL },
  { "unit-id", "unit_id", PRS_FIELD_INT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "status", "status", PRS_FIELD_ENUM, prs_plan_status_get_type },
  { "approved-meeting-id", "approved_meeting_id", PRS_FIELD_INT, NULL },
  { "parent-plan-id", "parent_plan_id", PRS_FIELD_INT, NULL },
};

static void
prs_plan_class_init (PrsPlanClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "plans", "fiscal_year DESC, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_plan_init (PrsPlan *self)
{
}

PrsPlanKind
prs_plan_get_kind (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return (PrsPlanKind) prs_record_get_enum_at (PRS_RECORD (self), F_KIND);
}

gint64
prs_plan_get_fiscal_year (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_FISCAL_YEAR);
}

gint64
prs_plan_get_unit_id (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_UNIT_ID);
}

const char *
prs_plan_get_title (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

PrsPlanStatus
prs_plan_get_status (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return (PrsPlanStatus) prs_record_get_enum_at (PRS_RECORD (self), F_STATUS);
}

gint64
prs_plan_get_approved_meeting_id (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_APPROVED_MEETING_ID);
}

gint64
prs_plan_get_parent_plan_id (PrsPlan *self)
{
  g_return_val_if_fail (PRS_IS_PLAN (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARENT_PLAN_ID);
}
