/* prs-score.h: exact score arithmetic
 *
 * Scores are stored and shown in integer hundredths (PrsScore: 74.03 is 7403). Anything
 * derived from them — sums, means, means of means, weighted sums — is kept as an exact
 * fraction (PrsRational) and rounded to hundredths only when it is reported. Binary
 * floating point never enters: 444.15 / 6 = 74.025 reports as 74.03 here, where a
 * double prints 74.02.
 *
 * Rounding is "half up in decimal" as Thai official documents and Excel's ROUND do it:
 * halves go away from zero (74.025 -> 74.03, -74.025 -> -74.03).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A score in hundredths: 8550 is 85.50. */
typedef gint64 PrsScore;

#define PRS_SCORE_FROM_INT(n) ((PrsScore) (n) * 100)

/* An exact fraction num/den, always reduced with den > 0 (0 is 0/1). It holds a value
 * in the score's own unit (points, not hundredths): 74.025 is 2961/40. */
typedef struct
{
  gint64 num;
  gint64 den;
} PrsRational;

/* --- Rationals. Every operation that could overflow returns FALSE instead. --- */

/* num/den reduced; FALSE if @den is 0 or the reduced value does not fit. */
gboolean    prs_rational_make            (gint64       num,
                                          gint64       den,
                                          PrsRational *out);
PrsRational prs_rational_from_int        (gint64       value);
PrsRational prs_rational_from_score      (PrsScore     score);
gboolean    prs_rational_add             (PrsRational  a,
                                          PrsRational  b,
                                          PrsRational *out);
gboolean    prs_rational_sub             (PrsRational  a,
                                          PrsRational  b,
                                          PrsRational *out);
gboolean    prs_rational_mul             (PrsRational  a,
                                          PrsRational  b,
                                          PrsRational *out);
/* FALSE also when @b is 0. */
gboolean    prs_rational_div             (PrsRational  a,
                                          PrsRational  b,
                                          PrsRational *out);
/* Mean of @n values (@n > 0). */
gboolean    prs_rational_mean            (const PrsRational *values,
                                          gsize              n,
                                          PrsRational       *out);
/* Σ weights[i] × values[i]. */
gboolean    prs_rational_weighted_sum    (const PrsRational *values,
                                          const PrsRational *weights,
                                          gsize              n,
                                          PrsRational       *out);
/* -1, 0, 1 */
int         prs_rational_compare         (PrsRational  a,
                                          PrsRational  b);
gboolean    prs_rational_equal           (PrsRational  a,
                                          PrsRational  b);
/* Rounds to hundredths, half away from zero: the reported figure. */
PrsScore    prs_rational_to_score        (PrsRational  r);
/* Parses an exact decimal such as "0.3", "85", "-1.25", "๘๒.๕ %" into a rational, with
 * no rounding (a percent mark is accepted and ignored: "82.5%" is 82.5).
 * FALSE with PRS_CORE_ERROR_PARSE (or _RANGE beyond 18 digits) otherwise. */
gboolean    prs_rational_parse_decimal   (const char  *text,
                                          PrsRational *out,
                                          GError     **error);

/* --- Scores (hundredths) --- */

/* Parses a score as typed or printed: Thai or Arabic digits, optional sign, decimal
 * point, surrounding spaces, an optional trailing `%` (also `ร้อยละ` before it).
 * More than two decimals are rounded half up ("74.025" -> 7403). Does not check a range.
 * FALSE with PRS_CORE_ERROR_PARSE (not a number) or PRS_CORE_ERROR_RANGE (too large). */
gboolean    prs_score_parse              (const char *text,
                                          PrsScore   *out,
                                          GError    **error);

/* "74.03", "-0.50", "100.00"; with @thai_digits "๗๔.๐๓". No grouping. */
char       *prs_score_format             (PrsScore    score,
                                          gboolean    thai_digits);
/* Writes the ASCII form into @buf (at least PRS_SCORE_BUF_SIZE bytes); returns @buf. */
#define PRS_SCORE_BUF_SIZE 32
char       *prs_score_to_ascii           (PrsScore    score,
                                          char       *buf);

/* Exact sum; FALSE on overflow. */
gboolean    prs_score_sum                (const PrsScore *scores,
                                          gsize           n,
                                          PrsScore       *out);
/* Exact mean as a fraction (@n > 0). */
gboolean    prs_score_mean_exact         (const PrsScore *scores,
                                          gsize           n,
                                          PrsRational    *out);
/* Mean rounded half up to hundredths (0 when @n is 0). */
PrsScore    prs_score_mean               (const PrsScore *scores,
                                          gsize           n);
/* Σ weights[i] × scores[i], exact; e.g. weights 0.3, 0.3, 0.4 as rationals. */
gboolean    prs_score_weighted_sum_exact (const PrsScore    *scores,
                                          const PrsRational *weights,
                                          gsize              n,
                                          PrsRational       *out);

/* @part as a percentage of @whole with two decimals, rounded half up
 * (11 of 12 -> 9167, i.e. 91.67). 0 when @whole is 0. */
PrsScore    prs_score_share              (guint64     part,
                                          guint64     whole);

/* Competition ranking of @n scores, higher is better: @ranks_out[i] is 1 for the best;
 * equal scores share a rank and the next rank skips (1, 2, 2, 4). */
void        prs_score_rank               (const PrsScore *scores,
                                          gsize           n,
                                          guint          *ranks_out);

G_END_DECLS
