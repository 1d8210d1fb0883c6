/* prs-cli-report.c: `report` — export a report as PDF, XLSX, DOCX or CSV
 *
 *   prongsai-cli --workspace FILE report summary --format pdf|xlsx|docx|csv -o OUT
 *                [--thai-digits]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-export.h"
#include "prs-store.h"
#include "prs-summary-report.h"

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: prongsai-cli --workspace FILE report summary "
                          "--format pdf|xlsx|docx|csv -o OUT [--thai-digits]"));
  fprintf (out, "\n%s\n", _("Reports:"));
  fprintf (out, "  %-10s %s\n", "summary", _("Units with their staff counted by staff type"));
}

int
prs_cli_report (PrsCliContext *ctx, int argc, char **argv)
{
  const char *kind = NULL, *format_name = NULL, *output = NULL;
  gboolean thai_digits = FALSE;
  PrsExportFormat format;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GFile) target = NULL;
  g_autoptr (GError) error = NULL;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_usage (stdout);
          return PRS_CLI_OK;
        }
      else if (g_str_equal (arg, "--format") || g_str_equal (arg, "-f"))
        {
          if (++i >= argc)
            return prs_cli_fail (_("--format needs one of pdf, xlsx, docx or csv"));
          format_name = argv[i];
        }
      else if (g_str_has_prefix (arg, "--format="))
        format_name = arg + strlen ("--format=");
      else if (g_str_equal (arg, "-o") || g_str_equal (arg, "--output"))
        {
          if (++i >= argc)
            return prs_cli_fail (_("-o needs a file name to write"));
          output = argv[i];
        }
      else if (g_str_has_prefix (arg, "--output="))
        output = arg + strlen ("--output=");
      else if (g_str_equal (arg, "--thai-digits"))
        thai_digits = TRUE;
      else if (arg[0] == '-')
        return prs_cli_fail (_("Unknown option “%s”. Try report --help."), arg);
      else if (kind == NULL)
        kind = arg;
      else
        return prs_cli_fail (_("Unexpected argument “%s”. Try report --help."), arg);
    }

  if (kind == NULL)
    {
      print_usage (stderr);
      return PRS_CLI_BAD_INPUT;
    }
  if (!g_str_equal (kind, "summary"))
    return prs_cli_fail (_("Unknown report “%s”. Try report --help."), kind);
  if (output == NULL)
    return prs_cli_fail (_("Name the file to write with -o FILE."));
  if (format_name == NULL)
    {
      /* the output's extension names the format when --format is left out */
      const char *dot = strrchr (output, '.');

      format_name = dot ? dot + 1 : NULL;
    }
  if (!prs_export_format_from_string (format_name, &format))
    return prs_cli_fail (_("Unknown format “%s”: use pdf, xlsx, docx or csv."),
                         format_name ? format_name : "");
  if (ctx->workspace == NULL)
    return prs_cli_fail (_("Name the workspace with --workspace FILE."));

  store = prs_store_open (ctx->workspace, PRS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return prs_cli_fail (_("Could not open the workspace “%s”: %s"), ctx->workspace,
                         error->message);
  report = prs_summary_report_new (store, thai_digits, &error);
  if (report == NULL)
    return prs_cli_fail (_("Could not read the workspace: %s"), error->message);

  target = g_file_new_for_commandline_arg (output);
  if (!prs_export_report (report, format, target, NULL, NULL, NULL, &error))
    {
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
  return PRS_CLI_OK;
}
