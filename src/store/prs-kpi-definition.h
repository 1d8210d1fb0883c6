/* prs-kpi-definition.h: a row of `kpis` (the rubric itself is core's prs-kpi.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_KPI (prs_kpi_get_type ())
G_DECLARE_FINAL_TYPE (PrsKpi, prs_kpi, PRS, KPI, PrsRecord)

const char *prs_kpi_get_name (PrsKpi *self);
gint64 prs_kpi_get_fiscal_year (PrsKpi *self);
gint64 prs_kpi_get_t1 (PrsKpi *self);
gint64 prs_kpi_get_t2 (PrsKpi *self);
gint64 prs_kpi_get_t3 (PrsKpi *self);
gint64 prs_kpi_get_t4 (PrsKpi *self);
gint64 prs_kpi_get_t5 (PrsKpi *self);
const char *prs_kpi_get_direction (PrsKpi *self);
const char *prs_kpi_get_interpolation (PrsKpi *self);

G_END_DECLS
