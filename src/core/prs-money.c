/* prs-money.c: baht amounts in integer satang, their formatting and BAHTTEXT
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core-error.h"
#include "prs-digits.h"
#include "prs-money.h"
#include "prs-number.h"

static const char *const unit_words[10] = {
  "", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};

/* places within a group of six digits, from the units up */
static const char *const place_words[6] = { "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน" };

/* Strips S (in place) of a trailing SUFFIX and the spaces before it. */
static gboolean
strip_suffix (char *s, const char *suffix)
{
  gsize len = strlen (s), slen = strlen (suffix);

  if (len < slen || strcmp (s + len - slen, suffix) != 0)
    return FALSE;
  len -= slen;
  while (len > 0 && s[len - 1] == ' ')
    len--;
  s[len] = '\0';
  return TRUE;
}

gboolean
prs_money_parse (const char  *text,
                 gint64      *satang,
                 GError     **error)
{
  g_autofree char *s = NULL;
  g_autoptr (GError) local_error = NULL;
  PrsDecimal d;
  char *p;

  g_return_val_if_fail (satang != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING,
                   _("The amount is not valid UTF-8 text."));
      return FALSE;
    }

  s = g_strstrip (g_strdup (text));
  /* Unit words and the ".-" that marks whole baht in Thai documents. */
  (void) (strip_suffix (s, "บาทถ้วน") || strip_suffix (s, "บาท"));
  (void) strip_suffix (s, ".-");
  p = s;
  if (g_str_has_prefix (p, "฿"))
    p += strlen ("฿");
  else if (g_str_has_prefix (p, "-฿") || g_str_has_prefix (p, "+฿"))
    memmove (p + 1, p + 1 + strlen ("฿"), strlen (p + 1 + strlen ("฿")) + 1);

  if (!prs_number_parse (p, &d, &local_error) || d.percent)
    {
      if (local_error != NULL && local_error->code == PRS_CORE_ERROR_RANGE)
        {
          g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                       _("“%s” is too large an amount."), text);
          return FALSE;
        }
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not an amount of money. Write it like 1,290,000 or "
                     "1,290,000.50 บาท."),
                   text);
      return FALSE;
    }
  if (d.scale > 2)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” has more than two decimals; amounts are in baht and satang."),
                   text);
      return FALSE;
    }
  if (!prs_decimal_rescale (&d, 2, satang, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("“%s” is too large an amount."), text);
      return FALSE;
    }
  return TRUE;
}

char *
prs_money_format (gint64              satang,
                  PrsMoneyFormatFlags flags)
{
  guint64 magnitude = satang < 0 ? (guint64) 0 - (guint64) satang : (guint64) satang;
  g_autofree char *plain = NULL;
  g_autofree char *grouped = NULL;
  g_autofree char *with_suffix = NULL;

  if ((flags & PRS_MONEY_FORMAT_NO_SATANG) && magnitude % 100 == 0)
    plain = g_strdup_printf ("%s%" G_GUINT64_FORMAT, satang < 0 ? "-" : "", magnitude / 100);
  else
    plain = g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", satang < 0 ? "-" : "",
                             magnitude / 100, (guint) (magnitude % 100));
  grouped = prs_number_group_digits (plain);
  with_suffix = (flags & PRS_MONEY_FORMAT_BAHT_SUFFIX) ? g_strconcat (grouped, " บาท", NULL)
                                                       : g_strdup (grouped);
  return prs_digits_apply (with_suffix, (flags & PRS_MONEY_FORMAT_THAI_DIGITS) != 0);
}

/* One group below a million. HIGHER: a non-zero part precedes this group, so a final
 * 1 reads เอ็ด even when the group itself is just 1 (1,000,001 หนึ่งล้านเอ็ด). */
static void
append_group (GString *out, guint n, gboolean higher)
{
  guint digits[6];

  for (int i = 0; i < 6; i++, n /= 10)
    digits[i] = n % 10;

  for (int place = 5; place >= 0; place--)
    {
      guint d = digits[place];

      if (d == 0)
        continue;
      if (place == 1)
        {
          if (d == 2)
            g_string_append (out, "ยี่");
          else if (d != 1)
            g_string_append (out, unit_words[d]);
          g_string_append (out, "สิบ");
        }
      else if (place == 0)
        {
          gboolean tens_or_more = higher;

          for (int q = 1; q < 6; q++)
            tens_or_more = tens_or_more || digits[q] != 0;
          g_string_append (out, d == 1 && tens_or_more ? "เอ็ด" : unit_words[d]);
        }
      else
        {
          g_string_append (out, unit_words[d]);
          g_string_append (out, place_words[place]);
        }
    }
}

static void
append_number (GString *out, guint64 n, gboolean higher)
{
  if (n >= 1000000)
    {
      append_number (out, n / 1000000, higher);
      g_string_append (out, "ล้าน");
      append_group (out, (guint) (n % 1000000), TRUE);
    }
  else
    append_group (out, (guint) n, higher);
}

char *
prs_thai_number_words (guint64 n)
{
  GString *out = g_string_new (NULL);

  if (n == 0)
    g_string_append (out, "ศูนย์");
  else
    append_number (out, n, FALSE);
  return g_string_free (out, FALSE);
}

char *
prs_bahttext (gint64 satang)
{
  guint64 magnitude = satang < 0 ? (guint64) 0 - (guint64) satang : (guint64) satang;
  guint64 baht = magnitude / 100;
  guint st = (guint) (magnitude % 100);
  GString *out = g_string_new (NULL);

  if (magnitude == 0)
    {
      g_string_append (out, "ศูนย์บาทถ้วน");
      return g_string_free (out, FALSE);
    }
  if (satang < 0)
    g_string_append (out, "ลบ");
  if (baht > 0)
    {
      append_number (out, baht, FALSE);
      g_string_append (out, "บาท");
    }
  if (st == 0)
    g_string_append (out, "ถ้วน");
  else
    {
      /* Satang are spelled as a number of their own: 1.01 is หนึ่งบาทหนึ่งสตางค์. */
      append_group (out, st, FALSE);
      g_string_append (out, "สตางค์");
    }
  return g_string_free (out, FALSE);
}
