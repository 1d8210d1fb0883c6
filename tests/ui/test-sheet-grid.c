/* test-sheet-grid.c: the virtualised sheet under a real display — keys (through the
 * actions they are bound to), range selection, fill and paste as one write, copy as
 * TSV through the clipboard, toggle and choice cells, multi-line editing, tree rows,
 * frozen columns, headings and subtotals, a 20,000-row model with no widget per
 * cell, and screenshots of a tree, a grouped sheet and a toggle grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "prs-sheet.h"
#include "tests/prs-test-ui.h"

/* --- A flat grid: name, toggle, choice, number, note, computed --- */

enum { C_NAME, C_ON, C_CHOICE, C_NUMBER, C_NOTE, C_TOTAL, N_COLS };

static const char *choices[] = { "present", "absent", "leave", "delegate", NULL };

typedef struct
{
  guint n;
  gboolean grouped;           /* every 6 rows: a heading, 4 people, a subtotal */
  char **name;
  gboolean *on;
  char **choice;
  int *number;
  char **note;
  guint set_cells_calls, set_cell_calls, last_n;
  guint get_cell_calls;
} Grid;

static gboolean
is_heading (Grid *g, guint row)
{
  return g->grouped && row % 6 == 0;
}

static gboolean
is_subtotal (Grid *g, guint row)
{
  return g->grouped && row % 6 == 5;
}

static Grid *
grid_new (guint n, gboolean grouped)
{
  Grid *g = g_new0 (Grid, 1);

  g->n = n;
  g->grouped = grouped;
  g->name = g_new0 (char *, n);
  g->on = g_new0 (gboolean, n);
  g->choice = g_new0 (char *, n);
  g->number = g_new0 (int, n);
  g->note = g_new0 (char *, n);
  for (guint r = 0; r < n; r++)
    {
      g->name[r] = g_strdup_printf ("Person %u", r);
      g->on[r] = r % 3 == 0;
      g->choice[r] = g_strdup (choices[r % 4]);
      g->number[r] = (int) (r * 7 % 100);
      g->note[r] = r % 4 == 1 ? g_strdup ("first line\nsecond line") : NULL;
    }
  return g;
}

static void
grid_free (Grid *g)
{
  for (guint r = 0; r < g->n; r++)
    {
      g_free (g->name[r]);
      g_free (g->choice[r]);
      g_free (g->note[r]);
    }
  g_free (g->name);
  g_free (g->on);
  g_free (g->choice);
  g_free (g->number);
  g_free (g->note);
  g_free (g);
}

static char *
grid_get_cell (gpointer data, guint row, guint col, PrsSheetCellFlags *flags, char **tooltip)
{
  Grid *g = data;

  g->get_cell_calls++;
  if (is_heading (g, row))
    return NULL;
  if (is_subtotal (g, row))
    {
      int sum = 0, on = 0;

      for (guint r = row - 4; r < row; r++)
        {
          sum += g->number[r];
          on += g->on[r];
        }
      *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
      if (col == C_NUMBER)
        return g_strdup_printf ("%d", sum);
      if (col == C_ON)
        return g_strdup_printf ("%d", on);
      return NULL;
    }
  *flags = PRS_SHEET_CELL_EDITABLE;
  switch (col)
    {
    case C_NAME:
      return g_strdup (g->name[row]);
    case C_ON:
      return g_strdup (g->on[row] ? "1" : "");
    case C_CHOICE:
      return g_strdup (g->choice[row]);
    case C_NUMBER:
      if (g->number[row] > 90)
        {
          *flags |= PRS_SHEET_CELL_FLAGGED;
          *tooltip = g_strdup ("over 90");
        }
      return g_strdup_printf ("%d", g->number[row]);
    case C_NOTE:
      return g_strdup (g->note[row]);
    default:
      *flags = PRS_SHEET_CELL_COMPUTED;
      return g_strdup_printf ("%d", g->number[row] * 2);
    }
}

static char *
grid_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  Grid *g = data;

  if (is_heading (g, row))
    {
      *flags = PRS_SHEET_CELL_HEADING;
      return g_strdup_printf ("กลุ่มงานที่ %u — Group %u", row / 6 + 1, row / 6 + 1);
    }
  if (is_subtotal (g, row))
    {
      *flags = PRS_SHEET_CELL_SUBTOTAL;
      return g_strdup ("รวม Subtotal");
    }
  return g_strdup_printf ("%05u", row);
}

