/* test-sheet.c: the generic sheet over an in-memory table — keys (through the actions
 * they are bound to), typing, paste as one call, headings, refusals, copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "prs-sheet.h"

#define ROWS 6
#define COLS 3

typedef struct
{
  char *cells[ROWS][COLS];
  guint set_cells_calls;
  guint set_cell_calls;
  guint last_block;
} Table;

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static char *
get_cell (gpointer data, guint row, guint col, PrsSheetCellFlags *flags, char **tooltip)
{
  Table *t = data;

  /* Column 2 is computed: the sum of columns 0 and 1. Row 3 is a heading. */
  if (row == 3)
    return NULL;
  if (col == 2)
    {
      *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
      return g_strdup_printf ("%g", g_ascii_strtod (t->cells[row][0] ? t->cells[row][0] : "0", NULL)
                                      + g_ascii_strtod (t->cells[row][1] ? t->cells[row][1] : "0", NULL));
    }
  *flags = PRS_SHEET_CELL_EDITABLE;
  if (t->cells[row][col] && g_str_equal (t->cells[row][col], "bad"))
    {
      *flags |= PRS_SHEET_CELL_FLAGGED;
      *tooltip = g_strdup ("not a number");
    }
  return g_strdup (t->cells[row][col]);
}

static char *
get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  if (row == 3)
    {
      *flags = PRS_SHEET_CELL_HEADING;
      return g_strdup ("Section");
    }
  return g_strdup_printf ("R%u", row);
}

static gboolean
set_cell (gpointer data, guint row, guint col, const char *text, GError **error)
{
  Table *t = data;

  t->set_cell_calls++;
  if (g_str_equal (text, "refuse"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Refused.");
      return FALSE;
    }
  g_free (t->cells[row][col]);
  t->cells[row][col] = *text ? g_strdup (text) : NULL;
  return TRUE;
}

static gboolean
set_cells (gpointer data, guint n, const guint *rows, const guint *cols, const char * const *texts,
           GError **error)
{
  Table *t = data;

  t->set_cells_calls++;
  t->last_block = n;
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (rows[i], !=, 3);
      g_assert_cmpuint (cols[i], <, 2);
      g_free (t->cells[rows[i]][cols[i]]);
      t->cells[rows[i]][cols[i]] = *texts[i] ? g_strdup (texts[i]) : NULL;
    }
  return TRUE;
}

static const PrsSheetFuncs funcs = { get_cell, get_row_title, set_cell, set_cells };

