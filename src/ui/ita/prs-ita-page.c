/* prs-ita-page.c: the ITA section (see prs-ita-page.h)
 *
 * One unit's year at a time. Every figure shown comes from the roll-up engine over
 * the stored figures; every edit goes through prs-ita-store.h (one undo step each),
 * and the page follows the store's ::changed signal, so undo in the window, an
 * import and typing in the sheet all refresh it the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-chart-view.h"
#include "prs-date.h"
#include "prs-digits.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-ita-page.h"
#include "prs-ita-report.h"
#include "prs-presentation.h"

typedef struct
{
  char *code;      /* NULL for a heading row */
  char *part;
  char *title;     /* row title */
  char *text;      /* description */
  gboolean binary; /* OIT item: passed or not */
} EntryRow;

struct _PrsItaPage
{
  GtkWidget parent_instance;

  PrsStore *store;
  gulong changed_id;
  guint refresh_idle;
  gboolean thai_digits;

  gint64 unit_id;
  int year_be;
  GArray *unit_ids;   /* gint64, as in the unit dropdown */
  GArray *years;      /* int, newest first, as in the year dropdown */
  gboolean filling;

  PrsItaFramework *framework;
  PrsItaRollup *rollup;
  GPtrArray *entry_rows;

  GtkWidget *toast_overlay;
  GtkWidget *unit_dropdown;
  GtkWidget *year_dropdown;
  AdwViewStack *stack;
  GtkWidget *results_page;    /* AdwPreferencesPage */
  GPtrArray *results_groups;
  GtkWidget *sheet;
  GtkWidget *charts_stack;    /* "charts" / "empty" */
  GtkWidget *charts_flow;
  GtkWidget *weak_page;       /* AdwPreferencesPage */
  GPtrArray *weak_groups;
  GHashTable *selected;       /* codes ticked in the weak list */
  GHashTable *weak_checks;    /* code -> GtkCheckButton of the current weak list */
  GHashTable *open_issues;    /* ids of the issues shown expanded */
  gboolean expanded[16];
  gboolean results_dirty, charts_dirty, weak_dirty;
};

G_DEFINE_FINAL_TYPE (PrsItaPage, prs_ita_page, GTK_TYPE_WIDGET)

static void
entry_row_free (gpointer data)
{
  EntryRow *row = data;

  g_free (row->code);
  g_free (row->part);
  g_free (row->title);
  g_free (row->text);
  g_free (row);
}

static char *
format_score (PrsItaPage *self, PrsScore score)
{
  return prs_score_format (score, self->thai_digits);
}

static void
toast (PrsItaPage *self, const char *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), t);
}

static const char *
part_name (PrsItaFramework *fw, const char *part)
{
  const PrsItaInstrumentInfo *eit;

  if (part == NULL)
    return NULL;
  eit = prs_ita_framework_lookup_instrument (fw, "EIT");
  for (guint i = 0; eit && i < eit->n_parts; i++)
    if (g_str_equal (eit->parts[i], part))
      return eit->part_names[i];
  return part;
}

/* --- Data --- */

static void
recompute (PrsItaPage *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->rollup, prs_ita_rollup_free);
  if (self->unit_id == 0 || self->year_be == 0)
    return;
  self->rollup = prs_ita_store_compute (self->store, self->unit_id, self->year_be, &error);
  if (self->rollup == NULL)
    g_warning ("ITA roll-up of unit %" G_GINT64_FORMAT ", %d: %s", self->unit_id, self->year_be,
               error->message);
}

static gboolean
has_result (PrsItaPage *self)
{
  return self->unit_id != 0 && prs_ita_store_find_result (self->store, self->unit_id, self->year_be) != 0;
}

static char *
unit_display_name (PrsItaPage *self, gint64 unit_id)
{
  g_autofree char *name = NULL;
  g_autofree char *abbr = NULL;

  if (!prs_ita_store_get_unit_names (self->store, unit_id, &name, &abbr))
    return g_strdup ("");
  return g_steal_pointer (&name);
}

/* --- Entry rows --- */

static const char *
figure_kind (PrsItaFramework *fw, const char *code, const char *part, char **heading)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, code);

  if (item)
    {
      if (part)
        *heading = g_strdup_printf ("%s — %s", item->instrument->code, part_name (fw, part));
      else
        *heading = g_strdup (item->instrument->name);
      return part ? part : item->instrument->code;
    }
  if (prs_ita_framework_lookup_group (fw, code))
    {
      *heading = g_strdup (_("OIT sub-groups"));
      return "group";
    }
  if (prs_ita_framework_lookup_indicator (fw, code))
    {
      *heading = g_strdup (_("Indicators"));
      return "indicator";
    }
  if (prs_ita_framework_lookup_instrument (fw, code))
    {
      *heading = g_strdup (_("Instruments"));
      return "instrument";
    }
  *heading = g_strdup (_("Total"));
  return "total";
}

static char *
figure_description (PrsItaFramework *fw, const char *code, const char *part)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, code);
  const PrsItaGroupInfo *group;
  const PrsItaIndicatorInfo *ind;
  const PrsItaInstrumentInfo *inst;
  g_autofree char *base = NULL;

  if (item)
    return g_strdup (item->text);
  if ((group = prs_ita_framework_lookup_group (fw, code)))
    base = g_strdup_printf ("%s %s", group->id, group->name);
  else if ((ind = prs_ita_framework_lookup_indicator (fw, code)))
    base = g_strdup_printf ("%s. %s", ind->id, ind->name);
  else if ((inst = prs_ita_framework_lookup_instrument (fw, code)))
    base = g_strdup (inst->name);
  else
    base = g_strdup (_("Total score"));
  if (part)
    return g_strdup_printf ("%s (%s)", base, part_name (fw, part));
  return g_steal_pointer (&base);
}

static void
build_entry_rows (PrsItaPage *self)
{
  g_autoptr (GError) error = NULL;
  const char *last_kind = NULL;
  guint n;

  g_ptr_array_set_size (self->entry_rows, 0);
  if (self->rollup == NULL)
    return;
  n = prs_ita_rollup_get_n_figures (self->rollup);
  for (guint i = 0; i < n; i++)
    {
      const char *code, *part;
      PrsItaFigure fig;
      g_autofree char *heading = NULL;
      const char *kind;
      EntryRow *row;
      const PrsItaItemInfo *item;

      prs_ita_rollup_get_nth_figure (self->rollup, i, &code, &part, &fig);
      kind = figure_kind (self->framework, code, part, &heading);
      if (last_kind == NULL || !g_str_equal (kind, last_kind))
        {
          row = g_new0 (EntryRow, 1);
          row->title = g_steal_pointer (&heading);
          g_ptr_array_add (self->entry_rows, row);
          last_kind = kind;
        }
      row = g_new0 (EntryRow, 1);
      row->code = g_strdup (code);
      row->part = g_strdup (part);
      item = prs_ita_framework_lookup_item (self->framework, code);
      row->binary = item && item->instrument->binary_items;
      if (part && item)
        row->title = g_strdup_printf ("%s %s", code, part_name (self->framework, part));
      else if (part)
        row->title = g_strdup_printf ("%s %s", code, part_name (self->framework, part));
      else
        row->title = g_strdup (code);
      row->text = figure_description (self->framework, code, part);
      g_ptr_array_add (self->entry_rows, row);
    }
}

static char *
figure_text (PrsItaPage *self, EntryRow *row, PrsScore score)
{
  if (row->binary)
    return g_strdup (score >= 10000 ? _("pass") : _("fail"));
  return format_score (self, score);
}

static char *
sheet_get_cell (gpointer data, guint r, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsItaPage *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;
  PrsItaFigure fig = { 0 };
  gboolean known;

  if (row == NULL || row->code == NULL)
    return NULL;
  known = self->rollup && prs_ita_rollup_get_figure (self->rollup, row->code, row->part, &fig);
  switch (column)
    {
    case PRS_ITA_PAGE_COLUMN_TEXT:
      *tooltip = g_strdup (row->text);
      return g_strdup (row->text);
    case PRS_ITA_PAGE_COLUMN_GIVEN:
      *flags = PRS_SHEET_CELL_EDITABLE | PRS_SHEET_CELL_NUMERIC;
      if (!fig.has_given)
        return NULL;
      if (fig.has_computed && ABS (fig.given - fig.computed) > 1)
        {
          g_autofree char *given = format_score (self, fig.given);
          g_autofree char *computed = format_score (self, fig.computed);

          *flags |= PRS_SHEET_CELL_FLAGGED;
          /* Translators: a given ITA figure that disagrees with its parts */
          *tooltip = g_strdup_printf (_("Given %s, but its parts give %s"), given, computed);
        }
      return figure_text (self, row, fig.given);
    case PRS_ITA_PAGE_COLUMN_COMPUTED:
      *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
      if (!known || !fig.has_computed)
        return NULL;
      return figure_text (self, row, fig.computed);
    case PRS_ITA_PAGE_COLUMN_CHECK:
      if (fig.has_given && fig.has_computed && ABS (fig.given - fig.computed) > 1)
        {
          g_autofree char *given = format_score (self, fig.given);
          g_autofree char *computed = format_score (self, fig.computed);

          *flags = PRS_SHEET_CELL_FLAGGED;
          *tooltip = g_strdup_printf (_("Given %s, but its parts give %s"), given, computed);
          /* Translators: short note in the entry sheet, given ≠ computed */
          return g_strdup_printf (_("Disagrees: %s ≠ %s"), given, computed);
        }
      if (known && !row->binary && prs_ita_framework_lookup_item (self->framework, row->code)
          && fig.score < prs_ita_framework_get_pass_mark (self->framework))
        {
          g_autofree char *mark = format_score (self, prs_ita_framework_get_pass_mark (self->framework));

          /* Translators: %s is the pass mark, 85.00 */
          return g_strdup_printf (_("Below %s"), mark);
        }
      return NULL;
    default:
      return NULL;
    }
}

