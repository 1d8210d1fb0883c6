/* prs-store-meetings-import.c: committee rosters and meeting attendance from files
 *
 * Lists arrive as CSV (UTF-8 or Windows-874), XLSX or lines pasted out of minutes,
 * with title rows above the header, list numbers, titles in the names, Thai digits
 * and spellings that differ from the roster. Reading never writes: a preview says
 * what matched exactly, what only closely and what not at all; the apply step
 * writes it in one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-core.h"
#include "prs-store-meetings.h"
#include "prs-store-private.h"

typedef enum
{
  COL_NONE = -1,
  COL_NO,
  COL_NAME,
  COL_PREFIX,
  COL_FIRST,
  COL_LAST,
  COL_POSITION,
  COL_ROLE,
  COL_STATUS,
  COL_DELEGATE,
  COL_ACTING,
  COL_NOTE,
  COL_MARK_PRESENT,  /* a column ticked for those present ("มา") */
  COL_MARK_ABSENT,   /* … absent ("ไม่มา") */
  COL_MARK_LEAVE,    /* … on leave ("ลา") */
  N_COLS
} Column;

/* Header text squeezed: no spaces, hyphens or dots, lower case, Thai digits Arabic. */
static char *
squeeze (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autofree char *arabic = prs_digits_to_arabic (valid);
  g_autofree char *lower = g_utf8_strdown (arabic, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x2013 || c == 0x2014 || c == '_'
          || c == '.' || c == ':' || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF
          || c == 0x00A0)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static Column
header_column (const char *cell)
{
  static const struct { const char *text; Column col; } names[] = {
    { "no", COL_NO }, { "ลำดับ", COL_NO }, { "ลำดับที่", COL_NO }, { "ที่", COL_NO }, { "#", COL_NO },
    { "name", COL_NAME }, { "ชื่อสกุล", COL_NAME }, { "ชื่อนามสกุล", COL_NAME },
    { "รายชื่อ", COL_NAME }, { "fullname", COL_NAME }, { "ชื่อและนามสกุล", COL_NAME },
    { "รายชื่อคณะกรรมการ", COL_NAME }, { "รายชื่อกรรมการ", COL_NAME },
    { "รายชื่อผู้เข้าประชุม", COL_NAME }, { "ชื่อผู้เข้าประชุม", COL_NAME },
    { "prefix", COL_PREFIX }, { "title", COL_PREFIX }, { "คำนำหน้า", COL_PREFIX },
    { "คำนำหน้าชื่อ", COL_PREFIX },
    { "ชื่อ", COL_FIRST }, { "firstname", COL_FIRST },
    { "นามสกุล", COL_LAST }, { "สกุล", COL_LAST }, { "lastname", COL_LAST }, { "surname", COL_LAST },
    { "position", COL_POSITION }, { "ตำแหน่ง", COL_POSITION }, { "ตำแหน่งงาน", COL_POSITION },
    { "ตำแหน่ง/สังกัด", COL_POSITION }, { "ตำแหน่งและสังกัด", COL_POSITION },
    { "role", COL_ROLE }, { "บทบาท", COL_ROLE }, { "ตำแหน่งในคณะกรรมการ", COL_ROLE },
    { "ตำแหน่งในคณะทำงาน", COL_ROLE }, { "ตำแหน่งในคณะ", COL_ROLE }, { "หน้าที่", COL_ROLE },
    { "ตำแหน่งในคณะอนุกรรมการ", COL_ROLE }, { "บทบาทในคณะกรรมการ", COL_ROLE },
    { "status", COL_STATUS }, { "สถานะ", COL_STATUS }, { "การเข้าประชุม", COL_STATUS },
    { "การเข้าร่วมประชุม", COL_STATUS }, { "มา/ไม่มา", COL_STATUS }, { "การมาประชุม", COL_STATUS },
    { "delegate", COL_DELEGATE }, { "ผู้แทน", COL_DELEGATE }, { "มอบหมาย", COL_DELEGATE },
    { "ผู้รับมอบหมาย", COL_DELEGATE }, { "ผู้ได้รับมอบหมาย", COL_DELEGATE },
    { "ผู้มาแทน", COL_DELEGATE }, { "ผู้เข้าประชุมแทน", COL_DELEGATE },
    { "actingchair", COL_ACTING }, { "ทำหน้าที่ประธาน", COL_ACTING },
    { "ประธานในที่ประชุม", COL_ACTING }, { "รักษาการประธาน", COL_ACTING },
    { "note", COL_NOTE }, { "หมายเหตุ", COL_NOTE }, { "remark", COL_NOTE },
    { "มา", COL_MARK_PRESENT }, { "มาประชุม", COL_MARK_PRESENT }, { "present", COL_MARK_PRESENT },
    { "ไม่มา", COL_MARK_ABSENT }, { "ไม่มาประชุม", COL_MARK_ABSENT }, { "absent", COL_MARK_ABSENT },
    { "ลา", COL_MARK_LEAVE }, { "ลาประชุม", COL_MARK_LEAVE }, { "leave", COL_MARK_LEAVE },
  };
  g_autofree char *s = squeeze (cell);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *n = squeeze (names[i].text);

      if (g_str_equal (s, n))
        return names[i].col;
    }
  return COL_NONE;
}

static const char *section_status (const char *text);
static char *take_paren_note (char *name);
static const char *cell (char **row, const int map[N_COLS], Column c);

/* TEXT without zero-width characters, with runs of spaces made one, trimmed. */
static char *
clean_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060 || c == 0x00AD)
        continue;
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* --------------------------------------------------------------- reading */

