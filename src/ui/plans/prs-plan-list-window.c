/* prs-plan-list-window.c: the plans of a fiscal year, with their figures
 *
 * A template window (prs-plan-list-window.ui); the lines follow the store's plans
 * and are built here; the window reloads after each change it makes and on the
 * store's ::changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-digits.h"
#include "prs-money.h"
#include "prs-plan-list-window.h"
#include "prs-store-plans-tree.h"

static const char *const kinds[] = { "morality", "anti_corruption", "internal_measures" };

struct _PrsPlanListWindow
{
  GtkWindow parent_instance;

  PrsStore *store;
  int year;
  gboolean thai;
  PrsPlanOpenFunc open;
  gpointer open_data;
  GPtrArray *lines;        /* char * per plan, for tests */
  gulong changed_id;
  guint idle_id;

  /* template children */
  GtkWidget *heading;
  GtkWidget *message;
  GtkWidget *list;
  GtkWidget *kind_dd;
  GtkWidget *title_entry;
};

G_DEFINE_FINAL_TYPE (PrsPlanListWindow, prs_plan_list_window, GTK_TYPE_WINDOW)

typedef PrsPlanListWindow ListWindow;

static void reload (ListWindow *w);

/* The kind and status in the interface's language (the store's labels are the Thai
 * of the documents). */
static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "anti_corruption") == 0)
    return _("Anti-corruption action plan");
  if (g_strcmp0 (kind, "internal_measures") == 0)
    return _("Internal measures for integrity and transparency");
  return _("Morality promotion action plan");
}

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "approved") == 0)
    return _("Approved");
  if (g_strcmp0 (status, "revised") == 0)
    return _("Revised");
  return _("Draft");
}

static ListWindow *
list_of (GtkWidget *window)
{
  return PRS_PLAN_LIST_WINDOW (window);
}

static void
show_error (ListWindow *w, const GError *error)
{
  gtk_label_set_text (GTK_LABEL (w->message), error->message);
  gtk_widget_set_visible (w->message, TRUE);
}

gint64
prs_plan_list_window_create (GtkWidget *window, const char *kind, const char *title, GError **error)
{
  ListWindow *w = list_of (window);
  gint64 id;
  g_autofree char *default_title = NULL;

  if (title == NULL || *title == '\0')
    {
      g_autofree char *year = g_strdup_printf ("%d", w->year);
      /* Translators: a new plan's title: the kind of plan, then the fiscal year */
      default_title = g_strdup_printf (_("%s, fiscal year %s"), kind_label (kind), year);
      title = default_title;
    }
  id = prs_store_plan_create (w->store, kind, w->year, title, NULL, error);
  reload (w);
  return id;
}

gboolean
prs_plan_list_window_rename (GtkWidget *window, gint64 plan_id, const char *title, GError **error)
{
  ListWindow *w = list_of (window);
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));
  gboolean ok;

  if (*stripped == '\0')
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID, _("A plan needs a title."));
      return FALSE;
    }
  ok = prs_store_plan_rename (w->store, plan_id, stripped, error);
  reload (w);
  return ok;
}

gint64
prs_plan_list_window_copy (GtkWidget *window, gint64 plan_id, GError **error)
{
  ListWindow *w = list_of (window);
  g_autoptr (PrsPlanTree) t = prs_store_load_plan (w->store, plan_id, 0, error);
  gint64 id;

  if (t == NULL)
    return 0;
  id = prs_store_copy_plan (w->store, plan_id, t->fiscal_year + 1, error);
  reload (w);
  return id;
}

gboolean
prs_plan_list_window_delete (GtkWidget *window, gint64 plan_id, GError **error)
{
  ListWindow *w = list_of (window);
  gboolean ok = prs_store_plan_delete (w->store, plan_id, error);

  reload (w);
  return ok;
}

guint
prs_plan_list_window_n_plans (GtkWidget *window)
{
  return list_of (window)->lines->len;
}

char *
prs_plan_list_window_line_text (GtkWidget *window, guint index)
{
  ListWindow *w = list_of (window);

  return index < w->lines->len ? g_strdup (g_ptr_array_index (w->lines, index)) : NULL;
}

