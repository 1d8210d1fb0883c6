/* prs-date-popover.c: a calendar in a popover that speaks the Buddhist Era
 *
 * The calendar's own heading is hidden: it would print the Christian year, so the
 * popover draws its own month and Buddhist Era year, and the chosen date as its
 * owner shows dates. Page Up and Page Down step a month; Enter keeps the day
 * unless a button has the focus (then the button's own action).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-date-popover.h"
#include "prs-digits.h"
#include "prs-sheet.h"

struct _PrsDatePopover
{
  GtkPopover parent_instance;

  GtkWidget *calendar;
  GtkWidget *month_label;
  GtkWidget *date_label;
  GtkWidget *clear;
  gboolean thai_digits;
  PrsDateStyle style;
};

G_DEFINE_FINAL_TYPE (PrsDatePopover, prs_date_popover, GTK_TYPE_POPOVER)

enum
{
  SIGNAL_SET,
  SIGNAL_CLEAR,
  SIGNAL_CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
selected_date (PrsDatePopover *self, PrsDate *out)
{
  g_autoptr (GDateTime) dt = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));

  out->year = g_date_time_get_year (dt);
  out->month = g_date_time_get_month (dt);
  out->day = g_date_time_get_day_of_month (dt);
}

/* The calendar's day numbers in the digits chosen: GtkCalendar writes them in
 * GTK's locale (Arabic digits under Thai), in labels of its own; rewritten after
 * it writes them (a month shown, a day selected). */
static void
set_day_digits (GtkWidget *widget, gboolean thai_digits)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_LABEL (c))
        {
          const char *text = gtk_label_get_text (GTK_LABEL (c));
          g_autofree char *arabic = prs_digits_to_arabic (text);
          gboolean number = *arabic != '\0';

          for (const char *p = arabic; *p && number; p++)
            number = g_ascii_isdigit (*p);
          if (number)
            {
              g_autofree char *shown = thai_digits ? prs_digits_to_thai (arabic) : g_strdup (arabic);

              if (!g_str_equal (shown, text))
                gtk_label_set_text (GTK_LABEL (c), shown);
            }
        }
      set_day_digits (c, thai_digits);
    }
}

static void
update_labels (PrsDatePopover *self)
{
  PrsDate date;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *month = NULL;

  selected_date (self, &date);
  iso = prs_date_to_iso (&date);
  shown = prs_sheet_format_date (iso, self->thai_digits, self->style);
  gtk_label_set_text (GTK_LABEL (self->date_label), shown ? shown : "");
  plain = g_strdup_printf ("%s %d", prs_month_name_full (date.month), date.year + PRS_BE_OFFSET);
  month = prs_digits_apply (plain, self->thai_digits);
  gtk_label_set_text (GTK_LABEL (self->month_label), month);
  set_day_digits (self->calendar, self->thai_digits);
}

static void
select_date (PrsDatePopover *self, const PrsDate *date)
{
  g_autoptr (GDateTime) dt = g_date_time_new_local (date->year, date->month, date->day, 12, 0, 0);

  if (dt)
    gtk_calendar_select_day (GTK_CALENDAR (self->calendar), dt);
  update_labels (self);
}

void
prs_date_popover_set_display (PrsDatePopover *self, gboolean thai_digits, PrsDateStyle style)
{
  g_return_if_fail (PRS_IS_DATE_POPOVER (self));
  self->thai_digits = thai_digits;
  self->style = style;
  update_labels (self);
}

void
prs_date_popover_reset (PrsDatePopover *self, const char *text)
{
  PrsDate date;
  gboolean is_date;

  g_return_if_fail (PRS_IS_DATE_POPOVER (self));
  is_date = text && *text && prs_date_parse (text, &date, NULL);
  if (!is_date)
    prs_date_today (&date);
  select_date (self, &date);
  gtk_widget_set_sensitive (self->clear, is_date);
}

gboolean
prs_date_popover_select (PrsDatePopover *self, int year, int month, int day)
{
  g_return_val_if_fail (PRS_IS_DATE_POPOVER (self), FALSE);
  if (!prs_date_is_valid (year, month, day))
    return FALSE;
  select_date (self, &(PrsDate) { year, month, day });
  return TRUE;
}

