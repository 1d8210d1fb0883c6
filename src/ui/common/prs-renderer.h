/* prs-renderer.h: which of GTK's renderers draws Prongsai's windows
 *
 * GTK 4 draws with OpenGL by default. Where no graphics processor is reachable
 * (a virtual machine, a remote desktop, a thin client, a container, Xvfb), OpenGL
 * is Mesa's software rasterizer (llvmpipe), and GTK's GL renderer then costs far
 * more processor time than its cairo renderer: ~150 ms more before the first frame
 * (and ~40 ms more for GDK to load OpenGL at all) and ~2.7x the processor time per
 * scrolled frame of the sheet (tests/bench). On such machines Prongsai asks GTK for
 * its cairo renderer, as GTK 4.14 did itself for llvmpipe, and, where no GPU device
 * exists, keeps GDK from loading OpenGL. A GSK_RENDERER set by the user is always
 * respected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  PRS_RENDERER_GTK_DEFAULT,     /* GTK's own choice: a GPU is there, or it was not checked */
  PRS_RENDERER_USER,            /* GSK_RENDERER was set by the user */
  PRS_RENDERER_CAIRO_NO_GPU,    /* no GPU device the process can open */
  PRS_RENDERER_CAIRO_SOFTWARE_GL, /* OpenGL there, but a software rasterizer */
} PrsRendererChoice;

gboolean          prs_renderer_gpu_device_present (const char *dri_dir,
                                                   const char *nvidia_node);
gboolean          prs_renderer_gl_is_software     (GdkDisplay  *display,
                                                   char       **gl_renderer);
void              prs_renderer_choose_early       (void);
void              prs_renderer_choose_early_with  (const char *dri_dir,
                                                   const char *nvidia_node);
void              prs_renderer_choose_for_display (GdkDisplay *display);
PrsRendererChoice prs_renderer_get_choice         (void);
const char       *prs_renderer_get_gl_name        (void);
char             *prs_renderer_describe           (GtkWidget  *widget);

G_END_DECLS
