/* prs-store.c: opening a workspace, the edit API, undo/redo, backup and check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo follows SQLite's documented technique: TEMP triggers on every table write
 * the inverse SQL of each row change into temp.prs_undo; an undo step is a range
 * of that log; undoing replays the range backwards in one transaction, and the
 * statements it runs log their own inverses, which become the redo step.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prs-store-private.h"
#include "prs-store-document.h"

typedef struct
{
  char   *label;
  gint64  first; /* seq range in temp.prs_undo */
  gint64  last;
} UndoStep;

struct _PrsStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  gboolean     read_only;
  char        *read_only_reason;
  int          file_version;
  gboolean     no_undo;
  gboolean     bulk;

  GHashTable  *columns;     /* table -> GPtrArray of column names */
  GHashTable  *generations; /* interned table name -> commits that changed it (guint) */
  GHashTable  *statements;  /* sql -> sqlite3_stmt */

  guint        edit_depth;
  char        *edit_label;
  gint64       edit_first;

  GArray      *undo_stack;  /* UndoStep */
  GArray      *redo_stack;

  PrsDocument *doc;         /* the working copy we edit (or read), or NULL */
  gboolean     deferred;    /* writable, but db still reads the user's file: the
                             * working copy is made at the first edit or by
                             * prs_store_prepare_editing() */
  GThread     *copy_thread; /* making the working copy (prs_store_prepare_editing) */
  GPtrArray   *retired;     /* connections replaced by the working copy's, with their
                             * statements (RetiredDb), closed when idle */
  char        *scratch;     /* a private upgraded copy for reading, or NULL */
  int          saved_changes; /* sqlite3_total_changes() at the last save */
  int          failed_changes; /* the same at the last failed save (reported to its
                                * caller: closing does not try and report it again
                                * unless there were changes since), or -1 */
};

G_DEFINE_TYPE (PrsStore, prs_store, G_TYPE_OBJECT)

enum { PROP_0, PROP_PATH, PROP_READ_ONLY, PROP_READ_ONLY_REASON, PROP_CAN_UNDO,
       PROP_CAN_REDO, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CHANGED, UNDO_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Above this many rows of one table in one commit, ::changed says "reload". */
#define MANY_ROWS 2000

G_DEFINE_QUARK (prs-store-error-quark, prs_store_error)

static void
undo_step_clear (gpointer data)
{
  UndoStep *step = data;
  g_free (step->label);
}

void
prs_store_set_error_from_db (GError **error, sqlite3 *db, int rc, const char *what)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int code;
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = PRS_STORE_ERROR_DISK_FULL;
      message = _("The disk is full. Free some space and try again; the last change was not saved.");
      break;
    case SQLITE_READONLY:
      code = PRS_STORE_ERROR_READ_ONLY;
      message = _("The workspace is read-only, so the change cannot be saved.");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = PRS_STORE_ERROR_BUSY;
      message = _("The workspace is busy in another window or program. Try again in a moment.");
      break;
    case SQLITE_CORRUPT:
      code = PRS_STORE_ERROR_CORRUPT;
      message = _("The workspace file is damaged. Open a backup copy instead.");
      break;
    case SQLITE_NOTADB:
      code = PRS_STORE_ERROR_NOT_A_WORKSPACE;
      message = _("This file is not a Prongsai workspace.");
      break;
    case SQLITE_CONSTRAINT:
      code = PRS_STORE_ERROR_CONSTRAINT;
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        message = _("This record is still used elsewhere, or refers to a record that does not exist.");
      else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        message = _("Such a record already exists.");
      else
        message = _("A required value is missing or not allowed.");
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      code = PRS_STORE_ERROR_IO;
      message = _("The workspace file could not be opened.");
      break;
    default:
      code = PRS_STORE_ERROR_IO;
      message = _("The workspace could not be read or written.");
      break;
    }

  if (what)
    g_set_error (error, PRS_STORE_ERROR, code, "%s (%s: %s)", message, what, detail);
  else
    g_set_error (error, PRS_STORE_ERROR, code, "%s (%s)", message, detail);
}

