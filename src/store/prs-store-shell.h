/* prs-store-shell.h: typed reads and edits the window's shell needs — the unit
 * chooser's list, the own agency of a new workspace, whether a workspace is blank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   id;
  gint64   parent_id;      /* 0 at the top */
  char    *name;
  char    *abbreviation;   /* "" when none */
  gboolean is_own_agency;
} PrsUnitBrief;

void       prs_unit_brief_free           (PrsUnitBrief *unit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsUnitBrief, prs_unit_brief_free)

/* Every unit, the own agency first, then by sort order and name. Element type
 * PrsUnitBrief; NULL with @error set when the store cannot be read. */
GPtrArray *prs_store_list_units_brief    (PrsStore     *store,
                                          GError      **error);

/* The own agency's id; 0 when the workspace does not name one, -1 with @error set
 * when the units could not be read. */
gint64     prs_store_find_own_agency     (PrsStore     *store,
                                          GError      **error);

/* Names the own agency (the top unit every report is about): renames the unit marked
 * as the own agency, or adds one. One undo step. Returns the unit's id, 0 on error. */
gint64     prs_store_set_own_agency      (PrsStore     *store,
                                          const char   *name,
                                          const char   *abbreviation,
                                          GError      **error);

/* TRUE when the workspace holds nothing yet: no units, people, plans, committees,
 * meetings or ITA results — a first run. FALSE with @error set when that could not
 * be read. */
gboolean   prs_store_is_blank            (PrsStore     *store,
                                          GError      **error);

/* Fiscal years (Buddhist Era) that have plans, meetings or ITA results, ascending;
 * NULL with @error when they cannot be read. */
GArray    *prs_store_list_data_years     (PrsStore     *store,
                                          GError      **error);

/* Fiscal years (Buddhist Era) that have plans and, with @with_kpis, a Common KPI
 * definition; ascending. NULL with @error when they cannot be read. */
GArray    *prs_store_list_plan_years     (PrsStore     *store,
                                          gboolean      with_kpis,
                                          GError      **error);

/* The latest fiscal year with a Common KPI definition or an activity flagged for
 * it; 0 when there is none, -1 with @error set when it could not be read. */
int        prs_store_latest_kpi_year     (PrsStore     *store,
                                          GError      **error);

/* A person's name as lists print it (title, first name, last name); "" if none,
 * NULL with @error set when it could not be read. */
char      *prs_store_get_person_display_name (PrsStore *store,
                                              gint64    person_id,
                                              GError  **error);

G_END_DECLS
