/* prs-unit.c: a row of `units`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-unit.h"
#include "prs-record-private.h"

struct _PrsUnit
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsUnit, prs_unit, PRS_TYPE_RECORD)

enum { F_PARENT_ID, F_NAME, F_ABBREVIATION, F_SORT_ORDER, F_IS_OWN_AGENCY };

static const PrsField fields[] = {
  { "parent-id", "parent_id", PRS_FIELD_INT, NULL },
  { "name", "name", PRS_FIELD_TEXT, NULL },
  { "abbreviation", "abbreviation", PRS_FIELD_TEXT, NULL },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "is-own-agency", "is_own_agency", PRS_FIELD_BOOL, NULL },
};

static void
prs_unit_class_init (PrsUnitClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "units", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_unit_init (PrsUnit *self)
{
}

gint64
prs_unit_get_parent_id (PrsUnit *self)
{
  g_return_val_if_fail (PRS_IS_UNIT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARENT_ID);
}

const char *
prs_unit_get_name (PrsUnit *self)
{
  g_return_val_if_fail (PRS_IS_UNIT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NAME);
}

const char *
prs_unit_get_abbreviation (PrsUnit *self)
{
  g_return_val_if_fail (PRS_IS_UNIT (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_ABBREVIATION);
}

gint64
prs_unit_get_sort_order (PrsUnit *self)
{
  g_return_val_if_fail (PRS_IS_UNIT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

gboolean
prs_unit_get_is_own_agency (PrsUnit *self)
{
  g_return_val_if_fail (PRS_IS_UNIT (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_IS_OWN_AGENCY) != 0;
}
