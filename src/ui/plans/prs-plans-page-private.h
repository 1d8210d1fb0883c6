/* prs-plans-page-private.h: what the Plans page's files share (the page, its
 * row commands and windows in prs-plans-page-actions.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-plans-page.h"
#include "prs-sheet.h"
#include "prs-store-plans-tree.h"

G_BEGIN_DECLS

enum
{
  COL_TITLE,
  COL_OBJECTIVE,
  COL_INDICATORS,
  COL_BUDGET,
  COL_MONTH0,
  COL_DUE = COL_MONTH0 + 12,
  COL_UNITS,
  COL_KPI,
  COL_STATUS,
  N_COLS
};


struct _PrsPlansPage
{
  PrsSectionPage parent_instance;

  GtkWidget *box;
  GtkWidget *strip;
  GtkWidget *plan_dropdown;
  GtkStringList *plan_names;
  GArray *plan_ids;
  GtkWidget *summary;
  GtkWidget *sheet;

  PrsPlanTree *tree;
  GPtrArray *rows;          /* visible PrsPlanNodeInfo, borrowed from tree */
  GHashTable *collapsed;    /* node ids (gint64 *) folded by the user */
  gint64 plan_id;
  gint64 count;
  gboolean updating_dropdown;
  GtkWidget *last_dialog;   /* the progress or details window last opened (weak) */
  int drag_row;             /* the row being dragged by its number, or -1 */
};

/* prs-plans-page.c */
char            *prs_plans_page_digits      (PrsPlansPage *self,
                                             char         *text);
PrsPlanNodeInfo *prs_plans_page_row_node    (PrsPlansPage *self,
                                             guint         row);

/* prs-plans-page-actions.c */
void             prs_plans_page_action_activated (GSimpleAction *action,
                                                  GVariant      *param,
                                                  gpointer       data);
GtkWidget       *prs_plans_page_bar_button  (const char   *icon,
                                             const char   *tooltip,
                                             const char   *action);
void             prs_plans_page_setup_drag  (PrsPlansPage *self);
void             prs_plans_page_report_error (PrsPlansPage *self,
                                              GError       *error);

G_END_DECLS
