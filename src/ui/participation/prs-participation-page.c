/* prs-participation-page.c: The Participation section: who took part in which
 * activity of the year, and the Common KPI
 *
 * Two views under a switcher in the section's bar:
 *  - the grid: people × the year's activities on the virtual sheet, grouped by the
 *    bureau each person counts under, with a subtotal row per bureau and a total;
 *    Space flips a mark, a selection is filled or pasted as one undo step; filters
 *    by staff type and "not reached yet" (joined no designated activity); the
 *    unit chooser narrows the grid to a bureau. Head-count-only activities show
 *    their count in the total row and take no names. Designated activities are
 *    marked ● in their titles.
 *  - the Common KPI: staff counted, joined, percentage and score per bureau, and
 *    how many designated activities people joined (the depth).
 * Import (section.import) reads a sign-in list into the activity under the cursor;
 * export writes the Common KPI report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-kpi-report.h"
#include "prs-participation-page.h"
#include "prs-store-shell.h"
#include "prs-participation-view.h"
#include "prs-sheet.h"
#include "prs-store-kpi.h"
#include "prs-store-participation-grid.h"
#include "prs-store-participation-import.h"
#include "prs-store-people.h"

typedef enum
{
  ROW_HEADING,
  ROW_PERSON,
  ROW_SUBTOTAL,
  ROW_TOTAL,
} RowKind;

typedef struct
{
  RowKind kind;
  guint   index;   /* person index (ROW_PERSON) or unit index */
} Row;

/* The filter's staff-type choices: all, the KPI's types, then each type. */
enum { TYPES_ALL, TYPES_COUNTED, TYPES_FIRST };

struct _PrsParticipationPage
{
  PrsSectionPage parent_instance;

  GtkWidget *stack;          /* AdwViewStack: grid | kpi */
  GtkWidget *switcher;
  GtkWidget *sheet;          /* the grid */
  GtkWidget *kpi_sheet;      /* the Common KPI table */
  GtkWidget *types;          /* GtkDropDown */
  GtkWidget *not_reached;    /* GtkCheckButton */
  GtkWidget *summary;        /* GtkLabel */

  PrsParticipationGrid *grid;
  PrsKpiReport *kpi;
  GArray    *rows;           /* Row */
  guint     *counts;         /* [(n_units + 1) × n_activities]: marks shown per unit; last = total */
  guint      n_units;
  gboolean   own_edit;       /* the store change is ours: the grid is already up to date */
  gboolean   kpi_stale;      /* the KPI figures are read when their view is shown */
  guint      staff_types;    /* the KPI's counted types */
  gint64     n_records;
};

G_DEFINE_FINAL_TYPE (PrsParticipationPage, prs_participation_page, PRS_TYPE_SECTION_PAGE)


static guint
n_activities (PrsParticipationPage *self)
{
  return self->grid ? self->grid->activities->len : 0;
}

static PrsGridActivity *
activity_at (PrsParticipationPage *self, guint column)
{
  return &g_array_index (self->grid->activities, PrsGridActivity, column);
}

static gboolean
person_shown (PrsParticipationPage *self, const PrsGridPerson *p, guint index, gint64 unit_filter)
{
  guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->types));

  if (unit_filter != 0 && p->unit_id != unit_filter)
    return FALSE;
  if (choice == TYPES_COUNTED && !(self->staff_types & (1u << p->staff_type)))
    return FALSE;
  if (choice >= TYPES_FIRST && p->staff_type != choice - TYPES_FIRST)
    return FALSE;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->not_reached))
      && (!(self->staff_types & (1u << p->staff_type)) || prs_participation_grid_depth (self->grid, index) > 0))
    return FALSE;
  return TRUE;
}

