/* prs-people-view.h: the People & Units section's layout (template
 * prs-people-view.ui): the unit tree, its actions (people.unit-add, -rename,
 * -move, -merge), the staff list's search and filters, people.edit-person and
 * the sheet. The page fills and drives them; reach them with
 * gtk_widget_get_template_child (view, PRS_TYPE_PEOPLE_VIEW, "search") — ids
 * units_list, search, types, status, count, sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PRS_TYPE_PEOPLE_VIEW (prs_people_view_get_type ())
G_DECLARE_FINAL_TYPE (PrsPeopleView, prs_people_view, PRS, PEOPLE_VIEW, GtkWidget)

GtkWidget *prs_people_view_new (void);

G_END_DECLS
