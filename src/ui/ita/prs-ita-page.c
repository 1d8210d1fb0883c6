/* prs-ita-page.c: the ITA section (see prs-ita-page.h)
 *
 * One unit's year at a time, on the section scaffold (prs-section-page.h), which
 * owns the unit and year choosers, the import/export/present actions, toasts and
 * refresh. The page holds the year's framework and the roll-up of its figures
 * (prs-ita-page-private.h) and composes four views: results, entry, charts and the
 * weak-item analysis. Every figure shown comes from the roll-up engine over the stored
 * figures; every edit goes through prs-ita-store.h (one undo step each), and the
 * page follows the store's ::changed signal, so undo in the window, an import and
 * typing in the sheet all refresh it the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-digits.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-ita-page-private.h"
#include "prs-ita-report.h"
#include "prs-presentation.h"
#include "prs-store-ita-reads.h"

struct _PrsItaPage
{
  PrsSectionPage parent_instance;

  PrsItaFramework *framework;
  PrsItaRollup *rollup;

  AdwViewStack *stack;
  GtkWidget *results;         /* PrsItaResultsView */
  GtkWidget *entry;           /* PrsItaEntryView */
  GtkWidget *charts;          /* PrsItaChartsView */
  GtkWidget *analysis;        /* PrsItaAnalysisView */
  gboolean results_dirty, charts_dirty, weak_dirty;
};

G_DEFINE_FINAL_TYPE (PrsItaPage, prs_ita_page, PRS_TYPE_SECTION_PAGE)

/* --- Shared with the views (prs-ita-page-private.h) --- */

PrsItaFramework *
prs_ita_page_get_framework (PrsItaPage *self)
{
  return self->framework;
}

PrsItaRollup *
prs_ita_page_get_rollup (PrsItaPage *self)
{
  return self->rollup;
}

char *
prs_ita_page_format_score (PrsItaPage *self, PrsScore score)
{
  return prs_score_format (score, prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self)));
}

const char *
prs_ita_part_name (PrsItaFramework *fw, const char *part)
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

void
prs_ita_page_recompute (PrsItaPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);
  g_autoptr (GError) error = NULL;
  gint64 unit = prs_section_page_get_unit (page);
  int year = prs_section_page_get_year (page);

  g_clear_pointer (&self->rollup, prs_ita_rollup_free);
  if (unit == 0 || year == 0)
    return;
  self->rollup = prs_ita_store_compute (PRS_ITA_STORE (self), unit, year, &error);
  if (self->rollup == NULL)
    g_warning ("ITA roll-up of unit %" G_GINT64_FORMAT ", %d: %s", unit, year, error->message);
}

static void
report_read_error (PrsItaPage *self, const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  prs_section_page_toast (PRS_SECTION_PAGE (self), message);
}

gboolean
prs_ita_page_has_result (PrsItaPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 unit = prs_section_page_get_unit (PRS_SECTION_PAGE (self));
  gint64 result;

  if (unit == 0)
    return FALSE;
  result = prs_ita_store_find_result (PRS_ITA_STORE (self), unit, prs_section_page_get_year (PRS_SECTION_PAGE (self)),
                                      &error);
  if (error != NULL)
    report_read_error (self, error);
  return result != 0;
}

char *
prs_ita_page_unit_name (PrsItaPage *self, gint64 unit_id)
{
  g_autofree char *name = NULL;
  g_autofree char *abbr = NULL;
  g_autoptr (GError) error = NULL;

  if (!prs_ita_store_get_unit_names (PRS_ITA_STORE (self), unit_id, &name, &abbr, &error))
    {
      if (error != NULL)
        report_read_error (self, error);
      return g_strdup ("");
    }
  return g_steal_pointer (&name);
}

