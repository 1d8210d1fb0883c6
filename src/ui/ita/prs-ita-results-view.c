/* prs-ita-results-view.c: the ITA section's results — the score card, the
 * instruments and the indicators with their items, for the page's unit and year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-ita-page-private.h"
#include "prs-ita-report.h"
#include "prs-store-ita-reads.h"

struct _PrsItaResultsView
{
  GtkWidget parent_instance;

  PrsItaPage *page;           /* not owned: the page holds the view */

  /* template children */
  GtkWidget *prefs;           /* AdwPreferencesPage */

  GPtrArray *groups;
  gboolean expanded[16];
};

G_DEFINE_FINAL_TYPE (PrsItaResultsView, prs_ita_results_view, GTK_TYPE_WIDGET)

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
build_score_card (PrsItaResultsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 36);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *facts = gtk_grid_new ();
  GtkWidget *label;
  const PrsItaLevelInfo *level = prs_ita_rollup_get_level (prs_ita_page_get_rollup (self->page));
  PrsScore total = 0, prev = 0, index = 0;
  gboolean has_total = prs_ita_rollup_get_total (prs_ita_page_get_rollup (self->page), &total);
  gboolean pass = FALSE, has_pass = prs_ita_rollup_get_pass (prs_ita_page_get_rollup (self->page), &pass);
  g_autofree char *total_text = has_total ? prs_ita_page_format_score (self->page, total) : g_strdup ("—");
  g_autofree char *year_title = NULL;
  g_autofree char *unit = prs_ita_page_unit_name (self->page, prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)));
  g_autoptr (PrsItaRollup) last = NULL;
  g_autoptr (PrsItaComparison) cmp = NULL;
  int row = 0;

  /* Translators: %s is the unit's name, %d the Buddhist Era fiscal year */
  year_title = g_strdup_printf (_("%s, fiscal year %d"), unit, prs_section_page_get_year (PRS_SECTION_PAGE (self->page)));
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
  {
    g_autofree char *level_name = prs_ita_level_display_name (level);

    label = gtk_label_new (level_name ? level_name : _("Level not determined"));
  }
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
    g_autofree char *mark = prs_ita_page_format_score (self->page, prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page)));
    g_autofree char *text = !has_pass ? g_strdup (_("Not known"))
                            /* Translators: %s is the pass mark, 85.00 */
                            : g_strdup_printf (pass ? _("Passed (pass mark %s)") : _("Not passed (pass mark %s)"), mark);
    label = fact (facts, row++, _("Pass"), text);
    gtk_widget_add_css_class (label, !has_pass ? "dim-label" : pass ? "success" : "error");
  }

  last = prs_ita_store_compute (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)) - 1, NULL);
  /* last year's total, left out when it cannot be read (compute gives NULL then) */
  if (has_total && last && prs_ita_store_find_result (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)) - 1, NULL)
      && prs_ita_rollup_get_total (last, &prev))
    {
      g_autofree char *diff = prs_ita_page_format_score (self->page, ABS (total - prev));
      g_autofree char *before = prs_ita_page_format_score (self->page, prev);
      /* Translators: change of the total from last year: "+2.15 (from 85.40 in 2567)" */
      g_autofree char *text = g_strdup_printf (_("%s%s (from %s in %d)"),
                                               total > prev ? "+" : total < prev ? "−" : "±",
                                               diff, before, prs_section_page_get_year (PRS_SECTION_PAGE (self->page)) - 1);

      label = fact (facts, row++, _("Change from last year"), text);
      if (total != prev)
        gtk_widget_add_css_class (label, total > prev ? "success" : "error");
    }
  else
    fact (facts, row++, _("Change from last year"), _("No result for last year"));

  cmp = prs_ita_store_compare (PRS_ITA_STORE (self->page), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)), NULL);
  if (cmp)
    {
      const PrsItaUnitScore *us = prs_ita_comparison_find (cmp, prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)));

      if (us && us->rank > 0)
        {
          /* Translators: rank among the units of the workspace: "3 of 12 units" */
          g_autofree char *text = g_strdup_printf (_("%u of %u units"), us->rank, cmp->count);

          fact (facts, row++, _("Rank"), text);
        }
    }
  if (prs_ita_rollup_get_integrity_index (prs_ita_page_get_rollup (self->page), &index))
    {
      g_autofree char *text = prs_ita_page_format_score (self->page, index);

      fact (facts, row++, _("Integrity index"), text);
    }
  gtk_box_append (GTK_BOX (card), facts);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  return group;
}

