/* prs-cli-thai.c: `prongsai-cli thai …`: BAHTTEXT, Thai dates and the fiscal year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "prs-cli.h"
#include "prs-core.h"

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: prongsai-cli thai bahttext AMOUNT"));
  fprintf (out, "%s\n", _("       prongsai-cli thai date [--long|--short|--numeric|--full] "
                          "[--thai-digits] TEXT"));
  fprintf (out, "%s\n", _("       prongsai-cli thai fiscal DATE"));
}

/* The arguments that are not options, joined by spaces, so that an unquoted
 * `7 พ.ย. 68` reads as one date. */
static char *
join_words (GPtrArray *words)
{
  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **) words->pdata);
}

static int
cmd_bahttext (int argc, char **argv)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words_text = NULL;
  gint64 satang;

  for (int i = 1; i < argc; i++)
    {
      /* A negative amount looks like an option: accept "-1234" as a number. */
      if (argv[i][0] == '-' && argv[i][1] != '\0' && !g_ascii_isdigit (argv[i][1])
          && !g_str_equal (argv[i], "--"))
        return prs_cli_fail (_("Unknown option “%s” for “thai bahttext”."), argv[i]);
      if (!g_str_equal (argv[i], "--"))
        g_ptr_array_add (words, argv[i]);
    }
  if (words->len == 0)
    return prs_cli_fail (_("“thai bahttext” needs an amount, for example 1290000.50."));

  text = join_words (words);
  if (!prs_money_parse (text, &satang, &error))
    return prs_cli_fail ("%s", error->message);
  words_text = prs_bahttext (satang);
  printf ("%s\n", words_text);
  return PRS_CLI_OK;
}

static int
cmd_date (int argc, char **argv)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  gboolean thai_digits = FALSE, styled = FALSE;
  PrsDateStyle style = PRS_DATE_STYLE_LONG;
  PrsDatePrecision precision;
  PrsDate date;

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];

      if (g_str_equal (a, "--long"))
        style = PRS_DATE_STYLE_LONG, styled = TRUE;
      else if (g_str_equal (a, "--short"))
        style = PRS_DATE_STYLE_SHORT, styled = TRUE;
      else if (g_str_equal (a, "--numeric"))
        style = PRS_DATE_STYLE_NUMERIC, styled = TRUE;
      else if (g_str_equal (a, "--full"))
        style = PRS_DATE_STYLE_FULL, styled = TRUE;
      else if (g_str_equal (a, "--thai-digits"))
        thai_digits = TRUE;
      else if (a[0] == '-' && a[1] == '-')
        return prs_cli_fail (_("Unknown option “%s” for “thai date”."), a);
      else
        g_ptr_array_add (words, argv[i]);
    }
  if (words->len == 0)
    return prs_cli_fail (_("“thai date” needs a date, for example 21/12/2568."));
  if (thai_digits && !styled)
    styled = TRUE; /* --thai-digits alone asks for the long Thai form */

  text = join_words (words);
  if (!prs_date_parse_partial (text, &date, &precision, &error))
    return prs_cli_fail ("%s", error->message);

  out = styled ? prs_date_format (&date, style, thai_digits) : prs_date_to_iso (&date);
  printf ("%s\n", out);
  return PRS_CLI_OK;
}

static int
cmd_fiscal (int argc, char **argv)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PrsDate date;

  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-' && argv[i][1] == '-')
        return prs_cli_fail (_("Unknown option “%s” for “thai fiscal”."), argv[i]);
      g_ptr_array_add (words, argv[i]);
    }
  if (words->len == 0)
    return prs_cli_fail (_("“thai fiscal” needs a date, for example 2025-10-01."));

  text = join_words (words);
  if (!prs_date_parse (text, &date, &error))
    return prs_cli_fail ("%s", error->message);
  printf ("%d Q%d\n", prs_fiscal_year (&date), prs_fiscal_quarter (&date));
  return PRS_CLI_OK;
}

int
prs_cli_thai (PrsCliContext *ctx, int argc, char **argv)
{
  const char *sub;

  if (argc < 2)
    {
      int rc = prs_cli_fail (_("“thai” needs a command: bahttext, date or fiscal."));

      print_usage (stderr);
      return rc;
    }
  sub = argv[1];
  if (g_str_equal (sub, "--help") || g_str_equal (sub, "-h") || g_str_equal (sub, "help"))
    {
      print_usage (stdout);
      return PRS_CLI_OK;
    }
  if (g_str_equal (sub, "bahttext"))
    return cmd_bahttext (argc - 1, argv + 1);
  if (g_str_equal (sub, "date"))
    return cmd_date (argc - 1, argv + 1);
  if (g_str_equal (sub, "fiscal"))
    return cmd_fiscal (argc - 1, argv + 1);
  return prs_cli_fail (_("Unknown “thai” command “%s”. Use bahttext, date or fiscal."), sub);
}
