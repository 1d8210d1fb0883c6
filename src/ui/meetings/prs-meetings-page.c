/* prs-meetings-page.c: the Meetings section (see prs-meetings-page.h)
 *
 * One committee's year at a time: members down, meetings across, each cell a
 * member's attendance typed as the minutes write it (มา, ไม่มา, ลา, มอบหมาย ชื่อ,
 * ทำหน้าที่ประธาน). Every edit goes through prs-store-meetings.h (one undo step, a
 * paste or a cleared block included) and the page follows the store's ::changed
 * signal, so undo in the window and imports refresh it the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-export-job.h"
#include "prs-file-dialog.h"
#include "prs-meeting-dialog.h"
#include "prs-committee-dialog.h"
#include "prs-meeting-report.h"
#include "prs-meetings-page.h"
#include "prs-store-meetings.h"
#include "prs-store-meetings-people.h"

struct _PrsMeetingsPage
{
  PrsSectionPage parent_instance;

  PrsStore *store;  /* the section's store, borrowed */
  gboolean filling;

  gint64 committee_id;
  int year_be;
  GPtrArray *committees; /* PrsCommitteeRef */
  GArray *years;         /* int, newest first */
  GPtrArray *seats;      /* PrsMeetingSeat (roster only) */
  GPtrArray *meetings;   /* PrsMeetingInfo, by number */

  GtkWidget *stack;      /* "grid" / "empty" */
  GtkWidget *committee_dropdown;
  GtkWidget *year_dropdown;
  GtkWidget *sheet;
  GtkWidget *summary;
  GPtrArray *bar_widgets; /* shown only when there is a committee */
};

G_DEFINE_FINAL_TYPE (PrsMeetingsPage, prs_meetings_page, PRS_TYPE_SECTION_PAGE)

static void reload (PrsMeetingsPage *self);

/* ------------------------------------------------------------ the grid data */

static guint
n_seats (PrsMeetingsPage *self)
{
  return self->seats ? self->seats->len : 0;
}

static guint
n_meetings (PrsMeetingsPage *self)
{
  return self->meetings ? self->meetings->len : 0;
}

static PrsMeetingInfo *
meeting_at (PrsMeetingsPage *self, guint column)
{
  if (column == 0 || column > n_meetings (self))
    return NULL;
  return self->meetings->pdata[column - 1];
}

/* The seat of MEMBER_ID at meeting INFO, NULL if it was not in term then. */
static PrsMeetingSeat *
seat_at (PrsMeetingInfo *info, gint64 member_id)
{
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      if (s->member_id == member_id)
        return s;
    }
  return NULL;
}

static char *
status_text (const PrsMeetingSeat *s)
{
  if (g_str_equal (s->status, "present"))
    return g_strdup (s->acting_chair ? _("Present, chairing") : _("Present"));
  if (g_str_equal (s->status, "absent"))
    return g_strdup (_("Absent"));
  if (g_str_equal (s->status, "leave"))
    return g_strdup (_("Leave"));
  if (g_str_equal (s->status, "delegate"))
    return g_strdup_printf (_("Delegate: %s"), s->delegate_name);
  return NULL;
}

/* Present at / in term for, over the year's meetings; percent in hundredths. */
static gboolean
attendance_rate (PrsMeetingsPage *self, gint64 member_id, guint *present, guint *held)
{
  *present = *held = 0;
  for (guint m = 0; m < n_meetings (self); m++)
    {
      PrsMeetingSeat *s = seat_at (self->meetings->pdata[m], member_id);

      if (s == NULL)
        continue;
      (*held)++;
      if (g_str_equal (s->status, "present"))
        (*present)++;
    }
  return *held > 0;
}

