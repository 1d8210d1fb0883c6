/* prs-score.c: exact score arithmetic
 *
 * Intermediates are 128-bit so that a × d + b × c of two 64-bit fractions cannot
 * overflow; results are reduced and must fit back in 64 bits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-score.h"

typedef __int128 i128;
typedef unsigned __int128 u128;

static u128
abs128 (i128 v)
{
  return v < 0 ? (u128) 0 - (u128) v : (u128) v;
}

static u128
gcd128 (u128 a, u128 b)
{
  while (b != 0)
    {
      u128 t = a % b;

      a = b;
      b = t;
    }
  return a;
}

/* Reduces num/den (den != 0) into @out; FALSE if it does not fit in 64 bits. */
static gboolean
reduce128 (i128 num, i128 den, PrsRational *out)
{
  u128 g;

  if (den == 0)
    return FALSE;
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  if (num == 0)
    {
      out->num = 0;
      out->den = 1;
      return TRUE;
    }
  g = gcd128 (abs128 (num), (u128) den);
  num /= (i128) g;
  den /= (i128) g;
  if (num > G_MAXINT64 || num < G_MININT64 || den > G_MAXINT64)
    return FALSE;
  out->num = (gint64) num;
  out->den = (gint64) den;
  return TRUE;
}

gboolean
prs_rational_make (gint64 num, gint64 den, PrsRational *out)
{
  return reduce128 (num, den, out);
}

PrsRational
prs_rational_from_int (gint64 value)
{
  PrsRational r = { value, 1 };

  return r;
}

PrsRational
prs_rational_from_score (PrsScore score)
{
  PrsRational r;

  reduce128 (score, 100, &r); /* always fits: the result is no larger than the input */
  return r;
}

gboolean
prs_rational_add (PrsRational a, PrsRational b, PrsRational *out)
{
  return reduce128 ((i128) a.num * b.den + (i128) b.num * a.den, (i128) a.den * b.den, out);
}

gboolean
prs_rational_sub (PrsRational a, PrsRational b, PrsRational *out)
{
  return reduce128 ((i128) a.num * b.den - (i128) b.num * a.den, (i128) a.den * b.den, out);
}

gboolean
prs_rational_mul (PrsRational a, PrsRational b, PrsRational *out)
{
  PrsRational x, y;

  /* cross-reduce first so that products of reduced fractions stay small */
  if (!reduce128 (a.num, b.den, &x) || !reduce128 (b.num, a.den, &y))
    return FALSE;
  return reduce128 ((i128) x.num * y.num, (i128) x.den * y.den, out);
}

gboolean
prs_rational_div (PrsRational a, PrsRational b, PrsRational *out)
{
  PrsRational inv;

  if (b.num == 0)
    return FALSE;
  if (!reduce128 (b.den, b.num, &inv))
    return FALSE;
  return prs_rational_mul (a, inv, out);
}

gboolean
prs_rational_mean (const PrsRational *values, gsize n, PrsRational *out)
{
  PrsRational sum = { 0, 1 };

  if (n == 0 || n > G_MAXINT64)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!prs_rational_add (sum, values[i], &sum))
      return FALSE;
  return reduce128 (sum.num, (i128) sum.den * (i128) n, out);
}

gboolean
prs_rational_weighted_sum (const PrsRational *values,
                           const PrsRational *weights,
                           gsize              n,
                           PrsRational       *out)
{
  PrsRational sum = { 0, 1 };

  for (gsize i = 0; i < n; i++)
    {
      PrsRational term;

      if (!prs_rational_mul (values[i], weights[i], &term) || !prs_rational_add (sum, term, &sum))
        return FALSE;
    }
  *out = sum;
  return TRUE;
}

int
prs_rational_compare (PrsRational a, PrsRational b)
{
  i128 l = (i128) a.num * b.den;
  i128 r = (i128) b.num * a.den;

  return l < r ? -1 : l > r ? 1 : 0;
}

