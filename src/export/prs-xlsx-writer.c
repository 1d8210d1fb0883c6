/* prs-xlsx-writer.c: the report as a workbook, through libxlsxwriter
 *
 * Each table gets its own worksheet; the text blocks around a table go above and
 * below it on the same sheet, merged across the table's width. Numbers are written
 * as numbers with number formats, so totals can be recomputed in Excel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "prs-export.h"
#include "prs-report-private.h"

#define FONT_SIZE 16
/* TH Sarabun New 16 pt: about one Thai character per Excel width unit and a line
 * about 22 pt tall; used to size merged text rows, which spreadsheets do not fit. */
#define LINE_PT 23.0

typedef struct
{
  guint first_block, end_block;
  PrsReportTable *table; /* NULL for a sheet of text only */
} SheetPlan;

typedef struct
{
  PrsReport *report;
  double *col_chars; /* per column of the sheet's table */
  double table_scale;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  GHashTable *formats; /* key string -> lxw_format* (owned by the workbook) */
  GHashTable *names;
  guint n_cols;
  double total_chars;
  lxw_row_t row;
  lxw_error status;    /* the first failure of a write (issue 14) */
  lxw_row_t status_row;
} Ctx;

/* Every libxlsxwriter call is checked: the first failure fails the export with a
 * message instead of a cell that silently disappears. */
static void
note (Ctx *ctx, lxw_error status, lxw_row_t row)
{
  if (status != LXW_NO_ERROR && ctx->status == LXW_NO_ERROR)
    {
      ctx->status = status;
      ctx->status_row = row;
    }
}

static void
put_string (Ctx *ctx, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *format)
{
  g_autofree char *clean = prs_export_xml_clean (text);

  note (ctx, worksheet_write_string (ctx->sheet, row, col, clean, format), row);
}

static void
put_merge (Ctx *ctx, lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2, const char *text,
           lxw_format *format)
{
  g_autofree char *clean = prs_export_xml_clean (text);

  note (ctx, worksheet_merge_range (ctx->sheet, r1, c1, r2, c2, clean, format), r1);
}

enum
{
  F_BOLD = 1 << 0,
  F_BORDER = 1 << 1,
  F_WRAP = 1 << 2,
  F_VCENTER = 1 << 3,
};

static lxw_format *
get_format (Ctx *ctx, PrsCellKind kind, guint flags, int fill, PrsAlign align)
{
  g_autofree char *key = g_strdup_printf ("%d/%u/%d/%d/%g", kind, flags, fill, align,
                                          (flags & F_BORDER) ? ctx->table_scale : 1.0);
  lxw_format *format = g_hash_table_lookup (ctx->formats, key);
  const char *num = NULL;

  if (format)
    return format;
  format = workbook_add_format (ctx->workbook);
  format_set_font_name (format, PRS_REPORT_OFFICE_FONT);
  format_set_font_size (format, (flags & F_BORDER) ? lround (FONT_SIZE * ctx->table_scale)
                                                  : FONT_SIZE);
  if (flags & F_BOLD)
    format_set_bold (format);
  if (flags & F_BORDER)
    format_set_border (format, LXW_BORDER_THIN);
  if (flags & F_WRAP)
    format_set_text_wrap (format);
  format_set_align (format, (flags & F_VCENTER) ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  switch (align)
    {
    case PRS_ALIGN_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case PRS_ALIGN_RIGHT:
      format_set_align (format, LXW_ALIGN_RIGHT);
      break;
    case PRS_ALIGN_JUSTIFY:
      format_set_align (format, LXW_ALIGN_JUSTIFY);
      break;
    case PRS_ALIGN_DISTRIBUTED:
      format_set_align (format, LXW_ALIGN_DISTRIBUTED);
      break;
    case PRS_ALIGN_LEFT:
    default:
      break;
    }
  if (fill > 0)
    {
      format_set_bg_color (format, fill);
      format_set_pattern (format, LXW_PATTERN_SOLID);
    }
  switch (kind)
    {
    case PRS_CELL_INTEGER:
      num = "#,##0";
      break;
    case PRS_CELL_MONEY:
    case PRS_CELL_SCORE:
    case PRS_CELL_PERCENT:
      num = "#,##0.00";
      break;
    default:
      break;
    }
  if (num)
    {
      /* Excel's Thai-digit numeral shape ([$-D00041E]); LibreOffice maps it to NatNum1 */
      g_autofree char *full = ctx->report->thai_digits ? g_strconcat ("[$-D00041E]", num, NULL)
                                                       : g_strdup (num);

      format_set_num_format (format, full);
    }
  g_hash_table_insert (ctx->formats, g_steal_pointer (&key), format);
  return format;
}

static double
cm_to_chars (double cm)
{
  return MAX (1.0, cm / 2.54 * 96.0 / 7.0 - 0.7);
}

static char *
sheet_name (Ctx *ctx, const char *wanted)
{
  GString *name = g_string_new (NULL);
  glong n = 0;

  for (const char *p = wanted; *p && n < 28; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, strchr ("[]:*?/\\'", (int) c) && c < 128 ? '_' : c);
    }
  if (name->len == 0)
    g_string_append (name, PRS_REPORT_SHEET_NAME);
  for (int i = 2; g_hash_table_contains (ctx->names, name->str); i++)
    {
      g_autofree char *base = g_strdup (name->str);

      g_string_printf (name, "%.24s %d", base, i);
    }
  g_hash_table_add (ctx->names, g_strdup (name->str));
  return g_string_free (name, FALSE);
}