static gboolean
grid_store (Grid *g, guint row, guint col, const char *text)
{
  g_assert_false (is_heading (g, row));
  g_assert_false (is_subtotal (g, row));
  switch (col)
    {
    case C_NAME:
      g_free (g->name[row]);
      g->name[row] = g_strdup (text);
      break;
    case C_ON:
      g->on[row] = *text != '\0' && strcmp (text, "0") != 0;
      break;
    case C_CHOICE:
      g_free (g->choice[row]);
      g->choice[row] = g_strdup (text);
      break;
    case C_NUMBER:
      g->number[row] = atoi (text);
      break;
    case C_NOTE:
      g_free (g->note[row]);
      g->note[row] = g_strdup (text);
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
grid_set_cell (gpointer data, guint row, guint col, const char *text, GError **error)
{
  Grid *g = data;

  g->set_cell_calls++;
  return grid_store (g, row, col, text);
}

static gboolean
grid_set_cells (gpointer data, guint n, const guint *rows, const guint *cols, const char * const *texts,
                GError **error)
{
  Grid *g = data;

  g->set_cells_calls++;
  g->last_n = n;
  for (guint i = 0; i < n; i++)
    grid_store (g, rows[i], cols[i], texts[i]);
  return TRUE;
}

static const PrsSheetFuncs grid_funcs = {
  .get_cell = grid_get_cell,
  .get_row_title = grid_get_row_title,
  .set_cell = grid_set_cell,
  .set_cells = grid_set_cells,
};

/* --- A tree: 4 goals × 3 projects × 2 activities --- */

typedef struct
{
  char *title;
  guint depth;
  int parent;
  gboolean expanded;
  gboolean has_children;
  char *budget;
} Node;

typedef struct
{
  GArray *nodes;      /* Node */
  GArray *visible;    /* guint node index */
  PrsSheet *sheet;
  guint toggled;
} Tree;

static gboolean
node_visible (Tree *t, guint i)
{
  for (int p = g_array_index (t->nodes, Node, i).parent; p >= 0; p = g_array_index (t->nodes, Node, p).parent)
    if (!g_array_index (t->nodes, Node, p).expanded)
      return FALSE;
  return TRUE;
}

static void
tree_rebuild (Tree *t)
{
  g_array_set_size (t->visible, 0);
  for (guint i = 0; i < t->nodes->len; i++)
    if (node_visible (t, i))
      g_array_append_val (t->visible, i);
}

static Tree *
tree_new (void)
{
  Tree *t = g_new0 (Tree, 1);
  static const char *goals[] = { "ส่งเสริมคุณธรรม", "ป้องกันการทุจริต", "Open data", "พัฒนาบุคลากร" };

  t->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  t->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < 4; a++)
    {
      Node goal = { g_strdup_printf ("%u. %s", a + 1, goals[a]), 0, -1, TRUE, TRUE, NULL };
      int gi = t->nodes->len;

      g_array_append_val (t->nodes, goal);
      for (guint b = 0; b < 3; b++)
        {
          Node project = { g_strdup_printf ("%u.%u โครงการ %u", a + 1, b + 1, b + 1), 1, gi, a != 3, TRUE, NULL };
          int pi = t->nodes->len;

          g_array_append_val (t->nodes, project);
          for (guint c = 0; c < 2; c++)
            {
              Node act = { g_strdup_printf ("%u.%u.%u กิจกรรม", a + 1, b + 1, c + 1), 2, pi, FALSE, FALSE,
                           g_strdup_printf ("%u", (a + 1) * 10000 + b * 1000 + c * 250) };

              g_array_append_val (t->nodes, act);
            }
        }
    }
  tree_rebuild (t);
  return t;
}

static void
tree_free (Tree *t)
{
  for (guint i = 0; i < t->nodes->len; i++)
    {
      g_free (g_array_index (t->nodes, Node, i).title);
      g_free (g_array_index (t->nodes, Node, i).budget);
    }
  g_array_unref (t->nodes);
  g_array_unref (t->visible);
  g_free (t);
}

static Node *
tree_node (Tree *t, guint row)
{
  return &g_array_index (t->nodes, Node, g_array_index (t->visible, guint, row));
}

static char *
tree_get_cell (gpointer data, guint row, guint col, PrsSheetCellFlags *flags, char **tooltip)
{
  Node *n = tree_node (data, row);

  if (col == 0)
    {
      *flags = PRS_SHEET_CELL_EDITABLE;
      return g_strdup (n->title);
    }
  *flags = n->has_children ? PRS_SHEET_CELL_COMPUTED : PRS_SHEET_CELL_EDITABLE;
  return g_strdup (n->budget ? n->budget : "");
}

static char *
tree_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  Node *n = tree_node (data, row);

  return g_strdup_printf ("%c%u", 'A' + n->depth, g_array_index (((Tree *) data)->visible, guint, row));
}

static void
tree_get_row_info (gpointer data, guint row, PrsSheetRowInfo *info)
{
  Node *n = tree_node (data, row);

  info->depth = n->depth;
  info->has_children = n->has_children;
  info->expanded = n->expanded;
}

static void
tree_row_toggled (gpointer data, guint row, gboolean expanded)
{
  Tree *t = data;

  t->toggled++;
  tree_node (t, row)->expanded = expanded;
  tree_rebuild (t);
  prs_sheet_set_n_rows (t->sheet, t->visible->len);
}

static const PrsSheetFuncs tree_funcs = {
  .get_cell = tree_get_cell,
  .get_row_title = tree_get_row_title,
  .get_row_info = tree_get_row_info,
  .row_toggled = tree_row_toggled,
};

/* --- Helpers --- */

static void
wait_ms (guint ms)
{
  prs_test_wait_ms (ms);
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  g_autofree char *name = g_strdup_printf ("sheet-%s.png", what);

  prs_test_screenshot_file (widget, name);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n += count_widgets (c);
  return n;
}

static GtkWidget *
show_sheet (GtkWidget **window_out, int width, int height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sheet = prs_sheet_new ();

  gtk_window_set_child (GTK_WINDOW (window), sheet);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  *window_out = window;
  return sheet;
}

