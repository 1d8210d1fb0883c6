/* prs-sheet-keys.c: what the sheet does with keys, the mouse and the clipboard
 * (see prs-sheet.h for the keyboard contract)
 *
 * Every key is bound to an action of the "sheet" group; typing goes through an
 * input method (Thai keyboards) and starts editing. Editing uses one GtkEntry laid
 * over the cell (a child of the canvas), a popover with a GtkTextView for
 * multi-line text and a popover listing a choice column's choices. Writes go to
 * the data source through prs_sheet_store_cells(): one set_cells call for a paste,
 * a fill, a clear or flipping toggles, so each is one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-sheet-private.h"

/* --- Editing --- */

static void
end_editing (PrsSheet *self)
{
  gboolean had_focus;

  if (!self->editing)
    return;
  self->editing = FALSE;
  if (self->editing_multiline)
    {
      self->editing_multiline = FALSE;
      gtk_popover_popdown (GTK_POPOVER (self->text_popover));
    }
  else
    {
      had_focus = gtk_widget_has_focus (self->entry) || gtk_widget_get_focus_child (self->entry);
      if (had_focus)
        gtk_widget_grab_focus (GTK_WIDGET (self));
      if (gtk_widget_get_parent (self->entry))
        gtk_widget_unparent (self->entry);
    }
  if (!gtk_widget_has_focus (GTK_WIDGET (self)) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->canvas);
}

static void
point_popover_at_cursor (PrsSheet *self, GtkWidget *popover)
{
  graphene_rect_t rect;

  if (prs_sheet_cell_rect (self, self->cur_row, self->cur_col, &rect))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { rect.origin.x, rect.origin.y, rect.size.width, rect.size.height });
}

static void
store_choice (PrsSheet *self, const char *choice)
{
  guint r0, c0, nr, nc;

  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);
  if (nr == 1 && nc == 1)
    {
      guint row = self->cur_row, col = self->cur_col;

      prs_sheet_store_cells (self, 1, &row, &col, (const char *[]) { choice });
    }
  else
    prs_sheet_fill_text (self, choice);
}

/* A typed character on a choice cell: the choice numbered by a digit (1–9, Thai
 * digits too), or the next choice starting with that letter. */
static gboolean
pick_choice (PrsSheet *self, const char *text)
{
  char **choices = self->choices[self->cur_col];
  gunichar typed = g_unichar_tolower (g_utf8_get_char (text));
  int digit = g_unichar_digit_value (typed);
  const char *current = prs_sheet_get_cell_text (self, self->cur_row, self->cur_col);
  guint n = choices ? g_strv_length (choices) : 0, start = 0;

  if (n == 0)
    return FALSE;
  if (digit >= 1 && digit <= (int) n)
    {
      store_choice (self, choices[digit - 1]);
      return TRUE;
    }
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (choices[i], current) == 0)
      start = i + 1;
  for (guint k = 0; k < n; k++)
    {
      const char *choice = choices[(start + k) % n];

      if (g_unichar_tolower (g_utf8_get_char (choice)) == typed)
        {
          store_choice (self, choice);
          return TRUE;
        }
    }
  {
    g_autofree char *list = g_strjoinv (", ", choices);
    /* Translators: %s lists the choices, e.g. "present, absent, leave" */
    g_autofree char *message = g_strdup_printf (_("Type one of: %s."), list);

    prs_sheet_emit_error (self, message);
  }
  return FALSE;
}

static void
choice_activated (GtkListBox *list, GtkListBoxRow *row, PrsSheet *self)
{
  int i = gtk_list_box_row_get_index (row);
  char **choices = self->choices[self->choice_col];

  gtk_popover_popdown (GTK_POPOVER (self->choice_popover));
  if (choices && i >= 0 && (guint) i < g_strv_length (choices))
    store_choice (self, choices[i]);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
open_choices (PrsSheet *self)
{
  char **choices = self->choices[self->cur_col];
  GtkWidget *child;
  const char *current = prs_sheet_get_cell_text (self, self->cur_row, self->cur_col);

  while ((child = gtk_widget_get_first_child (self->choice_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->choice_list), child);
  for (guint i = 0; choices && choices[i]; i++)
    {
      g_autofree char *text = i < 9 ? g_strdup_printf ("%u  %s", i + 1, choices[i]) : g_strdup (choices[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (GTK_LIST_BOX (self->choice_list), label);
      if (g_strcmp0 (current, choices[i]) == 0)
        gtk_list_box_select_row (GTK_LIST_BOX (self->choice_list),
                                 gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->choice_list), i));
    }
  self->choice_row = self->cur_row;
  self->choice_col = self->cur_col;
  point_popover_at_cursor (self, self->choice_popover);
  gtk_popover_popup (GTK_POPOVER (self->choice_popover));
  {
    GtkListBoxRow *selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->choice_list));

    if (selected == NULL)
      selected = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->choice_list), 0);
    if (selected)
      gtk_widget_grab_focus (GTK_WIDGET (selected));
  }
}

