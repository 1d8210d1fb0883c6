/* prs-cli-participation.c: prongsai-cli participation — sign-in list imports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-store-shell.h"
#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-participation-import.h"

typedef struct
{
  const char *plan;
  const char *activity;
  const char *input;
  gboolean    accept_close;
  gboolean    json;
  gboolean    dry_run;
} Args;

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  fprintf (out, "  prongsai-cli --workspace FILE participation import --plan ID --activity NUMBER "
                "IN.csv|IN.xlsx|IN.txt [--accept-close] [--dry-run] [--json]\n");
  fprintf (out, "  prongsai-cli --workspace FILE participation unknown --plan ID --activity NUMBER [--json]\n");
  fprintf (out, "%s\n", _("NUMBER is the activity's number as the plan shows it, such as 1.3 or 7. "
                          "Names spelt as on the roster (titles, spaces and numbering aside) are written; "
                          "close matches wait for --accept-close; names nobody matched, and people "
                          "about equally near, are kept on the activity to resolve."));
}

static int
parse_args (int argc, char **argv, Args *a)
{
  static const PrsCliValued valued[] = {
    { "--plan", G_STRUCT_OFFSET (Args, plan) },
    { "--activity", G_STRUCT_OFFSET (Args, activity) },
  };
  static const PrsCliFlag flags[] = {
    { "--accept-close", G_STRUCT_OFFSET (Args, accept_close), TRUE },
    { "--json", G_STRUCT_OFFSET (Args, json), TRUE },
    { "--dry-run", G_STRUCT_OFFSET (Args, dry_run), TRUE },
  };

  return prs_cli_parse_options (argc, argv, "participation", flags, G_N_ELEMENTS (flags), valued,
                                G_N_ELEMENTS (valued), a, &a->input, 1, NULL, FALSE);
}

static gboolean
parse_id (const char *text, gint64 *id)
{
  g_autofree char *arabic = prs_digits_to_arabic (text ? text : "");
  char *end = NULL;
  gint64 v;

  g_strstrip (arabic);
  v = g_ascii_strtoll (arabic, &end, 10);
  if (end == arabic || *end != '\0' || v <= 0)
    return FALSE;
  *id = v;
  return TRUE;
}

static int
find_activity (PrsCliContext *ctx, const Args *a, gboolean write, PrsStore **store_out, gint64 *activity)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  gint64 plan;

  if (a->plan == NULL)
    return prs_cli_fail (_("Give the plan with --plan ID (the number `plan list` shows)."));
  if (!parse_id (a->plan, &plan))
    return prs_cli_fail (_("The plan “%s” is not a plan number."), a->plan);
  if (a->activity == NULL)
    return prs_cli_fail (_("Give the activity with --activity NUMBER, its number as the plan shows it (e.g. 1.3)."));
  if (ctx->workspace == NULL)
    return prs_cli_fail (_("Give the workspace with --workspace FILE."));
  if (!g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    return prs_cli_fail (_("The workspace “%s” does not exist."), ctx->workspace);
  store = prs_store_open (ctx->workspace, write ? PRS_STORE_OPEN_DEFAULT : PRS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  *activity = prs_participation_find_activity (store, plan, a->activity, &error);
  if (*activity == 0)
    return prs_cli_fail ("%s", error->message);
  *store_out = g_steal_pointer (&store);
  return PRS_CLI_OK;
}

static const char *
kind_label (const PrsSigninRow *r)
{
  switch (r->kind)
    {
    case PRS_SIGNIN_MATCHED: return _("matched");
    case PRS_SIGNIN_CLOSE: return r->accepted ? _("close, accepted") : _("close, not applied");
    case PRS_SIGNIN_UNKNOWN: default: return _("unknown, kept on the activity");
    }
}

/* NULL with @error set when the roster could not be read */
static char *
person_name (PrsStore *store, gint64 id, GError **error)
{
  return prs_store_get_person_display_name (store, id, error);
}

