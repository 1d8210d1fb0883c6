/* prs-store-plans-tree.h: action plans as typed trees, their roll-ups, edits,
 * progress rounds, versions and comparison
 *
 * Read a plan with prs_store_load_plan(): a PrsPlanTree of PrsPlanNodeInfo in
 * tree order with every number as displayed and every roll-up computed. A node is
 * an activity when it has an activities row and no children; other nodes are
 * groups (strategy, tactic, …) whose budget is the roll-up of the activities
 * below them. Budgets shared with another activity count once: a shared activity
 * adds nothing, the activity it shares with holds the money. A budget written on
 * a group row counts only when no activity below it has an amount.
 *
 * Every edit goes through the store's edit API: one call is one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"
#include "prs-plan-table.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   id;
  char    *name;
  gboolean has_target;
  gint64   target_hundredths;
  char    *unit;
  char    *direction;    /* "at_least", "at_most", "equal" */
  gboolean quantitative;
  gboolean has_result;   /* in the round asked for */
  gint64   result_hundredths;
  char    *result_note;
} PrsPlanIndicatorInfo;

typedef struct _PrsPlanNodeInfo PrsPlanNodeInfo;
struct _PrsPlanNodeInfo
{
  gint64           id;
  gint64           parent_id;   /* 0 at the top */
  PrsPlanNodeInfo *parent;
  guint            depth;
  guint            position;    /* 0-based among its siblings */
  char            *number;      /* as displayed, Arabic digits: "2.3" or "7" */
  char            *title;
  char            *objective;
  gboolean         is_activity;
  /* an activity's details */
  char            *budget_kind; /* "amount", "none", "shared" ("rollup" for groups) */
  gint64           budget_satang;      /* AMOUNT: its amount; groups: the roll-up */
  gint64           shared_with_id;     /* SHARED: the activity holding the money, or 0 */
  gint64           group_budget_satang;/* groups: the amount written on the row, -1 none */
  guint            months;      /* bit 0 = October … bit 11 = September */
  char            *status;      /* not_started, in_progress, done, cancelled */
  gboolean         common_kpi;
  gboolean         all_units;
  gboolean         headcount_only;
  char            *due_date;    /* ISO or NULL (activities only) */
  GPtrArray       *indicators;  /* PrsPlanIndicatorInfo */
  GPtrArray       *units;       /* unit names (char *) */
  /* the round asked for (0 = none) */
  gboolean         has_progress;
  char            *progress_status;  /* below / on / above */
  char            *narrative;
  gint64           spent_satang;     /* activities: spent; groups: roll-up */
  gint64           participants;     /* -1 unknown */
  /* roll-ups (groups and activities alike) */
  guint            n_activities;
  guint            n_done, n_in_progress, n_not_started, n_cancelled;
  GPtrArray       *children;    /* PrsPlanNodeInfo, borrowed */
};

typedef struct
{
  gint64     id;
  char      *title;
  int        fiscal_year;
  char      *kind;        /* morality, anti_corruption, internal_measures */
  char      *status;      /* draft, approved, revised */
  int        version;
  gint64     parent_plan_id;
  char      *approved_date;      /* ISO or NULL */
  char      *approval_reference;
  char      *numbering;   /* per_parent, across_plan */
  GPtrArray *levels;      /* level names by depth (char *) */
  GPtrArray *nodes;       /* every node in tree order (owned) */
  GPtrArray *roots;       /* top-level nodes (borrowed) */
  int        round;       /* the round loaded (6, 9, 12) or 0 */
  gboolean   round_frozen;
  gint64     budget_satang;
  gint64     spent_satang;
  guint      n_activities;
  guint      n_done, n_in_progress, n_not_started, n_cancelled;
} PrsPlanTree;

/* @round: 6, 9 or 12 to load that round's results and progress, or 0. */
PrsPlanTree *prs_store_load_plan        (PrsStore     *store,
                                         gint64        plan_id,
                                         int           round,
                                         GError      **error);
void         prs_plan_tree_free         (PrsPlanTree  *tree);
PrsPlanNodeInfo *prs_plan_tree_find     (PrsPlanTree  *tree,
                                         gint64        node_id);
/* The latest round with any progress entered; 0 when there is none, -1 with
 * @error set when it could not be read. */
int          prs_store_plan_latest_round (PrsStore    *store,
                                          gint64       plan_id,
                                          GError     **error);

typedef struct
{
  gint64 id;
  char  *title;
  int    fiscal_year;
  char  *kind;
  char  *status;
  int    version;
  guint  n_activities;
  gint64 budget_satang;
  gint64 spent_satang; /* the latest round's */
} PrsPlanSummary;

