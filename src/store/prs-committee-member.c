/* prs-committee-member.c: a row of `committee_members`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-committee-member.h"
#include "prs-record-private.h"

struct _PrsCommitteeMember
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsCommitteeMember, prs_committee_member, PRS_TYPE_RECORD)

enum { F_COMMITTEE_ID, F_PERSON_ID, F_OUTSIDE_NAME, F_OUTSIDE_POSITION, F_ROLE, F_SORT_ORDER, F_TERM_START, F_TERM_END };

static const PrsField fields[] = {
  { "committee-id", "committee_id", PRS_FIELD_INT, NULL },
  { "person-id", "person_id", PRS_FIELD_INT, NULL },
  { "outside-name", "outside_name", PRS_FIELD_TEXT, NULL },
  { "outside-position", "outside_position", PRS_FIELD_TEXT, NULL },
  { "role", "role", PRS_FIELD_ENUM, prs_member_role_get_type },
  { "sort-order", "sort_order", PRS_FIELD_INT, NULL },
  { "term-start", "term_start", PRS_FIELD_TEXT, NULL },
  { "term-end", "term_end", PRS_FIELD_TEXT, NULL },
};

static void
prs_committee_member_class_init (PrsCommitteeMemberClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "committee_members", "sort_order, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_committee_member_init (PrsCommitteeMember *self)
{
}

gint64
prs_committee_member_get_committee_id (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_COMMITTEE_ID);
}

gint64
prs_committee_member_get_person_id (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PERSON_ID);
}

const char *
prs_committee_member_get_outside_name (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_OUTSIDE_NAME);
}

const char *
prs_committee_member_get_outside_position (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_OUTSIDE_POSITION);
}

PrsMemberRole
prs_committee_member_get_role (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return (PrsMemberRole) prs_record_get_enum_at (PRS_RECORD (self), F_ROLE);
}

gint64
prs_committee_member_get_sort_order (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SORT_ORDER);
}

const char *
prs_committee_member_get_term_start (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TERM_START);
}

const char *
prs_committee_member_get_term_end (PrsCommitteeMember *self)
{
  g_return_val_if_fail (PRS_IS_COMMITTEE_MEMBER (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_TERM_END);
}