GPtrArray *
prs_ita_page_build_charts (PrsItaPage *self)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_chart_unref);
  PrsSectionPage *page = PRS_SECTION_PAGE (self);

  if (!prs_ita_page_has_result (self))
    return charts;
  for (int k = 0; k < PRS_ITA_CHART_N_KINDS; k++)
    {
      PrsChart *chart = prs_ita_chart_build_full (PRS_ITA_STORE (self), prs_section_page_get_unit (page),
                                                  prs_section_page_get_year (page), k,
                                                  prs_section_page_get_thai_digits (page), NULL);

      if (chart)
        g_ptr_array_add (charts, chart);
    }
  return charts;
}

GtkWidget *
prs_ita_text_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title ? title : "", -1);
  g_autofree char *s = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  if (s)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  return row;
}

void
prs_ita_row_add_suffix (GtkWidget *row, GtkWidget *suffix)
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

GtkWidget *
prs_ita_score_label (PrsItaPage *page, gboolean known, PrsScore score, gboolean weak)
{
  g_autofree char *text = known ? prs_ita_page_format_score (page, score) : g_strdup ("—");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "ita-score");
  if (weak)
    gtk_widget_add_css_class (label, "error");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

GtkWidget *
prs_ita_empty_group (void)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Import ITA Results…"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "prs-chart-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No ITA Results for This Year"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Type the figures in Entry, or import the NACC’s table with Import."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "section.import");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status);
  return group;
}

void
prs_ita_clear_groups (GtkWidget *prefs_page, GPtrArray *groups)
{
  for (guint i = 0; i < groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (prefs_page), g_ptr_array_index (groups, i));
  g_ptr_array_set_size (groups, 0);
}

void
prs_ita_add_group (GtkWidget *prefs_page, GPtrArray *groups, GtkWidget *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs_page), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (groups, group);
}

/* --- Refresh --- */

static void
refresh_visible (PrsItaPage *self)
{
  const char *view;

  if (self->stack == NULL)
    return;
  view = adw_view_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (view, "results") == 0 && self->results_dirty)
    {
      self->results_dirty = FALSE;
      prs_ita_results_view_rebuild (PRS_ITA_RESULTS_VIEW (self->results));
    }
  else if (g_strcmp0 (view, "charts") == 0 && self->charts_dirty)
    {
      self->charts_dirty = FALSE;
      prs_ita_charts_view_rebuild (PRS_ITA_CHARTS_VIEW (self->charts));
    }
  else if (g_strcmp0 (view, "weak") == 0 && self->weak_dirty)
    {
      self->weak_dirty = FALSE;
      prs_ita_analysis_view_rebuild (PRS_ITA_ANALYSIS_VIEW (self->analysis));
    }
}

static void
mark_dirty (PrsItaPage *self)
{
  self->results_dirty = self->charts_dirty = self->weak_dirty = TRUE;
  refresh_visible (self);
}

void
prs_ita_page_analysis_changed (PrsItaPage *self)
{
  self->weak_dirty = TRUE;
  refresh_visible (self);
}

/* Reads the year's framework again and rebuilds the sheet's rows and every view. */
static void
reload (PrsItaPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);
  g_autoptr (GError) error = NULL;
  int year = prs_section_page_get_year (page);

  g_clear_pointer (&self->framework, prs_ita_framework_unref);
  prs_ita_analysis_view_reset (PRS_ITA_ANALYSIS_VIEW (self->analysis));
  if (year > 0)
    self->framework = prs_ita_store_get_framework (PRS_ITA_STORE (self), prs_section_page_get_unit (page),
                                                   year, &error);
  prs_ita_page_recompute (self);
  prs_ita_entry_view_reload (PRS_ITA_ENTRY_VIEW (self->entry));
  mark_dirty (self);
}

static void
prs_ita_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsItaPage *self = PRS_ITA_PAGE (page);

  if ((what & PRS_SECTION_REFRESH_SELECTION) || self->framework == NULL)
    {
      reload (self);
      return;
    }
  if (what & PRS_SECTION_REFRESH_STORE)
    prs_ita_page_recompute (self);
  prs_ita_entry_view_refresh (PRS_ITA_ENTRY_VIEW (self->entry));
  mark_dirty (self);
}

static GArray *
prs_ita_page_list_years (PrsSectionPage *page, GError **error)
{
  return prs_ita_store_list_years (prs_section_page_get_store (page), 0, error);
}

