/* prs-committee-dialog.h: a committee's members (linked to People or outside
 * persons), its allowance rates with their effective dates, the yearly allowances per
 * person; or one meeting's numbered attachments (เอกสารแนบ ๑ …, a linked file each).
 * Every change is one undo step at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_TYPE_COMMITTEE_DIALOG (prs_committee_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrsCommitteeDialog, prs_committee_dialog, PRS, COMMITTEE_DIALOG, AdwWindow)

/* The committee's members, rates and the yearly allowances of FISCAL_YEAR (BE). */
PrsCommitteeDialog *prs_committee_dialog_new             (GtkWindow *parent,
                                                          PrsStore  *store,
                                                          gint64     committee_id,
                                                          int        fiscal_year);
/* MEETING_ID's attachments. */
PrsCommitteeDialog *prs_committee_dialog_new_attachments (GtkWindow *parent,
                                                          PrsStore  *store,
                                                          gint64     meeting_id);

/* For tests and the keyboard: the same as the dialog's buttons. */
gboolean prs_committee_dialog_add_rate       (PrsCommitteeDialog *self,
                                              const char         *role_key,
                                              const char         *amount,
                                              const char         *date);
gboolean prs_committee_dialog_add_attachment (PrsCommitteeDialog *self,
                                              const char         *path,
                                              const char         *title);

G_END_DECLS
