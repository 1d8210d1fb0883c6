/* prs-chart-render.c: layout and drawing, the one renderer
 *
 * Layout measures every text with Pango first, then places the plot in what
 * is left, so labels are wrapped, rotated, shrunk or (as the last resort)
 * ellipsized instead of overlapping or being clipped. The geometry is kept
 * in a PrsChartLayout that drawing, hit testing and the tests all read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-chart-private.h"

typedef struct
{
  PrsChart       *chart;
  PrsChartStyle  *style;
  PrsChartLayout *L;
  PangoContext   *pctx;
  PrsChartTextCache *texts;
  /* with a text floor the text cannot shrink; what gives way instead:
   * 1 the source line, 2 the subtitle too, 3 the floor itself a little */
  int             give_way;
  /* this try is thrown away if the plot turns out cramped (another
   * follows): the layout may stop as soon as it knows */
  gboolean        retry_if_cramped;
  gboolean        may_shrink_for_plot;
  /* bars across: the reference labels found no place inside the plot clear of
   * the bars (a ranking fills every row), so the layout is done again with a
   * row above the plot for them */
  gboolean        refs_need_room;
  gboolean        refs_above;
} Ctx;

static gboolean cramped (PrsChart *chart, PrsChartLayout *L, gboolean may_shrink_for_plot);

/* ---------------------------------------------------------------------
 * Text
 */

static void
context_free (gpointer data)
{
  g_object_unref (data);
}

static GPrivate context_key = G_PRIVATE_INIT (context_free);

/* One Pango context per thread (exports render in worker threads). Hinted
 * metrics are off so a layout measures the same on screen, in PDF and in a
 * PNG at any DPI. */
static PangoContext *
get_context (void)
{
  PangoContext *ctx = g_private_get (&context_key);

  if (ctx == NULL)
    {
      PangoFontMap *map = pango_cairo_font_map_new ();
      cairo_font_options_t *options = cairo_font_options_create ();

      ctx = pango_font_map_create_context (map);
      g_object_unref (map);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (ctx, options);
      cairo_font_options_destroy (options);
      pango_cairo_context_set_resolution (ctx, 96);
      pango_context_set_round_glyph_positions (ctx, FALSE);
      pango_context_set_language (ctx, pango_language_from_string ("th"));
      g_private_set (&context_key, ctx);
    }
  return ctx;
}

/* Text size `factor` × the base size, never under the style's floor (a
 * screen's body text size); minor text (ticks, source) may go a little
 * under it. */
static double
text_size (Ctx *c, double factor, gboolean minor)
{
  double floor_px = c->style->min_font_size * (minor ? 0.88 : 1.0) * (c->give_way >= 3 ? 0.85 : 1.0);

  return MAX (c->L->fs * factor, floor_px);
}

/* A new reference to the layout of text at size px: from the chart's text
 * cache, so a text tried again with the same settings (in the next pass
 * or the next layout) is not shaped again. Never change what it returns:
 * ask for the settings wanted instead. */
static PangoLayout *
make_layout_full (Ctx *c, const char *text, double size_units, gboolean bold, double wrap_width,
                  PangoWrapMode wrap, PangoAlignment align, int height, PangoEllipsizeMode ellipsize)
{
  return prs_chart_text_cache_get (c->texts, text, size_units, bold, wrap_width, wrap, align, height,
                                   ellipsize);
}

static PangoLayout *
make_layout (Ctx *c, const char *text, double size, gboolean bold, double wrap_width,
             PangoAlignment align)
{
  return make_layout_full (c, text, size * PANGO_SCALE, bold, wrap_width, PANGO_WRAP_WORD_CHAR, align, -1,
                           PANGO_ELLIPSIZE_NONE);
}

/* The label's layout, ellipsized at the end after `lines` lines, and its
 * size changed to size_units when that is above 0 (a row too thin for any
 * text keeps the size it had). */
static void
relayout_ellipsized (Ctx *c, guint i, int lines, double size_units)
{
  PrsChartLabel *l = &g_array_index (c->L->labels, PrsChartLabel, i);
  PangoLayout *old = l->layout;
  const PangoFontDescription *desc = pango_layout_get_font_description (old);

  l->layout = make_layout_full (c, pango_layout_get_text (old),
                                size_units > 0 ? size_units : prs_chart_text_get_size_units (old),
                                pango_font_description_get_weight (desc) >= PANGO_WEIGHT_BOLD,
                                prs_chart_text_get_wrap_width (old),
                                pango_layout_get_wrap (old), pango_layout_get_alignment (old), -lines,
                                PANGO_ELLIPSIZE_END);
  g_object_unref (old);
}

/* (measured at the size asked for, also when the layout is an estimate) */
static void
layout_size (PangoLayout *layout, double *w, double *h)
{
  prs_chart_text_get_extents (layout, NULL, NULL, w, h);
}

/* Adds a label; returns its index (pointers into the array move). */
static guint
add_label (Ctx *c, PrsLabelKind kind, PangoLayout *layout, PrsChartRGBA color)
{
  PrsChartLabel label = { 0 };

  label.layout = layout;
  label.kind = kind;
  label.category = -1;
  label.color = color;
  label.halo = kind == PRS_LABEL_VALUE || kind == PRS_LABEL_REFERENCE;
  g_array_append_val (c->L->labels, label);
  return c->L->labels->len - 1;
}

static PrsChartLabel *
label_at (Ctx *c, guint i)
{
  return &g_array_index (c->L->labels, PrsChartLabel, i);
}

/* Places an upright label with its logical box's top-left at (x, y). */
static void
place_label (Ctx *c, guint i, double x, double y)
{
  PrsChartLabel *l = label_at (c, i);
  double lx, ly;

  prs_chart_text_get_extents (l->layout, &lx, &ly, &l->bw, &l->bh);
  l->angle = 0;
  l->tx = x - lx;
  l->ty = y - ly;
  l->bx = x;
  l->by = y;
}

/* Places a label with the layout's own origin at (x, y): for text aligned
 * (centred, right) within its wrap width. */
static void
place_label_origin (Ctx *c, guint i, double x, double y)
{
  PrsChartLabel *l = label_at (c, i);
  double lx, ly;

  prs_chart_text_get_extents (l->layout, &lx, &ly, NULL, NULL);
  place_label (c, i, x + lx, y + ly);
}

/* Places a label turned a quarter left (reading upwards) so its box has
 * x from x0 and its end (the layout's right edge) at y_end. */
static void
place_label_up (Ctx *c, guint i, double x0, double y_end)
{
  PrsChartLabel *l = label_at (c, i);
  double lx, ly, lw, lh, right, left;

  prs_chart_text_get_extents (l->layout, &lx, &ly, &lw, &lh);
  right = lx + lw;
  left = lx;
  /* screen = (tx + v, ty - u) for a point (u, v) of the layout */
  l->angle = -G_PI / 2;
  l->tx = x0 - ly;
  l->ty = y_end + right;
  l->bx = x0;
  l->bw = lh;
  l->by = y_end;
  l->bh = right - left;
}

static double
luminance (const PrsChartRGBA *c)
{
  return 0.2126 * c->r + 0.7152 * c->g + 0.0722 * c->b;
}

static void drop_labels_from (Ctx *c, guint first);

/* ---------------------------------------------------------------------
 * Helpers on the model
 */

static double
value_of (PrsChart *chart, guint s, guint cat)
{
  return prs_chart_get_value (chart, s, cat);
}

static PrsChartSeries *
series_at (PrsChart *chart, guint s)
{
  return g_ptr_array_index (chart->series, s);
}

static void
build_order (Ctx *c)
{
  PrsChart *chart = c->chart;
  guint n = chart->categories->len;
  g_autofree guint *idx = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    idx[i] = i;
  if (chart->sort != PRS_CHART_SORT_NONE && chart->type != PRS_CHART_LINE
      && chart->type != PRS_CHART_RADAR)
    {
      /* insertion sort: stable, and n is small */
      for (guint i = 1; i < n; i++)
        {
          guint key = idx[i];
          double kv = value_of (chart, chart->sort_series, key);
          int j = (int) i - 1;

          while (j >= 0)
            {
              double jv = value_of (chart, chart->sort_series, idx[j]);
              gboolean after;

              if (isnan (kv))
                after = FALSE;
              else if (isnan (jv))
                after = TRUE;
              else
                after = chart->sort == PRS_CHART_SORT_ASCENDING ? kv < jv : kv > jv;
              if (!after)
                break;
              idx[j + 1] = idx[j];
              j--;
            }
          idx[j + 1] = key;
        }
    }
  g_array_append_vals (c->L->order, idx, n);
}

static gboolean
show_legend (PrsChart *chart)
{
  if (chart->show_legend >= 0)
    return chart->show_legend;
  if (chart->type == PRS_CHART_SCORE_CARD)
    return FALSE;
  return chart->series->len > 1 || chart->bands->len > 0
         || (chart->type == PRS_CHART_RADAR && chart->ref_lines->len > 0);
}

