/* prs-indicator.c: a row of `indicators`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-indicator.h"
#include "prs-record-private.h"

struct _PrsIndicator
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsIndicator, prs_indicator, PRS_TYPE_RECORD)

enum { F_NODE_ID, F_SORT_ORDER, F_NAME, F_TARGET_HUNDREDTHS, F_UNIT_TEXT, F_DIRECTION };

static const PrsField fields[] = {
  { "node-id", "node_id", PRS_FIELD_INT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "name", "name", PRS_FIELD_TEXT, NULL },
  { "target-hundredths", "target_hundredths", PRS_FIELD_NULLABLE_INT, NULL },
  { "unit-text", "unit_text", PRS_FIELD_TEXT, NULL },
  { "direction", "direction", PRS_FIELD_ENUM, prs_direction_get_type },
};

static void
prs_indicator_class_init (PrsIndicatorClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "indicators", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_indicator_init (PrsIndicator *self)
{
}

gint64
prs_indicator_get_node_id (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_NODE_ID);
}

gint64
prs_indicator_get_sort_order (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_indicator_get_name (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NAME);
}

gint64
prs_indicator_get_target_hundredths (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_TARGET_HUNDREDTHS);
}

const char *
prs_indicator_get_unit_text (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_UNIT_TEXT);
}

PrsDirection
prs_indicator_get_direction (PrsIndicator *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR (self), 0);
  return (PrsDirection) prs_record_get_enum_at (PRS_RECORD (self), F_DIRECTION);
}
