/* prs-core-error.h: the core library's error domain
 *
 * Every fallible function in src/core reports through PRS_CORE_ERROR with one of
 * the codes below and a translated message a secretary can act on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRS_CORE_ERROR (prs_core_error_quark ())

typedef enum
{
  PRS_CORE_ERROR_PARSE,    /* text is not a number, date, amount … */
  PRS_CORE_ERROR_RANGE,    /* well formed but out of range (31 Feb, too large) */
  PRS_CORE_ERROR_ENCODING, /* not valid UTF-8 / unknown character set */
  PRS_CORE_ERROR_LIMIT,    /* input exceeds a safety limit (size, rows, ratio) */
  PRS_CORE_ERROR_FORMAT,   /* a file's structure is wrong (bad zip, bad XML …) */
  PRS_CORE_ERROR_NOT_FOUND,/* a named thing (sheet, role, framework) does not exist */
} PrsCoreError;

GQuark prs_core_error_quark (void);

G_END_DECLS