static GPtrArray *
prs_ita_page_list_units (PrsSectionPage *page)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *units = prs_ita_store_list_result_units (prs_section_page_get_store (page), &error);

  if (units == NULL)
    {
      g_warning ("Could not list the ITA units: %s", error->message);
      units = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_unit_brief_free);
    }
  return units;
}

/* Without a unit there is nothing to type figures for: import first. */
static gboolean
prs_ita_page_is_empty (PrsSectionPage *page)
{
  return prs_section_page_get_unit (page) == 0;
}

static void
view_changed (GObject *stack, GParamSpec *pspec, PrsItaPage *self)
{
  refresh_visible (self);
}

static void
prs_ita_page_build (PrsSectionPage *page)
{
  PrsItaPage *self = PRS_ITA_PAGE (page);
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *squeezer = adw_squeezer_new ();
  AdwViewStackPage *stack_page;

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  self->results = prs_ita_results_view_new (self);
  stack_page = adw_view_stack_add_titled (self->stack, self->results, "results", _("Results"));
  adw_view_stack_page_set_icon_name (stack_page, "prs-chart-symbolic");

  self->entry = prs_ita_entry_view_new (self);
  stack_page = adw_view_stack_add_titled (self->stack, self->entry, "entry", _("Entry"));
  adw_view_stack_page_set_icon_name (stack_page, "document-edit-symbolic");

  self->charts = prs_ita_charts_view_new (self);
  stack_page = adw_view_stack_add_titled (self->stack, self->charts, "charts", _("Charts"));
  adw_view_stack_page_set_icon_name (stack_page, "x-office-presentation-symbolic");

  self->analysis = prs_ita_analysis_view_new (self);
  stack_page = adw_view_stack_add_titled (self->stack, self->analysis, "weak", _("Weak Items"));
  adw_view_stack_page_set_icon_name (stack_page, "dialog-warning-symbolic");
  g_signal_connect (self->stack, "notify::visible-child", G_CALLBACK (view_changed), self);

  /* Labels beside the icons when there is room, under them when the window is narrow. */
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), switcher);
  switcher = adw_view_switcher_new ();
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_NARROW);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), switcher);
  prs_section_page_add_bar_widget (page, squeezer);
  {
    GtkWidget *start = gtk_button_new_from_icon_name ("list-add-symbolic");

    gtk_widget_set_tooltip_text (start, _("Start a Year or Unit…"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "ita.start");
    gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
    prs_section_page_add_bar_widget (page, start);
  }
  prs_section_page_set_content (page, GTK_WIDGET (self->stack));
}

/* --- Starting a year or a unit by hand --- */

typedef struct
{
  PrsItaPage *self;
  GtkWidget  *unit;   /* GtkEntry */
  GtkWidget  *year;   /* GtkSpinButton */
} StartData;

static void
start_data_free (gpointer p)
{
  StartData *d = p;

  g_clear_object (&d->self);
  g_free (d);
}

static void
start_response (AdwMessageDialog *dialog, const char *response, StartData *d)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (d->self);
  g_autoptr (GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (d->unit));
  int year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (d->year));
  gint64 unit;

  if (!g_str_equal (response, "start"))
    return;
  unit = prs_ita_store_start_result (PRS_ITA_STORE (d->self), name, year, &error);
  if (unit == 0)
    {
      prs_section_page_toast (page, error->message);
      return;
    }
  prs_section_page_update_choosers (page);
  prs_section_page_select (page, unit, year);
  prs_section_page_update_empty (page);
  prs_section_page_flush_refresh (page);
  adw_view_stack_set_visible_child_name (d->self->stack, "entry");
  {
    /* Translators: toast after starting a year: unit, year */
    g_autofree char *text = g_strdup_printf (_("Started %s, fiscal year %d: type its figures"), name, year);
    prs_section_page_toast (page, text);
  }
}