static gboolean
has_suffix_ci (const char *path, const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/* A line that carries on the one before it (a table cell broken over lines): no
 * list number and no title at its start. */
static gboolean
starts_entry (const char *line)
{
  const char *p = line;
  gunichar c;

  while (*p == ' ' || *p == '\t' || *p == '|')
    p++;
  c = g_utf8_get_char (p);
  if (g_ascii_isdigit (*p) || (c >= 0x0E50 && c <= 0x0E59) || *p == '(' || *p == '-')
    return TRUE;
  {
    g_autofree char *stripped = prs_name_strip_titles (p);

    return strlen (stripped) < strlen (p) && !prs_name_looks_like_position (p);
  }
}

/* Does a pasted line name a person or a post? A title or a post in front, or a list
 * number before a short untitled name; a numbered paragraph of text does not. */
static gboolean
names_someone (const char *line)
{
  PrsNameLine nl;
  gboolean yes = FALSE;

  if (prs_name_looks_like_position (line))
    return TRUE;
  if (!starts_entry (line))
    return FALSE;
  if (prs_name_parse_line (line, &nl))
    {
      g_autofree char *bare = prs_name_strip_titles (nl.name);
      g_auto (GStrv) words = g_strsplit (bare, " ", -1);

      yes = strlen (bare) < strlen (nl.name) || prs_name_looks_like_position (nl.name)
            || (g_strv_length (words) <= 4 && g_utf8_strlen (bare, -1) <= 60);
    }
  prs_name_line_clear (&nl);
  return yes;
}

static gboolean
has_letters (const char *line)
{
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

GPtrArray *
prs_import_read_rows (const char *path,
                      GError    **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (has_suffix_ci (path, ".xlsx"))
    return prs_xlsx_read_file (path, NULL, NULL, error);
  if (has_suffix_ci (path, ".csv") || has_suffix_ci (path, ".tsv"))
    return prs_csv_read_file (path, NULL, NULL, error);

  /* Text pasted out of minutes: one entry a line; lines that carry on an entry are
   * joined to it, column by column with a tab. */
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  {
    g_autofree char *utf8 = NULL;
    g_auto (GStrv) lines = NULL;
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    int entry = -1; /* the row of the entry being read */

    if (g_utf8_validate (data, (gssize) len, NULL))
      utf8 = g_strndup (data, len);
    else
      utf8 = g_convert (data, (gssize) len, "UTF-8", "WINDOWS-874", NULL, NULL, NULL);
    if (utf8 == NULL)
      utf8 = g_utf8_make_valid (data, (gssize) len);
    if (g_str_has_prefix (utf8, "\xEF\xBB\xBF"))
      memmove (utf8, utf8 + 3, strlen (utf8 + 3) + 1);
    lines = g_strsplit_set (utf8, "\n", -1);
    /* One row per line of the file, so row numbers are line numbers; a line that
     * carries on an entry is added to the entry's row and leaves its own empty. */
    for (guint i = 0; lines[i]; i++)
      {
        char *l = g_strchomp (g_strdelimit (lines[i], "\r", ' '));
        char **row = g_new0 (char *, 2);

        if (!has_letters (l))
          entry = -1;
        else if (entry >= 0 && !starts_entry (l) && !section_status (l))
          {
            char **e = rows->pdata[entry];
            char *joined = g_strconcat (e[0], "\t", l, NULL);

            g_free (e[0]);
            e[0] = joined;
          }
        else
          {
            row[0] = g_strdup (l);
            entry = section_status (l) ? -1 : (int) rows->len;
          }
        g_ptr_array_add (rows, row);
      }
    return rows;
  }
}

/* --------------------------------------------------------------- preview */

static void
import_line_free (gpointer data)
{
  PrsImportLine *l = data;

  g_free (l->typed_name);
  g_free (l->position);
  g_free (l->role);
  g_free (l->role_title);
  g_free (l->status);
  g_free (l->delegate);
  g_free (l->member_name);
  g_free (l->person_name);
  g_free (l->holder);
  g_free (l);
}

void
prs_import_preview_free (PrsImportPreview *p)
{
  if (p == NULL)
    return;
  g_clear_pointer (&p->lines, g_ptr_array_unref);
  g_clear_pointer (&p->errors, g_ptr_array_unref);
  g_clear_pointer (&p->notes, g_ptr_array_unref);
  g_free (p);
}

static PrsImportPreview *
preview_new (void)
{
  PrsImportPreview *p = g_new0 (PrsImportPreview, 1);

  p->lines = g_ptr_array_new_with_free_func (import_line_free);
  p->errors = g_ptr_array_new_with_free_func (g_free);
  p->notes = g_ptr_array_new_with_free_func (g_free);
  return p;
}

static guint
row_cells (char **row)
{
  guint n = 0;

  for (guint i = 0; row && row[i]; i++)
    if (*g_strstrip (row[i]) != '\0')
      n++;
  return n;
}

static const char *
first_cell (char **row)
{
  for (guint i = 0; row && row[i]; i++)
    if (*row[i])
      return row[i];
  return "";
}

/* A second header row under merged headings ("การเข้าประชุม" over "สถานะ" and
 * "ผู้แทน", or over "มา", "ไม่มา", "ผู้แทน"): no name under the name heading, and
 * every filled cell a heading. Its headings are added to MAP (those of the row
 * above at the same cell give way); TRUE when ROW is one. */
static gboolean
sub_header (char **row, int map[N_COLS])
{
  int m[N_COLS];
  guint named = 0;
  const int above_status = map[COL_STATUS];

  if (row == NULL || map[COL_NAME] < 0 || *cell (row, map, COL_NAME) != '\0')
    return FALSE;
  for (int c = 0; c < N_COLS; c++)
    m[c] = -1;
  for (int i = 0; row[i]; i++)
    {
      g_autofree char *tidy = prs_csv_tidy_text (row[i]);
      Column c;

      if (*tidy == '\0')
        continue;
      c = header_column (tidy);
      if (c == COL_NONE || c == COL_NAME || c == COL_FIRST || c == COL_LAST)
        return FALSE;
      if (m[c] < 0)
        m[c] = i;
      named++;
    }
  if (named == 0)
    return FALSE;
  for (int c = 0; c < N_COLS; c++)
    if (m[c] >= 0)
      {
        for (int k = 0; k < N_COLS; k++)
          if (map[k] == m[c])
            map[k] = -1;
        map[c] = m[c];
      }
  /* Ticks under "มา" / "ไม่มา": the group heading above them is no status column. */
  if ((m[COL_MARK_PRESENT] >= 0 || m[COL_MARK_ABSENT] >= 0 || m[COL_MARK_LEAVE] >= 0)
      && m[COL_STATUS] < 0 && map[COL_STATUS] == above_status)
    map[COL_STATUS] = -1;
  return TRUE;
}

/* Finds the header row: the first with a name column (or first and last name). Fills
 * MAP (column -> cell index). Returns its index, or -1 (then no header). */
static int
find_header (GPtrArray *rows, int map[N_COLS])
{
  for (guint r = 0; r < rows->len && r < 30; r++)
    {
      char **row = rows->pdata[r];
      int m[N_COLS];
      gboolean any_name = FALSE;

      for (int c = 0; c < N_COLS; c++)
        m[c] = -1;
      for (int i = 0; row && row[i]; i++)
        {
          Column c = header_column (row[i]);

          if (c != COL_NONE && m[c] < 0)
            m[c] = i;
        }
      /* "ชื่อ" alone is the whole name. */
      if (m[COL_FIRST] >= 0 && m[COL_LAST] < 0 && m[COL_NAME] < 0)
        {
          m[COL_NAME] = m[COL_FIRST];
          m[COL_FIRST] = -1;
        }
      any_name = m[COL_NAME] >= 0 || (m[COL_FIRST] >= 0 && m[COL_LAST] >= 0);
      /* A title row ("รายชื่อผู้เข้าประชุม") is no header: a header names at least two
       * columns, or is a bare name heading alone. */
      if (any_name)
        {
          guint known = 0;

          for (int c = 0; c < N_COLS; c++)
            known += m[c] >= 0;
          if (known < 2)
            {
              g_autofree char *sq = squeeze (first_cell (row));

              if (row_cells (row) != 1
                  || !(g_str_equal (sq, "name") || g_str_equal (sq, "ชื่อสกุล")
                       || g_str_equal (sq, "ชื่อนามสกุล") || g_str_equal (sq, "ชื่อ")))
                any_name = FALSE;
            }
        }
      if (any_name)
        {
          memcpy (map, m, sizeof m);
          if (r + 1 < rows->len && sub_header (rows->pdata[r + 1], map))
            return (int) r + 1;
          return (int) r;
        }
    }
  return -1;
}

static const char *
cell (char **row, const int map[N_COLS], Column c)
{
  int i = map[c];

  if (i < 0 || row == NULL)
    return "";
  for (int k = 0; k <= i; k++)
    if (row[k] == NULL)
      return "";
  return row[i];
}

/* The name of a row, joining prefix, first and last name columns if the file splits it. */
static char *
row_name (char **row, const int map[N_COLS])
{
  if (map[COL_NAME] >= 0 && *cell (row, map, COL_NAME))
    return g_strdup (cell (row, map, COL_NAME));
  if (map[COL_FIRST] >= 0)
    return g_strstrip (g_strdup_printf ("%s%s %s", cell (row, map, COL_PREFIX),
                                        cell (row, map, COL_FIRST), cell (row, map, COL_LAST)));
  return g_strdup ("");
}

static const char *
role_key_of (PrsMemberRole r)
{
  switch (r)
    {
    case PRS_MEMBER_ROLE_CHAIR: return PRS_ROLE_CHAIR;
    case PRS_MEMBER_ROLE_VICE_CHAIR: return PRS_ROLE_VICE_CHAIR;
    case PRS_MEMBER_ROLE_MEMBER_SECRETARY:
    case PRS_MEMBER_ROLE_SECRETARY: return PRS_ROLE_MEMBER_SECRETARY;
    case PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY:
    case PRS_MEMBER_ROLE_ASSISTANT_SECRETARY: return PRS_ROLE_ASSISTANT_SECRETARY;
    case PRS_MEMBER_ROLE_MEMBER:
    case PRS_MEMBER_ROLE_ADVISOR:
    default: return PRS_ROLE_MEMBER;
    }
}

/* A section heading of the minutes: sets the status of the rows under it. */
static const char *
section_status (const char *text)
{
  g_autofree char *s = squeeze (text);
  gsize len = strlen (s);

  if (len == 0 || g_utf8_strlen (s, -1) > 40)
    return NULL;
  if (strstr (s, "ไม่มาประชุม") || strstr (s, "ไม่เข้าร่วมประชุม") || strstr (s, "ไม่เข้าประชุม")
      || strstr (s, "ลาประชุม") || strstr (s, "ขาดประชุม") || g_str_equal (s, "ผู้ไม่มา"))
    return "absent";
  if (g_str_has_prefix (s, "กรรมการ") || g_str_has_prefix (s, "คณะกรรมการ")
      || g_str_has_prefix (s, "คณะทำงาน") || g_str_has_prefix (s, "อนุกรรมการ"))
    {
      if (strstr (s, "ประชุม"))
        return "present";
      return NULL;
    }
  if (g_str_equal (s, "ผู้มาประชุม") || g_str_equal (s, "ผู้เข้าประชุม")
      || g_str_equal (s, "รายชื่อผู้มาประชุม") || g_str_equal (s, "รายชื่อผู้เข้าประชุม")
      || g_str_equal (s, "ผู้ที่มาประชุม"))
    return "present";
  if (strstr (s, "เข้าร่วมประชุม") || strstr (s, "ร่วมประชุม") || strstr (s, "ผู้ได้รับเชิญ")
      || strstr (s, "สังเกตการณ์"))
    return "guest";
  return NULL;
}

/* Reads a status cell. Sets DELEGATE if the cell names one ("มอบหมาย นาย…"). */
static const char *
parse_status (const char *text, char **delegate)
{
  static const struct { const char *text; const char *status; } exact[] = {
    { "ผู้เข้าร่วมประชุม", "guest" }, { "guest", "guest" }, { "ผู้ร่วมประชุม", "guest" },
    { "ผู้ได้รับเชิญ", "guest" }, { "แขก", "guest" }, { "เชิญ", "guest" }, { "ผู้เข้าร่วม", "guest" },
    { "มา", "present" }, { "present", "present" }, { "มาประชุม", "present" },
    { "เข้าร่วม", "present" }, { "เข้าร่วมประชุม", "present" }, { "เข้าประชุม", "present" },
    { "✓", "present" }, { "✔", "present" }, { "/", "present" }, { "1", "present" },
    { "y", "present" }, { "yes", "present" }, { "p", "present" }, { "มาด้วยตนเอง", "present" },
    { "ผู้มาประชุม", "present" },
    { "ไม่มา", "absent" }, { "absent", "absent" }, { "ขาด", "absent" }, { "0", "absent" },
    { "x", "absent" }, { "✗", "absent" }, { "n", "absent" }, { "no", "absent" }, { "a", "absent" },
    { "ผู้ไม่มาประชุม", "absent" },
    { "ลา", "leave" }, { "leave", "leave" }, { "ติดราชการ", "leave" }, { "ติดภารกิจ", "leave" },
    { "มอบหมาย", "delegate" }, { "delegate", "delegate" }, { "ผู้แทน", "delegate" },
    { "ส่งผู้แทน", "delegate" }, { "มอบผู้แทน", "delegate" },
  };
  g_autofree char *s = squeeze (text);

  *delegate = NULL;
  if (*s == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (s, exact[i].text))
      return exact[i].status;
  if (g_str_has_prefix (s, "ไม่") || g_str_has_prefix (s, "ขาด"))
    return "absent";
  if (g_str_has_prefix (s, "ลา") || g_str_has_prefix (s, "ติด") || g_str_has_prefix (s, "ไปราชการ")
      || g_str_has_prefix (s, "เดินทางไปราชการ") || g_str_has_prefix (s, "ภารกิจ"))
    return "leave";
  /* Attended online: present. */
  if (strstr (s, "ออนไลน์") || strstr (s, "online") || strstr (s, "zoom") || strstr (s, "ผ่านระบบ")
      || strstr (s, "webex") || strstr (s, "teams"))
    return "present";
  if (strstr (text, "มอบหมาย") || g_str_has_prefix (s, "ผู้แทน") || g_str_has_prefix (s, "ส่งผู้แทน"))
    {
      const char *at = strstr (text, "มอบหมาย");
      const char *rest;
      g_autofree char *name = NULL;
      g_autofree char *who = NULL;

      rest = at ? at : text;
      /* "มอบหมาย นางสาว…" / "มอบหมายให้ …" / "ผู้แทน: …" */
      prs_name_split_delegate (rest, &name, &who);
      if (who && *who)
        *delegate = g_steal_pointer (&who);
      else if (!at)
        {
          const char *p = strstr (text, "ผู้แทน") + strlen ("ผู้แทน");

          while (*p == ' ' || *p == ':')
            p++;
          if (*p)
            *delegate = g_strdup (p);
        }
      return "delegate";
    }
  /* A negation anywhere ("มาไม่ได้", "เข้าร่วมไม่ได้"): could not come. */
  if (strstr (s, "ไม่"))
    return "absent";
  if (g_str_has_prefix (s, "มา") || g_str_has_prefix (s, "เข้าร่วม"))
    {
      /* Only the forms of having come: "มาสาย", "มา (ประชุมผ่านระบบ)", "เข้าร่วมประชุม…";
       * anything else after "มา" ("มาแทน…", "มาจาก…") is no status, an error naming its line. */
      static const char *const ok_rest[] = {
        "", "สาย", "ประชุม", "ร่วมประชุม", "ด้วยตนเอง", "ตรงเวลา", "แล้ว", "ครบ",
      };
      const char *rest = s + (g_str_has_prefix (s, "มา") ? strlen ("มา") : strlen ("เข้าร่วม"));

      if (*rest == '(')
        return "present";
      for (guint i = 0; i < G_N_ELEMENTS (ok_rest); i++)
        if (g_str_has_prefix (rest, ok_rest[i]) && (*ok_rest[i] != '\0' || *rest == '\0'))
          return "present";
    }
  return "";
}

const char *
prs_import_parse_status (const char *text,
                         char      **delegate,
                         gboolean   *acting_chair)
{
  g_autofree char *s = squeeze (text);
  const char *status;

  *delegate = NULL;
  *acting_chair = FALSE;
  if (*s == '\0')
    return NULL;
  if (strstr (s, "ทำหน้าที่ประธาน") || strstr (s, "ประธานในที่ประชุม") || strstr (s, "actingchair")
      || strstr (s, "chairing") || g_str_equal (s, "chair") || g_str_equal (s, "acting"))
    {
      *acting_chair = TRUE;
      return "present";
    }
  if (g_str_has_prefix (s, "delegate"))
    {
      const char *p = strchr (text, ':');

      if (p == NULL)
        p = text + strlen ("delegate");
      else
        p++;
      *delegate = clean_text (p);
      return "delegate";
    }
  status = parse_status (text, delegate);
  return status;
}

static gboolean
is_mark (const char *text)
{
  g_autofree char *s = squeeze (text);

  return *s && !g_str_equal (s, "0") && !g_str_equal (s, "no") && !g_str_equal (s, "false")
         && !g_str_equal (s, "ไม่") && !g_str_equal (s, "ไม่ใช่") && !g_str_equal (s, "n")
         && !g_str_equal (s, "-");
}

static char *
line_error (guint line, const char *format, ...) G_GNUC_PRINTF (2, 3);

static char *
line_error (guint line, const char *format, ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  return g_strdup_printf (_("line %u: %s"), line, msg);
}

/* Without a header, each row's cells are read by what they hold: the first with
 * letters is the name; then a status word, a role, a position, a delegate. */
static void
guess_row_map (char **row, int map[N_COLS], gboolean attendance)
{
  for (int c = 0; c < N_COLS; c++)
    map[c] = -1;
  for (int i = 0; row && row[i]; i++)
    {
      const char *v = row[i];
      PrsMemberRole role;

      if (*v == '\0')
        continue;
      if (map[COL_NAME] < 0)
        {
          if (has_letters (v))
            map[COL_NAME] = i;
          continue;
        }
      if (attendance && map[COL_STATUS] < 0)
        {
          g_autofree char *who = NULL;
          const char *st = parse_status (v, &who);

          if (st && *st)
            {
              map[COL_STATUS] = i;
              continue;
            }
        }
      if (prs_name_parse_role (v, TRUE, &role))
        {
          if (map[COL_ROLE] < 0)
            map[COL_ROLE] = i;
          continue;
        }
      if (attendance && map[COL_DELEGATE] < 0 && starts_entry (v) && !g_ascii_isdigit (*v))
        {
          map[COL_DELEGATE] = i;
          continue;
        }
      if (map[COL_POSITION] < 0)
        map[COL_POSITION] = i;
      else if (attendance && map[COL_ACTING] < 0)
        map[COL_ACTING] = i;
    }
}

PrsImportPreview *
prs_import_roster_preview (GPtrArray *rows,
                           GError   **error)
{
  g_autoptr (PrsImportPreview) p = preview_new ();
  int map[N_COLS];
  int header = find_header (rows, map);
  int start = header + 1;

  (void) error;
  if (header < 0)
    {
      for (int c = 0; c < N_COLS; c++)
        map[c] = -1;
      map[COL_NAME] = 0;
      map[COL_POSITION] = 1;
      map[COL_ROLE] = 2;
      start = 0;
    }

  for (guint r = (guint) start; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      PrsImportLine *l;
      g_autofree char *name = NULL;
      g_autofree char *position = NULL;
      g_autofree char *role_text = NULL;
      g_autofree char *note = NULL;
      PrsMemberRole role = PRS_MEMBER_ROLE_MEMBER;
      gboolean has_role = FALSE;

      if (row_cells (row) == 0)
        continue;
      if (row_cells (row) == 1)
        {
          PrsNameLine nl;
          const char *only = first_cell (row);

          /* A heading, text around the list, or a whole line pasted into one cell. */
          if (section_status (only))
            continue;
          if (header < 0 && !names_someone (only))
            {
              g_ptr_array_add (p->notes, line_error (r + 1, _("skipped “%s”: not a name."), only));
              continue;
            }
          if (!prs_name_parse_line (only, &nl))
            {
              prs_name_line_clear (&nl);
              continue;
            }
          name = g_strdup (nl.name);
          position = g_strdup (nl.position);
          role_text = g_strdup (nl.role_text);
          has_role = nl.has_role;
          role = nl.has_role ? nl.role : PRS_MEMBER_ROLE_MEMBER;
          prs_name_line_clear (&nl);
        }
      else
        {
          if (header < 0)
            guess_row_map (row, map, FALSE);
          name = row_name (row, map);
          position = g_strdup (cell (row, map, COL_POSITION));
          role_text = g_strdup (cell (row, map, COL_ROLE));
          if (*name == '\0')
            continue;
          if (*role_text)
            {
              has_role = prs_name_parse_role (role_text, FALSE, &role);
              if (!has_role)
                {
                  g_ptr_array_add (p->errors,
                                   line_error (r + 1, _("“%s” is not a committee role (ประธานกรรมการ, รองประธานกรรมการ, กรรมการ, กรรมการและเลขานุการ, กรรมการและผู้ช่วยเลขานุการ …)."),
                                               role_text));
                  continue;
                }
            }
          else
            {
              /* "นางก ข กรรมการ" in one cell. */
              PrsNameLine nl;

              if (prs_name_parse_line (name, &nl) && nl.has_role)
                {
                  g_free (name);
                  name = g_strdup (nl.name);
                  has_role = TRUE;
                  role = nl.role;
                  g_free (role_text);
                  role_text = g_strdup (nl.role_text);
                  if (*position == '\0')
                    {
                      g_free (position);
                      position = g_strdup (nl.position);
                    }
                }
              prs_name_line_clear (&nl);
            }
        }
      {
        /* A list number typed in the name cell goes. */
        PrsNameLine nl;

        if (prs_name_parse_line (name, &nl))
          {
            g_free (name);
            name = g_strdup (nl.name);
          }
        prs_name_line_clear (&nl);
      }

      note = take_paren_note (name);
      l = g_new0 (PrsImportLine, 1);
      l->line = r + 1;
      l->typed_name = clean_text (name);
      l->seat = prs_name_looks_like_position (l->typed_name);
      /* "ผู้อำนวยการสำนัก… (นายก ข)": the post's seat, and who holds it now. */
      if (note && l->seat && !prs_name_looks_like_position (note))
        {
          g_autofree char *stripped = prs_name_strip_titles (note);

          if (strlen (stripped) < strlen (note))
            {
              l->holder = clean_text (note);
              g_clear_pointer (&note, g_free);
            }
        }
      if (note && *position == '\0')
        {
          g_free (position);
          position = g_steal_pointer (&note);
        }
      l->position = clean_text (position);
      l->role = g_strdup (role_key_of (role));
      l->role_title = g_strdup (has_role ? role_text : "");
      l->status = g_strdup ("");
      l->delegate = g_strdup ("");
      l->member_name = g_strdup ("");
      l->match = PRS_IMPORT_MATCH_EXACT;
      if (!has_role)
        g_ptr_array_add (p->notes, line_error (l->line, _("no role given; “%s” is taken as a member (กรรมการ)."),
                                               l->typed_name));
      g_ptr_array_add (p->lines, l);
    }
  if (p->lines->len == 0 && p->errors->len == 0)
    g_ptr_array_add (p->errors, g_strdup (_("the file lists no members (a name column, ชื่อ-สกุล, is needed).")));
  return g_steal_pointer (&p);
}

/* Normal form of a committee name or post, for comparing. */
static char *
post_key (const char *text)
{
  g_autofree char *norm = prs_name_normalise (text ? text : "");
  GString *out = g_string_new (NULL);

  for (const char *s = norm; *s; s++)
    if (*s != ' ')
      g_string_append_c (out, *s);
  return g_string_free (out, FALSE);
}

gint64
prs_import_roster_apply (PrsStore         *store,
                         const char       *name,
                         const char       *kind,
                         PrsImportPreview *preview,
                         GError          **error)
{
  g_autoptr (GError) local = NULL;
  gint64 committee;
  int next_order = 0;
  int rc;

  if (preview->errors->len > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           g_ptr_array_index (preview->errors, 0));
      return 0;
    }
  if (!prs_store_begin_edit (store, _("Import committee members"), error))
    return 0;
  committee = prs_meetings_find_committee (store, name, &local);
  if (committee == 0 && !g_error_matches (local, PRS_STORE_ERROR, PRS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      goto fail;
    }
  if (committee == 0)
    {
      committee = prs_store_insert (store, "committees", error,
                                    "name", PRS_TEXT (name),
                                    "kind", PRS_TEXT (kind ? kind : "ethics"), NULL);
      if (committee == 0)
        goto fail;
    }
  else if (kind != NULL
           && !prs_store_update (store, "committees", committee, error, "kind", PRS_TEXT (kind), NULL))
    goto fail;

  next_order = (int) prs_store_query_int (store, "SELECT 0", 0);
  {
    g_autoptr (PrsStatement) stmt = prs_store_prepare (store,
        "SELECT coalesce (max (sort_order), 0) FROM committee_members WHERE committee_id = ?1", error);

    if (stmt == NULL)
      goto fail;
    sqlite3_bind_int64 (stmt, 1, committee);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      next_order = sqlite3_column_int (stmt, 0);
    else if (!prs_store_step_done (store, rc, error))
      goto fail;
  }

  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];
      g_autofree char *want = post_key (l->typed_name);
      g_autoptr (PrsStatement) stmt = NULL;
      gint64 existing = 0;
      gint64 person;

      stmt = prs_store_prepare (store,
                                "SELECT id, outside_name, seat_position FROM committee_members"
                                " WHERE committee_id = ?1", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, committee);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *have_name = (const char *) sqlite3_column_text (stmt, 1);
          const char *have_seat = (const char *) sqlite3_column_text (stmt, 2);
          g_autofree char *k = post_key (have_seat && *have_seat ? have_seat : have_name);

          if (g_str_equal (k, want))
            {
              existing = sqlite3_column_int64 (stmt, 0);
              break;
            }
        }
      if (rc != SQLITE_ROW && !prs_store_step_done (store, rc, error))
        goto fail;
      /* A staff member matched in People (exactly, or closely and confirmed). */
      person = !l->seat && l->person_id
                      && (l->person_match == PRS_IMPORT_MATCH_EXACT
                          || (l->person_match == PRS_IMPORT_MATCH_CLOSE && l->person_confirmed))
                      ? l->person_id : 0;

      if (existing)
        {
          if (l->seat && l->holder && *l->holder
              && !prs_store_update (store, "committee_members", existing, error,
                                    "outside_name", PRS_TEXT (l->holder), NULL))
            goto fail;
          if (!prs_store_update (store, "committee_members", existing, error,
                                 "role", PRS_TEXT (l->role),
                                 "role_title", PRS_TEXT (l->role_title),
                                 "outside_position", PRS_TEXT (l->position), NULL))
            goto fail;
          if (person && !prs_store_update (store, "committee_members", existing, error,
                                           "person_id", PRS_INT (person), NULL))
            goto fail;
        }
      else if (prs_store_insert (store, "committee_members", error,
                                 "committee_id", PRS_INT (committee),
                                 "person_id", PRS_ID (person),
                                 "outside_name", PRS_TEXT (l->seat && l->holder && *l->holder
                                                           ? l->holder : l->typed_name),
                                 "outside_position", PRS_TEXT (l->position),
                                 "seat_position", PRS_TEXT (l->seat ? l->typed_name : ""),
                                 "role", PRS_TEXT (l->role),
                                 "role_title", PRS_TEXT (l->role_title),
                                 "sort_order", PRS_INT (++next_order), NULL) == 0)
        goto fail;
    }
  if (!prs_store_end_edit (store, error))
    return 0;
  return committee;

