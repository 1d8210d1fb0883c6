/* fuzz-attendance.c: libFuzzer target for attendance lists
 *
 * The bytes are written to a file and read as the meeting import reads it: text
 * pasted out of minutes (lines such as "๑. นายสมมติ ใจดี ประธานกรรมการ", headings
 * ผู้มาประชุม / ผู้ไม่มาประชุม, delegates), or a CSV or XLSX file, chosen by the first
 * byte. The rows go to the attendance preview against a fixed committee and to the
 * committee roster preview. Nothing may crash; confidences stay in 0..1; a matched
 * seat is one of the committee's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"
#include "fuzz-store-fixture.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  FuzzFixture *fx = fuzz_fixture ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *file = NULL;
  const char *suffix = ".txt";

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    suffix = ".xlsx";
  else if (size >= 1 && data[0] == ',')
    suffix = ".csv";
  file = g_strconcat (fx->dir, G_DIR_SEPARATOR_S, "list", suffix, NULL);
  if (!g_file_set_contents (file, (const char *) data, (gssize) size, NULL))
    abort ();
  rows = prs_import_read_rows (file, &error);
  g_unlink (file);
  if (rows == NULL)
    return 0;

  {
    g_autoptr (GError) perr = NULL;
    g_autoptr (PrsImportPreview) p = prs_import_attendance_preview (fx->store, fx->meeting, rows, &perr);

    if (p != NULL)
      {
        for (guint i = 0; i < p->lines->len; i++)
          {
            PrsImportLine *l = g_ptr_array_index (p->lines, i);

            fuzz_check_utf8 (l->typed_name);
            fuzz_check_utf8 (l->position);
            fuzz_check_utf8 (l->delegate);
            fuzz_check_utf8 (l->member_name);
            if (l->confidence < 0.0 || l->confidence > 1.0 || l->member_id < 0)
              abort ();
          }
        for (guint i = 0; i < p->errors->len; i++)
          fuzz_check_utf8 (p->errors->pdata[i]);
        if (p->errors->len == 0 && p->lines->len > 0)
          {
            g_autoptr (GError) aerr = NULL;

            if (prs_import_attendance_apply (fx->store, fx->meeting, p, TRUE, &aerr))
              fuzz_undo_apply ("attendance");
            else if (aerr == NULL)
              abort ();
          }
      }
  }
  {
    g_autoptr (GError) perr = NULL;
    g_autoptr (PrsImportPreview) p = prs_import_roster_preview (rows, &perr);

    (void) p;
  }
  return 0;
}