/* ---- the published context ---- */

typedef struct
{
  PrsItaPage *page;
  gint64      unit;
  int         year;
  GPtrArray  *entries;   /* GtkEditable per field, NULL for the text fields */
  GtkWidget  *recommendations, *limitations; /* GtkTextView */
} ContextDialog;

static void
context_dialog_free (gpointer p)
{
  ContextDialog *d = p;

  g_ptr_array_unref (d->entries);
  g_free (d);
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

static void
context_response (AdwMessageDialog *dialog, const char *response, ContextDialog *d)
{
  g_autoptr (GError) error = NULL;
  const char * const *fields = prs_ita_context_field_names ();
  PrsItaContext c;
  gboolean ok = TRUE;

  if (!g_str_equal (response, "save"))
    return;
  prs_ita_context_init (&c);
  for (guint i = 0; ok && fields[i]; i++)
    {
      g_autofree char *text = NULL;

      if (g_str_equal (fields[i], "recommendations"))
        text = text_view_text (d->recommendations);
      else if (g_str_equal (fields[i], "limitations"))
        text = text_view_text (d->limitations);
      else if (g_ptr_array_index (d->entries, i))
        text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (d->entries, i))));
      else
        continue;
      ok = prs_ita_context_set_field (&c, fields[i], text, &error);
    }
  if (ok)
    ok = prs_ita_store_set_context (PRS_ITA_STORE (d->page), d->unit, d->year, &c, &error);
  prs_ita_context_clear (&c);
  if (!ok)
    prs_section_page_toast (PRS_SECTION_PAGE (d->page), error->message);
}

static GtkWidget *
multiline (const char *text, const char *label)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_widget_add_css_class (scroller, "card");
  return scroller;
}

static void
report_read_error (PrsItaResultsView *self, const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  prs_section_page_toast (PRS_SECTION_PAGE (self->page), message);
}

