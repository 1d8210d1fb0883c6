/* prs-report.c: placeholder; the export layer's first file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

void prs_export_layer_placeholder (void);

void
prs_export_layer_placeholder (void)
{
}
