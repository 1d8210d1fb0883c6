/* fuzz-names.c: libFuzzer target for name normalisation and matching
 *
 * The input is split into lines: the first half typed names, the rest the roster.
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
  g_autofree char *raw = g_strndup ((const char *) data, MIN (size, 4096));
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  g_auto (GStrv) lines = g_strsplit (text, "\n", 64);
  guint n = g_strv_length (lines), half = n / 2;
  g_autoptr (GArray) matches = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *norm = prs_name_normalise (lines[i]);
      g_autofree char *again = prs_name_normalise (norm);
      g_auto (GStrv) clusters = prs_name_clusters (norm);
      double s = prs_name_similarity (lines[i], lines[0]);

      if (!g_utf8_validate (norm, -1, NULL) || s < 0.0 || s > 1.0)
        abort ();
      /* the distance to oneself is zero and it is symmetric */
      if (prs_name_distance (norm, norm) != 0
          || prs_name_distance (norm, lines[0]) != prs_name_distance (lines[0], norm))
        abort ();
      (void) clusters;
      (void) again;

      /* Lists out of minutes: a line, its role, its delegate; never a crash, always
       * valid UTF-8 back. */
      {
        PrsNameLine line;
        PrsMemberRole role;
        g_autofree char *name = NULL;
        g_autofree char *delegate = NULL;

        prs_name_parse_line (lines[i], &line);
        if (!g_utf8_validate (line.name, -1, NULL) || !g_utf8_validate (line.position, -1, NULL)
            || !g_utf8_validate (line.role_text, -1, NULL) || !g_utf8_validate (line.delegate, -1, NULL))
          abort ();
        prs_name_line_clear (&line);
        prs_name_parse_role (lines[i], FALSE, &role);
        prs_name_parse_role (lines[i], TRUE, &role);
        prs_name_split_delegate (lines[i], &name, &delegate);
        if (!g_utf8_validate (name, -1, NULL) || !g_utf8_validate (delegate, -1, NULL))
          abort ();
        (void) prs_name_looks_like_position (lines[i]);
      }
    }

  {
    PrsNameMatchOptions opts = { 0.8, 0.05, TRUE };
    g_autoptr (GArray) by_surname = prs_names_match ((const char *const *) lines, half,
                                                     (const char *const *) lines + half, n - half, &opts);

    for (guint i = 0; i < by_surname->len; i++)
      {
        const PrsNameMatch *m = &g_array_index (by_surname, PrsNameMatch, i);

        if (m->roster_index >= (int) (n - half) || m->confidence < 0.0 || m->confidence > 1.0)
          abort ();
      }
  }
  matches = prs_names_match ((const char *const *) lines, half,
                             (const char *const *) lines + half, n - half, NULL);
  if (matches->len != half)
    abort ();
  for (guint i = 0; i < half; i++)
    {
      const PrsNameMatch *m = &g_array_index (matches, PrsNameMatch, i);

      if (m->roster_index >= (int) (n - half) || m->confidence < 0.0 || m->confidence > 1.0)
        abort ();
    }
  return 0;
}