static char *
get_cell (gpointer user_data, guint row, guint column, PrsSheetCellFlags *flags, char **tooltip)
{
  PrsMeetingsPage *self = user_data;
  guint last = n_meetings (self) + 1;

  *flags = PRS_SHEET_CELL_NONE;
  if (row < n_seats (self))
    {
      PrsMeetingSeat *roster = self->seats->pdata[row];
      PrsMeetingInfo *info;
      PrsMeetingSeat *s;

      if (column == 0)
        return g_strdup (roster->role_title);
      if (column == last)
        {
          guint present, held;

          *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
          if (!attendance_rate (self, roster->member_id, &present, &held))
            return NULL;
          *tooltip = g_strdup_printf (_("Present at %u of %u meetings"), present, held);
          {
            PrsRational r;
            g_autofree char *num = NULL;

            prs_rational_make ((gint64) present * 100, held, &r);
            num = prs_score_format (prs_rational_to_score (r), FALSE);
            return g_strdup_printf ("%s%%", num);
          }
        }
      info = meeting_at (self, column);
      s = info ? seat_at (info, roster->member_id) : NULL;
      if (s == NULL)
        {
          *tooltip = g_strdup (_("Not a member on this date"));
          return g_strdup ("—");
        }
      *flags = PRS_SHEET_CELL_EDITABLE;
      if (*s->attendee_name && !g_str_equal (s->attendee_name, s->name))
        *tooltip = g_strdup_printf (_("Attended as “%s”"), s->attendee_name);
      return status_text (s);
    }

  /* The computed rows. */
  {
    guint which = n_seats (self) + 3 - row;
    PrsMeetingInfo *info = meeting_at (self, column);

    *flags = PRS_SHEET_CELL_COMPUTED | PRS_SHEET_CELL_NUMERIC;
    if (info == NULL)
      return NULL;
    if (which == PRS_MEETINGS_PAGE_ROW_PRESENT_FROM_END)
      {
        *tooltip = g_strdup_printf (_("%u present, %u absent, %u sent a delegate"),
                                    info->n_present, info->n_absent, info->n_delegates);
        return g_strdup_printf ("%u/%u", info->n_present, info->n_members);
      }
    if (which == PRS_MEETINGS_PAGE_ROW_QUORUM_FROM_END)
      {
        *tooltip = g_strdup_printf (_("%u of %u voting members count; more than half are needed"),
                                    info->n_quorum_count, info->n_voting);
        if (!info->quorum)
          *flags |= PRS_SHEET_CELL_FLAGGED;
        return g_strdup (info->quorum ? _("Yes") : _("No"));
      }
    {
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < info->guests->len; i++)
        {
          PrsMeetingGuest *g = info->guests->pdata[i];

          g_string_append_printf (names, "%s%s", i ? "\n" : "", g->name);
        }
      *tooltip = g_string_free (names, FALSE);
      return g_strdup_printf ("%u", info->guests->len);
    }
  }
}

static char *
get_row_title (gpointer user_data, guint row, PrsSheetCellFlags *flags)
{
  PrsMeetingsPage *self = user_data;

  *flags = PRS_SHEET_CELL_NONE;
  if (row < n_seats (self))
    return g_strdup (((PrsMeetingSeat *) self->seats->pdata[row])->name);
  switch (n_seats (self) + 3 - row)
    {
    case PRS_MEETINGS_PAGE_ROW_PRESENT_FROM_END: return g_strdup (_("Present in person"));
    case PRS_MEETINGS_PAGE_ROW_QUORUM_FROM_END: return g_strdup (_("Quorum"));
    default: return g_strdup (_("Guests"));
    }
}

static gboolean
store_cell (PrsMeetingsPage *self, guint row, guint column, const char *text, GError **error)
{
  PrsMeetingInfo *info = meeting_at (self, column);
  PrsMeetingSeat *roster;
  g_autofree char *delegate = NULL;
  const char *status;
  gboolean acting = FALSE;

  if (info == NULL || row >= n_seats (self))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("This cell is computed."));
      return FALSE;
    }
  roster = self->seats->pdata[row];
  if (seat_at (info, roster->member_id) == NULL)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("%s was not a member on the date of meeting %d/%d."), roster->name,
                   info->number, info->year_be);
      return FALSE;
    }
  status = prs_import_parse_status (text, &delegate, &acting);
  if (status == NULL)
    return prs_meetings_set_attendance (self->store, info->id, roster->member_id, NULL, NULL, FALSE, error);
  if (*status == '\0' || g_str_equal (status, "guest"))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” is not an attendance: type มา (present), ไม่มา (absent), ลา (leave), มอบหมาย and the delegate's name, or ทำหน้าที่ประธาน (chairing)."),
                   text);
      return FALSE;
    }
  if (g_str_equal (status, "delegate") && (delegate == NULL || *delegate == '\0'))
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("Type the delegate's name after มอบหมาย."));
      return FALSE;
    }
  return prs_meetings_set_attendance (self->store, info->id, roster->member_id, status,
                                      delegate ? delegate : "", acting, error);
}

static gboolean
set_cell (gpointer user_data, guint row, guint column, const char *text, GError **error)
{
  PrsMeetingsPage *self = user_data;
  gboolean ok = store_cell (self, row, column, text, error);

  if (ok)
    reload (self);
  return ok;
}

static gboolean
set_cells (gpointer user_data, guint n_cells, const guint *rows, const guint *columns,
           const char *const *texts, GError **error)
{
  PrsMeetingsPage *self = user_data;

  if (!prs_store_begin_edit (self->store, _("Edit attendance"), error))
    return FALSE;
  for (guint i = 0; i < n_cells; i++)
    if (!store_cell (self, rows[i], columns[i], texts[i], error))
      {
        prs_store_cancel_edit (self->store);
        return FALSE;
      }
  if (!prs_store_end_edit (self->store, error))
    return FALSE;
  reload (self);
  return TRUE;
}

static const PrsSheetFuncs sheet_funcs = {
  get_cell, get_row_title, set_cell, set_cells,
};

/* ------------------------------------------------------------ loading */

static void
load_meetings (PrsMeetingsPage *self)
{
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->seats, g_ptr_array_unref);
  self->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) prs_meeting_info_free);
  if (self->committee_id == 0)
    return;
  self->seats = prs_meetings_list_seats (self->store, self->committee_id, &error);
  if (self->seats != NULL)
    ids = prs_meetings_list (self->store, self->committee_id, self->year_be, &error);
  for (guint i = 0; ids && i < ids->len; i++)
    {
      PrsMeetingInfo *info = prs_meetings_load (self->store, g_array_index (ids, gint64, i),
                                                error ? NULL : &error);

      if (info)
        g_ptr_array_add (self->meetings, info);
    }
  /* What could be read is shown; the first failure is said, not passed over. */
  if (error)
    prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
}

