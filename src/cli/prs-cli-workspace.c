/* prs-cli-workspace.c: init, demo, generate, info and check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "prs-cli.h"
#include "prs-store.h"

static int
need_workspace (PrsCliContext *ctx, const char *command)
{
  return prs_cli_fail (_("“%s” needs a workspace: prongsai-cli --workspace FILE %s"), command, command);
}

/* Removes a workspace file and its WAL companions, for --force. */
static gboolean
remove_workspace (const char *path, GError **error)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (p, G_FILE_TEST_EXISTS) && g_unlink (p) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                       _("Could not replace “%s”: %s"), path, g_strerror (errno));
          return FALSE;
        }
    }
  return TRUE;
}

static PrsStore *
create_fresh (const char *path, gboolean force, GError **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!force)
        {
          g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                       _("“%s” already exists. Use --force to replace it."), path);
          return NULL;
        }
      if (!remove_workspace (path, error))
        return NULL;
    }
  return prs_store_open (path, PRS_STORE_OPEN_CREATE | PRS_STORE_OPEN_NO_UNDO, error);
}

static gboolean
print_progress (double fraction, gpointer user_data)
{
  if (isatty (fileno (stderr)))
    fprintf (stderr, "\r%3d %%", (int) (fraction * 100));
  return TRUE;
}

static int
cmd_init_or_demo (PrsCliContext *ctx, int argc, char **argv, gboolean demo)
{
  gboolean force = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--force"))
        force = TRUE;
      else
        return prs_cli_fail (_("Unknown option “%s” for “%s”."), argv[i], argv[0]);
    }
  if (!ctx->workspace)
    return need_workspace (ctx, argv[0]);

  store = create_fresh (ctx->workspace, force, &error);
  if (!store)
    return prs_cli_fail ("%s", error->message);
  if (demo && !prs_store_write_demo (store, &error))
    {
      prs_store_close (store);
      remove_workspace (ctx->workspace, NULL);
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
  prs_store_close (store);
  printf (demo ? _("Wrote the demonstration workspace %s\n") : _("Created the empty workspace %s\n"),
          ctx->workspace);
  return PRS_CLI_OK;
}

static gboolean
parse_uint (const char *text, guint64 max, guint64 *out)
{
  return g_ascii_string_to_unsigned (text, 10, 1, max, out, NULL);
}

static int
cmd_generate (PrsCliContext *ctx, int argc, char **argv)
{
  PrsGenerateOptions options;
  gboolean force = FALSE;
  guint64 people = 20000, activities = 0, seed = 1, units = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) store = NULL;
  gint64 start;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      guint64 *target = NULL;
      guint64 max = 10000000;

      if (g_str_equal (arg, "--force"))
        {
          force = TRUE;
          continue;
        }
      if (g_str_equal (arg, "--people"))
        target = &people;
      else if (g_str_equal (arg, "--activities"))
        target = &activities, max = 10000;
      else if (g_str_equal (arg, "--units"))
        target = &units, max = 10000;
      else if (g_str_equal (arg, "--seed"))
        target = &seed, max = G_MAXUINT64;
      else
        return prs_cli_fail (_("Unknown option “%s” for “%s”."), arg, argv[0]);
      if (i + 1 >= argc)
        return prs_cli_fail (_("%s needs a number."), arg);
      if (!parse_uint (argv[++i], max, target))
        return prs_cli_fail (_("“%s” is not a valid number for %s."), argv[i], arg);
    }
  if (!ctx->workspace)
    return need_workspace (ctx, argv[0]);

  prs_generate_options_init (&options, (guint) people);
  if (activities)
    options.activities = (guint) activities;
  if (units)
    options.units = (guint) units;
  options.seed = seed;
  options.progress = print_progress;

  store = create_fresh (ctx->workspace, force, &error);
  if (!store)
    return prs_cli_fail ("%s", error->message);
  start = g_get_monotonic_time ();
  if (!prs_store_generate (store, &options, &error))
    {
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
  prs_store_close (store);
  if (isatty (fileno (stderr)))
    fprintf (stderr, "\r");
  printf (_("Generated %s in %.1f s\n"), ctx->workspace, (g_get_monotonic_time () - start) / 1e6);
  return PRS_CLI_OK;
}

