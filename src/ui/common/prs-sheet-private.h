/* prs-sheet-private.h: what the sheet's files share (prs-sheet.c: state, data and
 * API; prs-sheet-draw.c: measuring and drawing; prs-sheet-keys.c: actions, keys,
 * mouse, editing and the clipboard; prs-sheet-canvas.c: the scrollable drawing
 * area inside the sheet's scrolled window)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-sheet.h"

G_BEGIN_DECLS

#define PRS_SHEET_PAD_X       8   /* text inset in a cell */
#define PRS_SHEET_INDENT     16   /* per tree level */
#define PRS_SHEET_EXPANDER   16

typedef struct
{
  char        *text;       /* NULL = empty */
  char        *tooltip;
  guint16      flags;      /* PrsSheetCellFlags */
  PangoLayout *layout;     /* made when first drawn */
  int          layout_width;
} PrsSheetCell;

typedef struct
{
  char            *title;
  PangoLayout     *title_layout;
  int              title_layout_width;
  guint            flags;    /* row flags: HEADING, SUBTOTAL */
  PrsSheetRowInfo  info;
  PrsSheetCell    *cells;    /* n_columns of them */
  guint            n_cells;
} PrsSheetRow;

/* Known row flags, so cursor moves need not read whole rows. */
#define PRS_SHEET_ROW_KNOWN 0x80

struct _PrsSheet
{
  GtkWidget parent_instance;

  GtkWidget *scrolled;
  GtkWidget *canvas;          /* PrsSheetCanvas */
  GtkWidget *entry;           /* owned; the canvas's child while editing */
  GtkWidget *text_popover;    /* multi-line editing, child of the canvas */
  GtkWidget *text_view;
  GtkWidget *choice_popover;  /* choice cells, child of the canvas */
  GtkWidget *choice_list;
  GtkWidget *date_popover;    /* date cells: a PrsDatePopover (prs-sheet-date.c) */
  gboolean date_open;
  guint date_row, date_col;
  gboolean date_thai_digits;
  PrsDateStyle date_style;

  /* Columns */
  char *row_heading;
  int row_title_chars;
  guint n_columns;
  char **titles;
  int *widths;                /* characters, 0 = takes the remaining width */
  int *user_widths;           /* pixels set by dragging, -1 = none */
  guint8 *kinds;              /* PrsSheetCellKind */
  char ***choices;
  guint n_frozen;

  /* Geometry, from the font and the viewport (prs_sheet_layout_columns) */
  char *font;                 /* the font measured, to notice a new one */
  int char_width;
  int text_height;
  int text_baseline;          /* of a line holding Thai, from its top */
  int row_height;
  int header_height;
  int row_title_px;
  int *col_x;                 /* n_columns + 1 offsets; col_x[0] = row_title_px */
  int total_width;
  int frozen_width;
  int viewport_width;

  /* Rows */
  guint n_rows;
  GHashTable *rows;           /* row index → PrsSheetRow, the rows read */
  guint8 *row_flags;          /* per row: PRS_SHEET_ROW_KNOWN | flags */
  gboolean has_tree;

  const PrsSheetFuncs *funcs;
  gpointer user_data;
  GDestroyNotify destroy;

  guint cur_row, cur_col;
  guint anchor_row, anchor_col;
  gboolean editing;
  gboolean editing_multiline;
  guint edit_row, edit_col;
  guint choice_row, choice_col;

  PangoLayout *glyphs[4];     /* check mark, expanded, collapsed, choice arrow */
  GtkWidget *parts[4];        /* hidden labels whose CSS paints the header, row
                               * titles, headings and subtotals (prs-sheet-draw.c) */

  /* Mouse */
  gboolean dragging;
  int resize_column;          /* -1 none, else the column being resized */
  int resize_start_width;
  double drag_x, drag_y;
};

/* prs-sheet.c */
PrsSheetRow *prs_sheet_get_row         (PrsSheet *self, guint row);
guint        prs_sheet_row_flags       (PrsSheet *self, guint row);
gboolean     prs_sheet_row_is_heading  (PrsSheet *self, guint row);
gboolean     prs_sheet_cell_editable   (PrsSheet *self, guint row, guint col);
guint        prs_sheet_peek_cell       (PrsSheet *self, guint row, guint col, char **text);
void         prs_sheet_emit_error      (PrsSheet *self, const char *message);
void         prs_sheet_set_cursor_full (PrsSheet *self, guint row, guint col, gboolean extend);
void         prs_sheet_move_cursor     (PrsSheet *self, int drow, int dcol, gboolean extend);
guint        prs_sheet_step_rows       (PrsSheet *self, guint from, int delta);
gboolean     prs_sheet_store_cells     (PrsSheet *self, guint n, const guint *rows,
                                        const guint *cols, const char * const *texts);
void         prs_sheet_evict_rows      (PrsSheet *self, guint keep_first, guint keep_last);
gboolean     prs_sheet_kind_is_numeric (PrsSheetCellKind kind);
gboolean     prs_sheet_toggle_is_on    (const char *text);
/* TOGGLE and BAR: cells that Space flips between "1" and "". */
#define prs_sheet_kind_is_toggle(k) ((k) == PRS_SHEET_KIND_TOGGLE || (k) == PRS_SHEET_KIND_BAR)

/* prs-sheet-draw.c */
void         prs_sheet_init_style      (PrsSheet *self);
void         prs_sheet_measure_font    (PrsSheet *self);
void         prs_sheet_layout_columns  (PrsSheet *self, int viewport_width);
int          prs_sheet_column_width_px (PrsSheet *self, guint col);
/* Cell rectangle in canvas coordinates (col -1: row titles); FALSE if off screen. */
gboolean     prs_sheet_cell_rect       (PrsSheet *self, guint row, int col, graphene_rect_t *rect);
/* Which cell is at canvas (x, y): row -1 for the header, col -1 for row titles. */
gboolean     prs_sheet_hit             (PrsSheet *self, double x, double y, int *row, int *col,
                                        gboolean *on_expander, int *resize_col);
void         prs_sheet_draw            (PrsSheet *self, GtkWidget *canvas, GtkSnapshot *snapshot,
                                        int width, int height);
void         prs_sheet_scroll_to_cursor (PrsSheet *self);

/* prs-sheet-keys.c */
void         prs_sheet_install_actions (GtkWidgetClass *widget_class);
void         prs_sheet_init_input      (PrsSheet *self);
gboolean     prs_sheet_commit_editing  (PrsSheet *self);
void         prs_sheet_cancel_editing  (PrsSheet *self);
gboolean     prs_sheet_start_editing   (PrsSheet *self, const char *text);

/* prs-sheet-date.c */
void         prs_sheet_init_date       (PrsSheet *self);
/* Opens the calendar on the cursor's cell (which the caller checked is an
 * editable date cell). */
gboolean     prs_sheet_open_calendar   (PrsSheet *self);

/* prs-sheet-canvas.c: a GtkScrollable that draws and lays out for its sheet */
#define PRS_TYPE_SHEET_CANVAS (prs_sheet_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PrsSheetCanvas, prs_sheet_canvas, PRS, SHEET_CANVAS, GtkWidget)

GtkWidget     *prs_sheet_canvas_new             (PrsSheet *sheet);
GtkAdjustment *prs_sheet_canvas_get_hadjustment (PrsSheetCanvas *self);
GtkAdjustment *prs_sheet_canvas_get_vadjustment (PrsSheetCanvas *self);
/* Sets the adjustments' bounds from the sheet's size. */
void           prs_sheet_canvas_update_adjustments (PrsSheetCanvas *self);

G_END_DECLS
