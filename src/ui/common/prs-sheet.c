/* prs-sheet.c: the keyboard-first sheet (see prs-sheet.h)
 *
 * A GtkGrid of labels inside a scrolled window, with the column titles in a second
 * grid above it so they stay visible; one GtkEntry is laid over the cell being
 * edited. Labels are cheap enough for the few hundred rows a sheet holds, and
 * plain widgets keep selection, tooltips and styling simple on GTK 4.8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-sheet.h"

struct _PrsSheet
{
  GtkWidget parent_instance;

  GtkWidget *header_grid;
  GtkWidget *scrolled;
  GtkWidget *grid;
  GtkWidget *entry;           /* owned; in the grid only while editing */

  char *row_heading;
  int row_title_chars;
  int char_width;             /* pixels */
  guint n_columns;
  char **titles;
  int *widths;

  guint n_rows;
  GPtrArray *cells;           /* GtkLabel, row-major */
  GPtrArray *row_titles;      /* GtkLabel */
  guint8 *flags;              /* per cell */
  guint8 *row_flags;

  const PrsSheetFuncs *funcs;
  gpointer user_data;
  GDestroyNotify destroy;

  guint cur_row, cur_col;
  guint anchor_row, anchor_col;
  gboolean editing;
  guint edit_row, edit_col;
};

G_DEFINE_FINAL_TYPE (PrsSheet, prs_sheet, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkLabel *
cell_label (PrsSheet *self, guint row, guint col)
{
  if (row >= self->n_rows || col >= self->n_columns)
    return NULL;
  return g_ptr_array_index (self->cells, (gsize) row * self->n_columns + col);
}

static gboolean
row_is_heading (PrsSheet *self, guint row)
{
  return row < self->n_rows && (self->row_flags[row] & PRS_SHEET_CELL_HEADING) != 0;
}

static void
emit_error (PrsSheet *self, const char *message)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

/* --- Reading cells --- */

static void
apply_cell_classes (PrsSheet *self, guint row, guint col)
{
  GtkLabel *label = cell_label (self, row, col);
  guint flags = self->flags[(gsize) row * self->n_columns + col];
  const char *classes[8];
  guint n = 0;
  guint r0 = MIN (self->anchor_row, self->cur_row), r1 = MAX (self->anchor_row, self->cur_row);
  guint c0 = MIN (self->anchor_col, self->cur_col), c1 = MAX (self->anchor_col, self->cur_col);

  if (self->row_flags[row] & PRS_SHEET_CELL_HEADING)
    classes[n++] = "heading";
  else if (!(flags & PRS_SHEET_CELL_EDITABLE))
    classes[n++] = "readonly";
  if (flags & PRS_SHEET_CELL_COMPUTED)
    classes[n++] = "computed";
  if (flags & PRS_SHEET_CELL_FLAGGED)
    classes[n++] = "flagged";
  if (flags & PRS_SHEET_CELL_NUMERIC)
    classes[n++] = "numeric";
  if (row == self->cur_row && col == self->cur_col)
    classes[n++] = "cursor";
  else if (row >= r0 && row <= r1 && col >= c0 && col <= c1)
    classes[n++] = "selected";
  classes[n] = NULL;
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);
}

static void
read_cell (PrsSheet *self, guint row, guint col)
{
  GtkLabel *label = cell_label (self, row, col);
  PrsSheetCellFlags flags = PRS_SHEET_CELL_NONE;
  g_autofree char *tooltip = NULL;
  g_autofree char *text = NULL;

  if (self->funcs && self->funcs->get_cell)
    text = self->funcs->get_cell (self->user_data, row, col, &flags, &tooltip);
  if (g_strcmp0 (gtk_label_get_label (label), text ? text : "") != 0)
    gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
  gtk_label_set_xalign (label, (flags & PRS_SHEET_CELL_NUMERIC) ? 1.0 : 0.0);
  self->flags[(gsize) row * self->n_columns + col] = flags;
  apply_cell_classes (self, row, col);
}