static PrsStore *
open_existing (PrsCliContext *ctx, const char *command, gboolean read_only, int *status)
{
  g_autoptr(GError) error = NULL;
  PrsStore *store;

  if (!ctx->workspace)
    {
      *status = need_workspace (ctx, command);
      return NULL;
    }
  store = prs_store_open (ctx->workspace, read_only ? PRS_STORE_OPEN_READ_ONLY : PRS_STORE_OPEN_DEFAULT,
                          &error);
  if (!store)
    {
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      /* A file that is not a workspace, or damaged, is a problem found. */
      *status = g_error_matches (error, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND)
                ? PRS_CLI_BAD_INPUT : PRS_CLI_FAILED;
      return NULL;
    }
  return store;
}

static int
cmd_info (PrsCliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  int status = PRS_CLI_OK;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--json"))
        json = TRUE;
      else
        return prs_cli_fail (_("Unknown option “%s” for “%s”."), argv[i], argv[0]);
    }
  store = open_existing (ctx, argv[0], TRUE, &status);
  if (!store)
    return status;
  tables = prs_store_get_table_names (store);

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "path");
      json_builder_add_string_value (b, ctx->workspace);
      json_builder_set_member_name (b, "schema_version");
      json_builder_add_int_value (b, prs_store_get_file_version (store));
      json_builder_set_member_name (b, "read_only");
      json_builder_add_boolean_value (b, prs_store_get_read_only (store));
      json_builder_set_member_name (b, "counts");
      json_builder_begin_object (b);
      for (guint i = 0; i < tables->len; i++)
        {
          json_builder_set_member_name (b, tables->pdata[i]);
          json_builder_add_int_value (b, prs_store_count (store, tables->pdata[i]));
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      json_generator_set_pretty (gen, TRUE);
      text = json_generator_to_data (gen, NULL);
      printf ("%s\n", text);
    }
  else
    {
      printf (_("Workspace: %s\n"), ctx->workspace);
      printf (_("Schema version: %d\n"), prs_store_get_file_version (store));
      if (prs_store_get_file_version (store) > PRS_STORE_SCHEMA_VERSION)
        printf ("%s\n", prs_store_get_read_only_reason (store));
      for (guint i = 0; i < tables->len; i++)
        printf ("  %-22s %" G_GINT64_FORMAT "\n", (const char *) tables->pdata[i],
                prs_store_count (store, tables->pdata[i]));
    }
  return PRS_CLI_OK;
}

static int
cmd_check (PrsCliContext *ctx, int argc, char **argv)
{
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  int status = PRS_CLI_OK;

  if (argc > 1)
    return prs_cli_fail (_("Unknown option “%s” for “%s”."), argv[1], argv[0]);
  store = open_existing (ctx, argv[0], TRUE, &status);
  if (!store)
    return status;
  if (!prs_store_check (store, &problems, &error))
    {
      if (error)
        {
          fprintf (stderr, "prongsai-cli: %s\n", error->message);
          return PRS_CLI_FAILED;
        }
      printf (g_dngettext (GETTEXT_PACKAGE, "%u problem found in %s:\n", "%u problems found in %s:\n",
                           problems->len), problems->len, ctx->workspace);
      for (guint i = 0; i < problems->len; i++)
        printf ("  %s\n", (const char *) problems->pdata[i]);
      return PRS_CLI_FAILED;
    }
  printf (_("%s: no problems found.\n"), ctx->workspace);
  return PRS_CLI_OK;
}

int
prs_cli_workspace (PrsCliContext *ctx, int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
      {
        printf ("%s\n", _("Usage:\n"
                          "  prongsai-cli --workspace FILE init [--force]\n"
                          "  prongsai-cli --workspace FILE demo [--force]\n"
                          "  prongsai-cli --workspace FILE generate [--people N] [--activities M]"
                          " [--units U] [--seed S] [--force]\n"
                          "  prongsai-cli --workspace FILE info [--json]\n"
                          "  prongsai-cli --workspace FILE check"));
        return PRS_CLI_OK;
      }

  if (g_str_equal (argv[0], "init"))
    return cmd_init_or_demo (ctx, argc, argv, FALSE);
  if (g_str_equal (argv[0], "demo"))
    return cmd_init_or_demo (ctx, argc, argv, TRUE);
  if (g_str_equal (argv[0], "generate"))
    return cmd_generate (ctx, argc, argv);
  if (g_str_equal (argv[0], "info"))
    return cmd_info (ctx, argc, argv);
  if (g_str_equal (argv[0], "check"))
    return cmd_check (ctx, argc, argv);
  return prs_cli_fail (_("Unknown command “%s”. Try --help."), argv[0]);
}