static char *
sheet_get_row_title (gpointer data, guint r, PrsSheetCellFlags *flags)
{
  PrsItaPage *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;

  if (row == NULL)
    return NULL;
  if (row->code == NULL)
    *flags = PRS_SHEET_CELL_HEADING;
  return g_strdup (row->title);
}

static void after_edit (PrsItaPage *self);

static gboolean
sheet_set_cell (gpointer data, guint r, guint column, const char *text, GError **error)
{
  PrsItaPage *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;
  gboolean ok;

  if (row == NULL || row->code == NULL || column != PRS_ITA_PAGE_COLUMN_GIVEN)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Only the “Given” column can be typed in."));
      return FALSE;
    }
  ok = prs_ita_store_set_figure_text (self->store, self->unit_id, self->year_be, row->code,
                                      row->part, text, error);
  after_edit (self);
  return ok;
}

static gboolean
sheet_set_cells (gpointer data, guint n, const guint *rows, const guint *columns,
                 const char * const *texts, GError **error)
{
  PrsItaPage *self = data;
  g_autofree PrsItaFigureText *figures = g_new0 (PrsItaFigureText, n);
  gboolean ok;

  for (guint i = 0; i < n; i++)
    {
      EntryRow *row = rows[i] < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, rows[i]) : NULL;

      if (row == NULL || row->code == NULL || columns[i] != PRS_ITA_PAGE_COLUMN_GIVEN)
        {
          g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                               _("Only the “Given” column can be typed in."));
          return FALSE;
        }
      figures[i].code = row->code;
      figures[i].part = row->part;
      figures[i].text = texts[i];
    }
  ok = prs_ita_store_set_figures_text (self->store, self->unit_id, self->year_be, figures, n, error);
  after_edit (self);
  return ok;
}

static const PrsSheetFuncs sheet_funcs = {
  .get_cell = sheet_get_cell,
  .get_row_title = sheet_get_row_title,
  .set_cell = sheet_set_cell,
  .set_cells = sheet_set_cells,
};

static void
sheet_error (PrsSheet *sheet, const char *message, PrsItaPage *self)
{
  toast (self, message);
}

/* --- Results --- */

static GtkWidget *
score_label (PrsItaPage *self, gboolean known, PrsScore score, gboolean weak)
{
  g_autofree char *text = known ? format_score (self, score) : g_strdup ("—");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "ita-score");
  if (weak)
    gtk_widget_add_css_class (label, "error");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void
row_add_suffix (GtkWidget *row, GtkWidget *suffix)
{
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  else
#if ADW_CHECK_VERSION(1, 4, 0)
    adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), suffix);
#else
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), suffix);
#endif
}

static GtkWidget *
text_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title ? title : "", -1);
  g_autofree char *s = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  return row;
}

static void
clear_groups (GtkWidget *page, GPtrArray *groups)
{
  for (guint i = 0; i < groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (page), g_ptr_array_index (groups, i));
  g_ptr_array_set_size (groups, 0);
}

static void
add_group (GtkWidget *page, GPtrArray *groups, GtkWidget *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (groups, group);
}

static const char *
level_class (const PrsItaLevelInfo *level)
{
  switch (level ? prs_ita_level_tone (level) : PRS_CHART_TONE_NEUTRAL)
    {
    case PRS_CHART_TONE_EXCELLENT: return "excellent";
    case PRS_CHART_TONE_GOOD: return "good";
    case PRS_CHART_TONE_WARNING: return "improve";
    case PRS_CHART_TONE_BAD: return "urgent";
    default: return "unknown";
    }
}

static GtkWidget *
fact (GtkWidget *grid, int row, const char *caption, const char *value)
{
  GtkWidget *c = gtk_label_new (caption);
  GtkWidget *v = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (c), 0);
  gtk_widget_add_css_class (c, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (v), 0);
  gtk_label_set_wrap (GTK_LABEL (v), TRUE);
  gtk_widget_add_css_class (v, "ita-score");
  gtk_grid_attach (GTK_GRID (grid), c, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), v, 1, row, 1, 1);
  return v;
}

static GtkWidget *
build_score_card (PrsItaPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 36);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *facts = gtk_grid_new ();
  GtkWidget *label;
  const PrsItaLevelInfo *level = prs_ita_rollup_get_level (self->rollup);
  PrsScore total = 0, prev = 0, index = 0;
  gboolean has_total = prs_ita_rollup_get_total (self->rollup, &total);
  gboolean pass = FALSE, has_pass = prs_ita_rollup_get_pass (self->rollup, &pass);
  g_autofree char *total_text = has_total ? format_score (self, total) : g_strdup ("—");
  g_autofree char *year_title = NULL;
  g_autofree char *unit = unit_display_name (self, self->unit_id);
  g_autoptr (PrsItaRollup) last = NULL;
  g_autoptr (PrsItaComparison) cmp = NULL;
  int row = 0;

  /* Translators: %s is the unit's name, %d the Buddhist Era fiscal year */
  year_title = g_strdup_printf (_("%s, fiscal year %d"), unit, self->year_be);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), year_title);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "ita-score-card");

  label = gtk_label_new (_("Total score"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (left), label);
  label = gtk_label_new (total_text);
  gtk_widget_add_css_class (label, "ita-total");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (left), label);
  label = gtk_label_new (level ? level->name : _("Level not determined"));
  gtk_widget_add_css_class (label, "ita-badge");
  gtk_widget_add_css_class (label, level_class (level));
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (left), label);
  gtk_box_append (GTK_BOX (card), left);

  gtk_grid_set_row_spacing (GTK_GRID (facts), 8);
  gtk_grid_set_column_spacing (GTK_GRID (facts), 18);
  gtk_widget_set_valign (facts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (facts, TRUE);
  {
    g_autofree char *mark = format_score (self, prs_ita_framework_get_pass_mark (self->framework));
    g_autofree char *text = !has_pass ? g_strdup (_("Not known"))
                            /* Translators: %s is the pass mark, 85.00 */
                            : g_strdup_printf (pass ? _("Passed (pass mark %s)") : _("Not passed (pass mark %s)"), mark);
    label = fact (facts, row++, _("Pass"), text);
    gtk_widget_add_css_class (label, !has_pass ? "dim-label" : pass ? "success" : "error");
  }

  last = prs_ita_store_compute (self->store, self->unit_id, self->year_be - 1, NULL);
  if (has_total && last && prs_ita_store_find_result (self->store, self->unit_id, self->year_be - 1)
      && prs_ita_rollup_get_total (last, &prev))
    {
      g_autofree char *diff = format_score (self, ABS (total - prev));
      g_autofree char *before = format_score (self, prev);
      /* Translators: change of the total from last year: "+2.15 (from 85.40 in 2567)" */
      g_autofree char *text = g_strdup_printf (_("%s%s (from %s in %d)"),
                                               total > prev ? "+" : total < prev ? "−" : "±",
                                               diff, before, self->year_be - 1);

      label = fact (facts, row++, _("Change from last year"), text);
      if (total != prev)
        gtk_widget_add_css_class (label, total > prev ? "success" : "error");
    }
  else
    fact (facts, row++, _("Change from last year"), _("No result for last year"));

  cmp = prs_ita_store_compare (self->store, self->year_be, NULL);
  if (cmp)
    {
      const PrsItaUnitScore *us = prs_ita_comparison_find (cmp, self->unit_id);

      if (us && us->rank > 0)
        {
          /* Translators: rank among the units of the workspace: "3 of 12 units" */
          g_autofree char *text = g_strdup_printf (_("%u of %u units"), us->rank, cmp->count);

          fact (facts, row++, _("Rank"), text);
        }
    }
  if (prs_ita_rollup_get_integrity_index (self->rollup, &index))
    {
      g_autofree char *text = format_score (self, index);

      fact (facts, row++, _("Integrity index"), text);
    }
  gtk_box_append (GTK_BOX (card), facts);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  return group;
}

