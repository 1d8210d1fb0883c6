/* prs-ita-analysis-view.c: the ITA section's analysis — the weak items, grouped into
 * issues with their OIT evidence and the measures that answer them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-date.h"
#include "prs-digits.h"
#include "prs-ita-page-private.h"
#include "prs-store-ita-reads.h"

struct _PrsItaAnalysisView
{
  GtkWidget parent_instance;

  PrsItaPage *page;           /* not owned: the page holds the view */

  /* template children */
  GtkWidget *prefs;           /* AdwPreferencesPage */

  GPtrArray *groups;
  GHashTable *selected;       /* codes ticked in the weak list */
  GHashTable *weak_checks;    /* code -> GtkCheckButton of the current weak list */
  GHashTable *open_issues;    /* ids of the issues shown expanded */
};

G_DEFINE_FINAL_TYPE (PrsItaAnalysisView, prs_ita_analysis_view, GTK_TYPE_WIDGET)

static void
weak_check_toggled (GtkCheckButton *check, PrsItaAnalysisView *self)
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
weak_score_text (PrsItaAnalysisView *self, const PrsItaItemInfo *item, gboolean *known, gboolean *weak)
{
  PrsScore s = 0;

  *known = prs_ita_page_get_rollup (self->page) && prs_ita_rollup_get_score (prs_ita_page_get_rollup (self->page), item->code, NULL, &s);
  *weak = *known && s < prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page));
  if (!*known)
    return g_strdup ("—");
  if (item->instrument->binary_items)
    return g_strdup (s >= 5000 ? _("pass") : _("fail"));
  return prs_ita_page_format_score (self->page, s);
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
item_row (PrsItaAnalysisView *self, const char *code, const char *remove_action, gint64 issue_id)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (prs_ita_page_get_framework (self->page), code);
  gboolean known, weak;
  g_autofree char *score = item ? weak_score_text (self, item, &known, &weak) : g_strdup ("");
  g_autofree char *subtitle = item && item->yes_no ? g_strdup_printf (_("%s · answered yes or no"), code)
                                                   : g_strdup (code);
  GtkWidget *row = prs_ita_text_row (item ? item->text : code, subtitle);
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
evidence_row_activated (GtkListBox *box, GtkListBoxRow *row, PrsItaAnalysisView *self)
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
evidence_chooser (PrsItaAnalysisView *self, PrsItaIssueInfo *issue)
{
  const PrsItaInstrumentInfo *oit = prs_ita_framework_lookup_instrument (prs_ita_page_get_framework (self->page), "OIT");
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
measure_subtitle (PrsItaAnalysisView *self, PrsItaMeasureInfo *m)
{
  GString *s = g_string_new (NULL);

  if (m->period_text && *m->period_text)
    g_string_append (s, m->period_text);
  else if (m->start_date || m->end_date)
    {
      PrsDate a, b;
      g_autofree char *x = m->start_date && prs_date_parse (m->start_date, &a, NULL)
                             ? prs_date_format (&a, PRS_DATE_STYLE_SHORT, prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self->page))) : g_strdup ("");
      g_autofree char *y = m->end_date && prs_date_parse (m->end_date, &b, NULL)
                             ? prs_date_format (&b, PRS_DATE_STYLE_SHORT, prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self->page))) : g_strdup ("");
      g_string_append_printf (s, "%s – %s", x, y);
    }
  for (guint u = 0; u < m->unit_labels->len; u++)
    g_string_append_printf (s, "%s%s", s->len == 0 ? "" : u == 0 ? " · " : ", ",
                            (char *) g_ptr_array_index (m->unit_labels, u));
  if (s->len == 0)
    g_string_append (s, _("No period or responsible unit yet"));
  return g_string_free (s, FALSE);
}

static void
issue_expanded (GObject *row, GParamSpec *pspec, PrsItaAnalysisView *self)
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
build_issue_row (PrsItaAnalysisView *self, PrsItaIssueInfo *issue, guint n)
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
      prs_ita_row_add_suffix (row, suffixes[i]);
