/* prs-chart-text.c: a chart's shaped texts, kept across layout passes
 *
 * Laying a chart out tries its labels at several sizes and wrap widths
 * (wrapped upright, turned, shrunk, ellipsized; the whole chart again at a
 * smaller size when the plot is cramped), and measures tick and value
 * numbers before placing the same texts. Each try used to shape its text
 * again: HarfBuzz runs and the Thai word breaks (libthai's dictionary)
 * computed up to seven times per label per layout. The cache hands out one
 * PangoLayout per distinct text and setting instead, shaped once; a layout
 * in the cache is never changed after it is made, so labels share it.
 *
 * Measuring a text at a size makes Pango load a font at that size (a
 * fontconfig substitution, a FreeType size, a HarfBuzz font and glyph
 * extents: about a millisecond each on a cold start), and most sizes a
 * layout tries are never drawn: a slide tried whole at three sizes and its
 * category labels at seven drew at six sizes and loaded twenty-one. So a
 * layout is worked out on estimates: each text is shaped at one reference
 * size, wrapped at its width scaled to that size, and its extents scaled
 * back. Metrics are unhinted and glyph positions unrounded (see
 * get_context () in prs-chart-render.c), so text scales linearly and an
 * estimate measures what the text at its own size measures, to a few
 * thousandths of a pixel. Only the labels the layout keeps are then set at
 * their own sizes (prs_chart_text_cache_get_real ()), and checked against
 * the estimate.
 *
 * It lives with the chart, so a repaint or a resize at the same text size
 * finds the texts it measured last time. Texts that neither the last
 * layout nor the one before it used are dropped, so it stays about the
 * size of two layouts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "prs-chart-private.h"

typedef struct
{
  char               *text;
  int                 size;      /* Pango units */
  int                 width;     /* Pango units, -1 unwrapped */
  int                 height;    /* pango_layout_set_height () */
  guint8              bold;
  guint8              wrap;      /* PangoWrapMode */
  guint8              align;     /* PangoAlignment */
  guint8              ellipsize; /* PangoEllipsizeMode */
  guint8              estimate;  /* set at REFERENCE_SIZE */
  PangoLayout        *layout;
  guint               used;      /* pass that last asked for it */
} Entry;

/* What a layout from the cache was asked for, kept on the layout: an
 * estimate's own size and width are not its Pango settings. */
typedef struct
{
  int    size;      /* Pango units */
  int    width;     /* Pango units, -1 unwrapped */
  double scale;     /* the text's size over the size it is set at */
  guint8 bold;
  guint8 estimate;
} TextInfo;

/* An estimate's wrap width gets this much more room (Pango units at the
 * text's size, 0.01 px), a little more than it can be off by: where it
 * cannot tell whether a line fits, it says it does. A size given up on an
 * estimate that wrongly did not fit would go unseen; a label kept on one
 * that wrongly did is caught when the label is set at its size. */
#define ESTIMATE_WRAP_SLACK 10

/* Estimates are set at this size (px). Larger than most drawn text, so
 * scaling down shrinks Pango's rounding to its 1/1024 px units. */
#define REFERENCE_SIZE 32

static GQuark
text_info_quark (void)
{
  static gsize quark;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("prs-chart-text-info"));
  return (GQuark) quark;
}

static const TextInfo *
text_info (PangoLayout *layout)
{
  return g_object_get_qdata (G_OBJECT (layout), text_info_quark ());
}

struct _PrsChartTextCache
{
  GHashTable           *entries; /* Entry → Entry */
  PangoContext         *context; /* not owned: identity only */
  char                 *family;
  PangoFontDescription *desc;    /* scratch: family set, size and weight per text */
  gboolean              estimate;
  guint                 pass;
  guint                 made, asked; /* for the benchmark's curiosity */
};

static guint
entry_hash (gconstpointer data)
{
  const Entry *e = data;
  guint h = g_str_hash (e->text);

  h = h * 31 + (guint) e->size;
  h = h * 31 + (guint) e->width;
  h = h * 31 + (guint) e->height;
  h = h * 31 + ((guint) e->bold | (guint) e->wrap << 8 | (guint) e->align << 16 | (guint) e->ellipsize << 24);
  return h * 2 + e->estimate;
}

