/* prs-unit.h: a row of `units`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_UNIT (prs_unit_get_type ())
G_DECLARE_FINAL_TYPE (PrsUnit, prs_unit, PRS, UNIT, PrsRecord)

gint64 prs_unit_get_parent_id (PrsUnit *self);
const char *prs_unit_get_name (PrsUnit *self);
const char *prs_unit_get_abbreviation (PrsUnit *self);
gint64 prs_unit_get_sort_order (PrsUnit *self);
gboolean prs_unit_get_is_own_agency (PrsUnit *self);

G_END_DECLS
