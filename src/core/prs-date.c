/* prs-date.c: Thai dates, times and the fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-date.h"
#include "prs-digits.h"

static const char *const month_full[12] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char *const month_abbr[12] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

static const char *const month_english[12] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

static const char *const weekday_names[7] = {
  "อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์",
};

/* ---------------------------------------------------------------- calendar */

int
prs_date_days_in_month (int year, int month)
{
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month < 1 || month > 12)
    return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    return 29;
  return days[month - 1];
}

gboolean
prs_date_is_valid (int year, int month, int day)
{
  return year >= PRS_DATE_MIN_YEAR && year <= PRS_DATE_MAX_YEAR && month >= 1 && month <= 12
         && day >= 1 && day <= prs_date_days_in_month (year, month);
}

int
prs_date_weekday (const PrsDate *date)
{
  /* Sakamoto's method on the proleptic Gregorian calendar. */
  static const int t[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
  int y = date->year - (date->month < 3);

  return (y + y / 4 - y / 100 + y / 400 + t[date->month - 1] + date->day) % 7;
}

int
prs_date_compare (const PrsDate *a, const PrsDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

char *
prs_date_to_iso (const PrsDate *date)
{
  if (date->day == 0)
    return g_strdup_printf ("%04d-%02d", date->year, date->month);
  return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
}

void
prs_date_today (PrsDate *out)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  out->year = g_date_time_get_year (now);
  out->month = g_date_time_get_month (now);
  out->day = g_date_time_get_day_of_month (now);
}

/* ---------------------------------------------------------------- names */

const char *
prs_month_name_full (int month)
{
  return month >= 1 && month <= 12 ? month_full[month - 1] : NULL;
}

const char *
prs_month_name_abbr (int month)
{
  return month >= 1 && month <= 12 ? month_abbr[month - 1] : NULL;
}

const char *
prs_weekday_name (int weekday)
{
  return weekday >= 0 && weekday <= 6 ? weekday_names[weekday] : NULL;
}

static char *
strip_dots_and_spaces (const char *s)
{
  GString *out = g_string_new (NULL);

  for (; *s; s++)
    if (*s != '.' && *s != ' ')
      g_string_append_c (out, *s);
  return g_string_free (out, FALSE);
}

int
prs_month_from_name (const char *name)
{
  g_autofree char *bare = NULL;
  g_autofree char *folded = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return 0;
  bare = strip_dots_and_spaces (name);
  if (*bare == '\0')
    return 0;

  for (int m = 0; m < 12; m++)
    {
      g_autofree char *abbr = strip_dots_and_spaces (month_abbr[m]);

      if (g_str_equal (bare, month_full[m]) || g_str_equal (bare, abbr))
        return m + 1;
    }

  folded = g_ascii_strdown (bare, -1);
  for (int m = 0; m < 12; m++)
    if (g_str_equal (folded, month_english[m])
        || (strlen (folded) == 3 && strncmp (folded, month_english[m], 3) == 0)
        || (m == 8 && g_str_equal (folded, "sept")))
      return m + 1;
  return 0;
}

static int
weekday_from_name (const char *name)
{
  for (int w = 0; w < 7; w++)
    if (g_str_equal (name, weekday_names[w]))
      return w;
  if (g_str_equal (name, "พฤหัส"))
    return 4;
  return -1;
}

/* ---------------------------------------------------------------- lexer */

typedef enum
{
  TOK_NUM,
  TOK_SEP,
  TOK_WORD,
  TOK_MONTH,
  TOK_ERA_BE,
  TOK_ERA_CE,
} TokKind;

typedef struct
{
  TokKind kind;
  int value;   /* number, month, separator char */
  int ndigits; /* TOK_NUM */
  char *word;  /* TOK_WORD: the text, for messages */
} Tok;

static void
tok_clear (gpointer p)
{
  g_free (((Tok *) p)->word);
}

/* Thai digits to ASCII, spaces unified, zero-width characters dropped, ํ+า composed. */
static char *
simplify_date_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prs_unichar_is_thai_digit (c))
        g_string_append_c (out, (char) ('0' + (c - PRS_THAI_DIGIT_ZERO)));
      else if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == ',')
        g_string_append_c (out, ' ');
      else if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF)
        continue;
      else if (c == 0x0E4D && g_utf8_get_char (g_utf8_next_char (p)) == 0x0E32)
        {
          g_string_append_unichar (out, 0x0E33);
          p = g_utf8_next_char (p);
        }
      else if (c == 0x2013 || c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
lex (const char *s, GArray *toks)
{
  const char *p = s;

  while (*p)
    {
      Tok t = { 0 };

      if (*p == ' ')
        {
          p++;
          continue;
        }
      if (g_ascii_isdigit (*p))
        {
          t.kind = TOK_NUM;
          while (g_ascii_isdigit (*p))
            {
              if (t.ndigits < 9)
                t.value = t.value * 10 + (*p - '0');
              t.ndigits++;
              p++;
            }
        }
      else if (*p == '/' || *p == '-' || *p == '.')
        {
          t.kind = TOK_SEP;
          t.value = *p++;
        }
      else
        {
          const char *start = p;

          /* A word runs to a space, digit or separator; dots inside it belong to it. */
          while (*p && *p != ' ' && !g_ascii_isdigit (*p) && *p != '/' && *p != '-')
            p = g_utf8_next_char (p);
          t.kind = TOK_WORD;
          t.word = g_strndup (start, (gsize) (p - start));
        }
      g_array_append_val (toks, t);
    }
  return TRUE;
}

/* Interprets words: weekday prefixes, "ที่", eras and month names. Returns FALSE with
 * the offending word in *BAD. */
static gboolean
classify_words (GArray *toks, int *weekday, const char **bad)
{
  for (guint i = 0; i < toks->len; i++)
    {
      Tok *t = &g_array_index (toks, Tok, i);
      const char *w;
      g_autofree char *bare = NULL;
      int month;

      if (t->kind != TOK_WORD)
        continue;
      w = t->word;

      if (g_str_has_prefix (w, "วัน"))
        {
          w += strlen ("วัน");
          for (int d = 0; d < 7; d++)
            if (g_str_has_prefix (w, weekday_names[d]))
              {
                *weekday = d;
                w += strlen (weekday_names[d]);
                break;
              }
          if (*weekday < 0 && g_str_has_prefix (w, "พฤหัส"))
            {
              *weekday = 4;
              w += strlen ("พฤหัส");
            }
        }
      else if (weekday_from_name (w) >= 0)
        {
          *weekday = weekday_from_name (w);
          w += strlen (w);
        }
      if (g_str_has_prefix (w, "ที่"))
        w += strlen ("ที่");
      if (g_str_has_prefix (w, "เดือน"))
        w += strlen ("เดือน");

      bare = strip_dots_and_spaces (w);
      if (*bare == '\0')
        {
          g_array_remove_index (toks, i--); /* the clear func frees the word */
          continue;
        }
      if (g_str_equal (bare, "พศ"))
        {
          t->kind = TOK_ERA_BE;
          continue;
        }
      if (g_str_equal (bare, "คศ") || g_ascii_strcasecmp (bare, "CE") == 0
          || g_ascii_strcasecmp (bare, "AD") == 0)
        {
          t->kind = TOK_ERA_CE;
          continue;
        }
      month = prs_month_from_name (w);
      if (month == 0)
        {
          *bad = t->word;
          return FALSE;
        }
      t->kind = TOK_MONTH;
      t->value = month;
    }
  return TRUE;
}

/* ---------------------------------------------------------------- parsing */

static gboolean
year_to_ce (const char *text, const Tok *t, TokKind era, int *year, GError **error)
{
  int y = t->value;

  if (t->ndigits == 2)
    y = (era == TOK_ERA_CE ? 2000 : 2500) + y - (era == TOK_ERA_CE ? 0 : PRS_BE_OFFSET);
  else if (t->ndigits == 4)
    {
      if (era == TOK_ERA_BE || (era != TOK_ERA_CE && y >= 2400))
        y -= PRS_BE_OFFSET;
    }
  else
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not a date: write the year with two or four digits "
                     "(68 or 2568)."),
                   text);
      return FALSE;
    }
  if (y < PRS_DATE_MIN_YEAR || y > PRS_DATE_MAX_YEAR)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s”: the year is outside the supported range (พ.ศ. %d–%d)."),
                   text, PRS_DATE_MIN_YEAR + PRS_BE_OFFSET, PRS_DATE_MAX_YEAR + PRS_BE_OFFSET);
      return FALSE;
    }
  *year = y;
  return TRUE;
}

