/* prs-store-people.c: units, the staff list and the roster import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-private.h"
#include "prs-store-people.h"

/* ---- staff types ------------------------------------------------------------ */

static const char * const staff_type_thai[PRS_STAFF_TYPE_N] = {
  "ข้าราชการ", "พนักงานราชการ", "พนักงานกองทุน", "ลูกจ้างประจำ", "ลูกจ้างชั่วคราว", "บุคคลภายนอก",
};

const char *
prs_staff_type_thai (PrsStaffType type)
{
  g_return_val_if_fail (type < PRS_STAFF_TYPE_N, "");
  return staff_type_thai[type];
}

/* Case-folded, without white space, dashes, underscores, dots and brackets. */
char *
prs_table_header_key (const char *cell)
{
  g_autofree char *norm = g_utf8_normalize (cell ? cell : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (norm ? norm : "", -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == '_' || c == '.' || c == '/' || c == ':'
          || c == '(' || c == ')' || c == '*' || c == 0x2013 || c == 0x2014 || c == 0x200B
          || c == 0xFEFF || c == '"' || c == '\'')
        continue;
      /* NFKC splits sara am into nikhahit + sara aa; put it back */
      if (c == 0x0E32 && key->len >= 3 && g_str_has_suffix (key->str, "\xe0\xb9\x8d"))
        {
          g_string_truncate (key, key->len - 3);
          c = 0x0E33;
        }
      g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

gboolean
prs_staff_type_parse (const char *text, PrsStaffType *type)
{
  static const struct { const char *key; PrsStaffType type; } exact[] = {
    { "civilservant", PRS_STAFF_TYPE_CIVIL_SERVANT },
    { "civilservants", PRS_STAFF_TYPE_CIVIL_SERVANT },
    { "ขรก", PRS_STAFF_TYPE_CIVIL_SERVANT },
    { "governmentemployee", PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE },
    { "govemployee", PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE },
    { "พรก", PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE },
    { "fundemployee", PRS_STAFF_TYPE_FUND_EMPLOYEE },
    { "permanentemployee", PRS_STAFF_TYPE_PERMANENT_EMPLOYEE },
    { "ลจป", PRS_STAFF_TYPE_PERMANENT_EMPLOYEE },
    { "temporaryemployee", PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE },
    { "temporary", PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE },
    { "contractor", PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE },
    { "external", PRS_STAFF_TYPE_EXTERNAL },
    { "outsider", PRS_STAFF_TYPE_EXTERNAL },
  };
  /* Thai words, most specific first: พนักงานราชการ before ราชการ. */
  static const struct { const char *part; PrsStaffType type; } contains[] = {
    { "พนักงานราชการ", PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE },
    { "พนักงานกองทุน", PRS_STAFF_TYPE_FUND_EMPLOYEE },
    { "กองทุน", PRS_STAFF_TYPE_FUND_EMPLOYEE },
    { "ลูกจ้างประจำ", PRS_STAFF_TYPE_PERMANENT_EMPLOYEE },
    { "ลจ.ประจำ", PRS_STAFF_TYPE_PERMANENT_EMPLOYEE },
    { "ลจประจำ", PRS_STAFF_TYPE_PERMANENT_EMPLOYEE },
    { "ชั่วคราว", PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE },
    { "จ้างเหมา", PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE },
    { "ภายนอก", PRS_STAFF_TYPE_EXTERNAL },
    { "ข้าราชการ", PRS_STAFF_TYPE_CIVIL_SERVANT },
  };
  g_autofree char *key = NULL;
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (prs_staff_type_from_string (trimmed, type))
    return TRUE;
  key = prs_table_header_key (text);
  if (*key == '\0')
    return FALSE;
  for (guint i = 0; i < PRS_STAFF_TYPE_N; i++)
    {
      g_autofree char *enum_key = prs_table_header_key (prs_staff_type_to_string (i));
      g_autofree char *thai_key = prs_table_header_key (staff_type_thai[i]);

      if (g_str_equal (key, enum_key) || g_str_equal (key, thai_key))
        {
          *type = i;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (key, exact[i].key))
      {
        *type = exact[i].type;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (contains); i++)
    {
      g_autofree char *part = prs_table_header_key (contains[i].part);

      if (strstr (key, part) != NULL)
        {
          *type = contains[i].type;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
prs_staff_types_parse_list (const char *text, guint *mask, GError **error)
{
  g_auto (GStrv) parts = g_strsplit_set (text ? text : "", ",;", -1);
  guint m = 0;

  for (guint i = 0; parts[i]; i++)
    {
      PrsStaffType t;
      char *word = g_strstrip (parts[i]);

      if (*word == '\0')
        continue;
      if (!prs_staff_type_parse (word, &t))
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                       _("“%s” is not a staff type. Use civil_servant, government_employee, "
                         "fund_employee, permanent_employee, temporary_employee, external "
                         "or the Thai words (ข้าราชการ, พนักงานราชการ …)."), word);
          return FALSE;
        }
      m |= 1u << t;
    }
  if (m == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Give at least one staff type."));
      return FALSE;
    }
  *mask = m;
  return TRUE;
}

/* ---- reading tables --------------------------------------------------------- */

static gboolean
has_suffix_ci (const char *path, const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  return g_str_has_suffix (lower, suffix);
}

GPtrArray *
prs_table_read_file (const char *path, char **note, GError **error)
{
  GPtrArray *rows;

  if (has_suffix_ci (path, ".xlsx"))
    {
      rows = prs_xlsx_read_file (path, NULL, NULL, error);
      if (note)
        *note = g_strdup ("XLSX");
      return rows;
    }
  else
    {
      PrsCsvInfo info = { 0 };

      rows = prs_csv_read_file (path, NULL, &info, error);
      if (rows && note)
        *note = g_strdup_printf ("CSV, %s, %s",
                                 prs_csv_encoding_note (&info),
                                 info.delimiter == ';' ? _("semicolons") :
                                 info.delimiter == '\t' ? _("tabs") : _("commas"));
      return rows;
    }
}

/* ---- units ------------------------------------------------------------------ */

/* A unit name folded for matching: NFKC, case-folded, no white space. */
static char *
unit_key (const char *name)
{
  g_autofree char *norm = g_utf8_normalize (name ? name : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (norm ? norm : "", -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B && c != 0xFEFF)
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* key -> id for names (first) and abbreviations of every unit; NULL on a read error. */
static GHashTable *
unit_index (PrsStore *store, GError **error)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT id, name, abbreviation FROM units ORDER BY is_own_agency DESC, id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  for (int col = 1; col <= 2; col++)
    {
      sqlite3_reset (stmt);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *key = unit_key ((const char *) sqlite3_column_text (stmt, col));

          if (*key != '\0' && !g_hash_table_contains (index, key))
            {
              gint64 *id = g_new (gint64, 1);
              *id = sqlite3_column_int64 (stmt, 0);
              g_hash_table_insert (index, g_steal_pointer (&key), id);
            }
        }
      if (rc != SQLITE_DONE)
        {
          prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
          return NULL;
        }
    }
  return g_steal_pointer (&index);
}

gint64
prs_people_find_unit (PrsStore *store, const char *name_or_abbreviation, GError **error)
{
  g_autoptr (GHashTable) index = unit_index (store, error);
  g_autofree char *key = NULL;
  gint64 *id;

  if (index == NULL)
    return 0;
  key = unit_key (name_or_abbreviation);
  id = g_hash_table_lookup (index, key);
  return id ? *id : 0;
}

gint64
prs_people_get_own_agency (PrsStore *store, GError **error)
{
  gint64 id;

  if (!prs_store_query_int_checked (store, "SELECT id FROM units WHERE is_own_agency = 1 ORDER BY id LIMIT 1", 0,
                                    &id, error))
    return -1;
  return id;
}

GHashTable *
prs_people_bureau_map (PrsStore *store, GError **error)
{
  g_autoptr (GHashTable) parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (PrsStatement) stmt = NULL;
  GHashTable *map;
  gint64 own = prs_people_get_own_agency (store, error);
  GHashTableIter iter;
  gpointer k, v;
  int rc;

  if (own < 0)
    return NULL;
  stmt = prs_store_prepare (store, "SELECT id, ifnull (parent_id, 0) FROM units", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1), *parent = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      *parent = sqlite3_column_int64 (stmt, 1);
      g_hash_table_insert (parents, id, parent);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return NULL;
    }

  map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, parents);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      gint64 unit = *(gint64 *) k, cur = unit, bureau = unit;
      gint64 *key = g_new (gint64, 1), *value = g_new (gint64, 1);
      guint guard = 0;

      if (own != 0)
        {
          /* climb until the parent is the own agency; outside its subtree: itself */
          bureau = unit;
          if (unit != own)
            {
              gboolean found = FALSE;

              while (cur != 0 && guard++ < 64)
                {
                  gint64 *parent = g_hash_table_lookup (parents, &cur);

                  if (parent == NULL)
                    break;
                  if (*parent == own)
                    {
                      bureau = cur;
                      found = TRUE;
                      break;
                    }
                  cur = *parent;
                }
              if (!found)
                bureau = unit;
            }
        }
      else
        {
          while (guard++ < 64)
            {
              gint64 *parent = g_hash_table_lookup (parents, &cur);

              if (parent == NULL || *parent == 0)
                break;
              cur = *parent;
            }
          bureau = cur;
        }
      *key = unit;
      *value = bureau;
      g_hash_table_insert (map, key, value);
    }
  return map;
}

static gboolean
check_unit_name (const char *name, GError **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (name ? name : ""));

  if (*copy == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A unit needs a name."));
      return FALSE;
    }
  return TRUE;
}

