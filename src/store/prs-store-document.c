/* prs-store-document.c: working copy, lock note and atomic write-back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See prs-store-document.h for the design.
 */
#define _GNU_SOURCE /* copy_file_range */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <utime.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "prs-store.h"
#include "prs-store-private.h"
#include "prs-store-document.h"

struct _PrsDocument
{
  char     *path;    /* the user's file */
  char     *key;     /* canonical path: the registry's key */
  char     *work;    /* the working copy */
  char     *lock;    /* our lock note, or NULL where the folder is not writable */
  guint     refs;
  gboolean  dirty;
  gboolean  have_seen;
  struct stat seen;  /* the user's file as we last read or wrote it */
  GMutex    copy_mutex; /* held while the working copy is made */
  gint      copied;     /* (atomic) the working copy holds the file */
};

static GMutex registry_mutex;
static GHashTable *registry; /* key -> PrsDocument (not owned) */

static char *
working_dir (void)
{
  const char *env = g_getenv ("PRONGSAI_WORKING_DIR");

  if (env && *env)
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "prongsai", "working", NULL);
}

static char *
canonical (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

char *
prs_document_lock_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);

  return g_build_filename (dir, name, NULL);
}

static gboolean
same_file_state (const struct stat *a, const struct stat *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size
         && a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* ---- the lock note ------------------------------------------------------ */

typedef struct
{
  char   *user;
  char   *host;
  gint64  pid;
  char   *since;
} LockNote;

static void
lock_note_clear (LockNote *note)
{
  g_clear_pointer (&note->user, g_free);
  g_clear_pointer (&note->host, g_free);
  g_clear_pointer (&note->since, g_free);
}

/* "user,host,pid,since\n" */
static gboolean
lock_note_read (const char *lock, LockNote *note, GStatBuf *st)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  gsize len = 0;

  memset (note, 0, sizeof *note);
  if (g_stat (lock, st) != 0 || st->st_size > 4096
      || !g_file_get_contents (lock, &text, &len, NULL))
    return FALSE;
  g_strchomp (text);
  parts = g_strsplit (text, ",", 4);
  if (g_strv_length (parts) < 4)
    {
      /* Someone else's note in another format: it still says "in use". */
      note->user = g_strdup (text);
      note->host = g_strdup ("");
      note->since = g_strdup ("");
      return TRUE;
    }
  note->user = g_strdup (parts[0]);
  note->host = g_strdup (parts[1]);
  note->pid = g_ascii_strtoll (parts[2], NULL, 10);
  note->since = g_strdup (parts[3]);
  return TRUE;
}

static gboolean
lock_note_is_stale (const LockNote *note, const GStatBuf *st)
{
  if (g_strcmp0 (note->host, g_get_host_name ()) == 0 && note->pid > 0)
    return kill ((pid_t) note->pid, 0) != 0 && errno == ESRCH;
  /* Another machine: we cannot ask it. A note untouched for long is a crash. */
  return (gint64) st->st_mtime + PRS_DOCUMENT_STALE_HOURS * 3600 < g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
lock_note_is_ours (const LockNote *note)
{
  return g_strcmp0 (note->host, g_get_host_name ()) == 0 && note->pid == (gint64) getpid ();
}

gboolean
prs_document_in_use (const char *path, gboolean ignore_own, char **who)
{
  g_autofree char *lock = prs_document_lock_path (path);
  LockNote note;
  GStatBuf st;
  gboolean in_use;

  if (!lock_note_read (lock, &note, &st))
    return FALSE;
  in_use = !lock_note_is_stale (&note, &st) && !(ignore_own && lock_note_is_ours (&note));
  if (in_use && who)
    {
      if (note.host[0])
        /* Translators: who has a workspace open: user, computer, since when */
        *who = g_strdup_printf (_("The workspace is open for changes by %s on %s since %s."),
                                note.user, note.host, note.since);
      else
        *who = g_strdup_printf (_("The workspace is open for changes by %s."), note.user);
    }
  lock_note_clear (&note);
  return in_use;
}

/* Writes our note; FALSE with @in_use set if a live one is there already. */
static gboolean
lock_note_write (const char *path, const char *lock, char **in_use)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *since = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf ("%s,%s,%ld,%s\n", g_get_user_name (), g_get_host_name (),
                                           (long) getpid (), since);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      int fd = g_open (lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);

      if (fd >= 0)
        {
          gboolean ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
          close (fd);
          if (!ok)
            g_unlink (lock);
          return TRUE;
        }
      if (errno != EEXIST)
        return TRUE; /* a folder we cannot write to: no note, nothing to stop */
      {
        LockNote note;
        GStatBuf st;

        if (lock_note_read (lock, &note, &st) && !lock_note_is_stale (&note, &st))
          {
            lock_note_clear (&note);
            break;
          }
        lock_note_clear (&note);
        g_unlink (lock); /* stale: a crashed session's */
      }
    }
  if (!prs_document_in_use (path, FALSE, in_use))
    *in_use = g_strdup (_("The workspace is open for changes in another program."));
  return FALSE;
}

