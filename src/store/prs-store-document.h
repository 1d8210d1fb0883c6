/* prs-store-document.h: a workspace file handled as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's file is never written in place while it is open. Opening for writing
 * copies it (SQLite's backup API) to a private working copy in the application's
 * data folder; edits, undo and the WAL live there. prs_store_save() writes the
 * working copy back atomically: a temporary file in the same folder, fsync, rename
 * (or, where the folder is not writable, the backup API into the file itself).
 * Nothing is left beside the user's file but, while it is open for writing, a lock
 * note ".~lock.NAME#" (user, host, process, since) as office suites write; a second
 * opener gets the file read-only with a message naming who has it. A note whose
 * process is gone (same host) or that is older than PRS_DOCUMENT_STALE_HOURS is
 * stale and ignored. If the file changed on disk since it was opened, saving
 * refuses (PRS_STORE_ERROR_CHANGED_ON_DISK) so the user can save a copy instead.
 *
 * The working folder is $PRONGSAI_WORKING_DIR when set (tests), otherwise
 * g_get_user_data_dir()/prongsai/working.
 */
#pragma once

#include <sqlite3.h>
#include <glib.h>

#include "prs-store.h"

G_BEGIN_DECLS

#define PRS_DOCUMENT_STALE_HOURS PRS_STORE_STALE_LOCK_HOURS

typedef struct _PrsDocument PrsDocument;

/* The lock note's path for @path. */
char        *prs_document_lock_path        (const char   *path);

/* If another live session holds @path for writing, returns TRUE and a message
 * naming who (user, machine, since when) in @who. Our own process counts as not
 * "another" only when @ignore_own. */
gboolean     prs_document_in_use           (const char   *path,
                                            gboolean      ignore_own,
                                            char        **who);

/* Opens @path for writing as a document: the process' existing document for the
 * same file (shared, counted), or a new working copy and lock note. Returns NULL
 * without an error, and the reason in @in_use, when another session has it.
 * With @defer_copy the lock note is written but the file is copied only by
 * prs_document_ensure_copy(): opening then costs the same for any size. */
PrsDocument *prs_document_open             (const char   *path,
                                            gboolean      defer_copy,
                                            char        **in_use,
                                            GError      **error);
/* Makes the working copy if it is not made yet (from any thread; a second caller
 * waits for the first). */
gboolean     prs_document_ensure_copy      (PrsDocument  *doc,
                                            GError      **error);
/* TRUE once the working copy holds the file (until then, read the file itself). */
gboolean     prs_document_is_copied        (PrsDocument  *doc);
PrsDocument *prs_document_ref              (PrsDocument  *doc);
/* The process' document for @path if it has one (a new reference), else NULL. */
PrsDocument *prs_document_lookup           (const char   *path);
void         prs_document_unref            (PrsDocument  *doc);

const char  *prs_document_get_working_path (PrsDocument  *doc);
gboolean     prs_document_get_dirty        (PrsDocument  *doc);
void         prs_document_set_dirty        (PrsDocument  *doc);
/* Forgets unsaved changes: the working copy goes when the last store closes. */
void         prs_document_discard          (PrsDocument  *doc);

/* Writes the working copy (read through @db, a connection to it) back to the
 * user's file. Refuses if the file changed on disk since it was opened or saved. */
gboolean     prs_document_save             (PrsDocument  *doc,
                                            sqlite3      *db,
                                            GError      **error);

/* A private scratch copy of @path in the working folder (for reading an older
 * workspace that must be upgraded without writing the user's file). */
char        *prs_document_scratch_copy     (const char   *path,
                                            GError      **error);
void         prs_document_remove_copy      (const char   *copy);

G_END_DECLS