static void
write_merged (Ctx *ctx, const char *text, lxw_format *format, double height_pt)
{
  g_autofree char *shown = prs_report_digits (ctx->report, text);

  if (ctx->n_cols > 1)
    put_merge (ctx, ctx->row, 0, ctx->row, (lxw_col_t) (ctx->n_cols - 1),
                           shown, format);
  else
    put_string (ctx, ctx->row, 0, shown, format);
  if (height_pt > 0)
    worksheet_set_row (ctx->sheet, ctx->row, height_pt, NULL);
  ctx->row++;
}

static double
text_height (Ctx *ctx, const char *text, double indent_chars)
{
  double chars = MAX (ctx->total_chars - indent_chars, 10);
  double lines = 0;
  g_auto (GStrv) parts = g_strsplit (text, "\n", -1);

  for (guint i = 0; parts[i]; i++)
    lines += MAX (1.0, ceil (g_utf8_strlen (parts[i], -1) * 1.0 / chars));
  return lines * LINE_PT + 4;
}

static void
write_image (Ctx *ctx, GBytes *png, double width_cm, double height_cm, int px_w)
{
  lxw_image_options options = { 0 };
  gsize len;
  const unsigned char *data = g_bytes_get_data (png, &len);
  double target_px = width_cm / 2.54 * 96.0;

  options.x_scale = options.y_scale = target_px / MAX (px_w, 1);
  options.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  note (ctx, worksheet_insert_image_buffer_opt (ctx->sheet, ctx->row, 0, data, len, &options), ctx->row);
  /* rows under an image keep the default 15 pt (20 px) height */
  ctx->row += (lxw_row_t) ceil (height_cm / 2.54 * 96.0 / 20.0) + 1;
}

