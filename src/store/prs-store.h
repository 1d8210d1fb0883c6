/* prs-store.h: one Prongsai workspace (an SQLite file) and its edit API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How to use the store
 * --------------------
 * Open:    store = prs_store_open (path, PRS_STORE_OPEN_CREATE, &error);
 *          Refuses files that are not workspaces or are damaged (and never writes
 *          to them); opens newer or write-protected workspaces read-only
 *          (prs_store_get_read_only(), prs_store_get_read_only_reason()).
 *
 * Read:    through the typed functions of the feature headers, which return plain
 *          structs and arrays (never statements or SQL):
 *            prs-store-people.h       units, the staff list and its filters
 *            prs-store-plans-tree.h   plans, their trees and roll-ups
 *            prs-store-meetings.h     committees, meetings, attendance
 *            prs-ita-store.h,
 *            prs-store-ita-reads.h    ITA results, figures and issues
 *            prs-store-kpi.h          the Common KPI definition and report
 *            prs-store-participation-grid.h, prs-store-participation-import.h
 *                                     participation marks and head counts
 *            prs-store-shell.h        years, the agency, names for the shell
 *          the participation matrix in prs-participation.h, or the report helpers
 *          below (prs_store_count_staff_by_unit_and_type(),
 *          prs_store_kpi_participation()). Raw SQL (prs-store-sql.h) is for the
 *          store's own files and its tests only.
 *          Long reads in a worker thread open their own PrsStore on the same path.
 *          Money is integer satang, scores integer hundredths, dates ISO text.
 *
 * Write:   ONLY through the edit API, which commits at once, records undo and
 *          emits ::changed:
 *            id = prs_store_insert (store, "people", &error,
 *                                   "first_name", PRS_TEXT ("สมชาย"),
 *                                   "unit_id", PRS_INT (unit), NULL);
 *            prs_store_update (store, "people", id, &error,
 *                              "position", PRS_TEXT ("นิติกร"), NULL);
 *            prs_store_delete (store, "people", id, &error);
 *          A single call is one undo step. Several calls become one step (one
 *          transaction, all or nothing) between
 *            prs_store_begin_edit (store, _("Delete activity 5"), &error);
 *            … inserts/updates/deletes …
 *            prs_store_end_edit (store, &error)   or   prs_store_cancel_edit (store);
 *          prs_store_undo() / prs_store_redo() replay a whole step.
 *
 * Signals: ::changed (table, id, kind) after every commit, undo and redo, once per
 *          touched row (cascades included); id 0 means "many rows of this table
 *          changed, reload". ::undo-changed when the undo/redo labels change.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* "PRS2" in the SQLite header: tells a workspace from any other SQLite file. */
#define PRS_STORE_APPLICATION_ID 0x50525332
/* The schema version this build writes (PRAGMA user_version). */
#define PRS_STORE_SCHEMA_VERSION 10
/* A lock note from another machine untouched this long is a crashed session's. */
#define PRS_STORE_STALE_LOCK_HOURS 12
/* File name extension of workspaces, without the dot. */
#define PRS_STORE_EXTENSION "prongsai"

#define PRS_STORE_ERROR (prs_store_error_quark ())

typedef enum
{
  PRS_STORE_ERROR_NOT_A_WORKSPACE,
  PRS_STORE_ERROR_CORRUPT,
  PRS_STORE_ERROR_NEWER_VERSION,
  PRS_STORE_ERROR_READ_ONLY,
  PRS_STORE_ERROR_BUSY,
  PRS_STORE_ERROR_DISK_FULL,
  PRS_STORE_ERROR_CONSTRAINT,
  PRS_STORE_ERROR_NOT_FOUND,
  PRS_STORE_ERROR_IO,
  PRS_STORE_ERROR_INVALID,
  PRS_STORE_ERROR_CHANGED_ON_DISK, /* saving would overwrite someone else's version */
  PRS_STORE_ERROR_IN_USE,          /* another session has the file open for changes */
} PrsStoreError;

GQuark prs_store_error_quark (void);

typedef enum
{
  PRS_STORE_OPEN_DEFAULT = 0,
  PRS_STORE_OPEN_CREATE = 1 << 0,    /* create the file if it does not exist */
  PRS_STORE_OPEN_READ_ONLY = 1 << 1, /* never write, even if we could */
  PRS_STORE_OPEN_NO_UNDO = 1 << 2,   /* bulk writers: no undo log, no per-row signals */
  /* For writing, but the file is copied into the working copy only at the first
   * edit or by prs_store_prepare_editing(): until then it is read in place, so
   * the open costs the same for any size. */
  PRS_STORE_OPEN_DEFER_COPY = 1 << 3,
} PrsStoreOpenFlags;