/* ---- buttons ---- */

static gint64
button_plan (GtkWidget *b)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (b), "plan-id");
}

static void
open_clicked (GtkButton *b, ListWindow *w)
{
  if (w->open)
    w->open (button_plan (GTK_WIDGET (b)), w->open_data);
  gtk_window_destroy (GTK_WINDOW (w));
}

static void
copy_clicked (GtkButton *b, ListWindow *w)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_list_window_copy (GTK_WIDGET (w), button_plan (GTK_WIDGET (b)), &error))
    show_error (w, error);
}

static void
delete_clicked (GtkButton *b, ListWindow *w)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_list_window_delete (GTK_WIDGET (w), button_plan (GTK_WIDGET (b)), &error))
    show_error (w, error);
}

static void
rename_activated (GtkEntry *entry, ListWindow *w)
{
  g_autoptr (GError) error = NULL;

  if (!prs_plan_list_window_rename (GTK_WIDGET (w), button_plan (GTK_WIDGET (entry)),
                                    gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    show_error (w, error);
}

static void
create_clicked (ListWindow *w)
{
  g_autoptr (GError) error = NULL;
  guint k = gtk_drop_down_get_selected (GTK_DROP_DOWN (w->kind_dd));

  if (!prs_plan_list_window_create (GTK_WIDGET (w), kinds[MIN (k, G_N_ELEMENTS (kinds) - 1)],
                                    gtk_editable_get_text (GTK_EDITABLE (w->title_entry)), &error))
    show_error (w, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (w->title_entry), "");
}

static GtkWidget *
plan_button (const char *icon, const char *tooltip, gint64 id)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (b, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (b, "flat");
  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (b), "plan-id", g_memdup2 (&id, sizeof id), g_free);
  return b;
}

static void
reload (ListWindow *w)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = prs_store_list_plans (w->store, w->year, &error);
  GtkWidget *child;

  if (error != NULL)
    show_error (w, error);
  g_ptr_array_set_size (w->lines, 0);
  while ((child = gtk_widget_get_first_child (w->list)))
    gtk_list_box_remove (GTK_LIST_BOX (w->list), child);
  for (guint i = 0; plans && i < plans->len; i++)
    {
      PrsPlanSummary *s = g_ptr_array_index (plans, i);
      g_autofree char *budget = prs_money_format (s->budget_satang, PRS_MONEY_FORMAT_DEFAULT);
      g_autofree char *pct = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              s->budget_satang > 0
                                                ? (s->spent_satang * 100 + s->budget_satang / 2) / s->budget_satang
                                                : 0);
      g_autofree char *version = g_strdup_printf ("%d", s->version);
      g_autofree char *count = g_strdup_printf ("%u", s->n_activities);
      /* Translators: a plan's line: kind · status · version · activities · budget · share spent */
      g_autofree char *raw = g_strdup_printf (_("%s · %s, version %s · %s activities · budget %s baht · %s%% spent"),
                                              kind_label (s->kind), status_label (s->status),
                                              version, count, budget, pct);
      g_autofree char *figures = w->thai ? prs_digits_to_thai (raw) : g_strdup (raw);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_entry_new ();
      GtkWidget *sub = gtk_label_new (figures);
      GtkWidget *b;

      g_ptr_array_add (w->lines, g_strdup_printf ("%s\n%s", s->title, figures));
      gtk_editable_set_text (GTK_EDITABLE (title), s->title);
      gtk_widget_set_tooltip_text (title, _("The plan’s title: edit it and press Enter to rename"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan title"), -1);
      gtk_widget_add_css_class (title, "flat");
      g_object_set_data_full (G_OBJECT (title), "plan-id", g_memdup2 (&s->id, sizeof s->id), g_free);
      g_signal_connect (title, "activate", G_CALLBACK (rename_activated), w);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (texts), title);
      gtk_box_append (GTK_BOX (texts), sub);
      gtk_box_append (GTK_BOX (row), texts);
      b = plan_button ("document-open-symbolic", _("Open the plan"), s->id);
      g_signal_connect (b, "clicked", G_CALLBACK (open_clicked), w);
      gtk_box_append (GTK_BOX (row), b);
      b = plan_button ("edit-copy-symbolic", _("Copy as next year’s draft"), s->id);
      g_signal_connect (b, "clicked", G_CALLBACK (copy_clicked), w);
      gtk_box_append (GTK_BOX (row), b);
      b = plan_button ("user-trash-symbolic", _("Delete the plan (Ctrl+Z brings it back)"), s->id);
      g_signal_connect (b, "clicked", G_CALLBACK (delete_clicked), w);
      gtk_box_append (GTK_BOX (row), b);
      gtk_widget_set_margin_top (row, 6);
      gtk_widget_set_margin_bottom (row, 6);
      gtk_widget_set_margin_start (row, 6);
      gtk_widget_set_margin_end (row, 6);
      gtk_list_box_append (GTK_LIST_BOX (w->list), row);
    }
  if (w->lines->len == 0)
    {
      GtkWidget *l = gtk_label_new (_("No plans for this fiscal year yet."));
      gtk_widget_add_css_class (l, "dim-label");
      gtk_widget_set_margin_top (l, 12);
      gtk_widget_set_margin_bottom (l, 12);
      gtk_list_box_append (GTK_LIST_BOX (w->list), l);
    }
}

