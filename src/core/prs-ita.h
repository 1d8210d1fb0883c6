/* prs-ita.h: ITA frameworks (as data) and the exact roll-up engine
 *
 * The NACC's Integrity and Transparency Assessment scores an agency with three
 * instruments — IIT (internal survey), EIT (external survey, in two parts: public and
 * survey) and OIT (open-data checklist, items passed or not) — made of ten indicators
 * and their items. Frameworks change over the years, so they are data
 * (ita-frameworks.json, compiled into the library) and this API only reads them.
 *
 * Typical use (what `ita score` does):
 *
 *   g_autoptr (PrsItaFramework) fw = prs_ita_framework_for_year (2568, &error);
 *   g_autoptr (PrsItaInput) input = prs_ita_input_new (fw);
 *   prs_ita_input_set_text (input, "I1", NULL, "๘๕.๕๐", &error);   // any level, any mix
 *   prs_ita_input_set_text (input, "E3", "public", "91.20", &error);
 *   prs_ita_input_set_text (input, "O7", NULL, "ผ่าน", &error);
 *   prs_ita_input_set (input, "total", NULL, 8812, &error);        // hundredths
 *   g_autoptr (PrsItaRollup) r = prs_ita_rollup_compute (input);
 *   if (prs_ita_rollup_get_total (r, &total)) …                    // 8812 -> "88.12"
 *   level = prs_ita_rollup_get_level (r);                          // NULL if undetermined
 *
 * Codes (case-insensitive; Thai digits accepted):
 *   items      I1–I30, E1–E15 (part "public" or "survey" required), O1–O43
 *   groups     ind9.1 … ind10.2 (or 9.1 …)        OIT sub-groups
 *   indicators ind1 … ind10 (or 1 … 10)           EIT indicators also take a part
 *   instruments IIT, EIT, OIT                     EIT also with part = the part scores
 *   total
 *
 * Roll-up (DOMAIN.md): IIT indicator = mean of its items; EIT indicator part = mean of
 * its items of that part, EIT indicator = mean of its two parts; OIT item 100 or 0, OIT
 * sub-group = mean of its items, OIT indicator = mean of its sub-groups; instrument =
 * mean of its indicators (EIT also = mean of its two part scores when the indicators
 * are not all known); EIT part score = mean of the indicator-level part means;
 * total = Σ weight × instrument (0.3 IIT + 0.3 EIT + 0.4 OIT).
 *
 * Given and computed figures: a figure is computed only when ALL its parts are known
 * (given or computed); otherwise the given figure, if any, is used. Where both exist:
 *  - if they differ by more than 0.01 the computed one is used and the pair is reported
 *    as a mismatch;
 *  - otherwise the computed one is used when it rests on items only (exact), and the
 *    given one when the computation itself rests on given aggregate figures, which are
 *    rounded: the assessor computed the given figure from unrounded parts, so it is the
 *    more accurate (e.g. a published total beside the three published instruments).
 * All arithmetic is exact (PrsRational); figures are reported in hundredths rounded
 * half up. Levels, pass and weak items are judged on the reported (rounded) figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prs-score.h"

G_BEGIN_DECLS

#define PRS_ITA_PART_PUBLIC "public"
#define PRS_ITA_PART_SURVEY "survey"
#define PRS_ITA_TOTAL       "total"

typedef struct _PrsItaFramework      PrsItaFramework;
typedef struct _PrsItaInstrumentInfo PrsItaInstrumentInfo;
typedef struct _PrsItaIndicatorInfo  PrsItaIndicatorInfo;
typedef struct _PrsItaGroupInfo      PrsItaGroupInfo;
typedef struct _PrsItaItemInfo       PrsItaItemInfo;
typedef struct _PrsItaLevelInfo      PrsItaLevelInfo;
typedef struct _PrsItaInput          PrsItaInput;
typedef struct _PrsItaRollup         PrsItaRollup;

/* --- Framework description (read-only; owned by the framework) --- */

struct _PrsItaItemInfo
{
  const char                 *code;       /* "I1", "E15", "O43" */
  const char                 *text;       /* the item's wording or theme, Thai */
  guint                       index;      /* position among all items (code order) */
  const PrsItaInstrumentInfo *instrument;
  const PrsItaIndicatorInfo  *indicator;
  const PrsItaGroupInfo      *group;      /* NULL unless the indicator has sub-groups */
  gboolean                    yes_no;     /* answered yes or no (I4–I6, E4, E13 in 2566):
                                             the score is the share answering the good way */
};