/* ---------------------------------------------------------------------
 * Header, legend, footer
 */

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static double
header (Ctx *c, Box *area)
{
  PrsChartLayout *L = c->L;
  PrsChartStyle *st = c->style;
  double w = area->x1 - area->x0;
  double y = area->y0;
  double gap = L->fs * 0.35;

  if (c->chart->title)
    {
      guint i = add_label (c, PRS_LABEL_TITLE,
                           make_layout (c, c->chart->title, text_size (c, 1.4, FALSE), TRUE, w, PANGO_ALIGN_CENTER),
                           st->foreground);
      double lh;
      layout_size (label_at (c, i)->layout, NULL, &lh);
      place_label_origin (c, i, area->x0, y);
      y += lh;
    }
  if (c->chart->subtitle && c->give_way < 2)
    {
      guint i = add_label (c, PRS_LABEL_SUBTITLE,
                           make_layout (c, c->chart->subtitle, text_size (c, 1.05, FALSE), FALSE, w, PANGO_ALIGN_CENTER),
                           st->muted);
      double lh;
      layout_size (label_at (c, i)->layout, NULL, &lh);
      place_label_origin (c, i, area->x0, y);
      y += lh;
    }
  if (y > area->y0)
    y += gap * 2;
  area->y0 = y;

  if (c->chart->source && c->give_way < 1)
    {
      guint i = add_label (c, PRS_LABEL_SOURCE,
                           make_layout (c, c->chart->source, text_size (c, 0.85, TRUE), FALSE, w, PANGO_ALIGN_LEFT),
                           st->muted);
      double lh;
      layout_size (label_at (c, i)->layout, NULL, &lh);
      area->y1 -= lh;
      place_label (c, i, area->x0, area->y1);
      area->y1 -= gap * 2;
    }
  return y;
}

/* Rows the legend keys of widths kw take in width w */
static guint
legend_rows (const double *kw, guint n, double w, double key_gap)
{
  guint rows = 0, first = 0;

  while (first < n)
    {
      guint last = first;
      double row_w = kw[first];

      while (last + 1 < n && row_w + key_gap + kw[last + 1] <= w)
        row_w += key_gap + kw[++last];
      rows++;
      first = last + 1;
    }
  return rows;
}

static void
legend (Ctx *c, Box *area)
{
  PrsChart *chart = c->chart;
  PrsChartLayout *L = c->L;
  double w = area->x1 - area->x0;
  double sw = L->fs * (chart->type == PRS_CHART_LINE || chart->type == PRS_CHART_RADAR ? 2.4 : 1.0);
  double gap = L->fs * 0.4, key_gap = L->fs * 1.4;
  /* a radar has no room to label its reference rings: they go here */
  guint n_refs = chart->type == PRS_CHART_RADAR ? chart->ref_lines->len : 0;
  guint n_all = chart->series->len + chart->bands->len + n_refs;
  g_autofree guint *lab = g_new0 (guint, MAX (n_all, 1));
  g_autofree double *kw = g_new0 (double, MAX (n_all, 1));
  double kh = 0, y = area->y0;
  guint first = 0, n_keys = 0, label_first = L->labels->len;
  /* A legend of two rows or more costs the plot its height (on a slide
   * most of all): set it smaller, then leave out a lone series' key when
   * the bands are what needs explaining (the title and axis name the
   * series). */
  static const struct { double size, key_gap; gboolean lone_series; } tries[] = {
    { 0.95, 1.4, TRUE }, { 0.85, 1.0, TRUE }, { 0.85, 1.0, FALSE },
  };

  if (!show_legend (chart) || n_all == 0)
    return;

  for (guint t = 0; t < G_N_ELEMENTS (tries); t++)
    {
      gboolean skip_series = !tries[t].lone_series && chart->series->len == 1
                             && chart->bands->len > 0 && chart->type != PRS_CHART_RADAR;

      if (t > 0 && !tries[t].lone_series && !skip_series)
        break;
      drop_labels_from (c, label_first);
      g_array_set_size (L->keys, 0);
      n_keys = 0;
      kh = 0;
      key_gap = L->fs * tries[t].key_gap;
      for (guint k = skip_series ? 1 : 0; k < n_all; k++)
        {
          const char *text;
          PrsChartLegendKey key = { 0 };
          double tw, th;

          if (k < chart->series->len)
            {
              text = series_at (chart, k)->name;
              key.series = k;
              key.band = -1;
            }
          else if (k < chart->series->len + chart->bands->len)
            {
              text = g_array_index (chart->bands, PrsChartBand, k - chart->series->len).label;
              key.series = -1;
              key.band = k - chart->series->len;
            }
          else
            {
              text = g_array_index (chart->ref_lines, PrsChartRefLine,
                                    k - chart->series->len - chart->bands->len).label;
              key.series = -2;
              key.band = k - chart->series->len - chart->bands->len;
            }
          lab[n_keys] = add_label (c, PRS_LABEL_LEGEND,
                                   make_layout (c, text ? text : "", text_size (c, tries[t].size, FALSE),
                                                FALSE, MAX (w - sw - gap, L->fs * 4), PANGO_ALIGN_LEFT),
                                   c->style->foreground);
          layout_size (label_at (c, lab[n_keys])->layout, &tw, &th);
          kw[n_keys] = sw + gap + tw;
          kh = MAX (kh, th);
          g_array_append_val (L->keys, key);
          n_keys++;
        }
      if (legend_rows (kw, n_keys, w, key_gap) <= 1)
        break;
    }

  /* Flow the keys into centred rows */
  while (first < n_keys)
    {
      guint last = first;
      double row_w = kw[first], x;

      while (last + 1 < n_keys && row_w + key_gap + kw[last + 1] <= w)
        row_w += key_gap + kw[++last];
      x = area->x0 + MAX (0, (w - row_w) / 2);
      for (guint k = first; k <= last; k++)
        {
          PrsChartLegendKey *key = &g_array_index (L->keys, PrsChartLegendKey, k);
          double sh = L->fs * 0.9;
          key->x = x;
          key->w = sw;
          key->h = sh;
          key->y = y + (kh - sh) / 2;
          place_label (c, lab[k], x + sw + gap, y);
          x += kw[k] + key_gap;
        }
      y += kh + gap * 0.5;
      first = last + 1;
    }
  area->y0 = y + gap * 1.5;
}

/* ---------------------------------------------------------------------
 * Value scale
 */

static void
value_range (Ctx *c, double *min, double *max)
{
  PrsChart *chart = c->chart;
  double lo = INFINITY, hi = -INFINITY;

  for (guint cat = 0; cat < chart->categories->len; cat++)
    {
      double pos = 0, neg = 0;
      for (guint s = 0; s < chart->series->len; s++)
        {
          double v = value_of (chart, s, cat);
          if (isnan (v))
            continue;
          if (chart->type == PRS_CHART_STACKED_BAR)
            {
              if (v >= 0)
                pos += v;
              else
                neg += v;
            }
          else
            {
              lo = MIN (lo, v);
              hi = MAX (hi, v);
            }
        }
      if (chart->type == PRS_CHART_STACKED_BAR)
        {
          lo = MIN (lo, neg);
          hi = MAX (hi, pos);
        }
    }
  for (guint i = 0; i < chart->ref_lines->len; i++)
    {
      double v = g_array_index (chart->ref_lines, PrsChartRefLine, i).value;
      lo = MIN (lo, v);
      hi = MAX (hi, v);
    }
  if (chart->type != PRS_CHART_LINE)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
    }
  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 100;
  *min = lo;
  *max = hi;
}

static void
compute_scale (Ctx *c, double length)
{
  PrsChartLayout *L = c->L;

  if (c->chart->fixed_scale)
    {
      double lo, hi, step;
      L->vmin = c->chart->scale_min;
      L->vmax = c->chart->scale_max;
      prs_chart_nice_ticks (L->vmin, L->vmax, CLAMP ((int) (length / (L->fs * 2.4)), 3, 11),
                            &lo, &hi, &step);
      L->step = step;
    }
  else
    {
      double min, max;
      value_range (c, &min, &max);
      prs_chart_nice_ticks (min, max, CLAMP ((int) (length / (L->fs * 2.4)), 3, 11),
                            &L->vmin, &L->vmax, &L->step);
    }
}

static char *
tick_text (Ctx *c, double v)
{
  int decimals = 0;
  g_autofree char *text = NULL;

  /* as many decimals as the step needs, no more */
  for (double s = c->L->step; decimals < 4 && fabs (s - round (s)) > 1e-9; s *= 10)
    decimals++;
  text = g_strdup_printf ("%.*f", decimals, fabs (v) < 1e-12 ? 0.0 : v);
  return prs_digits_apply (text, c->chart->thai_digits);
}

static double
scale_pos (PrsChartLayout *L, double v, gboolean horizontal)
{
  double f = (v - L->vmin) / (L->vmax - L->vmin);

  return horizontal ? L->px + f * L->pw : L->py + L->ph * (1 - f);
}

/* ---------------------------------------------------------------------
 * Bars and lines
 */

static PangoLayout *
category_layout (Ctx *c, guint cat, double size, double wrap, PangoWrapMode mode, PangoAlignment align)
{
  return make_layout_full (c, g_ptr_array_index (c->chart->categories, cat), size * PANGO_SCALE,
                           (int) cat == c->chart->highlight, wrap, mode, align, -1, PANGO_ELLIPSIZE_NONE);
}

static guint
category_label_full (Ctx *c, guint cat, double size, double wrap, PangoWrapMode mode,
                     PangoAlignment align)
{
  guint i = add_label (c, PRS_LABEL_CATEGORY, category_layout (c, cat, size, wrap, mode, align),
                       c->style->foreground);
  label_at (c, i)->category = cat;
  return i;
}

