/* prs-meetings-page.c: The Meetings section: committees, their meetings and attendance
 *
 * For now the section says what it will hold, and what the workspace already holds
 * for it; its screens are built on the section scaffold (prs-section-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-meetings-page.h"

struct _PrsMeetingsPage
{
  PrsSectionPage parent_instance;

  GtkWidget *status;   /* AdwStatusPage: what the workspace holds for the section */
  gint64 count;
};

G_DEFINE_FINAL_TYPE (PrsMeetingsPage, prs_meetings_page, PRS_TYPE_SECTION_PAGE)

static void
prs_meetings_page_build (PrsSectionPage *page)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (page);

  self->status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status), _("Meetings"));
  prs_section_page_set_content (page, self->status);
}

static void
prs_meetings_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (page);
  g_autofree char *text = NULL;

  self->count = prs_store_count (prs_section_page_get_store (page), "meetings");
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
prs_meetings_page_is_empty (PrsSectionPage *page)
{
  return PRS_MEETINGS_PAGE (page)->count <= 0;
}

static void
prs_meetings_page_class_init (PrsMeetingsPageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "committees", "committee_members", "meetings", "agenda_items", "attendance", "guests", "allowance_rates", NULL };

  page_class->tables = tables;
  page_class->build = prs_meetings_page_build;
  page_class->refresh = prs_meetings_page_refresh;
  page_class->is_empty = prs_meetings_page_is_empty;
}

static void
prs_meetings_page_init (PrsMeetingsPage *self)
{
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "x-office-calendar-symbolic", _("No Meetings Yet"),
                                    _("Committee meetings with their agenda, attendance, delegates and allowances will be kept here."),
                                    NULL, NULL, NULL);
}

GtkWidget *
prs_meetings_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_MEETINGS_PAGE, "store", store, NULL);
}
