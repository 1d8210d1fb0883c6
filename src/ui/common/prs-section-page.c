/* prs-section-page.c: what every section of the window shares (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-digits.h"
#include "prs-lazy-menu.h"
#include "prs-section-page.h"

typedef struct
{
  PrsStore *store;
  GSettings *settings;       /* NULL when the schema is not installed */
  gulong changed_id;
  guint refresh_idle;
  PrsSectionRefresh pending;
  gboolean built;
  gboolean thai_digits;
  PrsDateStyle date_style;

  PrsSectionChoosers choosers;
  gint64 unit_id;
  int year_be;
  GArray *unit_ids;          /* gint64, as in the unit chooser */
  GArray *years;             /* int, newest first, as in the year chooser */
  gboolean filling;

  GtkWidget *overlay;        /* the page's own toasts, outside a PrsWindow */
  GtkWidget *bar;            /* choosers and actions */
  GtkWidget *bar2;           /* what the subclass adds (a view switcher) */
  GtkWidget *bar_box;
  GtkWidget *unit_dropdown;
  GtkWidget *year_dropdown;
  GtkWidget *import_button;
  GtkWidget *export_button;
  GtkWidget *print_button;
  GtkWidget *present_button;
  GMenu *export_menu;
  GtkWidget *stack;          /* "content" / "empty" */
  GtkWidget *content;
  GtkWidget *empty;          /* AdwStatusPage, made the first time the page is empty */
  char *empty_icon;
  char *empty_title;
  char *empty_description;
  char *empty_label;
  char *empty_action;
  GVariant *empty_target;
} PrsSectionPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PrsSectionPage, prs_section_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_UNIT_ID,
  PROP_YEAR,
  PROP_THAI_DIGITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PRIV(self) ((PrsSectionPagePrivate *) prs_section_page_get_instance_private (self))

/* --- Helpers --- */

int
prs_section_page_current_fiscal_year (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now) + 543 + (g_date_time_get_month (now) >= 10 ? 1 : 0);
}