struct _PrsItaGroupInfo
{
  const char                 *id;         /* "9.1" */
  const char                 *code;       /* "ind9.1" */
  const char                 *name;       /* "ข้อมูลพื้นฐาน" */
  const PrsItaIndicatorInfo  *indicator;
  guint                       n_items;
  const PrsItaItemInfo      **items;
};

struct _PrsItaIndicatorInfo
{
  const char                 *id;         /* "1" … "10" */
  const char                 *code;       /* "ind1" */
  const char                 *name;       /* "การปฏิบัติหน้าที่" */
  guint                       index;      /* position among all indicators */
  const PrsItaInstrumentInfo *instrument;
  guint                       n_groups;   /* 0 when the items roll up directly */
  const PrsItaGroupInfo     **groups;
  guint                       n_items;    /* all of its items, through groups too */
  const PrsItaItemInfo      **items;
};

struct _PrsItaInstrumentInfo
{
  const char                 *code;       /* "IIT", "EIT", "OIT" */
  const char                 *name;       /* Thai */
  PrsRational                 weight;     /* 3/10 … in the total */
  gboolean                    binary_items; /* items are passed (100) or not (0) */
  guint                       n_parts;    /* 2 for EIT, else 0 */
  const char                **parts;      /* "public", "survey" */
  const char                **part_names; /* for display */
  guint                       n_indicators;
  const PrsItaIndicatorInfo **indicators;
};

struct _PrsItaLevelInfo
{
  const char *id;                  /* "excellent", "good", "pass", "improve", "urgent"; "AA"… */
  const char *name;                /* what to show: "ผ่านดีเยี่ยม", "AA" */
  gboolean    has_min_total;       /* FALSE for the last level (everything else) */
  PrsScore    min_total;
  gboolean    has_min_each_instrument;
  PrsScore    min_each_instrument; /* every instrument at least this */
  gboolean    pass;
};

/* The framework for a Buddhist Era fiscal year (2562–2565 the old one, 2566 onwards the
 * 2566 one until another is added). PRS_CORE_ERROR_NOT_FOUND for earlier years. */
PrsItaFramework *prs_ita_framework_for_year   (int          be_year,
                                               GError     **error);
/* The year whose published item wording the texts of @be_year's framework are (2566 for
 * 2566–2568), or 0 when the year has no framework or its framework has no items. Where it
 * is not @be_year itself, the wording is assumed, not confirmed, and documents say so. */
int              prs_ita_framework_item_texts_year (int be_year);
/* By id, e.g. "ita-2566". */
PrsItaFramework *prs_ita_framework_lookup     (const char  *id,
                                               GError     **error);
/* The ids of all built-in frameworks (a GStrv; g_strfreev). */
char           **prs_ita_framework_list_ids   (void);
/* Parses frameworks from JSON in the built-in file's format and returns the one with
 * @id (or the first when @id is NULL). For tests and custom frameworks. */
PrsItaFramework *prs_ita_framework_new_from_json (const char *json,
                                                  gssize      len,
                                                  const char *id,
                                                  GError    **error);

PrsItaFramework *prs_ita_framework_ref        (PrsItaFramework *fw);
void             prs_ita_framework_unref      (PrsItaFramework *fw);

const char      *prs_ita_framework_get_id     (const PrsItaFramework *fw);
const char      *prs_ita_framework_get_name   (const PrsItaFramework *fw);
PrsScore         prs_ita_framework_get_pass_mark (const PrsItaFramework *fw);
/* FALSE for a framework modelled at indicator level only (2562–2565): it has no items or
 * sub-groups, its EIT no parts, and item-level codes are refused with a message saying
 * why. */
gboolean         prs_ita_framework_has_items  (const PrsItaFramework *fw);

guint                       prs_ita_framework_get_n_instruments (const PrsItaFramework *fw);
const PrsItaInstrumentInfo *prs_ita_framework_get_instrument    (const PrsItaFramework *fw,
                                                                 guint                  i);
