/* prs-cli-kpi.c: prongsai-cli kpi score — a value against a five-level rubric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n",
           _("Usage: prongsai-cli kpi score --thresholds T1,T2,T3,T4,T5 "
             "[--lower-is-better] [--steps] VALUE"));
  fprintf (out, "%s\n",
           _("Prints the score from 1.00 to 5.00: linear between thresholds, or whole "
             "levels with --steps."));
}

static int
kpi_score (int argc, char **argv)
{
  const char *thresholds = NULL, *value_text = NULL;
  gboolean lower_is_better = FALSE, options_done = FALSE;
  PrsKpiMethod method = PRS_KPI_LINEAR;
  g_autoptr (GError) error = NULL;
  PrsKpiRubric rubric;
  PrsRational value;
  char buf[PRS_SCORE_BUF_SIZE];

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_done && g_str_equal (arg, "--"))
        options_done = TRUE;
      else if (!options_done && (g_str_equal (arg, "--help") || g_str_equal (arg, "-h")))
        {
          print_usage (stdout);
          return PRS_CLI_OK;
        }
      else if (!options_done && g_str_equal (arg, "--thresholds"))
        {
          if (i + 1 >= argc)
            return prs_cli_fail (_("--thresholds needs five values, such as 70,75,80,85,90"));
          thresholds = argv[++i];
        }
      else if (!options_done && g_str_has_prefix (arg, "--thresholds="))
        thresholds = arg + strlen ("--thresholds=");
      else if (!options_done && g_str_equal (arg, "--lower-is-better"))
        lower_is_better = TRUE;
      else if (!options_done && g_str_equal (arg, "--steps"))
        method = PRS_KPI_STEPS;
      else if (!options_done && arg[0] == '-' && arg[1] == '-')
        return prs_cli_fail (_("Unknown option “%s”. Try “kpi score --help”."), arg);
      else if (value_text == NULL)
        value_text = arg;
      else
        return prs_cli_fail (_("Give one value to score; “%s” is one too many."), arg);
    }

  if (thresholds == NULL)
    return prs_cli_fail (_("Give the rubric with --thresholds, such as --thresholds 70,75,80,85,90"));
  if (value_text == NULL)
    return prs_cli_fail (_("Give the value to score, such as 82.5"));

  if (!prs_kpi_rubric_parse (&rubric, thresholds, lower_is_better, method, &error))
    return prs_cli_fail ("%s", error->message);
  if (!prs_rational_parse_decimal (value_text, &value, &error))
    return prs_cli_fail (_("The value “%s” is not a number."), value_text);

  printf ("%s\n", prs_score_to_ascii (prs_kpi_score (&rubric, value), buf));
  return PRS_CLI_OK;
}

int
prs_cli_kpi (PrsCliContext *ctx, int argc, char **argv)
{
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PRS_CLI_BAD_INPUT : PRS_CLI_OK;
    }
  if (g_str_equal (argv[1], "score"))
    return kpi_score (argc - 1, argv + 1);
  return prs_cli_fail (_("Unknown kpi command “%s”. Try “kpi score --help”."), argv[1]);
}
