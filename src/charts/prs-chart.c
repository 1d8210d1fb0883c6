/* prs-chart.c: the chart model, number formatting and text versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-chart-private.h"

G_DEFINE_QUARK (prs-chart-error-quark, prs_chart_error)
G_DEFINE_BOXED_TYPE (PrsChart, prs_chart, prs_chart_ref, prs_chart_unref)

static void
series_free (gpointer data)
{
  PrsChartSeries *s = data;

  g_free (s->name);
  g_array_unref (s->values);
  g_free (s);
}

static void
ref_line_clear (gpointer data)
{
  g_free (((PrsChartRefLine *) data)->label);
}

static void
band_clear (gpointer data)
{
  g_free (((PrsChartBand *) data)->label);
}

static void
changed (PrsChart *chart)
{
  chart->generation++;
}

PrsChart *
prs_chart_new (PrsChartType type)
{
  PrsChart *chart = g_new0 (PrsChart, 1);

  g_atomic_ref_count_init (&chart->ref_count);
  chart->type = type;
  chart->categories = g_ptr_array_new_with_free_func (g_free);
  chart->series = g_ptr_array_new_with_free_func (series_free);
  chart->ref_lines = g_array_new (FALSE, TRUE, sizeof (PrsChartRefLine));
  g_array_set_clear_func (chart->ref_lines, ref_line_clear);
  chart->bands = g_array_new (FALSE, TRUE, sizeof (PrsChartBand));
  g_array_set_clear_func (chart->bands, band_clear);
  chart->highlight = -1;
  chart->decimals = 2;
  chart->show_values = TRUE;
  chart->show_legend = -1;
  chart->score = PRS_CHART_MISSING;
  chart->previous = PRS_CHART_MISSING;
  chart->generation = 1;
  return chart;
}

PrsChart *
prs_chart_ref (PrsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_atomic_ref_count_inc (&chart->ref_count);
  return chart;
}

void
prs_chart_unref (PrsChart *chart)
{
  g_return_if_fail (chart != NULL);
  if (!g_atomic_ref_count_dec (&chart->ref_count))
    return;
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->source);
  g_free (chart->category_title);
  g_free (chart->value_title);
  g_free (chart->badge);
  g_ptr_array_unref (chart->categories);
  g_ptr_array_unref (chart->series);
  g_array_unref (chart->ref_lines);
  g_array_unref (chart->bands);
  g_clear_pointer (&chart->layout, prs_chart_layout_free);
  g_clear_pointer (&chart->texts, prs_chart_text_cache_free);
  g_free (chart);
}

guint
prs_chart_get_generation (PrsChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->generation;
}

PrsChartType
prs_chart_get_chart_type (PrsChart *chart)
{
  return chart->type;
}

gboolean
prs_chart_type_from_string (const char *name, PrsChartType *type, gboolean *horizontal)
{
  static const struct { const char *name; PrsChartType type; gboolean horizontal; } types[] = {
    { "bar", PRS_CHART_BAR, FALSE },
    { "hbar", PRS_CHART_BAR, TRUE },
    { "grouped", PRS_CHART_GROUPED_BAR, FALSE },
    { "hgrouped", PRS_CHART_GROUPED_BAR, TRUE },
    { "stacked", PRS_CHART_STACKED_BAR, FALSE },
    { "hstacked", PRS_CHART_STACKED_BAR, TRUE },
    { "line", PRS_CHART_LINE, FALSE },
    { "radar", PRS_CHART_RADAR, FALSE },
    { "scorecard", PRS_CHART_SCORE_CARD, FALSE },
  };

  for (guint i = 0; name && i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (name, types[i].name) == 0)
      {
        *type = types[i].type;
        if (horizontal)
          *horizontal = types[i].horizontal;
        return TRUE;
      }
  return FALSE;
}

static void
set_string (PrsChart *chart, char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = (value && *value) ? g_strdup (value) : NULL;
  changed (chart);
}

void
prs_chart_set_horizontal (PrsChart *chart, gboolean horizontal)
{
  chart->horizontal = !!horizontal;
  changed (chart);
}

void
prs_chart_set_title (PrsChart *chart, const char *title)
{
  set_string (chart, &chart->title, title);
}

const char *
prs_chart_get_title (PrsChart *chart)
{
  return chart->title;
}

void
prs_chart_set_subtitle (PrsChart *chart, const char *subtitle)
{
  set_string (chart, &chart->subtitle, subtitle);
}

void
prs_chart_set_source (PrsChart *chart, const char *source)
{
  set_string (chart, &chart->source, source);
}

void
prs_chart_set_category_axis_title (PrsChart *chart, const char *title)
{
  set_string (chart, &chart->category_title, title);
}

void
prs_chart_set_value_axis_title (PrsChart *chart, const char *title)
{
  set_string (chart, &chart->value_title, title);
}

guint
prs_chart_add_category (PrsChart *chart, const char *label)
{
  g_ptr_array_add (chart->categories, g_strdup (label ? label : ""));
  changed (chart);
  return chart->categories->len - 1;
}

guint
prs_chart_get_n_categories (PrsChart *chart)
{
  return chart->categories->len;
}

const char *
prs_chart_get_category (PrsChart *chart, guint index)
{
  g_return_val_if_fail (index < chart->categories->len, NULL);
  return g_ptr_array_index (chart->categories, index);
}

guint
prs_chart_add_series (PrsChart *chart, const char *name, const double *values, guint n_values,
                      int color_index)
{
  PrsChartSeries *s = g_new0 (PrsChartSeries, 1);

  s->name = g_strdup (name ? name : "");
  s->values = g_array_new (FALSE, FALSE, sizeof (double));
  if (n_values)
    g_array_append_vals (s->values, values, n_values);
  s->color = color_index >= 0 ? color_index : chart->next_color;
  chart->next_color = MAX (chart->next_color, s->color) + 1;
  g_ptr_array_add (chart->series, s);
  changed (chart);
  return chart->series->len - 1;
}

void
prs_chart_set_value (PrsChart *chart, guint series, guint category, double value)
{
  PrsChartSeries *s;
  double missing = PRS_CHART_MISSING;

  g_return_if_fail (series < chart->series->len);
  s = g_ptr_array_index (chart->series, series);
  while (s->values->len <= category)
    g_array_append_val (s->values, missing);
  g_array_index (s->values, double, category) = value;
  changed (chart);
}

double
prs_chart_get_value (PrsChart *chart, guint series, guint category)
{
  PrsChartSeries *s;

  if (series >= chart->series->len)
    return PRS_CHART_MISSING;
  s = g_ptr_array_index (chart->series, series);
  if (category >= s->values->len)
    return PRS_CHART_MISSING;
  return g_array_index (s->values, double, category);
}

guint
prs_chart_get_n_series (PrsChart *chart)
{
  return chart->series->len;
}

const char *
prs_chart_get_series_name (PrsChart *chart, guint series)
{
  g_return_val_if_fail (series < chart->series->len, NULL);
  return ((PrsChartSeries *) g_ptr_array_index (chart->series, series))->name;
}

void
prs_chart_add_reference_line (PrsChart *chart, double value, const char *label)
{
  PrsChartRefLine line = { value, g_strdup (label) };

  g_array_append_val (chart->ref_lines, line);
  changed (chart);
}

void
prs_chart_add_band (PrsChart *chart, double from, double to, const char *label, PrsChartTone tone)
{
  PrsChartBand band = { MIN (from, to), MAX (from, to), g_strdup (label), tone };

  g_array_append_val (chart->bands, band);
  changed (chart);
}

int
prs_chart_find_band (PrsChart *chart, double value)
{
  if (isnan (value))
    return -1;
  /* Later bands win on a shared edge: 85 belongs to "85–95", not "70–85". */
  for (int i = (int) chart->bands->len - 1; i >= 0; i--)
    {
      PrsChartBand *b = &g_array_index (chart->bands, PrsChartBand, i);
      if (value >= b->from && value <= b->to)
        return i;
    }
  return -1;
}

