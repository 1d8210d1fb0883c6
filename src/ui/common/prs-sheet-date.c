/* prs-sheet-date.c: the calendar popover of date cells (PRS_SHEET_KIND_DATE)
 *
 * F2, Enter or a double click on a date cell opens the shared calendar popover
 * (PrsDatePopover) at the cell, writing the chosen date as the cell shows it
 * (prs_sheet_format_date, with the digits and date style the page gave through
 * prs_sheet_set_date_display). Enter or "Set" stores
 * the date (ISO text through the source's set_cell: one write, one undo step),
 * "Clear" stores "", Escape or a click outside changes nothing. Typing over a date
 * cell still edits it as text, so "31/3/2568" or "31 มี.ค. 68" work as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-date-popover.h"
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
  if (self->date_popover)
    prs_date_popover_set_display (PRS_DATE_POPOVER (self->date_popover), thai_digits, style);
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
  g_autofree char *iso = NULL;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (!self->date_open)
    return FALSE;
  iso = prs_date_popover_get_iso (PRS_DATE_POPOVER (self->date_popover));
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
  if (!self->date_open)
    return FALSE;
  return prs_date_popover_select (PRS_DATE_POPOVER (self->date_popover), year, month, day);
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
  graphene_rect_t rect;

  if (self->canvas == NULL)
    return FALSE;
  if (self->date_popover == NULL)
    build_popover (self);
  self->date_row = self->cur_row;
  self->date_col = self->cur_col;
  self->date_open = TRUE;
  prs_date_popover_reset (PRS_DATE_POPOVER (self->date_popover), text);
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
  return TRUE;
}

static void
popover_set (PrsDatePopover *popover, gboolean by_key, PrsSheet *self)
{
  prs_sheet_calendar_set (self);
  /* Enter, as on a cell: on to the next row */
  if (by_key)
    prs_sheet_move_cursor (self, 1, 0, FALSE);
}

static void
popover_clear (PrsDatePopover *popover, PrsSheet *self)
{
  prs_sheet_calendar_clear (self);
}

static void
popover_cancel (PrsDatePopover *popover, PrsSheet *self)
{
  prs_sheet_calendar_cancel (self);
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
  self->date_popover = prs_date_popover_new ();
  prs_date_popover_set_display (PRS_DATE_POPOVER (self->date_popover), self->date_thai_digits, self->date_style);
  gtk_widget_set_parent (self->date_popover, self->canvas);
  g_signal_connect (self->date_popover, "set", G_CALLBACK (popover_set), self);
  g_signal_connect (self->date_popover, "clear", G_CALLBACK (popover_clear), self);
  g_signal_connect (self->date_popover, "cancel", G_CALLBACK (popover_cancel), self);
  g_signal_connect (self->date_popover, "closed", G_CALLBACK (popover_closed), self);
}
