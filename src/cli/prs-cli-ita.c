/* prs-cli-ita.c: prongsai-cli ita — import, score, compare, chart and report ITA results
 *
 * Numbers in the JSON output are printed from exact hundredths as decimal text
 * ("91.67"), never through a double.
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
#include "prs-ita-store.h"
#include "prs-store-ita-reads.h"
#include "prs-ita-report.h"
#include "prs-export.h"

typedef struct
{
  const char *unit;
  const char *year;
  const char *kind;
  const char *format;
  const char *output;
  gboolean    json;
  gboolean    dry_run;
  const char *input;
  gboolean thai_digits;
} ItaArgs;

static const PrsCliUsage usages[] = {
  { "import", "ita import [--dry-run] IN.csv|IN.xlsx" },
  { "export", "ita export [--year Y] -o OUT.csv" },
  { "score", "ita score --unit U --year Y --json" },
  { "compare", "ita compare --year Y --json" },
  { "chart", "ita chart --year Y [--unit U] --kind indicators|instruments|years|compare|radar|eit-parts|weak-items "
             "--format png|svg|pdf -o OUT [--thai-digits]" },
  { "report", "ita report --year Y [--unit U] --format pdf|docx|xlsx -o OUT [--thai-digits]" },
  { "measures", "ita measures --year Y [--unit U] --format pdf|docx|xlsx|csv -o OUT [--thai-digits]" },
  { "issues", "ita issues --year Y [--unit U] [--json]" },
  { "context", "ita context --year Y [--unit U] [--json]" },
  { "context-import", "ita context-import [--dry-run] IN.csv" },
  { "context-export", "ita context-export [--year Y] -o OUT.csv" },
};

/* The notes under the usage of every subcommand, or only of @sub (ita SUB --help). */
static void
print_usage_notes (FILE *out, const char *sub)
{
  if (sub == NULL || (!g_str_equal (sub, "import") && !g_str_has_prefix (sub, "context") && !g_str_equal (sub, "export")))
    fprintf (out, "%s\n", _("U is a unit's full name or abbreviation; without --unit, your own agency."));
  if (sub == NULL || g_str_equal (sub, "chart"))
    fprintf (out, "%s\n", _("chart --kind compare without --unit draws every unit, highlighting your own agency if one is set."));
  if (sub == NULL || g_str_equal (sub, "import"))
    fprintf (out, "%s\n", _("The file has the columns unit, year, code, part, score (Thai headers such as หน่วยงาน, "
                            "ปีงบประมาณ, รหัส, ส่วน, คะแนน are accepted); title rows above the header are "
                            "skipped. A unit written “name (abbreviation)” matches either."));
  if (sub == NULL || g_str_has_prefix (sub, "context"))
    {
      fprintf (out, "%s\n", _("The context file has the columns unit, year, field, value; the fields are:"));
      fprintf (out, "  ");
      for (const char * const *f = prs_ita_context_field_names (); *f; f++)
        fprintf (out, "%s%s", *f, f[1] ? ", " : "\n");
    }
}

static void
print_usage (FILE *out)
{
  prs_cli_print_usages (out, usages, G_N_ELEMENTS (usages), NULL);
  print_usage_notes (out, NULL);
}

static int
parse_args (int argc, char **argv, ItaArgs *a)
{
  static const PrsCliValued valued[] = {
    { "--unit", G_STRUCT_OFFSET (ItaArgs, unit) },
    { "--year", G_STRUCT_OFFSET (ItaArgs, year) },
    { "--kind", G_STRUCT_OFFSET (ItaArgs, kind) },
    { "--format", G_STRUCT_OFFSET (ItaArgs, format) },
    { "--output", G_STRUCT_OFFSET (ItaArgs, output) },
    { "-o", G_STRUCT_OFFSET (ItaArgs, output) },
  };
  static const PrsCliFlag flags[] = {
    { "--json", G_STRUCT_OFFSET (ItaArgs, json), TRUE },
    { "--dry-run", G_STRUCT_OFFSET (ItaArgs, dry_run), TRUE },
    { "--thai-digits", G_STRUCT_OFFSET (ItaArgs, thai_digits), TRUE },
  };

  return prs_cli_parse_options (argc, argv, "ita", flags, G_N_ELEMENTS (flags), valued, G_N_ELEMENTS (valued), a,
                                &a->input, 1, NULL, FALSE);
}

