/* test-names.c: Thai name normalisation, distance and roster matching
 *
 * All names here are invented.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-core.h"

static void
check_norm (const char *in, const char *expected)
{
  g_autofree char *out = prs_name_normalise (in);

  g_test_message ("normalising “%s”", in);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_normalise_titles (void)
{
  check_norm ("นายสมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("นาย สมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("นางสาวมาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("นางมาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("น.ส.มาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("น.ส. มาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("ดร.ปรีชา ฉลาดล้ำ", "ปรีชา ฉลาดล้ำ");
  check_norm ("ผศ.ดร.ปรีชา ฉลาดล้ำ", "ปรีชา ฉลาดล้ำ");
  check_norm ("รศ. ดร. ปรีชา ฉลาดล้ำ", "ปรีชา ฉลาดล้ำ");
  check_norm ("ศ.ปรีชา ฉลาดล้ำ", "ปรีชา ฉลาดล้ำ");
  check_norm ("ร้อยตรีกล้า หาญยิ่ง", "กล้า หาญยิ่ง");
  check_norm ("ร.ต. กล้า หาญยิ่ง", "กล้า หาญยิ่ง");
  check_norm ("ว่าที่ร้อยตรีกล้า หาญยิ่ง", "กล้า หาญยิ่ง");
  check_norm ("ว่าที่ ร.ต. กล้า หาญยิ่ง", "กล้า หาญยิ่ง");
  check_norm ("พันตำรวจโทวีระ กล้าหาญ", "วีระ กล้าหาญ");
  check_norm ("พ.ต.ท.วีระ กล้าหาญ", "วีระ กล้าหาญ");
  check_norm ("พ.ต.ท. ดร.วีระ กล้าหาญ", "วีระ กล้าหาญ");
  check_norm ("ร.ต.อ. วีระ กล้าหาญ", "วีระ กล้าหาญ");
  check_norm ("พล.ต.ต. วีระ กล้าหาญ", "วีระ กล้าหาญ");
  check_norm ("นาวาเอก สมุทร ทะเลใส ร.น.", "สมุทร ทะเลใส");
  check_norm ("Mr. Somchai Jaidee", "somchai jaidee");
  /* names that begin like a title keep their first letters */
  check_norm ("คุณากร ศรีสุข", "คุณากร ศรีสุข");
  check_norm ("คุณ คุณากร ศรีสุข", "คุณากร ศรีสุข");
  check_norm ("ดรุณี ใจงาม", "ดรุณี ใจงาม");
  check_norm ("ว่าที่ ใจดี", "ว่าที่ ใจดี");
  check_norm ("นาย", "นาย"); /* a title alone is left as it is */
  check_norm ("", "");
}

static void
test_normalise_text (void)
{
  /* spaces collapsed and trimmed, tabs and NBSP too */
  check_norm ("  สมชาย\t\t ใจดี \xc2\xa0", "สมชาย ใจดี");
  /* zero-width characters removed */
  check_norm ("สม\xe2\x80\x8bชาย ใจ\xe2\x80\x8c" "ดี\xef\xbb\xbf", "สมชาย ใจดี");
  check_norm ("ส\xe2\x80\x8dม", "สม");
  /* nikhahit + sara aa composed: น ํ า -> น ำ ; with a tone mark in either order */
  check_norm ("\xe0\xb8\x99\xe0\xb9\x8d\xe0\xb8\xb2", "\xe0\xb8\x99\xe0\xb8\xb3");
  check_norm ("น\xe0\xb9\x8d\xe0\xb9\x89\xe0\xb8\xb2", "น้ำ");
  check_norm ("น\xe0\xb9\x89\xe0\xb9\x8d\xe0\xb8\xb2", "น้ำ");
  check_norm ("ฉลาดล\xe0\xb9\x89\xe0\xb9\x8d\xe0\xb8\xb2", "ฉลาดล้ำ");
  /* tone mark before an upper vowel is put after it, doubled marks dropped */
  check_norm ("ก\xe0\xb9\x88\xe0\xb8\xb4", "กิ่");
  check_norm ("ก\xe0\xb9\x88\xe0\xb9\x88", "ก่");
  /* invalid UTF-8 does not crash */
  {
    g_autofree char *s = prs_name_normalise ("\xff\xfe สมชาย");

    g_assert_true (g_utf8_validate (s, -1, NULL));
  }
}

