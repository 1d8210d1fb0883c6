/* test-xlsx.c: the XLSX reader, on workbooks written with libxlsxwriter and on crafted
 * hostile files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "prs-core.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
assert_row (GPtrArray *rows, guint i, const char *const *expected)
{
  char **row = g_ptr_array_index (rows, i);
  g_autofree char *got = g_strjoinv ("|", row);
  g_autofree char *want = g_strjoinv ("|", (char **) expected);

  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (g_strv_length (row), ==, g_strv_length ((char **) expected));
}

#define ROW(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *
write_workbook (const char *name, gboolean constant_memory)
{
  char *path = tmp_path (name);
  lxw_workbook_options options = { .constant_memory = constant_memory };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "ผลคะแนน");
  lxw_worksheet *other = workbook_add_worksheet (wb, "Other");
  lxw_format *date_fmt = workbook_add_format (wb);
  lxw_format *time_fmt = workbook_add_format (wb);
  lxw_format *dt_fmt = workbook_add_format (wb);
  lxw_format *money_fmt = workbook_add_format (wb);
  lxw_datetime date = { 2025, 12, 21, 0, 0, 0 };
  lxw_datetime time = { 0, 0, 0, 10, 30, 0 };
  lxw_datetime stamp = { 2024, 2, 29, 13, 45, 30 };

  format_set_num_format (date_fmt, "d/m/yyyy");
  format_set_num_format (time_fmt, "hh:mm");
  format_set_num_format (dt_fmt, "yyyy-mm-dd hh:mm:ss");
  format_set_num_format (money_fmt, "#,##0.00 \"บาท\"");

  worksheet_write_string (ws, 0, 0, "unit", NULL);
  worksheet_write_string (ws, 0, 1, "year", NULL);
  worksheet_write_string (ws, 0, 2, "code", NULL);
  worksheet_write_string (ws, 0, 3, "part", NULL);
  worksheet_write_string (ws, 0, 4, "score", NULL);
  worksheet_write_string (ws, 1, 0, "สำนักบริหารกลาง", NULL);
  worksheet_write_number (ws, 1, 1, 2568, NULL);
  worksheet_write_string (ws, 1, 2, "E1", NULL);
  worksheet_write_string (ws, 1, 3, "public", NULL);
  worksheet_write_number (ws, 1, 4, 85.5, NULL);
  /* row 3 left empty; row 4 has a gap at B */
  worksheet_write_string (ws, 3, 0, "gap", NULL);
  worksheet_write_number (ws, 3, 2, 74.025, NULL);
  worksheet_write_boolean (ws, 3, 3, 1, NULL);
  worksheet_write_number (ws, 3, 4, 0.1 + 0.2, NULL);
  worksheet_write_datetime (ws, 4, 0, &date, date_fmt);
  worksheet_write_datetime (ws, 4, 1, &time, time_fmt);
  worksheet_write_datetime (ws, 4, 2, &stamp, dt_fmt);
  worksheet_write_number (ws, 4, 3, 1290000, money_fmt);
  worksheet_write_number (ws, 4, 4, -0.5, NULL);
  worksheet_write_blank (ws, 6, 0, money_fmt); /* a styled empty cell: no row */

  worksheet_write_string (other, 0, 0, "อื่น ๆ", NULL);
  worksheet_write_formula_num (other, 0, 1, "=1+1", NULL, 2);

  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
check_main_sheet (GPtrArray *rows)
{
  g_assert_cmpuint (rows->len, ==, 5);
  assert_row (rows, 0, ROW ("unit", "year", "code", "part", "score"));
  assert_row (rows, 1, ROW ("สำนักบริหารกลาง", "2568", "E1", "public", "85.5"));
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, 2)), ==, 0);
  assert_row (rows, 3, ROW ("gap", "", "74.025", "TRUE", "0.3"));
  assert_row (rows, 4, ROW ("2025-12-21", "10:30:00", "2024-02-29T13:45:30", "1290000", "-0.5"));
}