#else
    /* Before 1.4 each action goes in front of the ones added earlier. */
    for (guint i = k; i > 0; i--)
      prs_ita_row_add_suffix (row, suffixes[i - 1]);
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
      GtkWidget *mrow = prs_ita_text_row (mt, ms);

      gtk_widget_add_css_class (mrow, "ita-issue-detail");
      if (m->steps && *m->steps)
        gtk_widget_set_tooltip_text (mrow, m->steps);
      if (i > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (mrow),
                                   icon_button ("go-up-symbolic", _("Move the measure up"), "ita.move-measure",
                                                g_variant_new ("(xi)", m->id, -1)));
      if (i + 1 < issue->measures->len)
        adw_action_row_add_suffix (ADW_ACTION_ROW (mrow),
                                   icon_button ("go-down-symbolic", _("Move the measure down"), "ita.move-measure",
                                                g_variant_new ("(xi)", m->id, 1)));
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
build_issues_group (PrsItaAnalysisView *self, GPtrArray *issues)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Issues and Measures"));
  {
    g_autofree char *plan = prs_ita_measures_plan_title (prs_section_page_get_year (PRS_SECTION_PAGE (self->page)));
    g_autofree char *shown = prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self->page)) ? prs_digits_to_thai (plan) : g_strdup (plan);
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
build_weak (PrsItaAnalysisView *self)
{
  guint n;
  g_autoptr (GHashTable) groups = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) in_issue = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *mark = NULL;
  GtkWidget *intro, *button;

  prs_ita_clear_groups (self->prefs, self->groups);
  g_hash_table_remove_all (self->weak_checks);
  if (prs_ita_page_get_rollup (self->page) == NULL || !prs_ita_page_has_result (self->page))
    {
      prs_ita_add_group (self->prefs, self->groups,
                 prs_ita_empty_group ());
      return;
    }
  issues = prs_ita_store_list_issues (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)), &error);
  if (issues == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
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

  n = prs_ita_rollup_get_n_weak_items (prs_ita_page_get_rollup (self->page));
  mark = prs_ita_page_format_score (self->page, prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page)));
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
  prs_ita_add_group (self->prefs, self->groups, intro);

  /* Groups appear in the order of their weakest item. */
  for (guint i = 0; i < n; i++)
    {
      const PrsItaWeakItem *weak = prs_ita_rollup_get_weak_item (prs_ita_page_get_rollup (self->page), i);
      const PrsItaIndicatorInfo *ind = weak->item->indicator;
      GtkWidget *group = g_hash_table_lookup (groups, ind);
      g_autofree char *score = prs_ita_page_format_score (self->page, weak->score);
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
          if (prs_ita_rollup_get_indicator (prs_ita_page_get_rollup (self->page), ind->id, &s))
            {
              g_autofree char *v = prs_ita_page_format_score (self->page, s);

              /* Translators: "IIT · indicator score 82.50" */
              desc = g_strdup_printf (_("%s · indicator score %s"), ind->instrument->code, v);
              adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), desc);
            }
          g_hash_table_insert (groups, (gpointer) ind, group);
          prs_ita_add_group (self->prefs, self->groups, group);
        }
      if (weak->part)
        subtitle = g_strdup_printf ("%s · %s", weak->item->code, prs_ita_part_name (prs_ita_page_get_framework (self->page), weak->part));
      else if (weak->item->yes_no)
        subtitle = g_strdup_printf (_("%s · answered yes or no"), weak->item->code);
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
      row = prs_ita_text_row (weak->item->text, subtitle);
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
  prs_ita_add_group (self->prefs, self->groups, build_issues_group (self, issues));
}

static void
report (PrsItaAnalysisView *self, gboolean ok, GError *error)
{
  if (!ok && error)
    prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
}

/* The issues of the page's unit and year for an action on one of them; NULL, and
 * the read error said, when they could not be read. */
static GPtrArray *
issues_or_report (PrsItaAnalysisView *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *issues = prs_ita_store_list_issues (PRS_ITA_STORE (self->page),
                                                 prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)),
                                                 prs_section_page_get_year (PRS_SECTION_PAGE (self->page)), &error);

  if (issues == NULL && error != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), message);
    }
  return issues;
}

/* The item's check in the weak list: "(sb)" code, ticked. */
static void
select_item_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  const char *code;
  gboolean active;
  GtkWidget *check;

  g_variant_get (param, "(&sb)", &code, &active);
  prs_section_page_flush_refresh (PRS_SECTION_PAGE (self->page));
  check = g_hash_table_lookup (self->weak_checks, code);
  if (check == NULL)
    {
      build_weak (self);
      check = g_hash_table_lookup (self->weak_checks, code);
    }
  if (check)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
}

