/* prs-docx-writer.c: the report as an editable Word document (WordprocessingML)
 *
 * Written directly as XML parts in a zip. Minutes are edited after export, so the
 * document uses real styles (Title, Heading 1–3), real tables with repeated header
 * rows and page-number fields rather than positioned text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <zip.h>

#include "prs-export.h"
#include "prs-report-private.h"

#define TWIPS_PER_CM 566.929
#define EMU_PER_CM   360000.0

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_WP  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define NS_A   "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

typedef struct
{
  PrsReport *report;
  GString *doc;
  GString *rels;
  GPtrArray *media; /* GBytes*, media/imageN.png for N = index + 1 */
  double text_w_cm;
} Ctx;

static void
append_escaped (GString *out, const char *text)
{
  /* g_markup_escape_text writes control characters as &#xB; which XML 1.0 does
   * not allow (Word refuses the file): drop them first (issue 14). */
  g_autofree char *clean = prs_export_xml_clean (text);
  g_autofree char *escaped = g_markup_escape_text (clean, -1);

  g_string_append (out, escaped);
}

/* A run; line breaks in text become <w:br/>. */
static void
run (Ctx *ctx, const char *text, gboolean bold, int half_points)
{
  g_autofree char *shown = prs_report_digits (ctx->report, text);
  g_auto (GStrv) lines = g_strsplit (shown, "\n", -1);

  g_string_append (ctx->doc, "<w:r>");
  if (bold || half_points)
    {
      g_string_append (ctx->doc, "<w:rPr>");
      if (bold)
        g_string_append (ctx->doc, "<w:b/><w:bCs/>");
      if (half_points)
        g_string_append_printf (ctx->doc, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>",
                                half_points, half_points);
      g_string_append (ctx->doc, "</w:rPr>");
    }
  for (guint i = 0; lines[i]; i++)
    {
      if (i > 0)
        g_string_append (ctx->doc, "<w:br/>");
      g_string_append (ctx->doc, "<w:t xml:space=\"preserve\">");
      append_escaped (ctx->doc, lines[i]);
      g_string_append (ctx->doc, "</w:t>");
    }
  g_string_append (ctx->doc, "</w:r>");
}

static const char *
jc_value (PrsAlign align)
{
  switch (align)
    {
    case PRS_ALIGN_CENTER:
      return "center";
    case PRS_ALIGN_RIGHT:
      return "right";
    case PRS_ALIGN_JUSTIFY:
      return "both";
    case PRS_ALIGN_DISTRIBUTED:
      return "thaiDistribute";
    case PRS_ALIGN_LEFT:
    default:
      return "left";
    }
}

static void
paragraph (Ctx        *ctx,
           const char *style,
           const char *text,
           gboolean    bold,
           PrsAlign    align,
           double      indent_cm,
           double      first_cm,
           int         half_points)
{
  g_string_append (ctx->doc, "<w:p><w:pPr>");
  if (style)
    g_string_append_printf (ctx->doc, "<w:pStyle w:val=\"%s\"/>", style);
  if (indent_cm > 0 || first_cm > 0)
    g_string_append_printf (ctx->doc, "<w:ind w:left=\"%d\" w:firstLine=\"%d\"/>",
                            (int) (indent_cm * TWIPS_PER_CM), (int) (first_cm * TWIPS_PER_CM));
  g_string_append_printf (ctx->doc, "<w:jc w:val=\"%s\"/></w:pPr>", jc_value (align));
  if (text && *text)
    run (ctx, text, bold, half_points);
  g_string_append (ctx->doc, "</w:p>");
}

static guint
add_media (Ctx *ctx, GBytes *png)
{
  guint n;

  g_ptr_array_add (ctx->media, g_bytes_ref (png));
  n = ctx->media->len;
  g_string_append_printf (ctx->rels,
                          "<Relationship Id=\"rIdImg%u\" Type=\"" REL "image\" "
                          "Target=\"media/image%u.png\"/>", n, n);
  return n;
}

