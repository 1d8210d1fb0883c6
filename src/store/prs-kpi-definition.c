/* prs-kpi-definition.c: a row of `kpis`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-kpi-definition.h"
#include "prs-record-private.h"

struct _PrsKpi
{
  PrsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsKpi, prs_kpi, PRS_TYPE_RECORD)

enum { F_NAME, F_FISCAL_YEAR, F_T1, F_T2, F_T3, F_T4, F_T5, F_DIRECTION, F_INTERPOLATION };

static const PrsField fields[] = {
  { "name", "name", PRS_FIELD_TEXT, NULL },
  { "fiscal-year", "fiscal_year", PRS_FIELD_INT, NULL },
  { "t1", "t1", PRS_FIELD_INT, NULL },
  { "t2", "t2", PRS_FIELD_INT, NULL },
  { "t3", "t3", PRS_FIELD_INT, NULL },
  { "t4", "t4", PRS_FIELD_INT, NULL },
  { "t5", "t5", PRS_FIELD_INT, NULL },
  { "direction", "direction", PRS_FIELD_TEXT, NULL },
  { "interpolation", "interpolation", PRS_FIELD_TEXT, NULL },
};

static void
prs_kpi_class_init (PrsKpiClass *klass)
{
  prs_record_class_install_fields (PRS_RECORD_CLASS (klass), "kpis", "fiscal_year DESC, id",
                                   fields, G_N_ELEMENTS (fields));
}

static void
prs_kpi_init (PrsKpi *self)
{
}

const char *
prs_kpi_get_name (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_NAME);
}

gint64
prs_kpi_get_fiscal_year (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_FISCAL_YEAR);
}

gint64
prs_kpi_get_t1 (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_T1);
}

gint64
prs_kpi_get_t2 (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_T2);
}

gint64
prs_kpi_get_t3 (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_T3);
}

gint64
prs_kpi_get_t4 (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_T4);
}

gint64
prs_kpi_get_t5 (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_int_at (PRS_RECORD (self), F_T5);
}

const char *
prs_kpi_get_direction (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_DIRECTION);
}

const char *
prs_kpi_get_interpolation (PrsKpi *self)
{
  g_return_val_if_fail (PRS_IS_KPI (self), 0);
  return prs_record_get_text_at (PRS_RECORD (self), F_INTERPOLATION);
}
