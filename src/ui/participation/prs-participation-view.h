/* prs-participation-view.h: the Participation section's layout (template
 * prs-participation-view.ui): an AdwViewStack with the grid ("grid": the staff
 * type filter, "not reached yet", the summary, participation.resolve and the
 * sheet) and the Common KPI table ("kpi"). The page fills and drives them; reach
 * them with gtk_widget_get_template_child (view, PRS_TYPE_PARTICIPATION_VIEW,
 * id) — ids stack, types, not_reached, summary, sheet, kpi_sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PRS_TYPE_PARTICIPATION_VIEW (prs_participation_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsParticipationView, prs_participation_view, PRS, PARTICIPATION_VIEW, GtkWidget)

GtkWidget *prs_participation_view_new (void);

G_END_DECLS
