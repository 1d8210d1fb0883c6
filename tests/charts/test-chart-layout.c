/* test-chart-layout.c: labels never overlap, never leave the chart, never
 * show unknown glyphs; hit tests find what is drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "prs-chart-private.h"

/* Invented department names at realistic lengths */
static const char *agencies[] = {
  "กรมส่งเสริมการค้าและการลงทุนระหว่างประเทศ",
  "กรมพัฒนาทรัพยากรน้ำและสิ่งแวดล้อมชุมชน",
  "กรมส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม",
  "สำนักงานปลัดกระทรวงพัฒนาเศรษฐกิจดิจิทัล",
  "กรมคุ้มครองผู้บริโภคและการแข่งขันทางการค้า",
  "กรมมาตรฐานสินค้าเกษตรและอาหารปลอดภัย",
  "กรมพัฒนาฝีมือแรงงานและการจ้างงานผู้สูงอายุ",
  "สถาบันพัฒนาบุคลากรภาครัฐด้านคุณธรรมและความโปร่งใส",
  "กรมส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม",
  "กรมบริหารจัดการทรัพย์สินทางปัญญาแห่งชาติ",
  "สำนักงานนโยบายและยุทธศาสตร์การค้าชายแดนภาคใต้",
  "กรมการขนส่งและโลจิสติกส์ภูมิภาค",
};

static const double scores[] = { 91.37, 87.02, 95.48, 84.12, 89.90, 78.55, 93.01, 86.40, 82.77, 90.15, 88.64, 68.93 };
static const double last_year[] = { 88.2, 85.11, 94.02, 80.75, 90.33, 75.2, 91.45, 84.0, 80.1, 89.02, 86.93, 70.41 };

static PrsChart *
agency_chart (PrsChartType type, gboolean horizontal)
{
  PrsChart *chart = prs_chart_new (type);

  prs_chart_set_horizontal (chart, horizontal);
  prs_chart_set_title (chart, "ผลคะแนน ITA หน่วยงานในสังกัด ปีงบประมาณ พ.ศ. ๒๕๖๘");
  prs_chart_set_subtitle (chart, "เรียงจากคะแนนสูงไปต่ำ");
  prs_chart_set_source (chart, "ที่มา: ข้อมูลสมมติ");
  prs_chart_set_value_axis_title (chart, "คะแนน (เต็ม ๑๐๐)");
  prs_chart_set_category_axis_title (chart, "หน่วยงาน");
  for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
    prs_chart_add_category (chart, agencies[i]);
  if (type == PRS_CHART_GROUPED_BAR)
    prs_chart_add_series (chart, "ปี ๒๕๖๗", last_year, 12, -1);
  prs_chart_add_series (chart, "ปี ๒๕๖๘", scores, 12, -1);
  prs_chart_add_reference_line (chart, 85, "เกณฑ์ผ่าน ๘๕");
  prs_chart_add_band (chart, -INFINITY, 70, "ต้องปรับปรุงโดยด่วน", PRS_CHART_TONE_BAD);
  prs_chart_add_band (chart, 70, 85, "ต้องปรับปรุง", PRS_CHART_TONE_WARNING);
  prs_chart_add_band (chart, 85, 95, "ผ่าน", PRS_CHART_TONE_GOOD);
  prs_chart_add_band (chart, 95, INFINITY, "ผ่านดีเยี่ยม", PRS_CHART_TONE_EXCELLENT);
  prs_chart_set_highlight (chart, 0);
  prs_chart_set_sort (chart, PRS_CHART_SORT_DESCENDING, prs_chart_get_n_series (chart) - 1);
  prs_chart_set_fixed_scale (chart, 0, 100);
  prs_chart_set_thai_digits (chart, TRUE);
  return chart;
}

static const char *
kind_name (PrsLabelKind kind)
{
  static const char *names[] = { "title", "subtitle", "source", "axis title", "tick", "category",
                                 "value", "legend", "reference", "card" };
  return names[kind];
}

