/* prs-test-damage.h: a workspace file with damaged pages, for the tests that show
 * how a failed read is reported (the store's own damaged-read tests have theirs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>
#include <glib.h>
#include <sqlite3.h>

/* Overwrites the first leaf page of each B-tree in @trees (tables or indexes, NULL-
 * terminated) of the closed workspace at @path with bytes that are not a page:
 * SQLite reports SQLITE_CORRUPT on reaching them. */
static inline void
prs_test_damage_first_leaves (const char *path, const char * const *trees)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  gint64 page_size;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &st, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
  page_size = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  for (guint i = 0; trees[i]; i++)
    {
      gint64 page;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf'"
                                               " ORDER BY path LIMIT 1", -1, &st, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (st, 1, trees[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
      page = sqlite3_column_int64 (st, 0);
      sqlite3_finalize (st);
      g_assert_cmpuint ((gsize) (page * page_size), <=, size);
      memset (data + (page - 1) * page_size, 0xA5, page_size);
    }
  sqlite3_close (db);
  g_assert_true (g_file_set_contents (path, data, size, &error));
  g_assert_no_error (error);
}

/* The text before "%s" in the translation of @format ("Could not read the
 * workspace: %s"): what a message built from it starts with. */
static inline char *
prs_test_format_prefix (const char *format)
{
  char *prefix = g_strdup (format);
  char *mark = strstr (prefix, "%s");

  if (mark)
    *mark = '\0';
  return prefix;
}
