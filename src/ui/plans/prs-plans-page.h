/* prs-plans-page.h: The Plans section: the annual action plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-section-page.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLANS_PAGE (prs_plans_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlansPage, prs_plans_page, PRS, PLANS_PAGE, PrsSectionPage)

GtkWidget *prs_plans_page_new (PrsStore *store);

/* For tests: the sheet (builds the page), the plan shown, show another plan. */
GtkWidget *prs_plans_page_get_sheet (PrsPlansPage *self);
gint64     prs_plans_page_get_plan  (PrsPlansPage *self);
/* What dropping row @from on row @to does (before it, after it when @after). */
gboolean   prs_plans_page_drop_row  (PrsPlansPage *self,
                                     guint         from,
                                     guint         to,
                                     gboolean      after,
                                     GError      **error);
/* The progress or details window the page opened last (NULL once closed). */
GtkWidget *prs_plans_page_get_last_dialog (PrsPlansPage *self);
void       prs_plans_page_set_plan  (PrsPlansPage *self,
                                     gint64        plan_id);

G_END_DECLS