static void
assert_clean_layout (PrsChart *chart, PrsChartStyle *style, double w, double h)
{
  PrsChartLayout *L = prs_chart_get_layout (chart, style, w, h);
  guint n_category = 0;

  for (guint i = 0; i < L->labels->len; i++)
    {
      PrsChartLabel *a = &g_array_index (L->labels, PrsChartLabel, i);
      const char *text = pango_layout_get_text (a->layout);

      if (a->bw == 0 && a->bh == 0)
        continue;
      if (a->kind == PRS_LABEL_CATEGORY)
        n_category++;
      /* every label wholly on the chart */
      if (a->bx < -0.5 || a->by < -0.5 || a->bx + a->bw > w + 0.5 || a->by + a->bh > h + 0.5)
        g_error ("%s label “%s” leaves the %g×%g chart: %g,%g %g×%g", kind_name (a->kind), text, w, h,
                 a->bx, a->by, a->bw, a->bh);
      /* every glyph found in the fonts */
      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (a->layout), ==, 0);

      for (guint j = i + 1; j < L->labels->len; j++)
        {
          PrsChartLabel *b = &g_array_index (L->labels, PrsChartLabel, j);
          double tol = 0.5;

          if (b->bw == 0 && b->bh == 0)
            continue;
          if (a->bx + tol < b->bx + b->bw && b->bx + tol < a->bx + a->bw
              && a->by + tol < b->by + b->bh && b->by + tol < a->by + a->bh)
            g_error ("%s label “%s” (%g,%g %g×%g) overlaps %s label “%s” (%g,%g %g×%g) at %g×%g",
                     kind_name (a->kind), text, a->bx, a->by, a->bw, a->bh, kind_name (b->kind),
                     pango_layout_get_text (b->layout), b->bx, b->by, b->bw, b->bh, w, h);
        }
    }
  /* every category named, unless the layout says it had to leave names
   * out (a radar thumbnail with screen-sized text) */
  if (prs_chart_get_chart_type (chart) != PRS_CHART_SCORE_CARD && !L->overflow)
    g_assert_cmpuint (n_category, ==, prs_chart_get_n_categories (chart));
}

static void
test_no_overlap (void)
{
  const PrsChartStyleKind kinds[] = { PRS_CHART_STYLE_LIGHT, PRS_CHART_STYLE_PROJECTOR };
  const double sizes[][2] = { { 800, 500 }, { 800, 600 }, { 1600, 900 }, { 1200, 675 }, { 640, 480 },
                              { 970, 350 } };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (kinds[k]);
        PrsChartType types[] = { PRS_CHART_BAR, PRS_CHART_GROUPED_BAR, PRS_CHART_STACKED_BAR };

        for (guint t = 0; t < G_N_ELEMENTS (types); t++)
          for (int horizontal = 0; horizontal <= 1; horizontal++)
            {
              g_autoptr (PrsChart) chart = agency_chart (types[t], horizontal);
              assert_clean_layout (chart, style, sizes[s][0], sizes[s][1]);
            }
      }
}

/* A ranking of units across the chart with every bar past the pass mark: the
 * pass mark's label finds no place inside the plot clear of the bars, and goes
 * in a row above the plot, over its line, touching no bar. (It was set over the
 * top bar.) With bars that leave room inside, it stays inside. */
