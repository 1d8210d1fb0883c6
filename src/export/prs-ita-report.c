/* prs-ita-report.c: the ITA charts and the ITA report of a unit's year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-ita-report.h"
#include "prs-store-ita-reads.h"

static const struct
{
  const char *id;
  const char *title;
} chart_kinds[PRS_ITA_CHART_N_KINDS] = {
  { "indicators", N_("Scores by indicator") },
  { "instruments", N_("Scores by instrument") },
  { "years", N_("Scores over the years") },
  { "compare", N_("Units compared") },
  { "radar", N_("Indicators, this year and last year") },
  { "eit-parts", N_("EIT Public and EIT Survey by indicator") },
  { "weak-items", N_("Weakest items") },
};

gboolean
prs_ita_chart_kind_from_string (const char *name, PrsItaChartKind *kind)
{
  for (guint i = 0; name && i < PRS_ITA_CHART_N_KINDS; i++)
    if (g_ascii_strcasecmp (name, chart_kinds[i].id) == 0)
      {
        *kind = i;
        return TRUE;
      }
  if (name && (g_ascii_strcasecmp (name, "eit_parts") == 0 || g_ascii_strcasecmp (name, "weak") == 0))
    {
      *kind = name[0] == 'e' || name[0] == 'E' ? PRS_ITA_CHART_EIT_PARTS : PRS_ITA_CHART_WEAK_ITEMS;
      return TRUE;
    }
  return FALSE;
}

const char *
prs_ita_chart_kind_to_string (PrsItaChartKind kind)
{
  return kind < PRS_ITA_CHART_N_KINDS ? chart_kinds[kind].id : NULL;
}

const char *
prs_ita_chart_kind_get_title (PrsItaChartKind kind)
{
  return kind < PRS_ITA_CHART_N_KINDS ? _(chart_kinds[kind].title) : NULL;
}

PrsChartTone
prs_ita_level_tone (const PrsItaLevelInfo *level)
{
  if (level == NULL)
    return PRS_CHART_TONE_NEUTRAL;
  if (g_str_equal (level->id, "excellent") || g_str_equal (level->id, "AA"))
    return PRS_CHART_TONE_EXCELLENT;
  if (level->pass)
    return PRS_CHART_TONE_GOOD;
  if (g_str_equal (level->id, "urgent") || g_str_equal (level->id, "F"))
    return PRS_CHART_TONE_BAD;
  return PRS_CHART_TONE_WARNING;
}

static double
to_double (PrsScore s)
{
  return (double) s / 100.0;
}

static const struct
{
  const char *id;
  const char *name;
} level_names[] = {
  /* Translators: an ITA level; translate as its official name, ผ่านดีเยี่ยม */
  { "excellent", NC_("ITA level", "Excellent") },
  /* Translators: an ITA level; translate as its official name, ผ่านดี */
  { "good", NC_("ITA level", "Good") },
  /* Translators: an ITA level; translate as its official name, ผ่าน */
  { "pass", NC_("ITA level", "Pass") },
  /* Translators: an ITA level; translate as its official name, ต้องปรับปรุง */
  { "improve", NC_("ITA level", "Needs improvement") },
  /* Translators: an ITA level; translate as its official name, ต้องปรับปรุงโดยด่วน */
  { "urgent", NC_("ITA level", "Needs urgent improvement") },
};

