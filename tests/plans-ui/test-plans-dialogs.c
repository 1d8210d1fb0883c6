/* test-plans-dialogs.c: the Plans section's schedule bar and its windows under a
 * real display — Space on the schedule flips a month (one undo step); an activity's
 * indicators and responsible units edited and undone; progress in a round recorded
 * (Thai digits), its status worked out from the target; a frozen round is
 * read-only; a row moved by drag;
 * two versions compared on screen; a due date set through the date cell's
 * calendar and typed in Thai forms, cleared, undone; a due date set, shown, cleared
 * and undone in the activity window. Screenshots in English and Thai.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-core.h"
#include "prs-date-popover.h"
#include "prs-plan-activity-dialog.h"
#include "prs-plan-compare-window.h"
#include "prs-plan-list-window.h"
#include "prs-plan-progress-dialog.h"
#include "prs-plans-page.h"
#include "prs-resources.h"
#include "prs-sheet.h"
#include "prs-store-plans-tree.h"
#include "prs-store-sql.h"
#include "tests/prs-test-damage.h"
#include "tests/prs-test-ui.h"

#define COL_MONTH0 4
#define COL_DUE (COL_MONTH0 + 12)
#define ACTIVITY "บทเรียนออนไลน์ (e-Learning) เรื่องการป้องกันผลประโยชน์ทับซ้อน"

static char *tmpdir;

/* Whether a mapped label under @widget reads @text. */
static gboolean
label_shown (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (label_shown (c, text))
      return TRUE;
  return FALSE;
}

static void
wait_ms (guint ms)
{
  prs_test_wait_ms (ms);
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  /* a dialog just presented may not be mapped yet */
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (widget); i++)
    wait_ms (50);
  wait_ms (400);
  prs_test_screenshot (widget, "plans", what);
}

static int
row_of_title (PrsSheet *sheet, const char *title)
{
  for (guint r = 0; r < prs_sheet_get_n_rows (sheet); r++)
    if (g_strcmp0 (prs_sheet_get_cell_text (sheet, r, 0), title) == 0)
      return (int) r;
  return -1;
}

static PrsPlanNodeInfo *
node_titled (PrsPlanTree *t, const char *title)
{
  for (guint i = 0; i < t->nodes->len; i++)
    {
      PrsPlanNodeInfo *n = g_ptr_array_index (t->nodes, i);
      if (g_strcmp0 (n->title, title) == 0)
        return n;
    }
  g_assert_not_reached ();
  return NULL;
}

typedef struct
{
  PrsStore *store;
  gint64 plan;
  GtkWidget *window;
  PrsPlansPage *page;
  PrsSheet *sheet;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *ws = g_build_filename (tmpdir, data, NULL);
  g_autoptr (GError) error = NULL;

  f->store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (f->store, &error));
  f->plan = prs_store_query_int (f->store, "SELECT id FROM plans WHERE kind = 'morality'", 0);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 800);
  f->page = PRS_PLANS_PAGE (prs_plans_page_new (f->store));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (f->window); i++)
    wait_ms (50);
  wait_ms (400);
  prs_section_page_select (PRS_SECTION_PAGE (f->page), 0, 2569);
  prs_plans_page_set_plan (f->page, f->plan);
  f->sheet = PRS_SHEET (prs_plans_page_get_sheet (f->page));
  wait_ms (200);
}

static gint64
activity_id (Fixture *f)
{
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);

  return node_titled (t, ACTIVITY)->id;
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
}

/* The visible popover under @widget (a sheet's editing popovers are its children). */
static GtkWidget *
find_open_popover (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_POPOVER (c) && gtk_widget_get_visible (c))
        return c;
      if ((found = find_open_popover (c)))
        return found;
    }
  return NULL;
}

/* The window with @popover drawn where it is on screen (a popover is its own
 * surface, so the window's own picture leaves it out). */
static void
screenshot_with_popover (GtkWidget *window, GtkWidget *popover, const char *what)
{
  const char *dir = g_getenv ("PRONGSAI_SCREENSHOT_DIR");
  const char *lang = g_getenv ("PRONGSAI_TEST_LANG");
  g_autofree char *path = NULL;
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GdkPaintable) win = gtk_widget_paintable_new (window);
  g_autoptr (GdkPaintable) pop = gtk_widget_paintable_new (popover);
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  double wx, wy, px, py;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  graphene_rect_t bounds;

  if (dir == NULL)
    return;
  wait_ms (400);
  gtk_native_get_surface_transform (GTK_NATIVE (window), &wx, &wy);
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
  gdk_paintable_snapshot (win, snapshot, width, height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx,
                                                          gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy));
  gdk_paintable_snapshot (pop, snapshot, gtk_widget_get_width (popover), gtk_widget_get_height (popover));
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s-plans-%s.png", dir, lang ? lang : "xx", what);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
count_error (PrsSheet *sheet, const char *message, int *n)
{
  (*n)++;
}

