/* prs-cli.h: the subcommands of prongsai-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <glib.h>

#include "prs-store.h"

G_BEGIN_DECLS

/* Exit codes shared by every subcommand. */
enum
{
  PRS_CLI_OK = 0,
  PRS_CLI_FAILED = 1,    /* the command ran and found a problem (e.g. check) */
  PRS_CLI_BAD_INPUT = 2, /* usage error or input that could not be read */
};

typedef struct
{
  const char *workspace; /* --workspace FILE, or NULL */
} PrsCliContext;

/* Each takes argv with argv[0] the subcommand's name and returns an exit code.
 * Messages for the user go to stderr, results to stdout. */
int prs_cli_thai      (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_kpi       (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_workspace (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_report    (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_chart     (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_ita       (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_plan      (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_people    (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_participation (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_committee (PrsCliContext *ctx, int argc, char **argv);
int prs_cli_meeting   (PrsCliContext *ctx, int argc, char **argv);

/* A copy of @text safe to print on a terminal: control and escape characters
 * (and bidirectional overrides) shown as \xNN. */
char *prs_cli_sanitize (const char *text);

/* Prints "prongsai-cli: MESSAGE" (sanitized) to stderr and returns PRS_CLI_BAD_INPUT. */
int prs_cli_fail (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Options of a subcommand, described by tables over the subcommand's own argument
 * struct: a flag sets an int (gboolean) member to @value; a valued option (NAME VALUE or
 * NAME=VALUE) sets a const char * member. */
typedef struct
{
  const char *name;
  gsize       offset;
  int         value;
} PrsCliFlag;

typedef struct
{
  const char *name;
  gsize       offset;
} PrsCliValued;

/* Reads argv[2..] (argv[0] is the subcommand, argv[1] its verb) into @args. Other
 * words are positional: up to @max_positional of them go to @positional (counted in
 * @n_positional, may be NULL when @max_positional is 1); a word starting with '-' is
 * positional only when @negative_numbers is set and a digit follows. Returns
 * PRS_CLI_OK, or prints what is wrong (naming "@command --help") and returns
 * PRS_CLI_BAD_INPUT. */
int prs_cli_parse_options (int                 argc,
                           char              **argv,
                           const char         *command,
                           const PrsCliFlag   *flags,
                           guint               n_flags,
                           const PrsCliValued *valued,
                           guint               n_valued,
                           gpointer            args,
                           const char        **positional,
                           guint               max_positional,
                           guint              *n_positional,
                           gboolean            negative_numbers);

/* A subcommand's usage line ("ita import [--dry-run] IN.csv|IN.xlsx"); a verb may
 * have several lines. */
typedef struct
{
  const char *verb;
  const char *usage;
} PrsCliUsage;

/* "Usage:" and the usage lines of @verb, or of every verb when @verb is NULL, each
 * as "  prongsai-cli --workspace FILE USAGE". Returns whether @verb has any. */
gboolean prs_cli_print_usages (FILE              *out,
                               const PrsCliUsage *usages,
                               guint              n_usages,
                               const char        *verb);

/* "COMMAND VERB … --help": whether argv[2..] asks for help (--help or -h) and @verb
 * (argv[1]) is one of @usages; then its usage lines are printed to stdout (the caller
 * adds notes and returns PRS_CLI_OK). */
gboolean prs_cli_verb_help (int                argc,
                            char             **argv,
                            const PrsCliUsage *usages,
                            guint              n_usages);

/* JSON output: @s as a JSON string (quoted, escaped; NULL as ""), and an amount of
 * money as a JSON number of baht with two decimals. */
void prs_cli_json_string (GString *out, const char *s);
void prs_cli_json_baht   (GString *out, gint64   satang);

/* Writes a writing command's changes back to the workspace file (prs_store_save()).
 * Returns PRS_CLI_OK, or prints why it could not (a full disk, a folder that cannot
 * be written to, the file changed on disk) and returns PRS_CLI_BAD_INPUT: a command
 * never relies on the save when the store is closed, which could only log. */
int prs_cli_save (PrsStore *store);

G_END_DECLS