static GtkWidget *
build_instruments (PrsItaPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (self->framework);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Instruments"));
  for (guint i = 0; i < prs_ita_framework_get_n_instruments (self->framework); i++)
    {
      const PrsItaInstrumentInfo *inst = prs_ita_framework_get_instrument (self->framework, i);
      PrsScore score = 0;
      gboolean known = prs_ita_rollup_get_instrument (self->rollup, inst->code, &score);
      g_autofree char *weight = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      weight = g_strdup_printf ("%d", (int) (inst->weight.num * 100 / MAX (inst->weight.den, 1)));
      /* Translators: instrument subtitle: "IIT · weight 30%" */
      subtitle = g_strdup_printf (_("%s · weight %s%%"), inst->code, weight);
      row = text_row (inst->name, subtitle);
      row_add_suffix (row, score_label (self, known, score, known && score < pass_mark));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      for (guint p = 0; p < inst->n_parts; p++)
        {
          PrsScore ps = 0;
          gboolean pk = prs_ita_rollup_get_eit_part (self->rollup, inst->parts[p], &ps);
          /* Translators: an EIT part row: "EIT Public" */
          g_autofree char *title = g_strdup_printf (_("%s — %s"), inst->code, inst->part_names[p]);
          GtkWidget *prow = text_row (title, NULL);

          gtk_widget_set_margin_start (prow, 0);
          row_add_suffix (prow, score_label (self, pk, ps, pk && ps < pass_mark));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), prow);
        }
    }
  return group;
}

static char *
item_score_text (PrsItaPage *self, const PrsItaItemInfo *item, gboolean *weak)
{
  const PrsItaInstrumentInfo *inst = item->instrument;
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (self->framework);
  PrsScore score = 0;

  *weak = FALSE;
  if (inst->n_parts > 0)
    {
      GString *s = g_string_new (NULL);

      for (guint p = 0; p < inst->n_parts; p++)
        {
          gboolean known = prs_ita_rollup_get_score (self->rollup, item->code, inst->parts[p], &score);
          g_autofree char *v = known ? format_score (self, score) : g_strdup ("—");

          if (known && score < pass_mark)
            *weak = TRUE;
          g_string_append_printf (s, "%s%s %s", p ? "   " : "", inst->part_names[p], v);
        }
      return g_string_free (s, FALSE);
    }
  if (!prs_ita_rollup_get_score (self->rollup, item->code, NULL, &score))
    return g_strdup ("—");
  *weak = score < pass_mark;
  if (inst->binary_items)
    return g_strdup (score >= 10000 ? _("pass") : _("fail"));
  return format_score (self, score);
}

static void
add_item_row (PrsItaPage *self, GtkWidget *expander, const PrsItaItemInfo *item)
{
  gboolean weak;
  g_autofree char *text = item_score_text (self, item, &weak);
  GtkWidget *row = text_row (item->text, item->code);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "ita-score");
  if (weak)
    gtk_widget_add_css_class (label, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static GtkWidget *
build_indicators (PrsItaPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (self->framework);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Indicators"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Open an indicator to see its items."));
  for (guint i = 0; i < prs_ita_framework_get_n_indicators (self->framework); i++)
    {
      const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (self->framework, i);
      PrsScore score = 0;
      gboolean known = prs_ita_rollup_get_indicator (self->rollup, ind->id, &score);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf ("%s. %s", ind->id, ind->name);
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), ind->instrument->code);
      row_add_suffix (row, score_label (self, known, score, known && score < pass_mark));
      if (ind->n_groups > 0)
        for (guint g = 0; g < ind->n_groups; g++)
          {
            const PrsItaGroupInfo *grp = ind->groups[g];
            PrsScore gs = 0;
            gboolean gk = prs_ita_rollup_get_score (self->rollup, grp->code, NULL, &gs);
            g_autofree char *gt = g_strdup_printf ("%s %s", grp->id, grp->name);
            GtkWidget *grow = text_row (gt, NULL);

            gtk_widget_add_css_class (grow, "heading");
            adw_action_row_add_suffix (ADW_ACTION_ROW (grow), score_label (self, gk, gs, gk && gs < pass_mark));
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row), grow);
            for (guint k = 0; k < grp->n_items; k++)
              add_item_row (self, row, grp->items[k]);
          }
      else
        for (guint k = 0; k < ind->n_items; k++)
          add_item_row (self, row, ind->items[k]);
      if (i < G_N_ELEMENTS (self->expanded))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), self->expanded[i]);
      g_object_set_data (G_OBJECT (row), "indicator-index", GUINT_TO_POINTER (i + 1));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void
remember_expanded (PrsItaPage *self)
{
  /* Keeps which indicators were open across a rebuild (typing refreshes the page). */
  for (guint i = 0; i < self->results_groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->results_groups, i);
      GtkWidget *w = group;

      /* Walk every descendant; the expander rows carry their index. */
      while (w)
        {
          guint idx = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (w), "indicator-index"));

          if (idx > 0 && idx <= G_N_ELEMENTS (self->expanded))
            self->expanded[idx - 1] = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (w));
          if (gtk_widget_get_first_child (w) && idx == 0)
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w && w != group && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = (w == NULL || w == group) ? NULL : gtk_widget_get_next_sibling (w);
            }
        }
    }
}

static GtkWidget *
empty_group (const char *title, const char *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "prs-chart-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), text);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status);
  return group;
}

static void
build_results (PrsItaPage *self)
{
  remember_expanded (self);
  clear_groups (self->results_page, self->results_groups);
  self->results_dirty = FALSE;
  if (self->rollup == NULL || !has_result (self))
    {
      add_group (self->results_page, self->results_groups,
                 empty_group (_("No ITA Results for This Year"),
                              _("Type the figures in Entry, or import the NACC’s table with Import.")));
      return;
    }
  add_group (self->results_page, self->results_groups, build_score_card (self));
  add_group (self->results_page, self->results_groups, build_instruments (self));
  add_group (self->results_page, self->results_groups, build_indicators (self));
}

/* --- Weak items and the analysis --- */

static void
weak_check_toggled (GtkCheckButton *check, PrsItaPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (check), "code");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->selected, g_strdup (code));
  else
    g_hash_table_remove (self->selected, code);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ita.group-issue",
                                 g_hash_table_size (self->selected) > 0);
}

/* The score of an item as the weak list shows it ("fail" for OIT items). */
static char *
weak_score_text (PrsItaPage *self, const PrsItaItemInfo *item, gboolean *known, gboolean *weak)
{
  PrsScore s = 0;

  *known = self->rollup && prs_ita_rollup_get_score (self->rollup, item->code, NULL, &s);
  *weak = *known && s < prs_ita_framework_get_pass_mark (self->framework);
  if (!*known)
    return g_strdup ("—");
  if (item->instrument->binary_items)
    return g_strdup (s >= 5000 ? _("pass") : _("fail"));
  return format_score (self, s);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, const char *action, GVariant *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
item_row (PrsItaPage *self, const char *code, const char *remove_action, gint64 issue_id)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (self->framework, code);
  gboolean known, weak;
  g_autofree char *score = item ? weak_score_text (self, item, &known, &weak) : g_strdup ("");
  GtkWidget *row = text_row (item ? item->text : code, code);
  GtkWidget *label = gtk_label_new (score);

  gtk_widget_add_css_class (label, "ita-score");
  if (item && weak)
    gtk_widget_add_css_class (label, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  if (remove_action)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               icon_button ("list-remove-symbolic",
                                            g_str_equal (remove_action, "ita.unlink-evidence")
                                              ? _("Unlink this evidence") : _("Take this item out of the issue"),
                                            remove_action, g_variant_new ("(xs)", issue_id, code)));
  gtk_widget_add_css_class (row, "ita-issue-detail");
  return row;
}

static void
evidence_row_activated (GtkListBox *box, GtkListBoxRow *row, PrsItaPage *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (box), GTK_TYPE_POPOVER);
  gint64 issue_id = *(gint64 *) g_object_get_data (G_OBJECT (box), "issue-id");
  const char *code = g_object_get_data (G_OBJECT (row), "code");

  if (popover)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_activate_action (GTK_WIDGET (self), "ita.link-evidence", "(xs)", issue_id, code);
}