fail:
  prs_store_cancel_edit (store);
  return 0;
}

/* "นางสาวค ง (แทน นายก ข)", "นางสาวค ง ผู้แทนนายก ข": the member NAME who sent
 * DELEGATE. FALSE (nothing set) when TEXT names no one stood in for; "แทน" inside a
 * name ("แทนคุณ") does not count: a titled name must follow it. */
static gboolean
split_stand_in (const char *text, char **member, char **delegate)
{
  const char *at = text;

  while ((at = strstr (at, "แทน")) != NULL)
    {
      const char *before = at;
      const char *after = at + strlen ("แทน");
      g_autofree char *rest = NULL;
      g_autofree char *stripped = NULL;
      const char *close;

      if (before >= text + strlen ("ผู้") && strncmp (before - strlen ("ผู้"), "ผู้", strlen ("ผู้")) == 0)
        before -= strlen ("ผู้");
      if (!(before == text || before[-1] == ' ' || before[-1] == '('))
        {
          at = after;
          continue;
        }
      while (*after == ' ' || *after == ':')
        after++;
      close = strchr (after, ')');
      rest = close ? g_strndup (after, (gsize) (close - after)) : g_strdup (after);
      g_strstrip (rest);
      stripped = prs_name_strip_titles (rest);
      /* A titled name, or in brackets a post: "(แทน ผู้อำนวยการสำนัก…)". */
      if (*rest == '\0'
          || (strlen (stripped) == strlen (rest)
              && !(before == at && before > text && before[-1] == '('
                   && prs_name_looks_like_position (rest))))
        {
          at = at + strlen ("แทน");
          continue;
        }
      while (before > text && (before[-1] == ' ' || before[-1] == '('))
        before--;
      if (before == text)
        return FALSE;
      *member = g_steal_pointer (&rest);
      *delegate = g_strndup (text, (gsize) (before - text));
      g_strstrip (*delegate);
      return TRUE;
    }
  return FALSE;
}

