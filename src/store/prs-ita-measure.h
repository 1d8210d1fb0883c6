/* prs-ita-measure.h: a row of `ita_measures`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ITA_MEASURE (prs_ita_measure_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaMeasure, prs_ita_measure, PRS, ITA_MEASURE, PrsRecord)

gint64 prs_ita_measure_get_issue_id (PrsItaMeasure *self);
gint64 prs_ita_measure_get_sort_order (PrsItaMeasure *self);
const char *prs_ita_measure_get_title (PrsItaMeasure *self);
const char *prs_ita_measure_get_steps (PrsItaMeasure *self);
const char *prs_ita_measure_get_period_text (PrsItaMeasure *self);
const char *prs_ita_measure_get_start_date (PrsItaMeasure *self);
const char *prs_ita_measure_get_end_date (PrsItaMeasure *self);

G_END_DECLS
