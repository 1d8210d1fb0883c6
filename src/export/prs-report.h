/* prs-report.h: the report model every export format is written from
 *
 * A report is a list of blocks (title, headings, paragraphs, label–value lines,
 * tables, charts, images, signature blocks, page breaks) plus document settings.
 * Build it once on any thread, then hand it to prs_export_report() or lay it out
 * for printing with prs_report_layout_new().  A finished report is not modified
 * again, so it can be shared with a worker thread by reference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PRS_EXPORT_ERROR (prs_export_error_quark ())

typedef enum
{
  PRS_EXPORT_ERROR_FAILED,
  PRS_EXPORT_ERROR_WRITE,     /* the file could not be written */
  PRS_EXPORT_ERROR_NO_TABLE,  /* CSV asked of a report without a table */
  PRS_EXPORT_ERROR_CANCELLED, /* unused: cancellation reports G_IO_ERROR_CANCELLED */
} PrsExportError;

GQuark prs_export_error_quark (void);

typedef enum
{
  PRS_PAGE_PORTRAIT,
  PRS_PAGE_LANDSCAPE,
} PrsPageOrientation;

typedef enum
{
  PRS_ALIGN_LEFT,
  PRS_ALIGN_CENTER,
  PRS_ALIGN_RIGHT,
  PRS_ALIGN_JUSTIFY,     /* both edges, last line left */
  PRS_ALIGN_DISTRIBUTED, /* Thai distributed: every line, the last one too */
} PrsAlign;

typedef enum
{
  PRS_CELL_EMPTY,
  PRS_CELL_TEXT,
  PRS_CELL_INTEGER, /* gint64 */
  PRS_CELL_MONEY,   /* gint64 satang, shown with two decimals */
  PRS_CELL_SCORE,   /* gint64 hundredths, shown with two decimals */
  PRS_CELL_PERCENT, /* gint64 hundredths of a per cent, shown with two decimals */
} PrsCellKind;

typedef enum
{
  PRS_ROW_BODY,
  PRS_ROW_HEADER, /* repeated on every page; must come before the body rows */
  PRS_ROW_GROUP,  /* a band naming the rows that follow; kept with the next row */
  PRS_ROW_TOTAL,  /* bold sum line */
} PrsRowKind;

typedef enum
{
  PRS_WIDTH_WEIGHT, /* a share of the width left after the fixed columns */
  PRS_WIDTH_CM,
} PrsWidthUnit;

typedef struct _PrsReport      PrsReport;
typedef struct _PrsReportTable PrsReportTable;

/* Draws a chart into the box (0, 0, width, height), in points. Called from the
 * thread that exports, possibly several times (PDF, then a PNG for XLSX/DOCX). */
typedef void (*PrsReportDrawFunc) (cairo_t *cr,
                                   double   width,
                                   double   height,
                                   gpointer data);

typedef struct
{
  gboolean bold;
  PrsAlign align;
  double   indent_cm;            /* whole paragraph, from the left margin */
  double   first_line_indent_cm; /* extra for the first line (Thai paragraphs: 2.5 cm) */
  double   space_after_pt;
} PrsParagraphStyle;

/* Defaults: the Thai official-letter shape. */
#define PRS_REPORT_DEFAULT_FONT       "Sarabun, Laksaman, Noto Sans Thai"
#define PRS_REPORT_DEFAULT_FONT_SIZE  16.0
#define PRS_REPORT_OFFICE_FONT        "TH Sarabun New"

PrsReport *prs_report_new   (const char *title);
PrsReport *prs_report_ref   (PrsReport *report);
void       prs_report_unref (PrsReport *report);

/* Settings */
void prs_report_set_orientation (PrsReport *report, PrsPageOrientation orientation);
void prs_report_set_margins     (PrsReport *report,
                                 double     left_cm,
                                 double     right_cm,
                                 double     top_cm,
                                 double     bottom_cm);
/* families: a Pango family list. size_pt is the size in TH Sarabun terms (16 is an
 * official document); a fallback family with larger glyphs is scaled to match. */
void prs_report_set_font        (PrsReport *report, const char *families, double size_pt);
void prs_report_set_thai_digits (PrsReport *report, gboolean thai_digits);
void prs_report_set_metadata    (PrsReport *report, const char *author, const char *subject);
/* Text at the top of every page (NULL for none). Page numbers “หน้า ๑ / ๓” are in
 * the footer unless turned off. */
void prs_report_set_header_text  (PrsReport *report, const char *text);
void prs_report_set_page_numbers (PrsReport *report, gboolean page_numbers);

const char        *prs_report_get_title       (PrsReport *report);
gboolean           prs_report_get_thai_digits (PrsReport *report);
PrsPageOrientation prs_report_get_orientation (PrsReport *report);

/* Blocks, in document order */
void prs_report_add_title       (PrsReport *report, const char *text);
void prs_report_add_heading     (PrsReport *report, int level, const char *text);
void prs_report_add_paragraph   (PrsReport *report, const char *text);
void prs_report_add_paragraph_full (PrsReport               *report,
                                    const char              *text,
                                    const PrsParagraphStyle *style);