/* Moves a trailing "(…)" of NAME (a note such as "(ประธาน)" or "(ผู้ทรงคุณวุฒิ)") out;
 * returns the note, or NULL. NAME is changed in place. */
static char *
take_paren_note (char *name)
{
  gsize len = strlen (name);
  char *open;

  while (len > 0 && name[len - 1] == ' ')
    name[--len] = '\0';
  if (len == 0 || name[len - 1] != ')')
    return NULL;
  open = strrchr (name, '(');
  if (open == NULL || open == name)
    return NULL;
  {
    char *note = g_strndup (open + 1, (gsize) (name + len - 1 - (open + 1)));

    *open = '\0';
    g_strchomp (name);
    return g_strstrip (note);
  }
}

/* ------------------------------------------------------------ attendance */

/* Does the typed POSITION name the post of SEAT? Equal, one the start of the other, or
 * the same first word ("ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร …"). */
static gboolean
post_matches (const char *seat, const char *position)
{
  g_autofree char *a = post_key (seat);
  g_autofree char *b = post_key (position);
  g_autofree char *a1 = NULL;
  g_autofree char *b1 = NULL;
  const char *sp;

  if (*a == '\0' || *b == '\0')
    return FALSE;
  if (g_str_equal (a, b) || g_str_has_prefix (a, b) || g_str_has_prefix (b, a))
    return g_utf8_strlen (MIN (strlen (a), strlen (b)) == strlen (a) ? a : b, -1) >= 8;
  sp = strchr (seat, ' ');
  if (sp)
    {
      g_autofree char *head = g_strndup (seat, (gsize) (sp - seat));

      a1 = post_key (head);
    }
  else
    a1 = g_strdup (a);
  sp = strchr (position, ' ');
  b1 = sp ? g_strndup (position, (gsize) (sp - position)) : g_strdup (position);
  {
    g_autofree char *b1k = post_key (b1);

    return g_utf8_strlen (a1, -1) >= 8 && g_str_equal (a1, b1k);
  }
}