static guint
category_label (Ctx *c, guint cat, double size, double wrap, PangoAlignment align)
{
  return category_label_full (c, cat, size, wrap, PANGO_WRAP_WORD_CHAR, align);
}

static void
drop_labels_from (Ctx *c, guint first)
{
  for (guint i = first; i < c->L->labels->len; i++)
    g_object_unref (label_at (c, i)->layout);
  g_array_set_size (c->L->labels, first);
}

/* Does a wrapped label keep to its width? A word wider than the slot
 * would otherwise stick out into its neighbour's. */
static gboolean
fits_width (PangoLayout *layout, double width)
{
  double x, w;

  prs_chart_text_get_extents (layout, &x, NULL, &w, NULL);
  return x + w <= width + 0.5 && x >= 0;
}

/* The category with the longest text: the one most likely not to fit,
 * tried first */
static guint
longest_category (PrsChart *chart)
{
  guint longest = 0;
  gsize longest_len = 0;

  for (guint cat = 0; cat < chart->categories->len; cat++)
    {
      gsize len = strlen (g_ptr_array_index (chart->categories, cat));
      if (len > longest_len)
        longest = cat, longest_len = len;
    }
  return longest;
}

/* An upright label fits: four lines at most, no word wider than the
 * slot, no taller than max_height */
static gboolean
upright_fits (PangoLayout *layout, double wrap, double max_height)
{
  double h;

  layout_size (layout, NULL, &h);
  return pango_layout_get_line_count (layout) <= 4 && fits_width (layout, wrap) && h <= max_height;
}

/* Category labels under vertical bars. Upright text wrapped across the
 * slot reads best, so it is tried first: up to four lines, at the full
 * size and then a little smaller, within max_height. Only when no such
 * wrapping fits are the labels turned to read upwards (wrapped to two
 * lines across the slot if need be), shrunk, and as a last resort
 * ellipsized. Returns the height they need; labels are created
 * (unplaced) from index *first. */
static double
vertical_category_labels (Ctx *c, double slot, double max_height, double max_length,
                          gboolean *rotated, guint *first)
{
  PrsChart *chart = c->chart;
  PrsChartLayout *L = c->L;
  guint n = chart->categories->len;
  double gap = L->fs * 0.3, need = 0;
  static const double shrink[] = { 1.0, 0.9, 0.8, 0.72 };
  /* upright text gets no smaller than this: turned text of a readable
   * size beats a block of tiny lines */
  static const double upright_shrink[] = { 1.0, 0.9, 0.82 };
  double wrap = MAX (slot - gap, 1);
  guint longest = longest_category (chart);

  *first = L->labels->len;
  for (guint pass = 0; pass < G_N_ELEMENTS (upright_shrink); pass++)
    {
      gboolean ok = TRUE;
      double size = text_size (c, 0.95 * upright_shrink[pass], FALSE);

      need = 0;
      drop_labels_from (c, *first);
      /* the longest text first: when it does not fit, no need to set the
       * others at this size */
      if (n > 0)
        {
          g_autoptr (PangoLayout) layout = category_layout (c, longest, size, wrap, PANGO_WRAP_WORD,
                                                            PANGO_ALIGN_CENTER);
          ok = upright_fits (layout, wrap, max_height);
        }
      for (guint k = 0; k < n && ok; k++)
        {
          guint i = category_label_full (c, g_array_index (L->order, guint, k), size, wrap,
                                         PANGO_WRAP_WORD, PANGO_ALIGN_CENTER);
          PangoLayout *layout = label_at (c, i)->layout;
          double h;

          layout_size (layout, NULL, &h);
          if (!upright_fits (layout, wrap, max_height))
            ok = FALSE;
          need = MAX (need, h);
        }
      if (ok)
        {
          *rotated = FALSE;
          return need;
        }
      /* the floor stops the text getting smaller: no use trying again */
      if (pass + 1 < G_N_ELEMENTS (upright_shrink)
          && text_size (c, 0.95 * upright_shrink[pass + 1], FALSE) >= size)
        break;
    }

  for (guint pass = 0; pass < G_N_ELEMENTS (shrink); pass++)
    {
      double size = text_size (c, 0.95 * shrink[pass], FALSE);
      gboolean fits = TRUE;
      gboolean last = pass + 1 == G_N_ELEMENTS (shrink)
                      || text_size (c, 0.95 * shrink[pass + 1], FALSE) >= size;

      need = 0;
      drop_labels_from (c, *first);
      /* a smaller size follows: the longest text first, and the first
       * text too tall ends this try */
      if (!last && n > 0)
        {
          g_autoptr (PangoLayout) layout = category_layout (c, longest, size, max_length,
                                                            PANGO_WRAP_WORD_CHAR, PANGO_ALIGN_RIGHT);
          double h;

          layout_size (layout, NULL, &h);
          if (h > slot - gap)
            continue;
        }
      for (guint k = 0; k < n; k++)
        {
          guint i = category_label (c, g_array_index (L->order, guint, k), size, max_length,
                                    PANGO_ALIGN_RIGHT);
          PangoLayout *layout = label_at (c, i)->layout;
          double w, h;

          layout_size (layout, &w, &h);
          if (h > slot - gap)
            {
              if (!last)
                {
                  fits = FALSE;
                  break;
                }
              else
                {
                  /* keep the lines that fit, end with "…" */
                  int lines = pango_layout_get_line_count (layout);
                  int keep = MAX (1, (int) floor ((slot - gap) / (h / lines)));
                  relayout_ellipsized (c, i, keep, 0);
                  layout = label_at (c, i)->layout;
                  layout_size (layout, &w, &h);
                }
            }
          need = MAX (need, w);
        }
      if (fits || last)
        break;
    }
  *rotated = TRUE;
  return need;
}

static gboolean boxes_overlap (double ax, double ay, double aw, double ah, double bx, double by,
                               double bw, double bh);

/* Keeps the last label only if it overlaps no other label and stays on
 * the chart; value labels give way rather than collide. */
static void
keep_if_free (Ctx *c, guint i)
{
  PrsChartLabel *l = label_at (c, i);

  if (l->bx < 0 || l->by < 0 || l->bx + l->bw > c->L->width || l->by + l->bh > c->L->height)
    {
      drop_labels_from (c, i);
      return;
    }
  for (guint j = 0; j < i; j++)
    {
      PrsChartLabel *o = label_at (c, j);
      if (o->bw > 0 && boxes_overlap (l->bx, l->by, l->bw, l->bh, o->bx, o->by, o->bw, o->bh))
        {
          drop_labels_from (c, i);
          return;
        }
    }
}

static void
add_item (Ctx *c, int series, int cat, double value, double x, double y, double w, double h,
          double px, double py)
{
  PrsChartItem it = { series, cat, value, x, y, w, h, px, py };

  g_array_append_val (c->L->items, it);
}

static double
reference_labels_right (Ctx *c, double wrap, guint *first)
{
  double need = 0;

  *first = c->L->labels->len;
  for (guint r = 0; r < c->chart->ref_lines->len; r++)
    {
      PrsChartRefLine *line = &g_array_index (c->chart->ref_lines, PrsChartRefLine, r);
      guint i;
      double w;

      i = add_label (c, PRS_LABEL_REFERENCE,
                     make_layout (c, line->label ? line->label : "", text_size (c, 0.9, FALSE), TRUE, wrap,
                                  PANGO_ALIGN_LEFT),
                     c->style->reference);
      layout_size (label_at (c, i)->layout, &w, NULL);
      need = MAX (need, w);
    }
  return need;
}

static double
natural_width (Ctx *c, const char *text, double size, gboolean bold)
{
  PangoLayout *layout = make_layout (c, text, size, bold, -1, PANGO_ALIGN_LEFT);
  double w;

  layout_size (layout, &w, NULL);
  g_object_unref (layout);
  return w;
}

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

static int
series_for_category_colour (PrsChart *chart, guint s, guint cat)
{
  (void) cat;
  return series_at (chart, s)->color;
}

/* The reference lines' labels (the pass mark) inside the plot, beside their line:
 * where neither another label nor a bar is, else where no other label is (a bar
 * shows through the label's halo), trying the right end above and below the line
 * first (a vertical scale), or the top beside the line (a horizontal one). */
