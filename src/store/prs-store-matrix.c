/* prs-store-matrix.c: typed reads and writes for grids (see prs-store-matrix.h)
 *
 * Many participation cells are written with two set-based statements (the pairs
 * to add, the pairs to remove, each a JSON array bound as one parameter) inside
 * one edit, so a 20,000-cell fill is one undo step and one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "prs-store-matrix.h"
#include "prs-store-private.h"

char **
prs_store_get_person_names (PrsStore *store, const gint64 *ids, guint n, GError **error)
{
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GString) json = g_string_new ("[");
  char **names;
  int rc;

  /* One statement for the page: the ids as a JSON array, joined in SQLite. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  stmt = prs_store_prepare (store,
                            "SELECT j.key, trim (p.prefix || p.first_name || ' ' || p.last_name)"
                            " FROM json_each (?1) j JOIN people p ON p.id = j.value",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
  names = g_new0 (char *, n + 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 i = sqlite3_column_int64 (stmt, 0);

      if (i >= 0 && i < n && names[i] == NULL)
        names[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  if (!prs_store_step_done (store, rc, error))
    {
      g_strfreev (names);
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    if (names[i] == NULL)
      names[i] = g_strdup ("");
  return names;
}

/* The cells whose value changes, as a JSON array of [person, activity] pairs. */
static char *
pairs_json (PrsParticipation *self, guint n, const guint *rows, const guint *columns,
            const gboolean *values, gboolean value, guint *count)
{
  GString *json = g_string_new ("[");

  *count = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!values[i] != !value || prs_participation_get (self, rows[i], columns[i]) == !!value)
        continue;
      g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]", *count ? "," : "",
                              prs_participation_get_person_id (self, rows[i]),
                              prs_participation_get_activity_id (self, columns[i]));
      (*count)++;
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

gboolean
prs_participation_set_cells (PrsParticipation *self, PrsStore *store, guint n, const guint *rows,
                             const guint *columns, const gboolean *values, const char *label,
                             GError **error)
{
  g_autofree char *added = NULL;
  g_autofree char *removed = NULL;
  guint n_added, n_removed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PRS_IS_STORE (store), FALSE);

  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (rows[i] < prs_participation_get_n_people (self)
                          && columns[i] < prs_participation_get_n_activities (self), FALSE);
  added = pairs_json (self, n, rows, columns, values, TRUE, &n_added);
  removed = pairs_json (self, n, rows, columns, values, FALSE, &n_removed);
  if (n_added == 0 && n_removed == 0)
    return TRUE;

  /* Two set-based statements in one edit: one undo step, one transaction. */
  if (!prs_store_begin_edit (store, label ? label : _("Change participation"), error))
    return FALSE;
  if ((n_added > 0
       && !prs_store_execute (store, error,
                              "INSERT OR IGNORE INTO participation (person_id, node_id)"
                              " SELECT json_extract (value, '$[0]'), json_extract (value, '$[1]')"
                              " FROM json_each (?1)",
                              PRS_TEXT (added), PRS_VALUE_END))
      || (n_removed > 0
          && !prs_store_execute (store, error,
                                 "DELETE FROM participation WHERE (person_id, node_id) IN"
                                 " (SELECT json_extract (value, '$[0]'), json_extract (value, '$[1]')"
                                 "  FROM json_each (?1))",
                                 PRS_TEXT (removed), PRS_VALUE_END)))
    {
      prs_store_cancel_edit (store);
      return FALSE;
    }
  if (!prs_store_end_edit (store, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    prs_participation_set_bit (self, rows[i], columns[i], values[i]);
  return TRUE;
}
