/* prs-committee.c: a row of `committees`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-committee.h"
#include "prs-record-private.h"

struct _PrsCommittee
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsCommittee, prs_committee, PRS_TYPE_RECORD)

enum { F_KIND, F_NAME, F_ORDER_NUMBER, F_ORDER_DATE, F_TERM_START, F_TERM_END };

static const PrsField fields[] = {
  { "kind", "kind", PRS_FIELD_ENUM, prs_committee_kind_get_type },
  { "name", "name", PRS_FIELD_TEXT, NULL },
  { "order-number", "order_number", PRS_FIELD_TEXT, NULL },
  { "order-date", "order_date", PRS_FIELD_TEXT, NULL },
  { "term-start", "term_start", PRS_FIELD_TEXT, NULL },
  { "term-end", "term_end", PRS_FIELD_TEXT, NULL },
};

static void
prs_committee_class_init (PrsCommitteeClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "committees", "id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_committee_init (PrsCommittee *self)
{
}

PrsCommitteeKind
prs_committee_get_kind (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return (PrsCommitteeKind) prs_record_get_enum_at (PRS_RECORD (self), F_KIND);
}

const char *
prs_committee_get_name (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NAME);
}

const char *
prs_committee_get_order_number (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_ORDER_NUMBER);
}

const char *
prs_committee_get_order_date (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_ORDER_DATE);
}

const char *
prs_committee_get_term_start (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TERM_START);
}

const char *
prs_committee_get_term_end (PrsCommittee *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TERM_END);
}
