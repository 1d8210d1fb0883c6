/* prs-presentation.h: charts full screen, one at a time, for meetings
 *
 * Left/Right, Page Up/Page Down (presentation clickers), space and BackSpace move;
 * Home/End jump; Esc leaves. The title (agency) and subtitle (year) stay on screen
 * with the slide number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prs-chart.h"

G_BEGIN_DECLS

#define PRS_TYPE_PRESENTATION (prs_presentation_get_type ())
G_DECLARE_FINAL_TYPE (PrsPresentation, prs_presentation, PRS, PRESENTATION, GtkWindow)

/* @charts: PrsChart; the window keeps a reference to each. */
PrsPresentation *prs_presentation_new       (GtkWindow   *parent,
                                             const char  *title,
                                             const char  *subtitle,
                                             GPtrArray   *charts);
guint            prs_presentation_get_n_slides (PrsPresentation *self);
guint            prs_presentation_get_slide    (PrsPresentation *self);
/* Clamped to the slides. */
void             prs_presentation_set_slide    (PrsPresentation *self,
                                                guint            index);

G_END_DECLS