/* Flips the toggle cells of the selection to the opposite of the cursor's cell:
 * one write. */
static void
flip_toggles (PrsSheet *self)
{
  gboolean on = prs_sheet_toggle_is_on (prs_sheet_get_cell_text (self, self->cur_row, self->cur_col));
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  guint r0, c0, nr, nc;

  prs_sheet_get_selection (self, &r0, &c0, &nr, &nc);
  for (guint r = r0; r < r0 + nr; r++)
    for (guint c = c0; c < c0 + nc; c++)
      if (prs_sheet_kind_is_toggle (self->kinds[c]) && prs_sheet_cell_editable (self, r, c))
        {
          g_array_append_val (rows, r);
          g_array_append_val (cols, c);
          g_ptr_array_add (texts, on ? (gpointer) "" : (gpointer) "1");
        }
  if (rows->len == 0)
    {
      prs_sheet_emit_error (self, _("This cell is computed or fixed and cannot be changed."));
      return;
    }
  prs_sheet_store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
                         (const char * const *) texts->pdata);
}

gboolean
prs_sheet_start_editing (PrsSheet *self, const char *text)
{
  PrsSheetCellKind kind;

  if (self->editing)
    return TRUE;
  if (!prs_sheet_cell_editable (self, self->cur_row, self->cur_col))
    {
      prs_sheet_emit_error (self, _("This cell is computed or fixed and cannot be typed over."));
      return FALSE;
    }
  kind = self->kinds[self->cur_col];
  if (prs_sheet_kind_is_toggle (kind))
    {
      flip_toggles (self);
      return TRUE;
    }
  if (kind == PRS_SHEET_KIND_CHOICE)
    {
      if (text && *text)
        return pick_choice (self, text);
      open_choices (self);
      return TRUE;
    }
  /* A date cell: the calendar, unless a character was typed (then it is text). */
  if (kind == PRS_SHEET_KIND_DATE && text == NULL)
    return prs_sheet_open_calendar (self);
  self->editing = TRUE;
  self->edit_row = self->cur_row;
  self->edit_col = self->cur_col;
  if (kind == PRS_SHEET_KIND_MULTILINE)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
      GtkTextIter end;

      self->editing_multiline = TRUE;
      gtk_text_buffer_set_text (buffer, text ? text : prs_sheet_get_cell_text (self, self->cur_row, self->cur_col), -1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
      point_popover_at_cursor (self, self->text_popover);
      gtk_popover_popup (GTK_POPOVER (self->text_popover));
      gtk_widget_grab_focus (self->text_view);
      return TRUE;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry),
                         text ? text : prs_sheet_get_cell_text (self, self->cur_row, self->cur_col));
  gtk_entry_set_alignment (GTK_ENTRY (self->entry),
                           prs_sheet_kind_is_numeric (kind)
                           || (prs_sheet_get_cell_flags (self, self->cur_row, self->cur_col) & PRS_SHEET_CELL_NUMERIC)
                           ? 1.0 : 0.0);
  gtk_widget_set_parent (self->entry, self->canvas);
  gtk_widget_queue_allocate (self->canvas);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  return TRUE;
}

