/* prs-cli-meeting.c: prongsai-cli committee … and meeting …
 *
 * Amounts in JSON are numbers in baht with two decimals, printed from integer satang
 * ("1600.00"), never through a double.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-meetings.h"
#include "prs-store-meetings-people.h"
#include "prs-meeting-report.h"
#include "prs-export.h"

typedef struct
{
  const char *name;
  const char *kind;
  const char *committee;
  const char *role;
  const char *amount;
  const char *from;
  const char *meeting;
  const char *date;
  const char *start;
  const char *end;
  const char *venue;
  const char *mode;
  const char *format;
  const char *output;
  const char *year;
  const char *delegate_paid;
  const char *input;
  gboolean    json;
  gboolean    accept_close;
  gboolean    dry_run;
  int         digits;       /* 0 = the document's default, 1 = Thai, -1 = Arabic */
  gboolean    help;
} MeetingArgs;

static void
print_committee_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  fprintf (out, "  prongsai-cli --workspace FILE committee import IN.csv|IN.xlsx|IN.txt --name NAME "
                "[--kind ethics|morality_working_group|anti_corruption_centre|other] [--accept-close] [--dry-run]\n");
  fprintf (out, "  prongsai-cli --workspace FILE committee rate --committee NAME --role "
                "chair|vice_chair|member|member_secretary|assistant_secretary --amount BAHT "
                "[--from YYYY-MM-DD]\n");
  fprintf (out, "  prongsai-cli --workspace FILE committee set --committee NAME --delegate-paid yes|no\n");
  fprintf (out, "  prongsai-cli --workspace FILE committee summary --year FY [--committee NAME] "
                "--format pdf|xlsx -o OUT [--thai-digits|--arabic-digits]\n");
  fprintf (out, "\n%s\n", _("Roster columns: name (ชื่อ-สกุล, with title), position (ตำแหน่ง), role "
                            "(บทบาท / ตำแหน่งในคณะกรรมการ). Title rows above the header, list numbers "
                            "and Thai digits are fine. A text file takes lines pasted out of minutes "
                            "(“๑. นางสาว… ตำแหน่ง บทบาท”). A name that is a post "
                            "(“ผู้อำนวยการกลุ่ม…”) is a seat held by whoever holds it; its present "
                            "holder named in brackets (“ผู้อำนวยการสำนัก… (นายก ข)”) is kept, and an "
                            "attendance list may name either."));
  fprintf (out, "\n%s\n", _("Members who are staff: each name is matched against People (titles, "
                            "spaces and zero-width characters ignored). An exact match is linked, "
                            "and the member's position and unit then come from People; a close "
                            "match is linked only with --accept-close; other names stay outside "
                            "persons as the roster gives them."));
}

