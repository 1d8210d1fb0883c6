/* prs-cli-kpi.c: prongsai-cli kpi — score a value against a five-level rubric;
 * set and report the Common KPI of a fiscal year
 *
 * Numbers in the JSON output are printed from exact hundredths ("82.35"),
 * never through a double.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-people.h"
#include "prs-store-kpi.h"
#include "prs-kpi-report.h"
#include "prs-export.h"

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n",
           _("Usage: prongsai-cli kpi score --thresholds T1,T2,T3,T4,T5 "
             "[--lower-is-better] [--steps] VALUE"));
  fprintf (out, "%s\n",
           _("Prints the score from 1.00 to 5.00: linear between thresholds, or whole "
             "levels with --steps."));
  fprintf (out, "  prongsai-cli --workspace FILE kpi set --year Y --thresholds T1,T2,T3,T4,T5 "
                "[--staff-types TYPE,…] [--scoring linear|step] [--lower-is-better] [--name TEXT]\n");
  fprintf (out, "  prongsai-cli --workspace FILE kpi report --year Y --json\n");
  fprintf (out, "  prongsai-cli --workspace FILE kpi report --year Y --format pdf|docx|xlsx|csv -o OUT "
                "[--thai-digits]\n");
  fprintf (out, "%s\n", _("The designated activities are those flagged Common KPI in the year's plans."));
}

typedef struct
{
  const char *year;
  const char *thresholds;
  const char *staff_types;
  const char *scoring;
  const char *name;
  const char *format;
  const char *output;
  gboolean    json;
  gboolean    thai_digits;
  gboolean    lower_is_better;
} KpiArgs;

static int
parse_kpi_args (int argc, char **argv, KpiArgs *a)
{
  static const PrsCliValued valued[] = {
    { "--year", G_STRUCT_OFFSET (KpiArgs, year) },
    { "--thresholds", G_STRUCT_OFFSET (KpiArgs, thresholds) },
    { "--staff-types", G_STRUCT_OFFSET (KpiArgs, staff_types) },
    { "--scoring", G_STRUCT_OFFSET (KpiArgs, scoring) },
    { "--name", G_STRUCT_OFFSET (KpiArgs, name) },
    { "--format", G_STRUCT_OFFSET (KpiArgs, format) },
    { "--output", G_STRUCT_OFFSET (KpiArgs, output) },
    { "-o", G_STRUCT_OFFSET (KpiArgs, output) },
  };
  static const PrsCliFlag flags[] = {
    { "--json", G_STRUCT_OFFSET (KpiArgs, json), TRUE },
    { "--thai-digits", G_STRUCT_OFFSET (KpiArgs, thai_digits), TRUE },
    { "--lower-is-better", G_STRUCT_OFFSET (KpiArgs, lower_is_better), TRUE },
  };

  return prs_cli_parse_options (argc, argv, "kpi", flags, G_N_ELEMENTS (flags), valued, G_N_ELEMENTS (valued), a,
                                NULL, 0, NULL, FALSE);
}

static int
need_year (const KpiArgs *a, int *year)
{
  g_autofree char *arabic = NULL;
  char *end = NULL;
  gint64 v;

  if (a->year == NULL)
    return prs_cli_fail (_("Give the year with --year, a Buddhist Era fiscal year such as 2568."));
  arabic = prs_digits_to_arabic (a->year);
  g_strstrip (arabic);
  v = g_ascii_strtoll (arabic, &end, 10);
  if (end == arabic || *end != '\0' || v < 2400 || v > 2800)
    return prs_cli_fail (_("The year “%s” is not a Buddhist Era year such as 2568."), a->year);
  *year = (int) v;
  return PRS_CLI_OK;
}

static PrsStore *
open_workspace (PrsCliContext *ctx, gboolean write, GError **error)
{
  if (ctx->workspace == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Give the workspace with --workspace FILE."));
      return NULL;
    }
  if (!g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                   _("The workspace “%s” does not exist."), ctx->workspace);
      return NULL;
    }
  return prs_store_open (ctx->workspace, write ? PRS_STORE_OPEN_DEFAULT : PRS_STORE_OPEN_READ_ONLY, error);
}

static int
kpi_set (PrsCliContext *ctx, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  KpiArgs a = { 0 };
  PrsKpiSettings s = { 0 };
  PrsKpiRubric rubric;
  int year = 0, rc;

  if ((rc = parse_kpi_args (argc, argv, &a)) != PRS_CLI_OK)
    return rc;
  if ((rc = need_year (&a, &year)) != PRS_CLI_OK)
    return rc;
  if (a.thresholds == NULL)
    return prs_cli_fail (_("Give the rubric with --thresholds, such as --thresholds 70,75,80,85,90"));
  if (a.scoring != NULL && !g_str_equal (a.scoring, "linear") && !g_str_equal (a.scoring, "step")
      && !g_str_equal (a.scoring, "steps"))
    return prs_cli_fail (_("--scoring is linear or step, not “%s”."), a.scoring);
  s.method = a.scoring && g_str_has_prefix (a.scoring, "step") ? PRS_KPI_STEPS : PRS_KPI_LINEAR;
  s.lower_is_better = a.lower_is_better;
  if (!prs_kpi_rubric_parse (&rubric, a.thresholds, a.lower_is_better, s.method, &error))
    return prs_cli_fail ("%s", error->message);
  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    {
      PrsRational t = rubric.thresholds[i];

      /* stored in hundredths: 82.5 is fine, 82.125 is not */
      if (t.den == 0 || (t.num * 100) % t.den != 0)
        return prs_cli_fail (_("Thresholds may have at most two decimals."));
      s.thresholds[i] = t.num * 100 / t.den;
    }
  if (a.staff_types && !prs_staff_types_parse_list (a.staff_types, &s.staff_types, &error))
    return prs_cli_fail ("%s", error->message);
  s.name = a.name;
  store = open_workspace (ctx, TRUE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (prs_kpi_store_set (store, year, &s, &error) == 0)
    return prs_cli_fail (_("Could not set the KPI: %s"), error->message);
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (_("The Common KPI of %d is set: %u designated activities.\n"), year,
          (guint) prs_store_count (store, "kpi_activities"));
  return PRS_CLI_OK;
}