static gboolean
fail_generic (const char *text, GError **error)
{
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
               _("“%s” is not a date. Write it like 21/12/2568, 2025-12-21 or "
                 "๗ พฤศจิกายน ๒๕๖๘."),
               text);
  return FALSE;
}

static gboolean
check_day (const char *text, int year, int month, const Tok *day_tok, GError **error)
{
  if (day_tok->ndigits > 2 || day_tok->value < 1
      || day_tok->value > prs_date_days_in_month (year, month))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s” is not a real date: %s %d has %d days."),
                   text, month_full[month - 1], year + PRS_BE_OFFSET,
                   prs_date_days_in_month (year, month));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_month_number (const char *text, const Tok *t, GError **error)
{
  if (t->ndigits > 2 || t->value < 1 || t->value > 12)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s” is not a real date: the month must be 1 to 12."), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_date_parse_partial (const char        *text,
                        PrsDate           *out,
                        PrsDatePrecision  *precision,
                        GError           **error)
{
  g_autofree char *s = NULL;
  g_autoptr (GArray) toks = NULL;
  int weekday = -1;
  const char *bad = NULL;
  Tok *t;
  guint n;
  PrsDate date = { 0 };
  PrsDatePrecision prec = PRS_DATE_PRECISION_DAY;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The date is not valid UTF-8 text."));
      return FALSE;
    }
  if (strlen (text) > 200)
    return fail_generic (text, error);

  s = simplify_date_text (text);
  toks = g_array_new (FALSE, TRUE, sizeof (Tok));
  g_array_set_clear_func (toks, tok_clear);
  lex (s, toks);

  if (!classify_words (toks, &weekday, &bad))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not a date: “%s” is not a month name."), text, bad);
      return FALSE;
    }

  t = (Tok *) (gpointer) toks->data;
  n = toks->len;

  if (n == 5 && t[0].kind == TOK_NUM && t[1].kind == TOK_SEP && t[2].kind == TOK_NUM
      && t[3].kind == TOK_SEP && t[4].kind == TOK_NUM && t[1].value == t[3].value)
    {
      const Tok *dt, *yt;

      if (t[0].ndigits == 4)
        yt = &t[0], dt = &t[4];
      else
        dt = &t[0], yt = &t[4];
      if (!year_to_ce (text, yt, TOK_NUM, &date.year, error)
          || !check_month_number (text, &t[2], error))
        return FALSE;
      date.month = t[2].value;
      if (!check_day (text, date.year, date.month, dt, error))
        return FALSE;
      date.day = dt->value;
    }
  else if ((n == 3 || n == 4) && t[0].kind == TOK_NUM && t[1].kind == TOK_MONTH
           && t[n - 1].kind == TOK_NUM
           && (n == 3 || t[2].kind == TOK_ERA_BE || t[2].kind == TOK_ERA_CE))
    {
      if (!year_to_ce (text, &t[n - 1], n == 4 ? t[2].kind : TOK_NUM, &date.year, error))
        return FALSE;
      date.month = t[1].value;
      if (!check_day (text, date.year, date.month, &t[0], error))
        return FALSE;
      date.day = t[0].value;
    }
  else if (precision != NULL && (n == 2 || n == 3) && t[0].kind == TOK_MONTH
           && t[n - 1].kind == TOK_NUM
           && (n == 2 || t[1].kind == TOK_ERA_BE || t[1].kind == TOK_ERA_CE))
    {
      if (!year_to_ce (text, &t[n - 1], n == 3 ? t[1].kind : TOK_NUM, &date.year, error))
        return FALSE;
      date.month = t[0].value;
      prec = PRS_DATE_PRECISION_MONTH;
    }
  else if (precision != NULL && n == 3 && t[0].kind == TOK_NUM && t[1].kind == TOK_SEP
           && t[1].value != '.' && t[2].kind == TOK_NUM && t[2].ndigits == 4)
    {
      if (!year_to_ce (text, &t[2], TOK_NUM, &date.year, error)
          || !check_month_number (text, &t[0], error))
        return FALSE;
      date.month = t[0].value;
      prec = PRS_DATE_PRECISION_MONTH;
    }
  else
    return fail_generic (text, error);

  if (weekday >= 0)
    {
      if (prec != PRS_DATE_PRECISION_DAY)
        return fail_generic (text, error);
      if (prs_date_weekday (&date) != weekday)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("“%s”: the weekday does not match the date, which is a วัน%s."),
                       text, weekday_names[prs_date_weekday (&date)]);
          return FALSE;
        }
    }

  *out = date;
  if (precision)
    *precision = prec;
  return TRUE;
}

