/* prs-cli-plan.c: prongsai-cli plan — import, list, show, report, copy, diff,
 * approve and revise action plans
 *
 *   plan import IN.csv|IN.xlsx --year Y [--kind morality|anti_corruption|internal_measures] [--title TEXT]
 *   plan list [--year Y] --json
 *   plan show ID --json [--round 6|9|12]
 *   plan report ID --format pdf|docx|xlsx|csv [--round 6|9|12] [--thai-digits] -o OUT
 *   plan copy ID --year Y
 *   plan diff OLD_ID NEW_ID --json | --format pdf|docx|xlsx|csv -o OUT
 *   plan approve ID --date DATE [--reference TEXT]
 *   plan revise ID
 *
 * Money in the JSON is a number in baht with two decimals (7225.00), printed from
 * exact satang, never through a double.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"
#include "prs-export.h"
#include "prs-plan-report.h"
#include "prs-store.h"
#include "prs-store-plans-tree.h"

typedef struct
{
  const char *year;
  const char *kind;
  const char *title;
  const char *format;
  const char *output;
  const char *round;
  const char *date;
  const char *reference;
  const char *activity;
  const char *status;
  const char *spent;
  const char *narrative;
  const char *result;
  const char *participants;
  gboolean json;
  gboolean thai_digits;
  gboolean dry_run;
  const char *args[3];
  guint n_args;
} PlanArgs;

static const PrsCliUsage usages[] = {
  { "import", "plan import IN.csv|IN.xlsx --year Y [--kind morality|anti_corruption|internal_measures] "
              "[--title TEXT] [--dry-run]" },
  { "list", "plan list [--year Y] --json" },
  { "show", "plan show ID --json [--round 6|9|12]" },
  { "report", "plan report ID --format pdf|docx|xlsx|csv [--round 6|9|12] [--thai-digits] -o OUT" },
  { "copy", "plan copy ID --year Y" },
  { "diff", "plan diff OLD_ID NEW_ID --json" },
  { "diff", "plan diff OLD_ID NEW_ID --format pdf|docx|xlsx|csv -o OUT" },
  { "approve", "plan approve ID --date DATE [--reference TEXT]" },
  { "revise", "plan revise ID" },
  { "progress", "plan progress ID --round 6|9|12 --activity NUMBER "
                "[--status not_started|in_progress|done|cancelled] [--result VALUE] [--spent BAHT] "
                "[--participants N] [--narrative TEXT]" },
  { "freeze", "plan freeze ID --round 6|9|12" },
};

static void
print_usage_notes (FILE *out, const char *verb)
{
  if (verb == NULL || g_str_equal (verb, "import") || g_str_equal (verb, "list") || g_str_equal (verb, "copy"))
    fprintf (out, "%s\n", _("Y is a Buddhist Era fiscal year such as 2568."));
}

static void
print_usage (FILE *out)
{
  prs_cli_print_usages (out, usages, G_N_ELEMENTS (usages), NULL);
  print_usage_notes (out, NULL);
}

static int
parse_args (int argc, char **argv, PlanArgs *a)
{
  static const PrsCliValued valued[] = {
    { "--year", G_STRUCT_OFFSET (PlanArgs, year) },
    { "--kind", G_STRUCT_OFFSET (PlanArgs, kind) },
    { "--title", G_STRUCT_OFFSET (PlanArgs, title) },
    { "--format", G_STRUCT_OFFSET (PlanArgs, format) },
    { "--output", G_STRUCT_OFFSET (PlanArgs, output) },
    { "-o", G_STRUCT_OFFSET (PlanArgs, output) },
    { "--round", G_STRUCT_OFFSET (PlanArgs, round) },
    { "--date", G_STRUCT_OFFSET (PlanArgs, date) },
    { "--reference", G_STRUCT_OFFSET (PlanArgs, reference) },
    { "--activity", G_STRUCT_OFFSET (PlanArgs, activity) },
    { "--status", G_STRUCT_OFFSET (PlanArgs, status) },
    { "--spent", G_STRUCT_OFFSET (PlanArgs, spent) },
    { "--narrative", G_STRUCT_OFFSET (PlanArgs, narrative) },
    { "--result", G_STRUCT_OFFSET (PlanArgs, result) },
    { "--participants", G_STRUCT_OFFSET (PlanArgs, participants) },
  };
  static const PrsCliFlag flags[] = {
    { "--json", G_STRUCT_OFFSET (PlanArgs, json), TRUE },
    { "--thai-digits", G_STRUCT_OFFSET (PlanArgs, thai_digits), TRUE },
    { "--dry-run", G_STRUCT_OFFSET (PlanArgs, dry_run), TRUE },
  };

  /* A negative number ("-500") is an argument, not an option. */
  return prs_cli_parse_options (argc, argv, "plan", flags, G_N_ELEMENTS (flags), valued, G_N_ELEMENTS (valued), a,
                                a->args, G_N_ELEMENTS (a->args), &a->n_args, TRUE);
}

