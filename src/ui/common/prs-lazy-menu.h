/* prs-lazy-menu.h: a menu button whose menu is built when it is first opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void prs_menu_button_set_menu_on_demand (GtkMenuButton *button,
                                         GMenuModel    *model);

G_END_DECLS
