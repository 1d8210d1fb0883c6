/* fuzz-roster.c: libFuzzer target for the roster imports
 *
 * The bytes are a staff roster (XLSX if they start "PK", else CSV) read into the
 * people import preview against a fixed workspace, and the same rows read as a
 * committee roster. A preview or an error; every name it gives back is UTF-8,
 * every unit it matched exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"
#include "prs-csv.h"
#include "prs-xlsx-reader.h"
#include "fuzz-store-fixture.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  FuzzFixture *fx = fuzz_fixture ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      PrsXlsxLimits limits = { 0 };

      limits.max_entry_size = 4 * 1024 * 1024;
      limits.max_total_size = 8 * 1024 * 1024;
      limits.max_rows = 10000;
      limits.max_cols = 1000;
      limits.max_cells = 100000;
      rows = prs_xlsx_read_data (data, size, NULL, &limits, &error);
    }
  else
    rows = prs_csv_parse ((const char *) data, size, NULL, &error);
  if (rows == NULL)
    return 0;

  {
    g_autoptr (GError) perr = NULL;
    g_autoptr (PrsRosterPreview) p = prs_roster_preview_rows (fx->store, rows, &perr);

    if ((p == NULL) == (perr == NULL))
      abort ();
    if (p != NULL)
      {
        if (p->n_new + p->n_updated + p->n_unchanged + p->n_duplicate > p->rows->len)
          abort ();
        for (guint i = 0; i < p->rows->len; i++)
          {
            PrsRosterRow *r = g_ptr_array_index (p->rows, i);

            fuzz_check_utf8 (r->prefix);
            fuzz_check_utf8 (r->first_name);
            fuzz_check_utf8 (r->last_name);
            fuzz_check_utf8 (r->position);
            fuzz_check_utf8 (r->unit_text);
            if (r->unit_id < 0)
              abort ();
          }
        for (guint i = 0; i < p->errors->len; i++)
          fuzz_check_utf8 (p->errors->pdata[i]);
        /* a clean preview is written and undone */
        if (p->errors->len == 0 && p->n_new + p->n_updated > 0)
          {
            g_autoptr (GError) aerr = NULL;

            if (prs_roster_apply (fx->store, p, &aerr))
              fuzz_undo_apply ("roster");
            else if (aerr == NULL)
              abort ();
          }
      }
  }

  {
    g_autoptr (GError) perr = NULL;
    g_autoptr (PrsImportPreview) p = prs_import_roster_preview (rows, &perr);

    if (p != NULL)
      for (guint i = 0; i < p->lines->len; i++)
        {
          PrsImportLine *l = g_ptr_array_index (p->lines, i);

          fuzz_check_utf8 (l->typed_name);
          fuzz_check_utf8 (l->position);
          fuzz_check_utf8 (l->role_title);
        }
  }
  return 0;
}
