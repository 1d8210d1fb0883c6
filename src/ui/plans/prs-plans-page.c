/* prs-plans-page.c: The Plans section: the annual action plans
 *
 * For now the section says what it will hold, and what the workspace already holds
 * for it; its screens are built on the section scaffold (prs-section-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-plans-page.h"

struct _PrsPlansPage
{
  PrsSectionPage parent_instance;

  GtkWidget *status;   /* AdwStatusPage: what the workspace holds for the section */
  gint64 count;
};

G_DEFINE_FINAL_TYPE (PrsPlansPage, prs_plans_page, PRS_TYPE_SECTION_PAGE)

static void
prs_plans_page_build (PrsSectionPage *page)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (page);

  self->status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status), "view-list-ordered-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status), _("Plans"));
  prs_section_page_set_content (page, self->status);
}

static void
prs_plans_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsPlansPage *self = PRS_PLANS_PAGE (page);
  g_autofree char *text = NULL;

  self->count = prs_store_count (prs_section_page_get_store (page), "plans");
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
prs_plans_page_is_empty (PrsSectionPage *page)
{
  return PRS_PLANS_PAGE (page)->count <= 0;
}

static void
prs_plans_page_class_init (PrsPlansPageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "plans", "plan_*", "activities", "activity_*", "indicators", "indicator_results", "progress", "node_units", NULL };

  page_class->tables = tables;
  page_class->build = prs_plans_page_build;
  page_class->refresh = prs_plans_page_refresh;
  page_class->is_empty = prs_plans_page_is_empty;
}

static void
prs_plans_page_init (PrsPlansPage *self)
{
  prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "view-list-ordered-symbolic", _("No Action Plans Yet"),
                                    _("Annual action plans — strategies, activities, indicators, budgets and results per reporting round — will be kept here."),
                                    NULL, NULL, NULL);
}

GtkWidget *
prs_plans_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PLANS_PAGE, "store", store, NULL);
}
