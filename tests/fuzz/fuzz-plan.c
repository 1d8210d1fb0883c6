/* fuzz-plan.c: libFuzzer target for the action-plan table parser
 *
 * Bytes starting "PK" are read as an XLSX workbook (every sheet), anything else as
 * a CSV file (UTF-8 or Windows-874), and the rows given to prs_plan_table_parse().
 * Whatever the bytes: a table or an error, never both; the tree is consistent
 * (parents come before their children, shared references point inside).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "prs-core.h"
#include "prs-csv.h"
#include "prs-plan-table.h"
#include "prs-xlsx-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_table (GPtrArray *rows, GArray *lines)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsPlanTable) table = prs_plan_table_parse (rows, lines, &error);

  if ((table == NULL) == (error == NULL))
    abort ();
  if (table == NULL)
    return;
  for (guint i = 0; i < table->items->len; i++)
    {
      PrsPlanTableItem *it = g_ptr_array_index (table->items, i);

      if (it->parent >= (int) i || it->parent < -1)
        abort ();
      if (it->shared_with >= (int) table->items->len || it->shared_with < -1)
        abort ();
      if (it->title == NULL || !g_utf8_validate (it->title, -1, NULL))
        abort ();
      if (it->months >= (1u << 12))
        abort ();
      if (it->budget_kind == PRS_PLAN_BUDGET_AMOUNT && it->budget_satang < 0)
        abort ();
      for (guint k = 0; it->indicators && k < it->indicators->len; k++)
        {
          PrsPlanTableIndicator *ind = g_ptr_array_index (it->indicators, k);

          if (ind->name == NULL || !g_utf8_validate (ind->name, -1, NULL))
            abort ();
        }
    }
  (void) prs_plan_table_count_activities (table);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GError) error = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      PrsXlsxLimits limits = { 0 };
      g_auto (GStrv) sheets = NULL;

      limits.max_entry_size = 4 * 1024 * 1024;
      limits.max_total_size = 8 * 1024 * 1024;
      limits.max_rows = 10000;
      limits.max_cols = 1000;
      limits.max_cells = 100000;
      sheets = prs_xlsx_list_sheets_data (data, size, &error);
      g_clear_error (&error);
      for (guint i = 0; sheets != NULL && sheets[i] != NULL && i < 4; i++)
        {
          g_autoptr (GPtrArray) rows = prs_xlsx_read_data (data, size, sheets[i], &limits, &error);

          g_clear_error (&error);
          if (rows != NULL)
            check_table (rows, NULL);
        }
      return 0;
    }

  {
    g_autoptr (GArray) lines = NULL;
    g_autoptr (GPtrArray) rows = prs_csv_parse_lines ((const char *) data, size, NULL, NULL, &lines, &error);

    if (rows == NULL)
      return 0;
    check_table (rows, lines);
  }
  return 0;
}
