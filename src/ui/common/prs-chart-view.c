/* prs-chart-view.c: a chart on screen
 *
 * Draws with the charts layer's one renderer, and adds what a screen can:
 * hover and tooltips, keyboard focus moving between data points, the data
 * read out as text for screen readers, and a context menu to copy or save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <adwaita.h>
#include <pango/pangocairo.h>

#include "prs-chart-view.h"

struct _PrsChartView
{
  GtkWidget      parent_instance;
  PrsChart      *chart;
  PrsChartStyle *style;      /* set by the caller, or NULL */
  PrsChartStyle *auto_style; /* follows the app's dark style */
  PrsChartStyle *screen_style; /* the above with the desktop's text floor */
  double         aspect;     /* natural height / width */
  GtkWidget     *menu;
  int            hover;      /* item under the pointer, -1 */
  int            focus;      /* item with keyboard focus, -1 */
  /* the chart as last drawn: a repaint for the hover or focus outline
   * reuses it while the chart, style and size stay the same */
  GskRenderNode *frame;
  PrsChartStyle *frame_style; /* identity only */
  guint          frame_chart_generation, frame_style_generation;
  int            frame_width, frame_height;
};

G_DEFINE_FINAL_TYPE (PrsChartView, prs_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The style drawn with (caller's, or light/dark following the app), before
 * the screen's text floor is added; files are saved with this one. */
static PrsChartStyle *
base_style (PrsChartView *self)
{
  if (self->style)
    return self->style;
  if (!self->auto_style)
    {
      gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
      self->auto_style = prs_chart_style_new (dark ? PRS_CHART_STYLE_DARK : PRS_CHART_STYLE_LIGHT);
    }
  return self->auto_style;
}

/* The desktop's body text size in pixels (Cantarell 11 pt is 14.67 px) */
static double
body_font_px (PrsChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  double size, dpi = pango_cairo_context_get_resolution (context);

  if (!desc || pango_font_description_get_size (desc) <= 0)
    return 14.67;
  size = (double) pango_font_description_get_size (desc) / PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (desc))
    return size;
  return size * (dpi > 0 ? dpi : 96) / 72;
}

/* On screen, chart text is never smaller than the text around it, however
 * small the card: a copy of the style with that floor. */
static PrsChartStyle *
current_style (PrsChartView *self)
{
  if (!self->screen_style)
    {
      self->screen_style = prs_chart_style_copy (base_style (self));
      prs_chart_style_set_min_font_size (self->screen_style, body_font_px (self));
    }
  return self->screen_style;
}

static void
forget_styles (PrsChartView *self)
{
  g_clear_pointer (&self->screen_style, prs_chart_style_unref);
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed (PrsChartView *self)
{
  g_clear_pointer (&self->auto_style, prs_chart_style_unref);
  forget_styles (self);
}

static char *hit_text (PrsChartView *self, const PrsChartHit *hit);

/* The accessible name is the title, followed by the focused data point
 * while the arrow keys move through the data, so a screen reader says
 * which point is focused; the description reads all the data. */
static void
update_accessible (PrsChartView *self)
{
  g_autofree char *text = self->chart ? prs_chart_describe (self->chart) : g_strdup ("");
  const char *title = self->chart && prs_chart_get_title (self->chart) ? prs_chart_get_title (self->chart)
                                                                        : _("Chart");
  g_autofree char *label = NULL;
  GtkWidget *widget = GTK_WIDGET (self);
  PrsChartHit hit;

  if (self->chart && self->focus >= 0
      && prs_chart_get_item (self->chart, current_style (self), MAX (gtk_widget_get_width (widget), 1),
                             MAX (gtk_widget_get_height (widget), 1), self->focus, &hit))
    {
      g_autofree char *item = hit_text (self, &hit);
      g_strdelimit (item, "\n", ' ');
      /* Translators: accessible name of a chart while a data point has
       * keyboard focus: "title — point" */
      label = g_strdup_printf (_("%s — %s"), title, item);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label ? label : title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* The chart itself, drawn again only when the chart, the style or the size
 * changed since the last frame */
static GskRenderNode *
chart_frame (PrsChartView *self, PrsChartStyle *style, int w, int h)
{
  GtkSnapshot *snapshot;
  cairo_t *cr;

  if (self->frame && self->frame_style == style && self->frame_width == w && self->frame_height == h
      && self->frame_chart_generation == prs_chart_get_generation (self->chart)
      && self->frame_style_generation == prs_chart_style_get_generation (style))
    return self->frame;
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  prs_chart_draw (cr, w, h, self->chart, style);
  cairo_destroy (cr);
  self->frame = gtk_snapshot_free_to_node (snapshot);
  self->frame_style = style;
  self->frame_width = w;
  self->frame_height = h;
  self->frame_chart_generation = prs_chart_get_generation (self->chart);
  self->frame_style_generation = prs_chart_style_get_generation (style);
  return self->frame;
}

static void
prs_chart_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  PrsChartStyle *style = current_style (self);
  GskRenderNode *frame;

  if (!self->chart || w < 1 || h < 1)
    return;
  frame = chart_frame (self, style, (int) w, (int) h);
  if (frame)
    gtk_snapshot_append_node (snapshot, frame);

  for (int pass = 0; pass < 2; pass++)
    {
      int item = pass == 0 ? self->hover : self->focus;
      PrsChartHit hit;
      PrsChartRGBA fg;
      cairo_t *cr;

      if (item < 0 || (pass == 1 && !gtk_widget_has_focus (widget)))
        continue;
      if (!prs_chart_get_item (self->chart, style, w, h, item, &hit))
        continue;
      /* only the outline's own patch is drawn on each repaint */
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (hit.x - 4, hit.y - 4, hit.width + 8,
                                                                     hit.height + 8));
      prs_chart_style_get_foreground (style, &fg);
      cairo_set_source_rgba (cr, fg.r, fg.g, fg.b, pass == 0 ? 0.6 : 1.0);
      cairo_set_line_width (cr, 2);
      if (pass == 1)
        {
          double dash[] = { 4, 2 };
          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_rectangle (cr, hit.x - 2, hit.y - 2, hit.width + 4, hit.height + 4);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

static void
set_hover (PrsChartView *self, int item)
{
  if (self->hover != item)
    {
      self->hover = item;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
motion (GtkEventControllerMotion *controller, double x, double y, PrsChartView *self)
{
  PrsChartHit hit;
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->chart
      && prs_chart_hit_test (self->chart, current_style (self), gtk_widget_get_width (widget),
                             gtk_widget_get_height (widget), x, y, &hit)
      && hit.series >= 0)
    set_hover (self, (int) hit.item);
  else
    set_hover (self, -1);
}

static void
leave (GtkEventControllerMotion *controller, PrsChartView *self)
{
  set_hover (self, -1);
}

static char *
hit_text (PrsChartView *self, const PrsChartHit *hit)
{
  g_autofree char *value = prs_chart_format_value (self->chart, hit->value);

  if (hit->series < 0)
    return g_strdup (hit->category_label);
  if (!hit->category_label)
    return g_steal_pointer (&value);
  if (hit->series_name && *hit->series_name && prs_chart_get_n_series (self->chart) > 1)
    return g_strdup_printf ("%s\n%s: %s", hit->category_label, hit->series_name, value);
  return g_strdup_printf ("%s: %s", hit->category_label, value);
}

static gboolean
query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  PrsChartStyle *style = current_style (self);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  PrsChartHit hit;
  g_autofree char *text = NULL;
  gboolean found;

  if (!self->chart)
    return FALSE;
  if (keyboard)
    found = self->focus >= 0 && prs_chart_get_item (self->chart, style, w, h, self->focus, &hit);
  else
    found = prs_chart_hit_test (self->chart, style, w, h, x, y, &hit);
  if (!found)
    return FALSE;
  text = hit_text (self, &hit);
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) hit.x, (int) hit.y, MAX (1, (int) hit.width),
                                                       MAX (1, (int) hit.height) });
  return TRUE;
}

/* Keyboard focus on data item `index` (clamped; -1 for none) */
static void
set_focus_item (PrsChartView *self, int index)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n;
  PrsChartHit hit;

  if (!self->chart)
    return;
  n = prs_chart_get_n_items (self->chart, current_style (self), MAX (gtk_widget_get_width (widget), 1),
                             MAX (gtk_widget_get_height (widget), 1));
  self->focus = n == 0 || index < 0 ? -1 : MIN (index, (int) n - 1);
  gtk_widget_queue_draw (widget);

  /* say what is focused: tooltip, accessible name and value */
  if (self->focus >= 0
      && prs_chart_get_item (self->chart, current_style (self), MAX (gtk_widget_get_width (widget), 1),
                             MAX (gtk_widget_get_height (widget), 1), self->focus, &hit))
    {
      g_autofree char *text = hit_text (self, &hit);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
#if GTK_CHECK_VERSION(4, 14, 0)
      gtk_accessible_announce (GTK_ACCESSIBLE (self), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
    }
  else
    {
      gtk_widget_set_tooltip_text (widget, NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  /* after the tooltip, which sets the accessible description too */
  update_accessible (self);
}

static void
move_focus (PrsChartView *self, int delta)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n;

  if (!self->chart)
    return;
  n = prs_chart_get_n_items (self->chart, current_style (self), MAX (gtk_widget_get_width (widget), 1),
                             MAX (gtk_widget_get_height (widget), 1));
  if (n == 0)
    return;
  if (self->focus < 0)
    set_focus_item (self, delta > 0 ? 0 : (int) n - 1);
  else
    set_focus_item (self, CLAMP (self->focus + delta, 0, (int) n - 1));
}

/* The arrow keys, Home and End are bound to these (see class_init), so
 * the keys and anything else activating them share one path. */
static void
focus_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);

  if (g_str_equal (action, "chart.focus-next"))
    move_focus (self, 1);
  else if (g_str_equal (action, "chart.focus-previous"))
    move_focus (self, -1);
  else if (g_str_equal (action, "chart.focus-first"))
    set_focus_item (self, 0);
  else if (g_str_equal (action, "chart.focus-last"))
    set_focus_item (self, G_MAXINT);
}

static void
popup_menu_at (PrsChartView *self, double x, double y)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
right_click (GtkGestureClick *gesture, int n_press, double x, double y, PrsChartView *self)
{
  popup_menu_at (self, x, y);
}

static void
show_menu_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  PrsChartHit hit;
  double x = gtk_widget_get_width (widget) / 2.0, y = gtk_widget_get_height (widget) / 2.0;

  if (self->chart && self->focus >= 0
      && prs_chart_get_item (self->chart, current_style (self), gtk_widget_get_width (widget),
                             gtk_widget_get_height (widget), self->focus, &hit))
    {
      x = hit.x + hit.width / 2;
      y = hit.y + hit.height / 2;
    }
  popup_menu_at (self, x, y);
}