static char *
due_of (Fixture *f, gint64 id)
{
  g_autoptr (GError) error = NULL;
  char *due = prs_store_activity_get_due_date (f->store, id, &error);

  g_assert_no_error (error);
  return due;
}

/* A due date through the date cell: F2 opens the calendar, a day set is one undo
 * step, Enter opens it too and Escape changes nothing; Thai forms typed over the
 * cell work; clearing; a group row has no due date; a bad date is refused. */
static void
test_due_date (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = activity_id (f);
  gboolean thai = prs_section_page_get_thai_digits (PRS_SECTION_PAGE (f->page));
  PrsDateStyle style = prs_section_page_get_date_style (PRS_SECTION_PAGE (f->page));
  GtkWidget *popover;
  int row, errors = 0;
  char *due;

  /* at the narrowest width the app supports */
  gtk_widget_set_visible (f->window, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (f->window); i++)
    wait_ms (50);
  wait_ms (300);
  g_signal_connect (f->sheet, "error", G_CALLBACK (count_error), &errors);
  g_assert_cmpint (prs_sheet_get_column_kind (f->sheet, COL_DUE), ==, PRS_SHEET_KIND_DATE);
  row = row_of_title (f->sheet, ACTIVITY);
  g_assert_cmpint (row, >=, 0);
  g_assert_null (due_of (f, id));
  g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, row, COL_DUE), ==, "");

  /* F2: the calendar; a day set is stored as ISO and shown in the Buddhist Era */
  prs_sheet_set_cursor (f->sheet, row, COL_DUE);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_is_open (f->sheet));
  g_assert_true (prs_sheet_calendar_select (f->sheet, 2026, 3, 31));
  popover = find_open_popover (GTK_WIDGET (f->sheet));
  g_assert_nonnull (popover);
  screenshot_with_popover (f->window, popover, "due-calendar");
  prs_test_screenshot (popover, "plans", "due-calendar-popover");
  g_assert_true (prs_sheet_calendar_set (f->sheet));
  g_assert_false (prs_sheet_calendar_is_open (f->sheet));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  {
    g_autofree char *want = prs_sheet_format_date ("2026-03-31", thai, style);
    const char *shown = prs_sheet_get_cell_text (f->sheet, row, COL_DUE);

    g_assert_cmpstr (shown, ==, want);
    g_assert_nonnull (strstr (shown, "มี.ค."));
    g_assert_nonnull (strstr (shown, thai ? "๒๕๖๙" : "2569"));
  }
  screenshot (f->window, "due-column");

  /* one undo step, and redo */
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_null (due_of (f, id));
  g_assert_true (prs_store_redo (f->store, &error));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));

  /* Enter opens the calendar too; Escape (cancel) changes nothing, no undo step */
  prs_sheet_set_cursor (f->sheet, row, COL_DUE);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.commit", NULL);
  g_assert_true (prs_sheet_calendar_is_open (f->sheet));
  g_assert_true (prs_sheet_calendar_select (f->sheet, 2026, 9, 1));
  prs_sheet_calendar_cancel (f->sheet);
  g_assert_false (prs_sheet_calendar_is_open (f->sheet));
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  /* setting the date it already has writes nothing */
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_set (f->sheet));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_null (due_of (f, id));
  g_assert_true (prs_store_redo (f->store, &error));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));

  /* Thai forms typed over the cell: Thai digits, numeric BE, abbreviated month */
  {
    static const struct { const char *typed, *iso; } forms[] = {
      { "๓๐/๖/๒๕๖๙", "2026-06-30" },
      { "31/3/2568", "2025-03-31" },
      { "31 มี.ค. 68", "2025-03-31" },
      { "๑๕ ก.ย. ๖๙", "2026-09-15" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
      {
        prs_sheet_set_cursor (f->sheet, row, COL_DUE);
        g_assert_true (prs_sheet_type_text (f->sheet, forms[i].typed));
        g_assert_false (prs_sheet_calendar_is_open (f->sheet));
        gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.commit", NULL);
        prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
        due = due_of (f, id);
        g_assert_cmpstr (due, ==, forms[i].iso);
        g_free (due);
      }
  }
  g_assert_cmpint (errors, ==, 0);

  /* not a date: refused with a message, nothing changes */
  prs_sheet_set_cursor (f->sheet, row, COL_DUE);
  g_assert_true (prs_sheet_type_text (f->sheet, "31/2/2569"));
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.commit", NULL);
  g_assert_cmpint (errors, ==, 1);
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-09-15");
  g_free (due);

  /* cleared from the calendar, one step back by undo */
  prs_sheet_set_cursor (f->sheet, row, COL_DUE);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_clear (f->sheet));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  g_assert_null (due_of (f, id));
  g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, row, COL_DUE), ==, "");
  g_assert_true (prs_store_undo (f->store, &error));
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-09-15");
  g_free (due);

  /* a group row: empty, read-only, no calendar */
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, 0, COL_DUE), ==, "");
  prs_sheet_set_cursor (f->sheet, 0, COL_DUE);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.edit", NULL);
  g_assert_false (prs_sheet_calendar_is_open (f->sheet));
  g_assert_cmpint (errors, ==, 2);

  /* Thai digits and the numeric style from the settings: the cell and the
   * calendar follow */
  {
    g_autoptr (GSettings) settings = g_settings_new ("io.github.prongsai.Prongsai");

    g_settings_set_boolean (settings, "thai-digits-screen", TRUE);
    g_settings_set_enum (settings, "date-style", PRS_DATE_STYLE_NUMERIC);
    wait_ms (100);
    prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
    g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, row, COL_DUE), ==, "๑๕/๙/๒๕๖๙");
    g_settings_set_enum (settings, "date-style", PRS_DATE_STYLE_LONG);
    wait_ms (100);
    prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
    g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, row, COL_DUE), ==, "๑๕ ก.ย. ๒๕๖๙");
    prs_sheet_set_cursor (f->sheet, row, COL_DUE);
    gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.edit", NULL);
    g_assert_true (prs_sheet_calendar_is_open (f->sheet));
    /* the calendar's day numbers too (GtkCalendar writes them in GTK's locale) */
    g_assert_true (label_shown (find_open_popover (GTK_WIDGET (f->sheet)), "๑๕"));
    g_assert_false (label_shown (find_open_popover (GTK_WIDGET (f->sheet)), "15"));
    screenshot_with_popover (f->window, find_open_popover (GTK_WIDGET (f->sheet)), "due-calendar-thai-digits");
    prs_sheet_calendar_cancel (f->sheet);
    g_settings_reset (settings, "thai-digits-screen");
    g_settings_reset (settings, "date-style");
  }
}

