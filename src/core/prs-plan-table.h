/* prs-plan-table.h: reading an action-plan table as secretariats keep it
 *
 * Pure interpretation of the rows of a CSV file or an XLSX sheet (prs-csv.h,
 * prs-xlsx-reader.h) into a tree of plan items. Nothing here touches a workspace;
 * the store writes the result (prs-store-plans-import.h).
 *
 * What is understood:
 *  - title rows above the header are skipped (the first one is offered as the
 *    plan's title); the header row is found by its names, in Thai or English,
 *    matched loosely (a header containing "กิจกรรม", "โครงการ", "title" … is the
 *    title column); a second header row under a band ("ระยะเวลาดำเนินงาน" over
 *    "ไตรมาสที่ ๑" … "ไตรมาสที่ ๔") is merged in; repeated headers (a table
 *    typed page by page) and total rows ("รวม …") are skipped, but checked: a subtotal
 *    ("รวมยุทธศาสตร์ที่ ๑", a "รวม" closing a group) against its group, a grand total
 *    ("รวมทั้งสิ้น", a last "รวม") against the plan, a stated count ("จำนวน ๙
 *    โครงการ/กิจกรรม") against the activities, a total written as text in another
 *    column ("จำนวนงบประมาณทั้งหมด ๑,๒๗๐,๐๐๐ บาท") as the stated total: each that
 *    disagrees is a warning naming its line;
 *  - the hierarchy from dotted numbers (1, 1.1, ๒.๓), a level column (a number
 *    1.. or a level name), rows such as "ยุทธศาสตร์ที่ ๑ …" / "กิจกรรมที่ ๓ …",
 *    or level columns to the left of the title (a "ยุทธศาสตร์" column whose
 *    cells are merged down over its activities);
 *  - budgets: 7,225  ๗,๒๒๕  7225.50  7,225 บาท  -  n/a  ไม่ใช้งบประมาณ and
 *    "ใช้งบประมาณร่วมกับกิจกรรมที่ ๑๒" / "…วงเงินเดียวกับกิจกรรมข้อ ๑๒" (shared);
 *    without a budget column, "(ใช้งบประมาณ ๗,๒๒๕ บาท)" in the title;
 *  - quarter (ไตรมาส ๑..๔, Q1..Q4) or month (ต.ค. … ก.ย.) columns: any mark
 *    schedules the period; "←" … "→" marks fill the periods between them;
 *  - indicators: several per cell (one a line, or "ตัวชี้วัด : … เป้าหมาย : …"),
 *    targets ("๔ ครั้ง", "ร้อยละ ๘๐", "ไม่น้อยกว่า ๓ เรื่อง", "80%");
 *  - responsible units (several per cell; "ทุกหน่วยงาน" = all units; in XLSX a unit
 *    cell merged down applies to each row it spans, and no other column is filled;
 *    activities without a unit among ones with a unit are named in a warning), the
 *    Common KPI column (any mark), a status column;
 *  - continuation rows (merged cells left empty in the number and title columns)
 *    add their text to the row above; so does a row with text only in the title
 *    (and objective) columns under a numbered activity (a long title typed on
 *    two rows); a group row repeated at the top of a page ("แนวทางการพัฒนาที่ ๑ …"
 *    again while it is open) continues that group.
 *
 * Refused (an error naming the line): no header (a row opening with an item number
 * is never the header; most of a header's cells must name columns), a negative
 * budget ("-500", "(500)"), a budget shared with an activity not in the table, a
 * dotted number whose parent is missing ("3.1" without "3"), two activities with
 * one number or a gap in the numbering (the numbers shown are the file's).
 *
 * Errors name the line (as the file counts them) and the column (A, B, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PRS_PLAN_BUDGET_NONE,   /* no budget (ไม่ใช้งบประมาณ, -, n/a, empty) */
  PRS_PLAN_BUDGET_AMOUNT, /* budget_satang */
  PRS_PLAN_BUDGET_SHARED, /* the same money as another activity (counted once) */
} PrsPlanBudgetKind;

typedef enum
{
  PRS_PLAN_DIRECTION_AT_LEAST,
  PRS_PLAN_DIRECTION_AT_MOST,
  PRS_PLAN_DIRECTION_EQUAL,
} PrsPlanDirection;

typedef struct
{
  char            *name;
  gboolean         has_target;
  gint64           target_hundredths;
  char            *unit;      /* the unit word: ครั้ง, ร้อยละ, คน … ("" if none) */
  PrsPlanDirection direction;
} PrsPlanTableIndicator;

typedef struct
{
  guint             line;       /* where the row starts in the file, 1-based */
  guint             depth;      /* 0 = top level */
  int               parent;     /* index of the parent item, -1 at the top */
  gboolean          is_group;   /* a strategy/tactic/... row, not an activity */
  char             *number;     /* the number as written, Arabic digits ("2.3", "12"), or "" */
  char             *level_name;/* the level word of a "ยุทธศาสตร์ที่ ๑" row, or NULL */
  char             *title;
  char             *objective;
  GPtrArray        *indicators; /* of PrsPlanTableIndicator */
  PrsPlanBudgetKind budget_kind;
  gint64            budget_satang;
  gboolean          budget_given; /* the row had budget text (non-leaf rows: a total) */
  char             *shared_ref;   /* SHARED: the number named ("12"), or NULL */
  int               shared_with;  /* SHARED: index of that item, -1 if not found */
  guint             months;       /* bit 0 = October … bit 11 = September */
  GPtrArray        *units;        /* responsible unit names (char *) */
  gboolean          all_units;
  gboolean          common_kpi;
  char             *status;       /* "done", "in_progress", "not_started", "cancelled" or NULL */
} PrsPlanTableItem;

typedef struct
{
  GPtrArray *items;        /* of PrsPlanTableItem, in document order (parents first) */
  GPtrArray *level_names;  /* a name per depth (char *) */
  gboolean   numbered_across; /* activities numbered through the whole plan */
  char      *title;        /* the first title row above the header, or NULL */
  guint      header_line;
  GPtrArray *warnings;     /* char *, each naming its line */
} PrsPlanTable;

/* @rows: GStrv rows as the CSV and XLSX readers give them; @lines: the file line
 * of each row (a GArray of guint), or NULL when row i is line i + 1 (XLSX). */
PrsPlanTable *prs_plan_table_parse   (GPtrArray  *rows,
                                      GArray     *lines,
                                      GError    **error);
/* Reads a .csv (UTF-8, Windows-874 or UTF-16 with a BOM) or .xlsx file. */
PrsPlanTable *prs_plan_table_read_file (const char *path,
                                        GError    **error);
void          prs_plan_table_free    (PrsPlanTable *table);

/* The Buddhist Era year written in the plan's title ("… ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ …",
 * "ปีงบประมาณ 2568"), or 0 when the title names none. */
int           prs_plan_table_title_year (PrsPlanTable *table);

/* Number of activities (leaf items that are not groups). */
guint         prs_plan_table_count_activities (PrsPlanTable *table);

/* Parses one budget cell. Returns FALSE (error names no place; the caller adds it)
 * for text that is none of the forms above. @shared_ref is set for SHARED. */
gboolean      prs_plan_parse_budget  (const char        *text,
                                      PrsPlanBudgetKind *kind,
                                      gint64            *satang,
                                      char             **shared_ref,
                                      GError           **error);

/* "A", "B", … "Z", "AA" … for a 0-based column. */
char         *prs_plan_column_letter (guint column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsPlanTable, prs_plan_table_free)

G_END_DECLS
