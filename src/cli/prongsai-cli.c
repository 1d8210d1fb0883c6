/* prongsai-cli.c: batch access to a Prongsai workspace, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"

typedef int (*PrsCliFunc) (PrsCliContext *ctx, int argc, char **argv);

static const struct
{
  const char *name;
  PrsCliFunc func;
  const char *summary;
} commands[] = {
  { "init", prs_cli_workspace, N_("Create an empty workspace") },
  { "demo", prs_cli_workspace, N_("Write the demonstration workspace") },
  { "generate", prs_cli_workspace, N_("Write a large generated workspace for benchmarks") },
  { "info", prs_cli_workspace, N_("Count the records in a workspace") },
  { "check", prs_cli_workspace, N_("Check a workspace's integrity and consistency") },
  { "thai", prs_cli_thai, N_("Thai dates, fiscal years and BAHTTEXT") },
  { "kpi", prs_cli_kpi, N_("Score a value, set and report the Common KPI") },
  { "report", prs_cli_report, N_("Export a report as PDF, XLSX, DOCX or CSV") },
  { "chart", prs_cli_chart, N_("Render a chart spec as PNG, SVG or PDF") },
  { "ita", prs_cli_ita, N_("Import, score, compare and chart ITA results") },
  { "plan", prs_cli_plan, N_("Import, list, show, report, copy and compare action plans") },
  { "people", prs_cli_people, N_("Import a staff roster and list the staff") },
  { "participation", prs_cli_participation, N_("Import sign-in lists into an activity") },
  { "committee", prs_cli_committee, N_("Import a committee's roster, set allowance rates") },
  { "meeting", prs_cli_meeting, N_("Meetings: attendance, quorum, allowances, minutes, claim sheets") },
};

char *
prs_cli_sanitize (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text ? text : "";

  /* Names and file contents may carry terminal escapes (ESC [ …) or other
   * control characters: show them as \xNN instead of letting the terminal run
   * them. Newlines and tabs of our own messages stay. */
  while (*p)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
          || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        {
          if (c < 0x100)
            g_string_append_printf (out, "\\x%02X", c);
          else
            g_string_append_printf (out, "\\u%04X", c);
        }
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

int
prs_cli_fail (const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;
  g_autofree char *clean = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  clean = prs_cli_sanitize (message);
  fprintf (stderr, "prongsai-cli: %s\n", clean);
  return PRS_CLI_BAD_INPUT;
}

int
prs_cli_save (PrsStore *store)
{
  g_autoptr (GError) error = NULL;

  if (prs_store_save (store, &error))
    return PRS_CLI_OK;
  return prs_cli_fail ("%s", error->message);
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: prongsai-cli [--workspace FILE] COMMAND [ARGS…]"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-24s %s\n", "--workspace FILE", _("The workspace file to use"));
  fprintf (out, "  %-24s %s\n", "--help", _("Show this help"));
  fprintf (out, "  %-24s %s\n", "--version", _("Show the version"));
}

int
main (int argc, char **argv)
{
  PrsCliContext ctx = { 0 };
  int i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PRONGSAI_LOCALEDIR") ? g_getenv ("PRONGSAI_LOCALEDIR")
                                                                  : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help (stdout);
          return PRS_CLI_OK;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("prongsai-cli %s\n", PACKAGE_VERSION);
          return PRS_CLI_OK;
        }
      else if (g_str_equal (arg, "--workspace") || g_str_equal (arg, "-w"))
        {
          if (i + 1 >= argc)
            return prs_cli_fail (_("--workspace needs a file name"));
          ctx.workspace = argv[++i];
        }
      else if (g_str_has_prefix (arg, "--workspace="))
        ctx.workspace = arg + strlen ("--workspace=");
      else if (arg[0] == '-')
        return prs_cli_fail (_("Unknown option “%s”. Try --help."), arg);
      else
        break;
    }

  if (i >= argc)
    {
      print_help (stderr);
      return PRS_CLI_BAD_INPUT;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (argv[i], commands[c].name))
      return commands[c].func (&ctx, argc - i, argv + i);

  return prs_cli_fail (_("Unknown command “%s”. Try --help."), argv[i]);
}