gboolean
prs_date_parse (const char  *text,
                PrsDate     *out,
                GError     **error)
{
  return prs_date_parse_partial (text, out, NULL, error);
}

gboolean
prs_time_parse (const char  *text,
                int         *hour,
                int         *minute,
                GError     **error)
{
  g_autofree char *s = NULL;
  const char *p;
  int h = 0, m = 0, nh = 0, nm = 0;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The time is not valid UTF-8 text."));
      return FALSE;
    }
  s = simplify_date_text (text);
  p = s;
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "เวลา"))
    p += strlen ("เวลา");
  while (*p == ' ')
    p++;
  while (g_ascii_isdigit (*p) && nh < 3)
    h = h * 10 + (*p++ - '0'), nh++;
  if (*p == '.' || *p == ':')
    {
      p++;
      while (g_ascii_isdigit (*p) && nm < 3)
        m = m * 10 + (*p++ - '0'), nm++;
      if (nm != 2)
        nh = 0; /* force the error below */
    }
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "นาฬิกา"))
    p += strlen ("นาฬิกา");
  else if (g_str_has_prefix (p, "น."))
    p += strlen ("น.");
  else if (g_str_has_prefix (p, "น") && p[strlen ("น")] == '\0')
    p += strlen ("น");
  while (*p == ' ')
    p++;

  if (nh == 0 || nh > 2 || *p != '\0')
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not a time. Write it like 10.00 น. or 13:30."), text);
      return FALSE;
    }
  if (h > 23 || m > 59)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s” is not a real time of day."), text);
      return FALSE;
    }
  *hour = h;
  *minute = m;
  return TRUE;
}