gboolean
prs_rational_equal (PrsRational a, PrsRational b)
{
  return prs_rational_compare (a, b) == 0;
}

/* Rounds num/den (den > 0) to an integer, half away from zero. */
static i128
round_div128 (i128 num, i128 den)
{
  u128 n = abs128 (num);
  u128 q = n / (u128) den;
  u128 r = n % (u128) den;

  if (r >= (u128) den - r) /* 2r >= den without overflow */
    q++;
  return num < 0 ? -(i128) q : (i128) q;
}

PrsScore
prs_rational_to_score (PrsRational r)
{
  i128 v;

  if (r.den <= 0)
    return 0;
  v = round_div128 ((i128) r.num * 100, r.den);
  if (v > G_MAXINT64)
    return G_MAXINT64;
  if (v < G_MININT64)
    return G_MININT64;
  return (PrsScore) v;
}

/* --- parsing --- */

#define THAI_PERCENT_WORD "ร้อยละ"

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x200B;
}

/* Parses a plain decimal into mantissa × 10^-scale. @allow_percent: accept `%` after it
 * or `ร้อยละ` before it. */
static gboolean
parse_decimal (const char *text,
               gboolean    allow_percent,
               i128       *mantissa_out,
               guint      *scale_out,
               GError    **error)
{
  const char *p = text;
  gboolean negative = FALSE, seen_digit = FALSE, seen_point = FALSE, percent = FALSE;
  gboolean seen_comma = FALSE;
  i128 mantissa = 0;
  guint scale = 0, significant = 0, group = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The number is not valid text."));
      return FALSE;
    }

  while (*p && is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (allow_percent && g_str_has_prefix (p, THAI_PERCENT_WORD))
    {
      percent = TRUE;
      p += strlen (THAI_PERCENT_WORD);
      while (*p && is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }
  if (*p == '+' || *p == '-')
    negative = (*p++ == '-');
  else if (g_utf8_get_char (p) == 0x2212) /* MINUS SIGN */
    {
      negative = TRUE;
      p = g_utf8_next_char (p);
    }

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = -1;

      if (c >= '0' && c <= '9')
        digit = (int) (c - '0');
      else if (c >= 0x0E50 && c <= 0x0E59)
        digit = (int) (c - 0x0E50);
      else if (c == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      else if (c == ',' && seen_digit && !seen_point)
        {
          /* A thousands separator only between groups of three ("1,234.5"). A
           * decimal comma ("9,5") is refused, never read as 95 (issue 14). */
          const char *q = p + 1;
          guint ahead = 0;

          while (*q && ((*q >= '0' && *q <= '9') || (g_utf8_get_char (q) >= 0x0E50
                                                     && g_utf8_get_char (q) <= 0x0E59)))
            {
              ahead++;
              q = g_utf8_next_char (q);
            }
          if ((seen_comma ? group != 3 : group > 3) || ahead != 3)
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                           _("“%s” has a comma that is not a thousands separator; write decimals "
                             "with a point (9.5, not 9,5)."), text);
              return FALSE;
            }
          seen_comma = TRUE;
          group = 0;
          continue;
        }
      else
        break;

      if (!seen_point)
        group++;
      seen_digit = TRUE;
      if (significant > 0 || digit != 0)
        significant++;
      if (significant > 18)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("“%s” has too many digits."), text);
          return FALSE;
        }
      mantissa = mantissa * 10 + digit;
      if (seen_point)
        scale++;
      if (scale > 18)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("“%s” has too many decimals."), text);
          return FALSE;
        }
    }

  while (*p && is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (allow_percent && *p == '%' && !percent)
    {
      p++;
      while (*p && is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }

  if (!seen_digit || *p != '\0')
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not a number."), text);
      return FALSE;
    }

  *mantissa_out = negative ? -mantissa : mantissa;
  *scale_out = scale;
  return TRUE;
}

