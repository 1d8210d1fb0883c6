/* prs-plan-table.c: reading an action-plan table as secretariats keep it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-csv.h"
#include "prs-digits.h"
#include "prs-money.h"
#include "prs-number.h"
#include "prs-plan-table.h"
#include "prs-xlsx-reader.h"

#define HEADER_SEARCH_ROWS 40

typedef enum
{
  COL_NONE,
  COL_NUMBER,
  COL_LEVEL,
  COL_TITLE,
  COL_GROUP,
  COL_OBJECTIVE,
  COL_INDICATOR,
  COL_TARGET,
  COL_UNITWORD,
  COL_BUDGET,
  COL_QUARTER,
  COL_MONTH,
  COL_PERIOD,
  COL_RESPONSIBLE,
  COL_COMMON_KPI,
  COL_STATUS,
  COL_IGNORE,
} ColKind;

typedef struct
{
  ColKind kind;
  int index; /* quarter 0..3, month 0..11 */
} ColClass;

/* Fiscal months, October first: abbreviations, full Thai names, English. */
static const char *const month_names[12][4] = {
  { "ต.ค.", "ตุลาคม", "oct", "october" },
  { "พ.ย.", "พฤศจิกายน", "nov", "november" },
  { "ธ.ค.", "ธันวาคม", "dec", "december" },
  { "ม.ค.", "มกราคม", "jan", "january" },
  { "ก.พ.", "กุมภาพันธ์", "feb", "february" },
  { "มี.ค.", "มีนาคม", "mar", "march" },
  { "เม.ย.", "เมษายน", "apr", "april" },
  { "พ.ค.", "พฤษภาคม", "may", "may" },
  { "มิ.ย.", "มิถุนายน", "jun", "june" },
  { "ก.ค.", "กรกฎาคม", "jul", "july" },
  { "ส.ค.", "สิงหาคม", "aug", "august" },
  { "ก.ย.", "กันยายน", "sep", "september" },
};

/* Words that open a group row ("ยุทธศาสตร์ที่ ๑ …"); longer words first. */
static const char *const group_words[] = {
  "ประเด็นยุทธศาสตร์", "ยุทธศาสตร์", "กลยุทธ์", "แนวทางการพัฒนา", "แนวทางปฏิบัติ",
  "แนวทางการดำเนินงาน", "แนวทาง", "เป้าประสงค์", "วัตถุประสงค์", "แผนงาน", "มาตรการ",
  "ประเด็น", "strategic issue", "strategy", "tactic", "objective", "goal", "measure",
  "programme", "program", "guideline", NULL
};
static const char *const activity_words[] = {
  "โครงการ/กิจกรรม", "กิจกรรม/โครงการ", "กิจกรรม", "โครงการ", "activity", "project", NULL
};

/* ---- text helpers ---------------------------------------------------------- */

static char *
arabic_trim (const char *text)
{
  char *s = prs_digits_to_arabic (text ? text : "");
  GString *out = g_string_new (NULL);

  /* non-breaking and zero-width spaces count as spaces */
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00A0 || c == 0x2007 || c == 0x202F)
        g_string_append_c (out, ' ');
      else if (c == 0x200B || c == 0xFEFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }
  g_free (s);
  g_strstrip (out->str);
  return g_string_free (out, FALSE);
}

/* As arabic_trim() but keeping the digits as written: the same characters one
 * for one, so a character offset in one is the same place in the other. */
static char *
plain_trim (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00A0 || c == 0x2007 || c == 0x202F)
        g_string_append_c (out, ' ');
      else if (c == 0x200B || c == 0xFEFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  return g_string_free (out, FALSE);
}

/* The text of @original (untrimmed) from where @pos points in its arabic_trim(). */
static char *
original_rest (const char *original, const char *arabic, const char *pos)
{
  g_autofree char *plain = plain_trim (original);
  glong offset = g_utf8_pointer_to_offset (arabic, pos);

  if (offset > g_utf8_strlen (plain, -1))
    return g_strdup ("");
  return g_strdup (g_utf8_offset_to_pointer (plain, offset));
}

