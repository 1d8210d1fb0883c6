/* prs-sheet.c: the keyboard-first sheet (see prs-sheet.h): its state, the rows it
 * has read from the data source, the cursor and the public API
 *
 * The sheet is a GtkScrolledWindow around a PrsSheetCanvas (prs-sheet-canvas.c),
 * which draws the visible cells (prs-sheet-draw.c); keys, actions, the mouse,
 * editing and the clipboard are in prs-sheet-keys.c. Rows are read from the data
 * source when first needed and kept in a small cache that forgets rows far from
 * the screen, so memory follows the screen, not the row count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-sheet-private.h"

G_DEFINE_FINAL_TYPE (PrsSheet, prs_sheet, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_ERROR,
  SIGNAL_CURSOR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
prs_sheet_emit_error (PrsSheet *self, const char *message)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

gboolean
prs_sheet_kind_is_numeric (PrsSheetCellKind kind)
{
  return kind == PRS_SHEET_KIND_NUMBER || kind == PRS_SHEET_KIND_MONEY || kind == PRS_SHEET_KIND_SCORE;
}

gboolean
prs_sheet_toggle_is_on (const char *text)
{
  return text != NULL && *text != '\0' && g_strcmp0 (text, "0") != 0;
}

/* --- Rows read from the data source --- */

static void
row_free (gpointer data)
{
  PrsSheetRow *row = data;

  for (guint c = 0; c < row->n_cells; c++)
    {
      g_free (row->cells[c].text);
      g_free (row->cells[c].tooltip);
      g_clear_object (&row->cells[c].layout);
    }
  g_free (row->cells);
  g_free (row->title);
  g_clear_object (&row->title_layout);
  g_free (row);
}

static guint
read_row_flags (PrsSheet *self, guint r, char **title)
{
  PrsSheetCellFlags flags = PRS_SHEET_CELL_NONE;
  char *text = NULL;

  if (self->funcs && self->funcs->get_row_title)
    text = self->funcs->get_row_title (self->user_data, r, &flags);
  if (title)
    *title = text;
  else
    g_free (text);
  flags &= PRS_SHEET_CELL_HEADING | PRS_SHEET_CELL_SUBTOTAL;
  self->row_flags[r] = PRS_SHEET_ROW_KNOWN | flags;
  return flags;
}

PrsSheetRow *
prs_sheet_get_row (PrsSheet *self, guint r)
{
  PrsSheetRow *row;

  g_assert (r < self->n_rows);
  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (r));
  if (row)
    return row;
  row = g_new0 (PrsSheetRow, 1);
  row->flags = read_row_flags (self, r, &row->title);
  if (self->funcs && self->funcs->get_row_info)
    self->funcs->get_row_info (self->user_data, r, &row->info);
  row->n_cells = self->n_columns;
  row->cells = g_new0 (PrsSheetCell, MAX (self->n_columns, 1));
  for (guint c = 0; c < self->n_columns; c++)
    {
      PrsSheetCellFlags flags = PRS_SHEET_CELL_NONE;

      if (self->funcs && self->funcs->get_cell)
        row->cells[c].text = self->funcs->get_cell (self->user_data, r, c, &flags, &row->cells[c].tooltip);
      if (self->kinds[c] == PRS_SHEET_KIND_COMPUTED)
        flags &= ~PRS_SHEET_CELL_EDITABLE;
      row->cells[c].flags = flags;
    }
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (r), row);
  return row;
}

guint
prs_sheet_row_flags (PrsSheet *self, guint r)
{
  if (r >= self->n_rows)
    return 0;
  if (!(self->row_flags[r] & PRS_SHEET_ROW_KNOWN))
    read_row_flags (self, r, NULL);
  return self->row_flags[r] & ~PRS_SHEET_ROW_KNOWN;
}

gboolean
prs_sheet_row_is_heading (PrsSheet *self, guint r)
{
  return (prs_sheet_row_flags (self, r) & PRS_SHEET_CELL_HEADING) != 0;
}

void
prs_sheet_evict_rows (PrsSheet *self, guint keep_first, guint keep_last)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint r = GPOINTER_TO_UINT (key);

      if ((r < keep_first || r > keep_last) && r != self->cur_row
          && !(self->editing && r == self->edit_row))
        g_hash_table_iter_remove (&iter);
    }
}

