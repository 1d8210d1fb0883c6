/* prs-chart-style.c: colours, fonts and patterns for charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "prs-chart-private.h"

G_DEFINE_BOXED_TYPE (PrsChartStyle, prs_chart_style, prs_chart_style_ref, prs_chart_style_unref)

static void
set_hex (PrsChartRGBA *c, guint32 rgb, double alpha)
{
  c->r = ((rgb >> 16) & 0xff) / 255.0;
  c->g = ((rgb >> 8) & 0xff) / 255.0;
  c->b = (rgb & 0xff) / 255.0;
  c->a = alpha;
}

/* Okabe & Ito, "Color Universal Design" (2008): distinguishable with every
 * common form of colour-vision deficiency. Ordered so the first colours
 * contrast best with the background. */
static const guint32 okabe_ito_light[PRS_CHART_PALETTE_SIZE] = {
  0x0072B2, /* blue */
  0xE69F00, /* orange */
  0x009E73, /* bluish green */
  0xCC79A7, /* reddish purple */
  0x56B4E9, /* sky blue */
  0xD55E00, /* vermillion */
  0xF0E442, /* yellow */
  0x000000, /* black */
};

static const guint32 okabe_ito_dark[PRS_CHART_PALETTE_SIZE] = {
  0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7, 0xF0E442, 0xD55E00, 0x0072B2, 0xDDDDDD,
};

PrsChartStyle *
prs_chart_style_new (PrsChartStyleKind kind)
{
  PrsChartStyle *s = g_new0 (PrsChartStyle, 1);
  const guint32 *palette = okabe_ito_light;
  gboolean dark = kind == PRS_CHART_STYLE_DARK;

  g_atomic_ref_count_init (&s->ref_count);
  s->kind = kind;
  s->font_family = g_strdup (PRS_CHART_FONT_FAMILY);
  s->font_size = 13.0;
  s->line_scale = 1.0;
  s->generation = 1;

  if (dark)
    {
      palette = okabe_ito_dark;
      set_hex (&s->background, 0x242424, 1);
      set_hex (&s->foreground, 0xFFFFFF, 1);
      set_hex (&s->muted, 0xC0C0C0, 1);
      set_hex (&s->grid, 0x444444, 1);
      set_hex (&s->axis, 0x9A9A9A, 1);
      set_hex (&s->reference, 0xFF8A65, 1);
      set_hex (&s->highlight, 0xF0E442, 1);
      set_hex (&s->highlight_strip, 0xFFFFFF, 0.08);
      set_hex (&s->tones[PRS_CHART_TONE_NEUTRAL], 0x888888, 0.18);
      set_hex (&s->tones[PRS_CHART_TONE_BAD], 0xD55E00, 0.22);
      set_hex (&s->tones[PRS_CHART_TONE_WARNING], 0xE69F00, 0.20);
      set_hex (&s->tones[PRS_CHART_TONE_GOOD], 0x009E73, 0.20);
      set_hex (&s->tones[PRS_CHART_TONE_EXCELLENT], 0x56B4E9, 0.22);
    }
  else
    {
      set_hex (&s->background, 0xFFFFFF, 1);
      set_hex (&s->foreground, 0x1A1A1A, 1);
      set_hex (&s->muted, 0x555555, 1);
      set_hex (&s->grid, 0xDEDEDE, 1);
      set_hex (&s->axis, 0x707070, 1);
      set_hex (&s->reference, 0xB3261E, 1);
      set_hex (&s->highlight, 0xD55E00, 1);
      set_hex (&s->highlight_strip, 0xE69F00, 0.14);
      set_hex (&s->tones[PRS_CHART_TONE_NEUTRAL], 0x999999, 0.12);
      set_hex (&s->tones[PRS_CHART_TONE_BAD], 0xD55E00, 0.13);
      set_hex (&s->tones[PRS_CHART_TONE_WARNING], 0xE69F00, 0.15);
      set_hex (&s->tones[PRS_CHART_TONE_GOOD], 0x009E73, 0.11);
      set_hex (&s->tones[PRS_CHART_TONE_EXCELLENT], 0x0072B2, 0.11);
    }

  /* Solid versions for badges and legend swatches */
  set_hex (&s->tone_solid[PRS_CHART_TONE_NEUTRAL], 0x6E6E6E, 1);
  set_hex (&s->tone_solid[PRS_CHART_TONE_BAD], 0xC0392B, 1);
  set_hex (&s->tone_solid[PRS_CHART_TONE_WARNING], 0xB26B00, 1);
  set_hex (&s->tone_solid[PRS_CHART_TONE_GOOD], 0x00805C, 1);
  set_hex (&s->tone_solid[PRS_CHART_TONE_EXCELLENT], 0x005A8C, 1);

  if (kind == PRS_CHART_STYLE_PROJECTOR)
    {
      /* Projectors wash colours out: pure black on white, thick lines, big
       * text, and hatching on by default. */
      set_hex (&s->foreground, 0x000000, 1);
      set_hex (&s->muted, 0x222222, 1);
      set_hex (&s->grid, 0xB0B0B0, 1);
      set_hex (&s->axis, 0x000000, 1);
      set_hex (&s->reference, 0xA00000, 1);
      set_hex (&s->tones[PRS_CHART_TONE_BAD], 0xD55E00, 0.20);
      set_hex (&s->tones[PRS_CHART_TONE_WARNING], 0xE69F00, 0.24);
      set_hex (&s->tones[PRS_CHART_TONE_GOOD], 0x009E73, 0.18);
      set_hex (&s->tones[PRS_CHART_TONE_EXCELLENT], 0x0072B2, 0.18);
      s->font_size = 20.0;
      s->line_scale = 1.5;
      s->patterns = TRUE;
    }

  for (int i = 0; i < PRS_CHART_PALETTE_SIZE; i++)
    set_hex (&s->palette[i], palette[i], 1);

  return s;
}

