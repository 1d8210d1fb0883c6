/* test-chart-view.c: the chart widget under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

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

static void
spin (int n)
{
  for (int i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static PrsChart *
grouped_chart (void)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
  double a[] = { 88.2, 85.11, 94.02 }, b[] = { 91.37, 87.02, 95.48 };

  prs_chart_set_title (chart, "คะแนน ITA เปรียบเทียบ ๒ ปี");
  prs_chart_add_category (chart, "กรมส่งเสริมการค้าและการลงทุนระหว่างประเทศ");
  prs_chart_add_category (chart, "กรมพัฒนาทรัพยากรน้ำและสิ่งแวดล้อมชุมชน");
  prs_chart_add_category (chart, "กรมส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม");
  prs_chart_add_series (chart, "ปี ๒๕๖๗", a, 3, -1);
  prs_chart_add_series (chart, "ปี ๒๕๖๘", b, 3, -1);
  prs_chart_set_decimals (chart, 2);
  return chart;
}

/* What the focused point is, read back the way a user meets it: the
 * tooltip and the accessible name both name its category, series, value. */
static void
assert_focused (GtkWidget *view, PrsChart *chart, int item, guint category, guint series, const char *value)
{
  PrsChartHit hit;
  g_autofree char *tooltip = g_strdup (gtk_widget_get_tooltip_text (view));
  g_autofree char *label = NULL;
  PrsChartStyle *style = prs_chart_view_get_style (PRS_CHART_VIEW (view));

  g_assert_cmpint (prs_chart_view_get_focus_item (PRS_CHART_VIEW (view)), ==, item);
  g_assert_true (prs_chart_get_item (chart, style, gtk_widget_get_width (view), gtk_widget_get_height (view),
                                     item, &hit));
  g_assert_cmpint (hit.category, ==, category);
  g_assert_cmpint (hit.series, ==, series);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, prs_chart_get_category (chart, category)));
  g_assert_nonnull (strstr (tooltip, prs_chart_get_series_name (chart, series)));
  g_assert_nonnull (strstr (tooltip, value));
  label = g_strdup_printf ("%s — %s", prs_chart_get_title (chart), tooltip);
  g_strdelimit (label, "\n", ' ');
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
}

static void
press (GtkWidget *view, const char *action)
{
  g_assert_true (gtk_widget_activate_action (view, action, NULL));
  spin (5);
}

/* The arrow keys, Home and End are bound to these actions; they move the
 * focus through the data in reading order, clamped at the ends. */
static void
test_keyboard (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = prs_chart_view_new ();
  g_autoptr (PrsChart) chart = grouped_chart ();

  prs_chart_view_set_chart (PRS_CHART_VIEW (view), chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  gtk_widget_grab_focus (view);
  spin (10);

  g_assert_cmpint (prs_chart_view_get_focus_item (PRS_CHART_VIEW (view)), ==, -1);
  press (view, "chart.focus-next");
  assert_focused (view, chart, 0, 0, 0, "88.20");
  press (view, "chart.focus-next");
  assert_focused (view, chart, 1, 0, 1, "91.37");
  press (view, "chart.focus-next");
  assert_focused (view, chart, 2, 1, 0, "85.11");
  press (view, "chart.focus-previous");
  assert_focused (view, chart, 1, 0, 1, "91.37");
  press (view, "chart.focus-last");
  assert_focused (view, chart, 5, 2, 1, "95.48");
  press (view, "chart.focus-next"); /* stays on the last */
  assert_focused (view, chart, 5, 2, 1, "95.48");
  press (view, "chart.focus-first");
  assert_focused (view, chart, 0, 0, 0, "88.20");
  press (view, "chart.focus-previous"); /* stays on the first */
  assert_focused (view, chart, 0, 0, 0, "88.20");

  /* the keys themselves: the class's shortcut for each key names its
   * action, and activating that shortcut (what a key press does) moves
   * the focus */
  {
    const struct { guint key; const char *action; int expect; } keys[] = {
      { GDK_KEY_End, "chart.focus-last", 5 },    { GDK_KEY_Left, "chart.focus-previous", 4 },
      { GDK_KEY_Up, "chart.focus-previous", 3 }, { GDK_KEY_Right, "chart.focus-next", 4 },
      { GDK_KEY_Down, "chart.focus-next", 5 },   { GDK_KEY_Home, "chart.focus-first", 0 },
    };
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (view);

    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        GtkShortcut *found = NULL;

        for (guint c = 0; !found && c < g_list_model_get_n_items (controllers); c++)
          {
            g_autoptr (GObject) controller = g_list_model_get_item (controllers, c);
            if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
              continue;
            for (guint i = 0; !found && i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
              {
                g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
                GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
                GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
                if (GTK_IS_KEYVAL_TRIGGER (trigger)
                    && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keys[k].key
                    && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0
                    && GTK_IS_NAMED_ACTION (action)
                    && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), keys[k].action))
                  found = shortcut;
              }
          }
        g_assert_nonnull (found);
        g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (found), 0, view, NULL));
        spin (5);
        g_assert_cmpint (prs_chart_view_get_focus_item (PRS_CHART_VIEW (view)), ==, keys[k].expect);
      }
  }

  /* a new chart starts with nothing focused */
  {
    g_autoptr (PrsChart) other = grouped_chart ();
    prs_chart_view_set_chart (PRS_CHART_VIEW (view), other);
    g_assert_cmpint (prs_chart_view_get_focus_item (PRS_CHART_VIEW (view)), ==, -1);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         prs_chart_get_title (other));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The natural height follows the width, and on screen no text is set
 * smaller than the desktop's body text (the style saved to files has no
 * such floor). */