static void
test_strip_titles (void)
{
  g_autofree char *a = prs_name_strip_titles ("พ.ต.ท. ดร.สมหมาย  ใจกล้า");
  g_autofree char *b = prs_name_strip_titles ("Mr Somchai");

  g_assert_cmpstr (a, ==, "สมหมาย ใจกล้า");
  g_assert_cmpstr (b, ==, "Somchai"); /* case kept */
}

static void
test_clusters (void)
{
  g_auto (GStrv) c = prs_name_clusters ("น้ำใจ");
  g_auto (GStrv) d = prs_name_clusters ("กิ่งณ์");
  g_auto (GStrv) e = prs_name_clusters ("");

  g_assert_cmpuint (g_strv_length (c), ==, 3);
  g_assert_cmpstr (c[0], ==, "น้ำ");
  g_assert_cmpstr (c[1], ==, "ใ");
  g_assert_cmpstr (c[2], ==, "จ");
  g_assert_cmpuint (g_strv_length (d), ==, 3);
  g_assert_cmpstr (d[0], ==, "กิ่");
  g_assert_cmpstr (d[2], ==, "ณ์");
  g_assert_cmpuint (g_strv_length (e), ==, 0);
}

static void
test_distance (void)
{
  g_assert_cmpuint (prs_name_distance ("สมชาย", "สมชาย"), ==, 0);
  g_assert_cmpuint (prs_name_distance ("", "สมชาย"), ==, 5);
  g_assert_cmpuint (prs_name_distance ("สมชาย", ""), ==, 5);
  /* one missing tone mark is one edit on clusters, not a deletion of a code point */
  g_assert_cmpuint (prs_name_distance ("ใจกล้า", "ใจกลา"), ==, 1);
  g_assert_cmpuint (prs_name_distance ("ณ", "ณ์"), ==, 1);
  g_assert_cmpuint (prs_name_distance ("สมชาย", "สมชาติ"), ==, 1); /* ย -> ติ */
  g_assert_cmpuint (prs_name_distance ("สมชาย", "สมชัย"), ==, 2);
  g_assert_cmpuint (prs_name_distance ("abc", "acb"), ==, 2);
  g_assert_cmpuint (prs_name_distance ("kitten", "sitting"), ==, 3);
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (prs_name_similarity ("นายสมชาย ใจดี", "สมชาย  ใจดี"), ==, 1.0);
  g_assert_cmpfloat (prs_name_similarity ("สมชาย ใจดี", "สมชายใจดี"), ==, 1.0);
  g_assert_cmpfloat (prs_name_similarity ("", "สมชาย"), ==, 0.0);
  g_assert_cmpfloat (prs_name_similarity ("นาย", "นาย"), ==, 1.0);
  /* same base letter, other mark: half an edit */
  g_assert_cmpfloat (prs_name_similarity ("ณ อยุธยา", "ณ์ อยุธยา"), >,
                     prs_name_similarity ("ณ อยุธยา", "ย อยุธยา"));
  g_assert_cmpfloat (prs_name_similarity ("สมชาย ใจดี", "สมหญิง รักสงบ"), <, 0.5);
}

static const char *const roster[] = {
  "นายสมชาย ใจดี",          /* 0 */
  "นางสาวมาลี ดีงาม",        /* 1 */
  "ผศ.ดร.ปรีชา ฉลาดล้ำ",      /* 2 */
  "ร้อยตรีกล้า หาญยิ่ง",       /* 3 */
  "นายวิชัย ศรีสุข",          /* 4 */
  "นายวิชิต ศรีสุข",          /* 5 */
  "นางบุษบา ณ อยุธยา",       /* 6 */
  "นายสมศักดิ์ มั่นคง",       /* 7 */
  "นายสมศักดิ์ มั่นคง",       /* 8: a namesake */
  "นายสมพร แก้วใส",          /* 9 */
  "นายสมพล แก้วใส",          /* 10 */
};

