/* prs-chart-draw.c: drawing a laid-out chart, hit testing, files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

#include <math.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "prs-chart-private.h"

static void
set_rgba (cairo_t *cr, const PrsChartRGBA *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

static void
series_colour (PrsChart *chart, PrsChartStyle *style, int series, int cat, PrsChartRGBA *out)
{
  PrsChartSeries *s = g_ptr_array_index (chart->series, series);

  if (chart->type == PRS_CHART_BAR && cat >= 0 && cat == chart->highlight)
    *out = style->highlight;
  else
    prs_chart_style_get_series_color (style, s->color, out);
}

/* Hatching for series 1, 2, …: diagonal, crossed, dotted, horizontal,
 * back diagonal. Drawn over the fill in the background colour. */
static void
hatch (cairo_t *cr, PrsChartStyle *style, PrsChartLayout *L, int pattern, double x, double y,
       double w, double h)
{
  int s = (int) MAX (6.0, round (L->fs * 0.5));
  int kind = (pattern - 1) % 5;
  cairo_surface_t *tile;
  cairo_pattern_t *fill;
  cairo_t *t;

  if (!style->patterns || pattern <= 0 || w <= 0 || h <= 0)
    return;
  /* one repeating tile rather than many clipped strokes: far cheaper for
   * tall bars, and identical in PDF and SVG */
  tile = cairo_surface_create_similar (cairo_get_target (cr), CAIRO_CONTENT_COLOR_ALPHA, s, s);
  t = cairo_create (tile);
  cairo_set_source_rgba (t, style->background.r, style->background.g, style->background.b, 0.75);
  cairo_set_line_width (t, MAX (1.2, L->lw * 1.1));
  switch (kind)
    {
    case 0: /* / */
    case 1: /* × */
      cairo_move_to (t, -1, s + 1);
      cairo_line_to (t, s + 1, -1);
      cairo_move_to (t, -1, 1);
      cairo_line_to (t, 1, -1);
      cairo_move_to (t, s - 1, s + 1);
      cairo_line_to (t, s + 1, s - 1);
      if (kind == 1)
        {
          cairo_move_to (t, -1, -1);
          cairo_line_to (t, s + 1, s + 1);
        }
      cairo_stroke (t);
      break;
    case 2: /* dots */
      cairo_arc (t, s / 2.0, s / 2.0, s * 0.18 + L->lw * 0.3, 0, 2 * G_PI);
      cairo_fill (t);
      break;
    case 3: /* — */
      cairo_move_to (t, 0, s / 2.0);
      cairo_line_to (t, s, s / 2.0);
      cairo_stroke (t);
      break;
    default: /* \ */
      cairo_move_to (t, -1, -1);
      cairo_line_to (t, s + 1, s + 1);
      cairo_move_to (t, s - 1, -1);
      cairo_line_to (t, s + 1, 1);
      cairo_move_to (t, -1, s - 1);
      cairo_line_to (t, 1, s + 1);
      cairo_stroke (t);
      break;
    }
  cairo_destroy (t);
  fill = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (fill, CAIRO_EXTEND_REPEAT);
  cairo_save (cr);
  cairo_set_source (cr, fill);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (fill);
  cairo_surface_destroy (tile);
}

static void
marker_path (cairo_t *cr, int shape, double x, double y, double r)
{
  switch (shape % 5)
    {
    case 0:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y + r * 0.75);
      cairo_line_to (cr, x - r * 1.05, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r * 1.05, y - r * 0.75);
      cairo_line_to (cr, x - r * 1.05, y - r * 0.75);
      cairo_close_path (cr);
      break;
    }
}

static void
line_dash (cairo_t *cr, PrsChartStyle *style, PrsChartLayout *L, int series)
{
  double u = L->lw * 1.3;
  double dashes[][4] = { { 0 }, { 6 * u, 3 * u }, { 1.5 * u, 2.5 * u }, { 6 * u, 2.5 * u, 1.5 * u, 2.5 * u } };
  int counts[] = { 0, 2, 2, 4 };
  int k = style->patterns ? series % 4 : 0;

  cairo_set_dash (cr, dashes[k], counts[k], 0);
}