static void
setup_grid_columns (PrsSheet *sheet)
{
  const char *titles[] = { "Name", "Joined", "Attendance", "Score", "Note", "Double" };
  const int widths[] = { 14, 6, 10, 6, 16, 0 };

  prs_sheet_set_row_title_width (sheet, 14);
  prs_sheet_set_columns (sheet, "No.", N_COLS, titles, widths);
  prs_sheet_set_column_kind (sheet, C_ON, PRS_SHEET_KIND_TOGGLE);
  prs_sheet_set_column_kind (sheet, C_CHOICE, PRS_SHEET_KIND_CHOICE);
  prs_sheet_set_column_choices (sheet, C_CHOICE, choices);
  prs_sheet_set_column_kind (sheet, C_NUMBER, PRS_SHEET_KIND_SCORE);
  prs_sheet_set_column_kind (sheet, C_NOTE, PRS_SHEET_KIND_MULTILINE);
  prs_sheet_set_column_kind (sheet, C_TOTAL, PRS_SHEET_KIND_COMPUTED);
}

static void
clipboard_done (GObject *source, GAsyncResult *result, gpointer data)
{
  char **out = data;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*out == NULL)
    *out = g_strdup ("");
}

static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_done, &text);
  for (int i = 0; i < 200 && text == NULL; i++)
    wait_ms (10);
  return text;
}

static GtkWidget *
canvas_of (GtkWidget *sheet)
{
  return gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (sheet)));
}

static GtkEventController *
controller_of (GtkWidget *widget, GType type)
{
  g_autoptr (GListModel) list = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (GtkEventController) c = g_list_model_get_item (list, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
    }
  return NULL;
}

/* gtk_widget_compute_point() is 4.12; the floor is 4.8. */
static void
translate (GtkWidget *from, GtkWidget *to, double x, double y, double *out_x, double *out_y)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_widget_translate_coordinates (from, to, x, y, out_x, out_y));
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The centre of a cell in the canvas's coordinates. */
static void
cell_centre (PrsSheet *sheet, guint row, int col, double *x, double *y)
{
  graphene_rect_t area;

  g_assert_true (prs_sheet_get_cell_area (sheet, row, col, &area));
  translate (GTK_WIDGET (sheet), canvas_of (GTK_WIDGET (sheet)), area.origin.x + area.size.width / 2,
             area.origin.y + area.size.height / 2, x, y);
}

/* --- Tests --- */

