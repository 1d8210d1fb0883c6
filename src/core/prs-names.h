/* prs-names.h: matching Thai personal names typed in lists against a roster
 *
 * Contract: names are compared in a normal form (prs_name_normalise): titles, academic
 * and military/police ranks removed from the front, zero-width characters removed,
 * ํ+า composed to ำ, NFC, Latin letters case-folded, runs of spaces collapsed. The
 * distance is counted in grapheme clusters (a base character with its vowels and tone
 * marks), so one mistyped tone mark or ณ/ณ์ costs one edit, not two. Matching never
 * guesses: a typed name is matched, ambiguous (two roster names too close to tell) or
 * unmatched, and the caller shows the last two to the user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The normal form of NAME described above (a new string; "" for a title alone).
 * Invalid UTF-8 is repaired with U+FFFD first. */
char    *prs_name_normalise     (const char *name);

/* Removes only the leading titles and ranks of NAME, keeping its spelling otherwise
 * (spaces trimmed): "พ.ต.ท. ดร.สมหมาย ใจกล้า" -> "สมหมาย ใจกล้า". */
char    *prs_name_strip_titles  (const char *name);

/* Splits TEXT (valid UTF-8) into grapheme clusters: a new NULL-terminated array. */
char   **prs_name_clusters      (const char *text);

/* Levenshtein distance between A and B in grapheme clusters (valid UTF-8, compared
 * as given — normalise first). */
guint    prs_name_distance      (const char *a,
                                 const char *b);

/* Similarity 0..1 of two names after normalisation, ignoring spaces: 1 for equal
 * normal forms; a cluster with the same base letter but other marks costs half. */
double   prs_name_similarity    (const char *a,
                                 const char *b);

typedef enum
{
  PRS_NAME_MATCH_EXACT,     /* equal after normalisation */
  PRS_NAME_MATCH_CLOSE,     /* best candidate clearly ahead, above the threshold */
  PRS_NAME_MATCH_AMBIGUOUS, /* two candidates within the margin of each other */
  PRS_NAME_MATCH_NONE,      /* nothing reached the threshold (or the name is empty) */
} PrsNameMatchKind;

typedef struct
{
  double min_confidence; /* below this a candidate is not a match (default 0.8) */
  double margin;         /* a runner-up this close to the best makes it ambiguous (0.05) */
} PrsNameMatchOptions;

typedef struct
{
  PrsNameMatchKind kind;
  int    roster_index;      /* best candidate, -1 if the roster is empty */
  double confidence;        /* similarity of the best candidate, 0..1 */
  int    runner_up_index;   /* second best, -1 if none */
  double runner_up_confidence;
  int    duplicate_of;      /* for EXACT/CLOSE: an earlier typed name matched to the
                             * same roster entry, else -1 */
} PrsNameMatch;

/* Matches each of TYPED[0..N_TYPED) against ROSTER[0..N_ROSTER): returns a GArray of
 * N_TYPED PrsNameMatch in the same order. OPTIONS may be NULL for the defaults. */
GArray  *prs_names_match        (const char *const         *typed,
                                 guint                      n_typed,
                                 const char *const         *roster,
                                 guint                      n_roster,
                                 const PrsNameMatchOptions *options);

G_END_DECLS