static char *
edited_text (PrsSheet *self)
{
  if (self->editing_multiline)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

gboolean
prs_sheet_commit_editing (PrsSheet *self)
{
  g_autofree char *text = NULL;
  guint row, col;

  if (!self->editing)
    return TRUE;
  text = edited_text (self);
  row = self->edit_row;
  col = self->edit_col;
  end_editing (self);
  return prs_sheet_store_cells (self, 1, &row, &col, (const char *[]) { g_strstrip (text) });
}

void
prs_sheet_cancel_editing (PrsSheet *self)
{
  end_editing (self);
}

gboolean
prs_sheet_type_text (PrsSheet *self, const char *text)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);

  if (self->editing)
    {
      if (self->editing_multiline)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));

          gtk_text_buffer_insert_at_cursor (buffer, text, -1);
        }
      else
        {
          int pos = gtk_editable_get_position (GTK_EDITABLE (self->entry));

          gtk_editable_insert_text (GTK_EDITABLE (self->entry), text, -1, &pos);
          gtk_editable_set_position (GTK_EDITABLE (self->entry), pos);
        }
      return TRUE;
    }
  /* The selection stays: Ctrl+Enter fills it with what is typed. */
  return prs_sheet_start_editing (self, text);
}

gboolean
prs_sheet_is_editing (PrsSheet *self)
{
  g_return_val_if_fail (PRS_IS_SHEET (self), FALSE);
  return self->editing;
}

static void
fill_from_editing (PrsSheet *self)
{
  g_autofree char *text = NULL;

  if (self->editing)
    {
      text = edited_text (self);
      end_editing (self);
    }
  else
    text = g_strdup (prs_sheet_get_cell_text (self, self->cur_row, self->cur_col));
  prs_sheet_fill_text (self, g_strstrip (text));
}

static void
entry_activate (GtkEntry *entry, PrsSheet *self)
{
  prs_sheet_commit_editing (self);
  prs_sheet_move_cursor (self, 1, 0, FALSE);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                   GdkModifierType state, PrsSheet *self)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
      prs_sheet_cancel_editing (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (state & GDK_CONTROL_MASK)
        {
          fill_from_editing (self);
          return TRUE;
        }
      return FALSE;
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      prs_sheet_commit_editing (self);
      prs_sheet_move_cursor (self, 0, (keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK)) ? -1 : 1, FALSE);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      prs_sheet_commit_editing (self);
      prs_sheet_move_cursor (self, keyval == GDK_KEY_Up ? -1 : 1, 0, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
entry_focus_leave (GtkEventControllerFocus *controller, PrsSheet *self)
{
  /* Clicking elsewhere keeps what was typed, as spreadsheets do. */
  if (self->editing && !self->editing_multiline)
    prs_sheet_commit_editing (self);
}

static gboolean
text_view_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                       GdkModifierType state, PrsSheet *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      prs_sheet_cancel_editing (self);
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      prs_sheet_commit_editing (self);
      return TRUE;
    }
  return FALSE;
}

static void
text_popover_closed (GtkPopover *popover, PrsSheet *self)
{
  /* Clicking outside keeps what was typed. */
  if (self->editing && self->editing_multiline)
    prs_sheet_commit_editing (self);
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
      if (prs_sheet_row_is_heading (self, r))
        continue;
      for (guint c = c0; c < c0 + nc && c < self->n_columns; c++)
        {
          g_autofree char *text = NULL;

          prs_sheet_peek_cell (self, r, c, &text);
          if (text == NULL)
            text = g_strdup ("");
          if (c > c0)
            g_string_append_c (out, '\t');
          /* A tab or line break inside a cell would break the block. */
          if (strpbrk (text, "\t\n"))
            {
              g_autofree char *flat = g_strdup (text);

              g_strdelimit (flat, "\t\n", ' ');
              g_string_append (out, flat);
            }
          else
            g_string_append (out, text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* --- Pasting --- */

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
    /* One value over a selection fills it. */
    return prs_sheet_fill_text (self, ((char **) g_ptr_array_index (block, 0))[0]);

  row = r0;
  while (prs_sheet_row_is_heading (self, row) && row + 1 < self->n_rows)
    row++;
  for (guint i = 0; i < block->len; i++)
    {
      char **cells = g_ptr_array_index (block, i);

      if (i > 0)
        {
          guint next = prs_sheet_step_rows (self, row, 1);

          if (next == row)
            {
              g_autofree char *message =
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The pasted block has %u row, more than fit below the cursor. Nothing was pasted.",
                                              "The pasted block has %u rows, more than fit below the cursor. Nothing was pasted.",
                                              block->len),
                                 block->len);
              prs_sheet_emit_error (self, message);
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
              prs_sheet_emit_error (self, _("The pasted block is wider than the sheet. Nothing was pasted."));
              return FALSE;
            }
          if (!prs_sheet_cell_editable (self, row, col))
            {
              g_autofree char *message = NULL;

              if (*cells[j] == '\0')
                continue;
              /* Translators: %s is a column title, e.g. "Computed" */
              message = g_strdup_printf (_("The pasted block reaches the column “%s”, which cannot be edited. Nothing was pasted."),
                                         self->titles[col]);
              prs_sheet_emit_error (self, message);
              return FALSE;
            }
          g_array_append_val (rows, row);
          g_array_append_val (cols, col);
          g_ptr_array_add (texts, cells[j]);
        }
    }
  if (rows->len == 0)
    return FALSE;
  if (!prs_sheet_store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
                              (const char * const *) texts->pdata))
    return FALSE;
  /* Select what was pasted, as spreadsheets do. */
  self->anchor_row = g_array_index (rows, guint, 0);
  self->anchor_col = g_array_index (cols, guint, 0);
  prs_sheet_set_cursor_full (self, g_array_index (rows, guint, rows->len - 1),
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
        prs_sheet_emit_error (self, _("The clipboard holds no text to paste."));
      return;
    }
  if (self->canvas == NULL)
    return;
  prs_sheet_paste_text (self, text);
}