gint64
prs_people_add_unit (PrsStore *store, gint64 parent_id, const char *name, const char *abbreviation,
                     GError **error)
{
  g_autofree char *n = NULL, *a = NULL;
  gint64 sort;

  if (!check_unit_name (name, error))
    return 0;
  n = g_strstrip (g_strdup (name));
  a = g_strstrip (g_strdup (abbreviation ? abbreviation : ""));
  if (!prs_store_query_int_checked (store, "SELECT ifnull (max (sort_order), 0) + 1 FROM units", 1, &sort, error))
    return 0;
  return prs_store_insert (store, "units", error, "parent_id", PRS_ID (parent_id), "name", PRS_TEXT (n),
                           "abbreviation", PRS_TEXT (a), "sort_order", PRS_INT (sort), NULL);
}

gboolean
prs_people_rename_unit (PrsStore *store, gint64 unit_id, const char *name, const char *abbreviation,
                        GError **error)
{
  g_autofree char *n = NULL, *a = NULL;

  if (!check_unit_name (name, error))
    return FALSE;
  n = g_strstrip (g_strdup (name));
  a = g_strstrip (g_strdup (abbreviation ? abbreviation : ""));
  return prs_store_update (store, "units", unit_id, error, "name", PRS_TEXT (n),
                           "abbreviation", PRS_TEXT (a), NULL);
}

/* Whether @unit is @ancestor or below it, in *@below; FALSE on a read error. */
static gboolean
is_descendant (PrsStore *store, gint64 unit, gint64 ancestor, gboolean *below, GError **error)
{
  gint64 cur = unit;

  *below = FALSE;
  for (guint guard = 0; cur != 0 && guard < 64; guard++)
    {
      g_autoptr (PrsStatement) stmt = NULL;
      int rc;

      if (cur == ancestor)
        {
          *below = TRUE;
          return TRUE;
        }
      stmt = prs_store_prepare (store, "SELECT ifnull (parent_id, 0) FROM units WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cur);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
          return FALSE;
        }
      cur = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
    }
  return TRUE;
}

gboolean
prs_people_move_unit (PrsStore *store, gint64 unit_id, gint64 new_parent_id, GError **error)
{
  gboolean below = FALSE;

  if (new_parent_id != 0 && !is_descendant (store, new_parent_id, unit_id, &below, error))
    return FALSE;
  if (below)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A unit cannot be moved under itself or one of its own sub-units."));
      return FALSE;
    }
  return prs_store_update (store, "units", unit_id, error, "parent_id", PRS_ID (new_parent_id), NULL);
}

gboolean
prs_people_merge_units (PrsStore *store, gint64 from, gint64 into, GError **error)
{
  static const char * const moves[] = {
    "UPDATE people SET unit_id = ?2 WHERE unit_id = ?1",
    "UPDATE units SET parent_id = ?2 WHERE parent_id = ?1",
    "UPDATE plans SET unit_id = ?2 WHERE unit_id = ?1",
    "UPDATE ita_results SET unit_id = ?2 WHERE unit_id = ?1",
    "UPDATE ita_issues SET unit_id = ?2 WHERE unit_id = ?1",
    "INSERT OR IGNORE INTO node_units (node_id, unit_id, sort_order)"
    " SELECT node_id, ?2, sort_order FROM node_units WHERE unit_id = ?1",
    "INSERT OR IGNORE INTO ita_measure_units (measure_id, unit_id)"
    " SELECT measure_id, ?2 FROM ita_measure_units WHERE unit_id = ?1",
    "UPDATE units SET is_own_agency = 1 WHERE id = ?2 AND (SELECT is_own_agency FROM units WHERE id = ?1) = 1",
  };
  g_autoptr (PrsStatement) clash = NULL;
  gboolean below = FALSE;
  int rc;

  if (from == into || from == 0 || into == 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Choose two different units to merge."));
      return FALSE;
    }
  if (!is_descendant (store, into, from, &below, error))
    return FALSE;
  if (below)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("A unit cannot be merged into one of its own sub-units."));
      return FALSE;
    }
  clash = prs_store_prepare (store, "SELECT 1 FROM ita_results a JOIN ita_results b ON a.year_be = b.year_be"
                                    " WHERE a.unit_id = ?1 AND b.unit_id = ?2", error);
  if (clash == NULL)
    return FALSE;
  sqlite3_bind_int64 (clash, 1, from);
  sqlite3_bind_int64 (clash, 2, into);
  rc = sqlite3_step (clash);
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Both units have ITA results for the same year; remove one first."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return FALSE;
    }
  if (!prs_store_begin_edit (store, _("Merge units"), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (!prs_store_execute (store, error, moves[i], PRS_INT (from), PRS_INT (into), PRS_VALUE_END))
      goto fail;
  if (!prs_store_delete (store, "units", from, error))
    goto fail;
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}

/* ---- the staff list --------------------------------------------------------- */

/* Rows are shared between the staff index below and the lists handed out
 * (reference-counted), so a list costs a pointer per person. */
static void
person_row_clear (gpointer data)
{
  PrsPersonRow *r = data;

  g_free (r->prefix);
  g_free (r->first_name);
  g_free (r->last_name);
  g_free (r->position);
  g_free (r->unit_name);
  g_free (r->unit_abbreviation);
}

static void
person_row_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, person_row_clear);
}

