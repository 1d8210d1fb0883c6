/* prs-kpi.h: scoring a KPI result against a five-level rubric
 *
 * A rubric has one threshold per level 1..5 (e.g. 70, 75, 80, 85, 90 per cent). A result
 * at or beyond the level-5 threshold scores 5.00, at or before the level-1 threshold 1.00;
 * in between the score is interpolated linearly (82.5 -> 3.50) or, with steps, is the
 * highest level reached (82.5 -> 3.00). For lower-is-better KPIs the direction flips.
 * Scores are exact and rounded half up to two decimals (hundredths, as PrsScore).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prs-score.h"

G_BEGIN_DECLS

#define PRS_KPI_LEVELS 5

typedef enum
{
  PRS_KPI_LINEAR = 0, /* interpolate between thresholds (the default) */
  PRS_KPI_STEPS,      /* whole levels only */
} PrsKpiMethod;

typedef struct
{
  /* thresholds[0] belongs to level 1, thresholds[4] to level 5. Strictly increasing
   * for higher-is-better rubrics, strictly decreasing for lower-is-better ones. */
  PrsRational  thresholds[PRS_KPI_LEVELS];
  gboolean     lower_is_better;
  PrsKpiMethod method;
} PrsKpiRubric;

/* Fills @rubric from text such as "70,75,80,85,90" (Thai digits, spaces and a `%` after
 * each are fine). Five values are needed; they may be listed in either order and are
 * arranged for @lower_is_better. FALSE with PRS_CORE_ERROR_PARSE on a bad value or count,
 * PRS_CORE_ERROR_RANGE if two thresholds are equal. */
gboolean prs_kpi_rubric_parse (PrsKpiRubric *rubric,
                               const char   *thresholds,
                               gboolean      lower_is_better,
                               PrsKpiMethod  method,
                               GError      **error);

/* Checks that @rubric's thresholds run the right way; FALSE with PRS_CORE_ERROR_RANGE. */
gboolean prs_kpi_rubric_validate (const PrsKpiRubric *rubric,
                                  GError            **error);

/* The exact score (1 ≤ score ≤ 5) of @value. The rubric must be valid. */
PrsRational prs_kpi_score_exact (const PrsKpiRubric *rubric,
                                 PrsRational         value);

/* The score in hundredths (350 is 3.50). */
PrsScore prs_kpi_score (const PrsKpiRubric *rubric,
                        PrsRational         value);

G_END_DECLS