/* Opens the dialog that starts a year of ITA results for a unit (found or new). */
void
prs_ita_page_start_result (PrsItaPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);
  StartData *d = g_new0 (StartData, 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label;
  AdwMessageDialog *dialog;
  g_autofree char *unit_name = NULL;
  int year = prs_section_page_get_year (page);

  d->self = g_object_ref (self);
  if (prs_section_page_get_unit (page) != 0)
    unit_name = prs_ita_page_unit_name (self, prs_section_page_get_unit (page));
  if (year == 0)
    year = prs_section_page_current_fiscal_year ();
  else if (prs_ita_page_has_result (self))
    year++;
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  label = gtk_label_new_with_mnemonic (_("_Unit"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  d->unit = gtk_entry_new ();
  gtk_widget_set_hexpand (d->unit, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (d->unit), unit_name ? unit_name : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (d->unit), _("Full name or abbreviation"));
  gtk_entry_set_activates_default (GTK_ENTRY (d->unit), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), d->unit);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), d->unit, 1, 0, 1, 1);
  label = gtk_label_new_with_mnemonic (_("Fiscal _year"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  d->year = gtk_spin_button_new_with_range (2562, 2700, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d->year), year);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), d->year);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), d->year, 1, 1, 1, 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (page),
                                                       _("Start a Year or Unit"),
                                                       _("Start the ITA results of a unit for a fiscal year, then "
                                                         "type its figures in the entry sheet. A name that is not "
                                                         "in the workspace adds a new unit.")));
  adw_message_dialog_set_extra_child (dialog, grid);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "start", _("_Start"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "start");
  g_object_set_data_full (G_OBJECT (dialog), "start-data", d, start_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (start_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_action (GtkWidget *widget, const char *name, GVariant *param)
{
  prs_ita_page_start_result (PRS_ITA_PAGE (widget));
}

static void
context_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsItaPage *self = PRS_ITA_PAGE (widget);

  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  prs_ita_results_view_edit_context (PRS_ITA_RESULTS_VIEW (self->results));
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
  if (!prs_ita_import_apply (PRS_ITA_STORE (data->self), data->preview, &error))
    {
      prs_section_page_toast (PRS_SECTION_PAGE (data->self), error->message);
      return;
    }
  {
    g_autofree char *text =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure", "Imported %u figures", n), n);
    prs_section_page_toast (PRS_SECTION_PAGE (data->self), text);
  }
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
  if (preview->warnings->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append (body, _("Worth a look:"));
      for (guint i = 0; i < preview->warnings->len && i < 20; i++)
        g_string_append_printf (body, "\n• %s", (char *) g_ptr_array_index (preview->warnings, i));
      if (preview->warnings->len > 20)
        g_string_append (body, "\n• …");
    }
  if (preview->errors->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append (body, g_dngettext (GETTEXT_PACKAGE,
                                          "Nothing can be imported until this problem is fixed in the file:",
                                          "Nothing can be imported until these problems are fixed in the file:",
                                          preview->errors->len));
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Import ITA Figures?"), body->str));
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
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  path = g_file_get_path (file);
  preview = prs_ita_import_preview (PRS_ITA_STORE (self), path, &error);
  if (preview == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  show_import_preview (self, preview);
}

static void
prs_ita_page_import (PrsSectionPage *page)
{
  PrsItaPage *self = PRS_ITA_PAGE (page);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("ITA tables (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "xlsx");
  prs_file_dialog_open (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Import ITA Figures"), filter, import_chosen,
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
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  if (g_str_equal (format, "figures"))
    {
      g_autofree char *path = g_file_get_path (file);

      if (!prs_ita_store_export_csv (PRS_ITA_STORE (self), prs_section_page_get_year (PRS_SECTION_PAGE (self)), path, &error))
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      else
        prs_export_job_show_done_toast (prs_section_page_get_toast_overlay (PRS_SECTION_PAGE (self)), file);
      return;
    }
  {
    g_autoptr (PrsReport) report = prs_ita_report_build (PRS_ITA_STORE (self), prs_section_page_get_unit (PRS_SECTION_PAGE (self)), prs_section_page_get_year (PRS_SECTION_PAGE (self)),
                                                         documents_thai_digits (), &error);
    PrsExportFormat fmt;

    if (report == NULL)
      {
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
        return;
      }
    prs_export_format_from_string (format, &fmt);
    prs_export_job_start (prs_section_page_get_toast_overlay (PRS_SECTION_PAGE (self)), report, fmt, file);
  }
}

static void
prs_ita_page_export (PrsSectionPage *page, const char *format)
{
  PrsItaPage *self = PRS_ITA_PAGE (page);
  g_autofree char *abbr = NULL;
  g_autofree char *file_name = NULL;
  ExportData *data;

  if (!prs_ita_page_has_result (self) && !g_str_equal (format, "figures"))
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("There are no ITA figures for this unit and year to report."));
      return;
    }
  {
    g_autoptr (GError) error = NULL;

    if (!prs_ita_store_get_unit_names (PRS_ITA_STORE (self), prs_section_page_get_unit (PRS_SECTION_PAGE (self)), NULL,
                                       &abbr, &error)
        && error != NULL)
      {
        report_read_error (self, error);
        return;
      }
  }
  if (g_str_equal (format, "figures"))
    /* Translators: default file name of the exported ITA figures; %d is the year */
    file_name = g_strdup_printf (_("ITA figures %d.csv"), prs_section_page_get_year (PRS_SECTION_PAGE (self)));
  else
    /* Translators: default file name of the ITA report: unit, year, extension */
    file_name = g_strdup_printf (_("ITA %s %d.%s"), abbr && *abbr ? abbr : "", prs_section_page_get_year (PRS_SECTION_PAGE (self)), format);
  g_strdelimit (file_name, "/\\:", '-');
  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->format = g_strdup (format);
  prs_file_dialog_save (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                        g_str_equal (format, "figures") ? _("Export ITA Figures") : _("Export ITA Report"),
                        file_name, NULL, export_chosen, data);
}

GtkWindow *
prs_ita_page_present (PrsItaPage *self)
{
  g_autoptr (GPtrArray) charts = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *year = NULL;
  PrsPresentation *presentation;

  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), NULL);
  charts = prs_ita_page_build_charts (self);
  if (charts->len == 0)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("There are no ITA figures for this unit and year to present."));
      return NULL;
    }
  unit = prs_ita_page_unit_name (self, prs_section_page_get_unit (PRS_SECTION_PAGE (self)));
  /* Translators: presentation subtitle, %d is the Buddhist Era year */
  year = g_strdup_printf (_("ITA results, fiscal year %d"), prs_section_page_get_year (PRS_SECTION_PAGE (self)));
  if (prs_section_page_get_thai_digits (PRS_SECTION_PAGE (self)))
    {
      char *t = prs_digits_to_thai (year);

      g_free (year);
      year = t;
    }
  presentation = prs_presentation_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), unit, year, charts);
  gtk_window_fullscreen (GTK_WINDOW (presentation));
  gtk_window_present (GTK_WINDOW (presentation));
  return GTK_WINDOW (presentation);
}


