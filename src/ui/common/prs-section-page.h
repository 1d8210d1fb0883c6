/* prs-section-page.h: what every section of the window shares
 *
 * A section (Plans, Meetings, Participation, ITA, People & Units) is a subclass of
 * PrsSectionPage. The base class owns what every section would otherwise repeat:
 *
 *   - the unit chooser and the fiscal-year chooser in the section's bar (every year
 *     that has data, plus the current and the next fiscal year so a new year can be
 *     started), with the choice in the "unit-id" and "year" properties;
 *   - the section's actions "section.import", "section.export" (a format string:
 *     "pdf", "docx", "xlsx", "csv", …), "section.print" and "section.present" (F5),
 *     each enabled only when the subclass implements its vfunc, with the buttons for
 *     them in the bar;
 *   - toasts, shown by the window's AdwToastOverlay (or the page's own when the page
 *     is not in a PrsWindow, as in tests);
 *   - refresh: the store's ::changed signal, filtered by the tables the subclass names,
 *     coalesced into one call of ->refresh() per main-loop turn, and deferred while
 *     the page is not shown (it runs when the page is next mapped);
 *   - the display preferences (Thai digits on screen, date style) read from GSettings
 *     and applied live: a change calls ->refresh() with PRS_SECTION_REFRESH_DISPLAY;
 *   - an empty state: an AdwStatusPage with the section's own next action, shown
 *     instead of the content while ->is_empty() says there is nothing to show.
 *
 * HOW A PAGE SUBCLASSES IT
 *
 *   G_DECLARE_FINAL_TYPE (PrsPlansPage, prs_plans_page, PRS, PLANS_PAGE, PrsSectionPage)
 *   G_DEFINE_FINAL_TYPE (PrsPlansPage, prs_plans_page, PRS_TYPE_SECTION_PAGE)
 *
 *   class_init:
 *     PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
 *     static const char * const tables[] = { "plans", "plan_*", "activities", NULL };
 *     page_class->tables = tables;                     // whose changes refresh the page
 *                                                      // ("units" always does)
 *     page_class->build = prs_plans_page_build;        // make the views, once
 *     page_class->refresh = prs_plans_page_refresh;    // re-read the store
 *     page_class->is_empty = prs_plans_page_is_empty;  // optional
 *     page_class->import = prs_plans_page_import;      // optional, enables section.import
 *     page_class->export = prs_plans_page_export;      // optional, enables section.export
 *     page_class->print = …; page_class->present = …;   // optional, section.print / .present (F5)
 *     page_class->list_years = …;                      // optional: years with data
 *                                                      // (default: any section's)
 *     page_class->list_units = …;                      // optional: default every unit,
 *                                                      // the own agency first
 *
 *   init:
 *     prs_section_page_set_choosers (PRS_SECTION_PAGE (self),
 *                                    PRS_SECTION_CHOOSER_UNIT | PRS_SECTION_CHOOSER_YEAR);
 *     prs_section_page_add_export_format (PRS_SECTION_PAGE (self), "pdf", _("Report as _PDF…"));
 *     prs_section_page_set_empty_state (PRS_SECTION_PAGE (self), "view-list-ordered-symbolic",
 *                                       _("No Action Plans Yet"), _("…"),
 *                                       _("_Import a Plan…"), "section.import", NULL);
 *
 *   ->build (self): called once, the first time the page is mapped (or the first time
 *     prs_section_page_ensure_built() is called), after "store" is set. Make the views
 *     here — each a template widget with its .ui beside its class (see
 *     prs-ita-results-view.c) — and give the page its content with
 *     prs_section_page_set_content(); extra widgets for the bar (a view switcher) go in
 *     with prs_section_page_add_bar_widget(). Nothing is built for a section the user
 *     has not opened.
 *
 *   ->refresh (self, what): re-read what is shown. WHAT says why (flags): the store
 *     changed, the unit or year changed, the display preferences changed. Called after
 *     ->build, never before it. Read the unit and year with prs_section_page_get_unit()
 *     / _get_year(), Thai digits with _get_thai_digits(), the date style with
 *     _get_date_style(), the store with _get_store().
 *
 *   ->is_empty (self): asked after every refresh; TRUE shows the empty state set with
 *     prs_section_page_set_empty_state() (its button may name any action: a
 *     "section.*" one of the page or a "win.*" one such as "win.name-agency").
 *     prs_section_page_set_empty_state() may be called again at any time (in ->refresh)
 *     to change the message or the action.
 *
 *   After an edit the page must show at once (the sheet reads its cells right away):
 *   re-read what the edit changed in the edit's code path, or call
 *   prs_section_page_flush_refresh(); prs_section_page_queue_refresh() asks for a
 *   refresh at the next idle, merged with the store's.
 *
 *   Toasts: prs_section_page_toast (self, message) or _add_toast (self, toast);
 *     prs_section_page_undo_toast (self, message) offers Undo (as "section.undo").
 *   Parent window for dialogs: prs_section_page_get_window (self).
 *   Folder for file dialogs: prs-file-dialog.c starts in the workspace's folder.
 *
 * The window creates a section's page only when the section is first shown, with
 * g_object_new (TYPE, "store", store, NULL): prs-window.c's sections table names each
 * page's get_type function — prs_plans_page_get_type (src/ui/plans/),
 * prs_meetings_page_get_type (src/ui/meetings/), prs_participation_page_get_type
 * (src/ui/participation/), prs_ita_page_get_type (src/ui/ita/),
 * prs_people_page_get_type (src/ui/people/). A section's author replaces the
 * placeholder class in place (same name) and needs no change to the window. The
 * ITA page (src/ui/ita/) is the worked example: a thin page holding the year's state
 * (prs-ita-page-private.h) and four template views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "prs-date.h"
#include "prs-store.h"
#include "prs-store-shell.h"

G_BEGIN_DECLS

#define PRS_TYPE_SECTION_PAGE (prs_section_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (PrsSectionPage, prs_section_page, PRS, SECTION_PAGE, GtkWidget)

typedef enum
{
  PRS_SECTION_CHOOSER_NONE = 0,
  PRS_SECTION_CHOOSER_UNIT = 1 << 0,
  PRS_SECTION_CHOOSER_YEAR = 1 << 1,
} PrsSectionChoosers;

typedef enum
{
  PRS_SECTION_REFRESH_STORE = 1 << 0,     /* the store changed */
  PRS_SECTION_REFRESH_SELECTION = 1 << 1, /* another unit or year was chosen */
  PRS_SECTION_REFRESH_DISPLAY = 1 << 2,   /* Thai digits or the date style changed */
  PRS_SECTION_REFRESH_ALL = 0x7,
} PrsSectionRefresh;