static void
lock_note_remove (const char *lock)
{
  LockNote note;
  GStatBuf st;

  if (lock_note_read (lock, &note, &st) && lock_note_is_ours (&note))
    g_unlink (lock);
  lock_note_clear (&note);
}

/* ---- copying ------------------------------------------------------------ */

static void
remove_db_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_unlink (p);
    }
}

static sqlite3 *
open_source (const char *path, GError **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;
  int rc;

  if (g_file_test (wal, G_FILE_TEST_EXISTS) && g_access (dir, W_OK) == 0)
    /* A session of an older Prongsai did not close: SQLite completes the file
     * from its WAL and tidies up on close. */
    rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  else
    {
      /* Immutable: nothing is created beside the user's file. */
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);
      rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL);
    }
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, db, rc, path);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* Copies the database @src (main) into the file @dest through the backup API.
 * @journal_off: write @dest without a rollback journal (a fresh temporary file). */
typedef enum { JOURNAL_DEFAULT, JOURNAL_OFF, JOURNAL_MEMORY } JournalMode;

static gboolean
backup_into (sqlite3 *src, const char *dest_path, JournalMode journal, GError **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (dest, 5000);
      rc = sqlite3_exec (dest, journal == JOURNAL_OFF ? "PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL"
                               : journal == JOURNAL_MEMORY ? "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = FULL"
                               : "PRAGMA synchronous = FULL",
                         NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, dest, sqlite3_extended_errcode (dest), dest_path);
      sqlite3_close_v2 (dest);
      return FALSE;
    }
  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      prs_store_set_error_from_db (error, dest, sqlite3_extended_errcode (dest), dest_path);
      sqlite3_close_v2 (dest);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE && journal != JOURNAL_MEMORY)
    /* A self-contained file in rollback mode: no -wal/-shm when it is read. */
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      prs_store_set_error_from_db (error, dest, rc == SQLITE_DONE ? rc : sqlite3_extended_errcode (dest),
                                   dest_path);
      if ((rc & 0xff) != SQLITE_FULL && (sqlite3_extended_errcode (dest) & 0xff) == SQLITE_FULL)
        {
          g_clear_error (error);
          prs_store_set_error_from_db (error, dest, SQLITE_FULL, dest_path);
        }
      sqlite3_close_v2 (dest);
      return FALSE;
    }
  rc = sqlite3_close_v2 (dest);
  return TRUE;
}

/* A byte copy of a whole file (copy_file_range or a reflink where the system has
 * them): much faster than the backup API's page by page copy of a big workspace. */
