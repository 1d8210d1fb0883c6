/* prs-sheet.h: the keyboard-first sheet every grid of the app is built on
 *
 * Rows × columns of text cells read from and written to a data source through
 * callbacks (PrsSheetFuncs), so the sheet itself stores nothing: ITA entry, the
 * participation grid, meeting attendance and plan tables each supply their own.
 *
 * Virtualised: the sheet draws only the cells on screen (one widget, snapshot-drawn;
 * no widget per cell) and asks the data source only for the rows it shows or is
 * asked about, so 20,000 rows × 60 columns cost what one screen costs.
 *
 * The data-source contract:
 *  - get_cell / get_row_title are called for visible rows only (and for rows the
 *    API is asked about, e.g. prs_sheet_get_cell_text()), in any order, possibly
 *    again later: they must be cheap reads of data the source holds or pages in.
 *    The optional prefetch (first_row, n_rows) hook is called before a screen of
 *    rows is read, so a source backed by the store can load that page in one query.
 *  - The sheet caches what it read until prs_sheet_refresh() (everything) or
 *    prs_sheet_refresh_rows() (a range); call one of them when the data changes.
 *  - Writes come through set_cell (one cell) or set_cells (many: a paste, a fill,
 *    clearing a selection, flipping toggles); set_cells should be ONE undo step.
 *  - The sheet's rows are the rows the source shows. Trees: get_row_info gives a
 *    row's depth, whether it has children and whether it is expanded; the sheet
 *    draws the indent and an expander, and when the user expands or collapses a row
 *    it calls row_toggled (row, expanded). The source then rebuilds its list of
 *    visible rows and calls prs_sheet_set_n_rows() (the cursor stays on the row).
 *  - Group headings (PRS_SHEET_CELL_HEADING from get_row_title) span the width and
 *    are skipped by the cursor; subtotal rows (PRS_SHEET_CELL_SUBTOTAL) are styled
 *    as totals and are read-only unless their cells say EDITABLE.
 *  - Column kinds (prs_sheet_set_column_kind) say how a column is drawn and edited:
 *    a toggle cell is on when its text is non-empty and not "0" and is written as
 *    "1" or ""; a choice cell holds one of the column's choices (typing its first
 *    letter, or its number 1–9, picks it; F2 or a double click lists them);
 *    multi-line text is edited in a popover (Ctrl+Enter keeps it).
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
 * Also: Home/End (first/last column), Ctrl+Home/End (first/last cell), PageUp/Down,
 * Ctrl+A selects all, Ctrl+Enter fills the selection with what was typed, Space
 * flips toggle cells (and lists a choice cell's choices), Alt+Left/Right or -/+ collapse/expand a tree row (on a row
 * with children), a mouse drag selects a range, dragging a column title's right
 * edge resizes the column.
 *
 * Every key goes through an action of the "sheet" group, which tests and menus
 * can activate too: sheet.move (ii), sheet.extend (ii), sheet.edit, sheet.commit,
 * sheet.cancel, sheet.clear, sheet.copy, sheet.paste, sheet.fill, sheet.toggle,
 * sheet.select-all, sheet.expand (b: TRUE expands, FALSE collapses).
 *
 * Signals: ::error (message) when a change is refused; ::cursor-changed when the
 * cursor or the selection moves.
 *
 * Accessible: role GRID; the focused cell is described as "row title, column
 * title: value" (and announced where GTK can).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "prs-date.h"

G_BEGIN_DECLS

typedef enum
{
  PRS_SHEET_CELL_NONE     = 0,
  PRS_SHEET_CELL_EDITABLE = 1 << 0,
  PRS_SHEET_CELL_COMPUTED = 1 << 1, /* drawn as a derived figure */
  PRS_SHEET_CELL_FLAGGED  = 1 << 2, /* drawn as a problem; the tooltip says why */
  PRS_SHEET_CELL_NUMERIC  = 1 << 3, /* right-aligned */
  PRS_SHEET_CELL_HEADING  = 1 << 4, /* a row that names a section (row flag) */
  PRS_SHEET_CELL_SUBTOTAL = 1 << 5, /* a row of totals (row flag) */
} PrsSheetCellFlags;

/* How a column's cells are drawn and edited (prs_sheet_set_column_kind). */
typedef enum
{
  PRS_SHEET_KIND_TEXT = 0,    /* one line, edited in place */
  PRS_SHEET_KIND_MULTILINE,   /* first line shown; edited in a popover */
  PRS_SHEET_KIND_NUMBER,      /* right-aligned */
  PRS_SHEET_KIND_MONEY,       /* right-aligned */
  PRS_SHEET_KIND_SCORE,       /* right-aligned */
  PRS_SHEET_KIND_TOGGLE,      /* a check box; Space flips the selection */
  PRS_SHEET_KIND_CHOICE,      /* one of a short list (prs_sheet_set_column_choices) */
  PRS_SHEET_KIND_DATE,        /* text the source parses as a date; F2, Enter or a
                               * double click opens a calendar that stores ISO
                               * text ("" clears); typing edits it as text */
  PRS_SHEET_KIND_COMPUTED,    /* read-only, drawn as a derived figure */
  PRS_SHEET_KIND_BAR,         /* a toggle drawn as a segment of a bar: neighbouring
                               * BAR columns join into one bar (a schedule); they
                               * are shaded in alternate groups of three (quarters
                               * of months); Space flips, like a toggle */
} PrsSheetCellKind;

