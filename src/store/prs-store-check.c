/* prs-store-check.c: the thorough check off the main thread (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening no longer scans the whole file; the window runs this after it is up.
 * The worker opens its own read-only store on the same path (which reads the
 * working copy when this process edits the file), so edits go on meanwhile.
 */
#include "config.h"

#include "prs-store.h"

static void
check_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GError *error = NULL;

  store = prs_store_open (path, PRS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (!prs_store_check (store, &problems, &error) && error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (problems == NULL)
    problems = g_ptr_array_new_with_free_func (g_free);
  g_task_return_pointer (task, g_steal_pointer (&problems), (GDestroyNotify) g_ptr_array_unref);
}

void
prs_store_check_async (PrsStore            *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PRS_IS_STORE (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prs_store_check_async);
  g_task_set_task_data (task, g_strdup (prs_store_get_path (self)), g_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, check_thread);
}

GPtrArray *
prs_store_check_finish (PrsStore      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
