/* test-chart-render.c: pixels of rendered charts, every chart type in every
 * style written out for people to look at, files in every format, the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "prs-chart.h"

static guint32
pixel (cairo_surface_t *surface, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
rgb (const PrsChartRGBA *c)
{
  return ((guint32) round (c->r * 255) << 16) | ((guint32) round (c->g * 255) << 8)
         | (guint32) round (c->b * 255);
}

static PrsChart *
simple_bars (void)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_BAR);
  double v[] = { 92.41, 79.62, 96.25 };

  prs_chart_add_category (chart, "การปฏิบัติหน้าที่");
  prs_chart_add_category (chart, "การใช้ทรัพย์สินของราชการ");
  prs_chart_add_category (chart, "การเปิดเผยข้อมูล");
  prs_chart_add_series (chart, "คะแนน", v, 3, -1);
  prs_chart_set_highlight (chart, 1);
  prs_chart_set_fixed_scale (chart, 0, 100);
  return chart;
}

static void
test_pixels (void)
{
  const double dpis[] = { 96, 192 };

  for (int k = PRS_CHART_STYLE_LIGHT; k <= PRS_CHART_STYLE_PROJECTOR; k++)
    for (guint d = 0; d < G_N_ELEMENTS (dpis); d++)
      {
        g_autoptr (PrsChart) chart = simple_bars ();
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (k);
        double scale = dpis[d] / 96;
        cairo_surface_t *surface = prs_chart_render_image (chart, style, 600, 400, dpis[d]);
        PrsChartRGBA bg, bar, hl;
        PrsChartHit a, b;

        g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (600 * scale));
        prs_chart_style_get_background (style, &bg);
        prs_chart_style_get_series_color (style, 0, &bar);
        prs_chart_style_get_highlight_color (style, &hl);
        g_assert_true (prs_chart_get_item (chart, style, 600, 400, 0, &a));
        g_assert_true (prs_chart_get_item (chart, style, 600, 400, 1, &b));
        g_assert_cmpint (b.category, ==, 1);

        /* the corner is background, the first bar is the series colour and
         * the highlighted (own agency) bar the highlight colour, at their
         * centres and at this resolution */
        g_assert_cmphex (pixel (surface, 1, 1), ==, rgb (&bg));
        g_assert_cmphex (pixel (surface, (int) ((a.x + a.width / 2) * scale),
                                (int) ((a.y + a.height * 0.6) * scale)), ==, rgb (&bar));
        g_assert_cmphex (pixel (surface, (int) ((b.x + b.width / 2) * scale),
                                (int) ((b.y + b.height * 0.6) * scale)), ==, rgb (&hl));
        /* between the bars: not a bar colour */
        g_assert_cmphex (pixel (surface, (int) ((a.x + a.width + 3) * scale),
                                (int) ((a.y + a.height * 0.6) * scale)), !=, rgb (&bar));
        cairo_surface_destroy (surface);
      }
}

static void
test_patterns (void)
{
  g_autoptr (PrsChart) chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  double a[] = { 90, 80 }, b[] = { 85, 75 };
  cairo_surface_t *surface;
  PrsChartHit hit;
  PrsChartRGBA colour;
  guint n_other = 0, n_colour = 0;

  prs_chart_add_category (chart, "ก");
  prs_chart_add_category (chart, "ข");
  prs_chart_add_series (chart, "Public", a, 2, -1);
  prs_chart_add_series (chart, "Survey", b, 2, -1);
  prs_chart_style_set_patterns (style, TRUE);
  surface = prs_chart_render_image (chart, style, 600, 400, 96);
  g_assert_true (prs_chart_get_item (chart, style, 600, 400, 1, &hit));
  g_assert_cmpint (hit.series, ==, 1);
  prs_chart_style_get_series_color (style, 1, &colour);
  /* the second series is hatched: a row across it holds both its colour
   * and the lighter hatching */
  for (int y = (int) (hit.y + 10); y < hit.y + hit.height - 10; y += 3)
    for (int x = (int) hit.x + 2; x < hit.x + hit.width - 2; x++)
      {
        if (pixel (surface, x, y) == rgb (&colour))
          n_colour++;
        else
          n_other++;
      }
  g_assert_cmpuint (n_colour, >, 0);
  g_assert_cmpuint (n_other, >, n_colour / 10);
  cairo_surface_destroy (surface);
}