/* --- Actions (what the keys do) --- */

static void
move_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  int dr, dc;

  g_variant_get (param, "(ii)", &dr, &dc);
  prs_sheet_commit_editing (self);
  prs_sheet_move_cursor (self, dr, dc, g_str_equal (name, "sheet.extend"));
}

static void
page_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  int pages, rows;
  gboolean extend;

  g_variant_get (param, "(ib)", &pages, &extend);
  rows = MAX (1, (gtk_widget_get_height (self->canvas) - self->header_height) / MAX (self->row_height, 1) - 1);
  prs_sheet_commit_editing (self);
  prs_sheet_move_cursor (self, pages * rows, 0, extend);
}

static void
edit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  prs_sheet_start_editing (PRS_SHEET (widget), NULL);
}

static void
commit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->editing)
    prs_sheet_commit_editing (self);
  else if (self->kinds[self->cur_col] == PRS_SHEET_KIND_DATE
           && prs_sheet_cell_editable (self, self->cur_row, self->cur_col))
    {
      /* Enter on a date cell opens its calendar; Enter there keeps the date and
       * moves down, so Enter, Enter walks the column as elsewhere. */
      prs_sheet_open_calendar (self);
      return;
    }
  prs_sheet_move_cursor (self, 1, 0, FALSE);
}

static void
cancel_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->editing)
    prs_sheet_cancel_editing (self);
  else
    prs_sheet_set_cursor_full (self, self->cur_row, self->cur_col, FALSE);
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
    {
      if (prs_sheet_row_is_heading (self, r))
        continue;
      for (guint c = c0; c < c0 + nc; c++)
        {
          g_autofree char *text = NULL;
          guint flags;

          if (self->kinds[c] == PRS_SHEET_KIND_COMPUTED)
            continue;
          flags = prs_sheet_peek_cell (self, r, c, &text);
          if (!(flags & PRS_SHEET_CELL_EDITABLE) || text == NULL || *text == '\0')
            continue;
          g_array_append_val (rows, r);
          g_array_append_val (cols, c);
          g_ptr_array_add (texts, (gpointer) "");
        }
    }
  prs_sheet_store_cells (self, rows->len, (guint *) rows->data, (guint *) cols->data,
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
fill_action (GtkWidget *widget, const char *name, GVariant *param)
{
  fill_from_editing (PRS_SHEET (widget));
}

static void
toggle_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->n_columns == 0 || self->n_rows == 0)
    return;
  if (prs_sheet_kind_is_toggle (self->kinds[self->cur_col]))
    {
      if (prs_sheet_cell_editable (self, self->cur_row, self->cur_col))
        flip_toggles (self);
      else
        prs_sheet_emit_error (self, _("This cell is computed or fixed and cannot be changed."));
    }
  else if (self->kinds[self->cur_col] == PRS_SHEET_KIND_CHOICE && !self->editing)
    prs_sheet_start_editing (self, NULL);
  else
    prs_sheet_type_text (self, " ");
}