static void
update_summary (PrsMeetingsPage *self)
{
  GString *text = g_string_new (NULL);

  for (guint m = 0; m < n_meetings (self); m++)
    {
      PrsMeetingInfo *info = self->meetings->pdata[m];
      g_autofree char *date = NULL;
      PrsDate d;

      if (info->date && prs_date_parse (info->date, &d, NULL))
        date = prs_date_format (&d, PRS_DATE_STYLE_SHORT, FALSE);
      if (text->len)
        g_string_append (text, "   ·   ");
      g_string_append_printf (text, _("%d/%d %s"), info->number, info->year_be, date ? date : "");
    }
  gtk_label_set_text (GTK_LABEL (self->summary), text->str);
  g_string_free (text, TRUE);
}

static void
fill_sheet (PrsMeetingsPage *self)
{
  guint n = n_meetings (self);
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *widths = g_new0 (int, n + 2);

  g_ptr_array_add (titles, g_strdup (_("Role")));
  widths[0] = 20;
  for (guint m = 0; m < n; m++)
    {
      PrsMeetingInfo *info = self->meetings->pdata[m];

      g_ptr_array_add (titles, g_strdup_printf (_("Meeting %d/%d"), info->number, info->year_be));
      widths[m + 1] = 22;
    }
  g_ptr_array_add (titles, g_strdup (_("Attendance")));
  widths[n + 1] = 14;
  prs_sheet_set_columns (PRS_SHEET (self->sheet), _("Member"), n + 2,
                         (const char *const *) titles->pdata, widths);
  prs_sheet_set_row_title_width (PRS_SHEET (self->sheet), 26);
  prs_sheet_set_n_rows (PRS_SHEET (self->sheet), n_seats (self) > 0 ? n_seats (self) + 3 : 0);
  update_summary (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    n_seats (self) > 0 && n > 0 ? "grid" : "empty");
}

/* After an edit: the data again, the same cells, the cursor kept. */
static void
reload (PrsMeetingsPage *self)
{
  guint before = n_meetings (self);

  load_meetings (self);
  if (n_meetings (self) != before)
    fill_sheet (self);
  else
    prs_sheet_refresh (PRS_SHEET (self->sheet));
}

static void
fill_dropdowns (PrsMeetingsPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  guint selected = 0;

  self->filling = TRUE;
  g_clear_pointer (&self->committees, g_ptr_array_unref);
  self->committees = prs_meetings_list_committees (self->store, &error);
  if (self->committees == NULL)
    {
      prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
      g_clear_error (&error);
      self->committees = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->committees->len; i++)
    {
      PrsCommitteeRef *c = self->committees->pdata[i];

      gtk_string_list_append (names, c->name);
      if (c->id == self->committee_id)
        selected = i;
    }
  if (self->committees->len > 0)
    self->committee_id = ((PrsCommitteeRef *) self->committees->pdata[selected])->id;
  else
    self->committee_id = 0;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->committee_dropdown), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->committee_dropdown), selected);

  g_clear_pointer (&self->years, g_array_unref);
  self->years = self->committee_id ? prs_meetings_list_years (self->store, self->committee_id, &error) : NULL;
  if (self->years == NULL && error != NULL)
    prs_section_page_toast (PRS_SECTION_PAGE (self), error->message);
  if (self->years == NULL)
    self->years = g_array_new (FALSE, FALSE, sizeof (int));
  selected = 0;
  for (guint i = 0; i < self->years->len; i++)
    {
      int y = g_array_index (self->years, int, i);
      g_autofree char *text = g_strdup_printf (_("Year %d"), y);

      gtk_string_list_append (years, text);
      if (y == self->year_be)
        selected = i;
    }
  self->year_be = self->years->len ? g_array_index (self->years, int, selected) : 0;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->year_dropdown), G_LIST_MODEL (years));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->year_dropdown), selected);
  self->filling = FALSE;
}

static void
refresh_all (PrsMeetingsPage *self)
{
  fill_dropdowns (self);
  load_meetings (self);
  fill_sheet (self);
  for (guint i = 0; self->bar_widgets && i < self->bar_widgets->len; i++)
    gtk_widget_set_visible (self->bar_widgets->pdata[i], self->committees->len > 0);
}

static void
selection_changed (PrsMeetingsPage *self)
{
  guint c, y;

  if (self->filling)
    return;
  c = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->committee_dropdown));
  y = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->year_dropdown));
  if (c < self->committees->len && ((PrsCommitteeRef *) self->committees->pdata[c])->id != self->committee_id)
    {
      self->committee_id = ((PrsCommitteeRef *) self->committees->pdata[c])->id;
      self->year_be = 0;
    }
  else if (y < self->years->len)
    self->year_be = g_array_index (self->years, int, y);
  refresh_all (self);
}

