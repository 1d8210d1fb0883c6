/* prs-activity.h: a row of `activities`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ACTIVITY (prs_activity_get_type ())
G_DECLARE_FINAL_TYPE (PrsActivity, prs_activity, PRS, ACTIVITY, PrsRecord)

const char *prs_activity_get_objective (PrsActivity *self);
PrsBudgetKind prs_activity_get_budget_kind (PrsActivity *self);
gint64 prs_activity_get_budget_satang (PrsActivity *self);
gint64 prs_activity_get_shared_with_id (PrsActivity *self);
gint64 prs_activity_get_months (PrsActivity *self);
PrsActivityStatus prs_activity_get_status (PrsActivity *self);
gboolean prs_activity_get_common_kpi (PrsActivity *self);
gboolean prs_activity_get_all_units (PrsActivity *self);
gboolean prs_activity_get_headcount_only (PrsActivity *self);

G_END_DECLS
