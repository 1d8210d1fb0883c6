/* prs-report.c: the report model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-report-private.h"

#define A4_WIDTH_CM  21.0
#define A4_HEIGHT_CM 29.7

G_DEFINE_QUARK (prs-export-error-quark, prs_export_error)

static void
block_free (gpointer data)
{
  PrsBlock *block = data;

  g_free (block->text);
  g_free (block->text2);
  g_free (block->text3);
  if (block->table)
    {
      for (guint r = 0; r < block->table->rows->len; r++)
        {
          PrsRow *row = g_ptr_array_index (block->table->rows, r);

          for (guint c = 0; c < block->table->n_columns; c++)
            g_free (row->cells[c].text);
          g_free (row->cells);
          g_free (row);
        }
      g_ptr_array_unref (block->table->rows);
      g_free (block->table->columns);
      g_free (block->table->name);
      g_free (block->table);
    }
  if (block->draw_destroy)
    block->draw_destroy (block->draw_data);
  g_clear_pointer (&block->png, g_bytes_unref);
  g_free (block);
}

PrsReport *
prs_report_new (const char *title)
{
  PrsReport *report = g_new0 (PrsReport, 1);

  report->ref_count = 1;
  report->title = g_strdup (title ? title : "");
  report->font_families = g_strdup (PRS_REPORT_DEFAULT_FONT);
  report->font_size = PRS_REPORT_DEFAULT_FONT_SIZE;
  report->page_numbers = TRUE;
  report->orientation = PRS_PAGE_PORTRAIT;
  report->margin_left_cm = 3.0;
  report->margin_right_cm = 2.0;
  report->margin_top_cm = 2.5;
  report->margin_bottom_cm = 2.0;
  report->blocks = g_ptr_array_new_with_free_func (block_free);
  return report;
}

PrsReport *
prs_report_ref (PrsReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_atomic_int_inc (&report->ref_count);
  return report;
}

void
prs_report_unref (PrsReport *report)
{
  if (report == NULL || !g_atomic_int_dec_and_test (&report->ref_count))
    return;
  g_ptr_array_unref (report->blocks);
  g_free (report->title);
  g_free (report->author);
  g_free (report->subject);
  g_free (report->header_text);
  g_free (report->font_families);
  g_free (report);
}

void
prs_report_set_orientation (PrsReport *report, PrsPageOrientation orientation)
{
  g_return_if_fail (report != NULL);
  report->orientation = orientation;
}

void
prs_report_set_margins (PrsReport *report,
                        double     left_cm,
                        double     right_cm,
                        double     top_cm,
                        double     bottom_cm)
{
  g_return_if_fail (report != NULL);
  report->margin_left_cm = MAX (left_cm, 0.5);
  report->margin_right_cm = MAX (right_cm, 0.5);
  report->margin_top_cm = MAX (top_cm, 0.5);
  report->margin_bottom_cm = MAX (bottom_cm, 0.5);
}

void
prs_report_set_font (PrsReport *report, const char *families, double size_pt)
{
  g_return_if_fail (report != NULL);
  g_free (report->font_families);
  report->font_families = g_strdup (families && *families ? families : PRS_REPORT_DEFAULT_FONT);
  report->font_size = size_pt > 4 ? size_pt : PRS_REPORT_DEFAULT_FONT_SIZE;
}

void
prs_report_set_thai_digits (PrsReport *report, gboolean thai_digits)
{
  g_return_if_fail (report != NULL);
  report->thai_digits = !!thai_digits;
}

void
prs_report_set_metadata (PrsReport *report, const char *author, const char *subject)
{
  g_return_if_fail (report != NULL);
  g_free (report->author);
  g_free (report->subject);
  report->author = g_strdup (author);
  report->subject = g_strdup (subject);
}

void
prs_report_set_header_text (PrsReport *report, const char *text)
{
  g_return_if_fail (report != NULL);
  g_free (report->header_text);
  report->header_text = g_strdup (text);
}

void
prs_report_set_page_numbers (PrsReport *report, gboolean page_numbers)
{
  g_return_if_fail (report != NULL);
  report->page_numbers = !!page_numbers;
}

const char *
prs_report_get_title (PrsReport *report)
{
  return report->title;
}

gboolean
prs_report_get_thai_digits (PrsReport *report)
{
  return report->thai_digits;
}

PrsPageOrientation
prs_report_get_orientation (PrsReport *report)
{
  return report->orientation;
}

void
prs_report_page_size_cm (PrsReport *report, double *width_cm, double *height_cm)
{
  gboolean landscape = report->orientation == PRS_PAGE_LANDSCAPE;

  *width_cm = landscape ? A4_HEIGHT_CM : A4_WIDTH_CM;
  *height_cm = landscape ? A4_WIDTH_CM : A4_HEIGHT_CM;
}

char *
prs_report_digits (PrsReport *report, const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  /* item codes (I8, O11) are names, not numbers: they keep their digits */
  return report->thai_digits ? prs_digits_to_thai_keep_codes (text) : g_strdup (text);
}

