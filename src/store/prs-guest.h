/* prs-guest.h: a row of `guests`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_GUEST (prs_guest_get_type ())
G_DECLARE_FINAL_TYPE (PrsGuest, prs_guest, PRS, GUEST, PrsRecord)

gint64 prs_guest_get_meeting_id (PrsGuest *self);
gint64 prs_guest_get_person_id (PrsGuest *self);
const char *prs_guest_get_name (PrsGuest *self);
const char *prs_guest_get_position (PrsGuest *self);
const char *prs_guest_get_unit_name (PrsGuest *self);
gint64 prs_guest_get_sort_order (PrsGuest *self);

G_END_DECLS
