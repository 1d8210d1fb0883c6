/* prs-store-people.h: units, the staff list and the roster import
 *
 * Which unit a person counts under ("per unit" in the Common KPI and every
 * per-bureau table): the bureau-level ancestor of the person's unit, i.e. the
 * unit directly under the own agency (units.is_own_agency). People who sit in a
 * group or section below a bureau count under that bureau; people placed on the
 * own agency itself count under it. Without an own agency, the units at the top
 * of the tree are the bureaus. Units outside the own agency's subtree count as
 * themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

/* ---- staff types ------------------------------------------------------------ */

/* Reads a staff type as people write it: the store's enum names
 * ("civil_servant"), English words ("Civil servant", "government employee") and
 * Thai words (ข้าราชการ, พนักงานราชการ, พนักงานกองทุน, ลูกจ้างประจำ, ลูกจ้างชั่วคราว,
 * บุคคลภายนอก and common abbreviations). FALSE if it is none of them. */
gboolean  prs_staff_type_parse           (const char    *text,
                                          PrsStaffType  *type);
/* The Thai word for @type as documents print it (ข้าราชการ …). */
const char *prs_staff_type_thai          (PrsStaffType   type);
/* A comma-separated list of staff types into a bitmask of (1 << type);
 * FALSE with PRS_STORE_ERROR_INVALID naming the word it could not read. */
gboolean  prs_staff_types_parse_list     (const char    *text,
                                          guint         *mask,
                                          GError       **error);
/* The Common KPI's default: ข้าราชการ, พนักงานราชการ, พนักงานกองทุน, ลูกจ้างประจำ. */
#define PRS_STAFF_TYPES_KPI_DEFAULT \
  ((1u << PRS_STAFF_TYPE_CIVIL_SERVANT) | (1u << PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE) \
   | (1u << PRS_STAFF_TYPE_FUND_EMPLOYEE) | (1u << PRS_STAFF_TYPE_PERMANENT_EMPLOYEE))

/* ---- reading tables (CSV, XLSX, pasted text) ------------------------------- */

/* Rows of a CSV (UTF-8 or Windows-874, any delimiter) or XLSX file (first
 * sheet), Thai digits left as they are. @note gets "CSV, Windows-874, commas". */
GPtrArray *prs_table_read_file           (const char    *path,
                                          char         **note,
                                          GError       **error);
/* A header cell folded for loose matching: case-folded, without spaces, dashes,
 * dots, slashes, colons, brackets and stars. */
char      *prs_table_header_key          (const char    *cell);

/* ---- units ------------------------------------------------------------------ */

/* A unit by full name or abbreviation (spaces and case ignored); 0 with @error
 * unset when there is none, 0 with @error set when the units could not be read. */
gint64    prs_people_find_unit           (PrsStore      *store,
                                          const char    *name_or_abbreviation,
                                          GError       **error);
/* The own agency (units.is_own_agency = 1); 0 when none is set, -1 with @error set
 * when the units could not be read. */
gint64    prs_people_get_own_agency      (PrsStore      *store,
                                          GError       **error);

/* unit id -> bureau id (the rule at the top of this file), as a GHashTable of
 * gint64 * keys and values. */
GHashTable *prs_people_bureau_map        (PrsStore      *store,
                                          GError       **error);

/* Each one undo step. @parent_id 0: at the top of the tree. */
gint64    prs_people_add_unit            (PrsStore      *store,
                                          gint64         parent_id,
                                          const char    *name,
                                          const char    *abbreviation,
                                          GError       **error);
gboolean  prs_people_rename_unit         (PrsStore      *store,
                                          gint64         unit_id,
                                          const char    *name,
                                          const char    *abbreviation,
                                          GError       **error);
/* Refuses to move a unit under itself or one of its descendants. */
gboolean  prs_people_move_unit           (PrsStore      *store,
                                          gint64         unit_id,
                                          gint64         new_parent_id,
                                          GError       **error);
/* Moves everything of @from (people, sub-units, plan responsibilities, plans,
 * ITA results and measures) to @into and deletes @from. Refuses if both have
 * ITA results for the same year. */
gboolean  prs_people_merge_units         (PrsStore      *store,
                                          gint64         from,
                                          gint64         into,
                                          GError       **error);

/* ---- the staff list --------------------------------------------------------- */