char *
prs_report_page_label (PrsReport *report, int page, int n_pages)
{
  g_autofree char *label = g_strdup_printf (PRS_REPORT_PAGE_LABEL, page, n_pages);

  return prs_report_digits (report, label);
}

static PrsBlock *
add_block (PrsReport *report, PrsBlockKind kind, const char *text)
{
  PrsBlock *block = g_new0 (PrsBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text ? text : "");
  g_ptr_array_add (report->blocks, block);
  return block;
}

void
prs_report_add_title (PrsReport *report, const char *text)
{
  g_return_if_fail (report != NULL);
  add_block (report, PRS_BLOCK_TITLE, text);
}

void
prs_report_add_heading (PrsReport *report, int level, const char *text)
{
  PrsBlock *block;

  g_return_if_fail (report != NULL);
  block = add_block (report, PRS_BLOCK_HEADING, text);
  block->level = CLAMP (level, 1, 3);
}

void
prs_report_add_paragraph_full (PrsReport               *report,
                               const char              *text,
                               const PrsParagraphStyle *style)
{
  PrsBlock *block;

  g_return_if_fail (report != NULL);
  block = add_block (report, PRS_BLOCK_PARAGRAPH, text);
  if (style)
    block->style = *style;
  else
    {
      block->style.align = PRS_ALIGN_DISTRIBUTED;
      block->style.first_line_indent_cm = 2.5;
    }
}

void
prs_report_add_paragraph (PrsReport *report, const char *text)
{
  prs_report_add_paragraph_full (report, text, NULL);
}

void
prs_report_add_label_value (PrsReport *report, const char *label, const char *value)
{
  PrsBlock *block;

  g_return_if_fail (report != NULL);
  block = add_block (report, PRS_BLOCK_LABEL_VALUE, label);
  block->text2 = g_strdup (value ? value : "");
}

void
prs_report_add_chart (PrsReport        *report,
                      PrsReportDrawFunc draw,
                      gpointer          data,
                      GDestroyNotify    destroy,
                      double            width_cm,
                      double            height_cm,
                      const char       *alt_text)
{
  PrsBlock *block;

  g_return_if_fail (report != NULL);
  g_return_if_fail (draw != NULL);
  block = add_block (report, PRS_BLOCK_CHART, alt_text);
  block->draw = draw;
  block->draw_data = data;
  block->draw_destroy = destroy;
  block->width_cm = width_cm > 0 ? width_cm : 16.0;
  block->height_cm = height_cm > 0 ? height_cm : 9.0;
}

typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         pos;
} PngReader;