static gboolean
table_matches (const char * const *tables, const char *table)
{
  if (tables == NULL)
    return TRUE;
  for (guint i = 0; tables[i] != NULL; i++)
    {
      gsize n = strlen (tables[i]);

      if (n > 0 && tables[i][n - 1] == '*')
        {
          if (strncmp (table, tables[i], n - 1) == 0)
            return TRUE;
        }
      else if (g_str_equal (table, tables[i]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_chooser (PrsSectionPage *self, PrsSectionChoosers which)
{
  return (PRIV (self)->choosers & which) != 0;
}

/* --- Choosers --- */

static GPtrArray *
default_list_units (PrsSectionPage *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *units = prs_store_list_units_brief (PRIV (self)->store, &error);

  if (units == NULL)
    {
      g_warning ("Could not list the units: %s", error->message);
      units = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_unit_brief_free);
    }
  return units;
}

static int
compare_years_desc (gconstpointer a, gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

static void
add_year (GArray *years, int year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

static void
fill_choosers (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  PrsSectionPageClass *klass = PRS_SECTION_PAGE_GET_CLASS (self);
  int current = prs_section_page_current_fiscal_year ();

  if (priv->store == NULL)
    return;

  priv->filling = TRUE;
  if (has_chooser (self, PRS_SECTION_CHOOSER_UNIT))
    {
      g_autoptr (GPtrArray) units = klass->list_units ? klass->list_units (self) : default_list_units (self);
      g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
      guint pos = 0;
      gint64 own = 0;

      g_array_set_size (priv->unit_ids, 0);
      for (guint i = 0; i < units->len; i++)
        {
          PrsUnitBrief *unit = g_ptr_array_index (units, i);

          g_array_append_val (priv->unit_ids, unit->id);
          gtk_string_list_append (names, unit->name);
          if (unit->is_own_agency && own == 0)
            own = unit->id;
        }
      if (priv->unit_id == 0 && priv->unit_ids->len > 0)
        priv->unit_id = own ? own : g_array_index (priv->unit_ids, gint64, 0);
      for (guint i = 0; i < priv->unit_ids->len; i++)
        if (g_array_index (priv->unit_ids, gint64, i) == priv->unit_id)
          pos = i;
      gtk_drop_down_set_model (GTK_DROP_DOWN (priv->unit_dropdown), G_LIST_MODEL (names));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (priv->unit_dropdown), pos);
      gtk_widget_set_visible (priv->unit_dropdown, priv->unit_ids->len > 0);
    }

  if (has_chooser (self, PRS_SECTION_CHOOSER_YEAR))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GArray) with_data = klass->list_years ? klass->list_years (self, &error)
                                                       : prs_store_list_data_years (priv->store, &error);
      g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
      guint pos = 0;
      int newest = 0;

      /* Without the years with data the current ones can still be chosen. */
      if (with_data == NULL && error != NULL)
        prs_section_page_toast (self, error->message);
      g_array_set_size (priv->years, 0);
      for (guint i = 0; with_data && i < with_data->len; i++)
        {
          int year = g_array_index (with_data, int, i);

          add_year (priv->years, year);
          newest = MAX (newest, year);
        }
      /* A new year can always be started. */
      add_year (priv->years, current);
      add_year (priv->years, current + 1);
      if (priv->year_be == 0)
        priv->year_be = newest ? newest : current;
      add_year (priv->years, priv->year_be);
      g_array_sort (priv->years, compare_years_desc);
      for (guint i = 0; i < priv->years->len; i++)
        {
          int year = g_array_index (priv->years, int, i);
          char *label = g_strdup_printf ("%d", year);

          label = prs_section_page_digits (self, label);
          gtk_string_list_append (labels, label);
          g_free (label);
          if (year == priv->year_be)
            pos = i;
        }
      gtk_drop_down_set_model (GTK_DROP_DOWN (priv->year_dropdown), G_LIST_MODEL (labels));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (priv->year_dropdown), pos);
    }
  priv->filling = FALSE;
}

void
prs_section_page_update_choosers (PrsSectionPage *self)
{
  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  fill_choosers (self);
}

/* --- Refresh --- */

static void
run_refresh (PrsSectionPage *self, PrsSectionRefresh what)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  PrsSectionPageClass *klass = PRS_SECTION_PAGE_GET_CLASS (self);

  if (!priv->built)
    return;
  if (klass->refresh)
    klass->refresh (self, what);
  prs_section_page_update_empty (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  PrsSectionPage *self = data;
  PrsSectionPagePrivate *priv = PRIV (self);
  PrsSectionRefresh what = priv->pending;

  priv->refresh_idle = 0;
  priv->pending = 0;
  if (what & (PRS_SECTION_REFRESH_STORE | PRS_SECTION_REFRESH_DISPLAY))
    fill_choosers (self);
  run_refresh (self, what);
  return G_SOURCE_REMOVE;
}

void
prs_section_page_queue_refresh (PrsSectionPage *self, PrsSectionRefresh what)
{
  PrsSectionPagePrivate *priv;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  priv->pending |= what;
  /* A page not on screen catches up when it is next shown. */
  if (priv->refresh_idle == 0 && priv->built && gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

void
prs_section_page_flush_refresh (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  g_clear_handle_id (&priv->refresh_idle, g_source_remove);
  if (priv->pending)
    refresh_idle_cb (self);
}

static void
store_changed (PrsStore *store, const char *table, gint64 id, int kind, PrsSectionPage *self)
{
  PrsSectionPageClass *klass = PRS_SECTION_PAGE_GET_CLASS (self);

  if (!table_matches (klass->tables, table) && !g_str_equal (table, "units"))
    return;
  prs_section_page_queue_refresh (self, PRS_SECTION_REFRESH_STORE);
}

static void
read_display_settings (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);

  if (priv->settings == NULL)
    return;
  priv->thai_digits = g_settings_get_boolean (priv->settings, "thai-digits-screen");
  priv->date_style = g_settings_get_enum (priv->settings, "date-style");
}

static void
display_changed (GSettings *settings, const char *key, PrsSectionPage *self)
{
  gboolean before = PRIV (self)->thai_digits;

  read_display_settings (self);
  if (before != PRIV (self)->thai_digits)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THAI_DIGITS]);
  prs_section_page_queue_refresh (self, PRS_SECTION_REFRESH_DISPLAY);
}

/* --- Selection --- */

static void
selection_changed (GObject *dropdown, GParamSpec *pspec, PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  guint upos = gtk_drop_down_get_selected (GTK_DROP_DOWN (priv->unit_dropdown));
  guint ypos = gtk_drop_down_get_selected (GTK_DROP_DOWN (priv->year_dropdown));
  gint64 unit = priv->unit_id;
  int year = priv->year_be;

  if (priv->filling)
    return;
  if (has_chooser (self, PRS_SECTION_CHOOSER_UNIT) && upos < priv->unit_ids->len)
    unit = g_array_index (priv->unit_ids, gint64, upos);
  if (has_chooser (self, PRS_SECTION_CHOOSER_YEAR) && ypos < priv->years->len)
    year = g_array_index (priv->years, int, ypos);
  if (unit == priv->unit_id && year == priv->year_be)
    return;
  prs_section_page_select (self, unit, year);
}