static void
select_all_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);

  if (self->n_rows == 0 || self->n_columns == 0)
    return;
  prs_sheet_commit_editing (self);
  self->anchor_row = self->n_rows - 1;
  self->anchor_col = self->n_columns - 1;
  self->cur_row = prs_sheet_row_is_heading (self, 0) ? prs_sheet_step_rows (self, 0, 1) : 0;
  self->cur_col = 0;
  prs_sheet_set_cursor_full (self, self->cur_row, 0, TRUE);
}

/* Collapsing a row without children (or already collapsed) goes to its parent. */
static void
expand_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  gboolean expand = g_variant_get_boolean (param);
  PrsSheetRow *row;

  if (self->n_rows == 0 || !self->has_tree)
    return;
  row = prs_sheet_get_row (self, self->cur_row);
  if (row->info.has_children && !row->info.expanded != !expand)
    {
      prs_sheet_set_row_expanded (self, self->cur_row, expand);
      return;
    }
  if (!expand && row->info.depth > 0)
    {
      guint depth = row->info.depth;

      for (int r = (int) self->cur_row - 1; r >= 0; r--)
        if (prs_sheet_get_row (self, r)->info.depth < depth)
          {
            prs_sheet_set_cursor_full (self, r, self->cur_col, FALSE);
            return;
          }
    }
  else if (expand && row->info.has_children && self->cur_row + 1 < self->n_rows)
    prs_sheet_move_cursor (self, 1, 0, FALSE);
}

/* + and − expand and collapse a row with children, unless the cursor is on a
 * number (which may be negative); elsewhere they are typed. */
static void
tree_key_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSheet *self = PRS_SHEET (widget);
  const char *text = g_variant_get_string (param, NULL);

  if (!self->editing && self->n_rows > 0 && self->n_columns > 0 && self->has_tree
      && prs_sheet_get_row (self, self->cur_row)->info.has_children
      && !prs_sheet_kind_is_numeric (self->kinds[self->cur_col]))
    {
      prs_sheet_set_row_expanded (self, self->cur_row, g_str_equal (text, "+"));
      return;
    }
  prs_sheet_type_text (self, text);
}

static void
im_commit (GtkIMContext *context, const char *text, PrsSheet *self)
{
  if (!self->editing && text && *text && g_unichar_isprint (g_utf8_get_char (text)))
    prs_sheet_type_text (self, text);
}

/* --- Mouse --- */

static void
pressed (GtkGestureClick *gesture, int n_press, double x, double y, PrsSheet *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  int row, col, resize;
  gboolean expander;

  /* clicks inside the calendar popover are the calendar's */
  if (self->date_open)
    return;
  if (!prs_sheet_hit (self, x, y, &row, &col, &expander, &resize) || row < 0)
    return;
  prs_sheet_commit_editing (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (expander)
    {
      PrsSheetRow *r = prs_sheet_get_row (self, row);

      prs_sheet_set_row_expanded (self, row, !r->info.expanded);
      return;
    }
  if (prs_sheet_row_is_heading (self, row))
    return;
  prs_sheet_set_cursor_full (self, row, MAX (col, 0), (state & GDK_SHIFT_MASK) != 0);
  self->dragging = TRUE;
  if (n_press == 2 && col >= 0)
    prs_sheet_start_editing (self, NULL);
}

static void
drag_begin (GtkGestureDrag *gesture, double x, double y, PrsSheet *self)
{
  int row, col, resize;

  self->drag_x = x;
  self->drag_y = y;
  self->resize_column = -1;
  if (prs_sheet_hit (self, x, y, &row, &col, NULL, &resize) && row < 0 && resize >= 0)
    {
      self->resize_column = resize;
      self->resize_start_width = prs_sheet_column_width_px (self, resize);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
drag_update (GtkGestureDrag *gesture, double dx, double dy, PrsSheet *self)
{
  int row, col;

  if (self->resize_column >= 0)
    {
      prs_sheet_set_column_width (self, self->resize_column, self->resize_start_width + (int) dx);
      return;
    }
  if (!self->dragging || self->editing)
    return;
  if (ABS (dx) < 3 && ABS (dy) < 3)
    return;
  /* Past an edge: scroll a step that way, so a drag can select beyond the screen. */
  {
    GtkAdjustment *vadj = prs_sheet_get_vadjustment (self);
    GtkAdjustment *hadj = prs_sheet_get_hadjustment (self);
    double x = self->drag_x + dx, y = self->drag_y + dy;
    int width = gtk_widget_get_width (self->canvas), height = gtk_widget_get_height (self->canvas);

    if (y >= height)
      gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) + self->row_height);
    else if (y < self->header_height)
      gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) - self->row_height);
    if (x >= width)
      gtk_adjustment_set_value (hadj, gtk_adjustment_get_value (hadj) + self->char_width * 4);
    else if (x < self->frozen_width && self->cur_col >= self->n_frozen && gtk_adjustment_get_value (hadj) > 0)
      gtk_adjustment_set_value (hadj, gtk_adjustment_get_value (hadj) - self->char_width * 4);
    dx = CLAMP (x, 0, width - 1) - self->drag_x;
    dy = CLAMP (y, self->header_height, height - 1) - self->drag_y;
  }
  if (prs_sheet_hit (self, self->drag_x + dx, self->drag_y + dy, &row, &col, NULL, NULL)
      && row >= 0 && !prs_sheet_row_is_heading (self, row))
    {
      if ((guint) row != self->cur_row || (guint) MAX (col, 0) != self->cur_col)
        prs_sheet_set_cursor_full (self, row, MAX (col, 0), TRUE);
    }
}