/* Every spec in every style, written where people can open them. */
static void
test_screenshots (void)
{
  g_autofree char *specs = g_test_build_filename (G_TEST_DIST, "charts", "specs", NULL);
  g_autofree char *out = g_test_build_filename (G_TEST_BUILT, "charts", "screens", NULL);
  g_autoptr (GDir) d = g_dir_open (specs, 0, NULL);
  const char *styles[] = { "light", "dark", "projector" };
  const char *name;
  guint n = 0;

  g_assert_cmpint (g_mkdir_with_parents (out, 0755), ==, 0);
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (specs, name, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, &error);
      g_autofree char *base = g_strndup (name, strlen (name) - 5);

      g_assert_no_error (error);
      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        {
          PrsChartStyleKind kind;
          g_autoptr (PrsChartStyle) style = NULL;
          g_autofree char *file = g_strdup_printf ("%s-%s.png", base, styles[s]);
          g_autofree char *png = g_build_filename (out, file, NULL);
          gboolean projector;
          cairo_surface_t *surface;

          g_assert_true (prs_chart_style_kind_from_string (styles[s], &kind));
          style = prs_chart_style_new (kind);
          projector = kind == PRS_CHART_STYLE_PROJECTOR;
          g_assert_true (prs_chart_save (chart, style, PRS_CHART_FORMAT_PNG, png, projector ? 1600 : 1000,
                                         projector ? 900 : 600, 96, &error));
          g_assert_no_error (error);
          surface = cairo_image_surface_create_from_png (png);
          g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpint (cairo_image_surface_get_width (surface), ==, projector ? 1600 : 1000);
          cairo_surface_destroy (surface);
          n++;
        }
    }
  g_assert_cmpuint (n, >=, 30);
  g_test_message ("screenshots in %s", out);
}

static void
test_vector_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prs-chart-XXXXXX", NULL);
  g_autoptr (PrsChart) chart = simple_bars ();
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *bad = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  gsize len;

  prs_chart_set_title (chart, "ชื่อแผนภูมิ");
  g_assert_true (prs_chart_save (chart, style, PRS_CHART_FORMAT_PDF, pdf, 800, 500, 96, &error));
  g_assert_true (g_file_get_contents (pdf, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF"));
  g_clear_pointer (&data, g_free);
  g_assert_true (prs_chart_save (chart, style, PRS_CHART_FORMAT_SVG, svg, 800, 500, 96, &error));
  g_assert_true (g_file_get_contents (svg, &data, &len, NULL));
  g_assert_nonnull (strstr (data, "<svg"));
  g_assert_nonnull (strstr (data, "width=\"600pt\""));

  g_assert_false (prs_chart_save (chart, style, PRS_CHART_FORMAT_PNG, bad, 800, 500, 96, &error));
  g_assert_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (prs_chart_save (chart, style, PRS_CHART_FORMAT_PNG, pdf, 0, 500, 96, &error));
  g_assert_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_WRITE);

  g_unlink (pdf);
  g_unlink (svg);
  g_rmdir (dir);
}

static int
run_cli (const char *const *args, char **err)
{
  const char *cli = g_getenv ("PRONGSAI_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  int status = -1;

  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, err,
                               &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *spec = g_test_build_filename (G_TEST_DIST, "charts", "specs", "radar.json", NULL);
  g_autofree char *out = NULL, *bad_spec = NULL, *svg = NULL;

  if (!g_getenv ("PRONGSAI_CLI") || !g_file_test (g_getenv ("PRONGSAI_CLI"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("prongsai-cli is not built");
      return;
    }
  dir = g_dir_make_tmp ("prs-chart-cli-XXXXXX", NULL);
  out = g_build_filename (dir, "radar.png", NULL);
  svg = g_build_filename (dir, "radar.svg", NULL);
  bad_spec = g_build_filename (dir, "bad.json", NULL);

  {
    const char *args[] = { "chart", "--spec", spec, "--format", "png", "-o", out, "--width", "800",
                           "--height", "450", "--dpi", "192", "--style", "projector", NULL };
    g_autofree char *err = NULL;
    cairo_surface_t *surface;
    g_assert_cmpint (run_cli (args, &err), ==, 0);
    surface = cairo_image_surface_create_from_png (out);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1600);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 900);
    cairo_surface_destroy (surface);
  }
  {
    /* the format from the file name */
    const char *args[] = { "chart", "--spec", spec, "-o", svg, NULL };
    g_autofree char *err = NULL;
    g_assert_cmpint (run_cli (args, &err), ==, 0);
    g_assert_true (g_file_test (svg, G_FILE_TEST_EXISTS));
  }
  {
    const char *args[] = { "chart", "--spec", spec, "--format", "gif", "-o", out, NULL };
    g_autofree char *err = NULL;
    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "gif"));
  }
  {
    const char *args[] = { "chart", "--spec", spec, "--style", "neon", "-o", out, NULL };
    g_autofree char *err = NULL;
    g_assert_cmpint (run_cli (args, &err), ==, 2);
  }
  {
    const char *args[] = { "chart", "--spec", bad_spec, "-o", out, NULL };
    g_autofree char *err = NULL;
    g_assert_true (g_file_set_contents (bad_spec, "{\"type\": \"bar\", \"categories\": [\"ก\"]}", -1, NULL));
    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "bad.json"));
  }
  {
    const char *args[] = { "chart", "-o", out, NULL };
    g_autofree char *err = NULL;
    g_assert_cmpint (run_cli (args, &err), ==, 2);
  }
  g_unlink (out);
  g_unlink (svg);
  g_unlink (bad_spec);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/render/pixels", test_pixels);
  g_test_add_func ("/charts/render/patterns", test_patterns);
  g_test_add_func ("/charts/render/screenshots", test_screenshots);
  g_test_add_func ("/charts/render/vector-files", test_vector_files);
  g_test_add_func ("/charts/cli", test_cli);
  return g_test_run ();
}
