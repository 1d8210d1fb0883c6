/* prs-agenda-item.h: a row of `agenda_items`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_AGENDA_ITEM (prs_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (PrsAgendaItem, prs_agenda_item, PRS, AGENDA_ITEM, PrsRecord)

gint64 prs_agenda_item_get_meeting_id (PrsAgendaItem *self);
gint64 prs_agenda_item_get_parent_id (PrsAgendaItem *self);
gint64 prs_agenda_item_get_sort_order (PrsAgendaItem *self);
const char *prs_agenda_item_get_number (PrsAgendaItem *self);
gint64 prs_agenda_item_get_kind (PrsAgendaItem *self);
const char *prs_agenda_item_get_title (PrsAgendaItem *self);
const char *prs_agenda_item_get_body (PrsAgendaItem *self);
const char *prs_agenda_item_get_resolution (PrsAgendaItem *self);

G_END_DECLS