static void
drag_end (GtkGestureDrag *gesture, double dx, double dy, PrsSheet *self)
{
  self->dragging = FALSE;
  self->resize_column = -1;
}

static void
motion (GtkEventControllerMotion *controller, double x, double y, PrsSheet *self)
{
  int row, col, resize = -1;

  if (self->resize_column < 0)
    {
      prs_sheet_hit (self, x, y, &row, &col, NULL, &resize);
      gtk_widget_set_cursor_from_name (self->canvas, resize >= 0 && y < self->header_height ? "col-resize" : NULL);
    }
}

static gboolean
query_tooltip (GtkWidget *canvas, int x, int y, gboolean keyboard, GtkTooltip *tooltip, PrsSheet *self)
{
  int row, col;
  PrsSheetRow *r;

  if (keyboard)
    {
      row = self->cur_row;
      col = self->cur_col;
    }
  else if (!prs_sheet_hit (self, x, y, &row, &col, NULL, NULL))
    return FALSE;
  if (row < 0 || row >= (int) self->n_rows)
    {
      if (row < 0 && col >= 0)
        {
          gtk_tooltip_set_text (tooltip, self->titles[col]);
          return TRUE;
        }
      return FALSE;
    }
  r = prs_sheet_get_row (self, row);
  if (col < 0)
    {
      if (r->title == NULL || *r->title == '\0')
        return FALSE;
      gtk_tooltip_set_text (tooltip, r->title);
      return TRUE;
    }
  if (r->cells[col].tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, r->cells[col].tooltip);
  return TRUE;
}

static void
focus_changed (GtkEventControllerFocus *controller, PrsSheet *self)
{
  if (self->canvas)
    gtk_widget_queue_draw (self->canvas);
}

/* --- Set-up --- */

static void
add_move_binding (GtkWidgetClass *widget_class, guint key, GdkModifierType mods, const char *action,
                  int dr, int dc)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, action, "(ii)", dr, dc);
}

