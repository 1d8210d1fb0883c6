/* prs-ita-page-private.h: what the ITA page shares with its views
 *
 * The page (prs-ita-page.c) holds the state of one unit's year — the framework of the
 * year and the roll-up of its figures — and its four views read it from here:
 * results (prs-ita-results-view.c), entry (prs-ita-entry-view.c), charts
 * (prs-ita-charts-view.c) and the weak-item analysis (prs-ita-analysis-view.c).
 * Each view is made with its page and lives inside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-application.h"
#include "prs-ita-page.h"
#include "prs-ita-store.h"
#include "prs-section-page.h"

G_BEGIN_DECLS

#define PRS_ITA_STORE(page) (prs_section_page_get_store (PRS_SECTION_PAGE (page)))

PrsItaFramework *prs_ita_page_get_framework  (PrsItaPage      *self);
PrsItaRollup    *prs_ita_page_get_rollup     (PrsItaPage      *self);
gboolean         prs_ita_page_has_result     (PrsItaPage      *self);
/* Re-reads the roll-up after an edit, before the sheet reads its cells again. */
void             prs_ita_page_recompute      (PrsItaPage      *self);
char            *prs_ita_page_format_score   (PrsItaPage      *self,
                                              PrsScore         score);
char            *prs_ita_page_unit_name      (PrsItaPage      *self,
                                              gint64           unit_id);
/* The year's charts (PrsChart), in the screen's digits; empty without a result. */
GPtrArray       *prs_ita_page_build_charts   (PrsItaPage      *self);
/* Marks the analysis for a rebuild and rebuilds what is shown. */
void             prs_ita_page_analysis_changed (PrsItaPage    *self);

/* Shared pieces of the views. */
const char      *prs_ita_part_name           (PrsItaFramework *fw,
                                              const char      *part);
GtkWidget       *prs_ita_text_row            (const char      *title,
                                              const char      *subtitle);
void             prs_ita_row_add_suffix      (GtkWidget       *row,
                                              GtkWidget       *suffix);
GtkWidget       *prs_ita_score_label         (PrsItaPage      *page,
                                              gboolean         known,
                                              PrsScore         score,
                                              gboolean         weak);
/* A preferences group holding the "no result for this year" status. */
GtkWidget       *prs_ita_empty_group         (void);
void             prs_ita_clear_groups        (GtkWidget       *prefs_page,
                                              GPtrArray       *groups);
void             prs_ita_add_group           (GtkWidget       *prefs_page,
                                              GPtrArray       *groups,
                                              GtkWidget       *group);

/* The views. */
#define PRS_TYPE_ITA_RESULTS_VIEW (prs_ita_results_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaResultsView, prs_ita_results_view, PRS, ITA_RESULTS_VIEW, GtkWidget)
GtkWidget *prs_ita_results_view_new     (PrsItaPage        *page);
void       prs_ita_results_view_rebuild (PrsItaResultsView *self);
/* Opens the dialog that enters the published context of the unit's year. */
void       prs_ita_results_view_edit_context (PrsItaResultsView *self);

#define PRS_TYPE_ITA_ENTRY_VIEW (prs_ita_entry_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaEntryView, prs_ita_entry_view, PRS, ITA_ENTRY_VIEW, GtkWidget)
GtkWidget *prs_ita_entry_view_new       (PrsItaPage      *page);
/* Rebuilds the rows (another framework or year), or just redraws the figures. */
void       prs_ita_entry_view_reload    (PrsItaEntryView *self);
void       prs_ita_entry_view_refresh   (PrsItaEntryView *self);
PrsSheet  *prs_ita_entry_view_get_sheet (PrsItaEntryView *self);
int        prs_ita_entry_view_find_row  (PrsItaEntryView *self,
                                         const char      *code,
                                         const char      *part);

#define PRS_TYPE_ITA_CHARTS_VIEW (prs_ita_charts_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaChartsView, prs_ita_charts_view, PRS, ITA_CHARTS_VIEW, GtkWidget)
GtkWidget *prs_ita_charts_view_new      (PrsItaPage       *page);
void       prs_ita_charts_view_rebuild  (PrsItaChartsView *self);

#define PRS_TYPE_ITA_ANALYSIS_VIEW (prs_ita_analysis_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaAnalysisView, prs_ita_analysis_view, PRS, ITA_ANALYSIS_VIEW, GtkWidget)
GtkWidget *prs_ita_analysis_view_new     (PrsItaPage         *page);
void       prs_ita_analysis_view_rebuild (PrsItaAnalysisView *self);
/* Forgets the ticked items (another unit or year). */
void       prs_ita_analysis_view_reset   (PrsItaAnalysisView *self);

G_END_DECLS