/* A button whose popover lists the OIT items with their text. */
static GtkWidget *
evidence_chooser (PrsItaPage *self, PrsItaIssueInfo *issue)
{
  const PrsItaInstrumentInfo *oit = prs_ita_framework_lookup_instrument (self->framework, "OIT");
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_list_box_new ();
  gint64 *id = g_new (gint64, 1);

  *id = issue->id;
  g_object_set_data_full (G_OBJECT (box), "issue-id", id, g_free);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (box), TRUE);
  for (guint n = 0; oit && n < oit->n_indicators; n++)
    for (guint i = 0; i < oit->indicators[n]->n_items; i++)
      {
        const PrsItaItemInfo *item = oit->indicators[n]->items[i];
        g_autofree char *text = g_strdup_printf ("%s  %s", item->code, item->text);
        GtkWidget *label = gtk_label_new (text);
        GtkWidget *row = gtk_list_box_row_new ();
        gboolean taken = FALSE;

        for (guint e = 0; e < issue->evidence->len; e++)
          taken |= g_str_equal (g_ptr_array_index (issue->evidence, e), item->code);
        for (guint e = 0; e < issue->items->len; e++)
          taken |= g_str_equal (g_ptr_array_index (issue->items, e), item->code);
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
        gtk_widget_set_margin_start (label, 6);
        gtk_widget_set_margin_end (label, 6);
        gtk_widget_set_margin_top (label, 4);
        gtk_widget_set_margin_bottom (label, 4);
        gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
        g_object_set_data_full (G_OBJECT (row), "code", g_strdup (item->code), g_free);
        gtk_widget_set_sensitive (row, !taken);
        gtk_list_box_append (GTK_LIST_BOX (box), row);
      }
  g_signal_connect (box, "row-activated", G_CALLBACK (evidence_row_activated), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Link OIT Evidence…"));
  gtk_widget_set_tooltip_text (button, _("Link an OIT item (O1–O43) that evidences this issue"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static char *
measure_subtitle (PrsItaPage *self, PrsItaMeasureInfo *m)
{
  GString *s = g_string_new (NULL);

  if (m->period_text && *m->period_text)
    g_string_append (s, m->period_text);
  else if (m->start_date || m->end_date)
    {
      PrsDate a, b;
      g_autofree char *x = m->start_date && prs_date_parse (m->start_date, &a, NULL)
                             ? prs_date_format (&a, PRS_DATE_STYLE_SHORT, self->thai_digits) : g_strdup ("");
      g_autofree char *y = m->end_date && prs_date_parse (m->end_date, &b, NULL)
                             ? prs_date_format (&b, PRS_DATE_STYLE_SHORT, self->thai_digits) : g_strdup ("");
      g_string_append_printf (s, "%s – %s", x, y);
    }
  for (guint u = 0; u < m->unit_names->len; u++)
    g_string_append_printf (s, "%s%s", s->len == 0 ? "" : u == 0 ? " · " : ", ",
                            (char *) g_ptr_array_index (m->unit_names, u));
  if (s->len == 0)
    g_string_append (s, _("No period or responsible unit yet"));
  return g_string_free (s, FALSE);
}

static void
issue_expanded (GObject *row, GParamSpec *pspec, PrsItaPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (row, "issue-id"));

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->open_issues, GSIZE_TO_POINTER (id));
  else
    g_hash_table_remove (self->open_issues, GSIZE_TO_POINTER (id));
}

static GtkWidget *
small_heading_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "ita-issue-heading");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
build_issue_row (PrsItaPage *self, PrsItaIssueInfo *issue, guint n)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title_text = g_strdup_printf ("%u. %s", n, issue->title);
  g_autofree char *title = g_markup_escape_text (title_text, -1);
  g_autofree char *codes = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *child, *button;

  {
    GString *c = g_string_new (NULL);
    for (guint i = 0; i < issue->items->len; i++)
      g_string_append_printf (c, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (issue->items, i));
    codes = g_string_free (c, FALSE);
  }
  {
    /* Translators: part of an issue's subtitle */
    g_autofree char *ev = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u OIT evidence item",
                                                        "%u OIT evidence items", issue->evidence->len),
                                           issue->evidence->len);
    /* Translators: part of an issue's subtitle */
    g_autofree char *ms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measure", "%u measures",
                                                        issue->measures->len), issue->measures->len);
    subtitle = g_strdup_printf ("%s · %s · %s", codes, ev, ms);
  }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (row), "issue-id", GSIZE_TO_POINTER (issue->id));
  {
    GtkWidget *suffixes[3];
    guint k = 0;

    if (n > 1)
      suffixes[k++] = icon_button ("go-up-symbolic", _("Move the issue up"), "ita.move-issue",
                                   g_variant_new ("(xi)", issue->id, -1));
    suffixes[k++] = icon_button ("document-edit-symbolic", _("Rename the issue…"), "ita.rename-issue",
                                 g_variant_new_int64 (issue->id));
    suffixes[k++] = icon_button ("user-trash-symbolic", _("Delete the issue"), "ita.delete-issue",
                                 g_variant_new_int64 (issue->id));
#if ADW_CHECK_VERSION(1, 4, 0)
    for (guint i = 0; i < k; i++)
      row_add_suffix (row, suffixes[i]);
#else
    /* Before 1.4 each action goes in front of the ones added earlier. */
    for (guint i = k; i > 0; i--)
      row_add_suffix (row, suffixes[i - 1]);
#endif
  }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), small_heading_row (_("Weak items")));
  for (guint i = 0; i < issue->items->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              item_row (self, g_ptr_array_index (issue->items, i), "ita.remove-item", issue->id));

  child = small_heading_row (_("OIT evidence"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (child), evidence_chooser (self, issue));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  for (guint i = 0; i < issue->evidence->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              item_row (self, g_ptr_array_index (issue->evidence, i), "ita.unlink-evidence",
                                        issue->id));

  child = small_heading_row (_("Measures"));
  button = gtk_button_new_with_mnemonic (_("_Add Measure…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ita.add-measure");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (issue->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (child), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  for (guint i = 0; i < issue->measures->len; i++)
    {
      PrsItaMeasureInfo *m = g_ptr_array_index (issue->measures, i);
      g_autofree char *mt = g_strdup_printf ("%u.%u %s", n, i + 1, m->title);
      g_autofree char *ms = measure_subtitle (self, m);
      GtkWidget *mrow = text_row (mt, ms);

      gtk_widget_add_css_class (mrow, "ita-issue-detail");
      if (m->steps && *m->steps)
        gtk_widget_set_tooltip_text (mrow, m->steps);
      adw_action_row_add_suffix (ADW_ACTION_ROW (mrow),
                                 icon_button ("document-edit-symbolic", _("Edit the measure…"), "ita.edit-measure",
                                              g_variant_new_int64 (m->id)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (mrow),
                                 icon_button ("user-trash-symbolic", _("Delete the measure"), "ita.delete-measure",
                                              g_variant_new_int64 (m->id)));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), mrow);
    }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->open_issues, GSIZE_TO_POINTER (issue->id)));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (issue_expanded), self);
  return row;
}

static GtkWidget *
build_issues_group (PrsItaPage *self, GPtrArray *issues)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Issues and Measures"));
  {
    g_autofree char *plan = prs_ita_measures_plan_title (self->year_be);
    g_autofree char *shown = self->thai_digits ? prs_digits_to_thai (plan) : g_strdup (plan);
    /* Translators: %s is the plan's title */
    g_autofree char *desc = issues->len
      ? g_strdup_printf (_("Kept as the plan “%s”."), shown)
      : g_strdup (_("Tick weak items above and group them into an issue; then link the OIT items that "
                    "evidence it and write its measures."));
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), desc);
  }
  for (guint i = 0; i < issues->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               build_issue_row (self, g_ptr_array_index (issues, i), i + 1));
  return group;
}

static void
build_weak (PrsItaPage *self)
{
  guint n;
  g_autoptr (GHashTable) groups = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) in_issue = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *mark = NULL;
  GtkWidget *intro, *button;

  clear_groups (self->weak_page, self->weak_groups);
  g_hash_table_remove_all (self->weak_checks);
  self->weak_dirty = FALSE;
  if (self->rollup == NULL || !has_result (self))
    {
      add_group (self->weak_page, self->weak_groups,
                 empty_group (_("No ITA Results for This Year"),
                              _("Type the figures in Entry, or import the NACC’s table with Import.")));
      return;
    }
  issues = prs_ita_store_list_issues (self->store, self->unit_id, self->year_be, &error);
  if (issues == NULL)
    {
      toast (self, error->message);
      issues = g_ptr_array_new ();
    }
  for (guint i = 0; i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);

      for (guint k = 0; k < issue->items->len; k++)
        g_hash_table_insert (in_issue, g_ptr_array_index (issue->items, k), GUINT_TO_POINTER (i + 1));
      for (guint k = 0; k < issue->evidence->len; k++)
        if (!g_hash_table_contains (in_issue, g_ptr_array_index (issue->evidence, k)))
          g_hash_table_insert (in_issue, g_ptr_array_index (issue->evidence, k), GUINT_TO_POINTER (i + 1));
    }

  n = prs_ita_rollup_get_n_weak_items (self->rollup);
  mark = format_score (self, prs_ita_framework_get_pass_mark (self->framework));
  intro = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (intro), _("Weak Items"));
  if (n == 0)
    {
      /* Translators: %s is the pass mark, 85.00 */
      g_autofree char *text = g_strdup_printf (_("Every item with a score is at %s or above."), mark);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (intro), text);
    }
  else
    {
      /* Translators: %u is a number of items, %s the pass mark (85.00) */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u item below %s, weakest first, grouped by indicator. "
                                                            "Tick items and group them into an issue.",
                                                            "%u items below %s, weakest first, grouped by indicator. "
                                                            "Tick items and group them into an issue.", n),
                                               n, mark);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (intro), text);
      button = gtk_button_new_with_mnemonic (_("_Group into Issue…"));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ita.group-issue");
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (intro), button);
    }
  add_group (self->weak_page, self->weak_groups, intro);

  /* Groups appear in the order of their weakest item. */
  for (guint i = 0; i < n; i++)
    {
      const PrsItaWeakItem *weak = prs_ita_rollup_get_weak_item (self->rollup, i);
      const PrsItaIndicatorInfo *ind = weak->item->indicator;
      GtkWidget *group = g_hash_table_lookup (groups, ind);
      g_autofree char *score = format_score (self, weak->score);
      g_autofree char *subtitle = NULL;
      guint issue_n = GPOINTER_TO_UINT (g_hash_table_lookup (in_issue, weak->item->code));
      GtkWidget *row, *label;

      if (group == NULL)
        {
          PrsScore s = 0;
          g_autofree char *title = g_strdup_printf ("%s. %s", ind->id, ind->name);
          g_autofree char *desc = NULL;

          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          if (prs_ita_rollup_get_indicator (self->rollup, ind->id, &s))
            {
              g_autofree char *v = format_score (self, s);

              /* Translators: "IIT · indicator score 82.50" */
              desc = g_strdup_printf (_("%s · indicator score %s"), ind->instrument->code, v);
              adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), desc);
            }
          g_hash_table_insert (groups, (gpointer) ind, group);
          add_group (self->weak_page, self->weak_groups, group);
        }
      if (weak->part)
        subtitle = g_strdup_printf ("%s · %s", weak->item->code, part_name (self->framework, weak->part));
      else
        subtitle = g_strdup (weak->item->code);
      if (issue_n)
        {
          /* Translators: after an item's code: it is already grouped into issue 2 */
          g_autofree char *in = g_strdup_printf (_("in issue %u"), issue_n);
          char *t = g_strdup_printf ("%s · %s", subtitle, in);

          g_free (subtitle);
          subtitle = t;
        }
      row = text_row (weak->item->text, subtitle);
      {
        GtkWidget *check = gtk_check_button_new ();

        g_object_set_data_full (G_OBJECT (check), "code", g_strdup (weak->item->code), g_free);
        gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     g_hash_table_contains (self->selected, weak->item->code));
        g_signal_connect (check, "toggled", G_CALLBACK (weak_check_toggled), self);
        gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        weak->item->code, -1);
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
        g_hash_table_insert (self->weak_checks, g_strdup (weak->item->code), check);
        if (issue_n)
          gtk_widget_add_css_class (row, "ita-grouped");
      }
      label = gtk_label_new (weak->item->instrument->binary_items ? _("fail") : score);
      gtk_widget_add_css_class (label, "ita-score");
      gtk_widget_add_css_class (label, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  /* Selections of items no longer listed are dropped. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->selected);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (!g_hash_table_contains (self->weak_checks, key))
        g_hash_table_iter_remove (&iter);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ita.group-issue", g_hash_table_size (self->selected) > 0);
  add_group (self->weak_page, self->weak_groups, build_issues_group (self, issues));
}

/* --- Charts --- */

static GPtrArray *
build_chart_list (PrsItaPage *self)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_chart_unref);

  if (!has_result (self))
    return charts;
  for (int k = 0; k < PRS_ITA_CHART_N_KINDS; k++)
    {
      PrsChart *chart = prs_ita_chart_build (self->store, self->unit_id, self->year_be, k, NULL);

      if (chart)
        {
          prs_chart_set_thai_digits (chart, self->thai_digits);
          g_ptr_array_add (charts, chart);
        }
    }
  return charts;
}

