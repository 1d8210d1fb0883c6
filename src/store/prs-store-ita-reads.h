/* prs-store-ita-reads.h: typed reads the ITA section needs beyond prs-ita-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-store-shell.h"

G_BEGIN_DECLS

/* The units the ITA chooser offers: the own agency first, then every unit with an
 * ITA result, by name. Element type PrsUnitBrief. */
GPtrArray *prs_ita_store_list_result_units (PrsStore  *store,
                                            GError   **error);

/* The title of an issue of the ITA analysis; NULL if there is none with @issue_id. */
char      *prs_ita_store_get_issue_title   (PrsStore  *store,
                                            gint64     issue_id);

G_END_DECLS