char *
prs_person_row_display_name (const PrsPersonRow *row)
{
  /* Thai writes the title against the name (นางสาวสุดา); Latin names take a space */
  gboolean latin = row->prefix && *row->prefix && g_ascii_isalpha (row->first_name[0]);

  return g_strdup_printf ("%s%s%s%s%s", row->prefix ? row->prefix : "", latin ? " " : "", row->first_name,
                          row->last_name && *row->last_name ? " " : "", row->last_name ? row->last_name : "");
}

/* The search key of a name: its normal form without spaces. */
static char *
search_key (const char *name)
{
  g_autofree char *norm = prs_name_normalise (name ? name : "");
  GString *key = g_string_new (NULL);

  for (const char *p = norm; *p; p++)
    if (*p != ' ')
      g_string_append_c (key, *p);
  return g_string_free (key, FALSE);
}

/* The whole staff list in its order with each person's search keys, kept on the
 * store between calls: a keystroke in the People search filters it in memory
 * instead of running the query (a recursive unit tree and a sort of 20,000 rows)
 * and folding 20,000 positions again. It is read again after a write that can
 * change it: a committed change to people or units (the store's ::changed, which
 * tells every write of a store with an undo log), another connection's commit
 * (PRAGMA data_version), or, where ::changed does not tell everything (a store
 * without undo log, an edit not yet committed), any change on this connection.
 * Ticking participation, meetings or plans leaves it alone. The keys of names
 * that did not change are carried over, since normalising every name is the
 * costly part. */
typedef struct
{
  PrsPersonRow *row;
  char         *key;       /* search_key ("first last"); NULL until a search needs it */
  char         *position;  /* the position case-folded; likewise */
} StaffEntry;

typedef struct
{
  sqlite3       *db;
  sqlite3_int64  changes;
  gint64         data_version;
  GArray        *entries;  /* StaffEntry, in the list's order */
  guint          n_keyed;  /* entries before this one have their keys */
  gboolean       keyed;    /* a search has run: every entry keeps its keys */
  guint          people_generation; /* prs_store_get_table_generation() when read */
  guint          units_generation;
  gboolean       in_edit;  /* read inside an edit, which may still be cancelled */
} StaffIndex;

#define STAFF_INDEX_KEY "prs-people-staff-index"

static void
staff_entry_clear (gpointer data)
{
  StaffEntry *e = data;

  g_clear_pointer (&e->row, person_row_release);
  g_clear_pointer (&e->key, g_free);
  g_clear_pointer (&e->position, g_free);
}

static void
staff_index_free (gpointer data)
{
  StaffIndex *index = data;

  g_clear_pointer (&index->entries, g_array_unref);
  g_free (index);
}

static void
staff_entry_make_keys (StaffEntry *e)
{
  if (e->key == NULL)
    {
      g_autofree char *full = g_strdup_printf ("%s %s", e->row->first_name, e->row->last_name);

      e->key = search_key (full);
    }
  if (e->position == NULL)
    e->position = prs_name_casefold (e->row->position);
}

/* Keys for at most @budget more entries; TRUE when every entry has them. */
static gboolean
staff_index_make_keys (StaffIndex *index, guint budget)
{
  for (; index->n_keyed < index->entries->len && budget > 0; index->n_keyed++, budget--)
    staff_entry_make_keys (&g_array_index (index->entries, StaffEntry, index->n_keyed));
  return index->n_keyed == index->entries->len;
}

/* The index, read again if the workspace changed since; NULL on a read error. */
static StaffIndex *
staff_index_get (PrsStore *store, GError **error)
{
  StaffIndex *index = g_object_get_data (G_OBJECT (store), STAFF_INDEX_KEY);
  sqlite3 *db = prs_store_get_db (store);
  sqlite3_int64 changes = db ? sqlite3_total_changes64 (db) : -1;
  gint64 data_version = db ? prs_store_query_int (store, "PRAGMA data_version", -1) : -1;
  g_autoptr (GHashTable) old = NULL;
  g_autoptr (PrsStatement) stmt = NULL;
  g_autoptr (GArray) entries = NULL;
  int rc;

  guint people_generation = prs_store_get_table_generation (store, "people");
  guint units_generation = prs_store_get_table_generation (store, "units");

  if (index && index->entries && db && index->db == db
      && index->people_generation == people_generation && index->units_generation == units_generation
      && index->data_version == data_version && data_version >= 0
      && (index->in_edit ? prs_store_in_edit (store) && index->changes == changes
                         : index->changes == changes
                           || (prs_store_signals_every_write (store) && !prs_store_in_edit (store))))
    {
      index->changes = changes;
      return index;
    }

  /* (NOT INDEXED: every row is read, and in the table's order that costs a
   * third less than through people_unit, which SQLite would pick) */
  stmt = prs_store_prepare (store,
    "WITH RECURSIVE tree (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM units WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, t.path || '/' || printf ('%08d.%08d', u.sort_order, u.id)"
    "  FROM units u JOIN tree t ON u.parent_id = t.id)"
    " SELECT p.id, ifnull (p.prefix, ''), ifnull (p.first_name, ''), ifnull (p.last_name, ''),"
    "   ifnull (p.position, ''), ifnull (p.unit_id, 0), ifnull (u.name, ''), ifnull (u.abbreviation, ''),"
    "   p.staff_type, p.active"
    " FROM people p NOT INDEXED LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN tree t ON t.id = p.unit_id"
    " ORDER BY t.path, p.first_name, p.last_name, p.id", error);
  if (stmt == NULL)
    return NULL;

  /* the keys made before, by person id, for names and positions still the same */
  if (index && index->entries)
    {
      old = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < index->entries->len; i++)
        {
          StaffEntry *e = &g_array_index (index->entries, StaffEntry, i);

          g_hash_table_insert (old, &e->row->id, e);
        }
    }

  entries = g_array_new (FALSE, FALSE, sizeof (StaffEntry));
  g_array_set_clear_func (entries, staff_entry_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsPersonRow *r = g_atomic_rc_box_new0 (PrsPersonRow);
      StaffEntry e = { r, NULL, NULL };
      StaffEntry *before;

      r->id = sqlite3_column_int64 (stmt, 0);
      r->prefix = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      r->first_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      r->last_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      r->position = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      r->unit_id = sqlite3_column_int64 (stmt, 5);
      r->unit_name = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      r->unit_abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      r->staff_type = PRS_STAFF_TYPE_CIVIL_SERVANT;
      prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 8), &r->staff_type);
      r->active = sqlite3_column_int (stmt, 9) != 0;
      before = old ? g_hash_table_lookup (old, &r->id) : NULL;
      if (before && g_str_equal (before->row->first_name, r->first_name)
          && g_str_equal (before->row->last_name, r->last_name))
        e.key = g_steal_pointer (&before->key);
      if (before && g_str_equal (before->row->position, r->position))
        e.position = g_steal_pointer (&before->position);
      g_array_append_val (entries, e);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, db, rc, NULL);
      /* some of its keys went to the rows read: read it all again next time */
      if (index)
        {
          g_clear_pointer (&index->entries, g_array_unref);
          index->n_keyed = 0;
        }
      return NULL;
    }

  if (index == NULL)
    {
      index = g_new0 (StaffIndex, 1);
      g_object_set_data_full (G_OBJECT (store), STAFF_INDEX_KEY, index, staff_index_free);
    }
  g_clear_pointer (&old, g_hash_table_unref);
  g_clear_pointer (&index->entries, g_array_unref);
  index->entries = g_steal_pointer (&entries);
  index->db = db;
  index->changes = changes;
  index->data_version = data_version;
  index->people_generation = people_generation;
  index->units_generation = units_generation;
  index->in_edit = prs_store_in_edit (store);
  index->n_keyed = 0;
  if (index->keyed)
    {
      /* a search has run: keep every key ready (only the changed names cost) */
      staff_index_make_keys (index, G_MAXUINT);
    }
  return index;
}