static void
draw_marker (cairo_t *cr, PrsChartStyle *style, PrsChartLayout *L, int series, double x, double y,
             double r, const PrsChartRGBA *colour)
{
  marker_path (cr, series, x, y, r);
  set_rgba (cr, colour);
  cairo_fill_preserve (cr);
  set_rgba (cr, &style->background);
  cairo_set_line_width (cr, MAX (1, L->lw * 0.8));
  cairo_stroke (cr);
}

static void
draw_labels (cairo_t *cr, PrsChartStyle *style, PrsChartLayout *L)
{
  for (guint i = 0; i < L->labels->len; i++)
    {
      PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);

      if (l->bw == 0 && l->bh == 0)
        continue; /* given up for lack of room */
      if (l->halo)
        {
          /* a patch of background keeps numbers readable where they cross
           * grid or reference lines (much cheaper than outlining glyphs);
           * the inner part of the box, as Thai line boxes are tall */
          gboolean up = l->angle != 0;
          cairo_set_source_rgba (cr, style->background.r, style->background.g, style->background.b, 1.0);
          if (up)
            cairo_rectangle (cr, l->bx + l->bw * 0.15, l->by - 1, l->bw * 0.7, l->bh + 2);
          else
            cairo_rectangle (cr, l->bx - 1, l->by + l->bh * 0.15, l->bw + 2, l->bh * 0.7);
          cairo_fill (cr);
        }
      cairo_save (cr);
      cairo_translate (cr, l->tx, l->ty);
      if (l->angle != 0)
        cairo_rotate (cr, l->angle);
      cairo_move_to (cr, 0, 0);
      set_rgba (cr, &l->color);
      pango_cairo_show_layout (cr, l->layout);
      cairo_restore (cr);
    }
}

static void
draw_legend (cairo_t *cr, PrsChart *chart, PrsChartStyle *style, PrsChartLayout *L)
{
  for (guint k = 0; k < L->keys->len; k++)
    {
      PrsChartLegendKey *key = &g_array_index (L->keys, PrsChartLegendKey, k);
      PrsChartRGBA colour;

      if (key->series >= 0)
        {
          series_colour (chart, style, key->series, -1, &colour);
          if (chart->type == PRS_CHART_LINE || chart->type == PRS_CHART_RADAR)
            {
              cairo_save (cr);
              set_rgba (cr, &colour);
              cairo_set_line_width (cr, L->lw * 1.9);
              line_dash (cr, style, L, key->series);
              cairo_move_to (cr, key->x, key->y + key->h / 2);
              cairo_line_to (cr, key->x + key->w, key->y + key->h / 2);
              cairo_stroke (cr);
              cairo_restore (cr);
              draw_marker (cr, style, L, key->series, key->x + key->w / 2, key->y + key->h / 2,
                           key->h * 0.42, &colour);
            }
          else
            {
              cairo_rectangle (cr, key->x, key->y, key->w, key->h);
              set_rgba (cr, &colour);
              cairo_fill (cr);
              hatch (cr, style, L, key->series, key->x, key->y, key->w, key->h);
            }
        }
      else if (key->series == -2)
        {
          double dash[] = { L->lw * 6, L->lw * 4 };
          cairo_save (cr);
          set_rgba (cr, &style->reference);
          cairo_set_line_width (cr, L->lw * 2);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, key->x, key->y + key->h / 2);
          cairo_line_to (cr, key->x + key->w, key->y + key->h / 2);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          PrsChartBand *b = &g_array_index (chart->bands, PrsChartBand, key->band);
          cairo_rectangle (cr, key->x, key->y, key->w, key->h);
          set_rgba (cr, &style->background);
          cairo_fill_preserve (cr);
          set_rgba (cr, &style->tones[b->tone]);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 1);
          set_rgba (cr, &style->grid);
          cairo_stroke (cr);
        }
    }
}

static double
clamp_scale (PrsChartLayout *L, double v)
{
  return CLAMP (v, L->vmin, L->vmax);
}

static double
pos (PrsChartLayout *L, double v, gboolean horizontal)
{
  double f = (clamp_scale (L, v) - L->vmin) / (L->vmax - L->vmin);
  return horizontal ? L->px + f * L->pw : L->py + L->ph * (1 - f);
}