static void
forget_rows (PrsSheet *self)
{
  g_hash_table_remove_all (self->rows);
  if (self->n_rows > 0)
    memset (self->row_flags, 0, self->n_rows);
  if (self->canvas)
    gtk_widget_queue_draw (self->canvas);
}

void
prs_sheet_refresh (PrsSheet *self)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  forget_rows (self);
}

void
prs_sheet_refresh_rows (PrsSheet *self, guint first, guint n_rows)
{
  g_return_if_fail (PRS_IS_SHEET (self));

  for (guint r = first; r < first + n_rows && r < self->n_rows; r++)
    {
      g_hash_table_remove (self->rows, GUINT_TO_POINTER (r));
      self->row_flags[r] = 0;
    }
  if (self->canvas)
    gtk_widget_queue_draw (self->canvas);
}

/* One cell's flags (and its text if @text), from the rows read or straight from
 * the source without keeping its row: what walking a large selection uses. */
guint
prs_sheet_peek_cell (PrsSheet *self, guint r, guint c, char **text)
{
  PrsSheetRow *row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (r));
  PrsSheetCellFlags flags = PRS_SHEET_CELL_NONE;
  g_autofree char *tooltip = NULL;
  char *value = NULL;

  if (row)
    {
      if (text)
        *text = g_strdup (row->cells[c].text);
      return row->cells[c].flags;
    }
  if (self->funcs && self->funcs->get_cell)
    value = self->funcs->get_cell (self->user_data, r, c, &flags, &tooltip);
  if (self->kinds[c] == PRS_SHEET_KIND_COMPUTED)
    flags &= ~PRS_SHEET_CELL_EDITABLE;
  if (text)
    *text = value;
  else
    g_free (value);
  return flags;
}

gboolean
prs_sheet_cell_editable (PrsSheet *self, guint r, guint c)
{
  if (r >= self->n_rows || c >= self->n_columns || prs_sheet_row_is_heading (self, r))
    return FALSE;
  if (self->kinds[c] == PRS_SHEET_KIND_COMPUTED)
    return FALSE;
  return (prs_sheet_peek_cell (self, r, c, NULL) & PRS_SHEET_CELL_EDITABLE) != 0;
}

/* --- Building --- */

static void
reset_rows (PrsSheet *self)
{
  if (self->editing)
    prs_sheet_cancel_editing (self);
  g_hash_table_remove_all (self->rows);
  g_free (self->row_flags);
  self->row_flags = g_new0 (guint8, MAX (self->n_rows, 1));
  self->has_tree = self->funcs && self->funcs->get_row_info;
  if (self->cur_row >= self->n_rows)
    self->cur_row = self->n_rows ? self->n_rows - 1 : 0;
  if (self->cur_col >= self->n_columns)
    self->cur_col = self->n_columns ? self->n_columns - 1 : 0;
  /* The cursor never rests on a heading. */
  if (self->n_rows > 0 && prs_sheet_row_is_heading (self, self->cur_row))
    {
      guint next = prs_sheet_step_rows (self, self->cur_row, 1);

      if (prs_sheet_row_is_heading (self, next))
        next = prs_sheet_step_rows (self, self->cur_row, -1);
      self->cur_row = next;
    }
  self->anchor_row = self->cur_row;
  self->anchor_col = self->cur_col;
  if (self->canvas)
    {
      gtk_widget_queue_allocate (self->canvas);
      gtk_widget_queue_draw (self->canvas);
      prs_sheet_canvas_update_adjustments (PRS_SHEET_CANVAS (self->canvas));
    }
}

/* --- Cursor --- */

