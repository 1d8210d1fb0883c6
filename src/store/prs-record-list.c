/* prs-record-list.c: a GListModel of records, by id, with minimal items-changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-lists.h"
#include "prs-record-private.h"
#include "prs-store-private.h"

typedef struct
{
  int     kind;
  gint64  i;
  char   *s;
} Param;

struct _PrsRecordList
{
  GObject     parent_instance;

  PrsStore   *store;
  GType       type;
  PrsRecordClass *klass;
  char       *where;
  GArray     *params;
  char       *order_by;

  GArray     *ids;    /* gint64 */
  GPtrArray  *items;  /* PrsRecord or NULL until asked for */

  gulong      changed_handler;
  guint       refresh_source;
  gboolean    reload_all;   /* a bulk change: every record may be stale */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PrsRecordList, prs_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return PRS_RECORD_LIST (model)->type;
}

static guint
get_n_items (GListModel *model)
{
  return PRS_RECORD_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  PrsRecordList *self = PRS_RECORD_LIST (model);
  PrsRecord *record;

  if (position >= self->ids->len)
    return NULL;
  record = self->items->pdata[position];
  if (record == NULL)
    {
      record = prs_store_get_record (self->store, self->type,
                                     g_array_index (self->ids, gint64, position), NULL);
      if (record == NULL)
        return NULL;
      self->items->pdata[position] = record;
    }
  return g_object_ref (record);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
unref_if_set (gpointer object)
{
  if (object)
    g_object_unref (object);
}

static void
param_clear (gpointer data)
{
  g_free (((Param *) data)->s);
}

static void
prs_record_list_dispose (GObject *object)
{
  PrsRecordList *self = PRS_RECORD_LIST (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store && self->changed_handler)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prs_record_list_parent_class)->dispose (object);
}

static void
prs_record_list_finalize (GObject *object)
{
  PrsRecordList *self = PRS_RECORD_LIST (object);

  g_free (self->where);
  g_free (self->order_by);
  g_array_unref (self->params);
  g_array_unref (self->ids);
  g_ptr_array_unref (self->items);
  if (self->klass)
    g_type_class_unref (self->klass);
  G_OBJECT_CLASS (prs_record_list_parent_class)->finalize (object);
}

static void
prs_record_list_class_init (PrsRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prs_record_list_dispose;
  object_class->finalize = prs_record_list_finalize;
}

static void
prs_record_list_init (PrsRecordList *self)
{
  self->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (self->params, param_clear);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_ptr_array_new_with_free_func (unref_if_set);
}