static void
read_row_title (PrsSheet *self, guint row)
{
  GtkLabel *label = g_ptr_array_index (self->row_titles, row);
  PrsSheetCellFlags flags = PRS_SHEET_CELL_NONE;
  g_autofree char *text = NULL;

  if (self->funcs && self->funcs->get_row_title)
    text = self->funcs->get_row_title (self->user_data, row, &flags);
  gtk_label_set_label (label, text ? text : "");
  self->row_flags[row] = flags & PRS_SHEET_CELL_HEADING;
  gtk_widget_set_css_classes (GTK_WIDGET (label),
                              (const char *[]) { "row-title",
                                                 (flags & PRS_SHEET_CELL_HEADING) ? "heading" : NULL,
                                                 NULL });
}

void
prs_sheet_refresh (PrsSheet *self)
{
  g_return_if_fail (PRS_IS_SHEET (self));

  for (guint r = 0; r < self->n_rows; r++)
    {
      read_row_title (self, r);
      for (guint c = 0; c < self->n_columns; c++)
        read_cell (self, r, c);
      /* A heading's text reads across the row: it goes in the first (wide) column
       * rather than being cut to the narrow row-title column. */
      if (row_is_heading (self, r) && self->n_columns > 0)
        {
          GtkLabel *title = g_ptr_array_index (self->row_titles, r);
          GtkLabel *first = cell_label (self, r, 0);

          if (first != NULL && gtk_label_get_label (first)[0] == '\0')
            {
              gtk_label_set_label (first, gtk_label_get_label (title));
              gtk_widget_add_css_class (GTK_WIDGET (first), "heading");
              gtk_label_set_label (title, "");
            }
        }
    }
}

/* --- Building --- */

/* Columns get a width in pixels from the font's digit width, the same for the
 * header and the body whatever their text or weight, so the two grids line up;
 * a small maximum width keeps long text from widening a column (it ellipsizes). */
static GtkWidget *
new_cell_label (PrsSheet *self, int width_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
  if (width_chars <= 0)
    {
      gtk_widget_set_hexpand (label, TRUE);
      width_chars = 12;
    }
  gtk_widget_set_size_request (label, width_chars * self->char_width + 16, -1);
  return label;
}

static void
clear_grid (GtkWidget *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (grid)) != NULL)
    gtk_grid_remove (GTK_GRID (grid), child);
}

static int
row_title_width (PrsSheet *self)
{
  return self->row_title_chars > 0 ? self->row_title_chars : 10;
}

static void
measure_char_width (PrsSheet *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int digit = pango_font_metrics_get_approximate_digit_width (metrics);
  int ch = pango_font_metrics_get_approximate_char_width (metrics);

  self->char_width = MAX (6, PANGO_PIXELS_CEIL (MAX (digit, ch)));
  pango_font_metrics_unref (metrics);
}

static void
rebuild (PrsSheet *self)
{
  if (self->editing)
    {
      self->editing = FALSE;
      gtk_grid_remove (GTK_GRID (self->grid), self->entry);
    }
  measure_char_width (self);
  clear_grid (self->header_grid);
  clear_grid (self->grid);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->row_titles, 0);

  {
    GtkWidget *label = new_cell_label (self, row_title_width (self));

    gtk_label_set_label (GTK_LABEL (label), self->row_heading ? self->row_heading : "");
    gtk_widget_add_css_class (label, "sheet-title");
    gtk_grid_attach (GTK_GRID (self->header_grid), label, 0, 0, 1, 1);
    for (guint c = 0; c < self->n_columns; c++)
      {
        label = new_cell_label (self, self->widths[c]);
        gtk_label_set_label (GTK_LABEL (label), self->titles[c]);
        gtk_widget_add_css_class (label, "sheet-title");
        gtk_grid_attach (GTK_GRID (self->header_grid), label, c + 1, 0, 1, 1);
      }
  }

  g_free (self->flags);
  g_free (self->row_flags);
  self->flags = g_new0 (guint8, (gsize) self->n_rows * MAX (self->n_columns, 1));
  self->row_flags = g_new0 (guint8, MAX (self->n_rows, 1));
  for (guint r = 0; r < self->n_rows; r++)
    {
      GtkWidget *title = new_cell_label (self, row_title_width (self));

      gtk_grid_attach (GTK_GRID (self->grid), title, 0, r, 1, 1);
      g_ptr_array_add (self->row_titles, title);
      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkWidget *label = new_cell_label (self, self->widths[c]);

          gtk_grid_attach (GTK_GRID (self->grid), label, c + 1, r, 1, 1);
          g_ptr_array_add (self->cells, label);
        }
    }
  if (self->cur_row >= self->n_rows)
    self->cur_row = self->n_rows ? self->n_rows - 1 : 0;
  if (self->cur_col >= self->n_columns)
    self->cur_col = self->n_columns ? self->n_columns - 1 : 0;
  self->anchor_row = self->cur_row;
  self->anchor_col = self->cur_col;
  prs_sheet_refresh (self);
}

