/* prs-plan-node.c: a row of `plan_nodes`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-plan-node.h"
#include "prs-record-private.h"

struct _PrsPlanNode
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsPlanNode, prs_plan_node, PRS_TYPE_RECORD)

enum { F_PLAN_ID, F_PARENT_ID, F_DEPTH, F_SORT_ORDER, F_NUMBER, F_TITLE, F_NUMBERING };

static const PrsField fields[] = {
  { "plan-id", "plan_id", PRS_FIELD_INT, NULL },
  { "parent-id", "parent_id", PRS_FIELD_INT, NULL },
  { "depth", "depth", PRS_FIELD_INT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "number", "number", PRS_FIELD_TEXT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "numbering", "numbering", PRS_FIELD_ENUM, prs_numbering_get_type },
};

static void
prs_plan_node_class_init (PrsPlanNodeClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "plan_nodes", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_plan_node_init (PrsPlanNode *self)
{
}

gint64
prs_plan_node_get_plan_id (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PLAN_ID);
}

gint64
prs_plan_node_get_parent_id (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARENT_ID);
}

gint64
prs_plan_node_get_depth (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_DEPTH);
}

gint64
prs_plan_node_get_sort_order (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_plan_node_get_number (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NUMBER);
}

const char *
prs_plan_node_get_title (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

PrsNumbering
prs_plan_node_get_numbering (PrsPlanNode *self)
{
  g_return_val_if_fail (PRS_IS_PLAN_NODE (self), 0);
  return (PrsNumbering) prs_record_get_enum_at (PRS_RECORD (self), F_NUMBERING);
}
