/* prs-allowance.c: meeting allowances (เบี้ยประชุม)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-allowance.h"
#include "prs-core-error.h"

static const struct
{
  const char *thai;
  const char *key;
} roles[PRS_MEMBER_ROLE_N_ROLES] = {
  [PRS_MEMBER_ROLE_CHAIR] = { "ประธานกรรมการ", "chair" },
  [PRS_MEMBER_ROLE_VICE_CHAIR] = { "รองประธานกรรมการ", "vice-chair" },
  [PRS_MEMBER_ROLE_MEMBER] = { "กรรมการ", "member" },
  [PRS_MEMBER_ROLE_MEMBER_SECRETARY] = { "กรรมการและเลขานุการ", "member-secretary" },
  [PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY] = { "กรรมการและผู้ช่วยเลขานุการ",
                                                   "member-assistant-secretary" },
  [PRS_MEMBER_ROLE_ASSISTANT_SECRETARY] = { "ผู้ช่วยเลขานุการ", "assistant-secretary" },
  [PRS_MEMBER_ROLE_SECRETARY] = { "เลขานุการ", "secretary" },
  [PRS_MEMBER_ROLE_ADVISOR] = { "ที่ปรึกษา", "advisor" },
};

const char *
prs_member_role_to_thai (PrsMemberRole role)
{
  return (guint) role < PRS_MEMBER_ROLE_N_ROLES ? roles[role].thai : NULL;
}

const char *
prs_member_role_to_key (PrsMemberRole role)
{
  return (guint) role < PRS_MEMBER_ROLE_N_ROLES ? roles[role].key : NULL;
}

gboolean
prs_member_role_parse (const char    *text,
                       PrsMemberRole *role)
{
  static const struct
  {
    const char *text;
    PrsMemberRole role;
  } variants[] = {
    { "ประธาน", PRS_MEMBER_ROLE_CHAIR },
    { "ประธานคณะกรรมการ", PRS_MEMBER_ROLE_CHAIR },
    { "ประธานคณะทำงาน", PRS_MEMBER_ROLE_CHAIR },
    { "รองประธาน", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "รองประธานคณะทำงาน", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "คณะทำงาน", PRS_MEMBER_ROLE_MEMBER },
    { "คณะทำงานและเลขานุการ", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "คณะทำงานและผู้ช่วยเลขานุการ", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
  };
  g_autofree char *bare = NULL;
  GString *s;

  g_return_val_if_fail (role != NULL, FALSE);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* Spaces vary ("กรรมการ และเลขานุการ"); compare without them. */
  s = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (s, *p);
  bare = g_string_free (s, FALSE);

  for (guint i = 0; i < PRS_MEMBER_ROLE_N_ROLES; i++)
    if (g_str_equal (bare, roles[i].thai) || g_ascii_strcasecmp (bare, roles[i].key) == 0)
      {
        *role = (PrsMemberRole) i;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    if (g_str_equal (bare, variants[i].text))
      {
        *role = variants[i].role;
        return TRUE;
      }
  return FALSE;
}

/* ---------------------------------------------------------------- rate table */

typedef struct
{
  PrsMemberRole role;
  PrsDate effective;
  gint64 satang;
} Rate;

struct _PrsAllowanceTable
{
  GArray *rates; /* Rate */
};

PrsAllowanceTable *
prs_allowance_table_new (void)
{
  PrsAllowanceTable *table = g_new0 (PrsAllowanceTable, 1);

  table->rates = g_array_new (FALSE, FALSE, sizeof (Rate));
  return table;
}

void
prs_allowance_table_free (PrsAllowanceTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rates);
  g_free (table);
}

void
prs_allowance_table_set_rate (PrsAllowanceTable *table,
                              PrsMemberRole      role,
                              const PrsDate     *effective,
                              gint64             satang)
{
  Rate rate;

  g_return_if_fail (table != NULL && effective != NULL);
  g_return_if_fail ((guint) role < PRS_MEMBER_ROLE_N_ROLES);

  for (guint i = 0; i < table->rates->len; i++)
    {
      Rate *r = &g_array_index (table->rates, Rate, i);

      if (r->role == role && prs_date_compare (&r->effective, effective) == 0)
        {
          r->satang = satang;
          return;
        }
    }
  rate.role = role;
  rate.effective = *effective;
  rate.satang = satang;
  g_array_append_val (table->rates, rate);
}

