/* bench-scroll.c: scrolling the Participation grid and the People list on the
 * large workspace (20,000 people × 60 activities); needs a display:
 *   xvfb-run -a tests/bench/people-ui/bench-scroll [WORKSPACE]
 * Scrolls the real pages in a 1280×800 window: down through the grid a few rows
 * a frame (as a wheel or a held arrow key does), page jumps, a drag of the
 * scroll bar across the whole grid, then across the activities. Each frame's
 * work is timed (the scroll itself, then the frame clock's cycle from
 * before-paint to after-paint; not the wait for the next tick); prints the
 * median and the 99th percentile beside the targets (median < 8 ms, 99th
 * < 16 ms: a 60 Hz frame), and the process CPU time per frame (the machine may
 * be shared: wall time then counts other programs too).
 * Then the People page: the same scroll, and a search typed into it (the time
 * from the search running to the list shown, the entry's own typing delay aside;
 * key by key, with the frame: bench-people-search).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-participation-page.h"
#include "prs-people-page.h"
#include "prs-section-page.h"
#include "prs-sheet.h"
#include "tests/prs-test-ui.h"
#include "tests/bench/prs-bench.h"
#include "tests/bench/prs-bench-workspace.h"

static gboolean painted;
static gint64 paint_start, paint_end;
static double cpu_start, cpu_end, last_cpu;
static GArray *frame_cpu;   /* the main thread's CPU time of each measured frame */

static void
before_paint (GdkFrameClock *clock, gpointer data)
{
  if (paint_start == 0)
    {
      paint_start = g_get_monotonic_time ();
      cpu_start = prs_bench_thread_cpu_ms ();
    }
}

static void
after_paint (GdkFrameClock *clock, gpointer data)
{
  painted = TRUE;
  paint_end = g_get_monotonic_time ();
  cpu_end = prs_bench_thread_cpu_ms ();
}

/* one frame: move the adjustment, wait for the paint that shows it. The frame's
 * work: what the scroll does at once, plus the frame clock's paint cycle
 * (before-paint to after-paint: update, layout, snapshot, render) — not the
 * wait for the clock's next tick. */
static double
frame (GtkWidget *sheet, GtkAdjustment *adj, double value)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (sheet);
  gint64 start = g_get_monotonic_time (), set;
  double c0 = prs_bench_thread_cpu_ms (), c1;
  gulong id, id2;

  painted = FALSE;
  paint_start = 0;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
  id2 = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), NULL);
  gtk_adjustment_set_value (adj, value);
  gtk_widget_queue_draw (sheet);
  set = g_get_monotonic_time ();
  c1 = prs_bench_thread_cpu_ms ();
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_signal_handler_disconnect (clock, id2);
  last_cpu = (c1 - c0) + (cpu_end - (paint_start ? cpu_start : c1));
  if (frame_cpu)
    g_array_append_val (frame_cpu, last_cpu);
  return ((set - start) + (paint_end - (paint_start ? paint_start : set))) / 1000.0;
}

static void
report (const char *what, GArray *times)
{
  double median, p99;

  g_array_sort (times, prs_bench_compare_double);
  median = g_array_index (times, double, times->len / 2);
  p99 = g_array_index (times, double, MIN (times->len - 1, (guint) (times->len * 0.99)));
  printf ("%-44s median %6.2f ms (target < 8)   p99 %6.2f ms (target < 16)   %u frames\n", what, median, p99,
          times->len);
}


typedef enum { WHEEL, PAGE_DOWN, DRAG, ACROSS, N_PHASES } Phase;