/* --- Cursor --- */

static void
scroll_to_cursor (PrsSheet *self)
{
  GtkLabel *label = cell_label (self, self->cur_row, self->cur_col);
  GtkAdjustment *vadj, *hadj;
  graphene_rect_t bounds;
  double value, page;

  if (label == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (label), self->grid, &bounds))
    return;
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  value = gtk_adjustment_get_value (vadj);
  page = gtk_adjustment_get_page_size (vadj);
  if (bounds.origin.y < value)
    gtk_adjustment_set_value (vadj, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (vadj, bounds.origin.y + bounds.size.height - page);
  hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  value = gtk_adjustment_get_value (hadj);
  page = gtk_adjustment_get_page_size (hadj);
  if (bounds.origin.x < value)
    gtk_adjustment_set_value (hadj, bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > value + page)
    gtk_adjustment_set_value (hadj, bounds.origin.x + bounds.size.width - page);
}

static void
update_accessible (PrsSheet *self)
{
  GtkLabel *label = cell_label (self, self->cur_row, self->cur_col);
  GtkLabel *title;
  g_autofree char *text = NULL;

  if (label == NULL)
    return;
  title = g_ptr_array_index (self->row_titles, self->cur_row);
  /* Translators: what a screen reader says for the cell under the cursor:
   * row title, column title, content */
  text = g_strdup_printf (_("%s, %s: %s"), gtk_label_get_label (title),
                          self->titles[self->cur_col], gtk_label_get_label (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

static void
restyle_all (PrsSheet *self)
{
  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < self->n_columns; c++)
      apply_cell_classes (self, r, c);
}

static void
set_cursor_full (PrsSheet *self, guint row, guint col, gboolean extend)
{
  guint old_r0 = MIN (self->anchor_row, self->cur_row), old_r1 = MAX (self->anchor_row, self->cur_row);
  guint r0, r1;

  if (self->n_rows == 0 || self->n_columns == 0)
    return;
  row = MIN (row, self->n_rows - 1);
  col = MIN (col, self->n_columns - 1);
  self->cur_row = row;
  self->cur_col = col;
  if (!extend)
    {
      self->anchor_row = row;
      self->anchor_col = col;
    }
  /* Restyle only the rows the old and new selections touch. */
  r0 = MIN (old_r0, MIN (self->anchor_row, row));
  r1 = MAX (old_r1, MAX (self->anchor_row, row));
  if (r1 - r0 > 200)
    restyle_all (self);
  else
    for (guint r = r0; r <= r1; r++)
      for (guint c = 0; c < self->n_columns; c++)
        apply_cell_classes (self, r, c);
  scroll_to_cursor (self);
  update_accessible (self);
}

void
prs_sheet_set_cursor (PrsSheet *self, guint row, guint column)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  set_cursor_full (self, row, column, FALSE);
}

void
prs_sheet_get_cursor (PrsSheet *self, guint *row, guint *column)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  if (row)
    *row = self->cur_row;
  if (column)
    *column = self->cur_col;
}

void
prs_sheet_get_selection (PrsSheet *self, guint *row, guint *column, guint *n_rows, guint *n_columns)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  if (row)
    *row = MIN (self->anchor_row, self->cur_row);
  if (column)
    *column = MIN (self->anchor_col, self->cur_col);
  if (n_rows)
    *n_rows = MAX (self->anchor_row, self->cur_row) - MIN (self->anchor_row, self->cur_row) + 1;
  if (n_columns)
    *n_columns = MAX (self->anchor_col, self->cur_col) - MIN (self->anchor_col, self->cur_col) + 1;
}

