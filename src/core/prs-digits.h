/* prs-digits.h: Thai ⇄ Arabic digits
 *
 * Contract: only the ten digits change; every other character is copied as it is.
 * Output choice (Thai or Arabic) is a display preference, so formatters in core build
 * their text with Arabic digits and pass it through prs_digits_apply() last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* U+0E50 THAI DIGIT ZERO .. U+0E59 THAI DIGIT NINE */
#define PRS_THAI_DIGIT_ZERO 0x0E50

/* "2568" -> "๒๕๖๘" (a new string). */
char    *prs_digits_to_thai   (const char *text);
/* As prs_digits_to_thai(), but the digits of codes — ASCII letters directly followed by
 * digits, as in the ITA items I8, O11, E13 — stay as they are: "I8 ๘๕.๕๐". */
char    *prs_digits_to_thai_keep_codes (const char *text);
/* "๒๕๖๘" -> "2568" (a new string); invalid UTF-8 is returned unchanged. */
char    *prs_digits_to_arabic (const char *text);
/* prs_digits_to_thai() if THAI, else prs_digits_to_arabic(). */
char    *prs_digits_apply     (const char *text,
                               gboolean    thai);
/* TRUE for ๐ (U+0E50) .. ๙ (U+0E59). */
gboolean prs_unichar_is_thai_digit (gunichar c);

G_END_DECLS