static void
drawing (Ctx *ctx, GBytes *png, double w_cm, double h_cm, const char *alt)
{
  guint n = add_media (ctx, png);
  long cx = (long) (w_cm * EMU_PER_CM), cy = (long) (h_cm * EMU_PER_CM);

  g_string_append (ctx->doc, "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>");
  g_string_append_printf (ctx->doc,
                          "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                          "<wp:extent cx=\"%ld\" cy=\"%ld\"/>"
                          "<wp:docPr id=\"%u\" name=\"Picture %u\" descr=\"",
                          cx, cy, n, n);
  append_escaped (ctx->doc, alt);
  g_string_append_printf (ctx->doc,
                          "\"/><wp:cNvGraphicFramePr>"
                          "<a:graphicFrameLocks xmlns:a=\"" NS_A "\" noChangeAspect=\"1\"/>"
                          "</wp:cNvGraphicFramePr>"
                          "<a:graphic xmlns:a=\"" NS_A "\">"
                          "<a:graphicData uri=\"" NS_PIC "\">"
                          "<pic:pic xmlns:pic=\"" NS_PIC "\">"
                          "<pic:nvPicPr><pic:cNvPr id=\"%u\" name=\"image%u.png\"/><pic:cNvPicPr/>"
                          "</pic:nvPicPr>"
                          "<pic:blipFill><a:blip r:embed=\"rIdImg%u\"/><a:stretch><a:fillRect/>"
                          "</a:stretch></pic:blipFill>"
                          "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"%ld\" cy=\"%ld\"/>"
                          "</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                          "</pic:pic></a:graphicData></a:graphic></wp:inline>"
                          "</w:drawing></w:r></w:p>",
                          n, n, n, cx, cy);
}

/* The cell whose span covers (row, col), for vertical-merge continuation cells. */
static gboolean
span_origin (PrsReportTable *table, guint row, guint col, guint *orow, guint *ocol)
{
  for (guint r = 0; r <= row; r++)
    for (guint c = 0; c <= col; c++)
      {
        guint cs, rs;

        if (prs_report_table_get_span (table, r, c, &cs, &rs) && (r != row || c != col)
            && r + rs > row && c + cs > col)
          {
            *orow = r;
            *ocol = c;
            return TRUE;
          }
      }
  return FALSE;
}

static void
cell_open (Ctx *ctx, double width_cm, guint colspan, const char *vmerge, const char *fill,
           gboolean vcenter)
{
  g_string_append_printf (ctx->doc, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>",
                          (int) (width_cm * TWIPS_PER_CM));
  if (colspan > 1)
    g_string_append_printf (ctx->doc, "<w:gridSpan w:val=\"%u\"/>", colspan);
  if (vmerge)
    g_string_append (ctx->doc, vmerge);
  if (fill)
    g_string_append_printf (ctx->doc, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%s\"/>",
                            fill);
  if (vcenter)
    g_string_append (ctx->doc, "<w:vAlign w:val=\"center\"/>");
  g_string_append (ctx->doc, "</w:tcPr>");
}

