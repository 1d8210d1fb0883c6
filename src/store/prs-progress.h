/* prs-progress.h: a row of `progress`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_PROGRESS (prs_progress_get_type ())
G_DECLARE_FINAL_TYPE (PrsProgress, prs_progress, PRS, PROGRESS, PrsRecord)

gint64 prs_progress_get_node_id (PrsProgress *self);
gint64 prs_progress_get_round (PrsProgress *self);
PrsProgressStatus prs_progress_get_status (PrsProgress *self);
const char *prs_progress_get_narrative (PrsProgress *self);
gint64 prs_progress_get_spent_satang (PrsProgress *self);
gint64 prs_progress_get_participants (PrsProgress *self);

G_END_DECLS
