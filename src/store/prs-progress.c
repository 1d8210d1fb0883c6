/* prs-progress.c: a row of `progress`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-progress.h"
#include "prs-record-private.h"

struct _PrsProgress
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsProgress, prs_progress, PRS_TYPE_RECORD)

enum { F_NODE_ID, F_ROUND, F_STATUS, F_NARRATIVE, F_SPENT_SATANG, F_PARTICIPANTS };

static const PrsField fields[] = {
  { "node-id", "node_id", PRS_FIELD_INT, NULL },
  { "round", "round", PRS_FIELD_INT, NULL },
  { "status", "status", PRS_FIELD_ENUM, prs_progress_status_get_type },
  { "narrative", "narrative", PRS_FIELD_TEXT, NULL },
  { "spent-satang", "spent_satang", PRS_FIELD_INT, NULL },
  { "participants", "participants", PRS_FIELD_NULLABLE_INT, NULL },
};

static void
prs_progress_class_init (PrsProgressClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "progress", "round, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_progress_init (PrsProgress *self)
{
}

gint64
prs_progress_get_node_id (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_NODE_ID);
}

gint64
prs_progress_get_round (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_ROUND);
}

PrsProgressStatus
prs_progress_get_status (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return (PrsProgressStatus) prs_record_get_enum_at (PRS_RECORD (self), F_STATUS);
}

const char *
prs_progress_get_narrative (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NARRATIVE);
}

gint64
prs_progress_get_spent_satang (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SPENT_SATANG);
}

gint64
prs_progress_get_participants (PrsProgress *self)
{
  g_return_val_if_fail (PRS_IS_PROGRESS (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_PARTICIPANTS);
}
