/* test-export.c: the report model, pagination and each writer's structure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <zip.h>

#include "prs-export.h"
#include "prs-store.h"
#include "prs-summary-report.h"
#include "prs-test-report.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

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
  g_assert_nonnull (zf);
  g_assert_cmpint (zip_fread (zf, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (zf);
  zip_close (za);
  return data;
}

/* The member exists (read and freed). */
static void
assert_member (const char *path, const char *member)
{
  g_autofree char *data = zip_read (path, member);

  g_assert_nonnull (data);
}

static void
export_to (PrsReport *report, PrsExportFormat format, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (prs_export_report (report, format, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_number_format (void)
{
  struct { PrsCellKind kind; gint64 value; const char *text; } cases[] = {
    { PRS_CELL_INTEGER, 0, "0" },
    { PRS_CELL_INTEGER, 1290000, "1,290,000" },
    { PRS_CELL_INTEGER, -1234, "-1,234" },
    { PRS_CELL_MONEY, 129000000, "1,290,000.00" },
    { PRS_CELL_MONEY, 5, "0.05" },
    { PRS_CELL_MONEY, -123456, "-1,234.56" },
    { PRS_CELL_SCORE, 7403, "74.03" },
    { PRS_CELL_PERCENT, 9167, "91.67" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = prs_report_format_number (cases[i].kind, cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_table_model (void)
{
  g_autoptr (PrsReport) report = prs_report_new ("t");
  PrsReportTable *table = prs_report_add_table (report, 3);
  guint row, cs = 0, rs = 0;
  g_autofree char *thai = NULL;

  row = prs_report_table_add_text_row (table, PRS_ROW_HEADER, "ก", "ข", NULL);
  prs_report_table_add_row (table, PRS_ROW_HEADER);
  prs_report_table_set_span (table, row, 0, 1, 2);
  prs_report_table_set_span (table, row, 1, 2, 1);
  g_assert_true (prs_report_table_get_span (table, 0, 0, &cs, &rs));
  g_assert_cmpuint (cs, ==, 1);
  g_assert_cmpuint (rs, ==, 2);
  g_assert_true (prs_report_table_is_covered (table, 1, 0));
  g_assert_true (prs_report_table_is_covered (table, 0, 2));
  g_assert_false (prs_report_table_is_covered (table, 1, 1));

  row = prs_report_table_add_row (table, PRS_ROW_BODY);
  prs_report_table_set_money (table, row, 2, 129000000);
  thai = prs_report_table_format_cell (table, row, 2, TRUE);
  g_assert_cmpstr (thai, ==, "๑,๒๙๐,๐๐๐.๐๐");
  g_assert_cmpint (prs_report_table_get_kind (table, row, 2), ==, PRS_CELL_MONEY);
  g_assert_cmpint (prs_report_table_get_value (table, row, 2), ==, 129000000);
  g_assert_true (prs_report_get_table (report, 0) == table);
  g_assert_null (prs_report_get_table (report, 1));
  g_assert_cmpstr (prs_report_table_get_name (table), ==, "ตาราง 1");
}

static void
test_pagination (void)
{
  g_autoptr (PrsReport) small = prs_test_report_new (5);
  g_autoptr (PrsReport) large = prs_test_report_new (600);
  g_autoptr (PrsReportLayout) one = prs_report_layout_new (small);
  g_autoptr (PrsReportLayout) many = prs_report_layout_new (large);
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_cmpint (prs_report_layout_page_count (one), <=, 2);
  g_assert_cmpint (prs_report_layout_page_count (one), <, prs_report_layout_page_count (many));
  g_assert_cmpint (prs_report_layout_page_count (many), >, 20);
  prs_report_layout_page_size (many, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.28, 0.1);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.1);
  g_assert_nonnull (prs_report_layout_font_family (many));

  /* render every page onto a recording surface: nothing may fail */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  for (int p = 0; p < prs_report_layout_page_count (many); p++)
    prs_report_render_page (many, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  prs_report_set_orientation (large, PRS_PAGE_LANDSCAPE);
  {
    g_autoptr (PrsReportLayout) wide = prs_report_layout_new (large);

    prs_report_layout_page_size (wide, &w, &h);
    g_assert_cmpfloat (w, >, h);
  }
}

/* A row taller than a page is split across pages instead of being clipped. */
static void
test_tall_row (void)
{
  g_autoptr (PrsReport) report = prs_report_new ("tall");
  PrsReportTable *table = prs_report_add_table (report, 2);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PrsReportLayout) layout = NULL;
  g_autofree char *path = tmp_path ("tall.pdf");
  guint row;

  for (int i = 0; i < 400; i++)
    g_string_append_printf (text, "บรรทัดที่ %d ของข้อความยาวมากในเซลล์เดียว\n", i + 1);
  prs_report_table_add_text_row (table, PRS_ROW_HEADER, "หัวข้อ", "รายละเอียด", NULL);
  row = prs_report_table_add_text_row (table, PRS_ROW_BODY, "ก", text->str, NULL);
  (void) row;
  layout = prs_report_layout_new (report);
  g_assert_cmpint (prs_report_layout_page_count (layout), >=, 5);
  export_to (report, PRS_EXPORT_PDF, path);
}

static void
test_csv (void)
{
  g_autoptr (PrsReport) report = prs_report_new ("csv");
  PrsReportTable *table = prs_report_add_table (report, 3);
  g_autofree char *path = tmp_path ("t.csv");
  g_autofree char *data = NULL;
  gsize len;
  guint row;

  prs_report_table_add_text_row (table, PRS_ROW_HEADER, "หน่วยงาน", "หมายเหตุ", "งบประมาณ", NULL);
  row = prs_report_table_add_text_row (table, PRS_ROW_BODY, "สำนัก, กลาง", "ว่า \"ดี\"\nมาก", NULL);
  prs_report_table_set_money (table, row, 2, 129000050);
  export_to (report, PRS_EXPORT_CSV, path);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpstr (data, ==,
                   "\xEF\xBB\xBFหน่วยงาน,หมายเหตุ,งบประมาณ\r\n"
                   "\"สำนัก, กลาง\",\"ว่า \"\"ดี\"\"\nมาก\",1290000.50\r\n");

  /* a report without a table has no CSV */
  {
    g_autoptr (PrsReport) empty = prs_report_new ("none");
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) error = NULL;
    g_autofree char *again = NULL;

    g_assert_false (prs_export_report (empty, PRS_EXPORT_CSV, file, NULL, NULL, NULL, &error));
    g_assert_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_NO_TABLE);
    /* and the earlier file is still there, untouched */
    g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
    g_assert_cmpstr (again, ==, data);
  }
}

static void
test_docx_structure (void)
{
  g_autoptr (PrsReport) report = prs_test_report_new (40);
  g_autofree char *path = tmp_path ("t.docx");
  g_autofree char *doc = NULL, *styles = NULL, *types = NULL, *rels = NULL, *core = NULL;
  g_autofree char *footer = NULL, *png = NULL;

  prs_report_set_thai_digits (report, TRUE);
  export_to (report, PRS_EXPORT_DOCX, path);
  types = zip_read (path, "[Content_Types].xml");
  doc = zip_read (path, "word/document.xml");
  styles = zip_read (path, "word/styles.xml");
  rels = zip_read (path, "word/_rels/document.xml.rels");
  core = zip_read (path, "docProps/core.xml");
  footer = zip_read (path, "word/footer1.xml");
  g_assert_nonnull (types);
  assert_member (path, "_rels/.rels");
  assert_member (path, "word/settings.xml");
  png = zip_read (path, "word/media/image1.png");
  g_assert_nonnull (png);
  g_assert_true (memcmp (png, "\x89PNG", 4) == 0);

  g_assert_nonnull (strstr (doc, "<w:tblHeader/>"));
  g_assert_nonnull (strstr (doc, "<w:gridSpan w:val=\"2\"/>"));
  g_assert_nonnull (strstr (doc, "<w:vMerge w:val=\"restart\"/>"));
  g_assert_nonnull (strstr (doc, "<w:vMerge/>"));
  /* A4, left margin 3 cm = 1701 twips, right 2 cm = 1134 */
  g_assert_nonnull (strstr (doc, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_nonnull (strstr (doc, "w:left=\"1700\"") ? "ok" : strstr (doc, "w:left=\"1701\""));
  g_assert_nonnull (strstr (doc, "<w:drawing>"));
  g_assert_nonnull (strstr (doc, "thaiDistribute"));
  /* digits are Thai in the text */
  g_assert_nonnull (strstr (doc, "๒๕๖๙"));
  g_assert_nonnull (strstr (doc, "๑,๒๓๔.๕๖"));
  g_assert_nonnull (strstr (styles, "w:cs=\"TH Sarabun New\""));
  g_assert_nonnull (strstr (styles, "w:bidi=\"th-TH\""));
  g_assert_nonnull (strstr (styles, "<w:szCs w:val=\"32\"/>"));
  g_assert_nonnull (strstr (rels, "media/image1.png"));
  g_assert_nonnull (strstr (core, "<dc:title>รายงานสรุปอัตรากำลังตามหน่วยงาน"));
  g_assert_nonnull (strstr (footer, "w:instr=\" PAGE \""));
  g_assert_nonnull (strstr (footer, "w:instr=\" NUMPAGES \""));
  g_assert_nonnull (strstr (footer, "หน้า"));

  /* every part is well-formed XML */
  {
    const char *parts[] = { types, doc, styles, rels, core, footer };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        GMarkupParser parser = { 0 };
        g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
        g_autoptr (GError) error = NULL;
        const char *body = strstr (parts[i], "?>");

        g_assert_true (g_markup_parse_context_parse (ctx, body + 2, -1, &error));
        g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
        g_assert_no_error (error);
      }
  }
}

static void
test_xlsx_structure (void)
{
  g_autoptr (PrsReport) report = prs_test_report_new (40);
  g_autofree char *path = tmp_path ("t.xlsx");
  g_autofree char *sheet = NULL, *styles = NULL, *workbook = NULL, *core = NULL;

  export_to (report, PRS_EXPORT_XLSX, path);
  sheet = zip_read (path, "xl/worksheets/sheet1.xml");
  styles = zip_read (path, "xl/styles.xml");
  workbook = zip_read (path, "xl/workbook.xml");
  core = zip_read (path, "docProps/core.xml");
  g_assert_nonnull (sheet);
  /* numbers are numbers: money 1,234.56 is stored as the value 1234.56 */
  g_assert_nonnull (strstr (sheet, "<v>1234.56</v>"));
  g_assert_nonnull (strstr (sheet, "<pane "));
  g_assert_nonnull (strstr (sheet, "<mergeCell "));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (styles, "#,##0.00"));
  g_assert_nonnull (strstr (styles, "TH Sarabun New"));
  g_assert_nonnull (strstr (workbook, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (workbook, "อัตรากำลัง"));
  g_assert_nonnull (strstr (core, "รายงานสรุปอัตรากำลัง"));
  assert_member (path, "xl/media/image1.png");
}

static void
test_pdf_file (void)
{
  g_autoptr (PrsReport) report = prs_test_report_new (200);
  g_autoptr (PrsReportLayout) layout = prs_report_layout_new (report);
  g_autofree char *path = tmp_path ("t.pdf");
  g_autofree char *data = NULL;
  gsize len;
  int pages = 0;

  export_to (report, PRS_EXPORT_PDF, path);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* the page tree's /Count (cairo writes one flat, uncompressed page tree) */
  for (const char *p = data; (p = memmem (p, len - (p - data), "/Count ", 7)); p++)
    pages = MAX (pages, atoi (p + 7));
  g_assert_cmpint (pages, ==, prs_report_layout_page_count (layout));
}

typedef struct
{
  int calls;
  double last;
  GCancellable *cancel_at_half;
} Progress;

static void
on_progress (double fraction, gpointer data)
{
  Progress *p = data;

  g_assert_cmpfloat (fraction, >=, p->last - 1e-9);
  p->last = fraction;
  p->calls++;
  if (p->cancel_at_half && fraction >= 0.5)
    g_cancellable_cancel (p->cancel_at_half);
}

/* A cancelled or failed export leaves the target as it was and no stray file. */
static void
test_atomic (void)
{
  g_autoptr (PrsReport) report = prs_test_report_new (300);
  g_autofree char *path = tmp_path ("atomic.pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  Progress progress = { 0 };
  GDir *dir;
  const char *name;
  int entries = 0;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  progress.cancel_at_half = cancellable;
  g_assert_false (prs_export_report (report, PRS_EXPORT_PDF, file, cancellable, on_progress,
                                     &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (progress.calls, >, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents");

  /* no temporary file is left beside it */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, ".atomic.pdf."))
      entries++;
  g_dir_close (dir);
  g_assert_cmpint (entries, ==, 0);

  /* a folder that cannot be written: a clear error, nothing created */
  if (geteuid () != 0)
    {
      g_autofree char *locked = tmp_path ("locked");
      g_autofree char *inside = g_build_filename (locked, "r.xlsx", NULL);
      g_autoptr (GFile) target = g_file_new_for_path (inside);

      g_clear_error (&error);
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      g_assert_false (prs_export_report (report, PRS_EXPORT_XLSX, target, NULL, NULL, NULL,
                                         &error));
      g_assert_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE);
      g_assert_false (g_file_test (inside, G_FILE_TEST_EXISTS));
      g_chmod (locked, 0700);
    }

  /* success replaces the old file */
  g_clear_error (&error);
  progress.cancel_at_half = NULL;
  progress.last = 0;
  g_assert_true (prs_export_report (report, PRS_EXPORT_PDF, file, NULL, on_progress, &progress,
                                    &error));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpfloat (progress.last, ==, 1.0);
}

static void
test_summary_report (void)
{
  g_autofree char *ws = tmp_path ("demo.prongsai");
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_autoptr (PrsReport) report = NULL;
  PrsReportTable *table;
  guint last;
  gint64 sum = 0;
  gint64 staff;

  g_assert_no_error (error);

  g_assert_no_error (error);
  staff = prs_test_fill_store (store, &error);
  g_assert_no_error (error);
  report = prs_summary_report_new (store, FALSE, &error);
  g_assert_no_error (error);
  table = prs_report_get_table (report, 0);
  g_assert_nonnull (table);
  g_assert_cmpuint (prs_report_table_get_n_rows (table), >, 3);
  last = prs_report_table_get_n_rows (table) - 1;
  g_assert_cmpint (prs_report_table_get_row_kind (table, last), ==, PRS_ROW_TOTAL);
  /* the grand total is the sum of the unit rows */
  for (guint r = 2; r < last; r++)
    sum += prs_report_table_get_value (table, r, prs_report_table_get_n_columns (table) - 1);
  g_assert_cmpint (sum, ==,
                   prs_report_table_get_value (table, last,
                                               prs_report_table_get_n_columns (table) - 1));
  g_assert_cmpint (sum, ==, staff);
  /* 1 department + 6 bureaus + 48 sections, two header rows and the total */
  g_assert_cmpuint (prs_report_table_get_n_rows (table), ==, 55 + 3);
  for (PrsExportFormat f = PRS_EXPORT_PDF; f <= PRS_EXPORT_CSV; f++)
    {
      g_autofree char *name = g_strdup_printf ("summary.%s", prs_export_format_extension (f));
      g_autofree char *path = tmp_path (name);

      export_to (report, f, path);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (path);
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prs-export-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/export/number-format", test_number_format);
  g_test_add_func ("/export/table-model", test_table_model);
  g_test_add_func ("/export/pagination", test_pagination);
  g_test_add_func ("/export/tall-row", test_tall_row);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/docx-structure", test_docx_structure);
  g_test_add_func ("/export/xlsx-structure", test_xlsx_structure);
  g_test_add_func ("/export/pdf-file", test_pdf_file);
  g_test_add_func ("/export/atomic", test_atomic);
  g_test_add_func ("/export/summary-report", test_summary_report);
  rc = g_test_run ();
  remove_tree (tmpdir);
  g_free (tmpdir);
  return rc;
}