static void
test_match (void)
{
  const char *typed[] = {
    "สมชาย ใจดี",              /* 0 exact after titles */
    "น.ส. มาลี  ดีงาม",          /* 1 exact */
    "ปรีชา ฉลาดลํ้า",           /* 2 exact after ํ+้+า composition */
    "ร.ต.กล้า หาญยิง",          /* 3 close: missing tone mark */
    "วิชัย ศรีสุข",              /* 4 exact although วิชิต is close */
    "สมพ แก้วใส",               /* 5 ambiguous: สมพร or สมพล */
    "บุษบา ณ์อยุธยา",           /* 6 close */
    "สมศักดิ์ มั่นคง",           /* 7 two roster entries with that name */
    "ประยุทธ์ ไม่มีชื่อ",          /* 8 unmatched */
    "",                        /* 9 empty */
    "นายสมชาย ใจดี",           /* 10 same person again */
    "สม\xe2\x80\x8bชาย ใจดี",   /* 11 zero-width space: exact, and a duplicate */
    "วิชย ศรีสุข",               /* 12 close to วิชัย: only a mark is missing */
  };
  g_autoptr (GArray) res = prs_names_match (typed, G_N_ELEMENTS (typed), roster,
                                            G_N_ELEMENTS (roster), NULL);
  const PrsNameMatch *m = (const PrsNameMatch *) (gpointer) res->data;

  g_assert_cmpuint (res->len, ==, G_N_ELEMENTS (typed));

  g_assert_cmpint (m[0].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[0].roster_index, ==, 0);
  g_assert_cmpfloat (m[0].confidence, ==, 1.0);
  g_assert_cmpint (m[0].duplicate_of, ==, -1);

  g_assert_cmpint (m[1].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[1].roster_index, ==, 1);

  g_assert_cmpint (m[2].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[2].roster_index, ==, 2);

  g_assert_cmpint (m[3].kind, ==, PRS_NAME_MATCH_CLOSE);
  g_assert_cmpint (m[3].roster_index, ==, 3);
  g_assert_cmpfloat (m[3].confidence, <, 1.0);
  g_assert_cmpfloat (m[3].confidence, >=, 0.9);

  g_assert_cmpint (m[4].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[4].roster_index, ==, 4);
  g_assert_cmpint (m[4].runner_up_index, ==, 5);

  g_assert_cmpint (m[5].kind, ==, PRS_NAME_MATCH_AMBIGUOUS);
  g_assert_true ((m[5].roster_index == 9 && m[5].runner_up_index == 10)
                 || (m[5].roster_index == 10 && m[5].runner_up_index == 9));

  g_assert_cmpint (m[6].kind, ==, PRS_NAME_MATCH_CLOSE);
  g_assert_cmpint (m[6].roster_index, ==, 6);

  g_assert_cmpint (m[7].kind, ==, PRS_NAME_MATCH_AMBIGUOUS);
  g_assert_cmpfloat (m[7].confidence, ==, 1.0);
  g_assert_cmpfloat (m[7].runner_up_confidence, ==, 1.0);

  g_assert_cmpint (m[8].kind, ==, PRS_NAME_MATCH_NONE);
  g_assert_cmpfloat (m[8].confidence, <, 0.8);

  g_assert_cmpint (m[9].kind, ==, PRS_NAME_MATCH_NONE);
  g_assert_cmpint (m[9].roster_index, ==, -1);

  g_assert_cmpint (m[10].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[10].roster_index, ==, 0);
  g_assert_cmpint (m[10].duplicate_of, ==, 0);

  g_assert_cmpint (m[11].kind, ==, PRS_NAME_MATCH_EXACT);
  g_assert_cmpint (m[11].duplicate_of, ==, 0);

  g_assert_cmpint (m[12].kind, ==, PRS_NAME_MATCH_CLOSE);
  g_assert_cmpint (m[12].roster_index, ==, 4);
  g_assert_cmpint (m[12].runner_up_index, ==, 5);
  g_assert_cmpint (m[12].duplicate_of, ==, 4);
}

