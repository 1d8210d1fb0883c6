/* prs-people-page.c: The People & Units section: the agency’s bureaus and staff
 *
 * For now the section says what it will hold, and what the workspace already holds
 * for it; its screens are built on the section scaffold (prs-section-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-people-page.h"

struct _PrsPeoplePage
{
  PrsSectionPage parent_instance;

  GtkWidget *status;   /* AdwStatusPage: what the workspace holds for the section */
  gint64 count;
};

G_DEFINE_FINAL_TYPE (PrsPeoplePage, prs_people_page, PRS_TYPE_SECTION_PAGE)

static void
prs_people_page_build (PrsSectionPage *page)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (page);

  self->status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status), _("People & Units"));
  prs_section_page_set_content (page, self->status);
}

static void
prs_people_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsPeoplePage *self = PRS_PEOPLE_PAGE (page);
  g_autofree char *text = NULL;

  self->count = prs_store_count (prs_section_page_get_store (page), "people");
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
prs_people_page_is_empty (PrsSectionPage *page)
{
  return PRS_PEOPLE_PAGE (page)->count <= 0;
}

static void
prs_people_page_class_init (PrsPeoplePageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "units", "people", NULL };

  page_class->tables = tables;
  page_class->build = prs_people_page_build;
  page_class->refresh = prs_people_page_refresh;
  page_class->is_empty = prs_people_page_is_empty;
}

static void
prs_people_page_init (PrsPeoplePage *self)
{
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "system-users-symbolic", _("No People or Units Yet"),
                                    _("The agency’s bureaus and staff, the roster every other section draws on, will be kept here. Start by naming your agency."),
                                    _("_Name Your Agency…"), "win.name-agency", NULL);
}

GtkWidget *
prs_people_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PEOPLE_PAGE, "store", store, NULL);
}