/* The image as on screen, at twice the pixels for sharp pasting. */
static GdkTexture *
render_texture (PrsChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double w = MAX (gtk_widget_get_width (widget), 400), h = MAX (gtk_widget_get_height (widget), 250);
  cairo_surface_t *surface = prs_chart_render_image (self->chart, current_style (self), w, h, 192);
  int pw = cairo_image_surface_get_width (surface), ph = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr (GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * ph);
  GdkTexture *texture = gdk_memory_texture_new (pw, ph, GDK_MEMORY_DEFAULT, bytes, stride);

  cairo_surface_destroy (surface);
  return texture;
}

static void
copy_image_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  g_autoptr (GdkTexture) texture = NULL;

  if (!self->chart)
    return;
  texture = render_texture (self);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

static void
copy_data_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  g_autofree char *tsv = NULL;

  if (!self->chart)
    return;
  tsv = prs_chart_to_tsv (self->chart);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), tsv);
}

static void
save_to (PrsChartView *self, GFile *file, PrsChartFormat format)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *widget = GTK_WIDGET (self);
  double w = MAX (gtk_widget_get_width (widget), 800), h = MAX (gtk_widget_get_height (widget), 450);

  /* Files get the light style whatever the screen shows: they are printed. */
  g_autoptr (PrsChartStyle) style = self->style ? prs_chart_style_ref (self->style)
                                                : prs_chart_style_new (PRS_CHART_STYLE_LIGHT);

  if (!self->chart)
    return;

  if (!path || !prs_chart_save (self->chart, style, format, path, w, h, 192, &error))
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could Not Save the Chart"),
                                                  error ? error->message : _("The file has no local path."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* The end of "Save as…" once a file is chosen; also an action of its own,
 * chart.save-to (format, path), for scripts and tests. */
static void
save_to_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  const char *format_name, *path;
  PrsChartFormat format;
  g_autoptr (GFile) file = NULL;

  g_variant_get (param, "(&s&s)", &format_name, &path);
  if (!self->chart || !prs_chart_format_from_string (format_name, &format))
    return;
  file = g_file_new_for_path (path);
  save_to (self, file, format);
}

