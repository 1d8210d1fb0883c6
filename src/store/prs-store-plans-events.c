/* prs-store-plans-events.c: the events held for an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-store-private.h"
#include "prs-store-plans-events.h"

void
prs_plan_event_free (PrsPlanEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->date);
  g_free (event->end_date);
  g_free (event->venue);
  g_free (event->mode);
  g_free (event);
}

static char *
column_text (PrsStatement *stmt, int column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text && *text ? g_strdup (text) : NULL;
}

GPtrArray *
prs_plan_events_list (PrsStore *store, gint64 node_id, GError **error)
{
  g_autoptr (GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_plan_event_free);
  g_autoptr (PrsStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  stmt = prs_store_prepare (store,
                            "SELECT id, date, end_date, venue, mode, participants, cost_satang"
                            " FROM activity_events WHERE node_id = ?1 ORDER BY date, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, node_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsPlanEvent *e = g_new0 (PrsPlanEvent, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->date = column_text (stmt, 1);
      e->end_date = column_text (stmt, 2);
      e->venue = g_strdup ((const char *) sqlite3_column_text (stmt, 3) ?: "");
      e->mode = g_strdup ((const char *) sqlite3_column_text (stmt, 4) ?: "onsite");
      e->participants = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 5);
      e->cost_satang = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (events, e);
    }
  if (!prs_store_step_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&events);
}

gint64
prs_plan_event_add (PrsStore *store, gint64 node_id, const char *date, const char *end_date, const char *venue,
                    const char *mode, gint64 participants, gint64 cost_satang, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (store), 0);
  if (mode == NULL || !(g_str_equal (mode, "onsite") || g_str_equal (mode, "online") || g_str_equal (mode, "hybrid")))
    mode = "onsite";
  if (cost_satang < 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("A cost cannot be negative."));
      return 0;
    }
  if (participants >= 0)
    return prs_store_insert (store, "activity_events", error, "node_id", PRS_INT (node_id), "date", PRS_TEXT (date),
                             "end_date", PRS_TEXT (end_date && *end_date ? end_date : NULL),
                             "venue", PRS_TEXT (venue ? venue : ""), "mode", PRS_TEXT (mode),
                             "participants", PRS_INT (participants), "cost_satang", PRS_INT (cost_satang), NULL);
  return prs_store_insert (store, "activity_events", error, "node_id", PRS_INT (node_id), "date", PRS_TEXT (date),
                           "end_date", PRS_TEXT (end_date && *end_date ? end_date : NULL),
                           "venue", PRS_TEXT (venue ? venue : ""), "mode", PRS_TEXT (mode),
                           "cost_satang", PRS_INT (cost_satang), NULL);
}

gboolean
prs_plan_event_remove (PrsStore *store, gint64 event_id, GError **error)
{
  g_return_val_if_fail (PRS_IS_STORE (store), FALSE);
  return prs_store_delete (store, "activity_events", event_id, error);
}