static void
place_references_inside (Ctx *c, guint first, gboolean horizontal)
{
  PrsChartLayout *L = c->L;
  double gap = MAX (2, L->fs * 0.3);

  for (guint r = 0; r < c->chart->ref_lines->len; r++)
    {
      guint i = first + r;
      PrsChartLabel *l = label_at (c, i);
      double pos = scale_pos (L, g_array_index (c->chart->ref_lines, PrsChartRefLine, r).value, horizontal);
      double cand[4][2], w, h;
      int best = -1, fallback = -1, k;

      if (l->layout == NULL)
        continue;
      layout_size (l->layout, &w, &h);
      if (!horizontal)
        {
          double xr = L->px + L->pw - w - gap, xl = L->px + gap;
          double up = pos - h - 1, down = pos + 1;
          double c0[4][2] = { { xr, up }, { xr, down }, { xl, up }, { xl, down } };
          memcpy (cand, c0, sizeof cand);
        }
      else
        {
          double top = L->py + gap, bottom = L->py + L->ph - h - gap;
          double right = pos + gap, left = pos - w - gap;
          double c0[4][2] = { { right, top }, { left, top }, { right, bottom }, { left, bottom } };
          memcpy (cand, c0, sizeof cand);
        }
      if (horizontal && c->refs_above)
        {
          /* in the row above the plot, over the top end of its line */
          place_label (c, i, CLAMP (pos - w / 2, L->px, MAX (L->px, L->px + L->pw - w)), L->py - h - gap * 0.5);
          label_at (c, i)->halo = FALSE;
          continue;
        }
      for (k = 0; k < 4; k++)
        {
          double x = CLAMP (cand[k][0], L->px, MAX (L->px, L->px + L->pw - w));
          double y = CLAMP (cand[k][1], L->py, MAX (L->py, L->py + L->ph - h));
          gboolean label_clash = FALSE, item_clash = FALSE;

          cand[k][0] = x;
          cand[k][1] = y;
          for (guint j = 0; j < L->labels->len && !label_clash; j++)
            {
              PrsChartLabel *o = label_at (c, j);

              if (j != i && o->bw > 0 && boxes_overlap (x, y, w, h, o->bx, o->by, o->bw, o->bh))
                label_clash = TRUE;
            }
          for (guint j = 0; j < L->items->len && !item_clash; j++)
            {
              PrsChartItem *o = &g_array_index (L->items, PrsChartItem, j);

              if (boxes_overlap (x, y, w, h, o->x, o->y, o->w, o->h))
                item_clash = TRUE;
            }
          if (!label_clash && !item_clash)
            {
              best = k;
              break;
            }
          if (!label_clash && fallback < 0)
            fallback = k;
        }
      if (best < 0 && horizontal)
        c->refs_need_room = TRUE;
      k = best >= 0 ? best : fallback >= 0 ? fallback : 0;
      place_label (c, i, cand[k][0], cand[k][1]);
    }
}