/* A message dialog asking for one line of text. */
static AdwMessageDialog *
text_dialog (PrsItaAnalysisView *self, const char *heading, const char *body, const char *text,
             const char *response, const char *response_label, GtkWidget **entry_out)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self->page)), heading, body));
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
group_response (AdwMessageDialog *dialog, const char *response, PrsItaAnalysisView *self)
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
  for (guint i = 0; prs_ita_page_get_rollup (self->page) && i < prs_ita_rollup_get_n_weak_items (prs_ita_page_get_rollup (self->page)); i++)
    {
      const char *code = prs_ita_rollup_get_weak_item (prs_ita_page_get_rollup (self->page), i)->item->code;

      if (g_hash_table_contains (self->selected, code))
        g_ptr_array_add (codes, (gpointer) code);
    }
  g_hash_table_iter_init (&iter, self->selected);
  while (codes->len == 0 && g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (codes, key);
  g_ptr_array_add (codes, NULL);
  id = prs_ita_store_create_issue (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)),
                                   gtk_editable_get_text (GTK_EDITABLE (entry)),
                                   (const char * const *) codes->pdata, &error);
  if (id == 0)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
      return;
    }
  g_hash_table_remove_all (self->selected);
  g_hash_table_add (self->open_issues, GSIZE_TO_POINTER (id));
  build_weak (self);
}

static void
group_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  guint n = g_hash_table_size (self->selected);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (n == 0)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), _("Tick the weak items that make up the issue first."));
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
rename_response (AdwMessageDialog *dialog, const char *response, PrsItaAnalysisView *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "issue-id"));
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "rename"))
    report (self, prs_ita_store_set_issue_title (PRS_ITA_STORE (self->page), id, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                                 &error), error);
}

static void
rename_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = prs_ita_store_get_issue_title (PRS_ITA_STORE (self->page), id, &error);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (error != NULL)
    {
      /* not a rename form with an empty title */
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), message);
      return;
    }

  dialog = text_dialog (self, _("Rename Issue"), NULL, title, "rename", _("_Rename"), &entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "issue-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (prs_ita_store_delete_issue (PRS_ITA_STORE (self->page), g_variant_get_int64 (param), &error))
    prs_section_page_undo_toast (PRS_SECTION_PAGE (self->page), _("Issue deleted"));
  else
    prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
}

static void
move_issue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) issues = issues_or_report (self);
  gint64 id;
  int delta;

  g_variant_get (param, "(xi)", &id, &delta);
  for (guint i = 0; issues && i < issues->len; i++)
    if (((PrsItaIssueInfo *) g_ptr_array_index (issues, i))->id == id)
      report (self, prs_ita_store_move_issue (PRS_ITA_STORE (self->page), id, (guint) MAX (0, (int) i + delta), &error), error);
}

/* Moves a measure up (-1) or down (+1) among its issue's measures: one undo step. */
static void
move_measure_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) issues = issues_or_report (self);
  gint64 id;
  int delta;

  g_variant_get (param, "(xi)", &id, &delta);
  for (guint i = 0; issues && i < issues->len; i++)
    {
      PrsItaIssueInfo *issue = g_ptr_array_index (issues, i);

      for (guint k = 0; k < issue->measures->len; k++)
        if (((PrsItaMeasureInfo *) g_ptr_array_index (issue->measures, k))->id == id)
          {
            int to = CLAMP ((int) k + delta, 0, (int) issue->measures->len - 1);
            gboolean ok = prs_ita_store_move_measure (PRS_ITA_STORE (self->page), id, (guint) to, &error);

            if (ok)
              prs_section_page_undo_toast (PRS_SECTION_PAGE (self->page), _("Measure moved"));
            else
              prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
            return;
          }
    }
}

static void
issue_code_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  const char *code;
  gint64 id;
  gboolean ok;

  g_variant_get (param, "(x&s)", &id, &code);
  if (g_str_equal (name, "ita.link-evidence"))
    ok = prs_ita_store_link_evidence (PRS_ITA_STORE (self->page), id, code, &error);
  else if (g_str_equal (name, "ita.unlink-evidence"))
    ok = prs_ita_store_unlink_evidence (PRS_ITA_STORE (self->page), id, code, &error);
  else
    ok = prs_ita_store_remove_issue_item (PRS_ITA_STORE (self->page), id, code, &error);
  report (self, ok, error);
}

