/* prs-number.c: exact parsing of typed numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-digits.h"
#include "prs-number.h"

#define PERCENT_WORD "ร้อยละ"

static gboolean
is_space_char (gunichar c)
{
  /* NBSP, thin and narrow no-break spaces come in with text copied from Word and PDFs. */
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F;
}

/* Thai digits to ASCII, every kind of space to ' ', the Unicode minus to '-'. */
static char *
simplify (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prs_unichar_is_thai_digit (c))
        g_string_append_c (out, (char) ('0' + (c - PRS_THAI_DIGIT_ZERO)));
      else if (is_space_char (c))
        g_string_append_c (out, ' ');
      else if (c == 0x2212 || c == 0xFE63 || c == 0xFF0D)
        g_string_append_c (out, '-');
      else if (c == 0xFF05)
        g_string_append_c (out, '%');
      else if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

static gboolean
fail_not_number (const char *text, GError **error)
{
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
               _("“%s” is not a number. Use digits, for example 1,234.50 or ๑,๒๓๔.๕๐."),
               text);
  return FALSE;
}

gboolean
prs_number_parse (const char  *text,
                  PrsDecimal  *out,
                  GError     **error)
{
  g_autofree char *s = NULL;
  g_autofree char *digits = NULL;
  const char *p;
  gboolean negative = FALSE;
  gboolean percent = FALSE;
  char separator = 0;
  guint n_groups = 0, group_len = 0, first_group_len = 0;
  guint n_int = 0, n_frac = 0, n_digits, first;
  gint64 mantissa = 0;
  char *d;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return fail_not_number ("", error);
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The number is not valid UTF-8 text."));
      return FALSE;
    }

  s = simplify (text);
  digits = g_malloc (strlen (s) + 1);
  d = digits;
  p = skip_spaces (s);

  if (g_str_has_prefix (p, PERCENT_WORD))
    {
      percent = TRUE;
      p = skip_spaces (p + strlen (PERCENT_WORD));
    }
  if (*p == '+' || *p == '-')
    {
      negative = (*p == '-');
      p = skip_spaces (p + 1);
    }

  /* Integer part: digits, optionally in groups of three split by ',' or ' '. */
  while (*p)
    {
      if (g_ascii_isdigit (*p))
        {
          *d++ = *p++;
          n_int++;
          group_len++;
        }
      else if ((*p == ',' || *p == ' ') && group_len > 0 && g_ascii_isdigit (*skip_spaces (p + 1))
               && (*p == ',' || g_ascii_isdigit (p[1])))
        {
          char sep = *p;

          if (separator != 0 && separator != sep)
            return fail_not_number (text, error);
          separator = sep;
          if (n_groups == 0)
            first_group_len = group_len;
          else if (group_len != 3)
            goto bad_grouping;
          n_groups++;
          group_len = 0;
          p++;
          if (sep == ',')
            p = skip_spaces (p); /* "1, 000" happens in pasted text */
        }
      else
        break;
    }
  if (n_groups > 0)
    {
      if (first_group_len > 3 || group_len != 3)
        goto bad_grouping;
    }

  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          *d++ = *p++;
          n_frac++;
        }
      if (n_frac == 0 && n_int == 0)
        return fail_not_number (text, error);
    }
  *d = '\0';

  if (n_int + n_frac == 0)
    return fail_not_number (text, error);

  p = skip_spaces (p);
  if (*p == '%')
    {
      if (percent)
        return fail_not_number (text, error);
      percent = TRUE;
      p = skip_spaces (p + 1);
    }
  if (*p != '\0')
    return fail_not_number (text, error);

  n_digits = n_int + n_frac;
  for (first = 0; first < n_digits && digits[first] == '0'; first++)
    ;
  /* Zeros at the end of the fraction carry no value: drop them when the number would
   * not fit otherwise (so "40,000,000,000,000,001.00" still reads exactly). */
  while (n_frac > 0 && digits[n_digits - 1] == '0'
         && (n_digits - first > 19 || n_frac > PRS_DECIMAL_MAX_DIGITS))
    n_digits--, n_frac--;
  for (guint i = first; i < n_digits; i++)
    {
      int digit = digits[i] - '0';

      if (n_frac > PRS_DECIMAL_MAX_DIGITS || mantissa > (G_MAXINT64 - digit) / 10)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("“%s” has too many digits to be kept exactly."), text);
          return FALSE;
        }
      mantissa = mantissa * 10 + digit;
    }
  if (n_frac > PRS_DECIMAL_MAX_DIGITS)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s” has too many digits to be kept exactly."), text);
      return FALSE;
    }

  out->mantissa = negative ? -mantissa : mantissa;
  out->scale = n_frac;
  out->percent = percent;
  return TRUE;

