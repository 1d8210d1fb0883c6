/* prs-chart-spec.c: charts from JSON spec files (docs/chart-spec.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "prs-core.h"
#include "prs-chart-private.h"

static gboolean
spec_error (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
spec_error (GError **error, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PRS_CHART_ERROR, PRS_CHART_ERROR_SPEC, message);
  return FALSE;
}

/* A number, a string of (Thai or Arabic) digits, or null (missing). */
static gboolean
read_number (JsonNode *node, gboolean allow_null, double *out, const char *where, GError **error)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (!allow_null)
        return spec_error (error, _("%s must be a number, not null."), where);
      *out = PRS_CHART_MISSING;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType t = json_node_get_value_type (node);
      if (t == G_TYPE_INT64 || t == G_TYPE_DOUBLE)
        {
          *out = json_node_get_double (node);
          return TRUE;
        }
      if (t == G_TYPE_STRING)
        {
          g_autofree char *arabic = prs_digits_to_arabic (json_node_get_string (node));
          char *end = NULL;
          g_strstrip (arabic);
          *out = g_ascii_strtod (arabic, &end);
          if (*arabic && end && *end == '\0' && isfinite (*out))
            return TRUE;
          if (allow_null && (*arabic == '\0' || g_str_equal (arabic, "-")))
            {
              *out = PRS_CHART_MISSING;
              return TRUE;
            }
        }
    }
  return spec_error (error, _("%s must be a number."), where);
}

