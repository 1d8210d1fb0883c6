/* prs-report-layout.c: pagination of a report into pages of drawing operations
 *
 * The layout pass shapes every string with Pango once and records, per page, what
 * to draw where. The PDF writer, printing and any preview render the same pages,
 * so they agree on page breaks. Units are points (1/72 inch) throughout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "prs-report-private.h"

#define CM          (72.0 / 2.54)
#define CELL_PAD_X  (0.1 * CM)
#define CELL_PAD_Y  2.0
#define RULE_WIDTH  0.6

typedef enum
{
  OP_TEXT,
  OP_RECT,
  OP_CHART,
  OP_IMAGE,
} OpKind;

typedef struct
{
  OpKind kind;
  double x, y, w, h;
  PangoLayout *layout; /* OP_TEXT */
  int first_line;
  int n_lines;
  double fill;     /* OP_RECT: grey level of the fill, < 0 for none */
  gboolean stroke; /* OP_RECT: draw the border */
  const PrsBlock *block;
} Op;

typedef struct
{
  GArray *ops; /* Op */
} Page;

struct _PrsReportLayout
{
  PrsReport *report;
  PangoFontMap *fontmap;
  PangoContext *context;
  char *family;
  double size;
  double line_height;

  double page_w, page_h;
  double left, right, top, bottom; /* body box */
  double text_w;

  GPtrArray *pages;
  Page *page;
  double y;
};

/* Line geometry of a layout, in points from the layout's top. */
typedef struct
{
  int n;
  double *top;
  double *bottom;
  double *baseline;
  double *x;
} Lines;

static void
op_clear (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->layout);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->ops);
  g_free (page);
}

static void
new_page (PrsReportLayout *L)
{
  L->page = g_new0 (Page, 1);
  L->page->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (L->page->ops, op_clear);
  g_ptr_array_add (L->pages, L->page);
  L->y = L->top;
}

static gboolean
at_page_top (PrsReportLayout *L)
{
  return L->y <= L->top + 0.01;
}

static void
ensure_space (PrsReportLayout *L, double height)
{
  if (L->y + height > L->bottom + 0.01 && !at_page_top (L))
    new_page (L);
}

static void
add_op (PrsReportLayout *L, const Op *op)
{
  g_array_append_vals (L->page->ops, op, 1);
}

static void
add_rect (PrsReportLayout *L, double x, double y, double w, double h, double fill, gboolean stroke)
{
  Op op = { 0 };

  op.kind = OP_RECT;
  op.x = x;
  op.y = y;
  op.w = w;
  op.h = h;
  op.fill = fill;
  op.stroke = stroke;
  add_op (L, &op);
}

static void
add_text (PrsReportLayout *L, PangoLayout *layout, double x, double y, int first, int n)
{
  Op op = { 0 };

  op.kind = OP_TEXT;
  op.x = x;
  op.y = y;
  op.layout = g_object_ref (layout);
  op.first_line = first;
  op.n_lines = n;
  add_op (L, &op);
}

/* Size per resolved family: the report's size is in TH Sarabun terms, whose
 * glyphs are small for their em; Laksaman and Noto Sans Thai at the same point
 * size set about a third wider, so they are scaled to keep ~85 Thai characters
 * on a 16 cm line as in official documents. */
static double
family_scale (const char *family)
{
  if (family == NULL)
    return 0.75;
  if (g_str_has_prefix (family, "TH "))
    return 1.0;
  if (g_ascii_strcasecmp (family, "Sarabun") == 0)
    return 0.75;
  return 0.7;
}

static PangoFontDescription *
font_desc (PrsReportLayout *L, gboolean bold, double scale)
{
  PangoFontDescription *desc = pango_font_description_from_string (L->report->font_families);

  pango_font_description_set_size (desc, (int) (L->size * scale * PANGO_SCALE));
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return desc;
}

