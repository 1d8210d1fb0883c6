/* prs-people-page.h: The People & Units section: the agency’s bureaus and staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-section-page.h"

G_BEGIN_DECLS

#define PRS_TYPE_PEOPLE_PAGE (prs_people_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsPeoplePage, prs_people_page, PRS, PEOPLE_PAGE, PrsSectionPage)

GtkWidget *prs_people_page_new (PrsStore *store);

G_END_DECLS
