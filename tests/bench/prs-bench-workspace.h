/* prs-bench-workspace.h: the workspace a benchmark measures on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "prs-store.h"

/* Opens @given (a workspace named on the command line) or, when it is NULL, a
 * generated one of @people people in a new temporary folder, returned in @dir (to
 * be removed by the caller; NULL for a given workspace). The path is returned in
 * @path. Exits with the message on an error. */
static inline PrsStore *
prs_bench_open_workspace (const char  *given,
                          guint        people,
                          char       **dir,
                          char       **path)
{
  g_autoptr(GError) error = NULL;
  PrsStore *store;

  *dir = NULL;
  if (given != NULL)
    *path = g_strdup (given);
  else
    {
      PrsGenerateOptions options;
      double start = g_get_monotonic_time () / 1000.0;

      *dir = g_dir_make_tmp ("prs-bench-XXXXXX", &error);
      if (*dir == NULL)
        g_error ("%s", error->message);
      *path = g_build_filename (*dir, "generated.prongsai", NULL);
      store = prs_store_open (*path, PRS_STORE_OPEN_CREATE, &error);
      prs_generate_options_init (&options, people);
      if (store == NULL || !prs_store_generate (store, &options, &error))
        g_error ("%s", error->message);
      g_object_unref (store);
      g_print ("generated a workspace of %u people in %.0f ms\n", people,
               g_get_monotonic_time () / 1000.0 - start);
    }
  store = prs_store_open (*path, PRS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}
