/* prs-activity.c: a row of `activities`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-activity.h"
#include "prs-record-private.h"

struct _PrsActivity
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsActivity, prs_activity, PRS_TYPE_RECORD)

enum { F_OBJECTIVE, F_BUDGET_KIND, F_BUDGET_SATANG, F_SHARED_WITH_ID, F_MONTHS, F_STATUS, F_COMMON_KPI, F_ALL_UNITS, F_HEADCOUNT_ONLY };

static const PrsField fields[] = {
  { "objective", "objective", PRS_FIELD_TEXT, NULL },
  { "budget-kind", "budget_kind", PRS_FIELD_ENUM, prs_budget_kind_get_type },
  { "budget-satang", "budget_satang", PRS_FIELD_INT, NULL },
  { "shared-with-id", "shared_with_id", PRS_FIELD_INT, NULL },
  { "months", "months", PRS_FIELD_INT, NULL },
  { "status", "status", PRS_FIELD_ENUM, prs_activity_status_get_type },
  { "common-kpi", "common_kpi", PRS_FIELD_BOOL, NULL },
  { "all-units", "all_units", PRS_FIELD_BOOL, NULL },
  { "headcount-only", "headcount_only", PRS_FIELD_BOOL, NULL },
};

static void
prs_activity_class_init (PrsActivityClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "activities", "id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_activity_init (PrsActivity *self)
{
}

const char *
prs_activity_get_objective (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_OBJECTIVE);
}

PrsBudgetKind
prs_activity_get_budget_kind (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return (PrsBudgetKind) prs_record_get_enum_at (PRS_RECORD (self), F_BUDGET_KIND);
}

gint64
prs_activity_get_budget_satang (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_BUDGET_SATANG);
}

gint64
prs_activity_get_shared_with_id (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SHARED_WITH_ID);
}

gint64
prs_activity_get_months (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_MONTHS);
}

PrsActivityStatus
prs_activity_get_status (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return (PrsActivityStatus) prs_record_get_enum_at (PRS_RECORD (self), F_STATUS);
}

gboolean
prs_activity_get_common_kpi (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_COMMON_KPI) != 0;
}

gboolean
prs_activity_get_all_units (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ALL_UNITS) != 0;
}

gboolean
prs_activity_get_headcount_only (PrsActivity *self)
{
  g_return_val_if_fail (PRS_IS_ACTIVITY (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_HEADCOUNT_ONLY) != 0;
}