static void
print_meeting_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  fprintf (out, "  prongsai-cli --workspace FILE meeting add --committee NAME --meeting N/YEAR "
                "--date YYYY-MM-DD [--start HH:MM] [--end HH:MM] [--venue TEXT] [--mode onsite|online|hybrid]\n");
  fprintf (out, "  prongsai-cli --workspace FILE meeting attendance --committee NAME --meeting N/YEAR "
                "IN.csv|IN.xlsx|IN.txt [--accept-close] [--dry-run]\n");
  fprintf (out, "  prongsai-cli --workspace FILE meeting show --committee NAME --meeting N/YEAR --json\n");
  fprintf (out, "  prongsai-cli --workspace FILE meeting allowance --committee NAME --meeting N/YEAR --json\n");
  fprintf (out, "  prongsai-cli --workspace FILE meeting minutes --committee NAME --meeting N/YEAR "
                "--format docx|pdf -o OUT [--thai-digits|--arabic-digits]\n");
  fprintf (out, "  prongsai-cli --workspace FILE meeting claim --committee NAME --meeting N/YEAR "
                "--format pdf|xlsx -o OUT [--thai-digits|--arabic-digits]\n");
  fprintf (out, "\n%s\n", _("Attendance columns: name, status (มา / present, ไม่มา / absent, ลา / leave, "
                            "มอบหมาย / delegate, ผู้เข้าร่วมประชุม / guest), delegate, position, "
                            "acting_chair (any mark). Heading rows of the minutes (ผู้มาประชุม, "
                            "ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม) set the status of the rows under them; "
                            "a row without a status is present. Close spellings are applied only "
                            "with --accept-close; an unknown name that is not a guest is an error. "
                            "A delegate may also be written as minutes list one among those present: "
                            "“นางสาวก ข  ผู้แทนผู้อำนวยการสำนัก…” or “นางสาวก ข (แทน ผู้อำนวยการสำนัก…)”. "
                            "A two-row header (“การเข้าประชุม” merged over “สถานะ” and “ผู้แทน”, or "
                            "ticks under “มา”, “ไม่มา”, “ลา”) is read."));
  fprintf (out, "\n%s\n", _("Counting: members are the seats in term on the meeting date. present = "
                            "members who attended in person; absent = all other members (absent, "
                            "on leave, or sent a delegate: the minutes' ผู้ไม่มาประชุม); delegates = "
                            "the absent members who sent one (มอบหมาย …). guests = the "
                            "ผู้เข้าร่วมประชุม list, less anyone on the roster (recorded present for "
                            "their seat, with a warning). quorum = more than half of the voting "
                            "members present in person (exactly half is no quorum); a delegate "
                            "counts only for a seat held by a post, and a non-member assistant "
                            "secretary does not vote."));
  fprintf (out, "\n%s\n", _("show --json: attendance lists every member in term on the meeting "
                            "date, in roster order. A member the attendance list did not name is "
                            "\"status\": \"absent\" with \"match\": null; a listed member has "
                            "\"match\": \"exact\" or \"close\" (a close spelling confirmed with "
                            "--accept-close; a status set in the app counts as exact)."));
  fprintf (out, "\n%s\n", _("Digits: the minutes print Thai digits (๑, ๒, ๓) by default, as official "
                            "documents do; the claim sheet and the yearly summary print Arabic digits "
                            "by default, like “plan report”. --thai-digits or --arabic-digits chooses "
                            "(the last one given wins)."));
  fprintf (out, "\n%s\n", _("Allowances: members present are paid their role's rate in effect on the "
                            "meeting date (without a rate of their own, the member rate; a chair "
                            "without one, the member rate plus a quarter); an acting chair is paid "
                            "as chair; a delegate is paid only if the committee pays delegates."));
}

static int
parse_args (int argc, char **argv, MeetingArgs *a, const char *command)
{
  static const PrsCliValued valued[] = {
    { "--name", G_STRUCT_OFFSET (MeetingArgs, name) },
    { "--kind", G_STRUCT_OFFSET (MeetingArgs, kind) },
    { "--committee", G_STRUCT_OFFSET (MeetingArgs, committee) },
    { "--role", G_STRUCT_OFFSET (MeetingArgs, role) },
    { "--amount", G_STRUCT_OFFSET (MeetingArgs, amount) },
    { "--from", G_STRUCT_OFFSET (MeetingArgs, from) },
    { "--meeting", G_STRUCT_OFFSET (MeetingArgs, meeting) },
    { "--date", G_STRUCT_OFFSET (MeetingArgs, date) },
    { "--start", G_STRUCT_OFFSET (MeetingArgs, start) },
    { "--end", G_STRUCT_OFFSET (MeetingArgs, end) },
    { "--venue", G_STRUCT_OFFSET (MeetingArgs, venue) },
    { "--mode", G_STRUCT_OFFSET (MeetingArgs, mode) },
    { "--format", G_STRUCT_OFFSET (MeetingArgs, format) },
    { "--output", G_STRUCT_OFFSET (MeetingArgs, output) },
    { "-o", G_STRUCT_OFFSET (MeetingArgs, output) },
    { "--year", G_STRUCT_OFFSET (MeetingArgs, year) },
    { "--delegate-paid", G_STRUCT_OFFSET (MeetingArgs, delegate_paid) },
  };
  static const PrsCliFlag flags[] = {
    { "--json", G_STRUCT_OFFSET (MeetingArgs, json), TRUE },
    { "--accept-close", G_STRUCT_OFFSET (MeetingArgs, accept_close), TRUE },
    { "--dry-run", G_STRUCT_OFFSET (MeetingArgs, dry_run), TRUE },
    { "--thai-digits", G_STRUCT_OFFSET (MeetingArgs, digits), 1 },
    { "--arabic-digits", G_STRUCT_OFFSET (MeetingArgs, digits), -1 },
    { "--help", G_STRUCT_OFFSET (MeetingArgs, help), TRUE },
    { "-h", G_STRUCT_OFFSET (MeetingArgs, help), TRUE },
  };

  return prs_cli_parse_options (argc, argv, command, flags, G_N_ELEMENTS (flags), valued, G_N_ELEMENTS (valued), a,
                                &a->input, 1, NULL, FALSE);
}