gboolean
prs_allowance_table_lookup (const PrsAllowanceTable *table,
                            PrsMemberRole            role,
                            const PrsDate           *date,
                            gint64                  *satang,
                            GError                 **error)
{
  const Rate *best = NULL;

  g_return_val_if_fail (table != NULL && date != NULL && satang != NULL, FALSE);

  for (guint i = 0; i < table->rates->len; i++)
    {
      const Rate *r = &g_array_index (table->rates, Rate, i);

      if (r->role == role && prs_date_compare (&r->effective, date) <= 0
          && (best == NULL || prs_date_compare (&r->effective, &best->effective) > 0))
        best = r;
    }
  if (best == NULL)
    {
      g_autofree char *when = prs_date_format (date, PRS_DATE_STYLE_LONG, FALSE);

      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND,
                   _("No meeting allowance rate for “%s” is in effect on %s. "
                     "Add the rate to the committee first."),
                   prs_member_role_to_thai (role) ? prs_member_role_to_thai (role) : "?",
                   when);
      return FALSE;
    }
  *satang = best->satang;
  return TRUE;
}

gint64
prs_allowance_chair_rate (gint64 member_satang)
{
  /* member × 5/4, half up on the exact remainder */
  gint64 q = member_satang * 5 / 4, r = member_satang * 5 % 4;

  if (r * 2 >= 4)
    q++;
  return q;
}

PrsAllowanceTable *
prs_allowance_table_new_ethics_2566 (void)
{
  PrsAllowanceTable *table = prs_allowance_table_new ();
  const PrsDate from = { 2023, 2, 8 };
  const gint64 member = 1600 * 100;

  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_CHAIR, &from,
                                prs_allowance_chair_rate (member));
  /* A vice chair and the members who also act as secretary are members. */
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_VICE_CHAIR, &from, member);
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER, &from, member);
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER_SECRETARY, &from, member);
  prs_allowance_table_set_rate (table, PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY, &from,
                                member);
  return table;
}

/* ---------------------------------------------------------------- meetings */

static gboolean
fail_meeting (GError **error, const PrsAllowanceMeeting *meeting, const char *problem)
{
  g_autofree char *when = prs_date_format (&meeting->date, PRS_DATE_STYLE_LONG, FALSE);

  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
               _("The meeting of %s: %s"), when, problem);
  return FALSE;
}

GArray *
prs_allowance_meeting (const PrsAllowanceTable   *table,
                       const PrsAllowanceMeeting *meeting,
                       gint64                    *total,
                       GError                   **error)
{
  g_autoptr (GArray) payments = NULL;
  g_autoptr (GHashTable) seen = NULL;
  gboolean chair_present = FALSE;
  guint n_acting = 0;
  gint64 sum = 0;

  g_return_val_if_fail (table != NULL && meeting != NULL, NULL);
  g_return_val_if_fail (meeting->n_attendees == 0 || meeting->attendees != NULL, NULL);

  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, NULL);
  for (guint i = 0; i < meeting->n_attendees; i++)
    {
      const PrsAllowanceAttendee *a = &meeting->attendees[i];

      if ((guint) a->role >= PRS_MEMBER_ROLE_N_ROLES)
        {
          fail_meeting (error, meeting, _("an attendee has an unknown role."));
          return NULL;
        }
      if (!g_hash_table_add (seen, (gpointer) &a->person_id))
        {
          fail_meeting (error, meeting, _("the same person is listed twice."));
          return NULL;
        }
      if (a->present && a->role == PRS_MEMBER_ROLE_CHAIR)
        chair_present = TRUE;
      if (a->acting_chair)
        {
          if (!a->present)
            {
              fail_meeting (error, meeting, _("the acting chair is marked absent."));
              return NULL;
            }
          n_acting++;
        }
    }
  if (n_acting > 1)
    {
      fail_meeting (error, meeting, _("more than one person is marked as acting chair."));
      return NULL;
    }
  if (n_acting == 1 && chair_present)
    {
      fail_meeting (error, meeting,
                    _("someone is marked as acting chair although the chair was present."));
      return NULL;
    }

  payments = g_array_new (FALSE, FALSE, sizeof (PrsAllowancePayment));
  for (guint i = 0; i < meeting->n_attendees; i++)
    {
      const PrsAllowanceAttendee *a = &meeting->attendees[i];
      PrsAllowancePayment pay;

      if (!a->present)
        continue;
      pay.person_id = a->person_id;
      pay.role = a->role;
      pay.paid_as = a->acting_chair ? PRS_MEMBER_ROLE_CHAIR : a->role;
      if (!prs_allowance_table_lookup (table, pay.paid_as, &meeting->date, &pay.satang, error))
        return NULL;
      sum += pay.satang;
      g_array_append_val (payments, pay);
    }
  if (total)
    *total = sum;
  return g_steal_pointer (&payments);
}