/* ------------------------------------------------------------ actions */

static void
toast (PrsMeetingsPage *self, const char *message)
{
  prs_section_page_toast (PRS_SECTION_PAGE (self), message);
}

static PrsMeetingInfo *
cursor_meeting (PrsMeetingsPage *self)
{
  guint row = 0, column = 0;

  prs_sheet_get_cursor (PRS_SHEET (self->sheet), &row, &column);
  if (meeting_at (self, column) == NULL && n_meetings (self) > 0)
    return self->meetings->pdata[n_meetings (self) - 1];
  return meeting_at (self, column);
}

gboolean
prs_meetings_page_mark_all_present (PrsMeetingsPage *self)
{
  g_autoptr (GError) error = NULL;
  PrsMeetingInfo *info;

  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), FALSE);
  info = cursor_meeting (self);
  if (info == NULL)
    return FALSE;
  if (!prs_meetings_mark_all_present (self->store, info->id, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  reload (self);
  return TRUE;
}

static void
all_present_clicked (PrsMeetingsPage *self)
{
  prs_meetings_page_mark_all_present (self);
}

typedef enum { DOC_MINUTES, DOC_CLAIM, DOC_SUMMARY } DocKind;

typedef struct
{
  PrsMeetingsPage *self;
  gint64 meeting_id;
  DocKind kind;
  PrsExportFormat format;
} ExportData;

static void
export_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportData *d = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autoptr (PrsMeetingInfo) info = NULL;
  g_autoptr (PrsReport) report = NULL;
  /* As the CLI: the minutes, an official document, in Thai digits; the claim sheet and
   * the yearly summary as the section's digits choice says (Arabic unless chosen). */
  gboolean thai = d->kind == DOC_MINUTES || prs_section_page_get_thai_digits (PRS_SECTION_PAGE (d->self));

  (void) source;
  if (file == NULL)
    goto out;
  if (d->kind == DOC_SUMMARY)
    {
      int year = d->self->year_be ? d->self->year_be : prs_section_page_current_fiscal_year ();

      report = prs_allowance_summary_report_build (d->self->store, d->self->committee_id, year, thai, &error);
    }
  else
    {
      info = prs_meetings_load (d->self->store, d->meeting_id, &error);
      if (info)
        report = d->kind == DOC_CLAIM ? prs_claim_report_build (d->self->store, info, thai, &error)
                                      : prs_minutes_report_build (d->self->store, info, thai, &error);
    }
  if (report == NULL)
    toast (d->self, error->message);
  else
    prs_export_job_start (prs_section_page_get_toast_overlay (PRS_SECTION_PAGE (d->self)), report, d->format, file);
out:
  g_object_unref (d->self);
  g_free (d);
}

static void
export_document (PrsMeetingsPage *self, DocKind kind, PrsExportFormat format)
{
  PrsMeetingInfo *info = cursor_meeting (self);
  const char *ext = prs_export_format_extension (format);
  ExportData *d;
  g_autofree char *name = NULL;
  const char *title;

  if (kind != DOC_SUMMARY && info == NULL)
    {
      toast (self, _("Record a meeting first."));
      return;
    }
  d = g_new0 (ExportData, 1);
  d->self = g_object_ref (self);
  d->meeting_id = info ? info->id : 0;
  d->kind = kind;
  d->format = format;
  switch (kind)
    {
    case DOC_MINUTES:
      name = g_strdup_printf (_("minutes-%d-%d.%s"), info->number, info->year_be, ext);
      title = _("Save the Minutes");
      break;
    case DOC_CLAIM:
      name = g_strdup_printf (_("claim-%d-%d.%s"), info->number, info->year_be, ext);
      title = _("Save the Claim Sheet");
      break;
    case DOC_SUMMARY:
    default:
      name = g_strdup_printf (_("allowances-%d.%s"), self->year_be, ext);
      title = _("Save the Yearly Allowance Summary");
      break;
    }
  prs_file_dialog_save (prs_section_page_get_window (PRS_SECTION_PAGE (self)), title, name, NULL,
                        export_chosen, d);
}

/* Import: read the file, show the preview, write only on confirmation. */
typedef struct
{
  PrsMeetingsPage *self;
  gint64 meeting_id;
  PrsImportPreview *preview;
} ImportData;

static void
import_data_free (ImportData *d)
{
  g_object_unref (d->self);
  prs_import_preview_free (d->preview);
  g_free (d);
}

static void
import_response (AdwMessageDialog *dialog, const char *response, ImportData *d)
{
  g_autoptr (GError) error = NULL;

  (void) dialog;
  if (g_str_equal (response, "import") || g_str_equal (response, "import-close"))
    {
      if (prs_import_attendance_apply (d->self->store, d->meeting_id, d->preview,
                                       g_str_equal (response, "import-close"), &error))
        toast (d->self, _("Attendance imported"));
      else
        toast (d->self, error->message);
    }
  import_data_free (d);
}