gboolean
prs_people_prepare_search (PrsStore *store, guint budget)
{
  StaffIndex *index;

  g_return_val_if_fail (PRS_IS_STORE (store), TRUE);

  index = staff_index_get (store, NULL);
  return index == NULL || staff_index_make_keys (index, budget);
}

/* @unit and every unit below it, as a set of gint64 *. */
static GHashTable *
units_below (PrsStore *store, gint64 unit, GError **error)
{
  g_autoptr (GHashTable) set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "WITH RECURSIVE below (id) AS (SELECT ?1 UNION SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id)"
      " SELECT id FROM below", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (set, id);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&set);
}

GPtrArray *
prs_people_list (PrsStore *store, const PrsPeopleFilter *filter, GError **error)
{
  g_autoptr (GHashTable) below = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *raw_needle = NULL;
  StaffIndex *index;
  GPtrArray *rows;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  index = staff_index_get (store, error);
  if (index == NULL)
    return NULL;
  if (filter && filter->unit_id != 0)
    {
      below = units_below (store, filter->unit_id, error);
      if (below == NULL)
        return NULL;
    }
  if (filter && filter->search && *filter->search)
    {
      needle = search_key (filter->search);
      raw_needle = g_utf8_casefold (filter->search, -1);
      g_strstrip (raw_needle);
      staff_index_make_keys (index, G_MAXUINT);
      index->keyed = TRUE;
    }

  rows = g_ptr_array_new_full (index->entries->len, person_row_release);
  for (guint i = 0; i < index->entries->len; i++)
    {
      StaffEntry *e = &g_array_index (index->entries, StaffEntry, i);
      PrsPersonRow *r = e->row;

      if (below && !g_hash_table_contains (below, &r->unit_id))
        continue;
      if (filter && filter->active >= 0 && r->active != (filter->active != 0))
        continue;
      if (filter && filter->staff_types && !(filter->staff_types & (1u << r->staff_type)))
        continue;
      /* part of the name, titles ignored; or else part of the position, as typed */
      if (needle != NULL && (*needle == '\0' || strstr (e->key, needle) == NULL)
          && (*raw_needle == '\0' || strstr (e->position, raw_needle) == NULL))
        continue;
      g_ptr_array_add (rows, g_atomic_rc_box_acquire (r));
    }
  return rows;
}

char *
prs_people_get_display_name (PrsStore *store, gint64 person_id, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT prefix || first_name || CASE WHEN last_name = '' THEN '' ELSE ' ' || last_name END,"
      " ifnull ((SELECT abbreviation FROM units u WHERE u.id = people.unit_id), '')"
      " FROM people WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return prs_store_step_done (store, rc, error) ? g_strdup ("") : NULL;
  if (*(const char *) sqlite3_column_text (stmt, 1))
    return g_strdup_printf ("%s (%s)", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
prs_people_set_active (PrsStore *store, gint64 person_id, gboolean active, GError **error)
{
  return prs_store_update (store, "people", person_id, error, "active", PRS_BOOL (active), NULL);
}

gboolean
prs_people_update_person (PrsStore *store, gint64 person_id, const char *prefix, const char *first_name,
                          const char *last_name, const char *position, gint64 unit_id, PrsStaffType staff_type,
                          gboolean active, GError **error)
{
  g_autofree char *first = g_strstrip (g_strdup (first_name ? first_name : ""));
  g_autofree char *last = g_strstrip (g_strdup (last_name ? last_name : ""));
  g_autofree char *title = g_strstrip (g_strdup (prefix ? prefix : ""));
  g_autofree char *pos = g_strstrip (g_strdup (position ? position : ""));

  if (*first == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("A person needs a first name."));
      return FALSE;
    }
  if ((guint) staff_type >= PRS_STAFF_TYPE_N)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("Unknown staff type."));
      return FALSE;
    }
  return prs_store_update (store, "people", person_id, error, "prefix", PRS_TEXT (title), "first_name",
                           PRS_TEXT (first), "last_name", PRS_TEXT (last), "position", PRS_TEXT (pos),
                           "unit_id", PRS_ID (unit_id), "staff_type", PRS_TEXT (prs_staff_type_to_string (staff_type)),
                           "active", PRS_BOOL (active), NULL);
}

/* ---- roster import ---------------------------------------------------------- */

enum
{
  COL_FULL, COL_PREFIX, COL_FIRST, COL_LAST, COL_POSITION, COL_UNIT, COL_SUBUNIT, COL_ABBR,
  COL_TYPE, COL_ACTIVE, N_COLS
};