static void
write_table (Ctx *ctx, PrsReportTable *table, GCancellable *cancellable, gboolean *cancelled)
{
  guint n_rows = table->rows->len;
  lxw_row_t first = ctx->row;

  for (guint r = 0; r < n_rows; r++)
    {
      PrsRow *row = g_ptr_array_index (table->rows, r);
      guint flags = F_BORDER | F_WRAP;
      int fill = 0;

      if ((r & 255) == 0 && g_cancellable_is_cancelled (cancellable))
        {
          *cancelled = TRUE;
          return;
        }
      switch (row->kind)
        {
        case PRS_ROW_HEADER:
          flags |= F_BOLD | F_VCENTER;
          fill = 0xD9D9D9;
          break;
        case PRS_ROW_GROUP:
          flags |= F_BOLD;
          fill = 0xEDEDED;
          break;
        case PRS_ROW_TOTAL:
          flags |= F_BOLD;
          fill = 0xF5F5F5;
          break;
        case PRS_ROW_BODY:
        default:
          break;
        }
      /* Spreadsheets do not fit row heights to wrapped text on opening a
       * generated file, so each row gets the height its longest cell needs. */
      {
        double lines = 1;

        for (guint c = 0; c < table->n_columns && ctx->col_chars; c++)
          {
            PrsCell *cell = &row->cells[c];
            double chars = 0;

            if (cell->colspan == 0 || cell->rowspan > 1 || cell->kind != PRS_CELL_TEXT
                || cell->text == NULL)
              continue;
            for (guint k = 0; k < cell->colspan; k++)
              chars += ctx->col_chars[c + k];
            lines = MAX (lines, ceil (g_utf8_strlen (cell->text, -1) * ctx->table_scale
                                      / MAX (chars - 1, 1)));
          }
        worksheet_set_row (ctx->sheet, ctx->row + r, lines * LINE_PT * ctx->table_scale + 4, NULL);
      }
      for (guint c = 0; c < table->n_columns; c++)
        {
          PrsCell *cell = &row->cells[c];
          lxw_row_t xr = ctx->row + r;
          PrsAlign align;
          lxw_format *format;

          if (cell->colspan == 0)
            continue;
          align = prs_report_table_cell_align (table, r, c);
          format = get_format (ctx, cell->kind, flags, fill, align);

          if (cell->colspan > 1 || cell->rowspan > 1)
            {
              g_autofree char *text = prs_report_table_format_cell (table, r, c,
                                                                    ctx->report->thai_digits);

              /* merge_range writes a string; numbers are rewritten into the first cell */
              put_merge (ctx, xr, (lxw_col_t) c, xr + cell->rowspan - 1,
                                     (lxw_col_t) (c + cell->colspan - 1), text, format);
              if (cell->kind != PRS_CELL_TEXT && cell->kind != PRS_CELL_EMPTY)
                note (ctx, worksheet_write_number (ctx->sheet, xr, (lxw_col_t) c,
                                        cell->kind == PRS_CELL_INTEGER ? (double) cell->value
                                                                       : cell->value / 100.0,
                                        format), xr);
              continue;
            }
          switch (cell->kind)
            {
            case PRS_CELL_TEXT:
              {
                g_autofree char *text = prs_report_digits (ctx->report, cell->text);

                put_string (ctx, xr, (lxw_col_t) c, text, format);
              }
              break;
            case PRS_CELL_INTEGER:
              note (ctx, worksheet_write_number (ctx->sheet, xr, (lxw_col_t) c, (double) cell->value, format), xr);
              break;
            case PRS_CELL_MONEY:
            case PRS_CELL_SCORE:
            case PRS_CELL_PERCENT:
              note (ctx, worksheet_write_number (ctx->sheet, xr, (lxw_col_t) c, cell->value / 100.0, format), xr);
              break;
            case PRS_CELL_EMPTY:
            default:
              note (ctx, worksheet_write_blank (ctx->sheet, xr, (lxw_col_t) c, format), xr);
              break;
            }
        }
    }
  if (table->n_header_rows > 0)
    {
      worksheet_repeat_rows (ctx->sheet, first, first + table->n_header_rows - 1);
      worksheet_freeze_panes (ctx->sheet, first + table->n_header_rows, 0);
    }
  ctx->row += n_rows + 1;
}