static void
update_accessible (PrsSheet *self)
{
  PrsSheetRow *row;
  g_autofree char *text = NULL;
  const char *value;

  if (self->n_rows == 0 || self->n_columns == 0)
    return;
  row = prs_sheet_get_row (self, self->cur_row);
  value = row->cells[self->cur_col].text ? row->cells[self->cur_col].text : "";
  if (prs_sheet_kind_is_toggle (self->kinds[self->cur_col]))
    value = prs_sheet_toggle_is_on (value) ? _("checked") : _("not checked");
  /* Translators: what a screen reader says for the cell under the cursor:
   * row title, column title, content */
  text = g_strdup_printf (_("%s, %s: %s"), row->title ? row->title : "",
                          self->titles[self->cur_col], value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
#if GTK_CHECK_VERSION (4, 14, 0)
  if (gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_accessible_announce (GTK_ACCESSIBLE (self), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
}

void
prs_sheet_set_cursor_full (PrsSheet *self, guint row, guint col, gboolean extend)
{
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
  prs_sheet_scroll_to_cursor (self);
  update_accessible (self);
  if (self->canvas)
    gtk_widget_queue_draw (self->canvas);
  g_signal_emit (self, signals[SIGNAL_CURSOR_CHANGED], 0);
}

void
prs_sheet_set_cursor (PrsSheet *self, guint row, guint column)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  prs_sheet_set_cursor_full (self, row, column, FALSE);
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

/* Moves by @delta rows, stepping over heading rows; stops at the ends. Reads only
 * row flags, and jumps straight to far targets (Ctrl+End, PageDown). */
guint
prs_sheet_step_rows (PrsSheet *self, guint from, int delta)
{
  int step = delta < 0 ? -1 : 1;
  int n = (int) self->n_rows;
  int row, last_good = (int) from;

  if (n == 0 || delta == 0)
    return from;
  if (ABS (delta) == 1)
    {
      for (row = (int) from + step; row >= 0 && row < n; row += step)
        if (!prs_sheet_row_is_heading (self, row))
          return row;
      return from;
    }
  row = CLAMP ((int) from + delta, 0, n - 1);
  /* Off a heading: further in the direction of travel, else back. */
  for (int r = row; r >= 0 && r < n; r += step)
    if (!prs_sheet_row_is_heading (self, r))
      return r;
  for (int r = row; r >= 0 && r < n; r -= step)
    if (!prs_sheet_row_is_heading (self, r))
      {
        last_good = r;
        break;
      }
  return last_good;
}

void
prs_sheet_move_cursor (PrsSheet *self, int drow, int dcol, gboolean extend)
{
  int col = (int) self->cur_col + dcol;
  guint row = drow != 0 ? prs_sheet_step_rows (self, self->cur_row, drow) : self->cur_row;

  col = CLAMP (col, 0, (int) self->n_columns - 1);
  prs_sheet_set_cursor_full (self, row, col, extend);
}

/* --- Writing --- */

gboolean
prs_sheet_store_cells (PrsSheet *self, guint n, const guint *rows, const guint *cols,
                       const char * const *texts)
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
    prs_sheet_emit_error (self, error ? error->message : _("These cells cannot be changed."));
  /* The data source may have changed more than these cells (computed figures). */
  prs_sheet_refresh (self);
  update_accessible (self);
  return ok;
}

gboolean
prs_sheet_fill_text (PrsSheet *self, const char *text)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  guint r0, c0, nr, nc;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);
  for (guint r = r0; r < r0 + nr; r++)
    {
      if (prs_sheet_row_is_heading (self, r))
        continue;
      for (guint c = c0; c < c0 + nc; c++)
        if (prs_sheet_cell_editable (self, r, c))
          {
            g_array_append_val (rows, r);
            g_array_append_val (cols, c);
            g_ptr_array_add (texts, (gpointer) text);
          }
    }
  if (rows->len == 0)
    {
      prs_sheet_emit_error (self, _("No cell in the selection can be changed."));
      return FALSE;
    }
  return prs_sheet_store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
                                (const char * const *) texts->pdata);
}

gboolean
prs_sheet_set_row_expanded (PrsSheet *self, guint row, gboolean expanded)
{
  PrsSheetRow *r;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (row >= self->n_rows || self->funcs == NULL || self->funcs->row_toggled == NULL)
    return FALSE;
  r = prs_sheet_get_row (self, row);
  if (!r->info.has_children || !r->info.expanded == !expanded)
    return FALSE;
  if (self->editing)
    prs_sheet_commit_editing (self);
  self->cur_row = row;
  self->anchor_row = row;
  self->anchor_col = self->cur_col;
  /* The source calls prs_sheet_set_n_rows(), which keeps the cursor's row index:
   * the toggled row stays where it is, only rows below it change. */
  self->funcs->row_toggled (self->user_data, row, expanded);
  prs_sheet_refresh (self);
  prs_sheet_set_cursor_full (self, MIN (row, self->n_rows ? self->n_rows - 1 : 0), self->cur_col, FALSE);
  return TRUE;
}

/* --- GObject --- */