static void
layout_axis_chart (Ctx *c, Box area)
{
  PrsChart *chart = c->chart;
  PrsChartLayout *L = c->L;
  PrsChartStyle *st = c->style;
  gboolean horizontal = chart->horizontal && chart->type != PRS_CHART_LINE;
  guint n = chart->categories->len, ns = chart->series->len;
  double gap = L->fs * 0.4;
  double tick_w = 0, tick_h = 0;
  double vt_thick = 0;
  guint vt_label = G_MAXUINT, ct_label = G_MAXUINT;
  double value_size = text_size (c, 0.85, FALSE);
  double max_value_w = 0, value_h = 0;
  guint ref_first = 0;

  if (n == 0)
    n = 0;

  /* widest tick and value texts */
  {
    double min, max;
    value_range (c, &min, &max);
    compute_scale (c, horizontal ? area.x1 - area.x0 : area.y1 - area.y0);
  }
  for (double v = L->vmin; v <= L->vmax + L->step * 1e-6; v += L->step)
    {
      g_autofree char *t = tick_text (c, v);
      PangoLayout *layout = make_layout (c, t, text_size (c, 0.85, TRUE), FALSE, -1, PANGO_ALIGN_LEFT);
      double w, h;
      layout_size (layout, &w, &h);
      g_object_unref (layout);
      tick_w = MAX (tick_w, w);
      tick_h = MAX (tick_h, h);
    }
  if (chart->show_values)
    for (guint s = 0; s < ns; s++)
      for (guint cat = 0; cat < n; cat++)
        {
          double v = value_of (chart, s, cat);
          g_autofree char *t = NULL;
          double w;
          if (isnan (v))
            continue;
          t = prs_chart_format_value (chart, v);
          w = natural_width (c, t, value_size, FALSE);
          max_value_w = MAX (max_value_w, w);
        }
  {
    PangoLayout *probe = make_layout (c, "๐.๙", value_size, FALSE, -1, PANGO_ALIGN_LEFT);
    layout_size (probe, NULL, &value_h);
    g_object_unref (probe);
  }

  if (!horizontal)
    {
      double slot, plot_bottom, cl_h, head = 0, side_w = 0;
      gboolean rotated = FALSE;
      guint cat_first;
      double bar_slot;
      gboolean values_up = FALSE, ct_corner = FALSE;

      if (chart->value_title)
        {
          vt_label = add_label (c, PRS_LABEL_AXIS_TITLE,
                                make_layout (c, chart->value_title, text_size (c, 0.9, FALSE), FALSE,
                                             (area.y1 - area.y0) * 0.8, PANGO_ALIGN_CENTER),
                                st->muted);
          layout_size (label_at (c, vt_label)->layout, NULL, &vt_thick);
        }
      L->px = area.x0 + (vt_thick ? vt_thick + gap : 0) + tick_w + gap;
      if (chart->ref_lines->len)
        {
          /* made here, placed inside the plot once the bars and values are known */
          double wrap = MAX ((area.x1 - area.x0) * 0.16, L->fs * 5);
          reference_labels_right (c, wrap, &ref_first);
        }
      L->pw = area.x1 - side_w - L->px - gap * 0.5;
      slot = n ? L->pw / n : L->pw;
      L->bar_band = slot;

      if (chart->category_title)
        {
          double h, tw;
          /* In the corner under the value scale when it fits there, as a
           * table's row heading: the plot keeps the line it would take. */
          ct_label = add_label (c, PRS_LABEL_AXIS_TITLE,
                                make_layout (c, chart->category_title, text_size (c, 0.9, FALSE), FALSE,
                                             -1, PANGO_ALIGN_RIGHT),
                                st->muted);
          layout_size (label_at (c, ct_label)->layout, &tw, &h);
          if (tw <= L->px - area.x0 - gap
              && (vt_label == G_MAXUINT || label_at (c, vt_label)->bw == 0
                  || natural_width (c, chart->value_title, text_size (c, 0.9, FALSE), FALSE)
                       < (area.y1 - area.y0) * 0.45))
            ct_corner = TRUE;
          else
            {
              drop_labels_from (c, ct_label);
              ct_label = add_label (c, PRS_LABEL_AXIS_TITLE,
                                    make_layout (c, chart->category_title, text_size (c, 0.9, FALSE), FALSE,
                                                 L->pw, PANGO_ALIGN_CENTER),
                                    st->muted);
              layout_size (label_at (c, ct_label)->layout, NULL, &h);
              area.y1 -= h + gap;
              place_label_origin (c, ct_label, L->px, area.y1 + gap);
            }
        }

      {
        /* Upright labels may take what the plot can spare down to about
         * half the chart's height; turned labels, being long, a third of
         * what is left. */
        double room = area.y1 - area.y0;
        double plot_min = MIN (L->height * 0.5, room * 0.62);
        double upright = MAX (room - (value_h + gap) - gap - plot_min, room * 0.2);
        cl_h = vertical_category_labels (c, slot, upright, room * 0.32, &rotated, &cat_first);
      }
      plot_bottom = area.y1 - cl_h - gap;

      /* room above the tallest bar for its value label */
      bar_slot = chart->type == PRS_CHART_GROUPED_BAR ? slot * 0.8 / MAX (ns, 1) : slot * 0.7;
      if (chart->type == PRS_CHART_LINE)
        bar_slot = slot;
      if (chart->show_values && max_value_w > 0)
        {
          values_up = chart->type != PRS_CHART_LINE && max_value_w > bar_slot - 2;
          head = values_up ? max_value_w + gap : value_h + gap * 0.5;
        }
      head = MAX (head, tick_h / 2);
      L->py = area.y0 + head;
      L->ph = MAX (plot_bottom - L->py, L->fs * 3);
      /* too little room for the plot: the chart is laid out again smaller,
       * so the rest of this try would be thrown away */
      if (c->retry_if_cramped && cramped (chart, L, c->may_shrink_for_plot))
        return;

      /* the scale again, now that the plot's height is known */
      compute_scale (c, L->ph);

      if (vt_label != G_MAXUINT)
        place_label_up (c, vt_label, area.x0, L->py + (L->ph - label_at (c, vt_label)->bh) / 2);
      if (vt_label != G_MAXUINT)
        {
          /* centre the title on the plot's height */
          PrsChartLabel *l = label_at (c, vt_label);
          double bh = l->bh;
          place_label_up (c, vt_label, area.x0, L->py + (L->ph - bh) / 2);
        }

      for (double v = L->vmin; v <= L->vmax + L->step * 1e-6; v += L->step)
        {
          g_autofree char *t = tick_text (c, v);
          guint i = add_label (c, PRS_LABEL_TICK,
                               make_layout (c, t, text_size (c, 0.85, TRUE), FALSE, -1, PANGO_ALIGN_LEFT),
                               st->muted);
          double w, h, y = scale_pos (L, v, FALSE);
          layout_size (label_at (c, i)->layout, &w, &h);
          place_label (c, i, L->px - gap - w, y - h / 2);
        }

      for (guint k = 0; k < n; k++)
        {
          guint i = cat_first + k;
          double cx = L->px + slot * (k + 0.5);
          double w, h;
          layout_size (label_at (c, i)->layout, &w, &h);
          if (rotated)
            place_label_up (c, i, cx - h / 2, plot_bottom + gap);
          else
            place_label (c, i, cx - w / 2, plot_bottom + gap);
        }
      if (ct_corner)
        {
          PrsChartLabel *l = label_at (c, ct_label);
          double tw, th;
          layout_size (l->layout, &tw, &th);
          /* clear of the bottom tick number */
          place_label (c, ct_label, L->px - gap - tw, MAX (plot_bottom + gap, plot_bottom + tick_h / 2 + gap * 0.5));
          if (vt_label != G_MAXUINT)
            {
              PrsChartLabel *v = label_at (c, vt_label);
              l = label_at (c, ct_label);
              if (boxes_overlap (l->bx, l->by, l->bw, l->bh, v->bx, v->by, v->bw, v->bh)
                  || l->by + l->bh > L->height)
                l->bw = l->bh = 0; /* no room left for it: the labels speak for themselves */
            }
        }


      /* data */
      for (guint k = 0; k < n; k++)
        {
          guint cat = g_array_index (L->order, guint, k);
          double x0 = L->px + slot * k;
          double base = scale_pos (L, CLAMP (0, L->vmin, L->vmax), FALSE);
          double pos = base, neg = base, stack_pos = 0, stack_neg = 0;

          for (guint s = 0; s < ns; s++)
            {
              double v = value_of (chart, s, cat);
              double bw, bx, y, top, bottom;

              if (isnan (v))
                continue;
              if (chart->type == PRS_CHART_LINE)
                {
                  double r = MAX (L->fs * 0.45, 5);
                  double px = x0 + slot / 2, py = scale_pos (L, v, FALSE);
                  add_item (c, s, cat, v, px - r, py - r, 2 * r, 2 * r, px, py);
                  continue;
                }
              if (chart->type == PRS_CHART_GROUPED_BAR)
                {
                  bw = slot * 0.8 / ns;
                  bx = x0 + slot * 0.1 + bw * s;
                }
              else
                {
                  bw = slot * 0.6;
                  bx = x0 + slot * 0.2;
                }
              if (chart->type == PRS_CHART_STACKED_BAR)
                {
                  if (v >= 0)
                    {
                      stack_pos += v;
                      y = scale_pos (L, stack_pos, FALSE);
                      top = y, bottom = pos, pos = y;
                    }
                  else
                    {
                      stack_neg += v;
                      y = scale_pos (L, stack_neg, FALSE);
                      top = neg, bottom = y, neg = y;
                    }
                }
              else
                {
                  y = scale_pos (L, CLAMP (v, L->vmin, L->vmax), FALSE);
                  top = MIN (y, base);
                  bottom = MAX (y, base);
                }
              add_item (c, s, cat, v, bx, top, bw, bottom - top, bx + bw / 2, v >= 0 ? top : bottom);
            }
        }

      /* value labels; on lines only for one or two series, as more
       * numbers than that only clutter */
      if (chart->show_values && (chart->type != PRS_CHART_LINE || ns <= 2))
        {
          guint first_item = 0;
          for (guint it = first_item; it < L->items->len; it++)
            {
              PrsChartItem item = g_array_index (L->items, PrsChartItem, it);
              g_autofree char *t = NULL;
              guint i;
              double w, h;
              PrsChartRGBA colour = st->foreground;

              if (chart->type == PRS_CHART_STACKED_BAR)
                {
                  /* inside the segment when it fits there */
                  PrsChartRGBA fill;
                  t = prs_chart_format_value (chart, item.value);
                  prs_chart_style_get_series_color (st, series_for_category_colour (chart, item.series, item.category), &fill);
                  colour = luminance (&fill) > 0.5 ? (PrsChartRGBA) { 0, 0, 0, 1 } : (PrsChartRGBA) { 1, 1, 1, 1 };
                  i = add_label (c, PRS_LABEL_VALUE, make_layout (c, t, value_size, FALSE, -1, PANGO_ALIGN_LEFT), colour);
                  label_at (c, i)->halo = FALSE;
                  layout_size (label_at (c, i)->layout, &w, &h);
                  if (w + 4 > item.w || h + 2 > item.h)
                    {
                      drop_labels_from (c, i);
                      continue;
                    }
                  place_label (c, i, item.x + (item.w - w) / 2, item.y + (item.h - h) / 2);
                  continue;
                }

              t = prs_chart_format_value (chart, item.value);
              i = add_label (c, PRS_LABEL_VALUE,
                             make_layout (c, t, value_size, (int) item.category == chart->highlight,
                                          -1, PANGO_ALIGN_LEFT),
                             colour);
              layout_size (label_at (c, i)->layout, &w, &h);
              if (chart->type == PRS_CHART_LINE)
                {
                  /* above the point, or below it if that collides */
                  double lx = item.px - w / 2, ly = item.py - h - L->fs * 0.35;
                  gboolean clash = FALSE;
                  for (int pass = 0; pass < 2; pass++)
                    {
                      clash = ly < area.y0 - 1e-6 || ly + h > plot_bottom;
                      for (guint j = cat_first; !clash && j < i; j++)
                        {
                          PrsChartLabel *o = label_at (c, j);
                          if (o->kind == PRS_LABEL_VALUE
                              && boxes_overlap (lx, ly, w, h, o->bx, o->by, o->bw, o->bh))
                            clash = TRUE;
                        }
                      for (guint j = 0; !clash && j < L->items->len; j++)
                        {
                          PrsChartItem *o = &g_array_index (L->items, PrsChartItem, j);
                          if (boxes_overlap (lx, ly, w, h, o->x, o->y, o->w, o->h))
                            clash = TRUE;
                        }
                      if (!clash)
                        break;
                      ly = item.py + L->fs * 0.5;
                    }
                  if (clash)
                    drop_labels_from (c, i);
                  else
                    place_label (c, i, lx, ly);
                }
              else
                {
                  if (values_up)
                    place_label_up (c, i, item.px - h / 2,
                                    (item.value >= 0 ? item.y : item.y + item.h) - w - gap * 0.5);
                  else
                    place_label (c, i, item.px - w / 2,
                                 item.value >= 0 ? item.y - h - 1 : item.y + item.h + 1);
                  keep_if_free (c, i);
                }
            }

          if (chart->type == PRS_CHART_STACKED_BAR)
            for (guint k = 0; k < n; k++)
              {
                guint cat = g_array_index (L->order, guint, k);
                double total = 0;
                gboolean any = FALSE;
                g_autofree char *t = NULL;
                guint i;
                double w, h, top = INFINITY;

                for (guint s = 0; s < ns; s++)
                  if (!isnan (value_of (chart, s, cat)))
                    total += value_of (chart, s, cat), any = TRUE;
                if (!any)
                  continue;
                for (guint j = 0; j < L->items->len; j++)
                  {
                    PrsChartItem *o = &g_array_index (L->items, PrsChartItem, j);
                    if (o->category == (int) cat)
                      top = MIN (top, o->y);
                  }
                t = prs_chart_format_value (chart, total);
                i = add_label (c, PRS_LABEL_VALUE, make_layout (c, t, value_size, TRUE, -1, PANGO_ALIGN_LEFT),
                               st->foreground);
                layout_size (label_at (c, i)->layout, &w, &h);
                if (values_up)
                  place_label_up (c, i, L->px + slot * (k + 0.5) - h / 2, top - w - gap * 0.5);
                else
                  place_label (c, i, L->px + slot * (k + 0.5) - w / 2, top - h - 1);
                keep_if_free (c, i);
              }
        }
      if (chart->ref_lines->len)
        place_references_inside (c, ref_first, FALSE);
      return;
    }

  /* Horizontal bars: labels in a column on the left, wrapped into it */
  {
    double col, natural = 0, slot, ref_h = 0, value_room = 0, ct_thick = 0;
    guint cat_first = L->labels->len;
    static const double shrink[] = { 1.0, 0.9, 0.8, 0.72 };
    double size = text_size (c, 0.95, FALSE);
    double vt_h = 0;

    for (guint cat = 0; cat < n; cat++)
      natural = MAX (natural, natural_width (c, g_ptr_array_index (chart->categories, cat), size,
                                             (int) cat == chart->highlight));
    if (chart->category_title)
      {
        ct_label = add_label (c, PRS_LABEL_AXIS_TITLE,
                              make_layout (c, chart->category_title, text_size (c, 0.9, FALSE), FALSE,
                                           (area.y1 - area.y0) * 0.8, PANGO_ALIGN_CENTER),
                              st->muted);
        layout_size (label_at (c, ct_label)->layout, NULL, &ct_thick);
      }
    /* (a hair over the longest label, so it fits its column on an
     * estimate's measure too: see prs-chart-text.c) */
    col = MIN (natural + 0.02, (area.x1 - area.x0) * 0.36);
    L->px = area.x0 + (ct_thick ? ct_thick + gap : 0) + col + gap;
    if (chart->show_values && max_value_w > 0)
      value_room = max_value_w + gap;
    value_room = MAX (value_room, tick_w / 2);
    L->pw = area.x1 - value_room - L->px;

    if (chart->ref_lines->len)
      {
        reference_labels_right (c, L->pw, &ref_first);
        for (guint r = 0; r < chart->ref_lines->len; r++)
          {
            double h;
            layout_size (label_at (c, ref_first + r)->layout, NULL, &h);
            ref_h = MAX (ref_h, h);
          }
        /* the labels go inside the plot, placed at the end; above it when
         * there is no room clear of the bars inside */
        ref_h = c->refs_above ? ref_h + gap * 0.5 : 0;
      }
    if (chart->value_title)
      {
        vt_label = add_label (c, PRS_LABEL_AXIS_TITLE,
                              make_layout (c, chart->value_title, text_size (c, 0.9, FALSE), FALSE, L->pw,
                                           PANGO_ALIGN_CENTER),
                              st->muted);
        layout_size (label_at (c, vt_label)->layout, NULL, &vt_h);
        place_label_origin (c, vt_label, L->px, area.y1 - vt_h);
        vt_h += gap * 0.5;
      }
    L->py = area.y0 + ref_h;
    L->ph = MAX (area.y1 - vt_h - tick_h - gap - L->py, L->fs * 3);
    slot = n ? L->ph / n : L->ph;
    L->bar_band = slot;
    /* rows too thin: the chart is laid out again smaller (the labels need
     * not be tried at this size) */
    if (c->retry_if_cramped && (L->ph < L->fs * 4 || L->ph / MAX (n, 1) < L->fs * 1.4))
      return;
    compute_scale (c, L->pw);

    /* shrink the labels until each fits its row, then ellipsize */
    cat_first = L->labels->len;
    for (guint pass = 0; pass < G_N_ELEMENTS (shrink); pass++)
      {
        gboolean fits = TRUE, last = pass + 1 == G_N_ELEMENTS (shrink);
        double pass_size = MAX (size * shrink[pass], text_size (c, 0.95 * shrink[pass], FALSE));
        drop_labels_from (c, cat_first);
        /* a smaller size follows: the longest text first, and the first
         * text too tall for its row ends this try */
        if (!last && n > 0)
          {
            g_autoptr (PangoLayout) layout = category_layout (c, longest_category (chart), pass_size, col,
                                                              PANGO_WRAP_WORD_CHAR, PANGO_ALIGN_RIGHT);
            double h;

            layout_size (layout, NULL, &h);
            if (h > slot - 1)
              continue;
          }
        for (guint k = 0; k < n; k++)
          {
            guint i = category_label (c, g_array_index (L->order, guint, k), pass_size, col,
                                      PANGO_ALIGN_RIGHT);
            PangoLayout *layout = label_at (c, i)->layout;
            double h;
            layout_size (layout, NULL, &h);
            if (h > slot - 1)
              {
                if (!last)
                  {
                    fits = FALSE;
                    break;
                  }
                else
                  {
                    int lines = pango_layout_get_line_count (layout);
                    double line_h = h / lines;
                    int keep = MAX (1, (int) floor ((slot - 1) / line_h));
                    double units = 0;
                    if (line_h > slot - 1)
                      {
                        /* not even one line fits the row: smaller type
                         * (with a text floor, the layout asks for room
                         * first: the source and subtitle give way) */
                        L->overflow = TRUE;
                        units = prs_chart_text_get_size_units (layout) * (slot - 1) / line_h * 0.98;
                      }
                    relayout_ellipsized (c, i, keep, units);
                  }
              }
          }
        if (fits)
          break;
      }
    for (guint k = 0; k < n; k++)
      {
        guint i = cat_first + k;
        double x, h;
        prs_chart_text_get_extents (label_at (c, i)->layout, &x, NULL, NULL, &h);
        /* right-aligned in the column: box starts at the text's left edge */
        place_label (c, i, L->px - gap - col + x,
                     L->py + slot * (k + 0.5) - h / 2);
      }
    if (ct_label != G_MAXUINT)
      place_label_up (c, ct_label, area.x0, L->py + (L->ph - label_at (c, ct_label)->bh) / 2);

    for (double v = L->vmin; v <= L->vmax + L->step * 1e-6; v += L->step)
      {
        g_autofree char *t = tick_text (c, v);
        guint i = add_label (c, PRS_LABEL_TICK,
                             make_layout (c, t, text_size (c, 0.85, TRUE), FALSE, -1, PANGO_ALIGN_LEFT),
                             st->muted);
        double w, x = scale_pos (L, v, TRUE);
        layout_size (label_at (c, i)->layout, &w, NULL);
        place_label (c, i, x - w / 2, L->py + L->ph + gap * 0.5);
      }


    for (guint k = 0; k < n; k++)
      {
        guint cat = g_array_index (L->order, guint, k);
        double y0 = L->py + slot * k;
        double base = scale_pos (L, CLAMP (0, L->vmin, L->vmax), TRUE);
        double pos = base, neg = base, stack_pos = 0, stack_neg = 0;
        double right_end = -INFINITY;

        for (guint s = 0; s < ns; s++)
          {
            double v = value_of (chart, s, cat);
            double bh, by, x, left, right;

            if (isnan (v))
              continue;
            if (chart->type == PRS_CHART_GROUPED_BAR)
              {
                bh = slot * 0.8 / ns;
                by = y0 + slot * 0.1 + bh * s;
              }
            else
              {
                bh = MIN (slot * 0.66, L->fs * 2.2);
                by = y0 + (slot - bh) / 2;
              }
            if (chart->type == PRS_CHART_STACKED_BAR)
              {
                if (v >= 0)
                  {
                    stack_pos += v;
                    x = scale_pos (L, stack_pos, TRUE);
                    left = pos, right = x, pos = x;
                  }
                else
                  {
                    stack_neg += v;
                    x = scale_pos (L, stack_neg, TRUE);
                    left = x, right = neg, neg = x;
                  }
              }
            else
              {
                x = scale_pos (L, CLAMP (v, L->vmin, L->vmax), TRUE);
                left = MIN (x, base);
                right = MAX (x, base);
              }
            add_item (c, s, cat, v, left, by, right - left, bh, right, by + bh / 2);
            right_end = MAX (right_end, right);

            if (chart->show_values && chart->type != PRS_CHART_STACKED_BAR)
              {
                g_autofree char *t = prs_chart_format_value (chart, v);
                guint i = add_label (c, PRS_LABEL_VALUE,
                                     make_layout (c, t, MAX (MIN (value_size, bh * 0.75), text_size (c, 0.7, TRUE)),
                                                  (int) cat == chart->highlight, -1, PANGO_ALIGN_LEFT),
                                     st->foreground);
                double w, h;
                layout_size (label_at (c, i)->layout, &w, &h);
                place_label (c, i, right + gap * 0.5, by + (bh - h) / 2);
                keep_if_free (c, i);
              }
          }
        if (chart->show_values && chart->type == PRS_CHART_STACKED_BAR && isfinite (right_end))
          {
            double total = stack_pos + stack_neg;
            g_autofree char *t = prs_chart_format_value (chart, total);
            guint i = add_label (c, PRS_LABEL_VALUE,
                                 make_layout (c, t, value_size, TRUE, -1, PANGO_ALIGN_LEFT),
                                 st->foreground);
            double w, h;
            layout_size (label_at (c, i)->layout, &w, &h);
            place_label (c, i, right_end + gap * 0.5, y0 + (slot - h) / 2);
            keep_if_free (c, i);
          }
      }
    if (chart->ref_lines->len)
      place_references_inside (c, ref_first, TRUE);
  }
}