static void
json_hundredths (GString *out, PrsScore v)
{
  char buf[PRS_SCORE_BUF_SIZE];

  g_string_append (out, prs_score_to_ascii (v, buf));
}

static void
json_depth (GString *out, const guint *depth, guint n)
{
  g_string_append_c (out, '{');
  for (guint d = 0; d <= n; d++)
    g_string_append_printf (out, "%s\"%u\": %u", d ? ", " : "", d, depth[d]);
  g_string_append_c (out, '}');
}

static void
report_json (GString *out, PrsKpiReport *r)
{
  g_string_append_printf (out, "{\n  \"year\": %d,\n  \"name\": ", r->year);
  prs_cli_json_string (out, r->name);
  g_string_append (out, ",\n  \"thresholds\": [");
  for (guint i = 0; i < PRS_KPI_LEVELS; i++)
    {
      if (i)
        g_string_append (out, ", ");
      json_hundredths (out, r->thresholds[i]);
    }
  g_string_append_printf (out, "],\n  \"scoring\": \"%s\",\n  \"staff_types\": [",
                          r->rubric.method == PRS_KPI_STEPS ? "step" : "linear");
  for (guint t = 0, k = 0; t < PRS_STAFF_TYPE_N; t++)
    if (r->staff_types & (1u << t))
      g_string_append_printf (out, "%s\"%s\"", k++ ? ", " : "", prs_staff_type_to_string (t));
  g_string_append (out, "],\n  \"activities\": [");
  for (guint i = 0; i < r->activities->len; i++)
    {
      PrsKpiActivity *a = r->activities->pdata[i];

      g_string_append (out, i ? ",\n    {\"plan\": " : "\n    {\"plan\": ");
      g_string_append_printf (out, "%" G_GINT64_FORMAT ", \"number\": ", a->plan_id);
      prs_cli_json_string (out, a->number);
      g_string_append (out, ", \"title\": ");
      prs_cli_json_string (out, a->title);
      g_string_append_printf (out, ", \"joined\": %u, \"headcount_only\": %s}", a->joined,
                              a->headcount_only ? "true" : "false");
    }
  g_string_append (out, r->activities->len ? "\n  ],\n  \"units\": [" : "],\n  \"units\": [");
  for (guint i = 0; i < r->units->len; i++)
    {
      PrsKpiUnitResult *u = r->units->pdata[i];

      g_string_append (out, i ? ",\n    {\"unit\": " : "\n    {\"unit\": ");
      prs_cli_json_string (out, u->name);
      g_string_append (out, ", \"abbreviation\": ");
      prs_cli_json_string (out, u->abbreviation);
      g_string_append_printf (out, ", \"staff\": %u, \"joined\": %u, \"percent\": ", u->staff, u->joined);
      json_hundredths (out, u->percent);
      g_string_append (out, ", \"score\": ");
      json_hundredths (out, u->score);
      g_string_append (out, ", \"depth\": ");
      json_depth (out, u->depth, r->n_named);
      g_string_append_c (out, '}');
    }
  g_string_append (out, r->units->len ? "\n  ],\n" : "],\n");
  g_string_append_printf (out, "  \"total\": {\"staff\": %u, \"joined\": %u, \"percent\": ", r->staff, r->joined);
  json_hundredths (out, r->percent);
  g_string_append (out, ", \"score\": ");
  json_hundredths (out, r->score);
  g_string_append (out, "},\n  \"depth\": ");
  json_depth (out, r->depth, r->n_named);
  g_string_append (out, "\n}\n");
}

