/* fuzz-workspace.c: libFuzzer target for the workspace opener (issue 14)
 *
 * The input is written to a file and opened as a workspace, read-only and then for
 * writing (the working copy, the lock note, the write-back). Whatever the bytes,
 * opening must either fail with a PrsStoreError or give a store whose tables can be
 * counted and checked; nothing may crash, and a refused file is never changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "prs-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *dir;
static char *path;

static void
setup (void)
{
  g_autofree char *work = NULL;

  dir = g_dir_make_tmp ("prs-fuzz-ws-XXXXXX", NULL);
  if (dir == NULL)
    abort ();
  path = g_build_filename (dir, "fuzz.prongsai", NULL);
  work = g_build_filename (dir, "working", NULL);
  g_setenv ("PRONGSAI_WORKING_DIR", work, TRUE);
}

static void
clear_dir (void)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      if (!g_str_equal (name, "working"))
        g_unlink (p);
    }
}

static void
exercise (PrsStore *store)
{
  g_autoptr (GPtrArray) tables = prs_store_get_table_names (store);
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < tables->len; i++)
    (void) prs_store_count (store, tables->pdata[i]);
  (void) prs_store_check (store, &problems, &error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  PrsStore *store;

  if (dir == NULL)
    setup ();
  clear_dir ();
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    abort ();

  store = prs_store_open (path, PRS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      if (error == NULL || error->domain != PRS_STORE_ERROR)
        abort ();
      g_clear_error (&error);
    }
  else
    {
      exercise (store);
      g_object_unref (store);
    }

  store = prs_store_open (path, PRS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      if (error == NULL || error->domain != PRS_STORE_ERROR)
        abort ();
      /* refused: the file is as it was */
      {
        g_autofree char *now = NULL;
        gsize len = 0;
        if (!g_file_get_contents (path, &now, &len, NULL) || len != size
            || (size > 0 && memcmp (now, data, size) != 0))
          abort ();
      }
      return 0;
    }
  exercise (store);
  if (!prs_store_get_read_only (store))
    {
      /* a small edit and the write-back */
      (void) prs_store_insert (store, "units", NULL, "name", PRS_TEXT ("ฟัซ"), NULL);
      (void) prs_store_save (store, NULL);
    }
  g_object_unref (store);
  return 0;
}
