/* prs-indicator.h: a row of `indicators`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_INDICATOR (prs_indicator_get_type ())
G_DECLARE_FINAL_TYPE (PrsIndicator, prs_indicator, PRS, INDICATOR, PrsRecord)

gint64 prs_indicator_get_node_id (PrsIndicator *self);
gint64 prs_indicator_get_sort_order (PrsIndicator *self);
const char *prs_indicator_get_name (PrsIndicator *self);
gint64 prs_indicator_get_target_hundredths (PrsIndicator *self);
const char *prs_indicator_get_unit_text (PrsIndicator *self);
PrsDirection prs_indicator_get_direction (PrsIndicator *self);

G_END_DECLS
