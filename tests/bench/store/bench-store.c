/* bench-store.c: how fast the store opens and reads a large workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-store [WORKSPACE]
 * Without WORKSPACE, generates the reference large workspace (20,000 people,
 * 40 bureaus, 60 activities, ~600,000 participation rows) in a temporary folder.
 * Prints the time of each step through the store and of the same queries run by
 * the sqlite3 shell (when it is installed), best of several runs.
 * Targets: open + first screen < 300 ms, matrix < 500 ms, within 2x of sqlite3.
 * The first screen is the People page's: its staff count, the unit tree with
 * head counts and the whole staff list (prs_people_list), the reads the page
 * makes when it opens.
 *
 * The reference for open + first screen: the statements the store runs to open
 * the workspace and read the first screen are recorded (a trace set on every
 * connection the process opens), and their reads (not the pragmas, which
 * include the store's checks of the file, nor writes) are run again through
 * bare sqlite3 on the same file: opening a connection, preparing each statement
 * and stepping through every row. Each figure is printed with its target and
 * MISS when over it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "prs-participation.h"
#include "prs-store-people.h"
#include "prs-store-sql.h"

#define RUNS 5

typedef struct
{
  const char *name;
  double      best;
  double      total;
} Timing;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
record (Timing *t, double ms)
{
  if (t->best == 0 || ms < t->best)
    t->best = ms;
  t->total += ms;
}

static const char *path;

/* ---- the statements the store runs, recorded through a trace ---- */

static GPtrArray *traced;   /* expanded SQL of read-only, non-pragma statements */
static guint      n_skipped; /* pragmas and writes left out of the reference */
static gboolean   tracing;

static int
trace_statement (unsigned type, void *context, void *p, void *x)
{
  sqlite3_stmt *stmt = p;
  const char *sql = x;
  char *expanded;

  if (!tracing || type != SQLITE_TRACE_STMT || g_str_has_prefix (sql, "--"))
    return 0; /* "--" marks statements inside triggers */
  expanded = sqlite3_expanded_sql (stmt);
  if (expanded && sqlite3_stmt_readonly (stmt)
      && g_ascii_strncasecmp (g_strchug (expanded), "PRAGMA", 6) != 0)
    g_ptr_array_add (traced, g_strdup (expanded));
  else
    n_skipped++;
  sqlite3_free (expanded);
  return 0;
}

static int
trace_connection (sqlite3 *db, char **message, const struct sqlite3_api_routines *api)
{
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, trace_statement, NULL);
  return SQLITE_OK;
}

/* The recorded reads through bare sqlite3: open, prepare, step every row and
 * read every column, close. Returns ms. */
static double
bare_sqlite3 (void)
{
  double start = now_ms ();
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("sqlite3 could not open %s: %s", path, sqlite3_errmsg (db));
  for (guint i = 0; i < traced->len; i++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, g_ptr_array_index (traced, i), -1, &stmt, NULL) != SQLITE_OK)
        g_error ("sqlite3: %s in %s", sqlite3_errmsg (db), (char *) g_ptr_array_index (traced, i));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int col = 0; col < sqlite3_column_count (stmt); col++)
          switch (sqlite3_column_type (stmt, col))
            {
            case SQLITE_INTEGER:
              (void) sqlite3_column_int64 (stmt, col);
              break;
            case SQLITE_FLOAT:
              (void) sqlite3_column_double (stmt, col);
              break;
            case SQLITE_TEXT:
              (void) sqlite3_column_text (stmt, col);
              break;
            case SQLITE_BLOB:
              (void) sqlite3_column_blob (stmt, col);
              break;
            default:
              break;
            }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return now_ms () - start;
}

static const char *
mark (double value, double target)
{
  return value <= target ? "" : "MISS";
}

/* The People page's first screen, read the way the page reads it: the count that
 * decides between the empty state and the list, the unit tree with its head
 * counts (prs_store_count_staff_by_unit_and_type) and the whole staff list with
 * the page's default filter (everyone, active or not: prs_people_list). */
static double
bench_open_first_screen (double *open_ms)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = prs_store_open (path, PRS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GPtrArray) people = NULL;
  PrsPeopleFilter filter = { "", 0, 0, -1 };

  if (!store)
    g_error ("%s", error->message);
  *open_ms = now_ms () - start;
  if (prs_store_count (store, "people") <= 0)
    g_error ("the workspace has no staff");
  counts = prs_store_count_staff_by_unit_and_type (store, &error);
  if (!counts)
    g_error ("%s", error->message);
  people = prs_people_list (store, &filter, &error);
  if (!people)
    g_error ("%s", error->message);
  return now_ms () - start;
}

