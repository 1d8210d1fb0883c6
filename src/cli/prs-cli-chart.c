/* prs-cli-chart.c: prongsai-cli chart — render a chart spec to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-chart.h"
#include "prs-cli.h"

int
prs_cli_chart (PrsCliContext *ctx, int argc, char **argv)
{
  g_autofree char *spec = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *style_name = NULL;
  double width = 1200, height = 675, dpi = 96;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsChart) chart = NULL;
  g_autoptr (PrsChartStyle) style = NULL;
  PrsChartFormat format;
  PrsChartStyleKind kind = PRS_CHART_STYLE_LIGHT;
  GOptionEntry entries[] = {
    { "spec", 0, 0, G_OPTION_ARG_FILENAME, &spec, N_("The chart spec (JSON)"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("png, svg or pdf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels at 96 dpi (default 1200)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in pixels at 96 dpi (default 675)"), N_("H") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of PNG output (default 96)"), N_("D") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style_name, N_("light, dark or projector"), N_("STYLE") },
    { NULL }
  };

  (void) ctx;
  context = g_option_context_new (_("— render a chart spec as PNG, SVG or PDF"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return prs_cli_fail ("%s", error->message);
  if (argc > 1)
    return prs_cli_fail (_("Unexpected argument “%s”. Try “prongsai-cli chart --help”."), argv[1]);
  if (!spec)
    return prs_cli_fail (_("Give the chart spec with --spec FILE.json."));
  if (!output)
    return prs_cli_fail (_("Give the output file with -o FILE."));
  if (!format_name)
    {
      /* take it from the output's extension */
      const char *dot = strrchr (output, '.');
      format_name = g_strdup (dot ? dot + 1 : "");
    }
  if (!prs_chart_format_from_string (format_name, &format))
    return prs_cli_fail (_("Unknown format “%s”; use png, svg or pdf."), format_name);
  if (style_name && !prs_chart_style_kind_from_string (style_name, &kind))
    return prs_cli_fail (_("Unknown style “%s”; use light, dark or projector."), style_name);

  chart = prs_chart_new_from_file (spec, &error);
  if (!chart)
    return prs_cli_fail ("%s", error->message);
  style = prs_chart_style_new (kind);
  if (!prs_chart_save (chart, style, format, output, width, height, dpi, &error))
    return prs_cli_fail ("%s", error->message);
  return PRS_CLI_OK;
}
