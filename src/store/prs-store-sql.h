/* prs-store-sql.h: the SQL level of the store — statements and raw SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For src/store/ and the store's own tests only. The layers above (charts,
 * export, ui, cli) read and edit through the typed functions of the feature
 * headers (prs-store-plans-tree.h, prs-store-meetings.h, prs-store-people.h,
 * prs-ita-store.h, …): SQL, sqlite3.h and statement handles never leave the store.
 */
#pragma once

#include <sqlite3.h>

#include "prs-store.h"

G_BEGIN_DECLS

typedef sqlite3_stmt PrsStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsStatement, sqlite3_finalize)

sqlite3      *prs_store_get_db                (PrsStore          *self);
/* TRUE when every committed write of this connection, raw SQL included, is told
 * through ::changed (the undo log's triggers see it); FALSE for a store opened
 * with PRS_STORE_OPEN_NO_UNDO, which signals only its own insert/update/delete. */
gboolean      prs_store_signals_every_write   (PrsStore          *self);
/* How many committed changes (commits, undos, redos) touched @table on this
 * connection, as told by ::changed; counted for every table of a commit before
 * the commit's first ::changed is emitted. Compare for equality only. */
guint         prs_store_get_table_generation  (PrsStore          *self,
                                               const char        *table);

/* Reading. The statement belongs to the caller (g_autoptr (PrsStatement)). */
PrsStatement *prs_store_prepare               (PrsStore          *self,
                                               const char        *sql,
                                               GError           **error);
/* The first column of the first row, or @default_value without a row. A failed
 * read also gives @default_value: where "none" and "unreadable" lead to different
 * writes or answers, use prs_store_query_int_checked. */
gint64        prs_store_query_int             (PrsStore          *self,
                                               const char        *sql,
                                               gint64             default_value);
/* As prs_store_query_int, but a failed read is FALSE with @error set (and @value
 * @default_value); without a row, TRUE and @default_value. */
gboolean      prs_store_query_int_checked     (PrsStore          *self,
                                               const char        *sql,
                                               gint64             default_value,
                                               gint64            *value,
                                               GError           **error);

/* Runs one statement with bound parameters (?1, ?2 … given as PRS_INT (…),
 * PRS_TEXT (…), …, PRS_VALUE_END) as one edit, or inside the current one, for
 * set-based edits such as "DELETE FROM participation WHERE node_id = ?1". */
gboolean      prs_store_execute               (PrsStore          *self,
                                               GError           **error,
                                               const char        *sql,
                                               ...);

G_END_DECLS
