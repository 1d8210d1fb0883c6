/* test-ita-page.c: the ITA section on a demo workspace under a real display —
 * typing and pasting into the entry sheet, computed figures following, a flagged
 * disagreement, undo, presentation mode, and a screenshot of every view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-ita-page.h"
#include "prs-ita-store.h"
#include "prs-store-ita-reads.h"
#include "prs-presentation.h"
#include "prs-resources.h"
#include "tests/prs-test-tmpdir.h"
#include "prs-store-sql.h"
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
  prs_test_screenshot (widget, "ita", what);
}

static gboolean
has_mapped_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (has_mapped_label (c, text))
      return TRUE;
  return FALSE;
}

/* The message dialog the page just opened. */
static AdwMessageDialog *
open_dialog (void)
{
  AdwMessageDialog *found = NULL;
  GList *windows;

  for (int i = 0; i < 40 && found == NULL; i++)
    {
      wait_ms (50);
      windows = gtk_window_list_toplevels ();
      for (GList *l = windows; l; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          found = l->data;
      g_list_free (windows);
    }
  g_assert_nonnull (found);
  return found;
}

static void
answer (AdwMessageDialog *dialog, const char *response)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  wait_ms (100);
  if (dialog)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  wait_ms (200);
}

static void
scroll_to_end (GtkWidget *page_widget)
{
  GtkWidget *prefs = prs_test_find_type (page_widget, ADW_TYPE_PREFERENCES_PAGE, TRUE);
  GtkWidget *scrolled = prefs ? prs_test_find_type (prefs, GTK_TYPE_SCROLLED_WINDOW, FALSE) : NULL;
  GtkAdjustment *adj;

  g_assert_nonnull (scrolled);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  wait_ms (300);
}

/* The analysis as a secretary does it: tick two weak items, group them into an issue,
 * link an OIT item as evidence, write a measure in the dialog, delete and undo it. */