typedef enum
{
  PRS_STORE_CHANGE_INSERTED,
  PRS_STORE_CHANGE_UPDATED,
  PRS_STORE_CHANGE_DELETED,
} PrsStoreChange;

/* Typed values for the variadic edit calls: "column", PRS_INT (v), … NULL */
typedef enum
{
  PRS_VALUE_NULL = 1,
  PRS_VALUE_INT,   /* followed by a gint64 */
  PRS_VALUE_TEXT,  /* followed by a const char * (NULL stores NULL) */
  PRS_VALUE_FLOAT, /* followed by a double; avoid for money and scores */
  PRS_VALUE_ID,    /* followed by a gint64; 0 stores NULL (optional references) */
} PrsValueKind;

/* Ends the parameter list of prs_store_execute(). */
#define PRS_VALUE_END 0

#define PRS_INT(v)  PRS_VALUE_INT, ((gint64) (v))
#define PRS_BOOL(v) PRS_VALUE_INT, ((gint64) ((v) ? 1 : 0))
#define PRS_TEXT(s) PRS_VALUE_TEXT, ((const char *) (s))
#define PRS_NULL    PRS_VALUE_NULL
#define PRS_ID(v)   PRS_VALUE_ID, ((gint64) (v))

#define PRS_TYPE_STORE (prs_store_get_type ())
G_DECLARE_FINAL_TYPE (PrsStore, prs_store, PRS, STORE, GObject)

PrsStore     *prs_store_open                  (const char        *path,
                                               PrsStoreOpenFlags  flags,
                                               GError           **error);
const char   *prs_store_get_path              (PrsStore          *self);
gboolean      prs_store_get_read_only         (PrsStore          *self);
const char   *prs_store_get_read_only_reason  (PrsStore          *self);
int           prs_store_get_file_version      (PrsStore          *self);
/* Closing saves unsaved changes first (autosave on close); a failed save keeps
 * the working copy and logs where. */
void          prs_store_close                 (PrsStore          *self);

/* The workspace as a document (prs-store-document.h): a writable store works on a
 * private copy; prs_store_save() writes it back to the user's file atomically
 * (fsync, rename). Callers save when idle and on close; the CLI at the end of a
 * writing command. Errors: PRS_STORE_ERROR_CHANGED_ON_DISK when the file changed
 * since it was opened (offer "Save As": prs_store_backup_to()), DISK_FULL, IO. */
/* After a PRS_STORE_OPEN_DEFER_COPY open: makes the working copy in a worker
 * thread and switches to it when done (in the thread-default main context), so
 * that the first edit does not wait. Edits before that wait for the copy. */
void          prs_store_prepare_editing       (PrsStore          *self);
/* FALSE while a deferred open still reads the file in place. */
gboolean      prs_store_get_editing_prepared  (PrsStore          *self);
gboolean      prs_store_save                  (PrsStore          *self,
                                               GError           **error);
gboolean      prs_store_get_dirty             (PrsStore          *self);
/* Closes without saving and throws the unsaved changes away. */
void          prs_store_discard               (PrsStore          *self);
/* If another session holds @path for writing, a message naming who. */
gboolean      prs_store_file_in_use           (const char        *path,
                                               char             **who);

/* Reading: records and lists have typed functions in the feature headers. */
gint64        prs_store_count                 (PrsStore          *self,
                                               const char        *table);

/* Editing. */
gint64        prs_store_insert                (PrsStore          *self,
                                               const char        *table,
                                               GError           **error,
                                               const char        *first_column,
                                               ...) G_GNUC_NULL_TERMINATED;
gboolean      prs_store_update                (PrsStore          *self,
                                               const char        *table,
                                               gint64             id,
                                               GError           **error,
                                               const char        *first_column,
                                               ...) G_GNUC_NULL_TERMINATED;
gboolean      prs_store_update_valist         (PrsStore          *self,
                                               const char        *table,
                                               gint64             id,
                                               GError           **error,
                                               const char        *first_column,
                                               va_list            args);
gboolean      prs_store_delete                (PrsStore          *self,
                                               const char        *table,
                                               gint64             id,
                                               GError           **error);
gboolean      prs_store_begin_edit            (PrsStore          *self,
                                               const char        *label,
                                               GError           **error);
gboolean      prs_store_end_edit              (PrsStore          *self,
                                               GError           **error);
void          prs_store_cancel_edit           (PrsStore          *self);
gboolean      prs_store_in_edit               (PrsStore          *self);

