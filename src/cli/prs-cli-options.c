/* prs-cli-options.c: one reader of subcommand options for every command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"

/* TRUE (and the value in *@value, advancing *@i) when @arg is the valued option
 * @name, written "NAME VALUE" or "NAME=VALUE"; a missing value is reported. */
static gboolean
take_value (const char *name, int argc, char **argv, int *i, const char **value, int *rc)
{
  const char *arg = argv[*i];
  gsize len = strlen (name);

  if (g_str_equal (arg, name))
    {
      if (*i + 1 >= argc)
        {
          *rc = prs_cli_fail (_("%s needs a value."), arg);
          return TRUE;
        }
      *value = argv[++*i];
      return TRUE;
    }
  if (g_str_has_prefix (arg, name) && arg[len] == '=')
    {
      *value = arg + len + 1;
      return TRUE;
    }
  return FALSE;
}

int
prs_cli_parse_options (int argc, char **argv, const char *command, const PrsCliFlag *flags, guint n_flags,
                       const PrsCliValued *valued, guint n_valued, gpointer args, const char **positional,
                       guint max_positional, guint *n_positional, gboolean negative_numbers)
{
  guint n = 0;

  for (int i = 2; i < argc; i++)
    {
      const char *arg = argv[i];
      gboolean matched = FALSE;
      int rc = PRS_CLI_OK;

      for (guint k = 0; k < n_flags && !matched; k++)
        if (g_str_equal (arg, flags[k].name))
          {
            G_STRUCT_MEMBER (int, args, flags[k].offset) = flags[k].value;
            matched = TRUE;
          }
      for (guint k = 0; k < n_valued && !matched; k++)
        matched = take_value (valued[k].name, argc, argv, &i, G_STRUCT_MEMBER_P (args, valued[k].offset), &rc);
      if (rc != PRS_CLI_OK)
        return rc;
      if (matched)
        continue;
      if (arg[0] == '-' && arg[1] != '\0' && !(negative_numbers && g_ascii_isdigit (arg[1])))
        return prs_cli_fail (_("Unknown option “%s”. Try “%s --help”."), arg, command);
      if (n >= max_positional)
        return prs_cli_fail (_("“%s” is one argument too many."), arg);
      positional[n++] = arg;
    }
  if (n_positional)
    *n_positional = n;
  return PRS_CLI_OK;
}

gboolean
prs_cli_print_usages (FILE *out, const PrsCliUsage *usages, guint n_usages, const char *verb)
{
  gboolean any = FALSE;

  fprintf (out, "%s\n", _("Usage:"));
  for (guint i = 0; i < n_usages; i++)
    if (verb == NULL || g_str_equal (verb, usages[i].verb))
      {
        fprintf (out, "  prongsai-cli --workspace FILE %s\n", usages[i].usage);
        any = TRUE;
      }
  return any;
}

gboolean
prs_cli_verb_help (int argc, char **argv, const PrsCliUsage *usages, guint n_usages)
{
  gboolean asked = FALSE, known = FALSE;

  for (int i = 2; i < argc && !asked; i++)
    asked = g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h");
  for (guint k = 0; asked && argc > 1 && k < n_usages && !known; k++)
    known = g_str_equal (argv[1], usages[k].verb);
  if (!known)
    return FALSE;
  prs_cli_print_usages (stdout, usages, n_usages, argv[1]);
  return TRUE;
}
