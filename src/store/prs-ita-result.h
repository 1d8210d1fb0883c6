/* prs-ita-result.h: a row of `ita_results`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ITA_RESULT (prs_ita_result_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaResult, prs_ita_result, PRS, ITA_RESULT, PrsRecord)

gint64 prs_ita_result_get_unit_id (PrsItaResult *self);
gint64 prs_ita_result_get_year_be (PrsItaResult *self);
const char *prs_ita_result_get_framework (PrsItaResult *self);
const char *prs_ita_result_get_note (PrsItaResult *self);

G_END_DECLS