/* The staff list alone, active people only. */
static double
bench_people_list (PrsStore *store, guint *count)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  PrsPeopleFilter filter = { "", 0, 0, 1 };
  g_autoptr(GPtrArray) people = prs_people_list (store, &filter, &error);

  if (!people)
    g_error ("%s", error->message);
  *count = people->len;
  return now_ms () - start;
}

/* The staff list filtered as someone types a name. */
static double
bench_people_search (PrsStore *store)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  PrsPeopleFilter filter = { "สม", 0, 0, -1 };
  g_autoptr(GPtrArray) people = prs_people_list (store, &filter, &error);

  if (!people)
    g_error ("%s", error->message);
  return now_ms () - start;
}

static double
bench_matrix (PrsStore *store, gint64 plan, guint *cells)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsParticipation) m = prs_participation_load (store, plan, 0, &error);

  if (!m)
    g_error ("%s", error->message);
  *cells = prs_participation_get_total (m);
  return now_ms () - start;
}

static double
bench_bureaus (PrsStore *store, gint64 kpi, guint *units)
{
  double start = now_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prs_store_kpi_participation (store, kpi, &error);

  if (!rows)
    g_error ("%s", error->message);
  *units = rows->len;
  return now_ms () - start;
}

/* Runs @sql in the sqlite3 shell and returns its "Run Time: real" in ms, or -1. */
static double
sqlite3_shell (const char *sql)
{
  g_autofree char *script = g_strdup_printf (".timer on\n.once /dev/null\n%s;\n", sql);
  g_autofree char *out = NULL;
  g_autofree char *script_path = NULL;
  g_autofree char *command = NULL;
  int fd, status = 0;
  const char *line;

  fd = g_file_open_tmp ("bench-XXXXXX.sql", &script_path, NULL);
  if (fd < 0)
    return -1;
  close (fd);
  g_file_set_contents (script_path, script, -1, NULL);
  command = g_strdup_printf ("sqlite3 -readonly -init %s '%s' .quit", script_path, path);
  if (!g_spawn_command_line_sync (command, &out, NULL, &status, NULL) || status != 0)
    {
      g_unlink (script_path);
      return -1;
    }
  g_unlink (script_path);
  line = out ? strstr (out, "Run Time: real ") : NULL;
  return line ? g_ascii_strtod (line + strlen ("Run Time: real "), NULL) * 1000.0 : -1;
}