static void
draw_axis_chart (cairo_t *cr, PrsChart *chart, PrsChartStyle *style, PrsChartLayout *L)
{
  gboolean horizontal = chart->horizontal && chart->type != PRS_CHART_LINE;
  guint n = L->order->len;

  /* bands behind everything */
  for (guint b = 0; b < chart->bands->len; b++)
    {
      PrsChartBand *band = &g_array_index (chart->bands, PrsChartBand, b);
      double a = pos (L, band->from, horizontal), z = pos (L, band->to, horizontal);

      set_rgba (cr, &style->tones[band->tone]);
      if (horizontal)
        cairo_rectangle (cr, MIN (a, z), L->py, fabs (z - a), L->ph);
      else
        cairo_rectangle (cr, L->px, MIN (a, z), L->pw, fabs (z - a));
      cairo_fill (cr);
    }

  /* the own agency's strip */
  for (guint k = 0; k < n && chart->highlight >= 0 && chart->type != PRS_CHART_BAR; k++)
    if ((int) g_array_index (L->order, guint, k) == chart->highlight)
      {
        set_rgba (cr, &style->highlight_strip);
        if (horizontal)
          cairo_rectangle (cr, L->px, L->py + L->bar_band * k, L->pw, L->bar_band);
        else
          cairo_rectangle (cr, L->px + L->bar_band * k, L->py, L->bar_band, L->ph);
        cairo_fill (cr);
      }

  /* grid */
  cairo_set_line_width (cr, MAX (1, L->lw * 0.8));
  set_rgba (cr, &style->grid);
  for (double v = L->vmin; v <= L->vmax + L->step * 1e-6; v += L->step)
    {
      double p = round (pos (L, v, horizontal)) + 0.5;
      if (horizontal)
        {
          cairo_move_to (cr, p, L->py);
          cairo_line_to (cr, p, L->py + L->ph);
        }
      else
        {
          cairo_move_to (cr, L->px, p);
          cairo_line_to (cr, L->px + L->pw, p);
        }
    }
  cairo_stroke (cr);

  /* data */
  if (chart->type == PRS_CHART_LINE)
    {
      for (guint s = 0; s < chart->series->len; s++)
        {
          PrsChartRGBA colour;
          gboolean pen = FALSE;
          int last_cat = -2;

          series_colour (chart, style, s, -1, &colour);
          cairo_save (cr);
          set_rgba (cr, &colour);
          cairo_set_line_width (cr, L->lw * 1.9);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          line_dash (cr, style, L, s);
          for (guint k = 0; k < n; k++)
            {
              double v = prs_chart_get_value (chart, s, g_array_index (L->order, guint, k));
              double x = L->px + L->bar_band * (k + 0.5);
              if (isnan (v))
                {
                  pen = FALSE; /* a gap for missing years */
                  continue;
                }
              if (pen && last_cat == (int) k - 1)
                cairo_line_to (cr, x, pos (L, v, FALSE));
              else
                cairo_move_to (cr, x, pos (L, v, FALSE));
              pen = TRUE;
              last_cat = k;
            }
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }

  for (guint i = 0; i < L->items->len; i++)
    {
      PrsChartItem *it = &g_array_index (L->items, PrsChartItem, i);
      PrsChartRGBA colour;

      series_colour (chart, style, it->series, it->category, &colour);
      if (chart->type == PRS_CHART_LINE)
        {
          draw_marker (cr, style, L, it->series, it->px, it->py, it->w / 2 * 0.85, &colour);
          continue;
        }
      set_rgba (cr, &colour);
      cairo_rectangle (cr, it->x, it->y, it->w, it->h);
      cairo_fill (cr);
      hatch (cr, style, L, it->series, it->x, it->y, it->w, it->h);
      if (chart->type == PRS_CHART_STACKED_BAR)
        {
          /* a thin gap between segments so they read as separate */
          set_rgba (cr, &style->background);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, it->x + 0.5, it->y + 0.5, it->w - 1, it->h - 1);
          cairo_stroke (cr);
        }
    }

  /* baseline */
  {
    double b = round (pos (L, CLAMP (0, L->vmin, L->vmax), horizontal)) + 0.5;
    set_rgba (cr, &style->axis);
    cairo_set_line_width (cr, MAX (1, L->lw));
    if (horizontal)
      {
        cairo_move_to (cr, b, L->py);
        cairo_line_to (cr, b, L->py + L->ph);
      }
    else
      {
        cairo_move_to (cr, L->px, b);
        cairo_line_to (cr, L->px + L->pw, b);
      }
    cairo_stroke (cr);
  }

  /* reference lines over the data */
  for (guint r = 0; r < chart->ref_lines->len; r++)
    {
      PrsChartRefLine *line = &g_array_index (chart->ref_lines, PrsChartRefLine, r);
      double p = pos (L, line->value, horizontal);
      double dash[] = { L->lw * 7, L->lw * 4 };

      if (line->value < L->vmin || line->value > L->vmax)
        continue;
      cairo_save (cr);
      set_rgba (cr, &style->reference);
      cairo_set_line_width (cr, L->lw * 2);
      cairo_set_dash (cr, dash, 2, 0);
      if (horizontal)
        {
          cairo_move_to (cr, p, L->py);
          cairo_line_to (cr, p, L->py + L->ph);
        }
      else
        {
          cairo_move_to (cr, L->px, p);
          cairo_line_to (cr, L->px + L->pw + L->fs * 0.3, p);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
polygon (cairo_t *cr, PrsChartLayout *L, guint n, double f)
{
  for (guint k = 0; k < n; k++)
    {
      double a = -G_PI / 2 + 2 * G_PI * k / n;
      double x = L->cx + cos (a) * L->radius * f, y = L->cy + sin (a) * L->radius * f;
      if (k == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static void
draw_radar (cairo_t *cr, PrsChart *chart, PrsChartStyle *style, PrsChartLayout *L)
{
  guint n = chart->categories->len;
  double span = L->vmax - L->vmin;

  if (n < 3)
    return;
  for (int b = (int) chart->bands->len - 1; b >= 0; b--)
    {
      PrsChartBand *band = &g_array_index (chart->bands, PrsChartBand, b);
      double f0 = CLAMP ((band->from - L->vmin) / span, 0, 1);
      double f1 = CLAMP ((band->to - L->vmin) / span, 0, 1);
      polygon (cr, L, n, f1);
      if (f0 > 0)
        {
          /* the annulus: outer ring clockwise, inner the other way */
          for (int k = (int) n - 1; k >= 0; k--)
            {
              double a = -G_PI / 2 + 2 * G_PI * k / n;
              double x = L->cx + cos (a) * L->radius * f0, y = L->cy + sin (a) * L->radius * f0;
              if (k == (int) n - 1)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
        }
      set_rgba (cr, &style->tones[band->tone]);
      cairo_fill (cr);
    }

  set_rgba (cr, &style->grid);
  cairo_set_line_width (cr, MAX (1, L->lw * 0.8));
  for (int r = 1; r <= L->n_rings; r++)
    polygon (cr, L, n, (double) r / L->n_rings);
  cairo_stroke (cr);
  for (guint k = 0; k < n; k++)
    {
      double a = -G_PI / 2 + 2 * G_PI * k / n;
      cairo_move_to (cr, L->cx, L->cy);
      cairo_line_to (cr, L->cx + cos (a) * L->radius, L->cy + sin (a) * L->radius);
    }
  set_rgba (cr, &style->axis);
  cairo_stroke (cr);

  for (guint r = 0; r < chart->ref_lines->len; r++)
    {
      double f = (g_array_index (chart->ref_lines, PrsChartRefLine, r).value - L->vmin) / span;
      double dash[] = { L->lw * 6, L->lw * 4 };
      if (f < 0 || f > 1)
        continue;
      cairo_save (cr);
      set_rgba (cr, &style->reference);
      cairo_set_line_width (cr, L->lw * 2);
      cairo_set_dash (cr, dash, 2, 0);
      polygon (cr, L, n, f);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* A missing value is a gap: the outline breaks there (no segment to or from the
   * missing axis, no fill), never a point at the centre as if it were zero. */
  for (guint s = 0; s < chart->series->len; s++)
    {
      PrsChartRGBA colour;
      g_autofree PrsChartItem **at = g_new0 (PrsChartItem *, n);
      guint known = 0;

      series_colour (chart, style, s, -1, &colour);
      for (guint i = 0; i < L->items->len; i++)
        {
          PrsChartItem *it = &g_array_index (L->items, PrsChartItem, i);
          if (it->series == (int) s && it->category >= 0 && (guint) it->category < n)
            {
              known += at[it->category] == NULL;
              at[it->category] = it;
            }
        }
      if (known == 0)
        continue;
      cairo_save (cr);
      set_rgba (cr, &colour);
      cairo_set_line_width (cr, L->lw * 1.9);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      line_dash (cr, style, L, s);
      if (known == n)
        {
          for (guint k = 0; k < n; k++)
            if (k == 0)
              cairo_move_to (cr, at[k]->px, at[k]->py);
            else
              cairo_line_to (cr, at[k]->px, at[k]->py);
          cairo_close_path (cr);
          cairo_save (cr);
          cairo_set_source_rgba (cr, colour.r, colour.g, colour.b, 0.10);
          cairo_fill_preserve (cr);
          cairo_restore (cr);
        }
      else
        for (guint k = 0; k < n; k++)
          {
            PrsChartItem *a = at[k], *b = at[(k + 1) % n];
            if (a == NULL || b == NULL)
              continue;
            cairo_move_to (cr, a->px, a->py);
            cairo_line_to (cr, b->px, b->py);
          }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  for (guint i = 0; i < L->items->len; i++)
    {
      PrsChartItem *it = &g_array_index (L->items, PrsChartItem, i);
      PrsChartRGBA colour;
      series_colour (chart, style, it->series, -1, &colour);
      draw_marker (cr, style, L, it->series, it->px, it->py, it->w / 2 * 0.85, &colour);
    }
}

static void
rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_score_card (cairo_t *cr, PrsChart *chart, PrsChartStyle *style, PrsChartLayout *L)
{
  PrsChartCard *card = &L->card;

  if (card->bw > 0)
    {
      rounded_rect (cr, card->bx, card->by, card->bw, card->bh, card->bh / 2);
      set_rgba (cr, &style->tone_solid[card->tone]);
      cairo_fill (cr);
    }
  if (card->direction != 2 && card->as > 0)
    {
      double x = card->ax, y = card->ay, s = card->as;
      PrsChartRGBA c = card->direction > 0 ? style->tone_solid[PRS_CHART_TONE_GOOD]
                       : card->direction < 0 ? style->tone_solid[PRS_CHART_TONE_BAD]
                                             : style->muted;
      if (card->direction > 0)
        {
          cairo_move_to (cr, x + s / 2, y);
          cairo_line_to (cr, x + s, y + s);
          cairo_line_to (cr, x, y + s);
        }
      else if (card->direction < 0)
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + s, y);
          cairo_line_to (cr, x + s / 2, y + s);
        }
      else
        cairo_rectangle (cr, x, y + s * 0.35, s, s * 0.3);
      cairo_close_path (cr);
      set_rgba (cr, &c);
      cairo_fill (cr);
    }
  if (card->gw > 0)
    {
      double span = L->vmax - L->vmin;
      for (guint b = 0; b < chart->bands->len; b++)
        {
          PrsChartBand *band = &g_array_index (chart->bands, PrsChartBand, b);
          double f0 = CLAMP ((band->from - L->vmin) / span, 0, 1);
          double f1 = CLAMP ((band->to - L->vmin) / span, 0, 1);
          PrsChartRGBA t = style->tone_solid[band->tone];
          cairo_rectangle (cr, card->gx + card->gw * f0, card->gy, card->gw * (f1 - f0), card->gh);
          cairo_set_source_rgba (cr, t.r, t.g, t.b, 0.55);
          cairo_fill (cr);
        }
      set_rgba (cr, &style->axis);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, card->gx + 0.5, card->gy + 0.5, card->gw - 1, card->gh - 1);
      cairo_stroke (cr);
      for (guint r = 0; r < chart->ref_lines->len; r++)
        {
          double f = (g_array_index (chart->ref_lines, PrsChartRefLine, r).value - L->vmin) / span;
          if (f < 0 || f > 1)
            continue;
          set_rgba (cr, &style->reference);
          cairo_set_line_width (cr, L->lw * 2);
          cairo_move_to (cr, card->gx + card->gw * f, card->gy - L->fs * 0.3);
          cairo_line_to (cr, card->gx + card->gw * f, card->gy + card->gh + L->fs * 0.3);
          cairo_stroke (cr);
        }
      if (!isnan (chart->score))
        {
          double f = CLAMP ((chart->score - L->vmin) / span, 0, 1);
          double x = card->gx + card->gw * f, s = card->gh * 0.9;
          /* a pointer above the gauge */
          cairo_move_to (cr, x, card->gy + card->gh * 0.5);
          cairo_line_to (cr, x + s * 0.6, card->gy - s * 0.7);
          cairo_line_to (cr, x - s * 0.6, card->gy - s * 0.7);
          cairo_close_path (cr);
          set_rgba (cr, &style->foreground);
          cairo_fill_preserve (cr);
          set_rgba (cr, &style->background);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
    }
}

void
prs_chart_draw (cairo_t *cr, double width, double height, PrsChart *chart, PrsChartStyle *style)
{
  PrsChartLayout *L;

  g_return_if_fail (cr != NULL && chart != NULL && style != NULL);
  if (width < 1 || height < 1)
    return;

  L = prs_chart_get_layout (chart, style, width, height);
  cairo_save (cr);
  set_rgba (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  switch (chart->type)
    {
    case PRS_CHART_RADAR:
      draw_radar (cr, chart, style, L);
      break;
    case PRS_CHART_SCORE_CARD:
      draw_score_card (cr, chart, style, L);
      break;
    default:
      draw_axis_chart (cr, chart, style, L);
      break;
    }
  draw_legend (cr, chart, style, L);
  draw_labels (cr, style, L);
  cairo_restore (cr);
}

/* ---------------------------------------------------------------------
 * Hit testing
 */

static void
fill_hit (PrsChart *chart, const PrsChartItem *it, guint index, PrsChartHit *out)
{
  out->series = it->series;
  out->category = it->category;
  out->value = it->value;
  out->series_name = it->series >= 0 && (guint) it->series < chart->series->len
                       ? prs_chart_get_series_name (chart, it->series) : NULL;
  out->category_label = it->category >= 0 ? prs_chart_get_category (chart, it->category) : NULL;
  out->x = it->x;
  out->y = it->y;
  out->width = it->w;
  out->height = it->h;
  out->item = index;
}

gboolean
prs_chart_hit_test (PrsChart *chart, PrsChartStyle *style, double width, double height, double x,
                    double y, PrsChartHit *out)
{
  PrsChartLayout *L = prs_chart_get_layout (chart, style, width, height);
  double slop = 3;

  /* last drawn is on top */
  for (int i = (int) L->items->len - 1; i >= 0; i--)
    {
      PrsChartItem *it = &g_array_index (L->items, PrsChartItem, i);
      if (x >= it->x - slop && x <= it->x + it->w + slop && y >= it->y - slop && y <= it->y + it->h + slop)
        {
          if (out)
            fill_hit (chart, it, i, out);
          return TRUE;
        }
    }
  for (guint i = 0; i < L->labels->len; i++)
    {
      PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);
      if (l->kind == PRS_LABEL_CATEGORY && x >= l->bx && x <= l->bx + l->bw && y >= l->by
          && y <= l->by + l->bh)
        {
          if (out)
            {
              PrsChartItem it = { -1, l->category, PRS_CHART_MISSING, l->bx, l->by, l->bw, l->bh, 0, 0 };
              fill_hit (chart, &it, G_MAXUINT, out);
            }
          return TRUE;
        }
    }
  return FALSE;
}

guint
prs_chart_get_n_items (PrsChart *chart, PrsChartStyle *style, double width, double height)
{
  return prs_chart_get_layout (chart, style, width, height)->items->len;
}

gboolean
prs_chart_get_item (PrsChart *chart, PrsChartStyle *style, double width, double height, guint item,
                    PrsChartHit *out)
{
  PrsChartLayout *L = prs_chart_get_layout (chart, style, width, height);

  if (item >= L->items->len)
    return FALSE;
  fill_hit (chart, &g_array_index (L->items, PrsChartItem, item), item, out);
  return TRUE;
}

/* ---------------------------------------------------------------------
 * Files
 */

gboolean
prs_chart_format_from_string (const char *name, PrsChartFormat *format)
{
  if (!name)
    return FALSE;
  if (g_ascii_strcasecmp (name, "png") == 0)
    *format = PRS_CHART_FORMAT_PNG;
  else if (g_ascii_strcasecmp (name, "svg") == 0)
    *format = PRS_CHART_FORMAT_SVG;
  else if (g_ascii_strcasecmp (name, "pdf") == 0)
    *format = PRS_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

cairo_surface_t *
prs_chart_render_image (PrsChart *chart, PrsChartStyle *style, double width, double height, double dpi)
{
  double scale = (dpi > 0 ? dpi : 96) / 96.0;
  int pw = MAX (1, (int) ceil (width * scale)), ph = MAX (1, (int) ceil (height * scale));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  prs_chart_draw (cr, width, height, chart, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct
{
  int fd;
  int err; /* errno of the first failed write */
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->err = n < 0 ? errno : EIO;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError **error, const char *path, int err, cairo_status_t status)
{
  g_autofree char *display = g_filename_display_name (path);
  const char *why;

  if (err == ENOSPC || err == EDQUOT)
    why = _("the disk is full");
  else if (err == ENOENT || err == ENOTDIR)
    why = _("the folder does not exist");
  else if (err == EACCES || err == EPERM || err == EROFS)
    why = _("the folder cannot be written to");
  else if (err != 0)
    why = g_strerror (err);
  else
    why = cairo_status_to_string (status);
  g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_WRITE,
               _("Could not write the chart to “%s”: %s"), display, why);
}

gboolean
prs_chart_save (PrsChart *chart, PrsChartStyle *style, PrsChartFormat format, const char *path,
                double width, double height, double dpi, GError **error)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  double pt = 72.0 / 96.0;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (path != NULL, FALSE);
  if (!(width >= 16 && height >= 16 && width <= 20000 && height <= 20000))
    {
      g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_WRITE,
                   _("The chart size %.0f × %.0f is not usable; use 16 to 20000 pixels."), width, height);
      return FALSE;
    }
  if (format == PRS_CHART_FORMAT_PNG && !(dpi >= 24 && dpi <= 1200))
    {
      g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_WRITE,
                   _("The resolution %.0f dpi is not usable; use 24 to 1200 dpi."), dpi);
      return FALSE;
    }

  /* Written beside the target and renamed over it when complete (issue 14): a
   * failure, such as a full disk, leaves the old file as it was. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  {
    g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
    tmp = g_build_filename (dir, name, NULL);
  }
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (sink.fd < 0)
    {
      set_write_error (error, path, errno, CAIRO_STATUS_WRITE_ERROR);
      return FALSE;
    }

  switch (format)
    {
    case PRS_CHART_FORMAT_PNG:
      surface = prs_chart_render_image (chart, style, width, height, dpi);
      status = cairo_surface_write_to_png_stream (surface, sink_write, &sink);
      cairo_surface_destroy (surface);
      break;
    case PRS_CHART_FORMAT_SVG:
    case PRS_CHART_FORMAT_PDF:
      {
        cairo_t *cr;
        if (format == PRS_CHART_FORMAT_SVG)
          surface = cairo_svg_surface_create_for_stream (sink_write, &sink, width * pt, height * pt);
        else
          surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, width * pt, height * pt);
        status = cairo_surface_status (surface);
        if (status == CAIRO_STATUS_SUCCESS)
          {
            if (format == PRS_CHART_FORMAT_PDF && chart->title)
              cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
            cr = cairo_create (surface);
            cairo_scale (cr, pt, pt);
            prs_chart_draw (cr, width, height, chart, style);
            cairo_show_page (cr);
            cairo_destroy (cr);
            cairo_surface_finish (surface);
            status = cairo_surface_status (surface);
          }
        cairo_surface_destroy (surface);
      }
      break;
    default:
      close (sink.fd);
      g_unlink (tmp);
      g_return_val_if_reached (FALSE);
    }

  if (status == CAIRO_STATUS_SUCCESS && sink.err == 0 && fsync (sink.fd) != 0)
    sink.err = errno;
  if (close (sink.fd) != 0 && sink.err == 0 && status == CAIRO_STATUS_SUCCESS)
    sink.err = errno;
  if (status != CAIRO_STATUS_SUCCESS || sink.err != 0)
    {
      g_unlink (tmp);
      set_write_error (error, path, sink.err, status);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      set_write_error (error, path, saved, CAIRO_STATUS_WRITE_ERROR);
      return FALSE;
    }
  return TRUE;
}
