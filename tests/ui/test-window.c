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
#include "tests/prs-test-tmpdir.h"
#include "tests/prs-test-ui.h"
#include "prs-export-job.h"
#include "prs-store-shell.h"
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

/* Waits until WIDGET has been laid out (a section is built when first shown, and
 * the ITA page takes a while to lay out under a loaded machine). */
static void
wait_for_layout (GtkWidget *widget)
{
  for (int i = 0; i < 200 && (widget == NULL || gtk_widget_get_width (widget) == 0); i++)
    wait_ms (50);
  wait_ms (300);
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
  /* A page made a moment ago may wait for its allocation (no node yet): retry. */
  for (int i = 0; i < 60 && node == NULL; i++)
    {
      g_clear_object (&snapshot);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        wait_ms (50);
    }
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
store_result (GObject *source, GAsyncResult *result, gpointer data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* TRUE if an AdwWindowTitle under WIDGET (the content header) shows TITLE. */
static gboolean
has_window_title (GtkWidget  *widget,
                  const char *title)
{
  if (ADW_IS_WINDOW_TITLE (widget) && g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_window_title (child, title))
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

  /* The workspace's name is in the title, the section's in the content header. */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "test"));
  g_assert_true (has_window_title (GTK_WIDGET (window), _("Plans")));

  /* Pages are built lazily: only the section shown at launch exists. */
  g_assert_cmpstr (prs_window_get_section (window), ==, "plans");
  g_assert_nonnull (prs_window_get_section_page (window, "plans"));
  for (guint i = 1; sections[i] != NULL; i++)
    g_assert_null (prs_window_get_section_page (window, sections[i]));

  for (guint i = 0; sections[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.png", lang, sections[i]);
      g_autofree char *path = g_build_filename (shot_dir, name, NULL);
      GStatBuf st;

      g_assert_cmpuint (i, <, G_N_ELEMENTS (titles));
      if (i > 0)
        g_assert_null (prs_window_get_section_page (window, sections[i]));
      prs_window_set_section (window, sections[i]);
      g_assert_nonnull (prs_window_get_section_page (window, sections[i]));
      wait_for_layout (prs_window_get_section_page (window, sections[i]));
      g_assert_cmpstr (prs_window_get_section (window), ==, sections[i]);
      /* The sidebar and the content header show the translated title. */
      g_assert_true (has_label (GTK_WIDGET (window), _(titles[i])));
      g_assert_true (has_window_title (GTK_WIDGET (window), _(titles[i])));

      save_screenshot (GTK_WIDGET (window), path);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 10000);
      g_test_message ("screenshot: %s", path);
    }

  /* Display preferences apply live: Thai digits on screen reach the ITA year chooser. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    GtkWidget *ita = prs_window_get_section_page (window, "ita");
    GtkWidget *years;
    GtkStringObject *item;

    prs_window_set_section (window, "ita");
    wait_for_layout (ita);
    years = prs_test_find_named (ita, "year-chooser", TRUE);

    g_assert_nonnull (years);
    g_assert_true (gtk_widget_is_sensitive (years));
    item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (years));
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "2568");
    g_settings_set_boolean (settings, "thai-digits-screen", TRUE);
    wait_ms (300);
    item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (years));
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "๒๕๖๘");
    g_settings_set_boolean (settings, "thai-digits-screen", FALSE);
    wait_ms (300);
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


static void
screenshot_named (GtkWidget  *widget,
                  const char *what)
{
  const char *lang = g_getenv ("PRONGSAI_TEST_LANG");
  const char *shot_dir = g_getenv ("PRONGSAI_SCREENSHOT_DIR");
  g_autofree char *name = g_strdup_printf ("%s-%s.png", lang, what);
  g_autofree char *path = g_build_filename (shot_dir, name, NULL);

  g_mkdir_with_parents (shot_dir, 0755);
  save_screenshot (widget, path);
  g_test_message ("screenshot: %s", path);
}

/* A brand-new workspace asks for the agency, then offers the next steps; every
 * section of the still empty workspace says what it will hold and what to do. */
static void
test_window_first_run (void)
{
  g_autofree char *ws_path = g_build_filename (tmpdir, "new.prongsai", NULL);
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  const char * const *sections = prs_window_list_sections ();
  PrsWindow *window;
  GtkWidget *name, *abbreviation, *row;

  store = prs_store_open (ws_path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_is_blank (store, &error));
  g_assert_no_error (error);
  window = prs_window_new (GTK_APPLICATION (app), store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (600);

  /* The welcome asks for the agency; no section page is built yet. */
  g_assert_cmpstr (prs_window_get_section (window), ==, "welcome");
  for (guint i = 0; sections[i] != NULL; i++)
    g_assert_null (prs_window_get_section_page (window, sections[i]));
  name = prs_test_find_named (GTK_WIDGET (window), "agency-name", TRUE);
  abbreviation = prs_test_find_named (GTK_WIDGET (window), "agency-abbreviation", TRUE);
  g_assert_nonnull (name);
  g_assert_nonnull (abbreviation);
  /* Nothing to save without a name. */
  g_assert_false (gtk_widget_activate_action (name, "welcome.save-agency", NULL)
                  && prs_store_find_own_agency (store, NULL) != 0);
  gtk_editable_set_text (GTK_EDITABLE (name), "สำนักงานส่งเสริมคุณธรรมจังหวัดตัวอย่าง");
  gtk_editable_set_text (GTK_EDITABLE (abbreviation), "สคธ.");
  wait_ms (200);
  screenshot_named (GTK_WIDGET (window), "first-run-agency");
  g_assert_true (gtk_widget_activate_action (name, "welcome.save-agency", NULL));
  wait_ms (300);

  /* The agency is the own-agency unit, one undo step. */
  g_assert_cmpint (prs_store_find_own_agency (store, &error), >, 0);
  g_assert_no_error (error);
  units = prs_store_list_units_brief (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpstr (((PrsUnitBrief *) g_ptr_array_index (units, 0))->name, ==,
                   "สำนักงานส่งเสริมคุณธรรมจังหวัดตัวอย่าง");
  g_assert_cmpstr (((PrsUnitBrief *) g_ptr_array_index (units, 0))->abbreviation, ==, "สคธ.");
  g_assert_true (((PrsUnitBrief *) g_ptr_array_index (units, 0))->is_own_agency);
  g_assert_true (prs_store_can_undo (store));

  /* The next steps, each an action that opens its section. */
  g_assert_nonnull (prs_test_find_named (GTK_WIDGET (window), "next-staff", TRUE));
  g_assert_nonnull (prs_test_find_named (GTK_WIDGET (window), "next-plan", TRUE));
  g_assert_nonnull (prs_test_find_named (GTK_WIDGET (window), "next-committee", TRUE));
  row = prs_test_find_named (GTK_WIDGET (window), "next-ita", TRUE);
  g_assert_nonnull (row);
  screenshot_named (GTK_WIDGET (window), "first-run-next");
  row = prs_test_find_named (GTK_WIDGET (window), "next-plan", TRUE);
  g_signal_emit_by_name (row, "activate");
  wait_ms (400);
  g_assert_cmpstr (prs_window_get_section (window), ==, "plans");

  /* Every section of the empty workspace shows its empty state (ITA has the own
   * agency to type figures for, and offers the import in its results). */
  for (guint i = 0; sections[i] != NULL; i++)
    {
      g_autofree char *what = g_strdup_printf ("empty-%s", sections[i]);

      prs_window_set_section (window, sections[i]);
      wait_for_layout (prs_window_get_section_page (window, sections[i]));
      if (!g_str_equal (sections[i], "ita"))
        g_assert_nonnull (prs_test_find_named (prs_window_get_section_page (window, sections[i]), "empty-state", TRUE));
      else
        g_assert_true (has_label (GTK_WIDGET (window), _("No ITA Results for This Year")));
      screenshot_named (GTK_WIDGET (window), what);
    }

  /* The main menu is built when first opened, and then holds its items. */
  {
    GtkWidget *button = prs_test_find_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, TRUE);
    GtkPopover *popover;

    g_assert_nonnull (button);
    g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    wait_ms (300);
    g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    /* the item's label as written, with its mnemonic */
    g_assert_true (has_label (GTK_WIDGET (popover), _("_Keyboard Shortcuts")));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    wait_ms (200);
  }

  /* The shortcuts window says ปุ่มลัด like the menu (GTK's own word is ทางลัด). */
  {
    GtkShortcutsWindow *overlay = NULL;
    g_autofree char *menu_word = g_strdup (_("_Keyboard Shortcuts"));
    char *u = strchr (menu_word, '_');

    if (u != NULL)
      memmove (u, u + 1, strlen (u));
    /* Built when first asked for, as Ctrl+? and the menu ask. */
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    "win.show-help-overlay");

      g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
    }
    g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
    g_assert_nonnull (overlay);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, menu_word);
    wait_ms (600);
    /* GTK's own word for shortcuts is nowhere on screen when it differs. */
    if (g_strcmp0 (g_dgettext ("gtk40", "Shortcuts"), menu_word) != 0)
      g_assert_false (has_label (GTK_WIDGET (overlay), g_dgettext ("gtk40", "Shortcuts")));
    g_assert_true (has_label (GTK_WIDGET (overlay), C_("shortcut window", "Present the charts full screen")));
    screenshot_named (GTK_WIDGET (overlay), "shortcuts");
    g_object_set (overlay, "section-name", "sheets", NULL);
    wait_ms (400);
    g_assert_true (has_label (GTK_WIDGET (overlay), C_("shortcut window", "Fill the range with the value typed")));
    screenshot_named (GTK_WIDGET (overlay), "shortcuts-sheets");
    gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  }

  /* About and Preferences, in the test's language. */
  {
    GtkWindow *about = NULL;
    GList *toplevels;

    g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
    wait_ms (600);
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "PrsAboutWindow"))
        about = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (about);
    g_assert_cmpstr (gtk_window_get_title (about), ==, _("About Prongsai"));
    g_assert_true (has_label (GTK_WIDGET (about), _("Website")));
    screenshot_named (GTK_WIDGET (about), "about");
    /* Copy Troubleshooting Information: what a problem report needs, on the clipboard */
    {
      GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (about));
      g_autofree char *info = NULL;
      g_autoptr(GError) read_error = NULL;
      g_autoptr(GAsyncResult) result = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (about), "about.copy-debug-info", NULL));
      g_assert_true (has_label (GTK_WIDGET (about), _("Copied to the clipboard")));
      gdk_clipboard_read_text_async (clipboard, NULL, store_result, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      info = gdk_clipboard_read_text_finish (clipboard, result, &read_error);
      g_assert_no_error (read_error);
      g_test_message ("troubleshooting information:\n%s", info);
      g_assert_true (g_str_has_prefix (info, "Prongsai " PACKAGE_VERSION "\n"));
      g_assert_nonnull (strstr (info, "\nGTK 4."));
      g_assert_nonnull (strstr (info, "SQLite 3."));
      g_assert_nonnull (strstr (info, "\nRenderer: Gsk"));
      g_assert_nonnull (strstr (info, "\nWorkspace: schema "));
    }
    gtk_window_destroy (about);
  }
  {
    GtkWindow *prefs = NULL;
    GList *toplevels;

    g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
    wait_ms (600);
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (ADW_IS_PREFERENCES_WINDOW (l->data))
        prefs = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (prefs);
    g_assert_true (has_label (GTK_WIDGET (prefs), _("Thai Digits on Screen")));
    g_assert_cmpstr (gtk_window_get_title (prefs), ==, _("Preferences"));
    screenshot_named (GTK_WIDGET (prefs), "preferences");
    gtk_window_destroy (prefs);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (100);
}