static void
prs_sheet_dispose (GObject *object)
{
  PrsSheet *self = PRS_SHEET (object);
  GtkWidget *child;

  self->editing = FALSE;
  if (self->entry && gtk_widget_get_parent (self->entry))
    gtk_widget_unparent (self->entry);
  g_clear_object (&self->entry);
  if (self->text_popover)
    gtk_widget_unparent (self->text_popover);
  self->text_popover = NULL;
  if (self->choice_popover)
    gtk_widget_unparent (self->choice_popover);
  self->choice_popover = NULL;
  if (self->date_popover)
    gtk_widget_unparent (self->date_popover);
  self->date_popover = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->canvas = NULL;
  if (self->destroy)
    g_clear_pointer (&self->user_data, self->destroy);
  self->funcs = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (self->glyphs); i++)
    g_clear_object (&self->glyphs[i]);
  G_OBJECT_CLASS (prs_sheet_parent_class)->dispose (object);
}

static void
free_choices (PrsSheet *self)
{
  if (self->choices)
    for (guint c = 0; c < self->n_columns; c++)
      g_strfreev (self->choices[c]);
  g_clear_pointer (&self->choices, g_free);
}

static void
prs_sheet_finalize (GObject *object)
{
  PrsSheet *self = PRS_SHEET (object);

  g_free (self->row_heading);
  g_free (self->font);
  g_strfreev (self->titles);
  g_free (self->widths);
  g_free (self->user_widths);
  g_free (self->kinds);
  free_choices (self);
  g_free (self->col_x);
  g_hash_table_unref (self->rows);
  g_free (self->row_flags);
  G_OBJECT_CLASS (prs_sheet_parent_class)->finalize (object);
}

static void
prs_sheet_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  PrsSheet *self = PRS_SHEET (widget);

  PangoContext *context;
  g_autofree char *font = NULL;

  GTK_WIDGET_CLASS (prs_sheet_parent_class)->css_changed (widget, change);
  /* Only a new font (not focus or hover) needs measuring and laying out again. */
  context = gtk_widget_get_pango_context (widget);
  {
    g_autofree char *desc = pango_font_description_to_string (pango_context_get_font_description (context));

    font = g_strdup_printf ("%s@%g", desc, pango_cairo_context_get_resolution (context));
  }
  if (g_strcmp0 (font, self->font) == 0)
    return;
  g_free (self->font);
  self->font = g_steal_pointer (&font);
  self->char_width = 0;
  prs_sheet_layout_columns (self, self->viewport_width);
  for (guint i = 0; i < G_N_ELEMENTS (self->glyphs); i++)
    g_clear_object (&self->glyphs[i]);
  g_hash_table_remove_all (self->rows);
  if (self->canvas)
    gtk_widget_queue_resize (self->canvas);
}

static void
prs_sheet_class_init (PrsSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_sheet_dispose;
  object_class->finalize = prs_sheet_finalize;
  widget_class->css_changed = prs_sheet_css_changed;

  /**
   * PrsSheet::error:
   * @message: what went wrong, for the user
   */
  signals[SIGNAL_ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * PrsSheet::cursor-changed:
   *
   * The cursor or the selection moved (read them with prs_sheet_get_cursor() and
   * prs_sheet_get_selection()), e.g. to show the row's details beside the sheet.
   */
  signals[SIGNAL_CURSOR_CHANGED] = g_signal_new ("cursor-changed", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 0);

  prs_sheet_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "prs-sheet");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
prs_sheet_init (PrsSheet *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->rows = g_hash_table_new_full (NULL, NULL, NULL, row_free);
  self->row_flags = g_new0 (guint8, 1);
  self->titles = g_new0 (char *, 1);
  self->widths = g_new0 (int, 1);
  self->user_widths = g_new0 (int, 1);
  self->kinds = g_new0 (guint8, 1);
  self->resize_column = -1;

  gtk_widget_set_focusable (widget, TRUE);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_widget_set_hexpand (self->scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, widget);

  self->canvas = prs_sheet_canvas_new (self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->canvas);

  prs_sheet_init_style (self);
  prs_sheet_init_input (self);
  prs_sheet_init_date (self);
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

  if (self->editing)
    prs_sheet_cancel_editing (self);
  /* Cached rows hold n_columns cells each. */
  g_hash_table_remove_all (self->rows);
  free_choices (self);
  g_free (self->row_heading);
  self->row_heading = g_strdup (row_title_heading);
  g_strfreev (self->titles);
  g_free (self->widths);
  g_free (self->user_widths);
  g_free (self->kinds);
  self->n_columns = n_columns;
  self->titles = g_new0 (char *, n_columns + 1);
  self->widths = g_new0 (int, MAX (n_columns, 1));
  self->user_widths = g_new0 (int, MAX (n_columns, 1));
  self->kinds = g_new0 (guint8, MAX (n_columns, 1));
  self->choices = g_new0 (char **, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    {
      self->titles[c] = g_strdup (titles[c]);
      self->widths[c] = width_chars ? width_chars[c] : 0;
      self->user_widths[c] = -1;
    }
  self->n_frozen = MIN (self->n_frozen, n_columns);
  prs_sheet_layout_columns (self, self->viewport_width);
  reset_rows (self);
  if (self->canvas)
    gtk_widget_queue_resize (self->canvas);
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
  self->has_tree = funcs && funcs->get_row_info;
  forget_rows (self);
}

void
prs_sheet_set_n_rows (PrsSheet *self, guint n_rows)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->n_rows = n_rows;
  reset_rows (self);
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
  PrsSheetRow *r;

  g_return_val_if_fail (PRS_IS_SHEET (self), NULL);
  if (row >= self->n_rows || column >= self->n_columns)
    return NULL;
  r = prs_sheet_get_row (self, row);
  return r->cells[column].text ? r->cells[column].text : "";
}

PrsSheetCellFlags
prs_sheet_get_cell_flags (PrsSheet *self, guint row, guint column)
{
  PrsSheetRow *r;

  g_return_val_if_fail (PRS_IS_SHEET (self), 0);
  if (row >= self->n_rows || column >= self->n_columns)
    return 0;
  r = prs_sheet_get_row (self, row);
  return r->cells[column].flags | r->flags;
}

void
prs_sheet_set_row_title_width (PrsSheet *self, int width_chars)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->row_title_chars = width_chars;
  prs_sheet_layout_columns (self, self->viewport_width);
  if (self->canvas)
    gtk_widget_queue_resize (self->canvas);
}