/* ---------------------------------------------------------------------
 * Radar
 */

static void
radar_point (PrsChartLayout *L, guint axis, guint n, double f, double *x, double *y)
{
  double a = -G_PI / 2 + 2 * G_PI * axis / n;

  *x = L->cx + cos (a) * L->radius * f;
  *y = L->cy + sin (a) * L->radius * f;
}

static void
layout_radar (Ctx *c, Box area)
{
  PrsChart *chart = c->chart;
  PrsChartLayout *L = c->L;
  guint n = chart->categories->len;
  double w = area.x1 - area.x0, h = area.y1 - area.y0;
  double gap = L->fs * 0.5;
  guint first = L->labels->len;
  double wrap = MAX (w * 0.2, L->fs * 6);

  L->px = area.x0, L->py = area.y0, L->pw = w, L->ph = h;
  if (chart->fixed_scale)
    {
      L->vmin = chart->scale_min;
      L->vmax = chart->scale_max;
      L->step = (L->vmax - L->vmin) / 5;
    }
  else
    {
      double min, max;
      value_range (c, &min, &max);
      prs_chart_nice_ticks (0, max, 6, &L->vmin, &L->vmax, &L->step);
    }
  L->n_rings = (int) round ((L->vmax - L->vmin) / L->step);
  L->cx = area.x0 + w / 2;
  L->cy = area.y0 + h / 2;

  for (guint k = 0; k < n; k++)
    category_label (c, k, text_size (c, 0.9, FALSE), wrap, PANGO_ALIGN_CENTER);

  /* the largest radius at which every axis label fits and none overlap */
  for (L->radius = MIN (w, h) / 2; L->radius > L->fs * 3; L->radius *= 0.96)
    {
      gboolean ok = TRUE;

      for (guint k = 0; k < n && ok; k++)
        {
          double a = -G_PI / 2 + 2 * G_PI * k / n, ca = cos (a), sa = sin (a);
          double lw, lh, x, y;
          PrsChartLabel *l = label_at (c, first + k);

          layout_size (l->layout, &lw, &lh);
          x = L->cx + ca * (L->radius + gap);
          y = L->cy + sa * (L->radius + gap);
          x = ca > 0.25 ? x : ca < -0.25 ? x - lw : x - lw / 2;
          y = sa > 0.25 ? y : sa < -0.25 ? y - lh : y - lh / 2;
          place_label (c, first + k, x, y);
          l = label_at (c, first + k);
          if (l->bx < area.x0 || l->by < area.y0 || l->bx + l->bw > area.x1 || l->by + l->bh > area.y1)
            ok = FALSE;
          for (guint j = first; ok && j < first + k; j++)
            {
              PrsChartLabel *o = label_at (c, j);
              if (boxes_overlap (l->bx, l->by, l->bw, l->bh, o->bx, o->by, o->bw, o->bh))
                ok = FALSE;
            }
        }
      if (ok)
        break;
    }
  if (L->radius <= L->fs * 3)
    {
      /* Even the smallest radar leaves no room for every axis name (a
       * thumbnail with screen-sized text): names that would collide are
       * left out, and read in the tooltip and the description instead. */
      L->overflow = TRUE;
      for (guint k = 0; k < n; k++)
        {
          PrsChartLabel *l = label_at (c, first + k);
          gboolean clash = l->bx < area.x0 - 0.5 || l->by < area.y0 - 0.5 || l->bx + l->bw > area.x1 + 0.5
                           || l->by + l->bh > area.y1 + 0.5;
          for (guint j = first; !clash && j < first + k; j++)
            {
              PrsChartLabel *o = label_at (c, j);
              if (o->bw > 0 && boxes_overlap (l->bx, l->by, l->bw, l->bh, o->bx, o->by, o->bw, o->bh))
                clash = TRUE;
            }
          if (clash)
            l->bw = l->bh = 0;
        }
    }

  /* ring values halfway between the first two axes, where no data point
   * sits (points lie on the axes), on a patch of background */
  for (int r = 1; r <= L->n_rings; r++)
    {
      double v = L->vmin + r * L->step, tw, th, a = -G_PI / 2 + G_PI / MAX (n, 1);
      double rr = L->radius * r / L->n_rings * (n > 2 ? cos (G_PI / n) : 1);
      g_autofree char *t = tick_text (c, v);
      guint i = add_label (c, PRS_LABEL_TICK, make_layout (c, t, text_size (c, 0.75, TRUE), FALSE, -1, PANGO_ALIGN_LEFT),
                           c->style->muted);
      label_at (c, i)->halo = TRUE;
      layout_size (label_at (c, i)->layout, &tw, &th);
      place_label (c, i, L->cx + cos (a) * rr - tw / 2, L->cy + sin (a) * rr - th / 2);
      for (guint j = first; j < i; j++)
        {
          PrsChartLabel *o = label_at (c, j), *l = label_at (c, i);
          if (boxes_overlap (l->bx, l->by, l->bw, l->bh, o->bx, o->by, o->bw, o->bh))
            {
              drop_labels_from (c, i);
              break;
            }
        }
    }

  for (guint s = 0; s < chart->series->len; s++)
    for (guint k = 0; k < n; k++)
      {
        double v = value_of (chart, s, k), x, y, rr = MAX (L->fs * 0.4, 5);
        if (isnan (v))
          continue;
        radar_point (L, k, n, CLAMP ((v - L->vmin) / (L->vmax - L->vmin), 0, 1), &x, &y);
        add_item (c, s, k, v, x - rr, y - rr, 2 * rr, 2 * rr, x, y);
      }

  for (guint r = 0; r < chart->ref_lines->len && FALSE; r++)
    {
      PrsChartRefLine *line = &g_array_index (chart->ref_lines, PrsChartRefLine, r);
      double f = (line->value - L->vmin) / (L->vmax - L->vmin), x, y, tw, th;
      guint i;
      if (!line->label || f < 0 || f > 1)
        continue;
      i = add_label (c, PRS_LABEL_REFERENCE,
                     make_layout (c, line->label, text_size (c, 0.8, FALSE), TRUE, -1, PANGO_ALIGN_LEFT),
                     c->style->reference);
      layout_size (label_at (c, i)->layout, &tw, &th);
      /* on the ring just left of the upward axis */
      radar_point (L, 0, MAX (n, 1), f, &x, &y);
      place_label (c, i, x - tw - 4, y - th);
      for (guint j = first; j < i; j++)
        {
          PrsChartLabel *o = label_at (c, j), *l = label_at (c, i);
          if (o->kind == PRS_LABEL_TICK
              && boxes_overlap (l->bx, l->by, l->bw, l->bh, o->bx, o->by, o->bw, o->bh))
            {
              /* the reference label wins over a ring number */
              g_object_unref (o->layout);
              o->layout = pango_layout_new (c->pctx);
              o->bw = o->bh = 0;
            }
        }
    }
}