typedef struct
{
  PrsChartView  *self;
  PrsChartFormat format;
} SaveData;

#if GTK_CHECK_VERSION(4, 10, 0)
static void
save_dialog_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SaveData *data = user_data;
  g_autoptr (GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file)
    save_to (data->self, file, data->format);
  g_object_unref (data->self);
  g_free (data);
}
#else
static void
save_native_done (GtkNativeDialog *native, int response, gpointer user_data)
{
  SaveData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file)
        save_to (data->self, file, data->format);
    }
  g_object_unref (data->self);
  g_free (data);
  g_object_unref (native);
}
#endif

static void
save_action (GtkWidget *widget, const char *action, GVariant *param)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);
  const char *ext = g_variant_get_string (param, NULL);
  SaveData *data;
  g_autofree char *name = NULL;
  const char *title = self->chart ? prs_chart_get_title (self->chart) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!self->chart)
    return;
  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  if (!prs_chart_format_from_string (ext, &data->format))
    data->format = PRS_CHART_FORMAT_PNG;
  /* Translators: default file name of a saved chart without a title */
  name = g_strdup_printf ("%s.%s", title ? title : _("chart"), ext);
  g_strdelimit (name, "/\\:", '-');

#if GTK_CHECK_VERSION(4, 10, 0)
  {
    g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();
    gtk_file_dialog_set_title (dialog, _("Save Chart"));
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_save (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, save_dialog_done, data);
  }
