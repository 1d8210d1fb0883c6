/* prs-names.c: matching Thai personal names typed in lists against a roster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-names.h"
#include "prs-csv.h"

/* Titles, academic titles and ranks, full and abbreviated. Abbreviations ending in a
 * dot may be written straight against the name (ดร.สมชาย); so may the full Thai words,
 * as Thai writes "นายสมชาย". The few that also begin ordinary names (คุณากร, ดรุณี)
 * count only when a space follows. */
static const char *const titles[] = {
  /* everyday */
  "นาย", "นาง", "นางสาว", "น.ส.", "นส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง",
  "หม่อมราชวงศ์", "ม.ร.ว.", "หม่อมหลวง", "ม.ล.", "หม่อมเจ้า", "ม.จ.", "คุณหญิง", "ท่านผู้หญิง",
  "ว่าที่",
  /* academic and professional */
  "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "ดร.",
  "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "สพ.ญ.", "น.สพ.",
  /* army */
  "จอมพล", "พลเอก", "พล.อ.", "พลโท", "พล.ท.", "พลตรี", "พล.ต.", "พันเอก", "พ.อ.",
  "พันโท", "พ.ท.", "พันตรี", "พ.ต.", "ร้อยเอก", "ร.อ.", "ร้อยโท", "ร.ท.", "ร้อยตรี", "ร.ต.",
  "จ่าสิบเอก", "จ.ส.อ.", "จ่าสิบโท", "จ.ส.ท.", "จ่าสิบตรี", "จ.ส.ต.", "สิบเอก", "ส.อ.",
  "สิบโท", "ส.ท.", "สิบตรี", "ส.ต.", "พลทหาร",
  /* navy */
  "จอมพลเรือ", "พลเรือเอก", "พล.ร.อ.", "พลเรือโท", "พล.ร.ท.", "พลเรือตรี", "พล.ร.ต.",
  "นาวาเอก", "น.อ.", "นาวาโท", "น.ท.", "นาวาตรี", "น.ต.", "เรือเอก", "เรือโท", "เรือตรี",
  "พันจ่าเอก", "พ.จ.อ.", "พันจ่าโท", "พ.จ.ท.", "พันจ่าตรี", "พ.จ.ต.", "จ่าเอก", "จ.อ.",
  "จ่าโท", "จ.ท.", "จ่าตรี", "จ.ต.",
  /* air force */
  "จอมพลอากาศ", "พลอากาศเอก", "พล.อ.อ.", "พลอากาศโท", "พล.อ.ท.", "พลอากาศตรี", "พล.อ.ต.",
  "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี", "เรืออากาศเอก", "เรืออากาศโท",
  "เรืออากาศตรี", "พันจ่าอากาศเอก", "พ.อ.อ.", "พันจ่าอากาศโท", "พ.อ.ท.", "พันจ่าอากาศตรี",
  "พ.อ.ต.", "จ่าอากาศเอก", "จ่าอากาศโท", "จ่าอากาศตรี",
  /* police */
  "พลตำรวจเอก", "พล.ต.อ.", "พลตำรวจโท", "พล.ต.ท.", "พลตำรวจตรี", "พล.ต.ต.",
  "พันตำรวจเอก", "พ.ต.อ.", "พันตำรวจโท", "พ.ต.ท.", "พันตำรวจตรี", "พ.ต.ต.",
  "ร้อยตำรวจเอก", "ร.ต.อ.", "ร้อยตำรวจโท", "ร.ต.ท.", "ร้อยตำรวจตรี", "ร.ต.ต.",
  "ดาบตำรวจ", "ด.ต.", "จ่าสิบตำรวจ", "สิบตำรวจเอก", "ส.ต.อ.", "สิบตำรวจโท", "ส.ต.ท.",
  "สิบตำรวจตรี", "ส.ต.ต.", "พลตำรวจ",
};

/* Only before a space: they begin ordinary names too. Compared case-folded. */
static const char *const titles_spaced[] = {
  "คุณ", "ดร", "นส", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.",
};

/* Trailing marks of rank: "ร.น." (Royal Thai Navy). */
static const char *const suffixes[] = { "ร.น.", "ร.น" };

static gboolean
is_zero_width (gunichar c)
{
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060
         || c == 0x00AD;
}

static gboolean
is_thai_tone (gunichar c)
{
  return c >= 0x0E48 && c <= 0x0E4B;
}

/* g_utf8_casefold() of @text, which copies Thai letters and ASCII other than
 * capitals unchanged: most names are only those, and every name is folded. */
char *
prs_name_casefold (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      if (*p < 0x80 && !g_ascii_isupper (*p))
        continue;
      if (p[0] == 0xE0 && (p[1] == 0xB8 || p[1] == 0xB9) && p[2] >= 0x80 && p[2] <= 0xBF)
        {
          p += 2;  /* U+0E00..U+0E7F: no case */
          continue;
        }
      return g_utf8_casefold (text, -1);
    }
  return g_strdup (text);
}