static PrsStore *
open_store (PrsCliContext *ctx, gboolean write, GError **error)
{
  if (ctx->workspace == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Give the workspace with --workspace FILE."));
      return NULL;
    }
  if (!write && !g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                   _("The workspace “%s” does not exist."), ctx->workspace);
      return NULL;
    }
  return prs_store_open (ctx->workspace,
                         write ? PRS_STORE_OPEN_CREATE : PRS_STORE_OPEN_READ_ONLY, error);
}

static gboolean
parse_year_arg (const char *text, int *year)
{
  g_autofree char *arabic = NULL;
  char *end = NULL;
  gint64 v;

  if (text == NULL)
    return FALSE;
  arabic = prs_digits_to_arabic (text);
  v = g_ascii_strtoll (arabic, &end, 10);
  if (end == arabic || *end != '\0' || v < 2400 || v > 2800)
    return FALSE;
  *year = (int) v;
  return TRUE;
}

static int
need_year (const ItaArgs *a, int *year)
{
  if (a->year == NULL)
    return prs_cli_fail (_("Give the year with --year, a Buddhist Era fiscal year such as 2568."));
  if (!parse_year_arg (a->year, year))
    return prs_cli_fail (_("The year “%s” is not a Buddhist Era year such as 2568."), a->year);
  return PRS_CLI_OK;
}

static gint64
resolve_unit (PrsStore *store, const char *unit, GError **error)
{
  if (unit == NULL)
    return prs_ita_store_get_own_agency (store, error);
  return prs_ita_store_find_unit (store, unit, error);
}

/* ---- JSON, written by hand so numbers stay exact ---- */

/* @score by pointer: the caller's getter runs (as the argument before it) before
 * the value is read here, whatever order the compiler evaluates arguments in. */
static void
json_score (GString *out, gboolean known, const PrsScore *score)
{
  char buf[PRS_SCORE_BUF_SIZE];

  if (known)
    g_string_append (out, prs_score_to_ascii (*score, buf));
  else
    g_string_append (out, "null");
}

static void
json_key (GString *out, int indent, gboolean *first, const char *key)
{
  g_string_append (out, *first ? "\n" : ",\n");
  *first = FALSE;
  for (int i = 0; i < indent; i++)
    g_string_append (out, "  ");
  prs_cli_json_string (out, key);
  g_string_append (out, ": ");
}

static void
json_close (GString *out, int indent, gboolean empty, char bracket)
{
  if (!empty)
    {
      g_string_append_c (out, '\n');
      for (int i = 0; i < indent; i++)
        g_string_append (out, "  ");
    }
  g_string_append_c (out, bracket);
}

/* ---- subcommands ---- */

