/* prs-core.h: the core library's public headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Thai numbers, dates, fiscal year, money, allowance, names */
#include "prs-core-error.h"
#include "prs-digits.h"
#include "prs-number.h"
#include "prs-date.h"
#include "prs-money.h"
#include "prs-allowance.h"
#include "prs-names.h"

/* Exact scores, ITA frameworks and roll-up, KPI rubric, CSV and XLSX readers */
#include "prs-score.h"
#include "prs-kpi.h"
#include "prs-ita.h"
#include "prs-csv.h"
#include "prs-xlsx-reader.h"
#include "prs-plan-table.h"