static gboolean
is_cluster_continuation (gunichar c)
{
  return g_unichar_ismark (c) || c == 0x0E33;
}

/* Zero-width characters out, spaces unified, ํ+า -> ำ, and the marks on each base put in
 * one order (vowels, then tone marks, then the rest) with repeats dropped. */
static char *
clean_marks (const char *text)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  GString *out;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  out = g_string_sized_new (strlen (text));

  for (glong i = 0; i < n;)
    {
      gunichar c = chars[i];
      gunichar marks[16];
      guint n_marks = 0;

      if (is_zero_width (c))
        {
          i++;
          continue;
        }
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          g_string_append_c (out, ' ');
          i++;
          continue;
        }

      g_string_append_unichar (out, c);
      i++;

      /* Collect the marks that follow, composing nikhahit + sara aa on the way. */
      while (i < n)
        {
          gunichar m = chars[i];

          if (is_zero_width (m))
            {
              i++;
              continue;
            }
          if (m == 0x0E4D && i + 1 < n && chars[i + 1] == 0x0E32)
            m = 0x0E33, i++;
          else if (m == 0x0E4D && i + 2 < n && is_thai_tone (chars[i + 1]) && chars[i + 2] == 0x0E32)
            {
              if (n_marks < G_N_ELEMENTS (marks))
                marks[n_marks++] = chars[i + 1];
              m = 0x0E33, i += 2;
            }
          else if (!is_cluster_continuation (m))
            break;
          i++;
          if (n_marks < G_N_ELEMENTS (marks))
            marks[n_marks++] = m;
        }

      for (int pass = 0; pass < 3; pass++)
        {
          gunichar last = 0;

          for (guint k = 0; k < n_marks; k++)
            {
              gunichar m = marks[k];
              int group;

              if (is_thai_tone (m))
                group = 1;
              else if (m == 0x0E33 || m == 0x0E47 || (m >= 0x0E4C && m <= 0x0E4E))
                group = 2;
              else
                group = 0;
              if (group != pass || m == last)
                continue;
              g_string_append_unichar (out, m);
              last = m;
            }
        }
    }
  return g_string_free (out, FALSE);
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == ' ')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Index of the first military or police rank in titles[]. */
static guint
first_rank_title (void)
{
  static guint index = 0;

  if (index == 0)
    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      if (g_str_equal (titles[i], "จอมพล"))
        {
          index = i;
          break;
        }
  return index;
}

/* Length of the title at the start of S, including the spaces after it; 0 if none. */
static gsize
title_length (const char *s)
{
  gsize best = 0;
  gboolean rank = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      const char *t = titles[i];
      gsize len;

      /* Most titles differ from S in their first letter (three bytes in Thai):
       * passed over before measuring them, since every name is looked at. */
      if (t[1] != '\0' && t[2] != '\0' && (s[0] != t[0] || s[1] != t[1] || s[2] != t[2]))
        continue;
      len = strlen (t);
      if (len > best && strncmp (s, t, len) == 0 && s[len] != '\0')
        {
          best = len;
          rank = i >= first_rank_title ();
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (titles_spaced); i++)
    {
      gsize len = strlen (titles_spaced[i]);

      if (len > best && g_ascii_strncasecmp (s, titles_spaced[i], len) == 0 && s[len] == ' ')
        best = len;
    }
  if (best == 0)
    return 0;
  /* "ว่าที่" only counts before a rank; on its own it is a word. */
  if (strncmp (s, "ว่าที่", best) == 0 && best == strlen ("ว่าที่"))
    {
      const char *rest = s + best;

      while (*rest == ' ')
        rest++;
      if (title_length (rest) == 0)
        return 0;
    }
  /* Women's ranks: "ร.ต.อ.หญิง", "พันตำรวจโทหญิง". */
  if (rank && strncmp (s + best, "หญิง", strlen ("หญิง")) == 0 && s[best + strlen ("หญิง")] != '\0')
    best += strlen ("หญิง");
  while (s[best] == ' ')
    best++;
  return best;
}

/* Length of a list number at the start of S ("๑. ", "12)", "(๓)", "-", "•"), with the
 * spaces after it; 0 if none. A number must be followed by ".", ")" or a space, so
 * digits inside a name are never taken. */
