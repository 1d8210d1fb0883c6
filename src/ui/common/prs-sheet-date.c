/* prs-sheet-date.c: the calendar popover of date cells (PRS_SHEET_KIND_DATE)
 *
 * F2, Enter or a double click on a date cell opens a GtkCalendar in a popover at
 * the cell. The calendar's own heading is hidden: it would print the Christian
 * year, so the popover draws its own month and Buddhist Era year, and the chosen
 * date as the cell shows it (prs_sheet_format_date, with the digits and date
 * style the page gave through prs_sheet_set_date_display). Enter or "Set" stores
 * the date (ISO text through the source's set_cell: one write, one undo step),
 * "Clear" stores "", Escape or a click outside changes nothing. Typing over a date
 * cell still edits it as text, so "31/3/2568" or "31 มี.ค. 68" work as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-digits.h"
#include "prs-sheet-private.h"

static void build_popover (PrsSheet *self);

char *
prs_sheet_format_date (const char *text, gboolean thai_digits, PrsDateStyle style)
{
  PrsDate date;
  g_autofree char *plain = NULL;

  if (text == NULL || *text == '\0' || !prs_date_parse (text, &date, NULL))
    return NULL;
  switch (style)
    {
    case PRS_DATE_STYLE_SHORT:
    case PRS_DATE_STYLE_NUMERIC:
      return prs_date_format (&date, style, thai_digits);
    case PRS_DATE_STYLE_LONG:
    case PRS_DATE_STYLE_FULL:
    default:
      /* A cell is narrow: the abbreviated month with the whole year, "31 มี.ค. 2568". */
      plain = g_strdup_printf ("%d %s %d", date.day, prs_month_name_abbr (date.month), date.year + PRS_BE_OFFSET);
      return prs_digits_apply (plain, thai_digits);
    }
}

void
prs_sheet_set_date_display (PrsSheet *self, gboolean thai_digits, PrsDateStyle style)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->date_thai_digits = thai_digits;
  self->date_style = style;
}

static void
selected_date (PrsSheet *self, PrsDate *out)
{
  g_autoptr (GDateTime) dt = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));

  out->year = g_date_time_get_year (dt);
  out->month = g_date_time_get_month (dt);
  out->day = g_date_time_get_day_of_month (dt);
}

static void
update_labels (PrsSheet *self)
{
  PrsDate date;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *month = NULL;

  if (self->calendar == NULL)
    return;
  selected_date (self, &date);
  iso = prs_date_to_iso (&date);
  shown = prs_sheet_format_date (iso, self->date_thai_digits, self->date_style);
  gtk_label_set_text (GTK_LABEL (self->date_label), shown ? shown : "");
  {
    g_autofree char *plain = g_strdup_printf ("%s %d", prs_month_name_full (date.month), date.year + PRS_BE_OFFSET);

    month = prs_digits_apply (plain, self->date_thai_digits);
  }
  gtk_label_set_text (GTK_LABEL (self->date_month_label), month);
}

static void
select_date (PrsSheet *self, const PrsDate *date)
{
  g_autoptr (GDateTime) dt = g_date_time_new_local (date->year, date->month, date->day, 12, 0, 0);

  if (dt)
    gtk_calendar_select_day (GTK_CALENDAR (self->calendar), dt);
  update_labels (self);
}

/* Stores @iso ("" clears) in the cell the popover was opened on, unless it holds
 * that date already: a change is one write, no change none. */