/* Moves by rows, stepping over heading rows. */
static guint
step_rows (PrsSheet *self, guint from, int delta)
{
  int row = (int) from;
  int step = delta < 0 ? -1 : 1;
  int remaining = ABS (delta);
  int last_good = row;

  while (remaining > 0)
    {
      row += step;
      if (row < 0 || row >= (int) self->n_rows)
        break;
      if (!row_is_heading (self, row))
        {
          last_good = row;
          remaining--;
        }
    }
  return last_good;
}

static void
move_cursor (PrsSheet *self, int drow, int dcol, gboolean extend)
{
  int col = (int) self->cur_col + dcol;
  guint row = drow != 0 ? step_rows (self, self->cur_row, drow) : self->cur_row;

  col = CLAMP (col, 0, (int) self->n_columns - 1);
  set_cursor_full (self, row, col, extend);
}

/* --- Editing --- */

static gboolean
store_cells (PrsSheet *self, guint n, const guint *rows, const guint *cols, const char * const *texts)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;

  if (self->funcs == NULL || n == 0)
    return TRUE;
  if (n == 1 && self->funcs->set_cell)
    ok = self->funcs->set_cell (self->user_data, rows[0], cols[0], texts[0], &error);
  else if (self->funcs->set_cells)
    ok = self->funcs->set_cells (self->user_data, n, rows, cols, texts, &error);
  else if (self->funcs->set_cell)
    for (guint i = 0; i < n && ok; i++)
      ok = self->funcs->set_cell (self->user_data, rows[i], cols[i], texts[i], &error);
  else
    ok = FALSE;
  if (!ok)
    emit_error (self, error ? error->message : _("These cells cannot be changed."));
  /* The data source may have changed more than these cells (computed figures). */
  prs_sheet_refresh (self);
  return ok;
}

static gboolean
cell_editable (PrsSheet *self, guint row, guint col)
{
  return row < self->n_rows && col < self->n_columns
         && !row_is_heading (self, row)
         && (self->flags[(gsize) row * self->n_columns + col] & PRS_SHEET_CELL_EDITABLE);
}

static void
end_editing (PrsSheet *self)
{
  GtkLabel *label = cell_label (self, self->edit_row, self->edit_col);

  self->editing = FALSE;
  if (gtk_widget_has_focus (self->entry) || gtk_widget_get_focus_child (self->entry))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_grid_remove (GTK_GRID (self->grid), self->entry);
  if (label)
    gtk_widget_set_opacity (GTK_WIDGET (label), 1.0);
}

static gboolean
start_editing (PrsSheet *self, const char *text)
{
  GtkLabel *label;

  if (self->editing)
    return TRUE;
  if (!cell_editable (self, self->cur_row, self->cur_col))
    {
      emit_error (self, _("This cell is computed or fixed and cannot be typed over."));
      return FALSE;
    }
  label = cell_label (self, self->cur_row, self->cur_col);
  self->editing = TRUE;
  self->edit_row = self->cur_row;
  self->edit_col = self->cur_col;
  gtk_editable_set_text (GTK_EDITABLE (self->entry),
                         text ? text : gtk_label_get_label (label));
  gtk_widget_set_opacity (GTK_WIDGET (label), 0.0);
  gtk_grid_attach (GTK_GRID (self->grid), self->entry, self->edit_col + 1, self->edit_row, 1, 1);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  return TRUE;
}

static gboolean
commit_editing (PrsSheet *self)
{
  g_autofree char *text = NULL;
  guint row, col;

  if (!self->editing)
    return TRUE;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  row = self->edit_row;
  col = self->edit_col;
  end_editing (self);
  return store_cells (self, 1, &row, &col, (const char *[]) { g_strstrip (text) });
}

static void
cancel_editing (PrsSheet *self)
{
  if (self->editing)
    end_editing (self);
}

gboolean
prs_sheet_type_text (PrsSheet *self, const char *text)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);

  if (self->editing)
    {
      int pos = gtk_editable_get_position (GTK_EDITABLE (self->entry));

      gtk_editable_insert_text (GTK_EDITABLE (self->entry), text, -1, &pos);
      gtk_editable_set_position (GTK_EDITABLE (self->entry), pos);
      return TRUE;
    }
  set_cursor_full (self, self->cur_row, self->cur_col, FALSE);
  return start_editing (self, text);
}

