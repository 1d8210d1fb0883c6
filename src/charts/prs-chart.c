/* prs-chart.c: placeholder; the charts layer's first file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

void prs_charts_layer_placeholder (void);

void
prs_charts_layer_placeholder (void)
{
}