static gboolean
copy_bytes (const char *from, const char *to)
{
  int in, out;
  gboolean ok = TRUE;
  gboolean fallback = FALSE;

  in = g_open (from, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (in < 0)
    return FALSE;
  /* Written in place: no temporary of its own beside the destination. */
  out = g_open (to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (out < 0)
    {
      close (in);
      return FALSE;
    }
  for (;;)
    {
      ssize_t n = copy_file_range (in, NULL, out, NULL, 1 << 30, 0);

      if (n == 0)
        break;
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          fallback = errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP;
          ok = FALSE;
          break;
        }
    }
  if (fallback)
    {
      g_autofree char *buf = g_malloc (1 << 20);

      ok = lseek (in, 0, SEEK_SET) == 0 && lseek (out, 0, SEEK_SET) == 0 && ftruncate (out, 0) == 0;
      while (ok)
        {
          ssize_t n = read (in, buf, 1 << 20);
          ssize_t done = 0;

          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              ok = n == 0;
              break;
            }
          while (done < n)
            {
              ssize_t w = write (out, buf + done, (size_t) (n - done));
              if (w < 0 && errno == EINTR)
                continue;
              if (w <= 0)
                {
                  ok = FALSE;
                  break;
                }
              done += w;
            }
        }
    }
  close (in);
  if (close (out) != 0)
    ok = FALSE;
  return ok;
}

/* Copies the working copy's file as it stands after a full checkpoint, under a
 * read transaction so that nothing is checkpointed into it meanwhile, and marks
 * the copy as a rollback-journal file (header bytes 18 and 19). FALSE when that
 * is not possible (a reader holds the WAL): the caller uses the backup API. */
static gboolean
copy_checkpointed (sqlite3 *db, const char *work, const char *dest)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  static const guint8 rollback[2] = { 1, 1 };
  int fd;

  if (sqlite3_prepare_v2 (db, "PRAGMA main.wal_checkpoint(TRUNCATE)", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = sqlite3_column_int (stmt, 0) == 0 && sqlite3_column_int (stmt, 1) == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;
  if (sqlite3_exec (db, "BEGIN; SELECT count(*) FROM main.sqlite_schema;", NULL, NULL, NULL) != SQLITE_OK)
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  ok = copy_bytes (work, dest);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!ok)
    return FALSE;
  fd = g_open (dest, O_WRONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  ok = pwrite (fd, rollback, 2, 18) == 2;
  close (fd);
  return ok;
}

static gboolean
fsync_path (const char *path, gboolean directory, GError **error)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  int saved;

  if (fd < 0)
    {
      if (directory)
        return TRUE; /* some file systems do not let folders be opened */
      saved = errno;
      goto fail;
    }
  if (fsync (fd) != 0 && !(directory && (errno == EINVAL || errno == EBADF)))
    {
      saved = errno;
      close (fd);
      goto fail;
    }
  close (fd);
  return TRUE;

fail:
  g_set_error (error, PRS_STORE_ERROR, saved == ENOSPC ? PRS_STORE_ERROR_DISK_FULL : PRS_STORE_ERROR_IO,
               _("The workspace could not be saved: %s"), g_strerror (saved));
  return FALSE;
}

static char *
working_path_for (const char *key, GError **error)
{
  g_autofree char *dir = working_dir ();
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *base = g_path_get_basename (key);
  g_autofree char *name = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                   _("The folder for working copies “%s” could not be created: %s"), dir,
                   g_strerror (saved));
      return NULL;
    }
  hash[16] = '\0';
  name = g_strdup_printf ("%s-%s", hash, base);
  return g_build_filename (dir, name, NULL);
}

static char *
saving_note (const char *work)
{
  return g_strconcat (work, ".saving", NULL);
}

static gboolean
write_in_place (sqlite3 *src, const char *work, const char *path, GError **error)
{
  g_autofree char *note = saving_note (work);

  if (!g_file_set_contents (note, path, -1, error) || !fsync_path (note, FALSE, error))
    return FALSE;
  if (!backup_into (src, path, JOURNAL_MEMORY, error) || !fsync_path (path, FALSE, error))
    return FALSE; /* the note stays: the next open finishes the write-back */
  g_unlink (note);
  return TRUE;
}

/* A write-back into the file itself that a crash interrupted: finish it from the
 * working copy, which holds the complete new version. */