static void
run_analysis (PrsStore *store, GtkWidget *window, GtkWidget *page_widget, gint64 own, int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsItaRollup) rollup = prs_ita_store_compute (store, own, year, &error);
  g_autoptr (GArray) free_items = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autofree char *c1 = NULL;
  g_autofree char *c2 = NULL;
  g_autofree char *unit_name = NULL;
  AdwMessageDialog *dialog;
  PrsItaIssueInfo *issue = NULL;
  PrsItaMeasureInfo *measure;
  gint64 before, unit;
  GtkWidget *w;
  /* The analysis view carries the analysis's actions. */
  GtkWidget *analysis = prs_ita_page_get_view (PRS_ITA_PAGE (page_widget), "weak");

  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  /* Two more weak items of the internal survey to group. */
  {
    const PrsItaFigureText weak[] = { { "I5", NULL, "๗๒.๕๐" }, { "I6", NULL, "78" } };
    g_assert_true (prs_ita_store_set_figures_text (store, own, year, weak, 2, &error));
    g_assert_no_error (error);
    g_clear_pointer (&rollup, prs_ita_rollup_free);
    rollup = prs_ita_store_compute (store, own, year, &error);
    wait_ms (300);
  }
  free_items = prs_ita_store_list_free_weak_items (store, rollup, own, year, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (free_items->len, >=, 2);
  c1 = g_strdup (g_array_index (free_items, PrsItaWeakItem, 0).item->code);
  c2 = g_strdup (g_array_index (free_items, PrsItaWeakItem, 1).item->code);
  before = prs_store_query_int (store, "SELECT count(*) FROM ita_issues", -1);

  /* Nothing ticked: grouping only says what to do. */
  gtk_widget_activate_action (analysis, "ita.select-item", "(sb)", c1, TRUE);
  gtk_widget_activate_action (analysis, "ita.select-item", "(sb)", c2, TRUE);
  wait_ms (100);
  screenshot (window, "weak-ticked");
  gtk_widget_activate_action (analysis, "ita.group-issue", NULL);
  dialog = open_dialog ();
  w = prs_test_find_named (GTK_WIDGET (dialog), "issue-title", FALSE);
  g_assert_nonnull (w);
  gtk_editable_set_text (GTK_EDITABLE (w), "บุคลากรไม่มั่นใจในการจัดการเรื่องร้องเรียน");
  wait_ms (200);
  screenshot (GTK_WIDGET (dialog), "group-dialog");
  answer (dialog, "group");

  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issues", -1), ==, before + 1);
  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Group %u item into an issue",
                                                           "Group %u items into an issue", 2), 2);
    g_assert_cmpstr (prs_store_get_undo_label (store), ==, label);
  }
  issues = prs_ita_store_list_issues (store, own, year, &error);
  for (guint i = 0; i < issues->len; i++)
    if (g_strcmp0 (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->title,
                   "บุคลากรไม่มั่นใจในการจัดการเรื่องร้องเรียน") == 0)
      issue = g_ptr_array_index (issues, i);
  g_assert_nonnull (issue);
  g_assert_cmpuint (issue->items->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (issue->items, c1, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (issue->items, c2, g_str_equal, NULL));
  g_assert_cmpint (issue->plan_id, ==, prs_ita_store_get_measures_plan (store, own, year, FALSE, NULL));

  /* OIT evidence, and a code that is not one refused with a message. */
  gtk_widget_activate_action (analysis, "ita.link-evidence", "(xs)", issue->id, "O39");
  gtk_widget_activate_action (analysis, "ita.link-evidence", "(xs)", issue->id, "I3");
  wait_ms (100);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issue_items WHERE role = 'evidence'"
                                               " AND code = 'O39'", -1), ==, 1);
  g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_issue_items WHERE role = 'evidence'"
                                               " AND code = 'I3'", -1), ==, 0);

  /* A measure through the dialog: Thai digits in the dates, one responsible unit. */
  unit = prs_store_query_int (store, "SELECT id FROM units WHERE abbreviation = 'ศปท.'", 0);
  g_assert_cmpint (unit, >, 0);
  gtk_widget_activate_action (analysis, "ita.add-measure", "x", issue->id);
  dialog = open_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (prs_test_find_named (GTK_WIDGET (dialog), "measure-title", FALSE)),
                         "ชี้แจงช่องทางและผลการจัดการเรื่องร้องเรียนให้บุคลากรทราบ");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prs_test_find_named (GTK_WIDGET (dialog), "measure-steps", FALSE))),
                            "1. ทบทวนขั้นตอนการรับเรื่องร้องเรียน\n2. จัดทำสื่อเผยแพร่\n3. รายงานผลทุกไตรมาส", -1);
  gtk_editable_set_text (GTK_EDITABLE (prs_test_find_named (GTK_WIDGET (dialog), "measure-period", FALSE)), "ม.ค. – ก.ย. ๒๕๖๙");
  w = prs_test_find_named (GTK_WIDGET (dialog), "measure-start", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (w), "๓๑/๒/๒๕๖๙");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_has_css_class (w, "error"));
  gtk_editable_set_text (GTK_EDITABLE (w), "๑/๑/๒๕๖๙");
  gtk_editable_set_text (GTK_EDITABLE (prs_test_find_named (GTK_WIDGET (dialog), "measure-end", FALSE)), "30/9/2569");
  {
    g_autofree char *name = g_strdup_printf ("unit-%" G_GINT64_FORMAT, unit);
    w = prs_test_find_named (GTK_WIDGET (dialog), name, FALSE);
    g_assert_nonnull (w);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (w), TRUE);
  }
  wait_ms (300);
  screenshot (GTK_WIDGET (dialog), "measure-dialog");
  answer (dialog, "save");
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = prs_ita_store_list_issues (store, own, year, &error);
  issue = NULL;
  for (guint i = 0; i < issues->len; i++)
    if (g_strcmp0 (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->title,
                   "บุคลากรไม่มั่นใจในการจัดการเรื่องร้องเรียน") == 0)
      issue = g_ptr_array_index (issues, i);
  g_assert_nonnull (issue);
  g_assert_cmpuint (issue->evidence->len, ==, 1);
  g_assert_cmpuint (issue->measures->len, ==, 1);
  measure = g_ptr_array_index (issue->measures, 0);
  g_assert_cmpstr (measure->start_date, ==, "2026-01-01");
  g_assert_cmpstr (measure->end_date, ==, "2026-09-30");
  g_assert_cmpuint (measure->unit_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (measure->unit_ids, gint64, 0), ==, unit);
  g_assert_cmpstr (measure->steps, ==, "1. ทบทวนขั้นตอนการรับเรื่องร้องเรียน\n2. จัดทำสื่อเผยแพร่\n3. รายงานผลทุกไตรมาส");

  wait_ms (300);
  scroll_to_end (page_widget);
  screenshot (window, "analysis");

  /* Delete the measure, then Undo from the toast's action. */
  {
    gint64 n_units = prs_store_query_int (store, "SELECT count(*) FROM ita_measure_units", -1);

    gtk_widget_activate_action (analysis, "ita.delete-measure", "x", measure->id);
    wait_ms (100);
    g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_measure_units", -1), ==, n_units - 1);
    gtk_widget_activate_action (page_widget, "section.undo", NULL);
    wait_ms (300);
    g_assert_cmpint (prs_store_query_int (store, "SELECT count(*) FROM ita_measure_units", -1), ==, n_units);
  }
  (void) unit_name;
}