/* Enters the published context of the page's unit and year. */
void
prs_ita_results_view_edit_context (PrsItaResultsView *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self->page);
  ContextDialog *d = g_new0 (ContextDialog, 1);
  const char * const *fields = prs_ita_context_field_names ();
  GtkWidget *grid = gtk_grid_new ();
  AdwMessageDialog *dialog;
  PrsItaContext c;
  int row = 0;

  /* The form starts from the stored values: unreadable, it is not opened (saving
   * blank fields would overwrite them). */
  {
    g_autoptr (GError) error = NULL;

    prs_ita_store_get_context (PRS_ITA_STORE (self->page), prs_section_page_get_unit (page),
                               prs_section_page_get_year (page), &c, &error);
    if (error != NULL)
      {
        report_read_error (self, error);
        prs_ita_context_clear (&c);
        g_object_unref (g_object_ref_sink (grid));
        g_free (d);
        return;
      }
  }
  d->page = self->page;
  d->unit = prs_section_page_get_unit (page);
  d->year = prs_section_page_get_year (page);
  d->entries = g_ptr_array_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; fields[i]; i++)
    {
      const char *label_text = prs_ita_context_field_label (fields[i]);
      g_autofree char *value = prs_ita_context_get_field (&c, fields[i]);
      GtkWidget *label = gtk_label_new (label_text);
      GtkWidget *w;

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      if (g_str_equal (fields[i], "recommendations") || g_str_equal (fields[i], "limitations"))
        {
          w = multiline (value, label_text);
          if (fields[i][0] == 'r')
            d->recommendations = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
          else
            d->limitations = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
          g_ptr_array_add (d->entries, NULL);
          gtk_grid_attach (GTK_GRID (grid), label, 0, row++, 2, 1);
          gtk_grid_attach (GTK_GRID (grid), w, 0, row++, 2, 1);
          continue;
        }
      w = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (w), value ? value : "");
      gtk_editable_set_width_chars (GTK_EDITABLE (w), 10);
      gtk_entry_set_activates_default (GTK_ENTRY (w), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, label_text, -1);
      g_object_set_data_full (G_OBJECT (w), "field", g_strdup (fields[i]), g_free);
      g_ptr_array_add (d->entries, w);
      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), w, 1, row++, 1, 1);
    }
  prs_ita_context_clear (&c);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (page),
                                                       _("Published Results"),
                                                       _("What the assessor’s report says around the scores. "
                                                         "A rank may be typed with its count, such as 145/159.")));
  adw_message_dialog_set_extra_child (dialog, grid);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  g_object_set_data_full (G_OBJECT (dialog), "context-dialog", d, context_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (context_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_context_clicked (GtkButton *button, PrsItaResultsView *self)
{
  prs_ita_results_view_edit_context (self);
}

static GtkWidget *
build_context (PrsItaResultsView *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self->page);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));
  g_autoptr (GError) error = NULL;
  PrsItaContext c;
  gboolean any;

  any = prs_ita_store_get_context (PRS_ITA_STORE (self->page), prs_section_page_get_unit (page),
                                   prs_section_page_get_year (page), &c, &error);
  if (error != NULL)
    report_read_error (self, error);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Published Results"));
  /* unreadable: the toast says so, not "none entered" */
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         any || error != NULL ? NULL
                                             : _("The national average, the ranks, the respondents and "
                                                 "the assessor’s recommendations, as the assessor’s report "
                                                 "gives them. None entered yet."));
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_context_clicked), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), edit);
  if (any)
    {
      char buf[PRS_SCORE_BUF_SIZE];

      if (c.has_national_average)
        {
          g_autofree char *v = prs_section_page_digits (page, g_strdup (prs_score_to_ascii (c.national_average, buf)));
          GtkWidget *row = prs_ita_text_row (_("National average"), NULL);

          prs_ita_row_add_suffix (row, gtk_label_new (v));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      if (c.national_rank || c.ministry_rank)
        {
          const struct { const char *title; guint rank, count; } ranks[] = {
            { _("National rank"), c.national_rank, c.national_count },
            { _("Rank in the ministry"), c.ministry_rank, c.ministry_count },
          };

          for (guint k = 0; k < G_N_ELEMENTS (ranks); k++)
            {
              g_autofree char *plain = NULL;
              g_autofree char *v = NULL;
              GtkWidget *row;

              if (ranks[k].rank == 0)
                continue;
              plain = ranks[k].count ? g_strdup_printf (_("%u of %u"), ranks[k].rank, ranks[k].count)
                                     : g_strdup_printf ("%u", ranks[k].rank);
              v = prs_section_page_digits (page, g_steal_pointer (&plain));
              row = prs_ita_text_row (ranks[k].title, NULL);
              prs_ita_row_add_suffix (row, gtk_label_new (v));
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
            }
        }
      if (c.respondents_internal >= 0 || c.respondents_public >= 0 || c.respondents_survey >= 0)
        {
          GString *plain = g_string_new (NULL);
          g_autofree char *v = NULL;
          GtkWidget *row;

          if (c.respondents_internal >= 0)
            g_string_append_printf (plain, _("%d IIT"), c.respondents_internal);
          if (c.respondents_public >= 0)
            {
              if (plain->len)
                g_string_append (plain, ", ");
              g_string_append_printf (plain, _("%d EIT Public"), c.respondents_public);
            }
          if (c.respondents_survey >= 0)
            {
              if (plain->len)
                g_string_append (plain, ", ");
              g_string_append_printf (plain, _("%d EIT Survey"), c.respondents_survey);
            }
          v = prs_section_page_digits (page, g_string_free (plain, FALSE));
          row = prs_ita_text_row (_("Respondents"), v);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      if (*c.recommendations)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   prs_ita_text_row (_("The assessor’s recommendations"), c.recommendations));
      if (*c.limitations)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   prs_ita_text_row (_("Limitations"), c.limitations));
    }
  prs_ita_context_clear (&c);
  return group;
}