static void
build_charts (PrsItaPage *self)
{
  g_autoptr (GPtrArray) charts = build_chart_list (self);
  GtkWidget *child;

  self->charts_dirty = FALSE;
  while ((child = gtk_widget_get_first_child (self->charts_flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->charts_flow), child);
  gtk_stack_set_visible_child_name (GTK_STACK (self->charts_stack), charts->len ? "charts" : "empty");
  for (guint i = 0; i < charts->len; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *view = prs_chart_view_new ();

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "ita-chart-card");
      gtk_widget_set_size_request (view, 440, 330);
      gtk_widget_set_hexpand (view, TRUE);
      prs_chart_view_set_chart (PRS_CHART_VIEW (view), g_ptr_array_index (charts, i));
      gtk_box_append (GTK_BOX (card), view);
      gtk_flow_box_append (GTK_FLOW_BOX (self->charts_flow), card);
    }
}

/* --- Refresh --- */

static const char *
visible_view (PrsItaPage *self)
{
  return adw_view_stack_get_visible_child_name (self->stack);
}

static void
refresh_visible (PrsItaPage *self)
{
  const char *view = visible_view (self);

  if (g_strcmp0 (view, "results") == 0 && self->results_dirty)
    build_results (self);
  else if (g_strcmp0 (view, "charts") == 0 && self->charts_dirty)
    build_charts (self);
  else if (g_strcmp0 (view, "weak") == 0 && self->weak_dirty)
    build_weak (self);
}

static void
mark_dirty (PrsItaPage *self)
{
  self->results_dirty = self->charts_dirty = self->weak_dirty = TRUE;
  refresh_visible (self);
}

/* Rebuilds the sheet's rows (framework of the year) and everything else. */
static void
reload (PrsItaPage *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->framework, prs_ita_framework_unref);
  g_hash_table_remove_all (self->selected);
  if (self->year_be > 0)
    self->framework = prs_ita_store_get_framework (self->store, self->unit_id, self->year_be, &error);
  recompute (self);
  if (self->framework == NULL || self->rollup == NULL)
    {
      g_ptr_array_set_size (self->entry_rows, 0);
      prs_sheet_set_n_rows (PRS_SHEET (self->sheet), 0);
    }
  else
    {
      build_entry_rows (self);
      prs_sheet_set_n_rows (PRS_SHEET (self->sheet), self->entry_rows->len);
    }
  mark_dirty (self);
}

static void fill_dropdowns (PrsItaPage *self);

static gboolean
refresh_idle_cb (gpointer data)
{
  PrsItaPage *self = data;

  self->refresh_idle = 0;
  fill_dropdowns (self);
  recompute (self);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
  mark_dirty (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed (PrsStore *store, const char *table, gint64 id, int kind, PrsItaPage *self)
{
  if (!g_str_has_prefix (table, "ita_") && !g_str_equal (table, "units"))
    return;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
after_edit (PrsItaPage *self)
{
  /* The sheet reads its cells right after an edit: give it the new figures now. */
  recompute (self);
}

/* --- Unit and year --- */

static void
fill_dropdowns (PrsItaPage *self)
{
  g_autoptr (GtkStringList) units = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr (GArray) all_years = prs_ita_store_list_years (self->store, 0);
  g_autoptr (PrsStatement) stmt = NULL;
  gint64 own = prs_ita_store_get_own_agency (self->store, NULL);
  guint unit_pos = 0, year_pos = 0;

  self->filling = TRUE;
  g_array_set_size (self->unit_ids, 0);
  g_array_set_size (self->years, 0);

  stmt = prs_store_prepare (self->store,
                            "SELECT id, name, abbreviation FROM units u "
                            "WHERE id = ?1 OR EXISTS (SELECT 1 FROM ita_results r WHERE r.unit_id = u.id) "
                            "ORDER BY id <> ?1, name", NULL);
  if (stmt)
    {
      sqlite3_bind_int64 (stmt, 1, own);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *name = (const char *) sqlite3_column_text (stmt, 1);

          g_array_append_val (self->unit_ids, id);
          gtk_string_list_append (units, name);
        }
    }

  for (int i = (int) all_years->len - 1; i >= 0; i--)
    g_array_append_val (self->years, g_array_index (all_years, int, i));
  if (self->years->len == 0)
    {
      /* Nothing recorded yet: offer this fiscal year (October starts the next). */
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      int fy = g_date_time_get_year (now) + 543 + (g_date_time_get_month (now) >= 10 ? 1 : 0);

      g_array_append_val (self->years, fy);
    }
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *y = g_strdup_printf ("%d", g_array_index (self->years, int, i));
      g_autofree char *shown = self->thai_digits ? prs_digits_to_thai (y) : g_strdup (y);

      gtk_string_list_append (years, shown);
    }

  if (self->unit_id == 0 && self->unit_ids->len > 0)
    self->unit_id = own ? own : g_array_index (self->unit_ids, gint64, 0);
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == self->unit_id)
      unit_pos = i;
  if (self->year_be == 0)
    self->year_be = g_array_index (self->years, int, 0);
  year_pos = G_MAXUINT;
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == self->year_be)
      year_pos = i;
  if (year_pos == G_MAXUINT)
    {
      /* A year being typed in for the first time stays selectable. */
      g_autofree char *y = g_strdup_printf ("%d", self->year_be);

      g_array_append_val (self->years, self->year_be);
      gtk_string_list_append (years, y);
      year_pos = self->years->len - 1;
    }

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->unit_dropdown), G_LIST_MODEL (units));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->unit_dropdown), unit_pos);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->year_dropdown), G_LIST_MODEL (years));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->year_dropdown), year_pos);
  self->filling = FALSE;
}

static void
selection_changed (GObject *dropdown, GParamSpec *pspec, PrsItaPage *self)
{
  guint upos = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->unit_dropdown));
  guint ypos = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->year_dropdown));

  if (self->filling)
    return;
  if (upos < self->unit_ids->len)
    self->unit_id = g_array_index (self->unit_ids, gint64, upos);
  if (ypos < self->years->len)
    self->year_be = g_array_index (self->years, int, ypos);
  reload (self);
}

/* --- Actions: import, export, present --- */

typedef struct
{
  PrsItaPage *self;
  PrsItaImportPreview *preview;
} ImportData;

static void
import_data_free (gpointer p)
{
  ImportData *data = p;

  g_clear_object (&data->self);
  g_clear_pointer (&data->preview, prs_ita_import_preview_free);
  g_free (data);
}