gboolean
prs_sheet_is_editing (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  return self->editing;
}

static void
entry_activate (GtkEntry *entry, PrsSheet *self)
{
  commit_editing (self);
  move_cursor (self, 1, 0, FALSE);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                   GdkModifierType state, PrsSheet *self)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
      cancel_editing (self);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      commit_editing (self);
      move_cursor (self, 0, (keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK)) ? -1 : 1, FALSE);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      commit_editing (self);
      move_cursor (self, keyval == GDK_KEY_Up ? -1 : 1, 0, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
entry_focus_leave (GtkEventControllerFocus *controller, PrsSheet *self)
{
  /* Clicking elsewhere keeps what was typed, as spreadsheets do. */
  if (self->editing)
    commit_editing (self);
}

/* --- Clipboard --- */

char *
prs_sheet_copy_text (PrsSheet *self)
{
  GString *out = g_string_new (NULL);
  guint r0, c0, nr, nc;

  g_return_val_if_fail (PRS_IS_SHEET (self), NULL);
  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);
  for (guint r = r0; r < r0 + nr && r < self->n_rows; r++)
    {
      if (row_is_heading (self, r))
        continue;
      for (guint c = c0; c < c0 + nc && c < self->n_columns; c++)
        {
          if (c > c0)
            g_string_append_c (out, '\t');
          g_string_append (out, gtk_label_get_label (cell_label (self, r, c)));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static gboolean
looks_like_value (const char *token)
{
  /* Numbers in either digit set, percentages, and the checklist words. */
  static const char *words[] = { "ผ่าน", "ไม่ผ่าน", "มี", "ไม่มี", "pass", "fail", "yes", "no", "-" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (token, words[i]) == 0 || g_strcmp0 (token, words[i]) == 0)
      return TRUE;
  for (const char *p = token; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(g_unichar_isdigit (c) || c == '.' || c == ',' || c == '%' || c == '-' || c == '+'))
        return FALSE;
    }
  return *token != '\0';
}

static char **
split_line (const char *line)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) words = NULL;
  gboolean all_values = TRUE;
  guint n_words = 0;

  if (strchr (line, '\t'))
    return g_strsplit (line, "\t", -1);

  /* Runs of two or more spaces separate cells (tables copied from a PDF). */
  {
    const char *p = line, *start;

    while (*p == ' ')
      p++;
    start = p;
    while (*p)
      {
        if (p[0] == ' ' && p[1] == ' ')
          {
            g_ptr_array_add (fields, g_strndup (start, p - start));
            while (*p == ' ')
              p++;
            start = p;
            continue;
          }
        p++;
      }
    if (p > start)
      g_ptr_array_add (fields, g_strndup (start, p - start));
  }
  if (fields->len > 1)
    {
      g_ptr_array_add (fields, NULL);
      return (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
    }

  /* Single spaces between values ("85.50 90.00 ผ่าน") separate them too. */
  words = g_strsplit_set (line, " ", -1);
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      {
        n_words++;
        all_values = all_values && looks_like_value (words[i]);
      }
  if (n_words > 1 && all_values)
    {
      GPtrArray *out = g_ptr_array_new ();

      for (guint i = 0; words[i]; i++)
        if (*words[i])
          g_ptr_array_add (out, g_strdup (words[i]));
      g_ptr_array_add (out, NULL);
      return (char **) g_ptr_array_free (out, FALSE);
    }
  return g_strsplit (line, "\t", -1);
}

GPtrArray *
prs_sheet_parse_block (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto (GStrv) lines = NULL;
  guint n;

  g_return_val_if_fail (text != NULL, rows);
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* A trailing newline (Excel always adds one) is not an empty last row. */
  while (n > 0 && strspn (lines[n - 1], " \t\r") == strlen (lines[n - 1]))
    n--;
  for (guint i = 0; i < n; i++)
    {
      char **cells;
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      cells = split_line (lines[i]);
      for (guint c = 0; cells[c]; c++)
        g_strstrip (cells[c]);
      g_ptr_array_add (rows, cells);
    }
  return rows;
}

gboolean
prs_sheet_paste_text (PrsSheet *self, const char *text)
{
  g_autoptr (GPtrArray) block = NULL;
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  guint r0, c0, nr, nc, row;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (self->editing)
    {
      prs_sheet_type_text (self, text);
      return TRUE;
    }
  block = prs_sheet_parse_block (text ? text : "");
  if (block->len == 0)
    return FALSE;
  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);

  if (block->len == 1 && g_strv_length (g_ptr_array_index (block, 0)) == 1 && (nr > 1 || nc > 1))
    {
      /* One value over a selection fills it. */
      const char *value = ((char **) g_ptr_array_index (block, 0))[0];

      for (guint r = r0; r < r0 + nr; r++)
        for (guint c = c0; c < c0 + nc; c++)
          if (cell_editable (self, r, c))
            {
              g_array_append_val (rows, r);
              g_array_append_val (cols, c);
              g_ptr_array_add (texts, (gpointer) value);
            }
    }
  else
    {
      row = r0;
      while (row_is_heading (self, row) && row + 1 < self->n_rows)
        row++;
      for (guint i = 0; i < block->len; i++)
        {
          char **cells = g_ptr_array_index (block, i);

          if (i > 0)
            {
              guint next = step_rows (self, row, 1);

              if (next == row)
                {
                  g_autofree char *message =
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The pasted block has %u row, more than fit below the cursor. Nothing was pasted.",
                                                  "The pasted block has %u rows, more than fit below the cursor. Nothing was pasted.",
                                                  block->len),
                                     block->len);
                  emit_error (self, message);
                  return FALSE;
                }
              row = next;
            }
          for (guint j = 0; cells[j]; j++)
            {
              guint col = c0 + j;

              if (col >= self->n_columns)
                {
                  if (*cells[j] == '\0')
                    continue;
                  emit_error (self, _("The pasted block is wider than the sheet. Nothing was pasted."));
                  return FALSE;
                }
              if (!cell_editable (self, row, col))
                {
                  g_autofree char *message = NULL;

                  if (*cells[j] == '\0')
                    continue;
                  /* Translators: %s is a column title, e.g. "Computed" */
                  message = g_strdup_printf (_("The pasted block reaches the column “%s”, which cannot be edited. Nothing was pasted."),
                                             self->titles[col]);
                  emit_error (self, message);
                  return FALSE;
                }
              g_array_append_val (rows, row);
              g_array_append_val (cols, col);
              g_ptr_array_add (texts, cells[j]);
            }
        }
    }
  if (rows->len == 0)
    return FALSE;
  if (!store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
                    (const char * const *) texts->pdata))
    return FALSE;
  /* Select what was pasted, as spreadsheets do. */
  self->anchor_row = g_array_index (rows, guint, 0);
  self->anchor_col = g_array_index (cols, guint, 0);
  set_cursor_full (self, g_array_index (rows, guint, rows->len - 1),
                   g_array_index (cols, guint, cols->len - 1), TRUE);
  return TRUE;
}

