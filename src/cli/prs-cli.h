/* prs-cli.h: the subcommands of prongsai-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

/* Writes a writing command's changes back to the workspace file (prs_store_save()).
 * Returns PRS_CLI_OK, or prints why it could not (a full disk, a folder that cannot
 * be written to, the file changed on disk) and returns PRS_CLI_BAD_INPUT: a command
 * never relies on the save when the store is closed, which could only log. */
int prs_cli_save (PrsStore *store);

G_END_DECLS
