/* test-renderer.c: the choice of GTK renderer (src/ui/common/prs-renderer.c) — a GPU
 * device found or not in a folder of device nodes, OpenGL on this display read and
 * classified, and the choice made for a display with software OpenGL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "config.h"

#include <fcntl.h>
#include <link.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "prs-renderer.h"
#include "tests/prs-test-ui.h"

static char *
make_device_folder (const char *const *names)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prongsai-dri-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_set_contents (path, "", 0, NULL));
    }
  return dir;
}

static void
remove_device_folder (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

static void
test_device_nodes (void)
{
  char *none = make_device_folder ((const char *[]) { NULL });
  char *card_only = make_device_folder ((const char *[]) { "card0", "by-path", NULL });
  char *render = make_device_folder ((const char *[]) { "card0", "renderD128", NULL });
  g_autofree char *missing = g_build_filename (none, "no-such-folder", NULL);
  g_autofree char *nvidia = g_build_filename (render, "card0", NULL);

  /* No folder, an empty one, a display-only card: no GPU the process can use. */
  g_assert_false (prs_renderer_gpu_device_present (missing, NULL));
  g_assert_false (prs_renderer_gpu_device_present (none, NULL));
  g_assert_false (prs_renderer_gpu_device_present (card_only, NULL));
  /* A render node, or NVIDIA's control node. */
  g_assert_true (prs_renderer_gpu_device_present (render, NULL));
  g_assert_true (prs_renderer_gpu_device_present (none, nvidia));
  g_assert_false (prs_renderer_gpu_device_present (none, missing));
  /* A render node this user may not open (only meaningful when not root). */
  if (geteuid () != 0)
    {
      g_autofree char *node = g_build_filename (render, "renderD128", NULL);

      g_assert_cmpint (g_chmod (node, 0), ==, 0);
      g_assert_false (prs_renderer_gpu_device_present (render, NULL));
    }
  remove_device_folder (none);
  remove_device_folder (card_only);
  remove_device_folder (render);
}

/* OpenGL on this display: read its GL_RENDERER, and when it is a software
 * rasterizer, the display is given the cairo renderer and a window drawn on it
 * uses it. */
static void
test_display_choice (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *name = NULL;
  gboolean software = prs_renderer_gl_is_software (display, &name);
  GtkWidget *window;

  if (name == NULL)
    {
      g_assert_false (software);
      g_test_skip ("no OpenGL on this display");
      return;
    }
  g_test_message ("GL_RENDERER: %s (software: %s)", name, software ? "yes" : "no");
  g_assert_cmpuint (strlen (name), >, 0);
  /* Mesa's software rasterizers are what Xvfb gives. */
  if (strstr (name, "llvmpipe") != NULL || strstr (name, "softpipe") != NULL)
    g_assert_true (software);

  g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_GTK_DEFAULT);
  prs_renderer_choose_for_display (display);
  if (!software)
    {
      g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_GTK_DEFAULT);
      return;
    }
  g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_CAIRO_SOFTWARE_GL);
  g_assert_cmpstr (prs_renderer_get_gl_name (), ==, name);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("ทดสอบ"));
  gtk_window_present (GTK_WINDOW (window));
  prs_test_wait_ms (100);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==, "GskCairoRenderer");
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
find_loaded (struct dl_phdr_info *info, size_t size, void *data)
{
  GPtrArray *found = data;
  static const char *const gl_libraries[] = { "_dri.so", "libGLX_mesa", "libEGL_mesa", "libGL.so", "libLLVM" };

  for (guint i = 0; i < G_N_ELEMENTS (gl_libraries); i++)
    if (info->dlpi_name != NULL && strstr (info->dlpi_name, gl_libraries[i]) != NULL)
      g_ptr_array_add (found, g_strdup (info->dlpi_name));
  return 0;
}

/* No GPU device (an empty folder of device nodes), in a child process as the app
 * starts: GSK_RENDERER=cairo, GDK kept from OpenGL, a window drawn by the cairo
 * renderer, and no OpenGL library loaded by it. */
static void
test_no_gpu_child (void)
{
  char *none = make_device_folder ((const char *[]) { NULL });
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window;

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  g_unsetenv ("GDK_DISABLE");
  prs_renderer_choose_early_with (none, NULL);
  g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_CAIRO_NO_GPU);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  if (gtk_get_minor_version () < 16)
    g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
  else
    g_assert_cmpstr (g_getenv ("GDK_DISABLE"), ==, "gl");
  gtk_init ();
  prs_renderer_choose_for_display (gdk_display_get_default ());
  g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_CAIRO_NO_GPU);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("ทดสอบ"));
  gtk_window_present (GTK_WINDOW (window));
  prs_test_wait_ms (200);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==, "GskCairoRenderer");
  dl_iterate_phdr (find_loaded, loaded);
  for (guint i = 0; i < loaded->len; i++)
    g_printerr ("loaded: %s\n", (char *) loaded->pdata[i]);
  g_assert_cmpuint (loaded->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_device_folder (none);
}

/* A GSK_RENDERER set by the user is left alone, with or without a GPU. */
static void
test_user_choice_child (void)
{
  char *none = make_device_folder ((const char *[]) { NULL });

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  prs_renderer_choose_early_with (none, NULL);
  g_assert_cmpint (prs_renderer_get_choice (), ==, PRS_RENDERER_USER);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  remove_device_folder (none);
}

static void
test_no_gpu (void)
{
  g_test_trap_subprocess ("/renderer/no-gpu/subprocess", 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_subprocess ("/renderer/user-choice/subprocess", 60 * G_USEC_PER_SEC, 0);
  g_test_trap_assert_passed ();
}

int
main (int argc, char **argv)
{
  /* Not prs_test_ui_init(), which makes the app's choice: the display check below
   * must start from GTK's own default, with no GSK_RENDERER. */
  g_unsetenv ("GSK_RENDERER");
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer/device-nodes", test_device_nodes);
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    {
      if (!g_test_subprocess ())
        gtk_init ();
      g_test_add_func ("/renderer/display-choice", test_display_choice);
      g_test_add_func ("/renderer/no-gpu", test_no_gpu);
      g_test_add_func ("/renderer/no-gpu/subprocess", test_no_gpu_child);
      g_test_add_func ("/renderer/user-choice/subprocess", test_user_choice_child);
    }
  else
    g_test_message ("no display: the display check is not run (the README's test command runs it under Xvfb)");
  return g_test_run ();
}
