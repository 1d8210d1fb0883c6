/* prs-store-participation-import.h: who took part in an activity — marks,
 * head counts, sign-in list imports and the names nobody matched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

/* ---- activity numbers ------------------------------------------------------- */

/* The number every plan node shows, as `plan show` prints it, for the whole plan:
 * node id (gint64 *) -> "1.3" / "7" (char *). The one place that decides it: the
 * plan's tree as the Plans feature numbers it (prs_store_load_plan(): per parent,
 * or activities across the plan when plans.numbering says so). Should the tree not
 * load, the nodes' own numbering: children of a node numbered 'per_parent' get
 * the parent's number, a dot and their 1-based place among their siblings;
 * children of one numbered 'across_plan' are counted through the plan at their
 * depth; children of one numbered 'none' keep plan_nodes.number. */
GHashTable *prs_store_activity_display_numbers (PrsStore   *store,
                                                gint64      plan_id,
                                                GError    **error);

/* The activity of @plan_id whose displayed number is @number (Thai digits,
 * spaces and a trailing dot are fine; the stored number is tried last).
 * 0 with PRS_STORE_ERROR_NOT_FOUND naming what exists. */
gint64      prs_participation_find_activity    (PrsStore   *store,
                                                gint64      plan_id,
                                                const char *number,
                                                GError    **error);

/* ---- marks and head counts -------------------------------------------------- */

/* One undo step each. */
gboolean    prs_participation_mark             (PrsStore   *store,
                                                gint64      person_id,
                                                gint64      activity_id,
                                                gboolean    joined,
                                                GError    **error);
/* Marks many (person, activity) cells at once (a range fill or a paste): one step. */
gboolean    prs_participation_mark_many        (PrsStore     *store,
                                                const gint64 *person_ids,
                                                guint         n_people,
                                                gint64        activity_id,
                                                gboolean      joined,
                                                GError      **error);
/* Sets the head count of a head-count-only activity (replaces any counts). */
gboolean    prs_participation_set_headcount    (PrsStore   *store,
                                                gint64      activity_id,
                                                guint       count,
                                                GError    **error);
/* Total heads counted for an activity (0 when none were); -1 with @error set when
 * the counts could not be read. */
gint64      prs_participation_get_headcount    (PrsStore   *store,
                                                gint64      activity_id,
                                                GError    **error);

/* ---- sign-in imports -------------------------------------------------------- */

typedef enum
{
  PRS_SIGNIN_MATCHED,   /* the roster name, spelt the same once titles and spaces are gone */
  PRS_SIGNIN_CLOSE,     /* one roster person clearly nearest: applied only when confirmed */
  PRS_SIGNIN_UNKNOWN,   /* nobody, or two people equally near: kept on the activity */
} PrsSigninKind;

typedef struct
{
  guint          line;          /* 1-based line (CSV) or row (XLSX) */
  char          *typed;         /* the name as written (spaces tidied) */
  char          *unit_text;     /* the unit column, if any */
  PrsSigninKind  kind;
  gint64         person_id;     /* MATCHED/CLOSE: the roster person */
  gint64         runner_up_id;  /* a second candidate, if any */
  double         confidence;    /* 0..1 */
  gboolean       duplicate;     /* the same person earlier in the list */
  gboolean       accepted;      /* CLOSE rows the user confirmed */
} PrsSigninRow;

typedef struct
{
  char      *path;
  char      *format_note;
  gint64     activity_id;
  gboolean   headcount_only;
  GPtrArray *rows;   /* PrsSigninRow */
  guint      n_matched;
  guint      n_close;
  guint      n_unknown;
  guint      n_duplicates;
} PrsSigninPreview;

/* Matches the names of a sign-in list against everybody on the roster (active or
 * not, any unit). @rows: CSV/XLSX rows; the name column is found by its header
 * (ชื่อ-สกุล, ชื่อ, name …) in the first 20 rows, or a one-column list is read
 * as names. */
PrsSigninPreview *prs_signin_preview_rows   (PrsStore          *store,
                                             gint64             activity_id,
                                             GPtrArray         *rows,
                                             GError           **error);
PrsSigninPreview *prs_signin_preview        (PrsStore          *store,
                                             gint64             activity_id,
                                             const char        *path,
                                             GError           **error);
/* Pasted text: one name a line (tabs split columns as from a spreadsheet). */
PrsSigninPreview *prs_signin_preview_text   (PrsStore          *store,
                                             gint64             activity_id,
                                             const char        *text,
                                             GError           **error);
/* Confirms every close match (or set row->accepted one by one). */
void              prs_signin_accept_close   (PrsSigninPreview  *preview);
/* One transaction, one undo step: matched and accepted rows are marked; close
 * rows not accepted and unknown names go to the activity's list of names to
 * resolve (participation_unknowns). A head-count-only activity gets the number
 * of names as its head count instead. */
gboolean          prs_signin_apply          (PrsStore          *store,
                                             PrsSigninPreview  *preview,
                                             GError           **error);
void              prs_signin_preview_free   (PrsSigninPreview  *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsSigninPreview, prs_signin_preview_free)

/* ---- names to resolve ------------------------------------------------------- */

typedef struct
{
  gint64  id;
  char   *name;
  char   *unit_text;
  gint64  candidate_id;   /* a close match offered, 0 if none */
} PrsUnknownName;

/* The names kept on an activity. Free with g_ptr_array_unref(). */
GPtrArray  *prs_participation_list_unknown   (PrsStore   *store,
                                              gint64      activity_id,
                                              GError    **error);
/* Says an unknown name is an outsider (not on the roster and not to be): the
 * name leaves the list and counts as one head on the activity (a headcounts row
 * noted "outsider: NAME"), so a later import of the same list does not bring it
 * back. One undo step. */
gboolean    prs_participation_mark_outsider   (PrsStore  *store,
                                              gint64     unknown_id,
                                              GError   **error);
/* Says who an unknown name is: marks the person and removes the name (one step). */
gboolean    prs_participation_resolve_unknown (PrsStore  *store,
                                               gint64     unknown_id,
                                               gint64     person_id,
                                               GError   **error);

G_END_DECLS