static GtkWidget *
build_instruments (PrsItaResultsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Instruments"));
  for (guint i = 0; i < prs_ita_framework_get_n_instruments (prs_ita_page_get_framework (self->page)); i++)
    {
      const PrsItaInstrumentInfo *inst = prs_ita_framework_get_instrument (prs_ita_page_get_framework (self->page), i);
      PrsScore score = 0;
      gboolean known = prs_ita_rollup_get_instrument (prs_ita_page_get_rollup (self->page), inst->code, &score);
      g_autofree char *weight = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      weight = g_strdup_printf ("%d", (int) (inst->weight.num * 100 / MAX (inst->weight.den, 1)));
      /* Translators: instrument subtitle: "IIT · weight 30%" */
      subtitle = g_strdup_printf (_("%s · weight %s%%"), inst->code, weight);
      row = prs_ita_text_row (inst->name, subtitle);
      prs_ita_row_add_suffix (row, prs_ita_score_label (self->page, known, score, known && score < pass_mark));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      for (guint p = 0; p < inst->n_parts; p++)
        {
          PrsScore ps = 0;
          gboolean pk = prs_ita_rollup_get_eit_part (prs_ita_page_get_rollup (self->page), inst->parts[p], &ps);
          /* Translators: an EIT part row: "EIT Public" */
          g_autofree char *title = g_strdup_printf (_("%s — %s"), inst->code, inst->part_names[p]);
          GtkWidget *prow = prs_ita_text_row (title, NULL);

          gtk_widget_set_margin_start (prow, 0);
          prs_ita_row_add_suffix (prow, prs_ita_score_label (self->page, pk, ps, pk && ps < pass_mark));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), prow);
        }
    }
  return group;
}

static char *
item_score_text (PrsItaResultsView *self, const PrsItaItemInfo *item, gboolean *weak)
{
  const PrsItaInstrumentInfo *inst = item->instrument;
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page));
  PrsScore score = 0;

  *weak = FALSE;
  if (inst->n_parts > 0)
    {
      GString *s = g_string_new (NULL);

      for (guint p = 0; p < inst->n_parts; p++)
        {
          gboolean known = prs_ita_rollup_get_score (prs_ita_page_get_rollup (self->page), item->code, inst->parts[p], &score);
          g_autofree char *v = known ? prs_ita_page_format_score (self->page, score) : g_strdup ("—");

          if (known && score < pass_mark)
            *weak = TRUE;
          g_string_append_printf (s, "%s%s %s", p ? "   " : "", inst->part_names[p], v);
        }
      return g_string_free (s, FALSE);
    }
  if (!prs_ita_rollup_get_score (prs_ita_page_get_rollup (self->page), item->code, NULL, &score))
    return g_strdup ("—");
  *weak = score < pass_mark;
  if (inst->binary_items)
    return g_strdup (score >= 10000 ? _("pass") : _("fail"));
  return prs_ita_page_format_score (self->page, score);
}

static void
add_item_row (PrsItaResultsView *self, GtkWidget *expander, const PrsItaItemInfo *item)
{
  gboolean weak;
  g_autofree char *text = item_score_text (self, item, &weak);
  /* Translators: subtitle of an ITA item answered yes or no: "I4 · answered yes or no" */
  g_autofree char *subtitle = item->yes_no ? g_strdup_printf (_("%s · answered yes or no"), item->code)
                                           : g_strdup (item->code);
  GtkWidget *row = prs_ita_text_row (item->text, subtitle);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "ita-score");
  if (weak)
    gtk_widget_add_css_class (label, "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

/* An indicator's sub-groups and items, added the first time it is opened: a closed
 * indicator costs one row, so the results show at once. */
static void
fill_indicator (PrsItaResultsView *self, GtkWidget *row)
{
  PrsItaFramework *fw = prs_ita_page_get_framework (self->page);
  PrsItaRollup *rollup = prs_ita_page_get_rollup (self->page);
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "indicator-index")) - 1;
  const PrsItaIndicatorInfo *ind;
  PrsScore pass_mark;

  if (g_object_get_data (G_OBJECT (row), "filled") != NULL || fw == NULL || rollup == NULL
      || i >= prs_ita_framework_get_n_indicators (fw))
    return;
  g_object_set_data (G_OBJECT (row), "filled", GINT_TO_POINTER (1));
  ind = prs_ita_framework_get_indicator (fw, i);
  pass_mark = prs_ita_framework_get_pass_mark (fw);
  if (ind->n_groups > 0)
    for (guint g = 0; g < ind->n_groups; g++)
      {
        const PrsItaGroupInfo *grp = ind->groups[g];
        PrsScore gs = 0;
        gboolean gk = prs_ita_rollup_get_score (rollup, grp->code, NULL, &gs);
        g_autofree char *gt = g_strdup_printf ("%s %s", grp->id, grp->name);
        GtkWidget *grow = prs_ita_text_row (gt, NULL);

        gtk_widget_add_css_class (grow, "heading");
        adw_action_row_add_suffix (ADW_ACTION_ROW (grow), prs_ita_score_label (self->page, gk, gs, gk && gs < pass_mark));
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), grow);
        for (guint k = 0; k < grp->n_items; k++)
          add_item_row (self, row, grp->items[k]);
      }
  else
    for (guint k = 0; k < ind->n_items; k++)
      add_item_row (self, row, ind->items[k]);
}