/* A head of a unit: a post one person holds at a time. */
static gboolean
is_head_post (const char *position)
{
  static const char *const heads[] = {
    "ผู้อำนวยการ", "หัวหน้า", "อธิบดี", "รองอธิบดี", "เลขานุการกรม", "ผู้ตรวจราชการ",
    "ผู้บัญชาการ", "ผู้ว่าราชการ", "ปลัด", "รองปลัด", "เลขาธิการ", "รองเลขาธิการ",
  };

  if (position == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    if (g_str_has_prefix (position, heads[i]))
      return TRUE;
  return FALSE;
}

PrsImportPreview *
prs_import_attendance_preview (PrsStore  *store,
                               gint64     meeting_id,
                               GPtrArray *rows,
                               GError   **error)
{
  g_autoptr (PrsMeetingInfo) info = prs_meetings_load (store, meeting_id, error);
  g_autoptr (PrsImportPreview) p = NULL;
  g_autoptr (GPtrArray) roster = NULL;
  g_autofree int *claimed = NULL;
  int map[N_COLS];
  int header;
  guint start;
  const char *section = NULL;
  PrsNameMatchOptions opts = { 0.8, 0.05, TRUE };

  if (info == NULL)
    return NULL;
  p = preview_new ();
  header = find_header (rows, map);
  start = header < 0 ? 0 : (guint) header + 1;
  if (header < 0)
    {
      for (int c = 0; c < N_COLS; c++)
        map[c] = -1;
      map[COL_NAME] = 0;
      map[COL_STATUS] = 1;
      map[COL_DELEGATE] = 2;
      map[COL_POSITION] = 3;
      map[COL_ACTING] = 4;
    }

  roster = g_ptr_array_new ();
  for (guint i = 0; i < info->seats->len; i++)
    {
      PrsMeetingSeat *s = info->seats->pdata[i];

      /* A post's seat is matched by the post, or by its holder's name when the
       * roster gave it ("ผู้อำนวยการ… (นายก ข)"). */
      g_ptr_array_add (roster, s->seat && g_strcmp0 (s->name, s->position) == 0 ? (char *) "" : s->name);
    }
  claimed = g_new0 (int, info->seats->len + 1);

  for (guint r = start; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      g_autofree char *name = NULL;
      g_autofree char *position = NULL;
      g_autofree char *delegate = NULL;
      g_autofree char *status_text = NULL;
      const char *status = NULL;
      gboolean acting = FALSE;
      PrsImportLine *l;
      int seat = -1;
      PrsNameMatch m = { PRS_NAME_MATCH_NONE, -1, 0.0, -1, 0.0, -1 };

      if (row_cells (row) == 0)
        continue;
      if (row_cells (row) == 1 && section_status (first_cell (row)))
        {
          section = section_status (first_cell (row));
          continue;
        }
      if (row_cells (row) == 1 && (header < 0 || !*cell (row, map, COL_NAME)))
        {
          PrsNameLine nl;
          g_autofree char *text = g_strdup (first_cell (row));
          static const char *const acting_words[] = {
            "ทำหน้าที่ประธานในที่ประชุม", "ทำหน้าที่ประธาน", "ประธานในที่ประชุม",
          };

          /* Text around the lists (the heading block, "ณ ห้องประชุม …") is no one. */
          if (!names_someone (text))
            {
              g_ptr_array_add (p->notes, line_error (r + 1, _("skipped “%s”: not a name."), text));
              continue;
            }
          /* "รองประธานกรรมการ ทำหน้าที่ประธานในที่ประชุม": an acting chair. */
          for (guint k = 0; k < G_N_ELEMENTS (acting_words); k++)
            {
              char *at = strstr (text, acting_words[k]);

              if (at)
                {
                  acting = TRUE;
                  memmove (at, at + strlen (acting_words[k]), strlen (at + strlen (acting_words[k])) + 1);
                }
            }
          if (!prs_name_parse_line (text, &nl))
            {
              prs_name_line_clear (&nl);
              continue;
            }
          if (*nl.delegate == '\0' && split_stand_in (nl.name, &name, &delegate))
            ;
          else
            {
              name = g_strdup (nl.name);
              delegate = g_strdup (nl.delegate);
            }
          position = g_strdup (nl.position);
          status_text = g_strdup ("");
          prs_name_line_clear (&nl);
        }
      else
        {
          g_autofree char *raw = NULL;
          g_autofree char *note_delegate = NULL;

          if (header < 0)
            guess_row_map (row, map, TRUE);
          raw = row_name (row, map);

          if (section_status (raw) && row_cells (row) == 1)
            continue;
          if (*raw == '\0')
            continue;
          if (!split_stand_in (raw, &name, &delegate))
            prs_name_split_delegate (raw, &name, &delegate);
          {
            PrsNameLine nl;

            if (prs_name_parse_line (name, &nl))
              {
                g_free (name);
                name = g_strdup (nl.name);
              }
            prs_name_line_clear (&nl);
          }
          position = g_strdup (cell (row, map, COL_POSITION));
          status_text = g_strdup (cell (row, map, COL_STATUS));
          if (*cell (row, map, COL_DELEGATE))
            {
              g_free (delegate);
              delegate = g_strdup (cell (row, map, COL_DELEGATE));
              g_strstrip (delegate);
            }
          acting = is_mark (cell (row, map, COL_ACTING));
          if (*status_text == '\0' && *cell (row, map, COL_NOTE))
            {
              const char *st = parse_status (cell (row, map, COL_NOTE), &note_delegate);

              if (st && *st)
                {
                  g_free (status_text);
                  status_text = g_strdup (cell (row, map, COL_NOTE));
                }
            }
          /* A tick under "มา", "ไม่มา" or "ลา". */
          if (*status_text == '\0')
            {
              static const struct { Column col; const char *status; } marks[] = {
                { COL_MARK_PRESENT, "มา" }, { COL_MARK_ABSENT, "ไม่มา" }, { COL_MARK_LEAVE, "ลา" },
              };

              for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
                if (is_mark (cell (row, map, marks[k].col)))
                  {
                    g_free (status_text);
                    status_text = g_strdup (marks[k].status);
                    break;
                  }
            }
          /* "นางสมศรี มีสุขดี (ลา)" copied from the minutes' list of those absent,
           * the status cell blank: the note in brackets is the status. */
          if (*status_text == '\0' && name != NULL && strchr (name, '(') != NULL)
            {
              g_autofree char *copy = g_strdup (name);
              g_autofree char *note = take_paren_note (copy);
              g_autofree char *note_from = NULL;
              const char *st = note ? parse_status (note, &note_from) : NULL;

              if (st && *st && !g_str_equal (st, "present"))
                {
                  g_free (status_text);
                  status_text = g_steal_pointer (&note);
                  g_free (name);
                  name = g_steal_pointer (&copy);
                }
            }
        }

      {
        g_autofree char *from_status = NULL;

        status = parse_status (status_text, &from_status);
        if (status && *status == '\0')
          {
            g_ptr_array_add (p->errors,
                             line_error (r + 1, _("“%s” is not an attendance status (มา / present, ไม่มา / absent, ลา / leave, มอบหมาย / delegate, ผู้เข้าร่วมประชุม / guest)."),
                                         status_text));
            continue;
          }
        if (from_status && (delegate == NULL || *delegate == '\0'))
          {
            g_free (delegate);
            delegate = g_steal_pointer (&from_status);
          }
      }
      if (status == NULL)
        {
          if (delegate && *delegate && g_strcmp0 (section, "guest") != 0)
            status = "delegate";
          else if (section)
            status = section;
          else
            status = "present";
        }
      /* A delegate's name beside "absent" or "present": the delegate came. */
      if ((g_str_equal (status, "absent") || g_str_equal (status, "present")) && delegate && *delegate
          && !acting)
        status = "delegate";

      {
        g_autofree char *note = take_paren_note (name);

        if (note && (strstr (note, "ทำหน้าที่ประธาน") || strstr (note, "ประธานในที่ประชุม")))
          acting = TRUE;
      }
      l = g_new0 (PrsImportLine, 1);
      l->line = r + 1;
      l->typed_name = clean_text (name);
      l->position = clean_text (position);
      l->role = g_strdup ("");
      l->role_title = g_strdup ("");
      l->status = g_strdup (status);
      l->delegate = clean_text (delegate);
      l->acting_chair = acting;
      l->member_name = g_strdup ("");
      g_ptr_array_add (p->lines, l);

      if (g_str_equal (status, "guest"))
        {
          /* A member listed among those invited (ผู้เข้าร่วมประชุม) attended for
           * their seat: present, said so — not a guest with the seat absent. */
          const char *typed[1] = { l->typed_name };
          g_autoptr (GArray) res = prs_names_match (typed, 1, (const char *const *) roster->pdata,
                                                    roster->len, &opts);
          PrsNameMatch gm = g_array_index (res, PrsNameMatch, 0);

          if (gm.kind != PRS_NAME_MATCH_EXACT || claimed[gm.roster_index] > 0)
            {
              l->match = PRS_IMPORT_MATCH_GUEST;
              p->n_guests++;
              continue;
            }
          g_ptr_array_add (p->notes,
                           line_error (l->line, _("“%s” is listed as a guest (ผู้เข้าร่วมประชุม) but is on the roster of %s; recorded as present for that seat."),
                                       l->typed_name, info->committee_name));
          status = "present";
          g_free (l->status);
          l->status = g_strdup (status);
        }
      if (g_str_equal (status, "delegate") && *l->delegate == '\0')
        {
          g_ptr_array_add (p->errors, line_error (l->line, _("“%s” sent a delegate (มอบหมาย) but the delegate's name is missing."),
                                                  l->typed_name));
          continue;
        }

      /* By name first, then by post. */
      {
        const char *typed[1] = { l->typed_name };
        g_autoptr (GArray) res = prs_names_match (typed, 1, (const char *const *) roster->pdata,
                                                  roster->len, &opts);

        m = g_array_index (res, PrsNameMatch, 0);
      }
      if (m.kind == PRS_NAME_MATCH_EXACT || m.kind == PRS_NAME_MATCH_CLOSE)
        seat = m.roster_index;
      else
        {
          for (guint i = 0; i < info->seats->len; i++)
            {
              PrsMeetingSeat *s = info->seats->pdata[i];

              if (s->seat && (post_matches (s->position, l->position)
                              || post_matches (s->position, l->typed_name)))
                {
                  seat = (int) i;
                  m.kind = PRS_NAME_MATCH_EXACT;
                  m.confidence = 1.0;
                  break;
                }
            }
        }

      /* "นางสาวก ข  ผู้แทนผู้อำนวยการสำนัก…  กรรมการ", as minutes list a
       * representative among those present: a delegate for the seat named after
       * ผู้แทน, by post or by name. */
      if (seat < 0 && m.kind == PRS_NAME_MATCH_NONE && *l->delegate == '\0'
          && g_str_has_prefix (l->position, "ผู้แทน"))
        {
          g_autofree char *whom = g_strstrip (g_strdup (l->position + strlen ("ผู้แทน")));
          const char *typed[1] = { whom };
          g_autoptr (GArray) res = NULL;
          PrsNameMatch wm;
          int found = -1;

          if (*whom)
            {
              res = prs_names_match (typed, 1, (const char *const *) roster->pdata, roster->len, &opts);
              wm = g_array_index (res, PrsNameMatch, 0);
              if (wm.kind == PRS_NAME_MATCH_EXACT)
                found = wm.roster_index;
              for (guint i = 0; found < 0 && i < info->seats->len; i++)
                {
                  PrsMeetingSeat *s = info->seats->pdata[i];

                  if (s->seat && post_matches (s->position, whom))
                    found = (int) i;
                }
            }
          if (found >= 0)
            {
              seat = found;
              m.kind = PRS_NAME_MATCH_EXACT;
              m.confidence = 1.0;
              g_free (l->delegate);
              l->delegate = g_steal_pointer (&l->typed_name);
              l->typed_name = g_steal_pointer (&whom);
              g_free (l->position);
              l->position = g_strdup ("");
              if (!g_str_equal (l->status, "absent") && !g_str_equal (l->status, "leave"))
                {
                  g_free (l->status);
                  l->status = g_strdup ("delegate");
                }
            }
        }

      /* A post held by someone new: the member appointed by name who held the same
       * head-of-unit post, if only one did — a close match, to be confirmed. */
      if (seat < 0 && m.kind == PRS_NAME_MATCH_NONE && is_head_post (l->position))
        {
          int found = -1;
          guint n_found = 0;

          for (guint i = 0; i < info->seats->len; i++)
            {
              PrsMeetingSeat *s = info->seats->pdata[i];

              if (!s->seat && is_head_post (s->position) && post_matches (s->position, l->position))
                {
                  found = (int) i;
                  n_found++;
                }
            }
          if (n_found == 1)
            {
              seat = found;
              m.kind = PRS_NAME_MATCH_CLOSE;
              m.confidence = 0.8;
            }
        }

      if (seat < 0)
        {
          if (m.kind == PRS_NAME_MATCH_AMBIGUOUS)
            {
              PrsMeetingSeat *a = info->seats->pdata[m.roster_index];
              PrsMeetingSeat *b = info->seats->pdata[m.runner_up_index];

              g_ptr_array_add (p->errors,
                               line_error (l->line, _("“%s” could be “%s” or “%s”; write the name as the roster has it."),
                                           l->typed_name, a->name, b->name));
            }
          else
            {
              g_autofree char *hint = NULL;

              if (m.roster_index >= 0 && m.confidence >= 0.6)
                hint = g_strdup_printf (_(" (closest: “%s”)"),
                                        ((PrsMeetingSeat *) info->seats->pdata[m.roster_index])->name);
              g_ptr_array_add (p->errors,
                               line_error (l->line, _("“%s” is not a member of %s%s; if this person was invited, give the status ผู้เข้าร่วมประชุม / guest."),
                                           l->typed_name, info->committee_name, hint ? hint : ""));
            }
          l->match = PRS_IMPORT_MATCH_UNKNOWN;
          p->n_unknown++;
          continue;
        }

      {
        PrsMeetingSeat *s = info->seats->pdata[seat];

        if (claimed[seat] > 0)
          {
            g_ptr_array_add (p->errors,
                             line_error (l->line, _("“%s” is “%s” again, already given on line %d."),
                                         l->typed_name, s->name, claimed[seat]));
            continue;
          }
        claimed[seat] = (int) l->line;
        l->member_id = s->member_id;
        g_free (l->member_name);
        l->member_name = g_strdup (s->name);
        g_free (l->role);
        l->role = g_strdup (s->role);
        l->confidence = m.confidence;
        l->match = m.kind == PRS_NAME_MATCH_EXACT ? PRS_IMPORT_MATCH_EXACT : PRS_IMPORT_MATCH_CLOSE;
        if (l->match == PRS_IMPORT_MATCH_EXACT)
          p->n_exact++;
        else
          p->n_close++;
        if (acting && !g_str_equal (status, "present"))
          g_ptr_array_add (p->errors, line_error (l->line, _("“%s” is marked acting chair but did not attend."),
                                                  l->typed_name));
      }
    }

  /* One acting chair at most, and only when the chair is away. */
  {
    PrsImportLine *acting = NULL;
    gboolean chair_present = FALSE;

    for (guint i = 0; i < p->lines->len; i++)
      {
        PrsImportLine *l = p->lines->pdata[i];

        if (l->member_id == 0)
          continue;
        if (g_str_equal (l->role, PRS_ROLE_CHAIR) && g_str_equal (l->status, "present") && !l->acting_chair)
          chair_present = TRUE;
        if (l->acting_chair && g_str_equal (l->status, "present"))
          {
            if (acting)
              g_ptr_array_add (p->errors, line_error (l->line, _("“%s” is a second acting chair (the first is on line %u)."),
                                                      l->typed_name, acting->line));
            else
              acting = l;
          }
      }
    if (acting && chair_present && !g_str_equal (acting->role, PRS_ROLE_CHAIR))
      g_ptr_array_add (p->errors, line_error (acting->line, _("“%s” is marked acting chair but the chair attended."),
                                              acting->typed_name));
  }

  if (p->lines->len == 0 && p->errors->len == 0)
    g_ptr_array_add (p->errors, g_strdup (_("the file lists nobody (a name column, ชื่อ-สกุล, is needed).")));
  return g_steal_pointer (&p);
}

gboolean
prs_import_attendance_apply (PrsStore         *store,
                             gint64            meeting_id,
                             PrsImportPreview *preview,
                             gboolean          accept_close,
                             GError          **error)
{
  int order = 0;
  int guest_order = 0;

  if (preview->errors->len > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           g_ptr_array_index (preview->errors, 0));
      return FALSE;
    }
  if (preview->n_close > 0 && !accept_close)
    {
      g_set_error (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                   g_dngettext (NULL, "%u name only closely matches a member; confirm it (--accept-close) or correct it.",
                                "%u names only closely match members; confirm them (--accept-close) or correct them.",
                                preview->n_close), preview->n_close);
      return FALSE;
    }
  if (!prs_store_begin_edit (store, _("Import attendance"), error))
    return FALSE;
  if (!prs_store_execute (store, error, "DELETE FROM attendance WHERE meeting_id = ?1",
                          PRS_INT (meeting_id), PRS_VALUE_END)
      || !prs_store_execute (store, error, "DELETE FROM guests WHERE meeting_id = ?1",
                             PRS_INT (meeting_id), PRS_VALUE_END))
    goto fail;
  for (guint i = 0; i < preview->lines->len; i++)
    {
      PrsImportLine *l = preview->lines->pdata[i];

      if (l->match == PRS_IMPORT_MATCH_GUEST)
        {
          if (prs_store_insert (store, "guests", error,
                                "meeting_id", PRS_INT (meeting_id),
                                "name", PRS_TEXT (l->typed_name),
                                "position", PRS_TEXT (l->position),
                                "sort_order", PRS_INT (++guest_order), NULL) == 0)
            goto fail;
          continue;
        }
      if (prs_store_insert (store, "attendance", error,
                            "meeting_id", PRS_INT (meeting_id),
                            "member_id", PRS_INT (l->member_id),
                            "status", PRS_TEXT (l->status),
                            "delegate_name", PRS_TEXT (l->delegate),
                            "acting_chair", PRS_BOOL (l->acting_chair),
                            "attendee_name", PRS_TEXT (l->typed_name),
                            "attendee_position", PRS_TEXT (l->position),
                            "match", PRS_TEXT (l->match == PRS_IMPORT_MATCH_CLOSE ? "close" : "exact"),
                            "sort_order", PRS_INT (++order), NULL) == 0)
        goto fail;
    }
  return prs_store_end_edit (store, error);

fail:
  prs_store_cancel_edit (store);
  return FALSE;
}