static cairo_status_t
png_read (void *closure, unsigned char *out, unsigned int length)
{
  PngReader *reader = closure;

  if (reader->pos + length > reader->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->pos, length);
  reader->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Also used by the layout to draw the image. */
cairo_surface_t *prs_report_png_surface (GBytes *png);

cairo_surface_t *
prs_report_png_surface (GBytes *png)
{
  PngReader reader = { 0 };

  reader.data = g_bytes_get_data (png, &reader.len);
  return cairo_image_surface_create_from_png_stream (png_read, &reader);
}

gboolean
prs_report_add_image (PrsReport  *report,
                      GBytes     *png,
                      double      width_cm,
                      const char *alt_text)
{
  cairo_surface_t *surface;
  PrsBlock *block;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (png != NULL, FALSE);

  surface = prs_report_png_surface (png);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  block = add_block (report, PRS_BLOCK_IMAGE, alt_text);
  block->png = g_bytes_ref (png);
  block->png_width = cairo_image_surface_get_width (surface);
  block->png_height = cairo_image_surface_get_height (surface);
  block->width_cm = width_cm > 0 ? width_cm : block->png_width * 2.54 / 96.0;
  block->height_cm = block->width_cm * block->png_height / MAX (block->png_width, 1);
  cairo_surface_destroy (surface);
  return TRUE;
}

void
prs_report_block_size_cm (const PrsBlock *block,
                          double          max_width_cm,
                          double         *width_cm,
                          double         *height_cm)
{
  double w = block->width_cm, h = block->height_cm;

  if (w > max_width_cm && w > 0)
    {
      h = h * max_width_cm / w;
      w = max_width_cm;
    }
  *width_cm = w;
  *height_cm = h;
}

static cairo_status_t
png_write (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
prs_report_chart_to_png (const PrsBlock *block, double scale)
{
  double w_pt = block->width_cm / 2.54 * 72.0;
  double h_pt = block->height_cm / 2.54 * 72.0;
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *out = g_byte_array_new ();

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) ceil (w_pt * scale),
                                        (int) ceil (h_pt * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0, 0, 0);
  block->draw (cr, w_pt, h_pt, block->draw_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_write_to_png_stream (surface, png_write, out);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

void
prs_report_add_signature (PrsReport  *report,
                          const char *name,
                          const char *position,
                          const char *date_line)
{
  PrsBlock *block;

  g_return_if_fail (report != NULL);
  block = add_block (report, PRS_BLOCK_SIGNATURE, name);
  block->text2 = g_strdup (position);
  block->text3 = g_strdup (date_line);
}

GPtrArray *
prs_report_signature_lines (PrsReport *report, const PrsBlock *block)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (lines, g_strdup ("(ลงชื่อ) ...................................."));
  g_ptr_array_add (lines, g_strdup_printf ("( %s )", block->text));
  if (block->text2 && *block->text2)
    g_ptr_array_add (lines, prs_report_digits (report, block->text2));
  if (block->text3 && *block->text3)
    g_ptr_array_add (lines, prs_report_digits (report, block->text3));
  return lines;
}

void
prs_report_add_page_break (PrsReport *report)
{
  g_return_if_fail (report != NULL);
  add_block (report, PRS_BLOCK_PAGE_BREAK, NULL);
}

/* Tables */

PrsReportTable *
prs_report_add_table (PrsReport *report, guint n_columns)
{
  PrsBlock *block;
  PrsReportTable *table;
  guint n_tables = 0;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns < 1000, NULL);

  for (guint i = 0; i < report->blocks->len; i++)
    if (((PrsBlock *) g_ptr_array_index (report->blocks, i))->kind == PRS_BLOCK_TABLE)
      n_tables++;

  block = add_block (report, PRS_BLOCK_TABLE, NULL);
  table = g_new0 (PrsReportTable, 1);
  table->n_columns = n_columns;
  table->columns = g_new0 (PrsColumn, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      table->columns[c].width = 1;
      table->columns[c].unit = PRS_WIDTH_WEIGHT;
    }
  table->rows = g_ptr_array_new ();
  table->font_scale = 1.0;
  table->name = g_strdup_printf ("ตาราง %u", n_tables + 1);
  block->table = table;
  return table;
}

void
prs_report_table_set_name (PrsReportTable *table, const char *name)
{
  g_return_if_fail (table != NULL);
  if (name && *name)
    {
      g_free (table->name);
      table->name = g_strdup (name);
    }
}

const char *
prs_report_table_get_name (PrsReportTable *table)
{
  return table->name;
}

void
prs_report_table_set_column (PrsReportTable *table,
                             guint           column,
                             double          width,
                             PrsWidthUnit    unit,
                             PrsAlign        align)
{
  g_return_if_fail (table != NULL && column < table->n_columns);
  table->columns[column].width = width > 0 ? width : 1;
  table->columns[column].unit = unit;
  table->columns[column].align = align;
  table->columns[column].align_set = TRUE;
}

void
prs_report_table_set_font_scale (PrsReportTable *table, double scale)
{
  g_return_if_fail (table != NULL);
  table->font_scale = CLAMP (scale, 0.5, 2.0);
}

guint
prs_report_table_get_n_columns (PrsReportTable *table)
{
  return table->n_columns;
}

guint
prs_report_table_get_n_rows (PrsReportTable *table)
{
  return table->rows->len;
}

guint
prs_report_table_add_row (PrsReportTable *table, PrsRowKind kind)
{
  PrsRow *row;

  g_return_val_if_fail (table != NULL, 0);

  /* Header rows repeat at the top of each page, so they have to be the first rows. */
  if (kind == PRS_ROW_HEADER && table->n_header_rows != table->rows->len)
    {
      g_warning ("Header rows must come before the body rows of a table");
      kind = PRS_ROW_BODY;
    }
  row = g_new0 (PrsRow, 1);
  row->kind = kind;
  row->cells = g_new0 (PrsCell, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    row->cells[c].colspan = row->cells[c].rowspan = 1;
  g_ptr_array_add (table->rows, row);
  if (kind == PRS_ROW_HEADER)
    table->n_header_rows++;
  return table->rows->len - 1;
}

guint
prs_report_table_add_text_row (PrsReportTable *table, PrsRowKind kind, const char *first, ...)
{
  va_list args;
  guint row = prs_report_table_add_row (table, kind);
  const char *text = first;

  va_start (args, first);
  for (guint c = 0; text != NULL && c < table->n_columns; c++)
    {
      prs_report_table_set_text (table, row, c, text);
      text = va_arg (args, const char *);
    }
  va_end (args);
  return row;
}

guint
prs_report_table_add_group_row (PrsReportTable *table, const char *text)
{
  guint row = prs_report_table_add_row (table, PRS_ROW_GROUP);

  prs_report_table_set_text (table, row, 0, text);
  prs_report_table_set_span (table, row, 0, table->n_columns, 1);
  return row;
}

static PrsCell *
cell_at (PrsReportTable *table, guint row, guint col)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->rows->len && col < table->n_columns, NULL);
  return &((PrsRow *) g_ptr_array_index (table->rows, row))->cells[col];
}

