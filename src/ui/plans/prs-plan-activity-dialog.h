/* prs-plan-activity-dialog.h: an activity's due date, indicators and responsible
 * units
 *
 * The due date (none for a group row, which shows no such row), picked in the
 * calendar popover the sheet uses. Indicators (several: name, target, unit word, direction; an indicator without a
 * target is qualitative), added, changed and removed; responsible units (several,
 * or all units). Save stores everything as ONE undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "prs-date.h"
#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLAN_ACTIVITY_DIALOG (prs_plan_activity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlanActivityDialog, prs_plan_activity_dialog, PRS, PLAN_ACTIVITY_DIALOG, GtkWindow)

GtkWidget *prs_plan_activity_dialog_new (GtkWindow *parent,
                                         PrsStore  *store,
                                         gint64     plan_id,
                                         gint64     node_id);

/* How the due date is written (the section's Thai-digits and date-style settings,
 * as the sheet shows it). */
void       prs_plan_activity_dialog_set_date_display (GtkWidget    *dialog,
                                                      gboolean      thai_digits,
                                                      PrsDateStyle  style);

/* For tests: the number of indicator rows; one indicator row's fields ("name",
 * "target", "unit", "direction" [a GtkDropDown], "remove" [a button]); add one;
 * the units' check buttons by name ("all" for all units); Save. */
guint      prs_plan_activity_dialog_n_indicators (GtkWidget  *dialog);
GtkWidget *prs_plan_activity_dialog_get_indicator_field (GtkWidget  *dialog,
                                                         guint       index,
                                                         const char *field);
void       prs_plan_activity_dialog_add_indicator (GtkWidget *dialog);
GtkWidget *prs_plan_activity_dialog_get_unit (GtkWidget  *dialog,
                                              const char *name);
/* The due date's widgets: "row" (an AdwActionRow), "value" (its label), "pick"
 * (the GtkMenuButton), "clear" (a button), "calendar" (the PrsDatePopover). */
GtkWidget *prs_plan_activity_dialog_get_due_widget (GtkWidget  *dialog,
                                                    const char *part);
gboolean   prs_plan_activity_dialog_save (GtkWidget  *dialog,
                                          GError    **error);

G_END_DECLS
