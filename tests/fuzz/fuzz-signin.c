/* fuzz-signin.c: libFuzzer target for sign-in lists
 *
 * The bytes are a sign-in list, pasted (one name a line, tabs between columns) and
 * as a CSV file, matched against a fixed roster for an ordinary activity and a
 * head-count-only one. Nothing may crash; the counts add up; a matched person is
 * a real id; confidences stay in 0..1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"
#include "prs-csv.h"
#include "prs-store-participation-import.h"
#include "fuzz-store-fixture.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_preview (PrsStore *store, PrsSigninPreview *p)
{
  guint unknown = 0;

  if (p == NULL)
    return;
  for (guint i = 0; i < p->rows->len; i++)
    {
      PrsSigninRow *r = g_ptr_array_index (p->rows, i);

      fuzz_check_utf8 (r->typed);
      fuzz_check_utf8 (r->unit_text);
      if (r->confidence < 0.0 || r->confidence > 1.0 || r->person_id < 0)
        abort ();
      if (r->kind != PRS_SIGNIN_UNKNOWN && r->person_id == 0)
        abort ();
      unknown += r->kind == PRS_SIGNIN_UNKNOWN;
    }
  if (p->n_unknown > p->rows->len || p->n_matched + p->n_close + p->n_unknown > p->rows->len)
    abort ();
  (void) unknown;
  prs_signin_accept_close (p);
  if (p->rows->len > 0)
    {
      g_autoptr (GError) error = NULL;

      if (prs_signin_apply (store, p, &error))
        fuzz_undo_apply ("sign-in");
      else if (error == NULL)
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  FuzzFixture *fx = fuzz_fixture ();
  g_autofree char *raw = g_strndup ((const char *) data, MIN (size, 16384));
  g_autofree char *text = g_utf8_make_valid (raw, -1);

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsSigninPreview) p = prs_signin_preview_text (fx->store, fx->activity, text, &error);

    check_preview (fx->store, p);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (PrsSigninPreview) p = prs_signin_preview_text (fx->store, fx->headcount_activity, text, &error);

    check_preview (fx->store, p);
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) rows = prs_csv_parse ((const char *) data, size, NULL, &error);

    if (rows != NULL)
      {
        g_autoptr (PrsSigninPreview) p = prs_signin_preview_rows (fx->store, fx->activity, rows, &error);

        check_preview (fx->store, p);
      }
  }
  return 0;
}