/* A row's place in a tree (get_row_info). */
typedef struct
{
  guint    depth;          /* 0 = top level */
  gboolean has_children;
  gboolean expanded;
} PrsSheetRowInfo;

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

  /* Optional, added later (leave NULL): */
  /* Called before rows first_row … first_row + n_rows - 1 are read. */
  void     (*prefetch)   (gpointer            user_data,
                          guint               first_row,
                          guint               n_rows);
  /* A row's depth and expander; without it every row is a top-level leaf. */
  void     (*get_row_info) (gpointer          user_data,
                            guint             row,
                            PrsSheetRowInfo  *info);
  /* The user expanded or collapsed @row: update the visible rows and call
   * prs_sheet_set_n_rows(). */
  void     (*row_toggled) (gpointer           user_data,
                           guint              row,
                           gboolean           expanded);
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
/* --- Added with the virtualised sheet --- */

/* Reads rows @first … @first + @n_rows - 1 again (lazily, when next drawn). */
void       prs_sheet_refresh_rows  (PrsSheet            *self,
                                    guint                first,
                                    guint                n_rows);
void       prs_sheet_set_column_kind (PrsSheet          *self,
                                      guint              column,
                                      PrsSheetCellKind   kind);
PrsSheetCellKind prs_sheet_get_column_kind (PrsSheet    *self,
                                            guint        column);
/* The choices of a PRS_SHEET_KIND_CHOICE column (NULL-terminated, copied). */
void       prs_sheet_set_column_choices (PrsSheet       *self,
                                         guint           column,
                                         const char * const *choices);
/* The first @n_columns columns stay at the left when scrolling sideways, with the
 * row titles (which always do). */
void       prs_sheet_set_frozen_columns (PrsSheet       *self,
                                         guint           n_columns);
/* Column width in pixels (what dragging the header's edge sets); -1 resets. */
void       prs_sheet_set_column_width (PrsSheet         *self,
                                       guint             column,
                                       int               width);
int        prs_sheet_get_column_width (PrsSheet         *self,
                                       guint             column);
/* Where a cell is drawn, in the sheet's coordinates; FALSE when not on screen.
 * @column -1 is the row-title column. */
gboolean   prs_sheet_get_cell_area (PrsSheet            *self,
                                    guint                row,
                                    int                  column,
                                    graphene_rect_t     *area);
GtkAdjustment *prs_sheet_get_vadjustment (PrsSheet      *self);
GtkAdjustment *prs_sheet_get_hadjustment (PrsSheet      *self);
/* Stores @text in every editable cell of the selection: ONE set_cells call (one
 * undo step). What Ctrl+Enter does with the text being typed. */
gboolean   prs_sheet_fill_text     (PrsSheet            *self,
                                    const char          *text);
/* Expands or collapses a tree row (calls row_toggled). FALSE if it has no children
 * or is already so. */
gboolean   prs_sheet_set_row_expanded (PrsSheet         *self,
                                       guint             row,
                                       gboolean          expanded);

/* --- Date cells (PRS_SHEET_KIND_DATE) --- */

/* The text of a date cell: @text (ISO or any form prs_date_parse() reads) in the
 * Buddhist Era, with Thai or Arabic digits; LONG and FULL give the abbreviated
 * month with the whole year ("31 มี.ค. 2568"), SHORT "31 มี.ค. 68", NUMERIC
 * "31/3/2568". NULL when @text is empty or not a date. Sources use it so the
 * cells and the calendar agree. */
char      *prs_sheet_format_date   (const char          *text,
                                    gboolean             thai_digits,
                                    PrsDateStyle         style);
/* How the calendar popover writes the date it shows (the page's settings). */
void       prs_sheet_set_date_display (PrsSheet         *self,
                                       gboolean          thai_digits,
                                       PrsDateStyle      style);
/* The calendar popover (F2, Enter or a double click on a date cell opens it),
 * for tests and menus: whether it is open; select a day in it (CE); store the
 * selected day (ISO text through set_cell: one write), clear the cell, or close it
 * changing nothing (Escape). FALSE when it is not open or nothing was done. */
gboolean   prs_sheet_calendar_is_open (PrsSheet         *self);
gboolean   prs_sheet_calendar_select  (PrsSheet         *self,
                                       int               year,
                                       int               month,
                                       int               day);
gboolean   prs_sheet_calendar_set     (PrsSheet         *self);
gboolean   prs_sheet_calendar_clear   (PrsSheet         *self);
void       prs_sheet_calendar_cancel  (PrsSheet         *self);

/* Splits pasted text into rows of cells: tabs, or else runs of two or more spaces
 * (or single spaces between numbers), separate cells. A GPtrArray of GStrv. */
GPtrArray *prs_sheet_parse_block   (const char          *text);

G_END_DECLS
