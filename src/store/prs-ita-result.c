/* prs-ita-result.c: a row of `ita_results`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-ita-result.h"
#include "prs-record-private.h"

struct _PrsItaResult
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsItaResult, prs_ita_result, PRS_TYPE_RECORD)

enum { F_UNIT_ID, F_YEAR_BE, F_FRAMEWORK, F_NOTE };

static const PrsField fields[] = {
  { "unit-id", "unit_id", PRS_FIELD_INT, NULL },
  { "year-be", "year_be", PRS_FIELD_INT, NULL },
  { "framework", "framework", PRS_FIELD_TEXT, NULL },
  { "note", "note", PRS_FIELD_TEXT, NULL },
};

static void
prs_ita_result_class_init (PrsItaResultClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "ita_results", "year_be DESC, unit_id, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_ita_result_init (PrsItaResult *self)
{
}

gint64
prs_ita_result_get_unit_id (PrsItaResult *self)
{
  g_return_val_if_fail (PRS_IS_ITA_RESULT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_UNIT_ID);
}

gint64
prs_ita_result_get_year_be (PrsItaResult *self)
{
  g_return_val_if_fail (PRS_IS_ITA_RESULT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_YEAR_BE);
}

const char *
prs_ita_result_get_framework (PrsItaResult *self)
{
  g_return_val_if_fail (PRS_IS_ITA_RESULT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_FRAMEWORK);
}

const char *
prs_ita_result_get_note (PrsItaResult *self)
{
  g_return_val_if_fail (PRS_IS_ITA_RESULT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NOTE);
}
