/* prs-allowance-rate.c: a row of `allowance_rates`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-allowance-rate.h"
#include "prs-record-private.h"

struct _PrsAllowanceRate
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsAllowanceRate, prs_allowance_rate, PRS_TYPE_RECORD)

enum { F_COMMITTEE_ID, F_ROLE, F_EFFECTIVE_DATE, F_AMOUNT_SATANG };

static const PrsField fields[] = {
  { "committee-id", "committee_id", PRS_FIELD_INT, NULL },
  { "role", "role", PRS_FIELD_ENUM, prs_member_role_get_type },
  { "effective-date", "effective_date", PRS_FIELD_TEXT, NULL },
  { "amount-satang", "amount_satang", PRS_FIELD_INT, NULL },
};

static void
prs_allowance_rate_class_init (PrsAllowanceRateClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "allowance_rates", "effective_date, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_allowance_rate_init (PrsAllowanceRate *self)
{
}

gint64
prs_allowance_rate_get_committee_id (PrsAllowanceRate *self)
{
  g_return_val_if_fail (PRS_IS_ALLOWANCE_RATE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_COMMITTEE_ID);
}

PrsMemberRole
prs_allowance_rate_get_role (PrsAllowanceRate *self)
{
  g_return_val_if_fail (PRS_IS_ALLOWANCE_RATE (self), 0);
  return (PrsMemberRole) prs_record_get_enum_at (PRS_RECORD (self), F_ROLE);
}

const char *
prs_allowance_rate_get_effective_date (PrsAllowanceRate *self)
{
  g_return_val_if_fail (PRS_IS_ALLOWANCE_RATE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_EFFECTIVE_DATE);
}

gint64
prs_allowance_rate_get_amount_satang (PrsAllowanceRate *self)
{
  g_return_val_if_fail (PRS_IS_ALLOWANCE_RATE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_AMOUNT_SATANG);
}