static void
test_match_options (void)
{
  const char *typed[] = { "สมชา ใจดี" };
  PrsNameMatchOptions strict = { 0.95, 0.05 };
  PrsNameMatchOptions loose = { 0.5, 0.05 };
  g_autoptr (GArray) a = prs_names_match (typed, 1, roster, G_N_ELEMENTS (roster), &strict);
  g_autoptr (GArray) b = prs_names_match (typed, 1, roster, G_N_ELEMENTS (roster), &loose);

  g_assert_cmpint (g_array_index (a, PrsNameMatch, 0).kind, ==, PRS_NAME_MATCH_NONE);
  g_assert_cmpint (g_array_index (a, PrsNameMatch, 0).roster_index, ==, 0); /* still a hint */
  g_assert_cmpint (g_array_index (b, PrsNameMatch, 0).kind, ==, PRS_NAME_MATCH_CLOSE);
  g_assert_cmpint (g_array_index (b, PrsNameMatch, 0).roster_index, ==, 0);
}

static void
test_match_empty_roster (void)
{
  const char *typed[] = { "สมชาย ใจดี" };
  g_autoptr (GArray) res = prs_names_match (typed, 1, NULL, 0, NULL);

  g_assert_cmpuint (res->len, ==, 1);
  g_assert_cmpint (g_array_index (res, PrsNameMatch, 0).kind, ==, PRS_NAME_MATCH_NONE);
  g_assert_cmpint (g_array_index (res, PrsNameMatch, 0).roster_index, ==, -1);
}