static gsize
list_number_length (const char *s)
{
  const char *p = s;
  gboolean paren = FALSE;
  guint digits = 0;

  if (*p == '-' || *p == '*')
    p++;
  else if ((guchar) *p == 0xE2   /* the lead byte of the bullets below: most names stop here */
           && (g_str_has_prefix (p, "•") || g_str_has_prefix (p, "●") || g_str_has_prefix (p, "➤")
               || g_str_has_prefix (p, "–")))
    p = g_utf8_next_char (p);
  else
    {
      if (*p == '(')
        {
          paren = TRUE;
          p++;
        }
      while (*p)
        {
          gunichar c = g_utf8_get_char (p);

          if (!(g_ascii_isdigit (*p) || (c >= 0x0E50 && c <= 0x0E59)))
            break;
          digits++;
          p = g_utf8_next_char (p);
        }
      if (digits == 0 || digits > 4)
        return 0;
      if (paren)
        {
          if (*p != ')')
            return 0;
          p++;
        }
      else if (*p == '.' || *p == ')')
        p++;
      else if (*p != ' ')
        return 0;
    }
  if (*p != ' ' && *p != '\0' && p == s + 1 && (s[0] == '-' || s[0] == '*'))
    return 0; /* "-x" is not a bullet without a space */
  while (*p == ' ')
    p++;
  if (*p == '\0')
    return 0;
  return (gsize) (p - s);
}

static char *
strip_titles_clean (const char *cleaned)
{
  const char *p = cleaned;
  gsize len;
  char *out;

  /* Each step eats at least one character, so this ends; repeating until nothing
   * is left to strip keeps the normal form idempotent. */
  for (;;)
    {
      gsize t = title_length (p);

      if (t == 0)
        t = list_number_length (p);
      if (t == 0)
        break;
      p += t;
    }
  out = g_strdup (p);
  len = strlen (out);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize slen = strlen (suffixes[i]);

      if (len > slen && out[len - slen - 1] == ' ' && strcmp (out + len - slen, suffixes[i]) == 0)
        {
          len -= slen + 1;
          out[len] = '\0';
          break;
        }
    }
  return out;
}

char *
prs_name_strip_titles (const char *name)
{
  g_autofree char *valid = NULL;
  g_autofree char *collapsed = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  valid = g_utf8_make_valid (name, -1);
  collapsed = collapse_spaces (g_strdelimit (valid, "\t\n\r", ' '));
  return strip_titles_clean (collapsed);
}

char *
prs_name_normalise (const char *name)
{
  g_autofree char *valid = NULL;
  g_autofree char *marks = NULL;
  g_autofree char *nfc = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *collapsed = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  valid = g_utf8_make_valid (name, -1);
  marks = clean_marks (valid);
  nfc = g_utf8_normalize (marks, -1, G_NORMALIZE_NFC);
  folded = prs_name_casefold (nfc ? nfc : marks);
  collapsed = collapse_spaces (folded);
  return strip_titles_clean (collapsed);
}

