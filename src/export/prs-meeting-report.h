/* prs-meeting-report.h: the minutes, the allowance claim sheet and the yearly
 * allowance summary as reports (then written as PDF, DOCX or XLSX by prs-export)
 *
 * The minutes follow the shape of published Thai minutes: the heading block
 * (รายงานการประชุม, the committee and ครั้งที่ n/ปี, the date and time, ณ venue), the
 * present list with positions and roles, the absent list ("มอบหมาย …"), the invited
 * list, the opening time, the agenda (ระเบียบวาระที่ ๑ …, nested items, text,
 * ความเห็นที่ประชุม, มติที่ประชุม), the closing time and the minute-takers' and
 * reviewer's signatures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"
#include "prs-store-meetings.h"

G_BEGIN_DECLS

PrsReport *prs_minutes_report_build           (PrsStore             *store,
                                               const PrsMeetingInfo *info,
                                               gboolean              thai_digits,
                                               GError              **error);

/* Name, role, amount and a signature column per payment, the total in figures and in
 * words (BAHTTEXT), and whether delegates are paid. */
PrsReport *prs_claim_report_build             (PrsStore             *store,
                                               const PrsMeetingInfo *info,
                                               gboolean              thai_digits,
                                               GError              **error);

/* Per committee and person over fiscal year FISCAL_YEAR (BE): meetings paid and
 * amount, with totals. COMMITTEE_ID 0 for every committee. */
PrsReport *prs_allowance_summary_report_build (PrsStore             *store,
                                               gint64                committee_id,
                                               int                   fiscal_year,
                                               gboolean              thai_digits,
                                               GError              **error);

G_END_DECLS