/* ---------------------------------------------------------------------
 * Score card
 */


static void
layout_score_card (Ctx *c, Box area)
{
  PrsChart *chart = c->chart;
  PrsChartLayout *L = c->L;
  PrsChartStyle *st = c->style;
  double w = area.x1 - area.x0, gap = L->fs * 0.6;
  g_autofree char *number = prs_chart_format_value (chart, chart->score);
  int band = prs_chart_find_band (chart, chart->score);
  const char *badge = chart->badge ? chart->badge
                      : band >= 0 ? g_array_index (chart->bands, PrsChartBand, band).label : NULL;
  guint big, lab_badge = G_MAXUINT, lab_change = G_MAXUINT;
  double bw, bh, total, y, tw = 0, th = 0, cw = 0, ch = 0, gauge_h = 0;
  double big_size = MIN (L->fs * 5, (area.y1 - area.y0) * 0.3);

  L->px = area.x0, L->py = area.y0, L->pw = w, L->ph = area.y1 - area.y0;
  big = add_label (c, PRS_LABEL_CARD, make_layout (c, number, big_size, TRUE, -1, PANGO_ALIGN_CENTER),
                   st->foreground);
  layout_size (label_at (c, big)->layout, &bw, &bh);
  total = bh;

  if (badge)
    {
      lab_badge = add_label (c, PRS_LABEL_CARD,
                             make_layout (c, badge, text_size (c, 1.35, FALSE), TRUE, w * 0.8, PANGO_ALIGN_CENTER),
                             (PrsChartRGBA) { 1, 1, 1, 1 });
      layout_size (label_at (c, lab_badge)->layout, &tw, &th);
      total += gap + th + gap;
      L->card.tone = band >= 0 ? g_array_index (chart->bands, PrsChartBand, band).tone : PRS_CHART_TONE_NEUTRAL;
    }
  L->card.direction = 2; /* none */
  if (!isnan (chart->previous) && !isnan (chart->score))
    {
      double d = chart->score - chart->previous;
      g_autofree char *dt = prs_chart_format_value (chart, fabs (d));
      g_autofree char *pt = prs_chart_format_value (chart, chart->previous);
      g_autofree char *text = NULL;
      /* Translators: change of a score, e.g. "+2.35 from last year (84.10)" */
      text = g_strdup_printf (_("%s%s from last year (%s)"), d > 0 ? "+" : d < 0 ? "−" : "", dt, pt);
      lab_change = add_label (c, PRS_LABEL_CARD,
                              make_layout (c, text, text_size (c, 1.15, FALSE), FALSE, w * 0.8, PANGO_ALIGN_LEFT),
                              st->foreground);
      layout_size (label_at (c, lab_change)->layout, &cw, &ch);
      total += gap + ch;
      {
        g_autofree char *rounded = prs_chart_format_value (chart, d);
        gboolean zero = strspn (rounded, "0.,๐-−") == strlen (rounded);
        L->card.direction = zero ? 0 : d > 0 ? 1 : -1;
      }
    }
  if (chart->bands->len)
    {
      gauge_h = L->fs * 1.1;
      total += gap * 2 + gauge_h + L->fs * 1.6;
    }

  /* the room left over; below zero asks for smaller text */
  L->ph = (area.y1 - area.y0) - total;
  y = area.y0 + MAX (0, (area.y1 - area.y0 - total) / 2);
  place_label (c, big, area.x0 + (w - bw) / 2, y);
  y += bh;
  if (lab_badge != G_MAXUINT)
    {
      double pad = L->fs * 0.8;
      y += gap;
      L->card.bw = tw + 2 * pad;
      L->card.bh = th + gap;
      L->card.bx = area.x0 + (w - L->card.bw) / 2;
      L->card.by = y;
      place_label (c, lab_badge, L->card.bx + pad, y + gap / 2);
      y += L->card.bh;
    }
  if (lab_change != G_MAXUINT)
    {
      double as = ch * 0.6, x;
      y += gap;
      x = area.x0 + (w - (cw + as + gap)) / 2;
      L->card.as = as;
      L->card.ax = x;
      L->card.ay = y + (ch - as) / 2;
      place_label (c, lab_change, x + as + gap, y);
      y += ch;
    }
  if (chart->bands->len)
    {
      double lo = INFINITY, hi = -INFINITY, last_right = -INFINITY;
      double fixed_lo, fixed_hi;
      GArray *marks = g_array_new (FALSE, FALSE, sizeof (double));

      y += gap * 2;
      L->card.gw = MIN (w * 0.75, L->fs * 40);
      L->card.gx = area.x0 + (w - L->card.gw) / 2;
      L->card.gy = y;
      L->card.gh = gauge_h;
      for (guint b = 0; b < chart->bands->len; b++)
        {
          PrsChartBand *band_p = &g_array_index (chart->bands, PrsChartBand, b);
          if (isfinite (band_p->from))
            lo = MIN (lo, band_p->from);
          if (isfinite (band_p->to))
            hi = MAX (hi, band_p->to);
        }
      fixed_lo = chart->fixed_scale ? chart->scale_min : MIN (lo, 0);
      fixed_hi = chart->fixed_scale ? chart->scale_max : MAX (hi, 100);
      L->vmin = fixed_lo;
      L->vmax = fixed_hi;
      /* tick numbers at the band edges; the reference lines first */
      for (guint r = 0; r < chart->ref_lines->len; r++)
        g_array_append_val (marks, g_array_index (chart->ref_lines, PrsChartRefLine, r).value);
      g_array_append_val (marks, fixed_lo);
      for (guint b = 0; b < chart->bands->len; b++)
        {
          PrsChartBand *band_p = &g_array_index (chart->bands, PrsChartBand, b);
          if (isfinite (band_p->from))
            g_array_append_val (marks, band_p->from);
        }
      g_array_append_val (marks, fixed_hi);
      (void) last_right;
      {
        guint placed_first = L->labels->len;
        for (guint m = 0; m < marks->len; m++)
          {
            double v = g_array_index (marks, double, m), x, mw, mh;
            g_autofree char *t = NULL;
            gboolean clash = FALSE;
            guint i;

            if (v < fixed_lo || v > fixed_hi)
              continue;
            t = tick_text (c, v);
            i = add_label (c, PRS_LABEL_TICK, make_layout (c, t, text_size (c, 0.9, TRUE), FALSE, -1, PANGO_ALIGN_LEFT),
                           st->muted);
            layout_size (label_at (c, i)->layout, &mw, &mh);
            x = L->card.gx + L->card.gw * (v - fixed_lo) / (fixed_hi - fixed_lo);
            place_label (c, i, x - mw / 2, y + gauge_h + L->fs * 0.3);
            for (guint j = placed_first; j < i && !clash; j++)
              {
                PrsChartLabel *o = label_at (c, j), *l = label_at (c, i);
                if (boxes_overlap (l->bx - 4, l->by, l->bw + 8, l->bh, o->bx, o->by, o->bw, o->bh))
                  clash = TRUE;
              }
            if (clash)
              drop_labels_from (c, i);
          }
      }
      g_array_unref (marks);
    }
  add_item (c, 0, -1, chart->score, area.x0 + (w - bw) / 2, label_at (c, big)->by, bw, bh,
            area.x0 + w / 2, label_at (c, big)->by + bh / 2);
}