static PangoLayout *
make_layout (PrsReportLayout *L,
             const char      *text,
             double           width,
             gboolean         bold,
             double           scale,
             PrsAlign         align)
{
  PangoLayout *layout = pango_layout_new (L->context);
  g_autofree char *shown = prs_report_digits (L->report, text);
  PangoFontDescription *desc = font_desc (L, bold, scale);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  switch (align)
    {
    case PRS_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case PRS_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case PRS_ALIGN_DISTRIBUTED:
      /* spread by distribute_lines() once the lines are known */
      break;
    case PRS_ALIGN_JUSTIFY:
      pango_layout_set_justify (layout, TRUE);
      break;
    case PRS_ALIGN_LEFT:
    default:
      break;
    }
  pango_layout_set_text (layout, shown, -1);
  return layout;
}

static void
lines_get (PangoLayout *layout, Lines *lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int i = 0;

  lines->n = pango_layout_get_line_count (layout);
  lines->top = g_new (double, lines->n + 1);
  lines->bottom = g_new (double, lines->n + 1);
  lines->baseline = g_new (double, lines->n + 1);
  lines->x = g_new (double, lines->n + 1);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      lines->top[i] = (double) y0 / PANGO_SCALE;
      lines->bottom[i] = (double) y1 / PANGO_SCALE;
      lines->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      lines->x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < lines->n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
lines_clear (Lines *lines)
{
  g_free (lines->top);
  g_free (lines->bottom);
  g_free (lines->baseline);
  g_free (lines->x);
}

/* Height of lines [first, first + n). */
static double
lines_height (const Lines *lines, int first, int n)
{
  if (n <= 0 || first >= lines->n)
    return 0;
  return lines->bottom[MIN (first + n, lines->n) - 1] - lines->top[first];
}

/* How many lines from first fit in height. */
static int
lines_fitting (const Lines *lines, int first, double height)
{
  int n = 0;

  while (first + n < lines->n && lines_height (lines, first, n + 1) <= height + 0.01)
    n++;
  return n;
}

/* Places a block of text, splitting it between pages by lines. */
static void
flow_layout (PrsReportLayout *L, PangoLayout *layout, double x, double space_after, int keep_lines)
{
  Lines lines;
  int next = 0;

  lines_get (layout, &lines);
  /* keep the first keep_lines lines together (headings with what follows) */
  ensure_space (L, lines_height (&lines, 0, MAX (keep_lines, 1)));
  while (next < lines.n)
    {
      int n = lines_fitting (&lines, next, L->bottom - L->y);

      if (n == 0)
        {
          if (at_page_top (L))
            n = 1; /* a line taller than a page: draw it anyway */
          else
            {
              new_page (L);
              continue;
            }
        }
      add_text (L, layout, x, L->y, next, n);
      L->y += lines_height (&lines, next, n);
      next += n;
      if (next < lines.n)
        new_page (L);
    }
  L->y += space_after;
  lines_clear (&lines);
}

/* Thai distributed alignment: Pango's justification only widens spaces, which
 * in Thai (few spaces) leaves wide holes. Spread each full line's slack over all
 * its character clusters instead, as Word's "Thai Distributed" does. Lines that
 * end a paragraph stay as they are. Falls back to plain justification if the
 * extra spacing would change the line breaks. */
static void
distribute_lines (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  int width = pango_layout_get_width (layout);
  int n_lines = pango_layout_get_line_count (layout);
  int n_attrs;
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  PangoAttrList *list = pango_attr_list_new ();
  gboolean any = FALSE;

  for (int i = 0; i < n_lines - 1; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      PangoRectangle logical;
      int start = line->start_index, end = line->start_index + line->length;
      int first_char, last_char, clusters = 0, slack;
      PangoAttribute *spacing;

      /* a hard line break ends a paragraph: leave its last line alone */
      if (end > 0 && end <= (int) strlen (text) && (text[end - 1] == '\n' || text[end] == '\n'))
        continue;
      while (end > start && text[end - 1] == ' ')
        end--;
      pango_layout_line_get_extents (line, NULL, &logical);
      slack = width - logical.width - (i == 0 ? MAX (pango_layout_get_indent (layout), 0) : 0);
      first_char = g_utf8_pointer_to_offset (text, text + start);
      last_char = g_utf8_pointer_to_offset (text, text + end);
      for (int c = first_char + 1; c <= last_char && c < n_attrs; c++)
        if (attrs[c].is_cursor_position)
          clusters++;
      if (clusters < 2 || slack <= 0 || slack > width / 4)
        continue; /* a short line would only stretch into gaps */
      spacing = pango_attr_letter_spacing_new ((int) (slack * 0.97 / clusters));
      spacing->start_index = start;
      spacing->end_index = end;
      pango_attr_list_insert (list, spacing);
      any = TRUE;
    }
  if (any)
    {
      pango_layout_set_attributes (layout, list);
      if (pango_layout_get_line_count (layout) != n_lines)
        {
          pango_layout_set_attributes (layout, NULL);
          pango_layout_set_justify (layout, TRUE);
        }
    }
  pango_attr_list_unref (list);
}

static void
place_text (PrsReportLayout *L,
            const char      *text,
            double           indent,
            gboolean         bold,
            double           scale,
            PrsAlign         align,
            double           first_indent,
            double           space_after,
            int              keep_lines)
{
  g_autoptr (PangoLayout) layout = make_layout (L, text, L->text_w - indent, bold, scale, align);

  if (first_indent != 0)
    pango_layout_set_indent (layout, (int) (first_indent * PANGO_SCALE));
  if (align == PRS_ALIGN_DISTRIBUTED)
    distribute_lines (layout);
  flow_layout (L, layout, L->left + indent, space_after, keep_lines);
}

static void
place_label_value (PrsReportLayout *L, const PrsBlock *block)
{
  g_autofree char *text = g_strconcat (block->text, "  ", block->text2, NULL);
  g_autoptr (PangoLayout) layout = make_layout (L, text, L->text_w, FALSE, 1.0, PRS_ALIGN_LEFT);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  g_autofree char *label = prs_report_digits (L->report, block->text);

  bold->start_index = 0;
  bold->end_index = strlen (label);
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  flow_layout (L, layout, L->left, 0, 1);
}

/* Tables */

typedef struct
{
  PangoLayout *layout;
  Lines lines;
  int next; /* first line not yet placed */
  double x, w;
} CellBox;

typedef struct
{
  PrsReportLayout *L;
  PrsReportTable *table;
  double *col_x;   /* n_columns + 1 */
  CellBox *cells;  /* rows × columns, NULL layout on covered cells */
  double *heights; /* natural height per row */
  double header_h;
} TableLayout;

static CellBox *
box_at (TableLayout *T, guint row, guint col)
{
  return &T->cells[row * T->table->n_columns + col];
}

static PrsRow *
row_at (TableLayout *T, guint row)
{
  return g_ptr_array_index (T->table->rows, row);
}

static double
cell_text_height (CellBox *box)
{
  return lines_height (&box->lines, box->next, box->lines.n - box->next);
}

static void
table_measure (TableLayout *T)
{
  PrsReportLayout *L = T->L;
  PrsReportTable *table = T->table;
  guint n_cols = table->n_columns, n_rows = table->rows->len;
  g_autofree double *widths = prs_report_table_widths_cm (table, L->text_w / CM);

  T->col_x = g_new0 (double, n_cols + 1);
  T->col_x[0] = L->left;
  for (guint c = 0; c < n_cols; c++)
    T->col_x[c + 1] = T->col_x[c] + widths[c] * CM;
  T->cells = g_new0 (CellBox, (gsize) n_rows * n_cols);
  T->heights = g_new0 (double, n_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      PrsRow *row = row_at (T, r);
      gboolean bold = row->kind != PRS_ROW_BODY;
      double height = 0;

      for (guint c = 0; c < n_cols; c++)
        {
          PrsCell *cell = &row->cells[c];
          CellBox *box = box_at (T, r, c);
          g_autofree char *text = NULL;
          PrsAlign align;

          if (cell->colspan == 0)
            continue;
          box->x = T->col_x[c];
          box->w = T->col_x[c + cell->colspan] - T->col_x[c];
          text = prs_report_table_format_cell (table, r, c, FALSE);
          align = prs_report_table_cell_align (table, r, c);
          box->layout = make_layout (L, text, box->w - 2 * CELL_PAD_X, bold, table->font_scale,
                                     align);
          lines_get (box->layout, &box->lines);
          if (cell->rowspan == 1)
            height = MAX (height, cell_text_height (box) + 2 * CELL_PAD_Y);
        }
      T->heights[r] = MAX (height, L->line_height * 0.5);
    }

  /* Cells spanning header rows make the last spanned row taller if needed. */
  for (guint r = 0; r < table->n_header_rows; r++)
    for (guint c = 0; c < n_cols; c++)
      {
        PrsCell *cell = &row_at (T, r)->cells[c];
        double sum = 0, need;

        if (cell->colspan == 0 || cell->rowspan <= 1)
          continue;
        for (guint k = 0; k < cell->rowspan; k++)
          sum += T->heights[r + k];
        need = cell_text_height (box_at (T, r, c)) + 2 * CELL_PAD_Y;
        if (need > sum)
          T->heights[r + cell->rowspan - 1] += need - sum;
      }
  for (guint r = 0; r < table->n_header_rows; r++)
    T->header_h += T->heights[r];
}

static double
row_fill (PrsRowKind kind)
{
  switch (kind)
    {
    case PRS_ROW_HEADER:
      return 0.85;
    case PRS_ROW_GROUP:
      return 0.93;
    case PRS_ROW_TOTAL:
      return 0.96;
    case PRS_ROW_BODY:
    default:
      return -1;
    }
}

/* Draws the header rows at the current position. */
static void
table_emit_header (TableLayout *T)
{
  PrsReportLayout *L = T->L;
  double y0 = L->y;

  for (guint r = 0; r < T->table->n_header_rows; r++)
    {
      for (guint c = 0; c < T->table->n_columns; c++)
        {
          PrsCell *cell = &row_at (T, r)->cells[c];
          CellBox *box = box_at (T, r, c);
          double h = 0, text_h;

          if (cell->colspan == 0)
            continue;
          for (guint k = 0; k < cell->rowspan; k++)
            h += T->heights[r + k];
          add_rect (L, box->x, L->y, box->w, h, row_fill (PRS_ROW_HEADER), TRUE);
          text_h = cell_text_height (box);
          /* header text centred vertically in its (possibly merged) cell */
          add_text (L, box->layout, box->x + CELL_PAD_X, L->y + (h - text_h) / 2, 0, -1);
        }
      L->y += T->heights[r];
    }
  L->y = y0 + T->header_h;
}

static void
table_new_page (TableLayout *T)
{
  new_page (T->L);
  /* a header taller than half a page would leave little room for rows */
  if (T->header_h < (T->L->bottom - T->L->top) / 2)
    table_emit_header (T);
}

/* Places body row r, splitting it by lines across pages when it must. */
static void
table_emit_row (TableLayout *T, guint r)
{
  PrsReportLayout *L = T->L;
  PrsRow *row = row_at (T, r);
  guint n_cols = T->table->n_columns;
  double body_h = L->bottom - L->top - T->header_h;
  gboolean first_fragment = TRUE;

  for (;;)
    {
      double remaining = 0, avail = L->bottom - L->y, used = 0;
      gboolean any = FALSE;

      for (guint c = 0; c < n_cols; c++)
        if (row->cells[c].colspan)
          remaining = MAX (remaining, cell_text_height (box_at (T, r, c)));
      remaining = MAX (remaining + 2 * CELL_PAD_Y, L->line_height * 0.5);

      if (remaining > avail + 0.01 && first_fragment && remaining <= body_h)
        {
          /* fits whole on the next page: do not split it */
          table_new_page (T);
          first_fragment = FALSE;
          continue;
        }
      first_fragment = FALSE;

      if (remaining <= avail + 0.01)
        {
          for (guint c = 0; c < n_cols; c++)
            {
              CellBox *box = box_at (T, r, c);

              if (!row->cells[c].colspan)
                continue;
              add_rect (L, box->x, L->y, box->w, remaining, row_fill (row->kind), TRUE);
              add_text (L, box->layout, box->x + CELL_PAD_X, L->y + CELL_PAD_Y, box->next,
                        box->lines.n - box->next);
              box->next = box->lines.n;
            }
          L->y += remaining;
          return;
        }

      /* split: each cell places the lines that fit, the rest goes on */
      for (guint c = 0; c < n_cols; c++)
        {
          CellBox *box = box_at (T, r, c);
          int n;

          if (!row->cells[c].colspan)
            continue;
          n = lines_fitting (&box->lines, box->next, avail - 2 * CELL_PAD_Y);
          if (n > 0)
            any = TRUE;
          used = MAX (used, lines_height (&box->lines, box->next, n));
        }
      if (!any && !at_page_top (L))
        {
          table_new_page (T);
          continue;
        }
      used = any ? MIN (avail, used + 2 * CELL_PAD_Y) : avail;
      for (guint c = 0; c < n_cols; c++)
        {
          CellBox *box = box_at (T, r, c);
          int n;

          if (!row->cells[c].colspan)
            continue;
          n = lines_fitting (&box->lines, box->next, avail - 2 * CELL_PAD_Y);
          if (!any && box->next < box->lines.n)
            n = 1; /* nothing fits even on a fresh page: force progress */
          add_rect (L, box->x, L->y, box->w, used, row_fill (row->kind), TRUE);
          if (n > 0)
            add_text (L, box->layout, box->x + CELL_PAD_X, L->y + CELL_PAD_Y, box->next, n);
          box->next += n;
        }
      L->y += used;
      table_new_page (T);
    }
}

static void
place_table (PrsReportLayout *L, PrsReportTable *table)
{
  TableLayout T = { 0 };
  guint n_rows = table->rows->len, n_cols = table->n_columns;

  T.L = L;
  T.table = table;
  table_measure (&T);

  /* start on a new page unless the header and a first row fit */
  {
    double first = table->n_header_rows < n_rows ? T.heights[table->n_header_rows] : 0;

    ensure_space (L, T.header_h + MIN (first, 3 * L->line_height));
  }
  table_emit_header (&T);

  for (guint r = table->n_header_rows; r < n_rows; r++)
    {
      PrsRow *row = row_at (&T, r);

      /* a group band stays with the row after it */
      if (row->kind == PRS_ROW_GROUP && r + 1 < n_rows)
        {
          double need = T.heights[r] + MIN (T.heights[r + 1], 2 * L->line_height);

          if (L->y + need > L->bottom && L->y > L->top + T.header_h + 0.01)
            table_new_page (&T);
        }
      table_emit_row (&T, r);
    }
  L->y += L->line_height * 0.5;

  for (guint i = 0; i < (guint) n_rows * n_cols; i++)
    {
      g_clear_object (&T.cells[i].layout);
      lines_clear (&T.cells[i].lines);
    }
  g_free (T.cells);
  g_free (T.col_x);
  g_free (T.heights);
}

/* The height a block needs on the page where it starts — what a heading before it is
 * kept with, so that no heading is left at a page foot with its table, chart or text
 * on the next page. */
static double
start_height (PrsReportLayout *L, const PrsBlock *block)
{
  switch (block->kind)
    {
    case PRS_BLOCK_CHART:
    case PRS_BLOCK_IMAGE:
      {
        double w_cm, h_cm;

        prs_report_block_size_cm (block, L->text_w / CM, &w_cm, &h_cm);
        return MIN (h_cm * CM, L->bottom - L->top);
      }
    case PRS_BLOCK_TABLE:
      {
        TableLayout T = { 0 };
        PrsReportTable *table = block->table;
        guint n_rows = table->rows->len;
        double first, h;

        T.L = L;
        T.table = table;
        table_measure (&T);
        first = table->n_header_rows < n_rows ? T.heights[table->n_header_rows] : 0;
        /* a group band is kept with the row after it */
        if (table->n_header_rows + 1 < n_rows
            && row_at (&T, table->n_header_rows)->kind == PRS_ROW_GROUP)
          first += MIN (T.heights[table->n_header_rows + 1], 2 * L->line_height);
        h = T.header_h + MIN (first, 3 * L->line_height);
        for (guint i = 0; i < (guint) n_rows * table->n_columns; i++)
          {
            g_clear_object (&T.cells[i].layout);
            lines_clear (&T.cells[i].lines);
          }
        g_free (T.cells);
        g_free (T.col_x);
        g_free (T.heights);
        return h;
      }
    case PRS_BLOCK_HEADING:
    case PRS_BLOCK_TITLE:
      return L->line_height * 4;
    default:
      return L->line_height * 2;
    }
}

static void
place_box (PrsReportLayout *L, const PrsBlock *block, OpKind kind)
{
  double w_cm, h_cm, w, h;
  Op op = { 0 };

  prs_report_block_size_cm (block, L->text_w / CM, &w_cm, &h_cm);
  w = w_cm * CM;
  h = h_cm * CM;
  if (h > L->bottom - L->top)
    {
      w *= (L->bottom - L->top) / h;
      h = L->bottom - L->top;
    }
  ensure_space (L, h);
  op.kind = kind;
  op.x = L->left + (L->text_w - w) / 2;
  op.y = L->y;
  op.w = w;
  op.h = h;
  op.block = block;
  add_op (L, &op);
  L->y += h + L->line_height * 0.5;
}

static void
place_signature (PrsReportLayout *L, const PrsBlock *block)
{
  g_autoptr (GPtrArray) lines = prs_report_signature_lines (L->report, block);
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double x = L->left + L->text_w * 0.4, w = L->text_w * 0.6, total = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      PangoLayout *layout = make_layout (L, g_ptr_array_index (lines, i), w, FALSE, 1.0,
                                         PRS_ALIGN_CENTER);
      int height;

      pango_layout_get_size (layout, NULL, &height);
      total += (double) height / PANGO_SCALE;
      g_ptr_array_add (layouts, layout);
    }
  /* room to sign above the line, and never split from the name */
  L->y += L->line_height;
  ensure_space (L, total);
  for (guint i = 0; i < layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, i);
      int height;

      pango_layout_get_size (layout, NULL, &height);
      add_text (L, layout, x, L->y, 0, -1);
      L->y += (double) height / PANGO_SCALE;
    }
  g_ptr_array_unref (layouts);
}