static gboolean
entry_equal (gconstpointer a, gconstpointer b)
{
  const Entry *x = a, *y = b;

  return x->size == y->size && x->width == y->width && x->height == y->height && x->bold == y->bold
         && x->wrap == y->wrap && x->align == y->align && x->ellipsize == y->ellipsize
         && x->estimate == y->estimate && strcmp (x->text, y->text) == 0;
}

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_free (e->text);
  g_clear_object (&e->layout);
  g_free (e);
}

PrsChartTextCache *
prs_chart_text_cache_new (void)
{
  PrsChartTextCache *cache = g_new0 (PrsChartTextCache, 1);

  cache->entries = g_hash_table_new_full (entry_hash, entry_equal, entry_free, NULL);
  return cache;
}

void
prs_chart_text_cache_free (PrsChartTextCache *cache)
{
  if (!cache)
    return;
  g_hash_table_unref (cache->entries);
  g_free (cache->family);
  if (cache->desc)
    pango_font_description_free (cache->desc);
  g_free (cache);
}

void
prs_chart_text_cache_begin (PrsChartTextCache *cache, PangoContext *context, const char *family)
{
  /* layouts belong to one context (one per thread), and all share the
   * style's font list */
  if (cache->context != context || g_strcmp0 (cache->family, family) != 0)
    {
      g_hash_table_remove_all (cache->entries);
      cache->context = context;
      g_free (cache->family);
      cache->family = g_strdup (family);
      if (cache->desc)
        pango_font_description_free (cache->desc);
      cache->desc = pango_font_description_from_string (family);
    }
  cache->pass++;
}

static gboolean
stale (gpointer key, gpointer value, gpointer data)
{
  const Entry *e = key;
  guint pass = GPOINTER_TO_UINT (data);

  return e->used + 1 < pass;
}

void
prs_chart_text_cache_end (PrsChartTextCache *cache)
{
  g_hash_table_foreach_remove (cache->entries, stale, GUINT_TO_POINTER (cache->pass));
}

void
prs_chart_text_cache_set_estimate (PrsChartTextCache *cache, gboolean estimate)
{
  cache->estimate = estimate;
}

/* Text sizes on a grid of steps of STEP (issue 16). Pango looks a font up and
 * loads it for each size it meets (a fontconfig sort and a new FreeType size:
 * a millisecond or two each), and a layout's shrink-and-retry fallback asks for
 * twenty-odd sizes a few percent apart. Sizes rounded up to the grid share their
 * fonts; rounding up keeps a text at or above any size floor the style sets,
 * and the layout measures the text it is given, so nothing overlaps for it. */
#define SIZE_STEP 1.04

static double
quantise_size (double size_units)
{
  double k;

  if (size_units <= 0)
    return size_units;
  k = ceil (log (size_units / PANGO_SCALE) / log (SIZE_STEP) - 1e-6);
  return round (pow (SIZE_STEP, k) * PANGO_SCALE);
}