void
prs_sheet_install_actions (GtkWidgetClass *widget_class)
{
  const struct { guint key, kp; int dr, dc; } arrows[] = {
    { GDK_KEY_Up, GDK_KEY_KP_Up, -1, 0 },
    { GDK_KEY_Down, GDK_KEY_KP_Down, 1, 0 },
    { GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1 },
    { GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1 },
  };

  gtk_widget_class_install_action (widget_class, "sheet.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "sheet.extend", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "sheet.page", "(ib)", page_action);
  gtk_widget_class_install_action (widget_class, "sheet.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "sheet.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "sheet.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "sheet.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "sheet.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "sheet.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "sheet.fill", NULL, fill_action);
  gtk_widget_class_install_action (widget_class, "sheet.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "sheet.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "sheet.expand", "b", expand_action);
  gtk_widget_class_install_action (widget_class, "sheet.tree-key", "s", tree_key_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      add_move_binding (widget_class, arrows[i].key, 0, "sheet.move", arrows[i].dr, arrows[i].dc);
      add_move_binding (widget_class, arrows[i].kp, 0, "sheet.move", arrows[i].dr, arrows[i].dc);
      add_move_binding (widget_class, arrows[i].key, GDK_SHIFT_MASK, "sheet.extend", arrows[i].dr, arrows[i].dc);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "sheet.page", "(ib)", -1, FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "sheet.page", "(ib)", -1, FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "sheet.page", "(ib)", 1, FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "sheet.page", "(ib)", 1, FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_SHIFT_MASK, "sheet.page", "(ib)", -1, TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_SHIFT_MASK, "sheet.page", "(ib)", 1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Tab, 0, "sheet.move", 0, 1);
  add_move_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "sheet.move", 0, -1);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "sheet.move", -G_MAXINT / 2, -100000);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "sheet.move", G_MAXINT / 2, 100000);
  add_move_binding (widget_class, GDK_KEY_Home, 0, "sheet.move", 0, -100000);
  add_move_binding (widget_class, GDK_KEY_End, 0, "sheet.move", 0, 100000);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_SHIFT_MASK, "sheet.extend", 0, -100000);
  add_move_binding (widget_class, GDK_KEY_End, GDK_SHIFT_MASK, "sheet.extend", 0, 100000);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "sheet.extend", -G_MAXINT / 2, -100000);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "sheet.extend", G_MAXINT / 2, 100000);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "sheet.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "sheet.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "sheet.fill", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "sheet.fill", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "sheet.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sheet.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "sheet.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "sheet.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "sheet.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "sheet.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "sheet.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "sheet.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "sheet.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "sheet.expand", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "sheet.expand", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "sheet.tree-key", "s", "+");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "sheet.tree-key", "s", "+");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "sheet.tree-key", "s", "+");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "sheet.tree-key", "s", "-");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "sheet.tree-key", "s", "-");
}

void
prs_sheet_init_input (PrsSheet *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *key, *focus, *motion_controller;
  GtkGesture *click, *drag;
  GtkIMContext *im;
  GtkWidget *box, *scrolled, *hint;

  /* The entry laid over the cell being edited. */
  self->entry = g_object_ref_sink (gtk_entry_new ());
  g_signal_connect (self->entry, "activate", G_CALLBACK (entry_activate), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  gtk_widget_add_controller (self->entry, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave), self);
  gtk_widget_add_controller (self->entry, focus);

  /* Multi-line text: a popover with a text view. */
  self->text_popover = gtk_popover_new ();
  gtk_widget_add_css_class (self->text_popover, "sheet-text-popover");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
  self->text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cell text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->text_view);
  gtk_box_append (GTK_BOX (box), scrolled);
  hint = gtk_label_new (_("Ctrl+Enter keeps the text, Escape cancels."));
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_popover_set_child (GTK_POPOVER (self->text_popover), box);
  gtk_widget_set_parent (self->text_popover, self->canvas);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (text_view_key_pressed), self);
  gtk_widget_add_controller (self->text_view, key);
  g_signal_connect (self->text_popover, "closed", G_CALLBACK (text_popover_closed), self);

  /* Choice cells: a popover listing the choices. */
  self->choice_popover = gtk_popover_new ();
  self->choice_list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->choice_list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choice_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choices"), -1);
  g_signal_connect (self->choice_list, "row-activated", G_CALLBACK (choice_activated), self);
  gtk_popover_set_child (GTK_POPOVER (self->choice_popover), self->choice_list);
  gtk_widget_set_parent (self->choice_popover, self->canvas);

  /* Typing goes through an input method, so Thai keyboards work. */
  key = gtk_event_controller_key_new ();
  im = gtk_im_multicontext_new ();
  g_signal_connect (im, "commit", G_CALLBACK (im_commit), self);
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (key), im);
  g_object_unref (im);
  gtk_widget_add_controller (widget, key);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (focus_changed), self);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_changed), self);
  gtk_widget_add_controller (widget, focus);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (click));
  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (drag));
  motion_controller = gtk_event_controller_motion_new ();
  g_signal_connect (motion_controller, "motion", G_CALLBACK (motion), self);
  gtk_widget_add_controller (self->canvas, motion_controller);
  gtk_widget_set_has_tooltip (self->canvas, TRUE);
  g_signal_connect (self->canvas, "query-tooltip", G_CALLBACK (query_tooltip), self);
}