static void
test_list_numbers (void)
{
  check_norm ("๑. นางสาวมาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("12. นายสมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("(๓) นายสมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("3) ดร.สมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("- นายสมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("๑๐.นาย\u200bสมชาย  ใจ\u200bดี", "สมชาย ใจดี");
  check_norm ("พล.ต.ต.สมชาย ใจดี", "สมชาย ใจดี");
  check_norm ("ร.ต.อ.หญิง มาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("พันตำรวจโทหญิงมาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("นส.มาลี ดีงาม", "มาลี ดีงาม");
  check_norm ("นางหญิงใจ ดีงาม", "หญิงใจ ดีงาม");
}

static void
test_parse_role (void)
{
  static const struct { const char *text; PrsMemberRole role; } ok[] = {
    { "ประธานกรรมการ", PRS_MEMBER_ROLE_CHAIR },
    { "ประธานคณะกรรมการ", PRS_MEMBER_ROLE_CHAIR },
    { "ประธาน", PRS_MEMBER_ROLE_CHAIR },
    { "รองประธานกรรมการ", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "รองประธานคณะกรรมการ คนที่ ๑", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "กรรมการ", PRS_MEMBER_ROLE_MEMBER },
    { "คณะกรรมการ", PRS_MEMBER_ROLE_MEMBER },
    { "คณะทำงาน", PRS_MEMBER_ROLE_MEMBER },
    { "กรรมการผู้ทรงคุณวุฒิ", PRS_MEMBER_ROLE_MEMBER },
    { "กรรมการและเลขานุการ", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "คณะกรรมการ\nและเลขานุการ", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "กรรมการและผู้ช่วยเลขานุการ", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "คณะกรรมการและผู้ช่วยเลขานุการ", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "คณะทำงาน และผู้ช่วยเลขานุการ", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "ผู้ช่วยเลขานุการ", PRS_MEMBER_ROLE_ASSISTANT_SECRETARY },
    { "กรรมการ/เลขานุการ", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "กรรมการและเลขาฯ", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
    { "กรรมการและผู้ช่วยเลขาฯ", PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY },
    { "vice_chair", PRS_MEMBER_ROLE_VICE_CHAIR },
    { "member_secretary", PRS_MEMBER_ROLE_MEMBER_SECRETARY },
  };
  PrsMemberRole r;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_test_message ("role “%s”", ok[i].text);
      g_assert_true (prs_name_parse_role (ok[i].text, TRUE, &r));
      g_assert_cmpint (r, ==, ok[i].role);
    }
  g_assert_false (prs_name_parse_role ("นักวิเคราะห์นโยบายและแผน", FALSE, &r));
  g_assert_false (prs_name_parse_role ("กรรมการ (ผู้แทนกองคลัง)", TRUE, &r));
  g_assert_true (prs_name_parse_role ("กรรมการ (ผู้แทนกองคลัง)", FALSE, &r));
  g_assert_cmpint (r, ==, PRS_MEMBER_ROLE_MEMBER);
  g_assert_false (prs_name_parse_role ("", FALSE, &r));
  g_assert_true (prs_name_parse_role ("ประธานกรรมการจริยธรรม", FALSE, &r));
  g_assert_cmpint (r, ==, PRS_MEMBER_ROLE_CHAIR);
}

static void
test_parse_line (void)
{
  PrsNameLine l;

  g_assert_true (prs_name_parse_line ("๑. นางสาวมาลี ดีงาม\tนักวิเคราะห์นโยบายและแผนชำนาญการ\tกรรมการและเลขานุการ", &l));
  g_assert_cmpstr (l.name, ==, "นางสาวมาลี ดีงาม");
  g_assert_cmpstr (l.position, ==, "นักวิเคราะห์นโยบายและแผนชำนาญการ");
  g_assert_true (l.has_role);
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_MEMBER_SECRETARY);
  prs_name_line_clear (&l);

  /* name split over two columns, role with the คณะ form */
  g_assert_true (prs_name_parse_line ("๒. นางกานดา\tสายสุข ทองดี\tประธานคณะกรรมการ", &l));
  g_assert_cmpstr (l.name, ==, "นางกานดา สายสุข ทองดี");
  g_assert_cmpstr (l.position, ==, "");
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_CHAIR);
  prs_name_line_clear (&l);

  /* single spaces only */
  g_assert_true (prs_name_parse_line ("๓. นายวิชัย ใจกล้า ผู้ทรงคุณวุฒิ รองประธานคณะกรรมการ", &l));
  g_assert_cmpstr (l.name, ==, "นายวิชัย ใจกล้า");
  g_assert_cmpstr (l.position, ==, "ผู้ทรงคุณวุฒิ");
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_VICE_CHAIR);
  prs_name_line_clear (&l);

  /* a delegate */
  g_assert_true (prs_name_parse_line ("๑. นายอำนาจ ศรีสุข (มอบหมายนางสาวแก้วตา ใจงาม)\tผู้อำนวยการกลุ่มพัฒนาระบบบริหาร\tคณะกรรมการ", &l));
  g_assert_cmpstr (l.name, ==, "นายอำนาจ ศรีสุข");
  g_assert_cmpstr (l.delegate, ==, "นางสาวแก้วตา ใจงาม");
  g_assert_cmpstr (l.position, ==, "ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร");
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_MEMBER);
  prs_name_line_clear (&l);

  /* a role broken over two lines and joined */
  g_assert_true (prs_name_parse_line ("๑๑. นางสาวสุดา เกษมสุข\tคณะทำงาน นิติกรปฏิบัติการ\tและผู้ช่วยเลขานุการ", &l));
  g_assert_cmpstr (l.name, ==, "นางสาวสุดา เกษมสุข");
  g_assert_cmpstr (l.position, ==, "นิติกรปฏิบัติการ");
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_MEMBER_ASSISTANT_SECRETARY);
  prs_name_line_clear (&l);

  /* single spaces, a membership of another body as the position */
  g_assert_true (prs_name_parse_line ("๒. นายวิชัย ใจกล้า กรรมการจริยธรรมประจำกรมสมมติ รองประธานคณะกรรมการ", &l));
  g_assert_cmpstr (l.name, ==, "นายวิชัย ใจกล้า");
  g_assert_cmpstr (l.position, ==, "กรรมการจริยธรรมประจำกรมสมมติ");
  g_assert_cmpint (l.role, ==, PRS_MEMBER_ROLE_VICE_CHAIR);
  prs_name_line_clear (&l);

  g_assert_false (prs_name_parse_line ("   ", &l));
  prs_name_line_clear (&l);

  g_assert_true (prs_name_looks_like_position ("๔. ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล สำนักงานเลขานุการกรม"));
  g_assert_false (prs_name_looks_like_position ("นายนักรบ ใจดี"));
  g_assert_false (prs_name_looks_like_position ("สมชาย ใจดี"));
}