static void
test_reference_clear_of_bars (void)
{
  static const double all_pass[] = { 97.1, 96.4, 95.2, 94.8, 93.9, 92.5, 91.7, 90.3, 89.9, 88.8, 87.6, 86.2 };
  static const double room_below[] = { 95.2, 92.4, 90.1, 88.3, 86.0, 70.2, 60.5, 55.1, 50.3, 45.8, 40.2, 35.6 };
  const PrsChartStyleKind kinds[] = { PRS_CHART_STYLE_LIGHT, PRS_CHART_STYLE_PROJECTOR };
  const double sizes[][2] = { { 800, 500 }, { 1600, 900 }, { 1000, 620 } };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      for (int crowded = 0; crowded <= 1; crowded++)
        {
          g_autoptr (PrsChartStyle) style = prs_chart_style_new (kinds[k]);
          g_autoptr (PrsChart) chart = prs_chart_new (PRS_CHART_BAR);
          PrsChartLayout *L;
          guint n_ref = 0;

          prs_chart_set_horizontal (chart, TRUE);
          prs_chart_set_title (chart, "เปรียบเทียบผลคะแนนระหว่างหน่วยงาน");
          for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
            prs_chart_add_category (chart, agencies[i]);
          prs_chart_add_series (chart, "2568", crowded ? all_pass : room_below, 12, -1);
          prs_chart_add_reference_line (chart, 85, "เกณฑ์ผ่าน ๘๕");
          prs_chart_set_sort (chart, PRS_CHART_SORT_DESCENDING, 0);
          prs_chart_set_fixed_scale (chart, 0, 100);
          assert_clean_layout (chart, style, sizes[z][0], sizes[z][1]);
          L = prs_chart_get_layout (chart, style, sizes[z][0], sizes[z][1]);
          for (guint i = 0; i < L->labels->len; i++)
            {
              PrsChartLabel *a = &g_array_index (L->labels, PrsChartLabel, i);

              if (a->kind != PRS_LABEL_REFERENCE || (a->bw == 0 && a->bh == 0))
                continue;
              n_ref++;
              for (guint j = 0; j < L->items->len; j++)
                {
                  PrsChartItem *b = &g_array_index (L->items, PrsChartItem, j);

                  if (a->bx < b->x + b->w && b->x < a->bx + a->bw && a->by < b->y + b->h && b->y < a->by + a->bh)
                    g_error ("the pass mark's label (%g,%g %g×%g) lies on a bar (%g,%g %g×%g) at %g×%g",
                             a->bx, a->by, a->bw, a->bh, b->x, b->y, b->w, b->h, sizes[z][0], sizes[z][1]);
                }
              /* above the plot only when the bars leave no room inside */
              if (crowded)
                g_assert_cmpfloat (a->by + a->bh, <=, L->py + 0.5);
              else
                g_assert_cmpfloat (a->by, >=, L->py - 0.5);
            }
          g_assert_cmpuint (n_ref, ==, 1);
        }
}

static void
test_spec_layouts (void)
{
  g_autofree char *specs = g_test_build_filename (G_TEST_DIST, "charts", "specs", NULL);
  g_autoptr (GDir) d = g_dir_open (specs, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    for (int k = PRS_CHART_STYLE_LIGHT; k <= PRS_CHART_STYLE_PROJECTOR; k++)
      {
        g_autofree char *path = g_build_filename (specs, name, NULL);
        g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, NULL);
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (k);

        g_assert_nonnull (chart);
        assert_clean_layout (chart, style, 1000, 600);
        assert_clean_layout (chart, style, 800, 500);
      }
}

static void
test_hit (void)
{
  g_autoptr (PrsChart) chart = agency_chart (PRS_CHART_BAR, TRUE);
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  PrsChartHit hit, first;
  guint n = prs_chart_get_n_items (chart, style, 800, 600);

  g_assert_cmpuint (n, ==, 12);
  /* sorted descending: the first bar drawn is the best score, index 2 */
  g_assert_true (prs_chart_get_item (chart, style, 800, 600, 0, &first));
  g_assert_cmpint (first.category, ==, 2);
  g_assert_cmpfloat (first.value, ==, 95.48);
  g_assert_true (prs_chart_hit_test (chart, style, 800, 600, first.x + first.width / 2,
                                     first.y + first.height / 2, &hit));
  g_assert_cmpint (hit.series, ==, 0);
  g_assert_cmpint (hit.category, ==, 2);
  g_assert_cmpstr (hit.category_label, ==, agencies[2]);
  g_assert_cmpstr (hit.series_name, ==, "ปี ๒๕๖๘");
  /* the corner is background */
  g_assert_false (prs_chart_hit_test (chart, style, 800, 600, 2, 2, &hit));
  /* the label column reads back as the category, without a series */
  {
    PrsChartLayout *L = prs_chart_get_layout (chart, style, 800, 600);
    for (guint i = 0; i < L->labels->len; i++)
      {
        PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);
        if (l->kind == PRS_LABEL_CATEGORY && l->category == 5)
          {
            g_assert_true (prs_chart_hit_test (chart, style, 800, 600, l->bx + l->bw / 2, l->by + l->bh / 2, &hit));
            g_assert_cmpint (hit.series, ==, -1);
            g_assert_cmpint (hit.category, ==, 5);
          }
      }
  }

  /* grouped: the two bars of one category are told apart */
  {
    g_autoptr (PrsChart) grouped = agency_chart (PRS_CHART_GROUPED_BAR, FALSE);
    PrsChartHit a, b;
    g_assert_true (prs_chart_get_item (grouped, style, 1000, 600, 0, &a));
    g_assert_true (prs_chart_get_item (grouped, style, 1000, 600, 1, &b));
    g_assert_cmpint (a.category, ==, b.category);
    g_assert_true (prs_chart_hit_test (grouped, style, 1000, 600, b.x + b.width / 2, b.y + b.height - 2, &hit));
    g_assert_cmpint (hit.series, ==, 1);
    g_assert_cmpfloat (hit.value, ==, scores[hit.category]);
  }
}