static gboolean
reload_idle (gpointer data)
{
  ListWindow *w = data;

  w->idle_id = 0;
  reload (w);
  return G_SOURCE_REMOVE;
}

/* Several tables change in one edit: reload once, when idle. */
static void
store_changed (PrsStore *store, const char *table, gint64 id, int change, ListWindow *w)
{
  if (w->idle_id == 0)
    w->idle_id = g_idle_add (reload_idle, w);
}

static void
prs_plan_list_window_dispose (GObject *object)
{
  PrsPlanListWindow *w = PRS_PLAN_LIST_WINDOW (object);

  if (w->store)
    g_clear_signal_handler (&w->changed_id, w->store);
  g_clear_handle_id (&w->idle_id, g_source_remove);
  g_clear_object (&w->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_PLAN_LIST_WINDOW);
  G_OBJECT_CLASS (prs_plan_list_window_parent_class)->dispose (object);
}

static void
prs_plan_list_window_finalize (GObject *object)
{
  g_ptr_array_unref (PRS_PLAN_LIST_WINDOW (object)->lines);
  G_OBJECT_CLASS (prs_plan_list_window_parent_class)->finalize (object);
}

static void
prs_plan_list_window_class_init (PrsPlanListWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_plan_list_window_dispose;
  object_class->finalize = prs_plan_list_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-plan-list-window.ui");
  /* Escape closes, as in a dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanListWindow, heading);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanListWindow, message);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanListWindow, list);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanListWindow, kind_dd);
  gtk_widget_class_bind_template_child (widget_class, PrsPlanListWindow, title_entry);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked);
}

static void
prs_plan_list_window_init (PrsPlanListWindow *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  self->lines = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (names, kind_label (kinds[i]));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind_dd), G_LIST_MODEL (names));
}

GtkWidget *
prs_plan_list_window_new (GtkWindow *parent, PrsStore *store, int fiscal_year, gboolean thai_digits,
                          PrsPlanOpenFunc open, gpointer user_data)
{
  PrsPlanListWindow *w = g_object_new (PRS_TYPE_PLAN_LIST_WINDOW, "transient-for", parent, NULL);
  g_autofree char *year = g_strdup_printf ("%d", fiscal_year);
  g_autofree char *title = g_strdup_printf (_("Plans of Fiscal Year %s"), year);
  g_autofree char *title_digits = thai_digits ? prs_digits_to_thai (title) : g_strdup (title);

  w->store = g_object_ref (store);
  w->year = fiscal_year;
  w->thai = thai_digits;
  w->open = open;
  w->open_data = user_data;
  gtk_window_set_title (GTK_WINDOW (w), title_digits);
  gtk_label_set_text (GTK_LABEL (w->heading), title_digits);
  reload (w);
  w->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed), w);
  return GTK_WIDGET (w);
}