char **
prs_name_clusters (const char *text)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p;)
    {
      const char *start = p;

      p = g_utf8_next_char (p);
      while (*p && is_cluster_continuation (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      g_ptr_array_add (out, g_strndup (start, (gsize) (p - start)));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* Weighted Levenshtein over clusters: insert/delete 2, substitute 2, or 1 when the two
 * clusters share their base letter. Unweighted when WEIGHTED is FALSE (all costs 1). */
static guint
cluster_distance (char *const *a, guint na, char *const *b, guint nb, gboolean weighted)
{
  g_autofree guint *prev = g_new (guint, nb + 1);
  g_autofree guint *cur = g_new (guint, nb + 1);
  guint unit = weighted ? 2 : 1;

  for (guint j = 0; j <= nb; j++)
    prev[j] = j * unit;
  for (guint i = 1; i <= na; i++)
    {
      cur[0] = i * unit;
      for (guint j = 1; j <= nb; j++)
        {
          guint sub;
          guint best;

          if (strcmp (a[i - 1], b[j - 1]) == 0)
            sub = 0;
          else if (weighted && g_utf8_get_char (a[i - 1]) == g_utf8_get_char (b[j - 1]))
            sub = 1;
          else
            sub = unit;
          best = prev[j - 1] + sub;
          best = MIN (best, prev[j] + unit);
          best = MIN (best, cur[j - 1] + unit);
          cur[j] = best;
        }
      memcpy (prev, cur, (nb + 1) * sizeof (guint));
    }
  return prev[nb];
}

guint
prs_name_distance (const char *a,
                   const char *b)
{
  g_auto (GStrv) ca = NULL;
  g_auto (GStrv) cb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, 0);
  ca = prs_name_clusters (a);
  cb = prs_name_clusters (b);
  return cluster_distance (ca, g_strv_length (ca), cb, g_strv_length (cb), FALSE);
}

/* A name prepared for comparison: normalised, spaces removed, split into clusters. */
typedef struct
{
  char *key;
  char **clusters;
  guint n;
  char *first;   /* first word of the normal form */
  char *surname; /* last word, NULL for a one-word name */
} Prepared;

static void
prepare (Prepared *p, const char *name)
{
  g_autofree char *norm = prs_name_normalise (name ? name : "");
  GString *key = g_string_new (NULL);
  const char *space = strchr (norm, ' ');

  for (const char *s = norm; *s; s++)
    if (*s != ' ')
      g_string_append_c (key, *s);
  p->key = g_string_free (key, FALSE);
  p->clusters = prs_name_clusters (p->key);
  p->n = g_strv_length (p->clusters);
  p->first = space ? g_strndup (norm, (gsize) (space - norm)) : g_strdup (norm);
  p->surname = space ? g_strdup (strrchr (norm, ' ') + 1) : NULL;
}

static void
prepared_clear (Prepared *p)
{
  g_free (p->key);
  g_strfreev (p->clusters);
  g_free (p->first);
  g_free (p->surname);
}

static double
prepared_similarity (const Prepared *a, const Prepared *b)
{
  guint longest = MAX (a->n, b->n);

  if (a->n == 0 || b->n == 0)
    return 0.0;
  if (strcmp (a->key, b->key) == 0)
    return 1.0;
  return 1.0 - (double) cluster_distance (a->clusters, a->n, b->clusters, b->n, TRUE)
                   / (2.0 * longest);
}

double
prs_name_similarity (const char *a,
                     const char *b)
{
  Prepared pa, pb;
  double s;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);
  prepare (&pa, a);
  prepare (&pb, b);
  s = prepared_similarity (&pa, &pb);
  prepared_clear (&pa);
  prepared_clear (&pb);
  return s;
}

GArray *
prs_names_match (const char *const         *typed,
                 guint                      n_typed,
                 const char *const         *roster,
                 guint                      n_roster,
                 const PrsNameMatchOptions *options)
{
  PrsNameMatchOptions opts = { 0.8, 0.05, FALSE };
  g_autofree Prepared *prepared = NULL;
  g_autofree int *claimed = NULL; /* roster index -> first typed index + 1 */
  GArray *result;

  g_return_val_if_fail (n_typed == 0 || typed != NULL, NULL);
  g_return_val_if_fail (n_roster == 0 || roster != NULL, NULL);
  if (options)
    opts = *options;

  prepared = g_new0 (Prepared, MAX (n_roster, 1));
  claimed = g_new0 (int, MAX (n_roster, 1));
  for (guint r = 0; r < n_roster; r++)
    prepare (&prepared[r], roster[r]);

  result = g_array_sized_new (FALSE, TRUE, sizeof (PrsNameMatch), n_typed);
  for (guint t = 0; t < n_typed; t++)
    {
      PrsNameMatch m = { PRS_NAME_MATCH_NONE, -1, 0.0, -1, 0.0, -1 };
      Prepared q;

      prepare (&q, typed[t]);
      for (guint r = 0; r < n_roster && q.n > 0; r++)
        {
          double s = prepared_similarity (&q, &prepared[r]);

          if (m.roster_index < 0 || s > m.confidence)
            {
              m.runner_up_index = m.roster_index;
              m.runner_up_confidence = m.confidence;
              m.roster_index = (int) r;
              m.confidence = s;
            }
          else if (m.runner_up_index < 0 || s > m.runner_up_confidence)
            {
              m.runner_up_index = (int) r;
              m.runner_up_confidence = s;
            }
        }
      /* The same surname, written alike, on exactly one roster name: a first name
       * typed another way (or a nickname) is still most likely that person. */
      if (opts.same_surname_is_close && q.surname != NULL
          && (m.roster_index < 0 || m.confidence < opts.min_confidence)
          && g_utf8_strlen (q.surname, -1) >= 3)
        {
          int found = -1;
          guint n_found = 0;

          for (guint r = 0; r < n_roster; r++)
            if (prepared[r].surname != NULL && g_str_equal (prepared[r].surname, q.surname))
              {
                found = (int) r;
                n_found++;
              }
          if (n_found == 1)
            {
              double s = prepared_similarity (&q, &prepared[found]);

              if (found != m.roster_index)
                {
                  m.runner_up_index = m.roster_index;
                  m.runner_up_confidence = m.confidence;
                }
              else
                {
                  m.runner_up_index = -1;
                  m.runner_up_confidence = 0.0;
                }
              m.roster_index = found;
              m.confidence = MAX (s, opts.min_confidence);
              if (m.runner_up_confidence >= m.confidence)
                m.runner_up_confidence = m.confidence - 2 * opts.margin;
            }
        }
      prepared_clear (&q);

      if (m.roster_index < 0 || m.confidence < opts.min_confidence)
        m.kind = PRS_NAME_MATCH_NONE;
      else if (m.runner_up_index >= 0 && m.runner_up_confidence >= m.confidence - opts.margin)
        m.kind = PRS_NAME_MATCH_AMBIGUOUS;
      else
        m.kind = m.confidence >= 1.0 ? PRS_NAME_MATCH_EXACT : PRS_NAME_MATCH_CLOSE;

      if (m.kind == PRS_NAME_MATCH_EXACT || m.kind == PRS_NAME_MATCH_CLOSE)
        {
          if (claimed[m.roster_index] > 0)
            m.duplicate_of = claimed[m.roster_index] - 1;
          else
            claimed[m.roster_index] = (int) t + 1;
        }
      g_array_append_val (result, m);
    }

  for (guint r = 0; r < n_roster; r++)
    prepared_clear (&prepared[r]);
  return result;
}

/* ------------------------------------------------------------ lists and roles */

/* TEXT without spaces, zero-width characters and line breaks, Thai digits as Arabic,
 * ํา composed. */
static char *
squeeze (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autofree char *marks = clean_marks (valid);
  GString *out = g_string_new (NULL);

  for (const char *p = marks; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || g_unichar_isspace (c))
        continue;
      if (c >= 0x0E50 && c <= 0x0E59)
        g_string_append_c (out, (char) ('0' + (c - 0x0E50)));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Removes a trailing "คนที่N", "ฯ", "N" or "(…)" from S in place. */
static void
trim_role_tail (char *s)
{
  gsize len = strlen (s);
  gboolean again = TRUE;

  while (again && len > 0)
    {
      again = FALSE;
      while (len > 0 && (g_ascii_isdigit (s[len - 1]) || s[len - 1] == '.'))
        len--, again = TRUE;
      if (len >= strlen ("คนที่") && strncmp (s + len - strlen ("คนที่"), "คนที่", strlen ("คนที่")) == 0)
        len -= strlen ("คนที่"), again = TRUE;
      if (len >= strlen ("ฯ") && strncmp (s + len - strlen ("ฯ"), "ฯ", strlen ("ฯ")) == 0)
        len -= strlen ("ฯ"), again = TRUE;
      s[len] = '\0';
    }
}

static const char *const role_bodies[] = {
  "คณะกรรมการ", "กรรมการ", "คณะทำงาน", "คณะอนุกรรมการ", "อนุกรรมการ", "ทำงาน",
};

/* Length of a committee body word at S, 0 if none. */
static gsize
role_body_length (const char *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_bodies); i++)
    if (g_str_has_prefix (s, role_bodies[i]))
      return strlen (role_bodies[i]);
  return 0;
}

