/* prs-lazy-menu.c: a menu button whose menu is built when it is first opened
 *
 * A GtkMenuButton given a menu model builds the whole popover menu — a widget,
 * a label and style for every item — at once, although no menu is on screen when
 * the window first appears. Here the button gets the model the first time it is
 * opened (click, Enter or F10), and GTK builds the menu then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-lazy-menu.h"

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

/* Opens MODEL from BUTTON, built on first use. */
void
prs_menu_button_set_menu_on_demand (GtkMenuButton *button,
                                    GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup, g_object_ref (model), g_object_unref);
}
