/* bench-charts.c: how fast every chart kind draws in every style at
 * 1600×900, the size of a slide.
 *
 * Usage: bench-charts [SPEC-FOLDER]   (default: tests/charts/specs under
 * PRONGSAI_SOURCE_DIR)
 *
 * For each spec × style it prints
 *   cold     the first frame of the chart in a fresh process, where no chart
 *            has set text at these sizes yet: Pango loads a font for each
 *            text size the chart draws (measured in a child process; the
 *            small chart drawn first has loaded the fonts at the one size
 *            layouts measure their estimates at, as an app's first chart
 *            does once, about a millisecond each for regular and bold)
 *   first    the first frame of the chart just loaded, with the fonts at
 *            its sizes already loaded (another chart of the same kind and
 *            size was drawn before): layout and drawing
 *   repaint  median and 99th percentile of 100 repaints at the same size,
 *            as when the widget redraws for a hover
 *   resize   median of 20 frames at a new size each, as while a window is
 *            dragged (a layout each frame)
 * Targets: cold and first frames under 30 ms, repaints under 8 ms, resize
 * frames under 30 ms; each figure over its target is marked MISS. Figures
 * are the CPU time of the drawing thread, so other programs on a shared
 * machine do not count; the wall clock of the cold and first frames and of
 * the repaint median is printed after them. fontconfig's own start (once a
 * process, before any chart) is printed on its own. Asserts nothing about
 * time: a miss is printed, not failed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "prs-chart.h"
#include "tests/bench/prs-bench.h"

#define WIDTH   1600
#define HEIGHT  900
#define REPAINTS 100
#define RESIZES 20

#define TARGET_COLD    30.0
#define TARGET_FIRST   30.0
#define TARGET_REPAINT 8.0
#define TARGET_RESIZE  30.0

static int misses;

/* The q-quantile (0…1) of n figures, nearest rank; sorts them. */
static double
quantile (double *v, int n, double q)
{
  int k;

  qsort (v, n, sizeof *v, prs_bench_compare_double);
  k = (int) ceil (q * n) - 1;
  return v[CLAMP (k, 0, n - 1)];
}

static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static const char *
mark (double value, double target)
{
  if (value < target)
    return "   ";
  misses++;
  return "MISS";
}

/* fontconfig's start and the fonts of a small chart, as an app has them
 * before it draws its first chart */
static double
load_fonts (const char *folder, const char *first_spec)
{
  g_autofree char *path = g_build_filename (folder, first_spec, NULL);
  g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, NULL);
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 200);
  cairo_t *cr = cairo_create (surface);
  double t0 = prs_bench_now_ms ();

  if (chart)
    prs_chart_draw (cr, 320, 200, chart, style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return prs_bench_now_ms () - t0;
}

/* One frame of a chart just loaded: CPU and wall ms */
static void
first_frame (const char *path, PrsChartStyle *style, double *cpu, double *wall)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double t0, c0;

  if (!chart)
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      exit (1);
    }
  /* (the surface's pages are touched first, as a window's are) */
  cairo_paint (cr);
  cairo_surface_flush (surface);
  t0 = prs_bench_now_ms ();
  c0 = prs_bench_thread_cpu_ms ();
  prs_chart_draw (cr, WIDTH, HEIGHT, chart, style);
  cairo_surface_flush (surface);
  *cpu = prs_bench_thread_cpu_ms () - c0;
  *wall = prs_bench_now_ms () - t0;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The cold first frame, in a child process: this program again with
 * --cold FOLDER FIRST-SPEC SPEC STYLE; it prints "cpu wall". */
static gboolean
cold_frame (const char *self, const char *folder, const char *first_spec, const char *spec, guint style,
            double *cpu, double *wall)
{
  g_autofree char *style_arg = g_strdup_printf ("%u", style);
  const char *argv[] = { self, "--cold", folder, first_spec, spec, style_arg, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL) || !out)
    return FALSE;
  return sscanf (out, "%lf %lf", cpu, wall) == 2;
}

