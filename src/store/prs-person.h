/* prs-person.h: a row of `people`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_PERSON (prs_person_get_type ())
G_DECLARE_FINAL_TYPE (PrsPerson, prs_person, PRS, PERSON, PrsRecord)

const char *prs_person_get_prefix (PrsPerson *self);
const char *prs_person_get_first_name (PrsPerson *self);
const char *prs_person_get_last_name (PrsPerson *self);
const char *prs_person_get_position (PrsPerson *self);
gint64 prs_person_get_unit_id (PrsPerson *self);
PrsStaffType prs_person_get_staff_type (PrsPerson *self);
gboolean prs_person_get_active (PrsPerson *self);

G_END_DECLS