static int
compare_person_totals (gconstpointer a, gconstpointer b)
{
  const PrsAllowancePersonTotal *x = a, *y = b;

  if (x->fiscal_year != y->fiscal_year)
    return x->fiscal_year < y->fiscal_year ? -1 : 1;
  if (x->person_id != y->person_id)
    return x->person_id < y->person_id ? -1 : 1;
  return 0;
}

static int
compare_year_totals (gconstpointer a, gconstpointer b)
{
  const PrsAllowanceYearTotal *x = a, *y = b;

  return (x->fiscal_year > y->fiscal_year) - (x->fiscal_year < y->fiscal_year);
}

GArray *
prs_allowance_totals (const PrsAllowanceTable   *table,
                      const PrsAllowanceMeeting *meetings,
                      guint                      n_meetings,
                      GArray                   **years,
                      GError                   **error)
{
  g_autoptr (GArray) people = NULL;
  g_autoptr (GArray) year_totals = NULL;
  g_autoptr (GHashTable) index = NULL; /* "fy:person" -> position + 1 */

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (n_meetings == 0 || meetings != NULL, NULL);

  people = g_array_new (FALSE, FALSE, sizeof (PrsAllowancePersonTotal));
  year_totals = g_array_new (FALSE, FALSE, sizeof (PrsAllowanceYearTotal));
  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint m = 0; m < n_meetings; m++)
    {
      const PrsAllowanceMeeting *meeting = &meetings[m];
      g_autoptr (GArray) payments = NULL;
      PrsAllowanceYearTotal *yt = NULL;
      gint64 total = 0;
      int fy = prs_fiscal_year (&meeting->date);

      payments = prs_allowance_meeting (table, meeting, &total, error);
      if (payments == NULL)
        return NULL;

      for (guint y = 0; y < year_totals->len; y++)
        if (g_array_index (year_totals, PrsAllowanceYearTotal, y).fiscal_year == fy)
          yt = &g_array_index (year_totals, PrsAllowanceYearTotal, y);
      if (yt == NULL)
        {
          PrsAllowanceYearTotal fresh = { fy, 0, 0, 0 };

          g_array_append_val (year_totals, fresh);
          yt = &g_array_index (year_totals, PrsAllowanceYearTotal, year_totals->len - 1);
        }
      yt->meetings++;
      yt->payments += payments->len;
      yt->satang += total;

      for (guint i = 0; i < payments->len; i++)
        {
          const PrsAllowancePayment *pay = &g_array_index (payments, PrsAllowancePayment, i);
          char *key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, fy, pay->person_id);
          guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (index, key));
          PrsAllowancePersonTotal *pt;

          if (pos == 0)
            {
              PrsAllowancePersonTotal fresh = { pay->person_id, fy, 0, 0 };

              g_array_append_val (people, fresh);
              pos = people->len;
              g_hash_table_insert (index, key, GUINT_TO_POINTER (pos));
            }
          else
            g_free (key);
          pt = &g_array_index (people, PrsAllowancePersonTotal, pos - 1);
          pt->meetings++;
          pt->satang += pay->satang;
        }
    }

  g_array_sort (people, compare_person_totals);
  g_array_sort (year_totals, compare_year_totals);
  if (years)
    *years = g_steal_pointer (&year_totals);
  return g_steal_pointer (&people);
}