static void
bench (const char *name, const char *path, const char *style_name, PrsChartStyle *style, double cold,
       double cold_wall)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double repaint[REPAINTS], repaint_wall[REPAINTS], resize[RESIZES];
  double t0, c0, first, first_wall, median, median_wall, p99, resize_median;

  if (!chart)
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      exit (1);
    }

  /* the fonts at this chart's sizes: another chart of the same kind and
   * size drawn before; then the first frame of this one */
  first_frame (path, style, &first, &first_wall);
  first_frame (path, style, &first, &first_wall);

  /* later frames of one chart, as when the widget repaints at the same
   * size (its first frame lays it out) */
  prs_chart_draw (cr, WIDTH, HEIGHT, chart, style);

  /* later frames, as when the widget repaints at the same size */
  for (int i = 0; i < REPAINTS; i++)
    {
      t0 = prs_bench_now_ms ();
      c0 = prs_bench_thread_cpu_ms ();
      prs_chart_draw (cr, WIDTH, HEIGHT, chart, style);
      cairo_surface_flush (surface);
      repaint[i] = prs_bench_thread_cpu_ms () - c0;
      repaint_wall[i] = prs_bench_now_ms () - t0;
    }
  median = quantile (repaint, REPAINTS, 0.5);
  p99 = quantile (repaint, REPAINTS, 0.99);
  median_wall = quantile (repaint_wall, REPAINTS, 0.5);

  /* a new size each frame, as while the window is being resized */
  for (int i = 0; i < RESIZES; i++)
    {
      c0 = prs_bench_thread_cpu_ms ();
      prs_chart_draw (cr, WIDTH - 1 - i, HEIGHT - 1 - i, chart, style);
      cairo_surface_flush (surface);
      resize[i] = prs_bench_thread_cpu_ms () - c0;
    }
  resize_median = quantile (resize, RESIZES, 0.5);

  printf ("%-17s %-15s %6.1f %s %6.2f %s %6.2f %s %6.2f %s %6.2f %s | %6.1f %6.2f %6.2f\n", name, style_name,
          cold, cold >= 0 ? mark (cold, TARGET_COLD) : "?   ",
          first, mark (first, TARGET_FIRST),
          median, mark (median, TARGET_REPAINT),
          p99, mark (p99, TARGET_REPAINT),
          resize_median, mark (resize_median, TARGET_RESIZE),
          cold_wall, first_wall, median_wall);
  fflush (stdout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_autofree char *folder = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  const char *name;
  struct
  {
    const char        *name;
    PrsChartStyleKind  kind;
    double             floor;
  } styles[] = {
    { "light", PRS_CHART_STYLE_LIGHT, 0 },
    { "dark", PRS_CHART_STYLE_DARK, 0 },
    { "projector", PRS_CHART_STYLE_PROJECTOR, 0 },
    /* as the chart view draws it: never under the desktop's body text */
    { "projector+floor", PRS_CHART_STYLE_PROJECTOR, 14.67 },
  };

  if (argc == 6 && g_str_equal (argv[1], "--cold"))
    {
      /* child: fontconfig and a small chart's fonts, then the cold frame */
      g_autoptr (PrsChartStyle) style = NULL;
      guint k = (guint) atoi (argv[5]);
      double cpu, wall;

      if (k >= G_N_ELEMENTS (styles))
        return 2;
      style = prs_chart_style_new (styles[k].kind);
      if (styles[k].floor > 0)
        prs_chart_style_set_min_font_size (style, styles[k].floor);
      load_fonts (argv[2], argv[3]);
      first_frame (argv[4], style, &cpu, &wall);
      printf ("%f %f\n", cpu, wall);
      return 0;
    }

  if (argc > 1)
    folder = g_strdup (argv[1]);
  else if (g_getenv ("PRONGSAI_SOURCE_DIR"))
    folder = g_build_filename (g_getenv ("PRONGSAI_SOURCE_DIR"), "tests", "charts", "specs", NULL);
  else
    folder = g_build_filename ("tests", "charts", "specs", NULL);
  dir = g_dir_open (folder, 0, &error);
  if (!dir)
    {
      fprintf (stderr, "bench-charts: %s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cmp_names);
  if (names->len == 0)
    {
      fprintf (stderr, "bench-charts: no chart specs in %s\n", folder);
      return 1;
    }

  printf ("fontconfig's start and a small chart's fonts (once a process): %.1f ms\n",
          load_fonts (folder, g_ptr_array_index (names, 0)));
  printf ("%d×%d, CPU ms of the drawing thread; targets: cold and first frame < %.0f, repaint median\n"
          "and p99 < %.0f, resize (a layout every frame) median < %.0f; after the bar, wall-clock ms of\n"
          "the cold and first frames and the repaint median\n",
          WIDTH, HEIGHT, TARGET_FIRST, TARGET_REPAINT, TARGET_RESIZE);
  printf ("%-17s %-15s %6s %4s %6s %4s %6s %4s %6s %4s %6s %4s | %6s %6s %6s\n", "chart", "style", "cold", "",
          "first", "", "rp.med", "", "rp.p99", "", "resize", "", "cold", "first", "rp.med");
  for (guint i = 0; i < names->len; i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
        g_autofree char *label = g_strndup (g_ptr_array_index (names, i),
                                            strlen (g_ptr_array_index (names, i)) - 5);
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (styles[s].kind);
        double cold = -1, cold_wall = -1;

        if (styles[s].floor > 0)
          prs_chart_style_set_min_font_size (style, styles[s].floor);
        if (!cold_frame (argv[0], folder, g_ptr_array_index (names, 0), path, s, &cold, &cold_wall))
          cold = cold_wall = -1;
        bench (label, path, styles[s].name, style, cold, cold_wall);
      }
  if (misses)
    printf ("%d figure%s over target (MISS)\n", misses, misses == 1 ? "" : "s");
  else
    printf ("every figure within its target\n");
  return 0;
}
