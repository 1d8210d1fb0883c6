/* prs-ita-figure.h: a row of `ita_figures`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-record.h"

G_BEGIN_DECLS

#define PRS_TYPE_ITA_FIGURE (prs_ita_figure_get_type ())
G_DECLARE_FINAL_TYPE (PrsItaFigure, prs_ita_figure, PRS, ITA_FIGURE, PrsRecord)

gint64 prs_ita_figure_get_result_id (PrsItaFigure *self);
const char *prs_ita_figure_get_code (PrsItaFigure *self);
const char *prs_ita_figure_get_part (PrsItaFigure *self);
gint64 prs_ita_figure_get_score (PrsItaFigure *self);

G_END_DECLS
