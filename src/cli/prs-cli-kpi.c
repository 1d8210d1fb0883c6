/* prs-cli-kpi.c: placeholder until its feature lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-cli.h"

int
prs_cli_kpi (PrsCliContext *ctx, int argc, char **argv)
{
  return prs_cli_fail (_("The “%s” command is not available in this build yet."), argv[0]);
}