/* Rows and subtotals for the filters; cheap enough to redo on every change. */
static void
rebuild_rows (PrsParticipationPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);
  gint64 chosen = prs_section_page_get_unit (page), unit_filter = 0;
  guint na = n_activities (self), shown = 0, reached = 0, counted = 0;
  g_autofree char *text = NULL;

  g_array_set_size (self->rows, 0);
  g_clear_pointer (&self->counts, g_free);
  if (self->grid == NULL)
    return;
  self->n_units = self->grid->units->len;
  self->counts = g_new0 (guint, (gsize) (self->n_units + 1) * MAX (1, na));
  /* a bureau chosen narrows the grid; the agency (or anything above) shows all */
  for (guint u = 0; u < self->n_units; u++)
    if (((PrsGridUnit *) self->grid->units->pdata[u])->id == chosen)
      unit_filter = chosen;

  for (guint u = 0, i = 0; u <= self->n_units; u++)
    {
      gint64 unit_id = u < self->n_units ? ((PrsGridUnit *) self->grid->units->pdata[u])->id : -1;
      guint first = self->rows->len;
      gboolean any = FALSE;

      if (u < self->n_units)
        {
          Row heading = { ROW_HEADING, u };
          g_array_append_val (self->rows, heading);
        }
      for (; i < self->grid->people->len; i++)
        {
          const PrsGridPerson *p = &g_array_index (self->grid->people, PrsGridPerson, i);
          Row row = { ROW_PERSON, i };

          if (u < self->n_units && p->unit_id != unit_id)
            break;
          if (!person_shown (self, p, i, unit_filter))
            continue;
          any = TRUE;
          shown++;
          if (self->staff_types & (1u << p->staff_type))
            {
              counted++;
              reached += prs_participation_grid_depth (self->grid, i) > 0;
            }
          g_array_append_val (self->rows, row);
          for (guint a = 0; a < na; a++)
            if (prs_participation_grid_get (self->grid, i, a))
              {
                self->counts[(gsize) u * na + a]++;
                self->counts[(gsize) self->n_units * na + a]++;
              }
        }
      if (!any)
        g_array_set_size (self->rows, first);
      else if (u < self->n_units)
        {
          Row subtotal = { ROW_SUBTOTAL, u };
          g_array_append_val (self->rows, subtotal);
        }
    }
  if (self->rows->len > 0)
    {
      Row total = { ROW_TOTAL, self->n_units };
      g_array_append_val (self->rows, total);
    }

  /* Translators: the grid's summary: people shown, then of the staff the KPI counts, how many joined */
  text = g_strdup_printf (_("%u people shown · %u of %u counted staff joined a designated activity"),
                          shown, reached, counted);
  text = prs_section_page_digits (page, text);
  gtk_label_set_text (GTK_LABEL (self->summary), text);
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), self->rows->len);
}

/* ---- the grid's data source ---- */

static char *
grid_get_cell (gpointer data, guint row, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsParticipationPage *self = data;
  const Row *r = &g_array_index (self->rows, Row, row);
  guint na = n_activities (self);
  char *text = NULL;

  if (column == na)
    {
      /* designated activities joined */
      *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
      if (r->kind == ROW_PERSON)
        text = g_strdup_printf ("%u", prs_participation_grid_depth (self->grid, r->index));
      return text ? prs_section_page_digits (PRS_SECTION_PAGE (self), text) : NULL;
    }
  switch (r->kind)
    {
    case ROW_HEADING:
      return NULL;
    case ROW_PERSON:
      if (activity_at (self, column)->headcount_only)
        {
          *flags = PRS_SHEET_CELL_NONE;
          *tooltip = g_strdup (_("This activity counts heads only."));
          return NULL;
        }
      *flags = PRS_SHEET_CELL_EDITABLE;
      return prs_participation_grid_get (self->grid, r->index, column) ? g_strdup ("1") : NULL;
    case ROW_SUBTOTAL:
    case ROW_TOTAL:
    default:
      *flags = PRS_SHEET_CELL_NUMERIC | PRS_SHEET_CELL_COMPUTED;
      if (activity_at (self, column)->headcount_only)
        text = r->kind == ROW_TOTAL ? g_strdup_printf ("%u", activity_at (self, column)->headcount) : NULL;
      else
        text = g_strdup_printf ("%u", self->counts[(gsize) r->index * na + column]);
      return text ? prs_section_page_digits (PRS_SECTION_PAGE (self), text) : NULL;
    }
}

static char *
grid_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  PrsParticipationPage *self = data;
  const Row *r = &g_array_index (self->rows, Row, row);

  switch (r->kind)
    {
    case ROW_HEADING:
      *flags = PRS_SHEET_CELL_HEADING;
      return g_strdup (((PrsGridUnit *) self->grid->units->pdata[r->index])->name);
    case ROW_PERSON:
      return g_strdup (g_array_index (self->grid->people, PrsGridPerson, r->index).name);
    case ROW_SUBTOTAL:
      *flags = PRS_SHEET_CELL_SUBTOTAL;
      {
        PrsGridUnit *u = self->grid->units->pdata[r->index];
        /* Translators: a bureau's subtotal row; %s is its abbreviation or name */
        return g_strdup_printf (_("Subtotal %s"), u->abbreviation && *u->abbreviation ? u->abbreviation : u->name);
      }
    case ROW_TOTAL:
    default:
      *flags = PRS_SHEET_CELL_SUBTOTAL;
      return g_strdup (C_("table row", "Total"));
    }
}

static gboolean
grid_set_cells (gpointer data, guint n, const guint *rows, const guint *columns, const char * const *texts,
                GError **error)
{
  PrsParticipationPage *self = data;
  g_autoptr (GArray) people = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) acts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) joined = g_array_new (FALSE, FALSE, sizeof (gboolean));
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));

  for (guint i = 0; i < n; i++)
    {
      const Row *r = &g_array_index (self->rows, Row, rows[i]);
      g_autofree char *t = g_strstrip (g_strdup (texts[i] ? texts[i] : ""));
      gboolean on = *t != '\0' && !g_str_equal (t, "0");

      if (r->kind != ROW_PERSON || columns[i] >= n_activities (self) || activity_at (self, columns[i])->headcount_only)
        continue;
      g_array_append_val (people, r->index);
      g_array_append_val (acts, columns[i]);
      g_array_append_val (joined, on);
    }
  if (people->len == 0)
    return TRUE;
  self->own_edit = TRUE;
  if (!prs_participation_grid_set (self->grid, store, people->len, (guint *) people->data, (guint *) acts->data,
                                   (gboolean *) joined->data, error))
    {
      self->own_edit = FALSE;
      return FALSE;
    }
  /* the KPI figures follow at the next refresh; the grid now */
  rebuild_rows (self);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
  return TRUE;
}

