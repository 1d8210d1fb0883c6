/* prs-record-private.h: declaring a record class from a table of fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"
#include "prs-store-sql.h"

G_BEGIN_DECLS

typedef enum
{
  PRS_FIELD_INT,          /* gint64; NULL reads 0 (foreign keys) */
  PRS_FIELD_NULLABLE_INT, /* gint64; NULL reads -1 */
  PRS_FIELD_TEXT,         /* string; NULL stays NULL */
  PRS_FIELD_BOOL,         /* 0/1 */
  PRS_FIELD_ENUM,         /* GEnum whose nicks are the stored text */
} PrsFieldKind;

struct _PrsField
{
  const char   *property;  /* static string */
  const char   *column;
  PrsFieldKind  kind;
  GType       (*enum_type) (void);
};

void        prs_record_class_install_fields (PrsRecordClass *klass,
                                             const char     *table,
                                             const char     *order_by,
                                             const PrsField *fields,
                                             guint           n_fields);
gint64      prs_record_get_int_at           (PrsRecord      *self,
                                             guint           field);
const char *prs_record_get_text_at          (PrsRecord      *self,
                                             guint           field);
int         prs_record_get_enum_at          (PrsRecord      *self,
                                             guint           field);
/* Sets the fields from a row "id, col1, col2 …" starting at column 0. */
void        prs_record_set_from_row         (PrsRecord      *self,
                                             sqlite3_stmt   *stmt);
/* Creates a record of @type from such a row. */
PrsRecord  *prs_record_new_from_row         (GType           type,
                                             sqlite3_stmt   *stmt);
const char *prs_record_class_get_select_sql (PrsRecordClass *klass);

G_END_DECLS