#else
  {
    GtkFileChooserNative *native = gtk_file_chooser_native_new (_("Save Chart"),
                                                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                                                _("_Cancel"));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    g_signal_connect (native, "response", G_CALLBACK (save_native_done), data);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

static GtkSizeRequestMode
prs_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* A chart's natural height follows its width (16:9 by default), so a card
 * stretched across the window is not a thin strip. */
static void
prs_chart_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                        int *natural, int *minimum_baseline, int *natural_baseline)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 800;
    }
  else
    {
      *minimum = 160;
      *natural = for_size > 0 ? MAX (160, (int) round (for_size * self->aspect)) : (int) round (800 * self->aspect);
    }
}

static void
prs_chart_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (prs_chart_view_parent_class)->css_changed (widget, change);
  /* the desktop's font size may have changed */
  forget_styles (PRS_CHART_VIEW (widget));
}

static void
prs_chart_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  PrsChartView *self = PRS_CHART_VIEW (widget);

  gtk_popover_present (GTK_POPOVER (self->menu));
  self->hover = -1;
}

static void
prs_chart_view_dispose (GObject *object)
{
  PrsChartView *self = PRS_CHART_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->chart, prs_chart_unref);
  g_clear_pointer (&self->style, prs_chart_style_unref);
  g_clear_pointer (&self->auto_style, prs_chart_style_unref);
  g_clear_pointer (&self->screen_style, prs_chart_style_unref);
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  G_OBJECT_CLASS (prs_chart_view_parent_class)->dispose (object);
}