static int
participation_import (PrsCliContext *ctx, const Args *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsSigninPreview) preview = NULL;
  gint64 activity = 0;
  int rc;

  if (a->input == NULL)
    return prs_cli_fail (_("Give the sign-in list: a CSV or XLSX file with a name column (ชื่อ-สกุล, ชื่อ or name)."));
  if (!g_file_test (a->input, G_FILE_TEST_IS_REGULAR))
    return prs_cli_fail (_("The file “%s” does not exist."), a->input);
  if ((rc = find_activity (ctx, a, !a->dry_run, &store, &activity)) != PRS_CLI_OK)
    return rc;
  preview = prs_signin_preview (store, activity, a->input, &error);
  if (preview == NULL)
    return prs_cli_fail (_("Could not read “%s”: %s"), a->input, error->message);
  if (a->accept_close)
    prs_signin_accept_close (preview);

  /* the details go to stderr with --json, to stdout otherwise */
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsSigninRow *r = preview->rows->pdata[i];
      g_autofree char *who = r->person_id ? person_name (store, r->person_id, &error) : NULL;

      if (error != NULL)
        return prs_cli_fail ("%s", error->message);
      if (r->kind == PRS_SIGNIN_UNKNOWN && who && r->runner_up_id)
        {
          g_autofree char *two = person_name (store, r->runner_up_id, &error);
          char *both;

          if (two == NULL)
            return prs_cli_fail ("%s", error->message);
          /* Translators: two roster people about as near to a name */
          both = g_strdup_printf (_("%s or %s?"), who, two);

          g_free (who);
          who = both;
        }

      if (r->kind == PRS_SIGNIN_MATCHED && !r->duplicate)
        continue;
      fprintf (a->json ? stderr : stdout, "%s: %u: %s — %s%s%s%s\n", a->input, r->line, r->typed, kind_label (r),
               who && *who ? " → " : "", who ? who : "", r->duplicate ? _(" (listed twice)") : "");
    }
  if (!a->dry_run && !prs_signin_apply (store, preview, &error))
    return prs_cli_fail (_("Could not import: %s"), error->message);
  if (!a->dry_run && (rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;

  if (a->json)
    printf ("{\"matched\": %u, \"close\": %u, \"unknown\": %u}\n", preview->n_matched, preview->n_close,
            preview->n_unknown);
  else
    {
      printf (_("Matched %u, close %u, unknown %u (%s).\n"), preview->n_matched, preview->n_close,
              preview->n_unknown, preview->format_note ? preview->format_note : "");
      if (preview->headcount_only)
        printf (_("The activity counts heads only: its head count grows by the names listed.\n"));
      else if (preview->n_close && !a->accept_close)
        printf (_("Close matches were not applied; check them and run again with --accept-close.\n"));
      if (preview->n_unknown || (preview->n_close && !a->accept_close))
        printf (_("Names not applied are kept on the activity: `participation unknown` lists them.\n"));
    }
  return PRS_CLI_OK;
}

static int
participation_unknown (PrsCliContext *ctx, const Args *a)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) list = NULL;
  gint64 activity = 0;
  int rc;

  if ((rc = find_activity (ctx, a, FALSE, &store, &activity)) != PRS_CLI_OK)
    return rc;
  list = prs_participation_list_unknown (store, activity, &error);
  if (list == NULL)
    return prs_cli_fail ("%s", error->message);
  if (a->json)
    {
      g_autoptr (GString) out = g_string_new ("[");

      for (guint i = 0; i < list->len; i++)
        {
          PrsUnknownName *u = list->pdata[i];
          g_autofree char *who = u->candidate_id ? person_name (store, u->candidate_id, &error) : NULL;

          if (error != NULL)
            return prs_cli_fail ("%s", error->message);
          g_string_append (out, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
          prs_cli_json_string (out, u->name);
          g_string_append (out, ", \"candidate\": ");
          if (who)
            prs_cli_json_string (out, who);
          else
            g_string_append (out, "null");
          g_string_append_c (out, '}');
        }
      g_string_append (out, list->len ? "\n]\n" : "]\n");
      fputs (out->str, stdout);
    }
  else
    for (guint i = 0; i < list->len; i++)
      {
        PrsUnknownName *u = list->pdata[i];
        g_autofree char *who = u->candidate_id ? person_name (store, u->candidate_id, &error) : NULL;

        if (error != NULL)
          return prs_cli_fail ("%s", error->message);
        printf ("%s%s%s\n", u->name, who ? _(" — perhaps ") : "", who ? who : "");
      }
  return PRS_CLI_OK;
}

int
prs_cli_participation (PrsCliContext *ctx, int argc, char **argv)
{
  Args a = { 0 };
  int rc;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PRS_CLI_BAD_INPUT : PRS_CLI_OK;
    }
  if ((rc = parse_args (argc, argv, &a)) != PRS_CLI_OK)
    return rc;
  if (g_str_equal (argv[1], "import"))
    return participation_import (ctx, &a);
  if (g_str_equal (argv[1], "unknown"))
    return participation_unknown (ctx, &a);
  return prs_cli_fail (_("Unknown participation command “%s”. Try “participation --help”."), argv[1]);
}
