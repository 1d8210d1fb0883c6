/* prs-meetings-page.h: the Meetings section — the attendance grid of a committee's
 * year (members × meetings), quorum and attendance rates, everyone-present, import of
 * an attendance list with a preview, recording a meeting, and the minutes, claim sheet
 * and yearly summary exports; a roster import when the workspace has no committee.
 * Built on the section scaffold (prs-section-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-section-page.h"
#include "prs-sheet.h"

G_BEGIN_DECLS

#define PRS_TYPE_MEETINGS_PAGE (prs_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (PrsMeetingsPage, prs_meetings_page, PRS, MEETINGS_PAGE, PrsSectionPage)

GtkWidget *prs_meetings_page_new            (PrsStore        *store);

/* The committee and year shown (the first committee and its newest year by default). */
void       prs_meetings_page_select         (PrsMeetingsPage *self,
                                             gint64           committee_id,
                                             int              year_be);
PrsSheet  *prs_meetings_page_get_sheet      (PrsMeetingsPage *self);
/* The meeting shown in sheet column COLUMN (0 = the role column), 0 if none. */
gint64     prs_meetings_page_get_meeting    (PrsMeetingsPage *self,
                                             guint            column);
/* Marks every member present at the meeting of the cursor's column (one undo step). */
gboolean   prs_meetings_page_mark_all_present (PrsMeetingsPage *self);

/* The sheet's rows: the members, then these computed rows. */
#define PRS_MEETINGS_PAGE_ROW_PRESENT_FROM_END 3 /* n_rows - 3: present */
#define PRS_MEETINGS_PAGE_ROW_QUORUM_FROM_END  2 /* n_rows - 2: quorum */
#define PRS_MEETINGS_PAGE_ROW_GUESTS_FROM_END  1 /* n_rows - 1: guests */

/* Opens the committee's window (members linked to People, allowance rates, the year's
 * allowances per person) or the selected meeting's attachments; NULL if there is none. */
GtkWindow *prs_meetings_page_open_committee   (PrsMeetingsPage *self);
GtkWindow *prs_meetings_page_open_attachments (PrsMeetingsPage *self);
/* Reads a roster and shows the import preview (an AdwMessageDialog with the responses
 * "cancel", "import" and, when names are only close to People, "import-close");
 * NULL if it could not be read. */
GtkWidget *prs_meetings_page_preview_roster   (PrsMeetingsPage *self,
                                               const char      *path);

G_END_DECLS