/* The button labelled @label under @widget, or NULL. */
static GtkWidget *
find_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
open_details (Fixture *f)
{
  GtkWidget *dialog;

  prs_sheet_set_cursor (f->sheet, row_of_title (f->sheet, ACTIVITY), 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.details", NULL);
  dialog = prs_plans_page_get_last_dialog (f->page);
  g_assert_nonnull (dialog);
  return dialog;
}

static const char *
due_shown (GtkWidget *dialog)
{
  return gtk_label_get_text (GTK_LABEL (prs_plan_activity_dialog_get_due_widget (dialog, "value")));
}

/* The due date in the activity window: the row shows the date as the sheet does;
 * the calendar button and its Set store nothing until Save, which writes it in the
 * same undo step as the rest of the window; the clear button; Cancel writes
 * nothing; a group row has no due date row; a window whose read failed is greyed. */
static void
test_due_in_details (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = activity_id (f);
  GtkWidget *dialog, *popover, *clear, *set;
  gboolean thai = prs_section_page_get_thai_digits (PRS_SECTION_PAGE (f->page));
  PrsDateStyle style = prs_section_page_get_date_style (PRS_SECTION_PAGE (f->page));
  g_autofree char *want = prs_sheet_format_date ("2026-03-31", thai, style);
  gboolean all_units_before;
  char *due;

  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    all_units_before = node_titled (t, ACTIVITY)->all_units;
  }
  g_assert_null (due_of (f, id));
  dialog = open_details (f);
  g_assert_true (gtk_widget_is_visible (prs_plan_activity_dialog_get_due_widget (dialog, "row")));
  g_assert_true (gtk_widget_is_sensitive (prs_plan_activity_dialog_get_due_widget (dialog, "row")));
  g_assert_cmpstr (due_shown (dialog), ==, C_("due date", "Not set"));
  clear = prs_plan_activity_dialog_get_due_widget (dialog, "clear");
  g_assert_false (gtk_widget_get_sensitive (clear));

  /* the calendar button: the popover, on today; a day and Set */
  popover = prs_plan_activity_dialog_get_due_widget (dialog, "calendar");
  screenshot (dialog, "details-due-none");
  /* a click on the row (its mnemonic too) opens the calendar */
  adw_action_row_activate (ADW_ACTION_ROW (prs_plan_activity_dialog_get_due_widget (dialog, "row")));
  wait_ms (200);
  g_assert_true (gtk_widget_get_visible (popover));
  {
    PrsDate today;
    g_autofree char *iso = prs_date_popover_get_iso (PRS_DATE_POPOVER (popover));
    g_autofree char *today_iso = NULL;

    prs_date_today (&today);
    today_iso = prs_date_to_iso (&today);
    g_assert_cmpstr (iso, ==, today_iso);
  }
  g_assert_true (prs_date_popover_select (PRS_DATE_POPOVER (popover), 2026, 3, 31));
  screenshot_with_popover (dialog, popover, "details-due-calendar");
  set = find_button (popover, _("_Set"));
  g_assert_nonnull (set);
  g_signal_emit_by_name (set, "clicked");
  wait_ms (100);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (due_shown (dialog), ==, want);
  g_assert_nonnull (strstr (due_shown (dialog), "มี.ค."));
  g_assert_nonnull (strstr (due_shown (dialog), thai ? "๒๕๖๙" : "2569"));
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_null (due_of (f, id)); /* not before Save */
  screenshot (dialog, "details-due");

  /* Save writes it as ISO */
  g_assert_true (prs_plan_activity_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  g_assert_cmpstr (prs_sheet_get_cell_text (f->sheet, row_of_title (f->sheet, ACTIVITY), COL_DUE), ==, want);

  /* reopened: shown; the calendar opens on it */
  dialog = open_details (f);
  g_assert_cmpstr (due_shown (dialog), ==, want);
  clear = prs_plan_activity_dialog_get_due_widget (dialog, "clear");
  g_assert_true (gtk_widget_get_sensitive (clear));
  gtk_menu_button_popup (GTK_MENU_BUTTON (prs_plan_activity_dialog_get_due_widget (dialog, "pick")));
  wait_ms (200);
  popover = prs_plan_activity_dialog_get_due_widget (dialog, "calendar");
  {
    g_autofree char *iso = prs_date_popover_get_iso (PRS_DATE_POPOVER (popover));
    g_assert_cmpstr (iso, ==, "2026-03-31");
  }
  /* Escape: nothing changes */
  g_signal_emit_by_name (popover, "cancel");
  wait_ms (100);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (due_shown (dialog), ==, want);

  /* cleared with the units changed too: one Save, one undo step for both */
  g_signal_emit_by_name (clear, "clicked");
  g_assert_cmpstr (due_shown (dialog), ==, C_("due date", "Not set"));
  g_assert_false (gtk_widget_get_sensitive (clear));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (prs_plan_activity_dialog_get_unit (dialog, "all")), !all_units_before);
  g_assert_true (prs_plan_activity_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (due_of (f, id));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpint (node_titled (t, ACTIVITY)->all_units, ==, !all_units_before);
  }
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpint (node_titled (t, ACTIVITY)->all_units, ==, all_units_before);
  }
  /* and the undo before it takes the date away: the first Save was one step */
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_null (due_of (f, id));
  g_assert_true (prs_store_redo (f->store, &error));
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));

  /* a date picked, then Cancel: nothing written */
  dialog = open_details (f);
  gtk_menu_button_popup (GTK_MENU_BUTTON (prs_plan_activity_dialog_get_due_widget (dialog, "pick")));
  wait_ms (100);
  popover = prs_plan_activity_dialog_get_due_widget (dialog, "calendar");
  g_assert_true (prs_date_popover_select (PRS_DATE_POPOVER (popover), 2026, 9, 30));
  prs_date_popover_set (PRS_DATE_POPOVER (popover));
  g_assert_cmpstr (due_shown (dialog), !=, want);
  gtk_window_destroy (GTK_WINDOW (dialog));
  due = due_of (f, id);
  g_assert_cmpstr (due, ==, "2026-03-31");
  g_free (due);

  /* Thai digits from the settings: the row follows the sheet */
  {
    g_autoptr (GSettings) settings = g_settings_new ("io.github.prongsai.Prongsai");

    g_settings_set_boolean (settings, "thai-digits-screen", TRUE);
    wait_ms (100);
    dialog = open_details (f);
    g_assert_cmpstr (due_shown (dialog), ==, "๓๑ มี.ค. ๒๕๖๙");
    screenshot (dialog, "details-due-thai-digits");
    gtk_menu_button_popup (GTK_MENU_BUTTON (prs_plan_activity_dialog_get_due_widget (dialog, "pick")));
    popover = prs_plan_activity_dialog_get_due_widget (dialog, "calendar");
    screenshot_with_popover (dialog, popover, "details-due-calendar-thai-digits");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_settings_reset (settings, "thai-digits-screen");
  }

  /* a group row: no due date row, and Save leaves the date alone */
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    gint64 group = 0;

    for (guint i = 0; i < t->nodes->len && group == 0; i++)
      {
        PrsPlanNodeInfo *n = g_ptr_array_index (t->nodes, i);
        if (!n->is_activity)
          group = n->id;
      }
    g_assert_cmpint (group, !=, 0);
    dialog = prs_plan_activity_dialog_new (NULL, f->store, f->plan, group);
    /* the row's list (the boxed frame around it) is hidden */
    g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (prs_plan_activity_dialog_get_due_widget (dialog, "row"))));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* the plan could not be read: the row is there but greyed, as the rest */
  dialog = prs_plan_activity_dialog_new (NULL, f->store, f->plan + 100000, id);
  g_assert_false (gtk_widget_is_sensitive (prs_plan_activity_dialog_get_due_widget (dialog, "pick")));
  g_assert_false (gtk_widget_is_sensitive (prs_plan_activity_dialog_get_due_widget (dialog, "clear")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_schedule_bar (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  int row = row_of_title (f->sheet, ACTIVITY);
  guint before;

  g_assert_cmpint (row, >=, 0);
  for (int m = 0; m < 12; m++)
    g_assert_cmpint (prs_sheet_get_column_kind (f->sheet, COL_MONTH0 + m), ==, PRS_SHEET_KIND_BAR);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    before = node_titled (t, ACTIVITY)->months;
  }
  /* Space on September flips it, one undo step */
  prs_sheet_set_cursor (f->sheet, row, COL_MONTH0 + 11);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.toggle", NULL);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpuint (node_titled (t, ACTIVITY)->months, ==, before ^ (1u << 11));
  }
  /* a group row's months are worked out: Space there changes nothing */
  prs_sheet_set_cursor (f->sheet, 0, COL_MONTH0);
  gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.toggle", NULL);
  screenshot (f->window, "schedule");
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpuint (node_titled (t, ACTIVITY)->months, ==, before);
  }
}