struct _PrsSectionPageClass
{
  GtkWidgetClass parent_class;

  /* Tables whose changes concern this page (a name ending in '*' is a prefix, as
   * "ita_*"); NULL means every table. */
  const char * const *tables;

  void       (*build)      (PrsSectionPage   *self);
  void       (*refresh)    (PrsSectionPage   *self,
                            PrsSectionRefresh what);
  /* TRUE while there is nothing to show: the empty state replaces the content. */
  gboolean   (*is_empty)   (PrsSectionPage   *self);
  /* Years (Buddhist Era) that have data, any order; the current and the next fiscal
   * year are added. Default: every year with plans, meetings or ITA results
   * (prs_store_list_data_years()). NULL with @error when they cannot be read. */
  GArray    *(*list_years) (PrsSectionPage   *self,
                            GError          **error);
  /* Units for the chooser, element type PrsUnitBrief (prs-store-shell.h), in the
   * order shown. Default: every unit, the own agency first. */
  GPtrArray *(*list_units) (PrsSectionPage   *self);

  /* The section's actions; NULL leaves the action disabled and its button hidden. */
  void       (*import)     (PrsSectionPage   *self);
  void       (*export)     (PrsSectionPage   *self,
                            const char       *format);
  void       (*print)      (PrsSectionPage   *self);
  void       (*present)    (PrsSectionPage   *self);

  gpointer padding[8];
};

PrsStore   *prs_section_page_get_store        (PrsSectionPage    *self);
void        prs_section_page_ensure_built     (PrsSectionPage    *self);
gboolean    prs_section_page_is_built         (PrsSectionPage    *self);

/* Set up (call in init). */
void        prs_section_page_set_choosers     (PrsSectionPage    *self,
                                               PrsSectionChoosers choosers);
void        prs_section_page_add_export_format (PrsSectionPage   *self,
                                               const char        *format,
                                               const char        *label);
void        prs_section_page_set_empty_state  (PrsSectionPage    *self,
                                               const char        *icon_name,
                                               const char        *title,
                                               const char        *description,
                                               const char        *button_label,
                                               const char        *action_name,
                                               GVariant          *target);
/* The tooltip of an action's button in the bar: ACTION is "import", "export",
 * "print" or "present". */
void        prs_section_page_set_action_tooltip (PrsSectionPage  *self,
                                               const char        *action,
                                               const char        *tooltip);
/* Content and bar (call in ->build). */
void        prs_section_page_set_content      (PrsSectionPage    *self,
                                               GtkWidget         *content);
GtkWidget  *prs_section_page_get_content      (PrsSectionPage    *self);
void        prs_section_page_add_bar_widget   (PrsSectionPage    *self,
                                               GtkWidget         *widget);
/* Re-asks ->is_empty() and shows the content or the empty state. */
void        prs_section_page_update_empty     (PrsSectionPage    *self);
/* Asks for a refresh at the next idle (coalesced with store changes). */
void        prs_section_page_queue_refresh    (PrsSectionPage    *self,
                                               PrsSectionRefresh  what);
/* Runs a queued refresh now (tests; after an edit the page must show at once). */
void        prs_section_page_flush_refresh    (PrsSectionPage    *self);

/* The unit and year shown. */
gint64      prs_section_page_get_unit         (PrsSectionPage    *self);
int         prs_section_page_get_year         (PrsSectionPage    *self);
void        prs_section_page_select           (PrsSectionPage    *self,
                                               gint64             unit_id,
                                               int                year_be);
/* Re-reads the units and years for the choosers (after a unit or year was added). */
void        prs_section_page_update_choosers  (PrsSectionPage    *self);
/* The fiscal year (BE) of today: October starts the next. */
int         prs_section_page_current_fiscal_year (void);

/* Display preferences. */
gboolean    prs_section_page_get_thai_digits  (PrsSectionPage    *self);
PrsDateStyle prs_section_page_get_date_style  (PrsSectionPage    *self);
/* Formats @text's digits for the screen (Thai digits if preferred); takes it. */
char       *prs_section_page_digits           (PrsSectionPage    *self,
                                               char              *text);

/* Toasts and dialogs. */
void        prs_section_page_add_toast        (PrsSectionPage    *self,
                                               AdwToast          *toast);
void        prs_section_page_toast            (PrsSectionPage    *self,
                                               const char        *message);
/* The overlay toasts go to (the window's, or the page's own outside a window). */
AdwToastOverlay *prs_section_page_get_toast_overlay (PrsSectionPage *self);
/* A toast whose button undoes the store's last step (also the action "section.undo"). */
void        prs_section_page_undo_toast       (PrsSectionPage    *self,
                                               const char        *message);
GtkWindow  *prs_section_page_get_window       (PrsSectionPage    *self);

G_END_DECLS
