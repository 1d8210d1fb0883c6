/* prs-store-participation-grid.h: the people × activities of a fiscal year, for
 * the participation grid
 *
 * One load reads every active person (with the bureau they count under), the
 * activities of the year's plans in plan order and who joined which as a bitset;
 * no object per cell, so 20,000 people × 60 activities is a few megabytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64        id;
  char         *name;        /* with the title, as lists print it */
  gint64        unit_id;     /* the bureau counted under (prs-store-people.h) */
  PrsStaffType  staff_type;
} PrsGridPerson;

typedef struct
{
  gint64    id;
  char     *number;          /* as the plan shows it */
  char     *title;
  gboolean  designated;      /* counts for the year's Common KPI */
  gboolean  headcount_only;
  guint     headcount;
} PrsGridActivity;

typedef struct
{
  gint64  id;
  char   *name;
  char   *abbreviation;
} PrsGridUnit;

typedef struct
{
  int        year;
  GPtrArray *units;        /* PrsGridUnit: bureaus in tree order that have people */
  GArray    *people;       /* PrsGridPerson, by unit (units' order) then name */
  GArray    *activities;   /* PrsGridActivity */
  guint64   *bits;         /* row-major, words_per_person words a person */
  guint      words_per_person;
} PrsParticipationGrid;

PrsParticipationGrid *prs_participation_grid_load (PrsStore             *store,
                                                   int                   year,
                                                   GError              **error);
void                  prs_participation_grid_free (PrsParticipationGrid *grid);
gboolean              prs_participation_grid_get  (PrsParticipationGrid *grid,
                                                   guint                 person,
                                                   guint                 activity);
void                  prs_participation_grid_put  (PrsParticipationGrid *grid,
                                                   guint                 person,
                                                   guint                 activity,
                                                   gboolean              joined);
/* Designated activities the person joined. */
guint                 prs_participation_grid_depth (PrsParticipationGrid *grid,
                                                    guint                 person);

/* Writes many cells as ONE undo step and updates @grid: cell i is
 * (@people[i], @activities[i]) set to @joined[i]. Head-count-only activities are
 * refused. */
gboolean              prs_participation_grid_set   (PrsParticipationGrid *grid,
                                                    PrsStore             *store,
                                                    guint                 n_cells,
                                                    const guint          *people,
                                                    const guint          *activities,
                                                    const gboolean       *joined,
                                                    GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsParticipationGrid, prs_participation_grid_free)

G_END_DECLS
