/* prs-store-private.h: internals shared by the store's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store.h"
#include "prs-store-sql.h"

G_BEGIN_DECLS

/* Schema migrations: prs_store_migrations[i] takes a workspace from user_version i
 * to i + 1. Never edit a step once released; append a new one. */
extern const char * const prs_store_migrations[PRS_STORE_SCHEMA_VERSION];

/* Tables in dependency order (parents first); the undo log covers all of them. */
extern const char * const prs_store_tables[];

/* Applies migrations [from, to) on an open connection, in one transaction, and
 * sets user_version and application_id. */
gboolean  prs_store_migrate_db          (sqlite3     *db,
                                         int          from,
                                         int          to,
                                         GError     **error);

/* The status an activity had in a round, as an SQL expression of the activity's
 * id and the round: the one written down for the round (entered with it, or kept
 * when the round was frozen); else, when a later round has one, the latest
 * written down before it (or not started); else its current status (the newest
 * word, as set on the sheet). Used by prs_store_load_plan() and by freezing. */
#define PRS_ROUND_STATUS_SQL(id, round) \
  "coalesce ((SELECT s.status FROM round_statuses s WHERE s.node_id = " id " AND s.round = " round ")," \
  "  CASE WHEN EXISTS (SELECT 1 FROM round_statuses s WHERE s.node_id = " id " AND s.round > " round ")" \
  "       THEN coalesce ((SELECT s.status FROM round_statuses s WHERE s.node_id = " id " AND s.round < " round \
  "                       ORDER BY s.round DESC LIMIT 1), 'not_started')" \
  "       ELSE (SELECT a2.status FROM activities a2 WHERE a2.id = " id ") END)"

/* Maps an SQLite result code to a PrsStoreError with a readable message. */
void      prs_store_set_error_from_db   (GError     **error,
                                         sqlite3     *db,
                                         int          rc,
                                         const char  *what);

/* After a loop over sqlite3_step(): TRUE when it ran to SQLITE_DONE, otherwise FALSE
 * with @error, so that a damaged page or an I/O error does not pass for "no more rows"
 * and give a short list. */
static inline gboolean
prs_store_step_done (PrsStore *self, int rc, GError **error)
{
  sqlite3 *db;

  if (rc == SQLITE_DONE)
    return TRUE;
  db = prs_store_get_db (self);
  prs_store_set_error_from_db (error, db, sqlite3_extended_errcode (db), NULL);
  return FALSE;
}

/* A cached prepared statement (reset, bindings cleared). Not for reentrant use. */
sqlite3_stmt *prs_store_cached          (PrsStore    *self,
                                         const char  *sql,
                                         GError     **error);

gboolean  prs_store_exec                (PrsStore    *self,
                                         const char  *sql,
                                         GError     **error);

/* For the generators: a transaction without undo log or per-row signals; afterwards
 * ::changed is emitted with id 0 for every table and the undo history is cleared. */
gboolean  prs_store_bulk_begin          (PrsStore    *self,
                                         GError     **error);
gboolean  prs_store_bulk_end            (PrsStore    *self,
                                         gboolean     commit,
                                         GError     **error);

/* prs_store_copy_plan() inside an edit the caller opened (plan revisions). */
gint64    prs_store_copy_plan_in_edit   (PrsStore    *self,
                                         gint64       plan_id,
                                         int          fiscal_year,
                                         GError     **error);

/* A small deterministic PRNG (splitmix64) so generators give the same file for
 * the same seed on every platform. */
typedef struct { guint64 state; } PrsRand;
static inline guint64
prs_rand_next (PrsRand *r)
{
  guint64 z = (r->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}
static inline guint
prs_rand_range (PrsRand *r, guint n) /* [0, n) */
{
  return n ? (guint) (prs_rand_next (r) % n) : 0;
}
static inline int
prs_rand_between (PrsRand *r, int lo, int hi) /* [lo, hi] */
{
  return lo + (int) prs_rand_range (r, (guint) (hi - lo + 1));
}

G_END_DECLS
