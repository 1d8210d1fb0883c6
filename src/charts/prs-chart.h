/* prs-chart.h: the chart model and its one renderer
 *
 * A PrsChart holds what to draw (type, texts, categories, series, reference
 * lines, bands, options); a PrsChartStyle holds how. prs_chart_draw() draws
 * into any cairo_t: the widget, PDF, SVG, PNG and printing all use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>
#include <cairo.h>
#include <glib-object.h>

#include "prs-chart-style.h"

G_BEGIN_DECLS

#define PRS_CHART_ERROR (prs_chart_error_quark ())
GQuark prs_chart_error_quark (void);

typedef enum
{
  PRS_CHART_ERROR_SPEC,    /* the spec is not valid */
  PRS_CHART_ERROR_WRITE,   /* the output file could not be written */
} PrsChartError;

typedef enum
{
  PRS_CHART_BAR,          /* one series; bars (vertical unless horizontal) */
  PRS_CHART_GROUPED_BAR,  /* several series side by side per category */
  PRS_CHART_STACKED_BAR,  /* several series stacked per category */
  PRS_CHART_LINE,         /* categories are years; one line per series */
  PRS_CHART_RADAR,        /* categories are axes (e.g. the ten indicators) */
  PRS_CHART_SCORE_CARD,   /* one big number, level badge, change */
} PrsChartType;

typedef enum
{
  PRS_CHART_SORT_NONE,
  PRS_CHART_SORT_ASCENDING,
  PRS_CHART_SORT_DESCENDING,
} PrsChartSort;

typedef enum
{
  PRS_CHART_FORMAT_PNG,
  PRS_CHART_FORMAT_SVG,
  PRS_CHART_FORMAT_PDF,
} PrsChartFormat;

/* A missing value: drawn as a gap and read as "no data". */
#define PRS_CHART_MISSING (NAN)
#define PRS_CHART_IS_MISSING(v) (isnan (v))

typedef struct _PrsChart PrsChart;

#define PRS_TYPE_CHART (prs_chart_get_type ())
GType prs_chart_get_type (void) G_GNUC_CONST;

PrsChart    *prs_chart_new   (PrsChartType type);
PrsChart    *prs_chart_ref   (PrsChart *chart);
void         prs_chart_unref (PrsChart *chart);

PrsChartType prs_chart_get_chart_type (PrsChart *chart);
/* Changes each time the chart is modified, so what was drawn from it can be
 * kept until then (e.g. a widget's last frame). */
guint        prs_chart_get_generation (PrsChart *chart);
gboolean     prs_chart_type_from_string (const char *name, PrsChartType *type, gboolean *horizontal);

/* Bars run left to right (category labels in a column on the left). */
void  prs_chart_set_horizontal   (PrsChart *chart, gboolean horizontal);
void  prs_chart_set_title        (PrsChart *chart, const char *title);
void  prs_chart_set_subtitle     (PrsChart *chart, const char *subtitle);
/* Source or footnote, drawn small under the chart */
void  prs_chart_set_source       (PrsChart *chart, const char *source);
/* Axis titles including units, e.g. "คะแนน (เต็ม ๑๐๐)" */
void  prs_chart_set_category_axis_title (PrsChart *chart, const char *title);
void  prs_chart_set_value_axis_title    (PrsChart *chart, const char *title);
const char *prs_chart_get_title  (PrsChart *chart);

/* Categories: agencies, indicators (radar axes) or years (line). */
guint prs_chart_add_category   (PrsChart *chart, const char *label);
guint prs_chart_get_n_categories (PrsChart *chart);
const char *prs_chart_get_category (PrsChart *chart, guint index);

/* Series. color_index -1 takes the next palette colour. values may hold
 * PRS_CHART_MISSING; missing trailing values count as missing. */
guint prs_chart_add_series (PrsChart     *chart,
                            const char   *name,
                            const double *values,
                            guint         n_values,
                            int           color_index);
void  prs_chart_set_value  (PrsChart *chart, guint series, guint category, double value);
double prs_chart_get_value (PrsChart *chart, guint series, guint category);
guint prs_chart_get_n_series (PrsChart *chart);
const char *prs_chart_get_series_name (PrsChart *chart, guint series);

/* A labelled line across the plot, e.g. 85 "เกณฑ์ผ่าน ๘๕" */
void  prs_chart_add_reference_line (PrsChart *chart, double value, const char *label);
/* A tinted value range behind the data, e.g. 85–95 "ผ่านดี"; from/to may be
 * -INFINITY / INFINITY to run to the edge of the scale. */
