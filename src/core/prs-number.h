/* prs-number.h: exact parsing of the numbers people type and documents contain
 *
 * Contract: the text may use Thai (๐–๙) or Arabic digits, even mixed; thousands
 * separators (comma, or a space between groups of three); surrounding spaces; a sign
 * (+, -, U+2212); a decimal point; and a percent mark, either `%` after the number or
 * `ร้อยละ` before it. Anything else is a PRS_CORE_ERROR_PARSE error. The value is kept
 * exact as an integer mantissa and a decimal scale — no binary floating point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Most decimals a PrsDecimal holds. */
#define PRS_DECIMAL_MAX_DIGITS 18

/* value = mantissa × 10^-scale, exactly. */
typedef struct
{
  gint64   mantissa;
  guint    scale;   /* digits after the decimal point as written (0..18); trailing
                     * zeros may be dropped when the value would not fit otherwise */
  gboolean percent; /* the text carried `%` or `ร้อยละ` */
} PrsDecimal;

/* Parses TEXT into OUT. Returns FALSE with PRS_CORE_ERROR_PARSE for text that is not
 * a number, PRS_CORE_ERROR_RANGE when its digits do not fit a gint64 mantissa (about
 * 19 significant digits) or it has more than 18 significant decimals, or
 * PRS_CORE_ERROR_ENCODING for invalid UTF-8. */
gboolean prs_number_parse (const char  *text,
                           PrsDecimal  *out,
                           GError     **error);

/* Rescales D to SCALE decimals, rounding half away from zero in decimal (74.025 ->
 * 74.03 at scale 2). Returns FALSE with PRS_CORE_ERROR_RANGE on overflow. */
gboolean prs_decimal_rescale (const PrsDecimal *d,
                              guint             scale,
                              gint64           *out,
                              GError          **error);

/* Parses TEXT and returns its value in hundredths (rounded half up in decimal);
 * PERCENT (nullable) tells whether a percent mark was present. */
gboolean prs_number_parse_hundredths (const char  *text,
                                      gint64      *out,
                                      gboolean    *percent,
                                      GError     **error);

/* Formats D as plain decimal text ("-1234.50", no grouping, no percent mark). */
char    *prs_decimal_to_string (const PrsDecimal *d);

/* Inserts a comma between groups of three in DIGITS, an ASCII string of digits with
 * an optional leading '-' and optional ".fraction". Returns a new string. */
char    *prs_number_group_digits (const char *digits);

G_END_DECLS