static gboolean
grid_set_cell (gpointer data, guint row, guint column, const char *text, GError **error)
{
  return grid_set_cells (data, 1, &row, &column, &text, error);
}

static const PrsSheetFuncs grid_funcs = {
  .get_cell = grid_get_cell,
  .get_row_title = grid_get_row_title,
  .set_cell = grid_set_cell,
  .set_cells = grid_set_cells,
};

static void
setup_grid_columns (PrsParticipationPage *self)
{
  guint na = n_activities (self);
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *widths = g_new (int, na + 1);

  for (guint a = 0; a < na; a++)
    {
      PrsGridActivity *act = activity_at (self, a);
      g_autofree char *shortened = g_utf8_substring (act->title, 0, MIN (g_utf8_strlen (act->title, -1), 18));
      char *title = g_strdup_printf ("%s%s %s", act->designated ? "● " : "", act->number ? act->number : "",
                                     shortened);

      g_ptr_array_add (titles, prs_section_page_digits (PRS_SECTION_PAGE (self), title));
      widths[a] = 12;
    }
  g_ptr_array_add (titles, g_strdup (_("Designated joined")));
  widths[na] = 10;
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 28);
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("Name"), na + 1, (const char * const *) titles->pdata, widths);
  for (guint a = 0; a < na; a++)
    prs_sheet_set_column_kind (PRS_SHEET (self->sheet), a,
                               activity_at (self, a)->headcount_only ? PRS_SHEET_KIND_COMPUTED : PRS_SHEET_KIND_TOGGLE);
  prs_sheet_set_column_kind (PRS_SHEET (self->sheet), na, PRS_SHEET_KIND_COMPUTED);
}

/* ---- the Common KPI table ---- */

static char *
kpi_get_cell (gpointer data, guint row, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsParticipationPage *self = data;
  gboolean total = row == self->kpi->units->len;
  PrsKpiUnitResult *u = total ? NULL : self->kpi->units->pdata[row];
  char buf[PRS_SCORE_BUF_SIZE];
  char *text;

  *flags = PRS_SHEET_CELL_NUMERIC | PRS_SHEET_CELL_COMPUTED;
  switch (column)
    {
    case 0: text = g_strdup_printf ("%u", total ? self->kpi->staff : u->staff); break;
    case 1: text = g_strdup_printf ("%u", total ? self->kpi->joined : u->joined); break;
    case 2: text = g_strdup (prs_score_to_ascii (total ? self->kpi->percent : u->percent, buf)); break;
    case 3: text = g_strdup (prs_score_to_ascii (total ? self->kpi->score : u->score, buf)); break;
    default:
      text = g_strdup_printf ("%u", (total ? self->kpi->depth : u->depth)[column - 4]);
      break;
    }
  if (!total && column == 3 && u->score < 300)
    {
      *flags |= PRS_SHEET_CELL_FLAGGED;
      *tooltip = g_strdup (_("Below level 3 of the rubric"));
    }
  return prs_section_page_digits (PRS_SECTION_PAGE (self), text);
}

static char *
kpi_get_row_title (gpointer data, guint row, PrsSheetCellFlags *flags)
{
  PrsParticipationPage *self = data;

  if (row == self->kpi->units->len)
    {
      *flags = PRS_SHEET_CELL_SUBTOTAL;
      return g_strdup (C_("table row", "Total"));
    }
  return g_strdup (((PrsKpiUnitResult *) self->kpi->units->pdata[row])->name);
}

static gboolean
kpi_set_cell (gpointer data, guint row, guint column, const char *text, GError **error)
{
  return TRUE;
}

static const PrsSheetFuncs kpi_funcs = {
  .get_cell = kpi_get_cell,
  .get_row_title = kpi_get_row_title,
  .set_cell = kpi_set_cell,
};

static void
fill_kpi (PrsParticipationPage *self)
{
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *widths = NULL;
  guint n = self->kpi->n_named + 1;

  g_ptr_array_add (titles, g_strdup (_("Staff")));
  g_ptr_array_add (titles, g_strdup (_("Joined")));
  g_ptr_array_add (titles, g_strdup (_("Per cent")));
  g_ptr_array_add (titles, g_strdup (_("Score")));
  for (guint d = 0; d < n; d++)
    /* Translators: a column of the depth: people who joined %u designated activities */
    g_ptr_array_add (titles, prs_section_page_digits (PRS_SECTION_PAGE (self),
                                                      g_strdup_printf (_("Joined %u"), d)));
  widths = g_new (int, titles->len);
  for (guint i = 0; i < titles->len; i++)
    widths[i] = i < 4 ? 10 : 8;
  prs_sheet_set_row_title_width (PRS_SHEET (self->kpi_sheet), 34);
  prs_sheet_set_columns (PRS_SHEET (self->kpi_sheet), _("Bureau"), titles->len,
                         (const char * const *) titles->pdata, widths);
  for (guint i = 0; i < titles->len; i++)
    prs_sheet_set_column_kind (PRS_SHEET (self->kpi_sheet), i, PRS_SHEET_KIND_COMPUTED);
  prs_sheet_set_n_rows (PRS_SHEET (self->kpi_sheet), self->kpi->units->len + 1);
}