static void
set_value (PrsReportTable *table, guint row, guint col, PrsCellKind kind, gint64 value)
{
  PrsCell *cell = cell_at (table, row, col);

  if (cell == NULL)
    return;
  g_clear_pointer (&cell->text, g_free);
  cell->kind = kind;
  cell->value = value;
}

void
prs_report_table_set_text (PrsReportTable *table, guint row, guint col, const char *text)
{
  PrsCell *cell = cell_at (table, row, col);

  if (cell == NULL)
    return;
  g_free (cell->text);
  cell->text = g_strdup (text);
  cell->kind = text ? PRS_CELL_TEXT : PRS_CELL_EMPTY;
}

void
prs_report_table_set_integer (PrsReportTable *table, guint row, guint col, gint64 value)
{
  set_value (table, row, col, PRS_CELL_INTEGER, value);
}

void
prs_report_table_set_money (PrsReportTable *table, guint row, guint col, gint64 satang)
{
  set_value (table, row, col, PRS_CELL_MONEY, satang);
}

void
prs_report_table_set_score (PrsReportTable *table, guint row, guint col, gint64 hundredths)
{
  set_value (table, row, col, PRS_CELL_SCORE, hundredths);
}

void
prs_report_table_set_percent (PrsReportTable *table, guint row, guint col, gint64 hundredths)
{
  set_value (table, row, col, PRS_CELL_PERCENT, hundredths);
}

void
prs_report_table_set_span (PrsReportTable *table,
                           guint           row,
                           guint           col,
                           guint           colspan,
                           guint           rowspan)
{
  PrsCell *cell = cell_at (table, row, col);
  PrsRow *r;

  if (cell == NULL)
    return;
  r = g_ptr_array_index (table->rows, row);
  colspan = CLAMP (colspan, 1, table->n_columns - col);
  if (r->kind != PRS_ROW_HEADER)
    rowspan = 1;
  else
    rowspan = CLAMP (rowspan, 1, table->n_header_rows - row);
  cell->colspan = colspan;
  cell->rowspan = rowspan;
  for (guint dr = 0; dr < rowspan; dr++)
    for (guint dc = 0; dc < colspan; dc++)
      if (dr || dc)
        {
          PrsCell *covered = cell_at (table, row + dr, col + dc);

          covered->colspan = covered->rowspan = 0;
        }
}

PrsCellKind
prs_report_table_get_kind (PrsReportTable *table, guint row, guint col)
{
  PrsCell *cell = cell_at (table, row, col);

  return cell ? cell->kind : PRS_CELL_EMPTY;
}

PrsRowKind
prs_report_table_get_row_kind (PrsReportTable *table, guint row)
{
  g_return_val_if_fail (row < table->rows->len, PRS_ROW_BODY);
  return ((PrsRow *) g_ptr_array_index (table->rows, row))->kind;
}

gint64
prs_report_table_get_value (PrsReportTable *table, guint row, guint col)
{
  PrsCell *cell = cell_at (table, row, col);

  return cell ? cell->value : 0;
}