char *
prs_ita_level_display_name (const PrsItaLevelInfo *level)
{
  if (level == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    if (g_str_equal (level->id, level_names[i].id))
      {
        const char *shown = g_dpgettext2 (GETTEXT_PACKAGE, "ITA level", level_names[i].name);

        /* untranslated (an English interface): the official Thai name in parentheses */
        if (shown == level_names[i].name)
          return g_strdup_printf ("%s (%s)", shown, level->name);
        return g_strdup (shown);
      }
  return g_strdup (level->name); /* AA … F */
}

char *
prs_ita_digits (const char *text, gboolean thai_digits)
{
  if (text == NULL)
    return NULL;
  return thai_digits ? prs_digits_to_thai_keep_codes (text) : g_strdup (text);
}

static void
add_levels (PrsChart *chart, PrsItaFramework *fw, gboolean thai)
{
  guint n = prs_ita_framework_get_n_levels (fw);
  double upper = INFINITY;
  g_autofree char *pass_label = NULL;
  char buf[PRS_SCORE_BUF_SIZE];
  PrsScore pass = prs_ita_framework_get_pass_mark (fw);

  /* Levels that only differ by the instruments' minimum (ผ่านดีเยี่ยม / ผ่านดี / ผ่าน
   * all start at a total) share a band: draw each distinct total range once. */
  for (guint i = 0; i < n; i++)
    {
      const PrsItaLevelInfo *level = prs_ita_framework_get_level (fw, i);
      double lower = level->has_min_total ? to_double (level->min_total) : -INFINITY;

      if (lower >= upper)
        continue;
      if (level->has_min_each_instrument && i + 1 < n)
        {
          const PrsItaLevelInfo *next = prs_ita_framework_get_level (fw, i + 1);
          /* the next level starts at the same total: let it (without the instrument
           * condition) own the band unless this is the top one */
          if (next->has_min_total && next->min_total == level->min_total)
            continue;
        }
      {
        g_autofree char *shown = prs_ita_level_display_name (level);

        prs_chart_add_band (chart, lower, upper, shown, prs_ita_level_tone (level));
      }
      upper = lower;
    }
  pass_label = g_strdup_printf (_("Pass mark %s"), prs_score_to_ascii (pass, buf));
  /* "85.00" reads oddly on a line label; drop a zero fraction */
  if (g_str_has_suffix (pass_label, ".00"))
    pass_label[strlen (pass_label) - 3] = '\0';
  {
    g_autofree char *shown = prs_ita_digits (pass_label, thai);

    prs_chart_add_reference_line (chart, to_double (pass), shown);
  }
}

void
prs_ita_chart_add_levels (PrsChart *chart, PrsItaFramework *fw)
{
  add_levels (chart, fw, FALSE);
}

/* "?" for a unit that is not there; NULL with @error set when it could not be read. */
static char *
unit_label (PrsStore *store, gint64 unit_id, gboolean prefer_abbreviation, GError **error)
{
  g_autofree char *name = NULL, *abbr = NULL;
  g_autoptr (GError) local = NULL;

  if (!prs_ita_store_get_unit_names (store, unit_id, &name, &abbr, &local))
    {
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      return g_strdup ("?");
    }
  if (prefer_abbreviation && abbr && *abbr)
    return g_steal_pointer (&abbr);
  return g_steal_pointer (&name);
}

/* Chart texts in the report's digits; item codes keep theirs. */
#define D(text) prs_ita_digits ((text), thai)

static gboolean
set_titles (PrsChart *chart, PrsStore *store, gint64 unit_id, int year, const char *title,
            gboolean thai, GError **error)
{
  g_autofree char *name = unit_label (store, unit_id, FALSE, error);
  g_autofree char *sub = NULL;
  g_autofree char *t = NULL;
  g_autofree char *st = NULL;

  if (name == NULL)
    return FALSE;
  sub = g_strdup_printf (_("%s, fiscal year %d"), name, year);
  t = D (title);
  st = D (sub);
  prs_chart_set_title (chart, t);
  prs_chart_set_subtitle (chart, st);
  prs_chart_set_thai_digits (chart, thai);
  prs_chart_set_decimals (chart, 2);
  {
    g_autofree char *axis = D (_("Score (out of 100)"));

    prs_chart_set_value_axis_title (chart, axis);
  }
  return TRUE;
}

static char *
indicator_label (const PrsItaIndicatorInfo *ind, gboolean thai)
{
  g_autofree char *label = g_strdup_printf ("%s. %s", ind->id, ind->name);

  return D (label);
}

static char *
pass_label (PrsItaFramework *fw, gboolean thai)
{
  char buf[PRS_SCORE_BUF_SIZE];
  g_autofree char *label = g_strdup_printf (_("Pass mark %s"),
                                            prs_score_to_ascii (prs_ita_framework_get_pass_mark (fw), buf));

  if (g_str_has_suffix (label, ".00"))
    label[strlen (label) - 3] = '\0';
  return D (label);
}

static double
score_or_missing (gboolean known, PrsScore s)
{
  return known ? to_double (s) : PRS_CHART_MISSING;
}

static gboolean
not_found (GError **error, const char *message)
{
  g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

PrsChart *
prs_ita_chart_build (PrsStore *store, gint64 unit_id, int year, PrsItaChartKind kind, GError **error)
{
  return prs_ita_chart_build_full (store, unit_id, year, kind, FALSE, error);
}

PrsChart *
prs_ita_chart_build_full (PrsStore *store, gint64 unit_id, int year, PrsItaChartKind kind,
                          gboolean thai, GError **error)
{
  g_autoptr (PrsChart) chart = NULL;
  g_autoptr (PrsItaRollup) r = NULL;
  PrsItaFramework *fw;
  gboolean any = FALSE;
  const char *radar_title = NULL;
  PrsScore s;

  if (kind == PRS_ITA_CHART_COMPARE)
    {
      g_autoptr (PrsItaComparison) c = prs_ita_store_compare (store, year, error);
      g_autofree double *values = NULL;
      guint n = 0;

      if (c == NULL)
        return NULL;
      chart = prs_chart_new (PRS_CHART_BAR);
      prs_chart_set_horizontal (chart, TRUE);
      values = g_new0 (double, c->units->len + 1);
      for (guint i = 0; i < c->units->len; i++)
        {
          PrsItaUnitScore *u = c->units->pdata[i];

          if (!u->has_total)
            continue;
          {
            g_autofree char *label = D (u->abbreviation && *u->abbreviation ? u->abbreviation : u->name);

            prs_chart_add_category (chart, label);
          }
          if (unit_id != 0 && u->unit_id == unit_id)
            prs_chart_set_highlight (chart, (int) n);
          values[n++] = to_double (u->total);
        }
      if (n == 0)
        {
          not_found (error, _("No unit has a total score for this year."));
          return NULL;
        }
      prs_chart_add_series (chart, _("Total score"), values, n, -1);
      prs_chart_set_sort (chart, PRS_CHART_SORT_DESCENDING, 0);
      prs_chart_set_show_values (chart, TRUE);
      prs_chart_set_fixed_scale (chart, 0, 100);
      {
        g_autofree char *pass = pass_label (c->framework, thai);

        prs_chart_add_reference_line (chart, to_double (prs_ita_framework_get_pass_mark (c->framework)),
                                      pass);
      }
      if (!set_titles (chart, store, unit_id, year, prs_ita_chart_kind_get_title (kind), thai, error))
        return NULL;
      {
        g_autofree char *sub = NULL;
        g_autofree char *shown = NULL;
        char buf[PRS_SCORE_BUF_SIZE];

        sub = g_strdup_printf (_("Fiscal year %d: %u of %u units passed (%s%%)"), year, c->passed,
                               c->count, prs_score_to_ascii (c->pass_share, buf));
        shown = D (sub);
        prs_chart_set_subtitle (chart, shown);
      }
      return g_steal_pointer (&chart);
    }

  if (kind == PRS_ITA_CHART_YEARS)
    {
      g_autoptr (GArray) all_years = prs_ita_store_list_years (store, unit_id, error);
      g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr (GPtrArray) rollups = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_ita_rollup_free);
      g_autofree double *values = NULL;
      PrsItaFramework *last_fw = NULL;
      guint n_ind, first = 0;

      if (all_years == NULL)
        return NULL;
      /* the years up to the one asked for (all of them without one), the last
       * four: four bars a row still read at a glance */
      for (guint i = 0; i < all_years->len; i++)
        if (year <= 0 || g_array_index (all_years, int, i) <= year)
          g_array_append_val (years, g_array_index (all_years, int, i));
      if (years->len == 0)
        {
          not_found (error, _("This unit has no ITA results."));
          return NULL;
        }
      if (years->len > 4)
        first = years->len - 4;
      for (guint i = first; i < years->len; i++)
        {
          PrsItaRollup *yr = prs_ita_store_compute (store, unit_id, g_array_index (years, int, i), error);

          if (yr == NULL)
            return NULL;
          g_ptr_array_add (rollups, yr);
          last_fw = prs_ita_rollup_get_framework (yr);
        }
      /* The total and the ten indicators, a bar for each year: how each has
       * moved, as agencies chart it in their reports. */
      chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
      prs_chart_set_horizontal (chart, TRUE);
      n_ind = prs_ita_framework_get_n_indicators (last_fw);
      prs_chart_add_category (chart, _("Total score"));
      for (guint k = 0; k < n_ind; k++)
        {
          g_autofree char *label = indicator_label (prs_ita_framework_get_indicator (last_fw, k), thai);

          prs_chart_add_category (chart, label);
        }
      values = g_new0 (double, n_ind + 1);
      for (guint i = 0; i < rollups->len; i++)
        {
          PrsItaRollup *yr = rollups->pdata[i];
          PrsItaFramework *yfw = prs_ita_rollup_get_framework (yr);
          g_autofree char *plain = g_strdup_printf ("%d", g_array_index (years, int, first + i));
          g_autofree char *label = D (plain);

          gboolean known = prs_ita_rollup_get_total (yr, &s);

          values[0] = score_or_missing (known, s);
          for (guint k = 0; k < n_ind; k++)
            {
              /* the same indicator of that year's framework, by its number */
              const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (last_fw, k);
              const PrsItaIndicatorInfo *same = prs_ita_framework_lookup_indicator (yfw, ind->id);

              known = same != NULL && prs_ita_rollup_get_indicator (yr, same->id, &s);
              values[k + 1] = score_or_missing (known, s);
            }
          prs_chart_add_series (chart, label, values, n_ind + 1, -1);
        }
      prs_chart_set_show_legend (chart, TRUE);
      prs_chart_set_show_values (chart, TRUE);
      prs_chart_set_fixed_scale (chart, 0, 100);
      {
        g_autofree char *pass = pass_label (last_fw, thai);

        prs_chart_add_reference_line (chart, to_double (prs_ita_framework_get_pass_mark (last_fw)), pass);
      }
      if (!set_titles (chart, store, unit_id, year, prs_ita_chart_kind_get_title (kind), thai, error))
        return NULL;
      return g_steal_pointer (&chart);
    }

  {
    g_autoptr (GError) local = NULL;

    if (prs_ita_store_find_result (store, unit_id, year, &local) == 0)
      {
        if (local != NULL)
          g_propagate_error (error, g_steal_pointer (&local));
        else
          not_found (error, _("This unit has no ITA results for the year."));
        return NULL;
      }
  }
  r = prs_ita_store_compute (store, unit_id, year, error);
  if (r == NULL)
    return NULL;
  fw = prs_ita_rollup_get_framework (r);

  switch (kind)
    {
    case PRS_ITA_CHART_INDICATORS:
      {
        guint n = prs_ita_framework_get_n_indicators (fw);
        g_autofree double *values = g_new0 (double, n);

        chart = prs_chart_new (PRS_CHART_BAR);
        for (guint i = 0; i < n; i++)
          {
            const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (fw, i);
            g_autofree char *label = indicator_label (ind, thai);
            gboolean known = prs_ita_rollup_get_indicator (r, ind->id, &s);

            prs_chart_add_category (chart, label);
            values[i] = score_or_missing (known, s);
            any |= known;
          }
        prs_chart_add_series (chart, _("Score"), values, n, -1);
        prs_chart_set_horizontal (chart, TRUE);
        prs_chart_set_show_values (chart, TRUE);
        prs_chart_set_fixed_scale (chart, 0, 100);
        add_levels (chart, fw, thai);
        break;
      }
    case PRS_ITA_CHART_INSTRUMENTS:
      {
        guint n = prs_ita_framework_get_n_instruments (fw);
        g_autofree double *values = g_new0 (double, n + 1);

        chart = prs_chart_new (PRS_CHART_BAR);
        for (guint i = 0; i < n; i++)
          {
            const PrsItaInstrumentInfo *ins = prs_ita_framework_get_instrument (fw, i);
            gboolean known = prs_ita_rollup_get_instrument (r, ins->code, &s);

            prs_chart_add_category (chart, ins->code);
            values[i] = score_or_missing (known, s);
            any |= known;
          }
        prs_chart_add_category (chart, _("Total"));
        {
          gboolean known = prs_ita_rollup_get_total (r, &s);
          values[n] = score_or_missing (known, s);
          any |= known;
        }
        prs_chart_add_series (chart, _("Score"), values, n + 1, -1);
        prs_chart_set_show_values (chart, TRUE);
        prs_chart_set_fixed_scale (chart, 0, 100);
        add_levels (chart, fw, thai);
        break;
      }
    case PRS_ITA_CHART_RADAR:
      {
        guint n = prs_ita_framework_get_n_indicators (fw);
        g_autofree double *now = g_new0 (double, n);
        g_autofree double *before = g_new0 (double, n);
        g_autoptr (PrsItaRollup) prev = NULL;
        gboolean any_before = FALSE;
        g_autofree char *this_plain = g_strdup_printf ("%d", year);
        g_autofree char *last_plain = g_strdup_printf ("%d", year - 1);
        g_autofree char *this_year = D (this_plain);
        g_autofree char *last_year = D (last_plain);

        g_autoptr (GError) local = NULL;

        if (prs_ita_store_find_result (store, unit_id, year - 1, &local) != 0)
          prev = prs_ita_store_compute (store, unit_id, year - 1, &local);
        if (local != NULL)
          {
            /* not a radar without last year's line */
            g_propagate_error (error, g_steal_pointer (&local));
            return NULL;
          }
        chart = prs_chart_new (PRS_CHART_RADAR);
        for (guint i = 0; i < n; i++)
          {
            const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (fw, i);
            g_autofree char *label = indicator_label (ind, thai);
            gboolean known = prs_ita_rollup_get_indicator (r, ind->id, &s);

            prs_chart_add_category (chart, label);
            now[i] = score_or_missing (known, s);
            any |= known;
            known = prev && prs_ita_rollup_get_indicator (prev, ind->id, &s);
            before[i] = score_or_missing (known, s);
            any_before |= known;
          }
        if (any_before)
          prs_chart_add_series (chart, last_year, before, n, 1);
        prs_chart_add_series (chart, this_year, now, n, 0);
        prs_chart_set_show_legend (chart, TRUE);
        prs_chart_set_fixed_scale (chart, 0, 100);
        {
          g_autofree char *pass = pass_label (fw, thai);

          prs_chart_add_reference_line (chart, to_double (prs_ita_framework_get_pass_mark (fw)), pass);
        }
        /* "this year and last year" only when there is a last year */
        radar_title = any_before ? prs_ita_chart_kind_get_title (kind) : _("Scores by indicator");
        break;
      }
    case PRS_ITA_CHART_EIT_PARTS:
      {
        const PrsItaInstrumentInfo *eit = prs_ita_framework_lookup_instrument (fw, "EIT");
        guint n = eit ? eit->n_indicators : 0;
        g_autofree double *pub = g_new0 (double, n + 1);
        g_autofree double *sur = g_new0 (double, n + 1);

        chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
        for (guint i = 0; i < n; i++)
          {
            const PrsItaIndicatorInfo *ind = eit->indicators[i];
            g_autofree char *label = indicator_label (ind, thai);
            gboolean known;

            prs_chart_add_category (chart, label);
            known = prs_ita_rollup_get_score (r, ind->code, PRS_ITA_PART_PUBLIC, &s);
            pub[i] = score_or_missing (known, s);
            any |= known;
            known = prs_ita_rollup_get_score (r, ind->code, PRS_ITA_PART_SURVEY, &s);
            sur[i] = score_or_missing (known, s);
            any |= known;
          }
        prs_chart_add_series (chart, "EIT Public", pub, n, 0);
        prs_chart_add_series (chart, "EIT Survey", sur, n, 1);
        prs_chart_set_show_values (chart, TRUE);
        prs_chart_set_show_legend (chart, TRUE);
        prs_chart_set_fixed_scale (chart, 0, 100);
        {
          g_autofree char *pass = pass_label (fw, thai);

          prs_chart_add_reference_line (chart, to_double (prs_ita_framework_get_pass_mark (fw)), pass);
        }
        break;
      }
    case PRS_ITA_CHART_WEAK_ITEMS:
      {
        guint n = MIN (prs_ita_rollup_get_n_weak_items (r), 12);
        g_autofree double *values = g_new0 (double, n + 1);

        chart = prs_chart_new (PRS_CHART_BAR);
        for (guint i = 0; i < n; i++)
          {
            const PrsItaWeakItem *w = prs_ita_rollup_get_weak_item (r, i);
            g_autofree char *label = w->part ? g_strdup_printf ("%s (%s)", w->item->code,
                                                                w->part[0] == 'p' ? "EIT Public" : "EIT Survey")
                                             : g_strdup (w->item->code);

            prs_chart_add_category (chart, label);
            values[i] = to_double (w->score);
            any = TRUE;
          }
        prs_chart_add_series (chart, _("Score"), values, n, -1);
        prs_chart_set_horizontal (chart, TRUE);
        prs_chart_set_show_values (chart, TRUE);
        prs_chart_set_fixed_scale (chart, 0, 100);
        {
          g_autofree char *pass = pass_label (fw, thai);

          prs_chart_add_reference_line (chart, to_double (prs_ita_framework_get_pass_mark (fw)), pass);
        }
        if (!any)
          {
            not_found (error, _("No item is below the pass mark, or no item scores were given."));
            return NULL;
          }
        break;
      }
    default:
      g_assert_not_reached ();
    }

  if (!any)
    {
      not_found (error, _("The figures given for this year do not determine this chart."));
      return NULL;
    }
  if (!set_titles (chart, store, unit_id, year, radar_title ? radar_title : prs_ita_chart_kind_get_title (kind),
                   thai, error))
    return NULL;
  return g_steal_pointer (&chart);
}

/* ---- the report ------------------------------------------------------------ */

static void
draw_chart (cairo_t *cr, double width, double height, gpointer data)
{
  g_autoptr (PrsChartStyle) style = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);

  prs_chart_draw (cr, width, height, data, style);
}

