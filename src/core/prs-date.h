/* prs-date.h: Thai dates, times and the fiscal year
 *
 * Contract: a PrsDate is a plain Gregorian (CE) calendar date; Buddhist Era years
 * (พ.ศ. = CE + 543) exist only in text. Parsers accept Thai or Arabic digits and the
 * forms found in Thai documents; two-digit years are Buddhist Era (68 = 2568); a four-
 * digit year of 2400 or more is Buddhist Era, a smaller one is CE. Day, month and year
 * are checked against the real calendar (no 31 Feb, no 29 Feb 2025); a weekday given
 * in the text must match the date. Failures are PRS_CORE_ERROR_PARSE or _RANGE.
 *
 * The fiscal year (ปีงบประมาณ) N (BE) runs 1 Oct (N-1) to 30 Sep N; quarter 1 is
 * Oct–Dec; fiscal month 1 is October; progress is reported in rounds of 6, 9 and 12
 * months, each starting on 1 October.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRS_BE_OFFSET 543
/* The CE years a parsed date may fall in. */
#define PRS_DATE_MIN_YEAR 1857 /* พ.ศ. 2400: below it a four-digit year would read as CE */
#define PRS_DATE_MAX_YEAR 2399

typedef struct
{
  int year;  /* CE */
  int month; /* 1..12 */
  int day;   /* 1..31; 0 only in a month-precision result of prs_date_parse_partial */
} PrsDate;

typedef enum
{
  PRS_DATE_PRECISION_DAY,
  PRS_DATE_PRECISION_MONTH, /* "ต.ค. ๖๕": day is 0 */
} PrsDatePrecision;

typedef enum
{
  PRS_DATE_STYLE_LONG,    /* ๗ พฤศจิกายน ๒๕๖๘ */
  PRS_DATE_STYLE_SHORT,   /* ๗ พ.ย. ๖๘ */
  PRS_DATE_STYLE_NUMERIC, /* ๗/๑๑/๒๕๖๘ */
  PRS_DATE_STYLE_FULL,    /* วันศุกร์ที่ ๗ พฤศจิกายน ๒๕๖๘ */
} PrsDateStyle;

/* --- calendar --- */

/* TRUE if Y-M-D (CE) is a real date within PRS_DATE_MIN_YEAR..PRS_DATE_MAX_YEAR. */
gboolean prs_date_is_valid      (int year, int month, int day);
int      prs_date_days_in_month (int year, int month);
/* Day of the week, 0 = Sunday .. 6 = Saturday. */
int      prs_date_weekday       (const PrsDate *date);
/* <0, 0, >0 like strcmp. */
int      prs_date_compare       (const PrsDate *a, const PrsDate *b);
/* "2025-12-21"; "2022-10" for a month-precision date (day 0). */
char    *prs_date_to_iso        (const PrsDate *date);
/* Today in local time. */
void     prs_date_today         (PrsDate *out);

/* --- names --- */

/* Thai month names, MONTH 1..12: "พฤศจิกายน" / "พ.ย."; NULL when out of range. */
const char *prs_month_name_full  (int month);
const char *prs_month_name_abbr  (int month);
/* Thai weekday names without "วัน", 0 = Sunday: "อาทิตย์" … "เสาร์". */
const char *prs_weekday_name     (int weekday);
/* Month 1..12 for a Thai (full, abbreviated, with or without dots) or English name;
 * 0 if NAME is not a month. */
int         prs_month_from_name  (const char *name);

/* --- parsing --- */

/* Parses a full date: "๒๑/๑๒/๖๘", "21/12/2568", "21-12-2025", "2025-12-21",
 * "๗ พฤศจิกายน ๒๕๖๘", "7 พ.ย. 68", "วันศุกร์ที่ ๗ พฤศจิกายน พ.ศ. ๒๕๖๘". Numeric dates are
 * always day/month/year unless the first field has four digits (year-month-day). */
gboolean prs_date_parse         (const char  *text,
                                 PrsDate     *out,
                                 GError     **error);
/* As prs_date_parse, and also month-year forms: "ต.ค. ๖๕", "ตุลาคม 2565", "10/2565";
 * those give day 0 and PRS_DATE_PRECISION_MONTH. */
gboolean prs_date_parse_partial (const char        *text,
                                 PrsDate           *out,
                                 PrsDatePrecision  *precision,
                                 GError           **error);
/* Parses "10.00", "10.00 น.", "๑๐.๓๐ น.", "10:30", "9 น." into hours and minutes. */
gboolean prs_time_parse         (const char  *text,
                                 int         *hour,
                                 int         *minute,
                                 GError     **error);

/* --- formatting (Buddhist Era) --- */

/* Formats DATE in STYLE with Thai or Arabic digits. A month-precision date (day 0)
 * prints as month and year only ("ตุลาคม ๒๕๖๕", "ต.ค. ๖๕", "๑๐/๒๕๖๕"). */
char    *prs_date_format        (const PrsDate *date,
                                 PrsDateStyle   style,
                                 gboolean       thai_digits);
/* "๑๐.๐๐ น." */
char    *prs_time_format        (int      hour,
                                 int      minute,
                                 gboolean thai_digits);

/* --- fiscal year --- */

typedef enum
{
  PRS_FISCAL_ROUND_6_MONTHS = 6,   /* Oct–Mar */
  PRS_FISCAL_ROUND_9_MONTHS = 9,   /* Oct–Jun */
  PRS_FISCAL_ROUND_12_MONTHS = 12, /* Oct–Sep */
} PrsFiscalRound;

/* The fiscal year (BE) a date belongs to: 2025-10-01 -> 2569. */
int      prs_fiscal_year         (const PrsDate *date);
/* 1..4: Oct–Dec is 1. */
int      prs_fiscal_quarter      (const PrsDate *date);
/* 1..12: October is 1, September 12. */
int      prs_fiscal_month_index  (const PrsDate *date);
/* The calendar month (1..12) of fiscal month INDEX (1..12), and its CE year in
 * fiscal year FY_BE. */
void     prs_fiscal_month_to_calendar (int  fy_be,
                                       int  index,
                                       int *year,
                                       int *month);
/* The smallest reporting round that covers DATE (Oct–Mar 6, Apr–Jun 9, Jul–Sep 12). */
PrsFiscalRound prs_fiscal_round_of_date (const PrsDate *date);
/* First and last day of fiscal year FY_BE, of its quarter 1..4, and of a round. Return
 * FALSE for a quarter or round out of range or a year outside the supported range. */
gboolean prs_fiscal_year_range    (int fy_be, PrsDate *first, PrsDate *last);
gboolean prs_fiscal_quarter_range (int fy_be, int quarter, PrsDate *first, PrsDate *last);
gboolean prs_fiscal_round_range   (int fy_be, PrsFiscalRound round,
                                   PrsDate *first, PrsDate *last);

G_END_DECLS