static int
roster_column (const char *cell)
{
  static const struct { const char *key; int col; } exact[] = {
    { "ชื่อสกุล", COL_FULL }, { "ชื่อนามสกุล", COL_FULL }, { "ชื่อและนามสกุล", COL_FULL },
    { "รายชื่อ", COL_FULL }, { "ชื่อสกุลผู้", COL_FULL }, { "name", COL_FULL }, { "fullname", COL_FULL },
    { "ชื่อตัวชื่อสกุล", COL_FULL }, { "ชื่อบุคลากร", COL_FULL }, { "ชื่อเจ้าหน้าที่", COL_FULL },
    { "คำนำหน้า", COL_PREFIX }, { "คำนำหน้าชื่อ", COL_PREFIX }, { "คำนำหน้านาม", COL_PREFIX },
    { "title", COL_PREFIX }, { "prefix", COL_PREFIX }, { "ยศ", COL_PREFIX }, { "ยศคำนำหน้า", COL_PREFIX },
    { "ชื่อ", COL_FIRST }, { "ชื่อตัว", COL_FIRST }, { "firstname", COL_FIRST }, { "first", COL_FIRST },
    { "givenname", COL_FIRST },
    { "นามสกุล", COL_LAST }, { "สกุล", COL_LAST }, { "lastname", COL_LAST }, { "surname", COL_LAST },
    { "last", COL_LAST }, { "familyname", COL_LAST },
    { "ตำแหน่ง", COL_POSITION }, { "position", COL_POSITION }, { "ชื่อตำแหน่ง", COL_POSITION },
    { "หน่วยงาน", COL_UNIT }, { "สังกัด", COL_UNIT }, { "สำนัก", COL_UNIT }, { "สำนักกอง", COL_UNIT },
    { "สำนักสถาบันกลุ่ม", COL_UNIT }, { "สำนักกลุ่ม", COL_UNIT }, { "กอง", COL_UNIT },
    { "unit", COL_UNIT }, { "department", COL_UNIT }, { "bureau", COL_UNIT }, { "หน่วยงานสังกัด", COL_UNIT },
    { "สำนักกองศูนย์", COL_UNIT }, { "สำนักกองกลุ่ม", COL_UNIT }, { "หน่วยงานที่สังกัด", COL_UNIT },
    { "ชื่อหน่วยงาน", COL_UNIT }, { "division", COL_UNIT }, { "office", COL_UNIT }, { "organization", COL_UNIT },
    { "organisation", COL_UNIT }, { "สำนักสถาบันกลุ่มกอง", COL_UNIT },
    { "กลุ่มงาน", COL_SUBUNIT }, { "ฝ่าย", COL_SUBUNIT }, { "section", COL_SUBUNIT }, { "group", COL_SUBUNIT },
    { "อักษรย่อ", COL_ABBR }, { "ตัวย่อ", COL_ABBR }, { "ชื่อย่อ", COL_ABBR }, { "ชื่อย่อหน่วยงาน", COL_ABBR },
    { "abbreviation", COL_ABBR }, { "abbr", COL_ABBR }, { "อักษรย่อหน่วยงาน", COL_ABBR },
    { "ประเภท", COL_TYPE }, { "ประเภทบุคลากร", COL_TYPE }, { "ประเภทการจ้าง", COL_TYPE },
    { "stafftype", COL_TYPE }, { "type", COL_TYPE }, { "employmenttype", COL_TYPE },
    { "ประเภทเจ้าหน้าที่", COL_TYPE }, { "ประเภทพนักงาน", COL_TYPE },
    { "สถานะ", COL_ACTIVE }, { "active", COL_ACTIVE }, { "status", COL_ACTIVE }, { "สถานภาพ", COL_ACTIVE },
  };
  g_autofree char *key = prs_table_header_key (cell);

  if (*key == '\0')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (key, exact[i].key))
      return exact[i].col;
  /* looser: a header that starts with the word */
  if (g_str_has_prefix (key, "ชื่อ") && strstr (key, "สกุล"))
    return COL_FULL;
  if (g_str_has_prefix (key, "ตำแหน่ง"))
    return COL_POSITION;
  if (g_str_has_prefix (key, "ประเภท"))
    return COL_TYPE;
  if (g_str_has_prefix (key, "หน่วยงาน") || g_str_has_prefix (key, "สังกัด"))
    return COL_UNIT;
  if (g_str_has_prefix (key, "คำนำหน้า"))
    return COL_PREFIX;
  if (strstr (key, "name") && !strstr (key, "first") && !strstr (key, "last") && !strstr (key, "user")
      && !strstr (key, "unit") && !strstr (key, "position") && !strstr (key, "department")
      && g_utf8_strlen (key, -1) <= 24)
    return COL_FULL;
  return -1;
}

static int
roster_column_func (const char *cell, gpointer user_data)
{
  return roster_column (cell);
}

static void
roster_row_free (gpointer data)
{
  PrsRosterRow *r = data;

  g_free (r->prefix);
  g_free (r->first_name);
  g_free (r->last_name);
  g_free (r->position);
  g_free (r->unit_text);
  g_free (r->unit_abbreviation);
  g_free (r);
}

void
prs_roster_preview_free (PrsRosterPreview *p)
{
  if (p == NULL)
    return;
  g_free (p->path);
  g_free (p->format_note);
  g_clear_pointer (&p->rows, g_ptr_array_unref);
  g_clear_pointer (&p->new_units, g_ptr_array_unref);
  g_clear_pointer (&p->errors, g_ptr_array_unref);
  g_clear_pointer (&p->warnings, g_ptr_array_unref);
  g_free (p);
}

/* "นางสาวสุดารัตน์  แสงอรุณ" -> prefix "นางสาว", first "สุดารัตน์", last "แสงอรุณ". */
static void
split_name (const char *text, char **prefix, char **first, char **last)
{
  g_autofree char *t = prs_csv_tidy_text (text);
  g_autofree char *stripped = prs_name_strip_titles (t);
  gsize lt = strlen (t), ls = strlen (stripped);
  const char *space;

  if (ls > 0 && ls <= lt && g_str_has_suffix (t, stripped))
    {
      *prefix = g_strndup (t, lt - ls);
      g_strstrip (*prefix);
    }
  else
    {
      *prefix = g_strdup ("");
      g_free (stripped);
      stripped = g_strdup (t);
    }
  space = strchr (stripped, ' ');
  if (space)
    {
      *first = g_strndup (stripped, space - stripped);
      *last = g_strdup (space + 1);
    }
  else
    {
      *first = g_strdup (stripped);
      *last = g_strdup ("");
    }
}


static gboolean
parse_active (const char *text, gboolean *active)
{
  g_autofree char *arabic = prs_digits_to_arabic (text);
  g_autofree char *key = prs_table_header_key (arabic);
  static const char * const yes[] = { "", "1", "active", "yes", "y", "true", "ปฏิบัติงาน", "ปฏิบัติงานอยู่",
                                       "ทำงาน", "อยู่", "ใช่", "ปกติ", "ปัจจุบัน" };
  static const char * const no[] = { "0", "inactive", "no", "n", "false", "ลาออก", "พ้นสภาพ", "เกษียณ",
                                      "เกษียณอายุ", "เกษียณอายุราชการ", "โอนย้าย", "ย้าย", "ไม่ใช่", "ไม่ปฏิบัติงาน",
                                      "left", "retired", "เสียชีวิต", "พ้นจากราชการ" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (key, yes[i]))
      {
        *active = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (key, no[i]))
      {
        *active = FALSE;
        return TRUE;
      }
  return FALSE;
}