static void
resolve_font (PrsReportLayout *L)
{
  PangoFontDescription *desc = pango_font_description_from_string (L->report->font_families);
  PangoFont *font;
  PangoFontMetrics *metrics;
  PangoFontDescription *got;

  pango_font_description_set_size (desc, (int) (L->report->font_size * PANGO_SCALE));
  font = pango_font_map_load_font (L->fontmap, L->context, desc);
  got = font ? pango_font_describe (font) : NULL;
  L->family = g_strdup (got ? pango_font_description_get_family (got) : NULL);
  L->size = L->report->font_size * family_scale (L->family);
  g_clear_pointer (&got, pango_font_description_free);
  g_clear_object (&font);
  pango_font_description_free (desc);

  {
    g_autoptr (PangoLayout) probe = make_layout (L, "กขค Ag", 1000, FALSE, 1.0, PRS_ALIGN_LEFT);
    int h;

    pango_layout_get_size (probe, NULL, &h);
    L->line_height = (double) h / PANGO_SCALE;
  }
  metrics = NULL;
  (void) metrics;
}

PrsReportLayout *
prs_report_layout_new (PrsReport *report)
{
  PrsReportLayout *L;
  cairo_font_options_t *options;
  double w_cm, h_cm;

  g_return_val_if_fail (report != NULL, NULL);

  L = g_new0 (PrsReportLayout, 1);
  L->report = prs_report_ref (report);
  L->fontmap = pango_cairo_font_map_new ();
  L->context = pango_font_map_create_context (L->fontmap);
  pango_context_set_language (L->context, pango_language_from_string ("th"));
  /* Unhinted metrics: the same line breaks on paper, in PDF and on screen. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (L->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (L->context, FALSE);
  pango_cairo_context_set_resolution (L->context, 72.0);

  prs_report_page_size_cm (report, &w_cm, &h_cm);
  L->page_w = w_cm * CM;
  L->page_h = h_cm * CM;
  L->left = report->margin_left_cm * CM;
  L->right = L->page_w - report->margin_right_cm * CM;
  L->top = report->margin_top_cm * CM;
  L->bottom = L->page_h - report->margin_bottom_cm * CM;
  L->text_w = L->right - L->left;
  L->pages = g_ptr_array_new_with_free_func (page_free);
  resolve_font (L);
  new_page (L);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const PrsBlock *block = g_ptr_array_index (report->blocks, i);

      switch (block->kind)
        {
        case PRS_BLOCK_TITLE:
          place_text (L, block->text, 0, TRUE, 1.15, PRS_ALIGN_CENTER, 0, L->line_height * 0.5, 3);
          break;
        case PRS_BLOCK_HEADING:
          if (!at_page_top (L))
            L->y += L->line_height * (block->level == 1 ? 0.5 : 0.25);
          /* a heading is kept with the start of what follows it: two lines of text,
           * a table's header and first rows, a whole chart */
          {
            double need = L->line_height * 1.3;
            guint j = i + 1;

            /* headings in a row go together with what follows the last of them */
            while (j < report->blocks->len
                   && ((const PrsBlock *) g_ptr_array_index (report->blocks, j))->kind == PRS_BLOCK_HEADING)
              {
                need += L->line_height * 1.6;
                j++;
              }
            need += j < report->blocks->len ? start_height (L, g_ptr_array_index (report->blocks, j))
                                            : L->line_height * 2;
            ensure_space (L, MIN (MAX (need, L->line_height * 3), L->bottom - L->top));
          }
          place_text (L, block->text, (block->level - 1) * 0.75 * CM, TRUE, 1.0,
                      PRS_ALIGN_LEFT, 0, 0, 1);
          break;
        case PRS_BLOCK_PARAGRAPH:
          place_text (L, block->text, block->style.indent_cm * CM, block->style.bold, 1.0,
                      block->style.align, block->style.first_line_indent_cm * CM,
                      block->style.space_after_pt, 2);
          break;
        case PRS_BLOCK_LABEL_VALUE:
          place_label_value (L, block);
          break;
        case PRS_BLOCK_TABLE:
          place_table (L, block->table);
          break;
        case PRS_BLOCK_CHART:
          place_box (L, block, OP_CHART);
          break;
        case PRS_BLOCK_IMAGE:
          place_box (L, block, OP_IMAGE);
          break;
        case PRS_BLOCK_SIGNATURE:
          place_signature (L, block);
          break;
        case PRS_BLOCK_PAGE_BREAK:
          if (!at_page_top (L))
            new_page (L);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return L;
}