static int
ita_import (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsItaImportPreview) preview = NULL;

  if (a->input == NULL)
    return prs_cli_fail (_("Give the file to import: a CSV or XLSX file with the columns unit, year, code, part, score."));
  if (!g_file_test (a->input, G_FILE_TEST_IS_REGULAR))
    return prs_cli_fail (_("The file “%s” does not exist."), a->input);
  /* A dry run only reads: it never creates a workspace. */
  store = open_store (ctx, !a->dry_run, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  preview = prs_ita_import_preview (store, a->input, &error);
  if (preview == NULL)
    return prs_cli_fail (_("Could not read “%s”: %s"), a->input, error->message);
  for (guint i = 0; i < preview->warnings->len; i++)
    {
      g_autofree char *line = g_strdup_printf (_("%s: warning: %s"), a->input,
                                               (const char *) preview->warnings->pdata[i]);
      g_autofree char *clean = prs_cli_sanitize (line);
      fprintf (stderr, "%s\n", clean);
    }
  if (preview->errors->len > 0)
    {
      for (guint i = 0; i < preview->errors->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", a->input, (const char *) preview->errors->pdata[i]);
          g_autofree char *clean = prs_cli_sanitize (line);
          fprintf (stderr, "%s\n", clean);
        }
      return prs_cli_fail (g_dngettext (NULL, "%u error; nothing was imported.",
                                        "%u errors; nothing was imported.", preview->errors->len),
                           preview->errors->len);
    }
  if (!a->dry_run && (!prs_ita_import_apply (store, preview, &error) || !prs_store_save (store, &error)))
    return prs_cli_fail (_("Could not import: %s"), error->message);
  /* Named only once they exist (or, for a dry run, would). */
  for (guint i = 0; i < preview->new_units->len; i++)
    {
      g_autofree char *clean = prs_cli_sanitize (preview->new_units->pdata[i]);

      printf (_("New unit: %s\n"), clean);
      /* a real import says it on stderr too: a misspelt unit is easy to miss */
      if (!a->dry_run)
        fprintf (stderr, _("%s: warning: created the unit “%s”, which was not in the workspace; if it is a "
                           "unit you have under another name, merge the two in People & Units.\n"),
                 a->input, clean);
    }
  printf (a->dry_run ? _("Would import %u figures (%s): %u new, %u changed, %u unchanged; %u new units.\n")
                     : _("Imported %u figures (%s): %u new, %u changed, %u unchanged; %u new units.\n"),
          preview->rows->len, preview->format_note ? preview->format_note : "",
          preview->n_new, preview->n_changed, preview->n_unchanged, preview->new_units->len);
  return PRS_CLI_OK;
}

