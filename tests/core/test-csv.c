/* test-csv.c: the CSV reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "prs-core.h"

static GPtrArray *
parse_ok (const char *data, gssize len, const PrsCsvOptions *opts, PrsCsvInfo *info)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = prs_csv_parse_full (data, len < 0 ? strlen (data) : (gsize) len, opts, info,
                                        &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
assert_row (GPtrArray *rows, guint i, const char *const *expected)
{
  char **row = g_ptr_array_index (rows, i);

  g_assert_cmpuint (g_strv_length (row), ==, g_strv_length ((char **) expected));
  for (guint k = 0; expected[k]; k++)
    g_assert_cmpstr (row[k], ==, expected[k]);
}

#define ROW(...) ((const char *const[]){ __VA_ARGS__, NULL })

static void
test_basic (void)
{
  g_autoptr (GPtrArray) rows = NULL;
  PrsCsvInfo info;

  rows = parse_ok ("unit,year,code,part,score\nสบก.,2568,I1,,85.50\r\nสบก.,2568,E1,public,90\n",
                   -1, NULL, &info);
  g_assert_cmpuint (rows->len, ==, 3);
  assert_row (rows, 0, ROW ("unit", "year", "code", "part", "score"));
  assert_row (rows, 1, ROW ("สบก.", "2568", "I1", "", "85.50"));
  assert_row (rows, 2, ROW ("สบก.", "2568", "E1", "public", "90"));
  g_assert_cmpint (info.delimiter, ==, ',');
  g_assert_cmpint (info.encoding, ==, PRS_CSV_ENCODING_UTF8);
  g_assert_false (info.had_bom);
}

static void
test_quotes (void)
{
  g_autoptr (GPtrArray) rows = NULL;

  rows = parse_ok ("\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",\"crlf\r\ninside\"\r\n"
                   "\"\",x\n\n\nlast,\"\"\"\"", -1, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 3);
  assert_row (rows, 0, ROW ("a,b", "say \"hi\"", "line1\nline2", "crlf\ninside"));
  assert_row (rows, 1, ROW ("", "x"));
  assert_row (rows, 2, ROW ("last", "\""));

  g_clear_pointer (&rows, g_ptr_array_unref);
  /* trailing empty field, a quote inside an unquoted field, space after a closing quote */
  rows = parse_ok ("a,b,\nit\"s,\"q\" ,z", -1, NULL, NULL);
  assert_row (rows, 0, ROW ("a", "b", ""));
  assert_row (rows, 1, ROW ("it\"s", "q", "z"));
}

