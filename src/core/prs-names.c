/* prs-names.c: matching Thai personal names typed in lists against a roster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-names.h"

/* Titles, academic titles and ranks, full and abbreviated. Abbreviations ending in a
 * dot may be written straight against the name (ดร.สมชาย); so may the full Thai words,
 * as Thai writes "นายสมชาย". The few that also begin ordinary names (คุณากร, ดรุณี)
 * count only when a space follows. */
static const char *const titles[] = {
  /* everyday */
  "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง",
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

/* Length of the title at the start of S, including the spaces after it; 0 if none. */
static gsize
title_length (const char *s)
{
  gsize best = 0;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      gsize len = strlen (titles[i]);

      if (len > best && strncmp (s, titles[i], len) == 0 && s[len] != '\0')
        best = len;
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
  while (s[best] == ' ')
    best++;
  return best;
}

static char *
strip_titles_clean (const char *cleaned)
{
  const char *p = cleaned;
  gsize len;
  char *out;

  for (int guard = 0; guard < 8; guard++)
    {
      gsize t = title_length (p);

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
  folded = g_utf8_casefold (nfc ? nfc : marks, -1);
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
} Prepared;

static void
prepare (Prepared *p, const char *name)
{
  g_autofree char *norm = prs_name_normalise (name ? name : "");
  GString *key = g_string_new (NULL);

  for (const char *s = norm; *s; s++)
    if (*s != ' ')
      g_string_append_c (key, *s);
  p->key = g_string_free (key, FALSE);
  p->clusters = prs_name_clusters (p->key);
  p->n = g_strv_length (p->clusters);
}

static void
prepared_clear (Prepared *p)
{
  g_free (p->key);
  g_strfreev (p->clusters);
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
  PrsNameMatchOptions opts = { 0.8, 0.05 };
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