/* ---- page ---- */

static void
filters_changed (PrsParticipationPage *self)
{
  rebuild_rows (self);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
}

/* The Common KPI view's figures, read only when that view is shown. */
static void
update_kpi (PrsParticipationPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);
  g_autoptr (GError) error = NULL;

  if (!self->kpi_stale || self->kpi_sheet == NULL
      || g_strcmp0 (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->stack)), "kpi") != 0)
    return;
  self->kpi_stale = FALSE;
  g_clear_pointer (&self->kpi, prs_kpi_report_free);
  self->kpi = prs_kpi_report_compute (prs_section_page_get_store (page), prs_section_page_get_year (page), &error);
  if (self->kpi == NULL)
    {
      prs_section_page_toast (page, error->message);
      prs_sheet_set_n_rows (PRS_SHEET (self->kpi_sheet), 0);
      return;
    }
  fill_kpi (self);
  prs_sheet_refresh (PRS_SHEET (self->kpi_sheet));
}

static void
prs_participation_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);
  PrsStore *store = prs_section_page_get_store (page);
  int year = prs_section_page_get_year (page);
  g_autoptr (GError) error = NULL;
  gboolean reload = !self->own_edit || (what & ~PRS_SECTION_REFRESH_STORE) || self->grid == NULL
                    || self->grid->year != year;

  self->own_edit = FALSE;
  self->n_records = prs_store_count (store, "participation") + prs_store_count (store, "headcounts")
                    + prs_store_count (store, "activities");
  if (self->sheet == NULL)
    return;
  if (!prs_kpi_store_get_staff_types (store, year, &self->staff_types, &error))
    {
      prs_section_page_toast (page, error->message);
      g_clear_error (&error);
    }
  if (reload)
    {
      g_clear_pointer (&self->grid, prs_participation_grid_free);
      self->grid = prs_participation_grid_load (store, year, &error);
      if (self->grid == NULL)
        {
          prs_section_page_toast (page, error->message);
          return;
        }
      setup_grid_columns (self);
    }
  rebuild_rows (self);
  prs_sheet_refresh (PRS_SHEET (self->sheet));
  self->kpi_stale = TRUE;
  update_kpi (self);
}

#define VIEW_CHILD(view, id) GTK_WIDGET (gtk_widget_get_template_child (view, PRS_TYPE_PARTICIPATION_VIEW, id))

/* The layout is the template of PrsParticipationView (prs-participation-view.ui);
 * here what depends on data: the staff-type choices, the sheets' data, signals. */
static void
prs_participation_page_build (PrsSectionPage *page)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);
  GtkWidget *view = prs_participation_view_new ();
  g_autoptr (GPtrArray) choices = g_ptr_array_new ();
  g_autoptr (GtkStringList) model = NULL;

  self->stack = VIEW_CHILD (view, "stack");
  self->types = VIEW_CHILD (view, "types");
  self->not_reached = VIEW_CHILD (view, "not_reached");
  self->summary = VIEW_CHILD (view, "summary");
  self->sheet = VIEW_CHILD (view, "sheet");
  self->kpi_sheet = VIEW_CHILD (view, "kpi_sheet");

  g_ptr_array_add (choices, (gpointer) _("All staff"));
  g_ptr_array_add (choices, (gpointer) _("Staff the KPI counts"));
  for (guint t = 0; t < PRS_STAFF_TYPE_N; t++)
    g_ptr_array_add (choices, (gpointer) prs_staff_type_get_label (t));
  g_ptr_array_add (choices, NULL);
  model = gtk_string_list_new ((const char * const *) choices->pdata);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->types), G_LIST_MODEL (model));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->types), TYPES_ALL);
  g_signal_connect_swapped (self->types, "notify::selected", G_CALLBACK (filters_changed), self);
  g_signal_connect_swapped (self->not_reached, "toggled", G_CALLBACK (filters_changed), self);
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &grid_funcs, self, NULL);
  prs_sheet_set_funcs (PRS_SHEET (self->kpi_sheet), &kpi_funcs, self, NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (update_kpi), self);
  self->switcher = adw_view_switcher_new ();
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (self->switcher), ADW_VIEW_STACK (self->stack));
  prs_section_page_add_bar_widget (page, self->switcher);
  prs_section_page_set_content (page, view);
}

static gboolean
prs_participation_page_is_empty (PrsSectionPage *page)
{
  return PRS_PARTICIPATION_PAGE (page)->n_records <= 0;
}

static GArray *
prs_participation_page_list_years (PrsSectionPage *page, GError **error)
{
  return prs_store_list_plan_years (prs_section_page_get_store (page), TRUE, error);
}