gint64
prs_section_page_get_unit (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), 0);
  return PRIV (self)->unit_id;
}

int
prs_section_page_get_year (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), 0);
  return PRIV (self)->year_be;
}

void
prs_section_page_select (PrsSectionPage *self, gint64 unit_id, int year_be)
{
  PrsSectionPagePrivate *priv;
  gboolean unit_changed, year_changed;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  unit_changed = unit_id != priv->unit_id;
  year_changed = year_be != priv->year_be;
  priv->unit_id = unit_id;
  priv->year_be = year_be;
  fill_choosers (self);
  if (unit_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
  if (year_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  run_refresh (self, PRS_SECTION_REFRESH_SELECTION);
}

/* --- Display --- */

gboolean
prs_section_page_get_thai_digits (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), FALSE);
  return PRIV (self)->thai_digits;
}

PrsDateStyle
prs_section_page_get_date_style (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), PRS_DATE_STYLE_LONG);
  return PRIV (self)->date_style;
}

char *
prs_section_page_digits (PrsSectionPage *self, char *text)
{
  char *thai;

  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), text);
  if (text == NULL || !PRIV (self)->thai_digits)
    return text;
  thai = prs_digits_to_thai (text);
  g_free (text);
  return thai;
}

/* --- Toasts and windows --- */

AdwToastOverlay *
prs_section_page_get_toast_overlay (PrsSectionPage *self)
{
  GtkWidget *overlay;

  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), NULL);
  /* The window's overlay when the page is in one, so toasts sit above everything. */
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    overlay = PRIV (self)->overlay;
  return ADW_TOAST_OVERLAY (overlay);
}

void
prs_section_page_add_toast (PrsSectionPage *self, AdwToast *toast)
{
  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  adw_toast_overlay_add_toast (prs_section_page_get_toast_overlay (self), toast);
}

void
prs_section_page_toast (PrsSectionPage *self, const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  prs_section_page_add_toast (self, toast);
}

static void
undo_store (PrsSectionPage *self)
{
  PrsStore *store = PRIV (self)->store;
  g_autoptr (GError) error = NULL;

  if (store && prs_store_can_undo (store) && !prs_store_undo (store, &error))
    prs_section_page_toast (self, error->message);
}

void
prs_section_page_undo_toast (PrsSectionPage *self, const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* The window's overlay is outside the page: the toast calls back rather than
   * naming a page action. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_store), self, G_CONNECT_SWAPPED);
  prs_section_page_add_toast (self, toast);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  undo_store (PRS_SECTION_PAGE (widget));
}

GtkWindow *
prs_section_page_get_window (PrsSectionPage *self)
{
  GtkRoot *root;

  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* --- Content and empty state --- */

void
prs_section_page_set_content (PrsSectionPage *self, GtkWidget *content)
{
  PrsSectionPagePrivate *priv;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  if (priv->content)
    gtk_stack_remove (GTK_STACK (priv->stack), priv->content);
  priv->content = content;
  if (content)
    gtk_stack_add_named (GTK_STACK (priv->stack), content, "content");
  prs_section_page_update_empty (self);
}

GtkWidget *
prs_section_page_get_content (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), NULL);
  return PRIV (self)->content;
}

static void
update_bar_visible (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  gboolean any = priv->choosers != 0 || gtk_widget_get_first_child (priv->bar2) != NULL;

  for (GtkWidget *b = gtk_widget_get_first_child (priv->bar); b && !any; b = gtk_widget_get_next_sibling (b))
    any = (b == priv->import_button || b == priv->export_button || b == priv->print_button
           || b == priv->present_button) && gtk_widget_get_visible (b);
  gtk_widget_set_visible (priv->bar_box, any);
  gtk_widget_set_visible (priv->bar2, gtk_widget_get_first_child (priv->bar2) != NULL);
}

void
prs_section_page_add_bar_widget (PrsSectionPage *self, GtkWidget *widget)
{
  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  gtk_box_append (GTK_BOX (PRIV (self)->bar2), widget);
  update_bar_visible (self);
}

