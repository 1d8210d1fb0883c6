/* test-kpi.c: the five-level KPI rubric and `prongsai-cli kpi score`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include "prs-core.h"

static PrsScore
score (const char *thresholds, gboolean lower, PrsKpiMethod method, const char *value)
{
  g_autoptr (GError) error = NULL;
  PrsKpiRubric rubric;
  PrsRational v;

  g_assert_true (prs_kpi_rubric_parse (&rubric, thresholds, lower, method, &error));
  g_assert_no_error (error);
  g_assert_true (prs_rational_parse_decimal (value, &v, &error));
  g_assert_no_error (error);
  return prs_kpi_score (&rubric, v);
}

static void
test_linear (void)
{
  const char *t = "70,75,80,85,90";

  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "82.5"), ==, 350);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "82.5%"), ==, 350);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "๘๒.๕"), ==, 350);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "90"), ==, 500);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "100"), ==, 500);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "70"), ==, 100);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "12"), ==, 100);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "75"), ==, 200);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "89.99"), ==, 500); /* 4.998 */
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "89.97"), ==, 499); /* 4.994 */
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "71.025"), ==, 121); /* 1.205 -> 1.21 */
  g_assert_cmpint (score (t, FALSE, PRS_KPI_LINEAR, "87.6543"), ==, 453);
  /* thirds: 70,73,76,79,82 at 74 -> 2 + 1/3 */
  g_assert_cmpint (score ("70,73,76,79,82", FALSE, PRS_KPI_LINEAR, "74"), ==, 233);
  g_assert_cmpint (score ("70,73,76,79,82", FALSE, PRS_KPI_LINEAR, "75"), ==, 267);
  /* thresholds listed backwards are arranged */
  g_assert_cmpint (score ("90,85,80,75,70", FALSE, PRS_KPI_LINEAR, "82.5"), ==, 350);
}

static void
test_steps (void)
{
  const char *t = "70,75,80,85,90";

  g_assert_cmpint (score (t, FALSE, PRS_KPI_STEPS, "82.5"), ==, 300);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_STEPS, "84.99"), ==, 300);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_STEPS, "85"), ==, 400);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_STEPS, "60"), ==, 100);
  g_assert_cmpint (score (t, FALSE, PRS_KPI_STEPS, "95"), ==, 500);
}

static void
test_lower_is_better (void)
{
  /* complaints per month: 10 or fewer is level 5, 30 or more is level 1 */
  const char *t = "30,25,20,15,10";

  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "10"), ==, 500);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "5"), ==, 500);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "30"), ==, 100);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "40"), ==, 100);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "17.5"), ==, 350);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_LINEAR, "22"), ==, 260);
  g_assert_cmpint (score (t, TRUE, PRS_KPI_STEPS, "22"), ==, 200);
  /* given in increasing order, still arranged for lower-is-better */
  g_assert_cmpint (score ("10,15,20,25,30", TRUE, PRS_KPI_LINEAR, "17.5"), ==, 350);
}

static void
test_bad_rubric (void)
{
  g_autoptr (GError) error = NULL;
  PrsKpiRubric rubric;

  g_assert_false (prs_kpi_rubric_parse (&rubric, "70,75,80,85", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (prs_kpi_rubric_parse (&rubric, "70,75,x,85,90", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (prs_kpi_rubric_parse (&rubric, "70,75,75,85,90", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (prs_kpi_rubric_parse (&rubric, "", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
  g_clear_error (&error);
  /* shares of the staff: per cent, 0 to 100 */
  g_assert_false (prs_kpi_rubric_parse (&rubric, "-5,75,80,85,90", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (prs_kpi_rubric_parse (&rubric, "70,75,80,85,150", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_true (prs_kpi_rubric_parse (&rubric, "0,25,50,75,100", FALSE, PRS_KPI_LINEAR, &error));
  g_assert_no_error (error);
}

static void
run_cli (const char *const *args, int expected_status, const char *expected_out)
{
  const char *cli = g_getenv ("PRONGSAI_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("PRONGSAI_CLI is not set");
      return;
    }
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, expected_status);
  if (expected_out)
    g_assert_cmpstr (out, ==, expected_out);
  if (expected_status != 0)
    {
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "prongsai-cli: "));
    }
}

static void
test_cli (void)
{
  run_cli ((const char *[]){ "kpi", "score", "--thresholds", "70,75,80,85,90", "82.5", NULL }, 0,
           "3.50\n");
  run_cli ((const char *[]){ "kpi", "score", "--thresholds=๗๐,๗๕,๘๐,๘๕,๙๐", "๘๒.๕%", NULL }, 0,
           "3.50\n");
  run_cli ((const char *[]){ "kpi", "score", "--steps", "--thresholds", "70,75,80,85,90", "82.5",
                             NULL },
           0, "3.00\n");
  run_cli ((const char *[]){ "kpi", "score", "--lower-is-better", "--thresholds",
                             "30,25,20,15,10", "17.5", NULL },
           0, "3.50\n");
  run_cli ((const char *[]){ "kpi", "score", "--thresholds", "70,75,80,85,90", "95", NULL }, 0,
           "5.00\n");
  run_cli ((const char *[]){ "kpi", "score", "--thresholds", "70,75,80,85,90", "abc", NULL }, 2,
           NULL);
  run_cli ((const char *[]){ "kpi", "score", "--thresholds", "70,75,80", "82", NULL }, 2, NULL);
  run_cli ((const char *[]){ "kpi", "score", "82", NULL }, 2, NULL);
  run_cli ((const char *[]){ "kpi", "score", "--thresholds", "70,75,80,85,90", NULL }, 2, NULL);
  run_cli ((const char *[]){ "kpi", "score", "--bogus", "82", NULL }, 2, NULL);
  run_cli ((const char *[]){ "kpi", "frobnicate", NULL }, 2, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kpi/linear", test_linear);
  g_test_add_func ("/kpi/steps", test_steps);
  g_test_add_func ("/kpi/lower-is-better", test_lower_is_better);
  g_test_add_func ("/kpi/bad-rubric", test_bad_rubric);
  g_test_add_func ("/kpi/cli", test_cli);
  return g_test_run ();
}
