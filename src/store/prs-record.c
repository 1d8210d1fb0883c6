/* prs-record.c: the base class of row objects, driven by a table of fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-record-private.h"
#include "prs-store-private.h"

typedef union
{
  gint64  i;
  char   *s;
} Value;

typedef struct
{
  gint64  id;
  Value  *values;
} PrsRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PrsRecord, prs_record, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
prs_record_finalize (GObject *object)
{
  PrsRecord *self = PRS_RECORD (object);
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);
  PrsRecordClass *klass = PRS_RECORD_GET_CLASS (self);

  for (guint i = 0; priv->values && i < klass->n_fields; i++)
    if (klass->fields[i].kind == PRS_FIELD_TEXT)
      g_free (priv->values[i].s);
  g_free (priv->values);
  G_OBJECT_CLASS (prs_record_parent_class)->finalize (object);
}

static void
prs_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsRecord *self = PRS_RECORD (object);
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  if (prop_id == PROP_ID)
    g_value_set_int64 (value, priv->id);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
prs_record_class_init (PrsRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prs_record_finalize;
  object_class->get_property = prs_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prs_record_init (PrsRecord *self)
{
}

static void
ensure_values (PrsRecord *self)
{
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  if (priv->values == NULL)
    priv->values = g_new0 (Value, MAX (1, PRS_RECORD_GET_CLASS (self)->n_fields));
}

/* Fields' property ids are their index + 1 in the subclass. */
static void
field_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsRecord *self = PRS_RECORD (object);
  PrsRecordClass *klass = PRS_RECORD_GET_CLASS (self);
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);
  const PrsField *f;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  ensure_values (self);
  f = &klass->fields[prop_id - 1];
  switch (f->kind)
    {
    case PRS_FIELD_INT:
    case PRS_FIELD_NULLABLE_INT:
      g_value_set_int64 (value, priv->values[prop_id - 1].i);
      break;
    case PRS_FIELD_TEXT:
      g_value_set_string (value, priv->values[prop_id - 1].s);
      break;
    case PRS_FIELD_BOOL:
      g_value_set_boolean (value, priv->values[prop_id - 1].i != 0);
      break;
    case PRS_FIELD_ENUM:
      g_value_set_enum (value, (int) priv->values[prop_id - 1].i);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
prs_record_class_install_fields (PrsRecordClass *klass, const char *table, const char *order_by,
                                 const PrsField *fields, guint n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GString *sql = g_string_new ("SELECT id");
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  klass->table = table;
  klass->order_by = order_by;
  klass->fields = fields;
  klass->n_fields = n_fields;
  object_class->get_property = field_get_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const PrsField *f = &fields[i];
      GParamSpec *pspec = NULL;

      switch (f->kind)
        {
        case PRS_FIELD_INT:
          pspec = g_param_spec_int64 (f->property, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case PRS_FIELD_NULLABLE_INT:
          pspec = g_param_spec_int64 (f->property, NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
          break;
        case PRS_FIELD_TEXT:
          pspec = g_param_spec_string (f->property, NULL, NULL, NULL, flags);
          break;
        case PRS_FIELD_BOOL:
          pspec = g_param_spec_boolean (f->property, NULL, NULL, FALSE, flags);
          break;
        case PRS_FIELD_ENUM:
          pspec = g_param_spec_enum (f->property, NULL, NULL, f->enum_type (), 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (object_class, i + 1, pspec);
      g_string_append_printf (sql, ", \"%s\"", f->column);
    }
  g_string_append_printf (sql, " FROM main.\"%s\"", table);
  klass->select_sql = g_string_free (sql, FALSE);
}

const char *
prs_record_class_get_select_sql (PrsRecordClass *klass)
{
  return klass->select_sql;
}

static guint
field_index (PrsRecord *self, const char *column)
{
  PrsRecordClass *klass = PRS_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].column, column))
      return i;
  return G_MAXUINT;
}

gint64
prs_record_get_int_at (PrsRecord *self, guint field)
{
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  g_return_val_if_fail (field < PRS_RECORD_GET_CLASS (self)->n_fields, 0);
  ensure_values (self);
  return priv->values[field].i;
}

const char *
prs_record_get_text_at (PrsRecord *self, guint field)
{
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  g_return_val_if_fail (field < PRS_RECORD_GET_CLASS (self)->n_fields, NULL);
  g_return_val_if_fail (PRS_RECORD_GET_CLASS (self)->fields[field].kind == PRS_FIELD_TEXT, NULL);
  ensure_values (self);
  return priv->values[field].s;
}

int
prs_record_get_enum_at (PrsRecord *self, guint field)
{
  return (int) prs_record_get_int_at (self, field);
}

gint64
prs_record_get_id (PrsRecord *self)
{
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  g_return_val_if_fail (PRS_IS_RECORD (self), 0);
  return priv->id;
}

const char *
prs_record_get_table (PrsRecord *self)
{
  g_return_val_if_fail (PRS_IS_RECORD (self), NULL);
  return PRS_RECORD_GET_CLASS (self)->table;
}

gint64
prs_record_get_int (PrsRecord *self, const char *column)
{
  guint i;

  g_return_val_if_fail (PRS_IS_RECORD (self), 0);
  if (g_str_equal (column, "id"))
    return prs_record_get_id (self);
  i = field_index (self, column);
  g_return_val_if_fail (i != G_MAXUINT, 0);
  if (PRS_RECORD_GET_CLASS (self)->fields[i].kind == PRS_FIELD_TEXT)
    return 0;
  return prs_record_get_int_at (self, i);
}

const char *
prs_record_get_text (PrsRecord *self, const char *column)
{
  guint i;

  g_return_val_if_fail (PRS_IS_RECORD (self), NULL);
  i = field_index (self, column);
  g_return_val_if_fail (i != G_MAXUINT, NULL);
  if (PRS_RECORD_GET_CLASS (self)->fields[i].kind == PRS_FIELD_ENUM)
    {
      GEnumClass *eclass = g_type_class_peek (PRS_RECORD_GET_CLASS (self)->fields[i].enum_type ());
      GEnumValue *v = eclass ? g_enum_get_value (eclass, (int) prs_record_get_int_at (self, i)) : NULL;
      return v ? v->value_nick : NULL;
    }
  return prs_record_get_text_at (self, i);
}

void
prs_record_set_from_row (PrsRecord *self, sqlite3_stmt *stmt)
{
  PrsRecordClass *klass = PRS_RECORD_GET_CLASS (self);
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);

  ensure_values (self);
  priv->id = sqlite3_column_int64 (stmt, 0);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PrsField *f = &klass->fields[i];
      int col = (int) i + 1;
      gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;
      gint64 n = 0;

      switch (f->kind)
        {
        case PRS_FIELD_TEXT:
          {
            const char *s = (const char *) sqlite3_column_text (stmt, col);
            if (g_strcmp0 (s, priv->values[i].s) == 0)
              continue;
            g_free (priv->values[i].s);
            priv->values[i].s = g_strdup (s);
          }
          break;
        case PRS_FIELD_ENUM:
          {
            GEnumClass *eclass = g_type_class_ref (f->enum_type ());
            GEnumValue *v = g_enum_get_value_by_nick (eclass, is_null ? ""
                                                      : (const char *) sqlite3_column_text (stmt, col));
            n = v ? v->value : 0;
            g_type_class_unref (eclass);
          }
          G_GNUC_FALLTHROUGH;
        case PRS_FIELD_INT:
        case PRS_FIELD_BOOL:
        case PRS_FIELD_NULLABLE_INT:
          if (f->kind != PRS_FIELD_ENUM)
            n = is_null ? (f->kind == PRS_FIELD_NULLABLE_INT ? -1 : 0) : sqlite3_column_int64 (stmt, col);
          if (n == priv->values[i].i)
            continue;
          priv->values[i].i = n;
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_notify_by_pspec (G_OBJECT (self),
                                g_object_class_find_property (G_OBJECT_CLASS (klass), f->property));
    }
  g_object_thaw_notify (G_OBJECT (self));
}

