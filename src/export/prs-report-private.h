/* prs-report-private.h: the report's blocks, for the writers in this directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"

G_BEGIN_DECLS

/* The words printed in the documents themselves are Thai whatever the language
 * of the user interface: the secretariat's documents are Thai official documents
 * (page numbers, the signature line, default sheet names). */
#define PRS_REPORT_PAGE_LABEL  "หน้า %d / %d"
#define PRS_REPORT_SHEET_NAME  "รายงาน"

typedef enum
{
  PRS_BLOCK_TITLE,
  PRS_BLOCK_HEADING,
  PRS_BLOCK_PARAGRAPH,
  PRS_BLOCK_LABEL_VALUE,
  PRS_BLOCK_TABLE,
  PRS_BLOCK_CHART,
  PRS_BLOCK_IMAGE,
  PRS_BLOCK_SIGNATURE,
  PRS_BLOCK_PAGE_BREAK,
} PrsBlockKind;

typedef struct
{
  PrsCellKind kind;
  guint16     colspan; /* 0 on a covered cell */
  guint16     rowspan;
  char       *text;
  gint64      value;
} PrsCell;

typedef struct
{
  PrsRowKind kind;
  PrsCell   *cells; /* n_columns */
} PrsRow;

typedef struct
{
  double       width;
  PrsWidthUnit unit;
  PrsAlign     align;
  gboolean     align_set;
} PrsColumn;

/* How a cell's text is aligned, the same in every writer: header rows centred;
 * numbers right unless the column says otherwise (group rows too, so they line
 * up); text left unless the column says otherwise (always left in group rows). */
PrsAlign prs_report_table_cell_align (PrsReportTable *table,
                                      guint           row,
                                      guint           col);

struct _PrsReportTable
{
  char      *name;
  guint      n_columns;
  PrsColumn *columns;
  GPtrArray *rows; /* PrsRow* */
  guint      n_header_rows;
  double     font_scale;
};

typedef struct
{
  PrsBlockKind kind;
  char        *text;   /* title, heading, paragraph, label, signature name, alt text */
  char        *text2;  /* value, signature position */
  char        *text3;  /* signature date line */
  int          level;
  PrsParagraphStyle style;

  PrsReportTable *table;

  PrsReportDrawFunc draw;
  gpointer          draw_data;
  GDestroyNotify    draw_destroy;
  double            width_cm, height_cm;

  GBytes *png;
  int     png_width, png_height; /* pixels */
} PrsBlock;

struct _PrsReport
{
  gint ref_count;

  char *title;
  char *author;
  char *subject;
  char *header_text;
  char *font_families;
  double font_size;
  gboolean thai_digits;
  gboolean page_numbers;
  PrsPageOrientation orientation;
  double margin_left_cm, margin_right_cm, margin_top_cm, margin_bottom_cm;

  GPtrArray *blocks; /* PrsBlock* */
};

/* Applies the report's digit preference to text (always a new string). */
char *prs_report_digits (PrsReport *report, const char *text);

/* The footer text of page (1-based) of n_pages: “หน้า ๑ / ๓”. */
char *prs_report_page_label (PrsReport *report, int page, int n_pages);

/* Renders a chart block to PNG data at scale pixels per point. */
GBytes *prs_report_chart_to_png (const PrsBlock *block, double scale);

/* Width and height, in cm, an image or chart block is drawn at in a text
 * width of max_width_cm. */
void prs_report_block_size_cm (const PrsBlock *block,
                               double          max_width_cm,
                               double         *width_cm,
                               double         *height_cm);

/* The signature block's lines: “ลงชื่อ ....”, “( name )”, position, date. */
GPtrArray *prs_report_signature_lines (PrsReport *report, const PrsBlock *block);

/* Column widths in cm for a text width of total_cm. Returns a new array. */
double *prs_report_table_widths_cm (PrsReportTable *table, double total_cm);

/* Alignment of a column: set explicitly, else right for numbers. */
PrsAlign prs_report_table_column_align (PrsReportTable *table, guint col);

/* A copy of @text that XML 1.0 can carry: invalid UTF-8 and the control characters
 * XML forbids (all below U+0020 but tab, line feed and carriage return; U+FFFE,
 * U+FFFF) are dropped. NULL gives "". For every XML writer (DOCX, XLSX). */
char *prs_export_xml_clean (const char *text);

/* Page size in cm, after orientation. */
void prs_report_page_size_cm (PrsReport *report, double *width_cm, double *height_cm);

G_END_DECLS