static void
import_response (AdwMessageDialog *dialog, const char *response, ImportData *data)
{
  g_autoptr (GError) error = NULL;
  guint n;

  if (!g_str_equal (response, "import"))
    return;
  n = data->preview->n_new + data->preview->n_changed;
  if (!prs_ita_import_apply (data->self->store, data->preview, &error))
    {
      toast (data->self, error->message);
      return;
    }
  {
    g_autofree char *text =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure", "Imported %u figures", n), n);
    toast (data->self, text);
  }
}

static GtkWindow *
parent_window (PrsItaPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_import_preview (PrsItaPage *self, PrsItaImportPreview *preview)
{
  g_autofree char *base = g_path_get_basename (preview->path ? preview->path : "");
  GString *body = g_string_new (NULL);
  AdwMessageDialog *dialog;
  ImportData *data;

  /* Translators: first line of the import preview: file name and what it is */
  g_string_append_printf (body, _("“%s” (%s)"), base, preview->format_note ? preview->format_note : "");
  g_string_append (body, "\n\n");
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u new figure", "%u new figures", preview->n_new),
                          preview->n_new);
  g_string_append (body, "\n");
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u changed figure", "%u changed figures",
                                             preview->n_changed), preview->n_changed);
  g_string_append (body, "\n");
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u unchanged figure", "%u unchanged figures",
                                             preview->n_unchanged), preview->n_unchanged);
  if (preview->new_units->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append (body, _("New units to be added:"));
      for (guint i = 0; i < preview->new_units->len && i < 20; i++)
        g_string_append_printf (body, "\n• %s", (char *) g_ptr_array_index (preview->new_units, i));
    }
  if (preview->errors->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append (body, g_dngettext (GETTEXT_PACKAGE,
                                          "Nothing can be imported until this problem is fixed in the file:",
                                          "Nothing can be imported until these problems are fixed in the file:",
                                          preview->errors->len));
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Import ITA Figures?"), body->str));
  g_string_free (body, TRUE);
  if (preview->errors->len > 0)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      g_autoptr (GString) errs = g_string_new (NULL);
      GtkWidget *label;

      for (guint i = 0; i < preview->errors->len && i < 200; i++)
        g_string_append_printf (errs, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (preview->errors, i));
      label = gtk_label_new (errs->str);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "error");
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      adw_message_dialog_set_extra_child (dialog, scrolled);
    }
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "import",
                                           preview->errors->len == 0
                                             && preview->n_new + preview->n_changed > 0);
  adw_message_dialog_set_default_response (dialog, preview->errors->len == 0 ? "import" : "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  data = g_new0 (ImportData, 1);
  data->self = g_object_ref (self);
  data->preview = preview;
  g_object_set_data_full (G_OBJECT (dialog), "import-data", data, import_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PrsItaPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autofree char *path = NULL;
  PrsItaImportPreview *preview;

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && error)
        toast (self, error->message);
      return;
    }
  path = g_file_get_path (file);
  preview = prs_ita_import_preview (self->store, path, &error);
  if (preview == NULL)
    {
      toast (self, error->message);
      return;
    }
  show_import_preview (self, preview);
}

static void
import_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("ITA tables (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "xlsx");
  prs_file_dialog_open (parent_window (self), _("Import ITA Figures"), filter, import_chosen,
                        g_object_ref (self));
}

typedef struct
{
  PrsItaPage *self;
  char *format;
} ExportData;

/* The documents preference (on by default: official documents use Thai digits). */
static gboolean
documents_thai_digits (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema =
    source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr (GSettings) settings = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "thai-digits-documents"))
    return TRUE;
  settings = g_settings_new (APP_ID);
  return g_settings_get_boolean (settings, "thai-digits-documents");
}

static void
export_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportData *data = user_data;
  g_autoptr (PrsItaPage) self = data->self;
  g_autofree char *format = data->format;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);

  g_free (data);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && error)
        toast (self, error->message);
      return;
    }
  if (g_str_equal (format, "figures"))
    {
      g_autofree char *path = g_file_get_path (file);

      if (!prs_ita_store_export_csv (self->store, self->year_be, path, &error))
        toast (self, error->message);
      else
        prs_export_job_show_done_toast (ADW_TOAST_OVERLAY (self->toast_overlay), file);
      return;
    }
  {
    g_autoptr (PrsReport) report = prs_ita_report_build (self->store, self->unit_id, self->year_be,
                                                         documents_thai_digits (), &error);
    PrsExportFormat fmt;

    if (report == NULL)
      {
        toast (self, error->message);
        return;
      }
    prs_export_format_from_string (format, &fmt);
    prs_export_job_start (ADW_TOAST_OVERLAY (self->toast_overlay), report, fmt, file);
  }
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autofree char *abbr = NULL;
  g_autofree char *file_name = NULL;
  ExportData *data;

  if (!has_result (self) && !g_str_equal (format, "figures"))
    {
      toast (self, _("There are no ITA figures for this unit and year to report."));
      return;
    }
  prs_ita_store_get_unit_names (self->store, self->unit_id, NULL, &abbr);
  if (g_str_equal (format, "figures"))
    /* Translators: default file name of the exported ITA figures; %d is the year */
    file_name = g_strdup_printf (_("ITA figures %d.csv"), self->year_be);
  else
    /* Translators: default file name of the ITA report: unit, year, extension */
    file_name = g_strdup_printf (_("ITA %s %d.%s"), abbr && *abbr ? abbr : "", self->year_be, format);
  g_strdelimit (file_name, "/\\:", '-');
  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->format = g_strdup (format);
  prs_file_dialog_save (parent_window (self),
                        g_str_equal (format, "figures") ? _("Export ITA Figures") : _("Export ITA Report"),
                        file_name, NULL, export_chosen, data);
}

/* --- Analysis actions --- */

static void
undo_toast (PrsItaPage *self, const char *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 8);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, "ita.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), t);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (prs_store_can_undo (self->store) && !prs_store_undo (self->store, &error))
    toast (self, error->message);
}

static void
report (PrsItaPage *self, gboolean ok, GError *error)
{
  if (!ok && error)
    toast (self, error->message);
}

/* The item's check in the weak list: "(sb)" code, ticked. */
static void
select_item_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  const char *code;
  gboolean active;
  GtkWidget *check;

  g_variant_get (param, "(&sb)", &code, &active);
  if (self->weak_dirty)
    build_weak (self);
  check = g_hash_table_lookup (self->weak_checks, code);
  if (check)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
}

/* A message dialog asking for one line of text. */
static AdwMessageDialog *
text_dialog (PrsItaPage *self, const char *heading, const char *body, const char *text,
             const char *response, const char *response_label, GtkWidget **entry_out)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, body));
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, "issue-title");
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  *entry_out = entry;
  return dialog;
}

static void
group_response (AdwMessageDialog *dialog, const char *response, PrsItaPage *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;
  gint64 id;

  if (!g_str_equal (response, "group"))
    return;
  /* In the order of the weak list: weakest first. */
  for (guint i = 0; self->rollup && i < prs_ita_rollup_get_n_weak_items (self->rollup); i++)
    {
      const char *code = prs_ita_rollup_get_weak_item (self->rollup, i)->item->code;

      if (g_hash_table_contains (self->selected, code))
        g_ptr_array_add (codes, (gpointer) code);
    }
  g_hash_table_iter_init (&iter, self->selected);
  while (codes->len == 0 && g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (codes, key);
  g_ptr_array_add (codes, NULL);
  id = prs_ita_store_create_issue (self->store, self->unit_id, self->year_be,
                                   gtk_editable_get_text (GTK_EDITABLE (entry)),
                                   (const char * const *) codes->pdata, &error);
  if (id == 0)
    {
      toast (self, error->message);
      return;
    }
  g_hash_table_remove_all (self->selected);
  g_hash_table_add (self->open_issues, GSIZE_TO_POINTER (id));
  self->weak_dirty = TRUE;
  refresh_visible (self);
}

static void
group_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  guint n = g_hash_table_size (self->selected);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (n == 0)
    {
      toast (self, _("Tick the weak items that make up the issue first."));
      return;
    }
  /* Translators: %u is the number of items ticked */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Name the issue that the %u ticked item shows, in a few words.",
                                       "Name the issue that the %u ticked items show, in a few words.", n), n);
  dialog = text_dialog (self, _("Group into an Issue"), body, NULL, "group", _("_Group"), &entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (group_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_response (AdwMessageDialog *dialog, const char *response, PrsItaPage *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "issue-id"));
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "rename"))
    report (self, prs_ita_store_set_issue_title (self->store, id, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                                 &error), error);
}

static void
rename_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr (PrsStatement) stmt = prs_store_prepare (self->store, "SELECT title FROM ita_issues WHERE id = ?1", NULL);
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  dialog = text_dialog (self, _("Rename Issue"), NULL, title, "rename", _("_Rename"), &entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "issue-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (prs_ita_store_delete_issue (self->store, g_variant_get_int64 (param), &error))
    undo_toast (self, _("Issue deleted"));
  else
    toast (self, error->message);
}

static void
move_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) issues = prs_ita_store_list_issues (self->store, self->unit_id, self->year_be, NULL);
  gint64 id;
  int delta;

  g_variant_get (param, "(xi)", &id, &delta);
  for (guint i = 0; issues && i < issues->len; i++)
    if (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->id == id)
      report (self, prs_ita_store_move_issue (self->store, id, (guint) MAX (0, (int) i + delta), &error), error);
}