/* A total line under the list: "รวม", "รวม 38 คน", "รวมทั้งสิ้น". */
static gboolean
is_total_line (const char *name)
{
  g_autofree char *arabic = prs_digits_to_arabic (name);
  g_autofree char *key = prs_table_header_key (arabic);
  const char *rest;

  if (!g_str_has_prefix (key, "รวม") && !g_str_has_prefix (key, "total"))
    return FALSE;
  rest = key + (g_str_has_prefix (key, "รวม") ? strlen ("รวม") : strlen ("total"));
  if (g_str_has_prefix (rest, "ทั้งสิ้น"))
    rest += strlen ("ทั้งสิ้น");
  else if (g_str_has_prefix (rest, "ทั้งหมด"))
    rest += strlen ("ทั้งหมด");
  while (g_ascii_isdigit (*rest) || *rest == ',')
    rest++;
  return *rest == '\0' || g_str_equal (rest, "คน");
}


typedef struct
{
  gint64       id;
  char        *prefix;
  char        *position;
  gint64       unit_id;
  PrsStaffType type;
  gboolean     active;
} Existing;

static void
existing_free (gpointer data)
{
  Existing *e = data;

  g_free (e->prefix);
  g_free (e->position);
  g_free (e);
}

static void
add_error (PrsRosterPreview *p, guint line, const char *message)
{
  g_ptr_array_add (p->errors, g_strdup_printf (_("Line %u: %s"), line, message));
}

/* "สบก." and "สำนักบริหารกลาง": the letters of an abbreviation, in order, in a
 * full name that starts with the first of them (leading vowels aside). */
static gboolean
abbreviates (const char *abbr, const char *name)
{
  const char *n = name;
  gboolean first = TRUE;
  guint letters = 0;

  for (const char *a = abbr; *a; a = g_utf8_next_char (a))
    {
      gunichar c = g_utf8_get_char (a);

      if (!g_unichar_isalpha (c) || (c >= 0x0E40 && c <= 0x0E44))
        continue;
      if (first)
        {
          gunichar f;

          while (*n && ((f = g_utf8_get_char (n)) >= 0x0E40 && f <= 0x0E44))
            n = g_utf8_next_char (n);
          if (g_utf8_get_char (n) != c)
            return FALSE;
          n = g_utf8_next_char (n);
          first = FALSE;
          letters++;
          continue;
        }
      while (*n && g_utf8_get_char (n) != c)
        n = g_utf8_next_char (n);
      if (*n == '\0')
        return FALSE;
      n = g_utf8_next_char (n);
      letters++;
    }
  return letters >= 2;
}

/* A unit the import creates beside one in the workspace that looks like the
 * same (an abbreviation of it, or the same abbreviation): said as a warning, to
 * merge on the People page if it is. */
static gboolean
similar_units (PrsStore *store, PrsRosterPreview *p, GError **error)
{
  g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
      "SELECT name, ifnull (abbreviation, '') FROM units ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *abbr = (const char *) sqlite3_column_text (stmt, 1);
      gboolean short_name = g_utf8_strlen (name, -1) <= 8 && strchr (name, '.') != NULL;

      for (guint i = 0; i < p->new_units->len; i++)
        {
          const char *fresh = p->new_units->pdata[i];
          const char *fresh_abbr = "";

          for (guint r = 0; r < p->rows->len; r++)
            {
              PrsRosterRow *row = p->rows->pdata[r];
              if (row->unit_id == 0 && g_strcmp0 (row->unit_text, fresh) == 0 && row->unit_abbreviation)
                {
                  fresh_abbr = row->unit_abbreviation;
                  break;
                }
            }
          if ((short_name && abbreviates (name, fresh))
              || (*abbr && *fresh_abbr && g_str_equal (abbr, fresh_abbr))
              || (*abbr == '\0' && *fresh_abbr && g_str_equal (name, fresh_abbr)))
            g_ptr_array_add (p->warnings,
                             g_strdup_printf (_("The new unit “%s” may be “%s” already in the workspace; if so, "
                                                "merge them on the People page."), fresh, name));
        }
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return FALSE;
    }
  return TRUE;
}

