/* prs-kpi.c: scoring a KPI result against a five-level rubric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-kpi.h"

static int
compare_rationals (const void *a, const void *b)
{
  return prs_rational_compare (*(const PrsRational *) a, *(const PrsRational *) b);
}

gboolean
prs_kpi_rubric_parse (PrsKpiRubric *rubric,
                      const char   *thresholds,
                      gboolean      lower_is_better,
                      PrsKpiMethod  method,
                      GError      **error)
{
  g_auto (GStrv) parts = NULL;
  PrsKpiRubric r = { 0 };
  guint n;

  g_return_val_if_fail (rubric != NULL, FALSE);

  parts = g_strsplit (thresholds ? thresholds : "", ",", -1);
  n = g_strv_length (parts);
  if (n != PRS_KPI_LEVELS)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("A rubric needs five thresholds separated by commas, such as "
                     "70,75,80,85,90; “%s” has %u."),
                   thresholds ? thresholds : "", n);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) local = NULL;

      if (!prs_rational_parse_decimal (parts[i], &r.thresholds[i], &local))
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                       _("Threshold %u (“%s”) is not a number."), i + 1, g_strstrip (parts[i]));
          return FALSE;
        }
      /* thresholds are shares of the staff, per cent */
      if (r.thresholds[i].num < 0 || r.thresholds[i].num > 100 * r.thresholds[i].den)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("Threshold %u (“%s”) is not a percentage from 0 to 100."), i + 1, g_strstrip (parts[i]));
          return FALSE;
        }
    }

  qsort (r.thresholds, PRS_KPI_LEVELS, sizeof (PrsRational), compare_rationals);
  if (lower_is_better)
    for (guint i = 0; i < PRS_KPI_LEVELS / 2; i++)
      {
        PrsRational t = r.thresholds[i];

        r.thresholds[i] = r.thresholds[PRS_KPI_LEVELS - 1 - i];
        r.thresholds[PRS_KPI_LEVELS - 1 - i] = t;
      }
  r.lower_is_better = lower_is_better;
  r.method = method;

  if (!prs_kpi_rubric_validate (&r, error))
    return FALSE;
  *rubric = r;
  return TRUE;
}

gboolean
prs_kpi_rubric_validate (const PrsKpiRubric *rubric, GError **error)
{
  for (guint i = 1; i < PRS_KPI_LEVELS; i++)
    {
      int c = prs_rational_compare (rubric->thresholds[i - 1], rubric->thresholds[i]);

      if (c == 0 || (c > 0) != !!rubric->lower_is_better)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       rubric->lower_is_better
                         ? _("The thresholds of a lower-is-better rubric must fall from level 1 "
                             "to level 5, each different.")
                         : _("The thresholds must rise from level 1 to level 5, each different."));
          return FALSE;
        }
    }
  return TRUE;
}

/* "at or beyond" in the rubric's direction */
static gboolean
reaches (const PrsKpiRubric *rubric, PrsRational value, PrsRational threshold)
{
  int c = prs_rational_compare (value, threshold);

  return rubric->lower_is_better ? c <= 0 : c >= 0;
}

PrsRational
prs_kpi_score_exact (const PrsKpiRubric *rubric, PrsRational value)
{
  const PrsRational *t = rubric->thresholds;
  PrsRational score = prs_rational_from_int (1), frac;
  guint k;

  if (reaches (rubric, value, t[PRS_KPI_LEVELS - 1]))
    return prs_rational_from_int (PRS_KPI_LEVELS);
  if (!reaches (rubric, value, t[0]) || prs_rational_equal (value, t[0]))
    return score;

  /* t[k] reached, t[k+1] not */
  for (k = 0; k + 1 < PRS_KPI_LEVELS && reaches (rubric, value, t[k + 1]); k++)
    ;
  score = prs_rational_from_int (k + 1);
  if (rubric->method == PRS_KPI_STEPS)
    return score;

  /* (value - t[k]) / (t[k+1] - t[k]) is positive for either direction */
  {
    PrsRational num, den;

    if (prs_rational_sub (value, t[k], &num) && prs_rational_sub (t[k + 1], t[k], &den)
        && prs_rational_div (num, den, &frac) && prs_rational_add (score, frac, &frac))
      return frac;
  }
  return score; /* overflow with absurd thresholds: the level reached */
}

PrsScore
prs_kpi_score (const PrsKpiRubric *rubric, PrsRational value)
{
  return prs_rational_to_score (prs_kpi_score_exact (rubric, value));
}
