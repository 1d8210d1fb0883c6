/* prs-ita-issue.h: a row of `ita_issues`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ITA_ISSUE (prs_ita_issue_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaIssue, prs_ita_issue, PRS, ITA_ISSUE, PrsRecord)

gint64 prs_ita_issue_get_result_id (PrsItaIssue *self);
gint64 prs_ita_issue_get_unit_id (PrsItaIssue *self);
gint64 prs_ita_issue_get_year_be (PrsItaIssue *self);
gint64 prs_ita_issue_get_sort_order (PrsItaIssue *self);
const char *prs_ita_issue_get_title (PrsItaIssue *self);
const char *prs_ita_issue_get_description (PrsItaIssue *self);

G_END_DECLS
