/* prs-sheet.h: the keyboard-first sheet every grid of the app is built on
 *
 * Rows × columns of text cells read from and written to a data source through
 * callbacks (PrsSheetFuncs), so the sheet itself stores nothing: ITA entry, the
 * participation grid, meeting attendance and plan tables each supply their own.
 *
 * Keys (as in a spreadsheet): arrows, Enter, Tab and Shift+Tab move the cursor
 * (Shift+arrows extend the selection); typing a character starts editing and
 * replaces the cell; F2 edits the cell as it is; Enter or Tab commits; Escape
 * cancels; Delete clears the selected cells; Ctrl+C copies the selection as
 * tab-separated text; Ctrl+V pastes a block (tabs or runs of spaces between
 * cells, one line a row) at the cursor through ONE set_cells call, so a paste is
 * one undo step; a single value pasted over a selection fills it. Heading rows are
 * skipped by the cursor and by pastes. Failures are reported with ::error (a
 * message for the user).
 *
 * Every key goes through an action of the "sheet" group, which tests and menus
 * can activate too: sheet.move (ii), sheet.extend (ii), sheet.edit, sheet.commit,
 * sheet.cancel, sheet.clear, sheet.copy, sheet.paste.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  PRS_SHEET_CELL_NONE     = 0,
  PRS_SHEET_CELL_EDITABLE = 1 << 0,
  PRS_SHEET_CELL_COMPUTED = 1 << 1, /* drawn as a derived figure */
  PRS_SHEET_CELL_FLAGGED  = 1 << 2, /* drawn as a problem; the tooltip says why */
  PRS_SHEET_CELL_NUMERIC  = 1 << 3, /* right-aligned */
  PRS_SHEET_CELL_HEADING  = 1 << 4, /* a row that names a section (row flag) */
} PrsSheetCellFlags;

typedef struct
{
  /* The text of a cell (newly allocated; NULL = empty), its flags and an optional
   * tooltip (newly allocated). */
  char    *(*get_cell)   (gpointer            user_data,
                          guint               row,
                          guint               column,
                          PrsSheetCellFlags  *flags,
                          char              **tooltip);
  /* The row's heading in the first, fixed column; flags may mark it a heading. */
  char    *(*get_row_title) (gpointer           user_data,
                             guint              row,
                             PrsSheetCellFlags *flags);
  /* Stores what the user typed ("" clears). FALSE with a message for the user. */
  gboolean (*set_cell)   (gpointer            user_data,
                          guint               row,
                          guint               column,
                          const char         *text,
                          GError            **error);
  /* Stores many cells at once (paste, clearing a selection): @n_cells cells at
   * @rows[i], @columns[i] get @texts[i]. Should be one undo step. Optional: without
   * it the sheet calls set_cell for each cell. */
  gboolean (*set_cells)  (gpointer            user_data,
                          guint               n_cells,
                          const guint        *rows,
                          const guint        *columns,
                          const char * const *texts,
                          GError            **error);
} PrsSheetFuncs;

#define PRS_TYPE_SHEET (prs_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PrsSheet, prs_sheet, PRS, SHEET, GtkWidget)

GtkWidget *prs_sheet_new           (void);
/* Column titles (the row-title column is extra, titled @row_title_heading). Column
 * widths in characters; 0 makes the column take the remaining width. */
void       prs_sheet_set_columns   (PrsSheet            *self,
                                    const char          *row_title_heading,
                                    guint                n_columns,
                                    const char * const  *titles,
                                    const int           *width_chars);
/* Width of the row-title column in characters (10 by default). */
void       prs_sheet_set_row_title_width (PrsSheet      *self,
                                          int            width_chars);
void       prs_sheet_set_funcs     (PrsSheet            *self,
                                    const PrsSheetFuncs *funcs,
                                    gpointer             user_data,
                                    GDestroyNotify       destroy);
/* Rebuilds with @n_rows rows and reads every cell. */
void       prs_sheet_set_n_rows    (PrsSheet            *self,
                                    guint                n_rows);
guint      prs_sheet_get_n_rows    (PrsSheet            *self);
guint      prs_sheet_get_n_columns (PrsSheet            *self);
/* Reads every cell again (after the data changed); keeps cursor and any edit. */
void       prs_sheet_refresh       (PrsSheet            *self);

void       prs_sheet_set_cursor    (PrsSheet            *self,
                                    guint                row,
                                    guint                column);
void       prs_sheet_get_cursor    (PrsSheet            *self,
                                    guint               *row,
                                    guint               *column);
/* The selection rectangle (the cursor alone when nothing is extended). */
void       prs_sheet_get_selection (PrsSheet            *self,
                                    guint               *row,
                                    guint               *column,
                                    guint               *n_rows,
                                    guint               *n_columns);
/* The text shown in a cell (NULL when out of range). */
const char *prs_sheet_get_cell_text (PrsSheet           *self,
                                     guint               row,
                                     guint               column);
PrsSheetCellFlags prs_sheet_get_cell_flags (PrsSheet    *self,
                                            guint        row,
                                            guint        column);

/* What a typed character does: starts editing the cursor's cell with @text
 * replacing its content (the key handler calls this with the character typed). */
gboolean   prs_sheet_type_text     (PrsSheet            *self,
                                    const char          *text);
gboolean   prs_sheet_is_editing    (PrsSheet            *self);

/* The selection as tab-separated text (what Ctrl+C puts on the clipboard). */
char      *prs_sheet_copy_text     (PrsSheet            *self);
/* What Ctrl+V does with the clipboard's text. FALSE (and ::error) if refused. */
gboolean   prs_sheet_paste_text    (PrsSheet            *self,
                                    const char          *text);
/* Splits pasted text into rows of cells: tabs, or else runs of two or more spaces
 * (or single spaces between numbers), separate cells. A GPtrArray of GStrv. */
GPtrArray *prs_sheet_parse_block   (const char          *text);

G_END_DECLS