static void
test_size (void)
{
  GtkWidget *view = prs_chart_view_new ();
  int min, nat;

  g_object_ref_sink (view);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 970, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 546);
  prs_chart_view_set_aspect_ratio (PRS_CHART_VIEW (view), 0.75);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 400, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 300);
  g_assert_cmpint (gtk_widget_get_request_mode (view), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  g_assert_cmpfloat (prs_chart_style_get_min_font_size (prs_chart_view_get_style (PRS_CHART_VIEW (view))), >=, 9);
  g_object_unref (view);
}

static gboolean
file_starts_with (const char *path, const char *magic, gsize len)
{
  g_autofree char *data = NULL;
  gsize size;

  return g_file_get_contents (path, &data, &size, NULL) && size > len && memcmp (data, magic, len) == 0;
}

/* "Save as" ends in the chart.save-to action once the file is chosen; it
 * is driven here with the file given, in each format. */
static void
test_save (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = prs_chart_view_new ();
  g_autoptr (PrsChart) chart = grouped_chart ();
  g_autofree char *dir = g_dir_make_tmp ("prs-chart-view-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "แผนภูมิ.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);

  prs_chart_view_set_chart (PRS_CHART_VIEW (view), chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  gtk_window_present (GTK_WINDOW (window));
  spin (50);

  g_assert_true (gtk_widget_activate_action (view, "chart.save-to", "(ss)", "png", png));
  g_assert_true (gtk_widget_activate_action (view, "chart.save-to", "(ss)", "svg", svg));
  g_assert_true (gtk_widget_activate_action (view, "chart.save-to", "(ss)", "pdf", pdf));
  g_assert_true (file_starts_with (png, "\x89PNG", 4));
  g_assert_true (file_starts_with (svg, "<?xml", 5));
  g_assert_true (file_starts_with (pdf, "%PDF", 4));
  {
    /* PNG at 192 dpi of the view's size (at least 800×450): twice the pixels */
    cairo_surface_t *image = cairo_image_surface_create_from_png (png);
    int w = MAX (gtk_widget_get_width (view), 800), h = MAX (gtk_widget_get_height (view), 450);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) (w * 2));
    g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) (h * 2));
    cairo_surface_destroy (image);
  }
  /* the menu offers the same saves, through the dialog */
  g_assert_true (gtk_widget_is_sensitive (view));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The chart's own node from a snapshot of the view, and the nodes drawn
 * over it (the outlines of the hovered or focused point) */
static GskRenderNode *
view_snapshot (GtkWidget *view, GskRenderNode **chart_node, guint *n_over)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  if (gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE)
    {
      *chart_node = gsk_container_node_get_child (node, 0);
      *n_over = gsk_container_node_get_n_children (node) - 1;
    }
  else
    {
      *chart_node = node;
      *n_over = 0;
    }
  return node;
}

/* A repaint for the focus outline reuses the chart as last drawn; a change
 * to the chart or the size draws it again. */
static void
test_frame (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = prs_chart_view_new ();
  g_autoptr (PrsChart) chart = grouped_chart ();
  GskRenderNode *n1, *n2, *n3, *c1, *c2, *c3, *over;
  graphene_rect_t bounds;
  guint k1, k2, k3;

  prs_chart_view_set_chart (PRS_CHART_VIEW (view), chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  gtk_window_present (GTK_WINDOW (window));
  spin (50);
  gtk_widget_grab_focus (view);
  spin (10);

  n1 = view_snapshot (view, &c1, &k1);
  g_assert_cmpint (k1, ==, 0);
  press (view, "chart.focus-next");
  n2 = view_snapshot (view, &c2, &k2);
  g_assert_true (c2 == c1);
  g_assert_cmpint (k2, ==, 1);
  /* the outline is drawn on a patch around the point, not the whole view */
  over = gsk_container_node_get_child (n2, 1);
  gsk_render_node_get_bounds (over, &bounds);
  g_assert_cmpfloat (bounds.size.width * bounds.size.height, <,
                     gtk_widget_get_width (view) * gtk_widget_get_height (view) / 4.0);

  /* a screenshot of the repaint, outline and all, to look at */
  {
    g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screens", NULL);
    g_autofree char *path = g_build_filename (dir, "view-focus-repaint.png", NULL);
    g_autoptr (GdkTexture) texture = NULL;

    g_mkdir_with_parents (dir, 0755);
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), n2, NULL);
    g_assert_true (gdk_texture_save_to_png (texture, path));
  }

  prs_chart_set_value (chart, 0, 0, 50);
  n3 = view_snapshot (view, &c3, &k3);
  g_assert_true (c3 != c1);
  gsk_render_node_unref (n3);

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 450);
  spin (50);
  n3 = view_snapshot (view, &c3, &k3);
  gsk_render_node_get_bounds (c3, &bounds);
  g_assert_cmpfloat (bounds.size.width, ==, gtk_widget_get_width (view));

  gsk_render_node_unref (n1);
  gsk_render_node_unref (n2);
  gsk_render_node_unref (n3);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  /* No display: SKIP (77), never a pass. */
  if (!g_getenv ("DISPLAY") && !g_getenv ("WAYLAND_DISPLAY"))
    {
      g_printerr ("no display: run under Xvfb\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/charts/view", test_view);
  g_test_add_func ("/charts/view/keyboard", test_keyboard);
  g_test_add_func ("/charts/view/size", test_size);
  g_test_add_func ("/charts/view/save", test_save);
  g_test_add_func ("/charts/view/frame", test_frame);
  return g_test_run ();
}
