/* prs-allowance-rate.h: a row of `allowance_rates`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ALLOWANCE_RATE (prs_allowance_rate_get_type ())
G_DECLARE_FINAL_TYPE (PrsAllowanceRate, prs_allowance_rate, PRS, ALLOWANCE_RATE, PrsRecord)

gint64 prs_allowance_rate_get_committee_id (PrsAllowanceRate *self);
PrsMemberRole prs_allowance_rate_get_role (PrsAllowanceRate *self);
const char *prs_allowance_rate_get_effective_date (PrsAllowanceRate *self);
gint64 prs_allowance_rate_get_amount_satang (PrsAllowanceRate *self);

G_END_DECLS