static gboolean
db_exec (sqlite3 *db, const char *sql, GError **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, db, sqlite3_extended_errcode (db), NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_store_exec (PrsStore *self, const char *sql, GError **error)
{
  return db_exec (self->db, sql, error);
}

static gint64
db_int (sqlite3 *db, const char *sql, gint64 fallback)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* TRUE if a table the migrations from @from to @to write, or a table referring to
 * one, has a row whose foreign key points nowhere. */
static gboolean
foreign_key_problems (sqlite3 *db, int from, int to)
{
  g_autoptr(GRegex) written = g_regex_new ("\\b(?:CREATE\\s+TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?|ALTER\\s+TABLE|"
                                           "INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE|"
                                           "DELETE\\s+FROM|DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?)\\s+"
                                           "[\"`]?(\\w+)",
                                           G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PrsStatement) tables = NULL;
  gboolean problems = FALSE;
  int rc;

  for (int v = from; v < to; v++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (written, prs_store_migrations[v], 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *table = g_match_info_fetch (match, 1);

          g_hash_table_add (touched, g_ascii_strdown (table, -1));
          g_match_info_next (match, NULL);
        }
    }
  /* Each table that was written or whose foreign keys name a written one. */
  if (sqlite3_prepare_v2 (db, "SELECT name, (SELECT group_concat (lower (\"table\"), ' ')"
                              " FROM pragma_foreign_key_list (name)) FROM sqlite_schema WHERE type = 'table'"
                              " AND name NOT LIKE 'sqlite_%'", -1, &tables, NULL) != SQLITE_OK)
    return TRUE;
  while (!problems && (rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      g_autofree char *name = g_ascii_strdown ((const char *) sqlite3_column_text (tables, 0), -1);
      const char *parents = (const char *) sqlite3_column_text (tables, 1);
      gboolean check = g_hash_table_contains (touched, name);
      g_auto(GStrv) parent_list = parents ? g_strsplit (parents, " ", -1) : NULL;

      for (guint i = 0; !check && parent_list && parent_list[i]; i++)
        check = g_hash_table_contains (touched, parent_list[i]);
      if (check)
        {
          char *sql = sqlite3_mprintf ("SELECT count(*) FROM pragma_foreign_key_check (%Q)",
                                       (const char *) sqlite3_column_text (tables, 0));

          problems = sql == NULL || db_int (db, sql, 1) != 0;
          sqlite3_free (sql);
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    problems = TRUE;
  return problems;
}

gboolean
prs_store_migrate_db (sqlite3 *db, int from, int to, GError **error)
{
  g_autofree char *tail = NULL;

  g_return_val_if_fail (from >= 0 && to <= PRS_STORE_SCHEMA_VERSION && from <= to, FALSE);

  if (!db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = from; v < to; v++)
    if (!db_exec (db, prs_store_migrations[v], error))
      goto fail;
  tail = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                          (int) PRS_STORE_APPLICATION_ID, to);
  if (!db_exec (db, tail, error))
    goto fail;
  /* Foreign keys are checked once for the whole migration, on the tables it
   * changed and the tables that refer to them: the rest cannot have changed, and a
   * check of every table costs a read of the whole file (issue 16). */
  if (foreign_key_problems (db, from, to))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT,
                   _("The workspace could not be updated to this version of Prongsai because its data is inconsistent."));
      goto fail;
    }
  return db_exec (db, "COMMIT", error);

fail:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* A connection replaced by the working copy's while statements prepared on it may
 * still be in the caller's hands: closed when the main loop is next idle, or at
 * the store's close. */
typedef struct
{
  sqlite3    *db;
  GHashTable *statements;
} RetiredDb;

static void
retired_db_free (gpointer data)
{
  RetiredDb *retired = data;

  g_hash_table_unref (retired->statements);
  sqlite3_close_v2 (retired->db);
  g_free (retired);
}

static void
prs_store_dispose (GObject *object)
{
  PrsStore *self = PRS_STORE (object);

  prs_store_close (self);
  G_OBJECT_CLASS (prs_store_parent_class)->dispose (object);
}

static void
prs_store_finalize (GObject *object)
{
  PrsStore *self = PRS_STORE (object);

  g_free (self->path);
  g_free (self->scratch);
  g_free (self->read_only_reason);
  g_free (self->edit_label);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->generations, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->retired, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_array_unref);
  g_clear_pointer (&self->redo_stack, g_array_unref);
  G_OBJECT_CLASS (prs_store_parent_class)->finalize (object);
}

static void
prs_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsStore *self = PRS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_READ_ONLY: g_value_set_boolean (value, self->read_only); break;
    case PROP_READ_ONLY_REASON: g_value_set_string (value, self->read_only_reason); break;
    case PROP_CAN_UNDO: g_value_set_boolean (value, prs_store_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, prs_store_can_redo (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_store_class_init (PrsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prs_store_dispose;
  object_class->finalize = prs_store_finalize;
  object_class->get_property = prs_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY_REASON] =
    g_param_spec_string ("read-only-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PrsStore::changed:
   * @table: the table's name
   * @id: the row's id, or 0 for "many rows changed: reload the table"
   * @kind: a #PrsStoreChange (as int)
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64, G_TYPE_INT);
  signals[UNDO_CHANGED] =
    g_signal_new ("undo-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
prs_store_init (PrsStore *self)
{
  self->generations = g_hash_table_new (g_str_hash, g_str_equal);
  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->retired = g_ptr_array_new_with_free_func (retired_db_free);
  self->failed_changes = -1;
  self->undo_stack = g_array_new (FALSE, TRUE, sizeof (UndoStep));
  g_array_set_clear_func (self->undo_stack, undo_step_clear);
  self->redo_stack = g_array_new (FALSE, TRUE, sizeof (UndoStep));
  g_array_set_clear_func (self->redo_stack, undo_step_clear);
}

/* ---- opening ------------------------------------------------------------ */

static const guint8 sqlite_magic[16] = "SQLite format 3";

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file's first bytes without SQLite, so that nothing is written to a
 * file we are going to refuse. */
static gboolean
inspect_header (const char *path, gboolean has_wal, GError **error)
{
  guint8 header[100];
  struct stat st;
  ssize_t n;
  int fd;
  guint32 page_size, page_count;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR,
                   saved == ENOENT ? PRS_STORE_ERROR_NOT_FOUND : PRS_STORE_ERROR_IO,
                   _("The file “%s” could not be opened: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_A_WORKSPACE,
                   _("“%s” is not a Prongsai workspace."), path);
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof header || memcmp (header, sqlite_magic, 16) != 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_A_WORKSPACE,
                   _("“%s” is not a Prongsai workspace."), path);
      return FALSE;
    }
  if (be32 (header + 68) != PRS_STORE_APPLICATION_ID)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_A_WORKSPACE,
                   _("“%s” is a database of another program, not a Prongsai workspace."), path);
      return FALSE;
    }

  /* A truncated file: fewer bytes than the header's page count says. Not judged
   * while a -wal file is pending: an interrupted checkpoint may have written the
   * header before the pages, and the WAL still completes the file. */
  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = be32 (header + 28);
  if (page_size < 512 || (page_size & (page_size - 1)) != 0
      || (!has_wal && be32 (header + 92) == be32 (header + 24)
          && (guint64) st.st_size < (guint64) page_count * page_size))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT,
                   _("The workspace “%s” is damaged (the file is incomplete). Open a backup copy instead."),
                   path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_columns (PrsStore *self, GError **error)
{
  for (guint i = 0; prs_store_tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')",
                                              prs_store_tables[i]);
      g_autoptr(PrsStatement) stmt = NULL;
      GPtrArray *cols = g_ptr_array_new_with_free_func (g_free);
      int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          g_ptr_array_unref (cols);
          prs_store_set_error_from_db (error, self->db, rc, NULL);
          return FALSE;
        }
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (cols, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      if (rc != SQLITE_DONE)
        {
          g_ptr_array_unref (cols);
          prs_store_set_error_from_db (error, self->db, sqlite3_extended_errcode (self->db), NULL);
          return FALSE;
        }
      g_hash_table_insert (self->columns, g_strdup (prs_store_tables[i]), cols);
    }
  return TRUE;
}

static void
drop_undo_triggers (PrsStore *self)
{
  for (guint i = 0; prs_store_tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER IF EXISTS temp.prs_undo_%s_i;"
                                              "DROP TRIGGER IF EXISTS temp.prs_undo_%s_u;"
                                              "DROP TRIGGER IF EXISTS temp.prs_undo_%s_d;",
                                              prs_store_tables[i], prs_store_tables[i],
                                              prs_store_tables[i]);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }
}

/* "name" with inner quotes doubled: an identifier SQL cannot misread. */
static char *
quote_ident (const char *name)
{
  GString *q = g_string_new ("\"");

  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (q, '"');
      g_string_append_c (q, *p);
    }
  g_string_append_c (q, '"');
  return g_string_free (q, FALSE);
}

/* 'text' with inner apostrophes doubled: an SQL string literal. */
static char *
quote_literal (const char *text)
{
  GString *q = g_string_new ("'");

  for (const char *p = text; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (q, '\'');
      g_string_append_c (q, *p);
    }
  g_string_append_c (q, '\'');
  return g_string_free (q, FALSE);
}