static void
import_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ImportData *d = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *path = NULL;
  GString *body;
  GtkWidget *dialog;

  (void) source;
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      import_data_free (d);
      return;
    }
  rows = prs_import_read_rows (path, &error);
  if (rows)
    d->preview = prs_import_attendance_preview (d->self->store, d->meeting_id, rows, &error);
  if (d->preview == NULL)
    {
      toast (d->self, error->message);
      import_data_free (d);
      return;
    }
  body = g_string_new (NULL);
  g_string_append_printf (body, _("%u matched, %u close, %u unknown, %u guests."),
                          d->preview->n_exact, d->preview->n_close, d->preview->n_unknown,
                          d->preview->n_guests);
  for (guint i = 0; i < d->preview->lines->len; i++)
    {
      PrsImportLine *l = d->preview->lines->pdata[i];

      if (l->match == PRS_IMPORT_MATCH_CLOSE)
        g_string_append_printf (body, "\n%s → %s", l->typed_name, l->member_name);
    }
  for (guint i = 0; i < d->preview->errors->len; i++)
    g_string_append_printf (body, "\n%s", (const char *) d->preview->errors->pdata[i]);
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (d->self)),
                                   _("Import Attendance?"), body->str);
  g_string_free (body, TRUE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (d->preview->errors->len == 0)
    {
      if (d->preview->n_close > 0)
        {
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import-close",
                                           _("_Accept Close Matches"));
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import-close",
                                                      ADW_RESPONSE_SUGGESTED);
        }
      else
        {
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import", _("_Import"));
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                                      ADW_RESPONSE_SUGGESTED);
        }
    }
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_clicked (PrsMeetingsPage *self)
{
  PrsMeetingInfo *info = cursor_meeting (self);
  ImportData *d;

  if (info == NULL)
    return;
  d = g_new0 (ImportData, 1);
  d->self = g_object_ref (self);
  d->meeting_id = info->id;
  prs_file_dialog_open (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                        _("Import Attendance"), NULL, import_chosen, d);
}

static void
open_meeting_dialog (PrsMeetingsPage *self, gint64 meeting_id)
{
  PrsMeetingDialog *dialog;
  int year = self->year_be;

  if (self->committee_id == 0)
    {
      toast (self, _("Import a committee's roster first (prongsai-cli committee import)."));
      return;
    }
  if (year == 0)
    {
      PrsDate today;

      prs_date_today (&today);
      year = today.year + 543;
    }
  dialog = prs_meeting_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), self->store,
                                   self->committee_id, meeting_id, year);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_meeting_clicked (PrsMeetingsPage *self)
{
  open_meeting_dialog (self, 0);
}

static void
edit_meeting_clicked (PrsMeetingsPage *self)
{
  PrsMeetingInfo *info = cursor_meeting (self);

  if (info)
    open_meeting_dialog (self, info->id);
}

GtkWindow *
prs_meetings_page_open_committee (PrsMeetingsPage *self)
{
  PrsCommitteeDialog *dialog;
  int year;

  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), NULL);
  if (self->committee_id == 0)
    {
      toast (self, _("Import a committee's roster first."));
      return NULL;
    }
  year = self->year_be ? self->year_be : prs_section_page_current_fiscal_year ();
  dialog = prs_committee_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (self)), self->store,
                                     self->committee_id, year);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
prs_meetings_page_open_attachments (PrsMeetingsPage *self)
{
  PrsCommitteeDialog *dialog;
  PrsMeetingInfo *info;

  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), NULL);
  info = cursor_meeting (self);
  if (info == NULL)
    {
      toast (self, _("Record a meeting first."));
      return NULL;
    }
  dialog = prs_committee_dialog_new_attachments (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                                                 self->store, info->id);
  {
    g_autofree char *title = g_strdup_printf (_("Attachments of Meeting %d/%d"), info->number, info->year_be);

    gtk_window_set_title (GTK_WINDOW (dialog), title);
  }
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
committee_clicked (PrsMeetingsPage *self)
{
  prs_meetings_page_open_committee (self);
}

static void
attachments_clicked (PrsMeetingsPage *self)
{
  prs_meetings_page_open_attachments (self);
}

static void
sheet_error (PrsSheet *sheet, const char *message, PrsMeetingsPage *self)
{
  (void) sheet;
  toast (self, message);
}

/* ------------------------------------------------------------ roster import */

typedef struct
{
  PrsMeetingsPage *self;
  PrsImportPreview *preview;
  GtkWidget *name_entry;
} RosterData;

static void
roster_data_free (RosterData *d)
{
  g_object_unref (d->self);
  prs_import_preview_free (d->preview);
  g_free (d);
}

static void
roster_response (AdwMessageDialog *dialog, const char *response, RosterData *d)
{
  g_autoptr (GError) error = NULL;

  (void) dialog;
  if (g_str_equal (response, "import") || g_str_equal (response, "import-close"))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->name_entry))));
      gint64 id;

      if (g_str_equal (response, "import-close"))
        prs_import_roster_confirm_people (d->preview);

      if (*name == '\0')
        toast (d->self, _("Give the committee a name."));
      else if ((id = prs_import_roster_apply (d->self->store, name, NULL, d->preview, &error)) == 0)
        toast (d->self, error->message);
      else
        {
          d->self->committee_id = id;
          d->self->year_be = 0;
          prs_section_page_undo_toast (PRS_SECTION_PAGE (d->self), _("Committee imported"));
          prs_section_page_queue_refresh (PRS_SECTION_PAGE (d->self), PRS_SECTION_REFRESH_ALL);
        }
    }
  roster_data_free (d);
}

