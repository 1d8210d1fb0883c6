/* test-reliability-export.c: hostile text in exports (issue 14, defects 5, 6, 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <zip.h>

#include "prs-export.h"

static char *tmpdir;

static char *
zip_read (const char *path, const char *member)
{
  int err = 0;
  zip_t *za = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t st;
  zip_file_t *zf;
  char *data;

  g_assert_nonnull (za);
  if (zip_stat (za, member, 0, &st) != 0)
    {
      zip_close (za);
      return NULL;
    }
  data = g_malloc0 (st.size + 1);
  zf = zip_fopen (za, member, 0);
  g_assert_cmpint (zip_fread (zf, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (zf);
  zip_close (za);
  return data;
}

/* Strict XML 1.0: GMarkup refuses &#xB; and raw control characters. */
static void
assert_well_formed (const char *xml, const char *what)
{
  GMarkupParser parser = { 0 };
  g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr (GError) error = NULL;
  const char *body = strstr (xml, "?>");

  g_assert_nonnull (body);
  if (!g_markup_parse_context_parse (ctx, body + 2, -1, &error)
      || !g_markup_parse_context_end_parse (ctx, &error))
    g_error ("%s is not well-formed XML: %s", what, error->message);
}

static PrsReport *
hostile_report (void)
{
  PrsReport *report = prs_report_new ("รายงาน\x0Bทดสอบ\x01");
  PrsReportTable *t;
  guint row;

  prs_report_set_metadata (report, "ผู้\x1Bจัดทำ", "เรื่อง\x02");
  prs_report_add_paragraph (report, "ย่อหน้า\x0Cที่มี\x08อักขระควบคุม");
  prs_report_add_label_value (report, "ชื่อ\x0B", "สมศักดิ์\x07 ใจดี");
  t = prs_report_add_table (report, 3);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ชื่อ", "หมายเหตุ", "งบ", NULL);
  row = prs_report_table_add_text_row (t, PRS_ROW_BODY, "นาย\x0Bสมชาย", "=HYPERLINK(\"http://x\")", NULL);
  prs_report_table_set_money (t, row, 2, -123456);
  row = prs_report_table_add_text_row (t, PRS_ROW_BODY, "+SUM(A1:A9)", "-2+3", NULL);
  prs_report_table_set_money (t, row, 2, 5000);
  row = prs_report_table_add_text_row (t, PRS_ROW_BODY, "@cmd", "\tแท็บ", NULL);
  prs_report_table_set_money (t, row, 2, 0);
  prs_report_table_add_text_row (t, PRS_ROW_BODY, "-5", "-", "\rCR", NULL);
  return report;
}

static gboolean
export_to (PrsReport *report, PrsExportFormat format, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return prs_export_report (report, format, file, NULL, NULL, NULL, error);
}

/* Defect 5 */
static void
test_docx_control_characters (void)
{
  g_autoptr (PrsReport) report = hostile_report ();
  g_autofree char *path = g_build_filename (tmpdir, "hostile.docx", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *core = NULL;

  g_assert_true (export_to (report, PRS_EXPORT_DOCX, path, &error));
  g_assert_no_error (error);
  doc = zip_read (path, "word/document.xml");
  core = zip_read (path, "docProps/core.xml");
  assert_well_formed (doc, "word/document.xml");
  assert_well_formed (core, "docProps/core.xml");
  g_assert_nonnull (strstr (doc, "สมชาย"));
  g_assert_null (strstr (doc, "&#x"));
}

static void
test_xlsx_control_characters (void)
{
  g_autoptr (PrsReport) report = hostile_report ();
  g_autofree char *path = g_build_filename (tmpdir, "hostile.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  const char *parts[] = { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "docProps/core.xml",
                          "xl/workbook.xml" };

  g_assert_true (export_to (report, PRS_EXPORT_XLSX, path, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *xml = zip_read (path, parts[i]);

      g_assert_nonnull (xml);
      assert_well_formed (xml, parts[i]);
    }
}

/* Defect 6 */
static void
test_csv_formula_injection (void)
{
  g_autoptr (PrsReport) report = hostile_report ();
  g_autofree char *path = g_build_filename (tmpdir, "hostile.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;

  g_assert_true (export_to (report, PRS_EXPORT_CSV, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_test_message ("%s", data);
  g_assert_nonnull (strstr (data, "\"'=HYPERLINK(\"\"http://x\"\")\""));
  g_assert_nonnull (strstr (data, "'+SUM(A1:A9),'-2+3,50.00"));
  g_assert_nonnull (strstr (data, "'@cmd,'\tแท็บ,0.00"));
  /* numbers stay numbers: negative money in a numeric column, "-5" and "-" in text */
  g_assert_nonnull (strstr (data, ",-1234.56\r\n"));
  g_assert_nonnull (strstr (data, "\r\n-5,-,\"'\rCR\"\r\n"));
}

/* Defect 14 */
static void
test_xlsx_long_cell (void)
{
  g_autoptr (PrsReport) report = prs_report_new ("ยาว");
  PrsReportTable *t = prs_report_add_table (report, 2);
  g_autofree char *path = g_build_filename (tmpdir, "long.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  GString *text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) <= 32767)
    g_string_append (text, "ข้อความยาวมาก ");
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, "ก", "ข", NULL);
  prs_report_table_add_text_row (t, PRS_ROW_BODY, "สั้น", text->str, NULL);
  g_string_free (text, TRUE);

  g_assert_false (export_to (report, PRS_EXPORT_XLSX, path, &error));
  g_assert_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "32,767"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prs-rel-export-XXXXXX", NULL);
  g_test_add_func ("/reliability/export/docx-control-characters", test_docx_control_characters);
  g_test_add_func ("/reliability/export/xlsx-control-characters", test_xlsx_control_characters);
  g_test_add_func ("/reliability/export/csv-formula-injection", test_csv_formula_injection);
  g_test_add_func ("/reliability/export/xlsx-long-cell", test_xlsx_long_cell);
  status = g_test_run ();
  {
    g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;
    while (dir && (name = g_dir_read_name (dir)))
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  return status;
}