static void
test_keys_range_fill_clipboard (void)
{
  Grid *g = grid_new (200, FALSE);
  GtkWidget *window;
  GtkWidget *widget = show_sheet (&window, 900, 500);
  PrsSheet *sheet = PRS_SHEET (widget);
  g_autofree char *copied = NULL;
  guint row, col, r0, c0, nr, nc;

  setup_grid_columns (sheet);
  prs_sheet_set_funcs (sheet, &grid_funcs, g, NULL);
  prs_sheet_set_n_rows (sheet, g->n);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (300);
  gtk_widget_grab_focus (widget);

  /* ::cursor-changed follows the cursor. */
  {
    guint changed = 0;
    gulong id = g_signal_connect_swapped (widget, "cursor-changed", G_CALLBACK (count_signal), &changed);

    gtk_widget_activate_action (widget, "sheet.move", "(ii)", 1, 0);
    gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 0, 1);
    g_assert_cmpuint (changed, ==, 2);
    g_signal_handler_disconnect (widget, id);
    prs_sheet_set_cursor (sheet, 0, 0);
  }

  /* Arrows, Home/End, Ctrl+End, PageDown. */
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", 2, 1);
  prs_sheet_get_cursor (sheet, &row, &col);
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpuint (col, ==, 1);
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", 0, 100000);   /* End */
  prs_sheet_get_cursor (sheet, NULL, &col);
  g_assert_cmpuint (col, ==, N_COLS - 1);
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", 0, -100000);  /* Home */
  prs_sheet_get_cursor (sheet, NULL, &col);
  g_assert_cmpuint (col, ==, 0);
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", G_MAXINT / 2, 100000);  /* Ctrl+End */
  prs_sheet_get_cursor (sheet, &row, &col);
  g_assert_cmpuint (row, ==, 199);
  g_assert_cmpuint (col, ==, N_COLS - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (prs_sheet_get_vadjustment (sheet)), >, 0);
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", -G_MAXINT / 2, -100000);  /* Ctrl+Home */
  gtk_widget_activate_action (widget, "sheet.page", "(ib)", 1, FALSE);
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, >, 5);
  g_assert_cmpuint (row, <, 30);
  gtk_widget_activate_action (widget, "sheet.page", "(ib)", -1, FALSE);
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 0);

  /* Type to replace, Enter stores (one set_cell) and moves down. */
  g_assert_true (prs_sheet_type_text (sheet, "ส"));
  prs_sheet_type_text (sheet, "มใจ");
  g_assert_true (prs_sheet_is_editing (sheet));
  gtk_widget_activate_action (widget, "sheet.commit", NULL);
  g_assert_cmpstr (g->name[0], ==, "สมใจ");
  g_assert_cmpuint (g->set_cell_calls, ==, 1);
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 1);

  /* The focused cell is described for screen readers. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_GRID);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "00001, Name: Person 1");
  prs_sheet_set_cursor (sheet, 3, C_ON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "00003, Joined: checked");

  /* Computed cells refuse typing. */
  prs_sheet_set_cursor (sheet, 1, C_TOTAL);
  g_assert_false (prs_sheet_type_text (sheet, "5"));

  /* Shift+arrows select a range; Ctrl+Enter after typing fills it in one call. */
  prs_sheet_set_cursor (sheet, 10, C_NUMBER);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 1, 0);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 1, 0);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 0, -1);
  prs_sheet_get_selection (sheet, &r0, &c0, &nr, &nc);
  g_assert_cmpuint (r0, ==, 10);
  g_assert_cmpuint (c0, ==, C_CHOICE);
  g_assert_cmpuint (nr, ==, 3);
  g_assert_cmpuint (nc, ==, 2);
  prs_sheet_set_cursor (sheet, 20, C_NUMBER);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 3, 0);
  g->set_cells_calls = 0;
  prs_sheet_type_text (sheet, "42");
  gtk_widget_activate_action (widget, "sheet.fill", NULL);
  g_assert_false (prs_sheet_is_editing (sheet));
  g_assert_cmpuint (g->set_cells_calls, ==, 1);
  g_assert_cmpuint (g->last_n, ==, 4);
  for (guint r = 20; r <= 23; r++)
    g_assert_cmpint (g->number[r], ==, 42);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 23, C_TOTAL), ==, "84");

  /* Copy a range as TSV through the clipboard. */
  prs_sheet_set_cursor (sheet, 20, C_NAME);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 1, 3);
  gtk_widget_activate_action (widget, "sheet.copy", NULL);
  copied = clipboard_text (widget);
  g_assert_cmpstr (copied, ==, "Person 20\t\tpresent\t42\nPerson 21\t1\tabsent\t42\n");

  /* Paste a block copied from a PDF (runs of spaces) and from Excel (tabs): one call. */
  prs_sheet_set_cursor (sheet, 30, C_NAME);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          "นายกล้า ใจดี  1  leave  77\nนางสาวฝน ตกหนัก\t\tdelegate\t๘๘\n");
  g->set_cells_calls = 0;
  gtk_widget_activate_action (widget, "sheet.paste", NULL);
  for (int i = 0; i < 100 && g->set_cells_calls == 0; i++)
    wait_ms (10);
  g_assert_cmpuint (g->set_cells_calls, ==, 1);
  g_assert_cmpuint (g->last_n, ==, 8);
  g_assert_cmpstr (g->name[30], ==, "นายกล้า ใจดี");
  g_assert_true (g->on[30]);
  g_assert_cmpstr (g->choice[30], ==, "leave");
  g_assert_cmpint (g->number[30], ==, 77);
  g_assert_cmpstr (g->name[31], ==, "นางสาวฝน ตกหนัก");
  g_assert_false (g->on[31]);
  g_assert_cmpstr (g->choice[31], ==, "delegate");
  prs_sheet_get_selection (sheet, &r0, &c0, &nr, &nc);
  g_assert_cmpuint (r0, ==, 30);
  g_assert_cmpuint (nr, ==, 2);
  g_assert_cmpuint (nc, ==, 4);

  /* Delete clears the selection's editable cells in one call. */
  g->set_cells_calls = 0;
  prs_sheet_set_cursor (sheet, 30, C_NAME);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 1, 0);
  gtk_widget_activate_action (widget, "sheet.clear", NULL);
  g_assert_cmpuint (g->set_cells_calls, ==, 1);
  g_assert_cmpstr (g->name[30], ==, "");
  g_assert_cmpstr (g->name[31], ==, "");

  /* Space flips a toggle; over a range, all to the opposite of the cursor's cell. */
  prs_sheet_set_cursor (sheet, 1, C_ON);
  g_assert_false (g->on[1]);
  gtk_widget_activate_action (widget, "sheet.toggle", NULL);
  g_assert_true (g->on[1]);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 1, C_ON), ==, "1");
  gtk_widget_activate_action (widget, "sheet.toggle", NULL);
  g_assert_false (g->on[1]);
  prs_sheet_set_cursor (sheet, 40, C_ON);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 5, 0);
  g->set_cells_calls = 0;
  /* The cursor ends on row 45, which is on: all six go off. */
  g_assert_true (g->on[45]);
  g_assert_false (g->on[41]);
  gtk_widget_activate_action (widget, "sheet.toggle", NULL);
  g_assert_cmpuint (g->set_cells_calls, ==, 1);
  g_assert_cmpuint (g->last_n, ==, 6);
  for (guint r = 40; r <= 45; r++)
    g_assert_false (g->on[r]);

  /* Choice cells: a first letter picks (and cycles), a digit picks by number. */
  prs_sheet_set_cursor (sheet, 50, C_CHOICE);
  prs_sheet_type_text (sheet, "a");
  g_assert_cmpstr (g->choice[50], ==, "absent");
  prs_sheet_type_text (sheet, "4");
  g_assert_cmpstr (g->choice[50], ==, "delegate");
  prs_sheet_type_text (sheet, "L");
  g_assert_cmpstr (g->choice[50], ==, "leave");
  g_assert_false (prs_sheet_is_editing (sheet));
  /* Space (like F2 or a double click) lists the choices. */
  gtk_widget_activate_action (widget, "sheet.toggle", NULL);
  wait_ms (100);
  {
    GtkWidget *popover = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (widget); w; w = gtk_widget_get_first_child (w))
      if (GTK_IS_SCROLLED_WINDOW (w))
        {
          GtkWidget *canvas = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));

          for (GtkWidget *c = gtk_widget_get_first_child (canvas); c; c = gtk_widget_get_next_sibling (c))
            if (GTK_IS_POPOVER (c) && gtk_widget_get_visible (c))
              popover = c;
          break;
        }
    g_assert_nonnull (popover);
    /* Picking "absent" from the list stores it. */
    {
      GtkWidget *list = gtk_popover_get_child (GTK_POPOVER (popover));

      g_assert_true (GTK_IS_LIST_BOX (list));
      g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
      g_assert_cmpstr (g->choice[50], ==, "absent");
      g_assert_false (gtk_widget_get_visible (popover));
    }
  }

  /* Multi-line text is edited in a popover; the commit action keeps it. */
  prs_sheet_set_cursor (sheet, 60, C_NOTE);
  gtk_widget_activate_action (widget, "sheet.edit", NULL);
  g_assert_true (prs_sheet_is_editing (sheet));
  prs_sheet_type_text (sheet, "\nบรรทัดที่สอง");
  gtk_widget_activate_action (widget, "sheet.commit", NULL);
  g_assert_false (prs_sheet_is_editing (sheet));
  g_assert_cmpstr (g->note[60], ==, "บรรทัดที่สอง");

  /* The mouse: a click puts the cursor, a drag selects a range, dragging a column
   * title's right edge resizes it (the gestures' own signals, as GTK emits them). */
  {
    GtkWidget *canvas = canvas_of (widget);
    GtkEventController *click = controller_of (canvas, GTK_TYPE_GESTURE_CLICK);
    GtkEventController *drag = controller_of (canvas, GTK_TYPE_GESTURE_DRAG);
    double x0, y0, x1, y1;
    graphene_rect_t area;
    int before;

    g_assert_nonnull (click);
    g_assert_nonnull (drag);
    prs_sheet_set_cursor (sheet, 0, 0);
    cell_centre (sheet, 3, C_NAME, &x0, &y0);
    cell_centre (sheet, 6, C_NUMBER, &x1, &y1);
    g_signal_emit_by_name (click, "pressed", 1, x0, y0);
    prs_sheet_get_cursor (sheet, &row, &col);
    g_assert_cmpuint (row, ==, 3);
    g_assert_cmpuint (col, ==, C_NAME);
    g_signal_emit_by_name (drag, "drag-begin", x0, y0);
    g_signal_emit_by_name (drag, "drag-update", x1 - x0, y1 - y0);
    g_signal_emit_by_name (drag, "drag-end", x1 - x0, y1 - y0);
    prs_sheet_get_selection (sheet, &r0, &c0, &nr, &nc);
    g_assert_cmpuint (r0, ==, 3);
    g_assert_cmpuint (c0, ==, C_NAME);
    g_assert_cmpuint (nr, ==, 4);
    g_assert_cmpuint (nc, ==, C_NUMBER - C_NAME + 1);
    /* Dragging past the bottom edge scrolls and keeps selecting. */
    {
      GtkAdjustment *vadj = prs_sheet_get_vadjustment (sheet);
      double before_value = gtk_adjustment_get_value (vadj);
      guint before_row;

      prs_sheet_get_cursor (sheet, &before_row, NULL);
      g_signal_emit_by_name (click, "pressed", 1, x0, y0);
      g_signal_emit_by_name (drag, "drag-begin", x0, y0);
      for (int i = 0; i < 5; i++)
        g_signal_emit_by_name (drag, "drag-update", 0.0, (double) gtk_widget_get_height (canvas) + 20 - y0);
      g_signal_emit_by_name (drag, "drag-end", 0.0, 0.0);
      g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, before_value);
      prs_sheet_get_selection (sheet, &r0, NULL, &nr, NULL);
      g_assert_cmpuint (r0, ==, 3);
      g_assert_cmpuint (nr, >, 10);
    }
    prs_sheet_set_cursor (sheet, 0, 0);
    /* A double click on a choice cell lists the choices; on text it edits. */
    cell_centre (sheet, 4, C_NAME, &x0, &y0);
    g_signal_emit_by_name (click, "pressed", 2, x0, y0);
    g_assert_true (prs_sheet_is_editing (sheet));
    gtk_widget_activate_action (widget, "sheet.cancel", NULL);

    before = prs_sheet_get_column_width (sheet, C_NAME);
    g_assert_true (prs_sheet_get_cell_area (sheet, 1, C_NAME, &area));
    translate (widget, canvas, area.origin.x + area.size.width - 1, 0, &x0, &y0);
    y0 = 10;
    g_signal_emit_by_name (drag, "drag-begin", x0, y0);
    g_signal_emit_by_name (drag, "drag-update", 40.0, 0.0);
    g_signal_emit_by_name (drag, "drag-end", 40.0, 0.0);
    g_assert_cmpint (prs_sheet_get_column_width (sheet, C_NAME), ==, before + 40);
  }

  /* Ctrl+A selects everything. */
  gtk_widget_activate_action (widget, "sheet.select-all", NULL);
  prs_sheet_get_selection (sheet, &r0, &c0, &nr, &nc);
  g_assert_cmpuint (nr, ==, 200);
  g_assert_cmpuint (nc, ==, N_COLS);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  grid_free (g);
}