static void
store_date (PrsSheet *self, const char *iso)
{
  guint row = self->date_row, col = self->date_col;
  const char *current = prs_sheet_get_cell_text (self, row, col);
  PrsDate now;
  g_autofree char *current_iso = NULL;

  self->date_open = FALSE;
  gtk_popover_popdown (GTK_POPOVER (self->date_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (current && *current && prs_date_parse (current, &now, NULL))
    current_iso = prs_date_to_iso (&now);
  if (g_strcmp0 (current_iso ? current_iso : "", iso) == 0)
    return;
  prs_sheet_store_cells (self, 1, &row, &col, (const char *[]) { iso });
}

gboolean
prs_sheet_calendar_set (PrsSheet *self)
{
  PrsDate date;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (!self->date_open)
    return FALSE;
  selected_date (self, &date);
  iso = prs_date_to_iso (&date);
  store_date (self, iso);
  return TRUE;
}

gboolean
prs_sheet_calendar_clear (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (!self->date_open)
    return FALSE;
  store_date (self, "");
  return TRUE;
}

gboolean
prs_sheet_calendar_select (PrsSheet *self, int year, int month, int day)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (!self->date_open || !prs_date_is_valid (year, month, day))
    return FALSE;
  select_date (self, &(PrsDate) { year, month, day });
  return TRUE;
}

gboolean
prs_sheet_calendar_is_open (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  return self->date_open;
}

void
prs_sheet_calendar_cancel (PrsSheet *self)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  if (!self->date_open)
    return;
  self->date_open = FALSE;
  gtk_popover_popdown (GTK_POPOVER (self->date_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

gboolean
prs_sheet_open_calendar (PrsSheet *self)
{
  const char *text = prs_sheet_get_cell_text (self, self->cur_row, self->cur_col);
  PrsDate date;
  graphene_rect_t rect;

  if (self->canvas == NULL)
    return FALSE;
  if (self->date_popover == NULL)
    build_popover (self);
  if (text == NULL || *text == '\0' || !prs_date_parse (text, &date, NULL))
    prs_date_today (&date);
  self->date_row = self->cur_row;
  self->date_col = self->cur_col;
  self->date_open = TRUE;
  select_date (self, &date);
  gtk_widget_set_sensitive (self->date_clear, text && *text);
  if (prs_sheet_cell_rect (self, self->cur_row, self->cur_col, &rect))
    {
      int width = 0;

      /* Below the cell, or beside it when below would run past the sheet's right
       * edge (the date column at the edge of a narrow window). */
      /* a hidden popover measures 0: measure its content, plus its frame */
      gtk_widget_measure (gtk_popover_get_child (GTK_POPOVER (self->date_popover)), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &width, NULL, NULL);
      width += 24;
      gtk_popover_set_position (GTK_POPOVER (self->date_popover),
                                rect.origin.x + rect.size.width / 2 + width / 2 > gtk_widget_get_width (self->canvas)
                                ? GTK_POS_LEFT : GTK_POS_BOTTOM);
      gtk_popover_set_pointing_to (GTK_POPOVER (self->date_popover),
                                   &(GdkRectangle) { rect.origin.x, rect.origin.y, rect.size.width, rect.size.height });
    }
  gtk_popover_popup (GTK_POPOVER (self->date_popover));
  gtk_widget_grab_focus (self->calendar);
  return TRUE;
}

static void
step_month (PrsSheet *self, int delta)
{
  PrsDate date;

  selected_date (self, &date);
  date.month += delta;
  if (date.month < 1)
    date.month = 12, date.year--;
  else if (date.month > 12)
    date.month = 1, date.year++;
  date.day = MIN (date.day, prs_date_days_in_month (date.year, date.month));
  if (prs_date_is_valid (date.year, date.month, date.day))
    select_date (self, &date);
}

static void
previous_clicked (GtkButton *button, PrsSheet *self)
{
  step_month (self, -1);
}

static void
next_clicked (GtkButton *button, PrsSheet *self)
{
  step_month (self, 1);
}

static void
today_clicked (GtkButton *button, PrsSheet *self)
{
  PrsDate today;

  prs_date_today (&today);
  select_date (self, &today);
}

static void
set_clicked (GtkButton *button, PrsSheet *self)
{
  prs_sheet_calendar_set (self);
}

static void
clear_clicked (GtkButton *button, PrsSheet *self)
{
  prs_sheet_calendar_clear (self);
}

static void
calendar_changed (GObject *calendar, GParamSpec *pspec, PrsSheet *self)
{
  update_labels (self);
}

static void
day_selected (GtkCalendar *calendar, PrsSheet *self)
{
  update_labels (self);
}

/* A double click on a day keeps it (the first click selected it). */
static void
calendar_pressed (GtkGestureClick *gesture, int n_press, double x, double y, PrsSheet *self)
{
  if (n_press == 2)
    prs_sheet_calendar_set (self);
}

static gboolean
popover_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                     GdkModifierType state, PrsSheet *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (self->date_popover));

  switch (keyval)
    {
    case GDK_KEY_Escape:
      prs_sheet_calendar_cancel (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* on a button, the button's own action */
      if (focus && GTK_IS_BUTTON (focus))
        return FALSE;
      prs_sheet_calendar_set (self);
      prs_sheet_move_cursor (self, 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
      step_month (self, keyval == GDK_KEY_Page_Up ? -1 : 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
popover_closed (GtkPopover *popover, PrsSheet *self)
{
  /* Closed by a click outside: nothing changes. */
  self->date_open = FALSE;
}

void
prs_sheet_init_date (PrsSheet *self)
{
  /* The popover itself is built when first opened: a sheet without date cells
   * carries none of its widgets (a calendar is some ninety). */
  self->date_style = PRS_DATE_STYLE_LONG;
}

static void
build_popover (PrsSheet *self)
{
  GtkWidget *box, *heading, *buttons, *button, *spacer;
  GtkEventController *key;
  GtkGesture *click;

  self->date_popover = gtk_popover_new ();
  gtk_widget_add_css_class (self->date_popover, "sheet-date-popover");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  /* The month shown, with its Buddhist Era year, between the arrows. */
  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Previous month"));
  g_signal_connect (button, "clicked", G_CALLBACK (previous_clicked), self);
  gtk_box_append (GTK_BOX (heading), button);
  self->date_month_label = gtk_label_new (NULL);
  gtk_widget_set_hexpand (self->date_month_label, TRUE);
  gtk_widget_add_css_class (self->date_month_label, "heading");
  gtk_box_append (GTK_BOX (heading), self->date_month_label);
  button = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Next month"));
  g_signal_connect (button, "clicked", G_CALLBACK (next_clicked), self);
  gtk_box_append (GTK_BOX (heading), button);
  gtk_box_append (GTK_BOX (box), heading);

  self->calendar = gtk_calendar_new ();
  gtk_calendar_set_show_heading (GTK_CALENDAR (self->calendar), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date"), -1);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (day_selected), self);
  g_signal_connect (self->calendar, "notify::month", G_CALLBACK (calendar_changed), self);
  g_signal_connect (self->calendar, "notify::year", G_CALLBACK (calendar_changed), self);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (calendar_pressed), self);
  gtk_widget_add_controller (self->calendar, GTK_EVENT_CONTROLLER (click));
  gtk_box_append (GTK_BOX (box), self->calendar);

  /* The date chosen, as the cell will show it. */
  self->date_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->date_label, "title-4");
  gtk_box_append (GTK_BOX (box), self->date_label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->date_clear = gtk_button_new_with_mnemonic (_("C_lear"));
  gtk_widget_set_tooltip_text (self->date_clear, _("Remove the date"));
  g_signal_connect (self->date_clear, "clicked", G_CALLBACK (clear_clicked), self);
  gtk_box_append (GTK_BOX (buttons), self->date_clear);
  button = gtk_button_new_with_mnemonic (_("_Today"));
  g_signal_connect (button, "clicked", G_CALLBACK (today_clicked), self);
  gtk_box_append (GTK_BOX (buttons), button);
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (buttons), spacer);
  button = gtk_button_new_with_mnemonic (_("_Set"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (set_clicked), self);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (self->date_popover), box);
  gtk_widget_set_parent (self->date_popover, self->canvas);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (popover_key_pressed), self);
  gtk_widget_add_controller (self->date_popover, key);
  g_signal_connect (self->date_popover, "closed", G_CALLBACK (popover_closed), self);
}