static void
test_bom_and_delimiters (void)
{
  g_autoptr (GPtrArray) rows = NULL;
  PrsCsvInfo info;
  PrsCsvOptions opts = { .delimiter = ',' };

  rows = parse_ok ("\xEF\xBB\xBFหน่วยงาน;คะแนน\n\"สบก.; สำนัก\";\"85,50\"\nกจ.;90\n", -1, NULL,
                   &info);
  g_assert_true (info.had_bom);
  g_assert_cmpint (info.delimiter, ==, ';');
  assert_row (rows, 0, ROW ("หน่วยงาน", "คะแนน"));
  assert_row (rows, 1, ROW ("สบก.; สำนัก", "85,50"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse_ok ("a\tb,c\td\n1\t2,5\t3\n", -1, NULL, &info);
  g_assert_cmpint (info.delimiter, ==, '\t');
  assert_row (rows, 1, ROW ("1", "2,5", "3"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse_ok ("a;b\n", -1, &opts, &info);
  assert_row (rows, 0, ROW ("a;b"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse_ok ("single\n", -1, NULL, &info);
  g_assert_cmpint (info.delimiter, ==, ',');
  assert_row (rows, 0, ROW ("single"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse_ok ("", 0, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_windows_874 (void)
{
  /* "หน่วยงาน;คะแนน\r\nสบก.;"๘๕.๕๐"\r\n" saved by Excel on a Thai Windows */
  static const char data[] = "\xcb\xb9\xe8\xc7\xc2\xa7\xd2\xb9;\xa4\xd0\xe1\xb9\xb9\x0d\x0a"
                             "\xca\xba\xa1.;\"\xf8\xf5.\xf5\xf0\"\x0d\x0a";
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  PrsCsvOptions utf8_only = { .encoding = PRS_CSV_ENCODING_UTF8 };
  PrsCsvInfo info;

  rows = parse_ok (data, sizeof data - 1, NULL, &info);
  g_assert_cmpint (info.encoding, ==, PRS_CSV_ENCODING_WINDOWS_874);
  g_assert_cmpint (info.delimiter, ==, ';');
  assert_row (rows, 0, ROW ("หน่วยงาน", "คะแนน"));
  assert_row (rows, 1, ROW ("สบก.", "๘๕.๕๐"));

  g_assert_null (prs_csv_parse (data, sizeof data - 1, &utf8_only, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_ENCODING);
}

static void
assert_parse_error (const char *data, gsize len, int code, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = prs_csv_parse (data, len, NULL, &error);

  g_assert_null (rows);
  g_assert_error (error, PRS_CORE_ERROR, code);
  if (fragment && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_malformed (void)
{
  static const char nul[] = "a,b\n\0,c\n";
  g_autoptr (GError) error = NULL;
  PrsCsvOptions limit = { .max_rows = 2 };
  PrsCsvOptions narrow = { .max_fields = 2 };

  assert_parse_error ("a,b\n1,\"abc\n", 11, PRS_CORE_ERROR_PARSE, "Line 2, column 3");
  assert_parse_error ("x\n\"one\ntwo\nthree", 16, PRS_CORE_ERROR_PARSE, "Line 2, column 1");
  assert_parse_error ("\"ab\"c,d\n", 8, PRS_CORE_ERROR_PARSE, "Line 1, column 5");
  assert_parse_error ("ก,\"ข\"ค\n", strlen ("ก,\"ข\"ค\n"), PRS_CORE_ERROR_PARSE, "column 6");
  assert_parse_error ("\x80\x81\x82", 3, PRS_CORE_ERROR_ENCODING, NULL);
  assert_parse_error (nul, sizeof nul - 1, PRS_CORE_ERROR_ENCODING, NULL);

  g_assert_null (prs_csv_parse ("1\n2\n3\n", 6, &limit, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_null (prs_csv_parse ("1,2,3\n", 6, &narrow, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
}

static void
test_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prs-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ita.csv", NULL);
  g_autoptr (GPtrArray) rows = NULL;
  PrsCsvInfo info;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "\xEF\xBB\xBF" "code,score\r\nI1,๘๕\r\n", -1, &error));
  rows = prs_csv_read_file (path, NULL, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_row (rows, 1, ROW ("I1", "๘๕"));
  g_assert_true (info.had_bom);
  g_unlink (path);
  g_rmdir (dir);

  g_assert_null (prs_csv_read_file (path, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* Each row's physical line: a quoted field spanning lines and blank lines do not shift
 * the lines of the rows after them. */
static void
test_row_lines (void)
{
  const char *csv = "unit,year\r\n"
                    "\"กรม\nสอง บรรทัด\",2568\r\n"
                    "\r\n"
                    "ข,\"a\r\nb\r\nc\"\r\n"
                    "ค,2568";
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) rows = prs_csv_parse_lines (csv, strlen (csv), NULL, NULL, &lines, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpuint (lines->len, ==, 4);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 5);
  g_assert_cmpuint (g_array_index (lines, guint, 3), ==, 8);
  g_assert_cmpstr (((char **) rows->pdata[3])[0], ==, "ค");
}

/* UTF-16 with a BOM: Excel's "Unicode Text" (tabs) and other tools' commas (findings I8). */
static void
test_utf16 (void)
{
  const char *texts[] = { "unit\tyear, note\nสบก.\t2568, x\n", "unit,year\nสบก.,2568\n" };
  const char seps[] = { '\t', ',' };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GError) error = NULL;
      gsize len = 0;
      g_autofree char *u16 = g_convert (texts[i], -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
      g_autofree char *data = g_malloc (len + 2);
      g_autoptr (GPtrArray) rows = NULL;
      PrsCsvInfo info = { 0 };
      char **row;

      g_assert_no_error (error);
      memcpy (data, "\xFF\xFE", 2);
      memcpy (data + 2, u16, len);
      rows = prs_csv_parse_full (data, len + 2, NULL, &info, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, 2);
      row = rows->pdata[1];
      g_assert_cmpuint (g_strv_length (row), ==, 2);
      g_assert_cmpstr (row[0], ==, "สบก.");
      g_assert_cmpint (info.delimiter, ==, seps[i]);
      g_assert_cmpint (info.encoding, ==, PRS_CSV_ENCODING_UTF16);
      g_assert_cmpstr (prs_csv_encoding_note (&info), ==, "UTF-16");
    }
}

static int
header_cell (const char *cell, gpointer data)
{
  static const char *const names[] = { "unit", "year", "score", NULL };

  for (int i = 0; names[i]; i++)
    if (g_str_equal (cell, names[i]))
      return i;
  return -1;
}

/* The header search the importers share (findings I2): title rows and blank lines
 * before it, a row naming too few columns, the row limit. */
static void
test_find_header (void)
{
  const char *data = "Results of the year\n\nnote,unit\nunit,year,x,score\nA,2566,,90\n";
  g_autoptr (GPtrArray) rows = prs_csv_parse (data, strlen (data), NULL, NULL);
  int cols[3];

  g_assert_nonnull (rows);
  g_assert_cmpuint (prs_table_find_header (rows, 20, header_cell, NULL, 2, 0, cols, 3), ==, 2);
  g_assert_cmpint (cols[0], ==, 0);
  g_assert_cmpint (cols[1], ==, 1);
  g_assert_cmpint (cols[2], ==, 3);
  /* any_of: the row must name "score" */
  g_assert_cmpuint (prs_table_find_header (rows, 20, header_cell, NULL, 1, 1u << 2, cols, 3), ==, 2);
  g_assert_cmpuint (prs_table_find_header (rows, 20, header_cell, NULL, 1, 0, cols, 3), ==, 1);
  g_assert_cmpuint (prs_table_find_header (rows, 2, header_cell, NULL, 2, 0, cols, 3), ==, G_MAXUINT);
  g_assert_cmpint (cols[0], ==, -1);
  g_assert_cmpuint (prs_table_row_filled (rows->pdata[0]), ==, 1);
  g_assert_cmpstr (prs_table_first_filled (rows->pdata[3]), ==, "A");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/basic", test_basic);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/bom-and-delimiters", test_bom_and_delimiters);
  g_test_add_func ("/csv/windows-874", test_windows_874);
  g_test_add_func ("/csv/malformed", test_malformed);
  g_test_add_func ("/csv/file", test_file);
  g_test_add_func ("/csv/row-lines", test_row_lines);
  g_test_add_func ("/csv/find-header", test_find_header);
  g_test_add_func ("/csv/utf16", test_utf16);
  return g_test_run ();
}
