/* prs-money.h: baht amounts in integer satang, their formatting and BAHTTEXT
 *
 * Contract: money is a gint64 count of satang (1 baht = 100 satang), never a float.
 * The parser accepts Thai or Arabic digits, thousands separators, a sign, a leading
 * `฿`, a trailing `บาท` / `บาทถ้วน` / `.-`, and at most two decimals; anything else is
 * a PRS_CORE_ERROR_PARSE error. prs_bahttext() spells an amount the way Excel's
 * BAHTTEXT does (หนึ่งล้านสองแสนเก้าหมื่นบาทถ้วน), for every gint64 amount.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRS_SATANG_PER_BAHT 100

typedef enum
{
  PRS_MONEY_FORMAT_DEFAULT = 0,
  PRS_MONEY_FORMAT_THAI_DIGITS = 1 << 0,  /* ๑,๒๙๐,๐๐๐.๐๐ */
  PRS_MONEY_FORMAT_NO_SATANG = 1 << 1,    /* omit ".00" when the satang are zero */
  PRS_MONEY_FORMAT_BAHT_SUFFIX = 1 << 2,  /* append " บาท" */
} PrsMoneyFormatFlags;

/* Parses TEXT to satang. PRS_CORE_ERROR_PARSE for text that is not an amount or has
 * more than two decimals; PRS_CORE_ERROR_RANGE when it does not fit. */
gboolean prs_money_parse  (const char  *text,
                           gint64      *satang,
                           GError     **error);

/* "1,290,000.00", "-5.50"; FLAGS choose digits, satang and suffix. */
char    *prs_money_format (gint64              satang,
                           PrsMoneyFormatFlags flags);

/* The amount in Thai words, as Excel's BAHTTEXT: "ศูนย์บาทถ้วน", "หนึ่งบาทหนึ่งสตางค์",
 * "ห้าสิบสตางค์", "ลบหนึ่งร้อยเอ็ดบาทถ้วน", "หนึ่งล้านล้านบาทถ้วน". */
char    *prs_bahttext     (gint64 satang);

/* Spells a non-negative whole number in Thai words (the baht part of BAHTTEXT):
 * 0 "ศูนย์", 11 "สิบเอ็ด", 1000001 "หนึ่งล้านเอ็ด". */
char    *prs_thai_number_words (guint64 n);

G_END_DECLS