static void
prs_chart_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsChartView *self = PRS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_chart_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PrsChartView *self = PRS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      prs_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_chart_view_class_init (PrsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_chart_view_dispose;
  object_class->get_property = prs_chart_view_get_property;
  object_class->set_property = prs_chart_view_set_property;
  widget_class->snapshot = prs_chart_view_snapshot;
  widget_class->measure = prs_chart_view_measure;
  widget_class->get_request_mode = prs_chart_view_get_request_mode;
  widget_class->css_changed = prs_chart_view_css_changed;
  widget_class->size_allocate = prs_chart_view_size_allocate;
  widget_class->query_tooltip = query_tooltip;

  properties[PROP_CHART] = g_param_spec_boxed ("chart", NULL, NULL, PRS_TYPE_CHART,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                 | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-data", NULL, copy_data_action);
  gtk_widget_class_install_action (widget_class, "chart.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "chart.save-to", "(ss)", save_to_action);
  gtk_widget_class_install_action (widget_class, "chart.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-next", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-previous", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-first", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-last", NULL, focus_action);
  {
    static const struct { guint key; const char *action; } keys[] = {
      { GDK_KEY_Right, "chart.focus-next" },     { GDK_KEY_Down, "chart.focus-next" },
      { GDK_KEY_KP_Right, "chart.focus-next" },  { GDK_KEY_KP_Down, "chart.focus-next" },
      { GDK_KEY_Left, "chart.focus-previous" },  { GDK_KEY_Up, "chart.focus-previous" },
      { GDK_KEY_KP_Left, "chart.focus-previous" }, { GDK_KEY_KP_Up, "chart.focus-previous" },
      { GDK_KEY_Home, "chart.focus-first" },     { GDK_KEY_KP_Home, "chart.focus-first" },
      { GDK_KEY_End, "chart.focus-last" },       { GDK_KEY_KP_End, "chart.focus-last" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, NULL);
  }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-image", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "prs-chart-view");
}

static void
prs_chart_view_init (PrsChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) copy = g_menu_new ();
  g_autoptr (GMenu) save = g_menu_new ();
  GtkEventController *controller;
  GtkGesture *click;

  self->hover = -1;
  self->focus = -1;
  self->aspect = 9.0 / 16.0;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);

  g_menu_append (copy, _("_Copy Image"), "chart.copy-image");
  g_menu_append (copy, _("Copy _Data as Table"), "chart.copy-data");
  g_menu_append (save, _("Save as _PNG…"), "chart.save::png");
  g_menu_append (save, _("Save as _SVG…"), "chart.save::svg");
  g_menu_append (save, _("Save as P_DF…"), "chart.save::pdf");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (copy));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, widget);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave), self);
  gtk_widget_add_controller (widget, controller);


  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (right_click), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed), self,
                           G_CONNECT_SWAPPED);
  update_accessible (self);
}

GtkWidget *
prs_chart_view_new (void)
{
  return g_object_new (PRS_TYPE_CHART_VIEW, NULL);
}

void
prs_chart_view_set_chart (PrsChartView *self, PrsChart *chart)
{
  g_return_if_fail (PRS_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  g_clear_pointer (&self->chart, prs_chart_unref);
  g_clear_pointer (&self->frame, gsk_render_node_unref);
  self->chart = chart ? prs_chart_ref (chart) : NULL;
  self->hover = -1;
  self->focus = -1;
  /* (the tooltip text sets the accessible description: clear it first) */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-image", chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-data", chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save-to", chart != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

PrsChart *
prs_chart_view_get_chart (PrsChartView *self)
{
  g_return_val_if_fail (PRS_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
prs_chart_view_set_style (PrsChartView *self, PrsChartStyle *style)
{
  g_return_if_fail (PRS_IS_CHART_VIEW (self));

  if (self->style == style)
    return;
  g_clear_pointer (&self->style, prs_chart_style_unref);
  self->style = style ? prs_chart_style_ref (style) : NULL;
  forget_styles (self);
}

PrsChartStyle *
prs_chart_view_get_style (PrsChartView *self)
{
  g_return_val_if_fail (PRS_IS_CHART_VIEW (self), NULL);
  return current_style (self);
}

int
prs_chart_view_get_focus_item (PrsChartView *self)
{
  g_return_val_if_fail (PRS_IS_CHART_VIEW (self), -1);
  return self->focus;
}

/* Natural height as a fraction of the width (9/16 by default) */
void
prs_chart_view_set_aspect_ratio (PrsChartView *self, double height_per_width)
{
  g_return_if_fail (PRS_IS_CHART_VIEW (self));
  g_return_if_fail (height_per_width > 0);

  self->aspect = height_per_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