static void
test_details (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  int row = row_of_title (f->sheet, ACTIVITY);
  GtkWidget *dialog;
  guint n_before;
  guint i;

  prs_sheet_set_cursor (f->sheet, row, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.details", NULL);
  dialog = prs_plans_page_get_last_dialog (f->page);
  g_assert_nonnull (dialog);
  n_before = prs_plan_activity_dialog_n_indicators (dialog);
  g_assert_cmpuint (n_before, >=, 1);
  prs_plan_activity_dialog_add_indicator (dialog);
  i = n_before;
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, i, "name")),
                         "ร้อยละของผู้ผ่านแบบทดสอบ");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, i, "target")), "๘๐");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, i, "unit")), "ร้อยละ");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (prs_plan_activity_dialog_get_unit (dialog, "all")), TRUE);
  screenshot (dialog, "details");

  /* a target that is not a number: refused, nothing written */
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, i, "target")), "มาก");
  g_assert_false (prs_plan_activity_dialog_save (dialog, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpuint (node_titled (t, ACTIVITY)->indicators->len, ==, n_before);
  }
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, i, "target")), "๘๐");
  g_assert_true (prs_plan_activity_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    PrsPlanNodeInfo *n = node_titled (t, ACTIVITY);
    PrsPlanIndicatorInfo *ind;

    g_assert_cmpuint (n->indicators->len, ==, n_before + 1);
    ind = g_ptr_array_index (n->indicators, n_before);
    g_assert_cmpstr (ind->name, ==, "ร้อยละของผู้ผ่านแบบทดสอบ");
    g_assert_true (ind->has_target);
    g_assert_cmpint (ind->target_hundredths, ==, 8000);
    g_assert_cmpstr (ind->unit, ==, "ร้อยละ");
    g_assert_cmpstr (ind->direction, ==, "at_least");
    g_assert_true (n->all_units);
  }
  /* the sheet shows it */
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  g_assert_nonnull (strstr (prs_sheet_get_cell_text (f->sheet, row, 2), "ร้อยละของผู้ผ่านแบบทดสอบ"));

  /* remove the first indicator, make the second qualitative: one step, undone */
  dialog = prs_plan_activity_dialog_new (NULL, f->store, f->plan, activity_id (f));
  g_signal_emit_by_name (prs_plan_activity_dialog_get_indicator_field (dialog, 0, "remove"), "clicked");
  g_assert_cmpuint (prs_plan_activity_dialog_n_indicators (dialog), ==, n_before);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_activity_dialog_get_indicator_field (dialog, n_before - 1, "target")), "");
  g_assert_true (prs_plan_activity_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    PrsPlanNodeInfo *n = node_titled (t, ACTIVITY);
    g_assert_cmpuint (n->indicators->len, ==, n_before);
    g_assert_false (((PrsPlanIndicatorInfo *) g_ptr_array_index (n->indicators, n_before - 1))->has_target);
  }
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_true (prs_store_undo (f->store, &error));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpuint (node_titled (t, ACTIVITY)->indicators->len, ==, n_before);
  }
}