static gboolean
categories_rotated (PrsChartLayout *L)
{
  for (guint i = 0; i < L->labels->len; i++)
    {
      PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);
      if (l->kind == PRS_LABEL_CATEGORY && l->angle != 0)
        return TRUE;
    }
  return FALSE;
}

static PrsChart *
spec_chart (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "charts", "specs", name, NULL);
  PrsChart *chart = prs_chart_new_from_file (path, NULL);

  g_assert_nonnull (chart);
  return chart;
}

/* Long Thai labels under vertical bars are wrapped upright where that can
 * be read, and the plot keeps about half the height, on a slide too. */
static void
test_wrapped_labels (void)
{
  const double sizes[][2] = { { 1200, 675 }, { 1600, 900 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int k = PRS_CHART_STYLE_LIGHT; k <= PRS_CHART_STYLE_PROJECTOR; k++)
      {
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (k);
        g_autoptr (PrsChart) indicators = spec_chart ("bar-indicators.json");
        g_autoptr (PrsChart) agencies12 = spec_chart ("grouped-agencies.json");
        double w = sizes[s][0], h = sizes[s][1];
        PrsChartLayout *L;

        assert_clean_layout (indicators, style, w, h);
        L = prs_chart_get_layout (indicators, style, w, h);
        g_assert_false (categories_rotated (L));
        g_assert_cmpfloat (L->ph, >=, h * 0.45);
        /* on a slide the text stays at least three quarters of its size */
        if (k == PRS_CHART_STYLE_PROJECTOR)
          g_assert_cmpfloat (L->fs, >=, 20 * MIN (w / 800, h / 500) * 0.75 - 0.01);

        assert_clean_layout (agencies12, style, w, h);
        L = prs_chart_get_layout (agencies12, style, w, h);
        if (k == PRS_CHART_STYLE_LIGHT)
          {
            g_assert_false (categories_rotated (L));
            g_assert_cmpfloat (L->ph, >=, h * 0.45);
          }
        /* upright or turned, agency names are never set tiny */
        for (guint i = 0; i < L->labels->len; i++)
          {
            PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);
            if (l->kind == PRS_LABEL_CATEGORY)
              g_assert_cmpfloat (pango_font_description_get_size (pango_layout_get_font_description (l->layout))
                                   / (double) PANGO_SCALE, >=, 12);
          }
      }
}

/* A screen's text floor: a chart in a small card keeps body-size text. */
static void
test_min_font_size (void)
{
  const char *names[] = { "bar-indicators.json", "grouped-agencies.json", "radar.json", "line-years.json",
                          "hbar-compare.json", "scorecard.json", "stacked.json" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
      g_autoptr (PrsChart) chart = spec_chart (names[n]);
      PrsChartLayout *L;

      prs_chart_style_set_min_font_size (style, 14.67);
      assert_clean_layout (chart, style, 970, 545);
      assert_clean_layout (chart, style, 440, 330);
      L = prs_chart_get_layout (chart, style, 970, 545);
      g_assert_false (L->overflow);
      for (guint i = 0; i < L->labels->len; i++)
        {
          PrsChartLabel *l = &g_array_index (L->labels, PrsChartLabel, i);
          const PangoFontDescription *desc = pango_layout_get_font_description (l->layout);
          if (l->bw > 0)
            g_assert_cmpfloat (pango_font_description_get_size (desc) / (double) PANGO_SCALE, >=,
                               14.67 * 0.88 - 0.01);
        }
    }
  /* a copy with a floor leaves the original alone */
  {
    g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_PROJECTOR);
    g_autoptr (PrsChartStyle) copy = prs_chart_style_copy (style);
    prs_chart_style_set_min_font_size (copy, 15);
    g_assert_cmpfloat (prs_chart_style_get_min_font_size (style), ==, 0);
    g_assert_cmpfloat (prs_chart_style_get_font_size (copy), ==, prs_chart_style_get_font_size (style));
    g_assert_true (prs_chart_style_get_patterns (copy));
  }
}

