/* prs-participation.h: the people × activities participation matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loaded in one query into a bitset; no object per cell. Rows are the active
 * people of the counted staff types in unit order, columns the activities
 * (plan leaves that have activity details) of a plan in plan order.
 */
#pragma once

#include "prs-store.h"

G_BEGIN_DECLS

typedef struct _PrsParticipation PrsParticipation;

/* @plan_id: whose activities are the columns. @staff_types: a bitmask of
 * (1 << PrsStaffType) for the rows, 0 for every type. */
PrsParticipation *prs_participation_load              (PrsStore         *store,
                                                       gint64            plan_id,
                                                       guint             staff_types,
                                                       GError          **error);
PrsParticipation *prs_participation_ref               (PrsParticipation *self);
void              prs_participation_unref             (PrsParticipation *self);

guint             prs_participation_get_n_people      (PrsParticipation *self);
guint             prs_participation_get_n_activities  (PrsParticipation *self);
gint64            prs_participation_get_person_id     (PrsParticipation *self,
                                                       guint             row);
gint64            prs_participation_get_person_unit   (PrsParticipation *self,
                                                       guint             row);
gint64            prs_participation_get_activity_id   (PrsParticipation *self,
                                                       guint             column);
gboolean          prs_participation_get               (PrsParticipation *self,
                                                       guint             row,
                                                       guint             column);
/* Activities joined by the person in @row. */
guint             prs_participation_count_row         (PrsParticipation *self,
                                                       guint             row);
/* People in the matrix who joined the activity in @column. */
guint             prs_participation_count_column      (PrsParticipation *self,
                                                       guint             column);
guint             prs_participation_get_total         (PrsParticipation *self);

/* Through the edit API (one undo step), then updates the matrix. */
gboolean          prs_participation_set               (PrsParticipation *self,
                                                       PrsStore         *store,
                                                       guint             row,
                                                       guint             column,
                                                       gboolean          value,
                                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrsParticipation, prs_participation_unref)

G_END_DECLS