static gboolean
print_progress (double fraction, gpointer data)
{
  if (isatty (STDERR_FILENO))
    fprintf (stderr, "\rgenerating… %3d %%", (int) (fraction * 100));
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *generated = NULL;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Timing open_t = { "open" }, first_t = { "open + first screen" }, people_t = { "staff list (active)" },
         objects_t = { "staff list, name search" }, matrix_t = { "participation matrix" },
         bureau_t = { "per-bureau participation" }, bare_t = { "same reads, bare sqlite3" };
  guint n_people = 0, cells = 0, units = 0;
  gint64 plan, kpi;
  double shell_people, shell_matrix, shell_bureau;

  /* every connection opened from here on is traced (while `tracing`) */
  sqlite3_auto_extension ((void (*) (void)) trace_connection);

  if (argc > 1)
    path = argv[1];
  else
    {
      PrsGenerateOptions options;
      double start = now_ms ();

      dir = g_dir_make_tmp ("prs-bench-XXXXXX", &error);
      g_assert_no_error (error);
      generated = g_build_filename (dir, "large.prongsai", NULL);
      path = generated;
      store = prs_store_open (path, PRS_STORE_OPEN_CREATE | PRS_STORE_OPEN_NO_UNDO, &error);
      g_assert_no_error (error);
      prs_generate_options_init (&options, 20000);
      options.units = 40;
      options.progress = print_progress;
      if (!prs_store_generate (store, &options, &error))
        g_error ("%s", error->message);
      g_clear_object (&store);
      fprintf (stderr, "\r");
      printf ("generated %s in %.0f ms\n", path, now_ms () - start);
    }

  for (int r = 0; r < RUNS; r++)
    {
      double o;
      record (&first_t, bench_open_first_screen (&o));
      record (&open_t, o);
    }

  /* what the store ran for that, then the same reads in bare sqlite3 */
  {
    double o;
    traced = g_ptr_array_new_with_free_func (g_free);
    tracing = TRUE;
    bench_open_first_screen (&o);
    tracing = FALSE;
    for (int r = 0; r < RUNS; r++)
      record (&bare_t, bare_sqlite3 ());
  }

  store = prs_store_open (path, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  plan = prs_store_query_int (store, "SELECT min (id) FROM plans", 0);
  kpi = prs_store_query_int (store, "SELECT min (id) FROM kpis", 0);
  for (int r = 0; r < RUNS; r++)
    {
      record (&people_t, bench_people_list (store, &n_people));
      record (&objects_t, bench_people_search (store));
      record (&matrix_t, bench_matrix (store, plan, &cells));
      record (&bureau_t, bench_bureaus (store, kpi, &units));
    }

  printf ("workspace: %s (%" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT " participation rows)\n", path,
          prs_store_count (store, "people"), prs_store_count (store, "participation"));
  printf ("%-32s %10s %10s %12s\n", "step (best / mean of 5)", "best ms", "mean ms", "target ms");
  {
    struct { Timing *t; double target; } all[] = {
      { &open_t, 0 }, { &first_t, 300 }, { &people_t, 0 }, { &objects_t, 0 }, { &matrix_t, 500 }, { &bureau_t, 0 },
    };
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      if (all[i].target > 0)
        printf ("%-32s %10.1f %10.1f %10s%.0f %s\n", all[i].t->name, all[i].t->best, all[i].t->total / RUNS,
                "< ", all[i].target, mark (all[i].t->best, all[i].target));
      else
        printf ("%-32s %10.1f %10.1f\n", all[i].t->name, all[i].t->best, all[i].t->total / RUNS);
  }
  printf ("people in list: %u, matrix cells set: %u, bureaus: %u\n", n_people, cells, units);

  /* open + first screen beside bare sqlite3 running the same reads */
  printf ("\n%-32s %10s %10s %8s %8s\n", "open + first screen", "store ms", "sqlite3 ms", "ratio", "target");
  printf ("%-32s %10.1f %10.1f %8.2f %8s %s\n", "best of 5", first_t.best, bare_t.best,
          first_t.best / MAX (bare_t.best, 0.001), "<= 2.00", mark (first_t.best / MAX (bare_t.best, 0.001), 2.0));
  printf ("(sqlite3 ran the %u reads the store made; %u pragmas and writes left out)\n", traced->len, n_skipped);

  /* The same queries in the bare sqlite3 shell. */
  /* prs_people_list's statement, active people only */
  shell_people = sqlite3_shell (
    "WITH RECURSIVE tree (id, path) AS ("
    "  SELECT id, printf ('%08d.%08d', sort_order, id) FROM units WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, t.path || '/' || printf ('%08d.%08d', u.sort_order, u.id)"
    "  FROM units u JOIN tree t ON u.parent_id = t.id)"
    " SELECT p.id, p.prefix, p.first_name, p.last_name, p.position, ifnull (p.unit_id, 0),"
    "   ifnull (u.name, ''), ifnull (u.abbreviation, ''), p.staff_type, p.active"
    " FROM people p LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN tree t ON t.id = p.unit_id"
    " WHERE p.active = 1 ORDER BY t.path, p.first_name, p.last_name, p.id");
  {
    g_autofree char *m = g_strdup_printf ("SELECT pa.person_id, pa.node_id FROM participation pa JOIN plan_nodes n"
                                          " ON n.id = pa.node_id WHERE n.plan_id = %" G_GINT64_FORMAT, plan);
    g_autofree char *b = g_strdup_printf (
      "SELECT u.id, count(p.id), sum (EXISTS (SELECT 1 FROM participation pa JOIN kpi_activities ka"
      " ON ka.node_id = pa.node_id AND ka.kpi_id = %" G_GINT64_FORMAT " WHERE pa.person_id = p.id))"
      " FROM units u JOIN people p ON p.unit_id = u.id AND p.active = 1"
      " AND p.staff_type IN (SELECT staff_type FROM kpi_staff_types WHERE kpi_id = %" G_GINT64_FORMAT ")"
      " GROUP BY u.id", kpi, kpi);
    shell_matrix = sqlite3_shell (m);
    shell_bureau = sqlite3_shell (b);
  }
  if (shell_people < 0)
    printf ("sqlite3 shell not available: no comparison\n");
  else
    {
      printf ("\n%-32s %10s %10s %8s %8s\n", "same query, sqlite3 shell", "shell ms", "store ms", "ratio", "target");
      printf ("%-32s %10.1f %10.1f %8.2f %8s %s\n", "staff list (active)", shell_people, people_t.best,
              people_t.best / shell_people, "<= 2.00", mark (people_t.best / shell_people, 2.0));
      printf ("%-32s %10.1f %10.1f %8.2f %8s %s\n", "participation matrix", shell_matrix, matrix_t.best,
              matrix_t.best / shell_matrix, "<= 2.00", mark (matrix_t.best / shell_matrix, 2.0));
      printf ("%-32s %10.1f %10.1f %8.2f %8s %s\n", "per-bureau participation", shell_bureau, bureau_t.best,
              bureau_t.best / shell_bureau, "<= 2.00", mark (bureau_t.best / shell_bureau, 2.0));
    }
  g_ptr_array_unref (traced);

  g_clear_object (&store);
  if (generated)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *p = g_strconcat (generated, suffixes[i], NULL);
          g_unlink (p);
        }
      g_rmdir (dir);
    }
  return 0;
}