static void
test_grouped_frozen (void)
{
  Grid *g = grid_new (60, TRUE);
  GtkWidget *window;
  GtkWidget *widget = show_sheet (&window, 520, 520);
  PrsSheet *sheet = PRS_SHEET (widget);
  graphene_rect_t before, after, title;
  guint row;

  setup_grid_columns (sheet);
  prs_sheet_set_frozen_columns (sheet, 1);
  prs_sheet_set_funcs (sheet, &grid_funcs, g, NULL);
  prs_sheet_set_n_rows (sheet, g->n);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (300);
  gtk_widget_grab_focus (widget);

  /* The cursor starts off the heading and steps over headings, not subtotals. */
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 1);
  g_assert_true (prs_sheet_get_cell_flags (sheet, 0, 0) & PRS_SHEET_CELL_HEADING);
  g_assert_true (prs_sheet_get_cell_flags (sheet, 5, 0) & PRS_SHEET_CELL_SUBTOTAL);
  prs_sheet_set_cursor (sheet, 5, C_NUMBER);
  gtk_widget_activate_action (widget, "sheet.move", "(ii)", 1, 0);
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 7);
  prs_sheet_set_cursor (sheet, 5, C_NUMBER);
  g_assert_false (prs_sheet_type_text (sheet, "1"));

  /* A frozen column stays where it is when the sheet scrolls sideways. */
  prs_sheet_set_cursor (sheet, 1, 0);
  wait_ms (100);
  g_assert_true (prs_sheet_get_cell_area (sheet, 1, 0, &before));
  g_assert_true (prs_sheet_get_cell_area (sheet, 1, -1, &title));
  g_assert_cmpfloat (title.origin.x, ==, 0);
  g_assert_cmpfloat (before.origin.x, ==, title.size.width);
  gtk_adjustment_set_value (prs_sheet_get_hadjustment (sheet),
                            gtk_adjustment_get_upper (prs_sheet_get_hadjustment (sheet)));
  wait_ms (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (prs_sheet_get_hadjustment (sheet)), >, 0);
  g_assert_true (prs_sheet_get_cell_area (sheet, 1, 0, &after));
  g_assert_cmpfloat (after.origin.x, ==, before.origin.x);
  g_assert_true (prs_sheet_get_cell_area (sheet, 1, -1, &title));
  g_assert_cmpfloat (title.origin.x, ==, 0);
  /* A scrolled column moved left. */
  {
    graphene_rect_t number;

    prs_sheet_get_cell_area (sheet, 1, C_TOTAL, &number);
    g_assert_cmpfloat (number.origin.x + number.size.width, <=, gtk_widget_get_width (widget) + 1);
  }
  /* Column resize. */
  prs_sheet_set_column_width (sheet, C_NAME, 300);
  g_assert_cmpint (prs_sheet_get_column_width (sheet, C_NAME), ==, 300);
  prs_sheet_set_column_width (sheet, C_NAME, -1);
  gtk_adjustment_set_value (prs_sheet_get_hadjustment (sheet), 0);
  prs_sheet_set_cursor (sheet, 8, C_CHOICE);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", 1, 1);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 520);
  wait_ms (300);
  screenshot (window, "grouped");
  /* Colours follow the dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_ms (300);
  screenshot (window, "grouped-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  grid_free (g);
}

static void
test_tree (void)
{
  Tree *t = tree_new ();
  GtkWidget *window;
  GtkWidget *widget = show_sheet (&window, 700, 560);
  PrsSheet *sheet = PRS_SHEET (widget);
  const char *titles[] = { "Plan item", "Budget (baht)" };
  const int widths[] = { 30, 14 };
  guint n_before, row;

  t->sheet = sheet;
  prs_sheet_set_row_title_width (sheet, 9);
  prs_sheet_set_columns (sheet, "Code", 2, titles, widths);
  prs_sheet_set_column_kind (sheet, 1, PRS_SHEET_KIND_MONEY);
  prs_sheet_set_funcs (sheet, &tree_funcs, t, NULL);
  prs_sheet_set_n_rows (sheet, t->visible->len);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (300);
  gtk_widget_grab_focus (widget);

  /* Goal 4's projects are collapsed: 4 + 12 projects + 9 × 2 activities. */
  n_before = prs_sheet_get_n_rows (sheet);
  g_assert_cmpuint (n_before, ==, 4 + 12 + 18);
  screenshot (window, "tree");

  /* Clicking a row's expander collapses it. */
  {
    double x, y;
    graphene_rect_t area;

    g_assert_true (prs_sheet_get_cell_area (sheet, 0, -1, &area));
    translate (widget, canvas_of (widget), 12, area.origin.y + area.size.height / 2, &x, &y);
    g_signal_emit_by_name (controller_of (canvas_of (widget), GTK_TYPE_GESTURE_CLICK), "pressed", 1, x, y);
    g_assert_cmpuint (prs_sheet_get_n_rows (sheet), ==, n_before - 9);
    g_signal_emit_by_name (controller_of (canvas_of (widget), GTK_TYPE_GESTURE_CLICK), "pressed", 1, x, y);
    g_assert_cmpuint (prs_sheet_get_n_rows (sheet), ==, n_before);
  }

  /* Alt+Left on a goal collapses it: its 3 projects and 6 activities go. */
  prs_sheet_set_cursor (sheet, 0, 0);
  gtk_widget_activate_action (widget, "sheet.expand", "b", FALSE);
  g_assert_cmpuint (t->toggled, ==, 3);
  g_assert_cmpuint (prs_sheet_get_n_rows (sheet), ==, n_before - 9);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 1, 0), ==, "2. ป้องกันการทุจริต");
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 0);
  /* + expands it again (the cursor is not on a number). */
  gtk_widget_activate_action (widget, "sheet.tree-key", "s", "+");
  g_assert_cmpuint (prs_sheet_get_n_rows (sheet), ==, n_before);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 1, 0), ==, "1.1 โครงการ 1");
  /* − on a number cell types a minus sign instead. */
  prs_sheet_set_cursor (sheet, 2, 1);
  gtk_widget_activate_action (widget, "sheet.tree-key", "s", "-");
  g_assert_true (prs_sheet_is_editing (sheet));
  gtk_widget_activate_action (widget, "sheet.cancel", NULL);
  /* Alt+Left on a leaf goes to its parent. */
  gtk_widget_activate_action (widget, "sheet.expand", "b", FALSE);
  prs_sheet_get_cursor (sheet, &row, NULL);
  g_assert_cmpuint (row, ==, 1);
  /* The API and row_toggled agree. */
  g_assert_true (prs_sheet_set_row_expanded (sheet, 1, FALSE));
  g_assert_cmpuint (prs_sheet_get_n_rows (sheet), ==, n_before - 2);
  g_assert_false (prs_sheet_set_row_expanded (sheet, 1, FALSE));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  tree_free (t);
}

