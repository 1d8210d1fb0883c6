/* prs-indicator-result.c: a row of `indicator_results`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-indicator-result.h"
#include "prs-record-private.h"

struct _PrsIndicatorResult
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsIndicatorResult, prs_indicator_result, PRS_TYPE_RECORD)

enum { F_INDICATOR_ID, F_ROUND, F_VALUE_HUNDREDTHS, F_NOTE };

static const PrsField fields[] = {
  { "indicator-id", "indicator_id", PRS_FIELD_INT, NULL },
  { "round", "round", PRS_FIELD_INT, NULL },
  { "value-hundredths", "value_hundredths", PRS_FIELD_NULLABLE_INT, NULL },
  { "note", "note", PRS_FIELD_TEXT, NULL },
};

static void
prs_indicator_result_class_init (PrsIndicatorResultClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "indicator_results", "round, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_indicator_result_init (PrsIndicatorResult *self)
{
}

gint64
prs_indicator_result_get_indicator_id (PrsIndicatorResult *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR_RESULT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_INDICATOR_ID);
}

gint64
prs_indicator_result_get_round (PrsIndicatorResult *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR_RESULT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ROUND);
}

gint64
prs_indicator_result_get_value_hundredths (PrsIndicatorResult *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR_RESULT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_VALUE_HUNDREDTHS);
}

const char *
prs_indicator_result_get_note (PrsIndicatorResult *self)
{
  g_return_val_if_fail (PRS_IS_INDICATOR_RESULT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NOTE);
}