/* Reads the roster at PATH and shows its preview (members, who is staff); NULL when
 * it could not be read (the reason toasted). */
static GtkWidget *
roster_preview (RosterData *d, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *base = NULL;
  GString *body;
  GtkWidget *dialog;
  guint n_exact = 0, n_close = 0, n_outside = 0;

  rows = prs_import_read_rows (path, &error);
  if (rows)
    d->preview = prs_import_roster_preview (rows, &error);
  if (d->preview == NULL)
    {
      toast (d->self, error->message);
      roster_data_free (d);
      return NULL;
    }
  if (!prs_import_roster_match_people (d->self->store, d->preview, &error))
    {
      toast (d->self, error->message);
      roster_data_free (d);
      return NULL;
    }
  prs_import_roster_count_people (d->preview, &n_exact, &n_close, &n_outside);
  body = g_string_new (NULL);
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u member:", "%u members:",
                                             d->preview->lines->len), d->preview->lines->len);
  for (guint i = 0; i < d->preview->lines->len; i++)
    {
      PrsImportLine *l = d->preview->lines->pdata[i];
      g_autofree char *link = NULL;

      if (l->seat && l->holder && *l->holder)
        link = g_strdup_printf (_("seat held by a post, now %s"), l->holder);
      else if (l->seat)
        link = g_strdup (_("seat held by a post"));
      else if (l->person_match == PRS_IMPORT_MATCH_EXACT)
        link = g_strdup (_("staff"));
      else if (l->person_match == PRS_IMPORT_MATCH_CLOSE)
        link = g_strdup_printf (_("close to %s in People?"), l->person_name);
      else if (l->person_name != NULL)
        link = g_strdup (_("more than one person in People: link by hand"));
      else
        link = g_strdup (_("outside person"));
      g_string_append_printf (body, "\n%s — %s (%s)", l->typed_name,
                              *l->role_title ? l->role_title : prs_meeting_role_title (l->role), link);
    }
  g_string_append_printf (body, "\n\n%s", _("Staff are linked to People: their position and unit come from there."));
  if (n_close > 0)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u name is only close to a person in People: “Import” keeps it an outside person, “Import, Linking Close Names” links it.",
                                         "%u names are only close to people in People: “Import” keeps them outside persons, “Import, Linking Close Names” links them.",
                                         n_close), n_close);
    }

  for (guint i = 0; i < d->preview->errors->len; i++)
    g_string_append_printf (body, "\n%s", (const char *) d->preview->errors->pdata[i]);
  dialog = adw_message_dialog_new (prs_section_page_get_window (PRS_SECTION_PAGE (d->self)),
                                   _("Import the Committee?"), body->str);
  g_string_free (body, TRUE);
  d->name_entry = gtk_entry_new ();
  base = g_path_get_basename (path);
  if (strrchr (base, '.'))
    *strrchr (base, '.') = '\0';
  gtk_editable_set_text (GTK_EDITABLE (d->name_entry), base);
  gtk_entry_set_placeholder_text (GTK_ENTRY (d->name_entry), _("Name of the committee"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), d->name_entry);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (d->preview->errors->len == 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import", _("_Import"));
      if (n_close > 0)
        adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import-close",
                                         _("Import, _Linking Close Names"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (roster_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
roster_chosen (GObject *source, GAsyncResult *result, gpointer user_data)
{
  RosterData *d = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = prs_file_dialog_finish (result, &error);
  g_autofree char *path = NULL;

  (void) source;
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      roster_data_free (d);
      return;
    }
  roster_preview (d, path);
}

GtkWidget *
prs_meetings_page_preview_roster (PrsMeetingsPage *self,
                                  const char      *path)
{
  RosterData *d;

  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), NULL);
  d = g_new0 (RosterData, 1);
  d->self = g_object_ref (self);
  return roster_preview (d, path);
}

static void
import_roster (PrsMeetingsPage *self)
{
  RosterData *d = g_new0 (RosterData, 1);

  d->self = g_object_ref (self);
  prs_file_dialog_open (prs_section_page_get_window (PRS_SECTION_PAGE (self)),
                        _("Import a Committee's Roster"), NULL, roster_chosen, d);
}

/* ------------------------------------------------------------ the section */

/* A toolbar button; LABEL NULL for an icon alone (the tooltip names it). */
static GtkWidget *
button (const char *icon, const char *label, const char *tooltip)
{
  GtkWidget *b = gtk_button_new ();
  GtkWidget *content;

  gtk_widget_set_tooltip_text (b, tooltip);
  if (label == NULL)
    {
      gtk_button_set_icon_name (GTK_BUTTON (b), icon);
      gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      return b;
    }
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (b), content);
  return b;
}