static void
finish_interrupted_save (const char *work, const char *path)
{
  g_autofree char *note = saving_note (work);
  g_autofree char *target = NULL;
  sqlite3 *src = NULL;

  if (!g_file_get_contents (note, &target, NULL, NULL))
    return;
  if (g_strcmp0 (target, path) == 0 && g_file_test (work, G_FILE_TEST_EXISTS)
      && sqlite3_open_v2 (work, &src, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK
      && backup_into (src, path, JOURNAL_MEMORY, NULL) && fsync_path (path, FALSE, NULL))
    g_message ("Finished an interrupted save of %s", path);
  sqlite3_close_v2 (src);
  g_unlink (note);
}

char *
prs_document_scratch_copy (const char *path, GError **error)
{
  g_autofree char *dir = working_dir ();
  g_autofree char *tmpl = NULL;
  g_autofree char *copy = NULL;
  sqlite3 *src;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                   _("The folder for working copies “%s” could not be created: %s"), dir,
                   g_strerror (saved));
      return NULL;
    }
  tmpl = g_build_filename (dir, "scratch-XXXXXX", NULL);
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                   _("The workspace could not be copied: %s"), g_strerror (saved));
      return NULL;
    }
  close (fd);
  copy = g_steal_pointer (&tmpl);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    /* Without a -wal beside it the file is the whole truth: a byte copy, much
     * faster than SQLite's page by page one for a big workspace. */
    if (!g_file_test (wal, G_FILE_TEST_EXISTS) && copy_bytes (path, copy))
      return g_steal_pointer (&copy);
  }
  src = open_source (path, error);
  if (!src || !backup_into (src, copy, JOURNAL_OFF, error))
    {
      sqlite3_close_v2 (src);
      remove_db_files (copy);
      return NULL;
    }
  sqlite3_close_v2 (src);
  return g_steal_pointer (&copy);
}

void
prs_document_remove_copy (const char *copy)
{
  if (copy)
    remove_db_files (copy);
}

/* ---- documents ---------------------------------------------------------- */

static void
remove_stale_saves (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strdup_printf (".~save.%s.", base);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, prefix)
        && (strlen (name) == strlen (prefix) + 6
            || (strlen (name) == strlen (prefix) + 6 + strlen ("-journal") && g_str_has_suffix (name, "-journal"))))
      {
        g_autofree char *p = g_build_filename (dir_path, name, NULL);
        g_unlink (p);
      }
}

PrsDocument *
prs_document_lookup (const char *path)
{
  g_autofree char *key = canonical (path);
  PrsDocument *doc;

  g_mutex_lock (&registry_mutex);
  doc = registry ? g_hash_table_lookup (registry, key) : NULL;
  if (doc)
    doc->refs++;
  g_mutex_unlock (&registry_mutex);
  return doc;
}

static void
document_free (PrsDocument *doc)
{
  g_mutex_clear (&doc->copy_mutex);
  g_free (doc->path);
  g_free (doc->key);
  g_free (doc->work);
  g_free (doc->lock);
  g_free (doc);
}

/* Copies the user's file into the working copy. Without a -wal beside it the file
 * is the whole truth: copied as bytes; with one (a session of an older Prongsai
 * did not close), through SQLite, which completes it from the WAL. */
static gboolean
make_copy (PrsDocument *doc, GError **error)
{
  g_autofree char *wal = g_strconcat (doc->path, "-wal", NULL);
  struct stat after;
  sqlite3 *src;

  if (g_file_test (wal, G_FILE_TEST_EXISTS) || !copy_bytes (doc->path, doc->work))
    {
      src = open_source (doc->path, error);
      if (src == NULL || !backup_into (src, doc->work, JOURNAL_DEFAULT, error))
        {
          sqlite3_close_v2 (src);
          remove_db_files (doc->work);
          return FALSE;
        }
      sqlite3_close_v2 (src);
      /* Closing a read-write source (an old -wal beside it) may have checkpointed. */
      if (stat (doc->path, &after) == 0)
        doc->seen = after;
    }
  return TRUE;
}

