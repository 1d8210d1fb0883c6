/* prs-person.c: a row of `people`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-person.h"
#include "prs-record-private.h"

struct _PrsPerson
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsPerson, prs_person, PRS_TYPE_RECORD)

enum { F_PREFIX, F_FIRST_NAME, F_LAST_NAME, F_POSITION, F_UNIT_ID, F_STAFF_TYPE, F_ACTIVE };

static const PrsField fields[] = {
  { "prefix", "prefix", PRS_FIELD_TEXT, NULL },
  { "first-name", "first_name", PRS_FIELD_TEXT, NULL },
  { "last-name", "last_name", PRS_FIELD_TEXT, NULL },
  { "position", "position", PRS_FIELD_TEXT, NULL },
  { "unit-id", "unit_id", PRS_FIELD_INT, NULL },
  { "staff-type", "staff_type", PRS_FIELD_ENUM, prs_staff_type_get_type },
  { "active", "active", PRS_FIELD_BOOL, NULL },
};

static void
prs_person_class_init (PrsPersonClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "people", "first_name, last_name, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_person_init (PrsPerson *self)
{
}

const char *
prs_person_get_prefix (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_PREFIX);
}

const char *
prs_person_get_first_name (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_FIRST_NAME);
}

const char *
prs_person_get_last_name (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_LAST_NAME);
}

const char *
prs_person_get_position (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_POSITION);
}

gint64
prs_person_get_unit_id (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_UNIT_ID);
}

PrsStaffType
prs_person_get_staff_type (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return (PrsStaffType) prs_record_get_enum_at (PRS_RECORD (self), F_STAFF_TYPE);
}

gboolean
prs_person_get_active (PrsPerson *self)
{
  g_return_val_if_fail (PRS_IS_PERSON (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ACTIVE) != 0;
}