/* The year's ITA report, printed with the pagination of its PDF. */
static void
prs_ita_page_print (PrsSectionPage *page)
{
  PrsItaPage *self = PRS_ITA_PAGE (page);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsReport) report = NULL;

  if (!prs_ita_page_has_result (self))
    {
      prs_section_page_toast (page, _("There are no ITA figures for this unit and year to report."));
      return;
    }
  report = prs_ita_report_build (PRS_ITA_STORE (self), prs_section_page_get_unit (page),
                                 prs_section_page_get_year (page), documents_thai_digits (), &error);
  if (report == NULL)
    {
      prs_section_page_toast (page, error->message);
      return;
    }
  prs_export_job_print (report, prs_section_page_get_window (page));
}

static void
prs_ita_page_present_vfunc (PrsSectionPage *page)
{
  prs_ita_page_present (PRS_ITA_PAGE (page));
}

static void
prs_ita_page_dispose (GObject *object)
{
  PrsItaPage *self = PRS_ITA_PAGE (object);

  G_OBJECT_CLASS (prs_ita_page_parent_class)->dispose (object);
  self->stack = NULL;
  g_clear_pointer (&self->rollup, prs_ita_rollup_free);
  g_clear_pointer (&self->framework, prs_ita_framework_unref);
}

static void
prs_ita_page_class_init (PrsItaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "ita_*", NULL };

  object_class->dispose = prs_ita_page_dispose;
  page_class->tables = tables;
  page_class->build = prs_ita_page_build;
  page_class->refresh = prs_ita_page_refresh;
  page_class->is_empty = prs_ita_page_is_empty;
  page_class->list_years = prs_ita_page_list_years;
  page_class->list_units = prs_ita_page_list_units;
  page_class->import = prs_ita_page_import;
  page_class->export = prs_ita_page_export;
  page_class->print = prs_ita_page_print;
  page_class->present = prs_ita_page_present_vfunc;
  gtk_widget_class_install_action (widget_class, "ita.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "ita.edit-context", NULL, context_action);
  gtk_widget_class_set_css_name (widget_class, "prs-ita-page");
}

