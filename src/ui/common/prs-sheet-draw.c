/* prs-sheet-draw.c: the sheet's geometry and drawing (see prs-sheet.h)
 *
 * Every row has the same height, so the rows on screen follow from the vertical
 * scroll position alone and only they are read and drawn. Columns have widths in
 * pixels (from the font's character width, or dragged); the row titles and the
 * first n_frozen columns stay at the left, the header row at the top. A cell's
 * PangoLayout is made when the cell is first drawn and kept with the cached row,
 * so scrolling re-shapes only the rows that come into view.
 *
 * Colours come from the widget's style (its colour and libadwaita's named
 * colours), so the sheet follows the dark style. The header, the row titles, the
 * group headings and the subtotal rows are painted with the CSS of hidden labels
 * inside the canvas (classes sheet-title, row-title, heading, subtotal), so
 * style.css can restyle them; the defaults below apply when it does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-sheet-private.h"

typedef struct
{
  GdkRGBA fg, bg, accent, accent_fg, error, line, strong_line, dim, readonly_bg, selected, cursor, flagged;
} Colors;

static GdkRGBA
with_alpha (const GdkRGBA *c, float alpha)
{
  return (GdkRGBA) { c->red, c->green, c->blue, c->alpha * alpha };
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
lookup (GtkWidget *widget, const char *name, GdkRGBA *out, const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, out))
    gdk_rgba_parse (out, fallback);
}

static void
get_colors (GtkWidget *widget, gboolean focused, Colors *c)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &c->fg);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &c->fg);
#endif
  {
    gboolean dark = (c->fg.red + c->fg.green + c->fg.blue) > 1.5;

    lookup (widget, "view_bg_color", &c->bg, dark ? "#1e1e1e" : "#ffffff");
  }
  lookup (widget, "accent_bg_color", &c->accent, "#3584e4");
  lookup (widget, "accent_color", &c->accent_fg, "#1c71d8");
  lookup (widget, "error_color", &c->error, "#e01b24");
  c->line = with_alpha (&c->fg, 0.10);
  c->strong_line = with_alpha (&c->fg, 0.25);
  c->dim = with_alpha (&c->fg, 0.72);
  c->readonly_bg = with_alpha (&c->fg, 0.035);
  c->selected = with_alpha (&c->accent, 0.22);
  c->cursor = focused ? c->accent_fg : with_alpha (&c->accent_fg, 0.6);
  c->flagged = with_alpha (&c->error, 0.20);
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* --- Styled parts --- */

enum { PART_HEADER, PART_ROW_TITLE, PART_HEADING, PART_SUBTOTAL };

static const char default_css[] =
  "sheet-canvas > label.sheet-title { background-color: alpha(currentColor, 0.06);"
  "  border-bottom: 2px solid alpha(currentColor, 0.25); }"
  "sheet-canvas > label.row-title { background-color: alpha(currentColor, 0.04); }"
  "sheet-canvas > label.heading { background-color: alpha(@accent_bg_color, 0.14); }"
  "sheet-canvas > label.subtotal { background-color: alpha(currentColor, 0.07);"
  "  border-top: 1px solid alpha(currentColor, 0.25); }";