/* Lower case, Arabic digits, no spaces at all: for matching names. */
static char *
squash (const char *text)
{
  g_autofree char *a = arabic_trim (text);
  g_autofree char *low = g_utf8_strdown (a, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = low; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '*' || c == '"' || c == 0x201C || c == 0x201D)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
contains (const char *hay, const char *needle)
{
  return strstr (hay, needle) != NULL;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x200B && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

char *
prs_plan_column_letter (guint column)
{
  char buf[8];
  int i = (int) sizeof buf - 1;

  buf[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      guint r = (column - 1) % 26;
      buf[--i] = (char) ('A' + r);
      column = (column - 1) / 26;
    }
  return g_strdup (buf + i);
}

static const char *
cell (char **row, guint col)
{
  if (row == NULL)
    return "";
  for (guint i = 0; i <= col; i++)
    if (row[i] == NULL)
      return "";
  return row[col];
}

/* The responsible-unit cell of row @i: the row's own text, or, when it is blank, the
 * value of a unit cell merged down over it (@filled: the sheet read with merged cells
 * filled down, or NULL). Only this column is taken from @filled: a budget merged down
 * must not count once per row, and a title merged down is not a new activity. */
static const char *
unit_cell (char **row, GPtrArray *filled, guint i, int col)
{
  const char *t = cell (row, col);

  if (is_blank (t) && filled != NULL && i < filled->len)
    return cell (g_ptr_array_index (filled, i), col);
  return t;
}

static guint
row_width (char **row)
{
  return row ? g_strv_length (row) : 0;
}

/* A plain number "1", "1.2", "2.3." or "(1)", "1)": the parts, or NULL. */
static char **
parse_number_parts (const char *text)
{
  g_autofree char *s = arabic_trim (text);
  g_autoptr (GString) clean = g_string_new (NULL);
  char **parts;

  const char *start = s;

  if (g_str_has_prefix (start, "ข้อ"))
    start += strlen ("ข้อ");
  else if (g_str_has_prefix (start, "ที่"))
    start += strlen ("ที่");
  for (const char *p = start; *p; p++)
    {
      if (*p == ' ' || *p == '(' || *p == ')')
        continue;
      g_string_append_c (clean, *p);
    }
  while (clean->len > 0 && clean->str[clean->len - 1] == '.')
    g_string_truncate (clean, clean->len - 1);
  if (clean->len == 0)
    return NULL;
  for (gsize i = 0; i < clean->len; i++)
    if (!g_ascii_isdigit (clean->str[i]) && clean->str[i] != '.')
      return NULL;
  parts = g_strsplit (clean->str, ".", -1);
  for (guint i = 0; parts[i]; i++)
    if (parts[i][0] == '\0' || strlen (parts[i]) > 4)
      {
        g_strfreev (parts);
        return NULL;
      }
  return parts;
}

/* "1.2 Title" / "๑. Title" / "1) Title": splits off the number. */
static char **
split_leading_number (const char *text, char **rest)
{
  g_autofree char *s = arabic_trim (text);
  const char *p = s;
  const char *start = s;
  char **parts;

  while (*p && (g_ascii_isdigit (*p) || *p == '.'))
    p++;
  if (p == start)
    return NULL;
  if (*p != '\0' && *p != ' ' && *p != ')' && p[-1] != '.')
    return NULL;
  {
    g_autofree char *num = g_strndup (start, p - start);
    parts = parse_number_parts (num);
  }
  if (parts == NULL)
    return NULL;
  /* a year such as 2566 is not an item number */
  if (g_strv_length (parts) == 1 && strlen (parts[0]) >= 4)
    {
      g_strfreev (parts);
      return NULL;
    }
  if (*p == ')')
    p++;
  while (*p == ' ')
    p++;
  if (*p == '\0')
    {
      g_strfreev (parts);
      return NULL; /* a bare number is not a title */
    }
  *rest = original_rest (text, s, p);
  return parts;
}

/* ---- headers ----------------------------------------------------------------- */

static int
month_at_start (const char *sq)
{
  for (int m = 0; m < 12; m++)
    for (int k = 0; k < 4; k++)
      {
        const char *name = month_names[m][k];
        g_autofree char *nodots = NULL;

        if (g_str_has_prefix (sq, name))
          {
            /* "mar" must not match "march…" of another month, nor "may" a word */
            if (k >= 2 && g_ascii_isalpha (sq[strlen (name)]) && !g_str_has_prefix (sq, month_names[m][3]))
              continue;
            return m;
          }
        if (k == 0)
          {
            GString *g = g_string_new (NULL);
            for (const char *p = name; *p; p++)
              if (*p != '.')
                g_string_append_c (g, *p);
            nodots = g_string_free (g, FALSE);
            if (g_str_equal (sq, nodots))
              return m;
          }
      }
  return -1;
}

/* Without Thai tone marks and other marks above or below (ไม้เอก … การันต์), so
 * that "ตัวชีวัด" and "เปาหมาย" typed without them still match. */
static char *
strip_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x0E47 && c <= 0x0E4E)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
lhas (const char *sq, const char *needle)
{
  g_autofree char *n = strip_marks (needle);
  return strstr (sq, n) != NULL;
}

static gboolean
leq (const char *sq, const char *needle)
{
  g_autofree char *n = strip_marks (needle);
  return g_str_equal (sq, n);
}

static gboolean
lprefix (const char *sq, const char *needle)
{
  g_autofree char *n = strip_marks (needle);
  return g_str_has_prefix (sq, n);
}

/* Edit distance of two short texts, in characters, stopping above 2. */
static guint
edit_distance (const char *a, const char *b)
{
  glong la = 0, lb = 0;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  g_autofree guint *prev = NULL, *cur = NULL;

  if (la > 30 || lb > 30 || ABS (la - lb) > 2)
    return 3;
  prev = g_new (guint, lb + 1);
  cur = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    prev[j] = (guint) j;
  for (glong i = 1; i <= la; i++)
    {
      cur[0] = (guint) i;
      for (glong j = 1; j <= lb; j++)
        {
          guint d = prev[j - 1] + (ua[i - 1] == ub[j - 1] ? 0 : 1);
          d = MIN (d, prev[j] + 1);
          d = MIN (d, cur[j - 1] + 1);
          cur[j] = d;
        }
      memcpy (prev, cur, (lb + 1) * sizeof (guint));
    }
  return prev[lb];
}

/* A header typed with a slip ("กิจกรม/โครงกร"): one of its words within one
 * character of กิจกรรม or โครงการ. */
static gboolean
near_title_word (const char *sq)
{
  static const char *const words[] = { "กิจกรรม", "โครงการ", NULL };
  g_auto (GStrv) pieces = g_strsplit_set (sq, "/()", -1);

  for (guint i = 0; pieces[i]; i++)
    for (guint w = 0; words[w]; w++)
      {
        g_autofree char *n = strip_marks (words[w]);
        if (g_utf8_strlen (pieces[i], -1) >= 5 && edit_distance (pieces[i], n) <= 1)
          return TRUE;
      }
  return FALSE;
}

static ColClass
classify_header (const char *text)
{
  g_autofree char *sq0 = squash (text);
  g_autofree char *sq = strip_marks (sq0);
  ColClass c = { COL_NONE, 0 };
  const char *q;

  if (sq[0] == '\0')
    return c;
  if (lhas (sq, "commonkpi") || lhas (sq, "kpiร่วม"))
    return (ColClass) { COL_COMMON_KPI, 0 };
  if (leq (sq, "ที่") || leq (sq, "ข้อ") || leq (sq, "no") || leq (sq, "no.")
      || leq (sq, "#") || leq (sq, "number") || leq (sq, "item") || leq (sq, "seq")
      || lprefix (sq, "ลำดับ") || leq (sq, "ข้อที่"))
    return (ColClass) { COL_NUMBER, 0 };
  if ((q = strstr (sq, "ไตรมาส")) != NULL)
    {
      q += strlen ("ไตรมาส");
      if (g_str_has_prefix (q, "ที่"))
        q += strlen ("ที่");
      else if (g_str_has_prefix (q, "ที")) /* the mark is stripped */
        q += strlen ("ที");
      if (*q >= '1' && *q <= '4')
        return (ColClass) { COL_QUARTER, *q - '1' };
      return (ColClass) { COL_PERIOD, 0 };
    }
  if (sq[0] == 'q' && sq[1] >= '1' && sq[1] <= '4' && !g_ascii_isdigit (sq[2]))
    return (ColClass) { COL_QUARTER, sq[1] - '1' };
  if (lprefix (sq, "quarter") && sq[7] >= '1' && sq[7] <= '4')
    return (ColClass) { COL_QUARTER, sq[7] - '1' };
  if (strlen (sq) < 40)
    {
      int m = month_at_start (sq0);
      if (m >= 0)
        return (ColClass) { COL_MONTH, m };
    }
  if (lhas (sq, "แหล่งงบ") || lhas (sq, "source"))
    return (ColClass) { COL_IGNORE, 0 };
  if (lhas (sq, "งบประมา") || lhas (sq, "budget") || lprefix (sq, "งบ") || leq (sq, "งบ") || lprefix (sq, "งบ("))
    return (ColClass) { COL_BUDGET, 0 };
  if (lhas (sq, "รับผิดชอบ") || lhas (sq, "responsib") || lhas (sq, "owner")
      || leq (sq, "หน่วยงาน") || leq (sq, "units"))
    return (ColClass) { COL_RESPONSIBLE, 0 };
  if (lhas (sq, "หน่วยนับ") || leq (sq, "unit") || lhas (sq, "unitofmeasure"))
    return (ColClass) { COL_UNITWORD, 0 };
  if (leq (sq, "ระดับ") || leq (sq, "level") || lprefix (sq, "ระดับ(")
      || lprefix (sq, "level(") || leq (sq, "ระดับ/level") || leq (sq, "ลำดับชั้น"))
    return (ColClass) { COL_LEVEL, 0 };
  if (lhas (sq, "ตัวชี้วัด") || lhas (sq, "indicator") || lhas (sq, "kpi"))
    return (ColClass) { COL_INDICATOR, 0 };
  if (lhas (sq, "เป้าหมาย") || lhas (sq, "target"))
    return (ColClass) { COL_TARGET, 0 };
  if (lhas (sq, "วัตถุประสงค์") || lhas (sq, "objective"))
    return (ColClass) { COL_OBJECTIVE, 0 };
  if (lhas (sq, "สถานะ") || leq (sq, "status"))
    return (ColClass) { COL_STATUS, 0 };
  if (lprefix (sq, "ระยะเวลา") || lprefix (sq, "period") || lprefix (sq, "schedule")
      || lprefix (sq, "ช่วงเวลา") || lprefix (sq, "กำหนดเวลา"))
    return (ColClass) { COL_PERIOD, 0 };
  if (lprefix (sq, "ผล") || lhas (sq, "result") || lhas (sq, "หมายเหตุ") || lhas (sq, "remark")
      || lhas (sq, "note") || lhas (sq, "ปัญหา"))
    return (ColClass) { COL_IGNORE, 0 };
  if (lhas (sq, "กิจกรรม") || lhas (sq, "โครงการ") || lhas (sq, "title") || lhas (sq, "activit")
      || lhas (sq, "project") || lhas (sq, "ชื่อ") || lhas (sq, "รายการ") || leq (sq, "name")
      || lhas (sq, "มาตรการ"))
    return (ColClass) { COL_TITLE, 0 };
  if (lhas (sq, "ยุทธศาสตร์") || lhas (sq, "กลยุทธ์") || lhas (sq, "แนวทาง") || lhas (sq, "strateg")
      || lhas (sq, "tactic") || lhas (sq, "แผนงาน") || lhas (sq, "ประเด็น") || lhas (sq, "เป้าประสงค์")
      || lhas (sq, "goal"))
    return (ColClass) { COL_GROUP, 0 };
  if (near_title_word (sq))
    return (ColClass) { COL_TITLE, 0 };
  return c;
}

/* ---- targets and indicators ---------------------------------------------------- */

static GRegex *
regex_once (GRegex **slot, const char *pattern)
{
  if (g_once_init_enter (slot))
    {
      GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (slot, re);
    }
  return *slot;
}

static GRegex *
number_regex (void)
{
  static GRegex *re;
  return regex_once (&re, "[0-9][0-9,]*(\\.[0-9]+)?");
}

static void
indicator_free (gpointer p)
{
  PrsPlanTableIndicator *ind = p;

  g_free (ind->name);
  g_free (ind->unit);
  g_free (ind);
}

/* Fills target, unit and direction from text such as "ไม่น้อยกว่า ๓ เรื่อง",
 * "ร้อยละ 80", "80%", "4 ครั้ง". Returns FALSE if no number is there. */
static gboolean
parse_target (const char *text, PrsPlanTableIndicator *ind, gboolean need_quantifier)
{
  g_autofree char *s = arabic_trim (text);
  g_autofree char *low = g_utf8_strdown (s, -1);
  g_autoptr (GMatchInfo) mi = NULL;
  int start, end;
  g_autofree char *num = NULL;
  gint64 h;
  gboolean percent = FALSE;
  const char *after;

  if (!g_regex_match (number_regex (), s, 0, &mi))
    return FALSE;
  /* skip numbers that are years or item numbers ("พ.ศ. 2566", "ข้อ 3") */
  while (TRUE)
    {
      g_match_info_fetch_pos (mi, 0, &start, &end);
      num = g_match_info_fetch (mi, 0);
      {
        const char *before = s + start;
        g_autofree char *prefix = g_strndup (s, start);
        g_autofree char *psq = squash (prefix);
        gboolean year = strlen (num) == 4 && (g_str_has_suffix (psq, "พ.ศ.") || g_str_has_suffix (psq, "ปี")
                                              || g_str_has_suffix (psq, "ปีงบประมาณ"));
        gboolean quant = g_str_has_suffix (psq, "ไม่น้อยกว่า") || g_str_has_suffix (psq, "อย่างน้อย")
                         || g_str_has_suffix (psq, "ไม่ต่ำกว่า") || g_str_has_suffix (psq, "ไม่เกิน")
                         || g_str_has_suffix (psq, "ไม่มากกว่า") || g_str_has_suffix (psq, "จำนวน")
                         || g_str_has_suffix (psq, "ร้อยละ") || g_str_has_suffix (psq, "ละ")
                         || g_str_has_suffix (psq, "atleast") || g_str_has_suffix (psq, "atmost")
                         || g_str_has_suffix (psq, "≥") || g_str_has_suffix (psq, "≤")
                         || g_str_has_suffix (psq, ">=") || g_str_has_suffix (psq, "<=")
                         || g_str_has_suffix (psq, "เท่ากับ");
        /* "ประกาศเจตนารมณ์ ๑ ฉบับ": a number and one word closing the text */
        gboolean closing = FALSE;
        /* "รายงานผล รอบ ๖ เดือน รอบ ๙ เดือน และ ๑๒ เดือน": reporting rounds, a period,
         * not a target of 12 months */
        gboolean round_period = FALSE;

        (void) before;
        {
          const char *q = s + end;
          while (*q == ' ')
            q++;
          if (*q && !g_ascii_isdigit (*q))
            {
              const char *w = q;
              while (*w && *w != ' ')
                w++;
              while (*w == ' ')
                w++;
              closing = *w == '\0' || g_str_has_prefix (w, "ต่อปี") || g_str_has_prefix (w, "ต่อ");
            }
        }
        {
          const char *q = s + end;
          while (*q == ' ')
            q++;
          round_period = g_str_has_prefix (q, "เดือน") && strstr (s, "รอบ") != NULL;
        }
        if (!year && !round_period && (!need_quantifier || quant || closing || g_str_has_prefix (s + end, "%")))
          {
            g_autofree char *ppsq = g_strdup (psq);
            if (g_str_has_suffix (ppsq, "ไม่เกิน") || g_str_has_suffix (ppsq, "ไม่มากกว่า")
                || g_str_has_suffix (ppsq, "atmost") || g_str_has_suffix (ppsq, "≤") || g_str_has_suffix (ppsq, "<="))
              ind->direction = PRS_PLAN_DIRECTION_AT_MOST;
            else if (g_str_has_suffix (ppsq, "เท่ากับ"))
              ind->direction = PRS_PLAN_DIRECTION_EQUAL;
            else
              ind->direction = PRS_PLAN_DIRECTION_AT_LEAST;
            percent = g_str_has_suffix (psq, "ร้อยละ") || contains (psq, "ร้อยละ");
            break;
          }
      }
      g_clear_pointer (&num, g_free);
      if (!g_match_info_next (mi, NULL))
        return FALSE;
    }
  {
    GString *digits = g_string_new (NULL);
    for (const char *p = num; *p; p++)
      if (*p != ',')
        g_string_append_c (digits, *p);
    if (!prs_number_parse_hundredths (digits->str, &h, NULL, NULL))
      {
        g_string_free (digits, TRUE);
        return FALSE;
      }
    g_string_free (digits, TRUE);
  }
  ind->has_target = TRUE;
  ind->target_hundredths = h;
  after = s + end;
  while (*after == ' ')
    after++;
  g_free (ind->unit);
  if (*after == '%' || percent)
    ind->unit = g_strdup ("ร้อยละ");
  else
    {
      const char *e = after;
      while (*e && *e != ' ' && *e != '(' && *e != ',' && *e != '\n')
        e++;
      ind->unit = g_strndup (after, e - after);
    }
  return TRUE;
}

static PrsPlanTableIndicator *
indicator_new (const char *name)
{
  PrsPlanTableIndicator *ind = g_new0 (PrsPlanTableIndicator, 1);

  ind->name = g_strdup (name ? name : "");
  ind->unit = g_strdup ("");
  return ind;
}

/* Strips "ตัวชี้วัด", ":", bullets and list numbers from the start of a line. */
static char *
strip_label (const char *line, const char *const *labels)
{
  g_autofree char *s = arabic_trim (line);
  const char *p = s;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (*p == ' ' || *p == '-' || *p == ':' || g_str_has_prefix (p, "•")
             || g_str_has_prefix (p, "●") || g_str_has_prefix (p, "：") || g_str_has_prefix (p, "–"))
        p = g_utf8_next_char (p);
      for (guint i = 0; labels && labels[i]; i++)
        if (g_ascii_strncasecmp (p, labels[i], strlen (labels[i])) == 0)
          {
            p += strlen (labels[i]);
            if (g_str_has_prefix (p, "ที่"))
              {
                p += strlen ("ที่");
                while (*p == ' ' || g_ascii_isdigit (*p))
                  p++;
              }
            again = TRUE;
            break;
          }
    }
  /* list numbers "1." "1)" */
  {
    const char *q = p;
    while (g_ascii_isdigit (*q))
      q++;
    if (q > p && (*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\0') && q - p <= 2)
      p = q + 1;
  }
  while (*p == ' ')
    p++;
  return original_rest (line, s, p);
}

static const char *const indicator_labels[] = { "ตัวชี้วัด", "indicator", "kpi", NULL };
static const char *const target_labels[] = { "ค่าเป้าหมาย", "เป้าหมาย", "target", NULL };

/* Lines of @text, a line also broken before each of "๒. " "๓. " … written on the line
 * of a "๑. …" ("๑. ยกย่องบุคลากร ๒. ประชาสัมพันธ์": two indicators). Only numbers in
 * sequence after a space break, so "2.5" and "ข้อ 3" stay. */
static char **
split_numbered (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *a = arabic_trim (lines[i]);
      const char *p = lines[i];

      if (i)
        g_string_append_c (out, '\n');
      if (!(g_str_has_prefix (a, "1. ") || g_str_has_prefix (a, "1) ")))
        {
          g_string_append (out, lines[i]);
          continue;
        }
      for (guint k = 2; k < 100; k++)
        {
          g_autofree char *ar = g_strdup_printf (" %u. ", k);
          g_autofree char *ar2 = g_strdup_printf (" %u) ", k);
          g_autofree char *th = prs_digits_to_thai (ar);
          g_autofree char *th2 = prs_digits_to_thai (ar2);
          const char *hits[4] = { strstr (p, ar), strstr (p, ar2), strstr (p, th), strstr (p, th2) };
          const char *hit = NULL;

          for (guint h = 0; h < 4; h++)
            if (hits[h] && (hit == NULL || hits[h] < hit))
              hit = hits[h];
          if (hit == NULL)
            break;
          g_string_append_len (out, p, hit - p);
          g_string_append_c (out, '\n');
          p = hit + 1;
        }
      g_string_append (out, p);
    }
  return g_strsplit (out->str, "\n", -1);
}

/* Splits a cell into lines, breaking also before "ตัวชี้วัด :" and "เป้าหมาย :". */
static char **
indicator_lines (const char *text)
{
  static GRegex *re;
  g_autofree char *s = plain_trim (text);
  g_autofree char *broken = NULL;

  regex_once (&re, "(ตัวชี้วัด(ที่\\s*[0-9๐-๙]+)?|ค่าเป้าหมาย|(?<!ค่า)เป้าหมาย|indicator|target)\\s*[:：]");
  broken = g_regex_replace (re, s, -1, 0, "\n\\0", 0, NULL);
  return split_numbered (broken ? broken : s);
}

static gboolean
starts_with_label (const char *line, const char *const *labels)
{
  g_autofree char *sq = squash (line);
  for (guint i = 0; labels[i]; i++)
    if (g_str_has_prefix (sq, labels[i]))
      return TRUE;
  return FALSE;
}

/* Whether @text says no more than a target: a number, its unit and words such
 * as "จำนวน", "ไม่น้อยกว่า". */
static gboolean
only_target (const char *text, const char *unit)
{
  static GRegex *re;
  g_autofree char *s = arabic_trim (text);
  g_autofree char *rest = NULL;
  g_autofree char *sq = NULL;
  static const char *const words[] = { "ไม่น้อยกว่า", "อย่างน้อย", "ไม่ต่ำกว่า", "ไม่เกิน", "ไม่มากกว่า", "จำนวน",
                                       "ร้อยละ", "เท่ากับ", "%", NULL };

  regex_once (&re, "[0-9][0-9,]*(\\.[0-9]+)?");
  rest = g_regex_replace_literal (re, s, -1, 0, "", 0, NULL);
  sq = squash (rest);
  if (unit && *unit)
    {
      char *p = strstr (sq, unit);
      if (p)
        memmove (p, p + strlen (unit), strlen (p + strlen (unit)) + 1);
    }
  for (guint i = 0; words[i]; i++)
    {
      char *p;
      while ((p = strstr (sq, words[i])) != NULL)
        memmove (p, p + strlen (words[i]), strlen (p + strlen (words[i])) + 1);
    }
  return sq[0] == '\0';
}

static void
add_indicator_text (GPtrArray *indicators, const char *text)
{
  g_auto (GStrv) lines = NULL;
  PrsPlanTableIndicator *last = NULL;

  if (is_blank (text))
    return;
  lines = indicator_lines (text);
  for (guint i = 0; lines[i]; i++)
    {
      if (is_blank (lines[i]))
        continue;
      if (starts_with_label (lines[i], target_labels))
        {
          g_autofree char *t = strip_label (lines[i], target_labels);
          if (last == NULL)
            {
              last = indicator_new ("");
              g_ptr_array_add (indicators, last);
            }
          if (!parse_target (t, last, FALSE) && *t)
            {
              /* a target in words: keep it with the name */
              char *name = g_strdup_printf ("%s (%s)", last->name, t);
              g_free (last->name);
              last->name = name;
            }
          continue;
        }
      {
        g_autofree char *name = strip_label (lines[i], indicator_labels);
        last = indicator_new (name);
        if (parse_target (name, last, TRUE) && only_target (name, last->unit)
            && *last->unit && !g_str_equal (last->unit, "ร้อยละ"))
          {
            /* "๑๐ คน" alone: the target; the indicator is the count of คน */
            g_free (last->name);
            last->name = g_strdup_printf ("จำนวน%s", last->unit);
          }
        g_ptr_array_add (indicators, last);
      }
    }
}

/* The target and unit columns pair with the indicators line by line. */
static void
apply_targets (GPtrArray *indicators, guint first, const char *targets, const char *units,
               const char *title)
{
  g_auto (GStrv) tl = NULL;
  g_auto (GStrv) ul = NULL;
  guint ti = 0;

  if (!is_blank (targets))
    {
      g_autofree char *s = arabic_trim (targets);
      tl = g_strsplit (s, "\n", -1);
      for (guint i = 0; tl[i]; i++)
        {
          g_autofree char *t = NULL;
          PrsPlanTableIndicator *ind;

          if (is_blank (tl[i]))
            continue;
          t = strip_label (tl[i], target_labels);
          if (first + ti < indicators->len)
            ind = g_ptr_array_index (indicators, first + ti);
          else
            {
              ind = indicator_new (indicators->len > 0 ? "" : title);
              g_ptr_array_add (indicators, ind);
            }
          ti++;
          if (!parse_target (t, ind, FALSE) && *t)
            {
              char *name = *ind->name ? g_strdup_printf ("%s (%s)", ind->name, t) : g_strdup (t);
              g_free (ind->name);
              ind->name = name;
            }
        }
    }
  if (!is_blank (units))
    {
      g_autofree char *s = arabic_trim (units);
      guint ui = 0;
      ul = g_strsplit (s, "\n", -1);
      for (guint i = 0; ul[i]; i++)
        {
          PrsPlanTableIndicator *ind;
          g_autofree char *u = g_strstrip (g_strdup (ul[i]));

          if (*u == '\0')
            continue;
          if (first + ui >= indicators->len)
            break;
          ind = g_ptr_array_index (indicators, first + ui);
          ui++;
          g_free (ind->unit);
          ind->unit = g_steal_pointer (&u);
          if (g_str_equal (ind->unit, "%"))
            {
              g_free (ind->unit);
              ind->unit = g_strdup ("ร้อยละ");
            }
        }
    }
}

/* ---- budgets ------------------------------------------------------------------- */

gboolean
prs_plan_parse_budget (const char        *text,
                       PrsPlanBudgetKind *kind,
                       gint64            *satang,
                       char             **shared_ref,
                       GError           **error)
{
  g_autofree char *s = arabic_trim (text);
  g_autofree char *sq = squash (text);
  g_autoptr (GMatchInfo) mi = NULL;
  gint64 total = 0;
  gboolean plus, any = FALSE;

  *kind = PRS_PLAN_BUDGET_NONE;
  *satang = 0;
  if (shared_ref)
    *shared_ref = NULL;

  /* a negative amount: "-500", "− 500" or "(500)" as accountants write it */
  {
    static GRegex *neg_re;
    regex_once (&neg_re, "^(?:[-−–—]\\s*[0-9]|\\(\\s*[0-9][0-9,]*(\\.[0-9]+)?\\s*(บาท)?\\s*\\)$)");
    if (g_regex_match (neg_re, s, 0, NULL))
      {
        g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                     _("“%s”: a budget cannot be negative."), s);
        return FALSE;
      }
  }

  /* brackets around the whole text */
  while (sq[0] == '(' && g_str_has_suffix (sq, ")"))
    {
      char *t = g_strndup (sq + 1, strlen (sq) - 2);
      g_free (sq);
      sq = t;
    }
  if (sq[0] == '\0')
    return TRUE;
  if (g_str_equal (sq, "-") || g_str_equal (sq, "–") || g_str_equal (sq, "—") || g_str_equal (sq, "--")
      || g_str_equal (sq, "n/a") || g_str_equal (sq, "na") || g_str_equal (sq, "n.a.") || g_str_equal (sq, "none")
      || g_str_equal (sq, "ไม่มี") || g_str_equal (sq, "ไม่ใช้") || g_str_equal (sq, "nil")
      || g_str_equal (sq, "-ไม่ใช้งบประมาณ-") || contains (sq, "ไม่ใช้งบ") || contains (sq, "ไม่มีงบ")
      || contains (sq, "ไม่ได้ใช้งบ") || contains (sq, "ไม่ใช้เงิน") || contains (sq, "nobudget")
      || contains (sq, "ไม่ต้องใช้งบ"))
    return TRUE;
  if (contains (sq, "เดียวกับ") || contains (sq, "เดียวกัน") || contains (sq, "shared") || contains (sq, "sameas")
      || contains (sq, "รวมอยู่") || contains (sq, "รวมใน") || contains (sq, "ใช้งบของ")
      || ((contains (sq, "ร่วมกับ") || contains (sq, "จากกิจกรรม") || contains (sq, "จากโครงการ"))
          && (contains (sq, "กิจกรรม") || contains (sq, "โครงการ") || contains (sq, "ข้อ") || contains (sq, "activit")
              || contains (sq, "item") || contains (sq, "#") || !g_regex_match (number_regex (), s, 0, NULL))))
    {
      static GRegex *ref_re;
      *kind = PRS_PLAN_BUDGET_SHARED;
      regex_once (&ref_re, "[0-9]+(\\.[0-9]+)*");
      if (g_regex_match (ref_re, s, 0, &mi))
        {
          char *last = NULL;
          do
            {
              g_free (last);
              last = g_match_info_fetch (mi, 0);
            }
          while (g_match_info_next (mi, NULL));
          if (shared_ref)
            *shared_ref = last;
          else
            g_free (last);
        }
      return TRUE;
    }

  /* "5,000 + 2,225" is a sum; "20,000 (ค่าอาหาร 10,000 + …)" is the first figure */
  plus = strchr (s, '+') != NULL && strchr (s, '(') == NULL;
  if (g_regex_match (number_regex (), s, 0, &mi))
    {
      do
        {
          g_autofree char *num = g_match_info_fetch (mi, 0);
          int start, end;
          gint64 v = 0;
          g_autoptr (GError) local = NULL;
          const char *after;

          g_match_info_fetch_pos (mi, 0, &start, &end);
          if (!prs_money_parse (num, &v, &local))
            {
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                           _("“%s” is not an amount in baht (at most two decimals, such as 7,225 or 7225.50)."),
                           s);
              return FALSE;
            }
          after = s + end;
          while (*after == ' ')
            after++;
          if (g_str_has_prefix (after, "ล้าน"))
            v *= 1000000;
          total += v;
          any = TRUE;
        }
      while (plus && g_match_info_next (mi, NULL));
    }
  if (!any)
    {
      if (g_str_equal (sq, "0"))
        return TRUE;
      /* "งบประมาณปกติ", "ใช้งบประมาณของหน่วยงาน": a budget named without an amount
       * adds nothing to the plan's total */
      if (contains (sq, "งบ") || contains (sq, "budget"))
        return TRUE;
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not a budget: write an amount such as 7,225 or 7225.50, “-”, "
                     "“ไม่ใช้งบประมาณ” or “ใช้งบประมาณร่วมกับกิจกรรมที่ 12”."),
                   s);
      return FALSE;
    }
  if (total == 0)
    return TRUE;
  *kind = PRS_PLAN_BUDGET_AMOUNT;
  *satang = total;
  return TRUE;
}