static void
prs_ita_page_init (PrsItaPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);

  prs_section_page_set_choosers (page, PRS_SECTION_CHOOSER_UNIT | PRS_SECTION_CHOOSER_YEAR);
  prs_section_page_set_action_tooltip (page, "import", _("Import ITA figures from CSV or XLSX…"));
  prs_section_page_set_action_tooltip (page, "print", _("Print the ITA report…"));
  prs_section_page_set_action_tooltip (page, "present", _("Present the charts full screen (F5)"));
  prs_section_page_add_export_format (page, "pdf", _("Report as _PDF…"));
  prs_section_page_add_export_format (page, "docx", _("Report as _Word (DOCX)…"));
  prs_section_page_add_export_format (page, "xlsx", _("Report as _Excel (XLSX)…"));
  prs_section_page_add_export_format (page, "figures", _("Figures as _CSV…"));
  prs_section_page_set_empty_state (page, "prs-chart-symbolic", _("No ITA Results Yet"),
                                    _("The yearly Integrity and Transparency Assessment — scores, charts and "
                                      "the analysis of weak items — will be kept here. Import the NACC’s table "
                                      "of results to begin."),
                                    _("_Import ITA Results…"), "section.import", NULL);
}

GtkWidget *
prs_ita_page_new (PrsStore *store)
{
  g_return_val_if_fail (PRS_IS_STORE (store), NULL);
  return g_object_new (PRS_TYPE_ITA_PAGE, "store", store, NULL);
}

gint64
prs_ita_page_get_unit (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), 0);
  return prs_section_page_get_unit (PRS_SECTION_PAGE (self));
}

int
prs_ita_page_get_year (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), 0);
  return prs_section_page_get_year (PRS_SECTION_PAGE (self));
}

void
prs_ita_page_select (PrsItaPage *self, gint64 unit_id, int year_be)
{
  g_return_if_fail (PRS_IS_ITA_PAGE (self));
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  prs_section_page_select (PRS_SECTION_PAGE (self), unit_id, year_be);
}

void
prs_ita_page_set_view (PrsItaPage *self, const char *name)
{
  g_return_if_fail (PRS_IS_ITA_PAGE (self));
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  adw_view_stack_set_visible_child_name (self->stack, name);
  refresh_visible (self);
}

GtkWidget *
prs_ita_page_get_view (PrsItaPage *self, const char *name)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), NULL);
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  return adw_view_stack_get_child_by_name (self->stack, name);
}

PrsSheet *
prs_ita_page_get_sheet (PrsItaPage *self)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), NULL);
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  return prs_ita_entry_view_get_sheet (PRS_ITA_ENTRY_VIEW (self->entry));
}

int
prs_ita_page_find_row (PrsItaPage *self, const char *code, const char *part)
{
  g_return_val_if_fail (PRS_IS_ITA_PAGE (self), -1);
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  return prs_ita_entry_view_find_row (PRS_ITA_ENTRY_VIEW (self->entry), code, part);
}
