/* prs-agenda-item.c: a row of `agenda_items`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-agenda-item.h"
#include "prs-record-private.h"

struct _PrsAgendaItem
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsAgendaItem, prs_agenda_item, PRS_TYPE_RECORD)

enum { F_MEETING_ID, F_PARENT_ID, F_SORT_ORDER, F_NUMBER, F_KIND, F_TITLE, F_BODY, F_RESOLUTION };

static const PrsField fields[] = {
  { "meeting-id", "meeting_id", PRS_FIELD_INT, NULL },
  { "parent-id", "parent_id", PRS_FIELD_INT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "number", "number", PRS_FIELD_TEXT, NULL },
  { "kind", "kind", PRS_FIELD_INT, NULL },
  { "title", "title", PRS_FIELD_TEXT, NULL },
  { "body", "body", PRS_FIELD_TEXT, NULL },
  { "resolution", "resolution", PRS_FIELD_TEXT, NULL },
};

static void
prs_agenda_item_class_init (PrsAgendaItemClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "agenda_items", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_agenda_item_init (PrsAgendaItem *self)
{
}

gint64
prs_agenda_item_get_meeting_id (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_MEETING_ID);
}

gint64
prs_agenda_item_get_parent_id (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARENT_ID);
}

gint64
prs_agenda_item_get_sort_order (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_agenda_item_get_number (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NUMBER);
}

gint64
prs_agenda_item_get_kind (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_KIND);
}

const char *
prs_agenda_item_get_title (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TITLE);
}

const char *
prs_agenda_item_get_body (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_BODY);
}

const char *
prs_agenda_item_get_resolution (PrsAgendaItem *self)
{
  g_return_val_if_fail (PRS_IS_AGENDA_ITEM (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_RESOLUTION);
}
