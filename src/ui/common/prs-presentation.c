/* prs-presentation.c: charts full screen for meetings (see prs-presentation.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-chart-style.h"
#include "prs-chart-view.h"
#include "prs-presentation.h"

struct _PrsPresentation
{
  GtkWindow parent_instance;

  GPtrArray *charts;
  guint index;
  PrsChartStyle *style;

  GtkWidget *title_label;
  GtkWidget *subtitle_label;
  GtkWidget *count_label;
  GtkWidget *view;
};

G_DEFINE_FINAL_TYPE (PrsPresentation, prs_presentation, GTK_TYPE_WINDOW)

/* The projector style's colours around the chart too, with text big enough for the
 * back of a meeting room. */
static const char presentation_css[] =
  "window.prs-presentation { background-color: #ffffff; color: #000000; }"
  "window.prs-presentation .presentation-bar { padding: 10px 28px;"
  "  border-bottom: 3px solid #000000; }"
  "window.prs-presentation .presentation-title { font-size: 26pt; font-weight: bold; }"
  "window.prs-presentation .presentation-subtitle { font-size: 22pt; }"
  "window.prs-presentation .presentation-count { font-size: 20pt; font-weight: bold; }"
  "window.prs-presentation .presentation-hint { font-size: 11pt; color: #333333; }";

static void
ensure_css (GtkWidget *widget)
{
  static GdkDisplay *done_for = NULL;
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr (GtkCssProvider) provider = NULL;

  if (done_for == display)
    return;
  done_for = display;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, presentation_css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
show_slide (PrsPresentation *self)
{
  g_autofree char *count = NULL;
  PrsChart *chart;

  if (self->charts->len == 0)
    {
      gtk_label_set_label (GTK_LABEL (self->count_label), "");
      return;
    }
  chart = g_ptr_array_index (self->charts, self->index);
  prs_chart_view_set_chart (PRS_CHART_VIEW (self->view), chart);
  /* Translators: slide number in presentation mode, "3 / 7" */
  count = g_strdup_printf (_("%u / %u"), self->index + 1, self->charts->len);
  gtk_label_set_label (GTK_LABEL (self->count_label), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  prs_chart_get_title (chart) ? prs_chart_get_title (chart) : "", -1);
}

void
prs_presentation_set_slide (PrsPresentation *self, guint index)
{
  g_return_if_fail (PRS_IS_PRESENTATION (self));
  if (self->charts->len == 0)
    return;
  self->index = MIN (index, self->charts->len - 1);
  show_slide (self);
}

guint
prs_presentation_get_slide (PrsPresentation *self)
{
  g_return_val_if_fail (PRS_IS_PRESENTATION (self), 0);
  return self->index;
}

guint
prs_presentation_get_n_slides (PrsPresentation *self)
{
  g_return_val_if_fail (PRS_IS_PRESENTATION (self), 0);
  return self->charts->len;
}

static void
move_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsPresentation *self = PRS_PRESENTATION (widget);
  int delta = g_variant_get_int32 (param);

  if (self->charts->len == 0)
    return;
  if (delta <= -1000)
    prs_presentation_set_slide (self, 0);
  else if (delta >= 1000)
    prs_presentation_set_slide (self, self->charts->len - 1);
  else if (delta < 0 && self->index < (guint) -delta)
    prs_presentation_set_slide (self, 0);
  else
    prs_presentation_set_slide (self, self->index + delta);
}

static void
leave_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
pressed (GtkGestureClick *gesture, int n_press, double x, double y, PrsPresentation *self)
{
  /* A click moves on, as in slide shows; the secondary button goes back. */
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_activate_action (GTK_WIDGET (self), "presentation.move", "i", button == 3 ? -1 : 1);
}

static void
prs_presentation_dispose (GObject *object)
{
  PrsPresentation *self = PRS_PRESENTATION (object);

  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->style, prs_chart_style_unref);
  G_OBJECT_CLASS (prs_presentation_parent_class)->dispose (object);
}