static void
replace_str (char **place, const char *text)
{
  char *copy = g_strdup (text);

  g_free (*place);
  *place = copy;
}

/* The empty state is made only when it is shown: most pages open with content,
 * and the first frame need not build, style and measure a page it does not show. */
static void
ensure_empty_state (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  GtkWidget *clamp, *button;

  if (priv->empty != NULL)
    return;
  priv->empty = adw_status_page_new ();
  gtk_widget_set_name (priv->empty, "empty-state");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (priv->empty), priv->empty_icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (priv->empty), priv->empty_title);
  adw_status_page_set_description (ADW_STATUS_PAGE (priv->empty), priv->empty_description);
  if (priv->empty_label != NULL && priv->empty_action != NULL)
    {
      button = gtk_button_new_with_mnemonic (priv->empty_label);
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), priv->empty_action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), priv->empty_target);
      clamp = adw_clamp_new ();
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 360);
      adw_clamp_set_child (ADW_CLAMP (clamp), button);
      adw_status_page_set_child (ADW_STATUS_PAGE (priv->empty), clamp);
    }
  gtk_stack_add_named (GTK_STACK (priv->stack), priv->empty, "empty");
}

void
prs_section_page_update_empty (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv;
  PrsSectionPageClass *klass;
  gboolean empty;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  klass = PRS_SECTION_PAGE_GET_CLASS (self);
  empty = priv->content == NULL || (priv->built && klass->is_empty && klass->is_empty (self));
  if (empty)
    ensure_empty_state (self);
  gtk_stack_set_visible_child_name (GTK_STACK (priv->stack), empty ? "empty" : "content");
}

void
prs_section_page_set_empty_state (PrsSectionPage *self,
                                  const char     *icon_name,
                                  const char     *title,
                                  const char     *description,
                                  const char     *button_label,
                                  const char     *action_name,
                                  GVariant       *target)
{
  PrsSectionPagePrivate *priv;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  replace_str (&priv->empty_icon, icon_name);
  replace_str (&priv->empty_title, title);
  replace_str (&priv->empty_description, description);
  replace_str (&priv->empty_label, button_label);
  replace_str (&priv->empty_action, action_name);
  if (target != NULL)
    g_variant_ref_sink (target);
  g_clear_pointer (&priv->empty_target, g_variant_unref);
  priv->empty_target = target;
  /* Made again with the new texts when it is next shown. */
  if (priv->empty != NULL)
    {
      gboolean shown = gtk_stack_get_visible_child (GTK_STACK (priv->stack)) == priv->empty;

      gtk_stack_remove (GTK_STACK (priv->stack), priv->empty);
      priv->empty = NULL;
      if (shown)
        prs_section_page_update_empty (self);
    }
}

/* --- Building --- */

PrsStore *
prs_section_page_get_store (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), NULL);
  return PRIV (self)->store;
}

gboolean
prs_section_page_is_built (PrsSectionPage *self)
{
  g_return_val_if_fail (PRS_IS_SECTION_PAGE (self), FALSE);
  return PRIV (self)->built;
}

void
prs_section_page_ensure_built (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv;
  PrsSectionPageClass *klass;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  klass = PRS_SECTION_PAGE_GET_CLASS (self);
  if (priv->built || priv->store == NULL)
    return;
  priv->built = TRUE;
  if (klass->build)
    klass->build (self);
  priv->pending = 0;
  g_clear_handle_id (&priv->refresh_idle, g_source_remove);
  run_refresh (self, PRS_SECTION_REFRESH_ALL);
}

void
prs_section_page_set_choosers (PrsSectionPage *self, PrsSectionChoosers choosers)
{
  PrsSectionPagePrivate *priv;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  priv->choosers = choosers;
  gtk_widget_set_visible (priv->unit_dropdown, (choosers & PRS_SECTION_CHOOSER_UNIT) != 0);
  gtk_widget_set_visible (priv->year_dropdown, (choosers & PRS_SECTION_CHOOSER_YEAR) != 0);
  update_bar_visible (self);
  fill_choosers (self);
}

void
prs_section_page_add_export_format (PrsSectionPage *self, const char *format, const char *label)
{
  g_autofree char *detailed = NULL;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  detailed = g_strdup_printf ("section.export::%s", format);
  g_menu_append (PRIV (self)->export_menu, label, detailed);
}