gboolean
prs_name_parse_role (const char    *text,
                     gboolean       strict,
                     PrsMemberRole *role)
{
  static const struct { const char *key; PrsMemberRole role; } keys[] = {
    { "chair", PRS_MEMBER_ROLE_CHAIR },
    { "vice_chair", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "vice-chair", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "member", PRS_MEMBER_ROLE_MEMBER },
    { "member_secretary", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "member-secretary", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "secretary", PRS_MEMBER_ROLE_SECRETARY },
    { "assistant_secretary", PRS_MEMBER_ROLE_ASSISTANT_SECRETARY },
    { "assistant-secretary", PRS_MEMBER_ROLE_ASSISTANT_SECRETARY },
    { "member_assistant_secretary", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "member-assistant-secretary", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "advisor", PRS_MEMBER_ROLE_ADVISOR },
  };
  g_autofree char *s = NULL;
  const char *p;
  gsize body;
  PrsMemberRole r;

  g_return_val_if_fail (role != NULL, FALSE);
  if (text == NULL)
    return FALSE;
  s = squeeze (text);
  p = s;
  /* A list number in front ("๑.") is not part of the role. */
  while (g_ascii_isdigit (*p))
    p++;
  if (p != s && (*p == '.' || *p == ')'))
    p++;
  else
    p = s;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_ascii_strcasecmp (p, keys[i].key) == 0)
      {
        *role = keys[i].role;
        return TRUE;
      }
  trim_role_tail ((char *) p);
  if (*p == '\0')
    return FALSE;

  if (g_str_has_prefix (p, "รองประธาน") || g_str_has_prefix (p, "ประธาน"))
    {
      r = g_str_has_prefix (p, "รอง") ? PRS_MEMBER_ROLE_VICE_CHAIR : PRS_MEMBER_ROLE_CHAIR;
      p += g_str_has_prefix (p, "รอง") ? strlen ("รองประธาน") : strlen ("ประธาน");
      p += role_body_length (p);
      if (!strict || *p == '\0')
        {
          *role = r;
          return TRUE;
        }
      return FALSE;
    }
  if (g_str_has_prefix (p, "ที่ปรึกษา"))
    {
      p += strlen ("ที่ปรึกษา");
      p += role_body_length (p);
      if (strict && *p != '\0')
        return FALSE;
      *role = PRS_MEMBER_ROLE_ADVISOR;
      return TRUE;
    }
  if (g_str_has_prefix (p, "ผู้ช่วยเลขานุการ") || g_str_has_prefix (p, "เลขานุการ"))
    {
      r = g_str_has_prefix (p, "ผู้ช่วย") ? PRS_MEMBER_ROLE_ASSISTANT_SECRETARY
                                          : PRS_MEMBER_ROLE_SECRETARY;
      p += r == PRS_MEMBER_ROLE_SECRETARY ? strlen ("เลขานุการ") : strlen ("ผู้ช่วยเลขานุการ");
      p += role_body_length (p);
      if (strict && *p != '\0')
        return FALSE;
      *role = r;
      return TRUE;
    }
  body = role_body_length (p);
  if (body == 0 || g_str_has_prefix (p, "ทำงาน"))
    return FALSE;
  p += body;
  if (g_str_has_prefix (p, "ผู้ทรงคุณวุฒิ"))
    p += strlen ("ผู้ทรงคุณวุฒิ");
  /* "และ", "/" or "," join the second duty; "เลขาฯ" shortens เลขานุการ. */
  {
    const char *q = p;

    if (g_str_has_prefix (q, "และ"))
      q += strlen ("และ");
    else if (*q == '/' || *q == ',')
      q++;
    if (q != p && g_str_has_prefix (q, "ผู้ช่วยเลขา"))
      {
        r = PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY;
        p = q + strlen ("ผู้ช่วยเลขา");
      }
    else if (q != p && g_str_has_prefix (q, "เลขา"))
      {
        r = PRS_MEMBER_ROLE_MEMBER_SECRETARY;
        p = q + strlen ("เลขา");
      }
    else
      r = PRS_MEMBER_ROLE_MEMBER;
    if (r != PRS_MEMBER_ROLE_MEMBER)
      {
        if (g_str_has_prefix (p, "นุการ"))
          p += strlen ("นุการ");
        if (g_str_has_prefix (p, "ฯ"))
          p += strlen ("ฯ");
      }
  }
  if (strict && *p != '\0')
    return FALSE;
  *role = r;
  return TRUE;
}