PrsRosterPreview *
prs_roster_preview_rows (PrsStore *store, GPtrArray *rows, GError **error)
{
  g_autoptr (PrsRosterPreview) p = g_new0 (PrsRosterPreview, 1);
  g_autoptr (GHashTable) units = NULL;
  g_autoptr (GHashTable) new_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) seen_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) claimed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (PrsStatement) stmt = NULL;
  g_autofree char *current_unit = NULL;
  g_autoptr (GString) filled_units = g_string_new (NULL);   /* lines whose unit cell is blank */
  guint n_filled = 0;
  int cols[N_COLS];
  guint header = G_MAXUINT;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);

  units = unit_index (store, error);
  if (units == NULL)
    return NULL;
  p->rows = g_ptr_array_new_with_free_func (roster_row_free);
  p->new_units = g_ptr_array_new_with_free_func (g_free);
  p->errors = g_ptr_array_new_with_free_func (g_free);
  p->warnings = g_ptr_array_new_with_free_func (g_free);

  /* the header: the first of the first 20 rows naming a name column and another one */
  header = prs_table_find_header (rows, 20, roster_column_func, NULL, 2, (1u << COL_FULL) | (1u << COL_FIRST),
                                  cols, N_COLS);
  if (header == G_MAXUINT)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("No header row found: the file needs a name column (ชื่อ-สกุล, or ชื่อ and "
                             "นามสกุล) and a unit, position or staff type column (หน่วยงาน, ตำแหน่ง, "
                             "ประเภท) in its first 20 rows."));
      return NULL;
    }
  /* "ชื่อ" beside "นามสกุล" is the first name; alone, the whole name */
  if (cols[COL_FULL] < 0 && cols[COL_LAST] < 0)
    {
      cols[COL_FULL] = cols[COL_FIRST];
      cols[COL_FIRST] = -1;
    }

  /* people already in the workspace, by name key */
  stmt = prs_store_prepare (store, "SELECT id, prefix, first_name, last_name, position, ifnull (unit_id, 0),"
                                   " staff_type, active FROM people ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *full = g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3));
      g_autofree char *key = search_key (full);
      Existing *e = g_new0 (Existing, 1);
      GPtrArray *list;

      e->id = sqlite3_column_int64 (stmt, 0);
      e->prefix = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      e->position = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      e->unit_id = sqlite3_column_int64 (stmt, 5);
      prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 6), &e->type);
      e->active = sqlite3_column_int (stmt, 7) != 0;
      list = g_hash_table_lookup (by_name, key);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (existing_free);
          g_hash_table_insert (by_name, g_strdup (key), list);
        }
      g_ptr_array_add (list, e);
    }
  if (rc != SQLITE_DONE)
    {
      prs_store_set_error_from_db (error, prs_store_get_db (store), rc, NULL);
      return NULL;
    }

  /* units written "name (abbreviation)" anywhere in the file, so rows that give
   * only the abbreviation of a unit not yet in the workspace find it */
  for (guint r = header + 1; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      g_autofree char *n = NULL, *ab = NULL;
      g_autofree char *abbr_col = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_ABBR]));

      prs_unit_split_abbreviation (prs_table_row_filled (row) == 1 ? prs_table_first_filled (row) : prs_csv_cell (row, cols[COL_UNIT]), &n, &ab);
      if (*ab == '\0')
        {
          g_free (ab);
          ab = g_strdup (abbr_col);
        }
      if (*n != '\0' && *ab != '\0')
        {
          g_autofree char *k = unit_key (ab);

          if (!g_hash_table_contains (aliases, k))
            g_hash_table_insert (aliases, g_steal_pointer (&k), g_strdup_printf ("%s\t%s", n, ab));
        }
    }

  for (guint r = header + 1; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint line = r + 1;
      g_autofree char *prefix = NULL, *first = NULL, *last = NULL, *position = NULL;
      g_autofree char *unit_name = NULL, *unit_abbr = NULL, *sub_text = NULL, *abbr_col = NULL;
      g_autofree char *type_text = NULL, *active_text = NULL, *key = NULL, *row_key = NULL, *ukey = NULL;
      PrsStaffType type = PRS_STAFF_TYPE_CIVIL_SERVANT;
      gboolean active = TRUE;
      gint64 unit_id = 0;
      PrsRosterRow *rr;
      GPtrArray *same;
      guint filled = prs_table_row_filled (row);

      if (filled == 0)
        continue;
      /* a band naming the unit of the rows below it */
      if (filled == 1)
        {
          const char *only = prs_table_first_filled (row);
          g_autofree char *t = prs_csv_tidy_text (only);
          g_autofree char *name_cell = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_FULL] >= 0 ? cols[COL_FULL] : cols[COL_FIRST]));

          gboolean letters = FALSE;

          for (const char *c = t; *c; c = g_utf8_next_char (c))
            letters |= g_unichar_isalpha (g_utf8_get_char (c));
          if (is_total_line (t) || !letters)
            continue;
          if (!g_str_equal (t, name_cell) || cols[COL_UNIT] >= 0)
            {
              g_free (current_unit);
              current_unit = g_steal_pointer (&t);
              continue;
            }
        }

      if (cols[COL_FULL] >= 0)
        {
          g_autofree char *p0 = NULL;

          split_name (prs_csv_cell (row, cols[COL_FULL]), &p0, &first, &last);
          prefix = g_steal_pointer (&p0);
          if (cols[COL_LAST] >= 0 && *last == '\0')
            {
              g_free (last);
              last = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_LAST]));
            }
        }
      else
        {
          g_autofree char *joined = g_strdup_printf ("%s %s", prs_csv_cell (row, cols[COL_FIRST]), prs_csv_cell (row, cols[COL_LAST]));
          split_name (joined, &prefix, &first, &last);
        }
      if (cols[COL_PREFIX] >= 0)
        {
          g_autofree char *given = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_PREFIX]));

          if (*given != '\0')
            {
              g_free (prefix);
              prefix = g_steal_pointer (&given);
            }
        }
      if (*first == '\0' || is_total_line (first))
        {
          if (*first == '\0' && filled > 1)
            add_error (p, line, _("the name is empty."));
          continue;
        }

      position = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_POSITION]));
      sub_text = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_SUBUNIT]));
      abbr_col = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_ABBR]));
      {
        g_autofree char *ut = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_UNIT]));

        if (*ut == '\0' && current_unit)
          {
            g_free (ut);
            ut = g_strdup (current_unit);
            if (cols[COL_UNIT] >= 0 && n_filled++ < 10)
              g_string_append_printf (filled_units, "%s%u", filled_units->len ? ", " : "", line);
            else if (cols[COL_UNIT] >= 0 && n_filled == 11)
              g_string_append (filled_units, " …");
          }
        else if (*ut != '\0' && cols[COL_UNIT] >= 0)
          {
            /* merged cells in a spreadsheet leave the unit on its first row only */
            g_free (current_unit);
            current_unit = g_strdup (ut);
          }
        prs_unit_split_abbreviation (ut, &unit_name, &unit_abbr);
        if (*unit_abbr == '\0' && *abbr_col != '\0')
          {
            g_free (unit_abbr);
            unit_abbr = g_strdup (abbr_col);
          }
      }
      /* a section column beside the bureau's: people count under the bureau, so
       * the bureau is their unit; a section column alone is the unit */
      if (*sub_text != '\0' && cols[COL_UNIT] < 0)
        {
          g_free (unit_name);
          g_free (unit_abbr);
          prs_unit_split_abbreviation (sub_text, &unit_name, &unit_abbr);
        }
      if (*unit_name == '\0')
        {
          add_error (p, line, _("no unit is given (หน่วยงาน)."));
          continue;
        }

      type_text = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_TYPE]));
      if (*type_text != '\0' && !prs_staff_type_parse (type_text, &type))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a staff type (ข้าราชการ, พนักงานราชการ, "
                                                    "พนักงานกองทุน, ลูกจ้างประจำ, ลูกจ้างชั่วคราว)."), type_text);
          add_error (p, line, msg);
          continue;
        }
      active_text = prs_csv_tidy_text (prs_csv_cell (row, cols[COL_ACTIVE]));
      if (!parse_active (active_text, &active))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a status (ปฏิบัติงาน or ลาออก)."), active_text);
          add_error (p, line, msg);
          continue;
        }

      /* the unit: in the workspace by name or abbreviation, else new */
      {
        g_autofree char *k1 = unit_key (unit_name);
        g_autofree char *k2 = unit_key (unit_abbr);
        gint64 *found = g_hash_table_lookup (units, k1);

        if (found == NULL && *k2 != '\0')
          found = g_hash_table_lookup (units, k2);
        if (found == NULL && *unit_abbr == '\0' && g_hash_table_contains (aliases, k1))
          {
            /* an abbreviation the file spells out elsewhere */
            g_auto (GStrv) pair = g_strsplit (g_hash_table_lookup (aliases, k1), "\t", 2);

            g_free (unit_name);
            g_free (unit_abbr);
            unit_name = g_strdup (pair[0]);
            unit_abbr = g_strdup (pair[1]);
            g_free (k1);
            g_free (k2);
            k1 = unit_key (unit_name);
            k2 = unit_key (unit_abbr);
            found = g_hash_table_lookup (units, k1);
            if (found == NULL)
              found = g_hash_table_lookup (units, k2);
          }
        if (found)
          unit_id = *found;
        else
          {
            gpointer known = g_hash_table_lookup (new_units, k1);

            if (known == NULL && *k2 != '\0')
              known = g_hash_table_lookup (new_units, k2);
            if (known == NULL)
              {
                g_ptr_array_add (p->new_units, g_strdup (unit_name));
                g_hash_table_insert (new_units, g_strdup (k1), GUINT_TO_POINTER (p->new_units->len));
                if (*k2 != '\0')
                  g_hash_table_insert (new_units, g_strdup (k2), GUINT_TO_POINTER (p->new_units->len));
              }
            else
              {
                /* the file may name a new unit by abbreviation on some rows */
                g_free (unit_name);
                unit_name = g_strdup (p->new_units->pdata[GPOINTER_TO_UINT (known) - 1]);
              }
          }
        ukey = unit_id ? g_strdup_printf ("#%" G_GINT64_FORMAT, unit_id) : unit_key (unit_name);
      }

      rr = g_new0 (PrsRosterRow, 1);
      rr->line = line;
      rr->prefix = g_steal_pointer (&prefix);
      rr->first_name = g_steal_pointer (&first);
      rr->last_name = g_steal_pointer (&last);
      rr->position = g_steal_pointer (&position);
      rr->unit_text = g_steal_pointer (&unit_name);
      rr->unit_abbreviation = g_steal_pointer (&unit_abbr);
      rr->unit_id = unit_id;
      rr->staff_type = type;
      rr->active = active;
      g_ptr_array_add (p->rows, rr);

      key = g_strdup_printf ("%s %s", rr->first_name, rr->last_name);
      {
        g_autofree char *k = search_key (key);
        g_free (key);
        key = g_steal_pointer (&k);
      }
      row_key = g_strdup_printf ("%s|%s|%s|%d", key, ukey, rr->position, rr->staff_type);
      if (g_hash_table_contains (seen_rows, row_key))
        {
          rr->change = PRS_ROSTER_DUPLICATE;
          p->n_duplicate++;
          continue;
        }
      g_hash_table_add (seen_rows, g_steal_pointer (&row_key));

      /* the same person already in the workspace: same name, same unit first;
       * a single namesake elsewhere has moved */
      same = g_hash_table_lookup (by_name, key);
      if (same)
        {
          Existing *match = NULL;

          for (guint i = 0; i < same->len && !match; i++)
            {
              Existing *e = same->pdata[i];
              if (unit_id != 0 && e->unit_id == unit_id && !g_hash_table_contains (claimed, &e->id))
                match = e;
            }
          if (!match && same->len == 1 && !g_hash_table_contains (claimed, &((Existing *) same->pdata[0])->id))
            match = same->pdata[0];
          if (match)
            {
              gint64 *claim = g_new (gint64, 1);

              *claim = match->id;
              g_hash_table_add (claimed, claim);
              rr->person_id = match->id;
              if (match->unit_id != unit_id || match->type != type || match->active != active
                  || g_strcmp0 (match->position, rr->position) != 0
                  || (*rr->prefix && g_strcmp0 (match->prefix, rr->prefix) != 0))
                {
                  rr->change = PRS_ROSTER_UPDATED;
                  p->n_updated++;
                }
              else
                {
                  rr->change = PRS_ROSTER_UNCHANGED;
                  p->n_unchanged++;
                }
              continue;
            }
        }
      rr->change = PRS_ROSTER_NEW;
      p->n_new++;
    }
  if (p->rows->len == 0 && p->errors->len == 0)
    g_ptr_array_add (p->errors, g_strdup (_("The file lists nobody under its header row.")));
  if (filled_units->len > 0)
    g_ptr_array_add (p->warnings, g_strdup_printf (_("Line %s: no unit is given (หน่วยงาน); the unit of the row "
                                                     "above is used, as for merged cells."), filled_units->str));
  if (!similar_units (store, p, error))
    return NULL;
  return g_steal_pointer (&p);
}