/* ---------------------------------------------------------------------
 * Layout entry point
 */

void
prs_chart_layout_free (PrsChartLayout *L)
{
  for (guint i = 0; i < L->labels->len; i++)
    g_object_unref (g_array_index (L->labels, PrsChartLabel, i).layout);
  g_array_unref (L->labels);
  g_array_unref (L->items);
  g_array_unref (L->keys);
  g_array_unref (L->order);
  prs_chart_style_unref (L->style);
  g_free (L);
}

static void
layout_reset (PrsChartLayout *L)
{
  for (guint i = 0; i < L->labels->len; i++)
    g_object_unref (g_array_index (L->labels, PrsChartLabel, i).layout);
  g_array_set_size (L->labels, 0);
  g_array_set_size (L->items, 0);
  g_array_set_size (L->keys, 0);
  g_array_set_size (L->order, 0);
  memset (&L->card, 0, sizeof L->card);
  L->overflow = FALSE;
}

/* Too little room left for the data at this text size? */
static gboolean
cramped (PrsChart *chart, PrsChartLayout *L, gboolean may_shrink_for_plot)
{
  guint n = MAX (chart->categories->len, 1);

  switch (chart->type)
    {
    case PRS_CHART_RADAR:
      return L->radius < L->fs * 5 || L->overflow;
    case PRS_CHART_SCORE_CARD:
      return L->ph < 0;
    default:
      if (chart->horizontal && chart->type != PRS_CHART_LINE)
        return L->ph < L->fs * 4 || L->ph / n < L->fs * 1.4 || (L->overflow && L->style->min_font_size > 0);
      /* the plot should have about half the chart's height */
      return L->ph < L->fs * 6 || (may_shrink_for_plot && L->ph < L->height * 0.42);
    }
}

/* The tries at smaller text until the data has room (see below) */
static void
lay_out (Ctx *c, double width, double height)
{
  PrsChart *chart = c->chart;
  PrsChartStyle *style = c->style;
  PrsChartLayout *L = c->L;
  double fs;

  /* Text grows with the chart, within limits, so a 1600×900 slide is not
   * set in thumbnail-sized type and a small widget still fits; when the
   * data is left too little room, everything is set smaller and laid out
   * again. */
  fs = style->font_size * CLAMP (MIN (width / 800.0, height / 500.0), 0.8, 1.6);
  c->give_way = 0;
  c->refs_above = FALSE;
  for (int attempt = 0; attempt < 9; attempt++)
    {
      Box area;
      double pad;

      layout_reset (L);
      /* (what the end of the loop does when this try is cramped) */
      c->may_shrink_for_plot = attempt < 2;
      c->retry_if_cramped = attempt + 1 < 9
                            && ((fs * 0.87 >= 7 && (style->min_font_size <= 0
                                                    || fs * 0.87 * 0.85 >= style->min_font_size * 0.88))
                                || (style->min_font_size > 0 && c->give_way < 3));
      L->fs = fs;
      L->lw = style->line_scale * sqrt (MAX (1.0, L->fs / 13.0));
      pad = L->fs * 0.9;
      area.x0 = pad;
      area.y0 = pad;
      area.x1 = width - pad;
      area.y1 = height - pad;
      build_order (c);
      header (c, &area);
      legend (c, &area);

      switch (chart->type)
        {
        case PRS_CHART_RADAR:
          layout_radar (c, area);
          break;
        case PRS_CHART_SCORE_CARD:
          layout_score_card (c, area);
          break;
        default:
          c->refs_need_room = FALSE;
          layout_axis_chart (c, area);
          /* the same try again, with a row above the plot for the labels */
          if (c->refs_need_room && !c->refs_above)
            {
              c->refs_above = TRUE;
              attempt--;
              continue;
            }
          break;
        }
      /* the wish for a plot of half the height may cost the text two
       * steps (about a quarter) of its size, no more */
      if (!cramped (chart, L, c->may_shrink_for_plot))
        break;
      if (fs * 0.87 >= 7 && (style->min_font_size <= 0 || fs * 0.87 * 0.85 >= style->min_font_size * 0.88))
        fs *= 0.87;
      else if (style->min_font_size > 0 && c->give_way < 3)
        c->give_way++;
      else
        break;
    }
}

/* How far a label's text at its own size may measure from its estimate,
 * px: Pango's rounding to 1/1024 px, scaled, over a line of glyphs */
#define ESTIMATE_SLACK 0.02

/* Sets the labels laid out on estimates at their own sizes. FALSE when a
 * text does not measure as its estimate did (then the layout is not what
 * the texts at their sizes would give, and is done again on them). */
static gboolean
set_labels (Ctx *c)
{
  gboolean same = TRUE;

  for (guint i = 0; i < c->L->labels->len; i++)
    {
      PrsChartLabel *l = label_at (c, i);
      PangoLayout *real;
      double ex, ey, ew, eh, x, y, w, h;

      if (!prs_chart_text_is_estimate (l->layout) || (l->bw == 0 && l->bh == 0))
        continue;
      real = prs_chart_text_cache_get_real (c->texts, l->layout);
      prs_chart_text_get_extents (l->layout, &ex, &ey, &ew, &eh);
      prs_chart_text_get_extents (real, &x, &y, &w, &h);
      if (fabs (x - ex) > ESTIMATE_SLACK || fabs (y - ey) > ESTIMATE_SLACK || fabs (w - ew) > ESTIMATE_SLACK
          || fabs (h - eh) > ESTIMATE_SLACK
          || pango_layout_get_line_count (real) != pango_layout_get_line_count (l->layout)
          || pango_layout_is_ellipsized (real) != pango_layout_is_ellipsized (l->layout))
        same = FALSE;
      g_object_unref (l->layout);
      l->layout = real;
    }
  return same;
}

static gboolean use_estimates = TRUE;

void
prs_chart_layout_set_estimates (gboolean estimates)
{
  use_estimates = estimates;
}

PrsChartLayout *
prs_chart_get_layout (PrsChart *chart, PrsChartStyle *style, double width, double height)
{
  PrsChartLayout *L = chart->layout;
  Ctx c;

  if (L && L->width == width && L->height == height && L->style == style
      && L->style_generation == style->generation && L->chart_generation == chart->generation)
    return L;
  g_clear_pointer (&chart->layout, prs_chart_layout_free);

  L = g_new0 (PrsChartLayout, 1);
  L->width = width;
  L->height = height;
  L->style = prs_chart_style_ref (style);
  L->style_generation = style->generation;
  L->chart_generation = chart->generation;
  L->labels = g_array_new (FALSE, TRUE, sizeof (PrsChartLabel));
  L->items = g_array_new (FALSE, TRUE, sizeof (PrsChartItem));
  L->keys = g_array_new (FALSE, TRUE, sizeof (PrsChartLegendKey));
  L->order = g_array_new (FALSE, FALSE, sizeof (guint));
  chart->layout = L;

  c.chart = chart;
  c.style = style;
  c.L = L;
  c.pctx = get_context ();
  if (!chart->texts)
    chart->texts = prs_chart_text_cache_new ();
  c.texts = chart->texts;
  prs_chart_text_cache_begin (c.texts, c.pctx, style->font_family);

  /* worked out on estimates, so sizes tried and given up load no fonts
   * (prs-chart-text.c); then the labels kept are set at their sizes */
  prs_chart_text_cache_set_estimate (c.texts, use_estimates);
  lay_out (&c, width, height);
  prs_chart_text_cache_set_estimate (c.texts, FALSE);
  if (use_estimates && !set_labels (&c))
    lay_out (&c, width, height);
  prs_chart_text_cache_end (c.texts);
  return L;
}
