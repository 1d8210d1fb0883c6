/* test-store-common.h: temporary workspaces for the store tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "prs-store.h"

typedef struct
{
  char *dir;
  char *path;
} TmpWorkspace;

static inline void
tmp_workspace_init (TmpWorkspace *tmp, const char *name)
{
  g_autoptr(GError) error = NULL;

  tmp->dir = g_dir_make_tmp ("prs-store-XXXXXX", &error);
  g_assert_no_error (error);
  tmp->path = g_build_filename (tmp->dir, name, NULL);
}

static inline void
tmp_workspace_clear (TmpWorkspace *tmp)
{
  g_autoptr(GDir) dir = g_dir_open (tmp->dir, 0, NULL);
  const char *entry;

  while (dir && (entry = g_dir_read_name (dir)))
    {
      g_autofree char *p = g_build_filename (tmp->dir, entry, NULL);
      g_chmod (p, 0600);
      g_unlink (p);
    }
  g_chmod (tmp->dir, 0700);
  g_rmdir (tmp->dir);
  g_free (tmp->dir);
  g_free (tmp->path);
}

static inline GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static inline int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The directory's entries as one sorted string: refusals must create nothing. */
static inline char *
list_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *entry;

  while (dir && (entry = g_dir_read_name (dir)))
    g_ptr_array_add (names, (gpointer) entry);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}