gboolean
prs_document_ensure_copy (PrsDocument *doc, GError **error)
{
  gboolean ok = TRUE;

  if (g_atomic_int_get (&doc->copied))
    return TRUE;
  g_mutex_lock (&doc->copy_mutex);
  if (!g_atomic_int_get (&doc->copied))
    {
      ok = make_copy (doc, error);
      if (ok)
        g_atomic_int_set (&doc->copied, TRUE);
    }
  g_mutex_unlock (&doc->copy_mutex);
  return ok;
}

gboolean
prs_document_is_copied (PrsDocument *doc)
{
  return g_atomic_int_get (&doc->copied);
}

PrsDocument *
prs_document_ref (PrsDocument *doc)
{
  g_mutex_lock (&registry_mutex);
  doc->refs++;
  g_mutex_unlock (&registry_mutex);
  return doc;
}

/* The lock note and the registry entry; the copy itself is make_copy()'s. */
static PrsDocument *
document_new (const char *path, char **in_use, GError **error)
{
  g_autofree char *key = canonical (path);
  g_autofree char *lock = NULL;
  PrsDocument *doc;

  g_mutex_lock (&registry_mutex);
  if (registry == NULL)
    registry = g_hash_table_new (g_str_hash, g_str_equal);
  doc = g_hash_table_lookup (registry, key);
  if (doc)
    {
      doc->refs++;
      g_mutex_unlock (&registry_mutex);
      return doc;
    }

  lock = prs_document_lock_path (key);
  if (!lock_note_write (key, lock, in_use))
    {
      g_mutex_unlock (&registry_mutex);
      return NULL;
    }
  doc = g_new0 (PrsDocument, 1);
  g_mutex_init (&doc->copy_mutex);
  doc->path = g_strdup (path);
  doc->key = g_steal_pointer (&key);
  doc->refs = 1;
  if (g_file_test (lock, G_FILE_TEST_EXISTS))
    doc->lock = g_steal_pointer (&lock);

  /* Only the holder of the note saves: temporary files of an earlier save of
   * this file that was killed are left-overs. */
  if (doc->lock)
    remove_stale_saves (doc->key);

  doc->work = working_path_for (doc->key, error);
  if (doc->work == NULL)
    goto fail;
  /* A working copy left by a crashed session: the user's file is the truth
   * (autosave keeps the loss to seconds), unless the crash cut a write-back
   * into the file itself short. */
  finish_interrupted_save (doc->work, doc->path);
  remove_db_files (doc->work);

  /* The file as it is opened: saving refuses if another program changes it. */
  if (stat (doc->path, &doc->seen) != 0)
    {
      int saved = errno;
      g_set_error (error, PRS_STORE_ERROR, saved == ENOENT ? PRS_STORE_ERROR_NOT_FOUND : PRS_STORE_ERROR_IO,
                   _("The file “%s” could not be opened: %s"), doc->path, g_strerror (saved));
      goto fail;
    }
  doc->have_seen = TRUE;

  g_hash_table_insert (registry, doc->key, doc);
  g_mutex_unlock (&registry_mutex);
  return doc;

fail:
  if (doc->lock)
    lock_note_remove (doc->lock);
  document_free (doc);
  g_mutex_unlock (&registry_mutex);
  return NULL;
}

PrsDocument *
prs_document_open (const char *path, gboolean defer_copy, char **in_use, GError **error)
{
  PrsDocument *doc = document_new (path, in_use, error);

  if (doc != NULL && !defer_copy && !prs_document_ensure_copy (doc, error))
    g_clear_pointer (&doc, prs_document_unref);
  return doc;
}

void
prs_document_unref (PrsDocument *doc)
{
  if (doc == NULL)
    return;
  g_mutex_lock (&registry_mutex);
  if (--doc->refs > 0)
    {
      g_mutex_unlock (&registry_mutex);
      return;
    }
  g_hash_table_remove (registry, doc->key);
  g_mutex_unlock (&registry_mutex);

  if (doc->dirty)
    /* Unsaved changes (the save failed): keep the working copy for recovery. */
    g_message ("Unsaved changes of %s are kept in %s", doc->path, doc->work);
  else
    remove_db_files (doc->work);
  if (doc->lock)
    lock_note_remove (doc->lock);
  document_free (doc);
}

