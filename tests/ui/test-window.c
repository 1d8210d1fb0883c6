/* test-window.c: the main window under a real display — every section visited,
 * a screenshot saved per section, the shell's strings in the test's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "prs-application.h"
#include "prs-export-job.h"
#include "prs-summary-report.h"
#include "prs-window.h"

static PrsApplication *app;
static char *tmpdir;

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Renders WIDGET as it is on screen and saves it as a PNG. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_nonnull (renderer);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Finds the first GtkLabel under WIDGET whose text is TEXT. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0
      && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_window_sections (void)
{
  const char *lang = g_getenv ("PRONGSAI_TEST_LANG");
  const char *shot_dir = g_getenv ("PRONGSAI_SCREENSHOT_DIR");
  const char * const *sections = prs_window_list_sections ();
  /* The section titles as the sidebar must show them, in sidebar order. */
  const char *titles[] = { N_("Plans"), N_("Meetings"), N_("Participation"), N_("ITA"),
                           N_("People & Units") };
  g_autofree char *ws_path = g_build_filename (tmpdir, "test.prongsai", NULL);
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PrsWindow *window;

  g_assert_nonnull (lang);
  g_assert_nonnull (shot_dir);
  g_mkdir_with_parents (shot_dir, 0755);

  if (g_str_equal (lang, "th"))
    {
      /* Under a Thai locale the whole shell is Thai. */
      g_assert_cmpstr (_("Plans"), !=, "Plans");
      g_assert_cmpstr (_("Meetings"), !=, "Meetings");
    }

  store = prs_store_open (ws_path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  g_assert_no_error (error);
  window = prs_window_new (GTK_APPLICATION (app), store);
  g_assert_true (prs_window_get_store (window) == store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (500);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* The workspace's name is in the title. */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "test"));

  for (guint i = 0; sections[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.png", lang, sections[i]);
      g_autofree char *path = g_build_filename (shot_dir, name, NULL);
      GStatBuf st;

      g_assert_cmpuint (i, <, G_N_ELEMENTS (titles));
      prs_window_set_section (window, sections[i]);
      wait_ms (400);
      g_assert_cmpstr (prs_window_get_section (window), ==, sections[i]);
      /* The sidebar and the content header show the translated title. */
      g_assert_true (has_label (GTK_WIDGET (window), _(titles[i])));

      save_screenshot (GTK_WIDGET (window), path);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 10000);
      g_test_message ("screenshot: %s", path);
    }

  /* The workspace summary from the menu's code path: written in the background. */
  {
    g_autofree char *pdf_path = g_build_filename (tmpdir, "summary.pdf", NULL);
    g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
    g_autofree char *contents = NULL;
    gsize length = 0;

    prs_window_export_summary (window, pdf);
    while (!g_file_test (pdf_path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
      wait_ms (50);
    wait_ms (300);
    g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 2000);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    {
      g_autofree char *name = g_strdup_printf ("%s-export-toast.png", lang);
      g_autofree char *path = g_build_filename (shot_dir, name, NULL);

      save_screenshot (GTK_WIDGET (window), path);
    }
  }

  /* Printing goes through GtkPrintOperation with the PDF's pagination. */
  {
    g_autofree char *print_path = g_build_filename (tmpdir, "printed.pdf", NULL);
    g_autoptr(PrsReport) report = prs_summary_report_new (store, TRUE, &error);
    g_autoptr(PrsReportLayout) layout = NULL;
    g_autofree char *info = NULL;
    const char *pages_line;
    int pages;

    g_assert_no_error (error);
    layout = prs_report_layout_new (report);
    g_assert_true (prs_export_job_print_to_file (report, print_path, &error));
    g_assert_no_error (error);
    /* poppler reads the printed file back */
    g_assert_true (g_spawn_sync (NULL, (char *[]) { "pdfinfo", print_path, NULL }, NULL,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &info, NULL, NULL, &error));
    g_assert_no_error (error);
    pages_line = strstr (info, "Pages:");
    g_assert_nonnull (pages_line);
    pages = atoi (pages_line + strlen ("Pages:"));
    g_assert_cmpint (pages, ==, prs_report_layout_page_count (layout));
    g_test_message ("printed %d pages", pages);
  }

  /* A narrow window folds the sidebar away and still shows the section. */
  gtk_window_set_default_size (GTK_WINDOW (window), 380, 700);
  gtk_widget_set_size_request (GTK_WIDGET (window), 380, 700);
  gtk_window_unmaximize (GTK_WINDOW (window));
  wait_ms (600);
  {
    g_autofree char *name = g_strdup_printf ("%s-narrow.png", lang);
    g_autofree char *path = g_build_filename (shot_dir, name, NULL);

    save_screenshot (GTK_WIDGET (window), path);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (100);
}

/* A workspace opened read-only says so and offers no undo. */
static void
test_window_read_only (void)
{
  const char *lang = g_getenv ("PRONGSAI_TEST_LANG");
  const char *shot_dir = g_getenv ("PRONGSAI_SCREENSHOT_DIR");
  g_autofree char *ws_path = g_build_filename (tmpdir, "read-only.prongsai", NULL);
  g_autofree char *name = g_strdup_printf ("%s-read-only.png", lang);
  g_autofree char *path = g_build_filename (shot_dir, name, NULL);
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PrsWindow *window;

  store = prs_store_open (ws_path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = prs_store_open (ws_path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_get_read_only (store));

  window = prs_window_new (GTK_APPLICATION (app), store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  prs_window_set_section (window, "plans");
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (800);
  g_assert_true (has_label (GTK_WIDGET (window), prs_store_get_read_only_reason (store)
                                                   ? prs_store_get_read_only_reason (store)
                                                   : _("This workspace is read-only.")));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL)
                  && prs_store_can_undo (store));
  save_screenshot (GTK_WIDGET (window), path);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (100);
}

int
main (int argc, char **argv)
{
  const char *localedir = g_getenv ("PRONGSAI_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display: run through the README's test command (Xvfb)");
      return g_test_run ();
    }

  tmpdir = g_dir_make_tmp ("prongsai-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);

  app = prs_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/ui/window/sections", test_window_sections);
  g_test_add_func ("/ui/window/read-only", test_window_read_only);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_free (tmpdir);
  return ret;
}