void
prs_section_page_set_action_tooltip (PrsSectionPage *self, const char *action, const char *tooltip)
{
  PrsSectionPagePrivate *priv;
  GtkWidget *button = NULL;

  g_return_if_fail (PRS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  if (g_str_equal (action, "import"))
    button = priv->import_button;
  else if (g_str_equal (action, "export"))
    button = priv->export_button;
  else if (g_str_equal (action, "print"))
    button = priv->print_button;
  else if (g_str_equal (action, "present"))
    button = priv->present_button;
  g_return_if_fail (button != NULL);
  gtk_widget_set_tooltip_text (button, tooltip);
}

/* --- Actions --- */

static void
import_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (widget);

  prs_section_page_ensure_built (self);
  PRS_SECTION_PAGE_GET_CLASS (self)->import (self);
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (widget);

  prs_section_page_ensure_built (self);
  PRS_SECTION_PAGE_GET_CLASS (self)->export (self, g_variant_get_string (param, NULL));
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (widget);

  prs_section_page_ensure_built (self);
  PRS_SECTION_PAGE_GET_CLASS (self)->print (self);
}

static void
present_action (GtkWidget *widget, const char *name, GVariant *param)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (widget);

  prs_section_page_ensure_built (self);
  PRS_SECTION_PAGE_GET_CLASS (self)->present (self);
}

/* F5 is window-wide; only the page on screen that can present answers it. */
static gboolean
present_shortcut (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  if (!gtk_widget_get_mapped (widget) || PRS_SECTION_PAGE_GET_CLASS (widget)->present == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "section.present", NULL);
}

static GtkWidget *
bar_button (const char *icon, const char *tooltip, const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

/* --- GObject --- */

static void
prs_section_page_map (GtkWidget *widget)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (widget);
  PrsSectionPagePrivate *priv = PRIV (self);

  /* Built the first time it is shown: a section never opened costs nothing. */
  if (!priv->built)
    prs_section_page_ensure_built (self);
  GTK_WIDGET_CLASS (prs_section_page_parent_class)->map (widget);
  if (priv->pending && priv->refresh_idle == 0)
    priv->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
prs_section_page_constructed (GObject *object)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (object);
  PrsSectionPagePrivate *priv = PRIV (self);
  PrsSectionPageClass *klass = PRS_SECTION_PAGE_GET_CLASS (self);
  GtkWidget *widget = GTK_WIDGET (self);

  G_OBJECT_CLASS (prs_section_page_parent_class)->constructed (object);

  gtk_widget_action_set_enabled (widget, "section.import", klass->import != NULL);
  gtk_widget_action_set_enabled (widget, "section.export", klass->export != NULL);
  gtk_widget_action_set_enabled (widget, "section.print", klass->print != NULL);
  gtk_widget_action_set_enabled (widget, "section.present", klass->present != NULL);
  gtk_widget_set_visible (priv->import_button, klass->import != NULL);
  gtk_widget_set_visible (priv->export_button, klass->export != NULL
                                                 && g_menu_model_get_n_items (G_MENU_MODEL (priv->export_menu)) > 0);
  gtk_widget_set_visible (priv->print_button, klass->print != NULL);
  gtk_widget_set_visible (priv->present_button, klass->present != NULL);
  update_bar_visible (self);

  if (priv->store)
    priv->changed_id = g_signal_connect (priv->store, "changed", G_CALLBACK (store_changed), self);
  fill_choosers (self);
}

static void
prs_section_page_dispose (GObject *object)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (object);
  PrsSectionPagePrivate *priv = PRIV (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->refresh_idle, g_source_remove);
  if (priv->store && priv->changed_id)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->settings);
  g_clear_object (&priv->export_menu);
  G_OBJECT_CLASS (prs_section_page_parent_class)->dispose (object);
}

static void
prs_section_page_finalize (GObject *object)
{
  PrsSectionPagePrivate *priv = PRIV (PRS_SECTION_PAGE (object));

  g_clear_object (&priv->store);
  g_array_unref (priv->unit_ids);
  g_array_unref (priv->years);
  g_free (priv->empty_icon);
  g_free (priv->empty_title);
  g_free (priv->empty_description);
  g_free (priv->empty_label);
  g_free (priv->empty_action);
  g_clear_pointer (&priv->empty_target, g_variant_unref);
  G_OBJECT_CLASS (prs_section_page_parent_class)->finalize (object);
}