static void
paste_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PrsSheet) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        emit_error (self, _("The clipboard holds no text to paste."));
      return;
    }
  prs_sheet_paste_text (self, text);
}

/* --- Actions (what the keys do) --- */

static void
move_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  int dr, dc;

  g_variant_get (param, "(ii)", &dr, &dc);
  commit_editing (self);
  move_cursor (self, dr, dc, g_str_equal (name, "sheet.extend"));
}

static void
edit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  start_editing (PRS_SHEET (widget), NULL);
}

static void
commit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->editing)
    commit_editing (self);
  move_cursor (self, 1, 0, FALSE);
}

static void
cancel_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->editing)
    cancel_editing (self);
  else
    set_cursor_full (self, self->cur_row, self->cur_col, FALSE);
}

static void
clear_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  guint r0, c0, nr, nc;

  if (self->editing)
    return;
  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);
  for (guint r = r0; r < r0 + nr; r++)
    for (guint c = c0; c < c0 + nc; c++)
      if (cell_editable (self, r, c) && *gtk_label_get_label (cell_label (self, r, c)) != '\0')
        {
          g_array_append_val (rows, r);
          g_array_append_val (cols, c);
          g_ptr_array_add (texts, (gpointer) "");
        }
  store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
               (const char * const *) texts->pdata);
}

