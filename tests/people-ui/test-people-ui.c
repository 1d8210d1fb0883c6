/* test-people-ui.c: the Participation and People & Units sections on the demo
 * workspace under a real display — marking a cell with Space, a filled range as
 * one undo step, the filters, the Common KPI view — with screenshots of both
 * sections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <adwaita.h>

#include "prs-participation-page.h"
#include "prs-people-page.h"
#include "prs-resources.h"
#include "prs-sheet.h"
#include "prs-store.h"
#include "prs-store-sql.h"
#include "prs-store-people.h"
#include "tests/prs-test-ui.h"

static char *tmpdir;

static void
wait_ms (guint ms)
{
  prs_test_wait_ms (ms);
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  prs_test_screenshot (widget, NULL, what);
}

static PrsStore *
demo_store (const char *name)
{
  g_autofree char *ws = g_build_filename (tmpdir, name, NULL);
  g_autoptr (GError) error = NULL;
  PrsStore *store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  g_assert_no_error (error);
  return store;
}

static GtkWidget *
show (GtkWidget *page, int width, int height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (window); i++)
    wait_ms (50);
  wait_ms (600);
  return window;
}

static void
test_participation (void)
{
  g_autoptr (PrsStore) store = demo_store ("participation.prongsai");
  g_autoptr (GError) error = NULL;
  GtkWidget *page = prs_participation_page_new (store);
  GtkWidget *window, *sheet;
  gint64 own = prs_store_query_int (store, "SELECT id FROM units WHERE is_own_agency = 1", 0);
  gint64 before, after;
  guint row = 1, col = 0;

  window = show (page, 1280, 800);
  prs_section_page_select (PRS_SECTION_PAGE (page), own, 2569);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
  wait_ms (500);
  sheet = prs_test_find_type (page, PRS_TYPE_SHEET, FALSE);
  g_assert_nonnull (sheet);
  /* a heading, the first bureau's people, its subtotal … the total */
  g_assert_cmpuint (prs_sheet_get_n_rows (PRS_SHEET (sheet)), >, prs_store_count (store, "people"));
  /* the year's activities and the designated-joined column */
  g_assert_cmpuint (prs_sheet_get_n_columns (PRS_SHEET (sheet)), ==,
                    prs_store_query_int (store, "SELECT count(*) FROM activities a JOIN plan_nodes n ON n.id = a.id"
                                                " JOIN plans p ON p.id = n.plan_id WHERE p.fiscal_year = 2569", 0) + 1);
  screenshot (window, "participation-grid");

  /* Space on a person's cell marks them; undo takes it back */
  before = prs_store_count (store, "participation");
  prs_sheet_set_cursor (PRS_SHEET (sheet), row, col);
  gtk_widget_grab_focus (sheet);
  g_assert_true (gtk_widget_activate_action (sheet, "sheet.toggle", NULL));
  wait_ms (200);
  after = prs_store_count (store, "participation");
  g_assert_cmpint (after, !=, before);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
  g_assert_cmpint (prs_store_count (store, "participation"), ==, before);

  /* a filled range is one undo step */
  prs_sheet_set_cursor (PRS_SHEET (sheet), 1, 1);
  g_assert_true (gtk_widget_activate_action (sheet, "sheet.extend", "(ii)", 4, 0));
  g_assert_true (prs_sheet_fill_text (PRS_SHEET (sheet), "1"));
  wait_ms (100);
  after = prs_store_count (store, "participation");
  g_assert_cmpint (after, >=, before);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_cmpint (prs_store_count (store, "participation"), ==, before);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));

  /* a sign-in list into activity 1: the close name confirmed one by one */
  {
    g_autofree char *csv = g_build_filename (tmpdir, "signin.csv", NULL);
    g_autoptr (GString) text = g_string_new ("ลำดับ,ชื่อ-สกุล,หน่วยงาน\n");
    g_autoptr (GFile) file = NULL;
    g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
        "SELECT prefix || first_name || ' ' || last_name, first_name || ' ' || last_name || 'ะ' FROM people p"
        " WHERE NOT EXISTS (SELECT 1 FROM participation x WHERE x.person_id = p.id AND x.node_id ="
        "   (SELECT min (id) FROM activities))"
        " AND (SELECT count(*) FROM people q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"
        " ORDER BY id LIMIT 3", NULL);
    GtkWindow *dialog;
    GtkWidget *check;
    int n = 0;

    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        /* two as written, one with a stray vowel */
        n++;
        g_string_append_printf (text, "%d,%s,\n", n, sqlite3_column_text (stmt, n < 3 ? 0 : 1));
      }
    g_string_append (text, "9,นายบุคคล ภายนอกองค์กร,บริษัท\n");
    g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));
    file = g_file_new_for_path (csv);
    before = prs_store_count (store, "participation");
    prs_sheet_set_cursor (PRS_SHEET (sheet), 1, 0);
    dialog = prs_participation_page_import_file (PRS_PARTICIPATION_PAGE (page), file);
    g_assert_nonnull (dialog);
    for (int i = 0; i < 40 && !gtk_widget_get_mapped (GTK_WIDGET (dialog)); i++)
      wait_ms (50);
    wait_ms (500);
    check = prs_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, FALSE);
    g_assert_nonnull (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    wait_ms (200);
    screenshot (GTK_WIDGET (dialog), "participation-import");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
    wait_ms (300);
    g_assert_cmpint (prs_store_count (store, "participation"), ==, before + 3);
    g_assert_cmpint (prs_store_count (store, "participation_unknowns"), ==, 1);
    prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
    /* the outsider waits on the activity */
    prs_sheet_set_cursor (PRS_SHEET (sheet), 1, 0);
    gtk_widget_activate (prs_test_find_named (page, "resolve-names", FALSE));
    wait_ms (400);
    {
      GList *toplevels = gtk_window_list_toplevels ();
      GtkWidget *shown = NULL;

      for (GList *l = toplevels; l; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
            && g_strcmp0 (adw_message_dialog_get_heading (l->data), _("Names to Resolve")) == 0)
          shown = l->data;
      g_list_free (toplevels);
      g_assert_nonnull (shown);
      for (int i = 0; i < 40 && (!gtk_widget_get_mapped (shown) || gtk_widget_get_width (shown) == 0); i++)
        wait_ms (50);
      wait_ms (300);
      /* anyone on the roster, found by a search (part of a name, no title) */
      {
        GtkWidget *pick = prs_test_find_named (shown, "resolve-pick", FALSE);
        GtkWidget *popover, *entry, *results, *drop;
        GtkListBoxRow *first;
        gint64 marks = prs_store_count (store, "participation");
        gint64 heads = prs_store_count (store, "headcounts");

        g_assert_nonnull (pick);
        popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (pick)));
        gtk_menu_button_popup (GTK_MENU_BUTTON (pick));
        entry = prs_test_find_named (popover, "resolve-search", FALSE);
        gtk_editable_set_text (GTK_EDITABLE (entry), "สมชาย");
        for (int i = 0; i < 40 && gtk_widget_get_first_child (prs_test_find_type (popover, GTK_TYPE_LIST_BOX, FALSE)) == NULL; i++)
          wait_ms (50);
        wait_ms (300);
        screenshot (shown, "participation-resolve-search");
        results = prs_test_find_type (popover, GTK_TYPE_LIST_BOX, FALSE);
        first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (results), 0);
        g_assert_nonnull (first);
        g_signal_emit_by_name (results, "row-activated", first);
        drop = prs_test_find_type (shown, GTK_TYPE_DROP_DOWN, FALSE);
        g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop)), ==, 2);
        wait_ms (200);
        screenshot (shown, "participation-resolve");
        adw_message_dialog_response (ADW_MESSAGE_DIALOG (shown), "apply");
        wait_ms (300);
        g_assert_cmpint (prs_store_count (store, "participation"), ==, marks + 1);
        g_assert_cmpint (prs_store_count (store, "participation_unknowns"), ==, 0);
        g_assert_true (prs_store_undo (store, &error));
        g_assert_no_error (error);
        g_assert_cmpint (prs_store_count (store, "participation_unknowns"), ==, 1);
        g_assert_cmpint (prs_store_count (store, "participation"), ==, marks);

        /* or an outsider: one head, off the list, not back on the next import */
        gtk_widget_activate (prs_test_find_named (page, "resolve-names", FALSE));
        {
          gpointer old = shown;

          shown = NULL;
          for (int tries = 0; tries < 100 && shown == NULL; tries++)
            {
              wait_ms (50);
              toplevels = gtk_window_list_toplevels ();
              for (GList *l = toplevels; l; l = l->next)
                if (l->data != old && g_strcmp0 (gtk_widget_get_name (l->data), "resolve-dialog") == 0
                    && gtk_widget_get_visible (l->data))
                  shown = l->data;
              g_list_free (toplevels);
            }
        }
        g_assert_nonnull (shown);
        gtk_drop_down_set_selected (GTK_DROP_DOWN (prs_test_find_type (shown, GTK_TYPE_DROP_DOWN, FALSE)), 1);
        adw_message_dialog_response (ADW_MESSAGE_DIALOG (shown), "apply");
        wait_ms (300);
        g_assert_cmpint (prs_store_count (store, "participation_unknowns"), ==, 0);
        g_assert_cmpint (prs_store_count (store, "headcounts"), ==, heads + 1);
      }
    }
  }

  /* the Common KPI view */
  {
    GtkWidget *stack = prs_test_find_type (page, ADW_TYPE_VIEW_STACK, FALSE);

    g_assert_nonnull (stack);
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "kpi");
    wait_ms (400);
    screenshot (window, "participation-kpi");
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "grid");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_people (void)
{
  g_autoptr (PrsStore) store = demo_store ("people.prongsai");
  GtkWidget *page = prs_people_page_new (store);
  GtkWidget *window, *sheet;

  window = show (page, 1280, 800);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
  wait_ms (400);
  sheet = prs_test_find_type (page, PRS_TYPE_SHEET, FALSE);
  g_assert_nonnull (sheet);
  g_assert_cmpuint (prs_sheet_get_n_rows (PRS_SHEET (sheet)), ==, prs_store_count (store, "people"));
  screenshot (window, "people");
  {
    GtkWidget *entry = prs_test_find_named (page, "people-search", FALSE);

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "นายสมชาย");
    wait_ms (600);
    g_assert_cmpuint (prs_sheet_get_n_rows (PRS_SHEET (sheet)), <, prs_store_count (store, "people"));
    g_assert_cmpuint (prs_sheet_get_n_rows (PRS_SHEET (sheet)), >, 0);
    screenshot (window, "people-search");
    /* part of a surname, no title, finds the person too */
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    wait_ms (400);
  }
  /* Edit Person: every field in a dialog, one undo step */
  {
    g_autoptr (GError) error = NULL;
    gint64 id;
    GtkWidget *shown = NULL;
    GList *toplevels;
    g_autofree char *before = NULL, *after = NULL;

    prs_sheet_set_cursor (PRS_SHEET (sheet), 2, 0);
    gtk_widget_activate (prs_test_find_named (page, "edit-person", FALSE));
    wait_ms (400);
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (g_strcmp0 (gtk_widget_get_name (l->data), "person-dialog") == 0 && gtk_widget_get_visible (l->data))
        shown = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (shown);
    for (int i = 0; i < 40 && (!gtk_widget_get_mapped (shown) || gtk_widget_get_width (shown) == 0); i++)
      wait_ms (50);
    wait_ms (300);
    {
      GtkWidget *grid = prs_test_find_type (shown, GTK_TYPE_GRID, FALSE);
      GtkWidget *first = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
      GtkWidget *active = gtk_grid_get_child_at (GTK_GRID (grid), 1, 6);

      before = g_strdup (gtk_editable_get_text (GTK_EDITABLE (first)));
      gtk_editable_set_text (GTK_EDITABLE (first), "ทดสอบแก้ไข");
      gtk_check_button_set_active (GTK_CHECK_BUTTON (active), FALSE);
    }
    screenshot (shown, "people-edit");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (shown), "apply");
    wait_ms (300);
    id = prs_store_query_int (store, "SELECT id FROM people WHERE first_name = 'ทดสอบแก้ไข' AND active = 0", 0);
    g_assert_cmpint (id, >, 0);
    g_assert_true (prs_store_undo (store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM people WHERE first_name = 'ทดสอบแก้ไข'", -1), ==, 0);
    after = prs_people_get_display_name (store, id, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (after, before));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  prs_test_ui_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("prongsai-people-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add_func ("/people-ui/participation", test_participation);
  g_test_add_func ("/people-ui/people", test_people);
  return g_test_run ();
}