static void
test_progress (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  int row = row_of_title (f->sheet, ACTIVITY);
  GtkWidget *dialog;
  gint64 target;
  const char *direction;
  g_autofree char *result_text = NULL;

  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    PrsPlanNodeInfo *n = node_titled (t, ACTIVITY);
    PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, 0);
    g_assert_true (ind->has_target);
    target = ind->target_hundredths;
    direction = g_intern_string (ind->direction);
  }
  prs_sheet_set_cursor (f->sheet, row, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.progress", NULL);
  dialog = prs_plans_page_get_last_dialog (f->page);
  g_assert_nonnull (dialog);
  /* the 9-month round */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (prs_plan_progress_dialog_get_field (dialog, "round")), 1);
  g_assert_cmpint (prs_plan_progress_dialog_get_round (dialog), ==, 9);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (prs_plan_progress_dialog_get_field (dialog, "frozen"))));
  /* a result below the target of an at-least indicator, in Thai digits */
  {
    g_autofree char *arabic = g_strdup_printf ("%" G_GINT64_FORMAT, target / 100 / 2);
    result_text = prs_digits_to_thai (arabic);
  }
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "result-0")), result_text);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "spent")), "๗,๒๒๕");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "participants")), "๔๕");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prs_plan_progress_dialog_get_field (dialog, "narrative"))),
                            "จัดอบรมออนไลน์แล้ว ๒ รุ่น\nมีผู้ผ่านการทดสอบครึ่งหนึ่งของเป้าหมาย", -1);
  screenshot (dialog, "progress");
  /* bad money: refused, nothing written */
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "spent")), "เจ็ดพัน");
  g_assert_false (prs_plan_progress_dialog_save (dialog, &error));
  g_clear_error (&error);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "spent")), "๗,๒๒๕");
  g_assert_true (prs_plan_progress_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 9, NULL);
    PrsPlanNodeInfo *n = node_titled (t, ACTIVITY);
    PrsPlanIndicatorInfo *ind = g_ptr_array_index (n->indicators, 0);

    g_assert_true (n->has_progress);
    g_assert_cmpint (n->spent_satang, ==, 722500);
    g_assert_cmpint (n->participants, ==, 45);
    g_assert_true (ind->has_result);
    g_assert_cmpint (ind->result_hundredths, ==, target / 100 / 2 * 100);
    g_assert_cmpstr (n->progress_status, ==, prs_plan_progress_status (TRUE, target, direction, target / 100 / 2 * 100));
    g_assert_nonnull (strstr (n->narrative, "๒ รุ่น\n"));
  }
  /* one undo step */
  g_assert_true (prs_store_undo (f->store, &error));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 9, NULL);
    g_assert_false (node_titled (t, ACTIVITY)->has_progress);
  }
  g_assert_true (prs_store_redo (f->store, &error));

  /* status overridden: kept */
  dialog = prs_plan_progress_dialog_new (GTK_WINDOW (f->window), f->store, f->plan,
                                         activity_id (f), 9);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (prs_plan_progress_dialog_get_field (dialog, "status")), 3);
  g_assert_true (prs_plan_progress_dialog_save (dialog, &error));
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 9, NULL);
    g_assert_cmpstr (node_titled (t, ACTIVITY)->progress_status, ==, "above");
  }

  /* freeze the round: read-only */
  dialog = prs_plan_progress_dialog_new (GTK_WINDOW (f->window), f->store, f->plan,
                                         activity_id (f), 9);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (prs_plan_progress_dialog_get_field (dialog, "status"))), ==, 3);
  gtk_switch_set_active (GTK_SWITCH (prs_plan_progress_dialog_get_field (dialog, "frozen")), TRUE);
  wait_ms (100);
  {
    gboolean frozen = FALSE;

    g_assert_true (prs_store_plan_round_frozen (f->store, f->plan, 9, &frozen, &error));
    g_assert_no_error (error);
    g_assert_true (frozen);
  }
  g_assert_false (gtk_widget_is_sensitive (prs_plan_progress_dialog_get_field (dialog, "spent")));
  screenshot (dialog, "progress-frozen");
  g_assert_false (prs_plan_progress_dialog_save (dialog, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The progress dialog over a damaged page of the reporting rounds: it says the
 * workspace could not be read, and nothing can be saved or frozen (before, the
 * round read as not frozen and the form was open to edits). */
static void
test_progress_damaged (void)
{
  const char *trees[] = { "plan_rounds", "sqlite_autoindex_plan_rounds_1", NULL };
  g_autofree char *ws = g_build_filename (tmpdir, "progress-damaged.prongsai", NULL);
  g_autofree char *prefix = prs_test_format_prefix (_("Could not read the workspace: %s"));
  g_autofree char *sql = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog, *message;
  gint64 plan, activity;
  PrsStore *store;

  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  plan = prs_store_query_int (store, "SELECT id FROM plans WHERE kind = 'morality'", 0);
  sql = g_strdup_printf ("SELECT a.id FROM activities a JOIN plan_nodes n ON n.id = a.id"
                         " WHERE n.plan_id = %" G_GINT64_FORMAT " ORDER BY a.id LIMIT 1", plan);
  activity = prs_store_query_int (store, sql, 0);
  g_assert_cmpint (activity, >, 0);
  g_assert_true (prs_store_save (store, &error));
  prs_store_close (store);
  g_object_unref (store);

  prs_test_damage_first_leaves (ws, trees);
  store = prs_store_open (ws, PRS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  dialog = prs_plan_progress_dialog_new (NULL, store, plan, activity, 6);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (300);
  message = prs_plan_progress_dialog_get_field (dialog, "message");
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (message)), prefix));
  g_assert_false (gtk_widget_is_sensitive (prs_plan_progress_dialog_get_field (dialog, "frozen")));
  g_assert_false (gtk_widget_is_sensitive (prs_plan_progress_dialog_get_field (dialog, "save")));
  screenshot (dialog, "progress-damaged");
  /* no form to save (the button is off): refused, nothing written */
  g_assert_false (prs_plan_progress_dialog_save (dialog, &error));
  g_assert_nonnull (error);
  g_assert_false (prs_store_can_undo (store));
  gtk_window_destroy (GTK_WINDOW (dialog));
  prs_store_close (store);
  g_object_unref (store);
}