/* Texts are shaped once: a layout asks the chart's text cache for more
 * texts than it makes, laying out again after a change of one value makes
 * only that value's texts, another style of the same fonts makes none, and
 * what comes out of the cache is what a fresh chart lays out. */
static void
assert_same_labels (PrsChartLayout *a, PrsChartLayout *b)
{
  g_assert_cmpuint (a->labels->len, ==, b->labels->len);
  for (guint i = 0; i < a->labels->len; i++)
    {
      PrsChartLabel *x = &g_array_index (a->labels, PrsChartLabel, i);
      PrsChartLabel *y = &g_array_index (b->labels, PrsChartLabel, i);

      g_assert_cmpstr (pango_layout_get_text (x->layout), ==, pango_layout_get_text (y->layout));
      g_assert_cmpfloat (x->bx, ==, y->bx);
      g_assert_cmpfloat (x->by, ==, y->by);
      g_assert_cmpfloat (x->bw, ==, y->bw);
      g_assert_cmpfloat (x->bh, ==, y->bh);
      g_assert_cmpfloat (x->angle, ==, y->angle);
    }
}

static void
test_text_cache (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "charts", "specs", "grouped-agencies.json", NULL);
  g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, NULL);
  g_autoptr (PrsChart) fresh = prs_chart_new_from_file (path, NULL);
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_PROJECTOR);
  g_autoptr (PrsChartStyle) other = prs_chart_style_new (PRS_CHART_STYLE_PROJECTOR);
  guint made, asked, made2, asked2;

  g_assert_nonnull (chart);
  prs_chart_get_layout (chart, style, 1600, 900);
  prs_chart_text_cache_get_counts (chart->texts, &made, &asked);
  g_assert_cmpuint (made, >, 0);
  g_assert_cmpuint (asked, >, made);

  prs_chart_set_value (chart, 0, 0, 77.7);
  prs_chart_set_value (fresh, 0, 0, 77.7);
  prs_chart_get_layout (chart, style, 1600, 900);
  prs_chart_text_cache_get_counts (chart->texts, &made2, &asked2);
  g_assert_cmpuint (asked2 - asked, >, 50);
  g_assert_cmpuint (made2 - made, <=, 6); /* the new value, in its tries */
  assert_same_labels (prs_chart_get_layout (chart, style, 1600, 900),
                      prs_chart_get_layout (fresh, style, 1600, 900));

  prs_chart_get_layout (chart, other, 1600, 900);
  prs_chart_text_cache_get_counts (chart->texts, &made, &asked);
  g_assert_cmpuint (made, ==, made2);

  /* a resize and back: the labels are the same as laid out the first time */
  prs_chart_get_layout (chart, style, 1200, 700);
  assert_same_labels (prs_chart_get_layout (chart, style, 1600, 900),
                      prs_chart_get_layout (fresh, style, 1600, 900));
}

/* A layout is worked out on estimates, texts set at one size and scaled
 * (prs-chart-text.c): what it draws is what a layout on the texts at
 * their own sizes draws, and every label kept is set at its own size and
 * measures as its box. */