static void
show_read_error (PrsParticipationPage *self, const GError *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  prs_section_page_toast (PRS_SECTION_PAGE (self), message);
}

/* ---- import a sign-in list into the activity under the cursor ---- */

typedef struct
{
  PrsParticipationPage *self;
  PrsSigninPreview     *preview;
  GPtrArray            *checks;   /* GtkCheckButton per close row (rows' order), or NULL */
} ImportData;

static void
import_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  ImportData *data = user_data;
  PrsParticipationPage *self = data->self;
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "apply"))
    {
      /* close names confirmed one by one */
      for (guint i = 0, k = 0; i < data->preview->rows->len; i++)
        {
          PrsSigninRow *r = data->preview->rows->pdata[i];

          if (r->kind == PRS_SIGNIN_CLOSE)
            r->accepted = gtk_check_button_get_active (GTK_CHECK_BUTTON (data->checks->pdata[k++]));
        }
      if (!prs_signin_apply (prs_section_page_get_store (PRS_SECTION_PAGE (self)), data->preview, &error))
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      else
        prs_section_page_undo_toast (PRS_SECTION_PAGE (self), _("Sign-in list imported"));
    }
  g_ptr_array_unref (data->checks);
  prs_signin_preview_free (data->preview);
  g_object_unref (data->self);
  g_free (data);
}

static void
all_close_toggled (GtkCheckButton *all, ImportData *data)
{
  for (guint i = 0; i < data->checks->len; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (data->checks->pdata[i]), gtk_check_button_get_active (all));
}

GtkWindow *
prs_participation_page_import_file (PrsParticipationPage *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autofree char *path = NULL, *body = NULL, *base = g_file_get_basename (file);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  PrsSigninPreview *preview;
  GtkWidget *dialog, *list, *scroller, *box;
  ImportData *data;
  guint column = 0, row = 0, n_close = 0, shown = 0;

  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  if (self->grid == NULL || (prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column),
                             column >= n_activities (self)))
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self),
                              _("Put the cursor in the column of the activity the list belongs to."));
      return NULL;
    }
  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column);
  path = g_file_get_path (file);
  preview = prs_signin_preview (store, activity_at (self, column)->id, path, &error);
  if (preview == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return NULL;
    }
  /* The roster names shown beside the close and doubtful ones, read first: an
   * unreadable name stops here rather than showing a blank person to confirm. */
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsSigninRow *r = preview->rows->pdata[i];
      gint64 ids[2] = { r->kind == PRS_SIGNIN_MATCHED ? 0 : r->person_id,
                        r->kind == PRS_SIGNIN_UNKNOWN ? r->runner_up_id : 0 };

      for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
        {
          char *who;

          if (ids[k] == 0 || g_hash_table_contains (names, &ids[k]))
            continue;
          who = prs_people_get_display_name (store, ids[k], &error);
          if (who == NULL)
            {
              show_read_error (self, error);
              prs_signin_preview_free (preview);
              return NULL;
            }
          g_hash_table_insert (names, g_memdup2 (&ids[k], sizeof ids[k]), who);
        }
    }
  data = g_new0 (ImportData, 1);
  data->self = g_object_ref (self);
  data->preview = preview;
  data->checks = g_ptr_array_new ();

  /* close names, each with its own tick; unknown names as they will be kept */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsSigninRow *r = preview->rows->pdata[i];
      g_autofree char *who = NULL, *text = NULL;
      GtkWidget *w;

      if (r->kind == PRS_SIGNIN_MATCHED)
        continue;
      if (r->kind == PRS_SIGNIN_CLOSE)
        {
          who = g_strdup (g_hash_table_lookup (names, &r->person_id));
          /* Translators: a close match: the name as written → the roster's person */
          text = g_strdup_printf (_("%s → %s"), r->typed, who);
          w = gtk_check_button_new_with_label (text);
          g_ptr_array_add (data->checks, w);
          n_close++;
        }
      else if (shown < 200)
        {
          if (r->person_id && r->runner_up_id)
            {
              const char *one = g_hash_table_lookup (names, &r->person_id);
              const char *two = g_hash_table_lookup (names, &r->runner_up_id);

              /* Translators: a name two roster people are about as near to; it is kept on the activity */
              text = g_strdup_printf (_("%s — %s or %s? kept to resolve later"), r->typed, one, two);
            }
          else
            /* Translators: a name that matched nobody; it is kept on the activity */
            text = g_strdup_printf (_("%s — kept to resolve later"), r->typed);
          w = gtk_label_new (text);
          gtk_label_set_xalign (GTK_LABEL (w), 0);
          gtk_widget_add_css_class (w, "dim-label");
        }
      else
        continue;
      shown++;
      gtk_widget_set_margin_start (w, 8);
      gtk_widget_set_margin_end (w, 8);
      gtk_widget_set_margin_top (w, 4);
      gtk_widget_set_margin_bottom (w, 4);
      gtk_list_box_append (GTK_LIST_BOX (list), w);
    }
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (n_close > 1)
    {
      GtkWidget *all = gtk_check_button_new_with_mnemonic (_("Confirm _all close names"));
      g_signal_connect (all, "toggled", G_CALLBACK (all_close_toggled), data);
      gtk_box_append (GTK_BOX (box), all);
    }
  if (shown > 0)
    {
      scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_box_append (GTK_BOX (box), scroller);
    }
  body = g_strdup_printf (_("“%s” into activity %s: %u matched, %u close, %u unknown.\n"
                            "Tick the close names that are the person shown; names not applied are "
                            "kept on the activity."),
                          base, activity_at (self, column)->number ? activity_at (self, column)->number : "",
                          preview->n_matched, preview->n_close, preview->n_unknown);
  body = prs_section_page_digits (PRS_SECTION_PAGE (self), body);
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Import Sign-in List"),
                                   body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
