/* prs-meetings-page.h: The Meetings section: committees, their meetings and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-section-page.h"

G_BEGIN_DECLS

#define PRS_TYPE_MEETINGS_PAGE (prs_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsMeetingsPage, prs_meetings_page, PRS, MEETINGS_PAGE, PrsSectionPage)

GtkWidget *prs_meetings_page_new (PrsStore *store);

G_END_DECLS