static void
test_large_toggle_grid (void)
{
  Grid *g = grid_new (20000, FALSE);
  GtkWidget *window;
  GtkWidget *widget = show_sheet (&window, 900, 600);
  PrsSheet *sheet = PRS_SHEET (widget);
  guint widgets, calls_first_screen;

  setup_grid_columns (sheet);
  prs_sheet_set_frozen_columns (sheet, 1);
  prs_sheet_set_funcs (sheet, &grid_funcs, g, NULL);
  prs_sheet_set_n_rows (sheet, g->n);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (400);

  /* Only the rows on screen were read, and no widget stands for a cell. */
  calls_first_screen = g->get_cell_calls;
  g_test_message ("get_cell calls for the first screen: %u", calls_first_screen);
  g_assert_cmpuint (calls_first_screen, <, 60 * N_COLS);
  widgets = count_widgets (widget);
  g_test_message ("widgets inside the sheet: %u", widgets);
  g_assert_cmpuint (widgets, <, 40);

  /* Scroll to the end and back: still only a screen's worth read each time. */
  gtk_adjustment_set_value (prs_sheet_get_vadjustment (sheet), 1e9);
  wait_ms (150);
  g_assert_cmpuint (g->get_cell_calls - calls_first_screen, <, 60 * N_COLS);
  prs_sheet_set_cursor (sheet, 19999, C_ON);
  wait_ms (100);
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 19998, C_NAME), ==, "Person 19998");
  g_assert_cmpuint (count_widgets (widget), ==, widgets);

  /* A fill down the whole column is one call. */
  prs_sheet_set_cursor (sheet, 0, C_ON);
  gtk_widget_activate_action (widget, "sheet.extend", "(ii)", G_MAXINT / 2, 0);
  g->set_cells_calls = 0;
  g_assert_true (prs_sheet_fill_text (sheet, "1"));
  g_assert_cmpuint (g->set_cells_calls, ==, 1);
  g_assert_cmpuint (g->last_n, ==, 20000);
  prs_sheet_set_cursor (sheet, 3, C_ON);
  gtk_widget_activate_action (widget, "sheet.toggle", NULL);
  prs_sheet_set_cursor (sheet, 7, C_CHOICE);
  wait_ms (200);
  screenshot (window, "toggle-grid");

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  grid_free (g);
}