/* "(ใช้งบประมาณ ๗,๒๒๕ บาท)" / "(ไม่ใช้งบประมาณ)" inside a title, when the table has
 * no budget column. Removes what it reads from @title. */
static void
budget_from_title (PrsPlanTableItem *item)
{
  static GRegex *re;
  g_autoptr (GMatchInfo) mi = NULL;
  gint64 total = 0;
  gboolean found = FALSE, shared = FALSE;
  g_autofree char *shared_ref = NULL;

  regex_once (&re, "\\(([^()]*งบประมาณ[^()]*)\\)");
  if (!g_regex_match (re, item->title, 0, &mi))
    return;
  do
    {
      g_autofree char *inner = g_match_info_fetch (mi, 1);
      PrsPlanBudgetKind kind;
      gint64 v;
      char *ref = NULL;

      if (!prs_plan_parse_budget (inner, &kind, &v, &ref, NULL))
        continue;
      found = TRUE;
      if (kind == PRS_PLAN_BUDGET_AMOUNT)
        total += v;
      else if (kind == PRS_PLAN_BUDGET_SHARED)
        {
          shared = TRUE;
          g_free (shared_ref);
          shared_ref = ref;
          ref = NULL;
        }
      g_free (ref);
    }
  while (g_match_info_next (mi, NULL));
  if (!found)
    return;
  item->budget_given = TRUE;
  if (total > 0)
    {
      item->budget_kind = PRS_PLAN_BUDGET_AMOUNT;
      item->budget_satang = total;
    }
  else if (shared)
    {
      item->budget_kind = PRS_PLAN_BUDGET_SHARED;
      item->shared_ref = g_steal_pointer (&shared_ref);
    }
  {
    char *t = g_regex_replace (re, item->title, -1, 0, "", 0, NULL);
    if (t)
      {
        g_strstrip (t);
        g_free (item->title);
        item->title = t;
      }
  }
}

/* ---- schedule ------------------------------------------------------------------------ */

static gboolean
is_mark (const char *text)
{
  g_autofree char *sq = squash (text);

  if (sq[0] == '\0')
    return FALSE;
  return !(g_str_equal (sq, "-") || g_str_equal (sq, "–") || g_str_equal (sq, "0") || g_str_equal (sq, "false")
           || g_str_equal (sq, "no") || g_str_equal (sq, "ไม่") || g_str_equal (sq, "ไม่ใช่"));
}

static guint
months_of (ColClass c)
{
  if (c.kind == COL_QUARTER)
    return 7u << (3 * c.index);
  if (c.kind == COL_MONTH)
    return 1u << c.index;
  return 0;
}