void
prs_chart_set_highlight (PrsChart *chart, int category)
{
  chart->highlight = category;
  changed (chart);
}

int
prs_chart_get_highlight (PrsChart *chart)
{
  return chart->highlight;
}

void
prs_chart_set_sort (PrsChart *chart, PrsChartSort sort, guint series)
{
  chart->sort = sort;
  chart->sort_series = series;
  changed (chart);
}

void
prs_chart_set_decimals (PrsChart *chart, int decimals)
{
  chart->decimals = CLAMP (decimals, 0, 6);
  changed (chart);
}

void
prs_chart_set_thai_digits (PrsChart *chart, gboolean thai)
{
  chart->thai_digits = !!thai;
  changed (chart);
}

void
prs_chart_set_show_values (PrsChart *chart, gboolean show)
{
  chart->show_values = !!show;
  changed (chart);
}

void
prs_chart_set_show_legend (PrsChart *chart, gboolean show)
{
  chart->show_legend = !!show;
  changed (chart);
}

void
prs_chart_set_fixed_scale (PrsChart *chart, double min, double max)
{
  g_return_if_fail (max > min);
  chart->fixed_scale = TRUE;
  chart->scale_min = min;
  chart->scale_max = max;
  changed (chart);
}

void
prs_chart_set_auto_scale (PrsChart *chart)
{
  chart->fixed_scale = FALSE;
  changed (chart);
}

