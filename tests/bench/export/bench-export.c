/* bench-export.c: time the reports of a generated workspace to PDF, XLSX
 * and DOCX
 *
 * Usage: bench-export [WORKSPACE]
 * Without WORKSPACE, generates one as `prongsai-cli generate --people 20000
 * --seed 1` does (through the store API) in a temporary folder. Builds the
 * workspace summary, the own agency's ITA report for the latest year (with
 * its charts) and its ITA measures report (when the workspace has measures),
 * and writes each in every format.
 * Prints the time of building each report and of each file beside its target
 * (under 2 s) and marks a miss with MISS; asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "prs-export.h"
#include "prs-ita-report.h"
#include "prs-ita-store.h"
#include "prs-summary-report.h"
#include "prs-store-sql.h"

#define TARGET_S 2.0

static int misses;

static const char *
mark (double seconds)
{
  if (seconds < TARGET_S)
    return "";
  misses++;
  return "MISS";
}

static double
since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1e6;
}

static gboolean
print_progress (double fraction, gpointer data)
{
  if (isatty (STDERR_FILENO))
    fprintf (stderr, "\rgenerating… %3d %%", (int) (fraction * 100));
  return TRUE;
}

static void
bench_report (const char *name, PrsReport *report, double build_s, const char *dir)
{
  g_autoptr (PrsReportLayout) layout = NULL;
  gint64 t0 = g_get_monotonic_time ();
  int pages;
  double layout_s;

  layout = prs_report_layout_new (report);
  pages = prs_report_layout_page_count (layout);
  layout_s = since (t0);
  printf ("%-18s %-6s %8.3f s  %8s  < %.0f s %s\n", name, "build", build_s, "", TARGET_S, mark (build_s));
  printf ("%-18s %-6s %8.3f s  %5d pp  < %.0f s %s\n", name, "layout", layout_s, pages, TARGET_S,
          mark (layout_s));

  for (PrsExportFormat f = PRS_EXPORT_PDF; f <= PRS_EXPORT_DOCX; f++)
    {
      g_autofree char *file_name = g_strdup_printf ("bench.%s", prs_export_format_extension (f));
      g_autofree char *path = g_build_filename (dir, file_name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      GStatBuf st = { 0 };
      double seconds;

      t0 = g_get_monotonic_time ();
      if (!prs_export_report (report, f, file, NULL, NULL, NULL, &error))
        {
          g_printerr ("%s %s: %s\n", name, file_name, error->message);
          exit (1);
        }
      seconds = since (t0);
      g_stat (path, &st);
      printf ("%-18s %-6s %8.3f s  %5.0f KiB < %.0f s %s\n", name, prs_export_format_extension (f), seconds,
              st.st_size / 1024.0, TARGET_S, mark (seconds));
      g_unlink (path);
    }
  fflush (stdout);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("prs-bench-export-XXXXXX", NULL);
  g_autofree char *generated = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GError) error = NULL;
  const char *path;
  gint64 t0, own;
  int year;

  if (argc > 1)
    path = argv[1];
  else
    {
      PrsGenerateOptions options;

      generated = g_build_filename (dir, "generated.prongsai", NULL);
      path = generated;
      store = prs_store_open (path, PRS_STORE_OPEN_CREATE | PRS_STORE_OPEN_NO_UNDO, &error);
      g_assert_no_error (error);
      prs_generate_options_init (&options, 20000);
      options.seed = 1;
      options.progress = print_progress;
      t0 = g_get_monotonic_time ();
      if (!prs_store_generate (store, &options, &error))
        g_error ("%s", error->message);
      g_clear_object (&store);
      if (isatty (STDERR_FILENO))
        fprintf (stderr, "\r");
      printf ("generated a workspace of 20,000 people (seed 1) in %.1f s\n", since (t0));
    }

  store = prs_store_open (path, PRS_STORE_OPEN_READ_ONLY, &error);
  if (!store)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  printf ("workspace: %" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT " units, %" G_GINT64_FORMAT
          " ITA results; targets: under %.0f s each\n",
          prs_store_count (store, "people"), prs_store_count (store, "units"),
          prs_store_count (store, "ita_results"), TARGET_S);

  {
    g_autoptr (PrsReport) report = NULL;
    t0 = g_get_monotonic_time ();
    report = prs_summary_report_new (store, TRUE, &error);
    if (!report)
      g_error ("summary: %s", error->message);
    bench_report ("summary", report, since (t0), dir);
  }

  own = prs_ita_store_get_own_agency (store, NULL);
  year = own ? (int) prs_store_query_int (store, "SELECT max (year_be) FROM ita_results", 0) : 0;
  if (own && year > 0 && prs_ita_store_find_result (store, own, year, NULL))
    {
      g_autoptr (PrsReport) ita = NULL;
      g_autoptr (PrsReport) measures = NULL;
      g_autofree char *ita_name = g_strdup_printf ("ITA %d", year);
      g_autofree char *measures_name = g_strdup_printf ("ITA measures %d", year);

      t0 = g_get_monotonic_time ();
      ita = prs_ita_report_build (store, own, year, TRUE, &error);
      if (!ita)
        g_error ("ITA report: %s", error->message);
      bench_report (ita_name, ita, since (t0), dir);

      t0 = g_get_monotonic_time ();
      measures = prs_ita_measures_report_build (store, own, year, TRUE, &error);
      if (measures)
        bench_report (measures_name, measures, since (t0), dir);
      else
        printf ("%-18s not timed: %s\n", measures_name, error->message); /* none generated */
    }
  else
    printf ("no ITA results for the own agency: ITA reports not timed\n");

  g_clear_object (&store);
  if (generated)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *p = g_strconcat (generated, suffixes[i], NULL);
          g_unlink (p);
        }
    }
  g_rmdir (dir);
  printf (misses ? "%d figure%s over target (MISS)\n" : "every figure within its target\n", misses,
          misses == 1 ? "" : "s");
  return 0;
}