static void
roster_clicked (PrsMeetingsPage *self)
{
  import_roster (self);
}

/* Dropdown labels that give way on a narrow window (the popup shows them whole). */
static void
ellipsized_setup (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  (void) factory;
  (void) data;
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
ellipsized_bind (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  (void) factory;
  (void) data;
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      string ? gtk_string_object_get_string (string) : "");
}

static GtkWidget *
narrow_dropdown (void)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (ellipsized_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (ellipsized_bind), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (ellipsized_setup), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (ellipsized_bind), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);
  g_object_unref (factory);
  g_object_unref (list_factory);
  return dropdown;
}

static void
prs_meetings_page_build (PrsSectionPage *page)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (page);
  GtkWidget *box, *b, *grid, *empty, *hint;

  self->store = prs_section_page_get_store (page);
  self->bar_widgets = g_ptr_array_new ();

  self->committee_dropdown = narrow_dropdown ();
  gtk_widget_set_tooltip_text (self->committee_dropdown, _("Committee"));
  g_signal_connect_swapped (self->committee_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  prs_section_page_add_bar_widget (page, self->committee_dropdown);
  g_ptr_array_add (self->bar_widgets, self->committee_dropdown);
  self->year_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_tooltip_text (self->year_dropdown, _("Year of the meetings (Buddhist Era)"));
  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (selection_changed), self);
  prs_section_page_add_bar_widget (page, self->year_dropdown);
  g_ptr_array_add (self->bar_widgets, self->year_dropdown);

  b = button ("list-add-symbolic", _("_New Meeting…"), _("Record a new meeting of this committee"));
  gtk_widget_set_name (b, "new-meeting");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (new_meeting_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);
  b = button ("document-edit-symbolic", NULL,
              _("Edit the selected meeting: date, venue, the invited, agenda, resolutions"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (edit_meeting_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);
  b = button ("object-select-symbolic", NULL,
              _("Mark every member present at the meeting of the selected column (Ctrl+Shift+P)"));
  gtk_widget_set_name (b, "all-present");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (all_present_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);
  b = button ("mail-attachment-symbolic", NULL,
              _("Attachments of the selected meeting (เอกสารแนบ): add, open, remove (Ctrl+Shift+T)"));
  gtk_widget_set_name (b, "attachments");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (attachments_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);
  b = button ("system-users-symbolic", NULL,
              _("The committee: members linked to People, allowance rates, allowances of the year (Ctrl+Shift+M)"));
  gtk_widget_set_name (b, "committee");
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (committee_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);
  b = button ("contact-new-symbolic", NULL, _("Import a committee's roster from a CSV, XLSX or text file"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (roster_clicked), self);
  prs_section_page_add_bar_widget (page, b);
  g_ptr_array_add (self->bar_widgets, b);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  hint = gtk_label_new (_("Type มา (present), ไม่มา (absent), ลา (leave), มอบหมาย and a name (delegate) or ทำหน้าที่ประธาน (chairing) in a cell."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_start (hint, 12);
  gtk_widget_set_margin_end (hint, 12);
  gtk_widget_set_margin_top (hint, 6);
  gtk_box_append (GTK_BOX (box), hint);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  self->sheet = prs_sheet_new ();
  prs_sheet_set_funcs (PRS_SHEET (self->sheet), &sheet_funcs, self, NULL);
  g_signal_connect (self->sheet, "error", G_CALLBACK (sheet_error), self);
  grid = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_vexpand (self->sheet, TRUE);
  gtk_box_append (GTK_BOX (grid), self->sheet);
  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_widget_add_css_class (self->summary, "caption");
  gtk_widget_set_margin_bottom (self->summary, 6);
  gtk_box_append (GTK_BOX (grid), self->summary);
  gtk_stack_add_named (GTK_STACK (self->stack), grid, "grid");

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Meetings Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Record this committee's first meeting with New Meeting; its attendance is kept here."));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_box_append (GTK_BOX (box), self->stack);
  prs_section_page_set_content (page, box);
}

static void
prs_meetings_page_refresh (PrsSectionPage *page, PrsSectionRefresh what)
{
  (void) what;
  refresh_all (PRS_MEETINGS_PAGE (page));
}

static gboolean
prs_meetings_page_is_empty (PrsSectionPage *page)
{
  return prs_store_count (prs_section_page_get_store (page), "committees") <= 0;
}

static void
prs_meetings_page_import (PrsSectionPage *page)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (page);

  if (self->committee_id == 0 || n_meetings (self) == 0)
    import_roster (self);
  else
    import_clicked (self);
}

static void
prs_meetings_page_export (PrsSectionPage *page, const char *format)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (page);

  if (g_str_equal (format, "minutes-pdf"))
    export_document (self, DOC_MINUTES, PRS_EXPORT_PDF);
  else if (g_str_equal (format, "minutes-docx"))
    export_document (self, DOC_MINUTES, PRS_EXPORT_DOCX);
  else if (g_str_equal (format, "claim-pdf"))
    export_document (self, DOC_CLAIM, PRS_EXPORT_PDF);
  else if (g_str_equal (format, "claim-xlsx"))
    export_document (self, DOC_CLAIM, PRS_EXPORT_XLSX);
  else if (g_str_equal (format, "summary-pdf"))
    export_document (self, DOC_SUMMARY, PRS_EXPORT_PDF);
  else if (g_str_equal (format, "summary-xlsx"))
    export_document (self, DOC_SUMMARY, PRS_EXPORT_XLSX);
}

static void
prs_meetings_page_dispose (GObject *object)
{
  PrsMeetingsPage *self = PRS_MEETINGS_PAGE (object);

  g_clear_pointer (&self->committees, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->seats, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->bar_widgets, g_ptr_array_unref);
  G_OBJECT_CLASS (prs_meetings_page_parent_class)->dispose (object);
}

static void
action_all_present (GtkWidget *widget, const char *name, GVariant *param)
{
  prs_meetings_page_mark_all_present (PRS_MEETINGS_PAGE (widget));
}

static void
action_new_meeting (GtkWidget *widget, const char *name, GVariant *param)
{
  new_meeting_clicked (PRS_MEETINGS_PAGE (widget));
}

static void
action_edit_meeting (GtkWidget *widget, const char *name, GVariant *param)
{
  edit_meeting_clicked (PRS_MEETINGS_PAGE (widget));
}

static void
action_committee (GtkWidget *widget, const char *name, GVariant *param)
{
  prs_meetings_page_open_committee (PRS_MEETINGS_PAGE (widget));
}

static void
action_attachments (GtkWidget *widget, const char *name, GVariant *param)
{
  prs_meetings_page_open_attachments (PRS_MEETINGS_PAGE (widget));
}

static void
prs_meetings_page_class_init (PrsMeetingsPageClass *klass)
{
  PrsSectionPageClass *page_class = PRS_SECTION_PAGE_CLASS (klass);
  static const char * const tables[] = {
    "committees", "committee_members", "meetings", "agenda_items", "attendance", "guests",
    "allowance_rates", "meeting_attachments", "people", NULL
  };

  G_OBJECT_CLASS (klass)->dispose = prs_meetings_page_dispose;
  page_class->tables = tables;
  page_class->build = prs_meetings_page_build;
  page_class->refresh = prs_meetings_page_refresh;
  page_class->is_empty = prs_meetings_page_is_empty;
  page_class->import = prs_meetings_page_import;
  page_class->export = prs_meetings_page_export;

  /* Keyboard first: the grid's commands have keys too. */
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "meetings.all-present", NULL, action_all_present);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "meetings.new", NULL, action_new_meeting);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "meetings.edit", NULL, action_edit_meeting);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.all-present", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.new", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.edit", NULL);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "meetings.committee", NULL, action_committee);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "meetings.attachments", NULL, action_attachments);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.committee", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.attachments", NULL);
}

