/* prs-csv.h: reading CSV files as secretariats save them (RFC 4180, Excel quirks)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text encodings prs_csv_parse() recognises. */
typedef enum
{
  PRS_CSV_ENCODING_AUTO = 0,    /* detect: UTF-8 if valid, else Windows-874 (Thai) */
  PRS_CSV_ENCODING_UTF8,
  PRS_CSV_ENCODING_WINDOWS_874, /* also covers TIS-620, its subset */
  PRS_CSV_ENCODING_UTF16,       /* found only (prs_csv_parse_full()'s info): UTF-16 with a BOM */
} PrsCsvEncoding;

typedef struct
{
  char delimiter;          /* ',' ';' or '\t'; 0 = sniff from the first lines */
  PrsCsvEncoding encoding; /* PRS_CSV_ENCODING_AUTO to detect */
  guint max_rows;          /* 0 = no limit; more rows is an error (PRS_CORE_ERROR_LIMIT) */
  guint max_fields;        /* per row; 0 = no limit */
} PrsCsvOptions;

/* What prs_csv_parse() found, for a preview ("read as Windows-874, semicolons"). */
typedef struct
{
  char delimiter;
  PrsCsvEncoding encoding;
  gboolean had_bom;
} PrsCsvInfo;

/* Parses @data (@len bytes; need not be NUL-terminated) into rows.
 *
 * Returns a GPtrArray of rows; each row is a NULL-terminated GStrv of UTF-8 fields
 * (the array frees them with g_strfreev). Quoted fields may contain the delimiter,
 * doubled quotes and line breaks; lines may end in CRLF or LF; a UTF-8 byte-order
 * mark is dropped; empty lines are skipped; rows may have different lengths.
 * @opts may be NULL for defaults (sniffed delimiter, detected encoding).
 *
 * On a malformed file returns NULL and sets @error in PRS_CORE_ERROR
 * (PRS_CORE_ERROR_PARSE, message names line and column, 1-based, in characters). */
/* "UTF-8", "UTF-8 (BOM)", "Windows-874", "UTF-16" — for an import's preview. */
const char *prs_csv_encoding_note (const PrsCsvInfo *info);

GPtrArray *prs_csv_parse (const char          *data,
                          gsize                len,
                          const PrsCsvOptions *opts,
                          GError             **error);

/* As prs_csv_parse(), and fills @info (may be NULL). */
GPtrArray *prs_csv_parse_full (const char          *data,
                               gsize                len,
                               const PrsCsvOptions *opts,
                               PrsCsvInfo          *info,
                               GError             **error);

/* As prs_csv_parse_full(), and, when @row_lines is not NULL, sets it to a GArray of
 * guint (g_array_unref): the physical line (1-based) on which each returned row starts.
 * An error about a row names that line: quoted fields may span lines and blank lines
 * are skipped, so a row's index is not its line. */
GPtrArray *prs_csv_parse_lines (const char          *data,
                                gsize                len,
                                const PrsCsvOptions *opts,
                                PrsCsvInfo          *info,
                                GArray             **row_lines,
                                GError             **error);

/* CSV injection (OWASP): TRUE if @text would run as a formula in a spreadsheet
 * (starts with = + - @ tab or CR and is not a plain number); writers then put an
 * apostrophe before it. prs_csv_strip_formula_guard() undoes that on import. */
gboolean    prs_csv_needs_formula_guard (const char *text);
const char *prs_csv_strip_formula_guard (const char *text);

/* Reads a file whole, refusing (PRS_CORE_ERROR_LIMIT) one over @limit bytes before
 * reading it; NUL-terminated. */
char      *prs_read_file_bounded (const char *path,
                                  gsize       limit,
                                  gsize      *len,
                                  GError    **error);

/* Reads a whole file (limit 64 MiB) and parses it. */
GPtrArray *prs_csv_read_file (const char          *path,
                              const PrsCsvOptions *opts,
                              PrsCsvInfo          *info,
                              GError             **error);

/* As prs_csv_read_file(), with the rows' physical lines (see prs_csv_parse_lines()). */
GPtrArray *prs_csv_read_file_lines (const char          *path,
                                    const PrsCsvOptions *opts,
                                    PrsCsvInfo          *info,
                                    GArray             **row_lines,
                                    GError             **error);

/* The text of column @col of a parsed @row ("" past its end or for @col < 0). */
const char *prs_csv_cell      (char       **row,
                               int          col);

/* A cell's text as importers compare it: runs of white space (no-break space
 * included) made one space, trimmed, zero-width characters and BOMs dropped,
 * reading stopped at invalid UTF-8. Newly allocated. */
char       *prs_csv_tidy_text (const char  *text);

/* Spreadsheet files no importer reads, told apart by their first bytes: an Excel
 * 97–2003 workbook (.xls; any OLE2 compound file, D0 CF 11 E0 A1 B1 1A E1) or an
 * OpenDocument spreadsheet (.ods; a zip whose first member "mimetype" says
 * application/vnd.oasis.opendocument.spreadsheet). Returns FALSE for those with
 * PRS_CORE_ERROR_FORMAT and a message saying to save the file as .xlsx or CSV;
 * TRUE for anything else. prs_csv_parse*() and the XLSX reader call it, so every
 * importer gives that message whatever the file's name. */
gboolean    prs_table_check_format (const char  *data,
                                    gsize        len,
                                    GError     **error);

/* Classifies a header cell: the importer's column id (0 .. 31), or -1 for a cell that
 * names no column. */
typedef int (*PrsTableColumnFunc) (const char *cell,
                                   gpointer    user_data);

/* Finds a table's header row as secretariats lay tables out: title rows (one merged
 * cell or a single value), blank lines and notes may come before it. The header is the
 * first of the first @max_rows rows of @rows in which @column names at least
 * @min_named distinct columns and, when @any_of (a bit mask of column ids) is not 0,
 * at least one of those. @cols (@n_cols entries) receives each column id's cell index,
 * -1 where the header does not name it (the first cell naming an id wins).
 * Returns the row's index, or G_MAXUINT when no row qualifies (@cols is then all -1). */
guint       prs_table_find_header (GPtrArray          *rows,
                                   guint               max_rows,
                                   PrsTableColumnFunc  column,
                                   gpointer            user_data,
                                   guint               min_named,
                                   guint               any_of,
                                   int                *cols,
                                   int                 n_cols);

/* The number of cells of @row with text (white space and zero-width characters do not
 * count), and the first such cell ("" when none). */
guint       prs_table_row_filled  (char      **row);
const char *prs_table_first_filled (char     **row);

G_END_DECLS
