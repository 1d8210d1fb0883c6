/* prs-welcome-page.h: the first run of a new workspace — name the agency, then the
 * next steps (import the staff list, start a plan, add a committee, import ITA results)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_WELCOME_PAGE (prs_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsWelcomePage, prs_welcome_page, PRS, WELCOME_PAGE, GtkWidget)

GtkWidget  *prs_welcome_page_new      (PrsStore       *store);
/* "agency" (name the agency) or "next" (the next steps). */
const char *prs_welcome_page_get_step (PrsWelcomePage *self);
void        prs_welcome_page_set_step (PrsWelcomePage *self,
                                       const char     *step);

G_END_DECLS