static void
prs_meetings_page_init (PrsMeetingsPage *self)
{
  PrsSectionPage *page = PRS_SECTION_PAGE (self);

  prs_section_page_set_choosers (page, PRS_SECTION_CHOOSER_NONE);
  prs_section_page_add_export_format (page, "minutes-pdf", _("Minutes as _PDF…"));
  prs_section_page_add_export_format (page, "minutes-docx", _("Minutes as _Word…"));
  prs_section_page_add_export_format (page, "claim-pdf", _("Claim Sheet as P_DF…"));
  prs_section_page_add_export_format (page, "claim-xlsx", _("Claim Sheet as _Excel…"));
  prs_section_page_add_export_format (page, "summary-pdf", _("Yearly Allowances as PD_F…"));
  prs_section_page_add_export_format (page, "summary-xlsx", _("Yearly Allowances as E_xcel…"));
  prs_section_page_set_empty_state (page, "x-office-calendar-symbolic", _("No Committees Yet"),
                                    _("Import a committee's roster — a CSV or XLSX list, or lines pasted out of "
                                      "minutes — then record its meetings and their attendance here."),
                                    _("_Import a Roster…"), "section.import", NULL);
}

GtkWidget *
prs_meetings_page_new (PrsStore *store)
{
  return g_object_new (PRS_TYPE_MEETINGS_PAGE, "store", store, NULL);
}

void
prs_meetings_page_select (PrsMeetingsPage *self,
                          gint64           committee_id,
                          int              year_be)
{
  g_return_if_fail (PRS_IS_MEETINGS_PAGE (self));
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  self->committee_id = committee_id;
  self->year_be = year_be;
  refresh_all (self);
}

PrsSheet *
prs_meetings_page_get_sheet (PrsMeetingsPage *self)
{
  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), NULL);
  prs_section_page_ensure_built (PRS_SECTION_PAGE (self));
  return PRS_SHEET (self->sheet);
}

gint64
prs_meetings_page_get_meeting (PrsMeetingsPage *self,
                               guint            column)
{
  PrsMeetingInfo *info;

  g_return_val_if_fail (PRS_IS_MEETINGS_PAGE (self), 0);
  info = meeting_at (self, column);
  return info ? info->id : 0;
}