PrsRosterPreview *
prs_roster_preview (PrsStore *store, const char *path, GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *note = NULL;
  PrsRosterPreview *p;

  rows = prs_table_read_file (path, &note, error);
  if (rows == NULL)
    return NULL;
  p = prs_roster_preview_rows (store, rows, error);
  if (p)
    {
      p->path = g_strdup (path);
      p->format_note = g_steal_pointer (&note);
    }
  return p;
}

gboolean
prs_roster_apply (PrsStore *store, PrsRosterPreview *p, GError **error)
{
  g_autoptr (GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *base = p->path ? g_path_get_basename (p->path) : NULL;
  g_autofree char *label = base ? g_strdup_printf (_("Import staff from %s"), base) : g_strdup (_("Import staff"));
  gint64 own;
  gint64 sort;

  if (p->errors->len > 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   g_dngettext (NULL, "The file has %u error; nothing was imported.",
                                "The file has %u errors; nothing was imported.", p->errors->len),
                   p->errors->len);
      return FALSE;
    }
  if (!prs_store_begin_edit (store, label, error))
    return FALSE;
  /* Unreadable units: new units would be made outside the agency; nothing is written. */
  own = prs_people_get_own_agency (store, error);
  if (own < 0 || !prs_store_query_int_checked (store, "SELECT ifnull (max (sort_order), 0) FROM units", 0, &sort,
                                               error))
    goto fail;
  for (guint i = 0; i < p->rows->len; i++)
    {
      PrsRosterRow *r = p->rows->pdata[i];
      gint64 unit_id = r->unit_id;

      if (r->change == PRS_ROSTER_DUPLICATE || r->change == PRS_ROSTER_UNCHANGED)
        continue;
      if (unit_id == 0)
        {
          g_autofree char *key = unit_key (r->unit_text);
          gint64 *id = g_hash_table_lookup (created, key);

          if (id == NULL)
            {
              gint64 new_id = prs_store_insert (store, "units", error, "parent_id", PRS_ID (own),
                                                "name", PRS_TEXT (r->unit_text),
                                                "abbreviation", PRS_TEXT (r->unit_abbreviation),
                                                "sort_order", PRS_INT (++sort), NULL);
              if (new_id == 0)
                goto fail;
              id = g_new (gint64, 1);
              *id = new_id;
              g_hash_table_insert (created, g_steal_pointer (&key), id);
            }
          unit_id = *id;
        }
      if (r->change == PRS_ROSTER_NEW)
        {
          if (prs_store_insert (store, "people", error, "prefix", PRS_TEXT (r->prefix),
                                "first_name", PRS_TEXT (r->first_name), "last_name", PRS_TEXT (r->last_name),
                                "position", PRS_TEXT (r->position), "unit_id", PRS_ID (unit_id),
                                "staff_type", PRS_TEXT (prs_staff_type_to_string (r->staff_type)),
                                "active", PRS_BOOL (r->active), NULL) == 0)
            goto fail;
        }
      else if (!prs_store_update (store, "people", r->person_id, error,
                                  "position", PRS_TEXT (r->position), "unit_id", PRS_ID (unit_id),
                                  "staff_type", PRS_TEXT (prs_staff_type_to_string (r->staff_type)),
                                  "active", PRS_BOOL (r->active), NULL)
               || (*r->prefix && !prs_store_update (store, "people", r->person_id, error,
                                                    "prefix", PRS_TEXT (r->prefix), NULL)))
        goto fail;
    }
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}
