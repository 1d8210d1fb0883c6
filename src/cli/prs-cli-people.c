/* prs-cli-people.c: prongsai-cli people — import a roster, list the staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"
#include "prs-store.h"
#include "prs-store-people.h"

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  fprintf (out, "  prongsai-cli --workspace FILE people import [--dry-run] IN.csv|IN.xlsx\n");
  fprintf (out, "  prongsai-cli --workspace FILE people list [--unit U] [--search TEXT] "
                "[--staff-types TYPE,…] [--active|--inactive] [--json]\n");
  fprintf (out, "%s\n", _("U is a unit's full name or abbreviation; the list takes the units below it too."));
}

static PrsStore *
open_store (PrsCliContext *ctx, gboolean write, GError **error)
{
  if (ctx->workspace == NULL)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                           _("Give the workspace with --workspace FILE."));
      return NULL;
    }
  if (!g_file_test (ctx->workspace, G_FILE_TEST_EXISTS))
    {
      if (!write)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND,
                       _("The workspace “%s” does not exist."), ctx->workspace);
          return NULL;
        }
    }
  return prs_store_open (ctx->workspace, write ? PRS_STORE_OPEN_CREATE : PRS_STORE_OPEN_READ_ONLY, error);
}

static int
people_import (PrsCliContext *ctx, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (PrsRosterPreview) preview = NULL;
  const char *input = NULL;
  gboolean dry_run = FALSE;
  int rc;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--dry-run"))
        dry_run = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return prs_cli_fail (_("Unknown option “%s”. Try “people --help”."), argv[i]);
      else if (input != NULL)
        return prs_cli_fail (_("“%s” is one argument too many."), argv[i]);
      else
        input = argv[i];
    }
  if (input == NULL)
    return prs_cli_fail (_("Give the roster to import: a CSV or XLSX file with a name column "
                           "(ชื่อ-สกุล) and the unit (หน่วยงาน), position and staff type."));
  if (!g_file_test (input, G_FILE_TEST_IS_REGULAR))
    return prs_cli_fail (_("The file “%s” does not exist."), input);
  /* A dry run only reads: no lock note, no working copy, nothing saved, and it
   * works on a file that cannot be written. */
  store = open_store (ctx, !dry_run, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  preview = prs_roster_preview (store, input, &error);
  if (preview == NULL)
    return prs_cli_fail (_("Could not read “%s”: %s"), input, error->message);
  if (preview->errors->len > 0)
    {
      for (guint i = 0; i < preview->errors->len; i++)
        fprintf (stderr, "%s: %s\n", input, (const char *) preview->errors->pdata[i]);
      return prs_cli_fail (g_dngettext (NULL, "%u error; nothing was imported.",
                                        "%u errors; nothing was imported.", preview->errors->len),
                           preview->errors->len);
    }
  for (guint i = 0; i < preview->new_units->len; i++)
    printf (_("New unit: %s\n"), (const char *) preview->new_units->pdata[i]);
  for (guint i = 0; i < preview->warnings->len; i++)
    fprintf (stderr, "%s: %s\n", input, (const char *) preview->warnings->pdata[i]);
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PrsRosterRow *r = preview->rows->pdata[i];

      if (r->change == PRS_ROSTER_DUPLICATE)
        fprintf (stderr, _("%s: line %u: %s %s is listed twice; the repeat is skipped.\n"), input, r->line,
                 r->first_name, r->last_name);
    }
  if (!dry_run && !prs_roster_apply (store, preview, &error))
    return prs_cli_fail (_("Could not import: %s"), error->message);
  if (!dry_run && (rc = prs_cli_save (store)) != PRS_CLI_OK)
    return rc;
  printf (dry_run ? _("Would import %u people (%s): %u new, %u updated, %u unchanged, %u duplicates; %u new units.\n")
                  : _("Imported %u people (%s): %u new, %u updated, %u unchanged, %u duplicates; %u new units.\n"),
          preview->rows->len, preview->format_note ? preview->format_note : "", preview->n_new,
          preview->n_updated, preview->n_unchanged, preview->n_duplicate, preview->new_units->len);
  return PRS_CLI_OK;
}