static void
copy_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_autofree char *text = prs_sheet_copy_text (PRS_SHEET (widget));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
paste_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, paste_done,
                                 g_object_ref (widget));
}

static void
im_commit (GtkIMContext *context, const char *text, PrsSheet *self)
{
  if (!self->editing && text && *text && g_unichar_isprint (g_utf8_get_char (text)))
    prs_sheet_type_text (self, text);
}

/* --- Mouse --- */

static gboolean
cell_at (PrsSheet *self, double x, double y, guint *row, guint *col)
{
  GtkWidget *picked = gtk_widget_pick (self->grid, x, y, GTK_PICK_DEFAULT);
  int c, r;

  while (picked && gtk_widget_get_parent (picked) != self->grid)
    picked = gtk_widget_get_parent (picked);
  if (picked == NULL || picked == self->entry)
    return FALSE;
  gtk_grid_query_child (GTK_GRID (self->grid), picked, &c, &r, NULL, NULL);
  if (c < 1)
    c = 1;
  *row = r;
  *col = c - 1;
  return TRUE;
}

static void
pressed (GtkGestureClick *gesture, int n_press, double x, double y, PrsSheet *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint row, col;

  if (!cell_at (self, x, y, &row, &col))
    return;
  commit_editing (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (row_is_heading (self, row))
    return;
  set_cursor_full (self, row, col, (state & GDK_SHIFT_MASK) != 0);
  if (n_press == 2)
    start_editing (self, NULL);
}

/* --- GObject --- */

static void
prs_sheet_dispose (GObject *object)
{
  PrsSheet *self = PRS_SHEET (object);
  GtkWidget *child;

  if (self->editing)
    {
      self->editing = FALSE;
      gtk_grid_remove (GTK_GRID (self->grid), self->entry);
    }
  g_clear_object (&self->entry);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->destroy)
    g_clear_pointer (&self->user_data, self->destroy);
  self->funcs = NULL;
  G_OBJECT_CLASS (prs_sheet_parent_class)->dispose (object);
}

static void
prs_sheet_finalize (GObject *object)
{
  PrsSheet *self = PRS_SHEET (object);

  g_free (self->row_heading);
  g_strfreev (self->titles);
  g_free (self->widths);
  g_ptr_array_unref (self->cells);
  g_ptr_array_unref (self->row_titles);
  g_free (self->flags);
  g_free (self->row_flags);
  G_OBJECT_CLASS (prs_sheet_parent_class)->finalize (object);
}

static void
add_move_binding (GtkWidgetClass *widget_class, guint key, GdkModifierType mods, const char *action,
                  int dr, int dc)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, action, "(ii)", dr, dc);
}

static void
prs_sheet_class_init (PrsSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct { guint key, kp; int dr, dc; } arrows[] = {
    { GDK_KEY_Up, GDK_KEY_KP_Up, -1, 0 },
    { GDK_KEY_Down, GDK_KEY_KP_Down, 1, 0 },
    { GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1 },
    { GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1 },
    { GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, -15, 0 },
    { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 15, 0 },
  };

  object_class->dispose = prs_sheet_dispose;
  object_class->finalize = prs_sheet_finalize;

  /**
   * PrsSheet::error:
   * @message: what went wrong, for the user
   */
  signals[SIGNAL_ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "sheet.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "sheet.extend", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "sheet.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "sheet.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "sheet.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "sheet.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "sheet.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "sheet.paste", NULL, paste_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      add_move_binding (widget_class, arrows[i].key, 0, "sheet.move", arrows[i].dr, arrows[i].dc);
      add_move_binding (widget_class, arrows[i].kp, 0, "sheet.move", arrows[i].dr, arrows[i].dc);
      add_move_binding (widget_class, arrows[i].key, GDK_SHIFT_MASK, "sheet.extend", arrows[i].dr, arrows[i].dc);
    }
  add_move_binding (widget_class, GDK_KEY_Tab, 0, "sheet.move", 0, 1);
  add_move_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "sheet.move", 0, -1);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "sheet.move", -100000, -1000);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "sheet.move", 100000, 1000);
  add_move_binding (widget_class, GDK_KEY_Home, 0, "sheet.move", 0, -1000);
  add_move_binding (widget_class, GDK_KEY_End, 0, "sheet.move", 0, 1000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "sheet.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "sheet.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "sheet.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sheet.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "sheet.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "sheet.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "sheet.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "sheet.paste", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "prs-sheet");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