static gboolean
create_undo_triggers (PrsStore *self, sqlite3 *db, GError **error)
{
  if (!db_exec (db,
                "CREATE TEMP TABLE IF NOT EXISTS prs_undo (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL);"
                "CREATE TEMP TABLE IF NOT EXISTS prs_changes (tbl TEXT NOT NULL, row_id INTEGER NOT NULL,"
                "  kind TEXT NOT NULL);"
                /* emit_changes() looks up each changed row's first and last kind:
                 * without this, a 20,000-cell edit took seconds (n² scans). */
                "CREATE INDEX IF NOT EXISTS temp.prs_changes_row ON prs_changes (tbl, row_id);", error))
    return FALSE;

  for (guint i = 0; prs_store_tables[i]; i++)
    {
      const char *t = prs_store_tables[i];
      GPtrArray *cols = g_hash_table_lookup (self->columns, t);
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(GString) set = g_string_new (NULL);
      g_autoptr(GString) names = g_string_new ("id");
      g_autoptr(GString) values = g_string_new ("OLD.id");
      g_autofree char *qt = quote_ident (t);
      g_autofree char *lt = quote_literal (t);
      g_autofree char *lqt = quote_literal (qt);

      if (cols == NULL || cols->len == 0)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT,
                       _("The workspace has no table “%s”: its schema cannot be used."), t);
          return FALSE;
        }
      for (guint c = 0; c < cols->len; c++)
        {
          const char *col = cols->pdata[c];
          g_autofree char *qc = NULL;
          g_autofree char *lqc = NULL;
          g_autofree char *lset = NULL;

          if (g_str_equal (col, "id"))
            continue;
          /* Column names come from the file itself: quoted as identifiers, and
           * again as literals where they are written into the undo SQL. */
          qc = quote_ident (col);
          lset = g_strconcat (qc, "=", NULL);
          lqc = quote_literal (lset);
          g_string_append_printf (set, "%s%s || quote(OLD.%s)",
                                  set->len ? " || ',' || " : "", lqc, qc);
          g_string_append_printf (names, ",%s", qc);
          g_string_append_printf (values, " || ',' || quote(OLD.%s)", qc);
        }

      {
        g_autofree char *lnames = quote_literal (names->str);

        g_string_append_printf (sql,
          "CREATE TEMP TRIGGER prs_undo_%s_i AFTER INSERT ON main.%s BEGIN"
          "  INSERT INTO prs_undo (sql) VALUES ('DELETE FROM main.' || %s || ' WHERE id=' || NEW.id);"
          "  INSERT INTO prs_changes VALUES (%s, NEW.id, 'I');"
          " END;", t, qt, lqt, lt);
        if (set->len)
          g_string_append_printf (sql,
            "CREATE TEMP TRIGGER prs_undo_%s_u AFTER UPDATE ON main.%s BEGIN"
            "  INSERT INTO prs_undo (sql) VALUES ('UPDATE main.' || %s || ' SET ' || %s || ' WHERE id=' || OLD.id);"
            "  INSERT INTO prs_changes VALUES (%s, NEW.id, 'U');"
            " END;", t, qt, lqt, set->str, lt);
        g_string_append_printf (sql,
          "CREATE TEMP TRIGGER prs_undo_%s_d BEFORE DELETE ON main.%s BEGIN"
          "  INSERT INTO prs_undo (sql) VALUES ('INSERT INTO main.' || %s || ' (' || %s || ') VALUES (' || %s || ')');"
          "  INSERT INTO prs_changes VALUES (%s, OLD.id, 'D');"
          " END;", t, qt, lqt, lnames, values->str, lt);
      }

      if (!db_exec (db, sql->str, error))
        return FALSE;
    }
  return TRUE;
}

static void
set_read_only (PrsStore *self, const char *reason)
{
  self->read_only = TRUE;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
}

static sqlite3 *
open_db (const char *path, int flags, gboolean immutable, GError **error)
{
  sqlite3 *db = NULL;
  g_autofree char *uri = NULL;
  int rc;

  if (immutable)
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      uri = g_strdup_printf ("file:%s?immutable=1", escaped);
      flags |= SQLITE_OPEN_URI;
    }
  rc = sqlite3_open_v2 (uri ? uri : path, &db, flags | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, db, rc, path);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* Reads the schema version through SQLite, read-only; errors mean damage. */
static gboolean
probe_version (sqlite3 *db, const char *path, int *version, GError **error)
{
  g_autoptr(PrsStatement) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_schema)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rc = sqlite3_extended_errcode (db);
      if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT,
                     _("The workspace “%s” is damaged. Open a backup copy instead."), path);
      else
        prs_store_set_error_from_db (error, db, rc, path);
      return FALSE;
    }
  *version = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Opens @path and sets WAL; for working and scratch copies, which are ours alone. */