guint                       prs_ita_framework_get_n_indicators  (const PrsItaFramework *fw);
const PrsItaIndicatorInfo  *prs_ita_framework_get_indicator     (const PrsItaFramework *fw,
                                                                 guint                  i);
guint                       prs_ita_framework_get_n_items       (const PrsItaFramework *fw);
const PrsItaItemInfo       *prs_ita_framework_get_item          (const PrsItaFramework *fw,
                                                                 guint                  i);
guint                       prs_ita_framework_get_n_levels      (const PrsItaFramework *fw);
const PrsItaLevelInfo      *prs_ita_framework_get_level         (const PrsItaFramework *fw,
                                                                 guint                  i);
/* The indicators whose mean is the integrity index (1, 2, 3, 4, 6). */
guint                       prs_ita_framework_get_n_integrity_indicators (const PrsItaFramework *fw);
const PrsItaIndicatorInfo  *prs_ita_framework_get_integrity_indicator    (const PrsItaFramework *fw,
                                                                          guint                  i);

/* Look-ups by code (NULL if none): "IIT"; "1" or "ind1"; "9.1" or "ind9.1"; "I1". */
const PrsItaInstrumentInfo *prs_ita_framework_lookup_instrument (const PrsItaFramework *fw,
                                                                 const char            *code);
const PrsItaIndicatorInfo  *prs_ita_framework_lookup_indicator  (const PrsItaFramework *fw,
                                                                 const char            *code);
const PrsItaGroupInfo      *prs_ita_framework_lookup_group      (const PrsItaFramework *fw,
                                                                 const char            *code);
const PrsItaItemInfo       *prs_ita_framework_lookup_item       (const PrsItaFramework *fw,
                                                                 const char            *code);

/* Checks a code and part as the input accepts them and returns the canonical forms
 * ("ind1", "I1", "EIT", "total"; part "public"/"survey" or NULL), valid as long as the
 * framework. FALSE with PRS_CORE_ERROR_PARSE and a message naming the problem. */
gboolean prs_ita_framework_check_code (const PrsItaFramework *fw,
                                       const char            *code,
                                       const char            *part,
                                       const char           **canonical_code,
                                       const char           **canonical_part,
                                       GError               **error);

/* --- Input: the given figures --- */

PrsItaInput *prs_ita_input_new      (PrsItaFramework *fw);
void         prs_ita_input_free     (PrsItaInput     *input);
PrsItaFramework *prs_ita_input_get_framework (PrsItaInput *input);

/* Sets a given figure (0 ≤ @score ≤ 10000 hundredths; OIT items 0 or 10000). @part is
 * NULL or "" except for EIT items (required) and EIT indicators/instrument (optional).
 * Replaces an earlier value. FALSE with PRS_CORE_ERROR_PARSE (bad code or part) or
 * PRS_CORE_ERROR_RANGE (bad score). */
gboolean     prs_ita_input_set      (PrsItaInput *input,
                                     const char  *code,
                                     const char  *part,
                                     PrsScore     score,
                                     GError     **error);
/* The same from text as typed or imported: "85.5", "๘๕.๕๐", "85.50%"; for OIT items
 * also ผ่าน / ไม่ผ่าน, มี / ไม่มี, pass / fail, yes / no, 100 / 0. */
gboolean     prs_ita_input_set_text (PrsItaInput *input,
                                     const char  *code,
                                     const char  *part,
                                     const char  *text,
                                     GError     **error);
void         prs_ita_input_unset    (PrsItaInput *input,
                                     const char  *code,
                                     const char  *part);
gboolean     prs_ita_input_get      (PrsItaInput *input,
                                     const char  *code,
                                     const char  *part,
                                     PrsScore    *score);
guint        prs_ita_input_get_n_given (PrsItaInput *input);

/* --- Roll-up: every figure the input determines --- */

typedef enum
{
  PRS_ITA_SOURCE_NONE = 0, /* unknown: neither given nor computable */
  PRS_ITA_SOURCE_GIVEN,
  PRS_ITA_SOURCE_COMPUTED,
} PrsItaSource;

typedef struct
{
  PrsItaSource source;       /* which one the figure below is */
  PrsScore     score;        /* the figure, hundredths rounded half up */
  PrsRational  exact;        /* the same, exact */
  gboolean     has_given;
  PrsScore     given;
  gboolean     has_computed;
  PrsScore     computed;     /* rounded */
} PrsItaFigure;

