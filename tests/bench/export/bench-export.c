/* bench-export.c: time a 100-page table report to PDF, XLSX and DOCX
 *
 * Prints the figures (target: under 2 s each); asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "prs-export.h"
#include "prs-test-report.h"

int
main (int argc, char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("prs-bench-export-XXXXXX", NULL);
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (PrsReportLayout) layout = NULL;
  guint rows = 1900;
  gint64 t0;
  int pages;

  /* grow the table until the layout reaches 100 pages */
  for (;;)
    {
      g_clear_pointer (&report, prs_report_unref);
      g_clear_pointer (&layout, prs_report_layout_free);
      report = prs_test_report_new (rows);
      t0 = g_get_monotonic_time ();
      layout = prs_report_layout_new (report);
      pages = prs_report_layout_page_count (layout);
      if (pages >= 100)
        break;
      rows += rows * (100 - pages) / MAX (pages, 1) + 10;
    }
  g_print ("report: %u table rows, %d pages; layout %.3f s (%s %.1f pt)\n", rows, pages,
           (g_get_monotonic_time () - t0) / 1e6, prs_report_layout_font_family (layout),
           prs_report_layout_font_size (layout));

  for (PrsExportFormat f = PRS_EXPORT_PDF; f <= PRS_EXPORT_DOCX; f++)
    {
      g_autofree char *name = g_strdup_printf ("bench.%s", prs_export_format_extension (f));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      GStatBuf st = { 0 };
      double seconds;

      t0 = g_get_monotonic_time ();
      if (!prs_export_report (report, f, file, NULL, NULL, NULL, &error))
        {
          g_printerr ("%s: %s\n", name, error->message);
          return 1;
        }
      seconds = (g_get_monotonic_time () - t0) / 1e6;
      g_stat (path, &st);
      g_print ("%-5s %6.3f s  %8.1f KiB%s\n", prs_export_format_extension (f), seconds,
               st.st_size / 1024.0, seconds < 2.0 ? "" : "  (over the 2 s target)");
      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
