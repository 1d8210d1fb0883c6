/* prs-ita-page.h: the ITA section — results, entry sheet, charts, weak items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-store.h"
#include "prs-section-page.h"
#include "prs-sheet.h"

G_BEGIN_DECLS

#define PRS_TYPE_ITA_PAGE (prs_ita_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaPage, prs_ita_page, PRS, ITA_PAGE, PrsSectionPage)

GtkWidget *prs_ita_page_new        (PrsStore    *store);

/* The unit and year shown (the own agency and the newest year by default). */
gint64     prs_ita_page_get_unit   (PrsItaPage  *self);
int        prs_ita_page_get_year   (PrsItaPage  *self);
void       prs_ita_page_select     (PrsItaPage  *self,
                                    gint64       unit_id,
                                    int          year_be);

/* "results", "entry", "charts", "weak" */
void       prs_ita_page_set_view   (PrsItaPage  *self,
                                    const char  *name);
/* The view by the same name: its actions ("ita.group-issue" … on "weak"). */
GtkWidget *prs_ita_page_get_view   (PrsItaPage  *self,
                                    const char  *name);
PrsSheet  *prs_ita_page_get_sheet  (PrsItaPage  *self);
/* Row of the entry sheet holding @code and @part (-1 if none); the given figure is
 * column PRS_ITA_PAGE_COLUMN_GIVEN, the computed one PRS_ITA_PAGE_COLUMN_COMPUTED. */
int        prs_ita_page_find_row   (PrsItaPage  *self,
                                    const char  *code,
                                    const char  *part);
#define PRS_ITA_PAGE_COLUMN_TEXT     0
#define PRS_ITA_PAGE_COLUMN_GIVEN    1
#define PRS_ITA_PAGE_COLUMN_COMPUTED 2
#define PRS_ITA_PAGE_COLUMN_CHECK    3

/* Opens the dialog that starts a year of results for a unit (action "ita.start"); the
 * published-context dialog is action "ita.edit-context". */
void       prs_ita_page_start_result (PrsItaPage *self);

/* Opens presentation mode (what F5 does); returns the window. */
GtkWindow *prs_ita_page_present    (PrsItaPage  *self);

G_END_DECLS
