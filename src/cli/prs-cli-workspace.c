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

/* Removes a file and its SQLite companions. */
static void
remove_workspace (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_unlink (p);
    }
}

/* A new workspace is written under a hidden name beside @path and renamed over it
 * only when complete: a failure (a full disk) leaves the old file, or nothing. A
 * file open for changes in another session is never replaced. */
static PrsStore *
create_fresh (const char *path, gboolean force, char **tmp_path, GError **error)
{
  g_autofree char *who = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;
  g_autofree char *tmp = NULL;
  PrsStore *store;

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !force)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   _("“%s” already exists. Use --force to replace it."), path);
      return NULL;
    }
  if (prs_store_file_in_use (path, &who))
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IN_USE,
                   _("“%s” cannot be replaced while it is open. %s"), path, who);
      return NULL;
    }
  name = g_strdup_printf (".%s.new-%d", base, (int) getpid ());
  tmp = g_build_filename (dir, name, NULL);
  remove_workspace (tmp);
  store = prs_store_open (tmp, PRS_STORE_OPEN_CREATE | PRS_STORE_OPEN_NO_UNDO, error);
  if (store == NULL)
    return NULL;
  *tmp_path = g_steal_pointer (&tmp);
  return store;
}

/* Saves and closes @store, then puts it in place of @path. */
static gboolean
finish_fresh (PrsStore *store, const char *tmp, const char *path, GError **error)
{
  g_autofree char *who = NULL;

  if (!prs_store_save (store, error))
    {
      prs_store_discard (store);
      remove_workspace (tmp);
      return FALSE;
    }
  prs_store_close (store);
  if (prs_store_file_in_use (path, &who))
    {
      remove_workspace (tmp);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IN_USE,
                   _("“%s” cannot be replaced while it is open. %s"), path, who);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      remove_workspace (tmp);
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_IO, _("Could not replace “%s”: %s"), path,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static void
abandon_fresh (PrsStore *store, const char *tmp)
{
  prs_store_discard (store);
  remove_workspace (tmp);
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
  g_autofree char *tmp = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--force"))
        force = TRUE;
      else
        return prs_cli_fail (_("Unknown option “%s” for “%s”."), argv[i], argv[0]);
    }
  if (!ctx->workspace)
    return need_workspace (ctx, argv[0]);

  store = create_fresh (ctx->workspace, force, &tmp, &error);
  if (!store)
    return prs_cli_fail ("%s", error->message);
  if (demo && !prs_store_write_demo (store, &error))
    {
      abandon_fresh (store, tmp);
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
  if (!finish_fresh (store, tmp, ctx->workspace, &error))
    {
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
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
  g_autofree char *tmp = NULL;
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

  store = create_fresh (ctx->workspace, force, &tmp, &error);
  if (!store)
    return prs_cli_fail ("%s", error->message);
  start = g_get_monotonic_time ();
  if (!prs_store_generate (store, &options, &error))
    {
      abandon_fresh (store, tmp);
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
  if (!finish_fresh (store, tmp, ctx->workspace, &error))
    {
      fprintf (stderr, "prongsai-cli: %s\n", error->message);
      return PRS_CLI_FAILED;
    }
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
      g_autofree char *clean = prs_cli_sanitize (error->message);

      fprintf (stderr, "prongsai-cli: %s\n", clean);
      /* A damaged workspace is a problem `check` found (exit 1); a missing file
       * or one that is not a workspace is bad input (exit 2), as the README says. */
      *status = g_str_equal (command, "check")
                && g_error_matches (error, PRS_STORE_ERROR, PRS_STORE_ERROR_CORRUPT)
                ? PRS_CLI_FAILED : PRS_CLI_BAD_INPUT;
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
        {
          g_autofree char *clean = prs_cli_sanitize (problems->pdata[i]);
          printf ("  %s\n", clean);
        }
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