static const char *const position_starts[] = {
  "ผู้อำนวยการ", "ผู้ทรงคุณวุฒิ", "ผู้เชี่ยวชาญ", "ผู้ตรวจราชการ", "ผู้แทน", "ผู้ช่วยผู้อำนวยการ",
  "ผู้บัญชาการ", "ผู้ว่าราชการ", "ผู้จัดการ", "หัวหน้า", "อธิบดี", "รองอธิบดี", "ปลัด", "รองปลัด",
  "เลขาธิการ", "รองเลขาธิการ", "เลขานุการกรม", "เลขานุการกระทรวง", "นัก", "นิติกร",
  "เจ้าหน้าที่", "เจ้าพนักงาน", "พนักงาน", "ลูกจ้าง", "อาจารย์", "วิศวกร", "สถาปนิก", "แพทย์",
  "พยาบาล", "เภสัชกร", "ข้าราชการ", "นายช่าง", "ช่าง", "ครู", "ประธานกรรมการบริษัท",
};

/* Does S (squeezed or not) begin like a position? */
static gboolean
starts_like_position (const char *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (position_starts); i++)
    if (g_str_has_prefix (s, position_starts[i]))
      return TRUE;
  return FALSE;
}

gboolean
prs_name_looks_like_position (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *collapsed = NULL;
  const char *p;
  gsize n;

  if (text == NULL)
    return FALSE;
  valid = g_utf8_make_valid (text, -1);
  collapsed = collapse_spaces (g_strdelimit (valid, "\t\n\r", ' '));
  p = collapsed;
  while ((n = list_number_length (p)) > 0)
    p += n;
  /* A title in front means a person ("นายช่าง…" aside, which no title list has). */
  if (title_length (p) > 0 && !g_str_has_prefix (p, "นายช่าง"))
    return FALSE;
  return starts_like_position (p);
}

static char *
trimmed (const char *start, gsize len)
{
  g_autofree char *s = g_strndup (start, len);
  g_autofree char *collapsed = collapse_spaces (g_strdelimit (s, "\t\n\r", ' '));

  return g_strdup (g_strstrip (collapsed));
}

gboolean
prs_name_split_delegate (const char  *text,
                         char       **name,
                         char       **delegate)
{
  const char *word = "มอบหมาย";
  const char *at;
  const char *end;
  const char *open;

  g_return_val_if_fail (name != NULL && delegate != NULL, FALSE);
  text = text ? text : "";
  at = strstr (text, word);
  if (at == NULL)
    {
      *name = trimmed (text, strlen (text));
      *delegate = g_strdup ("");
      return FALSE;
    }
  /* "(มอบหมาย…)" or "(มอบหมายให้ …)": the name ends before the bracket. */
  open = at;
  while (open > text && (open[-1] == ' ' || open[-1] == '\t'))
    open--;
  if (open > text && open[-1] == '(')
    open--;
  else
    open = at;
  end = at + strlen (word);
  if (g_str_has_prefix (end, "ให้"))
    end += strlen ("ให้");
  while (*end == ' ' || *end == ':' || *end == '\t')
    end++;
  {
    const char *close = strchr (end, ')');
    gsize len = close ? (gsize) (close - end) : strlen (end);

    *delegate = trimmed (end, len);
  }
  *name = trimmed (text, (gsize) (open - text));
  if (**delegate == '\0')
    {
      g_free (*delegate);
      *delegate = g_strdup ("");
      return FALSE;
    }
  return TRUE;
}