static int
ita_export (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  int year = 0;

  if (a->year != NULL && need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT.csv."));
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (!prs_ita_store_export_csv (store, year, a->output, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  return PRS_CLI_OK;
}

static void
score_json (GString *out, const char *unit, int year, PrsItaRollup *r)
{
  PrsItaFramework *fw = prs_ita_rollup_get_framework (r);
  const PrsItaLevelInfo *level = prs_ita_rollup_get_level (r);
  gboolean first = TRUE, inner, pass = FALSE;
  PrsScore s = 0;
  guint n;

  g_string_append_c (out, '{');
  json_key (out, 1, &first, "unit");
  prs_cli_json_string (out, unit);
  json_key (out, 1, &first, "year");
  g_string_append_printf (out, "%d", year);
  json_key (out, 1, &first, "framework");
  prs_cli_json_string (out, prs_ita_framework_get_id (fw));
  json_key (out, 1, &first, "total");
  json_score (out, prs_ita_rollup_get_total (r, &s), &s);
  json_key (out, 1, &first, "level");
  if (level)
    prs_cli_json_string (out, level->name);
  else
    g_string_append (out, "null");
  json_key (out, 1, &first, "pass");
  g_string_append (out, prs_ita_rollup_get_pass (r, &pass) ? (pass ? "true" : "false") : "null");

  json_key (out, 1, &first, "instruments");
  g_string_append_c (out, '{');
  inner = TRUE;
  for (guint i = 0; i < prs_ita_framework_get_n_instruments (fw); i++)
    {
      const PrsItaInstrumentInfo *ins = prs_ita_framework_get_instrument (fw, i);

      json_key (out, 2, &inner, ins->code);
      json_score (out, prs_ita_rollup_get_instrument (r, ins->code, &s), &s);
    }
  json_close (out, 1, inner, '}');

  json_key (out, 1, &first, "eit_parts");
  g_string_append_c (out, '{');
  inner = TRUE;
  json_key (out, 2, &inner, "public");
  json_score (out, prs_ita_rollup_get_eit_part (r, PRS_ITA_PART_PUBLIC, &s), &s);
  json_key (out, 2, &inner, "survey");
  json_score (out, prs_ita_rollup_get_eit_part (r, PRS_ITA_PART_SURVEY, &s), &s);
  json_close (out, 1, FALSE, '}');

  json_key (out, 1, &first, "indicators");
  g_string_append_c (out, '{');
  inner = TRUE;
  for (guint i = 0; i < prs_ita_framework_get_n_indicators (fw); i++)
    {
      const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (fw, i);

      json_key (out, 2, &inner, ind->id);
      json_score (out, prs_ita_rollup_get_indicator (r, ind->id, &s), &s);
    }
  json_close (out, 1, inner, '}');

  json_key (out, 1, &first, "integrity_index");
  json_score (out, prs_ita_rollup_get_integrity_index (r, &s), &s);

  json_key (out, 1, &first, "mismatches");
  g_string_append_c (out, '[');
  n = prs_ita_rollup_get_n_mismatches (r);
  for (guint i = 0; i < n; i++)
    {
      const PrsItaMismatch *m = prs_ita_rollup_get_mismatch (r, i);
      g_autofree char *code = m->part ? g_strdup_printf ("%s %s", m->code, m->part) : g_strdup (m->code);

      g_string_append (out, i ? ",\n    {" : "\n    {");
      g_string_append (out, "\"code\": ");
      prs_cli_json_string (out, code);
      g_string_append (out, ", \"given\": ");
      json_score (out, TRUE, &m->given);
      g_string_append (out, ", \"computed\": ");
      json_score (out, TRUE, &m->computed);
      g_string_append_c (out, '}');
    }
  json_close (out, 1, n == 0, ']');

  json_key (out, 1, &first, "weak_items");
  g_string_append_c (out, '[');
  n = prs_ita_rollup_get_n_weak_items (r);
  for (guint i = 0; i < n; i++)
    {
      const PrsItaWeakItem *w = prs_ita_rollup_get_weak_item (r, i);
      g_autofree char *code = w->part ? g_strdup_printf ("%s %s", w->item->code, w->part)
                                      : g_strdup (w->item->code);

      g_string_append (out, i ? ",\n    {" : "\n    {");
      g_string_append (out, "\"code\": ");
      prs_cli_json_string (out, code);
      g_string_append (out, ", \"score\": ");
      json_score (out, TRUE, &w->score);
      g_string_append_c (out, '}');
    }
  json_close (out, 1, n == 0, ']');
  json_close (out, 0, FALSE, '}');
  g_string_append_c (out, '\n');
}

static void
score_text (GString *out, const char *unit, int year, PrsItaRollup *r)
{
  const PrsItaLevelInfo *level = prs_ita_rollup_get_level (r);
  PrsScore s = 0;
  char buf[PRS_SCORE_BUF_SIZE];

  g_string_append_printf (out, "%s %d\n", unit, year);
  g_string_append_printf (out, "%s: %s\n", _("Total"),
                          prs_ita_rollup_get_total (r, &s) ? prs_score_to_ascii (s, buf) : "-");
  g_string_append_printf (out, "%s: %s\n", _("Level"), level ? level->name : "-");
}

static int
ita_score (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsItaRollup) rollup = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *name = NULL;
  gint64 unit_id;
  int year = 0;

  if (need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  unit_id = resolve_unit (store, a->unit, &error);
  if (unit_id == 0)
    return prs_cli_fail ("%s", error->message);
  if (!prs_ita_store_get_unit_names (store, unit_id, &name, NULL, &error) && error != NULL)
    return prs_cli_fail ("%s", error->message);
  if (prs_ita_store_find_result (store, unit_id, year, &error) == 0)
    {
      if (error != NULL)
        return prs_cli_fail ("%s", error->message);
      return prs_cli_fail (_("There are no ITA results of “%s” for %d."), name, year);
    }
  rollup = prs_ita_store_compute (store, unit_id, year, &error);
  if (rollup == NULL)
    return prs_cli_fail ("%s", error->message);
  if (a->json)
    score_json (out, name, year, rollup);
  else
    score_text (out, name, year, rollup);
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
ita_compare (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsItaComparison) c = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean first = TRUE;
  int year = 0;

  if (need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  c = prs_ita_store_compare (store, year, &error);
  if (c == NULL)
    return prs_cli_fail ("%s", error->message);
  if (c->units->len == 0)
    return prs_cli_fail (_("There are no ITA results for %d."), year);

  if (!a->json)
    {
      char buf[PRS_SCORE_BUF_SIZE];

      for (guint i = 0; i < c->units->len; i++)
        {
          PrsItaUnitScore *u = c->units->pdata[i];
          printf ("%3u  %-8s  %s  %s\n", u->rank, u->has_total ? prs_score_to_ascii (u->total, buf) : "-",
                  u->level ? u->level->name : "-", u->name);
        }
      printf ("%u/%u  %s%%\n", c->passed, c->count, prs_score_to_ascii (c->pass_share, buf));
      return PRS_CLI_OK;
    }

  g_string_append_c (out, '{');
  json_key (out, 1, &first, "year");
  g_string_append_printf (out, "%d", year);
  json_key (out, 1, &first, "units");
  g_string_append_c (out, '[');
  for (guint i = 0; i < c->units->len; i++)
    {
      PrsItaUnitScore *u = c->units->pdata[i];

      g_string_append (out, i ? ",\n    {" : "\n    {");
      g_string_append (out, "\"unit\": ");
      prs_cli_json_string (out, u->name);
      g_string_append (out, ", \"total\": ");
      json_score (out, u->has_total, &u->total);
      g_string_append (out, ", \"level\": ");
      if (u->level)
        prs_cli_json_string (out, u->level->name);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"pass\": ");
      g_string_append (out, u->has_pass ? (u->pass ? "true" : "false") : "null");
      g_string_append (out, ", \"rank\": ");
      if (u->has_total)
        g_string_append_printf (out, "%u", u->rank);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  json_close (out, 1, c->units->len == 0, ']');
  json_key (out, 1, &first, "count");
  g_string_append_printf (out, "%u", c->count);
  json_key (out, 1, &first, "passed");
  g_string_append_printf (out, "%u", c->passed);
  json_key (out, 1, &first, "pass_share");
  json_score (out, c->count > 0, &c->pass_share);
  json_close (out, 0, FALSE, '}');
  g_string_append_c (out, '\n');
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
ita_chart (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsChart) chart = NULL;
  g_autoptr (PrsChartStyle) style = NULL;
  PrsItaChartKind kind;
  PrsChartFormat format;
  gint64 unit_id;
  int year = 0;

  if (need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  if (a->kind == NULL || !prs_ita_chart_kind_from_string (a->kind, &kind))
    return prs_cli_fail (_("Give the chart with --kind indicators, instruments, years, compare, radar, eit-parts or weak-items."));
  if (a->format == NULL || !prs_chart_format_from_string (a->format, &format))
    return prs_cli_fail (_("Give the format with --format png, svg or pdf."));
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (kind == PRS_ITA_CHART_COMPARE && a->unit == NULL)
    {
      unit_id = prs_ita_store_get_own_agency (store, &error); /* none named: no highlight */
      if (unit_id == 0 && !g_error_matches (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND))
        return prs_cli_fail ("%s", error->message);
      g_clear_error (&error);
    }
  else
    {
      unit_id = resolve_unit (store, a->unit, &error);
      if (unit_id == 0)
        return prs_cli_fail ("%s", error->message);
    }
  chart = prs_ita_chart_build_full (store, unit_id, year, kind, a->thai_digits, &error);
  if (chart == NULL)
    return prs_cli_fail ("%s", error->message);
  style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  if (!prs_chart_save (chart, style, format, a->output, 1000, 620, 192, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  return PRS_CLI_OK;
}

static int
ita_report (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GFile) file = NULL;
  PrsExportFormat format;
  gint64 unit_id;
  int year = 0;

  if (need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  if (a->format == NULL || !prs_export_format_from_string (a->format, &format)
      || format == PRS_EXPORT_CSV)
    return prs_cli_fail (_("Give the format with --format pdf, docx or xlsx."));
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  unit_id = resolve_unit (store, a->unit, &error);
  if (unit_id == 0)
    return prs_cli_fail ("%s", error->message);
  report = prs_ita_report_build (store, unit_id, year, a->thai_digits, &error);
  if (report == NULL)
    return prs_cli_fail ("%s", error->message);
  file = g_file_new_for_commandline_arg (a->output);
  if (!prs_export_report (report, format, file, NULL, NULL, NULL, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  return PRS_CLI_OK;
}

/* The internal-measures plan drawn from year Y's analysis (carried out in Y + 1). */
static int
ita_measures (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GFile) file = NULL;
  PrsExportFormat format;
  gint64 unit_id;
  int year = 0;

  if (need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  if (a->format == NULL || !prs_export_format_from_string (a->format, &format))
    return prs_cli_fail (_("Give the format with --format pdf, docx, xlsx or csv."));
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  unit_id = resolve_unit (store, a->unit, &error);
  if (unit_id == 0)
    return prs_cli_fail ("%s", error->message);
  report = prs_ita_measures_report_build (store, unit_id, year, a->thai_digits, &error);
  if (report == NULL)
    return prs_cli_fail ("%s", error->message);
  file = g_file_new_for_commandline_arg (a->output);
  if (!prs_export_report (report, format, file, NULL, NULL, NULL, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  return PRS_CLI_OK;
}

/* Opens the workspace read-only and resolves --year and --unit. */
static int
open_unit_year (PrsCliContext *ctx, const ItaArgs *a, PrsStore **store, gint64 *unit_id, int *year,
                char **unit_name)
{
  g_autoptr (GError) error = NULL;

  if (need_year (a, year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  *store = open_store (ctx, FALSE, &error);
  if (*store == NULL)
    return prs_cli_fail ("%s", error->message);
  *unit_id = resolve_unit (*store, a->unit, &error);
  if (*unit_id == 0)
    return prs_cli_fail ("%s", error->message);
  if (!prs_ita_store_get_unit_names (*store, *unit_id, unit_name, NULL, &error) && error != NULL)
    return prs_cli_fail ("%s", error->message);
  return PRS_CLI_OK;
}

static void
json_strings (GString *out, GPtrArray *strings)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strings && i < strings->len; i++)
    {
      if (i)
        g_string_append (out, ", ");
      prs_cli_json_string (out, g_ptr_array_index (strings, i));
    }
  g_string_append_c (out, ']');
}

/* An issue's items or evidence as objects: code, text, answer, score. */
static void
json_codes (GString *out, int indent, GPtrArray *codes, PrsItaRollup *r)
{
  PrsItaFramework *fw = r ? prs_ita_rollup_get_framework (r) : NULL;

  g_string_append_c (out, '[');
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      const PrsItaItemInfo *item = fw ? prs_ita_framework_lookup_item (fw, code) : NULL;
      gboolean first = TRUE;
      PrsScore s = 0;

      g_string_append (out, i ? ",\n" : "\n");
      for (int k = 0; k < indent; k++)
        g_string_append (out, "  ");
      g_string_append_c (out, '{');
      json_key (out, indent + 1, &first, "code");
      prs_cli_json_string (out, code);
      json_key (out, indent + 1, &first, "text");
      prs_cli_json_string (out, item ? item->text : "");
      if (item && item->group)
        {
          json_key (out, indent + 1, &first, "group");
          prs_cli_json_string (out, item->group->id);
        }
      json_key (out, indent + 1, &first, "answer");
      prs_cli_json_string (out, item == NULL ? "" : item->yes_no ? "yes/no"
                                            : item->instrument->binary_items ? "passed/not passed" : "scale");
      if (item && item->instrument->n_parts > 0)
        {
          json_key (out, indent + 1, &first, "public");
          json_score (out, prs_ita_rollup_get_score (r, code, PRS_ITA_PART_PUBLIC, &s), &s);
          json_key (out, indent + 1, &first, "survey");
          json_score (out, prs_ita_rollup_get_score (r, code, PRS_ITA_PART_SURVEY, &s), &s);
        }
      else
        {
          json_key (out, indent + 1, &first, "score");
          json_score (out, r && prs_ita_rollup_get_score (r, code, NULL, &s), &s);
        }
      json_close (out, indent, FALSE, '}');
    }
  json_close (out, indent - 1, codes->len == 0, ']');
}

static int
ita_issues (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (PrsItaRollup) r = NULL;
  g_autofree char *unit_name = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean first = TRUE;
  gint64 unit_id = 0;
  int year = 0, rc;

  rc = open_unit_year (ctx, a, &store, &unit_id, &year, &unit_name);
  if (rc != PRS_CLI_OK)
    return rc;
  issues = prs_ita_store_list_issues (store, unit_id, year, &error);
  if (issues == NULL)
    return prs_cli_fail ("%s", error->message);
  r = prs_ita_store_compute (store, unit_id, year, &error);
  if (r == NULL)
    return prs_cli_fail ("%s", error->message); /* not the items without their texts and scores */

  if (!a->json)
    {
      for (guint i = 0; i < issues->len; i++)
        {
          PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);
          printf ("%u. %s\n", i + 1, issue->title);
          for (guint k = 0; k < issue->items->len; k++)
            printf ("   %s\n", (const char *) g_ptr_array_index (issue->items, k));
          for (guint k = 0; k < issue->evidence->len; k++)
            printf ("   %s %s\n", _("evidence"), (const char *) g_ptr_array_index (issue->evidence, k));
          for (guint k = 0; k < issue->measures->len; k++)
            {
              PrsItaMeasureInfo *m = g_ptr_array_index (issue->measures, k);
              printf ("   %u.%u %s\n", i + 1, k + 1, m->title);
            }
        }
      return PRS_CLI_OK;
    }

  g_string_append_c (out, '{');
  json_key (out, 1, &first, "unit");
  prs_cli_json_string (out, unit_name);
  json_key (out, 1, &first, "year");
  g_string_append_printf (out, "%d", year);
  json_key (out, 1, &first, "issues");
  g_string_append_c (out, '[');
  for (guint i = 0; i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);
      gboolean f2 = TRUE;

      g_string_append (out, i ? ",\n    {" : "\n    {");
      json_key (out, 3, &f2, "number");
      g_string_append_printf (out, "%u", i + 1);
      json_key (out, 3, &f2, "title");
      prs_cli_json_string (out, issue->title);
      json_key (out, 3, &f2, "description");
      prs_cli_json_string (out, issue->description);
      json_key (out, 3, &f2, "items");
      json_codes (out, 4, issue->items, r);
      json_key (out, 3, &f2, "evidence");
      json_codes (out, 4, issue->evidence, r);
      json_key (out, 3, &f2, "measures");
      g_string_append_c (out, '[');
      for (guint k = 0; k < issue->measures->len; k++)
        {
          PrsItaMeasureInfo *m = g_ptr_array_index (issue->measures, k);
          gboolean f3 = TRUE;

          g_string_append (out, k ? ",\n        {" : "\n        {");
          json_key (out, 5, &f3, "title");
          prs_cli_json_string (out, m->title);
          json_key (out, 5, &f3, "steps");
          prs_cli_json_string (out, m->steps);
          json_key (out, 5, &f3, "period");
          prs_cli_json_string (out, m->period_text);
          json_key (out, 5, &f3, "start");
          if (m->start_date)
            prs_cli_json_string (out, m->start_date);
          else
            g_string_append (out, "null");
          json_key (out, 5, &f3, "end");
          if (m->end_date)
            prs_cli_json_string (out, m->end_date);
          else
            g_string_append (out, "null");
          json_key (out, 5, &f3, "all_units");
          g_string_append (out, m->all_units ? "true" : "false");
          json_key (out, 5, &f3, "units");
          json_strings (out, m->all_units ? NULL : m->unit_labels);
          json_close (out, 4, FALSE, '}');
        }
      json_close (out, 3, issue->measures->len == 0, ']');
      json_close (out, 2, FALSE, '}');
    }
  json_close (out, 1, issues->len == 0, ']');
  json_close (out, 0, FALSE, '}');
  g_string_append_c (out, '\n');
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
ita_context (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (PrsStore) store = NULL;
  g_autofree char *unit_name = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  PrsItaContext c;
  gboolean first = TRUE;
  gint64 unit_id = 0;
  int year = 0, rc;

  rc = open_unit_year (ctx, a, &store, &unit_id, &year, &unit_name);
  if (rc != PRS_CLI_OK)
    return rc;
  {
    g_autoptr (GError) error = NULL;

    prs_ita_store_get_context (store, unit_id, year, &c, &error);
    if (error != NULL)
      {
        prs_ita_context_clear (&c);
        return prs_cli_fail ("%s", error->message);
      }
  }
  if (a->json)
    {
      g_string_append_c (out, '{');
      json_key (out, 1, &first, "unit");
      prs_cli_json_string (out, unit_name);
      json_key (out, 1, &first, "year");
      g_string_append_printf (out, "%d", year);
    }
  for (const char * const *f = prs_ita_context_field_names (); *f; f++)
    {
      g_autofree char *value = prs_ita_context_get_field (&c, *f);

      if (!a->json)
        {
          if (value)
            printf ("%s: %s\n", prs_ita_context_field_label (*f), value);
          continue;
        }
      json_key (out, 1, &first, *f);
      if (value == NULL)
        g_string_append (out, "null");
      else if (g_str_equal (*f, "recommendations") || g_str_equal (*f, "limitations"))
        prs_cli_json_string (out, value);
      else
        g_string_append (out, value); /* exact decimal or whole number */
    }
  prs_ita_context_clear (&c);
  if (a->json)
    {
      json_close (out, 0, FALSE, '}');
      g_string_append_c (out, '\n');
      fputs (out->str, stdout);
    }
  return PRS_CLI_OK;
}

static int
ita_context_import (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  guint n = 0;

  if (a->input == NULL)
    return prs_cli_fail (_("Give the file to import: a CSV file with the columns unit, year, field, value."));
  if (!g_file_test (a->input, G_FILE_TEST_IS_REGULAR))
    return prs_cli_fail (_("The file “%s” does not exist."), a->input);
  /* The context belongs to units already in the workspace: never create one; a dry
   * run only reads. */
  if (ctx->workspace && !g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    return prs_cli_fail (_("The workspace “%s” does not exist."), ctx->workspace);
  store = open_store (ctx, !a->dry_run, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (!prs_ita_store_import_context (store, a->input, a->dry_run, &n, &error))
    return prs_cli_fail ("%s: %s", a->input, error->message);
  if (!a->dry_run && !prs_store_save (store, &error))
    return prs_cli_fail (_("Could not import: %s"), error->message);
  printf (a->dry_run ? g_dngettext (NULL, "Would set the published context of %u result.\n",
                                    "Would set the published context of %u results.\n", n)
                     : g_dngettext (NULL, "Set the published context of %u result.\n",
                                    "Set the published context of %u results.\n", n), n);
  return PRS_CLI_OK;
}

static int
ita_context_export (PrsCliContext *ctx, const ItaArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  int year = 0;

  if (a->year != NULL && need_year (a, &year) != PRS_CLI_OK)
    return PRS_CLI_BAD_INPUT;
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT.csv."));
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (!prs_ita_store_export_context_csv (store, year, a->output, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  return PRS_CLI_OK;
}

int
prs_cli_ita (PrsCliContext *ctx, int argc, char **argv)
{
  ItaArgs a = { 0 };
  const char *sub = argc > 1 ? argv[1] : NULL;
  int rc;

  if (sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h"))
    {
      print_usage (sub ? stdout : stderr);
      return sub ? PRS_CLI_OK : PRS_CLI_BAD_INPUT;
    }
  /* ita SUB --help: that subcommand's usage and its notes */
  if (prs_cli_verb_help (argc, argv, usages, G_N_ELEMENTS (usages)))
    {
      print_usage_notes (stdout, sub);
      return PRS_CLI_OK;
    }
  rc = parse_args (argc, argv, &a);
  if (rc != PRS_CLI_OK)
    return rc;
  if (g_str_equal (sub, "import"))
    return ita_import (ctx, &a);
  if (g_str_equal (sub, "export"))
    return ita_export (ctx, &a);
  if (g_str_equal (sub, "score"))
    return ita_score (ctx, &a);
  if (g_str_equal (sub, "compare"))
    return ita_compare (ctx, &a);
  if (g_str_equal (sub, "chart"))
    return ita_chart (ctx, &a);
  if (g_str_equal (sub, "report"))
    return ita_report (ctx, &a);
  if (g_str_equal (sub, "measures"))
    return ita_measures (ctx, &a);
  if (g_str_equal (sub, "issues"))
    return ita_issues (ctx, &a);
  if (g_str_equal (sub, "context"))
    return ita_context (ctx, &a);
  if (g_str_equal (sub, "context-import"))
    return ita_context_import (ctx, &a);
  if (g_str_equal (sub, "context-export"))
    return ita_context_export (ctx, &a);
  return prs_cli_fail (_("Unknown ita command “%s”: use import, export, score, compare, chart, report, "
                         "measures, issues, context, context-import or context-export."), sub);
}