static int
people_list (PrsCliContext *ctx, int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrsStore) store = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  PrsPeopleFilter filter = { NULL, 0, 0, -1 };
  const char *unit = NULL, *types = NULL;
  gboolean json = FALSE;

  for (int i = 2; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--json"))
        json = TRUE;
      else if (g_str_equal (arg, "--active"))
        filter.active = 1;
      else if (g_str_equal (arg, "--inactive"))
        filter.active = 0;
      else if (g_str_equal (arg, "--unit") || g_str_equal (arg, "--search") || g_str_equal (arg, "--staff-types")
               || g_str_equal (arg, "--staff-type"))
        {
          if (i + 1 >= argc)
            return prs_cli_fail (_("%s needs a value."), arg);
          if (g_str_equal (arg, "--unit"))
            unit = argv[++i];
          else if (g_str_equal (arg, "--search"))
            filter.search = argv[++i];
          else
            types = argv[++i];
        }
      else
        return prs_cli_fail (_("Unknown option “%s”. Try “people --help”."), arg);
    }
  if (types && !prs_staff_types_parse_list (types, &filter.staff_types, &error))
    return prs_cli_fail ("%s", error->message);
  store = open_store (ctx, FALSE, &error);
  if (store == NULL)
    return prs_cli_fail ("%s", error->message);
  if (unit)
    {
      filter.unit_id = prs_people_find_unit (store, unit, &error);
      if (error != NULL)
        return prs_cli_fail ("%s", error->message);
      if (filter.unit_id == 0)
        return prs_cli_fail (_("There is no unit named “%s” in the workspace (give its full name or abbreviation)."),
                             unit);
    }
  rows = prs_people_list (store, &filter, &error);
  if (rows == NULL)
    return prs_cli_fail ("%s", error->message);

  if (json)
    {
      g_string_append_c (out, '[');
      for (guint i = 0; i < rows->len; i++)
        {
          PrsPersonRow *r = rows->pdata[i];
          g_autofree char *name = prs_person_row_display_name (r);

          g_string_append (out, i ? ",\n  {" : "\n  {");
          g_string_append (out, "\"name\": ");
          prs_cli_json_string (out, name);
          g_string_append (out, ", \"position\": ");
          prs_cli_json_string (out, r->position);
          g_string_append (out, ", \"unit\": ");
          prs_cli_json_string (out, r->unit_name);
          g_string_append (out, ", \"staff_type\": ");
          prs_cli_json_string (out, prs_staff_type_to_string (r->staff_type));
          g_string_append_printf (out, ", \"active\": %s}", r->active ? "true" : "false");
        }
      g_string_append (out, rows->len ? "\n]\n" : "]\n");
    }
  else
    for (guint i = 0; i < rows->len; i++)
      {
        PrsPersonRow *r = rows->pdata[i];
        g_autofree char *name = prs_person_row_display_name (r);

        g_string_append_printf (out, "%s\t%s\t%s\t%s%s\n", name, r->position, r->unit_name,
                                prs_staff_type_get_label (r->staff_type), r->active ? "" : _(" (left)"));
      }
  fputs (out->str, stdout);
  return PRS_CLI_OK;
}

int
prs_cli_people (PrsCliContext *ctx, int argc, char **argv)
{
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PRS_CLI_BAD_INPUT : PRS_CLI_OK;
    }
  if (g_str_equal (argv[1], "import"))
    return people_import (ctx, argc, argv);
  if (g_str_equal (argv[1], "list"))
    return people_list (ctx, argc, argv);
  return prs_cli_fail (_("Unknown people command “%s”. Try “people --help”."), argv[1]);
}