static PrsScore
stored (PrsStore *store, gint64 unit, int year, const char *code, const char *part, gboolean *given)
{
  g_autoptr (PrsItaRollup) r = prs_ita_store_compute (store, unit, year, NULL);
  PrsItaFigure fig = { 0 };

  g_assert_nonnull (r);
  prs_ita_rollup_get_figure (r, code, part, &fig);
  *given = fig.has_given;
  return fig.has_given ? fig.given : fig.score;
}

static void
test_ita_page (void)
{
  g_autofree char *ws = g_build_filename (tmpdir, "demo.prongsai", NULL);
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *window, *page_widget;
  PrsItaPage *page;
  PrsSheet *sheet;
  gint64 own;
  int year, row_i1, row_i2, row_ind1, row_total;
  g_autofree char *ind1_before = NULL;
  gboolean given;
  PrsScore i2_before, i3_before, i4_before;
  GtkWindow *presentation;
  guint n_slides;

  store = prs_store_open (ws, PRS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (prs_store_write_demo (store, &error));
  g_assert_no_error (error);
  own = prs_ita_store_get_own_agency (store, &error);
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  page_widget = prs_ita_page_new (store);
  page = PRS_ITA_PAGE (page_widget);
  gtk_window_set_child (GTK_WINDOW (window), page_widget);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (window); i++)
    wait_ms (50);
  wait_ms (600);

  /* The own agency and the newest year by default. */
  year = prs_ita_page_get_year (page);
  g_assert_cmpint (prs_ita_page_get_unit (page), ==, own);
  g_assert_cmpint (year, ==, 2568);

  /* Results, with the first indicator open to show its items in Thai. */
  prs_ita_page_set_view (page, "results");
  wait_ms (300);
  {
    GtkWidget *expander = prs_test_find_type (page_widget, ADW_TYPE_EXPANDER_ROW, FALSE);

    g_assert_nonnull (expander);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  }
  wait_ms (400);
  g_assert_true (has_mapped_label (page_widget, _("Total score")));
  screenshot (window, "results");
  {
    /* The results' own scrolled window (the choosers' popovers hold others). */
    GtkWidget *prefs = prs_test_find_type (page_widget, ADW_TYPE_PREFERENCES_PAGE, TRUE);
    GtkWidget *scrolled = prs_test_find_type (prefs, GTK_TYPE_SCROLLED_WINDOW, FALSE);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adj, 520);
    wait_ms (300);
    screenshot (window, "results-items");
  }

  /* Entry: type a figure into I1 the way the keys do. */
  prs_ita_page_set_view (page, "entry");
  wait_ms (300);
  sheet = prs_ita_page_get_sheet (page);
  row_i1 = prs_ita_page_find_row (page, "I1", NULL);
  row_i2 = prs_ita_page_find_row (page, "I2", NULL);
  row_ind1 = prs_ita_page_find_row (page, "ind1", NULL);
  row_total = prs_ita_page_find_row (page, "total", NULL);
  g_assert_cmpint (row_i1, >=, 0);
  g_assert_cmpint (row_ind1, >, row_i1);
  g_assert_cmpint (row_total, >, row_ind1);
  g_assert_cmpuint (prs_sheet_get_n_rows (sheet), >, 100);
  ind1_before = g_strdup (prs_sheet_get_cell_text (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_COMPUTED));
  g_assert_cmpstr (ind1_before, !=, "");

  gtk_widget_grab_focus (GTK_WIDGET (sheet));
  prs_sheet_set_cursor (sheet, row_i1, PRS_ITA_PAGE_COLUMN_GIVEN);
  g_assert_true (prs_sheet_type_text (sheet, "๕"));
  g_assert_true (prs_sheet_type_text (sheet, "๐"));
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  g_assert_cmpint (stored (store, own, year, "I1", NULL, &given), ==, 5000);
  g_assert_true (given);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, row_i1, PRS_ITA_PAGE_COLUMN_GIVEN), ==, "50.00");
  /* The computed indicator followed at once. */
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_COMPUTED), !=, ind1_before);
  /* Enter moved the cursor down to I2. */
  {
    guint r, c;

    prs_sheet_get_cursor (sheet, &r, &c);
    g_assert_cmpint (r, ==, row_i2);
  }

  /* Paste a column of three figures (Thai digits, a PDF's spaces) through the clipboard. */
  i2_before = stored (store, own, year, "I2", NULL, &given);
  i3_before = stored (store, own, year, "I3", NULL, &given);
  i4_before = stored (store, own, year, "I4", NULL, &given);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (sheet)), "๙๑.๒๕\n80.5\n  70  \n");
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.paste", NULL);
  for (int i = 0; i < 100 && stored (store, own, year, "I4", NULL, &given) != 7000; i++)
    wait_ms (20);
  g_assert_cmpint (stored (store, own, year, "I2", NULL, &given), ==, 9125);
  g_assert_cmpint (stored (store, own, year, "I3", NULL, &given), ==, 8050);
  g_assert_cmpint (stored (store, own, year, "I4", NULL, &given), ==, 7000);
  wait_ms (200);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, row_i2, PRS_ITA_PAGE_COLUMN_GIVEN), ==, "91.25");

  /* A given indicator that disagrees with its items is flagged with both values. */
  prs_sheet_set_cursor (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_GIVEN);
  prs_sheet_type_text (sheet, "99");
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  wait_ms (200);
  g_assert_true (prs_sheet_get_cell_flags (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_GIVEN) & PRS_SHEET_CELL_FLAGGED);
  g_assert_nonnull (strstr (prs_sheet_get_cell_text (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_CHECK), "99.00"));
  prs_sheet_set_cursor (sheet, row_ind1 - 3, PRS_ITA_PAGE_COLUMN_GIVEN);
  wait_ms (300);
  screenshot (window, "entry");

  /* The EIT block: one heading per part (its items under it), codes whole. */
  {
    int e1_pub = prs_ita_page_find_row (PRS_ITA_PAGE (page_widget), "E1", "public");
    int e15_pub = prs_ita_page_find_row (PRS_ITA_PAGE (page_widget), "E15", "public");
    int e1_sur = prs_ita_page_find_row (PRS_ITA_PAGE (page_widget), "E1", "survey");
    int n_headings = 0;

    g_assert_cmpint (e1_pub, >, 0);
    g_assert_cmpint (e15_pub, ==, e1_pub + 14);
    g_assert_cmpint (e1_sur, ==, e15_pub + 2);
    for (int r = e1_pub - 1; r <= e1_sur + 14; r++)
      if (!(prs_sheet_get_cell_flags (sheet, r, PRS_ITA_PAGE_COLUMN_GIVEN) & PRS_SHEET_CELL_EDITABLE))
        n_headings++;
    g_assert_cmpint (n_headings, ==, 2);
    prs_sheet_set_cursor (sheet, e15_pub + 6, PRS_ITA_PAGE_COLUMN_GIVEN);
    wait_ms (300);
    screenshot (window, "entry-eit");
  }

  /* Undo: the flagged figure, then the whole paste as one step, then I1. */
  g_test_message ("undo: %s", prs_store_get_undo_label (store));
  g_assert_true (prs_store_undo (store, &error));
  wait_ms (200);
  g_assert_false (prs_sheet_get_cell_flags (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_GIVEN) & PRS_SHEET_CELL_FLAGGED);
  g_assert_true (prs_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored (store, own, year, "I2", NULL, &given), ==, i2_before);
  g_assert_cmpint (stored (store, own, year, "I3", NULL, &given), ==, i3_before);
  g_assert_cmpint (stored (store, own, year, "I4", NULL, &given), ==, i4_before);
  g_assert_cmpint (stored (store, own, year, "I1", NULL, &given), ==, 5000);
  g_assert_true (prs_store_undo (store, &error));
  wait_ms (200);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_COMPUTED), ==, ind1_before);

  /* A bad figure is refused with a message and changes nothing. */
  prs_sheet_set_cursor (sheet, row_i1, PRS_ITA_PAGE_COLUMN_GIVEN);
  prs_sheet_type_text (sheet, "150");
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  wait_ms (100);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, row_ind1, PRS_ITA_PAGE_COLUMN_COMPUTED), ==, ind1_before);

  /* Charts and weak items. */
  prs_ita_page_set_view (page, "charts");
  wait_ms (800);
  g_assert_nonnull (prs_test_find_type (page_widget, g_type_from_name ("PrsChartView"), FALSE));
  screenshot (window, "charts");
  prs_ita_page_set_view (page, "weak");
  wait_ms (400);
  screenshot (window, "weak");
  run_analysis (store, window, page_widget, own, year);

  /* Another unit of the workspace (a sibling with totals only). */
  {
    g_autoptr (PrsItaComparison) cmp = prs_ita_store_compare (store, year, NULL);
    const PrsItaUnitScore *other = NULL;

    g_assert_nonnull (cmp);
    g_assert_cmpuint (cmp->units->len, >, 1);
    for (guint i = 0; i < cmp->units->len && other == NULL; i++)
      if (((PrsItaUnitScore *) g_ptr_array_index (cmp->units, i))->unit_id != own)
        other = g_ptr_array_index (cmp->units, i);
    prs_ita_page_select (page, other->unit_id, year);
    prs_ita_page_set_view (page, "results");
    wait_ms (400);
    screenshot (window, "results-other-unit");
    prs_ita_page_select (page, own, year);
  }

  /* Issue 15 in the window: measures reordered (and undone), the published context
   * entered in its dialog and shown on the results, a new year and unit started. */
  {
    g_autoptr (GPtrArray) issues = prs_ita_store_list_issues (store, own, year, &error);
    PrsItaIssueInfo *issue = NULL;
    GtkWidget *analysis = prs_ita_page_get_view (page, "weak");
    AdwMessageDialog *dialog;
    gint64 first, second, started;

    for (guint i = 0; i < issues->len && issue == NULL; i++)
      if (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->measures->len >= 2)
        issue = g_ptr_array_index (issues, i);
    g_assert_nonnull (issue);
    first = ((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, 0))->id;
    second = ((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, 1))->id;
    prs_ita_page_set_view (page, "weak");
    wait_ms (200);
    gtk_widget_activate_action (analysis, "ita.move-measure", "(xi)", first, 1);
    wait_ms (200);
    g_clear_pointer (&issues, g_ptr_array_unref);
    issues = prs_ita_store_list_issues (store, own, year, &error);
    for (guint i = 0; i < issues->len; i++)
      if (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->measures->len >= 2)
        {
          issue = g_ptr_array_index (issues, i);
          break;
        }
    g_assert_cmpint (((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, 0))->id, ==, second);
    g_assert_cmpint (((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, 1))->id, ==, first);
    gtk_widget_activate_action (page_widget, "section.undo", NULL);
    wait_ms (200);
    g_clear_pointer (&issues, g_ptr_array_unref);
    issues = prs_ita_store_list_issues (store, own, year, &error);
    for (guint i = 0; i < issues->len; i++)
      if (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->measures->len >= 2)
        {
          issue = g_ptr_array_index (issues, i);
          break;
        }
    g_assert_cmpint (((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, 0))->id, ==, first);
    scroll_to_end (page_widget);
    screenshot (window, "analysis-measures");

    /* the published context */
    prs_ita_page_set_view (page, "results");
    gtk_widget_activate_action (page_widget, "ita.edit-context", NULL);
    dialog = open_dialog ();
    {
      GtkWidget *grid = adw_message_dialog_get_extra_child (dialog);
      int n = 0;

      for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_ENTRY (c))
          {
            const char *field = g_object_get_data (G_OBJECT (c), "field");

            if (g_strcmp0 (field, "national_rank") == 0)
              gtk_editable_set_text (GTK_EDITABLE (c), "๑๔๕/๑๕๙");
            else if (g_strcmp0 (field, "respondents_public") == 0)
              gtk_editable_set_text (GTK_EDITABLE (c), "404");
            n++;
          }
      g_assert_cmpint (n, ==, 8);
    }
    wait_ms (200);
    screenshot (GTK_WIDGET (dialog), "context-dialog");
    answer (dialog, "save");
    {
      PrsItaContext c;

      g_assert_true (prs_ita_store_get_context (store, own, year, &c, &error));
      g_assert_cmpuint (c.national_rank, ==, 145);
      g_assert_cmpuint (c.national_count, ==, 159);
      g_assert_cmpint (c.respondents_public, ==, 404);
      prs_ita_context_clear (&c);
    }
    prs_section_page_flush_refresh (PRS_SECTION_PAGE (page));
    wait_ms (300);
    screenshot (window, "results-context");

    /* a year and a unit started from the window */
    gtk_widget_activate_action (page_widget, "ita.start", NULL);
    dialog = open_dialog ();
    {
      GtkWidget *entry = prs_test_find_type (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_ENTRY, FALSE);
      GtkWidget *spin = prs_test_find_type (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_SPIN_BUTTON, FALSE);

      gtk_editable_set_text (GTK_EDITABLE (entry), "กรมตัวอย่างใหม่");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2569);
    }
    screenshot (GTK_WIDGET (dialog), "start-dialog");
    answer (dialog, "start");
    started = prs_ita_store_find_unit (store, "กรมตัวอย่างใหม่", NULL);
    g_assert_cmpint (started, >, 0);
    g_assert_cmpint (prs_ita_store_find_result (store, started, 2569, &error), >, 0);
    g_assert_cmpint (prs_ita_page_get_unit (page), ==, started);
    g_assert_cmpint (prs_ita_page_get_year (page), ==, 2569);
    {
      PrsSheet *s2 = prs_ita_page_get_sheet (page);
      int row = prs_ita_page_find_row (page, "I1", NULL);
      gboolean is_given = FALSE;

      g_assert_cmpint (row, >=, 0);
      gtk_widget_grab_focus (GTK_WIDGET (s2));
      prs_sheet_set_cursor (s2, row, PRS_ITA_PAGE_COLUMN_GIVEN);
      g_assert_true (prs_sheet_type_text (s2, "88"));
      gtk_widget_activate_action (GTK_WIDGET (s2), "sheet.commit", NULL);
      wait_ms (200);
      g_assert_cmpint (stored (store, started, 2569, "I1", NULL, &is_given), ==, 8800);
      g_assert_true (is_given);
    }
    screenshot (window, "started-entry");
    prs_ita_page_select (page, own, year);
    wait_ms (200);
  }

  /* Presentation mode (what F5 does). */
  prs_ita_page_set_view (page, "charts");
  wait_ms (200);
  gtk_widget_activate_action (page_widget, "section.present", NULL);
  wait_ms (200);
  presentation = NULL;
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l; l = l->next)
      if (PRS_IS_PRESENTATION (l->data))
        presentation = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (presentation);
  for (int i = 0; i < 100 && !gtk_widget_get_mapped (GTK_WIDGET (presentation)); i++)
    wait_ms (50);
  wait_ms (800);
  n_slides = prs_presentation_get_n_slides (PRS_PRESENTATION (presentation));
  g_assert_cmpuint (n_slides, >=, 5);
  g_assert_cmpuint (prs_presentation_get_slide (PRS_PRESENTATION (presentation)), ==, 0);
  screenshot (GTK_WIDGET (presentation), "present-1");
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.move", "i", 1);
  g_assert_cmpuint (prs_presentation_get_slide (PRS_PRESENTATION (presentation)), ==, 1);
  for (guint i = 1; i < n_slides; i++)
    {
      g_autofree char *name = g_strdup_printf ("present-%u", i + 1);

      prs_presentation_set_slide (PRS_PRESENTATION (presentation), i);
      wait_ms (300);
      screenshot (GTK_WIDGET (presentation), name);
    }
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.move", "i", -1000);
  g_assert_cmpuint (prs_presentation_get_slide (PRS_PRESENTATION (presentation)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.move", "i", -1);
  g_assert_cmpuint (prs_presentation_get_slide (PRS_PRESENTATION (presentation)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.move", "i", 1000);
  g_assert_cmpuint (prs_presentation_get_slide (PRS_PRESENTATION (presentation)), ==, n_slides - 1);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL);
  wait_ms (200);
  g_assert_null (presentation);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (100);
}

/* The application's style sheet, which AdwApplication loads from its resources. */
int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int ret;

  prs_test_ui_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("prongsai-ita-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add_func ("/ita-ui/page", test_ita_page);
  ret = g_test_run ();
  prs_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