static PrsStore *
open_store (PrsCliContext *ctx, gboolean write, gboolean create, GError **error)
{
  if (ctx->workspace == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Give the workspace with --workspace FILE."));
      return NULL;
    }
  if (!create && !g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, _("The workspace “%s” does not exist."),
                   ctx->workspace);
      return NULL;
    }
  return prs_store_open (ctx->workspace,
                         write ? (create ? PRS_STORE_OPEN_CREATE : PRS_STORE_OPEN_DEFAULT) : PRS_STORE_OPEN_READ_ONLY,
                         error);
}

/* Fiscal years a plan is plausibly for: plans kept from a few years back, and the
 * next ones drafted ahead. Others are imported with a warning. */
#define PLAN_YEARS_BACK  10
#define PLAN_YEARS_AHEAD 2

static int
parse_year (const char *text, int *year)
{
  g_autofree char *arabic = NULL;
  char *end = NULL;
  gint64 v;

  if (text == NULL)
    return prs_cli_fail (_("Give the year with --year, a Buddhist Era fiscal year such as 2568."));
  arabic = prs_digits_to_arabic (text);
  g_strstrip (arabic);
  v = g_ascii_strtoll (arabic, &end, 10);
  if (end == arabic || *end != '\0' || v < 2400 || v > 2800)
    return prs_cli_fail (_("The year “%s” is not a Buddhist Era year such as 2568."), text);
  *year = (int) v;
  return PRS_CLI_OK;
}

static int
parse_id (const char *text, gint64 *id)
{
  g_autofree char *arabic = NULL;
  char *end = NULL;

  if (text == NULL)
    return prs_cli_fail (_("Give the plan's id (see “plan list”)."));
  arabic = prs_digits_to_arabic (text);
  *id = g_ascii_strtoll (arabic, &end, 10);
  if (end == arabic || *end != '\0' || *id <= 0)
    return prs_cli_fail (_("“%s” is not a plan id (see “plan list”)."), text);
  return PRS_CLI_OK;
}

static int
parse_round (const char *text, int *round)
{
  g_autofree char *arabic = NULL;

  *round = 0;
  if (text == NULL)
    return PRS_CLI_OK;
  arabic = prs_digits_to_arabic (text);
  g_strstrip (arabic);
  if (g_str_equal (arabic, "6") || g_str_equal (arabic, "9") || g_str_equal (arabic, "12"))
    {
      *round = atoi (arabic);
      return PRS_CLI_OK;
    }
  return prs_cli_fail (_("The round “%s” is not 6, 9 or 12 (months)."), text);
}

/* ---- JSON ---- */

static void
json_hundredths (GString *out, gint64 h)
{
  if (h < 0)
    {
      g_string_append_c (out, '-');
      h = -h;
    }
  if (h % 100 == 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, h / 100);
  else
    {
      g_autofree char *frac = g_strdup_printf ("%02d", (int) (h % 100));
      if (frac[1] == '0')
        frac[1] = '\0';
      g_string_append_printf (out, "%" G_GINT64_FORMAT ".%s", h / 100, frac);
    }
}