typedef enum { OPEN_READ, OPEN_WRITE, OPEN_CREATE } OpenMode;

static PrsStore *
open_store (PrsCliContext *ctx, OpenMode mode, GError **error)
{
  if (ctx->workspace == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Give the workspace with --workspace FILE."));
      return NULL;
    }
  if (!g_file_test (ctx->workspace, G_FILE_TEST_EXISTS) && mode != OPEN_CREATE)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                   _("The workspace “%s” does not exist."), ctx->workspace);
      return NULL;
    }
  return prs_store_open (ctx->workspace,
                         mode == OPEN_CREATE ? PRS_STORE_OPEN_CREATE
                         : mode == OPEN_WRITE ? PRS_STORE_OPEN_DEFAULT : PRS_STORE_OPEN_READ_ONLY,
                         error);
}

/* ---- JSON by hand, so amounts stay exact ---- */

/* ---- shared look-ups ---- */

static int
need_committee (PrsStore *store, const MeetingArgs *a, gint64 *committee)
{
  g_autoptr (GError) error = NULL;

  if (a->committee == NULL || *a->committee == '\0')
    return prs_cli_fail (_("Give the committee with --committee NAME."));
  *committee = prs_meetings_find_committee (store, a->committee, &error);
  if (*committee == 0)
    return prs_cli_fail ("%s", error->message);
  return PRS_CLI_OK;
}

static int
need_meeting (PrsStore *store, const MeetingArgs *a, gint64 *meeting)
{
  g_autoptr (GError) error = NULL;
  gint64 committee = 0;
  int number, year;
  int rc = need_committee (store, a, &committee);

  if (rc != PRS_CLI_OK)
    return rc;
  if (a->meeting == NULL)
    return prs_cli_fail (_("Give the meeting with --meeting N/YEAR, such as 2/2568."));
  if (!prs_meeting_parse_number (a->meeting, &number, &year))
    return prs_cli_fail (_("“%s” is not a meeting number N/YEAR with a Buddhist Era year, such as 2/2568."),
                         a->meeting);
  *meeting = prs_meetings_find (store, committee, number, year, &error);
  if (*meeting == 0)
    return prs_cli_fail (_("%s Add it with “meeting add”."), error->message);
  return PRS_CLI_OK;
}

static const char *
role_key_arg (const char *text)
{
  static const char *const keys[] = {
    PRS_ROLE_CHAIR, PRS_ROLE_VICE_CHAIR, PRS_ROLE_MEMBER, PRS_ROLE_MEMBER_SECRETARY,
    PRS_ROLE_ASSISTANT_SECRETARY,
  };
  PrsMemberRole r;

  if (text == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (text, keys[i]))
      return keys[i];
  /* Thai titles too. */
  if (prs_name_parse_role (text, TRUE, &r))
    switch (r)
      {
      case PRS_MEMBER_ROLE_CHAIR: return PRS_ROLE_CHAIR;
      case PRS_MEMBER_ROLE_VICE_CHAIR: return PRS_ROLE_VICE_CHAIR;
      case PRS_MEMBER_ROLE_MEMBER: return PRS_ROLE_MEMBER;
      case PRS_MEMBER_ROLE_MEMBER_SECRETARY: return PRS_ROLE_MEMBER_SECRETARY;
      case PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY:
      case PRS_MEMBER_ROLE_ASSISTANT_SECRETARY: return PRS_ROLE_ASSISTANT_SECRETARY;
      default: return NULL;
      }
  return NULL;
}

static char *
parse_iso_date (const char *text)
{
  PrsDate d;

  if (text == NULL || !prs_date_parse (text, &d, NULL))
    return NULL;
  return prs_date_to_iso (&d);
}

static char *
parse_hhmm (const char *text)
{
  int h, m;

  if (text == NULL || !prs_time_parse (text, &h, &m, NULL))
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}

static void
print_preview_problems (PrsImportPreview *p)
{
  for (guint i = 0; i < p->notes->len; i++)
    fprintf (stderr, "prongsai-cli: %s\n", (const char *) p->notes->pdata[i]);
  for (guint i = 0; i < p->errors->len; i++)
    fprintf (stderr, "prongsai-cli: %s\n", (const char *) p->errors->pdata[i]);
}

static gboolean
export_to (PrsReport *report, PrsExportFormat format, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

  return prs_export_report (report, format, file, NULL, NULL, NULL, error);
}

