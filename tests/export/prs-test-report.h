/* prs-test-report.h: synthetic reports for the export tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-report.h"

/* A report with every kind of block and a table of n_rows unit rows grouped by
 * bureau, with made-up names. */
PrsReport *prs_test_report_new (guint n_rows);

/* Expected values for checks: the money total in satang and the unit count. */
gint64 prs_test_report_money_total (guint n_rows);

#include "prs-store.h"

/* Fills an empty workspace with one department, 6 bureaus of 8 sections each and
 * made-up people of every staff type. Returns the number of active staff. */
gint64 prs_test_fill_store (PrsStore *store, GError **error);