void
prs_chart_set_score (PrsChart *chart, double value, double previous, const char *badge)
{
  chart->score = value;
  chart->previous = previous;
  g_free (chart->badge);
  chart->badge = g_strdup (badge);
  changed (chart);
}

/* printf rounds the binary double, so 74.025 (stored as 74.0249999…) would
 * print 74.02; nudging by far less than the last shown digit makes it round
 * half up in decimal as the documents do. */
static char *
format_number (double value, int decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[16];
  double nudge = fabs (value) * 1e-12 + 1e-12;
  GString *out;
  const char *digits, *dot;
  gboolean negative;
  int int_len;

  g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, fmt, value + (value < 0 ? -nudge : nudge));
  negative = buf[0] == '-';
  digits = negative ? buf + 1 : buf;
  if (negative && strspn (digits, "0.") == strlen (digits))
    negative = FALSE; /* no "-0.00" */
  dot = strchr (digits, '.');
  int_len = dot ? (int) (dot - digits) : (int) strlen (digits);

  out = g_string_new (negative ? "-" : "");
  for (int i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (dot)
    g_string_append (out, dot);
  return g_string_free (out, FALSE);
}

char *
prs_chart_format_value (PrsChart *chart, double value)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    return g_strdup ("–");
  text = format_number (value, chart->decimals);
  return prs_digits_apply (text, chart->thai_digits);
}

