/* prs-ita-entry-view.c: the ITA section's entry sheet — every figure of the year's
 * framework, given and computed, typed or pasted in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-ita-page-private.h"

typedef struct
{
  char *code;      /* NULL for a heading row */
  char *part;
  char *title;     /* row title */
  char *text;      /* description */
  gboolean binary; /* OIT item: passed or not */
} EntryRow;

struct _PrsItaEntryView
{
  GtkWidget parent_instance;

  PrsItaPage *page;           /* not owned: the page holds the view */
  GPtrArray *entry_rows;

  /* template children */
  GtkWidget *scroller;
  GtkWidget *sheet;
};

G_DEFINE_FINAL_TYPE (PrsItaEntryView, prs_ita_entry_view, GTK_TYPE_WIDGET)

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

static const char *
figure_kind (PrsItaFramework *fw, const char *code, const char *part, char **heading)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, code);

  if (item)
    {
      if (part)
        *heading = g_strdup_printf ("%s — %s", item->instrument->code, prs_ita_part_name (fw, part));
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
    return g_strdup_printf ("%s (%s)", base, prs_ita_part_name (fw, part));
  return g_steal_pointer (&base);
}

static EntryRow *
figure_row (PrsItaEntryView *self, const char *code, const char *part)
{
  PrsItaFramework *fw = prs_ita_page_get_framework (self->page);
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, code);
  EntryRow *row = g_new0 (EntryRow, 1);

  row->code = g_strdup (code);
  row->part = g_strdup (part);
  row->binary = item && item->instrument->binary_items;
  /* The code column shows the code only (the part is in the heading above an item, in
   * brackets after an aggregate), so it is never cut. */
  if (part && !item)
    row->title = g_strdup_printf ("%s (%s)", code,
                                  g_str_equal (part, PRS_ITA_PART_PUBLIC) ? C_("EIT part", "Public")
                                                                          : C_("EIT part", "Survey"));
  else
    row->title = g_strdup (code);
  row->text = figure_description (fw, code, part);
  if (item && item->yes_no)
    {
      char *marked = g_strdup_printf ("%s — %s", row->text, _("answered yes or no"));

      g_free (row->text);
      row->text = marked;
    }
  return row;
}

static void
add_heading (PrsItaEntryView *self, char *title)
{
  EntryRow *row = g_new0 (EntryRow, 1);

  row->title = title;
  g_ptr_array_add (self->entry_rows, row);
}

/* Rows in the roll-up's order, but the items of an instrument with parts (EIT) grouped
 * by part: one heading for EIT Public and its items, one for EIT Survey and its items
 * — not a heading per item, as the figures alternate public/survey per item. */
static void
build_entry_rows (PrsItaEntryView *self)
{
  PrsItaFramework *fw = prs_ita_page_get_framework (self->page);
  PrsItaRollup *r = prs_ita_page_get_rollup (self->page);
  g_autoptr (GPtrArray) pending = g_ptr_array_new ();   /* figure indices of part items */
  const char *last_kind = NULL;
  guint n, width = 6;

  g_ptr_array_set_size (self->entry_rows, 0);
  if (r == NULL)
    return;
  n = prs_ita_rollup_get_n_figures (r);
  for (guint i = 0; i <= n; i++)
    {
      const char *code = NULL, *part = NULL;
      g_autofree char *heading = NULL;
      const char *kind = NULL;
      const PrsItaItemInfo *item = NULL;

      if (i < n)
        {
          prs_ita_rollup_get_nth_figure (r, i, &code, &part, NULL);
          item = prs_ita_framework_lookup_item (fw, code);
          if (item && part)
            {
              g_ptr_array_add (pending, GUINT_TO_POINTER (i));
              continue;
            }
        }
      /* flush the part items: each part under its own heading */
      if (pending->len > 0)
        {
          const char *first_code;
          const PrsItaInstrumentInfo *inst;

          prs_ita_rollup_get_nth_figure (r, GPOINTER_TO_UINT (pending->pdata[0]), &first_code, NULL, NULL);
          inst = prs_ita_framework_lookup_item (fw, first_code)->instrument;
          for (guint p = 0; p < inst->n_parts; p++)
            {
              add_heading (self, g_strdup_printf ("%s — %s", inst->code, prs_ita_part_name (fw, inst->parts[p])));
              for (guint k = 0; k < pending->len; k++)
                {
                  const char *c, *pt;

                  prs_ita_rollup_get_nth_figure (r, GPOINTER_TO_UINT (pending->pdata[k]), &c, &pt, NULL);
                  if (g_strcmp0 (pt, inst->parts[p]) == 0)
                    g_ptr_array_add (self->entry_rows, figure_row (self, c, pt));
                }
            }
          g_ptr_array_set_size (pending, 0);
          last_kind = "parts";
        }
      if (i == n)
        break;
      kind = figure_kind (fw, code, part, &heading);
      if (last_kind == NULL || !g_str_equal (kind, last_kind))
        {
          add_heading (self, g_steal_pointer (&heading));
          last_kind = kind;
        }
      g_ptr_array_add (self->entry_rows, figure_row (self, code, part));
    }
  for (guint i = 0; i < self->entry_rows->len; i++)
    {
      EntryRow *row = g_ptr_array_index (self->entry_rows, i);

      if (row->code)
        width = MAX (width, (guint) g_utf8_strlen (row->title, -1));
    }
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), width + 2);
}

