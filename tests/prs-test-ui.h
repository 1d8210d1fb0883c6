/* prs-test-ui.h: what the UI tests share — waiting on the main loop, finding widgets
 * and screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots go to $PRONGSAI_SCREENSHOT_DIR (set by the suite's meson.build) as
 * LANG-SECTION-WHAT.png, LANG from $PRONGSAI_TEST_LANG; without the variable none is
 * taken. Look at them: a test that passes can still draw something wrong.
 */
#pragma once

#include <locale.h>
#include <stdlib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-resources.h"
#include "prs-renderer.h"
#include "prs-section-page.h"
#include "prs-sheet.h"

/* Runs the main loop for @ms milliseconds. */
static inline void
prs_test_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Saves @widget as the PNG @name in the screenshot folder. */
static inline void
prs_test_screenshot_file (GtkWidget  *widget,
                          const char *name)
{
  const char *dir = g_getenv ("PRONGSAI_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  graphene_rect_t bounds;
  GStatBuf st;

  if (dir == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  /* A widget waiting for its allocation (an animation's frame) gives no node: retry. */
  for (int i = 0; i < 60 && node == NULL; i++)
    {
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        prs_test_wait_ms (50);
    }
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 5000);
  g_test_message ("screenshot: %s", path);
}

/* Saves @widget as LANG-SECTION-WHAT.png (LANG-WHAT.png when @section is NULL). */
static inline void
prs_test_screenshot (GtkWidget  *widget,
                     const char *section,
                     const char *what)
{
  const char *lang = g_getenv ("PRONGSAI_TEST_LANG");
  g_autofree char *name = section ? g_strdup_printf ("%s-%s-%s.png", lang ? lang : "xx", section, what)
                                  : g_strdup_printf ("%s-%s.png", lang ? lang : "xx", what);

  prs_test_screenshot_file (widget, name);
}

/* GTK and libadwaita started with the renderer the app chooses on this machine
 * (benchmarks: they measure what the app draws). */
static inline void
prs_test_gtk_init (void)
{
  prs_renderer_choose_early ();
  gtk_init ();
  adw_init ();
  prs_renderer_choose_for_display (gdk_display_get_default ());
}

/* The first widget of @type in @widget's tree (depth first), or NULL; with
 * @mapped, only one that is on screen. */
static inline GtkWidget *
prs_test_find_type (GtkWidget *widget,
                    GType      type,
                    gboolean   mapped)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (!mapped || gtk_widget_get_mapped (widget)))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = prs_test_find_type (c, type, mapped);

      if (found)
        return found;
    }
  return NULL;
}

/* The first widget named @name (gtk_widget_set_name) in @widget's tree, or NULL;
 * with @mapped, only one that is on screen. */
static inline GtkWidget *
prs_test_find_named (GtkWidget  *widget,
                     const char *name,
                     gboolean    mapped)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && (!mapped || gtk_widget_get_mapped (widget)))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = prs_test_find_named (c, name, mapped);

      if (found)
        return found;
    }
  return NULL;
}

/* Shows @page in a 1280 × 800 window, refreshed, and waits until its sheet has
 * rows on screen; returns the sheet, the window in @window_out (benchmarks). */
static inline GtkWidget *
prs_test_show_page (GtkWidget  *page,
                    GtkWidget **window_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sheet = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
  for (int i = 0; i < 2000; i++)
    {
      sheet = sheet ? sheet : prs_test_find_type (page, PRS_TYPE_SHEET, FALSE);
      if (sheet && gtk_widget_get_mapped (sheet) && prs_sheet_get_n_rows (PRS_SHEET (sheet)) > 0)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (sheet);
  *window_out = window;
  return sheet;
}

/* The start of a UI test's main() that runs the application itself (which starts
 * GTK and loads its style): the renderer chosen as src/main.c chooses it,
 * translations (PRONGSAI_LOCALEDIR), the test framework. Without a display the test
 * exits 77 — a skip, never a pass. Needs config.h included first. */
static inline void
prs_test_ui_start (int    *argc,
                   char ***argv)
{
  const char *localedir = g_getenv ("PRONGSAI_LOCALEDIR");

  prs_renderer_choose_early ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: run under Xvfb (the README's test command does)\n");
      exit (77);
    }
  g_test_init (argc, argv, NULL);
}

/* The application's resources and style sheet on the default display. */
static inline void
prs_test_load_style (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  prs_register_resource ();
  gtk_css_provider_load_from_resource (provider, "/io/github/prongsai/Prongsai/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The start of a page test's main(): prs_test_ui_start(), then libadwaita on the
 * renderer the app chooses and the application's style sheet. */
static inline void
prs_test_ui_init (int    *argc,
                  char ***argv)
{
  prs_test_ui_start (argc, argv);
  adw_init ();
  prs_renderer_choose_for_display (gdk_display_get_default ());
  prs_test_load_style ();
}
