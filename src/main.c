/* main.c: the Prongsai application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "prs-application.h"
#include "prs-renderer.h"

int
main (int argc, char **argv)
{
  g_autoptr(PrsApplication) app = NULL;
  const char *localedir = g_getenv ("PRONGSAI_LOCALEDIR");

  /* Before GTK starts, and before any thread exists (it may set GSK_RENDERER). */
  prs_renderer_choose_early ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = prs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
