/* prs-plan-report.h: the action-plan documents
 *
 * - the action-plan table (landscape): no., activity, objective, indicator and
 *   target, budget, Q1–Q4 schedule, responsible unit, with the total in figures and
 *   in words (BAHTTEXT);
 * - the progress report of a round (6, 9, 12 months) in the layout of the 6-month
 *   report: strategy > … > activity, indicator : target, result, narrative; the
 *   per-strategy summary sentences secretaries paste into minutes; charts of budget
 *   and progress per strategy;
 * - the comparison of two versions.
 *
 * The documents' words are Thai whatever the interface language, like every
 * official document the secretariat files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"
#include "prs-store.h"
#include "prs-store-plans-tree.h"

G_BEGIN_DECLS

PrsReport *prs_plan_table_report_new    (PrsStore *store,
                                         gint64    plan_id,
                                         gboolean  thai_digits,
                                         GError  **error);
PrsReport *prs_plan_progress_report_new (PrsStore *store,
                                         gint64    plan_id,
                                         int       round,
                                         gboolean  thai_digits,
                                         GError  **error);
PrsReport *prs_plan_diff_report_new     (PrsStore *store,
                                         gint64    old_plan_id,
                                         gint64    new_plan_id,
                                         gboolean  thai_digits,
                                         GError  **error);

/* The sentence for one top-level group, as minutes print it:
 * "ยุทธศาสตร์ที่ ๑ … ดำเนินการแล้วเสร็จ จำนวน ๒ กิจกรรม (ใช้งบประมาณรวม ๗,๒๒๕ บาท)".
 * With @round 0 the plan's sentence: "… จำนวน ๒ กิจกรรม (ประมาณการงบประมาณ ๑๐,๐๒๕ บาท)". */
char      *prs_plan_summary_sentence    (PrsPlanTree     *tree,
                                         PrsPlanNodeInfo *group,
                                         int              round,
                                         gboolean         thai_digits);

/* Adds the plans of the workspace (a table of plans with activities, budget and
 * spending) to a report: the workspace summary uses it. */
gboolean   prs_plan_report_append_plans (PrsReport *report,
                                         PrsStore  *store,
                                         GError   **error);

G_END_DECLS