static void
write_block (Ctx *ctx, const PrsBlock *block, GCancellable *cancellable, gboolean *cancelled)
{
  double page_w, page_h;

  prs_report_page_size_cm (ctx->report, &page_w, &page_h);
  switch (block->kind)
    {
    case PRS_BLOCK_TITLE:
      write_merged (ctx, block->text, get_format (ctx, PRS_CELL_TEXT, F_BOLD | F_WRAP, 0,
                                                  PRS_ALIGN_CENTER),
                    text_height (ctx, block->text, 0));
      break;
    case PRS_BLOCK_HEADING:
      write_merged (ctx, block->text, get_format (ctx, PRS_CELL_TEXT, F_BOLD | F_WRAP, 0,
                                                  PRS_ALIGN_LEFT),
                    text_height (ctx, block->text, 0));
      break;
    case PRS_BLOCK_PARAGRAPH:
      {
        /* the first-line indent as leading spaces: cells have no such setting */
        g_autofree char *text = g_strdup_printf ("%*s%s",
                                                 block->style.first_line_indent_cm > 0 ? 8 : 0, "",
                                                 block->text);

        write_merged (ctx, text,
                      get_format (ctx, PRS_CELL_TEXT, F_WRAP | (block->style.bold ? F_BOLD : 0), 0,
                                  block->style.align),
                      text_height (ctx, text, 0));
      }
      break;
    case PRS_BLOCK_LABEL_VALUE:
      {
        g_autofree char *label = prs_report_digits (ctx->report, block->text);
        g_autofree char *value = g_strconcat ("  ", block->text2, NULL);
        g_autofree char *shown = prs_report_digits (ctx->report, value);
        g_autofree char *both = g_strconcat (label, shown, NULL);
        lxw_format *plain = get_format (ctx, PRS_CELL_TEXT, F_WRAP, 0, PRS_ALIGN_LEFT);
        lxw_format *bold = get_format (ctx, PRS_CELL_TEXT, F_BOLD, 0, PRS_ALIGN_LEFT);
        g_autofree char *label_clean = prs_export_xml_clean (label);
        g_autofree char *shown_clean = prs_export_xml_clean (shown);
        lxw_rich_string_tuple label_part = { .format = bold, .string = label_clean };
        lxw_rich_string_tuple value_part = { .format = plain, .string = shown_clean };
        lxw_rich_string_tuple *parts[] = { &label_part, &value_part, NULL };

        /* one merged cell so a narrow first column does not cut the label */
        if (ctx->n_cols > 1)
          put_merge (ctx, ctx->row, 0, ctx->row, (lxw_col_t) (ctx->n_cols - 1),
                                 "", plain);
        if (*label_clean == '\0' || *shown_clean == '\0')
          put_string (ctx, ctx->row, 0, both, plain); /* rich strings need two non-empty parts */
        else
          note (ctx, worksheet_write_rich_string (ctx->sheet, ctx->row, 0, parts, plain), ctx->row);
        worksheet_set_row (ctx->sheet, ctx->row, text_height (ctx, both, 0), NULL);
        ctx->row++;
      }
      break;
    case PRS_BLOCK_TABLE:
      write_table (ctx, block->table, cancellable, cancelled);
      break;
    case PRS_BLOCK_CHART:
      {
        g_autoptr (GBytes) png = prs_report_chart_to_png (block, 2.0);
        double w, h;

        prs_report_block_size_cm (block, page_w - 5, &w, &h);
        write_image (ctx, png, w, h, (int) ceil (block->width_cm / 2.54 * 72.0 * 2.0));
      }
      break;
    case PRS_BLOCK_IMAGE:
      {
        double w, h;

        prs_report_block_size_cm (block, page_w - 5, &w, &h);
        write_image (ctx, block->png, w, h, block->png_width);
      }
      break;
    case PRS_BLOCK_SIGNATURE:
      {
        g_autoptr (GPtrArray) lines = prs_report_signature_lines (ctx->report, block);
        lxw_format *format = get_format (ctx, PRS_CELL_TEXT, 0, 0, PRS_ALIGN_CENTER);
        lxw_col_t from = ctx->n_cols > 2 ? (lxw_col_t) (ctx->n_cols / 2) : 0;

        ctx->row++;
        for (guint i = 0; i < lines->len; i++, ctx->row++)
          {
            if (ctx->n_cols - 1 > from)
              put_merge (ctx, ctx->row, from, ctx->row,
                                     (lxw_col_t) (ctx->n_cols - 1),
                                     g_ptr_array_index (lines, i), format);
            else
              put_string (ctx, ctx->row, from, g_ptr_array_index (lines, i),
                                      format);
          }
      }
      break;
    case PRS_BLOCK_PAGE_BREAK:
      {
        lxw_row_t breaks[] = { ctx->row, 0 };

        /* one manual break per sheet is enough for the short text sheets */
        if (ctx->row > 0)
          worksheet_set_h_pagebreaks (ctx->sheet, breaks);
      }
      break;
    default:
      break;
    }
}

