/* test-reliability-core.c: hostile numbers and files for the core readers (issue 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "prs-core.h"

/* Defect 4: "9,5" is never 95. */
static void
test_decimal_comma (void)
{
  const char *refused[] = { "9,5", "85,25", "1,5%", "๙,๕", "1,00", "12,3456", "1234,567" };
  struct { const char *text; PrsScore value; } accepted[] = {
    { "9.5", 950 }, { "1,000", 100000 }, { "1,234.5", 123450 }, { "12,345,678", 1234567800 },
    { "๑,๐๐๐.๒๕", 100025 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      PrsScore s = 0;

      g_assert_false (prs_score_parse (refused[i], &s, &error));
      g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE);
      g_test_message ("%s: %s", refused[i], error->message);
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      PrsScore s = 0;

      g_assert_true (prs_score_parse (accepted[i].text, &s, &error));
      g_assert_no_error (error);
      g_assert_cmpint (s, ==, accepted[i].value);
    }
}

/* Defect 12: the size is checked before the file is read. */
static void
test_size_checked_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prs-rel-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "huge.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "huge.xlsx", NULL);
  struct rusage before, after;
  int fd;
  gsize len;

  /* 2 GB sparse files: cost nothing on disk, 2 GB of memory if read whole. */
  fd = g_open (csv, O_CREAT | O_WRONLY, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 2 << 30), ==, 0);
  close (fd);
  g_assert_cmpint (link (csv, xlsx), ==, 0);

  getrusage (RUSAGE_SELF, &before);
  g_assert_null (prs_csv_read_file (csv, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_null (prs_xlsx_read_file (xlsx, NULL, NULL, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);
  g_clear_error (&error);
  getrusage (RUSAGE_SELF, &after);
  g_test_message ("peak memory %ld KB before, %ld KB after", before.ru_maxrss, after.ru_maxrss);
  g_assert_cmpint (after.ru_maxrss - before.ru_maxrss, <, 64 * 1024);

  /* A device that never ends is read up to the limit only. */
  g_assert_null (prs_read_file_bounded ("/dev/zero", 1 << 20, &len, &error));
  g_assert_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_LIMIT);

  g_unlink (csv);
  g_unlink (xlsx);
  g_rmdir (dir);
}

/* A line pasted out of minutes with thousands of words (found by the attendance
 * fuzzer: every tail of the line was tried as a role, the square of its length) is
 * read like a short one: the role at its end is found, the rest is the name. The
 * fuzz smoke run (-timeout=10) has the same line as a seed. */
static void
test_long_minutes_line (void)
{
  g_autoptr (GString) line = g_string_new ("๑. นายทดสอบ");
  PrsNameLine parsed;

  for (int i = 0; i < 20000; i++)
    g_string_append (line, " ก");
  g_string_append (line, " กรรมการและเลขานุการ");
  g_assert_true (prs_name_parse_line (line->str, &parsed));
  g_assert_true (parsed.has_role);
  g_assert_cmpint (parsed.role, ==, PRS_MEMBER_ROLE_MEMBER_SECRETARY);
  g_assert_true (g_str_has_prefix (parsed.name, "นายทดสอบ ก ก"));
  prs_name_line_clear (&parsed);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reliability/core/decimal-comma", test_decimal_comma);
  g_test_add_func ("/reliability/core/size-checked-first", test_size_checked_first);
  g_test_add_func ("/reliability/core/long-minutes-line", test_long_minutes_line);
  return g_test_run ();
}
