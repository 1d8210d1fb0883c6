/* prs-ita-report.h: the ITA charts and the ITA report of a unit's year
 *
 * Chart builders turn stored results (prs-ita-store.h) into PrsChart specs that the
 * one renderer draws on screen, in presentation mode, in the report and to files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-chart.h"
#include "prs-report.h"
#include "prs-ita-store.h"

G_BEGIN_DECLS

typedef enum
{
  PRS_ITA_CHART_INDICATORS,  /* ten indicators as bars, 85 line, level bands */
  PRS_ITA_CHART_INSTRUMENTS, /* IIT, EIT, OIT and the total */
  PRS_ITA_CHART_YEARS,       /* total and indicators over the years */
  PRS_ITA_CHART_COMPARE,     /* all units of the year, sorted, own agency highlighted */
  PRS_ITA_CHART_RADAR,       /* ten indicators this year vs last year */
  PRS_ITA_CHART_EIT_PARTS,   /* EIT Public vs Survey per indicator */
  PRS_ITA_CHART_WEAK_ITEMS,  /* weakest items */
  PRS_ITA_CHART_N_KINDS
} PrsItaChartKind;

gboolean    prs_ita_chart_kind_from_string (const char      *name,
                                            PrsItaChartKind *kind);
const char *prs_ita_chart_kind_to_string   (PrsItaChartKind  kind);
/* Translated title, e.g. "คะแนนรายตัวชี้วัด". */
const char *prs_ita_chart_kind_get_title   (PrsItaChartKind  kind);

/* Builds a chart of @unit_id's @year_be (the comparison chart uses every unit with
 * a result that year and highlights @unit_id). NULL with PRS_STORE_ERROR_NOT_FOUND
 * when there is nothing to draw. */
PrsChart  *prs_ita_chart_build  (PrsStore         *store,
                                 gint64            unit_id,
                                 int               year_be,
                                 PrsItaChartKind   kind,
                                 GError          **error);

/* As prs_ita_chart_build(); with @thai_digits the chart's titles, labels and values are
 * in Thai digits, item codes (I8, O11) keeping theirs. @unit_id may be 0 for the
 * comparison chart: every unit, none highlighted. */
PrsChart  *prs_ita_chart_build_full (PrsStore        *store,
                                     gint64           unit_id,
                                     int              year_be,
                                     PrsItaChartKind  kind,
                                     gboolean         thai_digits,
                                     GError         **error);

/* A level's name for the interface: translated (the Thai official name in a Thai
 * interface), and in an English one with the official Thai name in parentheses
 * ("Excellent (ผ่านดีเยี่ยม)"); AA … F as they are. */
char      *prs_ita_level_display_name (const PrsItaLevelInfo *level);
/* @text in Thai digits when @thai_digits, item codes keeping theirs; else a copy. */
char      *prs_ita_digits (const char *text,
                           gboolean    thai_digits);

/* The ITA report: score card, instruments and indicators, item tables, charts,
 * weak-item analysis and the issues and measures recorded for the year; numbers in
 * the text, tables and charts in Thai digits when @thai_digits. */
PrsReport *prs_ita_report_build (PrsStore   *store,
                                 gint64      unit_id,
                                 int         year_be,
                                 gboolean    thai_digits,
                                 GError    **error);

/* The internal-measures plan of @unit_id drawn from the ITA of @year_be (fiscal year
 * @year_be + 1) as the official table — no., issue, measure, steps, period,
 * responsible units — on landscape A4. NULL with PRS_STORE_ERROR_NOT_FOUND when
 * the year has no issues. */
PrsReport *prs_ita_measures_report_build (PrsStore  *store,
                                          gint64     unit_id,
                                          int        year_be,
                                          gboolean   thai_digits,
                                          GError   **error);

/* Level → chart tone (excellent, good/pass, improve, urgent). */
PrsChartTone prs_ita_level_tone (const PrsItaLevelInfo *level);
/* Adds the framework's level bands and the pass line to a chart with a 0–100 scale. */
void prs_ita_chart_add_levels (PrsChart *chart, PrsItaFramework *fw);

G_END_DECLS