typedef struct
{
  gint64        id;
  char         *prefix;
  char         *first_name;
  char         *last_name;
  char         *position;
  gint64        unit_id;
  char         *unit_name;
  char         *unit_abbreviation;
  PrsStaffType  staff_type;
  gboolean      active;
} PrsPersonRow;

typedef struct
{
  const char *search;     /* part of a name, titles ignored; NULL or "" for all */
  gint64      unit_id;    /* 0 for all; otherwise the unit and everything below it */
  guint       staff_types; /* bitmask of (1 << PrsStaffType); 0 for all */
  int         active;     /* -1 all, 0 inactive only, 1 active only */
} PrsPeopleFilter;

/* "นางสาวสุดารัตน์ แสงอรุณ": the prefix written against the name, as lists do. */
char      *prs_person_row_display_name   (const PrsPersonRow *row);

/* People in unit tree order, then by name. Free with g_ptr_array_unref(). */
GPtrArray *prs_people_list               (PrsStore              *store,
                                          const PrsPeopleFilter *filter,
                                          GError               **error);

/* Makes the search keys of the staff list ahead of the first search, at most
 * @budget people a call (the People page calls it while idle; a search makes
 * the rest itself). TRUE when every person has them. */
gboolean   prs_people_prepare_search     (PrsStore      *store,
                                          guint          budget);

/* "นางสาวสุดารัตน์ แสงอรุณ" for a person's id ("" if there is none); NULL with
 * @error set when it could not be read. */
char      *prs_people_get_display_name   (PrsStore      *store,
                                          gint64         person_id,
                                          GError       **error);

/* Leaving or coming back: the person keeps their history either way. */
gboolean  prs_people_set_active          (PrsStore      *store,
                                          gint64         person_id,
                                          gboolean       active,
                                          GError       **error);

/* Edits a person: title, first and last name, position, unit, staff type and
 * whether they still work here — one undo step. The first name must not be
 * empty (PRS_STORE_ERROR_INVALID); @unit_id 0 leaves them without a unit. */
gboolean  prs_people_update_person       (PrsStore      *store,
                                          gint64         person_id,
                                          const char    *prefix,
                                          const char    *first_name,
                                          const char    *last_name,
                                          const char    *position,
                                          gint64         unit_id,
                                          PrsStaffType   staff_type,
                                          gboolean       active,
                                          GError       **error);

/* ---- roster import ---------------------------------------------------------- */

typedef enum
{
  PRS_ROSTER_NEW,
  PRS_ROSTER_UPDATED,
  PRS_ROSTER_UNCHANGED,
  PRS_ROSTER_DUPLICATE,   /* the same row earlier in the file: skipped */
} PrsRosterChange;

typedef struct
{
  guint            line;        /* 1-based line (CSV) or row (XLSX) */
  char            *prefix;
  char            *first_name;
  char            *last_name;
  char            *position;
  char            *unit_text;   /* as written */
  char            *unit_abbreviation; /* for a new unit, if the file gives one */
  gint64           unit_id;     /* 0: a new unit (unit_text) */
  PrsStaffType     staff_type;
  gboolean         active;
  gint64           person_id;   /* the person updated, 0 for new rows */
  PrsRosterChange  change;
} PrsRosterRow;

typedef struct
{
  char      *path;
  char      *format_note;
  GPtrArray *rows;       /* PrsRosterRow */
  GPtrArray *new_units;  /* char *: units that will be created under the own agency */
  GPtrArray *errors;     /* char *: "Line 7: …"; nothing is written if any */
  guint      n_new;
  guint      n_updated;
  guint      n_unchanged;
  guint      n_duplicate;
  GPtrArray *warnings;   /* char *: things to check that do not stop the import */
} PrsRosterPreview;

PrsRosterPreview *prs_roster_preview      (PrsStore          *store,
                                           const char        *path,
                                           GError           **error);
/* The same from rows already read (first row anywhere in the first 20: the header). */
PrsRosterPreview *prs_roster_preview_rows (PrsStore          *store,
                                           GPtrArray         *rows,
                                           GError           **error);
/* Writes the preview in one transaction (one undo step). Refuses a preview with errors. */
gboolean          prs_roster_apply        (PrsStore          *store,
                                           PrsRosterPreview  *preview,
                                           GError           **error);
void              prs_roster_preview_free (PrsRosterPreview  *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsRosterPreview, prs_roster_preview_free)

G_END_DECLS
