/* prs-participation-page.c: The Participation section: who took part in which activity, and the Common KPI
 *
 * For now the section says what it will hold, and what the workspace already holds
 * for it; its screens are built on the section scaffold (prs-section-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-participation-page.h"

struct _PrsParticipationPage
{
  PrsSectionPage parent_instance;

  GtkWidget *status;   /* AdwStatusPage: what the workspace holds for the section */
  gint64 count;
};

G_DEFINE_FINAL_TYPE (PrsParticipationPage, prs_participation_page, PRS_TYPE_SECTION_PAGE)

static void
prs_participation_page_build (PrsSectionPage *page)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);

  self->status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status), _("Participation"));
  prs_section_page_set_content (page, self->status);
}

static void
prs_participation_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);
  g_autofree char *text = NULL;

  self->count = prs_store_count (prs_section_page_get_store (page), "participation");
  /* Translators: %d is a number of records */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "This workspace holds %d record for this section. Its screens are "
                                       "not built yet; the command-line tool prongsai-cli can already report on it.",
                                       "This workspace holds %d records for this section. Its screens are "
                                       "not built yet; the command-line tool prongsai-cli can already report on it.",
                                       (gulong) MAX (self->count, 0)),
                          (int) self->count);
  text = prs_section_page_digits (page, text);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status), text);
}

static gboolean
prs_participation_page_is_empty (PrsSectionPage *page)
{
  return PRS_PARTICIPATION_PAGE (page)->count <= 0;
}

static void
prs_participation_page_class_init (PrsParticipationPageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "participation", "headcounts", "kpis", "kpi_*", NULL };

  page_class->tables = tables;
  page_class->build = prs_participation_page_build;
  page_class->refresh = prs_participation_page_refresh;
  page_class->is_empty = prs_participation_page_is_empty;
}

static void
prs_participation_page_init (PrsParticipationPage *self)
{
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "view-grid-symbolic", _("No Participation Recorded"),
                                    _("Who took part in which activity, and each bureau’s Common KPI, will be shown here."),
                                    NULL, NULL, NULL);
}

GtkWidget *
prs_participation_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PARTICIPATION_PAGE, "store", store, NULL);
}