typedef struct
{
  const char *code;     /* canonical: "ind1", "IIT", "total", "E3" */
  const char *part;     /* NULL, "public" or "survey" */
  PrsScore    given;
  PrsScore    computed;
} PrsItaMismatch;

typedef struct
{
  const PrsItaItemInfo *item;
  const char           *part;  /* NULL: the item's score (for EIT, the mean of both parts);
                                  "public"/"survey": only that part is known */
  PrsScore              score;
} PrsItaWeakItem;

/* Computes from a snapshot of @input (later changes to @input do not affect it). */
PrsItaRollup *prs_ita_rollup_compute (PrsItaInput *input);
void          prs_ita_rollup_free    (PrsItaRollup *rollup);
PrsItaFramework *prs_ita_rollup_get_framework (PrsItaRollup *rollup);

/* Any figure by code and part. FALSE when unknown or when the code is not valid. */
gboolean prs_ita_rollup_get_figure     (PrsItaRollup *rollup,
                                        const char   *code,
                                        const char   *part,
                                        PrsItaFigure *out);
/* Shortcuts: FALSE when unknown; @score in hundredths. */
gboolean prs_ita_rollup_get_score      (PrsItaRollup *rollup,
                                        const char   *code,
                                        const char   *part,
                                        PrsScore     *score);
gboolean prs_ita_rollup_get_total      (PrsItaRollup *rollup,
                                        PrsScore     *score);
gboolean prs_ita_rollup_get_instrument (PrsItaRollup *rollup,
                                        const char   *code,   /* "IIT" */
                                        PrsScore     *score);
gboolean prs_ita_rollup_get_eit_part   (PrsItaRollup *rollup,
                                        const char   *part,   /* "public" / "survey" */
                                        PrsScore     *score);
gboolean prs_ita_rollup_get_indicator  (PrsItaRollup *rollup,
                                        const char   *id,     /* "1" or "ind1" */
                                        PrsScore     *score);
gboolean prs_ita_rollup_get_integrity_index (PrsItaRollup *rollup,
                                             PrsScore     *score);

/* The level (NULL when the data does not determine it, e.g. a total of 90 with unknown
 * instruments in the 2566 framework) and pass (FALSE return when the total is unknown). */
const PrsItaLevelInfo *prs_ita_rollup_get_level (PrsItaRollup *rollup);
gboolean prs_ita_rollup_get_pass (PrsItaRollup *rollup,
                                  gboolean     *pass);

/* Given figures that disagree with their parts by more than 0.01, in framework order. */
guint                 prs_ita_rollup_get_n_mismatches (PrsItaRollup *rollup);
const PrsItaMismatch *prs_ita_rollup_get_mismatch     (PrsItaRollup *rollup,
                                                       guint         i);

/* Items below the pass mark, weakest first (ties in code order). */
guint                 prs_ita_rollup_get_n_weak_items (PrsItaRollup *rollup);
const PrsItaWeakItem *prs_ita_rollup_get_weak_item    (PrsItaRollup *rollup,
                                                       guint         i);

/* Every figure of the framework in roll-up order (items, groups, indicators,
 * instruments, total), known or not — for "given vs computed" displays. */
guint    prs_ita_rollup_get_n_figures (PrsItaRollup *rollup);
gboolean prs_ita_rollup_get_nth_figure (PrsItaRollup *rollup,
                                        guint         i,
                                        const char  **code,
                                        const char  **part,
                                        PrsItaFigure *out);

/* --- Group figures across units --- */

typedef struct
{
  guint    count;      /* units with a known total */
  guint    passed;     /* of them, at or above the pass mark */
  PrsScore pass_share; /* passed / count as a percentage in hundredths (9167 = 91.67) */
} PrsItaGroupSummary;

/* @totals of @n units; @ranks_out (may be NULL, else @n entries) gets competition ranks,
 * 1 the best, ties sharing (1, 2, 2, 4). */
void prs_ita_group_summarize (const PrsItaFramework *fw,
                              const PrsScore        *totals,
                              gsize                  n,
                              guint                 *ranks_out,
                              PrsItaGroupSummary    *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaFramework, prs_ita_framework_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaInput, prs_ita_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsItaRollup, prs_ita_rollup_free)

G_END_DECLS
