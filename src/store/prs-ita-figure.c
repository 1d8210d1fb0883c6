/* prs-ita-figure.c: a row of `ita_figures`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-ita-figure.h"
#include "prs-record-private.h"

struct _PrsItaFigure
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsItaFigure, prs_ita_figure, PRS_TYPE_RECORD)

enum { F_RESULT_ID, F_CODE, F_PART, F_SCORE };

static const PrsField fields[] = {
  { "result-id", "result_id", PRS_FIELD_INT, NULL },
  { "code", "code", PRS_FIELD_TEXT, NULL },
  { "part", "part", PRS_FIELD_TEXT, NULL },
  { "score", "score", PRS_FIELD_INT, NULL },
};

static void
prs_ita_figure_class_init (PrsItaFigureClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "ita_figures", "id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_ita_figure_init (PrsItaFigure *self)
{
}

gint64
prs_ita_figure_get_result_id (PrsItaFigure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_FIGURE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_RESULT_ID);
}

const char *
prs_ita_figure_get_code (PrsItaFigure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_FIGURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_CODE);
}

const char *
prs_ita_figure_get_part (PrsItaFigure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_FIGURE (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_PART);
}

gint64
prs_ita_figure_get_score (PrsItaFigure *self)
{
  g_return_val_if_fail (PRS_IS_ITA_FIGURE (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_SCORE);
}