void
prs_name_line_clear (PrsNameLine *line)
{
  if (line == NULL)
    return;
  g_clear_pointer (&line->name, g_free);
  g_clear_pointer (&line->position, g_free);
  g_clear_pointer (&line->role_text, g_free);
  g_clear_pointer (&line->delegate, g_free);
}

/* Splits S at tabs, "|" and runs of two or more spaces into trimmed, non-empty fields. */
static GPtrArray *
split_columns (const char *s)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *start = s;

  for (const char *p = s;; p++)
    {
      gboolean cut = *p == '\0' || *p == '\t' || *p == '|' || (p[0] == ' ' && p[1] == ' ');

      if (!cut)
        continue;
      {
        char *f = trimmed (start, (gsize) (p - start));

        if (*f)
          g_ptr_array_add (fields, f);
        else
          g_free (f);
      }
      if (*p == '\0')
        break;
      start = p + 1;
    }
  return fields;
}

/* The number of space-separated words of NAME once titles are stripped. */
static guint
name_words (const char *name)
{
  g_autofree char *bare = prs_name_strip_titles (name);
  g_auto (GStrv) words = g_strsplit (bare, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      n++;
  return n;
}

/* The longest text read as a role at the end of a line, in bytes (a role is a few
 * words: "กรรมการและผู้ช่วยเลขานุการ", "รองประธานคณะกรรมการจริยธรรม"). */
#define MAX_ROLE_TAIL 600

gboolean
prs_name_parse_line (const char  *line,
                     PrsNameLine *out)
{
  g_autofree char *valid = NULL;
  g_autofree char *rest = NULL;
  g_autoptr (GPtrArray) fields = NULL;
  const char *p;
  gsize n;

  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);
  out->name = g_strdup ("");
  out->position = g_strdup ("");
  out->role_text = g_strdup ("");
  out->delegate = g_strdup ("");
  if (line == NULL)
    return FALSE;

  valid = g_utf8_make_valid (line, -1);
  g_strdelimit (valid, "\r\n", ' ');
  p = valid;
  while (*p == ' ' || *p == '\t')
    p++;
  while ((n = list_number_length (p)) > 0)
    p += n;

  /* The delegate first: its name must not be read as the member's. */
  {
    g_autofree char *before = NULL;
    g_autofree char *delegate = NULL;
    const char *at = strstr (p, "มอบหมาย");

    if (at != NULL)
      {
        const char *close = strchr (at, ')');
        const char *tail = close ? close + 1 : NULL;
        g_autofree char *joined = NULL;

        /* Keep what follows the closing bracket (position, role). */
        if (tail == NULL)
          {
            /* No bracket: the delegate runs to the next column break. */
            const char *q = at;

            while (*q && *q != '\t' && *q != '|' && !(q[0] == ' ' && q[1] == ' '))
              q++;
            tail = q;
          }
        joined = g_strndup (p, (gsize) (tail - p));
        prs_name_split_delegate (joined, &before, &delegate);
        g_free (out->delegate);
        out->delegate = g_steal_pointer (&delegate);
        rest = g_strconcat (before, "\t", tail, NULL);
      }
    else
      rest = g_strdup (p);
  }

  fields = split_columns (rest);
  if (fields->len == 0)
    return FALSE;

  if (fields->len == 1)
    {
      /* Single spaces only: the role is the longest tail of words that reads as one,
       * the position starts at the first word that looks like one. */
      g_auto (GStrv) words = g_strsplit (g_ptr_array_index (fields, 0), " ", -1);
      guint nw = g_strv_length (words);
      guint role_at = nw;
      guint pos_at;
      guint first = nw;
      gsize tail_len = 0;

      /* Only tails short enough to be a role are tried: a line of thousands of
       * words would otherwise cost the square of its length. */
      while (first > 1 && tail_len + strlen (words[first - 1]) + 1 <= MAX_ROLE_TAIL)
        tail_len += strlen (words[--first]) + 1;
      for (guint i = first; i < nw; i++)
        {
          g_autofree char *tail = g_strjoinv (" ", words + i);
          PrsMemberRole r;

          if (prs_name_parse_role (tail, TRUE, &r))
            {
              role_at = i;
              out->has_role = TRUE;
              out->role = r;
              g_free (out->role_text);
              out->role_text = g_steal_pointer (&tail);
              break;
            }
        }
      pos_at = role_at;
      /* After the name: a position, or a membership of another body
       * ("กรรมการจริยธรรมประจำกรม…"). */
      for (guint i = 1; i < role_at; i++)
        if (starts_like_position (words[i]) || g_str_has_prefix (words[i], "กรรมการ")
            || g_str_has_prefix (words[i], "อนุกรรมการ"))
          {
            pos_at = i;
            break;
          }
      {
        char *saved = NULL;
        char *cut;

        cut = words[pos_at];
        words[pos_at] = NULL;
        g_free (out->name);
        out->name = g_strjoinv (" ", words);
        words[pos_at] = cut;
        if (pos_at < role_at)
          {
            saved = words[role_at];
            words[role_at] = NULL;
            g_free (out->position);
            out->position = g_strjoinv (" ", words + pos_at);
            words[role_at] = saved;
          }
      }
      return *out->name != '\0';
    }

  /* Columns: name (maybe split over two), position…, role last. */
  {
    guint last = fields->len;
    guint first_pos = 1;
    GString *position = g_string_new (NULL);
    PrsMemberRole r;

    /* A role broken over two lines of a table cell and joined column by column:
     * "คณะทำงาน" stays at the end of the name's column, "และผู้ช่วยเลขานุการ" ends the
     * line. Put the two halves back together. */
    if (last >= 2 && g_str_has_prefix (g_ptr_array_index (fields, last - 1), "และ"))
      for (guint i = last - 1; i-- > 0;)
        {
          char *f = g_ptr_array_index (fields, i);
          char *sp = strrchr (f, ' ');
          char *first_sp = strchr (f, ' ');
          const char *word = sp ? sp + 1 : f;
          g_autofree char *head = first_sp ? g_strndup (f, (gsize) (first_sp - f)) : NULL;
          char *joined = NULL;

          if (role_body_length (word) == strlen (word) && !g_str_equal (word, "ทำงาน"))
            {
              joined = g_strconcat (word, g_ptr_array_index (fields, last - 1), NULL);
              if (sp)
                *sp = '\0';
              else
                *f = '\0';
            }
          else if (i > 0 && head && role_body_length (head) == strlen (head)
                   && !g_str_equal (head, "ทำงาน"))
            {
              joined = g_strconcat (head, g_ptr_array_index (fields, last - 1), NULL);
              memmove (f, first_sp + 1, strlen (first_sp + 1) + 1);
            }
          if (joined)
            {
              g_free (g_ptr_array_index (fields, last - 1));
              g_ptr_array_index (fields, last - 1) = joined;
              break;
            }
        }

    /* The role is the last column that reads as one; columns after it carry on the
     * position (a cell broken over lines). */
    for (guint i = last; i-- > 1;)
      if (prs_name_parse_role (g_ptr_array_index (fields, i), TRUE, &r))
        {
          out->has_role = TRUE;
          out->role = r;
          g_free (out->role_text);
          out->role_text = g_strdup (g_ptr_array_index (fields, i));
          if (i != last - 1)
            {
              /* Move the role to the end so the position stays in one run. */
              gpointer role_field = g_ptr_array_steal_index (fields, i);

              g_ptr_array_add (fields, role_field);
            }
          last--;
          break;
        }
    g_free (out->name);
    out->name = g_strdup (g_ptr_array_index (fields, 0));
    /* "นางจันทิรา<TAB>ยิมเรวัต วิวัฒน์รัตน์": a one-word name continues in the next
     * column unless that column is a position. */
    if (last > 1 && name_words (out->name) == 1
        && !starts_like_position (g_ptr_array_index (fields, 1)))
      {
        char *joined = g_strconcat (out->name, " ", g_ptr_array_index (fields, 1), NULL);

        g_free (out->name);
        out->name = joined;
        first_pos = 2;
      }
    for (guint i = first_pos; i < last; i++)
      {
        if (*(const char *) g_ptr_array_index (fields, i) == '\0')
          continue;
        if (position->len)
          g_string_append_c (position, ' ');
        g_string_append (position, g_ptr_array_index (fields, i));
      }
    g_free (out->position);
    out->position = g_string_free (position, FALSE);
  }
  return *out->name != '\0';
}

/* Letters (with their marks), digits, dots, spaces, hyphens: "สบก.", "ICT", "ศปท"; not
 * "\"x\"" (=HYPERLINK("x") is no unit with an abbreviation). */
static gboolean
looks_like_abbreviation (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && !g_unichar_ismark (c) && c != '.' && c != ' ' && c != '-' && c != '&'
          && c != '/')
        return FALSE;
    }
  return TRUE;
}

void
prs_unit_split_abbreviation (const char *text, char **name, char **abbreviation)
{
  g_autofree char *t = prs_csv_tidy_text (text ? text : "");
  gsize len = strlen (t);
  const char *open = strrchr (t, '(');

  if (open && len > 0 && t[len - 1] == ')' && open > t)
    {
      *name = g_strndup (t, open - t);
      g_strstrip (*name);
      *abbreviation = g_strndup (open + 1, (t + len - 1) - (open + 1));
      g_strstrip (*abbreviation);
      if (**name != '\0' && g_utf8_strlen (*abbreviation, -1) <= 12 && looks_like_abbreviation (*abbreviation))
        return;
      g_free (*name);
      g_free (*abbreviation);
    }
  *name = g_steal_pointer (&t);
  *abbreviation = g_strdup ("");
}