/* ---- committee ---- */

static int
committee_import (PrsCliContext *ctx, const MeetingArgs *a)
{
  static const char *const kinds[] = { "ethics", "morality_working_group", "anti_corruption_centre", "other" };
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (PrsImportPreview) preview = NULL;
  gboolean kind_ok = a->kind == NULL;
  gint64 committee;
  guint n_exact = 0, n_close = 0, n_outside = 0;
  int rc;

  if (a->input == NULL)
    return prs_cli_fail (_("Give the roster to import: a CSV, XLSX or text file with the columns name, position, role."));
  if (a->name == NULL || *a->name == '\0')
    return prs_cli_fail (_("Give the committee's name with --name NAME."));
  for (guint i = 0; a->kind && i < G_N_ELEMENTS (kinds); i++)
    kind_ok |= g_str_equal (a->kind, kinds[i]);
  if (!kind_ok)
    return prs_cli_fail (_("“%s” is not a committee kind: use ethics, morality_working_group, anti_corruption_centre or other."),
                         a->kind);
  rows = prs_import_read_rows (a->input, &error);
  if (rows == NULL)
    return prs_cli_fail (_("Could not read “%s”: %s"), a->input, error->message);
  preview = prs_import_roster_preview (rows, &error);
  print_preview_problems (preview);
  if (preview->errors->len > 0)
    return prs_cli_fail (g_dngettext (NULL, "%u error; nothing was imported.",
                                      "%u errors; nothing was imported.", preview->errors->len),
                         preview->errors->len);
  if (a->dry_run && (ctx->workspace == NULL || !g_file_test (ctx->workspace, G_FILE_TEST_EXISTS)))
    {
      printf (_("Would import %u members.\n"), preview->lines->len);
      return PRS_CLI_OK;
    }
  store = open_store (ctx, a->dry_run ? OPEN_READ : OPEN_CREATE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  /* Members who are staff: exact matches in People are linked; close ones only with
   * --accept-close; the others stay outside persons. */
  if (!prs_import_roster_match_people (store, preview, &error))
    return prs_cli_fail ("%s", error->message);
  if (a->accept_close)
    prs_import_roster_confirm_people (preview);
  prs_import_roster_count_people (preview, &n_exact, &n_close, &n_outside);
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      if (l->person_match == PRS_IMPORT_MATCH_UNKNOWN && l->person_name != NULL)
        fprintf (stderr, _("prongsai-cli: line %u: “%s” matches more than one person in People (such as “%s”); not linked. Link it on the Meetings page.\n"),
                 l->line, l->typed_name, l->person_name);
      else if (l->person_match == PRS_IMPORT_MATCH_CLOSE && !l->person_confirmed)
        fprintf (stderr, _("prongsai-cli: line %u: “%s” is close to “%s” in People; not linked. Confirm with --accept-close.\n"),
                 l->line, l->typed_name, l->person_name);
    }
  if (a->dry_run)
    {
      printf (_("Would import %u members.\n"), preview->lines->len);
      printf (_("People: %u exact, %u close, %u outside persons.\n"), n_exact, n_close, n_outside);
      return PRS_CLI_OK;
    }
  committee = prs_import_roster_apply (store, a->name, a->kind, preview, &error);
  if (committee == 0)
    return prs_cli_fail (_("Could not import: %s"), error->message);
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (_("Imported %u members into “%s”.\n"), preview->lines->len, a->name);
  printf (_("People: %u exact, %u close, %u outside persons.\n"), n_exact, n_close, n_outside);
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];
      const char *link = "";

      if (l->seat)
        link = _("(seat held by a post)");
      else if (l->person_match == PRS_IMPORT_MATCH_EXACT)
        link = _("staff (exact)");
      else if (l->person_match == PRS_IMPORT_MATCH_CLOSE && l->person_confirmed)
        link = _("staff (close, confirmed)");
      if (l->holder && *l->holder)
        printf ("  %s (%s)\t%s\t%s\n", l->typed_name, l->holder, l->role, link);
      else
        printf ("  %s\t%s\t%s\n", l->typed_name, l->role, link);
    }
  return PRS_CLI_OK;
}

