/* prs-digits.h: Thai ⇄ Arabic digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* U+0E50 THAI DIGIT ZERO .. U+0E59 THAI DIGIT NINE */
#define PRS_THAI_DIGIT_ZERO 0x0E50

char    *prs_digits_to_thai   (const char *text);
char    *prs_digits_to_arabic (const char *text);
char    *prs_digits_apply     (const char *text,
                               gboolean    thai);
gboolean prs_unichar_is_thai_digit (gunichar c);

G_END_DECLS
