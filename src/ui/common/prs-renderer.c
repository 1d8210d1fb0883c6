/* prs-renderer.c: which of GTK's renderers draws Prongsai's windows (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <epoxy/gl.h>

#include "prs-renderer.h"

#define DRI_DIR     "/dev/dri"
#define NVIDIA_NODE "/dev/nvidiactl"
/* What the data key GTK looks up on a display before GSK_RENDERER (its inspector's
 * renderer setting uses the same key). */
#define DISPLAY_RENDERER_KEY "gsk-renderer"

static PrsRendererChoice choice = PRS_RENDERER_GTK_DEFAULT;
static char *gl_name;

/* Whether this process can open a graphics processor's device: a DRM render node
 * (/dev/dri/renderD*) it may read and write, or NVIDIA's control node. Without
 * one, any OpenGL it gets is a software rasterizer. */
gboolean
prs_renderer_gpu_device_present (const char *dri_dir, const char *nvidia_node)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (nvidia_node != NULL && access (nvidia_node, R_OK | W_OK) == 0)
    return TRUE;
  dir = g_dir_open (dri_dir, 0, NULL);
  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, "renderD"))
        continue;
      path = g_build_filename (dri_dir, name, NULL);
      if (access (path, R_OK | W_OK) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_software_rasterizer (const char *renderer)
{
  static const char *const names[] = { "llvmpipe", "softpipe", "swrast", "Software Rasterizer" };

  if (renderer == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strstr (renderer, names[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether OpenGL on @display is a software rasterizer: makes a GL context (GTK's
 * GL renderer would make one anyway) and reads its GL_RENDERER. FALSE when there
 * is no OpenGL at all: GTK then chooses its cairo renderer itself. */
gboolean
prs_renderer_gl_is_software (GdkDisplay *display, char **gl_renderer)
{
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;
  gboolean software;

  if (gl_renderer != NULL)
    *gl_renderer = NULL;
  if (!gdk_display_prepare_gl (display, NULL))
    return FALSE;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return FALSE;
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  software = is_software_rasterizer (renderer);
  if (gl_renderer != NULL)
    *gl_renderer = g_strdup (renderer);
  gdk_gl_context_clear_current ();
  return software;
}

/* In main(), before GTK starts and before any thread: without a GPU device, choose
 * the cairo renderer through GSK_RENDERER, and keep GDK from loading OpenGL at all. */
void
prs_renderer_choose_early (void)
{
  prs_renderer_choose_early_with (DRI_DIR, NVIDIA_NODE);
}

/* prs_renderer_choose_early() with the device nodes looked for elsewhere (tests). */
void
prs_renderer_choose_early_with (const char *dri_dir,
                                const char *nvidia_node)
{
  if (g_getenv ("GSK_RENDERER") != NULL)
    {
      choice = PRS_RENDERER_USER;
      return;
    }
  if (!prs_renderer_gpu_device_present (dri_dir, nvidia_node))
    {
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
      /* And GDK need not load OpenGL to choose the window's visual (~40 ms of
       * loading a software rasterizer): GDK_DEBUG=gl-disable before GTK 4.16,
       * GDK_DISABLE=gl from 4.16. */
      if (gtk_get_major_version () == 4 && gtk_get_minor_version () < 16)
        {
          const char *debug = g_getenv ("GDK_DEBUG");
          g_autofree char *flags = debug != NULL && *debug != '\0' ? g_strconcat (debug, ",gl-disable", NULL)
                                                                   : g_strdup ("gl-disable");

          g_setenv ("GDK_DEBUG", flags, TRUE);
        }
      else if (g_getenv ("GDK_DISABLE") == NULL)
        g_setenv ("GDK_DISABLE", "gl", TRUE);
      choice = PRS_RENDERER_CAIRO_NO_GPU;
    }
}

/* At start-up, before the first window is shown: with a GPU device present,
 * check what OpenGL really is, and choose the cairo renderer for this display if
 * it is a software rasterizer all the same (no driver for the GPU, no access). */
void
prs_renderer_choose_for_display (GdkDisplay *display)
{
  if (choice != PRS_RENDERER_GTK_DEFAULT || g_getenv ("GSK_RENDERER") != NULL
      || g_object_get_data (G_OBJECT (display), DISPLAY_RENDERER_KEY) != NULL)
    return;
  g_clear_pointer (&gl_name, g_free);
  if (prs_renderer_gl_is_software (display, &gl_name))
    {
      g_object_set_data_full (G_OBJECT (display), DISPLAY_RENDERER_KEY, g_strdup ("cairo"), g_free);
      choice = PRS_RENDERER_CAIRO_SOFTWARE_GL;
    }
}

PrsRendererChoice
prs_renderer_get_choice (void)
{
  return choice;
}

/* The GL_RENDERER read by prs_renderer_choose_for_display(), or NULL. */
const char *
prs_renderer_get_gl_name (void)
{
  return gl_name;
}

/* The renderer drawing @widget's window and why it was chosen, for the About
 * window's troubleshooting information (English). */
char *
prs_renderer_describe (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native ? gtk_native_get_renderer (native) : NULL;
  const char *name = renderer ? G_OBJECT_TYPE_NAME (renderer) : "none yet";

  switch (choice)
    {
    case PRS_RENDERER_USER:
      return g_strdup_printf ("%s (GSK_RENDERER=%s)", name, g_getenv ("GSK_RENDERER"));
    case PRS_RENDERER_CAIRO_NO_GPU:
      return g_strdup_printf ("%s (no GPU device: OpenGL not loaded)", name);
    case PRS_RENDERER_CAIRO_SOFTWARE_GL:
      return g_strdup_printf ("%s (OpenGL is a software rasterizer: %s)", name, gl_name ? gl_name : "?");
    case PRS_RENDERER_GTK_DEFAULT:
    default:
      return g_strdup_printf ("%s (GTK's choice%s%s)", name, gl_name ? "; OpenGL: " : "", gl_name ? gl_name : "");
    }
}
