/* prs-kpi-report.h: the Common KPI report and its charts
 *
 * The document follows the committee minutes: the KPI table (ลำดับ,
 * สำนัก/สถาบัน/กลุ่ม, บุคลากรทั้งหมด, เข้าร่วมกิจกรรม, ร้อยละ, คะแนน, a total row),
 * then the depth the committee asked for (how many designated activities each
 * person joined, per unit), the people not reached yet, and who joined what.
 * Its words are Thai whatever the interface language, like every document the
 * secretariat files. The first table is the KPI table (what CSV export writes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-chart.h"
#include "prs-report.h"
#include "prs-store-kpi.h"

G_BEGIN_DECLS

/* Percentage per unit as bars, with the level-1 and level-5 thresholds as lines. */
PrsChart  *prs_kpi_chart_percent     (PrsKpiReport *kpi,
                                      gboolean      thai_digits);
/* People per unit stacked by how many designated activities they joined. */
PrsChart  *prs_kpi_chart_depth       (PrsKpiReport *kpi,
                                      gboolean      thai_digits);

/* Appends the KPI table (and, with @full, the depth table) to @report. */
void       prs_kpi_report_add_tables (PrsReport    *report,
                                      PrsKpiReport *kpi,
                                      gboolean      full);

/* The whole report of fiscal year @year (BE). */
PrsReport *prs_kpi_report_build      (PrsStore     *store,
                                      int           year,
                                      gboolean      thai_digits,
                                      GError      **error);

G_END_DECLS