static void
set_score_cell (PrsReportTable *t, guint row, guint col, gboolean known, const PrsScore *s)
{
  if (known)
    prs_report_table_set_score (t, row, col, *s);
  else
    prs_report_table_set_text (t, row, col, "-");
}

/* Where a figure comes from. "differs" only where a given figure really differs (by
 * more than 0.01) from the one computed from its parts. */
static char *
source_text (const PrsItaFigure *f)
{
  char buf[PRS_SCORE_BUF_SIZE];
  PrsScore diff = f->given - f->computed;

  switch (f->source)
    {
    case PRS_ITA_SOURCE_GIVEN:
      return g_strdup (_("given"));
    case PRS_ITA_SOURCE_COMPUTED:
      if (f->has_given && (diff > 1 || diff < -1))
        /* Translators: %s is the given figure that the computed one replaces */
        return g_strdup_printf (_("computed; differs from the entered %s"),
                                prs_score_to_ascii (f->given, buf));
      return g_strdup (f->has_given ? _("computed; as entered") : _("computed"));
    case PRS_ITA_SOURCE_NONE:
    default:
      return g_strdup ("");
    }
}

static void
set_source_cell (PrsReportTable *t, guint row, guint col, gboolean known, const PrsItaFigure *f)
{
  g_autofree char *text = known ? source_text (f) : g_strdup ("");

  prs_report_table_set_text (t, row, col, text);
}

