/* prs-sheet-canvas.c: the scrollable drawing area of a PrsSheet
 *
 * A GtkScrollable inside the sheet's GtkScrolledWindow, so scrolling (wheel,
 * touchpad, kinetic, scrollbars) is GTK's own. It owns no data: measuring, drawing
 * and the cell geometry belong to the sheet (prs-sheet-draw.c); it lays out the
 * one entry that edits a cell and the editing popovers, its only children.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-sheet-private.h"

struct _PrsSheetCanvas
{
  GtkWidget parent_instance;

  PrsSheet *sheet;            /* unowned: the sheet owns us */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;
};

enum
{
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (PrsSheetCanvas, prs_sheet_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static void
adjustment_changed (GtkAdjustment *adjustment, PrsSheetCanvas *self)
{
  /* The entry moves with its cell. */
  if (self->sheet && self->sheet->editing)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PrsSheetCanvas *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_changed, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_changed), self);
  prs_sheet_canvas_update_adjustments (self);
}

void
prs_sheet_canvas_update_adjustments (PrsSheetCanvas *self)
{
  PrsSheet *sheet = self->sheet;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double upper;

  if (sheet == NULL)
    return;
  if (self->hadjustment)
    {
      upper = MAX (sheet->total_width, width);
      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, upper - width)),
                                0, upper, sheet->char_width * 4, MAX (width - sheet->frozen_width, 1) * 0.9,
                                width);
    }
  if (self->vadjustment)
    {
      upper = MAX ((double) sheet->n_rows * sheet->row_height + sheet->header_height, height);
      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, upper - height)),
                                0, upper, sheet->row_height * 3,
                                MAX (height - sheet->header_height - sheet->row_height, sheet->row_height),
                                height);
    }
}

static void
prs_sheet_canvas_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                          int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (widget);
  PrsSheet *sheet = self->sheet;

  *minimum = 0;
  *natural = 0;
  if (sheet == NULL)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = sheet->frozen_width + sheet->char_width * 6;
      *natural = MAX (*minimum, sheet->total_width);
    }
  else
    {
      *minimum = sheet->header_height + sheet->row_height * 2;
      *natural = MAX (*minimum, sheet->header_height + (int) MIN (sheet->n_rows, 40) * sheet->row_height);
    }
}

static void
prs_sheet_canvas_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (widget);
  PrsSheet *sheet = self->sheet;

  if (sheet == NULL)
    return;
  prs_sheet_layout_columns (sheet, width);
  prs_sheet_canvas_update_adjustments (self);
  if (sheet->editing && !sheet->editing_multiline && gtk_widget_get_parent (sheet->entry) == widget)
    {
      graphene_rect_t rect;
      GtkAllocation alloc;

      if (prs_sheet_cell_rect (sheet, sheet->edit_row, sheet->edit_col, &rect))
        {
          alloc.x = rect.origin.x;
          alloc.y = rect.origin.y;
          alloc.width = rect.size.width;
          alloc.height = rect.size.height;
        }
      else
        alloc = (GtkAllocation) { -1000, -1000, 10, 10 };
      {
        int min_h;

        gtk_widget_measure (sheet->entry, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
        alloc.height = MAX (alloc.height, min_h);
      }
      {
        int min_w;

        gtk_widget_measure (sheet->entry, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
        alloc.width = MAX (alloc.width, min_w);
      }
      gtk_widget_size_allocate (sheet->entry, &alloc, -1);
    }
  if (sheet->text_popover && gtk_widget_get_visible (sheet->text_popover))
    gtk_popover_present (GTK_POPOVER (sheet->text_popover));
  if (sheet->choice_popover && gtk_widget_get_visible (sheet->choice_popover))
    gtk_popover_present (GTK_POPOVER (sheet->choice_popover));
  if (sheet->date_popover && gtk_widget_get_visible (sheet->date_popover))
    gtk_popover_present (GTK_POPOVER (sheet->date_popover));
}

static void
prs_sheet_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (widget);

  if (self->sheet == NULL)
    return;
  prs_sheet_draw (self->sheet, widget, snapshot, gtk_widget_get_width (widget),
                  gtk_widget_get_height (widget));
  if (self->sheet->editing && gtk_widget_get_parent (self->sheet->entry) == widget)
    gtk_widget_snapshot_child (widget, self->sheet->entry, snapshot);
}

static void
prs_sheet_canvas_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_sheet_canvas_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_sheet_canvas_dispose (GObject *object)
{
  PrsSheetCanvas *self = PRS_SHEET_CANVAS (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_changed, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  self->sheet = NULL;
  G_OBJECT_CLASS (prs_sheet_canvas_parent_class)->dispose (object);
}

static void
prs_sheet_canvas_class_init (PrsSheetCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_sheet_canvas_dispose;
  object_class->get_property = prs_sheet_canvas_get_property;
  object_class->set_property = prs_sheet_canvas_set_property;
  widget_class->measure = prs_sheet_canvas_measure;
  widget_class->size_allocate = prs_sheet_canvas_size_allocate;
  widget_class->snapshot = prs_sheet_canvas_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "sheet-canvas");
}

static void
prs_sheet_canvas_init (PrsSheetCanvas *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sheet-body");
}

GtkWidget *
prs_sheet_canvas_new (PrsSheet *sheet)
{
  PrsSheetCanvas *self = g_object_new (PRS_TYPE_SHEET_CANVAS, NULL);

  self->sheet = sheet;
  return GTK_WIDGET (self);
}

GtkAdjustment *
prs_sheet_canvas_get_hadjustment (PrsSheetCanvas *self)
{
  return self->hadjustment;
}

GtkAdjustment *
prs_sheet_canvas_get_vadjustment (PrsSheetCanvas *self)
{
  return self->vadjustment;
}