/* At 800 px nothing is cut off and the window can go down to 600 px. */
static void
test_window_widths (void)
{
  g_autofree char *ws_path = g_build_filename (tmpdir, "widths.prongsai", NULL);
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *sections = prs_window_list_sections ();
  const int widths[] = { 800, 600 };

  store = prs_store_open (ws_path, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PrsWindow *window = prs_window_new (GTK_APPLICATION (app), store);

      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 700);
      gtk_window_present (GTK_WINDOW (window));
      wait_ms (500);
      for (guint i = 0; sections[i] != NULL; i++)
        {
          g_autofree char *what = g_strdup_printf ("width-%d-%s", widths[w], sections[i]);
          int minimum = 0, natural = 0;

          /* As the sidebar does: on a narrow window the section is shown. */
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", sections[i]));
          wait_for_layout (prs_window_get_section_page (window, sections[i]));
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                              NULL, NULL);
          g_test_message ("%s: window minimum width %d, width %d", sections[i], minimum,
                          gtk_widget_get_width (GTK_WIDGET (window)));
          g_assert_cmpint (minimum, <=, 600);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, widths[w]);
          screenshot_named (GTK_WIDGET (window), what);
        }
      gtk_window_destroy (GTK_WINDOW (window));
      wait_ms (100);
    }
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
  g_autoptr(GError) error = NULL;
  int ret;

  /* as src/main.c starts the application; no display: SKIP (77), never a pass */
  prs_test_ui_start (&argc, &argv);

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
  g_test_add_func ("/ui/window/first-run", test_window_first_run);
  g_test_add_func ("/ui/window/widths", test_window_widths);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  prs_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
