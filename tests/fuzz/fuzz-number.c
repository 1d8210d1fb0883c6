/* fuzz-number.c: libFuzzer target for the number and money parsers
 *
 * Every accepted amount must format and parse back to itself, and BAHTTEXT must
 * produce valid UTF-8 for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "prs-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  PrsDecimal d;
  gint64 satang, back, hundredths;
  gboolean percent;

  if (prs_number_parse (text, &d, NULL))
    {
      g_autofree char *s = prs_decimal_to_string (&d);
      PrsDecimal again;

      if (d.scale > PRS_DECIMAL_MAX_DIGITS)
        abort ();
      /* the plain rendering is itself a number with the same value */
      if (!prs_number_parse (s, &again, NULL) || again.mantissa != d.mantissa
          || again.scale != d.scale)
        abort ();
      (void) prs_number_parse_hundredths (text, &hundredths, &percent, NULL);
    }

  if (prs_money_parse (text, &satang, NULL))
    {
      for (int flags = 0; flags < 8; flags++)
        {
          g_autofree char *formatted = prs_money_format (satang, (PrsMoneyFormatFlags) flags);

          if (!g_utf8_validate (formatted, -1, NULL))
            abort ();
          if (!prs_money_parse (formatted, &back, NULL) || back != satang)
            abort ();
        }
      {
        g_autofree char *words = prs_bahttext (satang);

        if (!g_utf8_validate (words, -1, NULL) || words[0] == '\0')
          abort ();
      }
    }

  /* BAHTTEXT of arbitrary 64-bit values */
  if (size >= 8)
    {
      gint64 v;
      g_autofree char *words = NULL;

      memcpy (&v, data, sizeof v);
      words = prs_bahttext (v);
      if (!g_utf8_validate (words, -1, NULL))
        abort ();
    }
  return 0;
}
