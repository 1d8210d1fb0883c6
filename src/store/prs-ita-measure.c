/* prs-ita-measure.c: a row of `ita_measures`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-ita-measure.h"
#include "prs-record-private.h"

struct _PrsItaMeasure
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsItaMeasure, prs_ita_measure, PRS_TYPE_RECORD)

enum { F_ISSUE_ID, F_SORT_ORDER, F_TITLE, F_STEPS, F_PERIOD_TEXT, F_START_DATE, F_END_DATE };

static const PrsField fields[] = {
  { "issue-id", "issue_id", PRS_FIELD_INT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "steps", "steps", PRS_FIELD_TEXT, NULL },
  { "period-text", "period_text", PRS_FIELD_TEXT, NULL },
  { "start-date", "start_date", PRS_FIELD_TEXT, NULL },
  { "end-date", "end_date", PRS_FIELD_TEXT, NULL },
};

static void
prs_ita_measure_class_init (PrsItaMeasureClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "ita_measures", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_ita_measure_init (PrsItaMeasure *self)
{
}

gint64
prs_ita_measure_get_issue_id (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ISSUE_ID);
}

gint64
prs_ita_measure_get_sort_order (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_ita_measure_get_title (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

const char *
prs_ita_measure_get_steps (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_STEPS);
}

const char *
prs_ita_measure_get_period_text (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_PERIOD_TEXT);
}

const char *
prs_ita_measure_get_start_date (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_START_DATE);
}

const char *
prs_ita_measure_get_end_date (PrsItaMeasure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_MEASURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_END_DATE);
}