static void
setup_sheet (Ctx *ctx, PrsReportTable *table)
{
  PrsReport *report = ctx->report;
  double page_w, page_h;
  g_autofree double *widths = NULL;
  g_autofree char *footer = g_strdup ("&Rหน้า &P / &N");

  prs_report_page_size_cm (report, &page_w, &page_h);
  ctx->n_cols = table ? table->n_columns : 4;
  ctx->table_scale = table ? table->font_scale : 1.0;
  widths = table ? prs_report_table_widths_cm (table,
                                               page_w - report->margin_left_cm
                                                 - report->margin_right_cm)
                 : NULL;
  ctx->total_chars = 0;
  g_free (ctx->col_chars);
  ctx->col_chars = g_new0 (double, ctx->n_cols);
  for (guint c = 0; c < ctx->n_cols; c++)
    {
      double chars = cm_to_chars (widths ? widths[c]
                                         : (page_w - report->margin_left_cm
                                            - report->margin_right_cm) / ctx->n_cols);

      worksheet_set_column (ctx->sheet, (lxw_col_t) c, (lxw_col_t) c, chars, NULL);
      ctx->col_chars[c] = chars;
      ctx->total_chars += chars;
    }
  worksheet_set_paper (ctx->sheet, 9); /* A4 */
  if (report->orientation == PRS_PAGE_LANDSCAPE)
    worksheet_set_landscape (ctx->sheet);
  else
    worksheet_set_portrait (ctx->sheet);
  worksheet_set_margins (ctx->sheet, report->margin_left_cm / 2.54, report->margin_right_cm / 2.54,
                         report->margin_top_cm / 2.54, report->margin_bottom_cm / 2.54);
  worksheet_fit_to_pages (ctx->sheet, 1, 0);
  if (report->page_numbers)
    worksheet_set_footer (ctx->sheet, footer);
  ctx->row = 0;
}

gboolean
prs_xlsx_writer_write (PrsReport            *report,
                       const char           *path,
                       GCancellable         *cancellable,
                       PrsExportProgressFunc progress,
                       gpointer              data,
                       GError              **error)
{
  Ctx ctx = { 0 };
  g_autoptr (GArray) plans = g_array_new (FALSE, TRUE, sizeof (SheetPlan));
  lxw_doc_properties properties = { 0 };
  SheetPlan current = { 0 };
  gboolean cancelled = FALSE;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  lxw_error status;

  g_return_val_if_fail (report != NULL, FALSE);

  /* A sheet holds at most one table, with the text before and after it. */
  for (guint i = 0; i < report->blocks->len; i++)
    {
      PrsBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == PRS_BLOCK_TABLE)
        {
          if (current.table)
            {
              current.end_block = i;
              g_array_append_val (plans, current);
              current.first_block = i;
            }
          current.table = block->table;
        }
    }
  current.end_block = report->blocks->len;
  g_array_append_val (plans, current);

  ctx.report = report;
  ctx.workbook = workbook_new (path);
  if (ctx.workbook == NULL)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The spreadsheet could not be created."));
      return FALSE;
    }
  ctx.formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  title = prs_export_xml_clean (report->title);
  author = prs_export_xml_clean (report->author);
  subject = prs_export_xml_clean (report->subject);
  properties.title = report->title ? title : NULL;
  properties.author = report->author ? author : NULL;
  properties.subject = report->subject ? subject : NULL;
  workbook_set_properties (ctx.workbook, &properties);

  for (guint s = 0; s < plans->len && !cancelled; s++)
    {
      SheetPlan *plan = &g_array_index (plans, SheetPlan, s);
      g_autofree char *name = sheet_name (&ctx, plan->table ? plan->table->name
                                                            : (report->title && *report->title
                                                                 ? report->title : PRS_REPORT_SHEET_NAME));

      ctx.sheet = workbook_add_worksheet (ctx.workbook, name);
      setup_sheet (&ctx, plan->table);
      for (guint i = plan->first_block; i < plan->end_block && !cancelled; i++)
        write_block (&ctx, g_ptr_array_index (report->blocks, i), cancellable, &cancelled);
      if (progress)
        progress (0.8 * (s + 1) / plans->len, data);
    }

  g_hash_table_unref (ctx.formats);
  g_hash_table_unref (ctx.names);
  g_free (ctx.col_chars);
  if (cancelled)
    {
      /* close to release memory; the caller deletes the partial file */
      workbook_close (ctx.workbook);
      return !g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  status = workbook_close (ctx.workbook);
  if (ctx.status == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("Row %u holds a text longer than a spreadsheet cell can take (32,767 "
                     "characters). Shorten it, or export as PDF or DOCX."),
                   (guint) ctx.status_row + 1);
      return FALSE;
    }
  if (ctx.status != LXW_NO_ERROR)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The spreadsheet could not be written (row %u): %s"),
                   (guint) ctx.status_row + 1, lxw_strerror (ctx.status));
      return FALSE;
    }
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The spreadsheet could not be written: %s"), lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}