char *
prs_date_popover_get_iso (PrsDatePopover *self)
{
  PrsDate date;

  g_return_val_if_fail (PRS_IS_DATE_POPOVER (self), NULL);
  selected_date (self, &date);
  return prs_date_to_iso (&date);
}

void
prs_date_popover_set (PrsDatePopover *self)
{
  g_return_if_fail (PRS_IS_DATE_POPOVER (self));
  g_signal_emit (self, signals[SIGNAL_SET], 0, FALSE);
}

void
prs_date_popover_clear (PrsDatePopover *self)
{
  g_return_if_fail (PRS_IS_DATE_POPOVER (self));
  g_signal_emit (self, signals[SIGNAL_CLEAR], 0);
}

static void
step_month (PrsDatePopover *self, int delta)
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
previous_clicked (GtkButton *button, PrsDatePopover *self)
{
  step_month (self, -1);
}

static void
next_clicked (GtkButton *button, PrsDatePopover *self)
{
  step_month (self, 1);
}

static void
today_clicked (GtkButton *button, PrsDatePopover *self)
{
  PrsDate today;

  prs_date_today (&today);
  select_date (self, &today);
}

static void
set_clicked (GtkButton *button, PrsDatePopover *self)
{
  prs_date_popover_set (self);
}

static void
clear_clicked (GtkButton *button, PrsDatePopover *self)
{
  prs_date_popover_clear (self);
}

static void
calendar_changed (GObject *calendar, GParamSpec *pspec, PrsDatePopover *self)
{
  update_labels (self);
}

static void
day_selected (GtkCalendar *calendar, PrsDatePopover *self)
{
  update_labels (self);
}

/* A double click on a day keeps it (the first click selected it). */
static void
calendar_pressed (GtkGestureClick *gesture, int n_press, double x, double y, PrsDatePopover *self)
{
  if (n_press == 2)
    prs_date_popover_set (self);
}

static gboolean
key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
             GdkModifierType state, PrsDatePopover *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  switch (keyval)
    {
    case GDK_KEY_Escape:
      g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* on a button, the button's own action */
      if (focus && GTK_IS_BUTTON (focus))
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_SET], 0, TRUE);
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
prs_date_popover_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (prs_date_popover_parent_class)->map (widget);
  /* the arrow keys move the day at once */
  gtk_widget_grab_focus (PRS_DATE_POPOVER (widget)->calendar);
}

static void
prs_date_popover_class_init (PrsDatePopoverClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = prs_date_popover_map;
  signals[SIGNAL_SET] = g_signal_new ("set", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[SIGNAL_CLEAR] = g_signal_new ("clear", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
  signals[SIGNAL_CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
prs_date_popover_init (PrsDatePopover *self)
{
  GtkWidget *box, *heading, *buttons, *button, *spacer;
  GtkEventController *key;
  GtkGesture *click;

  self->style = PRS_DATE_STYLE_LONG;
  gtk_widget_add_css_class (GTK_WIDGET (self), "date-popover");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  /* The month shown, with its Buddhist Era year, between the arrows. */
  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Previous month"));
  g_signal_connect (button, "clicked", G_CALLBACK (previous_clicked), self);
  gtk_box_append (GTK_BOX (heading), button);
  self->month_label = gtk_label_new (NULL);
  gtk_widget_set_hexpand (self->month_label, TRUE);
  gtk_widget_add_css_class (self->month_label, "heading");
  gtk_box_append (GTK_BOX (heading), self->month_label);
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

  /* The date chosen, as its owner will show it. */
  self->date_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->date_label, "title-4");
  gtk_box_append (GTK_BOX (box), self->date_label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->clear = gtk_button_new_with_mnemonic (_("C_lear"));
  gtk_widget_set_tooltip_text (self->clear, _("Remove the date"));
  g_signal_connect (self->clear, "clicked", G_CALLBACK (clear_clicked), self);
  gtk_box_append (GTK_BOX (buttons), self->clear);
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
  gtk_popover_set_child (GTK_POPOVER (self), box);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  update_labels (self);
}

GtkWidget *
prs_date_popover_new (void)
{
  return g_object_new (PRS_TYPE_DATE_POPOVER, NULL);
}