static void
issue_code_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GError) error = NULL;
  const char *code;
  gint64 id;
  gboolean ok;

  g_variant_get (param, "(x&s)", &id, &code);
  if (g_str_equal (name, "ita.link-evidence"))
    ok = prs_ita_store_link_evidence (self->store, id, code, &error);
  else if (g_str_equal (name, "ita.unlink-evidence"))
    ok = prs_ita_store_unlink_evidence (self->store, id, code, &error);
  else
    ok = prs_ita_store_remove_issue_item (self->store, id, code, &error);
  report (self, ok, error);
}

/* The measure dialog. */
typedef struct
{
  PrsItaPage *self;
  gint64 issue_id;
  gint64 measure_id;
  GtkWidget *title, *steps, *period, *start, *end;
  GArray *unit_ids;     /* gint64, one per check */
  GPtrArray *checks;
} MeasureDialog;

static void
measure_dialog_free (gpointer p)
{
  MeasureDialog *d = p;

  g_object_unref (d->self);
  g_array_unref (d->unit_ids);
  g_ptr_array_unref (d->checks);
  g_free (d);
}

static gboolean
date_entry_ok (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  PrsDate d;
  gboolean ok = *text == '\0' || prs_date_parse (text, &d, NULL);

  if (ok)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");
  return ok;
}

static void
measure_validate (GtkWidget *widget, MeasureDialog *d)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (d->title, ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->title))));
  gboolean ok = date_entry_ok (d->start);

  ok = date_entry_ok (d->end) && ok && *title != '\0';
  if (dialog)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", ok);
}

static void
measure_response (AdwMessageDialog *dialog, const char *response, MeasureDialog *d)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *steps = NULL;
  PrsItaMeasureFields f = { 0 };
  GtkTextIter a, b;
  gboolean ok;

  if (!g_str_equal (response, "save"))
    return;
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->steps)), &a, &b);
  steps = gtk_text_iter_get_text (&a, &b);
  for (guint i = 0; i < d->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (d->checks, i)))
      g_array_append_val (units, g_array_index (d->unit_ids, gint64, i));
  f.title = gtk_editable_get_text (GTK_EDITABLE (d->title));
  f.steps = g_strstrip (steps);
  f.period_text = gtk_editable_get_text (GTK_EDITABLE (d->period));
  f.start_date = gtk_editable_get_text (GTK_EDITABLE (d->start));
  f.end_date = gtk_editable_get_text (GTK_EDITABLE (d->end));
  f.unit_ids = (const gint64 *) units->data;
  f.n_units = units->len;
  if (d->measure_id)
    ok = prs_ita_store_update_measure (d->self->store, d->measure_id, &f, &error);
  else
    ok = prs_ita_store_add_measure (d->self->store, d->issue_id, &f, &error) != 0;
  report (d->self, ok, error);
}

static GtkWidget *
field (GtkWidget *box, const char *caption, GtkWidget *widget, const char *name)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (caption);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_name (widget, name);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
}

static char *
date_text (PrsItaPage *self, const char *iso)
{
  PrsDate d;

  if (iso == NULL || !prs_date_parse (iso, &d, NULL))
    return g_strdup ("");
  return prs_date_format (&d, PRS_DATE_STYLE_NUMERIC, self->thai_digits);
}

static void
open_measure_dialog (PrsItaPage *self, gint64 issue_id, PrsItaMeasureInfo *m)
{
  MeasureDialog *d = g_new0 (MeasureDialog, 1);
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled, *list, *dates;
  g_autoptr (GPtrArray) units = prs_store_count_staff_by_unit_and_type (self->store, NULL);

  d->self = g_object_ref (self);
  d->issue_id = issue_id;
  d->measure_id = m ? m->id : 0;
  d->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->checks = g_ptr_array_new ();

  d->title = field (box, _("_Measure"), gtk_entry_new (), "measure-title");
  d->steps = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (d->steps), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (d->steps), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (d->steps), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (d->steps), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (d->steps), 6);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), d->steps);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_widget_add_css_class (scrolled, "card");
  field (box, _("_Steps (one a line)"), scrolled, "measure-steps-box");
  gtk_widget_set_name (d->steps, "measure-steps");
  d->period = field (box, _("_Period as printed"), gtk_entry_new (), "measure-period");
  gtk_entry_set_placeholder_text (GTK_ENTRY (d->period), _("e.g. January – September 2026"));

  dates = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (dates), TRUE);
  {
    GtkWidget *col = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    d->start = field (col, _("S_tarts"), gtk_entry_new (), "measure-start");
    gtk_box_append (GTK_BOX (dates), col);
    col = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    d->end = field (col, _("_Ends"), gtk_entry_new (), "measure-end");
    gtk_box_append (GTK_BOX (dates), col);
    gtk_entry_set_placeholder_text (GTK_ENTRY (d->start), _("day/month/year"));
    gtk_entry_set_placeholder_text (GTK_ENTRY (d->end), _("day/month/year"));
  }
  gtk_box_append (GTK_BOX (box), dates);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; units && i < units->len; i++)
    {
      PrsStaffCount *u = g_ptr_array_index (units, i);
      GtkWidget *check = gtk_check_button_new_with_label (u->name);
      g_autofree char *id_name = g_strdup_printf ("unit-%" G_GINT64_FORMAT, u->unit_id);

      gtk_widget_set_name (check, id_name);
      gtk_widget_set_margin_start (check, 6 + 18 * (int) MIN (u->depth, 4));
      for (guint k = 0; m && k < m->unit_ids->len; k++)
        if (g_array_index (m->unit_ids, gint64, k) == u->unit_id)
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_array_append_val (d->unit_ids, u->unit_id);
      g_ptr_array_add (d->checks, check);
      gtk_box_append (GTK_BOX (list), check);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_widget_add_css_class (scrolled, "card");
  field (box, _("Responsible _units"), scrolled, "measure-units");

  if (m)
    {
      g_autofree char *a = date_text (self, m->start_date);
      g_autofree char *b = date_text (self, m->end_date);

      gtk_editable_set_text (GTK_EDITABLE (d->title), m->title);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->steps)), m->steps, -1);
      gtk_editable_set_text (GTK_EDITABLE (d->period), m->period_text);
      gtk_editable_set_text (GTK_EDITABLE (d->start), a);
      gtk_editable_set_text (GTK_EDITABLE (d->end), b);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                       m ? _("Edit Measure") : _("New Measure"), NULL));
  gtk_widget_set_size_request (GTK_WIDGET (dialog), 560, -1);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "measure-dialog", d, measure_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (measure_response), d);
  g_signal_connect (d->title, "changed", G_CALLBACK (measure_validate), d);
  g_signal_connect (d->start, "changed", G_CALLBACK (measure_validate), d);
  g_signal_connect (d->end, "changed", G_CALLBACK (measure_validate), d);
  measure_validate (NULL, d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_measure_action (GtkWidget *widget, const char *name, GVariant *param)
{
  open_measure_dialog (PRS_ITA_PAGE (widget), g_variant_get_int64 (param), NULL);
}

static void
edit_measure_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr (GPtrArray) issues = prs_ita_store_list_issues (self->store, self->unit_id, self->year_be, NULL);

  for (guint i = 0; issues && i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);

      for (guint k = 0; k < issue->measures->len; k++)
        if (((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, k))->id == id)
          {
            open_measure_dialog (self, issue->id, g_ptr_array_index (issue->measures, k));
            return;
          }
    }
}

static void
delete_measure_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (prs_ita_store_delete_measure (self->store, g_variant_get_int64 (param), &error))
    undo_toast (self, _("Measure deleted"));
  else
    toast (self, error->message);
}

GtkWindow *
prs_ita_page_present (PrsItaPage *self)
{
  g_autoptr (GPtrArray) charts = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *year = NULL;
  PrsPresentation *presentation;

  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), NULL);
  charts = build_chart_list (self);
  if (charts->len == 0)
    {
      toast (self, _("There are no ITA figures for this unit and year to present."));
      return NULL;
    }
  unit = unit_display_name (self, self->unit_id);
  /* Translators: presentation subtitle, %d is the Buddhist Era year */
  year = g_strdup_printf (_("ITA results, fiscal year %d"), self->year_be);
  if (self->thai_digits)
    {
      char *t = prs_digits_to_thai (year);

      g_free (year);
      year = t;
    }
  presentation = prs_presentation_new (parent_window (self), unit, year, charts);
  gtk_window_fullscreen (GTK_WINDOW (presentation));
  gtk_window_present (GTK_WINDOW (presentation));
  return GTK_WINDOW (presentation);
}

static void
present_action (GtkWidget *widget, const char *name, GVariant *param)
{
  /* F5 is window-wide; only the visible ITA page answers it. */
  if (gtk_widget_get_mapped (widget))
    prs_ita_page_present (PRS_ITA_PAGE (widget));
}

/* --- Building the page --- */

