/* prs-plan-progress-dialog.h: an activity's progress in a reporting round
 *
 * A window for one activity of a plan: the round (6, 9 or 12 months); per indicator
 * the result; the status against plan (worked out from the targets and directions,
 * or chosen); the narrative; money spent; participants; and whether the round is
 * reported (frozen: read-only until unfrozen). Save stores it as ONE undo step.
 * Below, the events held for the activity (date or range, venue, online,
 * participants, cost), added and removed at once (one undo step each).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_PLAN_PROGRESS_DIALOG (prs_plan_progress_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrsPlanProgressDialog, prs_plan_progress_dialog, PRS, PLAN_PROGRESS_DIALOG, GtkWindow)

GtkWidget *prs_plan_progress_dialog_new  (GtkWindow *parent,
                                          PrsStore  *store,
                                          gint64     plan_id,
                                          gint64     node_id,
                                          int        round);

/* For tests and the page: the round shown; a named field ("result-0" …,
 * "narrative", "spent", "participants", "status", "round", "frozen", and the
 * "message" label and "save" button); Save. */
int        prs_plan_progress_dialog_get_round (GtkWidget *dialog);
GtkWidget *prs_plan_progress_dialog_get_field (GtkWidget  *dialog,
                                               const char *name);
/* Adds the event typed in the form ("event-date", "event-end", "event-venue",
 * "event-online", "event-people", "event-cost"): one undo step. */
gboolean   prs_plan_progress_dialog_add_event (GtkWidget  *dialog,
                                               GError    **error);
gboolean   prs_plan_progress_dialog_save (GtkWidget  *dialog,
                                          GError    **error);

G_END_DECLS
