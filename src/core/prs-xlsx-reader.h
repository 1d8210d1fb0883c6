/* prs-xlsx-reader.h: rows of one sheet of an .xlsx workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits that keep a hostile or broken file from eating the machine. Zero in a field
 * means the default (shown in brackets). */
typedef struct
{
  guint64 max_entry_size;  /* uncompressed bytes of one zip member [64 MiB] */
  guint64 max_total_size;  /* uncompressed bytes read altogether [256 MiB] */
  guint   max_ratio;       /* uncompressed/compressed of one member over 1 MiB [200] */
  guint   max_rows;        /* [1,048,576] (Excel's own limit) */
  guint   max_cols;        /* [16,384] */
  guint64 max_cells;       /* non-empty cells [5,000,000] */
} PrsXlsxLimits;

/* Reads the rows of a sheet.
 *
 * @sheet_name: the sheet's name as shown on its tab, or NULL for the first sheet.
 * @limits: NULL for the defaults.
 *
 * Returns a GPtrArray of rows; each row is a NULL-terminated GStrv of UTF-8 cell texts
 * with empty strings for empty cells up to the row's last non-empty cell. Rows keep their
 * sheet positions: empty rows between filled rows are empty GStrvs; trailing empty rows
 * are not returned. Cell texts:
 *  - strings (shared or inline) as they are;
 *  - numbers in the shortest form that reads back to the same double ("85.5", "12");
 *  - cells whose style has a percent number format (built-in 9 "0%" and 10 "0.00%",
 *    or a custom format with a % outside quoted text) as the cell shows them: the value
 *    × 100 rounded in decimal, half away from zero, to the format's decimals, then "%"
 *    (0.9553 in "0.00%" → "95.53%", in "0%" → "96%"; no thousands separators);
 *  - booleans as "TRUE" / "FALSE";
 *  - cells whose style has a date or time number format as ISO 8601
 *    ("2025-12-21", "2025-12-21T10:00:00", "10:30:00");
 *  - formula cells as their cached value; error values ("#DIV/0!") as they are.
 *
 * On error returns NULL with @error in PRS_CORE_ERROR: FORMAT (not an xlsx, a part
 * missing or malformed), NOT_FOUND (no sheet of that name), LIMIT (a limit exceeded,
 * e.g. a zip bomb); or a GFileError from reading the file. */
GPtrArray *prs_xlsx_read_file (const char          *path,
                               const char          *sheet_name,
                               const PrsXlsxLimits *limits,
                               GError             **error);

typedef enum
{
  PRS_XLSX_READ_DEFAULT = 0,
  /* A cell merged over several rows (mergeCells) shows its value beside each of them:
   * copy the value of the merge's top-left cell into the first column of the merge in
   * every later row of it that holds other data (a unit or year column merged down the
   * table, as agencies lay tables out). Blank rows stay blank; merges over one row
   * (a title across the columns) are left as they are. */
  PRS_XLSX_READ_FILL_MERGED_DOWN = 1 << 0,
} PrsXlsxReadFlags;

/* What was read, for warnings ("only the first of 2 sheets was read"). */
typedef struct
{
  guint n_sheets;     /* sheets in the workbook */
  guint sheet_index;  /* 0-based index of the sheet read */
  char *sheet_name;   /* its name (free with prs_xlsx_info_clear()) */
  guint n_filled;     /* cells filled from vertical merges */
  guint n_uncached;   /* formula cells without a saved result (read as empty) */
  guint uncached_row; /* the first of them: 1-based row and column */
  guint uncached_col;
} PrsXlsxInfo;

void       prs_xlsx_info_clear (PrsXlsxInfo *info);

/* As prs_xlsx_read_file(), with @flags and, when @info is not NULL, what was read. */
GPtrArray *prs_xlsx_read_file_full (const char          *path,
                                    const char          *sheet_name,
                                    const PrsXlsxLimits *limits,
                                    PrsXlsxReadFlags     flags,
                                    PrsXlsxInfo         *info,
                                    GError             **error);

/* The same from an in-memory copy of the file (@len bytes; the data is not kept). */
GPtrArray *prs_xlsx_read_data (const guint8        *data,
                               gsize                len,
                               const char          *sheet_name,
                               const PrsXlsxLimits *limits,
                               GError             **error);

GPtrArray *prs_xlsx_read_data_full (const guint8        *data,
                                    gsize                len,
                                    const char          *sheet_name,
                                    const PrsXlsxLimits *limits,
                                    PrsXlsxReadFlags     flags,
                                    PrsXlsxInfo         *info,
                                    GError             **error);

/* The names of the workbook's sheets in tab order (a GStrv; free with g_strfreev). */
char **prs_xlsx_list_sheets_data (const guint8 *data,
                                  gsize         len,
                                  GError      **error);

G_END_DECLS