/* ---------------------------------------------------------------- formatting */

char *
prs_date_format (const PrsDate *date,
                 PrsDateStyle   style,
                 gboolean       thai_digits)
{
  g_autofree char *arabic = NULL;
  int be;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (date->month >= 1 && date->month <= 12, NULL);

  be = date->year + PRS_BE_OFFSET;
  if (date->day == 0)
    {
      switch (style)
        {
        case PRS_DATE_STYLE_SHORT:
          arabic = g_strdup_printf ("%s %02d", month_abbr[date->month - 1], be % 100);
          break;
        case PRS_DATE_STYLE_NUMERIC:
          arabic = g_strdup_printf ("%d/%d", date->month, be);
          break;
        case PRS_DATE_STYLE_LONG:
        case PRS_DATE_STYLE_FULL:
        default:
          arabic = g_strdup_printf ("%s %d", month_full[date->month - 1], be);
          break;
        }
    }
  else
    {
      switch (style)
        {
        case PRS_DATE_STYLE_SHORT:
          arabic = g_strdup_printf ("%d %s %02d", date->day, month_abbr[date->month - 1],
                                    be % 100);
          break;
        case PRS_DATE_STYLE_NUMERIC:
          arabic = g_strdup_printf ("%d/%d/%d", date->day, date->month, be);
          break;
        case PRS_DATE_STYLE_FULL:
          arabic = g_strdup_printf ("วัน%sที่ %d %s %d", weekday_names[prs_date_weekday (date)],
                                    date->day, month_full[date->month - 1], be);
          break;
        case PRS_DATE_STYLE_LONG:
        default:
          arabic = g_strdup_printf ("%d %s %d", date->day, month_full[date->month - 1], be);
          break;
        }
    }
  return prs_digits_apply (arabic, thai_digits);
}

