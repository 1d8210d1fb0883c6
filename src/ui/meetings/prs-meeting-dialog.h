/* prs-meeting-dialog.h: recording a meeting — number and year, date, times, venue,
 * mode, the invited (ผู้เข้าร่วมประชุม), the agenda with its text, the meeting's
 * comments and resolutions, minute-takers and reviewer — saved as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_MEETING_DIALOG (prs_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrsMeetingDialog, prs_meeting_dialog, PRS, MEETING_DIALOG, AdwWindow)

/* MEETING_ID 0 records a new meeting of COMMITTEE_ID in YEAR_BE (next number, the six
 * standard agenda sections). */
PrsMeetingDialog *prs_meeting_dialog_new      (GtkWindow *parent,
                                               PrsStore  *store,
                                               gint64     committee_id,
                                               gint64     meeting_id,
                                               int        year_be);
/* Saves what the dialog shows; FALSE with the reason shown in the dialog. The id of
 * the meeting saved is then prs_meeting_dialog_get_meeting(). */
gboolean          prs_meeting_dialog_save     (PrsMeetingDialog *self);
gint64            prs_meeting_dialog_get_meeting (PrsMeetingDialog *self);

/* For tests and the keyboard: fill a field by name ("number", "date", "start", "end",
 * "venue", "guests", "takers", "reviewer") or agenda item INDEX's ("title", "body",
 * "comments", "resolution" with a prefix "agenda.N."). */
void              prs_meeting_dialog_set_text (PrsMeetingDialog *self,
                                               const char       *field,
                                               const char       *text);
/* Appends an agenda item numbered NUMBER; returns its index. */
guint             prs_meeting_dialog_add_item (PrsMeetingDialog *self,
                                               const char       *number,
                                               const char       *title);

G_END_DECLS