/* ---- date cells: a source of three dates (the last read-only) ---- */

typedef struct
{
  char *iso[3];
  guint set_cell_calls;
  char *last_text;
} Dates;

static char *
dates_get_cell (gpointer data, guint row, guint col, PrsSheetCellFlags *flags, char **tooltip)
{
  Dates *d = data;

  if (row < 2)
    *flags = PRS_SHEET_CELL_EDITABLE;
  return prs_sheet_format_date (d->iso[row], FALSE, PRS_DATE_STYLE_LONG);
}

static char *
dates_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  return g_strdup_printf ("%u", row + 1);
}

static gboolean
dates_set_cell (gpointer data, guint row, guint col, const char *text, GError **error)
{
  Dates *d = data;
  PrsDate date;

  d->set_cell_calls++;
  g_free (d->last_text);
  d->last_text = g_strdup (text);
  g_clear_pointer (&d->iso[row], g_free);
  if (*text && !prs_date_parse (text, &date, error))
    return FALSE;
  if (*text)
    d->iso[row] = prs_date_to_iso (&date);
  return TRUE;
}

static void
test_date_cells (void)
{
  static const PrsSheetFuncs funcs = {
    .get_cell = dates_get_cell, .get_row_title = dates_get_row_title, .set_cell = dates_set_cell,
  };
  Dates d = { { g_strdup ("2026-03-31"), NULL, g_strdup ("2025-10-01") }, 0, NULL };
  const char *titles[] = { "Due" };
  const int widths[] = { 14 };
  GtkWidget *window;
  PrsSheet *sheet = PRS_SHEET (show_sheet (&window, 500, 400));
  guint before;

  /* the cell text: Buddhist Era, Thai months, in each style */
  {
    g_autofree char *l = prs_sheet_format_date ("2026-03-31", FALSE, PRS_DATE_STYLE_LONG);
    g_autofree char *s = prs_sheet_format_date ("2026-03-31", TRUE, PRS_DATE_STYLE_SHORT);
    g_autofree char *n = prs_sheet_format_date ("๓๑/๓/๖๙", FALSE, PRS_DATE_STYLE_NUMERIC);

    g_assert_cmpstr (l, ==, "31 มี.ค. 2569");
    g_assert_cmpstr (s, ==, "๓๑ มี.ค. ๖๙");
    g_assert_cmpstr (n, ==, "31/3/2569");
    g_assert_null (prs_sheet_format_date ("", FALSE, PRS_DATE_STYLE_LONG));
    g_assert_null (prs_sheet_format_date ("not a date", FALSE, PRS_DATE_STYLE_LONG));
  }

  prs_sheet_set_columns (sheet, "No.", 1, titles, widths);
  prs_sheet_set_column_kind (sheet, 0, PRS_SHEET_KIND_DATE);
  prs_sheet_set_funcs (sheet, &funcs, &d, NULL);
  prs_sheet_set_n_rows (sheet, 3);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (300);
  /* no calendar widgets until one is opened */
  before = count_widgets (GTK_WIDGET (sheet));
  g_assert_cmpuint (before, <, 40);

  /* F2: the calendar on the cell's date; Set with that date writes nothing */
  prs_sheet_set_cursor (sheet, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_is_open (sheet));
  g_assert_false (prs_sheet_is_editing (sheet));
  g_assert_true (prs_sheet_calendar_set (sheet));
  g_assert_cmpuint (d.set_cell_calls, ==, 0);

  /* another day: one set_cell with ISO text */
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_select (sheet, 2026, 4, 2));
  g_assert_false (prs_sheet_calendar_select (sheet, 2026, 2, 30));
  g_assert_true (prs_sheet_calendar_set (sheet));
  g_assert_cmpuint (d.set_cell_calls, ==, 1);
  g_assert_cmpstr (d.last_text, ==, "2026-04-02");
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 0, 0), ==, "2 เม.ย. 2569");

  /* Enter on an empty date cell opens it too; cancel writes nothing */
  prs_sheet_set_cursor (sheet, 1, 0);
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  g_assert_true (prs_sheet_calendar_is_open (sheet));
  prs_sheet_calendar_cancel (sheet);
  g_assert_false (prs_sheet_calendar_is_open (sheet));
  g_assert_false (prs_sheet_calendar_set (sheet));
  g_assert_cmpuint (d.set_cell_calls, ==, 1);
  /* clearing an empty cell writes nothing; clearing a date writes "" */
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_clear (sheet));
  g_assert_cmpuint (d.set_cell_calls, ==, 1);
  prs_sheet_set_cursor (sheet, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.edit", NULL);
  g_assert_true (prs_sheet_calendar_clear (sheet));
  g_assert_cmpuint (d.set_cell_calls, ==, 2);
  g_assert_cmpstr (d.last_text, ==, "");
  g_assert_cmpstr (prs_sheet_get_cell_text (sheet, 0, 0), ==, "");

  /* typing edits the text, as typed: the source parses it */
  g_assert_true (prs_sheet_type_text (sheet, "๓๑ มี.ค. ๖๘"));
  g_assert_true (prs_sheet_is_editing (sheet));
  g_assert_false (prs_sheet_calendar_is_open (sheet));
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.commit", NULL);
  g_assert_cmpstr (d.last_text, ==, "๓๑ มี.ค. ๖๘");
  g_assert_cmpstr (d.iso[0], ==, "2025-03-31");

  /* a read-only date cell: no calendar */
  prs_sheet_set_cursor (sheet, 2, 0);
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.edit", NULL);
  g_assert_false (prs_sheet_calendar_is_open (sheet));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  for (guint i = 0; i < 3; i++)
    g_free (d.iso[i]);
  g_free (d.last_text);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: the sheet's widget tests are skipped\n");
      return 77;
    }
  adw_init ();
  g_test_add_func ("/sheet-grid/keys-range-fill-clipboard", test_keys_range_fill_clipboard);
  g_test_add_func ("/sheet-grid/grouped-frozen", test_grouped_frozen);
  g_test_add_func ("/sheet-grid/tree", test_tree);
  g_test_add_func ("/sheet-grid/large-toggle-grid", test_large_toggle_grid);
  g_test_add_func ("/sheet-grid/date-cells", test_date_cells);
  return g_test_run ();
}