static void
assert_label_measures_box (PrsChartLabel *l)
{
  PangoRectangle logical;
  double w, h;

  g_assert_false (prs_chart_text_is_estimate (l->layout));
  pango_layout_get_extents (l->layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  if (l->angle != 0)
    {
      double t = w;
      w = h;
      h = t;
    }
  g_assert_cmpfloat_with_epsilon (l->bw, w, 0.05);
  g_assert_cmpfloat_with_epsilon (l->bh, h, 0.05);
}

static void
test_estimates (void)
{
  g_autofree char *specs = g_test_build_filename (G_TEST_DIST, "charts", "specs", NULL);
  g_autoptr (GDir) d = g_dir_open (specs, 0, NULL);
  const char *name;
  const struct
  {
    PrsChartStyleKind kind;
    double            floor, width, height;
  } cases[] = {
    { PRS_CHART_STYLE_LIGHT, 0, 1000, 600 },
    { PRS_CHART_STYLE_LIGHT, 0, 440, 330 },
    { PRS_CHART_STYLE_DARK, 0, 800, 500 },
    { PRS_CHART_STYLE_PROJECTOR, 0, 1600, 900 },
    { PRS_CHART_STYLE_PROJECTOR, 14.67, 1600, 900 },
    { PRS_CHART_STYLE_PROJECTOR, 0, 1200, 700 },
  };
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)))
    for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
      {
        g_autofree char *path = g_build_filename (specs, name, NULL);
        g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, NULL);
        g_autoptr (PrsChart) plain = prs_chart_new_from_file (path, NULL);
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (cases[k].kind);
        PrsChartLayout *a, *b;

        g_assert_nonnull (chart);
        if (cases[k].floor > 0)
          prs_chart_style_set_min_font_size (style, cases[k].floor);
        a = prs_chart_get_layout (chart, style, cases[k].width, cases[k].height);
        prs_chart_layout_set_estimates (FALSE);
        b = prs_chart_get_layout (plain, style, cases[k].width, cases[k].height);
        prs_chart_layout_set_estimates (TRUE);

        g_assert_cmpfloat (a->fs, ==, b->fs);
        g_assert_cmpint (a->overflow, ==, b->overflow);
        g_assert_cmpfloat_with_epsilon (a->ph, b->ph, 0.1);
        g_assert_cmpuint (a->labels->len, ==, b->labels->len);
        for (guint i = 0; i < a->labels->len; i++)
          {
            PrsChartLabel *x = &g_array_index (a->labels, PrsChartLabel, i);
            PrsChartLabel *y = &g_array_index (b->labels, PrsChartLabel, i);

            g_assert_cmpstr (pango_layout_get_text (x->layout), ==, pango_layout_get_text (y->layout));
            g_assert_cmpfloat_with_epsilon (x->bx, y->bx, 0.1);
            g_assert_cmpfloat_with_epsilon (x->by, y->by, 0.1);
            g_assert_cmpfloat_with_epsilon (x->bw, y->bw, 0.1);
            g_assert_cmpfloat_with_epsilon (x->bh, y->bh, 0.1);
            g_assert_cmpfloat (x->angle, ==, y->angle);
            if (x->bw == 0 && x->bh == 0)
              continue;
            g_assert_cmpint (pango_font_description_get_size (pango_layout_get_font_description (x->layout)), ==,
                             pango_font_description_get_size (pango_layout_get_font_description (y->layout)));
            g_assert_cmpint (pango_layout_get_line_count (x->layout), ==, pango_layout_get_line_count (y->layout));
            g_assert_cmpint (pango_layout_is_ellipsized (x->layout), ==, pango_layout_is_ellipsized (y->layout));
            assert_label_measures_box (x);
            n++;
          }
      }
  g_assert_cmpuint (n, >, 1000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/layout/no-overlap", test_no_overlap);
  g_test_add_func ("/charts/layout/reference-clear-of-bars", test_reference_clear_of_bars);
  g_test_add_func ("/charts/layout/specs", test_spec_layouts);
  g_test_add_func ("/charts/layout/wrapped-labels", test_wrapped_labels);
  g_test_add_func ("/charts/layout/min-font-size", test_min_font_size);
  g_test_add_func ("/charts/layout/text-cache", test_text_cache);
  g_test_add_func ("/charts/layout/estimates", test_estimates);
  g_test_add_func ("/charts/hit", test_hit);
  return g_test_run ();
}
