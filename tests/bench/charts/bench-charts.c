/* bench-charts.c: how fast every chart kind draws in every style at
 * 1600×900, the size of a slide.
 *
 * Usage: bench-charts [SPEC-FOLDER]   (default: tests/charts/specs under
 * PRONGSAI_SOURCE_DIR)
 *
 * For each spec × style it prints
 *   first    the first frame of a chart just loaded: layout (every text
 *            measured) and drawing; target under 30 ms
 *   repaint  median and 99th percentile of 100 repaints at the same size,
 *            as when the widget redraws for a hover; target under 8 ms
 *   resize   median of 20 frames at a new size each, as while a window is
 *            dragged (a layout each frame); target under 30 ms
 * and marks each figure over its target with MISS. Figures are the CPU
 * time of the drawing thread, so other programs on a shared machine do not
 * count; the wall-clock first frame and repaint median are printed too.
 * The fonts are loaded
 * once before the first chart (as the app has them loaded before it draws
 * one); that one-off cost is printed on its own. Asserts nothing about
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

#define WIDTH   1600
#define HEIGHT  900
#define REPAINTS 100
#define RESIZES 20

#define TARGET_FIRST   30.0
#define TARGET_REPAINT 8.0
#define TARGET_RESIZE  30.0

static int misses;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The drawing thread's own CPU time: on a shared machine the wall clock
 * also counts whatever else ran meanwhile. */
static double
cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The q-quantile (0…1) of n figures, nearest rank; sorts them. */
static double
quantile (double *v, int n, double q)
{
  int k;

  qsort (v, n, sizeof *v, cmp_double);
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

static void
bench (const char *name, const char *path, const char *style_name, PrsChartStyle *style)
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

  /* first frame: layout (text measured) and drawing */
  t0 = now_ms ();
  c0 = cpu_ms ();
  prs_chart_draw (cr, WIDTH, HEIGHT, chart, style);
  cairo_surface_flush (surface);
  first = cpu_ms () - c0;
  first_wall = now_ms () - t0;

  /* later frames, as when the widget repaints at the same size */
  for (int i = 0; i < REPAINTS; i++)
    {
      t0 = now_ms ();
      c0 = cpu_ms ();
      prs_chart_draw (cr, WIDTH, HEIGHT, chart, style);
      cairo_surface_flush (surface);
      repaint[i] = cpu_ms () - c0;
      repaint_wall[i] = now_ms () - t0;
    }
  median = quantile (repaint, REPAINTS, 0.5);
  p99 = quantile (repaint, REPAINTS, 0.99);
  median_wall = quantile (repaint_wall, REPAINTS, 0.5);

  /* a new size each frame, as while the window is being resized */
  for (int i = 0; i < RESIZES; i++)
    {
      c0 = cpu_ms ();
      prs_chart_draw (cr, WIDTH - 1 - i, HEIGHT - 1 - i, chart, style);
      cairo_surface_flush (surface);
      resize[i] = cpu_ms () - c0;
    }
  resize_median = quantile (resize, RESIZES, 0.5);

  printf ("%-18s %-15s %7.2f %s %7.2f %s %7.2f %s %7.2f %s | %7.2f %7.2f\n", name, style_name,
          first, mark (first, TARGET_FIRST),
          median, mark (median, TARGET_REPAINT),
          p99, mark (p99, TARGET_REPAINT),
          resize_median, mark (resize_median, TARGET_RESIZE),
          first_wall, median_wall);
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

  /* the fonts, once, as the app has them before it draws a chart */
  {
    g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, 0), NULL);
    g_autoptr (PrsChart) chart = prs_chart_new_from_file (path, NULL);
    g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 200);
    cairo_t *cr = cairo_create (surface);
    double t0 = now_ms ();

    if (chart)
      prs_chart_draw (cr, 320, 200, chart, style);
    printf ("loading the fonts (once a process, not a frame): %.1f ms\n", now_ms () - t0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  printf ("%d×%d, CPU ms of the drawing thread; targets: first frame < %.0f, repaint median and p99 < %.0f,\n"
          "resize (a layout every frame) median < %.0f; after the bar, wall-clock ms of the first frame and\n"
          "the repaint median\n",
          WIDTH, HEIGHT, TARGET_FIRST, TARGET_REPAINT, TARGET_RESIZE);
  printf ("%-18s %-15s %7s %4s %7s %4s %7s %4s %7s %4s | %7s %7s\n", "chart", "style", "first", "", "rp.med", "",
          "rp.p99", "", "resize", "", "first", "rp.med");
  for (guint i = 0; i < names->len; i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
        g_autofree char *label = g_strndup (g_ptr_array_index (names, i),
                                            strlen (g_ptr_array_index (names, i)) - 5);
        g_autoptr (PrsChartStyle) style = prs_chart_style_new (styles[s].kind);

        if (styles[s].floor > 0)
          prs_chart_style_set_min_font_size (style, styles[s].floor);
        bench (label, path, styles[s].name, style);
      }
  if (misses)
    printf ("%d figure%s over target (MISS)\n", misses, misses == 1 ? "" : "s");
  else
    printf ("every figure within its target\n");
  return 0;
}
