/* prs-store-reports.c: staff types, counts for reports, and the workspace check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-store-private.h"

static const char * const staff_type_names[PRS_STAFF_TYPE_N] = {
  "civil_servant", "government_employee", "fund_employee",
  "permanent_employee", "temporary_employee", "external",
};

static const char * const staff_type_labels[PRS_STAFF_TYPE_N] = {
  N_("Civil servant"), N_("Government employee"), N_("Fund employee"),
  N_("Permanent employee"), N_("Temporary employee"), N_("External"),
};

const char *
prs_staff_type_to_string (PrsStaffType type)
{
  g_return_val_if_fail (type < PRS_STAFF_TYPE_N, NULL);
  return staff_type_names[type];
}

gboolean
prs_staff_type_from_string (const char *str, PrsStaffType *type)
{
  for (guint i = 0; str && i < PRS_STAFF_TYPE_N; i++)
    if (g_str_equal (str, staff_type_names[i]))
      {
        *type = i;
        return TRUE;
      }
  return FALSE;
}

const char *
prs_staff_type_get_label (PrsStaffType type)
{
  g_return_val_if_fail (type < PRS_STAFF_TYPE_N, NULL);
  return _(staff_type_labels[type]);
}

static void
staff_count_free (gpointer data)
{
  PrsStaffCount *c = data;
  g_free (c->name);
  g_free (c->abbreviation);
  g_free (c);
}

/* Every unit with its depth, in tree order (parents first, by sort order). */
#define UNIT_TREE_CTE \
  "WITH RECURSIVE tree (id, depth, path) AS (" \
  "  SELECT id, 0, printf ('%08d.%08d', sort_order, id) FROM units WHERE parent_id IS NULL" \
  "  UNION ALL" \
  "  SELECT u.id, t.depth + 1, t.path || '/' || printf ('%08d.%08d', u.sort_order, u.id)" \
  "  FROM units u JOIN tree t ON u.parent_id = t.id)"

GPtrArray *
prs_store_count_staff_by_unit_and_type (PrsStore *self, GError **error)
{
  g_autoptr(PrsStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (staff_count_free);
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (self), NULL);

  stmt = prs_store_prepare (self,
    UNIT_TREE_CTE
    " SELECT u.id, u.name, u.abbreviation, t.depth FROM tree t JOIN units u ON u.id = t.id"
    " ORDER BY t.path", error);
  if (!stmt)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsStaffCount *c = g_new0 (PrsStaffCount, 1);
      c->unit_id = sqlite3_column_int64 (stmt, 0);
      c->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      c->depth = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (rows, c);
      g_hash_table_insert (index, &c->unit_id, c);
    }
  if (!prs_store_step_done (self, rc, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prs_store_prepare (self,
    "SELECT unit_id, staff_type, count(*) FROM people WHERE active = 1 AND unit_id IS NOT NULL"
    " GROUP BY unit_id, staff_type", error);
  if (!stmt)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 0);
      PrsStaffCount *c = g_hash_table_lookup (index, &unit);
      PrsStaffType type;

      if (c && prs_staff_type_from_string ((const char *) sqlite3_column_text (stmt, 1), &type))
        {
          c->counts[type] += sqlite3_column_int (stmt, 2);
          c->total += sqlite3_column_int (stmt, 2);
        }
    }
  if (!prs_store_step_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static void
unit_participation_free (gpointer data)
{
  PrsUnitParticipation *p = data;
  g_free (p->name);
  g_free (p->abbreviation);
  g_free (p);
}

GPtrArray *
prs_store_kpi_participation (PrsStore *self, gint64 kpi_id, GError **error)
{
  g_autoptr(PrsStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (unit_participation_free);
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (self), NULL);

  /* EXISTS over participation(person_id) keeps this one index probe per person. */
  stmt = prs_store_prepare (self,
    UNIT_TREE_CTE
    " SELECT u.id, u.name, u.abbreviation, count(p.id),"
    "   sum (EXISTS (SELECT 1 FROM participation pa JOIN kpi_activities ka"
    "                ON ka.node_id = pa.node_id AND ka.kpi_id = ?1"
    "                WHERE pa.person_id = p.id))"
    " FROM tree t JOIN units u ON u.id = t.id"
    " JOIN people p ON p.unit_id = u.id AND p.active = 1"
    "   AND p.staff_type IN (SELECT staff_type FROM kpi_staff_types WHERE kpi_id = ?1)"
    " GROUP BY u.id ORDER BY min (t.path)", error);
  if (!stmt)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kpi_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrsUnitParticipation *p = g_new0 (PrsUnitParticipation, 1);
      p->unit_id = sqlite3_column_int64 (stmt, 0);
      p->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      p->abbreviation = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      p->counted = sqlite3_column_int (stmt, 3);
      p->participated = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (rows, p);
    }
  if (!prs_store_step_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

/* ---- check -------------------------------------------------------------- */

static gboolean
valid_ita_code (const char *code, const char *part)
{
  const struct { const char *prefix; int max; gboolean parts; } kinds[] = {
    { "ind", 10, TRUE }, { "I", 30, FALSE }, { "E", 15, TRUE }, { "O", 43, FALSE },
  };

  if (g_str_equal (code, "IIT") || g_str_equal (code, "OIT") || g_str_equal (code, "total"))
    return part == NULL;
  if (g_str_equal (code, "EIT"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (code, kinds[i].prefix))
      {
        const char *digits = code + strlen (kinds[i].prefix);
        char *end = NULL;
        gint64 n;

        if (!g_ascii_isdigit (digits[0]) || digits[0] == '0')
          return FALSE;
        n = g_ascii_strtoll (digits, &end, 10);
        if (*end != '\0' || n < 1 || n > kinds[i].max)
          return FALSE;
        if (part != NULL && !kinds[i].parts)
          return FALSE;
        /* EIT indicators are 6..8; their parts make sense, others' do not. */
        if (part != NULL && g_str_equal (kinds[i].prefix, "ind") && (n < 6 || n > 8))
          return FALSE;
        return TRUE;
      }
  return FALSE;
}

static void
add_rows (PrsStore *self, GPtrArray *problems, const char *sql, const char *format)
{
  g_autoptr(PrsStatement) stmt = prs_store_prepare (self, sql, NULL);
  int rc;

  if (!stmt)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("A check could not run: %s"),
                                                  sqlite3_errmsg (prs_store_get_db (self))));
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GString *s;
      /* format has %s markers replaced by columns in order */
      const char *f = format;
      int col = 0;

      s = g_string_new (NULL);
      for (; *f; f++)
        {
          if (f[0] == '%' && f[1] == 's')
            {
              const char *v = (const char *) sqlite3_column_text (stmt, col++);
              g_string_append (s, v ? v : "NULL");
              f++;
            }
          else
            g_string_append_c (s, *f);
        }
      g_ptr_array_add (problems, g_string_free (s, FALSE));
    }
  /* A query that stops on an error must not pass for "no problems". */
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup_printf (_("A check could not run: %s"),
                                                sqlite3_errmsg (prs_store_get_db (self))));
}

