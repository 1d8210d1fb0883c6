/* prs-record.h: the base class of every row object (PrsUnit, PrsPerson, …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record is a snapshot of one row with a GObject property per column (the
 * column name with '-' for '_': "first-name"). The lists in prs-lists.h keep
 * their records up to date from PrsStore::changed, so binding to a property and
 * listening to notify works. Records are never written directly: change a row
 * with prs_record_update() (or prs_store_update()), which goes through the edit
 * API and then updates every record shown.
 *
 * Ids referring to no row read 0; nullable numbers (targets, results,
 * participants) read -1 when empty.
 */
#pragma once

#include "prs-store.h"
#include "prs-enums.h"

G_BEGIN_DECLS

#define PRS_TYPE_RECORD (prs_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (PrsRecord, prs_record, PRS, RECORD, GObject)

typedef struct _PrsField PrsField;

struct _PrsRecordClass
{
  GObjectClass    parent_class;

  /*< private >*/
  const char     *table;
  const char     *order_by;
  const PrsField *fields;
  guint           n_fields;
  char           *select_sql;
};

gint64       prs_record_get_id        (PrsRecord   *self);
const char  *prs_record_get_table     (PrsRecord   *self);
/* By column name, for code that does not know the type. */
gint64       prs_record_get_int       (PrsRecord   *self,
                                       const char  *column);
const char  *prs_record_get_text      (PrsRecord   *self,
                                       const char  *column);

/* Loads row @id of @type's table; NULL with PRS_STORE_ERROR_NOT_FOUND if absent. */
gpointer     prs_store_get_record     (PrsStore    *store,
                                       GType        type,
                                       gint64       id,
                                       GError     **error);
/* Re-reads the row; properties that changed notify. FALSE if the row is gone. */
gboolean     prs_record_reload        (PrsRecord   *self,
                                       PrsStore    *store,
                                       GError     **error);
/* prs_store_update() on this record's row. */
gboolean     prs_record_update        (PrsRecord   *self,
                                       PrsStore    *store,
                                       GError     **error,
                                       const char  *first_column,
                                       ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
