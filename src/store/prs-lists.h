/* prs-lists.h: GListModels over the workspace, kept current from PrsStore::changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PrsRecordList holds the ordered ids of the rows it shows and creates record
 * objects only when asked (get_item), so a list of 20,000 people costs one id
 * query. When its table changes it re-reads the ids and emits one items-changed
 * for the range that differs; records it has handed out are reloaded in place
 * (their properties notify).
 */
#pragma once

#include "prs-record.h"
#include "prs-unit.h"
#include "prs-person.h"
#include "prs-committee.h"
#include "prs-committee-member.h"
#include "prs-allowance-rate.h"
#include "prs-meeting.h"
#include "prs-agenda-item.h"
#include "prs-attendance.h"
#include "prs-guest.h"
#include "prs-plan.h"
#include "prs-plan-node.h"
#include "prs-activity.h"
#include "prs-indicator.h"
#include "prs-indicator-result.h"
#include "prs-progress.h"
#include "prs-activity-event.h"
#include "prs-kpi-definition.h"
#include "prs-ita-result.h"
#include "prs-ita-figure.h"
#include "prs-ita-issue.h"
#include "prs-ita-measure.h"

G_BEGIN_DECLS

#define PRS_TYPE_RECORD_LIST (prs_record_list_get_type ())
G_DECLARE_FINAL_TYPE (PrsRecordList, prs_record_list, PRS, RECORD_LIST, GObject)

/* Rows of @type's table matching @where (SQL with ?1 … bound to the following
 * PRS_INT/PRS_TEXT values, ended by PRS_VALUE_END; NULL for all rows), in the
 * record class's order. */
PrsRecordList *prs_record_list_new          (PrsStore      *store,
                                             GType          type,
                                             const char    *where,
                                             ...);
void           prs_record_list_set_filter   (PrsRecordList *self,
                                             const char    *where,
                                             ...);
void           prs_record_list_set_order    (PrsRecordList *self,
                                             const char    *order_by);
PrsStore      *prs_record_list_get_store    (PrsRecordList *self);
gint64         prs_record_list_get_id       (PrsRecordList *self,
                                             guint          position);
/* Position of row @id, or -1. */
int            prs_record_list_find         (PrsRecordList *self,
                                             gint64         id);
/* Re-reads the ids now (lists also do it by themselves on ::changed). */
void           prs_record_list_refresh      (PrsRecordList *self);

/* Units: children of @parent_id (0: the top level), by sort order. */
PrsRecordList *prs_unit_list_new            (PrsStore      *store,
                                             gint64         parent_id);
/* A GtkTreeListModelCreateModelFunc: @item a PrsUnit, @user_data the PrsStore.
 * Returns NULL for units without children. */
GListModel    *prs_unit_list_get_children   (gpointer       item,
                                             gpointer       user_data);

/* People, filtered; unit 0 = any unit, staff_type -1 = any type, search NULL or
 * "" = no text filter (matches prefix, names and position). */
PrsRecordList *prs_person_list_new          (PrsStore      *store);
void           prs_person_list_set_filters  (PrsRecordList *self,
                                             gint64         unit_id,
                                             gboolean       include_sub_units,
                                             int            staff_type,
                                             const char    *search,
                                             gboolean       include_inactive);

PrsRecordList *prs_plan_list_new            (PrsStore      *store);
/* Children of @parent_id in @plan_id (0: the top level). */
PrsRecordList *prs_plan_node_list_new       (PrsStore      *store,
                                             gint64         plan_id,
                                             gint64         parent_id);
GListModel    *prs_plan_node_list_get_children (gpointer    item,
                                                gpointer    user_data);
/* Meetings of a committee (0: all), by date. */
PrsRecordList *prs_meeting_list_new         (PrsStore      *store,
                                             gint64         committee_id);
PrsRecordList *prs_attendance_list_new      (PrsStore      *store,
                                             gint64         meeting_id);
/* ITA results of a year (0: all years). */
PrsRecordList *prs_ita_result_list_new      (PrsStore      *store,
                                             int            year_be);

G_END_DECLS