static sqlite3 *
open_private (const char *path, GError **error)
{
  sqlite3 *db = open_db (path, SQLITE_OPEN_READWRITE, FALSE, error);

  if (db && !db_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

static gboolean
open_existing (PrsStore *self, PrsStoreOpenFlags flags, GError **error)
{
  sqlite3 *probe;
  int version = 0;
  gboolean want_read_only = (flags & PRS_STORE_OPEN_READ_ONLY) != 0;
  gboolean writable = g_access (self->path, W_OK) == 0;
  g_autofree char *dir = g_path_get_dirname (self->path);
  gboolean dir_writable = g_access (dir, W_OK) == 0;
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *in_use = NULL;
  GStatBuf wal_stat;
  gboolean has_wal = g_stat (wal, &wal_stat) == 0 && wal_stat.st_size > 0;
  gboolean wal_exists = g_file_test (wal, G_FILE_TEST_EXISTS);

  if (!inspect_header (self->path, has_wal, error))
    return FALSE;

  /* Inspect through a read-only connection before anything may write. Without a
   * -wal file beside it the main file is the whole truth, so it is read as
   * immutable: SQLite then creates no -wal/-shm next to the user's file. With one
   * (an older Prongsai did not close), the companions exist already. */
  probe = open_db (self->path, SQLITE_OPEN_READONLY, !dir_writable || !wal_exists, error);
  if (!probe)
    return FALSE;
  /* No full-file scan here (issue 16): opening costs the same for any size;
   * SQLite reports damaged pages where it meets them, and prs_store_check() runs
   * the thorough check on demand or in the background. */
  if (!probe_version (probe, self->path, &version, error))
    {
      sqlite3_close_v2 (probe);
      return FALSE;
    }
  if (version < 0)
    {
      /* user_version is signed: a negative one is no version we ever wrote (found
       * by the workspace fuzzer). */
      sqlite3_close_v2 (probe);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT,
                   _("The workspace “%s” is damaged. Open a backup copy instead."), self->path);
      return FALSE;
    }
  self->file_version = version;

  if (version > PRS_STORE_SCHEMA_VERSION)
    set_read_only (self, _("This workspace was saved by a newer version of Prongsai. It is open "
                           "read-only; update Prongsai to change it."));
  else if (!writable)
    set_read_only (self, _("You do not have permission to change this file, so it is open read-only."));
  else if (want_read_only)
    set_read_only (self, _("The workspace is open read-only."));

  if (!self->read_only)
    {
      /* For writing: our private working copy, shared by the stores of this
       * process; another session's lock note makes it read-only. Deferred (the
       * application's window): the copy is made after the first paint or at the
       * first edit, and until then the file itself is read through the probe,
       * so that opening costs the same for any size (issue 16). Not for a file
       * that must be upgraded or completed from a -wal first. */
      gboolean defer = (flags & PRS_STORE_OPEN_DEFER_COPY) != 0
                       && version == PRS_STORE_SCHEMA_VERSION && !wal_exists;

      if (!defer)
        g_clear_pointer (&probe, sqlite3_close_v2);
      self->doc = prs_document_open (self->path, defer, &in_use, error);
      if (self->doc == NULL && in_use == NULL)
        {
          g_clear_pointer (&probe, sqlite3_close_v2);
          return FALSE;
        }
      if (self->doc && defer && !prs_document_is_copied (self->doc))
        {
          self->db = probe;
          self->deferred = TRUE;
          return TRUE;
        }
      g_clear_pointer (&probe, sqlite3_close_v2);
      if (self->doc)
        {
          self->db = open_private (prs_document_get_working_path (self->doc), error);
          if (!self->db)
            return FALSE;
          if (version < PRS_STORE_SCHEMA_VERSION)
            {
              /* Recheck: another store of this process may have migrated it. */
              version = (int) db_int (self->db, "PRAGMA user_version", version);
              if (version < PRS_STORE_SCHEMA_VERSION)
                {
                  if (!prs_store_migrate_db (self->db, version, PRS_STORE_SCHEMA_VERSION, error))
                    return FALSE;
                  prs_document_set_dirty (self->doc);
                }
            }
          self->saved_changes = sqlite3_total_changes (self->db);
          return TRUE;
        }
      set_read_only (self, in_use);
      probe = open_db (self->path, SQLITE_OPEN_READONLY, !dir_writable || !wal_exists, error);
      if (!probe)
        return FALSE;
    }

  if (version < PRS_STORE_SCHEMA_VERSION)
    {
      /* An older workspace read without writing (info, check, report): a private
       * copy is upgraded, the user's file stays as it is. */
      sqlite3_close_v2 (probe);
      self->scratch = prs_document_scratch_copy (self->path, error);
      if (!self->scratch)
        return FALSE;
      self->db = open_private (self->scratch, error);
      if (!self->db || !prs_store_migrate_db (self->db, version, PRS_STORE_SCHEMA_VERSION, error))
        return FALSE;
      sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
      return TRUE;
    }

  /* Read-only. This process edits the file? Then read its working copy, which
   * has the unsaved changes. */
  self->doc = prs_document_lookup (self->path);
  if (self->doc && !prs_document_is_copied (self->doc))
    /* Opened for writing here but not copied yet: the file itself is the truth. */
    g_clear_pointer (&self->doc, prs_document_unref);
  if (self->doc)
    {
      sqlite3_close_v2 (probe);
      self->db = open_db (prs_document_get_working_path (self->doc), SQLITE_OPEN_READWRITE, FALSE, error);
      if (!self->db)
        return FALSE;
      sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
      return TRUE;
    }
  if (wal_exists && dir_writable && writable)
    {
      /* The -wal of a session that did not close: a read-write connection with
       * query_only lets SQLite fold it in and tidy the companions on close; a
       * truly read-only one would leave them behind. */
      sqlite3_close_v2 (probe);
      probe = open_db (self->path, SQLITE_OPEN_READWRITE, FALSE, error);
      if (!probe)
        return FALSE;
    }
  self->db = probe;
  sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  return TRUE;
}

static gboolean check_writable (PrsStore *self, GError **error);

/* A new, empty workspace file (rollback journal: nothing beside it once closed). */
static gboolean
create_file (const char *path, GError **error)
{
  sqlite3 *db = open_db (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
                         FALSE, error);
  gboolean ok;

  if (!db)
    return FALSE;
  ok = db_exec (db, "PRAGMA synchronous = FULL", error)
       && prs_store_migrate_db (db, 0, PRS_STORE_SCHEMA_VERSION, error);
  if (sqlite3_close_v2 (db) != SQLITE_OK)
    ok = FALSE;
  return ok;
}

static void
remove_file_and_companions (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_unlink (p);
    }
}

PrsStore *
prs_store_open (const char *path, PrsStoreOpenFlags flags, GError **error)
{
  g_autoptr(PrsStore) self = NULL;
  gboolean created = FALSE;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PRS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->no_undo = (flags & PRS_STORE_OPEN_NO_UNDO) != 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!(flags & PRS_STORE_OPEN_CREATE) || (flags & PRS_STORE_OPEN_READ_ONLY))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                       _("The workspace “%s” does not exist."), path);
          return NULL;
        }
      if (!create_file (path, error))
        {
          /* Do not leave a half-made file behind. */
          remove_file_and_companions (path);
          return NULL;
        }
      created = TRUE;
    }
  ok = open_existing (self, flags, error)
       && db_exec (self->db, "PRAGMA foreign_keys = ON", error)
       && load_columns (self, error);
  if (ok && !self->read_only && !self->no_undo && !self->deferred
      && !create_undo_triggers (self, self->db, error))
    ok = FALSE;
  if (!ok)
    {
      /* Nothing of a refused open is saved (a failed upgrade leaves the file as
       * it was, not rewritten from the working copy). */
      self->read_only = TRUE;
      prs_store_close (self);
      if (created)
        remove_file_and_companions (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
prs_store_file_in_use (const char *path, char **who)
{
  return prs_document_in_use (path, FALSE, who);
}

gboolean
prs_store_get_dirty (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (self->doc == NULL || self->read_only || self->deferred)
    return FALSE;
  if (self->db && sqlite3_total_changes (self->db) != self->saved_changes)
    prs_document_set_dirty (self->doc);
  return prs_document_get_dirty (self->doc);
}

void
prs_store_discard (PrsStore *self)
{
  g_return_if_fail (PRS_IS_STORE (self));

  if (self->db)
    {
      g_hash_table_remove_all (self->statements);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (self->doc)
    prs_document_discard (self->doc);
  prs_store_close (self);
}

gboolean
prs_store_save (PrsStore *self, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (self->deferred && !self->read_only && self->db != NULL)
    return TRUE; /* not edited: the file is as it was */
  if (!check_writable (self, error))
    return FALSE;
  if (self->edit_depth > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY,
                           _("Finish the current change first."));
      return FALSE;
    }
  if (self->doc == NULL || !prs_store_get_dirty (self))
    return TRUE;
  if (!prs_document_save (self->doc, self->db, error))
    {
      self->failed_changes = sqlite3_total_changes (self->db);
      return FALSE;
    }
  self->saved_changes = sqlite3_total_changes (self->db);
  self->failed_changes = -1;
  return TRUE;
}

const char *
prs_store_get_path (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), NULL);
  return self->path;
}

gboolean
prs_store_get_read_only (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), TRUE);
  return self->read_only;
}

const char *
prs_store_get_read_only_reason (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), NULL);
  return self->read_only_reason;
}

int
prs_store_get_file_version (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), 0);
  return self->file_version;
}

sqlite3 *
prs_store_get_db (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), NULL);
  return self->db;
}

