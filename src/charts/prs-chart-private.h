/* prs-chart-private.h: the chart, style and layout structures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "prs-chart.h"

G_BEGIN_DECLS

struct _PrsChartStyle
{
  gatomicrefcount   ref_count;
  PrsChartStyleKind kind;
  char             *font_family;
  double            font_size;
  double            min_font_size;
  double            line_scale;
  gboolean          patterns;
  guint             generation;
  PrsChartRGBA      background, foreground, muted, grid, axis, reference;
  PrsChartRGBA      highlight, highlight_strip;
  PrsChartRGBA      palette[PRS_CHART_PALETTE_SIZE];
  PrsChartRGBA      tones[PRS_CHART_N_TONES];      /* band tints */
  PrsChartRGBA      tone_solid[PRS_CHART_N_TONES]; /* badges */
};

typedef struct
{
  char   *name;
  GArray *values; /* double, NAN = missing */
  int     color;
} PrsChartSeries;

typedef struct
{
  double value;
  char  *label;
} PrsChartRefLine;

typedef struct
{
  double       from, to;
  char        *label;
  PrsChartTone tone;
} PrsChartBand;

typedef enum
{
  PRS_LABEL_TITLE,
  PRS_LABEL_SUBTITLE,
  PRS_LABEL_SOURCE,
  PRS_LABEL_AXIS_TITLE,
  PRS_LABEL_TICK,
  PRS_LABEL_CATEGORY,
  PRS_LABEL_VALUE,
  PRS_LABEL_LEGEND,
  PRS_LABEL_REFERENCE,
  PRS_LABEL_CARD,
} PrsLabelKind;

typedef struct
{
  PangoLayout  *layout;     /* at its own size (a label given up, with no
                             * box, may keep an estimate: not drawn) */
  PrsLabelKind  kind;
  int           category;   /* for category labels */
  double        tx, ty;     /* where the layout's origin goes */
  double        angle;      /* rotation about (tx, ty), radians */
  double        bx, by, bw, bh; /* bounding box on the chart */
  PrsChartRGBA  color;
  gboolean      halo;       /* outlined in the background colour */
} PrsChartLabel;

typedef struct
{
  int    series, category;
  double value;
  double x, y, w, h;  /* bounds */
  double px, py;      /* the point (lines, radar) */
} PrsChartItem;

typedef struct
{
  double        x, y, w, h;  /* swatch */
  int           series;      /* -1 for a band */
  int           band;
} PrsChartLegendKey;

typedef struct
{
  double       bx, by, bw, bh;   /* badge */
  PrsChartTone tone;
  double       gx, gy, gw, gh;   /* gauge */
  double       ax, ay, as;       /* change arrow */
  int          direction;        /* 1 up, -1 down, 0 same, 2 none */
} PrsChartCard;

typedef struct
{
  double         width, height;
  guint          chart_generation;
  guint          style_generation;
  PrsChartStyle *style;
  double         fs;       /* base text size, px */
  double         lw;       /* base line width */
  GArray        *labels;   /* PrsChartLabel */
  GArray        *items;    /* PrsChartItem */
  GArray        *keys;     /* PrsChartLegendKey */
  GArray        *order;    /* guint: categories in drawing order */
  double         px, py, pw, ph; /* plot area */
  double         vmin, vmax, step;
  double         bar_band;       /* width of one category slot */
  double         cx, cy, radius; /* radar */
  int            n_rings;
  gboolean       overflow;       /* labels had to be left out */
  PrsChartCard   card;
} PrsChartLayout;

/* Shaped texts kept across layout passes (prs-chart-text.c) */
typedef struct _PrsChartTextCache PrsChartTextCache;

PrsChartTextCache *prs_chart_text_cache_new   (void);
void               prs_chart_text_cache_free  (PrsChartTextCache *cache);
/* Starts a layout; forgets every text when the context or the font list
 * changed. */
void               prs_chart_text_cache_begin (PrsChartTextCache *cache,
                                               PangoContext      *context,
                                               const char        *family);
/* Ends a layout: drops texts neither it nor the one before it used. */
void               prs_chart_text_cache_end   (PrsChartTextCache *cache);
/* A new reference to the layout of text with these settings, shaped once
 * and never changed after; size in Pango units, wrap_width in pixels (0
 * or less: unwrapped), height and ellipsize as for PangoLayout (-1 and
 * PANGO_ELLIPSIZE_NONE: none). */
PangoLayout       *prs_chart_text_cache_get   (PrsChartTextCache *cache,
                                               const char        *text,
                                               double             size_units,
                                               gboolean           bold,
                                               double             wrap_width,
                                               PangoWrapMode      wrap,
                                               PangoAlignment     align,
                                               int                height,
                                               PangoEllipsizeMode ellipsize);
/* From now on, hands out estimates: layouts set at one reference size and
 * wrap width scaled to it, for measuring only (never draw one). Sizes
 * tried and not kept then load no fonts. */
void               prs_chart_text_cache_set_estimate (PrsChartTextCache *cache,
                                                      gboolean           estimate);
/* A new reference to the layout of an estimate's text at its own size (of
 * any other layout: itself) */
PangoLayout       *prs_chart_text_cache_get_real (PrsChartTextCache *cache,
                                                  PangoLayout       *layout);
gboolean           prs_chart_text_is_estimate    (PangoLayout       *layout);
/* The logical extents, px, of a layout from the cache at the size it was
 * asked for (an estimate's scaled) */
void               prs_chart_text_get_extents    (PangoLayout       *layout,
                                                  double            *x,
                                                  double            *y,
                                                  double            *width,
                                                  double            *height);
/* The size (Pango units) and wrap width (px, 0 none) it was asked for */
double             prs_chart_text_get_size_units (PangoLayout       *layout);
double             prs_chart_text_get_wrap_width (PangoLayout       *layout);
/* Layouts made and asked for since the cache was created */
void               prs_chart_text_cache_get_counts (PrsChartTextCache *cache,
                                                    guint             *made,
                                                    guint             *asked);

struct _PrsChart
{
  gatomicrefcount ref_count;
  PrsChartType    type;
  gboolean        horizontal;
  char           *title, *subtitle, *source;
  char           *category_title, *value_title;
  GPtrArray      *categories;
  GPtrArray      *series;     /* PrsChartSeries */
  GArray         *ref_lines;  /* PrsChartRefLine */
  GArray         *bands;      /* PrsChartBand */
  int             highlight;
  PrsChartSort    sort;
  guint           sort_series;
  int             decimals;
  gboolean        thai_digits;
  gboolean        show_values;
  int             show_legend; /* -1 auto */
  gboolean        fixed_scale;
  double          scale_min, scale_max;
  double          score, previous;
  char           *badge;
  int             next_color;
  guint           generation;
  PrsChartLayout *layout;     /* cache of the last layout */
  PrsChartTextCache *texts;   /* shaped texts of the last layouts */
};

/* Returns the cached layout for this size and style, laying out again when
 * the chart, the style or the size changed. Owned by the chart. */
PrsChartLayout *prs_chart_get_layout (PrsChart      *chart,
                                      PrsChartStyle *style,
                                      double         width,
                                      double         height);
void            prs_chart_layout_free (PrsChartLayout *layout);
/* Whether layouts are worked out on estimates (the default) or on the
 * texts at their own sizes throughout: for the tests, which compare. */
void            prs_chart_layout_set_estimates (gboolean estimates);

/* Band that holds value (or -1) */
int             prs_chart_find_band (PrsChart *chart, double value);

G_END_DECLS