static void
indent (GString *out, int n)
{
  for (int i = 0; i < n; i++)
    g_string_append (out, "  ");
}

static const char *
level_name (PrsPlanTree *tree, guint depth)
{
  if (depth < tree->levels->len)
    return g_ptr_array_index (tree->levels, depth);
  return tree->levels->len ? g_ptr_array_index (tree->levels, tree->levels->len - 1) : "";
}

static void
json_node (GString *out, PrsPlanTree *tree, PrsPlanNodeInfo *n, int ind)
{
  indent (out, ind);
  g_string_append (out, "{\"number\": ");
  prs_cli_json_string (out, n->number);
  g_string_append (out, ", \"level\": ");
  /* an activity is at the plan's last level even when its parent sits higher */
  prs_cli_json_string (out, level_name (tree, n->is_activity && tree->levels->len ? tree->levels->len - 1 : n->depth));
  g_string_append (out, ", \"title\": ");
  prs_cli_json_string (out, n->title);
  g_string_append (out, ", \"budget\": ");
  prs_cli_json_baht (out, n->budget_satang);
  g_string_append (out, ", \"budget_kind\": ");
  prs_cli_json_string (out, n->is_activity ? n->budget_kind : "rollup");
  g_string_append_printf (out, ", \"activities\": %u", n->n_activities);
  g_string_append (out, ", \"indicators\": [");
  for (guint i = 0; i < n->indicators->len; i++)
    {
      PrsPlanIndicatorInfo *x = g_ptr_array_index (n->indicators, i);
      g_string_append (out, i ? ", {\"name\": " : "{\"name\": ");
      prs_cli_json_string (out, x->name);
      g_string_append (out, ", \"target\": ");
      if (x->has_target)
        json_hundredths (out, x->target_hundredths);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"unit\": ");
      prs_cli_json_string (out, x->unit);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "], \"months\": [");
  for (int m = 0, k = 0; m < 12; m++)
    if (n->months & (1u << m))
      g_string_append_printf (out, k++ ? ", %d" : "%d", m + 1);
  /* ISO or null; groups have none */
  g_string_append (out, "], \"due_date\": ");
  if (n->is_activity && n->due_date)
    prs_cli_json_string (out, n->due_date);
  else
    g_string_append (out, "null");
  g_string_append (out, ", \"units\": [");
  if (n->all_units)
    prs_cli_json_string (out, "ทุกหน่วยงาน");
  for (guint i = 0; i < n->units->len; i++)
    {
      if (i || n->all_units)
        g_string_append (out, ", ");
      prs_cli_json_string (out, g_ptr_array_index (n->units, i));
    }
  g_string_append (out, "]");
  if (tree->round)
    {
      /* with --round: the round's figures (status of an activity in that round,
       * what was entered as spent in it, the counts under a group) */
      g_string_append (out, ", \"progress\": {\"status\": ");
      if (n->is_activity)
        prs_cli_json_string (out, n->status);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"spent\": ");
      prs_cli_json_baht (out, n->spent_satang);
      g_string_append_printf (out, ", \"done\": %u, \"in_progress\": %u, \"not_started\": %u, \"cancelled\": %u}",
                              n->n_done, n->n_in_progress, n->n_not_started, n->n_cancelled);
    }
  g_string_append (out, ", \"children\": [");
  if (n->children->len)
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; i < n->children->len; i++)
        {
          json_node (out, tree, g_ptr_array_index (n->children, i), ind + 1);
          g_string_append (out, i + 1 < n->children->len ? ",\n" : "\n");
        }
      indent (out, ind);
    }
  g_string_append (out, "]}");
}

/* ---- subcommands ---- */

static int
fail_error (GError *error)
{
  return prs_cli_fail ("%s", error->message);
}

