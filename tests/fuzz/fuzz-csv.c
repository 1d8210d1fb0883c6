/* fuzz-csv.c: libFuzzer target for the CSV reader
 *
 * The first byte picks the options (delimiter and encoding), the rest is the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "prs-core-error.h"
#include "prs-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static const char delimiters[] = { 0, ',', ';', '\t' };
  PrsCsvOptions opts = { 0 };
  PrsCsvInfo info;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  if (size == 0)
    return 0;
  opts.delimiter = delimiters[data[0] & 3];
  opts.encoding = (PrsCsvEncoding) ((data[0] >> 2) % 3);
  opts.max_rows = 10000;
  opts.max_fields = 1000;

  rows = prs_csv_parse_full ((const char *) data + 1, size - 1, &opts, &info, &error);
  if (rows == NULL)
    {
      if (error == NULL || error->domain != PRS_CORE_ERROR)
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();
  for (guint r = 0; r < rows->len; r++)
    {
      char **fields = g_ptr_array_index (rows, r);

      for (guint f = 0; fields != NULL && fields[f] != NULL; f++)
        if (!g_utf8_validate (fields[f], -1, NULL))
          abort ();
    }
  return 0;
}
