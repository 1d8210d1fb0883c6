/* prs-pdf-writer.c: PDF through cairo, from the shared page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "prs-export.h"
#include "prs-report-private.h"

gboolean
prs_pdf_writer_write (PrsReport            *report,
                      const char           *path,
                      GCancellable         *cancellable,
                      PrsExportProgressFunc progress,
                      gpointer              data,
                      GError              **error)
{
  g_autoptr (PrsReportLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double w, h;
  int n_pages;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = prs_report_layout_new (report);
  n_pages = prs_report_layout_page_count (layout);
  if (progress)
    progress (0.2, data);

  prs_report_layout_page_size (layout, &w, &h);
  surface = cairo_pdf_surface_create (path, w, h);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  if (report->author)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->author);
  if (report->subject)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Prongsai " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (int page = 0; page < n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return FALSE;
        }
      prs_report_render_page (layout, cr, page);
      cairo_show_page (cr);
      if (progress)
        progress (0.2 + 0.8 * (page + 1) / n_pages, data);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PRS_EXPORT_ERROR, PRS_EXPORT_ERROR_WRITE,
                   _("The PDF file could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
