/* prs-chart-style.h: colours, fonts and patterns for charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PRS_CHART_STYLE_LIGHT,
  PRS_CHART_STYLE_DARK,
  PRS_CHART_STYLE_PROJECTOR, /* high contrast, large text, thick lines */
} PrsChartStyleKind;

/* What a background band or badge means; the style picks the colour. */
typedef enum
{
  PRS_CHART_TONE_NEUTRAL,
  PRS_CHART_TONE_BAD,       /* e.g. ต้องปรับปรุงโดยด่วน */
  PRS_CHART_TONE_WARNING,   /* e.g. ต้องปรับปรุง */
  PRS_CHART_TONE_GOOD,      /* e.g. ผ่าน / ผ่านดี */
  PRS_CHART_TONE_EXCELLENT, /* e.g. ผ่านดีเยี่ยม */
  PRS_CHART_N_TONES
} PrsChartTone;

typedef struct
{
  double r, g, b, a;
} PrsChartRGBA;

#define PRS_CHART_PALETTE_SIZE 8

typedef struct _PrsChartStyle PrsChartStyle;

#define PRS_TYPE_CHART_STYLE (prs_chart_style_get_type ())
GType prs_chart_style_get_type (void) G_GNUC_CONST;

/* The default font list: Sarabun is bundled in the Flatpak, the others are
 * its Debian stand-ins. */
#define PRS_CHART_FONT_FAMILY "Sarabun, Laksaman, Noto Sans Thai"

PrsChartStyle    *prs_chart_style_new          (PrsChartStyleKind kind);
PrsChartStyle    *prs_chart_style_ref          (PrsChartStyle *style);
void              prs_chart_style_unref        (PrsChartStyle *style);
PrsChartStyleKind prs_chart_style_get_kind     (PrsChartStyle *style);
gboolean          prs_chart_style_kind_from_string (const char        *name,
                                                    PrsChartStyleKind *out);

/* Hatching for series after the first, so colour is never the only cue.
 * On by default in the projector style. */
void              prs_chart_style_set_patterns (PrsChartStyle *style,
                                                gboolean       patterns);
gboolean          prs_chart_style_get_patterns (PrsChartStyle *style);
void              prs_chart_style_set_font_family (PrsChartStyle *style,
                                                   const char    *family);
const char       *prs_chart_style_get_font_family (PrsChartStyle *style);
/* Base text size in pixels (1/96 inch) before the renderer adapts it to
 * the chart's size. */
void              prs_chart_style_set_font_size (PrsChartStyle *style,
                                                 double         px);
double            prs_chart_style_get_font_size (PrsChartStyle *style);
/* The smallest text the renderer may set, in pixels (0, the default: no
 * floor). A screen sets it to the desktop's body text size so a chart
 * squeezed into a small card stays readable; files and prints keep 0 so
 * their text scales with the page as before. */
void              prs_chart_style_set_min_font_size (PrsChartStyle *style,
                                                     double         px);
double            prs_chart_style_get_min_font_size (PrsChartStyle *style);
/* A new style with the same settings, to change without touching the
 * original (e.g. a screen's text floor on a style shared with exports). */
PrsChartStyle    *prs_chart_style_copy (PrsChartStyle *style);

/* Colours */
void prs_chart_style_get_background (PrsChartStyle *style, PrsChartRGBA *out);
void prs_chart_style_get_foreground (PrsChartStyle *style, PrsChartRGBA *out);
/* Series colour i (wraps around the Okabe-Ito palette) */
void prs_chart_style_get_series_color (PrsChartStyle *style, int index, PrsChartRGBA *out);
void prs_chart_style_get_tone_color (PrsChartStyle *style, PrsChartTone tone, PrsChartRGBA *out);
/* The colour of the highlighted category's bar (the user's own agency) */
void prs_chart_style_get_highlight_color (PrsChartStyle *style, PrsChartRGBA *out);

/* Changes each time the style is modified, so cached layouts can tell. */
guint prs_chart_style_get_generation (PrsChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsChartStyle, prs_chart_style_unref)

G_END_DECLS
