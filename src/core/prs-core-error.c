/* prs-core-error.c: the core library's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core-error.h"

G_DEFINE_QUARK (prs-core-error-quark, prs_core_error)