static GtkWidget *
scrolled_page (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static GtkWidget *
build_entry_view (PrsItaPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *hint = gtk_label_new (_("Type a figure to replace it and press Enter. Paste a block copied "
                                     "from Excel or a PDF table at the cursor. Delete clears. Computed "
                                     "figures follow as you type; a given figure that disagrees with its "
                                     "parts is marked."));
  const char *titles[] = { _("Item"), _("Given"), _("Computed"), _("Check") };
  const int widths[] = { 0, 11, 11, 26 };

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_start (hint, 12);
  gtk_widget_set_margin_end (hint, 12);
  gtk_widget_set_margin_top (hint, 8);
  gtk_box_append (GTK_BOX (box), hint);

  self->sheet = prs_sheet_new ();
  gtk_widget_set_vexpand (self->sheet, TRUE);
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 12);
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("Code"), G_N_ELEMENTS (titles), titles, widths);
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &sheet_funcs, self, NULL);
  g_signal_connect (self->sheet, "error", G_CALLBACK (sheet_error), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sheet), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("ITA figures"), -1);
  gtk_box_append (GTK_BOX (box), self->sheet);
  return box;
}

static GtkWidget *
build_charts_view (PrsItaPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *hint = gtk_label_new (_("Right-click a chart (or press Shift+F10 on it) to copy it or save it as "
                                     "PNG, SVG or PDF. Press F5 to present the charts full screen."));
  GtkWidget *empty = adw_status_page_new ();

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  self->charts_flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->charts_flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->charts_flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->charts_flow), 2);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->charts_flow), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->charts_flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->charts_flow), 12);
  gtk_widget_set_valign (self->charts_flow, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), self->charts_flow);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "prs-chart-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No ITA Results for This Year"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Type the figures in Entry, or import the NACC’s table with Import."));

  self->charts_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->charts_stack), scrolled_page (box), "charts");
  gtk_stack_add_named (GTK_STACK (self->charts_stack), empty, "empty");
  return self->charts_stack;
}

static GtkWidget *
build_toolbar (PrsItaPage *self)
{
  /* Two rows — choosers and actions, then the view switcher — so the page stays narrow
   * enough to sit beside the sidebar in an ordinary window. */
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *button, *spacer;
  GMenu *menu = g_menu_new ();

  gtk_widget_add_css_class (toolbar, "ita-toolbar");
  gtk_box_append (GTK_BOX (toolbar), bar);

  self->unit_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_tooltip_text (self->unit_dropdown, _("Unit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->unit_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit"), -1);
  g_signal_connect (self->unit_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  gtk_box_append (GTK_BOX (bar), self->unit_dropdown);

  self->year_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_tooltip_text (self->year_dropdown, _("Fiscal year"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fiscal year"), -1);
  g_signal_connect (self->year_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  gtk_box_append (GTK_BOX (bar), self->year_dropdown);

  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (bar), spacer);

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (toolbar), switcher);

  button = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_widget_set_tooltip_text (button, _("Import ITA figures from CSV or XLSX…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ita.import");
  gtk_box_append (GTK_BOX (bar), button);

  g_menu_append (menu, _("Report as _PDF…"), "ita.export::pdf");
  g_menu_append (menu, _("Report as _Word (DOCX)…"), "ita.export::docx");
  g_menu_append (menu, _("Report as _Excel (XLSX)…"), "ita.export::xlsx");
  g_menu_append (menu, _("Figures as _CSV…"), "ita.export::figures");
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Export"));
  g_object_unref (menu);
  gtk_box_append (GTK_BOX (bar), button);

  button = gtk_button_new_from_icon_name ("view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (button, _("Present the charts full screen (F5)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ita.present");
  gtk_box_append (GTK_BOX (bar), button);
  return toolbar;
}

static void
view_changed (GObject *stack, GParamSpec *pspec, PrsItaPage *self)
{
  refresh_visible (self);
}

static void
prs_ita_page_dispose (GObject *object)
{
  PrsItaPage *self = PRS_ITA_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->store && self->changed_id)
    g_clear_signal_handler (&self->changed_id, self->store);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rollup, prs_ita_rollup_free);
  g_clear_pointer (&self->framework, prs_ita_framework_unref);
  G_OBJECT_CLASS (prs_ita_page_parent_class)->dispose (object);
}

static void
prs_ita_page_finalize (GObject *object)
{
  PrsItaPage *self = PRS_ITA_PAGE (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->years);
  g_ptr_array_unref (self->entry_rows);
  g_ptr_array_unref (self->results_groups);
  g_ptr_array_unref (self->weak_groups);
  g_hash_table_unref (self->selected);
  g_hash_table_unref (self->weak_checks);
  g_hash_table_unref (self->open_issues);
  G_OBJECT_CLASS (prs_ita_page_parent_class)->finalize (object);
}

static void
prs_ita_page_class_init (PrsItaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_ita_page_dispose;
  object_class->finalize = prs_ita_page_finalize;

  gtk_widget_class_install_action (widget_class, "ita.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "ita.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "ita.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "ita.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "ita.select-item", "(sb)", select_item_action);
  gtk_widget_class_install_action (widget_class, "ita.group-issue", NULL, group_issue_action);
  gtk_widget_class_install_action (widget_class, "ita.rename-issue", "x", rename_issue_action);
  gtk_widget_class_install_action (widget_class, "ita.delete-issue", "x", delete_issue_action);
  gtk_widget_class_install_action (widget_class, "ita.move-issue", "(xi)", move_issue_action);
  gtk_widget_class_install_action (widget_class, "ita.link-evidence", "(xs)", issue_code_action);
  gtk_widget_class_install_action (widget_class, "ita.unlink-evidence", "(xs)", issue_code_action);
  gtk_widget_class_install_action (widget_class, "ita.remove-item", "(xs)", issue_code_action);
  gtk_widget_class_install_action (widget_class, "ita.add-measure", "x", add_measure_action);
  gtk_widget_class_install_action (widget_class, "ita.edit-measure", "x", edit_measure_action);
  gtk_widget_class_install_action (widget_class, "ita.delete-measure", "x", delete_measure_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "prs-ita-page");
}

static void
prs_ita_page_init (PrsItaPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkEventController *shortcuts;
  AdwViewStackPage *page;

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->entry_rows = g_ptr_array_new_with_free_func (entry_row_free);
  self->results_groups = g_ptr_array_new ();
  self->weak_groups = g_ptr_array_new ();
  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->weak_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->open_issues = g_hash_table_new (NULL, NULL);

  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr (GSettingsSchema) schema =
      source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

    if (schema && g_settings_schema_has_key (schema, "thai-digits-screen"))
      {
        g_autoptr (GSettings) settings = g_settings_new (APP_ID);

        self->thai_digits = g_settings_get_boolean (settings, "thai-digits-screen");
      }
  }

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  self->results_page = adw_preferences_page_new ();
  page = adw_view_stack_add_titled (self->stack, self->results_page, "results", _("Results"));
  adw_view_stack_page_set_icon_name (page, "prs-chart-symbolic");

  page = adw_view_stack_add_titled (self->stack, build_entry_view (self), "entry", _("Entry"));
  adw_view_stack_page_set_icon_name (page, "document-edit-symbolic");

  page = adw_view_stack_add_titled (self->stack, build_charts_view (self), "charts", _("Charts"));
  adw_view_stack_page_set_icon_name (page, "x-office-presentation-symbolic");

  self->weak_page = adw_preferences_page_new ();
  page = adw_view_stack_add_titled (self->stack, self->weak_page, "weak", _("Weak Items"));
  adw_view_stack_page_set_icon_name (page, "dialog-warning-symbolic");
  g_signal_connect (self->stack, "notify::visible-child", G_CALLBACK (view_changed), self);

  gtk_box_append (GTK_BOX (box), build_toolbar (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), box);
  gtk_widget_set_parent (self->toast_overlay, GTK_WIDGET (self));

  /* F5 anywhere in the window presents (the action checks the page is shown). */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("ita.present")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

GtkWidget *
prs_ita_page_new (PrsStore *store)
{
  PrsItaPage *self;

  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  self = g_object_new (PRS_TYPE_ITA_PAGE, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed), self);
  fill_dropdowns (self);
  reload (self);
  return GTK_WIDGET (self);
}

gint64
prs_ita_page_get_unit (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), 0);
  return self->unit_id;
}

int
prs_ita_page_get_year (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), 0);
  return self->year_be;
}

void
prs_ita_page_select (PrsItaPage *self, gint64 unit_id, int year_be)
{
  g_return_if_fail (PRS_IS_ITA_PAGE (self));
  self->unit_id = unit_id;
  self->year_be = year_be;
  fill_dropdowns (self);
  reload (self);
}

void
prs_ita_page_set_view (PrsItaPage *self, const char *name)
{
  g_return_if_fail (PRS_IS_ITA_PAGE (self));
  adw_view_stack_set_visible_child_name (self->stack, name);
  refresh_visible (self);
}

PrsSheet *
prs_ita_page_get_sheet (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), NULL);
  return PRS_SHEET (self->sheet);
}

int
prs_ita_page_find_row (PrsItaPage *self, const char *code, const char *part)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), -1);
  for (guint i = 0; i < self->entry_rows->len; i++)
    {
      EntryRow *row = g_ptr_array_index (self->entry_rows, i);

      if (row->code && g_ascii_strcasecmp (row->code, code) == 0 && g_strcmp0 (row->part, part) == 0)
        return i;
    }
  return -1;
}