bad_grouping:
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
               _("“%s” has a misplaced thousands separator: digits must be grouped in threes, "
                 "for example 1,234,567."),
               text);
  return FALSE;
}

static const gint64 pow10_table[] = {
  1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
  1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
  100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
  1000000000000000000LL,
};

gboolean
prs_decimal_rescale (const PrsDecimal *d,
                     guint             scale,
                     gint64           *out,
                     GError          **error)
{
  guint64 magnitude;
  gboolean negative;

  g_return_val_if_fail (d != NULL && out != NULL, FALSE);
  g_return_val_if_fail (d->scale <= PRS_DECIMAL_MAX_DIGITS, FALSE);

  negative = d->mantissa < 0;
  magnitude = negative ? (guint64) 0 - (guint64) d->mantissa : (guint64) d->mantissa;

  if (scale >= d->scale)
    {
      guint shift = scale - d->scale;

      if (shift > PRS_DECIMAL_MAX_DIGITS
          || (magnitude != 0 && magnitude > (guint64) G_MAXINT64 / (guint64) pow10_table[shift]))
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("The number is too large."));
          return FALSE;
        }
      magnitude *= (guint64) pow10_table[shift];
    }
  else
    {
      guint64 p = (guint64) pow10_table[d->scale - scale];
      guint64 q = magnitude / p, r = magnitude % p;

      /* Half away from zero, decided on the exact remainder. */
      if (r >= p - r)
        q++;
      magnitude = q;
    }

  if (magnitude > (guint64) G_MAXINT64)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE, _("The number is too large."));
      return FALSE;
    }
  *out = negative ? -(gint64) magnitude : (gint64) magnitude;
  return TRUE;
}

gboolean
prs_number_parse_hundredths (const char  *text,
                             gint64      *out,
                             gboolean    *percent,
                             GError     **error)
{
  PrsDecimal d;

  if (!prs_number_parse (text, &d, error))
    return FALSE;
  if (!prs_decimal_rescale (&d, 2, out, error))
    return FALSE;
  if (percent)
    *percent = d.percent;
  return TRUE;
}

char *
prs_decimal_to_string (const PrsDecimal *d)
{
  guint64 magnitude;
  g_autofree char *digits = NULL;
  GString *out;
  gsize len;

  g_return_val_if_fail (d != NULL, NULL);

  magnitude = d->mantissa < 0 ? (guint64) 0 - (guint64) d->mantissa : (guint64) d->mantissa;
  digits = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) d->scale + 1, magnitude);
  len = strlen (digits);

  out = g_string_new (d->mantissa < 0 ? "-" : "");
  g_string_append_len (out, digits, (gssize) (len - d->scale));
  if (d->scale > 0)
    {
      g_string_append_c (out, '.');
      g_string_append (out, digits + len - d->scale);
    }
  return g_string_free (out, FALSE);
}

char *
prs_number_group_digits (const char *digits)
{
  GString *out;
  const char *start, *end;
  gsize n;

  g_return_val_if_fail (digits != NULL, NULL);

  out = g_string_new (NULL);
  start = digits;
  if (*start == '-' || *start == '+')
    g_string_append_c (out, *start++);
  for (end = start; g_ascii_isdigit (*end); end++)
    ;
  n = (gsize) (end - start);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, start[i]);
    }
  g_string_append (out, end);
  return g_string_free (out, FALSE);
}
