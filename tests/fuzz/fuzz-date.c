/* fuzz-date.c: libFuzzer target for the date and time parsers
 *
 * Every accepted date must be a real date, and each of its formatted forms must parse
 * back to the same date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "prs-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  PrsDate date;
  PrsDatePrecision precision;
  int hour, minute;

  if (prs_date_parse_partial (text, &date, &precision, NULL))
    {
      if (precision == PRS_DATE_PRECISION_DAY
          && !prs_date_is_valid (date.year, date.month, date.day))
        abort ();
      if (precision == PRS_DATE_PRECISION_MONTH
          && (date.day != 0 || !prs_date_is_valid (date.year, date.month, 1)))
        abort ();

      for (int style = PRS_DATE_STYLE_LONG; style <= PRS_DATE_STYLE_FULL; style++)
        for (int thai = 0; thai < 2; thai++)
          {
            g_autofree char *s = prs_date_format (&date, (PrsDateStyle) style, thai);
            PrsDate back;
            PrsDatePrecision p2;

            /* two-digit years only reach 2500–2599; skip short forms outside it */
            if (style == PRS_DATE_STYLE_SHORT
                && (date.year + PRS_BE_OFFSET < 2500 || date.year + PRS_BE_OFFSET > 2599))
              continue;
            if (!prs_date_parse_partial (s, &back, &p2, NULL) || p2 != precision
                || prs_date_compare (&back, &date) != 0)
              abort ();
          }

      if (precision == PRS_DATE_PRECISION_DAY)
        {
          int q = prs_fiscal_quarter (&date), idx = prs_fiscal_month_index (&date);
          PrsDate first, last;

          if (q < 1 || q > 4 || idx < 1 || idx > 12)
            abort ();
          if (prs_fiscal_quarter_range (prs_fiscal_year (&date), q, &first, &last)
              && (prs_date_compare (&first, &date) > 0 || prs_date_compare (&last, &date) < 0))
            abort ();
        }
    }

  if (prs_time_parse (text, &hour, &minute, NULL))
    {
      g_autofree char *s = prs_time_format (hour, minute, size % 2);
      int h2, m2;

      if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        abort ();
      if (!prs_time_parse (s, &h2, &m2, NULL) || h2 != hour || m2 != minute)
        abort ();
    }
  return 0;
}
