/* test-chart-view.c: the chart widget under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prs-chart-view.h"

static char *clip_text;

static void
got_text (GObject *source, GAsyncResult *result, gpointer data)
{
  clip_text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static void
test_view (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = prs_chart_view_new ();
  g_autoptr (PrsChart) chart = prs_chart_new (PRS_CHART_BAR);
  double v[] = { 92.41, 79.62 };
  g_autofree char *description = NULL;

  prs_chart_set_title (chart, "คะแนนรายตัวชี้วัด");
  prs_chart_add_category (chart, "การปฏิบัติหน้าที่");
  prs_chart_add_category (chart, "การใช้ทรัพย์สินของราชการ");
  prs_chart_add_series (chart, "", v, 2, -1);
  prs_chart_view_set_chart (PRS_CHART_VIEW (view), chart);
  g_assert_true (prs_chart_view_get_chart (PRS_CHART_VIEW (view)) == chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 400);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  /* screen readers get the data as text */
  description = prs_chart_describe (chart);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* copy data as a table */
  g_assert_true (gtk_widget_activate_action (view, "chart.copy-data", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (view), NULL, got_text, NULL);
  for (int i = 0; i < 200 && !clip_text; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (clip_text, ==, "\tValue\nการปฏิบัติหน้าที่\t92.41\nการใช้ทรัพย์สินของราชการ\t79.62\n");

  /* nothing focused until the arrow keys are used */
  g_assert_cmpint (prs_chart_view_get_focus_item (PRS_CHART_VIEW (view)), ==, -1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (clip_text);
}

int
main (int argc, char **argv)
{
  if (!g_getenv ("DISPLAY") && !g_getenv ("WAYLAND_DISPLAY"))
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/charts/view", (GTestFunc) g_test_skip);
      return g_test_run ();
    }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/charts/view", test_view);
  return g_test_run ();
}