PrsChartStyle *
prs_chart_style_copy (PrsChartStyle *style)
{
  PrsChartStyle *s;

  g_return_val_if_fail (style != NULL, NULL);
  s = g_memdup2 (style, sizeof *style);
  g_atomic_ref_count_init (&s->ref_count);
  s->font_family = g_strdup (style->font_family);
  return s;
}

PrsChartStyle *
prs_chart_style_ref (PrsChartStyle *style)
{
  g_return_val_if_fail (style != NULL, NULL);
  g_atomic_ref_count_inc (&style->ref_count);
  return style;
}

void
prs_chart_style_unref (PrsChartStyle *style)
{
  g_return_if_fail (style != NULL);
  if (g_atomic_ref_count_dec (&style->ref_count))
    {
      g_free (style->font_family);
      g_free (style);
    }
}

PrsChartStyleKind
prs_chart_style_get_kind (PrsChartStyle *style)
{
  return style->kind;
}

gboolean
prs_chart_style_kind_from_string (const char *name, PrsChartStyleKind *out)
{
  static const char *names[] = { "light", "dark", "projector" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (name && g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *out = (PrsChartStyleKind) i;
        return TRUE;
      }
  return FALSE;
}

void
prs_chart_style_set_patterns (PrsChartStyle *style, gboolean patterns)
{
  style->patterns = !!patterns;
  style->generation++;
}

gboolean
prs_chart_style_get_patterns (PrsChartStyle *style)
{
  return style->patterns;
}

void
prs_chart_style_set_font_family (PrsChartStyle *style, const char *family)
{
  g_return_if_fail (family != NULL);
  g_free (style->font_family);
  style->font_family = g_strdup (family);
  style->generation++;
}

const char *
prs_chart_style_get_font_family (PrsChartStyle *style)
{
  return style->font_family;
}

void
prs_chart_style_set_font_size (PrsChartStyle *style, double px)
{
  g_return_if_fail (px > 1);
  style->font_size = px;
  style->generation++;
}

double
prs_chart_style_get_font_size (PrsChartStyle *style)
{
  return style->font_size;
}

void
prs_chart_style_set_min_font_size (PrsChartStyle *style, double px)
{
  g_return_if_fail (px >= 0);
  if (style->min_font_size == px)
    return;
  style->min_font_size = px;
  style->generation++;
}

double
prs_chart_style_get_min_font_size (PrsChartStyle *style)
{
  return style->min_font_size;
}

void
prs_chart_style_get_background (PrsChartStyle *style, PrsChartRGBA *out)
{
  *out = style->background;
}

void
prs_chart_style_get_foreground (PrsChartStyle *style, PrsChartRGBA *out)
{
  *out = style->foreground;
}

void
prs_chart_style_get_series_color (PrsChartStyle *style, int index, PrsChartRGBA *out)
{
  if (index < 0)
    index = 0;
  *out = style->palette[index % PRS_CHART_PALETTE_SIZE];
}

void
prs_chart_style_get_tone_color (PrsChartStyle *style, PrsChartTone tone, PrsChartRGBA *out)
{
  g_return_if_fail (tone < PRS_CHART_N_TONES);
  *out = style->tone_solid[tone];
}

void
prs_chart_style_get_highlight_color (PrsChartStyle *style, PrsChartRGBA *out)
{
  *out = style->highlight;
}

guint
prs_chart_style_get_generation (PrsChartStyle *style)
{
  return style->generation;
}