gboolean
prs_report_table_get_span (PrsReportTable *table,
                           guint           row,
                           guint           col,
                           guint          *colspan,
                           guint          *rowspan)
{
  PrsCell *cell = cell_at (table, row, col);

  if (cell == NULL || cell->colspan == 0)
    return FALSE;
  if (colspan)
    *colspan = cell->colspan;
  if (rowspan)
    *rowspan = cell->rowspan;
  return TRUE;
}

gboolean
prs_report_table_is_covered (PrsReportTable *table, guint row, guint col)
{
  PrsCell *cell = cell_at (table, row, col);

  return cell != NULL && cell->colspan == 0;
}

char *
prs_report_format_number (PrsCellKind kind, gint64 value)
{
  gboolean negative = value < 0;
  guint64 magnitude = negative ? (guint64) 0 - (guint64) value : (guint64) value;
  guint64 whole = magnitude, fraction = 0;
  gboolean decimals = kind == PRS_CELL_MONEY || kind == PRS_CELL_SCORE
                      || kind == PRS_CELL_PERCENT;
  char digits[32];
  GString *out = g_string_new (negative ? "-" : "");
  int len;

  if (decimals)
    {
      whole = magnitude / 100;
      fraction = magnitude % 100;
    }
  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, whole);
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (decimals)
    g_string_append_printf (out, ".%02u", (guint) fraction);
  return g_string_free (out, FALSE);
}

char *
prs_report_table_format_cell (PrsReportTable *table,
                              guint           row,
                              guint           col,
                              gboolean        thai_digits)
{
  PrsCell *cell = cell_at (table, row, col);
  g_autofree char *plain = NULL;

  if (cell == NULL || cell->kind == PRS_CELL_EMPTY || cell->colspan == 0)
    return g_strdup ("");
  if (cell->kind == PRS_CELL_TEXT)
    return thai_digits ? prs_digits_to_thai_keep_codes (cell->text) : g_strdup (cell->text);
  plain = prs_report_format_number (cell->kind, cell->value);
  return thai_digits ? prs_digits_to_thai (plain) : g_steal_pointer (&plain);
}

PrsAlign
prs_report_table_column_align (PrsReportTable *table, guint col)
{
  if (table->columns[col].align_set)
    return table->columns[col].align;

  /* A column whose body cells are all numbers reads best right-aligned. */
  for (guint r = table->n_header_rows; r < table->rows->len; r++)
    {
      PrsRow *row = g_ptr_array_index (table->rows, r);

      if (row->kind == PRS_ROW_GROUP || row->cells[col].colspan != 1)
        continue;
      if (row->cells[col].kind == PRS_CELL_TEXT)
        return PRS_ALIGN_LEFT;
    }
  return PRS_ALIGN_RIGHT;
}

double *
prs_report_table_widths_cm (PrsReportTable *table, double total_cm)
{
  double *widths = g_new0 (double, table->n_columns);
  double fixed = 0, weights = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (table->columns[c].unit == PRS_WIDTH_CM)
        fixed += table->columns[c].width;
      else
        weights += table->columns[c].width;
    }
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (table->columns[c].unit == PRS_WIDTH_CM)
        widths[c] = fixed > total_cm ? table->columns[c].width * total_cm / fixed
                                     : table->columns[c].width;
      else
        widths[c] = fixed >= total_cm ? 0.5
                                      : (total_cm - fixed) * table->columns[c].width / weights;
    }
  return widths;
}

PrsReportTable *
prs_report_get_table (PrsReport *report, guint index)
{
  for (guint i = 0; i < report->blocks->len; i++)
    {
      PrsBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == PRS_BLOCK_TABLE && index-- == 0)
        return block->table;
    }
  return NULL;
}

PrsAlign
prs_report_table_cell_align (PrsReportTable *table,
                             guint           row,
                             guint           col)
{
  PrsRow *r = g_ptr_array_index (table->rows, row);
  PrsCell *cell = &r->cells[col];
  PrsColumn *column = &table->columns[col];

  if (r->kind == PRS_ROW_HEADER)
    return PRS_ALIGN_CENTER;
  if (cell->kind == PRS_CELL_TEXT || cell->kind == PRS_CELL_EMPTY)
    return column->align_set && r->kind != PRS_ROW_GROUP ? column->align : PRS_ALIGN_LEFT;
  return column->align_set ? column->align : PRS_ALIGN_RIGHT;
}