char *
prs_chart_describe (PrsChart *chart)
{
  GString *out = g_string_new (NULL);

  if (chart->title)
    g_string_append_printf (out, "%s. ", chart->title);
  if (chart->subtitle)
    g_string_append_printf (out, "%s. ", chart->subtitle);

  if (chart->type == PRS_CHART_SCORE_CARD)
    {
      g_autofree char *v = prs_chart_format_value (chart, chart->score);
      int band = prs_chart_find_band (chart, chart->score);
      const char *badge = chart->badge ? chart->badge
                          : band >= 0 ? g_array_index (chart->bands, PrsChartBand, band).label
                                      : NULL;

      g_string_append_printf (out, _("Score %s."), v);
      if (badge)
        g_string_append_printf (out, " %s.", badge);
      if (!isnan (chart->previous) && !isnan (chart->score))
        {
          g_autofree char *d = prs_chart_format_value (chart, chart->score - chart->previous);
          g_string_append_printf (out, " ");
          g_string_append_printf (out, _("Change from last year: %s."), d);
        }
      return g_string_free (out, FALSE);
    }

  for (guint c = 0; c < chart->categories->len; c++)
    {
      g_string_append_printf (out, "%s: ", (char *) g_ptr_array_index (chart->categories, c));
      for (guint s = 0; s < chart->series->len; s++)
        {
          g_autofree char *v = prs_chart_format_value (chart, prs_chart_get_value (chart, s, c));
          if (s > 0)
            g_string_append (out, ", ");
          if (chart->series->len > 1 || *prs_chart_get_series_name (chart, s))
            g_string_append_printf (out, "%s %s", prs_chart_get_series_name (chart, s), v);
          else
            g_string_append (out, v);
        }
      g_string_append (out, c + 1 < chart->categories->len ? "; " : ".");
    }
  for (guint i = 0; i < chart->ref_lines->len; i++)
    {
      PrsChartRefLine *line = &g_array_index (chart->ref_lines, PrsChartRefLine, i);
      g_autofree char *v = prs_chart_format_value (chart, line->value);
      g_string_append_printf (out, " %s (%s).", line->label ? line->label : _("Reference line"), v);
    }
  return g_string_free (out, FALSE);
}

static void
append_tsv_cell (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

char *
prs_chart_to_tsv (PrsChart *chart)
{
  GString *out = g_string_new (NULL);

  if (chart->type == PRS_CHART_SCORE_CARD)
    {
      g_autofree char *v = prs_chart_format_value (chart, chart->score);
      g_autofree char *p = prs_chart_format_value (chart, chart->previous);
      g_string_append_printf (out, "%s\t%s\n%s\t%s\n", _("Score"), v, _("Last year"), p);
      return g_string_free (out, FALSE);
    }

  append_tsv_cell (out, chart->category_title ? chart->category_title : "");
  for (guint s = 0; s < chart->series->len; s++)
    {
      const char *name = prs_chart_get_series_name (chart, s);
      g_string_append_c (out, '\t');
      append_tsv_cell (out, *name ? name : (chart->value_title ? chart->value_title : _("Value")));
    }
  g_string_append_c (out, '\n');
  for (guint c = 0; c < chart->categories->len; c++)
    {
      append_tsv_cell (out, g_ptr_array_index (chart->categories, c));
      for (guint s = 0; s < chart->series->len; s++)
        {
          double v = prs_chart_get_value (chart, s, c);
          g_string_append_c (out, '\t');
          if (!isnan (v))
            {
              /* Arabic digits, no grouping: spreadsheets read this */
              g_autofree char *text = format_number (v, chart->decimals);
              char *q = text, *p = text;
              for (; *p; p++)
                if (*p != ',')
                  *q++ = *p;
              *q = '\0';
              g_string_append (out, text);
            }
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

void
prs_chart_nice_ticks (double min, double max, int max_ticks, double *lo, double *hi, double *step)
{
  double range, d;

  if (max_ticks < 2)
    max_ticks = 2;
  if (!(max > min))
    {
      /* One value or none: open a range around it */
      double v = isnan (min) ? 0 : min;
      min = v > 0 ? 0 : v - 1;
      max = v > 0 ? v : v + 1;
      if (max <= min)
        max = min + 1;
    }

  /* Heckbert, "Nice numbers for graph labels", Graphics Gems (1990):
   * nicenum(x, round) picks 1, 2, 5 or 10 × 10^floor(log10 x); first the
   * range without rounding (ceiling), then the step with rounding. */
  {
    double x = max - min;
    double e = floor (log10 (x));
    double f = x / pow (10, e), nf;

    nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    range = nf * pow (10, e);
  }
  {
    double x = range / (max_ticks - 1);
    double e = floor (log10 (x));
    double f = x / pow (10, e), nf;

    nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    d = nf * pow (10, e);
  }
  *lo = floor (min / d) * d;
  *hi = ceil (max / d) * d;
  *step = d;
}