void
prs_store_close (PrsStore *self)
{
  g_return_if_fail (PRS_IS_STORE (self));

  if (self->db != NULL)
    {
      if (self->edit_depth > 0)
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          self->edit_depth = 0;
        }
      g_hash_table_remove_all (self->statements);
      if (!self->read_only)
        {
          g_autoptr(GError) error = NULL;

          /* Autosave on close, unless the last save failed and nothing changed
           * since: its caller was told; the working copy is kept (below). */
          gboolean retry = self->failed_changes != sqlite3_total_changes (self->db);

          sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
          if (retry && !prs_store_save (self, &error))
            g_message ("Could not save %s: %s", self->path, error->message);
        }
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_ptr_array_set_size (self->retired, 0);
  self->deferred = FALSE;
  /* The copy under way ends first: then the document (lock note, working copy)
   * goes with this store's reference. */
  if (self->copy_thread != NULL)
    g_thread_join (g_steal_pointer (&self->copy_thread));
  g_clear_pointer (&self->doc, prs_document_unref);
  if (self->scratch)
    {
      prs_document_remove_copy (self->scratch);
      g_clear_pointer (&self->scratch, g_free);
    }
}

/* ---- reading ------------------------------------------------------------ */

PrsStatement *
prs_store_prepare (PrsStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (self) && self->db, NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, self->db, rc, NULL);
      return NULL;
    }
  return stmt;
}

sqlite3_stmt *
prs_store_cached (PrsStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, self->db, rc, NULL);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gint64
prs_store_query_int (PrsStore *self, const char *sql, gint64 default_value)
{
  g_return_val_if_fail (PRS_IS_STORE (self) && self->db, default_value);
  return db_int (self->db, sql, default_value);
}

gboolean
prs_store_query_int_checked (PrsStore *self, const char *sql, gint64 default_value, gint64 *value, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  *value = default_value;
  g_return_val_if_fail (PRS_IS_STORE (self) && self->db, FALSE);
  stmt = prs_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  return prs_store_step_done (self, rc, error);
}

gint64
prs_store_count (PrsStore *self, const char *table)
{
  g_autofree char *sql = NULL;

  if (!g_hash_table_contains (self->columns, table))
    return -1;
  sql = g_strdup_printf ("SELECT count(*) FROM main.\"%s\"", table);
  return db_int (self->db, sql, -1);
}

GPtrArray *
prs_store_get_table_names (PrsStore *self)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; prs_store_tables[i]; i++)
    g_ptr_array_add (names, (gpointer) prs_store_tables[i]);
  return names;
}

/* ---- editing ------------------------------------------------------------ */

static gboolean
close_retired_idle (gpointer data)
{
  g_autoptr(PrsStore) self = g_weak_ref_get (data);

  if (self != NULL && self->edit_depth == 0)
    g_ptr_array_set_size (self->retired, 0);
  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* A deferred open becomes an ordinary one: the working copy is made (or was made
 * in the background), a connection to it with the undo log replaces the one to
 * the user's file. */
static gboolean
finish_deferred_open (PrsStore *self, GError **error)
{
  sqlite3 *db;
  RetiredDb *retired;
  GWeakRef *ref;

  if (!self->deferred)
    return TRUE;
  if (!prs_document_ensure_copy (self->doc, error))
    return FALSE;
  db = open_private (prs_document_get_working_path (self->doc), error);
  if (db == NULL)
    return FALSE;
  if (!db_exec (db, "PRAGMA foreign_keys = ON", error)
      || (!self->no_undo && !create_undo_triggers (self, db, error)))
    {
      sqlite3_close_v2 (db);
      return FALSE;
    }

  retired = g_new0 (RetiredDb, 1);
  retired->db = self->db;
  retired->statements = self->statements;
  g_ptr_array_add (self->retired, retired);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->db = db;
  self->deferred = FALSE;
  self->saved_changes = sqlite3_total_changes (self->db);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_retired_idle, ref, weak_ref_free);
  return TRUE;
}

/* The background copy of prs_store_prepare_editing(): a thread of the store's own,
 * joined by prs_store_close(), so that the lock note and the working copy go with
 * the store (a pool task holding a reference would outlive a closing window). */
typedef struct
{
  PrsDocument  *doc;     /* until the copy is made */
  GWeakRef      store;
  GMainContext *context; /* where the store lives */
} CopyJob;

static void
copy_job_free (gpointer data)
{
  CopyJob *job = data;

  g_weak_ref_clear (&job->store);
  g_main_context_unref (job->context);
  g_free (job);
}

static gboolean
copy_done (gpointer data)
{
  CopyJob *job = data;
  g_autoptr(PrsStore) self = g_weak_ref_get (&job->store);

  if (self == NULL || self->copy_thread == NULL)
    return G_SOURCE_REMOVE; /* closed (and joined) meanwhile */
  g_thread_join (g_steal_pointer (&self->copy_thread));
  /* A failure is reported by the first edit, which tries again. */
  if (self->deferred && self->db != NULL && self->edit_depth == 0)
    finish_deferred_open (self, NULL);
  return G_SOURCE_REMOVE;
}

static gpointer
copy_thread (gpointer data)
{
  CopyJob *job = data;

  prs_document_ensure_copy (job->doc, NULL);
  g_clear_pointer (&job->doc, prs_document_unref);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, copy_done, job, copy_job_free);
  return NULL;
}

void
prs_store_prepare_editing (PrsStore *self)
{
  CopyJob *job;

  g_return_if_fail (PRS_IS_STORE (self));

  if (!self->deferred || self->doc == NULL || self->copy_thread != NULL)
    return;
  job = g_new0 (CopyJob, 1);
  job->doc = prs_document_ref (self->doc);
  g_weak_ref_init (&job->store, self);
  job->context = g_main_context_ref_thread_default ();
  self->copy_thread = g_thread_new ("prs-working-copy", copy_thread, job);
}

gboolean
prs_store_get_editing_prepared (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  return !self->deferred;
}

static gboolean
check_writable (PrsStore *self, GError **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY,
                           self->read_only_reason ? self->read_only_reason
                                                  : _("The workspace is open read-only."));
      return FALSE;
    }
  if (self->db == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                           _("The workspace is closed."));
      return FALSE;
    }
  return finish_deferred_open (self, error);
}

static gboolean
valid_column (PrsStore *self, const char *table, const char *column, GError **error)
{
  GPtrArray *cols = g_hash_table_lookup (self->columns, table);

  if (cols == NULL)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   "No table “%s” in the workspace", table);
      return FALSE;
    }
  if (column == NULL)
    return TRUE;
  for (guint i = 0; i < cols->len; i++)
    if (g_str_equal (cols->pdata[i], column))
      return TRUE;
  g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
               "No column “%s” in table “%s”", column, table);
  return FALSE;
}

static gint64
undo_log_max (PrsStore *self)
{
  if (self->no_undo)
    return 0;
  return db_int (self->db, "SELECT ifnull (max (seq), 0) FROM temp.prs_undo", 0);
}

gboolean
prs_store_begin_edit (PrsStore *self, const char *label, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (self->edit_depth++ > 0)
    return TRUE;
  if (!db_exec (self->db, "BEGIN IMMEDIATE", error))
    {
      self->edit_depth = 0;
      return FALSE;
    }
  g_free (self->edit_label);
  self->edit_label = g_strdup (label ? label : _("Change"));
  self->edit_first = undo_log_max (self) + 1;
  return TRUE;
}