static void
prs_section_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (object);
  PrsSectionPagePrivate *priv = PRIV (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, priv->unit_id);
      break;
    case PROP_YEAR:
      g_value_set_int (value, priv->year_be);
      break;
    case PROP_THAI_DIGITS:
      g_value_set_boolean (value, priv->thai_digits);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_section_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PrsSectionPage *self = PRS_SECTION_PAGE (object);
  PrsSectionPagePrivate *priv = PRIV (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    case PROP_UNIT_ID:
      prs_section_page_select (self, g_value_get_int64 (value), priv->year_be);
      break;
    case PROP_YEAR:
      prs_section_page_select (self, priv->unit_id, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prs_section_page_class_init (PrsSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prs_section_page_constructed;
  object_class->dispose = prs_section_page_dispose;
  object_class->finalize = prs_section_page_finalize;
  object_class->get_property = prs_section_page_get_property;
  object_class->set_property = prs_section_page_set_property;
  widget_class->map = prs_section_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THAI_DIGITS] =
    g_param_spec_boolean ("thai-digits", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "section.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "section.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "section.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "section.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "section.undo", NULL, undo_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "prs-section-page");
}

static void
prs_section_page_init (PrsSectionPage *self)
{
  PrsSectionPagePrivate *priv = PRIV (self);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *spacer;
  GtkEventController *shortcuts;

  priv->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  priv->years = g_array_new (FALSE, FALSE, sizeof (int));
  priv->date_style = PRS_DATE_STYLE_LONG;
  priv->export_menu = g_menu_new ();

  if (schema && g_settings_schema_has_key (schema, "thai-digits-screen")
      && g_settings_schema_has_key (schema, "date-style"))
    {
      priv->settings = g_settings_new (APP_ID);
      read_display_settings (self);
      g_signal_connect_object (priv->settings, "changed::thai-digits-screen", G_CALLBACK (display_changed), self, 0);
      g_signal_connect_object (priv->settings, "changed::date-style", G_CALLBACK (display_changed), self, 0);
    }

  /* The bar: choosers and actions, then what the section adds (a view switcher), so
   * the page stays narrow enough to sit beside the sidebar. */
  priv->bar_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (priv->bar_box, "section-bar");
  priv->bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (priv->bar_box), priv->bar);
  priv->bar2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (priv->bar2, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (priv->bar_box), priv->bar2);

  priv->unit_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_name (priv->unit_dropdown, "unit-chooser");
  gtk_widget_set_tooltip_text (priv->unit_dropdown, _("Unit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->unit_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit"), -1);
  gtk_widget_set_hexpand (priv->unit_dropdown, FALSE);
  gtk_widget_set_visible (priv->unit_dropdown, FALSE);
  g_signal_connect (priv->unit_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  gtk_box_append (GTK_BOX (priv->bar), priv->unit_dropdown);

  priv->year_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_name (priv->year_dropdown, "year-chooser");
  gtk_widget_set_tooltip_text (priv->year_dropdown, _("Fiscal year"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->year_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Fiscal year"), -1);
  gtk_widget_set_visible (priv->year_dropdown, FALSE);
  g_signal_connect (priv->year_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  gtk_box_append (GTK_BOX (priv->bar), priv->year_dropdown);

  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (priv->bar), spacer);

  priv->import_button = bar_button ("document-open-symbolic", _("Import…"), "section.import");
  gtk_box_append (GTK_BOX (priv->bar), priv->import_button);
  priv->export_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (priv->export_button), "document-save-symbolic");
  prs_menu_button_set_menu_on_demand (GTK_MENU_BUTTON (priv->export_button), G_MENU_MODEL (priv->export_menu));
  gtk_widget_set_tooltip_text (priv->export_button, _("Export"));
  gtk_box_append (GTK_BOX (priv->bar), priv->export_button);
  priv->print_button = bar_button ("document-print-symbolic", _("Print…"), "section.print");
  gtk_box_append (GTK_BOX (priv->bar), priv->print_button);
  priv->present_button = bar_button ("view-fullscreen-symbolic", _("Present full screen (F5)"),
                                     "section.present");
  gtk_box_append (GTK_BOX (priv->bar), priv->present_button);
  gtk_box_append (GTK_BOX (box), priv->bar_box);

  priv->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (priv->stack, TRUE);
  gtk_box_append (GTK_BOX (box), priv->stack);

  priv->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (priv->overlay), box);
  gtk_widget_set_parent (priv->overlay, GTK_WIDGET (self));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_callback_action_new (present_shortcut, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