/* Plans of @fiscal_year (0 = every year), by year, kind and version. Free with
 * g_ptr_array_unref(). */
GPtrArray   *prs_store_list_plans       (PrsStore     *store,
                                         int           fiscal_year,
                                         GError      **error);

/* Kinds: the text stored and a Thai label. */
const char  *prs_plan_kind_label        (const char   *kind);
const char  *prs_plan_status_label      (const char   *status);
gboolean     prs_plan_kind_is_valid     (const char   *kind);

/* ---- edits (each one undo step) ---- */

/* @levels: level names from the top (2 to 5), NULL for ยุทธศาสตร์ > กิจกรรม. */
gint64   prs_store_plan_create          (PrsStore     *store,
                                         const char   *kind,
                                         int           fiscal_year,
                                         const char   *title,
                                         const char *const *levels,
                                         GError      **error);
gboolean prs_store_plan_rename          (PrsStore *store, gint64 plan_id, const char *title, GError **error);
gboolean prs_store_plan_delete          (PrsStore *store, gint64 plan_id, GError **error);
gboolean prs_store_plan_set_levels      (PrsStore *store, gint64 plan_id, const char *const *levels,
                                         GError **error);
gboolean prs_store_plan_set_numbering   (PrsStore *store, gint64 plan_id, gboolean across, GError **error);
/* Approval by a meeting resolution: a date (ISO) and its reference text. */
gboolean prs_store_plan_approve         (PrsStore *store, gint64 plan_id, const char *date,
                                         const char *reference, GError **error);
/* A new version of an approved plan (a copy, status "revised", version + 1); the
 * approved one is kept as it was. Returns the new plan's id or 0. */
gint64   prs_store_plan_revise          (PrsStore *store, gint64 plan_id, GError **error);

/* Adds a node under @parent_id (0 = top) at @position (-1 = last). An activity
 * gets its details row. Returns the id or 0. */
gint64   prs_store_plan_add_node        (PrsStore *store, gint64 plan_id, gint64 parent_id, int position,
                                         const char *title, gboolean activity, GError **error);
/* Moves a node (and what is below it) under @parent_id at @position (-1 = last). */
gboolean prs_store_plan_move_node       (PrsStore *store, gint64 node_id, gint64 parent_id, int position,
                                         GError **error);
/* Under the previous sibling (as its last child) / after its parent. */
gboolean prs_store_plan_indent_node     (PrsStore *store, gint64 node_id, GError **error);
gboolean prs_store_plan_outdent_node    (PrsStore *store, gint64 node_id, GError **error);
gboolean prs_store_plan_delete_node     (PrsStore *store, gint64 node_id, GError **error);
gboolean prs_store_plan_set_node_text   (PrsStore *store, gint64 node_id, const char *title,
                                         const char *objective, GError **error);
/* kind: "amount", "none" or "shared" (then @shared_with is the activity). */
gboolean prs_store_activity_set_budget  (PrsStore *store, gint64 node_id, const char *kind, gint64 satang,
                                         gint64 shared_with, GError **error);
gboolean prs_store_activity_set_months  (PrsStore *store, gint64 node_id, guint months, GError **error);
gboolean prs_store_activity_set_status  (PrsStore *store, gint64 node_id, const char *status, GError **error);
gboolean prs_store_activity_set_common_kpi (PrsStore *store, gint64 node_id, gboolean common_kpi,
                                            GError **error);
/* The due date (กำหนดเสร็จ) of an activity: ISO "YYYY-MM-DD", or NULL/"" for none.
 * Refused (PRS_STORE_ERROR_INVALID) for anything but a real date in ISO form, and
 * (PRS_STORE_ERROR_NOT_FOUND) on a group row. */
gboolean prs_store_activity_set_due_date (PrsStore *store, gint64 node_id, const char *date, GError **error);
/* The due date as stored (ISO, newly allocated) or NULL: none, not an activity, or
 * an error (then @error is set). */
char    *prs_store_activity_get_due_date (PrsStore *store, gint64 node_id, GError **error);
/* Responsible units: @unit_ids (may be NULL/empty) or all units. */
gboolean prs_store_activity_set_units   (PrsStore *store, gint64 node_id, const gint64 *unit_ids, guint n,
                                         gboolean all_units, GError **error);
gint64   prs_store_activity_add_indicator (PrsStore *store, gint64 node_id, const char *name,
                                           gboolean has_target, gint64 target_hundredths, const char *unit,
                                           const char *direction, GError **error);