gboolean
prs_store_in_edit (PrsStore *self)
{
  return self->edit_depth > 0;
}

gboolean
prs_store_signals_every_write (PrsStore *self)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  return !self->no_undo;
}

/* Counted before any ::changed of a commit is emitted, so that a handler of one
 * table's change already sees every table of the commit as moved. */
static void
bump_generation (PrsStore *self, const char *table)
{
  const char *key = g_intern_string (table);

  g_hash_table_insert (self->generations, (gpointer) key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->generations, key)) + 1));
}

guint
prs_store_get_table_generation (PrsStore *self, const char *table)
{
  g_return_val_if_fail (PRS_IS_STORE (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->generations, g_intern_string (table)));
}

typedef struct
{
  const char *table; /* interned */
  gint64      id;
  int         kind;
} Change;

/* Reads and clears temp.prs_changes, then emits ::changed. */
static void
emit_changes (PrsStore *self)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GHashTable) per_table = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  if (self->no_undo)
    return;
  /* One pass, grouped through an index (the temp table has none): the first and
   * last kinds come from the rows holding min/max rowid. Linear in the rows
   * changed (issue 14, defect 3). */
  stmt = prs_store_cached (self,
    "SELECT c.tbl, c.row_id, f.kind, l.kind FROM"
    " (SELECT tbl, row_id, min (rowid) AS lo, max (rowid) AS hi FROM temp.prs_changes"
    "  GROUP BY tbl, row_id) c"
    " JOIN temp.prs_changes f ON f.rowid = c.lo"
    " JOIN temp.prs_changes l ON l.rowid = c.hi"
    " ORDER BY c.lo", NULL);
  if (stmt == NULL)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Change c;
      const char *first = (const char *) sqlite3_column_text (stmt, 2);
      const char *last = (const char *) sqlite3_column_text (stmt, 3);

      c.table = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      c.id = sqlite3_column_int64 (stmt, 1);
      if (last[0] == 'D')
        {
          if (first[0] == 'I')
            continue;
          c.kind = PRS_STORE_CHANGE_DELETED;
        }
      else if (first[0] == 'I')
        c.kind = PRS_STORE_CHANGE_INSERTED;
      else
        c.kind = PRS_STORE_CHANGE_UPDATED;
      g_array_append_val (changes, c);
      g_hash_table_insert (per_table, (gpointer) c.table,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_table, c.table)) + 1));
    }
  sqlite3_reset (stmt);
  sqlite3_exec (self->db, "DELETE FROM temp.prs_changes", NULL, NULL, NULL);

  {
    GHashTableIter iter;
    gpointer table;

    g_hash_table_iter_init (&iter, per_table);
    while (g_hash_table_iter_next (&iter, &table, NULL))
      bump_generation (self, table);
  }
  g_object_ref (self);
  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_table, c->table));

      if (n > MANY_ROWS)
        {
          if (n != G_MAXUINT)
            {
              g_signal_emit (self, signals[CHANGED], g_quark_from_string (c->table),
                             c->table, (gint64) 0, (int) PRS_STORE_CHANGE_UPDATED);
              g_hash_table_insert (per_table, (gpointer) c->table, GUINT_TO_POINTER (G_MAXUINT));
            }
          continue;
        }
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (c->table),
                     c->table, c->id, c->kind);
    }
  g_object_unref (self);
}

static void
notify_undo (PrsStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[UNDO_CHANGED], 0);
}

static gboolean
delete_log_range (PrsStore *self, gint64 first, gint64 last, GError **error)
{
  sqlite3_stmt *stmt = prs_store_cached (self, "DELETE FROM temp.prs_undo WHERE seq BETWEEN ?1 AND ?2",
                                         error);
  int rc;

  if (!stmt)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, last);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, self->db, rc, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_store_end_edit (PrsStore *self, GError **error)
{
  gint64 last;
  gboolean changed_history = FALSE;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->edit_depth > 0, FALSE);

  if (--self->edit_depth > 0)
    return TRUE;

  last = undo_log_max (self);
  if (!self->no_undo && last >= self->edit_first && self->redo_stack->len > 0)
    {
      /* A new change forgets what could be redone. */
      for (guint i = 0; i < self->redo_stack->len; i++)
        {
          UndoStep *step = &g_array_index (self->redo_stack, UndoStep, i);
          if (!delete_log_range (self, step->first, step->last, error))
            goto fail;
        }
    }

  if (!db_exec (self->db, "COMMIT", error))
    goto fail;

  if (!self->no_undo && last >= self->edit_first)
    {
      UndoStep step = { g_steal_pointer (&self->edit_label), self->edit_first, last };
      g_array_set_size (self->redo_stack, 0);
      g_array_append_val (self->undo_stack, step);
      changed_history = TRUE;
    }
  emit_changes (self);
  if (changed_history)
    notify_undo (self);
  return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (self->db, "DELETE FROM temp.prs_changes", NULL, NULL, NULL);
  return FALSE;
}

void
prs_store_cancel_edit (PrsStore *self)
{
  g_return_if_fail (PRS_IS_STORE (self));

  if (self->edit_depth == 0)
    return;
  self->edit_depth = 0;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  if (!self->no_undo)
    sqlite3_exec (self->db, "DELETE FROM temp.prs_changes", NULL, NULL, NULL);
}

static gboolean
bind_valist (sqlite3_stmt *stmt, int index, int kind, va_list *args)
{
  switch (kind)
    {
    case PRS_VALUE_NULL:
      sqlite3_bind_null (stmt, index);
      return TRUE;
    case PRS_VALUE_INT:
      sqlite3_bind_int64 (stmt, index, va_arg (*args, gint64));
      return TRUE;
    case PRS_VALUE_TEXT:
      {
        const char *s = va_arg (*args, const char *);
        if (s)
          sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT);
        else
          sqlite3_bind_null (stmt, index);
      }
      return TRUE;
    case PRS_VALUE_FLOAT:
      sqlite3_bind_double (stmt, index, va_arg (*args, double));
      return TRUE;
    case PRS_VALUE_ID:
      {
        gint64 id = va_arg (*args, gint64);
        if (id)
          sqlite3_bind_int64 (stmt, index, id);
        else
          sqlite3_bind_null (stmt, index);
      }
      return TRUE;
    default:
      return FALSE;
    }
}

static void
skip_value (int kind, va_list *args)
{
  if (kind == PRS_VALUE_INT || kind == PRS_VALUE_ID)
    (void) va_arg (*args, gint64);
  else if (kind == PRS_VALUE_TEXT)
    (void) va_arg (*args, const char *);
  else if (kind == PRS_VALUE_FLOAT)
    (void) va_arg (*args, double);
}

/* Runs @stmt as its own edit step unless an edit is open; @changes gets the
 * number of rows it changed. */
