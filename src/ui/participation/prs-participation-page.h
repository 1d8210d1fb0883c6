/* prs-participation-page.h: The Participation section: who took part in which activity, and the Common KPI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-section-page.h"

G_BEGIN_DECLS

#define PRS_TYPE_PARTICIPATION_PAGE (prs_participation_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsParticipationPage, prs_participation_page, PRS, PARTICIPATION_PAGE, PrsSectionPage)

GtkWidget *prs_participation_page_new (PrsStore *store);

/* Reads a sign-in list into the activity under the grid's cursor: shows the
 * preview dialog (returned, NULL if nothing could be read) where close names are
 * confirmed one by one. */
GtkWindow *prs_participation_page_import_file (PrsParticipationPage *self,
                                               GFile                *file);

G_END_DECLS