void
prs_sheet_init_style (PrsSheet *self)
{
  static const char *classes[] = { "sheet-title", "row-title", "heading", "subtotal" };
  static GtkCssProvider *provider;
  GdkDisplay *display = gdk_display_get_default ();

  /* Under the application's style.css, which may restyle the parts. */
  if (provider == NULL && display != NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_data (provider, default_css, -1);
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_THEME);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    {
      self->parts[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->parts[i], classes[i]);
      gtk_widget_set_visible (self->parts[i], FALSE);
      gtk_widget_set_parent (self->parts[i], self->canvas);
    }
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
render_part (PrsSheet *self, guint part, GtkSnapshot *snapshot, double x, double y, double w, double h)
{
  GtkStyleContext *context = gtk_widget_get_style_context (self->parts[part]);

  gtk_snapshot_render_background (snapshot, context, x, y, w, h);
  gtk_snapshot_render_frame (snapshot, context, x, y, w, h);
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* --- Geometry --- */

void
prs_sheet_measure_font (PrsSheet *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int digit = pango_font_metrics_get_approximate_digit_width (metrics);
  int ch = pango_font_metrics_get_approximate_char_width (metrics);
  PangoLayout *probe = pango_layout_new (context);
  int h;

  self->char_width = MAX (6, PANGO_PIXELS_CEIL (MAX (digit, ch)));
  /* Thai marks above and below need the full line height. */
  pango_layout_set_text (probe, "Ág ที่ปั่นญู่", -1);
  pango_layout_get_pixel_size (probe, NULL, &h);
  self->text_baseline = PANGO_PIXELS (pango_layout_get_baseline (probe));
  g_object_unref (probe);
  self->text_height = MAX (h, 14);
  self->row_height = self->text_height + 12;
  self->header_height = self->text_height + 16;
  pango_font_metrics_unref (metrics);
}

int
prs_sheet_column_width_px (PrsSheet *self, guint col)
{
  if (col >= self->n_columns || self->col_x == NULL)
    return 0;
  return self->col_x[col + 1] - self->col_x[col];
}

void
prs_sheet_layout_columns (PrsSheet *self, int viewport_width)
{
  int fixed = 0, n_flex = 0, flex;
  int old_total = self->total_width;

  if (self->char_width == 0)
    prs_sheet_measure_font (self);
  if (viewport_width > 0)
    self->viewport_width = viewport_width;
  self->row_title_px = (self->row_title_chars > 0 ? self->row_title_chars : 10) * self->char_width
                       + 2 * PRS_SHEET_PAD_X;
  for (guint c = 0; c < self->n_columns; c++)
    {
      if (self->user_widths[c] > 0)
        fixed += self->user_widths[c];
      else if (self->widths[c] > 0)
        fixed += self->widths[c] * self->char_width + 2 * PRS_SHEET_PAD_X;
      else
        n_flex++;
    }
  flex = 12 * self->char_width + 2 * PRS_SHEET_PAD_X;
  if (n_flex > 0)
    flex = MAX (flex, (self->viewport_width - self->row_title_px - fixed) / n_flex);
  g_free (self->col_x);
  self->col_x = g_new (int, self->n_columns + 1);
  self->col_x[0] = self->row_title_px;
  for (guint c = 0; c < self->n_columns; c++)
    {
      int w;

      if (self->user_widths[c] > 0)
        w = self->user_widths[c];
      else if (self->widths[c] > 0)
        w = self->widths[c] * self->char_width + 2 * PRS_SHEET_PAD_X;
      else
        w = flex;
      self->col_x[c + 1] = self->col_x[c] + w;
    }
  self->total_width = self->col_x[self->n_columns];
  self->frozen_width = self->col_x[MIN (self->n_frozen, self->n_columns)];
  if (old_total != self->total_width && self->canvas)
    gtk_widget_queue_draw (self->canvas);
}

static double
hvalue (PrsSheet *self)
{
  GtkAdjustment *adj = self->canvas ? prs_sheet_canvas_get_hadjustment (PRS_SHEET_CANVAS (self->canvas)) : NULL;

  return adj ? floor (gtk_adjustment_get_value (adj)) : 0;
}

static double
vvalue (PrsSheet *self)
{
  GtkAdjustment *adj = self->canvas ? prs_sheet_canvas_get_vadjustment (PRS_SHEET_CANVAS (self->canvas)) : NULL;

  return adj ? floor (gtk_adjustment_get_value (adj)) : 0;
}

gboolean
prs_sheet_cell_rect (PrsSheet *self, guint row, int col, graphene_rect_t *rect)
{
  int width = gtk_widget_get_width (self->canvas), height = gtk_widget_get_height (self->canvas);
  double x, w, y;

  if (self->col_x == NULL || row >= self->n_rows || col >= (int) self->n_columns)
    return FALSE;
  y = self->header_height + (double) row * self->row_height - vvalue (self);
  if (col < 0)
    {
      x = 0;
      w = self->row_title_px;
    }
  else
    {
      x = self->col_x[col];
      w = self->col_x[col + 1] - self->col_x[col];
      if ((guint) col >= self->n_frozen)
        x -= hvalue (self);
    }
  graphene_rect_init (rect, x, y, w, self->row_height);
  if (y + self->row_height <= self->header_height || y >= height)
    return FALSE;
  if (col >= 0 && (guint) col >= self->n_frozen && (x + w <= self->frozen_width || x >= width))
    return FALSE;
  return TRUE;
}

gboolean
prs_sheet_hit (PrsSheet *self, double x, double y, int *row, int *col, gboolean *on_expander,
               int *resize_col)
{
  double cx;
  int r = -1, c = -1;

  if (on_expander)
    *on_expander = FALSE;
  if (resize_col)
    *resize_col = -1;
  if (self->col_x == NULL)
    return FALSE;
  if (y >= self->header_height)
    {
      r = (int) ((y - self->header_height + vvalue (self)) / self->row_height);
      if (r >= (int) self->n_rows)
        return FALSE;
    }
  cx = x < self->frozen_width ? x : x + hvalue (self);
  if (cx < self->row_title_px)
    c = -1;
  else
    {
      guint lo = 0, hi = self->n_columns;

      /* The last column whose left edge is at or before cx. */
      while (hi - lo > 1)
        {
          guint mid = (lo + hi) / 2;

          if (self->col_x[mid] <= cx)
            lo = mid;
          else
            hi = mid;
        }
      c = lo;
      if (cx >= self->col_x[self->n_columns])
        return FALSE;
    }
  if (resize_col && r < 0)
    {
      /* Near a title's right edge: that column resizes. */
      for (guint k = 0; k < self->n_columns; k++)
        {
          double edge = self->col_x[k + 1] - (k >= self->n_frozen ? hvalue (self) : 0);

          if (k >= self->n_frozen && edge < self->frozen_width)
            continue;
          if (fabs (x - edge) <= 4)
            {
              *resize_col = k;
              break;
            }
        }
    }
  if (on_expander && r >= 0 && c == -1 && self->has_tree)
    {
      PrsSheetRow *info = prs_sheet_get_row (self, r);
      double ex = PRS_SHEET_PAD_X / 2 + info->info.depth * PRS_SHEET_INDENT;

      *on_expander = info->info.has_children && x >= ex && x < ex + PRS_SHEET_EXPANDER + 4;
    }
  if (row)
    *row = r;
  if (col)
    *col = c;
  return TRUE;
}

void
prs_sheet_scroll_to_cursor (PrsSheet *self)
{
  GtkAdjustment *vadj, *hadj;
  int width, height;
  double y, value, body;

  if (self->canvas == NULL || self->col_x == NULL)
    return;
  width = gtk_widget_get_width (self->canvas);
  height = gtk_widget_get_height (self->canvas);
  if (width <= 0 || height <= 0)
    return;
  vadj = prs_sheet_canvas_get_vadjustment (PRS_SHEET_CANVAS (self->canvas));
  hadj = prs_sheet_canvas_get_hadjustment (PRS_SHEET_CANVAS (self->canvas));
  if (vadj)
    {
      y = (double) self->cur_row * self->row_height;
      value = gtk_adjustment_get_value (vadj);
      body = height - self->header_height;
      if (y < value)
        gtk_adjustment_set_value (vadj, y);
      else if (y + self->row_height > value + body)
        gtk_adjustment_set_value (vadj, y + self->row_height - body);
    }
  if (hadj && self->cur_col >= self->n_frozen && self->cur_col < self->n_columns)
    {
      double x = self->col_x[self->cur_col], w = self->col_x[self->cur_col + 1] - x;

      value = gtk_adjustment_get_value (hadj);
      if (x - value < self->frozen_width)
        gtk_adjustment_set_value (hadj, x - self->frozen_width);
      else if (x + w - value > width)
        gtk_adjustment_set_value (hadj, x + w - width);
    }
}

/* --- Drawing --- */

static void
fill (GtkSnapshot *snapshot, const GdkRGBA *color, double x, double y, double w, double h)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
draw_layout (GtkSnapshot *snapshot, PangoLayout *layout, double x, double y, const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Text on a row's common baseline, whatever fonts its script needs. */
static void
draw_text (PrsSheet *self, GtkSnapshot *snapshot, PangoLayout *layout, double x, double row_y,
           double row_h, const GdkRGBA *color)
{
  double y = row_y + (row_h - self->text_height) / 2
             + self->text_baseline - PANGO_PIXELS (pango_layout_get_baseline (layout));

  draw_layout (snapshot, layout, x, y, color);
}

static PangoLayout *
make_layout (GtkWidget *canvas, const char *text, gboolean bold, gboolean right)
{
  PangoLayout *layout;
  const char *nl = text ? strchr (text, '\n') : NULL;

  if (nl)
    {
      /* Multi-line text shows its first line. */
      g_autofree char *first = g_strdup_printf ("%.*s …", (int) (nl - text), text);

      layout = gtk_widget_create_pango_layout (canvas, first);
    }
  else
    layout = gtk_widget_create_pango_layout (canvas, text);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (right)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static PangoLayout *
glyph (PrsSheet *self, GtkWidget *canvas, guint i)
{
  static const char *glyphs[] = { "✓", "▾", "▸", "▾" };

  if (self->glyphs[i] == NULL)
    self->glyphs[i] = make_layout (canvas, glyphs[i], i == 0, FALSE);
  return self->glyphs[i];
}

static void
set_layout_width (PangoLayout *layout, int *current, int width)
{
  if (*current != width)
    {
      pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
      *current = width;
    }
}

static void
draw_cell (PrsSheet *self, GtkWidget *canvas, GtkSnapshot *snapshot, const Colors *colors,
           PrsSheetRow *row, guint r, guint c, double x, double y, double w)
{
  PrsSheetCell *cell = &row->cells[c];
  PrsSheetCellKind kind = self->kinds[c];
  guint flags = cell->flags;
  guint r0 = MIN (self->anchor_row, self->cur_row), r1 = MAX (self->anchor_row, self->cur_row);
  guint c0 = MIN (self->anchor_col, self->cur_col), c1 = MAX (self->anchor_col, self->cur_col);
  gboolean bold = (row->flags & PRS_SHEET_CELL_SUBTOTAL) != 0;
  double h = self->row_height;

  if (flags & PRS_SHEET_CELL_FLAGGED)
    fill (snapshot, &colors->flagged, x, y, w, h);
  else if (row->flags & PRS_SHEET_CELL_SUBTOTAL)
    render_part (self, PART_SUBTOTAL, snapshot, x, y, w, h);
  else if (!(flags & PRS_SHEET_CELL_EDITABLE) || kind == PRS_SHEET_KIND_COMPUTED)
    fill (snapshot, &colors->readonly_bg, x, y, w, h);
  if (r >= r0 && r <= r1 && c >= c0 && c <= c1 && (r0 != r1 || c0 != c1))
    fill (snapshot, &colors->selected, x, y, w, h);
  if (self->editing && !self->editing_multiline && r == self->edit_row && c == self->edit_col)
    return;

  /* A schedule bar: quarters (groups of three BAR columns) shaded alternately; an
   * "on" cell is a segment drawn edge to edge so neighbours join into one bar. */
  if (kind == PRS_SHEET_KIND_BAR)
    {
      guint first = c, nth;

      while (first > 0 && self->kinds[first - 1] == PRS_SHEET_KIND_BAR)
        first--;
      nth = (c - first) / 3;
      if (nth % 2 == 1)
        {
          GdkRGBA shade = with_alpha (&colors->fg, 0.07);

          fill (snapshot, &shade, x, y, w, h);
        }
      if (prs_sheet_toggle_is_on (cell->text))
        {
          GdkRGBA bar = (flags & PRS_SHEET_CELL_EDITABLE) ? colors->accent : with_alpha (&colors->accent, 0.55);
          double bh = MAX (6, h / 3);

          fill (snapshot, &bar, x, y + (h - bh) / 2, w + 1, bh);
        }
      else if (flags & PRS_SHEET_CELL_EDITABLE)
        {
          GdkRGBA tick = with_alpha (&colors->fg, 0.18);

          fill (snapshot, &tick, x + w / 2 - 1, y + h / 2 - 1, 2, 2);
        }
      return;
    }
  /* Subtotals and computed figures in a toggle column are counts: text. */
  if (kind == PRS_SHEET_KIND_TOGGLE && !(row->flags & PRS_SHEET_CELL_SUBTOTAL) && !(flags & PRS_SHEET_CELL_COMPUTED))
    {
      double s = MIN (16, h - 8), bx = x + (w - s) / 2, by = y + (h - s) / 2;
      GskRoundedRect box;
      gboolean on = prs_sheet_toggle_is_on (cell->text);

      gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (bx, by, s, s), 3);
      if (on)
        {
          PangoLayout *mark = glyph (self, canvas, 0);
          int mw, mh;
          GdkRGBA white = { 1, 1, 1, 1 };

          /* A border as wide as half the box fills it: no clip, no offscreen. */
          gtk_snapshot_append_border (snapshot, &box, (float[4]) { s / 2, s / 2, s / 2, s / 2 },
                                      (GdkRGBA[4]) { colors->accent, colors->accent, colors->accent, colors->accent });
          pango_layout_get_pixel_size (mark, &mw, &mh);
          draw_layout (snapshot, mark, bx + (s - mw) / 2, by + (s - mh) / 2, &white);
        }
      else
        {
          GdkRGBA border = with_alpha (&colors->fg, (flags & PRS_SHEET_CELL_EDITABLE) ? 0.55 : 0.25);

          gtk_snapshot_append_border (snapshot, &box, (float[4]) { 1.5, 1.5, 1.5, 1.5 },
                                      (GdkRGBA[4]) { border, border, border, border });
        }
      return;
    }
  if (cell->text == NULL || *cell->text == '\0')
    return;
  if (cell->layout == NULL)
    {
      gboolean right = prs_sheet_kind_is_numeric (kind) || (flags & PRS_SHEET_CELL_NUMERIC);

      cell->layout = make_layout (canvas, cell->text, bold, right);
      cell->layout_width = -1;
    }
  {
    int text_w = (int) w - 2 * PRS_SHEET_PAD_X;

    if (kind == PRS_SHEET_KIND_CHOICE)
      text_w -= self->char_width + 2;
    set_layout_width (cell->layout, &cell->layout_width, text_w);
  }
  draw_text (self, snapshot, cell->layout, x + PRS_SHEET_PAD_X, y, h,
             (flags & PRS_SHEET_CELL_COMPUTED) || kind == PRS_SHEET_KIND_COMPUTED ? &colors->dim : &colors->fg);
  if (kind == PRS_SHEET_KIND_CHOICE && (flags & PRS_SHEET_CELL_EDITABLE))
    {
      GdkRGBA arrow = with_alpha (&colors->fg, 0.45);

      draw_text (self, snapshot, glyph (self, canvas, 3), x + w - PRS_SHEET_PAD_X - self->char_width,
                 y, h, &arrow);
    }
}

static void
draw_row_title (PrsSheet *self, GtkWidget *canvas, GtkSnapshot *snapshot, const Colors *colors,
                PrsSheetRow *row, double y, double w)
{
  double x = PRS_SHEET_PAD_X;
  double h = self->row_height;

  render_part (self, (row->flags & PRS_SHEET_CELL_SUBTOTAL) ? PART_SUBTOTAL : PART_ROW_TITLE, snapshot,
               0, y, self->row_title_px, h);
  if (self->has_tree)
    {
      x = PRS_SHEET_PAD_X / 2 + row->info.depth * PRS_SHEET_INDENT;
      if (row->info.has_children)
        draw_text (self, snapshot, glyph (self, canvas, row->info.expanded ? 1 : 2), x + 2, y, h,
                   &colors->dim);
      x += PRS_SHEET_EXPANDER + 4;
    }
  if (row->title && *row->title)
    {
      if (row->title_layout == NULL)
        {
          row->title_layout = make_layout (canvas, row->title, TRUE, FALSE);
          row->title_layout_width = -1;
        }
      set_layout_width (row->title_layout, &row->title_layout_width, (int) (w - x - PRS_SHEET_PAD_X));
      draw_text (self, snapshot, row->title_layout, x, y, h, &colors->fg);
    }
}

void
prs_sheet_draw (PrsSheet *self, GtkWidget *canvas, GtkSnapshot *snapshot, int width, int height)
{
  Colors colors;
  double vval = vvalue (self), hval = hvalue (self);
  double fw = self->frozen_width, header = self->header_height, rh = self->row_height;
  guint first, last, n_visible;
  guint c_first = self->n_frozen, c_last = self->n_columns;
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self))
                     || (self->editing && gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL);

  if (self->col_x == NULL)
    prs_sheet_layout_columns (self, width);
  get_colors (canvas, focused, &colors);
  fill (snapshot, &colors.bg, 0, 0, width, height);

  n_visible = (guint) ((height - header) / rh) + 2;
  first = (guint) (vval / rh);
  last = MIN (self->n_rows, first + n_visible);
  if (first > last)
    first = last;
  if (self->funcs && self->funcs->prefetch && last > first)
    self->funcs->prefetch (self->user_data, first, last - first);

  /* The scrolled columns on screen. */
  while (c_first < self->n_columns && self->col_x[c_first + 1] - hval <= fw)
    c_first++;
  for (guint c = c_first; c < self->n_columns; c++)
    if (self->col_x[c] - hval >= width)
      {
        c_last = c;
        break;
      }

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, header, width, MAX (height - header, 0)));

  /* Body cells: scrolled columns first, clipped right of the frozen ones. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (fw, header, MAX (width - fw, 0), MAX (height - header, 0)));
  for (guint r = first; r < last; r++)
    {
      PrsSheetRow *row = prs_sheet_get_row (self, r);
      double y = header + (double) r * rh - vval;

      if (row->flags & PRS_SHEET_CELL_HEADING)
        continue;
      for (guint c = c_first; c < c_last; c++)
        draw_cell (self, canvas, snapshot, &colors, row, r, c, self->col_x[c] - hval, y,
                   self->col_x[c + 1] - self->col_x[c]);
    }
  for (guint c = c_first; c < c_last; c++)
    fill (snapshot, &colors.line, self->col_x[c + 1] - hval - 1, header, 1, height - header);
  gtk_snapshot_pop (snapshot);

  /* Frozen columns and row titles. */
  for (guint r = first; r < last; r++)
    {
      PrsSheetRow *row = prs_sheet_get_row (self, r);
      double y = header + (double) r * rh - vval;

      if (row->flags & PRS_SHEET_CELL_HEADING)
        continue;
      for (guint c = 0; c < self->n_frozen && c < self->n_columns; c++)
        draw_cell (self, canvas, snapshot, &colors, row, r, c, self->col_x[c], y,
                   self->col_x[c + 1] - self->col_x[c]);
      draw_row_title (self, canvas, snapshot, &colors, row, y, self->row_title_px);
    }
  fill (snapshot, &colors.line, self->row_title_px - 1, header, 1, height - header);
  for (guint c = 0; c < self->n_frozen && c < self->n_columns; c++)
    fill (snapshot, &colors.line, self->col_x[c + 1] - 1, header, 1, height - header);
  if (self->n_frozen > 0)
    fill (snapshot, &colors.strong_line, fw - 1, header, 1, height - header);

  /* Headings span the width; row lines; subtotals get a line above. */
  for (guint r = first; r < last; r++)
    {
      PrsSheetRow *row = prs_sheet_get_row (self, r);
      double y = header + (double) r * rh - vval;

      if (row->flags & PRS_SHEET_CELL_HEADING)
        {
          fill (snapshot, &colors.bg, 0, y, width, rh);
          render_part (self, PART_HEADING, snapshot, 0, y, width, rh);
          if (row->title && *row->title)
            {
              double x = PRS_SHEET_PAD_X + (self->has_tree ? row->info.depth * PRS_SHEET_INDENT : 0);

              if (row->title_layout == NULL)
                {
                  row->title_layout = make_layout (canvas, row->title, TRUE, FALSE);
                  row->title_layout_width = -1;
                }
              set_layout_width (row->title_layout, &row->title_layout_width, (int) (width - x - PRS_SHEET_PAD_X));
              draw_text (self, snapshot, row->title_layout, x, y, rh, &colors.fg);
            }
        }
      fill (snapshot, &colors.line, 0, y + rh - 1, MIN (width, self->total_width), 1);
    }

  /* The cursor. */
  if (self->n_rows > 0 && self->n_columns > 0 && !prs_sheet_row_is_heading (self, self->cur_row))
    {
      graphene_rect_t rect;

      if (prs_sheet_cell_rect (self, self->cur_row, self->cur_col, &rect))
        {
          float bw = focused ? 2 : 1;
          GskRoundedRect box;

          if (self->cur_col >= self->n_frozen)
            gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (fw, header, MAX (width - fw, 0), MAX (height - header, 0)));
          gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (rect.origin.x, rect.origin.y,
                                                                      rect.size.width - 1, rect.size.height - 1), 0);
          gtk_snapshot_append_border (snapshot, &box, (float[4]) { bw, bw, bw, bw },
                                      (GdkRGBA[4]) { colors.cursor, colors.cursor, colors.cursor, colors.cursor });
          if (self->cur_col >= self->n_frozen)
            gtk_snapshot_pop (snapshot);
        }
    }
  gtk_snapshot_pop (snapshot);

  /* The header row. */
  fill (snapshot, &colors.bg, 0, 0, width, header);
  render_part (self, PART_HEADER, snapshot, 0, 0, MIN (width, self->total_width), header);
  {
    PangoLayout *layout;

    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (fw, 0, MAX (width - fw, 0), header));
    for (guint c = c_first; c < c_last; c++)
      {
        double x = self->col_x[c] - hval, w = self->col_x[c + 1] - self->col_x[c];

        layout = make_layout (canvas, self->titles[c], TRUE, prs_sheet_kind_is_numeric (self->kinds[c]));
        pango_layout_set_width (layout, MAX ((int) w - 2 * PRS_SHEET_PAD_X, 1) * PANGO_SCALE);
        draw_text (self, snapshot, layout, x + PRS_SHEET_PAD_X, 0, header, &colors.fg);
        g_object_unref (layout);
        fill (snapshot, &colors.line, x + w - 1, 0, 1, header);
      }
    gtk_snapshot_pop (snapshot);
    for (int c = -1; c < (int) self->n_frozen && c < (int) self->n_columns; c++)
      {
        double x = c < 0 ? 0 : self->col_x[c];
        double w = c < 0 ? self->row_title_px : self->col_x[c + 1] - self->col_x[c];
        const char *title = c < 0 ? self->row_heading : self->titles[c];

        if (title && *title)
          {
            layout = make_layout (canvas, title, TRUE, c >= 0 && prs_sheet_kind_is_numeric (self->kinds[c]));
            pango_layout_set_width (layout, MAX ((int) w - 2 * PRS_SHEET_PAD_X, 1) * PANGO_SCALE);
            draw_text (self, snapshot, layout, x + PRS_SHEET_PAD_X, 0, header, &colors.fg);
            g_object_unref (layout);
          }
        fill (snapshot, &colors.line, x + w - 1, 0, 1, header);
      }
  }

  /* Rows far from the screen and the cursor are forgotten. */
  if (g_hash_table_size (self->rows) > 4 * n_visible + 64)
    prs_sheet_evict_rows (self, first > 2 * n_visible ? first - 2 * n_visible : 0, last + 2 * n_visible);
}