prs_sheet_init (PrsSheet *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *key;
  GtkEventController *focus;
  GtkGesture *click;
  GtkIMContext *im;

  self->cells = g_ptr_array_new ();
  self->row_titles = g_ptr_array_new ();
  self->flags = g_new0 (guint8, 1);
  self->row_flags = g_new0 (guint8, 1);
  self->titles = g_new0 (char *, 1);
  self->widths = g_new0 (int, 1);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (widget)),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_focusable (widget, TRUE);

  self->header_grid = gtk_grid_new ();
  /* Styled in the application's style.css (.sheet-header): the titles get the
   * body cells' horizontal padding and borders, so they stand over their columns. */
  gtk_widget_add_css_class (self->header_grid, "sheet-header");
  gtk_widget_set_parent (self->header_grid, widget);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, widget);

  self->grid = gtk_grid_new ();
  gtk_widget_add_css_class (self->grid, "sheet-body");
  gtk_widget_set_valign (self->grid, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->grid);

  self->entry = g_object_ref_sink (gtk_entry_new ());
  g_signal_connect (self->entry, "activate", G_CALLBACK (entry_activate), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  gtk_widget_add_controller (self->entry, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave), self);
  gtk_widget_add_controller (self->entry, focus);

  /* Typing goes through an input method, so Thai keyboards work. */
  key = gtk_event_controller_key_new ();
  im = gtk_im_multicontext_new ();
  g_signal_connect (im, "commit", G_CALLBACK (im_commit), self);
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (key), im);
  g_object_unref (im);
  gtk_widget_add_controller (widget, key);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  gtk_widget_add_controller (self->grid, GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
prs_sheet_new (void)
{
  return g_object_new (PRS_TYPE_SHEET, NULL);
}

void
prs_sheet_set_columns (PrsSheet *self, const char *row_title_heading, guint n_columns,
                       const char * const *titles, const int *width_chars)
{
  g_return_if_fail (PRS_IS_SHEET (self));

  g_free (self->row_heading);
  self->row_heading = g_strdup (row_title_heading);
  g_strfreev (self->titles);
  g_free (self->widths);
  self->n_columns = n_columns;
  self->titles = g_new0 (char *, n_columns + 1);
  self->widths = g_new0 (int, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    {
      self->titles[c] = g_strdup (titles[c]);
      self->widths[c] = width_chars ? width_chars[c] : 0;
    }
  rebuild (self);
}

void
prs_sheet_set_funcs (PrsSheet *self, const PrsSheetFuncs *funcs, gpointer user_data,
                     GDestroyNotify destroy)
{
  g_return_if_fail (PRS_IS_SHEET (self));

  if (self->destroy)
    g_clear_pointer (&self->user_data, self->destroy);
  self->funcs = funcs;
  self->user_data = user_data;
  self->destroy = destroy;
}

void
prs_sheet_set_n_rows (PrsSheet *self, guint n_rows)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->n_rows = n_rows;
  rebuild (self);
}

guint
prs_sheet_get_n_rows (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), 0);
  return self->n_rows;
}

guint
prs_sheet_get_n_columns (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), 0);
  return self->n_columns;
}

const char *
prs_sheet_get_cell_text (PrsSheet *self, guint row, guint column)
{
  GtkLabel *label;

  g_return_val_if_fail (PRS_IS_SHEET (self), NULL);
  label = cell_label (self, row, column);
  return label ? gtk_label_get_label (label) : NULL;
}

PrsSheetCellFlags
prs_sheet_get_cell_flags (PrsSheet *self, guint row, guint column)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), 0);
  if (row >= self->n_rows || column >= self->n_columns)
    return 0;
  return self->flags[(gsize) row * self->n_columns + column] | self->row_flags[row];
}

void
prs_sheet_set_row_title_width (PrsSheet *self, int width_chars)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->row_title_chars = width_chars;
  rebuild (self);
}
