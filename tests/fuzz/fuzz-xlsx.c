/* fuzz-xlsx.c: libFuzzer target for the XLSX reader
 *
 * Runs with small limits so that decompression bombs are refused quickly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "prs-core-error.h"
#include "prs-xlsx-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  PrsXlsxLimits limits = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (GStrv) sheets = NULL;

  limits.max_entry_size = 4 * 1024 * 1024;
  limits.max_total_size = 8 * 1024 * 1024;
  limits.max_rows = 10000;
  limits.max_cols = 1000;
  limits.max_cells = 100000;

  rows = prs_xlsx_read_data (data, size, NULL, &limits, &error);
  if ((rows == NULL) == (error == NULL))
    abort ();
  if (rows != NULL)
    for (guint r = 0; r < rows->len; r++)
      {
        char **cells = g_ptr_array_index (rows, r);

        for (guint c = 0; cells != NULL && cells[c] != NULL; c++)
          if (!g_utf8_validate (cells[c], -1, NULL))
            abort ();
      }
  g_clear_error (&error);

  sheets = prs_xlsx_list_sheets_data (data, size, &error);
  if (sheets != NULL && sheets[0] != NULL)
    {
      g_autoptr (GPtrArray) named = NULL;

      g_clear_error (&error);
      named = prs_xlsx_read_data (data, size, sheets[0], &limits, &error);
    }
  return 0;
}