static i128
pow10_128 (guint n)
{
  i128 v = 1;

  while (n--)
    v *= 10;
  return v;
}

gboolean
prs_rational_parse_decimal (const char *text, PrsRational *out, GError **error)
{
  i128 mantissa;
  guint scale;

  if (!parse_decimal (text, TRUE, &mantissa, &scale, error))
    return FALSE;
  if (!reduce128 (mantissa, pow10_128 (scale), out))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE, _("“%s” is too large."), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_score_parse (const char *text, PrsScore *out, GError **error)
{
  i128 mantissa, v;
  guint scale;

  if (!parse_decimal (text, TRUE, &mantissa, &scale, error))
    return FALSE;
  if (scale <= 2)
    v = mantissa * pow10_128 (2 - scale);
  else
    v = round_div128 (mantissa, pow10_128 (scale - 2));
  if (v > G_MAXINT64 / 100 || v < G_MININT64 / 100)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE, _("“%s” is too large."), text);
      return FALSE;
    }
  *out = (PrsScore) v;
  return TRUE;
}

/* --- formatting --- */

char *
prs_score_to_ascii (PrsScore score, char *buf)
{
  guint64 a = score < 0 ? (guint64) 0 - (guint64) score : (guint64) score;

  g_snprintf (buf, PRS_SCORE_BUF_SIZE, "%s%" G_GUINT64_FORMAT ".%02u", score < 0 ? "-" : "",
              a / 100, (guint) (a % 100));
  return buf;
}

char *
prs_score_format (PrsScore score, gboolean thai_digits)
{
  char buf[PRS_SCORE_BUF_SIZE];
  GString *s;

  prs_score_to_ascii (score, buf);
  if (!thai_digits)
    return g_strdup (buf);
  s = g_string_new (NULL);
  for (const char *p = buf; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (s, 0x0E50 + (gunichar) (*p - '0'));
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* --- aggregates --- */

gboolean
prs_score_sum (const PrsScore *scores, gsize n, PrsScore *out)
{
  PrsScore sum = 0;

  for (gsize i = 0; i < n; i++)
    if (__builtin_add_overflow (sum, scores[i], &sum))
      return FALSE;
  *out = sum;
  return TRUE;
}

gboolean
prs_score_mean_exact (const PrsScore *scores, gsize n, PrsRational *out)
{
  i128 sum = 0;

  if (n == 0 || n > G_MAXINT64 / 100)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    sum += scores[i]; /* 2^64 terms of 2^63 cannot overflow 2^127 in practice */
  return reduce128 (sum, (i128) n * 100, out);
}

PrsScore
prs_score_mean (const PrsScore *scores, gsize n)
{
  PrsRational r;

  if (!prs_score_mean_exact (scores, n, &r))
    return 0;
  return prs_rational_to_score (r);
}

gboolean
prs_score_weighted_sum_exact (const PrsScore    *scores,
                              const PrsRational *weights,
                              gsize              n,
                              PrsRational       *out)
{
  PrsRational sum = { 0, 1 };

  for (gsize i = 0; i < n; i++)
    {
      PrsRational term;

      if (!prs_rational_mul (prs_rational_from_score (scores[i]), weights[i], &term)
          || !prs_rational_add (sum, term, &sum))
        return FALSE;
    }
  *out = sum;
  return TRUE;
}

PrsScore
prs_score_share (guint64 part, guint64 whole)
{
  if (whole == 0)
    return 0;
  return (PrsScore) round_div128 ((i128) part * 10000, (i128) whole);
}

void
prs_score_rank (const PrsScore *scores, gsize n, guint *ranks_out)
{
  /* O(n²) is fine for the tens of units a ministry compares, and keeps ties obvious */
  for (gsize i = 0; i < n; i++)
    {
      guint better = 0;

      for (gsize j = 0; j < n; j++)
        if (scores[j] > scores[i])
          better++;
      ranks_out[i] = better + 1;
    }
}
