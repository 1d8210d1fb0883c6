/* prs-ita-issue.c: a row of `ita_issues`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-ita-issue.h"
#include "prs-record-private.h"

struct _PrsItaIssue
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsItaIssue, prs_ita_issue, PRS_TYPE_RECORD)

enum { F_RESULT_ID, F_UNIT_ID, F_YEAR_BE, F_SORT_ORDER, F_TITLE, F_DESCRIPTION };

static const PrsField fields[] = {
  { "result-id", "result_id", PRS_FIELD_INT, NULL },
  { "unit-id", "unit_id", PRS_FIELD_INT, NULL },
  { "year-be", "year_be", PRS_FIELD_NULLABLE_INT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "description", "description", PRS_FIELD_TEXT, NULL },
};

static void
prs_ita_issue_class_init (PrsItaIssueClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "ita_issues", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_ita_issue_init (PrsItaIssue *self)
{
}

gint64
prs_ita_issue_get_result_id (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_RESULT_ID);
}

gint64
prs_ita_issue_get_unit_id (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_UNIT_ID);
}

gint64
prs_ita_issue_get_year_be (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_YEAR_BE);
}

gint64
prs_ita_issue_get_sort_order (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_ita_issue_get_title (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

const char *
prs_ita_issue_get_description (PrsItaIssue *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ISSUE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_DESCRIPTION);
}