static void
read_back (gboolean constant_memory)
{
  g_autofree char *path = write_workbook (constant_memory ? "inline.xlsx" : "shared.xlsx",
                                          constant_memory);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) first = NULL, named = NULL, other = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) sheets = NULL;
  gsize len;

  first = prs_xlsx_read_file (path, NULL, NULL, &error);
  g_assert_no_error (error);
  check_main_sheet (first);

  named = prs_xlsx_read_file (path, "ผลคะแนน", NULL, &error);
  g_assert_no_error (error);
  check_main_sheet (named);

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  other = prs_xlsx_read_data ((const guint8 *) contents, len, "Other", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 1);
  assert_row (other, 0, ROW ("อื่น ๆ", "2"));

  sheets = prs_xlsx_list_sheets_data ((const guint8 *) contents, len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (sheets), ==, 2);
  g_assert_cmpstr (sheets[0], ==, "ผลคะแนน");
  g_assert_cmpstr (sheets[1], ==, "Other");

  g_assert_null (prs_xlsx_read_data ((const guint8 *) contents, len, "Missing", NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Missing"));
  g_clear_error (&error);

  /* a truncated download */
  g_assert_null (prs_xlsx_read_data ((const guint8 *) contents, len / 2, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_unlink (path);
}

static void
test_shared_strings (void)
{
  read_back (FALSE);
}

static void
test_inline_strings (void)
{
  read_back (TRUE);
}

static void
test_limits (void)
{
  g_autofree char *path = write_workbook ("limits.xlsx", FALSE);
  g_autoptr (GError) error = NULL;
  PrsXlsxLimits rows = { .max_rows = 3 };
  PrsXlsxLimits cols = { .max_cols = 4 };
  PrsXlsxLimits cells = { .max_cells = 10 };
  PrsXlsxLimits entry = { .max_entry_size = 100 };

  g_assert_null (prs_xlsx_read_file (path, NULL, &rows, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (path, NULL, &cols, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (path, NULL, &cells, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (path, NULL, &entry, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_unlink (path);
}

static void
pkg_add (zip_t *z, const char *name, const char *data, gsize len)
{
  zip_source_t *src = zip_source_buffer (z, data, len, 0);

  g_assert_nonnull (src);
  g_assert_cmpint (zip_file_add (z, name, src, ZIP_FL_ENC_UTF_8), >=, 0);
}

static const char workbook_xml[] =
  "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
  "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels_xml[] =
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
  "relationships\"><Relationship Id=\"rId1\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/>"
  "</Relationships>";

/* A hand-made package with the given sheet XML (and styles.xml when @styles is set). */
static char *
write_package_styled (const char *name, const char *sheet, gsize sheet_len, gboolean with_workbook,
                      const char *styles)
{
  char *path = tmp_path (name);
  int err = 0;
  zip_t *z = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &err);

  g_assert_nonnull (z);
  if (with_workbook)
    {
      pkg_add (z, "xl/workbook.xml", workbook_xml, strlen (workbook_xml));
      pkg_add (z, "xl/_rels/workbook.xml.rels", rels_xml, strlen (rels_xml));
    }
  if (styles)
    pkg_add (z, "xl/styles.xml", styles, strlen (styles));
  pkg_add (z, "xl/worksheets/sheet1.xml", sheet, sheet_len);
  g_assert_cmpint (zip_close (z), ==, 0);
  return path;
}

static char *
write_package (const char *name, const char *sheet, gsize sheet_len, gboolean with_workbook)
{
  return write_package_styled (name, sheet, sheet_len, with_workbook, NULL);
}

/* Percent formats (findings I1): a cell shows value × 100 with the format's decimals
 * and a % mark, and that is what the reader returns — built-in 9 (0%) and 10 (0.00%),
 * custom "0.00%" and "0.0%", a colour bracket and a quoted "%" that is not one. */
static void
test_percent (void)
{
  static const char styles[] =
    "<styleSheet><numFmts count=\"4\">"
    "<numFmt numFmtId=\"164\" formatCode=\"0.00%\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[Blue]0.0%;[Red]\\-0.0%\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"0.00&quot; %&quot;\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"#,##0.00\"/>"
    "</numFmts><cellXfs count=\"7\">"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"14\"/>"
    "</cellXfs></styleSheet>";
  static const char sheet[] =
    "<worksheet><sheetData>"
    "<row r=\"1\"><c r=\"A1\"><v>0.9553</v></c><c r=\"B1\" s=\"1\"><v>0.9553</v></c>"
    "<c r=\"C1\" s=\"2\"><v>0.9553</v></c><c r=\"D1\" s=\"3\"><v>0.9553</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" s=\"3\"><v>1</v></c><c r=\"B2\" s=\"2\"><v>0.12345</v></c>"
    "<c r=\"C2\" s=\"2\"><v>7.0000000000000007E-2</v></c><c r=\"D2\" s=\"1\"><v>-0.5</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" s=\"4\"><v>0.8908</v></c><c r=\"B3\" s=\"5\"><v>92.63</v></c>"
    "<c r=\"C3\" s=\"6\"><v>92.63</v></c><c r=\"D3\" s=\"7\"><v>45000</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" s=\"3\"><v>0.92630000000000001</v></c>"
    "<c r=\"B4\" s=\"3\" t=\"str\"><f>A4</f><v>0.9263</v></c>"
    "<c r=\"C4\" s=\"3\" t=\"s\"><v>0</v></c><c r=\"D4\" s=\"1\"><v>0.005</v></c></row>"
    "</sheetData></worksheet>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *path = NULL;

  /* a shared string in a percent-styled cell stays text */
  {
    zip_t *z;
    int err = 0;

    path = write_package_styled ("percent.xlsx", sheet, strlen (sheet), TRUE, styles);
    z = zip_open (path, 0, &err);
    g_assert_nonnull (z);
    pkg_add (z, "xl/sharedStrings.xml", "<sst><si><t>95.53%</t></si></sst>",
             strlen ("<sst><si><t>95.53%</t></si></sst>"));
    g_assert_cmpint (zip_close (z), ==, 0);
  }
  rows = prs_xlsx_read_file (path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  assert_row (rows, 0, ROW ("0.9553", "96%", "95.53%", "95.53%"));
  assert_row (rows, 1, ROW ("100.00%", "12.35%", "7.00%", "-50%"));
  assert_row (rows, 2, ROW ("89.1%", "92.63", "92.63", "2023-03-15"));
  assert_row (rows, 3, ROW ("92.63%", "0.9263", "95.53%", "1%"));
  g_unlink (path);
}

static void
test_zip_bomb (void)
{
  /* 40 MiB of spaces inside a valid sheet: a few tens of KiB on disk */
  gsize big = 40 * 1024 * 1024;
  g_autofree char *sheet = g_malloc (big);
  const char *head = "<worksheet><sheetData>";
  const char *tail = "</sheetData></worksheet>";
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  struct stat st;

  memset (sheet, ' ', big);
  memcpy (sheet, head, strlen (head));
  memcpy (sheet + big - strlen (tail), tail, strlen (tail));
  path = write_package ("bomb.xlsx", sheet, big, TRUE);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 1024 * 1024);

  g_assert_null (prs_xlsx_read_file (path, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_unlink (path);
}

static void
test_malformed (void)
{
  static const char ok_sheet[] =
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c>"
    "<c r=\"C1\"><v>5</v></c></row><row r=\"3\"><c t=\"e\"><v>#DIV/0!</v></c>"
    "<c t=\"str\"><v>from formula</v></c></row></sheetData></worksheet>";
  static const char bad_xml[] = "<worksheet><sheetData><row><c><v>1</v></row>";
  static const char bad_shared[] =
    "<worksheet><sheetData><row><c t=\"s\"><v>7</v></c></row></sheetData></worksheet>";
  static const char bad_ref[] =
    "<worksheet><sheetData><row><c r=\"1A\"><v>1</v></c></row></sheetData></worksheet>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *ok = write_package ("ok.xlsx", ok_sheet, strlen (ok_sheet), TRUE);
  g_autofree char *no_wb = write_package ("nowb.xlsx", ok_sheet, strlen (ok_sheet), FALSE);
  g_autofree char *xml = write_package ("badxml.xlsx", bad_xml, strlen (bad_xml), TRUE);
  g_autofree char *shared = write_package ("shared.xlsx", bad_shared, strlen (bad_shared), TRUE);
  g_autofree char *ref = write_package ("ref.xlsx", bad_ref, strlen (bad_ref), TRUE);
  g_autofree char *text = tmp_path ("text.xlsx");

  rows = prs_xlsx_read_file (ok, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  assert_row (rows, 0, ROW ("ok", "", "5"));
  assert_row (rows, 2, ROW ("#DIV/0!", "from formula"));

  g_assert_null (prs_xlsx_read_file (no_wb, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (xml, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (shared, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (ref, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "unit,year\nสบก.,2568\n", -1, &error));
  g_assert_null (prs_xlsx_read_file (text, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_data ((const guint8 *) "PK\x03\x04garbage", 11, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_data (NULL, 0, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file ("/nonexistent/x.xlsx", NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (ok);
  g_unlink (no_wb);
  g_unlink (xml);
  g_unlink (shared);
  g_unlink (ref);
  g_unlink (text);
}

/* Findings I2: a title merged across the columns stays one cell; unit and year merged
 * down the table fill the rows of their merge that hold data (not blank rows), only
 * when asked; what was read is reported. */
static void
test_merged (void)
{
  static const char sheet[] =
    "<worksheet><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>unit</t></is></c>"
    "<c r=\"B3\" t=\"inlineStr\"><is><t>year</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>code</t></is></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>U</t></is></c><c r=\"B4\"><v>2566</v></c>"
    "<c r=\"C4\" t=\"inlineStr\"><is><t>I1</t></is></c><c r=\"D4\"><f>1+1</f></c></row>"
    "<row r=\"5\"><c r=\"A5\" s=\"0\"/><c r=\"C5\" t=\"inlineStr\"><is><t>I2</t></is></c></row>"
    "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>I3</t></is></c></row>"
    "</sheetData><mergeCells count=\"4\"><mergeCell ref=\"A1:E1\"/><mergeCell ref=\"A4:A8\"/>"
    "<mergeCell ref=\"B4:B7\"/><mergeCell ref=\"bad\"/></mergeCells></worksheet>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plain = NULL;
  g_autoptr (GPtrArray) filled = NULL;
  g_autofree char *path = write_package ("merged.xlsx", sheet, strlen (sheet), TRUE);
  PrsXlsxInfo info = { 0 };

  plain = prs_xlsx_read_file (path, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_row (plain, 4, ROW ("", "", "I2"));
  filled = prs_xlsx_read_file_full (path, NULL, NULL, PRS_XLSX_READ_FILL_MERGED_DOWN, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (filled->len, ==, 7);
  assert_row (filled, 0, ROW ("Title"));
  assert_row (filled, 3, ROW ("U", "2566", "I1"));
  assert_row (filled, 4, ROW ("U", "2566", "I2"));
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (filled, 5)), ==, 0);
  assert_row (filled, 6, ROW ("U", "2566", "I3"));
  g_assert_cmpuint (info.n_sheets, ==, 1);
  g_assert_cmpuint (info.sheet_index, ==, 0);
  g_assert_cmpstr (info.sheet_name, ==, "S");
  g_assert_cmpuint (info.n_filled, ==, 4);
  /* a formula never calculated reads as empty, and is counted */
  g_assert_cmpuint (info.n_uncached, ==, 1);
  g_assert_cmpuint (info.uncached_row, ==, 4);
  g_assert_cmpuint (info.uncached_col, ==, 4);
  prs_xlsx_info_clear (&info);
  g_assert_null (info.sheet_name);

  /* the rows a merge reaches count against the cell limit: 9 cells read, 6 reached */
  {
    PrsXlsxLimits small = { .max_cells = 14 };
    g_autoptr (GPtrArray) over = NULL;
    g_autoptr (GPtrArray) under = NULL;

    small.max_cells = 15;
    under = prs_xlsx_read_file_full (path, NULL, &small, PRS_XLSX_READ_FILL_MERGED_DOWN, NULL, &error);
    g_assert_no_error (error);
    small.max_cells = 14;
    over = prs_xlsx_read_file_full (path, NULL, &small, PRS_XLSX_READ_FILL_MERGED_DOWN, NULL, &error);
    g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
    g_assert_null (over);
    g_clear_error (&error);
  }
  g_unlink (path);
}

/* Findings I5: .xls and .ods are named as such, not as a bad text encoding. */
static void
test_other_formats (void)
{
  static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0";
  static const char ods[] = "PK\x03\x04\x14\0\0\x08\0\0\0\0\0\0\0\0\0\0\x2e\0\0\0\x2e\0\0\0\x08\0\0\0"
                            "mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK";
  g_autoptr (GError) error = NULL;

  g_assert_null (prs_xlsx_read_data ((const guint8 *) ole2, sizeof ole2 - 1, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".xls"));
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_data ((const guint8 *) ods, sizeof ods - 1, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".ods"));
  g_clear_error (&error);
  g_assert_null (prs_xlsx_list_sheets_data ((const guint8 *) ole2, sizeof ole2 - 1, &error));
  g_assert_nonnull (strstr (error->message, ".xls"));
  g_clear_error (&error);
  g_assert_null (prs_csv_parse (ole2, sizeof ole2 - 1, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_clear_error (&error);
  g_assert_null (prs_csv_parse (ods, sizeof ods - 1, NULL, &error));
  g_assert_nonnull (strstr (error->message, ".ods"));
  g_clear_error (&error);
  /* a zip that is not ODS, and text, pass the check */
  g_assert_true (prs_table_check_format ("PK\x03\x04", 4, &error));
  g_assert_true (prs_table_check_format ("unit,year\n", 10, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prs-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add_func ("/xlsx/shared-strings", test_shared_strings);
  g_test_add_func ("/xlsx/inline-strings", test_inline_strings);
  g_test_add_func ("/xlsx/limits", test_limits);
  g_test_add_func ("/xlsx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/xlsx/malformed", test_malformed);
  g_test_add_func ("/xlsx/percent", test_percent);
  g_test_add_func ("/xlsx/merged", test_merged);
  g_test_add_func ("/xlsx/other-formats", test_other_formats);
  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