/* The workspace's tables and columns against the schema this build makes (in
 * memory, from the migrations): a missing table or column, or a name we could not
 * quote safely, is a schema we cannot work with. */
static void
check_schema (PrsStore *self, GPtrArray *problems)
{
  sqlite3 *ref = NULL;

  if (prs_store_get_file_version (self) > PRS_STORE_SCHEMA_VERSION)
    return; /* a newer schema has its own columns */
  if (sqlite3_open (":memory:", &ref) != SQLITE_OK
      || !prs_store_migrate_db (ref, 0, PRS_STORE_SCHEMA_VERSION, NULL))
    {
      sqlite3_close (ref);
      return;
    }
  for (guint i = 0; prs_store_tables[i]; i++)
    {
      g_autoptr(PrsStatement) want = NULL;
      g_autoptr(PrsStatement) have = NULL;

      if (sqlite3_prepare_v2 (ref, "SELECT name FROM pragma_table_info (?1)", -1, &want, NULL) != SQLITE_OK)
        continue;
      have = prs_store_prepare (self, "SELECT count(*) FROM pragma_table_info (?1) WHERE name = ?2", NULL);
      if (have == NULL)
        continue;
      sqlite3_bind_text (want, 1, prs_store_tables[i], -1, SQLITE_STATIC);
      {
        g_autoptr(PrsStatement) exists = prs_store_prepare (self,
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1", NULL);
        if (exists == NULL)
          continue;
        sqlite3_bind_text (exists, 1, prs_store_tables[i], -1, SQLITE_STATIC);
        if (sqlite3_step (exists) != SQLITE_ROW || sqlite3_column_int (exists, 0) == 0)
          {
            g_ptr_array_add (problems, g_strdup_printf (_("The table “%s” is missing: the workspace's schema cannot be used."),
                                                        prs_store_tables[i]));
            continue;
          }
      }
      while (sqlite3_step (want) == SQLITE_ROW)
        {
          const char *col = (const char *) sqlite3_column_text (want, 0);

          sqlite3_reset (have);
          sqlite3_bind_text (have, 1, prs_store_tables[i], -1, SQLITE_STATIC);
          sqlite3_bind_text (have, 2, col, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (have) != SQLITE_ROW || sqlite3_column_int (have, 0) == 0)
            g_ptr_array_add (problems, g_strdup_printf (_("The table “%s” has no column “%s”: the workspace's schema cannot be used."),
                                                        prs_store_tables[i], col));
        }
    }
  sqlite3_close (ref);
}

gboolean
prs_store_check (PrsStore *self, GPtrArray **problems_out, GError **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PrsStatement) stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);
  db = prs_store_get_db (self);

  /* The file itself. */
  stmt = prs_store_prepare (self, "PRAGMA integrity_check(100)", error);
  if (!stmt)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("Damaged file: %s"), line));
    }
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup_printf (_("Damaged file: %s"), sqlite3_errmsg (db)));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (prs_store_query_int (self, "PRAGMA application_id", 0) != PRS_STORE_APPLICATION_ID)
    g_ptr_array_add (problems, g_strdup (_("The file is not marked as a Prongsai workspace.")));
  if (prs_store_query_int (self, "PRAGMA user_version", 0) != PRS_STORE_SCHEMA_VERSION
      && prs_store_get_file_version (self) <= PRS_STORE_SCHEMA_VERSION)
    g_ptr_array_add (problems, g_strdup (_("The workspace's schema version is wrong.")));

  check_schema (self, problems);

  add_rows (self, problems,
            "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
            _("Table %s, row %s refers to a missing record in %s."));

  /* The data's own rules. */
  add_rows (self, problems,
            "WITH RECURSIVE up (start, id, n) AS ("
            "  SELECT id, parent_id, 1 FROM units WHERE parent_id IS NOT NULL"
            "  UNION ALL SELECT up.start, u.parent_id, n + 1 FROM up JOIN units u ON u.id = up.id"
            "  WHERE u.parent_id IS NOT NULL AND n < 64)"
            " SELECT DISTINCT start FROM up WHERE id = start",
            _("Unit %s is its own ancestor."));
  add_rows (self, problems,
            "SELECT group_concat (id, ', '), trim (name) FROM units"
            " GROUP BY lower (trim (name)), ifnull (parent_id, 0) HAVING count(*) > 1",
            _("Units %s have the same name “%s”."));
  add_rows (self, problems,
            "SELECT count(*) FROM units WHERE is_own_agency = 1 HAVING count(*) > 1",
            _("%s units are marked as the own agency; there should be one."));
  add_rows (self, problems,
            "SELECT n.id FROM plan_nodes n JOIN plan_nodes p ON p.id = n.parent_id"
            " WHERE p.plan_id <> n.plan_id OR n.depth <> p.depth + 1",
            _("Plan item %s does not fit under its parent."));
  add_rows (self, problems,
            "SELECT a.id FROM activities a WHERE EXISTS (SELECT 1 FROM plan_nodes c WHERE c.parent_id = a.id)",
            _("Plan item %s has activity details but also sub-items."));
  add_rows (self, problems,
            "SELECT id FROM activities WHERE (budget_kind = 'shared' AND (shared_with_id IS NULL OR shared_with_id = id))"
            " OR (budget_kind <> 'amount' AND budget_satang <> 0)",
            _("Activity %s has an inconsistent budget."));
  add_rows (self, problems,
            "SELECT a.id FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
            " JOIN committee_members cm ON cm.id = a.member_id WHERE cm.committee_id <> m.committee_id",
            _("Attendance row %s names a member of another committee."));
  add_rows (self, problems,
            "SELECT meeting_id, count(*) FROM attendance WHERE acting_chair = 1 GROUP BY meeting_id HAVING count(*) > 1",
            _("Meeting %s has %s acting chairs."));
  add_rows (self, problems,
            "SELECT p.id FROM participation p JOIN activity_events e ON e.id = p.event_id WHERE e.node_id <> p.node_id",
            _("Participation row %s names an event of another activity."));
  add_rows (self, problems,
            "SELECT id FROM kpis WHERE NOT (t1 <= t2 AND t2 <= t3 AND t3 <= t4 AND t4 <= t5)",
            _("KPI %s has thresholds out of order."));
  add_rows (self, problems,
            "SELECT id FROM indicators WHERE target_hundredths < 0",
            _("Indicator %s has a negative target."));

  stmt = prs_store_prepare (self, "SELECT id, code, part FROM ita_figures", error);
  if (!stmt)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!valid_ita_code ((const char *) sqlite3_column_text (stmt, 1),
                         (const char *) sqlite3_column_text (stmt, 2)))
      g_ptr_array_add (problems,
                       g_strdup_printf (_("ITA figure %s has an unknown code “%s”."),
                                        (const char *) sqlite3_column_text (stmt, 0),
                                        (const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup_printf (_("A check could not run: %s"), sqlite3_errmsg (db)));

  if (problems_out)
    *problems_out = g_ptr_array_ref (problems);
  return problems->len == 0;
}