static void
on_error (PrsSheet *sheet, const char *message, char **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static void
test_parse_block (void)
{
  struct { const char *text; guint rows; guint cols0; const char *first; } cases[] = {
    { "85.5\t90\n", 1, 2, "85.5" },
    { "๘๕.๕๐  ๙๐.๐๐\n๗๐  ๖๐", 2, 2, "๘๕.๕๐" },
    { "85.5 90 ผ่าน", 1, 3, "85.5" },
    { "ข้อความ ภาษาไทย", 1, 1, "ข้อความ ภาษาไทย" },
    { "1\r\n2\r\n3\r\n", 3, 1, "1" },
    { "\t5", 1, 2, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) block = prs_sheet_parse_block (cases[i].text);
      char **row0;

      g_assert_cmpuint (block->len, ==, cases[i].rows);
      row0 = g_ptr_array_index (block, 0);
      g_assert_cmpuint (g_strv_length (row0), ==, cases[i].cols0);
      g_assert_cmpstr (row0[0], ==, cases[i].first);
    }
}

static void
test_sheet_keys_and_paste (void)
{
  Table t = { 0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sheet = prs_sheet_new ();
  const char *titles[] = { "A", "B", "Sum" };
  const int widths[] = { 8, 8, 0 };
  g_autofree char *error = NULL;
  g_autofree char *copied = NULL;
  guint row, col;

  prs_sheet_set_columns (PRS_SHEET (sheet), "Row", COLS, titles, widths);
  prs_sheet_set_funcs (PRS_SHEET (sheet), &funcs, &t, NULL);
  prs_sheet_set_n_rows (PRS_SHEET (sheet), ROWS);
  g_signal_connect (sheet, "error", G_CALLBACK (on_error), &error);
  gtk_window_set_child (GTK_WINDOW (window), sheet);
  gtk_window_set_default_size (GTK_WINDOW (window), 500, 300);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (200);
  gtk_widget_grab_focus (sheet);

  /* Arrow keys: the bindings activate sheet.move. */
  gtk_widget_activate_action (sheet, "sheet.move", "(ii)", 1, 1);
  prs_sheet_get_cursor (PRS_SHEET (sheet), &row, &col);
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpuint (col, ==, 1);
  /* Moving down from row 2 steps over the heading row 3. */
  gtk_widget_activate_action (sheet, "sheet.move", "(ii)", 1, 0);
  gtk_widget_activate_action (sheet, "sheet.move", "(ii)", 1, 0);
  prs_sheet_get_cursor (PRS_SHEET (sheet), &row, NULL);
  g_assert_cmpuint (row, ==, 4);
  gtk_widget_activate_action (sheet, "sheet.move", "(ii)", -100, -100);
  prs_sheet_get_cursor (PRS_SHEET (sheet), &row, &col);
  g_assert_cmpuint (row, ==, 0);
  g_assert_cmpuint (col, ==, 0);

  /* Typing replaces; Enter (sheet.commit) stores and moves down. */
  g_assert_true (prs_sheet_type_text (PRS_SHEET (sheet), "4"));
  g_assert_true (prs_sheet_is_editing (PRS_SHEET (sheet)));
  prs_sheet_type_text (PRS_SHEET (sheet), "2");
  gtk_widget_activate_action (sheet, "sheet.commit", NULL);
  g_assert_false (prs_sheet_is_editing (PRS_SHEET (sheet)));
  g_assert_cmpstr (t.cells[0][0], ==, "42");
  g_assert_cmpstr (prs_sheet_get_cell_text (PRS_SHEET (sheet), 0, 2), ==, "42");
  prs_sheet_get_cursor (PRS_SHEET (sheet), &row, NULL);
  g_assert_cmpuint (row, ==, 1);

  /* Escape cancels an edit. */
  prs_sheet_type_text (PRS_SHEET (sheet), "9");
  gtk_widget_activate_action (sheet, "sheet.cancel", NULL);
  g_assert_null (t.cells[1][0]);
  g_assert_false (prs_sheet_is_editing (PRS_SHEET (sheet)));

  /* A refusal reaches ::error and leaves the cell alone. */
  prs_sheet_type_text (PRS_SHEET (sheet), "refuse");
  gtk_widget_activate_action (sheet, "sheet.commit", NULL);
  g_assert_cmpstr (error, ==, "Refused.");
  g_assert_null (t.cells[1][0]);

  /* Computed cells cannot be typed over. */
  g_clear_pointer (&error, g_free);
  prs_sheet_set_cursor (PRS_SHEET (sheet), 0, 2);
  g_assert_false (prs_sheet_type_text (PRS_SHEET (sheet), "1"));
  g_assert_nonnull (error);

  /* Paste a 3×2 block through the clipboard: one set_cells call, skipping the heading. */
  prs_sheet_set_cursor (PRS_SHEET (sheet), 1, 0);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (sheet), "1\t2\n๓\t4\n5  6\n");
  t.set_cells_calls = 0;
  gtk_widget_activate_action (sheet, "sheet.paste", NULL);
  for (int i = 0; i < 50 && t.set_cells_calls == 0; i++)
    wait_ms (20);
  g_assert_cmpuint (t.set_cells_calls, ==, 1);
  g_assert_cmpuint (t.last_block, ==, 6);
  g_assert_cmpstr (t.cells[1][0], ==, "1");
  g_assert_cmpstr (t.cells[2][1], ==, "4");
  g_assert_cmpstr (t.cells[2][0], ==, "๓");
  g_assert_cmpstr (t.cells[4][0], ==, "5");
  g_assert_cmpstr (t.cells[4][1], ==, "6");
  g_assert_null (t.cells[3][0]);
  g_assert_cmpstr (prs_sheet_get_cell_text (PRS_SHEET (sheet), 4, 2), ==, "11");

  /* The pasted block is selected; Ctrl+C copies it as tab-separated text. */
  copied = prs_sheet_copy_text (PRS_SHEET (sheet));
  g_assert_cmpstr (copied, ==, "1\t2\n๓\t4\n5\t6\n");

  /* Delete clears the selection in one call. */
  t.set_cells_calls = 0;
  gtk_widget_activate_action (sheet, "sheet.clear", NULL);
  g_assert_cmpuint (t.set_cells_calls, ==, 1);
  g_assert_null (t.cells[1][0]);
  g_assert_null (t.cells[4][1]);

  /* A block reaching the computed column is refused as a whole. */
  g_clear_pointer (&error, g_free);
  prs_sheet_set_cursor (PRS_SHEET (sheet), 0, 1);
  g_assert_false (prs_sheet_paste_text (PRS_SHEET (sheet), "7\t8"));
  g_assert_nonnull (error);
  g_assert_cmpstr (t.cells[0][1], ==, NULL);

  /* A block longer than the rows left is refused. */
  prs_sheet_set_cursor (PRS_SHEET (sheet), 5, 0);
  g_assert_false (prs_sheet_paste_text (PRS_SHEET (sheet), "1\n2"));
  g_assert_null (t.cells[5][0]);

  /* One value over a selection fills it. */
  prs_sheet_set_cursor (PRS_SHEET (sheet), 0, 0);
  gtk_widget_activate_action (sheet, "sheet.extend", "(ii)", 2, 1);
  g_assert_true (prs_sheet_paste_text (PRS_SHEET (sheet), "7"));
  g_assert_cmpstr (t.cells[0][0], ==, "7");
  g_assert_cmpstr (t.cells[2][1], ==, "7");

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint r = 0; r < ROWS; r++)
    for (guint c = 0; c < COLS; c++)
      g_free (t.cells[r][c]);
}

int
main (int argc, char **argv)
{
  /* No display: SKIP (77), never a pass. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: run under Xvfb\n");
      return 77;
    }
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet/parse-block", test_parse_block);
  adw_init ();
  g_test_add_func ("/sheet/keys-and-paste", test_sheet_keys_and_paste);
  return g_test_run ();
}
