/* prs-store-matrix.c: typed reads and writes for grids (see prs-store-matrix.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "prs-store-matrix.h"

char **
prs_store_get_person_names (PrsStore *store, const gint64 *ids, guint n, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  char **names;

  stmt = prs_store_prepare (store,
                            "SELECT trim (prefix || first_name || ' ' || last_name) FROM people WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return NULL;
  names = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        names[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      else
        names[i] = g_strdup ("");
    }
  return names;
}

gboolean
prs_participation_set_cells (PrsParticipation *self, PrsStore *store, guint n, const guint *rows,
                             const guint *columns, const gboolean *values, const char *label,
                             GError **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PRS_IS_STORE (store), FALSE);

  if (n == 0)
    return TRUE;
  if (!prs_store_begin_edit (store, label ? label : _("Change participation"), error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!prs_participation_set (self, store, rows[i], columns[i], values[i], error))
      {
        prs_store_cancel_edit (store);
        return FALSE;
      }
  return prs_store_end_edit (store, error);
}
