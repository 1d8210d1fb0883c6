/* prs-store-kpi.h: the Common KPI of a fiscal year — its definition and report
 *
 * Counted: active people of the KPI's staff types, per bureau (the unit rule in
 * prs-store-people.h). Designated activities: those listed for the KPI
 * (kpi_activities) and every activity flagged Common KPI (activities.common_kpi)
 * in the plans of the fiscal year. Joined: a counted person with at least one
 * participation in a designated activity. Percent: joined / staff, rounded half
 * up to hundredths; score: the exact percentage on the rubric (prs-kpi.h).
 * Depth: how many designated activities each counted person joined.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"
#include "prs-kpi.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *name;            /* NULL keeps the name (a default for a new KPI) */
  PrsScore      thresholds[PRS_KPI_LEVELS]; /* level 1..5, hundredths */
  gboolean      lower_is_better;
  PrsKpiMethod  method;
  guint         staff_types;     /* bitmask of (1 << PrsStaffType); 0: the default four */
  const gint64 *activity_ids;    /* NULL: the activities flagged Common KPI */
  guint         n_activities;
} PrsKpiSettings;

/* Creates or replaces the KPI of @year (BE), one undo step. Returns its id or 0. */
gint64    prs_kpi_store_set        (PrsStore             *store,
                                    int                   year,
                                    const PrsKpiSettings *settings,
                                    GError              **error);
/* The staff types the KPI of @year counts (bitmask of 1 << PrsStaffType) into
 * @types; the default four without a KPI (and, with @error set, when unreadable). */
gboolean  prs_kpi_store_get_staff_types (PrsStore        *store,
                                         int              year,
                                         guint           *types,
                                         GError         **error);

/* The KPI of @year; 0 with @error unset when the year has none, 0 with @error
 * set when it could not be read. */
gint64    prs_kpi_store_find       (PrsStore             *store,
                                    int                   year,
                                    GError              **error);

typedef struct
{
  gint64   person_id;
  char    *name;          /* with the title, as lists print it */
  char    *position;
  gint64   unit_id;       /* the bureau counted under */
  guint    n_joined;      /* designated activities joined */
  guint8  *joined;        /* per designated activity (report->activities order): 0/1 */
} PrsKpiPerson;

typedef struct
{
  gint64     unit_id;
  char      *name;
  char      *abbreviation;
  guint      staff;
  guint      joined;
  PrsScore   percent;      /* hundredths of a per cent */
  PrsScore   score;        /* hundredths, 100..500 */
  guint     *depth;        /* [0 .. n_activities]: people who joined that many */
  GPtrArray *not_reached;  /* PrsKpiPerson * (borrowed from report->people) */
} PrsKpiUnitResult;

typedef struct
{
  gint64   id;
  char    *number;         /* as the plan shows it */
  char    *title;
  gint64   plan_id;
  gboolean headcount_only;
  guint    headcount;
  guint    joined;         /* counted staff who joined */
} PrsKpiActivity;

typedef struct
{
  int          year;
  gint64       kpi_id;      /* 0: no KPI defined for the year, defaults used */
  char        *name;
  PrsKpiRubric rubric;
  PrsScore     thresholds[PRS_KPI_LEVELS];
  guint        staff_types;
  GPtrArray   *activities;  /* PrsKpiActivity */
  guint        n_named;     /* activities with names (not head-count only) */
  GPtrArray   *units;       /* PrsKpiUnitResult, bureaus in tree order, staff > 0 */
  guint        staff;
  guint        joined;
  PrsScore     percent;
  PrsScore     score;
  guint       *depth;       /* [0 .. n_named] over all counted staff */
  GPtrArray   *people;      /* PrsKpiPerson, by unit then name */
} PrsKpiReport;

PrsKpiReport *prs_kpi_report_compute (PrsStore     *store,
                                      int           year,
                                      GError      **error);
void          prs_kpi_report_free    (PrsKpiReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsKpiReport, prs_kpi_report_free)

G_END_DECLS
