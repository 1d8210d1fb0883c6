/* export-sample.c: writes the synthetic report and the demo summary report in
 * every format into a directory, for the round-trip checks (check-export.py).
 *
 *   export-sample DIR [ROWS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "prs-export.h"
#include "prs-store.h"
#include "prs-summary-report.h"
#include "prs-test-report.h"

static gboolean
write_all (PrsReport *report, const char *dir, const char *stem, GError **error)
{
  for (PrsExportFormat f = PRS_EXPORT_PDF; f <= PRS_EXPORT_CSV; f++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", stem, prs_export_format_extension (f));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (PrsReportLayout) layout = NULL;

      if (!prs_export_report (report, f, file, NULL, NULL, NULL, error))
        return FALSE;
      if (f == PRS_EXPORT_PDF)
        {
          layout = prs_report_layout_new (report);
          g_print ("%s %d\n", name, prs_report_layout_page_count (layout));
        }
    }
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (PrsReport) synthetic = NULL;
  g_autoptr (PrsReport) thai = NULL;
  g_autoptr (PrsReport) summary = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ws = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: export-sample DIR [ROWS]\n");
      return 2;
    }
  synthetic = prs_test_report_new (argc > 2 ? (guint) atoi (argv[2]) : 120);
  thai = prs_test_report_new (30);
  prs_report_set_thai_digits (thai, TRUE);
  prs_report_set_orientation (thai, PRS_PAGE_LANDSCAPE);

  ws = g_build_filename (argv[1], "demo.prongsai", NULL);
  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  /* the store's demonstration data if it can be written, else the test fixture */
  if (store != NULL && !prs_store_write_demo (store, NULL))
    {
      g_clear_object (&store);
      g_unlink (ws);
      store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
      if (store != NULL && prs_test_fill_store (store, &error) < 0)
        g_clear_object (&store);
    }
  if (store == NULL || !(summary = prs_summary_report_new (store, TRUE, &error)))
    {
      g_printerr ("demo workspace: %s\n", error->message);
      return 1;
    }
  if (!write_all (synthetic, argv[1], "synthetic", &error)
      || !write_all (thai, argv[1], "thai", &error)
      || !write_all (summary, argv[1], "summary", &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("workspace %s\n", ws);
  return 0;
}