static gboolean
run_edit_statement (PrsStore *self, sqlite3_stmt *stmt, const char *label, int *changes,
                    GError **error)
{
  gboolean own = self->edit_depth == 0;
  int rc;

  if (own && !prs_store_begin_edit (self, label, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (changes)
    *changes = sqlite3_changes (self->db);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      prs_store_set_error_from_db (error, self->db, sqlite3_extended_errcode (self->db), NULL);
      if (own)
        prs_store_cancel_edit (self);
      return FALSE;
    }
  if (own)
    return prs_store_end_edit (self, error);
  return TRUE;
}

static void
emit_direct (PrsStore *self, const char *table, gint64 id, PrsStoreChange kind)
{
  /* Without the undo log there are no triggers to tell us: say it directly. */
  if (self->no_undo && !self->bulk)
    {
      bump_generation (self, table);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (table),
                     g_intern_string (table), id, (int) kind);
    }
}

gint64
prs_store_insert (PrsStore *self, const char *table, GError **error, const char *first_column, ...)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  sqlite3_stmt *stmt;
  va_list args;
  const char *col;
  int n = 0;
  gint64 id;
  gboolean own;

  g_return_val_if_fail (PRS_IS_STORE (self), 0);

  if (!check_writable (self, error) || !valid_column (self, table, NULL, error))
    return 0;

  g_string_printf (sql, "INSERT INTO main.\"%s\" (", table);
  va_start (args, first_column);
  for (col = first_column; col; col = va_arg (args, const char *))
    {
      int kind = va_arg (args, int);
      if (!valid_column (self, table, col, error))
        {
          va_end (args);
          return 0;
        }
      skip_value (kind, &args);
      n++;
      g_string_append_printf (sql, "%s\"%s\"", n > 1 ? ", " : "", col);
      g_string_append_printf (marks, "%s?%d", n > 1 ? ", " : "", n);
    }
  va_end (args);
  if (n == 0)
    g_string_printf (sql, "INSERT INTO main.\"%s\" DEFAULT VALUES", table);
  else
    g_string_append_printf (sql, ") VALUES (%s)", marks->str);

  stmt = prs_store_cached (self, sql->str, error);
  if (!stmt)
    return 0;
  va_start (args, first_column);
  n = 0;
  for (col = first_column; col; col = va_arg (args, const char *))
    bind_valist (stmt, ++n, va_arg (args, int), &args);
  va_end (args);

  own = self->edit_depth == 0;
  if (own && !prs_store_begin_edit (self, _("Add"), error))
    return 0;
  if (!run_edit_statement (self, stmt, NULL, NULL, error))
    {
      if (own)
        prs_store_cancel_edit (self);
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);
  if (own && !prs_store_end_edit (self, error))
    return 0;
  emit_direct (self, table, id, PRS_STORE_CHANGE_INSERTED);
  return id;
}

gboolean
prs_store_update_valist (PrsStore *self, const char *table, gint64 id, GError **error,
                         const char *first_column, va_list args)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  va_list copy;
  const char *col;
  int n = 0, changes = 0;

  if (!check_writable (self, error) || !valid_column (self, table, NULL, error))
    return FALSE;

  g_string_printf (sql, "UPDATE main.\"%s\" SET ", table);
  G_VA_COPY (copy, args);
  for (col = first_column; col; col = va_arg (copy, const char *))
    {
      int kind = va_arg (copy, int);
      if (!valid_column (self, table, col, error) || g_str_equal (col, "id"))
        {
          if (!error || !*error)
            g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, "Ids cannot change");
          va_end (copy);
          return FALSE;
        }
      skip_value (kind, &copy);
      n++;
      g_string_append_printf (sql, "%s\"%s\" = ?%d", n > 1 ? ", " : "", col, n);
    }
  va_end (copy);
  if (n == 0)
    return TRUE;
  /* Only real changes reach the undo log and the signals. */
  g_string_append_printf (sql, " WHERE id = ?%d AND (", n + 1);
  n = 0;
  G_VA_COPY (copy, args);
  for (col = first_column; col; col = va_arg (copy, const char *))
    {
      int kind = va_arg (copy, int);
      skip_value (kind, &copy);
      n++;
      g_string_append_printf (sql, "%s\"%s\" IS NOT ?%d", n > 1 ? " OR " : "", col, n);
    }
  va_end (copy);
  g_string_append (sql, ")");

  stmt = prs_store_cached (self, sql->str, error);
  if (!stmt)
    return FALSE;
  n = 0;
  G_VA_COPY (copy, args);
  for (col = first_column; col; col = va_arg (copy, const char *))
    bind_valist (stmt, ++n, va_arg (copy, int), &copy);
  va_end (copy);
  sqlite3_bind_int64 (stmt, n + 1, id);

  if (!run_edit_statement (self, stmt, _("Change"), &changes, error))
    return FALSE;
  if (changes == 0)
    {
      /* Nothing changed: either the values were already so, or no such row. */
      g_autofree char *exists = g_strdup_printf ("SELECT count(*) FROM main.\"%s\" WHERE id = %" G_GINT64_FORMAT,
                                                 table, id);
      gint64 n_rows = 0;

      /* unreadable: that error, not "deleted" */
      if (!prs_store_query_int_checked (self, exists, 0, &n_rows, error))
        return FALSE;
      if (n_rows == 0)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                       _("The record no longer exists; it may have been deleted."));
          return FALSE;
        }
    }
  else
    emit_direct (self, table, id, PRS_STORE_CHANGE_UPDATED);
  return TRUE;
}

gboolean
prs_store_update (PrsStore *self, const char *table, gint64 id, GError **error,
                  const char *first_column, ...)
{
  va_list args;
  gboolean ok;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  va_start (args, first_column);
  ok = prs_store_update_valist (self, table, id, error, first_column, args);
  va_end (args);
  return ok;
}

gboolean
prs_store_delete (PrsStore *self, const char *table, gint64 id, GError **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (!check_writable (self, error) || !valid_column (self, table, NULL, error))
    return FALSE;
  sql = g_strdup_printf ("DELETE FROM main.\"%s\" WHERE id = ?1", table);
  stmt = prs_store_cached (self, sql, error);
  if (!stmt)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run_edit_statement (self, stmt, _("Delete"), NULL, error))
    return FALSE;
  emit_direct (self, table, id, PRS_STORE_CHANGE_DELETED);
  return TRUE;
}

gboolean
prs_store_execute (PrsStore *self, GError **error, const char *sql, ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  int kind, n = 0;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  stmt = prs_store_cached (self, sql, error);
  if (!stmt)
    return FALSE;
  va_start (args, sql);
  while ((kind = va_arg (args, int)) != PRS_VALUE_END)
    if (!bind_valist (stmt, ++n, kind, &args))
      break;
  va_end (args);
  return run_edit_statement (self, stmt, _("Change"), NULL, error);
}

/* ---- undo and redo ------------------------------------------------------ */

gboolean
prs_store_can_undo (PrsStore *self)
{
  return self->undo_stack->len > 0;
}

gboolean
prs_store_can_redo (PrsStore *self)
{
  return self->redo_stack->len > 0;
}