/* The measure dialog. */
typedef struct
{
  PrsItaAnalysisView *self;
  gint64 issue_id;
  gint64 measure_id;
  GtkWidget *title, *steps, *period, *start, *end;
  GtkWidget *all_units;       /* GtkCheckButton: every unit is responsible */
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
  f.all_units = gtk_check_button_get_active (GTK_CHECK_BUTTON (d->all_units));
  if (d->measure_id)
    ok = prs_ita_store_update_measure (PRS_ITA_STORE (d->self->page), d->measure_id, &f, &error);
  else
    ok = prs_ita_store_add_measure (PRS_ITA_STORE (d->self->page), d->issue_id, &f, &error) != 0;
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
date_text (PrsItaAnalysisView *self, const char *iso)
{
  PrsDate d;

  if (iso == NULL || !prs_date_parse (iso, &d, NULL))
    return g_strdup ("");
  return prs_date_format (&d, PRS_DATE_STYLE_NUMERIC, prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self->page)));
}

static void
open_measure_dialog (PrsItaAnalysisView *self, gint64 issue_id, PrsItaMeasureInfo *m)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) units = prs_store_count_staff_by_unit_and_type (PRS_ITA_STORE (self->page), &error);
  MeasureDialog *d;
  AdwMessageDialog *dialog;
  GtkWidget *box, *scrolled, *list, *dates;

  if (units == NULL)
    {
      /* not a form without the units to tick: saving it would clear the measure's units */
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not read the workspace: %s"), error ? error->message : "");
      prs_section_page_toast (PRS_SECTION_PAGE (self->page), message);
      return;
    }
  d = g_new0 (MeasureDialog, 1);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
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
  /* "All units" (ทุกหน่วยงาน) stands for the list, which then does not apply */
  d->all_units = gtk_check_button_new_with_mnemonic (_("_All units are responsible"));
  gtk_widget_set_name (d->all_units, "measure-all-units");
  g_object_bind_property (d->all_units, "active", scrolled, "sensitive", G_BINDING_INVERT_BOOLEAN);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d->all_units), m && m->all_units);
  gtk_box_append (GTK_BOX (box), d->all_units);

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

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self->page)),
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
  open_measure_dialog (PRS_ITA_ANALYSIS_VIEW (widget), g_variant_get_int64 (param), NULL);
}

static void
edit_measure_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr (GPtrArray) issues = issues_or_report (self);

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
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (prs_ita_store_delete_measure (PRS_ITA_STORE (self->page), g_variant_get_int64 (param), &error))
    prs_section_page_undo_toast (PRS_SECTION_PAGE (self->page), _("Measure deleted"));
  else
    prs_section_page_toast (PRS_SECTION_PAGE (self->page), error->message);
}


void
prs_ita_analysis_view_rebuild (PrsItaAnalysisView *self)
{
  g_return_if_fail (PRS_IS_ITA_ANALYSIS_VIEW (self));
  build_weak (self);
}

void
prs_ita_analysis_view_reset (PrsItaAnalysisView *self)
{
  g_return_if_fail (PRS_IS_ITA_ANALYSIS_VIEW (self));
  g_hash_table_remove_all (self->selected);
}

static void
prs_ita_analysis_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_ITA_ANALYSIS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_ita_analysis_view_parent_class)->dispose (object);
}

static void
prs_ita_analysis_view_finalize (GObject *object)
{
  PrsItaAnalysisView *self = PRS_ITA_ANALYSIS_VIEW (object);

  g_ptr_array_unref (self->groups);
  g_hash_table_unref (self->selected);
  g_hash_table_unref (self->weak_checks);
  g_hash_table_unref (self->open_issues);
  G_OBJECT_CLASS (prs_ita_analysis_view_parent_class)->finalize (object);
}

static void
prs_ita_analysis_view_class_init (PrsItaAnalysisViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_ita_analysis_view_dispose;
  object_class->finalize = prs_ita_analysis_view_finalize;
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-ita-analysis-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsItaAnalysisView, prefs);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

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
  gtk_widget_class_install_action (widget_class, "ita.move-measure", "(xi)", move_measure_action);
}

static void
prs_ita_analysis_view_init (PrsItaAnalysisView *self)
{
  self->groups = g_ptr_array_new ();
  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->weak_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->open_issues = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prs_ita_analysis_view_new (PrsItaPage *page)
{
  PrsItaAnalysisView *self = g_object_new (PRS_TYPE_ITA_ANALYSIS_VIEW, NULL);

  self->page = page;
  return GTK_WIDGET (self);
}