static int
kpi_report (PrsCliContext *ctx, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  KpiArgs a = { 0 };
  int year = 0, rc;

  if ((rc = parse_kpi_args (argc, argv, &a)) != PRS_CLI_OK)
    return rc;
  if ((rc = need_year (&a, &year)) != PRS_CLI_OK)
    return rc;
  if (!a.json && a.format == NULL)
    return prs_cli_fail (_("Give --json, or --format pdf, docx, xlsx or csv with -o OUT."));
  if (a.format != NULL)
    {
      PrsExportFormat format;

      if (!prs_export_format_from_string (a.format, &format))
        return prs_cli_fail (_("Give the format with --format pdf, docx, xlsx or csv."));
      if (a.output == NULL)
        return prs_cli_fail (_("Give the output file with -o OUT."));
    }
  store = open_workspace (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (prs_kpi_store_find (store, year, &error) == 0)
    {
      if (error != NULL)
        return prs_cli_fail ("%s", error->message);
      fprintf (stderr, _("prongsai-cli: no Common KPI is set for %d; the default rubric 70,75,80,85,90 is used.\n"),
               year);
    }

  if (a.json)
    {
      g_autoptr (PrsKpiReport) r = prs_kpi_report_compute (store, year, &error);
      g_autoptr (GString) out = g_string_new (NULL);

      if (r == NULL)
        return prs_cli_fail ("%s", error->message);
      report_json (out, r);
      fputs (out->str, stdout);
    }
  if (a.format != NULL)
    {
      g_autoptr (PrsReport) report = NULL;
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (a.output);
      PrsExportFormat format = PRS_EXPORT_PDF;

      prs_export_format_from_string (a.format, &format);
      if (format == PRS_EXPORT_CSV)
        {
          /* CSV holds one table: the KPI table */
          g_autoptr (PrsKpiReport) r = prs_kpi_report_compute (store, year, &error);

          if (r == NULL)
            return prs_cli_fail ("%s", error->message);
          report = prs_report_new ("Common KPI");
          prs_report_set_thai_digits (report, a.thai_digits);
          prs_kpi_report_add_tables (report, r, FALSE);
        }
      else
        report = prs_kpi_report_build (store, year, a.thai_digits, &error);
      if (report == NULL)
        return prs_cli_fail ("%s", error->message);
      if (!prs_export_report (report, format, file, NULL, NULL, NULL, &error))
        return prs_cli_fail (_("Could not write “%s”: %s"), a.output, error->message);
    }
  return PRS_CLI_OK;
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
  if (g_str_equal (argv[1], "set"))
    return kpi_set (ctx, argc, argv);
  if (g_str_equal (argv[1], "report"))
    return kpi_report (ctx, argc, argv);
  return prs_cli_fail (_("Unknown kpi command “%s”. Try “kpi --help”."), argv[1]);
}