char *
prs_time_format (int      hour,
                 int      minute,
                 gboolean thai_digits)
{
  g_autofree char *arabic = g_strdup_printf ("%02d.%02d น.", hour, minute);

  return prs_digits_apply (arabic, thai_digits);
}

/* ---------------------------------------------------------------- fiscal year */

int
prs_fiscal_year (const PrsDate *date)
{
  return date->year + PRS_BE_OFFSET + (date->month >= 10 ? 1 : 0);
}

int
prs_fiscal_month_index (const PrsDate *date)
{
  return date->month >= 10 ? date->month - 9 : date->month + 3;
}

int
prs_fiscal_quarter (const PrsDate *date)
{
  return (prs_fiscal_month_index (date) - 1) / 3 + 1;
}

void
prs_fiscal_month_to_calendar (int  fy_be,
                              int  index,
                              int *year,
                              int *month)
{
  int m = index <= 3 ? index + 9 : index - 3;

  if (month)
    *month = m;
  if (year)
    *year = fy_be - PRS_BE_OFFSET - (m >= 10 ? 1 : 0);
}

PrsFiscalRound
prs_fiscal_round_of_date (const PrsDate *date)
{
  int index = prs_fiscal_month_index (date);

  if (index <= 6)
    return PRS_FISCAL_ROUND_6_MONTHS;
  if (index <= 9)
    return PRS_FISCAL_ROUND_9_MONTHS;
  return PRS_FISCAL_ROUND_12_MONTHS;
}

static gboolean
fiscal_span (int fy_be, int first_index, int last_index, PrsDate *first, PrsDate *last)
{
  PrsDate a, b;

  prs_fiscal_month_to_calendar (fy_be, first_index, &a.year, &a.month);
  a.day = 1;
  prs_fiscal_month_to_calendar (fy_be, last_index, &b.year, &b.month);
  b.day = prs_date_days_in_month (b.year, b.month);
  if (!prs_date_is_valid (a.year, a.month, a.day) || !prs_date_is_valid (b.year, b.month, b.day))
    return FALSE;
  if (first)
    *first = a;
  if (last)
    *last = b;
  return TRUE;
}

gboolean
prs_fiscal_year_range (int fy_be, PrsDate *first, PrsDate *last)
{
  return fiscal_span (fy_be, 1, 12, first, last);
}

gboolean
prs_fiscal_quarter_range (int fy_be, int quarter, PrsDate *first, PrsDate *last)
{
  if (quarter < 1 || quarter > 4)
    return FALSE;
  return fiscal_span (fy_be, (quarter - 1) * 3 + 1, quarter * 3, first, last);
}

gboolean
prs_fiscal_round_range (int fy_be, PrsFiscalRound round, PrsDate *first, PrsDate *last)
{
  if (round != PRS_FISCAL_ROUND_6_MONTHS && round != PRS_FISCAL_ROUND_9_MONTHS
      && round != PRS_FISCAL_ROUND_12_MONTHS)
    return FALSE;
  return fiscal_span (fy_be, 1, (int) round, first, last);
}