/* size and width in Pango units, size on the grid already */
static PangoLayout *
get_layout (PrsChartTextCache *cache, const char *text, int size, gboolean bold, int width, PangoWrapMode wrap,
            PangoAlignment align, int height, PangoEllipsizeMode ellipsize)
{
  Entry probe = { 0 }, *e;
  PangoLayout *layout;
  TextInfo info = { 0 };
  int set_size, set_width;

  probe.text = (char *) (text ? text : "");
  probe.size = size;
  probe.width = width;
  probe.height = height;
  probe.bold = bold ? 1 : 0;
  probe.wrap = probe.width >= 0 ? wrap : PANGO_WRAP_WORD;
  probe.align = align;
  probe.ellipsize = ellipsize;
  /* (a height in Pango units would not scale; no room at all, a size of
   * zero or less, is set as it is) */
  probe.estimate = cache->estimate && probe.size > 0 && height <= 0;
  cache->asked++;

  e = g_hash_table_lookup (cache->entries, &probe);
  if (e)
    {
      e->used = cache->pass;
      return g_object_ref (e->layout);
    }

  info.size = probe.size;
  info.width = probe.width;
  info.bold = probe.bold;
  info.estimate = probe.estimate;
  info.scale = 1.0;
  set_size = probe.size;
  set_width = probe.width;
  if (probe.estimate)
    {
      set_size = REFERENCE_SIZE * PANGO_SCALE;
      info.scale = (double) probe.size / set_size;
      if (probe.width >= 0)
        set_width = (int) round ((probe.width + ESTIMATE_WRAP_SLACK) / info.scale);
    }

  layout = pango_layout_new (cache->context);
  /* (no room at all asks for a size below zero: the font's own size) */
  if (set_size >= 0)
    pango_font_description_set_absolute_size (cache->desc, set_size);
  else
    pango_font_description_unset_fields (cache->desc, PANGO_FONT_MASK_SIZE);
  pango_font_description_set_weight (cache->desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, cache->desc);
  pango_layout_set_text (layout, probe.text, -1);
  if (set_width >= 0)
    {
      pango_layout_set_width (layout, set_width);
      pango_layout_set_wrap (layout, wrap);
    }
  pango_layout_set_alignment (layout, align);
  if (height != -1)
    pango_layout_set_height (layout, height);
  if (ellipsize != PANGO_ELLIPSIZE_NONE)
    pango_layout_set_ellipsize (layout, ellipsize);
  g_object_set_qdata_full (G_OBJECT (layout), text_info_quark (), g_memdup2 (&info, sizeof info), g_free);
  /* shape and break the lines now, once */
  pango_layout_get_extents (layout, NULL, NULL);

  e = g_new0 (Entry, 1);
  *e = probe;
  e->text = g_strdup (probe.text);
  e->layout = layout;
  e->used = cache->pass;
  g_hash_table_add (cache->entries, e);
  cache->made++;
  return g_object_ref (layout);
}

PangoLayout *
prs_chart_text_cache_get (PrsChartTextCache *cache, const char *text, double size_units, gboolean bold,
                          double wrap_width, PangoWrapMode wrap, PangoAlignment align, int height,
                          PangoEllipsizeMode ellipsize)
{
  g_return_val_if_fail (cache->context != NULL, NULL);
  /* the same truncations Pango makes, so settings it cannot tell apart
   * share a layout */
  return get_layout (cache, text, (int) quantise_size (size_units), bold,
                     wrap_width > 0 ? (int) (wrap_width * PANGO_SCALE) : -1, wrap, align, height, ellipsize);
}

PangoLayout *
prs_chart_text_cache_get_real (PrsChartTextCache *cache, PangoLayout *layout)
{
  const TextInfo *info = text_info (layout);
  gboolean estimate = cache->estimate;
  PangoLayout *real;

  if (!info || !info->estimate)
    return g_object_ref (layout);
  cache->estimate = FALSE;
  real = get_layout (cache, pango_layout_get_text (layout), info->size, info->bold, info->width,
                     pango_layout_get_wrap (layout), pango_layout_get_alignment (layout),
                     pango_layout_get_height (layout), pango_layout_get_ellipsize (layout));
  cache->estimate = estimate;
  return real;
}

gboolean
prs_chart_text_is_estimate (PangoLayout *layout)
{
  const TextInfo *info = text_info (layout);

  return info && info->estimate;
}

void
prs_chart_text_get_extents (PangoLayout *layout, double *x, double *y, double *width, double *height)
{
  const TextInfo *info = text_info (layout);
  double k = (info ? info->scale : 1.0) / PANGO_SCALE;
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (x)
    *x = logical.x * k;
  if (y)
    *y = logical.y * k;
  if (width)
    *width = logical.width * k;
  if (height)
    *height = logical.height * k;
}

double
prs_chart_text_get_size_units (PangoLayout *layout)
{
  const TextInfo *info = text_info (layout);

  if (info)
    return info->size;
  return pango_font_description_get_size (pango_layout_get_font_description (layout));
}

double
prs_chart_text_get_wrap_width (PangoLayout *layout)
{
  const TextInfo *info = text_info (layout);
  int width = info ? info->width : pango_layout_get_width (layout);

  return width >= 0 ? (double) width / PANGO_SCALE : 0;
}

void
prs_chart_text_cache_get_counts (PrsChartTextCache *cache, guint *made, guint *asked)
{
  *made = cache->made;
  *asked = cache->asked;
}