void
prs_sheet_set_column_kind (PrsSheet *self, guint column, PrsSheetCellKind kind)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  g_return_if_fail (column < self->n_columns);
  self->kinds[column] = kind;
  forget_rows (self);
}

PrsSheetCellKind
prs_sheet_get_column_kind (PrsSheet *self, guint column)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), PRS_SHEET_KIND_TEXT);
  return column < self->n_columns ? self->kinds[column] : PRS_SHEET_KIND_TEXT;
}

void
prs_sheet_set_column_choices (PrsSheet *self, guint column, const char * const *choices)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  g_return_if_fail (column < self->n_columns);
  g_strfreev (self->choices[column]);
  self->choices[column] = g_strdupv ((char **) choices);
}

void
prs_sheet_set_frozen_columns (PrsSheet *self, guint n_columns)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  self->n_frozen = n_columns;
  prs_sheet_layout_columns (self, self->viewport_width);
  if (self->canvas)
    gtk_widget_queue_resize (self->canvas);
}

void
prs_sheet_set_column_width (PrsSheet *self, guint column, int width)
{
  g_return_if_fail (PRS_IS_SHEET (self));
  g_return_if_fail (column < self->n_columns);
  self->user_widths[column] = width > 0 ? MAX (width, 3 * self->char_width) : -1;
  prs_sheet_layout_columns (self, self->viewport_width);
  if (self->canvas)
    {
      prs_sheet_canvas_update_adjustments (PRS_SHEET_CANVAS (self->canvas));
      gtk_widget_queue_allocate (self->canvas);
      gtk_widget_queue_draw (self->canvas);
    }
}

int
prs_sheet_get_column_width (PrsSheet *self, guint column)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), 0);
  return prs_sheet_column_width_px (self, column);
}

gboolean
prs_sheet_get_cell_area (PrsSheet *self, guint row, int column, graphene_rect_t *area)
{
  graphene_rect_t rect, canvas;

  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  if (!prs_sheet_cell_rect (self, row, column, &rect))
    return FALSE;
  if (!gtk_widget_compute_bounds (self->canvas, GTK_WIDGET (self), &canvas))
    return FALSE;
  graphene_rect_offset_r (&rect, canvas.origin.x, canvas.origin.y, area);
  return TRUE;
}

GtkAdjustment *
prs_sheet_get_vadjustment (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), NULL);
  return prs_sheet_canvas_get_vadjustment (PRS_SHEET_CANVAS (self->canvas));
}

GtkAdjustment *
prs_sheet_get_hadjustment (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), NULL);
  return prs_sheet_canvas_get_hadjustment (PRS_SHEET_CANVAS (self->canvas));
}