import_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (PrsParticipationPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);

  if (file == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  prs_participation_page_import_file (self, file);
}

static void
prs_participation_page_import (PrsSectionPage *page)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);
  guint row = 0, column = 0;

  prs_section_page_ensure_built (page);
  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column);
  if (self->grid == NULL || column >= n_activities (self))
    {
      prs_section_page_toast (page, _("Put the cursor in the column of the activity the list belongs to."));
      return;
    }
  prs_file_dialog_open (prs_section_page_get_window (page), _("Import Sign-in List"), NULL, import_chosen,
                        g_object_ref (self));
}

/* ---- names kept on an activity, resolved later ---- */

/* One name waiting: keep it, say it is an outsider, or say who it is — the
 * offered candidate or anyone found by searching the roster. */
enum { CHOICE_KEEP, CHOICE_OUTSIDER, CHOICE_PERSON };

typedef struct
{
  PrsUnknownName *name;
  GtkStringList  *choices;   /* keep, outsider[, the person] */
  GtkWidget      *drop;
  gint64          person;    /* the person in CHOICE_PERSON, 0 if none yet */
} ResolveRow;

typedef struct
{
  PrsParticipationPage *self;
  GPtrArray            *names;   /* PrsUnknownName */
  GPtrArray            *rows;    /* ResolveRow */
} ResolveData;

/* The read error in the roster search's popover (above the dialog), as its only row. */
static void
pick_show_error (GtkWidget *results, const GError *error)
{
  g_autofree char *message = NULL;
  GtkWidget *label;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not read the workspace: %s"), error->message);
  label = gtk_label_new (message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_append (GTK_LIST_BOX (results), label);
}

/* @who: the person's name as read (prs_people_get_display_name) */
static void
resolve_set_person (ResolveRow *r, gint64 person, const char *who)
{
  const char *add[] = { who, NULL };

  r->person = person;
  gtk_string_list_splice (r->choices, CHOICE_PERSON,
                          g_list_model_get_n_items (G_LIST_MODEL (r->choices)) - CHOICE_PERSON, add);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (r->drop), CHOICE_PERSON);
}

typedef struct
{
  ResolveRow *row;
  PrsStore   *store;
  GtkWidget  *popover;
  GtkWidget  *results;   /* GtkListBox */
  GArray     *ids;       /* gint64 per result */
} PickData;

static void
pick_data_free (gpointer data)
{
  PickData *d = data;
  g_array_unref (d->ids);
  g_free (d);
}

static void
pick_search (GtkSearchEntry *entry, PickData *d)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  PrsPeopleFilter filter = { text, 0, 0, -1 };
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (d->results)))
    gtk_list_box_remove (GTK_LIST_BOX (d->results), child);
  g_array_set_size (d->ids, 0);
  if (g_utf8_strlen (text, -1) < 2)
    return;
  found = prs_people_list (d->store, &filter, &error);
  if (found == NULL)
    {
      pick_show_error (d->results, error);
      return;
    }
  for (guint i = 0; found && i < found->len && i < 30; i++)
    {
      PrsPersonRow *p = found->pdata[i];
      g_autofree char *name = prs_person_row_display_name (p);
      g_autofree char *text_row = g_strdup_printf ("%s · %s%s", name, p->unit_name ? p->unit_name : "",
                                                   p->active ? "" : _(" (left)"));
      GtkWidget *label = gtk_label_new (text_row);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
      gtk_list_box_append (GTK_LIST_BOX (d->results), label);
      g_array_append_val (d->ids, p->id);
    }
}

static void
pick_activated (GtkListBox *box, GtkListBoxRow *row, PickData *d)
{
  int i = gtk_list_box_row_get_index (row);

  g_autoptr (GError) error = NULL;
  g_autofree char *who = NULL;

  if (i < 0 || (guint) i >= d->ids->len)
    return;
  who = prs_people_get_display_name (d->store, g_array_index (d->ids, gint64, i), &error);
  if (who == NULL)
    {
      /* the row keeps its choice */
      pick_show_error (d->results, error);
      return;
    }
  resolve_set_person (d->row, g_array_index (d->ids, gint64, i), who);
  gtk_popover_popdown (GTK_POPOVER (d->popover));
}