const char *
prs_store_get_undo_label (PrsStore *self)
{
  if (self->undo_stack->len == 0)
    return NULL;
  return g_array_index (self->undo_stack, UndoStep, self->undo_stack->len - 1).label;
}

const char *
prs_store_get_redo_label (PrsStore *self)
{
  if (self->redo_stack->len == 0)
    return NULL;
  return g_array_index (self->redo_stack, UndoStep, self->redo_stack->len - 1).label;
}

/* Replays the top step of @from backwards; its inverse goes onto @to. */
static gboolean
replay (PrsStore *self, GArray *from, GArray *to, GError **error)
{
  UndoStep step;
  g_autoptr(GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gint64 first, last;

  if (!check_writable (self, error))
    return FALSE;
  if (self->edit_depth > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY,
                           _("Finish the current change first."));
      return FALSE;
    }
  if (from->len == 0)
    return TRUE;
  step = g_array_index (from, UndoStep, from->len - 1);

  if (!db_exec (self->db, "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON;", error))
    return FALSE;

  stmt = prs_store_cached (self, "SELECT sql FROM temp.prs_undo WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq DESC",
                          error);
  if (!stmt)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, step.first);
  sqlite3_bind_int64 (stmt, 2, step.last);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (sqls, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  first = undo_log_max (self) + 1;
  for (guint i = 0; i < sqls->len; i++)
    if (!db_exec (self->db, sqls->pdata[i], error))
      goto fail;
  last = undo_log_max (self);
  if (!delete_log_range (self, step.first, step.last, error))
    goto fail;
  if (!db_exec (self->db, "COMMIT", error))
    goto fail;

  {
    UndoStep inverse = { g_strdup (step.label), first, last };
    g_array_set_size (from, from->len - 1); /* frees step.label */
    g_array_append_val (to, inverse);
  }
  emit_changes (self);
  notify_undo (self);
  return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (self->db, "DELETE FROM temp.prs_changes", NULL, NULL, NULL);
  return FALSE;
}

gboolean
prs_store_undo (PrsStore *self, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  return replay (self, self->undo_stack, self->redo_stack, error);
}

gboolean
prs_store_redo (PrsStore *self, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  return replay (self, self->redo_stack, self->undo_stack, error);
}

/* ---- bulk writing (generators) ----------------------------------------- */

gboolean
prs_store_bulk_begin (PrsStore *self, GError **error)
{
  if (!check_writable (self, error))
    return FALSE;
  if (self->edit_depth > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_BUSY,
                           _("Finish the current change first."));
      return FALSE;
    }
  if (!self->no_undo)
    drop_undo_triggers (self);
  self->bulk = TRUE;
  /* Index pages of a big import stay in memory instead of spilling to the WAL. */
  sqlite3_exec (self->db, "PRAGMA cache_size = -262144", NULL, NULL, NULL);
  if (!db_exec (self->db, "BEGIN IMMEDIATE", error))
    {
      self->bulk = FALSE;
      if (!self->no_undo)
        create_undo_triggers (self, self->db, NULL);
      return FALSE;
    }
  self->edit_depth = 1;
  return TRUE;
}

gboolean
prs_store_bulk_end (PrsStore *self, gboolean commit, GError **error)
{
  gboolean ok = TRUE;

  self->edit_depth = 0;
  if (commit)
    ok = db_exec (self->db, "COMMIT", error);
  if (!commit || !ok)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->bulk = FALSE;
  sqlite3_exec (self->db, "PRAGMA cache_size = -8192", NULL, NULL, NULL);

  if (!self->no_undo)
    {
      create_undo_triggers (self, self->db, NULL);
      sqlite3_exec (self->db, "DELETE FROM temp.prs_undo; DELETE FROM temp.prs_changes;", NULL, NULL, NULL);
      g_array_set_size (self->undo_stack, 0);
      g_array_set_size (self->redo_stack, 0);
      notify_undo (self);
    }
  if (commit && ok)
    {
      for (guint i = 0; prs_store_tables[i]; i++)
        bump_generation (self, prs_store_tables[i]);
      for (guint i = 0; prs_store_tables[i]; i++)
        g_signal_emit (self, signals[CHANGED], g_quark_from_string (prs_store_tables[i]),
                       prs_store_tables[i], (gint64) 0, (int) PRS_STORE_CHANGE_UPDATED);
    }
  return ok;
}

/* ---- backup ------------------------------------------------------------- */

gboolean
prs_store_backup_to (PrsStore *self, const char *destination, GError **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (self) && self->db, FALSE);

  /* Write beside the destination, then rename: a failed copy leaves nothing. */
  tmp = g_strdup_printf ("%s.part", destination);
  g_unlink (tmp);
  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, dest, rc, destination);
      sqlite3_close_v2 (dest);
      g_unlink (tmp);
      return FALSE;
    }
  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      prs_store_set_error_from_db (error, dest, sqlite3_extended_errcode (dest), destination);
      sqlite3_close_v2 (dest);
      g_unlink (tmp);
      return FALSE;
    }
  do
    rc = sqlite3_backup_step (backup, 1024);
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    /* One self-contained file: no -wal beside the copy. */
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, dest, rc, destination);
      sqlite3_close_v2 (dest);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close_v2 (dest);
  if (g_rename (tmp, destination) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                   _("The copy could not be saved as “%s”: %s"), destination, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
prs_store_rolling_backup (PrsStore *self, const char *directory, guint keep_days, GError **error)
{
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_return_val_if_fail (PRS_IS_STORE (self), NULL);

  if (g_str_has_suffix (base, "." PRS_STORE_EXTENSION))
    base[strlen (base) - strlen ("." PRS_STORE_EXTENSION)] = '\0';
  /* The folder may serve workspaces of the same name from different folders:
   * a hash of the full path keeps their copies apart. */
  {
    guint32 hash = 2166136261u; /* FNV-1a, stable everywhere */
    for (const char *c = self->path; *c; c++)
      hash = (hash ^ (guint8) *c) * 16777619u;
    stem = g_strdup_printf ("%s-%08x-backup-", base, hash);
  }
  name = g_strdup_printf ("%s%s." PRS_STORE_EXTENSION, stem, day);
  path = g_build_filename (directory, name, NULL);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                   _("The backup folder “%s” could not be created: %s"), directory, g_strerror (saved));
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS)
      && !prs_store_backup_to (self, path, error))
    return NULL;

  /* Keep the newest keep_days copies of this workspace. */
  dir = g_dir_open (directory, 0, error);
  if (!dir)
    return NULL;
  while ((entry = g_dir_read_name (dir)))
    if (g_str_has_prefix (entry, stem) && g_str_has_suffix (entry, "." PRS_STORE_EXTENSION)
        && strlen (entry) == strlen (name))
      g_ptr_array_add (existing, g_strdup (entry));
  g_ptr_array_sort (existing, compare_strings);
  for (guint i = 0; keep_days > 0 && i + keep_days < existing->len; i++)
    {
      g_autofree char *old = g_build_filename (directory, existing->pdata[i], NULL);
      g_unlink (old);
    }
  return g_steal_pointer (&path);
}
