/* prs-plan.h: a row of `plans`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLAN (prs_plan_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlan, prs_plan, PRS, PLAN, PrsRecord)

PrsPlanKind prs_plan_get_kind (PrsPlan *self);
gint64 prs_plan_get_fiscal_year (PrsPlan *self);
gint64 prs_plan_get_unit_id (PrsPlan *self);
const char *prs_plan_get_title (PrsPlan *self);
PrsPlanStatus prs_plan_get_status (PrsPlan *self);
gint64 prs_plan_get_approved_meeting_id (PrsPlan *self);
gint64 prs_plan_get_parent_plan_id (PrsPlan *self);

G_END_DECLS