PrsRecord *
prs_record_new_from_row (GType type, sqlite3_stmt *stmt)
{
  PrsRecord *self = g_object_new (type, NULL);
  PrsRecordPrivate *priv = prs_record_get_instance_private (self);
  PrsRecordClass *klass = PRS_RECORD_GET_CLASS (self);

  /* Nullable numbers start "empty" so a first load of NULL does not look like 0. */
  ensure_values (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == PRS_FIELD_NULLABLE_INT)
      priv->values[i].i = -1;
  g_object_freeze_notify (G_OBJECT (self));
  prs_record_set_from_row (self, stmt);
  /* A new object has no listeners; dropping the queued notifies is harmless. */
  g_object_thaw_notify (G_OBJECT (self));
  return self;
}

static sqlite3_stmt *
select_by_id (PrsStore *store, PrsRecordClass *klass, gint64 id, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("%s WHERE id = ?1", klass->select_sql);
  sqlite3_stmt *stmt = prs_store_cached (store, sql, error);
  int rc;

  if (!stmt)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return stmt;
  if (rc == SQLITE_DONE)
    g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                 _("The record no longer exists; it may have been deleted."));
  else
    prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
  sqlite3_reset (stmt);
  return NULL;
}

gpointer
prs_store_get_record (PrsStore *store, GType type, gint64 id, GError **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  sqlite3_stmt *stmt;
  PrsRecord *record;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (type, PRS_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  stmt = select_by_id (store, PRS_RECORD_CLASS (klass), id, error);
  if (!stmt)
    return NULL;
  record = prs_record_new_from_row (type, stmt);
  sqlite3_reset (stmt);
  return record;
}

gboolean
prs_record_reload (PrsRecord *self, PrsStore *store, GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRS_IS_RECORD (self), FALSE);
  stmt = select_by_id (store, PRS_RECORD_GET_CLASS (self), prs_record_get_id (self), error);
  if (!stmt)
    return FALSE;
  prs_record_set_from_row (self, stmt);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
prs_record_update (PrsRecord *self, PrsStore *store, GError **error, const char *first_column, ...)
{
  va_list args;
  gboolean ok;

  g_return_val_if_fail (PRS_IS_RECORD (self), FALSE);
  va_start (args, first_column);
  ok = prs_store_update_valist (store, prs_record_get_table (self), prs_record_get_id (self),
                                error, first_column, args);
  va_end (args);
  return ok;
}