/* Month names and ranges written in a period cell: "ต.ค. 67 - มี.ค. 68", "ตลอดปี". */
static guint
months_from_text (const char *text)
{
  g_autofree char *sq = squash (text);
  guint mask = 0;
  int prev = -1;
  gboolean range = FALSE;

  if (sq[0] == '\0')
    return 0;
  if (contains (sq, "ตลอดปี") || contains (sq, "ทั้งปี") || contains (sq, "allyear") || contains (sq, "ตลอดทั้งปี"))
    return 0xFFF;
  for (const char *p = sq; *p;)
    {
      int m = -1;
      const char *q;

      if (g_str_has_prefix (p, "ไตรมาส"))
        {
          q = p + strlen ("ไตรมาส");
          if (g_str_has_prefix (q, "ที่"))
            q += strlen ("ที่");
          if (*q >= '1' && *q <= '4')
            {
              mask |= 7u << (3 * (*q - '1'));
              p = q + 1;
              continue;
            }
        }
      if ((m = month_at_start (p)) >= 0)
        {
          if (range && prev >= 0)
            for (int k = prev; k != m; k = (k + 1) % 12)
              mask |= 1u << k;
          mask |= 1u << m;
          prev = m;
          range = FALSE;
          /* skip the name */
          for (int k = 0; k < 4; k++)
            if (g_str_has_prefix (p, month_names[m][k]))
              {
                p += strlen (month_names[m][k]);
                goto next;
              }
          p = g_utf8_next_char (p);
        next:
          continue;
        }
      if (*p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "ถึง") || g_str_has_prefix (p, "to"))
        range = TRUE;
      else if (!g_ascii_isdigit (*p) && *p != '.')
        range = range && (*p == ' ');
      p = g_utf8_next_char (p);
    }
  return mask;
}

/* ---- status, units ------------------------------------------------------------------ */

static char *
parse_status (const char *text)
{
  g_autofree char *sq = squash (text);

  if (sq[0] == '\0')
    return NULL;
  if (contains (sq, "ยกเลิก") || contains (sq, "cancel"))
    return g_strdup ("cancelled");
  if (contains (sq, "ระหว่าง") || contains (sq, "progress") || contains (sq, "กำลัง"))
    return g_strdup ("in_progress");
  if (contains (sq, "ยังไม่") || contains (sq, "notstarted") || contains (sq, "ไม่ได้ดำเนินการ"))
    return g_strdup ("not_started");
  if (contains (sq, "เสร็จ") || contains (sq, "done") || contains (sq, "complete") || contains (sq, "ดำเนินการแล้ว"))
    return g_strdup ("done");
  return g_strdup ("not_started");
}

static void
add_units (PrsPlanTableItem *item, const char *text)
{
  static GRegex *split_re;
  g_autofree char *s = plain_trim (text);
  g_autofree char *sq = squash (text);
  g_auto (GStrv) parts = NULL;

  if (sq[0] == '\0')
    return;
  if (contains (sq, "ทุกหน่วยงาน") || contains (sq, "ทุกสำนัก") || contains (sq, "ทุกกอง") || contains (sq, "allunits")
      || contains (sq, "ทุกส่วนราชการ") || g_str_equal (sq, "all") || contains (sq, "ทุกหน่วย"))
    {
      item->all_units = TRUE;
      return;
    }
  regex_once (&split_re, "\\s*(?:\\n|,|;|/|、|\\sและ\\s|\\sand\\s)\\s*");
  parts = g_regex_split (split_re, s, 0);
  for (guint i = 0; parts[i]; i++)
    {
      char *u = g_strstrip (g_strdup (parts[i]));
      /* bullets and list numbers */
      while (*u == '-' || g_str_has_prefix (u, "•"))
        {
          char *t = g_strdup (g_utf8_next_char (u));
          g_free (u);
          u = g_strstrip (t);
        }
      if (*u == '\0')
        {
          g_free (u);
          continue;
        }
      {
        gboolean dup = FALSE;
        for (guint k = 0; k < item->units->len; k++)
          dup = dup || g_str_equal (g_ptr_array_index (item->units, k), u);
        if (dup)
          g_free (u);
        else
          g_ptr_array_add (item->units, u);
      }
    }
}

/* ---- items ---------------------------------------------------------------------------- */

static void
item_free (gpointer p)
{
  PrsPlanTableItem *item = p;

  g_free (item->number);
  g_free (item->level_name);
  g_free (item->title);
  g_free (item->objective);
  g_ptr_array_unref (item->indicators);
  g_free (item->shared_ref);
  g_ptr_array_unref (item->units);
  g_free (item->status);
  g_free (item);
}

static PrsPlanTableItem *
item_new (guint line)
{
  PrsPlanTableItem *item = g_new0 (PrsPlanTableItem, 1);

  item->line = line;
  item->parent = -1;
  item->shared_with = -1;
  item->number = g_strdup ("");
  item->title = g_strdup ("");
  item->objective = g_strdup ("");
  item->indicators = g_ptr_array_new_with_free_func (indicator_free);
  item->units = g_ptr_array_new_with_free_func (g_free);
  return item;
}

void
prs_plan_table_free (PrsPlanTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->items);
  g_ptr_array_unref (table->level_names);
  g_ptr_array_unref (table->warnings);
  g_free (table->title);
  g_free (table);
}

int
prs_plan_table_title_year (PrsPlanTable *table)
{
  static GRegex *re;
  g_autofree char *a = NULL;
  g_autoptr (GMatchInfo) m = NULL;

  if (table->title == NULL)
    return 0;
  regex_once (&re, "(?:พ\\.\\s*ศ\\.|ปีงบประมาณ|ปี)\\s*([0-9]{4})(?![0-9])");
  a = arabic_trim (table->title);
  for (g_regex_match (re, a, 0, &m); g_match_info_matches (m); g_match_info_next (m, NULL))
    {
      g_autofree char *num = g_match_info_fetch (m, 1);
      int y = atoi (num);

      if (y >= 2400 && y <= 2800)
        return y;
    }
  return 0;
}

guint
prs_plan_table_count_activities (PrsPlanTable *table)
{
  guint n = 0;
  g_autofree gboolean *has_child = g_new0 (gboolean, table->items->len + 1);

  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      if (it->parent >= 0)
        has_child[it->parent] = TRUE;
    }
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      if (!has_child[i] && !it->is_group)
        n++;
    }
  return n;
}