static char *
figure_text (PrsItaEntryView *self, EntryRow *row, PrsScore score)
{
  if (row->binary)
    return g_strdup (score >= 10000 ? _("pass") : _("fail"));
  return prs_ita_page_format_score (self->page, score);
}

static char *
sheet_get_cell (gpointer data, guint r, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsItaEntryView *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;
  PrsItaFigure fig = { 0 };
  gboolean known;

  if (row == NULL || row->code == NULL)
    return NULL;
  known = prs_ita_page_get_rollup (self->page) && prs_ita_rollup_get_figure (prs_ita_page_get_rollup (self->page), row->code, row->part, &fig);
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
          g_autofree char *given = prs_ita_page_format_score (self->page, fig.given);
          g_autofree char *computed = prs_ita_page_format_score (self->page, fig.computed);

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
          g_autofree char *given = prs_ita_page_format_score (self->page, fig.given);
          g_autofree char *computed = prs_ita_page_format_score (self->page, fig.computed);

          *flags = PRS_SHEET_CELL_FLAGGED;
          *tooltip = g_strdup_printf (_("Given %s, but its parts give %s"), given, computed);
          /* Translators: short note in the entry sheet, given ≠ computed */
          return g_strdup_printf (_("Disagrees: %s ≠ %s"), given, computed);
        }
      if (known && !row->binary && prs_ita_framework_lookup_item (prs_ita_page_get_framework (self->page), row->code)
          && fig.score < prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page)))
        {
          g_autofree char *mark = prs_ita_page_format_score (self->page, prs_ita_framework_get_pass_mark (prs_ita_page_get_framework (self->page)));

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
  PrsItaEntryView *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;

  if (row == NULL)
    return NULL;
  if (row->code == NULL)
    *flags = PRS_SHEET_CELL_HEADING;
  return g_strdup (row->title);
}

static gboolean
sheet_set_cell (gpointer data, guint r, guint column, const char *text, GError **error)
{
  PrsItaEntryView *self = data;
  EntryRow *row = r < self->entry_rows->len ? g_ptr_array_index (self->entry_rows, r) : NULL;
  gboolean ok;

  if (row == NULL || row->code == NULL || column != PRS_ITA_PAGE_COLUMN_GIVEN)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Only the “Given” column can be typed in."));
      return FALSE;
    }
  ok = prs_ita_store_set_figure_text (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)), row->code,
                                      row->part, text, error);
  prs_ita_page_recompute (self->page);
  return ok;
}

