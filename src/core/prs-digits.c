/* prs-digits.c: Thai ⇄ Arabic digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-digits.h"

gboolean
prs_unichar_is_thai_digit (gunichar c)
{
  return c >= PRS_THAI_DIGIT_ZERO && c <= PRS_THAI_DIGIT_ZERO + 9;
}

char *
prs_digits_to_thai (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (out, PRS_THAI_DIGIT_ZERO + (*p - '0'));
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
prs_digits_to_thai_keep_codes (const char *text)
{
  GString *out;
  gboolean in_code = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        {
          if (in_code)
            g_string_append_c (out, *p);
          else
            g_string_append_unichar (out, PRS_THAI_DIGIT_ZERO + (*p - '0'));
          continue;
        }
      /* a code is ASCII letters directly followed by digits: I8, O11, E13 */
      in_code = g_ascii_isalpha (*p);
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
prs_digits_to_arabic (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  /* Invalid UTF-8 is copied byte for byte: this is a display helper, not a validator. */
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prs_unichar_is_thai_digit (c))
        g_string_append_c (out, '0' + (char) (c - PRS_THAI_DIGIT_ZERO));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
prs_digits_apply (const char *text,
                  gboolean    thai)
{
  return thai ? prs_digits_to_thai (text) : prs_digits_to_arabic (text);
}