static int
committee_rate (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autofree char *from = NULL;
  const char *role = role_key_arg (a->role);
  gint64 committee = 0, satang = 0;
  int rc;

  if (role == NULL)
    return prs_cli_fail (_("Give the role with --role chair, vice_chair, member, member_secretary or assistant_secretary."));
  if (a->amount == NULL || !prs_money_parse (a->amount, &satang, NULL) || satang < 0)
    return prs_cli_fail (_("Give the amount in baht with --amount, such as 1600 or 1,600.00."));
  if (a->from != NULL && (from = parse_iso_date (a->from)) == NULL)
    return prs_cli_fail (_("“%s” is not a date (YYYY-MM-DD)."), a->from);
  store = open_store (ctx, OPEN_WRITE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if ((rc = need_committee (store, a, &committee)) != PRS_CLI_OK)
    return rc;
  if (!prs_meetings_set_rate (store, committee, role, satang, from, &error))
    return prs_cli_fail (_("Could not set the rate: %s"), error->message);
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  {
    g_autofree char *money = prs_money_format (satang, PRS_MONEY_FORMAT_DEFAULT);

    printf (_("%s: %s baht per meeting from %s.\n"), role, money, from ? from : _("the start"));
  }
  return PRS_CLI_OK;
}

static int
committee_set (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 committee = 0;
  gboolean paid;
  int rc;

  if (a->delegate_paid == NULL)
    return prs_cli_fail (_("Give --delegate-paid yes or no."));
  if (g_str_equal (a->delegate_paid, "yes") || g_str_equal (a->delegate_paid, "ใช่"))
    paid = TRUE;
  else if (g_str_equal (a->delegate_paid, "no") || g_str_equal (a->delegate_paid, "ไม่"))
    paid = FALSE;
  else
    return prs_cli_fail (_("“%s” is neither yes nor no."), a->delegate_paid);
  store = open_store (ctx, OPEN_WRITE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if ((rc = need_committee (store, a, &committee)) != PRS_CLI_OK)
    return rc;
  if (!prs_store_update (store, "committees", committee, &error,
                         "delegate_paid", PRS_BOOL (paid), NULL))
    return prs_cli_fail ("%s", error->message);
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (paid ? _("Delegates are paid the allowance of the member they stand in for.\n")
               : _("Delegates are not paid.\n"));
  return PRS_CLI_OK;
}

/* ---- meeting ---- */

static int
meeting_add (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gint64 committee = 0;
  int number, year, rc;

  if (a->meeting == NULL || !prs_meeting_parse_number (a->meeting, &number, &year))
    return prs_cli_fail (_("Give the meeting with --meeting N/YEAR, such as 2/2568 (a Buddhist Era year)."));
  if (a->date == NULL || (date = parse_iso_date (a->date)) == NULL)
    return prs_cli_fail (_("Give the meeting's date with --date YYYY-MM-DD."));
  if (a->start && (start = parse_hhmm (a->start)) == NULL)
    return prs_cli_fail (_("“%s” is not a time (HH:MM)."), a->start);
  if (a->end && (end = parse_hhmm (a->end)) == NULL)
    return prs_cli_fail (_("“%s” is not a time (HH:MM)."), a->end);
  if (start && end && strcmp (end, start) < 0)
    return prs_cli_fail (_("The meeting ends (%s) before it starts (%s)."), end, start);
  if (a->mode && !g_str_equal (a->mode, "onsite") && !g_str_equal (a->mode, "online")
      && !g_str_equal (a->mode, "hybrid"))
    return prs_cli_fail (_("“%s” is not a meeting mode: use onsite, online or hybrid."), a->mode);
  store = open_store (ctx, OPEN_WRITE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if ((rc = need_committee (store, a, &committee)) != PRS_CLI_OK)
    return rc;
  {
    gint64 id = prs_meetings_add (store, committee, number, year, date, start, end, a->venue, &error);

    if (id == 0)
      return prs_cli_fail ("%s", error->message);
    if (a->mode && !prs_store_update (store, "meetings", id, &error, "mode", PRS_TEXT (a->mode), NULL))
      return prs_cli_fail ("%s", error->message);
  }
  {
    /* Meetings are numbered by the Buddhist calendar year (2/2568 on 7 Nov 2568); some
     * committees number by the fiscal year. Any other year is most likely a slip. */
    PrsDate d;

    if (prs_date_parse (date, &d, NULL) && year != d.year + 543 && year != prs_fiscal_year (&d))
      fprintf (stderr, _("prongsai-cli: warning: meeting %d/%d is dated %s, in the year %d (fiscal year %d); "
                         "meetings are numbered by the Buddhist calendar year. Check --meeting and --date.\n"),
               number, year, date, d.year + 543, prs_fiscal_year (&d));
  }
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (_("Added meeting %d/%d on %s.\n"), number, year, date);
  return PRS_CLI_OK;
}

static const char *
match_word (PrsImportMatch m)
{
  switch (m)
    {
    case PRS_IMPORT_MATCH_EXACT: return "exact";
    case PRS_IMPORT_MATCH_CLOSE: return "close";
    case PRS_IMPORT_MATCH_GUEST: return "guest";
    case PRS_IMPORT_MATCH_UNKNOWN:
    default: return "unknown";
    }
}

static int
meeting_attendance (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (PrsImportPreview) preview = NULL;
  gint64 meeting = 0;
  int rc;

  if (a->input == NULL)
    return prs_cli_fail (_("Give the attendance list: a CSV, XLSX or text file with the columns name, status, delegate, position, acting_chair."));
  rows = prs_import_read_rows (a->input, &error);
  if (rows == NULL)
    return prs_cli_fail (_("Could not read “%s”: %s"), a->input, error->message);
  store = open_store (ctx, a->dry_run ? OPEN_READ : OPEN_WRITE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if ((rc = need_meeting (store, a, &meeting)) != PRS_CLI_OK)
    return rc;
  preview = prs_import_attendance_preview (store, meeting, rows, &error);
  if (preview == NULL)
    return prs_cli_fail ("%s", error->message);

  /* The preview: every line with how it matched. */
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      fprintf (stdout, "%u\t%s\t%s\t%s%s%s\n", l->line, match_word (l->match), l->typed_name,
               l->status, *l->member_name && l->match == PRS_IMPORT_MATCH_CLOSE ? "\t-> " : "",
               l->match == PRS_IMPORT_MATCH_CLOSE ? l->member_name : "");
    }
  printf (_("%u exact, %u close, %u unknown, %u guests.\n"), preview->n_exact, preview->n_close,
          preview->n_unknown, preview->n_guests);
  print_preview_problems (preview);
  if (preview->errors->len > 0)
    return prs_cli_fail (g_dngettext (NULL, "%u error; nothing was imported.",
                                      "%u errors; nothing was imported.", preview->errors->len),
                         preview->errors->len);
  if (preview->n_close > 0 && !a->accept_close)
    return prs_cli_fail (g_dngettext (NULL, "%u name only closely matches a member; nothing was imported. Correct it or confirm with --accept-close.",
                                      "%u names only closely match members; nothing was imported. Correct them or confirm with --accept-close.",
                                      preview->n_close), preview->n_close);
  if (a->dry_run)
    return PRS_CLI_OK;
  if (!prs_import_attendance_apply (store, meeting, preview, a->accept_close, &error))
    return prs_cli_fail (_("Could not import: %s"), error->message);
  if ((rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (_("Attendance of meeting %s recorded.\n"), a->meeting);
  return PRS_CLI_OK;
}

static int
load_info (PrsCliContext *ctx, const MeetingArgs *a, PrsStore **store_out, PrsMeetingInfo **info_out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 meeting = 0;
  int rc;

  store = open_store (ctx, OPEN_READ, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if ((rc = need_meeting (store, a, &meeting)) != PRS_CLI_OK)
    return rc;
  *info_out = prs_meetings_load (store, meeting, &error);
  if (*info_out == NULL)
    return prs_cli_fail ("%s", error->message);
  *store_out = g_steal_pointer (&store);
  return PRS_CLI_OK;
}

static int
meeting_show (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsMeetingInfo) info = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean first = TRUE;
  int rc = load_info (ctx, a, &store, &info);

  if (rc != PRS_CLI_OK)
    return rc;
  if (!a->json)
    {
      printf ("%s %d/%d %s\n", info->committee_name, info->number, info->year_be,
              info->date ? info->date : "");
      printf (_("members %u, present %u, absent %u, delegates %u, guests %u, quorum %s\n"),
              info->n_members, info->n_present, info->n_absent, info->n_delegates,
              info->guests->len, info->quorum ? _("yes") : _("no"));
      return PRS_CLI_OK;
    }
  g_string_append (out, "{\"committee\": ");
  prs_cli_json_string (out, info->committee_name);
  g_string_append_printf (out, ", \"meeting\": \"%d/%d\", \"date\": ", info->number, info->year_be);
  if (info->date)
    prs_cli_json_string (out, info->date);
  else
    g_string_append (out, "null");
  g_string_append_printf (out, ", \"members\": %u, \"present\": %u, \"absent\": %u, \"delegates\": %u",
                          info->n_members, info->n_present, info->n_absent, info->n_delegates);
  g_string_append (out, ", \"guests\": [");
  for (guint i = 0; i < info->guests->len; i++)
    {
      PrsMeetingGuest *g = info->guests->pdata[i];

      if (i)
        g_string_append (out, ", ");
      prs_cli_json_string (out, g->name);
    }
  g_string_append_printf (out, "], \"quorum\": %s, \"attendance\": [", info->quorum ? "true" : "false");
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      /* A member not listed is counted absent and shown so, with match null. */
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      g_string_append (out, "{\"name\": ");
      prs_cli_json_string (out, s->seat && *s->attendee_name ? s->attendee_name : s->name);
      g_string_append (out, ", \"role\": ");
      prs_cli_json_string (out, s->role);
      g_string_append (out, ", \"status\": ");
      prs_cli_json_string (out, *s->status ? s->status : "absent");
      g_string_append (out, ", \"delegate\": ");
      if (*s->delegate_name)
        prs_cli_json_string (out, s->delegate_name);
      else
        g_string_append (out, "null");
      g_string_append_printf (out, ", \"acting_chair\": %s, \"match\": ", s->acting_chair ? "true" : "false");
      if (*s->status == '\0')
        g_string_append (out, "null");
      else
        prs_cli_json_string (out, *s->match ? s->match : "exact");
      g_string_append (out, "}");
    }
  g_string_append (out, "]}\n");
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
meeting_allowance (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsMeetingInfo) info = NULL;
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GPtrArray) missing = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *words = NULL;
  gint64 total = 0;
  int rc = load_info (ctx, a, &store, &info);

  if (rc != PRS_CLI_OK)
    return rc;
  lines = prs_meetings_allowance (store, info, &total, &missing, &error);
  if (lines == NULL)
    return prs_cli_fail ("%s", error->message);
  for (guint i = 0; i < missing->len; i++)
    fprintf (stderr, _("prongsai-cli: warning: no allowance rate for %s on this date; paid 0. Set one with “committee rate”.\n"),
             (const char *) missing->pdata[i]);
  words = prs_bahttext (total);
  if (!a->json)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          PrsAllowanceLine *l = lines->pdata[i];
          g_autofree char *money = prs_money_format (l->satang, PRS_MONEY_FORMAT_DEFAULT);

          printf ("%s\t%s\t%s\n", l->name, l->role_title, money);
        }
      {
        g_autofree char *money = prs_money_format (total, PRS_MONEY_FORMAT_DEFAULT);

        printf ("%s\t%s\n", money, words);
      }
      return PRS_CLI_OK;
    }
  g_string_append (out, "{\"total\": ");
  prs_cli_json_baht (out, total);
  g_string_append (out, ", \"words\": ");
  prs_cli_json_string (out, words);
  g_string_append (out, ", \"lines\": [");
  for (guint i = 0; i < lines->len; i++)
    {
      PrsAllowanceLine *l = lines->pdata[i];

      if (i)
        g_string_append (out, ", ");
      g_string_append (out, "{\"name\": ");
      prs_cli_json_string (out, l->name);
      g_string_append (out, ", \"role\": ");
      prs_cli_json_string (out, l->role);
      g_string_append (out, ", \"amount\": ");
      prs_cli_json_baht (out, l->satang);
      g_string_append (out, "}");
    }
  g_string_append (out, "]}\n");
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

static int
meeting_document (PrsCliContext *ctx, const MeetingArgs *a, gboolean claim)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsMeetingInfo) info = NULL;
  g_autoptr (PrsReport) report = NULL;
  PrsExportFormat format;
  int rc;

  if (a->format == NULL)
    return prs_cli_fail (claim ? _("Give the format with --format pdf or xlsx.")
                               : _("Give the format with --format docx or pdf."));
  if (g_str_equal (a->format, "pdf"))
    format = PRS_EXPORT_PDF;
  else if (claim && g_str_equal (a->format, "xlsx"))
    format = PRS_EXPORT_XLSX;
  else if (!claim && g_str_equal (a->format, "docx"))
    format = PRS_EXPORT_DOCX;
  else
    return prs_cli_fail (claim ? _("“%s” is not a claim-sheet format: use pdf or xlsx.")
                               : _("“%s” is not a minutes format: use docx or pdf."), a->format);
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  rc = load_info (ctx, a, &store, &info);
  if (rc != PRS_CLI_OK)
    return rc;
  /* The minutes are an official document: Thai digits unless told otherwise; the
   * claim sheet goes to finance in Arabic digits unless told otherwise. */
  report = claim ? prs_claim_report_build (store, info, a->digits > 0, &error)
                 : prs_minutes_report_build (store, info, a->digits >= 0, &error);
  if (report == NULL)
    return prs_cli_fail ("%s", error->message);
  if (!export_to (report, format, a->output, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  printf (_("Wrote %s.\n"), a->output);
  return PRS_CLI_OK;
}

static int
committee_summary (PrsCliContext *ctx, const MeetingArgs *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsReport) report = NULL;
  g_autofree char *arabic = NULL;
  PrsExportFormat format;
  gint64 committee = 0;
  int year, rc;

  arabic = a->year ? prs_digits_to_arabic (a->year) : NULL;
  if (arabic == NULL || (year = atoi (arabic)) < 2400 || year > 2800)
    return prs_cli_fail (_("Give the fiscal year with --year, a Buddhist Era year such as 2569."));
  if (a->format == NULL || !(g_str_equal (a->format, "pdf") || g_str_equal (a->format, "xlsx")))
    return prs_cli_fail (_("Give the format with --format pdf or xlsx."));
  format = g_str_equal (a->format, "pdf") ? PRS_EXPORT_PDF : PRS_EXPORT_XLSX;
  if (a->output == NULL)
    return prs_cli_fail (_("Give the output file with -o OUT."));
  store = open_store (ctx, OPEN_READ, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (a->committee && (rc = need_committee (store, a, &committee)) != PRS_CLI_OK)
    return rc;
  report = prs_allowance_summary_report_build (store, committee, year, a->digits > 0, &error);
  if (report == NULL)
    return prs_cli_fail ("%s", error->message);
  if (!export_to (report, format, a->output, &error))
    return prs_cli_fail (_("Could not write “%s”: %s"), a->output, error->message);
  printf (_("Wrote %s.\n"), a->output);
  return PRS_CLI_OK;
}

int
prs_cli_committee (PrsCliContext *ctx, int argc, char **argv)
{
  MeetingArgs a = { 0 };
  const char *sub = argc > 1 ? argv[1] : NULL;
  int rc;

  if (sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h"))
    {
      print_committee_usage (sub ? stdout : stderr);
      return sub ? PRS_CLI_OK : PRS_CLI_BAD_INPUT;
    }
  if ((rc = parse_args (argc, argv, &a, "committee")) != PRS_CLI_OK)
    return rc;
  if (a.help)
    {
      print_committee_usage (stdout);
      return PRS_CLI_OK;
    }
  if (g_str_equal (sub, "import"))
    return committee_import (ctx, &a);
  if (g_str_equal (sub, "rate"))
    return committee_rate (ctx, &a);
  if (g_str_equal (sub, "summary"))
    return committee_summary (ctx, &a);
  if (g_str_equal (sub, "set"))
    return committee_set (ctx, &a);
  return prs_cli_fail (_("Unknown committee command “%s”: use import, rate, set or summary."), sub);
}

int
prs_cli_meeting (PrsCliContext *ctx, int argc, char **argv)
{
  MeetingArgs a = { 0 };
  const char *sub = argc > 1 ? argv[1] : NULL;
  int rc;

  if (sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h"))
    {
      print_meeting_usage (sub ? stdout : stderr);
      return sub ? PRS_CLI_OK : PRS_CLI_BAD_INPUT;
    }
  if ((rc = parse_args (argc, argv, &a, "meeting")) != PRS_CLI_OK)
    return rc;
  if (a.help)
    {
      print_meeting_usage (stdout);
      return PRS_CLI_OK;
    }
  if (g_str_equal (sub, "add"))
    return meeting_add (ctx, &a);
  if (g_str_equal (sub, "attendance"))
    return meeting_attendance (ctx, &a);
  if (g_str_equal (sub, "show"))
    return meeting_show (ctx, &a);
  if (g_str_equal (sub, "allowance"))
    return meeting_allowance (ctx, &a);
  if (g_str_equal (sub, "minutes"))
    return meeting_document (ctx, &a, FALSE);
  if (g_str_equal (sub, "claim"))
    return meeting_document (ctx, &a, TRUE);
  return prs_cli_fail (_("Unknown meeting command “%s”: use add, attendance, show, allowance, minutes or claim."), sub);
}