static void
prs_presentation_class_init (PrsPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct { guint key; int delta; } keys[] = {
    { GDK_KEY_Right, 1 }, { GDK_KEY_KP_Right, 1 }, { GDK_KEY_Page_Down, 1 },
    { GDK_KEY_KP_Page_Down, 1 }, { GDK_KEY_space, 1 }, { GDK_KEY_Down, 1 },
    { GDK_KEY_Return, 1 }, { GDK_KEY_n, 1 },
    { GDK_KEY_Left, -1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_Page_Up, -1 },
    { GDK_KEY_KP_Page_Up, -1 }, { GDK_KEY_BackSpace, -1 }, { GDK_KEY_Up, -1 },
    { GDK_KEY_p, -1 },
    { GDK_KEY_Home, -1000 }, { GDK_KEY_KP_Home, -1000 },
    { GDK_KEY_End, 1000 }, { GDK_KEY_KP_End, 1000 },
  };

  object_class->dispose = prs_presentation_dispose;

  gtk_widget_class_install_action (widget_class, "presentation.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, "presentation.move", "i",
                                         keys[i].delta);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_SHIFT_MASK,
                                       "presentation.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "presentation.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, 0, "presentation.leave", NULL);
}

static void
prs_presentation_init (PrsPresentation *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hint;
  GtkGesture *click;

  ensure_css (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "prs-presentation");
  self->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_chart_unref);
  self->style = prs_chart_style_new (PRS_CHART_STYLE_PROJECTOR);

  gtk_widget_add_css_class (bar, "presentation-bar");
  self->title_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title_label, "presentation-title");
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  self->subtitle_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->subtitle_label, "presentation-subtitle");
  gtk_label_set_xalign (GTK_LABEL (self->subtitle_label), 0);
  gtk_box_append (GTK_BOX (titles), self->title_label);
  gtk_box_append (GTK_BOX (titles), self->subtitle_label);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (bar), titles);

  {
    GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    self->count_label = gtk_label_new (NULL);
    gtk_widget_add_css_class (self->count_label, "presentation-count");
    gtk_label_set_xalign (GTK_LABEL (self->count_label), 1);
    hint = gtk_label_new (_("← → to move · Esc to leave"));
    gtk_widget_add_css_class (hint, "presentation-hint");
    gtk_label_set_xalign (GTK_LABEL (hint), 1);
    gtk_box_append (GTK_BOX (right), self->count_label);
    gtk_box_append (GTK_BOX (right), hint);
    gtk_widget_set_valign (right, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (bar), right);
  }
  {
    /* For the mouse: a way out that does not need the keyboard. */
    GtkWidget *leave = gtk_button_new_from_icon_name ("view-restore-symbolic");

    gtk_widget_set_name (leave, "presentation-leave");
    gtk_widget_set_tooltip_text (leave, _("Leave the presentation (Esc)"));
    gtk_widget_add_css_class (leave, "flat");
    gtk_widget_add_css_class (leave, "circular");
    gtk_widget_set_valign (leave, GTK_ALIGN_CENTER);
    gtk_widget_set_focusable (leave, FALSE);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (leave), "presentation.leave");
    gtk_box_append (GTK_BOX (bar), leave);
  }
  gtk_box_append (GTK_BOX (box), bar);

  self->view = prs_chart_view_new ();
  prs_chart_view_set_style (PRS_CHART_VIEW (self->view), self->style);
  gtk_widget_set_vexpand (self->view, TRUE);
  gtk_widget_set_hexpand (self->view, TRUE);
  gtk_widget_set_margin_start (self->view, 24);
  gtk_widget_set_margin_end (self->view, 24);
  gtk_widget_set_margin_top (self->view, 12);
  gtk_widget_set_margin_bottom (self->view, 24);
  /* Keys belong to the slide show, not to the chart's own item navigation. */
  gtk_widget_set_focusable (self->view, FALSE);
  gtk_box_append (GTK_BOX (box), self->view);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  gtk_widget_add_controller (self->view, GTK_EVENT_CONTROLLER (click));

  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
}

PrsPresentation *
prs_presentation_new (GtkWindow *parent, const char *title, const char *subtitle, GPtrArray *charts)
{
  PrsPresentation *self = g_object_new (PRS_TYPE_PRESENTATION, NULL);

  if (parent)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_label_set_label (GTK_LABEL (self->title_label), title ? title : "");
  gtk_label_set_label (GTK_LABEL (self->subtitle_label), subtitle ? subtitle : "");
  for (guint i = 0; charts && i < charts->len; i++)
    g_ptr_array_add (self->charts, prs_chart_ref (g_ptr_array_index (charts, i)));
  show_slide (self);
  return self;
}