/* "ยุทธศาสตร์ที่ ๑ : title" → word, number parts and title. */
static gboolean
match_keyword_row (const char *text, gboolean *activity, char **word, char ***parts, char **rest)
{
  g_autofree char *s = arabic_trim (text);
  const char *p = s;

  while (*p == '-' || *p == ' ' || g_str_has_prefix (p, "•") || g_str_has_prefix (p, "●"))
    p = g_utf8_next_char (p);
  for (int pass = 0; pass < 2; pass++)
    {
      const char *const *words = pass == 0 ? group_words : activity_words;

      for (guint i = 0; words[i]; i++)
        {
          gsize len = strlen (words[i]);
          const char *q;
          const char *numstart;
          g_autofree char *num = NULL;

          if (g_ascii_strncasecmp (p, words[i], len) != 0)
            continue;
          q = p + len;
          while (*q == ' ')
            q++;
          if (g_str_has_prefix (q, "ที่"))
            q += strlen ("ที่");
          else if (g_str_has_prefix (q, "ข้อ"))
            q += strlen ("ข้อ");
          else if (pass == 1 && (guchar) words[i][0] >= 0x80)
            continue; /* "กิจกรรม ๕ ส" is a title; "กิจกรรมที่ ๕" a numbered row */
          while (*q == ' ')
            q++;
          numstart = q;
          while (g_ascii_isdigit (*q) || (*q == '.' && g_ascii_isdigit (q[1])))
            q++;
          if (q == numstart)
            continue;
          num = g_strndup (numstart, q - numstart);
          *parts = parse_number_parts (num);
          if (*parts == NULL)
            continue;
          if (*q == '.' || *q == ')')
            q++;
          while (*q == ' ' || *q == ':' || *q == '-' || g_str_has_prefix (q, "：") || g_str_has_prefix (q, "–"))
            q = *q == ' ' || *q == ':' || *q == '-' ? q + 1 : g_utf8_next_char (q);
          *activity = pass == 1;
          *word = g_strndup (p, len);
          *rest = original_rest (text, s, q);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
parts_prefix (char **prefix, char **parts)
{
  guint a = g_strv_length (prefix), b = g_strv_length (parts);

  if (a >= b)
    return FALSE;
  for (guint i = 0; i < a; i++)
    if (g_ascii_strtoull (prefix[i], NULL, 10) != g_ascii_strtoull (parts[i], NULL, 10))
      return FALSE;
  return TRUE;
}

typedef struct
{
  int item;
  int rank;      /* keyword group rank, -1 for numbered/plain rows */
  char **parts;  /* number parts or NULL (borrowed from parts_store) */
} Open;

static char *
join_text (const char *a, const char *b)
{
  if (is_blank (a))
    return g_strdup (b ? b : "");
  if (is_blank (b))
    return g_strdup (a);
  return g_strdup_printf ("%s\n%s", a, b);
}

static gboolean
row_equals (char **a, char **b)
{
  guint n = MAX (row_width (a), row_width (b)), same = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *x = squash (cell (a, i));
      g_autofree char *y = squash (cell (b, i));
      if (!g_str_equal (x, y))
        return FALSE;
      if (*x)
        same++;
    }
  return same >= 2;
}

static gboolean
is_total_row (const char *first)
{
  g_autofree char *sq = squash (first);
  static const char *const totals[] = { "รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "total", "grandtotal", "sum",
                                        "รวมงบประมาณ", "รวมงบประมาณทั้งสิ้น", "รวมทั้งหมด(บาท)", NULL };

  for (guint i = 0; totals[i]; i++)
    if (g_str_equal (sq, totals[i]))
      return TRUE;
  if (g_str_has_prefix (sq, "รวม") && (g_str_has_prefix (sq, "รวมจำนวน") || g_str_has_prefix (sq, "รวมทั้ง")
                                        || g_str_has_prefix (sq, "รวมงบ") || g_str_has_prefix (sq, "รวมเป็นเงิน")
                                        || g_str_has_prefix (sq, "รวมยุทธศาสตร์") || g_str_has_prefix (sq, "รวมกลยุทธ์")
                                        || g_str_has_prefix (sq, "รวมแนวทาง") || g_str_has_prefix (sq, "รวมแผนงาน")
                                        || g_str_has_prefix (sq, "รวมมาตรการ") || g_str_has_prefix (sq, "รวมประเด็น")
                                        || g_str_has_prefix (sq, "รวม(")
                                        || g_ascii_isdigit (sq[strlen ("รวม")]) || strlen (sq) <= strlen ("รวม") + 6))
    return TRUE;
  if (g_str_has_prefix (sq, "ยอดรวม") || g_str_has_prefix (sq, "subtotal") || g_str_has_prefix (sq, "sub-total")
      || g_str_has_prefix (sq, "grandtotal"))
    return TRUE;
  if (g_str_has_prefix (sq, "total") && strlen (sq) <= 12)
    return TRUE;
  return FALSE;
}

static void
collapse_spaces (char **text)
{
  static GRegex *runs, *edges;
  char *a, *b;

  if (*text == NULL)
    return;
  regex_once (&runs, "[ \\t]{2,}");
  regex_once (&edges, "[ \\t]*\\n[ \\t]*");
  a = g_regex_replace_literal (runs, *text, -1, 0, " ", 0, NULL);
  b = a ? g_regex_replace_literal (edges, a, -1, 0, "\n", 0, NULL) : NULL;
  g_free (a);
  if (b)
    {
      g_free (*text);
      *text = b;
    }
}

static const char *const preset_upper[] = { "ยุทธศาสตร์", "กลยุทธ์", "แนวทางปฏิบัติ", "แผนงาน", "โครงการ" };

/* ---- total rows ------------------------------------------------------------------------ */

/* A total row as read: checked against the items once the table is built. */
typedef struct
{
  guint   line;
  char   *label;     /* its first text ("รวมยุทธศาสตร์ที่ ๑", "รวมทั้งสิ้น", "รวม") */
  gint64  amount;    /* stated total in satang, or -1 */
  gint64  count;     /* stated number of activities ("จำนวน ๙ โครงการ/กิจกรรม"), or -1 */
  guint   n_before;  /* items read before it */
} TotalRow;

static void
total_row_clear (gpointer p)
{
  g_free (((TotalRow *) p)->label);
}

/* "จำนวนงบประมาณทั้งหมด ๑,๒๗๐,๐๐๐ บาท" in any cell of a total row: the stated total
 * when the budget column holds none. */
static gint64
amount_in_text (char **row)
{
  static GRegex *re;

  regex_once (&re, "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*บาท");
  for (guint c = 0; row && row[c]; c++)
    {
      g_autofree char *a = arabic_trim (row[c]);
      g_autoptr (GMatchInfo) m = NULL;

      if (g_regex_match (re, a, 0, &m))
        {
          g_autofree char *num = g_match_info_fetch (m, 1);
          PrsPlanBudgetKind k;
          gint64 v;

          if (prs_plan_parse_budget (num, &k, &v, NULL, NULL) && k == PRS_PLAN_BUDGET_AMOUNT)
            return v;
        }
    }
  return -1;
}

/* "จำนวน ๙ โครงการ/กิจกรรม", "๗ กิจกรรม": the stated number of activities (one such
 * number in the row; two, "๓ โครงการ ๖ กิจกรรม", are not guessed at). */
static gint64
count_in_text (char **row)
{
  static GRegex *re;
  gint64 found = -1;

  regex_once (&re, "(?<![0-9.,])([0-9]+)\\s*(?:โครงการ|กิจกรรม|activit)");
  for (guint c = 0; row && row[c]; c++)
    {
      g_autofree char *a = arabic_trim (row[c]);
      g_autoptr (GMatchInfo) m = NULL;

      g_regex_match (re, a, 0, &m);
      while (g_match_info_matches (m))
        {
          g_autofree char *num = g_match_info_fetch (m, 1);

          if (found >= 0)
            return -1;
          found = (gint64) g_ascii_strtoull (num, NULL, 10);
          g_match_info_next (m, NULL);
        }
    }
  return found;
}

/* Budgets and activity counts of every subtree and every prefix of the items, worked
 * out once (a table of many total rows must not be summed again for each). */
typedef struct
{
  gint64 *sub_sum, *sub_count;  /* per item: its own and its descendants' */
  gint64 *pre_sum, *pre_count;  /* per index i: items 0 .. i-1 */
  GHashTable *group_by_number;  /* number -> first group item of that number + 1 */
} RollUps;

static void
roll_ups_init (RollUps *r, PrsPlanTable *table)
{
  guint n = table->items->len;

  r->sub_sum = g_new0 (gint64, n + 1);
  r->sub_count = g_new0 (gint64, n + 1);
  r->pre_sum = g_new0 (gint64, n + 1);
  r->pre_count = g_new0 (gint64, n + 1);
  r->group_by_number = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      gboolean leaf = i + 1 >= n || ((PrsPlanTableItem *) g_ptr_array_index (table->items, i + 1))->parent != (int) i;
      gint64 own_sum = !it->is_group && it->budget_kind == PRS_PLAN_BUDGET_AMOUNT ? it->budget_satang : 0;
      gint64 own_count = !it->is_group && leaf ? 1 : 0;

      r->pre_sum[i + 1] = r->pre_sum[i] + own_sum;
      r->pre_count[i + 1] = r->pre_count[i] + own_count;
      r->sub_sum[i] = own_sum;
      r->sub_count[i] = own_count;
      if (it->is_group && !g_hash_table_contains (r->group_by_number, it->number))
        g_hash_table_insert (r->group_by_number, it->number, GUINT_TO_POINTER (i + 1));
    }
  /* parents come before their children: add each subtree into its parent, last first */
  for (guint i = n; i-- > 0;)
    {
      int parent = ((PrsPlanTableItem *) g_ptr_array_index (table->items, i))->parent;
      if (parent >= 0 && (guint) parent < i)
        {
          r->sub_sum[parent] += r->sub_sum[i];
          r->sub_count[parent] += r->sub_count[i];
        }
    }
}

static void
roll_ups_clear (RollUps *r)
{
  g_free (r->sub_sum);
  g_free (r->sub_count);
  g_free (r->pre_sum);
  g_free (r->pre_count);
  g_hash_table_unref (r->group_by_number);
}

/* The budget and the number of activities under item @scope (-1: the whole plan). */
static void
roll_up (PrsPlanTable *table, const RollUps *r, int scope, gint64 *sum, gint64 *count)
{
  *sum = scope >= 0 ? r->sub_sum[scope] : r->pre_sum[table->items->len];
  *count = scope >= 0 ? r->sub_count[scope] : r->pre_count[table->items->len];
}

/* ... of items @from .. @to - 1. */
static void
roll_up_range (const RollUps *r, guint from, guint to, gint64 *sum, gint64 *count)
{
  *sum = r->pre_sum[to] - r->pre_sum[from];
  *count = r->pre_count[to] - r->pre_count[from];
}

/* Each total row against what it totals: a row naming a group ("รวมยุทธศาสตร์ที่ ๑")
 * against that group, a grand total ("รวมทั้งสิ้น") against the plan, a plain "รวม"
 * against the group it closes or the plan, whichever it agrees with (at the end of the
 * table, the plan, unless the plan's groups have their own subtotals). */
static void
check_totals (PrsPlanTable *table, GArray *totals)
{
  gboolean group_subtotals = FALSE;
  RollUps r;

  roll_ups_init (&r, table);

  for (guint t = 0; t < totals->len; t++)
    {
      TotalRow *tr = &g_array_index (totals, TotalRow, t);
      g_autofree char *sq = squash (tr->label);
      g_autoptr (GArray) cands = g_array_new (FALSE, FALSE, sizeof (int));
      gboolean grand = contains (sq, "ทั้งสิ้น") || contains (sq, "ทั้งหมด") || contains (sq, "ทั้งแผน")
                       || contains (sq, "grand");
      int scope = -2, last = (int) tr->n_before - 1;
      guint from = t > 0 ? g_array_index (totals, TotalRow, t - 1).n_before : 0;
      gboolean found_named_number = FALSE;
      const char *p;
      gint64 sum, count;

      if (tr->amount < 0 && tr->count < 0)
        continue;
      /* a number in the label names a group: the one open above, else any of that number */
      for (p = sq; *p && !g_ascii_isdigit (*p); p++)
        ;
      if (!grand && *p && g_str_has_prefix (sq, "รวม") && p > sq + strlen ("รวม")
          && p[strspn (p, "0123456789.")] != ',')
        {
          g_autofree char *num = g_strndup (p, strspn (p, "0123456789."));
          int found = -1;

          while (num[0] && num[strlen (num) - 1] == '.')
            num[strlen (num) - 1] = '\0';
          for (int a = last >= 0 ? ((PrsPlanTableItem *) g_ptr_array_index (table->items, last))->parent : -1;
               found < 0 && a >= 0; a = ((PrsPlanTableItem *) g_ptr_array_index (table->items, a))->parent)
            if (g_str_equal (((PrsPlanTableItem *) g_ptr_array_index (table->items, a))->number, num))
              found = a;
          if (last >= 0 && found < 0 && ((PrsPlanTableItem *) g_ptr_array_index (table->items, last))->is_group
              && g_str_equal (((PrsPlanTableItem *) g_ptr_array_index (table->items, last))->number, num))
            found = last;
          if (found < 0)
            found = (int) GPOINTER_TO_UINT (g_hash_table_lookup (r.group_by_number, num)) - 1;
          if (found >= 0)
            {
              g_array_append_val (cands, found);
              scope = found;
            }
          found_named_number = TRUE;
        }
      /* a subtotal naming a group the table does not have: the activities since the total
       * row before it */
      if (scope == -2 && !grand && found_named_number)
        scope = -3;
      if (scope == -2 && !grand)
        {
          /* the groups open above it, innermost first, then the plan */
          if (last >= 0 && ((PrsPlanTableItem *) g_ptr_array_index (table->items, last))->is_group)
            g_array_append_val (cands, last);
          for (int a = last >= 0 ? ((PrsPlanTableItem *) g_ptr_array_index (table->items, last))->parent : -1; a >= 0;
               a = ((PrsPlanTableItem *) g_ptr_array_index (table->items, a))->parent)
            g_array_append_val (cands, a);
          for (guint c = 0; c < cands->len && scope == -2; c++)
            {
              int g = g_array_index (cands, int, c);
              roll_up (table, &r, g, &sum, &count);
              if ((tr->amount < 0 || tr->amount == sum) && (tr->count < 0 || tr->count == count))
                scope = g;
            }
          if (scope == -2)
            {
              roll_up (table, &r, -1, &sum, &count);
              if ((tr->amount < 0 || tr->amount == sum) && (tr->count < 0 || tr->count == count))
                scope = -1;
            }
          if (scope == -2)
            scope = cands->len > 0 && (tr->n_before < table->items->len || group_subtotals)
                      ? g_array_index (cands, int, 0) : -1;
        }
      if (scope == -2)
        scope = -1;
      if (scope >= 0 || scope == -3)
        group_subtotals = TRUE;

      if (scope == -3)
        roll_up_range (&r, from, MIN (tr->n_before, table->items->len), &sum, &count);
      else
        roll_up (table, &r, scope, &sum, &count);
      if (tr->amount >= 0 && tr->amount != sum)
        {
          g_autofree char *a = prs_money_format (tr->amount, PRS_MONEY_FORMAT_DEFAULT);
          g_autofree char *b = prs_money_format (sum, PRS_MONEY_FORMAT_DEFAULT);
          g_autofree char *d = prs_money_format (tr->amount > sum ? tr->amount - sum : sum - tr->amount,
                                                 PRS_MONEY_FORMAT_DEFAULT);
          if (scope == -3)
            g_ptr_array_add (table->warnings,
                             g_strdup_printf (_("Line %u: the total row “%s” says %s baht but the activities above "
                                                "it add up to %s baht (a difference of %s baht)."),
                                              tr->line, tr->label, a, b, d));
          else if (scope < 0)
            g_ptr_array_add (table->warnings,
                             g_strdup_printf (_("Line %u: the total row says %s baht but the activities add up to %s "
                                                "baht (a difference of %s baht)."),
                                              tr->line, a, b, d));
          else
            {
              PrsPlanTableItem *g = g_ptr_array_index (table->items, scope);
              g_ptr_array_add (table->warnings,
                               g_strdup_printf (_("Line %u: the total row “%s” says %s baht but the activities under "
                                                  "“%s” add up to %s baht (a difference of %s baht)."),
                                                tr->line, tr->label, a, g->title, b, d));
            }
        }
      if (tr->count >= 0 && tr->count != count)
        {
          if (scope == -3)
            g_ptr_array_add (table->warnings,
                             g_strdup_printf (_("Line %u: the total row “%s” says %u activities but there are %u "
                                                "above it."),
                                              tr->line, tr->label, (guint) tr->count, (guint) count));
          else if (scope < 0)
            g_ptr_array_add (table->warnings,
                             g_strdup_printf (_("Line %u: the total row says %u activities but the plan has %u."),
                                              tr->line, (guint) tr->count, (guint) count));
          else
            g_ptr_array_add (table->warnings,
                             g_strdup_printf (_("Line %u: the total row “%s” says %u activities but “%s” has %u."),
                                              tr->line, tr->label, (guint) tr->count,
                                              ((PrsPlanTableItem *) g_ptr_array_index (table->items, scope))->title,
                                              (guint) count));
        }
    }
  roll_ups_clear (&r);
}

static PrsPlanTable *
parse_full (GPtrArray *rows, GArray *lines, GPtrArray *merged_down, GError **error)
{
  g_autoptr (PrsPlanTable) table = g_new0 (PrsPlanTable, 1);
  g_autofree ColClass *cols = NULL;
  guint ncols = 0, header = G_MAXUINT, first_data, i;
  int col_number = -1, col_level = -1, col_title = -1, col_objective = -1, col_indicator = -1, col_target = -1,
      col_unitword = -1, col_budget = -1, col_responsible = -1, col_kpi = -1, col_status = -1, col_period = -1;
  g_autoptr (GArray) group_cols = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) sched_cols = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GPtrArray) group_names = g_ptr_array_new_with_free_func (g_free); /* keyword words by rank */
  g_autoptr (GPtrArray) level_values = g_ptr_array_new_with_free_func (g_free); /* level column texts */
  g_autoptr (GPtrArray) parts_store = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (Open));
  g_autofree int *group_open = NULL;
  g_autofree char *title_header = NULL;
  char **header_row = NULL, **sub_row = NULL;
  g_autoptr (GArray) totals = g_array_new (FALSE, TRUE, sizeof (TotalRow));
  int last_item = -1;
  gboolean any_keyword_activity = FALSE;