static void
write_table (Ctx *ctx, PrsReportTable *table)
{
  g_autofree double *widths = prs_report_table_widths_cm (table, ctx->text_w_cm);

  g_string_append (ctx->doc,
                   "<w:tbl><w:tblPr><w:tblStyle w:val=\"PrsTable\"/>"
                   "<w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLayout w:type=\"fixed\"/>"
                   "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (ctx->doc, "<w:gridCol w:w=\"%d\"/>", (int) (widths[c] * TWIPS_PER_CM));
  g_string_append (ctx->doc, "</w:tblGrid>");

  for (guint r = 0; r < table->rows->len; r++)
    {
      PrsRow *row = g_ptr_array_index (table->rows, r);
      gboolean bold = row->kind != PRS_ROW_BODY;
      const char *fill = row->kind == PRS_ROW_HEADER ? "D9D9D9"
                         : row->kind == PRS_ROW_GROUP ? "EDEDED"
                         : row->kind == PRS_ROW_TOTAL ? "F5F5F5" : NULL;

      g_string_append (ctx->doc, "<w:tr>");
      if (row->kind == PRS_ROW_HEADER)
        g_string_append (ctx->doc, "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
      for (guint c = 0; c < table->n_columns; c++)
        {
          PrsCell *cell = &row->cells[c];
          double w = 0;
          g_autofree char *text = NULL;
          PrsAlign align;

          if (cell->colspan == 0)
            {
              guint orow, ocol, cs = 1;

              /* cells under a row-spanning cell continue its vertical merge */
              if (span_origin (table, r, c, &orow, &ocol) && ocol == c && orow < r)
                {
                  prs_report_table_get_span (table, orow, ocol, &cs, NULL);
                  for (guint k = 0; k < cs; k++)
                    w += widths[c + k];
                  cell_open (ctx, w, cs, "<w:vMerge/>", fill, TRUE);
                  g_string_append (ctx->doc, "<w:p/></w:tc>");
                }
              continue;
            }
          for (guint k = 0; k < cell->colspan; k++)
            w += widths[c + k];
          cell_open (ctx, w, cell->colspan, cell->rowspan > 1 ? "<w:vMerge w:val=\"restart\"/>" : NULL,
                     fill, row->kind == PRS_ROW_HEADER);
          text = prs_report_table_format_cell (table, r, c, FALSE);
          align = prs_report_table_cell_align (table, r, c);
          paragraph (ctx, "PrsCell", text, bold, align, 0, 0,
                     table->font_scale != 1.0
                       ? (int) lround (ctx->report->font_size * 2 * table->font_scale) : 0);
          g_string_append (ctx->doc, "</w:tc>");
        }
      g_string_append (ctx->doc, "</w:tr>");
    }
  g_string_append (ctx->doc, "</w:tbl>");
  /* Word needs a paragraph between two tables, and it spaces the next block */
  paragraph (ctx, NULL, NULL, FALSE, PRS_ALIGN_LEFT, 0, 0, 0);
}

static void
write_block (Ctx *ctx, const PrsBlock *block)
{
  switch (block->kind)
    {
    case PRS_BLOCK_TITLE:
      paragraph (ctx, "Title", block->text, FALSE, PRS_ALIGN_CENTER, 0, 0, 0);
      break;
    case PRS_BLOCK_HEADING:
      {
        g_autofree char *style = g_strdup_printf ("Heading%d", block->level);

        paragraph (ctx, style, block->text, FALSE, PRS_ALIGN_LEFT, 0, 0, 0);
      }
      break;
    case PRS_BLOCK_PARAGRAPH:
      paragraph (ctx, NULL, block->text, block->style.bold, block->style.align,
                 block->style.indent_cm, block->style.first_line_indent_cm, 0);
      break;
    case PRS_BLOCK_LABEL_VALUE:
      g_string_append (ctx->doc, "<w:p>");
      run (ctx, block->text, TRUE, 0);
      run (ctx, "  ", FALSE, 0);
      run (ctx, block->text2, FALSE, 0);
      g_string_append (ctx->doc, "</w:p>");
      break;
    case PRS_BLOCK_TABLE:
      write_table (ctx, block->table);
      break;
    case PRS_BLOCK_CHART:
      {
        g_autoptr (GBytes) png = prs_report_chart_to_png (block, 150.0 / 72.0);
        double w, h;

        prs_report_block_size_cm (block, ctx->text_w_cm, &w, &h);
        drawing (ctx, png, w, h, block->text);
      }
      break;
    case PRS_BLOCK_IMAGE:
      {
        double w, h;

        prs_report_block_size_cm (block, ctx->text_w_cm, &w, &h);
        drawing (ctx, block->png, w, h, block->text);
      }
      break;
    case PRS_BLOCK_SIGNATURE:
      {
        g_autoptr (GPtrArray) lines = prs_report_signature_lines (ctx->report, block);

        paragraph (ctx, NULL, NULL, FALSE, PRS_ALIGN_LEFT, 0, 0, 0);
        g_string_append (ctx->doc, "<w:p><w:pPr><w:keepNext/>");
        g_string_append_printf (ctx->doc, "<w:ind w:left=\"%d\"/><w:jc w:val=\"center\"/></w:pPr>",
                                (int) (ctx->text_w_cm * 0.4 * TWIPS_PER_CM));
        for (guint i = 0; i < lines->len; i++)
          {
            if (i > 0)
              g_string_append (ctx->doc, "<w:r><w:br/></w:r>");
            run (ctx, g_ptr_array_index (lines, i), FALSE, 0);
          }
        g_string_append (ctx->doc, "</w:p>");
      }
      break;
    case PRS_BLOCK_PAGE_BREAK:
      g_string_append (ctx->doc, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
      break;
    default:
      break;
    }
}

static char *
styles_xml (PrsReport *report)
{
  GString *s = g_string_new (XML_HEAD);
  const char *font = PRS_REPORT_OFFICE_FONT;
  int sz = (int) lround (report->font_size * 2);

  g_string_append_printf (s,
    "<w:styles xmlns:w=\"" NS_W "\">"
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>"
    "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>"
    "<w:lang w:val=\"th-TH\" w:eastAsia=\"en-US\" w:bidi=\"th-TH\"/>"
    "</w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
    "</w:pPr></w:pPrDefault></w:docDefaults>",
    font, font, font, font, sz, sz);
  g_string_append (s,
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
    "<w:qFormat/></w:style>");
  g_string_append_printf (s,
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:keepNext/><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr></w:style>",
    sz + 4, sz + 4);
  for (int level = 1; level <= 3; level++)
    g_string_append_printf (s,
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading%d\"><w:name w:val=\"heading %d\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"%d\"/>"
      "<w:ind w:left=\"%d\"/><w:outlineLvl w:val=\"%d\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>",
      level, level, level == 1 ? 120 : 60, (int) ((level - 1) * 0.75 * TWIPS_PER_CM), level - 1);
  g_string_append (s,
    "<w:style w:type=\"paragraph\" w:styleId=\"PrsCell\"><w:name w:val=\"Table Text\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
    "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
    "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
    "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
    "</w:tblPr></w:style>"
    "<w:style w:type=\"table\" w:styleId=\"PrsTable\"><w:name w:val=\"Table Grid\"/>"
    "<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>"
    "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "</w:tblBorders></w:tblPr></w:style>"
    "</w:styles>");
  return g_string_free (s, FALSE);
}

static char *
footer_xml (PrsReport *report)
{
  GString *s = g_string_new (XML_HEAD);
  /* Page fields stay Arabic: Word's \* ThaiArabic switch gives Thai digits, but
   * LibreOffice reads it as Thai letters (ก, ข, ค), which would misnumber pages. */
  const char *fmt = "";
  g_autofree char *label = g_strdup (PRS_REPORT_PAGE_LABEL);
  g_auto (GStrv) parts = g_strsplit (label, "%d", 3);

  g_string_append (s, "<w:ftr xmlns:w=\"" NS_W "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
  for (guint i = 0; parts[i]; i++)
    {
      if (*parts[i])
        {
          g_string_append (s, "<w:r><w:t xml:space=\"preserve\">");
          append_escaped (s, parts[i]);
          g_string_append (s, "</w:t></w:r>");
        }
      if (parts[i + 1])
        g_string_append_printf (s, "<w:fldSimple w:instr=\" %s%s \"><w:r><w:t>1</w:t></w:r>"
                                   "</w:fldSimple>", i == 0 ? "PAGE" : "NUMPAGES", fmt);
    }
  g_string_append (s, "</w:p></w:ftr>");
  return g_string_free (s, FALSE);
}

static char *
header_xml (PrsReport *report)
{
  GString *s = g_string_new (XML_HEAD);
  g_autofree char *text = prs_report_digits (report, report->header_text);

  g_string_append (s, "<w:hdr xmlns:w=\"" NS_W "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
                      "<w:r><w:t xml:space=\"preserve\">");
  append_escaped (s, text);
  g_string_append (s, "</w:t></w:r></w:p></w:hdr>");
  return g_string_free (s, FALSE);
}

static char *
core_xml (PrsReport *report)
{
  GString *s = g_string_new (XML_HEAD);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_string_append (s,
    "<cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
  append_escaped (s, report->title);
  g_string_append (s, "</dc:title><dc:subject>");
  append_escaped (s, report->subject);
  g_string_append (s, "</dc:subject><dc:creator>");
  append_escaped (s, report->author);
  g_string_append (s, "</dc:creator><dc:language>th-TH</dc:language>");
  g_string_append_printf (s, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                             "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
                             "</cp:coreProperties>", stamp, stamp);
  return g_string_free (s, FALSE);
}

static gboolean
add_part (zip_t *za, const char *name, gpointer data, gsize len)
{
  zip_source_t *src = zip_source_buffer (za, data, len, 1);

  if (src == NULL)
    {
      free (data);
      return FALSE;
    }
  if (zip_file_add (za, name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0)
    {
      zip_source_free (src);
      return FALSE;
    }
  return TRUE;
}

static gboolean
zip_add_string (zip_t *za, const char *name, char *text)
{
  /* libzip frees the buffer with free(); GLib allocates with malloc */
  return add_part (za, name, text, strlen (text));
}

gboolean
prs_docx_writer_write (PrsReport            *report,
                       const char           *path,
                       GCancellable         *cancellable,
                       PrsExportProgressFunc progress,
                       gpointer              data,
                       GError              **error)
{
  Ctx ctx = { 0 };
  double page_w, page_h;
  gboolean ok = TRUE, has_header;
  GString *types;
  zip_t *za;
  int zerr = 0;

  g_return_val_if_fail (report != NULL, FALSE);

  ctx.report = report;
  ctx.doc = g_string_new (XML_HEAD);
  ctx.rels = g_string_new (XML_HEAD "<Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rIdStyles\" Type=\"" REL "styles\" Target=\"styles.xml\"/>"
                           "<Relationship Id=\"rIdSettings\" Type=\"" REL "settings\" "
                           "Target=\"settings.xml\"/>"
                           "<Relationship Id=\"rIdFooter\" Type=\"" REL "footer\" Target=\"footer1.xml\"/>"
                           "<Relationship Id=\"rIdHeader\" Type=\"" REL "header\" Target=\"header1.xml\"/>");
  ctx.media = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  prs_report_page_size_cm (report, &page_w, &page_h);
  ctx.text_w_cm = page_w - report->margin_left_cm - report->margin_right_cm;
  has_header = report->header_text && *report->header_text;

  g_string_append (ctx.doc, "<w:document xmlns:w=\"" NS_W "\" xmlns:r=\"" NS_R "\" "
                            "xmlns:wp=\"" NS_WP "\" xmlns:a=\"" NS_A "\" xmlns:pic=\"" NS_PIC "\">"
                            "<w:body>");
  for (guint i = 0; i < report->blocks->len; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          ok = FALSE;
          break;
        }
      write_block (&ctx, g_ptr_array_index (report->blocks, i));
      if (progress)
        progress (0.7 * (i + 1) / report->blocks->len, data);
    }
  g_string_append (ctx.doc, "<w:sectPr>");
  if (has_header)
    g_string_append (ctx.doc, "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>");
  if (report->page_numbers)
    g_string_append (ctx.doc, "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>");
  g_string_append_printf (ctx.doc, "<w:pgSz w:w=\"%d\" w:h=\"%d\"%s/>",
                          (int) lround (page_w * TWIPS_PER_CM), (int) lround (page_h * TWIPS_PER_CM),
                          report->orientation == PRS_PAGE_LANDSCAPE ? " w:orient=\"landscape\"" : "");
  g_string_append_printf (ctx.doc,
                          "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\" "
                          "w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
                          "</w:sectPr></w:body></w:document>",
                          (int) (report->margin_top_cm * TWIPS_PER_CM),
                          (int) (report->margin_right_cm * TWIPS_PER_CM),
                          (int) (report->margin_bottom_cm * TWIPS_PER_CM),
                          (int) (report->margin_left_cm * TWIPS_PER_CM));
  g_string_append (ctx.rels, "</Relationships>");

  if (!ok)
    {
      g_string_free (ctx.doc, TRUE);
      g_string_free (ctx.rels, TRUE);
      g_ptr_array_unref (ctx.media);
      return !g_cancellable_set_error_if_cancelled (cancellable, error);
    }

  types = g_string_new (XML_HEAD
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>");

  za = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
  if (za == NULL)
    {
      g_string_free (types, TRUE);
      g_string_free (ctx.doc, TRUE);
      g_string_free (ctx.rels, TRUE);
      g_ptr_array_unref (ctx.media);
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The document could not be created."));
      return FALSE;
    }

  ok = zip_add_string (za, "[Content_Types].xml", g_string_free (types, FALSE))
       && zip_add_string (za, "_rels/.rels", g_strdup (XML_HEAD
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" REL "officeDocument\" Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"" REL "extended-properties\" Target=\"docProps/app.xml\"/>"
            "</Relationships>"))
       && zip_add_string (za, "word/document.xml", g_string_free (ctx.doc, FALSE))
       && zip_add_string (za, "word/_rels/document.xml.rels", g_string_free (ctx.rels, FALSE))
       && zip_add_string (za, "word/styles.xml", styles_xml (report))
       && zip_add_string (za, "word/settings.xml", g_strdup (XML_HEAD
            "<w:settings xmlns:w=\"" NS_W "\"><w:defaultTabStop w:val=\"720\"/>"
            "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            "<w:themeFontLang w:val=\"en-US\" w:bidi=\"th-TH\"/>"
            "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
            "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            "</w:settings>"))
       && zip_add_string (za, "word/footer1.xml", footer_xml (report))
       && zip_add_string (za, "word/header1.xml", header_xml (report))
       && zip_add_string (za, "docProps/core.xml", core_xml (report))
       && zip_add_string (za, "docProps/app.xml", g_strdup (XML_HEAD
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            "<Application>Prongsai " PACKAGE_VERSION "</Application></Properties>"));
  for (guint i = 0; ok && i < ctx.media->len; i++)
    {
      gsize len;
      const guint8 *bytes = g_bytes_get_data (g_ptr_array_index (ctx.media, i), &len);
      g_autofree char *name = g_strdup_printf ("word/media/image%u.png", i + 1);

      /* PNG is already compressed */
      ok = add_part (za, name, g_memdup2 (bytes, len), len);
      if (ok)
        zip_set_file_compression (za, zip_name_locate (za, name, 0), ZIP_CM_STORE, 0);
    }
  g_ptr_array_unref (ctx.media);
  if (progress)
    progress (0.8, data);

  if (!ok)
    {
      zip_discard (za);
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The document could not be written."));
      return FALSE;
    }
  if (zip_close (za) != 0)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The document could not be written: %s"), zip_strerror (za));
      zip_discard (za);
      return FALSE;
    }
  return TRUE;
}
