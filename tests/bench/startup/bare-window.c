/* bare-window.c: the reference for the start-up benchmark — a bare libadwaita window
 * (header bar and a status page) of the app's default size, that prints the
 * monotonic clock at its first painted frame and quits, as prongsai does with
 * PRONGSAI_BENCH_FIRST_FRAME.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>

#include <adwaita.h>

static GskRenderer *renderer;

static void
after_paint (GdkFrameClock *clock, gpointer user_data)
{
  struct timespec cpu = { 0 };

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  g_signal_handlers_disconnect_by_func (clock, after_paint, user_data);
  g_print ("first-frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s\n", g_get_monotonic_time (),
           (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000, G_OBJECT_TYPE_NAME (renderer));
  g_application_quit (G_APPLICATION (user_data));
}

static void
realized (GtkWidget *window, gpointer app)
{
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint), app);
}

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare window");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  g_signal_connect (window, "realize", G_CALLBACK (realized), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr (AdwApplication) app = adw_application_new ("io.github.prongsai.BareWindow",
                                                        G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
