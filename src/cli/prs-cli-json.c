/* prs-cli-json.c: the pieces of JSON every command prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-cli.h"

void
prs_cli_json_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s ? s : ""; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

void
prs_cli_json_baht (GString *out, gint64 satang)
{
  if (satang < 0)
    {
      g_string_append_c (out, '-');
      satang = -satang;
    }
  g_string_append_printf (out, "%" G_GINT64_FORMAT ".%02d", satang / 100, (int) (satang % 100));
}