void
prs_report_layout_free (PrsReportLayout *L)
{
  if (L == NULL)
    return;
  g_ptr_array_unref (L->pages);
  g_clear_object (&L->context);
  g_clear_object (&L->fontmap);
  g_free (L->family);
  prs_report_unref (L->report);
  g_free (L);
}

int
prs_report_layout_page_count (PrsReportLayout *L)
{
  g_return_val_if_fail (L != NULL, 0);
  return (int) L->pages->len;
}

void
prs_report_layout_page_size (PrsReportLayout *L, double *width_pt, double *height_pt)
{
  if (width_pt)
    *width_pt = L->page_w;
  if (height_pt)
    *height_pt = L->page_h;
}

const char *
prs_report_layout_font_family (PrsReportLayout *L)
{
  return L->family;
}

double
prs_report_layout_font_size (PrsReportLayout *L)
{
  return L->size;
}

static void
draw_text (cairo_t *cr, const Op *op)
{
  PangoLayoutIter *iter = pango_layout_get_iter (op->layout);
  int i = 0, last = op->n_lines < 0 ? G_MAXINT : op->first_line + op->n_lines;
  double top = 0;

  do
    {
      if (i == op->first_line)
        {
          int y0;

          pango_layout_iter_get_line_yrange (iter, &y0, NULL);
          top = (double) y0 / PANGO_SCALE;
        }
      if (i >= op->first_line && i < last)
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, op->x + (double) logical.x / PANGO_SCALE, op->y + baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < last && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

cairo_surface_t *prs_report_png_surface (GBytes *png);

static void
draw_image (cairo_t *cr, const Op *op)
{
  cairo_surface_t *surface = prs_report_png_surface (op->block->png);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS && w > 0 && h > 0)
    {
      cairo_save (cr);
      cairo_translate (cr, op->x, op->y);
      cairo_scale (cr, op->w / w, op->h / h);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
  cairo_surface_destroy (surface);
}

static void
draw_margin_text (PrsReportLayout *L, cairo_t *cr, const char *text, double y, PrsAlign align)
{
  g_autoptr (PangoLayout) layout = make_layout (L, text, L->text_w, FALSE, 0.85, align);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  cairo_move_to (cr, L->left, y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

void
prs_report_render_page (PrsReportLayout *L, cairo_t *cr, int page_index)
{
  Page *page;

  g_return_if_fail (L != NULL);
  g_return_if_fail (page_index >= 0 && page_index < (int) L->pages->len);

  page = g_ptr_array_index (L->pages, page_index);
  cairo_save (cr);
  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint i = 0; i < page->ops->len; i++)
    {
      const Op *op = &g_array_index (page->ops, Op, i);

      switch (op->kind)
        {
        case OP_RECT:
          cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          if (op->fill >= 0)
            {
              cairo_set_source_rgb (cr, op->fill, op->fill, op->fill);
              if (op->stroke)
                cairo_fill_preserve (cr);
              else
                cairo_fill (cr);
            }
          if (op->stroke)
            {
              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_stroke (cr);
            }
          break;
        case OP_TEXT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          draw_text (cr, op);
          break;
        case OP_CHART:
          cairo_save (cr);
          cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          cairo_clip (cr);
          cairo_translate (cr, op->x, op->y);
          cairo_set_source_rgb (cr, 0, 0, 0);
          op->block->draw (cr, op->w, op->h, op->block->draw_data);
          cairo_restore (cr);
          break;
        case OP_IMAGE:
          draw_image (cr, op);
          break;
        default:
          break;
        }
    }

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  if (L->report->header_text && *L->report->header_text)
    draw_margin_text (L, cr, L->report->header_text, L->top / 2, PRS_ALIGN_RIGHT);
  if (L->report->page_numbers)
    {
      g_autofree char *label = prs_report_page_label (L->report, page_index + 1,
                                                      (int) L->pages->len);

      draw_margin_text (L, cr, label, L->bottom + (L->page_h - L->bottom) / 2, PRS_ALIGN_RIGHT);
    }
  cairo_restore (cr);
}