/* "Someone else…": a search of the whole roster (titles ignored, part of a name) */
static GtkWidget *
pick_button (ResolveRow *r, PrsStore *store)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  PickData *d = g_new0 (PickData, 1);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "system-search-symbolic");
  gtk_widget_set_tooltip_text (button, _("Someone else: search the roster"));
  gtk_widget_set_name (button, "resolve-pick");
  d->row = r;
  d->store = store;
  d->popover = popover;
  d->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->results = gtk_list_box_new ();
  gtk_widget_set_name (entry, "resolve-search");
  g_object_set (entry, "placeholder-text", _("Part of a name"), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), d->results);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 220);
  gtk_widget_set_size_request (scroller, 360, -1);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (entry, "search-changed", G_CALLBACK (pick_search), d);
  g_signal_connect (d->results, "row-activated", G_CALLBACK (pick_activated), d);
  g_object_set_data_full (G_OBJECT (button), "pick", d, pick_data_free);
  return button;
}

static void
resolve_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  ResolveData *data = user_data;
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (data->self));
  g_autoptr (GError) error = NULL;
  guint done = 0;

  if (g_str_equal (response, "apply") && prs_store_begin_edit (store, _("Resolve names"), &error))
    {
      for (guint i = 0; i < data->rows->len && error == NULL; i++)
        {
          ResolveRow *r = data->rows->pdata[i];
          guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (r->drop));

          if (choice == CHOICE_OUTSIDER && prs_participation_mark_outsider (store, r->name->id, &error))
            done++;
          else if (choice == CHOICE_PERSON && r->person
                   && prs_participation_resolve_unknown (store, r->name->id, r->person, &error))
            done++;
        }
      if (error)
        prs_store_cancel_edit (store);
      else
        prs_store_end_edit (store, &error);
    }
  if (error)
    prs_section_page_toast (PRS_SECTION_PAGE (data->self), error->message);
  else if (done > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u name resolved", "%u names resolved",
                                                            done), done);
      prs_section_page_undo_toast (PRS_SECTION_PAGE (data->self), text);
    }
  g_ptr_array_unref (data->names);
  g_ptr_array_unref (data->rows);
  g_object_unref (data->self);
  g_free (data);
}

/* The names kept on the activity under the cursor: each stays until it is said
 * to be somebody on the roster (the candidate offered, or anyone found by a
 * search) or an outsider. Returns the dialog (tests), NULL if none. */