static GArray *
query_ids (PrsRecordList *self)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_string_printf (sql, "SELECT id FROM main.\"%s\"", self->klass->table);
  if (self->where)
    g_string_append_printf (sql, " WHERE %s", self->where);
  g_string_append_printf (sql, " ORDER BY %s", self->order_by ? self->order_by : self->klass->order_by);

  stmt = prs_store_cached (self->store, sql->str, NULL);
  if (!stmt)
    {
      g_warning ("Could not list %s: %s", self->klass->table,
                 sqlite3_errmsg (prs_store_get_db (self->store)));
      return ids;
    }
  for (guint i = 0; i < self->params->len; i++)
    {
      Param *p = &g_array_index (self->params, Param, i);
      if (p->kind == PRS_VALUE_INT || (p->kind == PRS_VALUE_ID && p->i != 0))
        sqlite3_bind_int64 (stmt, i + 1, p->i);
      else if (p->kind == PRS_VALUE_TEXT && p->s)
        sqlite3_bind_text (stmt, i + 1, p->s, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, i + 1);
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

void
prs_record_list_refresh (PrsRecordList *self)
{
  g_autoptr(GArray) ids = NULL;
  GPtrArray *items;
  guint old_len, new_len, prefix = 0, suffix = 0, removed, added;
  const gint64 *a, *b;

  g_return_if_fail (PRS_IS_RECORD_LIST (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (prs_store_get_db (self->store) == NULL)
    return;
  ids = query_ids (self);
  old_len = self->ids->len;
  new_len = ids->len;
  a = (const gint64 *) self->ids->data;
  b = (const gint64 *) ids->data;
  while (prefix < old_len && prefix < new_len && a[prefix] == b[prefix])
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && a[old_len - 1 - suffix] == b[new_len - 1 - suffix])
    suffix++;
  removed = old_len - prefix - suffix;
  added = new_len - prefix - suffix;
  if (removed == 0 && added == 0)
    return;

  items = g_ptr_array_new_full (new_len, unref_if_set);
  for (guint i = 0; i < prefix; i++)
    g_ptr_array_add (items, g_steal_pointer (&self->items->pdata[i]));
  for (guint i = 0; i < added; i++)
    {
      /* Keep objects that only moved, so bindings on them survive. */
      gint64 id = b[prefix + i];
      gpointer item = NULL;
      for (guint j = prefix; j < prefix + removed; j++)
        if (a[j] == id && self->items->pdata[j])
          {
            item = g_steal_pointer (&self->items->pdata[j]);
            break;
          }
      g_ptr_array_add (items, item);
    }
  for (guint i = old_len - suffix; i < old_len; i++)
    g_ptr_array_add (items, g_steal_pointer (&self->items->pdata[i]));

  g_ptr_array_unref (self->items);
  self->items = items;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}

static gboolean
refresh_idle (gpointer data)
{
  PrsRecordList *self = data;

  self->refresh_source = 0;
  prs_record_list_refresh (self);
  if (self->reload_all)
    {
      self->reload_all = FALSE;
      for (guint i = 0; i < self->items->len; i++)
        if (self->items->pdata[i])
          prs_record_reload (self->items->pdata[i], self->store, NULL);
    }
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (PrsStore *store, const char *table, gint64 id, int kind, PrsRecordList *self)
{
  if (id == 0)
    self->reload_all = TRUE;
  else if (kind == PRS_STORE_CHANGE_UPDATED)
    {
      for (guint i = 0; i < self->ids->len; i++)
        if (g_array_index (self->ids, gint64, i) == id)
          {
            if (self->items->pdata[i])
              prs_record_reload (self->items->pdata[i], store, NULL);
            break;
          }
    }
  /* Many rows may change in one commit: re-read the ids once, soon. */
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle, self, NULL);
}

static void
set_params_valist (PrsRecordList *self, const char *where, va_list args)
{
  int kind;

  g_free (self->where);
  self->where = g_strdup (where);
  g_array_set_size (self->params, 0);
  if (where == NULL)
    return;
  while ((kind = va_arg (args, int)) != PRS_VALUE_END)
    {
      Param p = { kind, 0, NULL };
      if (kind == PRS_VALUE_INT || kind == PRS_VALUE_ID)
        p.i = va_arg (args, gint64);
      else if (kind == PRS_VALUE_TEXT)
        p.s = g_strdup (va_arg (args, const char *));
      else if (kind != PRS_VALUE_NULL)
        g_return_if_reached ();
      g_array_append_val (self->params, p);
    }
}

PrsRecordList *
prs_record_list_new (PrsStore *store, GType type, const char *where, ...)
{
  PrsRecordList *self;
  g_autofree char *signal = NULL;
  va_list args;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (type, PRS_TYPE_RECORD), NULL);

  self = g_object_new (PRS_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->type = type;
  self->klass = g_type_class_ref (type);
  va_start (args, where);
  set_params_valist (self, where, args);
  va_end (args);

  signal = g_strdup_printf ("changed::%s", self->klass->table);
  self->changed_handler = g_signal_connect (store, signal, G_CALLBACK (on_store_changed), self);
  prs_record_list_refresh (self);
  return self;
}

void
prs_record_list_set_filter (PrsRecordList *self, const char *where, ...)
{
  va_list args;

  g_return_if_fail (PRS_IS_RECORD_LIST (self));
  va_start (args, where);
  set_params_valist (self, where, args);
  va_end (args);
  prs_record_list_refresh (self);
}

void
prs_record_list_set_order (PrsRecordList *self, const char *order_by)
{
  g_return_if_fail (PRS_IS_RECORD_LIST (self));
  g_free (self->order_by);
  self->order_by = g_strdup (order_by);
  prs_record_list_refresh (self);
}

PrsStore *
prs_record_list_get_store (PrsRecordList *self)
{
  return self->store;
}

gint64
prs_record_list_get_id (PrsRecordList *self, guint position)
{
  g_return_val_if_fail (PRS_IS_RECORD_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

int
prs_record_list_find (PrsRecordList *self, gint64 id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (int) i;
  return -1;
}

/* ---- the lists the screens show ------------------------------------------ */

PrsRecordList *
prs_unit_list_new (PrsStore *store, gint64 parent_id)
{
  if (parent_id == 0)
    return prs_record_list_new (store, PRS_TYPE_UNIT, "parent_id IS NULL", PRS_VALUE_END);
  return prs_record_list_new (store, PRS_TYPE_UNIT, "parent_id = ?1", PRS_INT (parent_id),
                              PRS_VALUE_END);
}

static gboolean
has_rows (PrsStore *store, const char *sql, gint64 id)
{
  sqlite3_stmt *stmt = prs_store_cached (store, sql, NULL);
  gboolean found;

  if (!stmt)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

GListModel *
prs_unit_list_get_children (gpointer item, gpointer user_data)
{
  PrsStore *store = user_data;
  gint64 id = prs_record_get_id (item);

  if (!has_rows (store, "SELECT 1 FROM units WHERE parent_id = ?1 LIMIT 1", id))
    return NULL;
  return G_LIST_MODEL (prs_unit_list_new (store, id));
}

PrsRecordList *
prs_person_list_new (PrsStore *store)
{
  return prs_record_list_new (store, PRS_TYPE_PERSON, "active = 1", PRS_VALUE_END);
}

void
prs_person_list_set_filters (PrsRecordList *self, gint64 unit_id, gboolean include_sub_units,
                             int staff_type, const char *search, gboolean include_inactive)
{
  g_autoptr(GString) where = g_string_new ("1");
  g_autofree char *needle = NULL;
  gint64 unit = unit_id;
  const char *type = NULL;

  g_return_if_fail (PRS_IS_RECORD_LIST (self) && self->type == PRS_TYPE_PERSON);

  /* Every parameter is always bound (?1 … ?3), so the statement text depends only
   * on which filters are on, and stays cached. */
  if (unit_id > 0 && include_sub_units)
    g_string_append (where, " AND unit_id IN (WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL"
                            " SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)");
  else if (unit_id > 0)
    g_string_append (where, " AND unit_id = ?1");
  else
    g_string_append (where, " AND ?1 IS NOT -1");
  if (staff_type >= 0 && staff_type < PRS_STAFF_TYPE_N)
    {
      type = prs_staff_type_to_string (staff_type);
      g_string_append (where, " AND staff_type = ?2");
    }
  else
    g_string_append (where, " AND ?2 IS NULL");
  if (search && *search)
    {
      needle = g_utf8_strdown (search, -1);
      g_string_append (where, " AND instr (lower (prefix || first_name || ' ' || last_name || ' ' || position), ?3) > 0");
    }
  else
    g_string_append (where, " AND ?3 IS NULL");
  if (!include_inactive)
    g_string_append (where, " AND active = 1");

  prs_record_list_set_filter (self, where->str, PRS_INT (unit), PRS_TEXT (type), PRS_TEXT (needle),
                              PRS_VALUE_END);
}

PrsRecordList *
prs_plan_list_new (PrsStore *store)
{
  return prs_record_list_new (store, PRS_TYPE_PLAN, NULL);
}

PrsRecordList *
prs_plan_node_list_new (PrsStore *store, gint64 plan_id, gint64 parent_id)
{
  if (parent_id == 0)
    return prs_record_list_new (store, PRS_TYPE_PLAN_NODE, "plan_id = ?1 AND parent_id IS NULL",
                                PRS_INT (plan_id), PRS_VALUE_END);
  return prs_record_list_new (store, PRS_TYPE_PLAN_NODE, "plan_id = ?1 AND parent_id = ?2",
                              PRS_INT (plan_id), PRS_INT (parent_id), PRS_VALUE_END);
}

GListModel *
prs_plan_node_list_get_children (gpointer item, gpointer user_data)
{
  PrsStore *store = user_data;
  gint64 id = prs_record_get_id (item);

  if (!has_rows (store, "SELECT 1 FROM plan_nodes WHERE parent_id = ?1 LIMIT 1", id))
    return NULL;
  return G_LIST_MODEL (prs_plan_node_list_new (store, prs_plan_node_get_plan_id (item), id));
}

PrsRecordList *
prs_meeting_list_new (PrsStore *store, gint64 committee_id)
{
  if (committee_id == 0)
    return prs_record_list_new (store, PRS_TYPE_MEETING, NULL);
  return prs_record_list_new (store, PRS_TYPE_MEETING, "committee_id = ?1", PRS_INT (committee_id),
                              PRS_VALUE_END);
}

PrsRecordList *
prs_attendance_list_new (PrsStore *store, gint64 meeting_id)
{
  PrsRecordList *self = prs_record_list_new (store, PRS_TYPE_ATTENDANCE, "meeting_id = ?1",
                                             PRS_INT (meeting_id), PRS_VALUE_END);
  /* In the minutes' order: by the member's place on the committee. */
  prs_record_list_set_order (self, "(SELECT sort_order FROM committee_members m WHERE m.id = member_id), id");
  return self;
}

PrsRecordList *
prs_ita_result_list_new (PrsStore *store, int year_be)
{
  if (year_be == 0)
    return prs_record_list_new (store, PRS_TYPE_ITA_RESULT, NULL);
  return prs_record_list_new (store, PRS_TYPE_ITA_RESULT, "year_be = ?1", PRS_INT (year_be),
                              PRS_VALUE_END);
}