static void
test_match_committee_variants (void)
{
  /* Made-up members spelled as minutes spell them: another vowel, ณ/ณ์, a letter
   * dropped, and a first name given differently with the same surname. */
  const char *members[] = {
    "นางกานดา สายสุข ทองดี", "นางวิภา รวยสุข", "นางสาวอรุณี พิสิษฐ์กุล",
    "นายพรเทพ ศิลาแก้ว", "นายณัชญ์ มั่นคงดี", "นางสาวปวีณ์ธิดา เอื้ออารี",
    "นายสมชาย ใจดี", "นายสมชัย ใจดีมาก",
  };
  const char *typed[] = {
    "๑. นางกานดา  สายสุข\u200b ทองดี", "นางวิภา รอยสุข", "น.ส.อรุณี พิธิษฐ์กุล",
    "นายพรเทพ ศีลาแก้ว", "นายณัฐวุฒิ มั่นคงดี", "นางสาวปวีณ์ธิดา เอื้ออารีย์",
    "นายประยุทธ ไม่มีชื่อ",
  };
  PrsNameMatchOptions opts = { 0.8, 0.05, TRUE };
  g_autoptr (GArray) m = prs_names_match (typed, G_N_ELEMENTS (typed), members,
                                          G_N_ELEMENTS (members), &opts);
  const PrsNameMatchKind want[] = {
    PRS_NAME_MATCH_EXACT, PRS_NAME_MATCH_CLOSE, PRS_NAME_MATCH_CLOSE, PRS_NAME_MATCH_CLOSE,
    PRS_NAME_MATCH_CLOSE, PRS_NAME_MATCH_CLOSE, PRS_NAME_MATCH_NONE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      PrsNameMatch *x = &g_array_index (m, PrsNameMatch, i);

      g_test_message ("“%s”: kind %d, members %d, %.3f", typed[i], x->kind, x->roster_index,
                      x->confidence);
      g_assert_cmpint (x->kind, ==, want[i]);
      if (want[i] != PRS_NAME_MATCH_NONE)
        g_assert_cmpint (x->roster_index, ==, (int) i);
    }

  /* Without the surname rule the changed first name is not a match. */
  {
    g_autoptr (GArray) m2 = prs_names_match (typed, G_N_ELEMENTS (typed), members,
                                             G_N_ELEMENTS (members), NULL);
    g_assert_cmpint (g_array_index (m2, PrsNameMatch, 4).kind, ==, PRS_NAME_MATCH_NONE);
  }
}

/* "name (abbreviation)" as importers split a unit (findings I4). */
static void
test_unit_abbreviation (void)
{
  static const struct { const char *text, *name, *abbr; } cases[] = {
    { "สำนักบริหารกลาง (สบก.)", "สำนักบริหารกลาง", "สบก." },
    { "  กรมพัฒนาทดสอบ(พทส.) ", "กรมพัฒนาทดสอบ", "พทส." },
    { "กรมพัฒนาทดสอบ", "กรมพัฒนาทดสอบ", "" },
    { "(สบก.)", "(สบก.)", "" },
    { "กองกลาง (ยกเว้นงานสารบรรณทั้งหมด)", "กองกลาง (ยกเว้นงานสารบรรณทั้งหมด)", "" },
    { "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", "" },
    { "ศูนย์เทคโนโลยีสารสนเทศ (ศทส)", "ศูนย์เทคโนโลยีสารสนเทศ", "ศทส" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL, *abbr = NULL;

      prs_unit_split_abbreviation (cases[i].text, &name, &abbr);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (abbr, ==, cases[i].abbr);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/names/normalise-titles", test_normalise_titles);
  g_test_add_func ("/names/normalise-text", test_normalise_text);
  g_test_add_func ("/names/strip-titles", test_strip_titles);
  g_test_add_func ("/names/clusters", test_clusters);
  g_test_add_func ("/names/distance", test_distance);
  g_test_add_func ("/names/similarity", test_similarity);
  g_test_add_func ("/names/match", test_match);
  g_test_add_func ("/names/match-options", test_match_options);
  g_test_add_func ("/names/match-empty-roster", test_match_empty_roster);
  g_test_add_func ("/names/list-numbers", test_list_numbers);
  g_test_add_func ("/names/parse-role", test_parse_role);
  g_test_add_func ("/names/parse-line", test_parse_line);
  g_test_add_func ("/names/match-committee-variants", test_match_committee_variants);
  g_test_add_func ("/names/unit-abbreviation", test_unit_abbreviation);
  return g_test_run ();
}
