/* prs-store.c: placeholder; the store layer's first file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

void prs_store_layer_placeholder (void);

void
prs_store_layer_placeholder (void)
{
}