const char *
prs_document_get_working_path (PrsDocument *doc)
{
  return doc->work;
}

gboolean
prs_document_get_dirty (PrsDocument *doc)
{
  return doc->dirty;
}

void
prs_document_set_dirty (PrsDocument *doc)
{
  doc->dirty = TRUE;
}

void
prs_document_discard (PrsDocument *doc)
{
  doc->dirty = FALSE;
}

static gboolean
changed_on_disk (PrsDocument *doc, struct stat *now, GError **error)
{
  if (stat (doc->path, now) != 0)
    {
      if (errno == ENOENT)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CHANGED_ON_DISK,
                       _("“%s” was moved or deleted since it was opened. Save a copy under another name to keep your changes."),
                       doc->path);
          return TRUE;
        }
      memset (now, 0, sizeof *now);
      return FALSE;
    }
  if (doc->have_seen && !same_file_state (&doc->seen, now))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program since it was opened. Save a copy under another name to keep your changes."),
                   doc->path);
      return TRUE;
    }
  return FALSE;
}

gboolean
prs_document_save (PrsDocument *doc, sqlite3 *db, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (doc->path);
  g_autofree char *base = g_path_get_basename (doc->path);
  g_autofree char *tmpl = NULL;
  struct stat now;
  int fd;

  if (changed_on_disk (doc, &now, error))
    return FALSE;

  if (g_access (dir, W_OK) != 0)
    {
      /* A folder we may not write to (e.g. a shared folder where only the file is
       * ours): the backup API into the file itself.
       * A journal cannot be made beside it, so a note in our own folder says a
       * write-back is under way; if we are killed meanwhile, the next open
       * finishes it from the working copy (the file ends up the new version). */
      if (g_access (doc->path, W_OK) != 0)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_READ_ONLY,
                       _("You do not have permission to change “%s”. Save a copy under another name."),
                       doc->path);
          return FALSE;
        }
      if (!write_in_place (db, doc->work, doc->path, error))
        return FALSE;
    }
  else
    {
      /* A hidden temporary file beside the user's, then one rename: the file is
       * the old or the new version, never a mix. */
      {
        g_autofree char *name = g_strdup_printf (".~save.%s.XXXXXX", base);
        tmpl = g_build_filename (dir, name, NULL);
      }
      fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved = errno;
          g_set_error (error, PRS_STORE_ERROR,
                       saved == ENOSPC ? PRS_STORE_ERROR_DISK_FULL : PRS_STORE_ERROR_IO,
                       _("The workspace could not be saved: %s"), g_strerror (saved));
          return FALSE;
        }
      if (now.st_mode)
        (void) fchmod (fd, now.st_mode & 07777);
      close (fd);
      if ((!copy_checkpointed (db, doc->work, tmpl) && !backup_into (db, tmpl, JOURNAL_OFF, error))
          || !fsync_path (tmpl, FALSE, error))
        {
          remove_db_files (tmpl);
          return FALSE;
        }
      /* Once more, as late as possible: another program may have saved meanwhile. */
      if (changed_on_disk (doc, &now, error))
        {
          remove_db_files (tmpl);
          return FALSE;
        }
      if (g_rename (tmpl, doc->path) != 0)
        {
          int saved = errno;
          remove_db_files (tmpl);
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO,
                       _("The workspace could not be saved as “%s”: %s"), doc->path, g_strerror (saved));
          return FALSE;
        }
      fsync_path (dir, TRUE, NULL);
    }

  if (stat (doc->path, &doc->seen) == 0)
    doc->have_seen = TRUE;
  doc->dirty = FALSE;
  if (doc->lock)
    (void) g_utime (doc->lock, NULL); /* a live session's note stays fresh */
  return TRUE;
}