static gint64
count_events (PrsStore *store, gint64 node)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM activity_events WHERE node_id = %" G_GINT64_FORMAT, node);
  return prs_store_query_int (store, sql, -1);
}

static void
test_events (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 node, before;
  GtkWidget *dialog;

  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    node = node_titled (t, ACTIVITY)->id;
  }
  before = count_events (f->store, node);
  dialog = prs_plan_progress_dialog_new (GTK_WINDOW (f->window), f->store, f->plan, node, 6);
  gtk_window_present (GTK_WINDOW (dialog));
  /* a two-day online event, Thai digits and a Thai date */
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-date")), "๑๐/๑/๒๕๖๙");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-end")), "11 ม.ค. 69");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-venue")), "Zoom");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (prs_plan_progress_dialog_get_field (dialog, "event-online")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-people")), "๑๒๐");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-cost")), "๓,๕๐๐");
  g_assert_true (prs_plan_progress_dialog_add_event (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_events (f->store, node), ==, before + 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM activity_events WHERE node_id = %" G_GINT64_FORMAT
                                            " AND date = '2026-01-10' AND end_date = '2026-01-11' AND mode = 'online'"
                                            " AND venue = 'Zoom'"
                                            " AND participants = 120 AND cost_satang = 350000", node);
    g_assert_cmpint (prs_store_query_int (f->store, sql, 0), ==, 1);
  }
  /* an end before the start, a bad date: refused, nothing written */
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-date")), "12/1/2569");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-end")), "11/1/2569");
  g_assert_false (prs_plan_progress_dialog_add_event (dialog, &error));
  g_clear_error (&error);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-date")), "วันพระ");
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-end")), "");
  g_assert_false (prs_plan_progress_dialog_add_event (dialog, &error));
  g_clear_error (&error);
  g_assert_cmpint (count_events (f->store, node), ==, before + 1);
  gtk_editable_set_text (GTK_EDITABLE (prs_plan_progress_dialog_get_field (dialog, "event-date")), "");
  screenshot (dialog, "events");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (prs_store_undo (f->store, &error));
  g_assert_cmpint (count_events (f->store, node), ==, before);
}