static GtkWindow *
show_unknown_names (PrsParticipationPage *self)
{
  PrsStore *store = prs_section_page_get_store (PRS_SECTION_PAGE (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) candidates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scroller;
  ResolveData *data;
  guint row = 0, column = 0;
  GPtrArray *names;

  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column);
  if (self->grid == NULL || column >= n_activities (self))
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), _("Put the cursor in the column of an activity."));
      return NULL;
    }
  names = prs_participation_list_unknown (store, activity_at (self, column)->id, &error);
  if (names == NULL || names->len == 0)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error ? error->message
                                                             : _("No names are waiting on this activity."));
      if (names)
        g_ptr_array_unref (names);
      return NULL;
    }
  /* the persons offered, read first: unreadable, no dialog offering a blank person */
  for (guint i = 0; i < names->len; i++)
    {
      PrsUnknownName *u = names->pdata[i];
      char *who;

      if (u->candidate_id == 0 || g_hash_table_contains (candidates, &u->candidate_id))
        continue;
      who = prs_people_get_display_name (store, u->candidate_id, &error);
      if (who == NULL)
        {
          show_read_error (self, error);
          g_ptr_array_unref (names);
          return NULL;
        }
      g_hash_table_insert (candidates, g_memdup2 (&u->candidate_id, sizeof u->candidate_id), who);
    }
  data = g_new0 (ResolveData, 1);
  data->self = g_object_ref (self);
  data->names = names;
  data->rows = g_ptr_array_new_with_free_func (g_free);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, "resolve-list");
  for (guint i = 0; i < names->len; i++)
    {
      PrsUnknownName *u = names->pdata[i];
      ResolveRow *r = g_new0 (ResolveRow, 1);
      const char *choices[] = { _("Keep for later"), _("Outsider"), NULL };
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = u->unit_text && *u->unit_text ? g_strdup_printf ("%s (%s)", u->name, u->unit_text)
                                                              : g_strdup (u->name);
      GtkWidget *label = gtk_label_new (text);

      r->name = u;
      r->choices = gtk_string_list_new (choices);
      r->drop = gtk_drop_down_new (G_LIST_MODEL (r->choices), NULL);
      gtk_widget_set_tooltip_text (r->drop, _("Who this name is"));
      if (u->candidate_id)
        {
          resolve_set_person (r, u->candidate_id, g_hash_table_lookup (candidates, &u->candidate_id));
          gtk_drop_down_set_selected (GTK_DROP_DOWN (r->drop), CHOICE_KEEP);
        }
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 22);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_size_request (r->drop, 240, -1);
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (GTK_BOX (line), r->drop);
      gtk_box_append (GTK_BOX (line), pick_button (r, store));
      gtk_widget_set_margin_start (line, 8);
      gtk_widget_set_margin_end (line, 8);
      gtk_widget_set_margin_top (line, 4);
      gtk_widget_set_margin_bottom (line, 4);
      gtk_list_box_append (GTK_LIST_BOX (list), line);
      g_ptr_array_add (data->rows, r);
    }
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_size_request (scroller, 620, -1);
  body = g_strdup_printf (_("Names from sign-in lists of activity %s that were not applied. Say who each is — the "
                            "person offered, anyone found with the search button, or an outsider; the rest stay "
                            "on the list."),
                          activity_at (self, column)->number ? activity_at (self, column)->number : "");
  body = prs_section_page_digits (PRS_SECTION_PAGE (self), body);
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), _("Names to Resolve"), body);
  gtk_widget_set_name (dialog, "resolve-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  g_signal_connect (dialog, "response", G_CALLBACK (resolve_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
resolve_action (GtkWidget *widget, const char *action, GVariant *parameter)
{
  show_unknown_names (PRS_PARTICIPATION_PAGE (widget));
}

/* ---- export the Common KPI report ---- */

typedef struct
{
  PrsParticipationPage *self;
  char *format;
} ExportData;

static void
export_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportData *data = user_data;
  g_autoptr (PrsParticipationPage) self = data->self;
  g_autofree char *format = data->format;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autoptr (PrsReport) report = NULL;
  PrsExportFormat fmt = PRS_EXPORT_PDF;

  g_free (data);
  if (file == NULL)
    {
      if (error && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  prs_export_format_from_string (format, &fmt);
  if (fmt == PRS_EXPORT_CSV)
    {
      g_autoptr (PrsKpiReport) kpi = prs_kpi_report_compute (prs_section_page_get_store (PRS_SECTION_PAGE (self)),
                                                            prs_section_page_get_year (PRS_SECTION_PAGE (self)),
                                                            &error);
      if (kpi != NULL)
        {
          report = prs_report_new ("Common KPI");
          prs_kpi_report_add_tables (report, kpi, FALSE);
        }
    }
  else
    report = prs_kpi_report_build (prs_section_page_get_store (PRS_SECTION_PAGE (self)),
                                   prs_section_page_get_year (PRS_SECTION_PAGE (self)), TRUE, &error);
  if (report == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      return;
    }
  prs_export_job_start (prs_section_page_get_toast_overlay (PRS_SECTION_PAGE (self)), report, fmt, file);
}

static void
prs_participation_page_export (PrsSectionPage *page, const char *format)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (page);
  ExportData *data = g_new0 (ExportData, 1);
  /* Translators: default file name of the Common KPI report: year, extension */
  g_autofree char *name = g_strdup_printf (_("Common KPI %d.%s"), prs_section_page_get_year (page), format);

  prs_section_page_ensure_built (page);
  data->self = g_object_ref (self);
  data->format = g_strdup (format);
  prs_file_dialog_save (prs_section_page_get_window (page), _("Export Common KPI Report"), name, NULL,
                        export_chosen, data);
}

static void
prs_participation_page_finalize (GObject *object)
{
  PrsParticipationPage *self = PRS_PARTICIPATION_PAGE (object);

  g_clear_pointer (&self->grid, prs_participation_grid_free);
  g_clear_pointer (&self->kpi, prs_kpi_report_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->counts, g_free);
  G_OBJECT_CLASS (prs_participation_page_parent_class)->finalize (object);
}

static void
prs_participation_page_class_init (PrsParticipationPageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = { "participation", "headcounts", "kpis", "kpi_*", "people", "units",
                                         "activities", "plan_nodes", "plans", NULL };

  G_OBJECT_CLASS (klass)->finalize = prs_participation_page_finalize;
  page_class->tables = tables;
  page_class->build = prs_participation_page_build;
  page_class->refresh = prs_participation_page_refresh;
  page_class->is_empty = prs_participation_page_is_empty;
  page_class->list_years = prs_participation_page_list_years;
  page_class->import = prs_participation_page_import;
  page_class->export = prs_participation_page_export;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "participation.resolve", NULL, resolve_action);
}

static void
prs_participation_page_init (PrsParticipationPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);

  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  prs_section_page_set_choosers (page, PRS_SECTION_CHOOSER_UNIT | PRS_SECTION_CHOOSER_YEAR);
  prs_section_page_add_export_format (page, "pdf", _("Common KPI Report as _PDF…"));
  prs_section_page_add_export_format (page, "docx", _("Common KPI Report as _Word (DOCX)…"));
  prs_section_page_add_export_format (page, "xlsx", _("Common KPI Report as _Excel (XLSX)…"));
  prs_section_page_add_export_format (page, "csv", _("Common KPI Table as _CSV…"));
  prs_section_page_set_empty_state (page, "view-grid-symbolic", _("No Participation Recorded"),
                                    _("Who took part in which activity, and each bureau’s Common KPI, will be shown here."),
                                    NULL, NULL, NULL);
}

GtkWidget *
prs_participation_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_PARTICIPATION_PAGE, "store", store, NULL);
}