static void
scroll_through (GtkWidget *sheet, const char *label)
{
  static const char *const names[N_PHASES] = {
    "wheel (60 px a frame)", "Page Down", "scroll bar dragged", "across the columns",
  };
  GtkAdjustment *v = prs_sheet_get_vadjustment (PRS_SHEET (sheet));
  GtkAdjustment *h = prs_sheet_get_hadjustment (PRS_SHEET (sheet));
  /* the sheet's adjustments may carry no page size: the visible part is the widget's */
  double vpage = gtk_adjustment_get_page_size (v) > 0 ? gtk_adjustment_get_page_size (v)
                                                     : gtk_widget_get_height (sheet);
  double hpage = gtk_adjustment_get_page_size (h) > 0 ? gtk_adjustment_get_page_size (h)
                                                     : gtk_widget_get_width (sheet);
  double upper, hu;
  double page;
  GArray *wall[N_PHASES], *cpu[N_PHASES];
  double cpu0;
  guint n_frames = 0;

  /* (should the sheet report no size, a 1280×800 window's) */
  if (vpage <= 0)
    vpage = 700;
  if (hpage <= 0)
    hpage = 900;
  page = vpage * 0.9;   /* Page Down: a screen less a row or two */
  upper = gtk_adjustment_get_upper (v) - vpage;
  hu = gtk_adjustment_get_upper (h) - hpage;

  /* warm up: the first frames build caches */
  for (int i = 0; i < 10; i++)
    frame (sheet, v, i * 20.0);
  printf ("%s: %.0f × %.0f px to scroll, a page %.0f px\n", label, upper, hu, page);
  frame_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  cpu0 = prs_bench_cpu_ms ();
  for (Phase ph = 0; ph < N_PHASES; ph++)
    {
      int n = ph == WHEEL ? 400 : ph == PAGE_DOWN ? 150 : ph == DRAG ? 301 : 201;

      wall[ph] = g_array_new (FALSE, FALSE, sizeof (double));
      if (ph == ACROSS)
        frame (sheet, v, upper / 2);
      g_array_set_size (frame_cpu, 0);
      for (int i = 0; i < n; i++)
        {
          double t;

          switch (ph)
            {
            case WHEEL:     /* 3 rows' worth a frame */
              t = frame (sheet, v, MIN (upper, 200.0 + i * 60.0));
              break;
            case PAGE_DOWN:
              t = frame (sheet, v, MIN (upper, 30000.0 + i * page));
              break;
            case DRAG:      /* top to bottom in 300 frames */
              t = frame (sheet, v, upper * i / (n - 1));
              break;
            case ACROSS:
            default:
              if (hu <= 0)
                continue;
              t = frame (sheet, h, hu * (i % 101) / 100.0);
              break;
            }
          g_array_append_val (wall[ph], t);
        }
      cpu[ph] = g_array_copy (frame_cpu);
      n_frames += wall[ph]->len;
    }
  for (Phase ph = 0; ph < N_PHASES; ph++)
    {
      g_autofree char *name = g_strdup_printf ("%s, %s", label, names[ph]);
      g_autofree char *cpu_name = g_strdup_printf ("  the same, main thread's CPU time");

      if (wall[ph]->len)
        {
          report (name, wall[ph]);
          report (cpu_name, cpu[ph]);
        }
      g_array_unref (wall[ph]);
      g_array_unref (cpu[ph]);
    }
  printf ("%-44s %6.2f ms a frame\n", "  process CPU time, all frames", (prs_bench_cpu_ms () - cpu0) / MAX (n_frames, 1));
  g_clear_pointer (&frame_cpu, g_array_unref);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autofree char *dir = NULL, *path = NULL;
  GtkWidget *window, *page, *sheet;

  prs_test_gtk_init ();
  store = prs_bench_open_workspace (argc > 1 ? argv[1] : NULL, 20000, &dir, &path);

  /* the Participation grid */
  page = prs_participation_page_new (store);
  prs_section_page_select (PRS_SECTION_PAGE (page), 0, 2569);
  sheet = prs_test_show_page (page, &window);
  printf ("grid: %u rows × %u columns\n", prs_sheet_get_n_rows (PRS_SHEET (sheet)),
          prs_sheet_get_n_columns (PRS_SHEET (sheet)));
  scroll_through (sheet, "Participation grid");
  gtk_window_destroy (GTK_WINDOW (window));

  /* the People list and its search */
  page = prs_people_page_new (store);
  sheet = prs_test_show_page (page, &window);
  printf ("people: %u rows\n", prs_sheet_get_n_rows (PRS_SHEET (sheet)));
  scroll_through (sheet, "People list");
  {
    static const char *const queries[] = { "สม", "สมชาย", "นายสมชาย", "ศรี", "" };
    GtkWidget *entry = prs_test_find_named (page, "people-search", FALSE);

    for (guint q = 0; entry && q < G_N_ELEMENTS (queries); q++)
      {
        guint before = prs_sheet_get_n_rows (PRS_SHEET (sheet));
        gint64 start;
        double ms;

        double cpu;

        gtk_editable_set_text (GTK_EDITABLE (entry), queries[q]);
        /* the entry waits for typing to pause; then the search itself */
        g_signal_emit_by_name (entry, "activate");
        start = g_get_monotonic_time ();
        cpu = prs_bench_thread_cpu_ms ();
        g_signal_emit_by_name (entry, "search-changed");
        ms = (g_get_monotonic_time () - start) / 1000.0;
        cpu = prs_bench_thread_cpu_ms () - cpu;
        printf ("People search “%s”: %u -> %u rows %12.1f ms (CPU %.1f ms)   (target < 100 ms)%s\n", queries[q],
                before, prs_sheet_get_n_rows (PRS_SHEET (sheet)), ms, cpu, cpu < 100 ? "" : "   MISS");
      }
  }
  gtk_window_destroy (GTK_WINDOW (window));
  if (dir)
    {
      g_clear_object (&store);
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