static void
test_drag (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  int from = row_of_title (f->sheet, ACTIVITY);
  guint n_first, n_second;
  int to;
  gint64 second_id;

  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    PrsPlanNodeInfo *second = g_ptr_array_index (t->roots, 1);
    n_first = ((PrsPlanNodeInfo *) g_ptr_array_index (t->roots, 0))->children->len;
    n_second = second->children->len;
    second_id = second->id;
    to = row_of_title (f->sheet, ((PrsPlanNodeInfo *) g_ptr_array_index (second->children, 0))->title);
  }
  /* the activity dropped on the first activity of the second strategy: it goes before it */
  g_assert_true (prs_plans_page_drop_row (f->page, from, to, FALSE, &error));
  g_assert_no_error (error);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    PrsPlanNodeInfo *n = node_titled (t, ACTIVITY);
    g_assert_cmpint (n->parent_id, ==, second_id);
    g_assert_cmpuint (n->position, ==, 0);
    g_assert_cmpuint (((PrsPlanNodeInfo *) g_ptr_array_index (t->roots, 0))->children->len, ==, n_first - 1);
    g_assert_cmpuint (((PrsPlanNodeInfo *) g_ptr_array_index (t->roots, 1))->children->len, ==, n_second + 1);
  }
  screenshot (f->window, "dragged");
  /* a strategy dropped on its own activity: refused */
  g_assert_false (prs_plans_page_drop_row (f->page, 0, 1, FALSE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* one undo step */
  g_assert_true (prs_store_undo (f->store, &error));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_assert_cmpuint (((PrsPlanNodeInfo *) g_ptr_array_index (t->roots, 0))->children->len, ==, n_first);
  }
}