#define LINE(r) (lines && (r) < lines->len ? g_array_index (lines, guint, (r)) : (r) + 1)

  table->items = g_ptr_array_new_with_free_func (item_free);
  table->level_names = g_ptr_array_new_with_free_func (g_free);
  table->warnings = g_ptr_array_new_with_free_func (g_free);
  g_array_set_clear_func (totals, total_row_clear);

  /* the header: the first row naming a title column and at least one other */
  for (int pass = 0; pass < 2 && header == G_MAXUINT; pass++)
  for (i = 0; i < rows->len && i < HEADER_SEARCH_ROWS; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint known = 0, filled = 0;
      gboolean has_title = FALSE;

      gboolean data_row = FALSE;

      for (guint c = 0; row && row[c]; c++)
        {
          ColClass k = classify_header (row[c]);
          if (!is_blank (row[c]))
            {
              /* a row opening with an item number ("๕", "1.2") or a numbered
               * "ยุทธศาสตร์ที่ ๑ …" is data, whatever words it holds */
              if (filled == 0)
                {
                  g_auto (GStrv) np = parse_number_parts (row[c]);
                  g_autofree char *kw_word = NULL, *kw_rest = NULL;
                  g_auto (GStrv) kw_parts = NULL;
                  gboolean kw_act = FALSE;
                  if (np || match_keyword_row (row[c], &kw_act, &kw_word, &kw_parts, &kw_rest))
                    data_row = TRUE;
                }
              filled++;
            }
          if (k.kind != COL_NONE)
            known++;
          if (k.kind == COL_TITLE || (pass == 1 && k.kind == COL_GROUP))
            has_title = TRUE;
        }
      /* most of a header's cells are names of columns */
      if (data_row || known * 2 < filled)
        continue;
      /* a one-column table only when no row names two columns */
      if (has_title && (known >= 2 || (pass == 1 && known == 1 && filled == 1)))
        {
          header = i;
          break;
        }
    }
  if (header == G_MAXUINT)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("Line 1: no header row found in the first %u lines. The table needs a column named "
                     "“กิจกรรม”, “โครงการ” or “Title”, and others such as “ลำดับ”, “งบประมาณ” or “ตัวชี้วัด”."),
                   HEADER_SEARCH_ROWS);
      return NULL;
    }
  table->header_line = LINE (header);
  for (i = 0; i < header; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      for (guint c = 0; row && row[c]; c++)
        if (!is_blank (row[c]))
          {
            if (table->title == NULL)
              table->title = plain_trim (row[c]);
            break;
          }
      if (table->title)
        break;
    }

  header_row = g_ptr_array_index (rows, header);
  ncols = row_width (header_row);
  first_data = header + 1;
  if (first_data < rows->len)
    {
      char **next = g_ptr_array_index (rows, first_data);
      guint sub_known = 0;
      g_auto (GStrv) parts = NULL;

      gboolean data_like = FALSE;

      for (guint c = 0; next && next[c]; c++)
        {
          ColClass k = classify_header (next[c]);
          ColClass h = classify_header (cell (header_row, c));
          g_autofree char *kw_word = NULL, *kw_rest = NULL;
          g_auto (GStrv) kw_parts = NULL;
          gboolean kw_act = FALSE;

          if (is_blank (next[c]))
            continue;
          /* a group row ("แนวทางการพัฒนาที่ ๑ …") or long text is data, not a header */
          if (g_utf8_strlen (next[c], -1) > 40 || match_keyword_row (next[c], &kw_act, &kw_word, &kw_parts, &kw_rest))
            data_like = TRUE;
          if (k.kind == COL_QUARTER || k.kind == COL_MONTH)
            sub_known++;
          else if (k.kind != COL_NONE && (h.kind == COL_NONE || h.kind == COL_PERIOD || h.kind == COL_IGNORE
                                          || h.kind == k.kind))
            sub_known++;
          else if (h.kind == COL_TITLE)
            data_like = TRUE; /* a title under the title column: an activity */
        }
      parts = parse_number_parts (cell (next, 0));
      if (sub_known > 0 && parts == NULL && !data_like)
        {
          sub_row = next;
          ncols = MAX (ncols, row_width (next));
          first_data++;
        }
    }
  cols = g_new0 (ColClass, ncols + 1);
  for (guint c = 0; c < ncols; c++)
    {
      ColClass k = classify_header (cell (header_row, c));
      if (sub_row && !is_blank (cell (sub_row, c)))
        {
          ColClass s = classify_header (cell (sub_row, c));
          if (s.kind != COL_NONE && (k.kind == COL_NONE || k.kind == COL_PERIOD || k.kind == COL_IGNORE
                                     || s.kind == COL_QUARTER || s.kind == COL_MONTH))
            k = s;
        }
      cols[c] = k;
    }

  /* first column of each kind; level words left of the title are group columns */
  for (guint c = 0; c < ncols; c++)
    {
      int *slot = NULL;
      switch (cols[c].kind)
        {
        case COL_NUMBER: slot = &col_number; break;
        case COL_LEVEL: slot = &col_level; break;
        case COL_TITLE: slot = &col_title; break;
        case COL_OBJECTIVE: slot = &col_objective; break;
        case COL_INDICATOR: slot = &col_indicator; break;
        case COL_TARGET: slot = &col_target; break;
        case COL_UNITWORD: slot = &col_unitword; break;
        case COL_BUDGET: slot = &col_budget; break;
        case COL_RESPONSIBLE: slot = &col_responsible; break;
        case COL_COMMON_KPI: slot = &col_kpi; break;
        case COL_STATUS: slot = &col_status; break;
        case COL_PERIOD: slot = &col_period; break;
        case COL_QUARTER:
        case COL_MONTH:
          {
            int ci = (int) c;
            g_array_append_val (sched_cols, ci);
          }
          break;
        default:
          break;
        }
      if (slot && *slot < 0)
        *slot = (int) c;
    }
  /* no title column but level columns ("แนวทางการดำเนินงาน"): the last of them names the rows */
  if (col_title < 0)
    for (guint c = 0; c < ncols; c++)
      if (cols[c].kind == COL_GROUP)
        col_title = (int) c;
  if (col_title >= 0)
    cols[col_title].kind = COL_TITLE;
  for (guint c = 0; c < ncols; c++)
    if (cols[c].kind == COL_GROUP && (int) c < col_title)
      {
        int ci = (int) c;
        g_array_append_val (group_cols, ci);
      }
  if (col_title < 0)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("Line %u: the header has no title column (“กิจกรรม”, “โครงการ” or “Title”)."),
                   LINE (header));
      return NULL;
    }
  title_header = arabic_trim (cell (header_row, col_title));
  group_open = g_new (int, group_cols->len + 1);
  for (guint g = 0; g <= group_cols->len; g++)
    group_open[g] = -1;

  for (i = first_data; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint line = LINE (i);
      const char *numtext = col_number >= 0 ? cell (row, col_number) : "";
      const char *titletext = cell (row, col_title);
      g_auto (GStrv) numparts = NULL;
      g_autofree char *kw_word = NULL;
      g_autofree char *kw_rest = NULL;
      g_auto (GStrv) kw_parts = NULL;
      gboolean kw = FALSE, kw_activity = FALSE, blank = TRUE, group_changed = FALSE, item_kw_numbered = FALSE;
      g_autofree char *title = NULL;
      PrsPlanTableItem *item;
      int parent = -1, explicit_depth = -1;
      const char *first_text = NULL;

      for (guint c = 0; row && row[c]; c++)
        if (!is_blank (row[c]))
          {
            blank = FALSE;
            if (first_text == NULL)
              first_text = row[c];
          }
      if (blank)
        continue;
      if (row_equals (row, header_row) || (sub_row && row_equals (row, sub_row)))
        continue;
      if (is_total_row (first_text))
        {
          TotalRow tr = { line, plain_trim (first_text), -1, -1, table->items->len };
          PrsPlanBudgetKind k;
          gint64 v;

          if (col_budget >= 0 && prs_plan_parse_budget (cell (row, col_budget), &k, &v, NULL, NULL)
              && k == PRS_PLAN_BUDGET_AMOUNT)
            tr.amount = v;
          else
            tr.amount = amount_in_text (row);
          tr.count = count_in_text (row);
          g_array_append_val (totals, tr);
          continue;
        }

      /* group columns: a new value opens a group node (merged cells are empty) */
      for (guint g = 0; g < group_cols->len; g++)
        {
          int c = g_array_index (group_cols, int, g);
          const char *text = cell (row, c);
          PrsPlanTableItem *gi;
          g_autofree char *rest = NULL;
          g_auto (GStrv) gparts = NULL;

          if (is_blank (text))
            continue;
          if (group_open[g] >= 0)
            {
              g_autofree char *a = squash (((PrsPlanTableItem *) g_ptr_array_index (table->items, group_open[g]))->title);
              g_autofree char *b = squash (text);
              if (g_str_equal (a, b))
                continue;
            }
          gi = item_new (line);
          gi->is_group = TRUE;
          gi->depth = g;
          gi->parent = g > 0 ? group_open[g - 1] : -1;
          gparts = split_leading_number (text, &rest);
          if (gparts)
            {
              g_free (gi->number);
              gi->number = g_strjoinv (".", gparts);
              g_free (gi->title);
              gi->title = g_steal_pointer (&rest);
            }
          else
            {
              g_free (gi->title);
              gi->title = plain_trim (text);
            }
          g_ptr_array_add (table->items, gi);
          group_open[g] = (int) table->items->len - 1;
          for (guint h = g + 1; h <= group_cols->len; h++)
            group_open[h] = -1;
          group_changed = TRUE;
          last_item = group_open[g];
        }

      /* a keyword row: "ยุทธศาสตร์ที่ ๑ …" in the number or the title column */
      numparts = parse_number_parts (numtext);
      if (numparts == NULL && !is_blank (numtext))
        kw = match_keyword_row (numtext, &kw_activity, &kw_word, &kw_parts, &kw_rest);
      if (!kw && !is_blank (titletext))
        kw = match_keyword_row (titletext, &kw_activity, &kw_word, &kw_parts, &kw_rest);
      if (kw && numparts != NULL && !kw_activity)
        {
          /* "1.1 | Objective 1.1 …": the number column places the row; the word
           * names its level */
          item_kw_numbered = TRUE;
        }
      if (kw)
        {
          if (is_blank (kw_rest) && !is_blank (titletext))
            {
              g_free (kw_rest);
              kw_rest = plain_trim (titletext);
            }
          if (numparts == NULL)
            numparts = g_strdupv (kw_parts);
          title = g_strdup (kw_rest);
        }
      else if (!is_blank (titletext))
        {
          g_autofree char *rest = NULL;
          g_auto (GStrv) lead = split_leading_number (titletext, &rest);
          if (lead && (numparts == NULL || g_strv_equal ((const char *const *) lead, (const char *const *) numparts)))
            {
              if (numparts == NULL)
                numparts = g_steal_pointer (&lead);
              title = g_steal_pointer (&rest);
            }
          else
            title = plain_trim (titletext);
        }
      else if (numparts == NULL && !is_blank (numtext) && col_number >= 0)
        {
          /* text in the number column alone: a heading row */
          kw = TRUE;
          kw_word = g_strdup ("");
          title = plain_trim (numtext);
        }

      /* "- กิจกรรมย่อย" without a number under a numbered activity: a detail of
       * that activity, not an activity of its own */
      if (title && *title && !kw && numparts == NULL && col_number >= 0 && last_item >= 0 && !group_changed
          && (g_str_has_prefix (title, "-") || g_str_has_prefix (title, "•") || g_str_has_prefix (title, "●")
              || g_str_has_prefix (title, "○") || g_str_has_prefix (title, "▪") || g_str_has_prefix (title, "–")))
        {
          PrsPlanTableItem *prev = g_ptr_array_index (table->items, last_item);
          if (!prev->is_group && prev->number[0] != '\0')
            {
              char *j = join_text (prev->title, title);
              g_free (prev->title);
              prev->title = j;
              g_clear_pointer (&title, g_free);
            }
        }

      /* the rest of a long title typed on the next row: no number, text only in
       * the title (and objective) column, under a numbered activity */
      if (title && *title && !kw && numparts == NULL && col_number >= 0 && last_item >= 0 && !group_changed)
        {
          PrsPlanTableItem *prev = g_ptr_array_index (table->items, last_item);
          gboolean other = FALSE;

          for (guint c = 0; row && row[c] && !other; c++)
            if ((int) c != col_title && (int) c != col_objective && (int) c != col_number && !is_blank (row[c]))
              other = TRUE;
          if (!other && !prev->is_group && prev->number[0] != '\0')
            {
              char *j = g_strdup_printf ("%s %s", prev->title, title);
              g_free (prev->title);
              prev->title = j;
              if (col_objective >= 0 && !is_blank (cell (row, col_objective)))
                {
                  g_autofree char *o = plain_trim (cell (row, col_objective));
                  j = is_blank (prev->objective) ? g_strdup (o) : g_strdup_printf ("%s %s", prev->objective, o);
                  g_free (prev->objective);
                  prev->objective = j;
                }
              continue;
            }
        }

      /* a group row repeated at the top of a page ("แนวทางการพัฒนาที่ ๑ …" again
       * while it is open) continues that group */
      if (kw && !kw_activity && numparts && col_level < 0 && group_cols->len == 0)
        {
          g_autofree char *num = g_strjoinv (".", numparts);
          g_autofree char *tsq = squash (title);
          int found = -1;

          for (int s2 = (int) stack->len - 1; s2 >= 0 && found < 0; s2--)
            {
              Open *o = &g_array_index (stack, Open, s2);
              PrsPlanTableItem *oi = g_ptr_array_index (table->items, o->item);
              g_autofree char *osq = squash (oi->title);

              if (oi->is_group && g_str_equal (oi->number, num)
                  && g_strcmp0 (oi->level_name ? oi->level_name : "", kw_word ? kw_word : "") == 0
                  && (g_str_equal (osq, tsq) || *tsq == '\0'))
                found = s2;
            }
          if (found >= 0)
            {
              g_array_set_size (stack, found + 1);
              last_item = g_array_index (stack, Open, found).item;
              continue;
            }
        }

      /* continuation of the row above: no number, no title (merged cells) */
      if (title == NULL || *title == '\0')
        {
          PrsPlanTableItem *prev;
          if (group_changed || last_item < 0)
            continue;
          prev = g_ptr_array_index (table->items, last_item);
          if (col_objective >= 0 && !is_blank (cell (row, col_objective)))
            {
              g_autofree char *o = plain_trim (cell (row, col_objective));
              char *j = join_text (prev->objective, o);
              g_free (prev->objective);
              prev->objective = j;
            }
          {
            guint before = prev->indicators->len;
            if (col_indicator >= 0)
              add_indicator_text (prev->indicators, cell (row, col_indicator));
            apply_targets (prev->indicators, before, col_target >= 0 ? cell (row, col_target) : NULL,
                           col_unitword >= 0 ? cell (row, col_unitword) : NULL, prev->title);
          }
          if (col_budget >= 0 && !is_blank (cell (row, col_budget)) && !prev->budget_given)
            {
              g_autoptr (GError) local = NULL;
              if (!prs_plan_parse_budget (cell (row, col_budget), &prev->budget_kind, &prev->budget_satang,
                                          &prev->shared_ref, &local))
                {
                  g_autofree char *letter = prs_plan_column_letter (col_budget);
                  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE, _("Line %u, column %s (%s): %s"), line,
                               letter, cell (header_row, col_budget), local->message);
                  return NULL;
                }
              prev->budget_given = TRUE;
            }
          for (guint s = 0; s < sched_cols->len; s++)
            {
              int c = g_array_index (sched_cols, int, s);
              if (is_mark (cell (row, c)))
                prev->months |= months_of (cols[c]);
            }
          if (col_period >= 0)
            prev->months |= months_from_text (cell (row, col_period));
          if (col_responsible >= 0)
            add_units (prev, unit_cell (row, merged_down, i, col_responsible));
          if (col_kpi >= 0 && is_mark (cell (row, col_kpi)))
            prev->common_kpi = TRUE;
          continue;
        }

      item = item_new (line);
      g_free (item->title);
      item->title = g_steal_pointer (&title);
      if (numparts)
        {
          g_free (item->number);
          item->number = g_strjoinv (".", numparts);
        }

      /* where it sits */
      if (col_level >= 0 && !is_blank (cell (row, col_level)))
        {
          g_auto (GStrv) lp = parse_number_parts (cell (row, col_level));
          if (lp && g_strv_length (lp) == 1)
            {
              guint64 d = g_ascii_strtoull (lp[0], NULL, 10);
              if (d < 1 || d > 9)
                {
                  g_autofree char *letter = prs_plan_column_letter (col_level);
                  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                               _("Line %u, column %s (%s): level “%s” must be 1 (the top) to 9."), line, letter,
                               cell (header_row, col_level), cell (row, col_level));
                  item_free (item);
                  return NULL;
                }
              explicit_depth = (int) d - 1;
            }
          else
            {
              g_autofree char *v = squash (cell (row, col_level));
              guint k;
              for (k = 0; k < level_values->len; k++)
                if (g_str_equal (g_ptr_array_index (level_values, k), v))
                  break;
              if (k == level_values->len)
                {
                  gboolean is_act = FALSE;
                  for (guint w = 0; activity_words[w]; w++)
                    is_act = is_act || contains (v, activity_words[w]);
                  /* activity words name the deepest level; others in order of appearance */
                  g_ptr_array_add (level_values, g_strdup (v));
                  if (table->level_names->len <= k)
                    g_ptr_array_set_size (table->level_names, k + 1);
                  g_free (g_ptr_array_index (table->level_names, k));
                  g_ptr_array_index (table->level_names, k) = arabic_trim (cell (row, col_level));
                  (void) is_act;
                }
              explicit_depth = (int) k;
            }
          if (explicit_depth > 0)
            {
              for (int j = (int) table->items->len - 1; j >= 0; j--)
                {
                  PrsPlanTableItem *p = g_ptr_array_index (table->items, j);
                  if ((int) p->depth == explicit_depth - 1)
                    {
                      parent = j;
                      break;
                    }
                  if ((int) p->depth < explicit_depth - 1)
                    break;
                }
              if (parent < 0)
                {
                  g_autofree char *letter = prs_plan_column_letter (col_level);
                  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                               _("Line %u, column %s (%s): this row is at level %d but no row of level %d is above it."),
                               line, letter, cell (header_row, col_level), explicit_depth + 1, explicit_depth);
                  item_free (item);
                  return NULL;
                }
            }
          item->is_group = FALSE;
          item->depth = explicit_depth;
          item->parent = parent;
          g_array_set_size (stack, 0);
        }
      else if (group_cols->len > 0)
        {
          for (int g = (int) group_cols->len - 1; g >= 0; g--)
            if (group_open[g] >= 0)
              {
                parent = group_open[g];
                break;
              }
          item->parent = parent;
          item->depth = parent >= 0 ? ((PrsPlanTableItem *) g_ptr_array_index (table->items, parent))->depth + 1 : 0;
        }
      else
        {
          Open open = { (int) table->items->len, -1, NULL };

          if (numparts)
            {
              char **kept = g_strdupv (numparts);
              g_ptr_array_add (parts_store, kept);
              open.parts = kept;
            }
          if (item_kw_numbered)
            {
              int found = -1;
              item->is_group = TRUE;
              item->level_name = g_strdup (kw_word);
              for (int s2 = (int) stack->len - 1; s2 >= 0; s2--)
                {
                  Open *o = &g_array_index (stack, Open, s2);
                  if (o->parts && parts_prefix (o->parts, numparts))
                    {
                      found = s2;
                      break;
                    }
                }
              if (found >= 0)
                g_array_set_size (stack, found + 1);
              else
                while (stack->len > 0 && g_array_index (stack, Open, stack->len - 1).rank < 0)
                  g_array_set_size (stack, stack->len - 1);
            }
          else if (kw && !kw_activity)
            {
              guint r;
              for (r = 0; r < group_names->len; r++)
                if (g_str_equal (g_ptr_array_index (group_names, r), kw_word))
                  break;
              if (r == group_names->len)
                g_ptr_array_add (group_names, g_strdup (kw_word));
              open.rank = (int) r;
              item->is_group = TRUE;
              item->level_name = *kw_word ? g_strdup (kw_word) : NULL;
              while (stack->len > 0)
                {
                  Open *top = &g_array_index (stack, Open, stack->len - 1);
                  if (top->rank >= 0 && top->rank < open.rank)
                    break;
                  g_array_set_size (stack, stack->len - 1);
                }
            }
          else if (numparts)
            {
              int found = -1;
              guint nparts = g_strv_length (numparts);
              if (kw_activity)
                {
                  item->level_name = g_strdup (kw_word);
                  any_keyword_activity = TRUE;
                }
              for (int s = (int) stack->len - 1; s >= 0; s--)
                {
                  Open *o = &g_array_index (stack, Open, s);
                  if (o->parts && parts_prefix (o->parts, numparts))
                    {
                      found = s;
                      break;
                    }
                }
              if (found < 0 && nparts > 1)
                {
                  /* "3.1" in a table that numbers its upper rows ("1", "2")
                   * but has no "3": the parent is missing */
                  gboolean upper_numbered = FALSE;
                  for (guint j = 0; j < table->items->len && !upper_numbered; j++)
                    {
                      PrsPlanTableItem *o = g_ptr_array_index (table->items, j);
                      g_auto (GStrv) op = o->number[0] ? g_strsplit (o->number, ".", -1) : NULL;
                      upper_numbered = op && g_strv_length (op) == nparts - 1;
                    }
                  if (upper_numbered)
                    {
                      g_autofree char *letter = prs_plan_column_letter (col_number >= 0 ? (guint) col_number
                                                                                        : (guint) col_title);
                      g_autofree char *num = g_strjoinv (".", numparts);
                      g_autofree char *up = g_strndup (num, strrchr (num, '.') - num);
                      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                                   _("Line %u, column %s: number %s has no row %s above it."), line, letter, num,
                                   up);
                      item_free (item);
                      return NULL;
                    }
                }
              if (found >= 0)
                g_array_set_size (stack, found + 1);
              else
                while (stack->len > 0 && g_array_index (stack, Open, stack->len - 1).rank < 0)
                  g_array_set_size (stack, stack->len - 1);
            }
          else
            {
              /* a row without a number: a sibling of the row above, or the first
               * child of a group row */
              if (stack->len > 0 && g_array_index (stack, Open, stack->len - 1).rank < 0)
                g_array_set_size (stack, stack->len - 1);
            }
          if (stack->len > 0)
            parent = g_array_index (stack, Open, stack->len - 1).item;
          item->parent = parent;
          item->depth = parent >= 0 ? ((PrsPlanTableItem *) g_ptr_array_index (table->items, parent))->depth + 1 : 0;
          g_array_append_val (stack, open);
        }

      /* the details */
      if (col_objective >= 0)
        {
          g_free (item->objective);
          item->objective = plain_trim (cell (row, col_objective));
        }
      if (col_indicator >= 0)
        add_indicator_text (item->indicators, cell (row, col_indicator));
      apply_targets (item->indicators, 0, col_target >= 0 ? cell (row, col_target) : NULL,
                     col_unitword >= 0 ? cell (row, col_unitword) : NULL, item->title);
      if (col_budget >= 0)
        {
          g_autoptr (GError) local = NULL;
          const char *b = cell (row, col_budget);
          if (!prs_plan_parse_budget (b, &item->budget_kind, &item->budget_satang, &item->shared_ref, &local))
            {
              g_autofree char *letter = prs_plan_column_letter (col_budget);
              g_autofree char *head = arabic_trim (cell (header_row, col_budget));
              g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE, _("Line %u, column %s (%s): %s"), line, letter,
                           head, local->message);
              item_free (item);
              return NULL;
            }
          item->budget_given = !is_blank (b);
        }
      if (col_budget < 0 || !item->budget_given)
        budget_from_title (item);
      {
        int start = -1;
        for (guint s = 0; s < sched_cols->len; s++)
          {
            int c = g_array_index (sched_cols, int, s);
            const char *t = cell (row, c);
            gboolean left = strstr (t, "←") || strstr (t, "<-") || g_str_has_prefix (t, "<");
            gboolean right = strstr (t, "→") || strstr (t, "->") || g_str_has_suffix (t, ">");

            if (!is_mark (t))
              continue;
            item->months |= months_of (cols[c]);
            if (left && !right)
              start = (int) s;
            else if (right && start >= 0)
              {
                for (guint k = start; k <= s; k++)
                  item->months |= months_of (cols[g_array_index (sched_cols, int, k)]);
                start = -1;
              }
          }
      }
      if (col_period >= 0)
        item->months |= months_from_text (cell (row, col_period));
      if (col_responsible >= 0)
        add_units (item, unit_cell (row, merged_down, i, col_responsible));
      if (col_kpi >= 0 && is_mark (cell (row, col_kpi)))
        item->common_kpi = TRUE;
      if (col_status >= 0)
        item->status = parse_status (cell (row, col_status));

      g_ptr_array_add (table->items, item);
      last_item = (int) table->items->len - 1;
    }

  if (table->items->len == 0)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("Line %u: the header is there but no activity rows follow it."), LINE (header));
      return NULL;
    }

  /* groups are items with children; level names per depth */
  {
    g_autofree gboolean *has_child = g_new0 (gboolean, table->items->len);
    guint max_depth = 0;
    g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    for (i = 0; i < table->items->len; i++)
      {
        PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
        if (it->parent >= 0)
          has_child[it->parent] = TRUE;
        max_depth = MAX (max_depth, it->depth);
      }
    for (i = 0; i < table->items->len; i++)
      {
        PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
        if (has_child[i])
          it->is_group = TRUE;
        if (it->is_group)
          {
            /* "… จำนวน ๒ กิจกรรม ได้แก่" as minutes write a strategy: the count is
             * worked out, the title is what comes before it */
            static GRegex *count_re;
            char *t;
            regex_once (&count_re, "\\s*(จำนวน\\s*[0-9๐-๙]+\\s*(โครงการ/กิจกรรม|กิจกรรม/โครงการ|กิจกรรม|โครงการ)"
                                   "|ได้แก่|ดังนี้)\\s*(?=$|\\s)");
            t = g_regex_replace (count_re, it->title, -1, 0, "", 0, NULL);
            if (t && *g_strstrip (t))
              {
                g_free (it->title);
                it->title = t;
              }
            else
              g_free (t);
          }
      }
    g_ptr_array_set_size (names, max_depth + 1);
    for (i = 0; i < table->items->len; i++)
      {
        PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
        if (it->level_name && *it->level_name && g_ptr_array_index (names, it->depth) == NULL)
          g_ptr_array_index (names, it->depth) = g_strdup (it->level_name);
      }
    for (guint g = 0; g < group_cols->len && g <= max_depth; g++)
      if (g_ptr_array_index (names, g) == NULL)
        g_ptr_array_index (names, g) = arabic_trim (cell (header_row, g_array_index (group_cols, int, g)));
    for (guint d = 0; d < table->level_names->len && d <= max_depth; d++)
      if (g_ptr_array_index (table->level_names, d) && g_ptr_array_index (names, d) == NULL)
        g_ptr_array_index (names, d) = g_strdup (g_ptr_array_index (table->level_names, d));
    if (g_ptr_array_index (names, max_depth) == NULL)
      {
        g_autofree char *sq = squash (title_header);
        g_ptr_array_index (names, max_depth) =
          g_strdup (contains (sq, "โครงการ/กิจกรรม") ? "โครงการ/กิจกรรม"
                    : contains (sq, "กิจกรรม/โครงการ") ? "กิจกรรม/โครงการ"
                    : contains (sq, "โครงการ") && !contains (sq, "กิจกรรม") ? "โครงการ"
                    : contains (sq, "มาตรการ") ? "มาตรการ" : "กิจกรรม");
      }
    for (guint d = 0, p = 0; d < max_depth; d++)
      if (g_ptr_array_index (names, d) == NULL)
        {
          /* a preset word not used by another level */
          while (p < G_N_ELEMENTS (preset_upper))
            {
              gboolean used = FALSE;
              for (guint e = 0; e <= max_depth; e++)
                used = used || (g_ptr_array_index (names, e) && g_str_equal (g_ptr_array_index (names, e), preset_upper[p]));
              if (!used)
                break;
              p++;
            }
          g_ptr_array_index (names, d) = g_strdup (p < G_N_ELEMENTS (preset_upper) ? preset_upper[p] : "ระดับ");
          p++;
        }
    g_ptr_array_unref (table->level_names);
    table->level_names = g_steal_pointer (&names);
    (void) any_keyword_activity;
  }

  /* a typed double space is one space; line breaks stay */
  for (i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      collapse_spaces (&it->title);
      collapse_spaces (&it->objective);
      for (guint k = 0; k < it->indicators->len; k++)
        collapse_spaces (&((PrsPlanTableIndicator *) g_ptr_array_index (it->indicators, k))->name);
    }

  /* numbering: activities numbered through the whole plan when a later parent's
   * first activity does not start again at 1 */
  {
    int last_parent = -2;
    guint seen_parents = 0, restarts = 0, continues = 0;
    guint64 prev_num = 0;

    for (i = 0; i < table->items->len; i++)
      {
        PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
        g_auto (GStrv) parts = NULL;
        guint64 n;

        if (it->is_group)
          continue;
        parts = g_strsplit (it->number, ".", -1);
        if (it->number[0] == '\0' || g_strv_length (parts) != 1)
          continue;
        n = g_ascii_strtoull (parts[0], NULL, 10);
        if (it->parent != last_parent)
          {
            if (seen_parents > 0)
              {
                if (n == 1)
                  restarts++;
                else if (n == prev_num + 1)
                  continues++;
              }
            seen_parents++;
            last_parent = it->parent;
          }
        prev_num = n;
      }
    table->numbered_across = continues > 0 && continues >= restarts;
  }

  /* the numbers the file gives are the numbers shown: a duplicate is an error,
   * a gap a warning (the plan is numbered without it) */
  {
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    int last_parent = -2;
    guint64 prev_num = 0;
    guint prev_line = 0;

    for (i = 0; i < table->items->len; i++)
      {
        PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
        g_auto (GStrv) parts = NULL;
        char *key;
        gpointer other;
        g_autofree char *letter = prs_plan_column_letter (col_number >= 0 ? (guint) col_number : (guint) col_title);

        if (it->is_group || it->number[0] == '\0')
          continue;
        parts = g_strsplit (it->number, ".", -1);
        if (g_strv_length (parts) == 1 && table->numbered_across)
          key = g_strdup_printf ("a%s", it->number);
        else
          key = g_strdup_printf ("%d/%s", it->parent, it->number);
        if (g_hash_table_lookup_extended (seen, key, NULL, &other))
          {
            g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                         _("Lines %u and %u, column %s: two activities are numbered %s."),
                         GPOINTER_TO_UINT (other), it->line, letter, it->number);
            g_free (key);
            return NULL;
          }
        g_hash_table_insert (seen, key, GUINT_TO_POINTER (it->line));
        if (g_strv_length (parts) == 1)
          {
            guint64 n = g_ascii_strtoull (parts[0], NULL, 10);
            guint64 want = (table->numbered_across ? last_parent != -2 : it->parent == last_parent) ? prev_num + 1 : 1;

            /* A skipped or shifted number is more often a typing slip in a long
             * table than a wrong table: warn (the plan is numbered 1, 2, 3 …
             * as it reads) rather than refuse the whole file. */
            if (n != want)
              {
                if (want == 1)
                  g_ptr_array_add (table->warnings,
                                   g_strdup_printf (_("Line %u, column %s: the activity is numbered %s but it is the "
                                                      "first one; it is shown as 1."),
                                                    it->line, letter, it->number));
                else
                  g_ptr_array_add (table->warnings,
                                   g_strdup_printf (_("Line %u, column %s: the activity is numbered %s but the one "
                                                      "before it (line %u) is %u; the plan numbers them without a "
                                                      "gap."),
                                                    it->line, letter, it->number, prev_line, (guint) prev_num));
              }
            prev_num = n;
            prev_line = it->line;
            last_parent = it->parent;
          }
      }
  }

  /* shared budgets: the activity named by its number */
  for (i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
      guint act_index = 0;

      if (it->budget_kind != PRS_PLAN_BUDGET_SHARED)
        continue;
      if (it->shared_ref)
        {
          for (guint j = 0; j < table->items->len && it->shared_with < 0; j++)
            {
              PrsPlanTableItem *o = g_ptr_array_index (table->items, j);
              if (j != i && !o->is_group && g_str_equal (o->number, it->shared_ref))
                it->shared_with = (int) j;
            }
          /* else the n-th activity of the plan */
          if (it->shared_with < 0 && !strchr (it->shared_ref, '.'))
            {
              guint64 want = g_ascii_strtoull (it->shared_ref, NULL, 10);
              for (guint j = 0; j < table->items->len; j++)
                {
                  PrsPlanTableItem *o = g_ptr_array_index (table->items, j);
                  if (o->is_group)
                    continue;
                  if (++act_index == want && j != i)
                    it->shared_with = (int) j;
                }
            }
        }
      if (it->shared_with < 0 && it->shared_ref && col_budget >= 0)
        {
          g_autofree char *letter = prs_plan_column_letter (col_budget);
          g_autofree char *head = arabic_trim (cell (header_row, col_budget));
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                       _("Line %u, column %s (%s): the budget is shared with activity “%s”, which is not in the "
                         "table."),
                       it->line, letter, head, it->shared_ref);
          return NULL;
        }
      if (it->shared_with < 0)
        g_ptr_array_add (table->warnings,
                         g_strdup_printf (_("Line %u: the budget is shared with activity “%s”, which is not in the "
                                            "table; it is counted as no budget."),
                                          it->line, it->shared_ref ? it->shared_ref : "?"));
    }

  check_totals (table, totals);
  /* a unit cell merged down over several activities reaches CSV only in its first row:
   * the others are blank under a filled one. Not guessed: named. */
  if (col_responsible >= 0)
    {
      g_autoptr (GString) missing = g_string_new (NULL);
      guint n_missing = 0, n_with = 0;

      for (i = 0; i < table->items->len; i++)
        {
          PrsPlanTableItem *it = g_ptr_array_index (table->items, i);
          gboolean leaf = i + 1 >= table->items->len
                          || ((PrsPlanTableItem *) g_ptr_array_index (table->items, i + 1))->parent != (int) i;

          if (it->is_group || !leaf)
            continue;
          if (it->units->len > 0 || it->all_units)
            {
              n_with++;
              continue;
            }
          if (n_missing++)
            g_string_append (missing, ", ");
          if (it->number[0])
            g_string_append (missing, it->number);
          else
            g_string_append_printf (missing, _("line %u"), it->line);
        }
      if (n_missing > 0 && n_with > 0)
        g_ptr_array_add (table->warnings,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Activity %s has no responsible unit, while the others have one: "
                                                       "check the table (in a CSV file, a unit cell merged down over "
                                                       "several rows keeps its text only in its first row).",
                                                       "Activities %s have no responsible unit, while the others have "
                                                       "one: check the table (in a CSV file, a unit cell merged down "
                                                       "over several rows keeps its text only in its first row).",
                                                       n_missing),
                                          missing->str));
    }
