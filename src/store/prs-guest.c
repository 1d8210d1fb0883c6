/* prs-guest.c: a row of `guests`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-guest.h"
#include "prs-record-private.h"

struct _PrsGuest
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsGuest, prs_guest, PRS_TYPE_RECORD)

enum { F_MEETING_ID, F_PERSON_ID, F_NAME, F_POSITION, F_UNIT_NAME, F_SORT_ORDER };

static const PrsField fields[] = {
  { "meeting-id", "meeting_id", PRS_FIELD_INT, NULL },
  { "person-id", "person_id", PRS_FIELD_INT, NULL },
  { "name", "name", PRS_FIELD_TEXT, NULL },
  { "position", "position", PRS_FIELD_TEXT, NULL },
  { "unit-name", "unit_name", PRS_FIELD_TEXT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
};

static void
prs_guest_class_init (PrsGuestClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "guests", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_guest_init (PrsGuest *self)
{
}

gint64
prs_guest_get_meeting_id (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_MEETING_ID);
}

gint64
prs_guest_get_person_id (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PERSON_ID);
}

const char *
prs_guest_get_name (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NAME);
}

const char *
prs_guest_get_position (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_POSITION);
}

const char *
prs_guest_get_unit_name (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_UNIT_NAME);
}

gint64
prs_guest_get_sort_order (PrsGuest *self)
{
  g_return_val_if_fail (PRS_IS_GUEST (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}