static void
test_compare (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *window;
  gint64 v2;
  guint added, removed, changed;

  /* no earlier version: the window is not opened */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.compare", NULL);
  g_assert_null (prs_plans_page_get_last_dialog (f->page));
  /* revise, then change the new version: one activity budget, one removed, one added */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.revise", NULL);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  v2 = prs_plans_page_get_plan (f->page);
  g_assert_cmpint (v2, !=, f->plan);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, v2, 0, NULL);
    PrsPlanNodeInfo *a = node_titled (t, ACTIVITY);
    PrsPlanNodeInfo *first = g_ptr_array_index (((PrsPlanNodeInfo *) g_ptr_array_index (t->roots, 0))->children, 0);
    gint64 id;

    g_assert_true (prs_store_activity_set_budget (f->store, a->id, "amount", 723500, 0, &error));
    g_assert_true (prs_store_plan_delete_node (f->store, first->id, &error));
    id = prs_store_plan_add_node (f->store, v2, a->parent_id, -1, "ค่ายเยาวชนคนดีศรีพาณิชย์", TRUE, &error);
    g_assert_no_error (error);
    g_assert_cmpint (id, >, 0);
  }
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (f->page));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.compare", NULL);
  window = prs_plans_page_get_last_dialog (f->page);
  g_assert_nonnull (window);
  prs_plan_compare_window_get_counts (window, &added, &removed, &changed);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (changed, >=, 1);
  screenshot (window, "compare");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_plan_list (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *window;
  guint n;
  gint64 id, copy;
  g_autofree char *first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.list", NULL);
  window = prs_plans_page_get_last_dialog (f->page);
  g_assert_nonnull (window);
  n = prs_plan_list_window_n_plans (window);
  g_assert_cmpuint (n, ==, (guint) prs_store_query_int (f->store, "SELECT count(*) FROM plans WHERE fiscal_year = 2569", 0));
  g_assert_cmpuint (n, >=, 2);
  /* each line carries the figures of the plan */
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, f->plan, 0, NULL);
    g_autofree char *budget = prs_money_format (t->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
    gboolean found = FALSE;
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *line = prs_plan_list_window_line_text (window, i);
        g_autofree char *arabic = prs_digits_to_arabic (line);
        found |= g_str_has_prefix (line, t->title) && strstr (arabic, budget) != NULL;
      }
    g_assert_true (found);
  }
  /* create (one step), rename, copy as next year's draft, delete; each undone */
  id = prs_plan_list_window_create (window, "internal_measures", "มาตรการภายในเพื่อส่งเสริมความโปร่งใส", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (prs_plan_list_window_n_plans (window), ==, n + 1);
  g_assert_false (prs_plan_list_window_rename (window, id, "   ", &error));
  g_clear_error (&error);
  g_assert_true (prs_plan_list_window_rename (window, id, "มาตรการภายใน ปีงบประมาณ ๒๕๖๙", &error));
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, id, 0, NULL);
    g_assert_cmpstr (t->title, ==, "มาตรการภายใน ปีงบประมาณ ๒๕๖๙");
  }
  copy = prs_plan_list_window_copy (window, f->plan, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, copy, 0, NULL);
    g_assert_cmpint (t->fiscal_year, ==, 2570);
    g_assert_cmpstr (t->status, ==, "draft");
  }
  g_assert_cmpuint (prs_plan_list_window_n_plans (window), ==, n + 1);  /* the copy is next year's */
  screenshot (window, "plan-list");
  g_assert_true (prs_plan_list_window_delete (window, id, &error));
  g_assert_cmpuint (prs_plan_list_window_n_plans (window), ==, n);
  g_assert_true (prs_store_undo (f->store, &error));  /* delete */
  wait_ms (300);
  g_assert_cmpuint (prs_plan_list_window_n_plans (window), ==, n + 1);
  g_assert_true (prs_store_undo (f->store, &error));  /* copy */
  g_assert_true (prs_store_undo (f->store, &error));  /* rename */
  {
    g_autoptr (PrsPlanTree) t = prs_store_load_plan (f->store, id, 0, NULL);
    g_assert_cmpstr (t->title, ==, "มาตรการภายในเพื่อส่งเสริมความโปร่งใส");
  }
  g_assert_true (prs_store_undo (f->store, &error));  /* create */
  wait_ms (300);
  g_assert_cmpuint (prs_plan_list_window_n_plans (window), ==, n);
  g_assert_cmpint (prs_store_query_int (f->store, "SELECT count(*) FROM plans WHERE fiscal_year = 2570", -1), ==, 0);
  /* Escape's action closes it */
  g_assert_true (gtk_widget_activate_action (window, "window.close", NULL));
  wait_ms (100);
  g_assert_null (prs_plans_page_get_last_dialog (f->page));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  prs_test_ui_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("prongsai-plans-dialogs-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add ("/plans-ui/schedule-bar", Fixture, "schedule.prongsai", fixture_set_up, test_schedule_bar, fixture_tear_down);
  g_test_add ("/plans-ui/details", Fixture, "details.prongsai", fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/plans-ui/progress", Fixture, "progress.prongsai", fixture_set_up, test_progress, fixture_tear_down);
  g_test_add_func ("/plans-ui/progress-damaged", test_progress_damaged);
  g_test_add ("/plans-ui/plan-list", Fixture, "list.prongsai", fixture_set_up, test_plan_list, fixture_tear_down);
  g_test_add ("/plans-ui/events", Fixture, "events.prongsai", fixture_set_up, test_events, fixture_tear_down);
  g_test_add ("/plans-ui/drag", Fixture, "drag.prongsai", fixture_set_up, test_drag, fixture_tear_down);
  g_test_add ("/plans-ui/compare", Fixture, "compare.prongsai", fixture_set_up, test_compare, fixture_tear_down);
  g_test_add ("/plans-ui/due-date", Fixture, "due.prongsai", fixture_set_up, test_due_date, fixture_tear_down);
  g_test_add ("/plans-ui/due-in-details", Fixture, "due-details.prongsai", fixture_set_up, test_due_in_details,
              fixture_tear_down);
  return g_test_run ();
}
