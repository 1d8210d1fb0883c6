/* prs-indicator-result.h: a row of `indicator_results`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_INDICATOR_RESULT (prs_indicator_result_get_type ())
G_DECLARE_FINAL_TYPE (PrsIndicatorResult, prs_indicator_result, PRS, INDICATOR_RESULT, PrsRecord)

gint64 prs_indicator_result_get_indicator_id (PrsIndicatorResult *self);
gint64 prs_indicator_result_get_round (PrsIndicatorResult *self);
gint64 prs_indicator_result_get_value_hundredths (PrsIndicatorResult *self);
const char *prs_indicator_result_get_note (PrsIndicatorResult *self);

G_END_DECLS
