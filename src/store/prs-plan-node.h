/* prs-plan-node.h: a row of `plan_nodes`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLAN_NODE (prs_plan_node_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlanNode, prs_plan_node, PRS, PLAN_NODE, PrsRecord)

gint64 prs_plan_node_get_plan_id (PrsPlanNode *self);
gint64 prs_plan_node_get_parent_id (PrsPlanNode *self);
gint64 prs_plan_node_get_depth (PrsPlanNode *self);
gint64 prs_plan_node_get_sort_order (PrsPlanNode *self);
const char *prs_plan_node_get_number (PrsPlanNode *self);
const char *prs_plan_node_get_title (PrsPlanNode *self);
PrsNumbering prs_plan_node_get_numbering (PrsPlanNode *self);

G_END_DECLS