gboolean      prs_store_can_undo              (PrsStore          *self);
gboolean      prs_store_can_redo              (PrsStore          *self);
const char   *prs_store_get_undo_label        (PrsStore          *self);
const char   *prs_store_get_redo_label        (PrsStore          *self);
gboolean      prs_store_undo                  (PrsStore          *self,
                                               GError           **error);
gboolean      prs_store_redo                  (PrsStore          *self,
                                               GError           **error);

/* Maintenance. */
gboolean      prs_store_backup_to             (PrsStore          *self,
                                               const char        *destination,
                                               GError           **error);
char         *prs_store_rolling_backup        (PrsStore          *self,
                                               const char        *directory,
                                               guint              keep_days,
                                               GError           **error);
/* Integrity (PRAGMA integrity_check, foreign_key_check) and consistency of the
 * data. Returns TRUE if nothing is wrong; otherwise fills @problems (strings). */
gboolean      prs_store_check                 (PrsStore          *self,
                                               GPtrArray        **problems,
                                               GError           **error);

/* The same in a worker thread with its own connection (prs-store-check.c): the
 * finish call returns the problems (empty when there are none). */
void          prs_store_check_async           (PrsStore           *self,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
GPtrArray    *prs_store_check_finish          (PrsStore           *self,
                                               GAsyncResult       *result,
                                               GError            **error);

/* Reports. */
typedef enum
{
  PRS_STAFF_TYPE_CIVIL_SERVANT,
  PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE,
  PRS_STAFF_TYPE_FUND_EMPLOYEE,
  PRS_STAFF_TYPE_PERMANENT_EMPLOYEE,
  PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE,
  PRS_STAFF_TYPE_EXTERNAL,
  PRS_STAFF_TYPE_N
} PrsStaffType;

const char   *prs_staff_type_to_string        (PrsStaffType       type);
gboolean      prs_staff_type_from_string      (const char        *str,
                                               PrsStaffType      *type);
const char   *prs_staff_type_get_label        (PrsStaffType       type); /* Thai via gettext */

typedef struct
{
  gint64  unit_id;
  char   *name;
  char   *abbreviation;
  guint   depth;                     /* 0 = the department itself */
  guint   counts[PRS_STAFF_TYPE_N];  /* active people only */
  guint   total;
} PrsStaffCount;

/* Every unit in tree order (parents before children, by sort order) with its active
 * staff counted by type. Free with g_ptr_array_unref(). */
GPtrArray    *prs_store_count_staff_by_unit_and_type (PrsStore *self,
                                                      GError  **error);

typedef struct
{
  gint64  unit_id;
  char   *name;
  char   *abbreviation;
  guint   counted;       /* active staff of the KPI's counted types */
  guint   participated;  /* of those, joined at least one counted activity */
} PrsUnitParticipation;

/* Per-bureau participation for a KPI definition (kpis.id): staff of the counted
 * types with at least one participation in a counted activity. Units whose staff
 * counted is 0 are left out. Free with g_ptr_array_unref(). */
GPtrArray    *prs_store_kpi_participation     (PrsStore          *self,
                                               gint64             kpi_id,
                                               GError           **error);

/* Plans. */

/* Next year's plan as a copy of @plan_id: a draft for @fiscal_year (BE) whose
 * parent version is @plan_id, with the levels, the tree, activity details
 * (status reset), responsible units and indicators (targets kept, results and
 * progress not copied). The year in the title is replaced. One undo step.
 * Returns the new plan's id, or 0. */
gint64        prs_store_copy_plan             (PrsStore          *self,
                                               gint64             plan_id,
                                               int                fiscal_year,
                                               GError           **error);

/* Generators (prs-demo.c, prs-generate.c), each one transaction. */
gboolean      prs_store_write_demo            (PrsStore          *self,
                                               GError           **error);

typedef struct
{
  guint   people;       /* 20000 */
  guint   units;        /* 40 */
  guint   activities;   /* 60 */
  guint   meetings;     /* 50 */
  guint   ita_years;    /* 10 */
  guint   ita_units;    /* 200 */
  guint   participation_per_person; /* mean activities per person, 30 */
  guint64 seed;
  /* Called every few thousand rows; return FALSE to stop (the transaction rolls back). */
  gboolean (*progress) (double fraction, gpointer user_data);
  gpointer user_data;
} PrsGenerateOptions;

void          prs_generate_options_init       (PrsGenerateOptions *options,
                                               guint               people);
gboolean      prs_store_generate              (PrsStore           *self,
                                               const PrsGenerateOptions *options,
                                               GError            **error);

/* Counts per entity for `info`: (table name, count) pairs, in schema order. */
GPtrArray    *prs_store_get_table_names       (PrsStore          *self);

G_END_DECLS