static int
plan_import (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsPlanTable) table = NULL;
  PrsPlanImportResult result = { 0 };
  const char *kind = a->kind ? a->kind : "morality";
  g_autofree char *budget = NULL;
  int year, rc;
  gint64 id;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one file to import: plan import IN.csv|IN.xlsx --year Y."));
  if ((rc = parse_year (a->year, &year)) != PRS_CLI_OK)
    return rc;
  if (!prs_plan_kind_is_valid (kind))
    return prs_cli_fail (_("“%s” is not a kind of plan: use morality, anti_corruption or internal_measures."), kind);
  if (!g_file_test (a->args[0], G_FILE_TEST_IS_REGULAR))
    return prs_cli_fail (_("The file “%s” does not exist."), a->args[0]);
  table = prs_plan_table_read_file (a->args[0], &error);
  if (table == NULL)
    return prs_cli_fail ("%s: %s", a->args[0], error->message);
  if (prs_plan_table_count_activities (table) == 0)
    return prs_cli_fail (_("%s: no activities found under the header on line %u."), a->args[0], table->header_line);
  /* a year that is no plausible fiscal year (a typo: 2400 for 2568), or that is not
   * the year the plan's title names: imported as asked, with a warning */
  {
    PrsDate today;
    int current, title_year = prs_plan_table_title_year (table);

    prs_date_today (&today);
    current = prs_fiscal_year (&today);
    if (year < current - PLAN_YEARS_BACK || year > current + PLAN_YEARS_AHEAD)
      g_ptr_array_add (table->warnings,
                       g_strdup_printf (_("The year %d is far from the current fiscal year %d: check --year."),
                                        year, current));
    if (title_year != 0 && title_year != year)
      g_ptr_array_add (table->warnings,
                       g_strdup_printf (_("The plan's title names the fiscal year %d, but it is imported as %d: "
                                          "check --year."),
                                        title_year, year));
  }

  if (a->dry_run)
    {
      gint64 total = 0;
      for (guint i = 0; i < table->items->len; i++)
        {
          PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
          if (!it->is_group && it->budget_kind == PRS_PLAN_BUDGET_AMOUNT)
            total += it->budget_satang;
        }
      budget = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);
      printf (_("Would import %u activities, budget %s baht (nothing written).\n"),
              prs_plan_table_count_activities (table), budget);
      for (guint i = 0; i < table->warnings->len; i++)
        {
          g_autofree char *clean = prs_cli_sanitize (g_ptr_array_index (table->warnings, i));
          fprintf (stderr, "prongsai-cli: %s\n", clean);
        }
      return PRS_CLI_OK;
    }

  store = open_store (ctx, TRUE, TRUE, &error);
  if (store == NULL)
    return fail_error (error);
  if (prs_store_get_read_only (store))
    return prs_cli_fail (_("The workspace is read-only: %s"), prs_store_get_read_only_reason (store));
  id = prs_store_import_plan (store, table, kind, year, a->title, &result, &error);
  if (!id || !prs_store_save (store, &error))
    return fail_error (error);
  budget = prs_money_format (result.budget_satang, PRS_MONEY_FORMAT_DEFAULT);
  if (a->json)
    {
      g_autoptr (GString) out = g_string_new ("{");
      g_string_append_printf (out, "\"id\": %" G_GINT64_FORMAT ", \"activities\": %u, \"budget\": ", id,
                              result.n_activities);
      prs_cli_json_baht (out, result.budget_satang);
      g_string_append (out, ", \"new_units\": [");
      for (guint i = 0; i < result.new_units->len; i++)
        {
          if (i)
            g_string_append (out, ", ");
          prs_cli_json_string (out, g_ptr_array_index (result.new_units, i));
        }
      g_string_append (out, "], \"warnings\": [");
      for (guint i = 0; i < result.warnings->len; i++)
        {
          if (i)
            g_string_append (out, ", ");
          prs_cli_json_string (out, g_ptr_array_index (result.warnings, i));
        }
      g_string_append (out, "]}\n");
      fputs (out->str, stdout);
    }
  else
    {
      printf (_("Imported plan %lld: %u activities, budget %s baht.\n"), (long long) id, result.n_activities,
              budget);
      for (guint i = 0; i < result.new_units->len; i++)
        {
          g_autofree char *clean = prs_cli_sanitize (g_ptr_array_index (result.new_units, i));
          printf (_("New unit: %s\n"), clean);
        }
      for (guint i = 0; i < result.warnings->len; i++)
        {
          g_autofree char *clean = prs_cli_sanitize (g_ptr_array_index (result.warnings, i));
          fprintf (stderr, "prongsai-cli: %s\n", clean);
        }
    }
  prs_plan_import_result_clear (&result);
  return PRS_CLI_OK;
}