static void
indicator_expanded (GtkWidget *row, GParamSpec *pspec, PrsItaResultsView *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    fill_indicator (self, row);
}

static GtkWidget *
build_indicators (PrsItaResultsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  PrsItaFramework *fw = prs_ita_page_get_framework (self->page);
  PrsScore pass_mark = prs_ita_framework_get_pass_mark (fw);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Indicators"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Open an indicator to see its items."));
  for (guint i = 0; i < prs_ita_framework_get_n_indicators (fw); i++)
    {
      const PrsItaIndicatorInfo *ind = prs_ita_framework_get_indicator (fw, i);
      PrsScore score = 0;
      gboolean known = prs_ita_rollup_get_indicator (prs_ita_page_get_rollup (self->page), ind->id, &score);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf ("%s. %s", ind->id, ind->name);
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), ind->instrument->code);
      prs_ita_row_add_suffix (row, prs_ita_score_label (self->page, known, score, known && score < pass_mark));
      g_object_set_data (G_OBJECT (row), "indicator-index", GUINT_TO_POINTER (i + 1));
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (indicator_expanded), self, 0);
      if (i < G_N_ELEMENTS (self->expanded) && self->expanded[i])
        {
          fill_indicator (self, row);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void
remember_expanded (PrsItaResultsView *self)
{
  /* Keeps which indicators were open across a rebuild (typing refreshes the page). */
  for (guint i = 0; i < self->groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->groups, i);
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


void
prs_ita_results_view_rebuild (PrsItaResultsView *self)
{
  g_return_if_fail (PRS_IS_ITA_RESULTS_VIEW (self));
  remember_expanded (self);
  prs_ita_clear_groups (self->prefs, self->groups);
  if (prs_ita_page_get_rollup (self->page) == NULL || !prs_ita_page_has_result (self->page))
    {
      prs_ita_add_group (self->prefs, self->groups, prs_ita_empty_group ());
      return;
    }
  prs_ita_add_group (self->prefs, self->groups, build_score_card (self));
  prs_ita_add_group (self->prefs, self->groups, build_context (self));
  prs_ita_add_group (self->prefs, self->groups, build_instruments (self));
  prs_ita_add_group (self->prefs, self->groups, build_indicators (self));
}

static void
prs_ita_results_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_ITA_RESULTS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_ita_results_view_parent_class)->dispose (object);
}

static void
prs_ita_results_view_finalize (GObject *object)
{
  g_ptr_array_unref (PRS_ITA_RESULTS_VIEW (object)->groups);
  G_OBJECT_CLASS (prs_ita_results_view_parent_class)->finalize (object);
}

static void
prs_ita_results_view_class_init (PrsItaResultsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_ita_results_view_dispose;
  object_class->finalize = prs_ita_results_view_finalize;
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-ita-results-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsItaResultsView, prefs);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prs_ita_results_view_init (PrsItaResultsView *self)
{
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_ita_results_view_new (PrsItaPage *page)
{
  PrsItaResultsView *self = g_object_new (PRS_TYPE_ITA_RESULTS_VIEW, NULL);

  self->page = page;
  return GTK_WIDGET (self);
}
