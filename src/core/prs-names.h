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

#include "prs-allowance.h"

G_BEGIN_DECLS

/* The normal form of NAME described above (a new string; "" for a title alone).
 * Invalid UTF-8 is repaired with U+FFFD first. */
char    *prs_name_normalise     (const char *name);

/* Removes only the leading titles and ranks of NAME, keeping its spelling otherwise
 * (spaces trimmed): "พ.ต.ท. ดร.สมหมาย ใจกล้า" -> "สมหมาย ใจกล้า". */
char    *prs_name_strip_titles  (const char *name);
/* g_utf8_casefold(), quicker for Thai and lower-case ASCII text (a copy). */
char    *prs_name_casefold      (const char *text);

/* Splits a unit written with its abbreviation in brackets, as lists and tables write
 * it: "สำนักบริหารกลาง (สบก.)" -> name "สำนักบริหารกลาง", abbreviation "สบก.". The text
 * is tidied first (prs_csv_tidy_text()). Without a trailing bracket, or when the
 * bracket holds more than 12 characters (a note, not an abbreviation), the whole text
 * is the name and the abbreviation "". Both results are new strings. */
void     prs_unit_split_abbreviation (const char  *text,
                                      char       **name,
                                      char       **abbreviation);

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
  /* When nothing reaches min_confidence: a typed name whose surname (last word, at
   * least 3 characters) equals exactly one roster name's is a CLOSE match to it, at
   * min_confidence (committee lists: "ณัชญ์ กุลเมธี" in the order, "ณัฐวุฒิ กุลเมธี" in
   * the minutes). Off by default: among thousands of staff a surname proves less. */
  gboolean same_surname_is_close;
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

/* --- lists out of minutes and rosters --- */

/* Reads a committee role from Thai (or key) text, spaces and line breaks ignored:
 * ประธานกรรมการ, ประธานคณะกรรมการ, ประธาน; รองประธาน…; กรรมการ, คณะกรรมการ, คณะทำงาน,
 * อนุกรรมการ, กรรมการผู้ทรงคุณวุฒิ; …และเลขานุการ; …และผู้ช่วยเลขานุการ; ผู้ช่วยเลขานุการ;
 * เลขานุการ; ที่ปรึกษา; "คนที่ ๑" and a trailing "ฯ" are ignored. Keys: chair,
 * vice_chair, member, member_secretary, assistant_secretary (- or _). With STRICT the
 * whole text must be one of those forms; otherwise the text need only begin with one
 * ("กรรมการ (ผู้แทนกองคลัง)"). */
gboolean prs_name_parse_role            (const char    *text,
                                         gboolean       strict,
                                         PrsMemberRole *role);

/* TRUE if TEXT (list number and spaces ignored) names a post rather than a person:
 * it carries no title and begins like a position ("ผู้อำนวยการกลุ่ม…", "นักวิชาการ…",
 * "หัวหน้า…"): a seat held by whoever holds that post. */
gboolean prs_name_looks_like_position   (const char    *text);

/* Splits a name cell that names a delegate: "นายก ข (มอบหมายนางสาวค ง)" or
 * "นายก ข มอบหมาย นางสาวค ง" -> NAME "นายก ข", DELEGATE "นางสาวค ง". Returns FALSE
 * (and copies TEXT, trimmed, to NAME) if there is no delegate. */
gboolean prs_name_split_delegate        (const char    *text,
                                         char         **name,
                                         char         **delegate);

/* One line of a list pasted out of minutes: "๑. นางสาวก ข<TAB>ตำแหน่ง<TAB>บทบาท" (tabs,
 * "|" or runs of spaces between columns, or single spaces only). */
typedef struct
{
  char         *name;      /* as typed, list number removed ("" if the line is empty) */
  char         *position;  /* "" if none */
  char         *role_text; /* the role as typed, "" if none was found */
  gboolean      has_role;
  PrsMemberRole role;
  char         *delegate;  /* "มอบหมาย …" in the line, else "" */
} PrsNameLine;

/* Parses LINE into OUT (cleared first with zeros; free with prs_name_line_clear()).
 * Returns FALSE for a line with no name. */
gboolean prs_name_parse_line            (const char    *line,
                                         PrsNameLine   *out);
void     prs_name_line_clear            (PrsNameLine   *line);

G_END_DECLS