#undef LINE
  return g_steal_pointer (&table);
}

PrsPlanTable *
prs_plan_table_parse (GPtrArray *rows, GArray *lines, GError **error)
{
  return parse_full (rows, lines, NULL, error);
}

static gboolean
is_xlsx (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  char magic[4] = { 0 };
  FILE *fp;

  if (g_str_has_suffix (lower, ".xlsx"))
    return TRUE;
  fp = fopen (path, "rb");
  if (fp == NULL)
    return FALSE;
  if (fread (magic, 1, 4, fp) != 4)
    magic[0] = 0;
  fclose (fp);
  return memcmp (magic, "PK\x03\x04", 4) == 0;
}

PrsPlanTable *
prs_plan_table_read_file (const char *path, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GArray) lines = NULL;

  if (is_xlsx (path))
    {
      /* the plan is on the first sheet with a plan table (a cover sheet may come first) */
      g_autofree char *data = NULL;
      gsize len = 0;
      g_auto (GStrv) sheets = NULL;
      GError *first_error = NULL;

      if (!g_file_get_contents (path, &data, &len, error))
        return NULL;
      sheets = prs_xlsx_list_sheets_data ((const guint8 *) data, len, error);
      if (sheets == NULL)
        return NULL;
      for (guint i = 0; sheets[i]; i++)
        {
          g_autoptr (GPtrArray) sheet_rows = NULL;
          GError *local = NULL;
          PrsPlanTable *t;

          g_autoptr (GPtrArray) filled_rows = NULL;

          sheet_rows = prs_xlsx_read_data ((const guint8 *) data, len, sheets[i], NULL, &local);
          /* the same sheet with merged cells filled down, for the unit column only */
          if (sheet_rows)
            filled_rows = prs_xlsx_read_data_full ((const guint8 *) data, len, sheets[i], NULL,
                                                   PRS_XLSX_READ_FILL_MERGED_DOWN, NULL, NULL);
          t = sheet_rows ? parse_full (sheet_rows, NULL, filled_rows, &local) : NULL;
          if (t)
            {
              g_clear_error (&first_error);
              return t;
            }
          if (first_error == NULL)
            first_error = local;
          else
            g_clear_error (&local);
          /* a format error (a bad file, not a missing header) stops the search */
          if (first_error && first_error->domain == PRS_CORE_ERROR && first_error->code == PRS_CORE_ERROR_PARSE)
            break;
        }
      if (first_error)
        g_propagate_error (error, first_error);
      else
        g_set_error_literal (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT, _("The workbook has no sheets."));
      return NULL;
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize len = 0;

      if (!g_file_get_contents (path, &contents, &len, error))
        return NULL;
      rows = prs_csv_parse_lines (contents, len, NULL, NULL, &lines, error);
    }
  if (rows == NULL)
    return NULL;
  return prs_plan_table_parse (rows, lines, error);
}