static gboolean
read_string (JsonObject *obj, const char *member, const char **out, GError **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (!node || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return spec_error (error, _("“%s” must be text."), member);
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_tone (const char *name, PrsChartTone *tone)
{
  static const char *names[] = { "neutral", "bad", "warning", "good", "excellent" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (name && g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *tone = (PrsChartTone) i;
        return TRUE;
      }
  return FALSE;
}

static const char *known_members[] = {
  "type", "horizontal", "title", "subtitle", "source", "category_axis", "value_axis",
  "categories", "series", "reference_lines", "bands", "highlight", "sort", "sort_series",
  "decimals", "thai_digits", "scale", "show_values", "legend", "score", NULL,
};

static gboolean
parse (PrsChart **out, JsonNode *root, GError **error)
{
  JsonObject *obj;
  JsonNode *node;
  JsonArray *array;
  const char *text;
  PrsChartType type;
  gboolean horizontal = FALSE;
  g_autoptr (PrsChart) chart = NULL;
  g_autoptr (GList) members = NULL;

  if (!root || !JSON_NODE_HOLDS_OBJECT (root))
    return spec_error (error, _("A chart spec must be a JSON object { … }."));
  obj = json_node_get_object (root);

  members = json_object_get_members (obj);
  for (GList *l = members; l; l = l->next)
    if (!g_strv_contains (known_members, l->data))
      return spec_error (error, _("Unknown member “%s” in the chart spec."), (char *) l->data);

  if (!read_string (obj, "type", &text, error))
    return FALSE;
  if (!text)
    return spec_error (error, _("The chart spec has no “type”."));
  if (!prs_chart_type_from_string (text, &type, &horizontal))
    return spec_error (error,
                       _("Unknown chart type “%s”; use bar, hbar, grouped, hgrouped, stacked, "
                         "hstacked, line, radar or scorecard."),
                       text);
  chart = prs_chart_new (type);
  if ((node = json_object_get_member (obj, "horizontal")) && JSON_NODE_HOLDS_VALUE (node))
    horizontal = json_node_get_boolean (node);
  prs_chart_set_horizontal (chart, horizontal);

  if (!read_string (obj, "title", &text, error))
    return FALSE;
  prs_chart_set_title (chart, text);
  if (!read_string (obj, "subtitle", &text, error))
    return FALSE;
  prs_chart_set_subtitle (chart, text);
  if (!read_string (obj, "source", &text, error))
    return FALSE;
  prs_chart_set_source (chart, text);
  if (!read_string (obj, "category_axis", &text, error))
    return FALSE;
  prs_chart_set_category_axis_title (chart, text);
  if (!read_string (obj, "value_axis", &text, error))
    return FALSE;
  prs_chart_set_value_axis_title (chart, text);

  if ((node = json_object_get_member (obj, "categories")))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return spec_error (error, _("“categories” must be a list of labels."));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *c = json_array_get_element (array, i);
          if (!JSON_NODE_HOLDS_VALUE (c) || json_node_get_value_type (c) != G_TYPE_STRING)
            return spec_error (error, _("Category %u must be text."), i + 1);
          prs_chart_add_category (chart, json_node_get_string (c));
        }
    }

  if ((node = json_object_get_member (obj, "series")))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return spec_error (error, _("“series” must be a list of { \"name\", \"values\" } objects."));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *s = json_array_get_element (array, i);
          JsonObject *so;
          JsonArray *values;
          g_autoptr (GArray) v = g_array_new (FALSE, FALSE, sizeof (double));
          int colour = -1;

          if (!JSON_NODE_HOLDS_OBJECT (s))
            return spec_error (error, _("Series %u must be an object with “name” and “values”."), i + 1);
          so = json_node_get_object (s);
          if (!json_object_has_member (so, "values")
              || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (so, "values")))
            return spec_error (error, _("Series %u has no “values” list."), i + 1);
          values = json_object_get_array_member (so, "values");
          if (json_array_get_length (values) > prs_chart_get_n_categories (chart)
              && type != PRS_CHART_SCORE_CARD)
            return spec_error (error, _("Series %u has %u values but there are only %u categories."),
                               i + 1, json_array_get_length (values), prs_chart_get_n_categories (chart));
          for (guint k = 0; k < json_array_get_length (values); k++)
            {
              double d;
              g_autofree char *where = g_strdup_printf (_("Value %u of series %u"), k + 1, i + 1);
              if (!read_number (json_array_get_element (values, k), TRUE, &d, where, error))
                return FALSE;
              g_array_append_val (v, d);
            }
          if (json_object_has_member (so, "color"))
            colour = (int) json_object_get_int_member (so, "color");
          if (!read_string (so, "name", &text, error))
            return FALSE;
          prs_chart_add_series (chart, text, (double *) v->data, v->len, colour);
        }
    }

  if ((node = json_object_get_member (obj, "reference_lines")))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return spec_error (error, _("“reference_lines” must be a list of { \"value\", \"label\" }."));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *r = json_array_get_element (array, i);
          double value;
          g_autofree char *where = g_strdup_printf (_("The value of reference line %u"), i + 1);
          if (!JSON_NODE_HOLDS_OBJECT (r) || !json_object_has_member (json_node_get_object (r), "value"))
            return spec_error (error, _("Reference line %u needs a “value”."), i + 1);
          if (!read_number (json_object_get_member (json_node_get_object (r), "value"), FALSE, &value,
                            where, error))
            return FALSE;
          if (!read_string (json_node_get_object (r), "label", &text, error))
            return FALSE;
          prs_chart_add_reference_line (chart, value, text);
        }
    }

  if ((node = json_object_get_member (obj, "bands")))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return spec_error (error, _("“bands” must be a list of { \"from\", \"to\", \"label\", \"tone\" }."));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *b = json_array_get_element (array, i);
          JsonObject *bo;
          double from = -INFINITY, to = INFINITY;
          PrsChartTone tone = PRS_CHART_TONE_NEUTRAL;
          const char *tone_name;
          g_autofree char *where_from = g_strdup_printf (_("“from” of band %u"), i + 1);
          g_autofree char *where_to = g_strdup_printf (_("“to” of band %u"), i + 1);

          if (!JSON_NODE_HOLDS_OBJECT (b))
            return spec_error (error, _("Band %u must be an object."), i + 1);
          bo = json_node_get_object (b);
          if (json_object_has_member (bo, "from")
              && !read_number (json_object_get_member (bo, "from"), TRUE, &from, where_from, error))
            return FALSE;
          if (json_object_has_member (bo, "to")
              && !read_number (json_object_get_member (bo, "to"), TRUE, &to, where_to, error))
            return FALSE;
          if (isnan (from))
            from = -INFINITY;
          if (isnan (to))
            to = INFINITY;
          if (!read_string (bo, "tone", &tone_name, error))
            return FALSE;
          if (tone_name && !read_tone (tone_name, &tone))
            return spec_error (error, _("Band %u: unknown tone “%s”; use neutral, bad, warning, good or excellent."),
                               i + 1, tone_name);
          if (!read_string (bo, "label", &text, error))
            return FALSE;
          prs_chart_add_band (chart, from, to, text, tone);
        }
    }

  if ((node = json_object_get_member (obj, "highlight")) && !JSON_NODE_HOLDS_NULL (node))
    {
      int found = -1;
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          for (guint c = 0; c < prs_chart_get_n_categories (chart); c++)
            if (g_str_equal (prs_chart_get_category (chart, c), json_node_get_string (node)))
              found = c;
          if (found < 0)
            return spec_error (error, _("“highlight” names “%s”, which is not one of the categories."),
                               json_node_get_string (node));
        }
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        {
          found = (int) json_node_get_int (node);
          if (found < 0 || (guint) found >= prs_chart_get_n_categories (chart))
            return spec_error (error, _("“highlight” is category number %d, which does not exist."), found);
        }
      else
        return spec_error (error, _("“highlight” must be a category label or its index."));
      prs_chart_set_highlight (chart, found);
    }

  if (!read_string (obj, "sort", &text, error))
    return FALSE;
  if (text)
    {
      PrsChartSort sort;
      guint series = 0;
      if (g_str_equal (text, "none"))
        sort = PRS_CHART_SORT_NONE;
      else if (g_str_equal (text, "ascending"))
        sort = PRS_CHART_SORT_ASCENDING;
      else if (g_str_equal (text, "descending"))
        sort = PRS_CHART_SORT_DESCENDING;
      else
        return spec_error (error, _("“sort” must be none, ascending or descending."));
      if (json_object_has_member (obj, "sort_series"))
        series = (guint) json_object_get_int_member (obj, "sort_series");
      if (sort != PRS_CHART_SORT_NONE && series >= prs_chart_get_n_series (chart))
        return spec_error (error, _("“sort_series” names a series that does not exist."));
      prs_chart_set_sort (chart, sort, series);
    }

  if ((node = json_object_get_member (obj, "decimals")))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64
          || json_node_get_int (node) < 0 || json_node_get_int (node) > 6)
        return spec_error (error, _("“decimals” must be a whole number from 0 to 6."));
      prs_chart_set_decimals (chart, (int) json_node_get_int (node));
    }
  if ((node = json_object_get_member (obj, "thai_digits")))
    prs_chart_set_thai_digits (chart, json_node_get_boolean (node));
  if ((node = json_object_get_member (obj, "show_values")))
    prs_chart_set_show_values (chart, json_node_get_boolean (node));
  if ((node = json_object_get_member (obj, "legend")))
    prs_chart_set_show_legend (chart, json_node_get_boolean (node));

  if ((node = json_object_get_member (obj, "scale")))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          && g_str_equal (json_node_get_string (node), "auto"))
        prs_chart_set_auto_scale (chart);
      else if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 2)
        {
          double lo, hi;
          if (!read_number (json_array_get_element (json_node_get_array (node), 0), FALSE, &lo,
                            _("The scale's minimum"), error)
              || !read_number (json_array_get_element (json_node_get_array (node), 1), FALSE, &hi,
                               _("The scale's maximum"), error))
            return FALSE;
          if (!(hi > lo))
            return spec_error (error, _("The scale's maximum must be above its minimum."));
          prs_chart_set_fixed_scale (chart, lo, hi);
        }
      else
        return spec_error (error, _("“scale” must be \"auto\" or [minimum, maximum], e.g. [0, 100]."));
    }

  if ((node = json_object_get_member (obj, "score")))
    {
      JsonObject *so;
      double value = PRS_CHART_MISSING, previous = PRS_CHART_MISSING;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return spec_error (error, _("“score” must be an object { \"value\", \"previous\", \"badge\" }."));
      so = json_node_get_object (node);
      if (json_object_has_member (so, "value")
          && !read_number (json_object_get_member (so, "value"), TRUE, &value, _("The score"), error))
        return FALSE;
      if (json_object_has_member (so, "previous")
          && !read_number (json_object_get_member (so, "previous"), TRUE, &previous,
                           _("Last year's score"), error))
        return FALSE;
      if (!read_string (so, "badge", &text, error))
        return FALSE;
      prs_chart_set_score (chart, value, previous, text);
    }

  if (type == PRS_CHART_SCORE_CARD)
    {
      if (isnan (chart->score))
        return spec_error (error, _("A score card needs “score”: { \"value\": … }."));
    }
  else
    {
      if (prs_chart_get_n_categories (chart) == 0)
        return spec_error (error, _("The chart has no “categories”."));
      if (prs_chart_get_n_series (chart) == 0)
        return spec_error (error, _("The chart has no “series”."));
      if (type == PRS_CHART_RADAR && prs_chart_get_n_categories (chart) < 3)
        return spec_error (error, _("A radar chart needs at least three categories (axes)."));
    }

  *out = g_steal_pointer (&chart);
  return TRUE;
}

PrsChart *
prs_chart_new_from_json (const char *data, gssize length, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local = NULL;
  PrsChart *chart = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_SPEC, _("The chart spec is not valid JSON: %s"),
                   local->message);
      return NULL;
    }
  if (!parse (&chart, json_parser_get_root (parser), error))
    return NULL;
  return chart;
}

PrsChart *
prs_chart_new_from_file (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;
  PrsChart *chart;

  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_SPEC, _("Could not read the chart spec “%s”: %s"),
                   display, local->message);
      return NULL;
    }
  chart = prs_chart_new_from_json (data, length, &local);
  if (!chart)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, PRS_CHART_ERROR, PRS_CHART_ERROR_SPEC, "%s: %s", display, local->message);
    }
  return chart;
}