static gboolean
sheet_set_cells (gpointer data, guint n, const guint *rows, const guint *columns,
                 const char * const *texts, GError **error)
{
  PrsItaEntryView *self = data;
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
  ok = prs_ita_store_set_figures_text (PRS_ITA_STORE (self->page), prs_section_page_get_unit (PRS_SECTION_PAGE (self->page)), prs_section_page_get_year (PRS_SECTION_PAGE (self->page)), figures, n, error);
  prs_ita_page_recompute (self->page);
  return ok;
}


static const PrsSheetFuncs sheet_funcs = {
  .get_cell = sheet_get_cell,
  .get_row_title = sheet_get_row_title,
  .set_cell = sheet_set_cell,
  .set_cells = sheet_set_cells,
};

static void
sheet_error (PrsSheet *sheet, const char *message, PrsItaEntryView *self)
{
  prs_section_page_toast (PRS_SECTION_PAGE (self->page), message);
}

void
prs_ita_entry_view_reload (PrsItaEntryView *self)
{
  g_return_if_fail (PRS_IS_ITA_ENTRY_VIEW (self));
  if (prs_ita_page_get_framework (self->page) == NULL || prs_ita_page_get_rollup (self->page) == NULL)
    g_ptr_array_set_size (self->entry_rows, 0);
  else
    build_entry_rows (self);
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), self->entry_rows->len);
}

void
prs_ita_entry_view_refresh (PrsItaEntryView *self)
{
  g_return_if_fail (PRS_IS_ITA_ENTRY_VIEW (self));
  prs_sheet_refresh (PRS_SHEET (self->sheet));
}

PrsSheet *
prs_ita_entry_view_get_sheet (PrsItaEntryView *self)
{
  g_return_val_if_fail (PRS_IS_ITA_ENTRY_VIEW (self), NULL);
  return PRS_SHEET (self->sheet);
}

int
prs_ita_entry_view_find_row (PrsItaEntryView *self, const char *code, const char *part)
{
  g_return_val_if_fail (PRS_IS_ITA_ENTRY_VIEW (self), -1);
  for (guint i = 0; i < self->entry_rows->len; i++)
    {
      EntryRow *row = g_ptr_array_index (self->entry_rows, i);

      if (row->code && g_ascii_strcasecmp (row->code, code) == 0 && g_strcmp0 (row->part, part) == 0)
        return i;
    }
  return -1;
}

static void
prs_ita_entry_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PRS_TYPE_ITA_ENTRY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (prs_ita_entry_view_parent_class)->dispose (object);
}

static void
prs_ita_entry_view_finalize (GObject *object)
{
  g_ptr_array_unref (PRS_ITA_ENTRY_VIEW (object)->entry_rows);
  G_OBJECT_CLASS (prs_ita_entry_view_parent_class)->finalize (object);
}

static void
prs_ita_entry_view_class_init (PrsItaEntryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prs_ita_entry_view_dispose;
  object_class->finalize = prs_ita_entry_view_finalize;
  g_type_ensure (PRS_TYPE_SHEET);
  prs_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prongsai/Prongsai/prs-ita-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PrsItaEntryView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PrsItaEntryView, sheet);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
prs_ita_entry_view_init (PrsItaEntryView *self)
{
  const char *titles[] = { _("Item"), _("Given"), _("Computed"), _("Check") };
  const int widths[] = { 0, 11, 11, 26 };

  self->entry_rows = g_ptr_array_new_with_free_func (entry_row_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A sheet that scrolls itself (GtkScrollable) gets both scroll bars from the
   * scrolled window; one that does not only scrolls sideways here. */
  if (GTK_IS_SCROLLABLE (self->sheet))
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC,
                                    GTK_POLICY_AUTOMATIC);
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 12);
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("Code"), G_N_ELEMENTS (titles), titles, widths);
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &sheet_funcs, self, NULL);
  g_signal_connect (self->sheet, "error", G_CALLBACK (sheet_error), self);
}

GtkWidget *
prs_ita_entry_view_new (PrsItaPage *page)
{
  PrsItaEntryView *self = g_object_new (PRS_TYPE_ITA_ENTRY_VIEW, NULL);

  self->page = page;
  return GTK_WIDGET (self);
}
