/* prs-date-popover.h: a calendar in a popover that speaks the Buddhist Era
 *
 * One popover for every place a date is picked (the sheet's date cells, the
 * activity window's due date): arrows around the month and its Buddhist Era year,
 * a GtkCalendar without its own (Christian year) heading, the chosen day written
 * as the owner shows dates (prs_sheet_format_date with its digits and style), and
 * Clear, Today and Set. The popover stores nothing: it says what was asked through
 * its signals and its owner writes and closes it.
 *
 * Signals: "set" (gboolean by_key: Enter rather than the Set button or a double
 * click on a day), "clear" (the Clear button), "cancel" (Escape; a click outside
 * only closes it, as any popover).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "prs-date.h"

G_BEGIN_DECLS

#define PRS_TYPE_DATE_POPOVER (prs_date_popover_get_type ())
G_DECLARE_FINAL_TYPE (PrsDatePopover, prs_date_popover, PRS, DATE_POPOVER, GtkPopover)

GtkWidget *prs_date_popover_new         (void);
/* How the chosen day and the month heading are written. */
void       prs_date_popover_set_display (PrsDatePopover *self,
                                         gboolean        thai_digits,
                                         PrsDateStyle    style);
/* Shows the day of @text (ISO or any form prs_date_parse() reads), today when
 * @text is NULL, empty or not a date; Clear is offered only for a date. */
void       prs_date_popover_reset       (PrsDatePopover *self,
                                         const char     *text);
/* Selects a day (CE); FALSE, nothing changed, when it is no date. */
gboolean   prs_date_popover_select      (PrsDatePopover *self,
                                         int             year,
                                         int             month,
                                         int             day);
/* The day selected, as ISO text (newly allocated). */
char      *prs_date_popover_get_iso     (PrsDatePopover *self);
/* What the Set and Clear buttons do (emit "set" and "clear"), for keyboard
 * paths and tests. */
void       prs_date_popover_set         (PrsDatePopover *self);
void       prs_date_popover_clear       (PrsDatePopover *self);

G_END_DECLS
