/* prs-summary-report.h: the workspace summary report (staff by unit and type)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"
#include "prs-store.h"

G_BEGIN_DECLS

/* Builds the report from the store (on the store's thread); export it anywhere. */
PrsReport *prs_summary_report_new (PrsStore *store,
                                   gboolean  thai_digits,
                                   GError  **error);

G_END_DECLS