/* ---- progress rounds ---- */

/* Status against plan for a result: below / on / above, from the target and the
 * direction. */
const char *prs_plan_progress_status    (gboolean has_target, gint64 target, const char *direction,
                                         gint64 result);
/* Progress of an activity in a round. @status NULL computes it from the
 * indicators' results (the first quantitative indicator with a result). */
gboolean prs_store_progress_set         (PrsStore *store, gint64 node_id, int round, const char *status,
                                         const char *narrative, gint64 spent_satang, gint64 participants,
                                         GError **error);
gboolean prs_store_indicator_set_result (PrsStore *store, gint64 indicator_id, int round, gint64 value_hundredths,
                                         const char *note, GError **error);
/* Freezing a round also writes down each activity's status in it (see below). */
gboolean prs_store_plan_freeze_round    (PrsStore *store, gint64 plan_id, int round, gboolean frozen,
                                         GError **error);
/* An activity's status (not_started, in_progress, done, cancelled) as reported in
 * @round; it becomes the activity's current status unless a later round has one.
 * A plan loaded for a round shows each activity's status in that round: the one
 * written down for it (entered, or kept when the round was frozen); else, when a
 * later round has one, the latest before it (or not started); else the current
 * status (the newest word, as set on the sheet). */
gboolean prs_store_progress_set_status  (PrsStore *store, gint64 node_id, int round, const char *status,
                                         GError **error);
/* Whether the @round of @plan_id is frozen, into @frozen (FALSE when the round has
 * no row). Returns FALSE with @error set, and @frozen FALSE, when it could not be read. */
gboolean prs_store_plan_round_frozen    (PrsStore *store, gint64 plan_id, int round, gboolean *frozen,
                                         GError **error);

/* ---- import ---- */

typedef struct
{
  gint64     plan_id;
  guint      n_activities;
  gint64     budget_satang;
  GPtrArray *new_units;   /* unit names created (char *) */
  GPtrArray *warnings;    /* char * */
} PrsPlanImportResult;

void prs_plan_import_result_clear (PrsPlanImportResult *result);

/* Writes @table as a new draft plan in one undo step. Units are matched by name or
 * abbreviation (loosely); the names not found are created as new units and
 * listed. */
gint64   prs_store_import_plan          (PrsStore *store, PrsPlanTable *table, const char *kind, int fiscal_year,
                                         const char *title, PrsPlanImportResult *result, GError **error);
/* Units of @table not in the workspace (the preview lists them); NULL with @error
 * when the units cannot be read. */
GPtrArray *prs_store_plan_table_new_units (PrsStore *store, PrsPlanTable *table, GError **error);

/* ---- comparison ---- */

typedef struct
{
  char      *title;    /* the new title (or the old one for removed) */
  char      *number;
  PrsPlanNodeInfo *old_node; /* borrowed from the trees */
  PrsPlanNodeInfo *new_node;
  GPtrArray *fields;   /* changed field keys (char *): title, objective, budget, schedule,
                        * due_date, indicators, units, common_kpi, parent */
} PrsPlanDiffItem;

typedef struct
{
  GPtrArray *added;    /* PrsPlanDiffItem */
  GPtrArray *removed;
  GPtrArray *changed;
  gint64     old_budget, new_budget;
} PrsPlanDiff;

/* Activities matched by title (exactly, then the closest similar title). */
PrsPlanDiff *prs_plan_diff_new  (PrsPlanTree *old_tree, PrsPlanTree *new_tree);
/* A field of a node as text for the comparison (Arabic digits): @key as in
 * PrsPlanDiffItem.fields. "" for a NULL node. */
char        *prs_plan_node_field_text (PrsPlanNodeInfo *node, const char *key);
/* The budget cell: "7,225.00", "ไม่ใช้งบประมาณ", "ใช้งบประมาณร่วมกับกิจกรรมที่ 12". */
char        *prs_plan_node_budget_text (PrsPlanTree *tree, PrsPlanNodeInfo *node);
/* "ต.ค. – ธ.ค. 67, มี.ค. 68" style list of the months (Arabic digits). */
char        *prs_plan_months_text (guint months);
/* "จำนวนครั้ง ... : 4 ครั้ง" lines of the indicators, one a line. */
char        *prs_plan_node_indicators_text (PrsPlanNodeInfo *node, gboolean with_results);
void         prs_plan_diff_free (PrsPlanDiff *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsPlanTree, prs_plan_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsPlanDiff, prs_plan_diff_free)

G_END_DECLS