static gboolean
figure (PrsItaRollup *r, const char *code, const char *part, PrsScore *score)
{
  return prs_ita_rollup_get_score (r, code, part, score);
}

/* The question cell: the wording, and for yes/no items a note saying so. */
static char *
question_text (const PrsItaItemInfo *item)
{
  if (item->yes_no)
    /* Translators: under an ITA question answered yes or no (ใช่/ไม่ใช่) */
    return g_strdup_printf ("%s\n(%s)", item->text, _("answered yes or no"));
  return g_strdup (item->text);
}

static char *
indicator_band (PrsItaRollup *r, const PrsItaIndicatorInfo *ind)
{
  return g_strdup_printf (_("Indicator %s %s"), ind->id, ind->name);
}

static void
add_item_tables (PrsReport *report, PrsItaRollup *r, int year)
{
  PrsItaFramework *fw = prs_ita_rollup_get_framework (r);
  int texts_year = prs_ita_framework_item_texts_year (year);
  PrsScore s;

  prs_report_add_heading (report, 1, _("Scores by item"));
  if (!prs_ita_framework_has_items (fw))
    {
      prs_report_add_paragraph (report,
          _("Item-level figures are not kept for this year: the items of the 2562–2565 "
            "assessments differ from those of 2566 onwards and are not modelled."));
      return;
    }
  if (texts_year != 0 && texts_year != year)
    {
      g_autofree char *note = g_strdup_printf (
          _("The wording of the items is that published for fiscal year %d; it has not been "
            "confirmed for %d."), texts_year, year);
      prs_report_add_paragraph (report, note);
    }

  for (guint k = 0; k < prs_ita_framework_get_n_instruments (fw); k++)
    {
      const PrsItaInstrumentInfo *ins = prs_ita_framework_get_instrument (fw, k);
      g_autofree char *heading = g_strdup_printf ("%s %s", ins->code, ins->name);
      gboolean parts = ins->n_parts == 2;
      guint n_cols = parts ? 5 : 3;
      PrsReportTable *t;

      prs_report_add_heading (report, 2, heading);
      t = prs_report_add_table (report, n_cols);
      prs_report_table_set_name (t, ins->code);
      prs_report_table_set_font_scale (t, 0.875);
      prs_report_table_set_column (t, 0, 1.7, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
      prs_report_table_set_column (t, 1, 10, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
      if (parts)
        {
          prs_report_table_set_column (t, 2, 1.8, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
          prs_report_table_set_column (t, 3, 1.8, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
          prs_report_table_set_column (t, 4, 1.8, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
          prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Item"), _("Question"), "EIT Public",
                                         "EIT Survey", _("Score"), NULL);
        }
      else if (ins->binary_items)
        {
          prs_report_table_set_column (t, 2, 2.6, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
          prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Item"), _("Requirement"), _("Score"), NULL);
        }
      else
        {
          prs_report_table_set_column (t, 2, 1.8, PRS_WIDTH_CM, PRS_ALIGN_RIGHT);
          prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Item"), _("Question"), _("Score"), NULL);
        }

      for (guint d = 0; d < ins->n_indicators; d++)
        {
          const PrsItaIndicatorInfo *ind = ins->indicators[d];
          g_autofree char *band = indicator_band (r, ind);
          guint row = prs_report_table_add_row (t, PRS_ROW_GROUP);

          prs_report_table_set_text (t, row, 0, band);
          prs_report_table_set_span (t, row, 0, 2, 1);
          if (parts)
            {
              set_score_cell (t, row, 2, figure (r, ind->code, PRS_ITA_PART_PUBLIC, &s), &s);
              set_score_cell (t, row, 3, figure (r, ind->code, PRS_ITA_PART_SURVEY, &s), &s);
              set_score_cell (t, row, 4, figure (r, ind->code, NULL, &s), &s);
            }
          else
            set_score_cell (t, row, 2, figure (r, ind->code, NULL, &s), &s);

          for (guint g = 0; g < MAX (ind->n_groups, 1); g++)
            {
              const PrsItaGroupInfo *grp = ind->n_groups ? ind->groups[g] : NULL;
              guint n_items = grp ? grp->n_items : ind->n_items;
              const PrsItaItemInfo **items = grp ? grp->items : ind->items;

              if (grp)
                {
                  g_autofree char *gband = g_strdup_printf ("%s %s", grp->id, grp->name);

                  row = prs_report_table_add_row (t, PRS_ROW_GROUP);
                  prs_report_table_set_text (t, row, 0, gband);
                  prs_report_table_set_span (t, row, 0, 2, 1);
                  set_score_cell (t, row, 2, figure (r, grp->code, NULL, &s), &s);
                }
              for (guint i = 0; i < n_items; i++)
                {
                  const PrsItaItemInfo *item = items[i];
                  g_autofree char *q = question_text (item);

                  row = prs_report_table_add_row (t, PRS_ROW_BODY);
                  prs_report_table_set_text (t, row, 0, item->code);
                  prs_report_table_set_text (t, row, 1, q);
                  if (parts)
                    {
                      gboolean pub = figure (r, item->code, PRS_ITA_PART_PUBLIC, &s);
                      PrsScore ps = s, ss = 0;
                      gboolean sur = figure (r, item->code, PRS_ITA_PART_SURVEY, &ss);

                      set_score_cell (t, row, 2, pub, &ps);
                      set_score_cell (t, row, 3, sur, &ss);
                      if (pub && sur)
                        {
                          /* the item's score: the mean of its two parts, exactly */
                          PrsScore both[2] = { ps, ss };
                          PrsRational mean;

                          if (prs_score_mean_exact (both, 2, &mean))
                            prs_report_table_set_score (t, row, 4, prs_rational_to_score (mean));
                        }
                      else
                        prs_report_table_set_text (t, row, 4, "-");
                    }
                  else if (ins->binary_items)
                    {
                      if (figure (r, item->code, NULL, &s))
                        {
                          g_autofree char *cell = g_strdup_printf ("%s (%s)", s >= 10000 ? _("passed") : _("not passed"),
                                                                   s >= 10000 ? "100" : "0");
                          prs_report_table_set_text (t, row, 2, cell);
                        }
                      else
                        prs_report_table_set_text (t, row, 2, "-");
                    }
                  else
                    set_score_cell (t, row, 2, figure (r, item->code, NULL, &s), &s);
                }
            }
        }
    }
}

static char *
join_ptr_array (GPtrArray *strings, const char *sep)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; strings && i < strings->len; i++)
    g_string_append_printf (s, "%s%s", i ? sep : "", (char *) g_ptr_array_index (strings, i));
  return g_string_free (s, FALSE);
}

/* The OIT items linked as evidence of the issues, apart from the weak items. */
static void
add_evidence (PrsReport *report, PrsItaRollup *r, GPtrArray *issues)
{
  PrsItaFramework *fw = prs_ita_rollup_get_framework (r);
  PrsReportTable *t = NULL;

  for (guint i = 0; issues && i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);

      for (guint k = 0; k < issue->evidence->len; k++)
        {
          const char *code = g_ptr_array_index (issue->evidence, k);
          const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, code);
          g_autofree char *issue_label = g_strdup_printf (_("Issue %u: %s"), i + 1, issue->title);
          guint row;
          PrsScore s;

          if (t == NULL)
            {
              prs_report_add_heading (report, 2, _("OIT items that evidence the issues"));
              t = prs_report_add_table (report, 4);
              prs_report_table_set_name (t, _("Evidence"));
              prs_report_table_set_column (t, 0, 1.7, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
              prs_report_table_set_column (t, 1, 6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
              prs_report_table_set_column (t, 2, 2.6, PRS_WIDTH_CM, PRS_ALIGN_LEFT);
              prs_report_table_set_column (t, 3, 5, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
              prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Item"), _("Requirement"), _("Result"),
                                             _("Issue"), NULL);
            }
          row = prs_report_table_add_row (t, PRS_ROW_BODY);
          prs_report_table_set_text (t, row, 0, code);
          if (item)
            {
              g_autofree char *req = item->group ? g_strdup_printf ("%s (%s %s)", item->text, item->group->id,
                                                                    item->group->name)
                                                 : g_strdup (item->text);
              prs_report_table_set_text (t, row, 1, req);
            }
          prs_report_table_set_text (t, row, 2, figure (r, code, NULL, &s)
                                                  ? (s >= 10000 ? _("passed") : _("not passed")) : "-");
          prs_report_table_set_text (t, row, 3, issue_label);
        }
    }
}

static void
add_measures (PrsReport *report, PrsItaFramework *fw, GPtrArray *issues)
{
  PrsReportTable *t = NULL;

  for (guint i = 0; issues && i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);
      g_autofree char *codes = join_ptr_array (issue->items, ", ");
      g_autofree char *band = NULL;

      if (t == NULL)
        {
          prs_report_add_heading (report, 2, _("Issues and measures"));
          t = prs_report_add_table (report, 4);
          prs_report_table_set_name (t, _("Measures"));
          prs_report_table_set_column (t, 0, 3, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
          prs_report_table_set_column (t, 1, 4, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
          prs_report_table_set_column (t, 2, 2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
          prs_report_table_set_column (t, 3, 2.5, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
          prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Measure"), _("Steps"), _("Period"),
                                         _("Responsible units"), NULL);
        }
      band = *codes ? g_strdup_printf (_("Issue %u: %s (items %s)"), i + 1, issue->title, codes)
                    : g_strdup_printf (_("Issue %u: %s"), i + 1, issue->title);
      prs_report_table_add_group_row (t, band);
      for (guint k = 0; k < issue->measures->len; k++)
        {
          PrsItaMeasureInfo *m = g_ptr_array_index (issue->measures, k);
          g_autofree char *units = join_ptr_array (m->unit_labels, "\n");
          g_autofree char *period = NULL;

          if (m->period_text && *m->period_text)
            period = g_strdup (m->period_text);
          else
            period = g_strdup_printf ("%s%s%s", m->start_date ? m->start_date : "",
                                      m->start_date || m->end_date ? " – " : "", m->end_date ? m->end_date : "");
          prs_report_table_add_text_row (t, PRS_ROW_BODY, m->title, m->steps ? m->steps : "", period,
                                         units, NULL);
        }
    }
}

static void
add_context_summary (PrsReport *report, const PrsItaContext *c)
{
  char buf[PRS_SCORE_BUF_SIZE];

  if (c->has_national_average)
    prs_report_add_label_value (report, _("National average"), prs_score_to_ascii (c->national_average, buf));
  if (c->national_rank)
    {
      g_autofree char *v = c->national_count ? g_strdup_printf (_("%u of %u"), c->national_rank, c->national_count)
                                             : g_strdup_printf ("%u", c->national_rank);
      prs_report_add_label_value (report, _("National rank"), v);
    }
  if (c->ministry_rank)
    {
      g_autofree char *v = c->ministry_count ? g_strdup_printf (_("%u of %u"), c->ministry_rank, c->ministry_count)
                                             : g_strdup_printf ("%u", c->ministry_rank);
      prs_report_add_label_value (report, _("Rank in the ministry"), v);
    }
  if (c->respondents_internal >= 0 || c->respondents_public >= 0 || c->respondents_survey >= 0)
    {
      GString *v = g_string_new (NULL);

      if (c->respondents_internal >= 0)
        g_string_append_printf (v, _("%d IIT"), c->respondents_internal);
      if (c->respondents_public >= 0)
        {
          if (v->len)
            g_string_append (v, ", ");
          g_string_append_printf (v, _("%d EIT Public"), c->respondents_public);
        }
      if (c->respondents_survey >= 0)
        {
          if (v->len)
            g_string_append (v, ", ");
          g_string_append_printf (v, _("%d EIT Survey"), c->respondents_survey);
        }
      prs_report_add_label_value (report, _("Respondents"), v->str);
      g_string_free (v, TRUE);
    }
}

static void
add_paragraphs (PrsReport *report, const char *text)
{
  g_auto (GStrv) paras = g_strsplit (text, "\n", -1);

  for (guint i = 0; paras[i]; i++)
    if (*g_strstrip (paras[i]) != '\0')
      prs_report_add_paragraph (report, paras[i]);
}

PrsReport *
prs_ita_report_build (PrsStore *store, gint64 unit_id, int year, gboolean thai_digits,
                      GError **error)
{
  g_autoptr (PrsItaRollup) r = NULL;
  g_autoptr (PrsItaRollup) prev = NULL;
  g_autoptr (PrsItaComparison) cmp = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GError) local = NULL;
  const PrsItaUnitScore *mine;
  const PrsItaLevelInfo *level;
  PrsItaContext context;
  PrsItaFramework *fw;
  PrsReportTable *t;
  char buf[PRS_SCORE_BUF_SIZE];
  PrsScore s, p;
  gboolean pass;

  name = unit_label (store, unit_id, FALSE, error);
  if (name == NULL)
    return NULL;
  if (prs_ita_store_find_result (store, unit_id, year, &local) == 0)
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                     _("There are no ITA results of “%s” for %d."), name, year);
      return NULL;
    }
  r = prs_ita_store_compute (store, unit_id, year, error);
  if (r == NULL)
    return NULL;
  fw = prs_ita_rollup_get_framework (r);
  if (prs_ita_store_find_result (store, unit_id, year - 1, &local) != 0)
    prev = prs_ita_store_compute (store, unit_id, year - 1, &local);
  if (local != NULL)
    {
      /* not a report without last year's comparison */
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  /* a read that fails (a damaged page) fails the report rather than leaving out the
   * ranking or the measures */
  cmp = prs_ita_store_compare (store, year, error);
  if (cmp == NULL)
    return NULL;
  issues = prs_ita_store_list_issues (store, unit_id, year, error);
  if (issues == NULL)
    return NULL;
  prs_ita_store_get_context (store, unit_id, year, &context, &local);
  if (local != NULL)
    {
      prs_ita_context_clear (&context);
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }

  title = g_strdup_printf (_("Integrity and Transparency Assessment (ITA), fiscal year %d"), year);
  report = prs_report_new (title);
  prs_report_set_thai_digits (report, thai_digits);
  prs_report_add_title (report, title);
  {
    /* the unit's name under the title, centred as the title is */
    PrsParagraphStyle style = { 0 };

    style.align = PRS_ALIGN_CENTER;
    style.space_after_pt = 8;
    prs_report_add_paragraph_full (report, name, &style);
  }

  prs_report_add_heading (report, 1, _("Summary"));
  prs_report_add_label_value (report, _("Total score"),
                              prs_ita_rollup_get_total (r, &s) ? prs_score_to_ascii (s, buf) : "-");
  level = prs_ita_rollup_get_level (r);
  {
    g_autofree char *level_name = prs_ita_level_display_name (level);

    prs_report_add_label_value (report, _("Level"), level_name ? level_name : "-");
  }
  prs_report_add_label_value (report, _("Result"),
                              prs_ita_rollup_get_pass (r, &pass) ? (pass ? _("Passed") : _("Not passed")) : "-");
  if (prev && prs_ita_rollup_get_total (r, &s) && prs_ita_rollup_get_total (prev, &p))
    {
      g_autofree char *change = g_strdup_printf ("%s%s", s >= p ? "+" : "", prs_score_to_ascii (s - p, buf));
      prs_report_add_label_value (report, _("Change from last year"), change);
    }
  add_context_summary (report, &context);
  mine = cmp ? prs_ita_comparison_find (cmp, unit_id) : NULL;
  if (mine && mine->has_total && cmp->count > 1)
    {
      g_autofree char *rank = g_strdup_printf (_("%u of %u"), mine->rank, cmp->count);
      prs_report_add_label_value (report, _("Rank among the units in the workspace"), rank);
    }
  if (prs_ita_rollup_get_integrity_index (r, &s))
    prs_report_add_label_value (report, _("Integrity index of public personnel"), prs_score_to_ascii (s, buf));

  /* Instruments and indicators */
  prs_report_add_heading (report, 1, _("Scores by instrument and indicator"));
  t = prs_report_add_table (report, 4);
  prs_report_table_set_name (t, _("Scores"));
  prs_report_table_set_column (t, 0, 6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 1, 2, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 2, 2, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
  prs_report_table_set_column (t, 3, 3, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Instrument / indicator"), _("Score"),
                                 _("Last year"), _("Source"), NULL);
  for (guint i = 0; i < prs_ita_framework_get_n_instruments (fw); i++)
    {
      const PrsItaInstrumentInfo *ins = prs_ita_framework_get_instrument (fw, i);
      g_autofree char *label = g_strdup_printf ("%s %s", ins->code, ins->name);
      PrsItaFigure f;
      guint row = prs_report_table_add_row (t, PRS_ROW_GROUP);
      gboolean known;

      prs_report_table_set_text (t, row, 0, label);
      known = prs_ita_rollup_get_figure (r, ins->code, NULL, &f) && f.source != PRS_ITA_SOURCE_NONE;
      set_score_cell (t, row, 1, known, &f.score);
      set_score_cell (t, row, 2, prev && prs_ita_rollup_get_instrument (prev, ins->code, &p), &p);
      set_source_cell (t, row, 3, known, &f);
      for (guint k = 0; k < ins->n_indicators; k++)
        {
          const PrsItaIndicatorInfo *ind = ins->indicators[k];
          g_autofree char *ilabel = g_strdup_printf (_("Indicator %s %s"), ind->id, ind->name);

          row = prs_report_table_add_row (t, PRS_ROW_BODY);
          prs_report_table_set_text (t, row, 0, ilabel);
          known = prs_ita_rollup_get_figure (r, ind->code, NULL, &f) && f.source != PRS_ITA_SOURCE_NONE;
          set_score_cell (t, row, 1, known, &f.score);
          set_score_cell (t, row, 2, prev && prs_ita_rollup_get_indicator (prev, ind->id, &p), &p);
          set_source_cell (t, row, 3, known, &f);
        }
      if (ins->n_parts == 2)
        for (guint k = 0; k < 2; k++)
          {
            g_autofree char *plabel = g_strdup (ins->part_names ? ins->part_names[k] : ins->parts[k]);

            row = prs_report_table_add_row (t, PRS_ROW_BODY);
            prs_report_table_set_text (t, row, 0, plabel);
            known = prs_ita_rollup_get_figure (r, ins->code, ins->parts[k], &f) && f.source != PRS_ITA_SOURCE_NONE;
            set_score_cell (t, row, 1, known, &f.score);
            set_score_cell (t, row, 2, prev && prs_ita_rollup_get_eit_part (prev, ins->parts[k], &p), &p);
            set_source_cell (t, row, 3, known, &f);
          }
    }
  {
    guint row = prs_report_table_add_row (t, PRS_ROW_TOTAL);
    PrsItaFigure f;
    gboolean known = prs_ita_rollup_get_figure (r, PRS_ITA_TOTAL, NULL, &f) && f.source != PRS_ITA_SOURCE_NONE;

    prs_report_table_set_text (t, row, 0, _("Total"));
    set_score_cell (t, row, 1, known, &f.score);
    set_score_cell (t, row, 2, prev && prs_ita_rollup_get_total (prev, &p), &p);
    set_source_cell (t, row, 3, known, &f);
  }

  if (prs_ita_rollup_get_n_mismatches (r) > 0)
    {
      prs_report_add_heading (report, 2, _("Given figures that disagree with their parts"));
      t = prs_report_add_table (report, 3);
      prs_report_table_set_name (t, _("Mismatches"));
      prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Code"), _("Given"), _("Computed"), NULL);
      for (guint i = 0; i < prs_ita_rollup_get_n_mismatches (r); i++)
        {
          const PrsItaMismatch *m = prs_ita_rollup_get_mismatch (r, i);
          g_autofree char *code = m->part ? g_strdup_printf ("%s %s", m->code, m->part) : g_strdup (m->code);
          guint row = prs_report_table_add_row (t, PRS_ROW_BODY);

          prs_report_table_set_text (t, row, 0, code);
          prs_report_table_set_score (t, row, 1, m->given);
          prs_report_table_set_score (t, row, 2, m->computed);
        }
    }

  /* Every item with its score, as the assessor's item-level report */
  add_item_tables (report, r, year);

  /* Charts */
  prs_report_add_heading (report, 1, _("Charts"));
  for (PrsItaChartKind k = 0; k < PRS_ITA_CHART_N_KINDS; k++)
    {
      PrsChart *chart = prs_ita_chart_build_full (store, unit_id, year, k, thai_digits, NULL);
      g_autofree char *caption = NULL;

      if (chart == NULL)
        continue;
      caption = g_strdup (prs_chart_get_title (chart));
      prs_report_add_chart (report, draw_chart, chart, (GDestroyNotify) prs_chart_unref,
                            16, 10, caption);
    }

  /* The analysis: weak items, the OIT items that evidence the issues, the measures */
  prs_report_add_heading (report, 1, _("Analysis"));
  prs_report_add_heading (report, 2, _("Items below the pass mark"));
  if (prs_ita_rollup_get_n_weak_items (r) == 0)
    prs_report_add_paragraph (report, _("No item score is below the pass mark, or no item scores were given."));
  else
    {
      t = prs_report_add_table (report, 3);
      prs_report_table_set_name (t, _("Weak items"));
      prs_report_table_set_column (t, 0, 2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
      prs_report_table_set_column (t, 1, 10, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
      prs_report_table_set_column (t, 2, 2, PRS_WIDTH_WEIGHT, PRS_ALIGN_RIGHT);
      prs_report_table_add_text_row (t, PRS_ROW_HEADER, _("Item"), _("Question or requirement"), _("Score"), NULL);
      for (guint k = 0; k < prs_ita_framework_get_n_indicators (fw); k++)
        {
          const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (fw, k);
          gboolean banded = FALSE;

          for (guint i = 0; i < prs_ita_rollup_get_n_weak_items (r); i++)
            {
              const PrsItaWeakItem *w = prs_ita_rollup_get_weak_item (r, i);
              g_autofree char *code = NULL;
              g_autofree char *q = NULL;
              guint row;

              if (w->item->indicator != ind)
                continue;
              if (!banded)
                {
                  g_autofree char *band = g_strdup_printf (_("Indicator %s %s"), ind->id, ind->name);
                  prs_report_table_add_group_row (t, band);
                  banded = TRUE;
                }
              code = w->part ? g_strdup_printf ("%s (%s)", w->item->code,
                                                w->part[0] == 'p' ? "EIT Public" : "EIT Survey")
                             : g_strdup (w->item->code);
              q = question_text (w->item);
              row = prs_report_table_add_row (t, PRS_ROW_BODY);
              prs_report_table_set_text (t, row, 0, code);
              prs_report_table_set_text (t, row, 1, q);
              prs_report_table_set_score (t, row, 2, w->score);
            }
        }
    }
  add_evidence (report, r, issues);
  add_measures (report, fw, issues);

  if (*context.recommendations)
    {
      prs_report_add_heading (report, 1, _("The assessor’s recommendations"));
      add_paragraphs (report, context.recommendations);
    }
  if (*context.limitations)
    {
      prs_report_add_heading (report, 1, _("Limitations"));
      add_paragraphs (report, context.limitations);
    }
  prs_ita_context_clear (&context);
  return g_steal_pointer (&report);
}

/* ---- the internal-measures plan ------------------------------------------ */

static char *
join_codes (GPtrArray *codes)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (codes, i));
  return g_string_free (s, FALSE);
}

static char *
measure_period (PrsItaMeasureInfo *m, gboolean thai_digits)
{
  PrsDate a, b;
  gboolean has_a = m->start_date && prs_date_parse (m->start_date, &a, NULL);
  gboolean has_b = m->end_date && prs_date_parse (m->end_date, &b, NULL);

  if (m->period_text && *m->period_text)
    return g_strdup (m->period_text);
  if (!has_a && !has_b)
    return g_strdup ("");
  {
    g_autofree char *x = has_a ? prs_date_format (&a, PRS_DATE_STYLE_SHORT, thai_digits) : g_strdup ("");
    g_autofree char *y = has_b ? prs_date_format (&b, PRS_DATE_STYLE_SHORT, thai_digits) : g_strdup ("");
    return g_strdup_printf ("%s – %s", x, y);
  }
}

PrsReport *
prs_ita_measures_report_build (PrsStore *store, gint64 unit_id, int year_be, gboolean thai_digits,
                               GError **error)
{
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autoptr (PrsItaFramework) fw = NULL;
  g_autofree char *name = NULL;
  g_autofree char *plan_title = NULL;
  g_autofree char *title = NULL;
  PrsReportTable *t;

  name = unit_label (store, unit_id, FALSE, error);
  if (name == NULL)
    return NULL;
  issues = prs_ita_store_list_issues (store, unit_id, year_be, error);
  if (issues == NULL)
    return NULL;
  if (issues->len == 0)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no issues or measures drawn from the ITA of %d yet."), name, year_be);
      return NULL;
    }
  fw = prs_ita_store_get_framework (store, unit_id, year_be, NULL);
  {
    /* The stored plan's title if there is one (it may have been edited). */
    PrsItaIssueInfo *first = g_ptr_array_index (issues, 0);

    g_autoptr (GError) local = NULL;

    plan_title = prs_ita_store_get_plan_title (store, first->plan_id, &local);
    if (local != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return NULL;
      }
    if (plan_title == NULL)
      plan_title = prs_ita_measures_plan_title (year_be);
  }
  title = thai_digits ? prs_digits_to_thai (plan_title) : g_strdup (plan_title);

  report = prs_report_new (title);
  prs_report_set_orientation (report, PRS_PAGE_LANDSCAPE);
  prs_report_set_margins (report, 2.0, 2.0, 2.0, 2.0);
  prs_report_set_thai_digits (report, thai_digits);
  prs_report_add_title (report, title);
  {
    /* Translators: subtitle of the internal-measures document: unit, ITA year */
    g_autofree char *sub = g_strdup_printf (_("%s — drawn from the Integrity and Transparency Assessment of %d"),
                                            name, year_be);
    g_autofree char *shown = thai_digits ? prs_digits_to_thai (sub) : g_strdup (sub);
    PrsParagraphStyle style = { 0 };

    style.align = PRS_ALIGN_CENTER;
    style.space_after_pt = 8;
    prs_report_add_paragraph_full (report, shown, &style);
  }

  t = prs_report_add_table (report, 6);
  prs_report_table_set_name (t, _("Internal measures"));
  prs_report_table_set_font_scale (t, 0.875);
  prs_report_table_set_column (t, 0, 1.2, PRS_WIDTH_CM, PRS_ALIGN_CENTER);
  prs_report_table_set_column (t, 1, 4, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 2, 4, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 3, 5, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 4, 2.2, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  prs_report_table_set_column (t, 5, 2.6, PRS_WIDTH_WEIGHT, PRS_ALIGN_LEFT);
  /* Translators: column titles of the official internal-measures table
   * (ลำดับ, ประเด็น, มาตรการ, ขั้นตอน/วิธีการ, ระยะเวลา, ผู้รับผิดชอบ) */
  prs_report_table_add_text_row (t, PRS_ROW_HEADER, C_("measures table", "No."), C_("measures table", "Issue"),
                                 C_("measures table", "Measure"), C_("measures table", "Steps / method"),
                                 C_("measures table", "Period"), C_("measures table", "Responsible"), NULL);

  for (guint i = 0; i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GString *cell = g_string_new (issue->title);

      if (issue->description && *issue->description)
        g_string_append_printf (cell, "\n%s", issue->description);
      if (issue->items->len)
        {
          g_autofree char *codes = join_codes (issue->items);
          GString *texts = g_string_new (NULL);

          for (guint k = 0; fw && k < issue->items->len; k++)
            {
              const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, g_ptr_array_index (issue->items, k));
              if (item)
                g_string_append_printf (texts, "\n• %s %s", item->code, item->text);
            }
          g_string_append_printf (cell, "\n%s", texts->len ? texts->str + 1 : codes);
          g_string_free (texts, TRUE);
        }
      if (issue->evidence->len)
        {
          g_autofree char *codes = join_codes (issue->evidence);
          /* Translators: in the issue cell: OIT items linked as evidence */
          g_string_append_c (cell, '\n');
          g_string_append_printf (cell, _("OIT evidence: %s"), codes);
        }
      if (issue->measures->len == 0)
        prs_report_table_add_text_row (t, PRS_ROW_BODY, number, cell->str, "", "", "", "", NULL);
      for (guint k = 0; k < issue->measures->len; k++)
        {
          PrsItaMeasureInfo *m = g_ptr_array_index (issue->measures, k);
          g_autofree char *mt = g_strdup_printf ("%u.%u %s", i + 1, k + 1, m->title);
          g_autofree char *period = measure_period (m, thai_digits);
          g_autofree char *units = NULL;
          GString *u = g_string_new (NULL);

          for (guint j = 0; j < m->unit_labels->len; j++)
            g_string_append_printf (u, "%s%s", j ? "\n" : "", (char *) g_ptr_array_index (m->unit_labels, j));
          units = g_string_free (u, FALSE);
          prs_report_table_add_text_row (t, PRS_ROW_BODY, k == 0 ? number : "", k == 0 ? cell->str : "",
                                         mt, m->steps ? m->steps : "", period, units, NULL);
        }
      g_string_free (cell, TRUE);
    }
  return g_steal_pointer (&report);
}