void  prs_chart_add_band (PrsChart *chart, double from, double to, const char *label, PrsChartTone tone);

/* Category drawn in the highlight colour with a bold label (-1: none) */
void  prs_chart_set_highlight (PrsChart *chart, int category);
/* The highlighted category, -1 for none. */
int   prs_chart_get_highlight (PrsChart *chart);
/* Sorts categories by the first series' values (by `series`) when drawn;
 * indices in hit results always refer to the order categories were added. */
void  prs_chart_set_sort (PrsChart *chart, PrsChartSort sort, guint series);
void  prs_chart_set_decimals (PrsChart *chart, int decimals);
void  prs_chart_set_thai_digits (PrsChart *chart, gboolean thai);
void  prs_chart_set_show_values (PrsChart *chart, gboolean show);
void  prs_chart_set_show_legend (PrsChart *chart, gboolean show);
/* A fixed value scale (e.g. 0–100); otherwise "nice" ticks fit the data. */
void  prs_chart_set_fixed_scale (PrsChart *chart, double min, double max);
void  prs_chart_set_auto_scale  (PrsChart *chart);

/* Score card: the big number, last year's (PRS_CHART_MISSING if none) and the
 * badge text (NULL: the label of the band holding the value). The badge's
 * colour is the tone of that band. */
void  prs_chart_set_score (PrsChart   *chart,
                           double      value,
                           double      previous,
                           const char *badge);

/* Formats a number as the chart shows it (decimals, Thai digits). */
char *prs_chart_format_value (PrsChart *chart, double value);

/* The one renderer. width and height are in cairo user units (pixels at
 * 96 dpi on screen; scale the context for other resolutions). */
void  prs_chart_draw (cairo_t       *cr,
                      double         width,
                      double         height,
                      PrsChart      *chart,
                      PrsChartStyle *style);

typedef struct
{
  int         series;        /* -1 when the point is on a category label only */
  int         category;      /* index in the order categories were added */
  double      value;
  const char *series_name;   /* owned by the chart */
  const char *category_label;
  /* bounds of the item hit, in the same units as width/height */
  double      x, y, width, height;
  guint       item;          /* index for prs_chart_get_item() */
} PrsChartHit;

/* What lies under (x, y) in a chart drawn at width × height. Uses the
 * geometry of the last layout at that size (laid out again if needed). */
gboolean prs_chart_hit_test (PrsChart      *chart,
                             PrsChartStyle *style,
                             double         width,
                             double         height,
                             double         x,
                             double         y,
                             PrsChartHit   *out);
/* Data items (bars, points) in reading order, for keyboard navigation */
guint    prs_chart_get_n_items (PrsChart      *chart,
                                PrsChartStyle *style,
                                double         width,
                                double         height);
gboolean prs_chart_get_item    (PrsChart      *chart,
                                PrsChartStyle *style,
                                double         width,
                                double         height,
                                guint          item,
                                PrsChartHit   *out);

/* The data as text: a sentence per category for screen readers, and a
 * tab-separated table (header row of series names) for the clipboard. */
char *prs_chart_describe (PrsChart *chart);
char *prs_chart_to_tsv   (PrsChart *chart);

/* Renders to a file. width/height are in pixels at 96 dpi; PNG is written
 * at `dpi` (e.g. 192 doubles the pixels), PDF and SVG are vector with the
 * page size width × height × 72/96 points. */
gboolean prs_chart_save (PrsChart       *chart,
                         PrsChartStyle  *style,
                         PrsChartFormat  format,
                         const char     *path,
                         double          width,
                         double          height,
                         double          dpi,
                         GError        **error);
gboolean prs_chart_format_from_string (const char *name, PrsChartFormat *format);
/* An image surface with the chart drawn at scale dpi/96. */
cairo_surface_t *prs_chart_render_image (PrsChart *chart, PrsChartStyle *style,
                                         double width, double height, double dpi);

/* "Nice numbers for graph labels" (Heckbert, Graphics Gems, 1990): a tick
 * step of 1, 2 or 5 × 10^k and a range [lo, hi] on multiples of it that
 * covers [min, max] with about max_ticks ticks. */
void prs_chart_nice_ticks (double  min,
                           double  max,
                           int     max_ticks,
                           double *lo,
                           double *hi,
                           double *step);

/* Spec files (docs/chart-spec.md) */
PrsChart *prs_chart_new_from_json (const char  *data,
                                   gssize       length,
                                   GError     **error);
PrsChart *prs_chart_new_from_file (const char  *path,
                                   GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsChart, prs_chart_unref)

G_END_DECLS