static int
plan_list (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GString) out = g_string_new ("[");
  int year = 0, rc;

  if (a->year && (rc = parse_year (a->year, &year)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, FALSE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  plans = prs_store_list_plans (store, year, &error);
  if (plans == NULL)
    return fail_error (error);
  if (!a->json)
    {
      for (guint i = 0; i < plans->len; i++)
        {
          PrsPlanSummary *s = g_ptr_array_index (plans, i);
          g_autofree char *b = prs_money_format (s->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
          g_autofree char *title = prs_cli_sanitize (s->title);
          printf ("%" G_GINT64_FORMAT "\t%d\t%s\t%s\t%u\t%s\t%s\n", s->id, s->fiscal_year, s->kind, s->status,
                  s->n_activities, b, title);
        }
      return PRS_CLI_OK;
    }
  for (guint i = 0; i < plans->len; i++)
    {
      PrsPlanSummary *s = g_ptr_array_index (plans, i);
      g_string_append (out, i ? ",\n  {" : "\n  {");
      g_string_append_printf (out, "\"id\": %" G_GINT64_FORMAT ", \"title\": ", s->id);
      prs_cli_json_string (out, s->title);
      g_string_append_printf (out, ", \"fiscal_year\": %d, \"kind\": ", s->fiscal_year);
      prs_cli_json_string (out, s->kind);
      g_string_append (out, ", \"status\": ");
      prs_cli_json_string (out, s->status);
      g_string_append_printf (out, ", \"activities\": %u, \"budget\": ", s->n_activities);
      prs_cli_json_baht (out, s->budget_satang);
      g_string_append_c (out, '}');
    }
  g_string_append (out, plans->len ? "\n]\n" : "]\n");
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
plan_show (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsPlanTree) tree = NULL;
  g_autoptr (GString) out = g_string_new ("{");
  gint64 id;
  int round, rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan show ID --json."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK || (rc = parse_round (a->round, &round)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, FALSE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  tree = prs_store_load_plan (store, id, round, &error);
  if (tree == NULL)
    return fail_error (error);
  g_string_append_printf (out, "\n  \"id\": %" G_GINT64_FORMAT ",\n  \"title\": ", tree->id);
  prs_cli_json_string (out, tree->title);
  g_string_append_printf (out, ",\n  \"fiscal_year\": %d,\n  \"kind\": ", tree->fiscal_year);
  prs_cli_json_string (out, tree->kind);
  g_string_append (out, ",\n  \"status\": ");
  prs_cli_json_string (out, tree->status);
  g_string_append (out, ",\n  \"levels\": [");
  for (guint i = 0; i < tree->levels->len; i++)
    {
      if (i)
        g_string_append (out, ", ");
      prs_cli_json_string (out, g_ptr_array_index (tree->levels, i));
    }
  g_string_append (out, "],\n  \"budget\": ");
  prs_cli_json_baht (out, tree->budget_satang);
  g_string_append_printf (out, ",\n  \"activities\": %u,", tree->n_activities);
  if (tree->round)
    {
      g_string_append_printf (out, "\n  \"round\": %d,\n  \"round_frozen\": %s,\n  \"spent\": ", tree->round,
                              tree->round_frozen ? "true" : "false");
      prs_cli_json_baht (out, tree->spent_satang);
      g_string_append_printf (out, ",\n  \"done\": %u,\n  \"in_progress\": %u,\n  \"not_started\": %u,\n"
                              "  \"cancelled\": %u,", tree->n_done, tree->n_in_progress, tree->n_not_started,
                              tree->n_cancelled);
    }
  g_string_append (out, "\n  \"nodes\": [");
  for (guint i = 0; i < tree->roots->len; i++)
    {
      g_string_append (out, i ? ",\n" : "\n");
      json_node (out, tree, g_ptr_array_index (tree->roots, i), 2);
    }
  g_string_append (out, tree->roots->len ? "\n  ]\n}\n" : "]\n}\n");
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
export_to (PrsReport *report, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  PrsExportFormat format = PRS_EXPORT_PDF;

  prs_export_format_from_string (a->format, &format);
  file = g_file_new_for_commandline_arg (a->output);
  if (!prs_export_report (report, format, file, NULL, NULL, NULL, &error))
    return prs_cli_fail ("%s", error->message);
  return PRS_CLI_OK;
}

static int
check_format (const PlanArgs *a)
{
  PrsExportFormat format;

  if (a->format == NULL || !prs_export_format_from_string (a->format, &format))
    return prs_cli_fail (_("Give the format with --format pdf, docx, xlsx or csv."));
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  return PRS_CLI_OK;
}

static int
plan_report (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsReport) report = NULL;
  gint64 id;
  int round, rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan report ID --format pdf -o OUT."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK || (rc = parse_round (a->round, &round)) != PRS_CLI_OK
      || (rc = check_format (a)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, FALSE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  report = round ? prs_plan_progress_report_new (store, id, round, a->thai_digits, &error)
                 : prs_plan_table_report_new (store, id, a->thai_digits, &error);
  if (report == NULL)
    return fail_error (error);
  return export_to (report, a);
}

static int
plan_copy (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 id, new_id;
  int year, rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan copy ID --year Y."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK || (rc = parse_year (a->year, &year)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, TRUE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  new_id = prs_store_copy_plan (store, id, year, &error);
  if (!new_id || !prs_store_save (store, &error))
    return fail_error (error);
  if (a->json)
    printf ("{\"id\": %" G_GINT64_FORMAT "}\n", new_id);
  else
    printf ("%" G_GINT64_FORMAT "\n", new_id);
  return PRS_CLI_OK;
}

static void
json_diff_items (GString *out, GPtrArray *items, gboolean changed)
{
  for (guint i = 0; i < items->len; i++)
    {
      PrsPlanDiffItem *d = g_ptr_array_index (items, i);
      g_string_append (out, i ? ",\n    {\"title\": " : "\n    {\"title\": ");
      prs_cli_json_string (out, d->title);
      if (!changed)
        {
          PrsPlanNodeInfo *n = d->new_node ? d->new_node : d->old_node;
          g_string_append (out, ", \"number\": ");
          prs_cli_json_string (out, d->number);
          g_string_append (out, ", \"budget\": ");
          prs_cli_json_baht (out, n->budget_satang);
        }
      else
        {
          g_string_append (out, ", \"fields\": {");
          for (guint f = 0; f < d->fields->len; f++)
            {
              const char *key = g_ptr_array_index (d->fields, f);
              g_autofree char *o = prs_plan_node_field_text (d->old_node, key);
              g_autofree char *n = prs_plan_node_field_text (d->new_node, key);
              if (f)
                g_string_append (out, ", ");
              prs_cli_json_string (out, key);
              g_string_append (out, ": {\"old\": ");
              if (g_str_equal (key, "budget"))
                prs_cli_json_baht (out, d->old_node->budget_satang);
              else
                prs_cli_json_string (out, o);
              g_string_append (out, ", \"new\": ");
              if (g_str_equal (key, "budget"))
                prs_cli_json_baht (out, d->new_node->budget_satang);
              else
                prs_cli_json_string (out, n);
              g_string_append_c (out, '}');
            }
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, '}');
    }
  if (items->len)
    g_string_append (out, "\n  ");
}

static int
plan_diff (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsPlanTree) old_tree = NULL;
  g_autoptr (PrsPlanTree) new_tree = NULL;
  g_autoptr (PrsPlanDiff) diff = NULL;
  g_autoptr (GString) out = g_string_new ("{\n  \"added\": [");
  gint64 old_id, new_id;
  int rc;

  if (a->n_args != 2)
    return prs_cli_fail (_("Give two plan ids: plan diff OLD_ID NEW_ID --json."));
  if ((rc = parse_id (a->args[0], &old_id)) != PRS_CLI_OK || (rc = parse_id (a->args[1], &new_id)) != PRS_CLI_OK)
    return rc;
  if (!a->json && (rc = check_format (a)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, FALSE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  if (!a->json)
    {
      g_autoptr (PrsReport) report = prs_plan_diff_report_new (store, old_id, new_id, a->thai_digits, &error);
      if (report == NULL)
        return fail_error (error);
      return export_to (report, a);
    }
  old_tree = prs_store_load_plan (store, old_id, 0, &error);
  if (old_tree == NULL)
    return fail_error (error);
  new_tree = prs_store_load_plan (store, new_id, 0, &error);
  if (new_tree == NULL)
    return fail_error (error);
  diff = prs_plan_diff_new (old_tree, new_tree);
  json_diff_items (out, diff->added, FALSE);
  g_string_append (out, "],\n  \"removed\": [");
  json_diff_items (out, diff->removed, FALSE);
  g_string_append (out, "],\n  \"changed\": [");
  json_diff_items (out, diff->changed, TRUE);
  g_string_append (out, "]\n}\n");
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
plan_approve (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 id;
  int rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan approve ID --date DATE."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK)
    return rc;
  if (a->date == NULL)
    return prs_cli_fail (_("Give the date of the meeting's resolution with --date."));
  store = open_store (ctx, TRUE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  if (!prs_store_plan_approve (store, id, a->date, a->reference, &error) || !prs_store_save (store, &error))
    return fail_error (error);
  return PRS_CLI_OK;
}

static int
plan_revise (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 id, new_id;
  int rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan revise ID."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK)
    return rc;
  store = open_store (ctx, TRUE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  new_id = prs_store_plan_revise (store, id, &error);
  if (!new_id || !prs_store_save (store, &error))
    return fail_error (error);
  printf ("%" G_GINT64_FORMAT "\n", new_id);
  return PRS_CLI_OK;
}

static int
plan_progress (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsPlanTree) tree = NULL;
  g_autofree char *want = NULL;
  PrsPlanNodeInfo *node = NULL;
  gint64 id, spent = 0, participants = -1, result = 0;
  gboolean has_result = FALSE;
  int round, rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan progress ID --round 6 --activity NUMBER."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK || (rc = parse_round (a->round, &round)) != PRS_CLI_OK)
    return rc;
  if (round == 0)
    return prs_cli_fail (_("Give the round with --round 6, 9 or 12."));
  if (a->activity == NULL)
    return prs_cli_fail (_("Give the activity's number with --activity (as “plan show” numbers it)."));
  if (a->status && !(g_str_equal (a->status, "not_started") || g_str_equal (a->status, "in_progress")
                     || g_str_equal (a->status, "done") || g_str_equal (a->status, "cancelled")))
    return prs_cli_fail (_("The status “%s” is not one of not_started, in_progress, done, cancelled."), a->status);
  if (a->spent && !prs_money_parse (a->spent, &spent, &error))
    return prs_cli_fail (_("--spent: %s"), error->message);
  if (a->result && !prs_number_parse_hundredths (a->result, &result, NULL, &error))
    return prs_cli_fail (_("--result: %s"), error->message);
  has_result = a->result != NULL;
  if (a->participants)
    {
      g_autofree char *p = prs_digits_to_arabic (a->participants);
      char *end = NULL;
      participants = g_ascii_strtoll (p, &end, 10);
      if (end == p || *end || participants < 0)
        return prs_cli_fail (_("--participants: “%s” is not a number of people."), a->participants);
    }
  store = open_store (ctx, TRUE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  tree = prs_store_load_plan (store, id, round, &error);
  if (tree == NULL)
    return fail_error (error);
  want = prs_digits_to_arabic (a->activity);
  for (guint i = 0; i < tree->nodes->len && node == NULL; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (tree->nodes, i);
      if (n->is_activity && g_str_equal (n->number, want))
        node = n;
    }
  if (node == NULL)
    return prs_cli_fail (_("The plan has no activity numbered “%s”."), a->activity);
  if (!prs_store_begin_edit (store, _("Enter progress"), &error))
    return fail_error (error);
  if ((has_result && node->indicators->len > 0
       && !prs_store_indicator_set_result (store, ((PrsPlanIndicatorInfo *) g_ptr_array_index (node->indicators, 0))->id,
                                           round, result, NULL, &error))
      || !prs_store_progress_set (store, node->id, round, NULL, a->narrative, spent, participants, &error)
      || (a->status && !prs_store_progress_set_status (store, node->id, round, a->status, &error)))
    {
      prs_store_cancel_edit (store);
      return fail_error (error);
    }
  if (!prs_store_end_edit (store, &error) || !prs_store_save (store, &error))
    return fail_error (error);
  return PRS_CLI_OK;
}

static int
plan_freeze (PrsCliContext *ctx, const PlanArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 id;
  int round, rc;

  if (a->n_args != 1)
    return prs_cli_fail (_("Give one plan id: plan freeze ID --round 6."));
  if ((rc = parse_id (a->args[0], &id)) != PRS_CLI_OK || (rc = parse_round (a->round, &round)) != PRS_CLI_OK)
    return rc;
  if (round == 0)
    return prs_cli_fail (_("Give the round with --round 6, 9 or 12."));
  store = open_store (ctx, TRUE, FALSE, &error);
  if (store == NULL)
    return fail_error (error);
  if (!prs_store_plan_freeze_round (store, id, round, TRUE, &error) || !prs_store_save (store, &error))
    return fail_error (error);
  return PRS_CLI_OK;
}

int
prs_cli_plan (PrsCliContext *ctx, int argc, char **argv)
{
  PlanArgs a = { 0 };
  const char *sub;
  int rc;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PRS_CLI_BAD_INPUT : PRS_CLI_OK;
    }
  sub = argv[1];
  /* plan SUB --help: that subcommand's usage */
  if (prs_cli_verb_help (argc, argv, usages, G_N_ELEMENTS (usages)))
    {
      print_usage_notes (stdout, sub);
      return PRS_CLI_OK;
    }
  if ((rc = parse_args (argc, argv, &a)) != PRS_CLI_OK)
    return rc;
  if (g_str_equal (sub, "import"))
    return plan_import (ctx, &a);
  if (g_str_equal (sub, "list"))
    return plan_list (ctx, &a);
  if (g_str_equal (sub, "show"))
    return plan_show (ctx, &a);
  if (g_str_equal (sub, "report"))
    return plan_report (ctx, &a);
  if (g_str_equal (sub, "copy"))
    return plan_copy (ctx, &a);
  if (g_str_equal (sub, "diff"))
    return plan_diff (ctx, &a);
  if (g_str_equal (sub, "approve"))
    return plan_approve (ctx, &a);
  if (g_str_equal (sub, "revise"))
    return plan_revise (ctx, &a);
  if (g_str_equal (sub, "progress"))
    return plan_progress (ctx, &a);
  if (g_str_equal (sub, "freeze"))
    return plan_freeze (ctx, &a);
  return prs_cli_fail (_("Unknown plan command “%s”. Try “plan --help”."), sub);
}