void prs_report_add_label_value (PrsReport *report, const char *label, const char *value);
void prs_report_add_chart       (PrsReport        *report,
                                 PrsReportDrawFunc draw,
                                 gpointer          data,
                                 GDestroyNotify    destroy,
                                 double            width_cm,
                                 double            height_cm,
                                 const char       *alt_text);
/* png: PNG file data. width_cm 0 uses the image's own size at 96 dpi, capped to
 * the text width. Returns FALSE (adding nothing) if the data is not a PNG. */
gboolean prs_report_add_image   (PrsReport  *report,
                                 GBytes     *png,
                                 double      width_cm,
                                 const char *alt_text);
/* name without brackets; position and date_line may be NULL. */
void prs_report_add_signature   (PrsReport  *report,
                                 const char *name,
                                 const char *position,
                                 const char *date_line);
void prs_report_add_page_break  (PrsReport *report);

/* Tables. The table belongs to the report; fill it before exporting. */
PrsReportTable *prs_report_add_table (PrsReport *report, guint n_columns);

/* name: the XLSX sheet name and the CSV's identity (default “ตาราง N”). */
void  prs_report_table_set_name   (PrsReportTable *table, const char *name);
void  prs_report_table_set_column (PrsReportTable *table,
                                   guint           column,
                                   double          width,
                                   PrsWidthUnit    unit,
                                   PrsAlign        align);
/* Text size relative to the body (official tables often use 14 pt under 16 pt
 * text: 0.875). Default 1. */
void  prs_report_table_set_font_scale (PrsReportTable *table, double scale);
guint prs_report_table_get_n_columns (PrsReportTable *table);
guint prs_report_table_get_n_rows    (PrsReportTable *table);
const char *prs_report_table_get_name (PrsReportTable *table);

/* Appends a row and returns its index. */
guint prs_report_table_add_row (PrsReportTable *table, PrsRowKind kind);
/* Appends a row of text cells, NULL-terminated (fewer values leave cells empty). */
guint prs_report_table_add_text_row (PrsReportTable *table, PrsRowKind kind, const char *first, ...)
  G_GNUC_NULL_TERMINATED;
/* A group band: one cell spanning every column. */
guint prs_report_table_add_group_row (PrsReportTable *table, const char *text);

void prs_report_table_set_text    (PrsReportTable *table, guint row, guint col, const char *text);
void prs_report_table_set_integer (PrsReportTable *table, guint row, guint col, gint64 value);
void prs_report_table_set_money   (PrsReportTable *table, guint row, guint col, gint64 satang);
void prs_report_table_set_score   (PrsReportTable *table, guint row, guint col, gint64 hundredths);
void prs_report_table_set_percent (PrsReportTable *table, guint row, guint col, gint64 hundredths);
/* Merges a cell with its neighbours (header rows may span rows and columns; other
 * rows only columns). The covered cells must be left empty. */
void prs_report_table_set_span    (PrsReportTable *table,
                                   guint           row,
                                   guint           col,
                                   guint           colspan,
                                   guint           rowspan);

/* Reading a table (writers, tests). */
PrsCellKind prs_report_table_get_kind  (PrsReportTable *table, guint row, guint col);
PrsRowKind  prs_report_table_get_row_kind (PrsReportTable *table, guint row);
gint64      prs_report_table_get_value (PrsReportTable *table, guint row, guint col);
/* The cell as displayed: numbers grouped with two decimals where they have them,
 * with Thai digits if thai_digits. Newly allocated; "" for empty cells. */
char       *prs_report_table_format_cell (PrsReportTable *table,
                                          guint           row,
                                          guint           col,
                                          gboolean        thai_digits);
gboolean    prs_report_table_get_span  (PrsReportTable *table,
                                        guint           row,
                                        guint           col,
                                        guint          *colspan,
                                        guint          *rowspan);
/* TRUE if the cell is covered by another cell's span. */
gboolean    prs_report_table_is_covered (PrsReportTable *table, guint row, guint col);

/* The n-th table of the report (for CSV), or NULL. */
PrsReportTable *prs_report_get_table (PrsReport *report, guint index);

/* Formats a number like the cells do: 1234567 PRS_CELL_MONEY -> "12,345.67". */
char *prs_report_format_number (PrsCellKind kind, gint64 value);

/* Layout: pages computed once, rendered to PDF, to a printer or to a preview.
 * A layout is used by one thread at a time. */
typedef struct _PrsReportLayout PrsReportLayout;

PrsReportLayout *prs_report_layout_new        (PrsReport *report);
void             prs_report_layout_free       (PrsReportLayout *layout);
int              prs_report_layout_page_count (PrsReportLayout *layout);
/* Page size in points (1/72 inch). */
void             prs_report_layout_page_size  (PrsReportLayout *layout,
                                               double          *width_pt,
                                               double          *height_pt);
/* The family Pango resolved for the body text and the size used, in points. */
const char      *prs_report_layout_font_family (PrsReportLayout *layout);
double           prs_report_layout_font_size   (PrsReportLayout *layout);
/* Draws page (0-based) with cr in points, origin at the page's top-left corner. */
void             prs_report_render_page       (PrsReportLayout *layout,
                                               cairo_t         *cr,
                                               int              page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsReport, prs_report_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsReportLayout, prs_report_layout_free)

G_END_DECLS
