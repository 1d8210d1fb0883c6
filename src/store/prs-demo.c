/* prs-demo.c: the demonstration workspace, a made-up department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is invented: the ministry, the departments, the people. The
 * same file comes out every time (a fixed seed), so screenshots and tests can
 * rely on it. Data text is Thai on purpose: it is what a Thai office would type.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "prs-store-private.h"
#include "prs-ita-store.h"

typedef struct
{
  PrsStore *store;
  PrsRand   rand;
  GError  **error;
  gboolean  failed;
} Demo;

/* Inserts through the edit API (inside the bulk transaction). */
#define INS(d, table, ...) \
  ((d)->failed ? 0 : demo_check ((d), prs_store_insert ((d)->store, table, (d)->error, __VA_ARGS__, NULL)))

static gint64
demo_check (Demo *d, gint64 id)
{
  if (id == 0)
    d->failed = TRUE;
  return id;
}

static const char * const male_names[] = {
  "สมชาย", "สมศักดิ์", "ประเสริฐ", "วิชัย", "กิตติพงษ์", "อนุชา", "สุรชัย", "พงศกร",
  "ชยพล", "ปิยะ", "วรวุฒิ", "ธีรวัฒน์", "ศุภชัย", "เอกชัย", "อภิชาติ", "ชาตรี",
  "สุทธิพงษ์", "กฤษดา", "ภานุวัฒน์", "ธนกร", "วีระพงษ์", "จักรพันธ์", "นพดล", "สิทธิชัย",
  "ภูมิพัฒน์", "วสันต์", "อดิศร", "มานพ", "ชัยวัฒน์", "ทศพล", "ปรีชา", "ยุทธนา",
  "สมพงษ์", "สุเมธ", "ธวัชชัย", "กมล",
};
static const char * const female_names[] = {
  "สุดารัตน์", "กาญจนา", "วิไลวรรณ", "พรทิพย์", "ศิริพร", "ปวีณา", "นันทนา", "จิราพร",
  "อรุณี", "รัตนา", "มาลัย", "ธนพร", "กนกวรรณ", "ชุติมา", "ปิยนุช", "วรรณา",
  "ดารุณี", "อัญชลี", "พิมพ์ชนก", "ณัฐธิดา", "ศศิธร", "สุนิสา", "เบญจวรรณ", "กมลชนก",
  "ธิดารัตน์", "อรอุมา", "วิภาวดี", "ลัดดา", "จันทร์เพ็ญ", "ปรียา", "ขวัญใจ", "มณีรัตน์",
  "อำไพ", "ทิพวรรณ", "รุ่งนภา", "สายสุนีย์",
};
static const char * const last_names[] = {
  "แสงอรุณ", "ทองประเสริฐ", "ศรีวิไล", "บุญญาศิริ", "วงศ์สว่าง", "จันทร์หอม", "พึ่งบารมี",
  "รุ่งโรจน์ธนา", "มั่นคงดี", "สุขประเสริฐ", "เพชรรัตน์", "แก้วมณีวงศ์", "ชัยมงคลกุล",
  "พูลสวัสดิ์", "ทรัพย์อนันต์", "ใจซื่อตรง", "ศักดิ์สิทธิ์ผล", "อินทรวงศ์ศรี", "นาคสุวรรณ",
  "ปัญญาวุฒิ", "เจริญธรรมกุล", "ธรรมรักษา", "สมบูรณ์ชัย", "ศิลาทอง", "มณีโชติ",
  "วิเศษสุวรรณ", "พรหมวิเศษ", "คงเจริญสุข", "ประทีปแก้ว", "สายบุญมา", "ไชยพฤกษ์",
  "ทองคำเปลว", "รักษ์ไทยดี", "บัวขาวงาม", "ชื่นบานใจ", "กิตติวรางกูร", "ศรีสุขสันต์",
  "ทิพย์มณฑา", "ภักดีธรรม", "อ่อนละมัย", "วัฒนสุนทร", "เกษมสันติ์สุข", "จิตตรงดี",
  "ลิ้มประดิษฐ์", "โชติช่วงรุ่ง", "ปานทองคำ", "สิงห์ทองใบ", "นิลสุวรรณ", "พวงมาลัยทอง",
  "อุดมทรัพย์ทวี",
};

static const struct { const char *name, *abbr; guint staff; } bureaus[13] = {
  { "สำนักงานเลขานุการกรม", "สลก.", 38 },
  { "กองการเจ้าหน้าที่", "กจ.", 22 },
  { "กองคลัง", "กค.", 26 },
  { "กองแผนงาน", "กผ.", 18 },
  { "กองกฎหมาย", "กม.", 16 },
  { "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ศทส.", 24 },
  { "กลุ่มตรวจสอบภายใน", "ตสน.", 8 },
  { "กลุ่มพัฒนาระบบบริหาร", "กพร.", 8 },
  { "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ศปท.", 7 },
  { "สำนักส่งเสริมธรรมาภิบาลธุรกิจ", "สธธ.", 46 },
  { "สำนักมาตรฐานการค้าที่เป็นธรรม", "สมธ.", 44 },
  { "สำนักพัฒนาผู้ประกอบการ", "สพป.", 48 },
  { "สำนักงานการค้าภูมิภาค", "สคภ.", 45 },
};

static const struct { const char *name, *abbr; } siblings[11] = {
  { "กรมพัฒนาตลาดชุมชน", "พตช." },
  { "กรมส่งเสริมการค้าดิจิทัล", "สคด." },
  { "กรมมาตรฐานสินค้าแปรรูป", "มสป." },
  { "กรมกำกับการแข่งขันทางการค้า", "กกข." },
  { "กรมส่งเสริมวิสาหกิจเพื่อสังคม", "สวส." },
  { "กรมพัฒนาโลจิสติกส์การค้า", "พลค." },
  { "กรมคุ้มครองผู้บริโภคทางการค้า", "คบค." },
  { "กรมส่งเสริมการลงทุนท้องถิ่น", "สลท." },
  { "กรมทรัพย์สินทางปัญญาชุมชน", "ทปช." },
  { "กรมสถิติการค้า", "สถค." },
  { "กรมส่งเสริมสหกรณ์การค้า", "สสค." },
};

static const char * const levels[] = { "ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ" };
static const char * const civil_positions[] = {
  "นักวิเคราะห์นโยบายและแผน", "นักทรัพยากรบุคคล", "นิติกร", "นักวิชาการเงินและบัญชี",
  "นักวิชาการพาณิชย์", "นักวิชาการคอมพิวเตอร์", "นักจัดการงานทั่วไป", "นักวิชาการพัสดุ",
  "นักประชาสัมพันธ์", "นักวิชาการตรวจสอบภายใน",
};

typedef struct
{
  gint64 id;
  guint  bureau;
  PrsStaffType type;
} Staff;

static void
make_people (Demo *d, const gint64 *bureau_ids, GArray *staff)
{
  for (guint b = 0; b < G_N_ELEMENTS (bureaus); b++)
    for (guint i = 0; i < bureaus[b].staff && !d->failed; i++)
      {
        gboolean male = prs_rand_range (&d->rand, 100) < 45;
        const char *first = male ? male_names[prs_rand_range (&d->rand, G_N_ELEMENTS (male_names))]
                                 : female_names[prs_rand_range (&d->rand, G_N_ELEMENTS (female_names))];
        const char *last = last_names[prs_rand_range (&d->rand, G_N_ELEMENTS (last_names))];
        const char *prefix = male ? "นาย" : (prs_rand_range (&d->rand, 100) < 45 ? "นาง" : "นางสาว");
        guint roll = prs_rand_range (&d->rand, 100);
        PrsStaffType type = roll < 60 ? PRS_STAFF_TYPE_CIVIL_SERVANT
                          : roll < 80 ? PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE
                          : roll < 88 ? PRS_STAFF_TYPE_FUND_EMPLOYEE
                          : roll < 95 ? PRS_STAFF_TYPE_PERMANENT_EMPLOYEE
                                      : PRS_STAFF_TYPE_TEMPORARY_EMPLOYEE;
        g_autofree char *position = NULL;
        Staff s;

        if (i == 0)
          {
            type = PRS_STAFF_TYPE_CIVIL_SERVANT;
            position = g_strdup_printf ("ผู้อำนวยการ%s", bureaus[b].name);
          }
        else if (type == PRS_STAFF_TYPE_CIVIL_SERVANT)
          {
            if (prs_rand_range (&d->rand, 100) < 15)
              position = g_strdup (prs_rand_range (&d->rand, 2) ? "เจ้าพนักงานธุรการชำนาญงาน"
                                                                : "เจ้าพนักงานการเงินและบัญชีปฏิบัติงาน");
            else
              position = g_strdup_printf ("%s%s",
                                          civil_positions[prs_rand_range (&d->rand, G_N_ELEMENTS (civil_positions))],
                                          levels[prs_rand_range (&d->rand, G_N_ELEMENTS (levels))]);
            if (prs_rand_range (&d->rand, 100) < 3)
              prefix = "ดร.";
          }
        else if (type == PRS_STAFF_TYPE_GOVERNMENT_EMPLOYEE)
          position = g_strdup (prs_rand_range (&d->rand, 2) ? "นักวิชาการพาณิชย์" : "เจ้าหน้าที่บริหารงานทั่วไป");
        else if (type == PRS_STAFF_TYPE_FUND_EMPLOYEE)
          position = g_strdup ("เจ้าหน้าที่โครงการ");
        else if (type == PRS_STAFF_TYPE_PERMANENT_EMPLOYEE)
          position = g_strdup (prs_rand_range (&d->rand, 2) ? "พนักงานขับรถยนต์" : "พนักงานธุรการ");
        else
          position = g_strdup ("พนักงานจ้างเหมาบริการ");

        s.id = INS (d, "people", "prefix", PRS_TEXT (prefix), "first_name", PRS_TEXT (first),
                    "last_name", PRS_TEXT (last), "position", PRS_TEXT (position),
                    "unit_id", PRS_INT (bureau_ids[b]),
                    "staff_type", PRS_TEXT (prs_staff_type_to_string (type)));
        s.bureau = b;
        s.type = type;
        g_array_append_val (staff, s);
      }
}

static const char * const fy_months[12] = {
  "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
};

typedef struct
{
  guint        strategy;
  const char  *title;
  const char  *objective;
  const char  *budget;   /* "none", "amount", "shared" */
  gint64       baht;
  guint        months;   /* bits of fiscal months, October = bit 0 */
  gboolean     common_kpi;
  gboolean     headcount_only;
  const char  *indicator;
  gint64       target;   /* hundredths */
  const char  *unit_text;
  int          responsible; /* bureau index, -1 = all units */
  guint        participants;
} DemoActivity;

static const char * const strategies[5] = {
  "เสริมสร้างบุคลากรให้ยึดมั่นในคุณธรรมและจริยธรรม",
  "ส่งเสริมวัฒนธรรมองค์กรแห่งความซื่อสัตย์สุจริต",
  "พัฒนาระบบการบริหารงานที่โปร่งใสและตรวจสอบได้",
  "ส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย",
  "ติดตามและประเมินผลการส่งเสริมคุณธรรม",
};

#define M(x) (1u << (x))
static const DemoActivity activities[11] = {
  { 0, "อบรมหลักสูตรจริยธรรมสำหรับบุคลากรใหม่", "เพื่อให้บุคลากรใหม่เข้าใจประมวลจริยธรรมของกรม",
    "amount", 120000, M(1) | M(2), TRUE, FALSE, "ร้อยละของผู้เข้าอบรมที่ผ่านการทดสอบ", 8000, "ร้อยละ", 1, 60 },
  { 0, "บทเรียนออนไลน์ (e-Learning) เรื่องการป้องกันผลประโยชน์ทับซ้อน",
    "เพื่อให้บุคลากรรู้เท่าทันสถานการณ์ผลประโยชน์ทับซ้อน", "none", 0, 0x0ff, TRUE, FALSE,
    "จำนวนบุคลากรที่ผ่านบทเรียน", 20000, "คน", 8, 280 },
  { 1, "พิธีเชิดชูเกียรติบุคลากรต้นแบบด้านคุณธรรม", "เพื่อสร้างแบบอย่างที่ดีและขวัญกำลังใจ",
    "amount", 250000, M(3) | M(4), TRUE, FALSE, "จำนวนบุคลากรต้นแบบที่ได้รับการยกย่อง", 1300, "คน", 1, 150 },
  { 1, "กิจกรรมจิตอาสาพัฒนาชุมชนรอบกรม", "เพื่อปลูกฝังจิตสาธารณะและความเสียสละ",
    "shared", 0, M(5) | M(10), TRUE, FALSE, "จำนวนครั้งที่จัดกิจกรรม", 200, "ครั้ง", -1, 220 },
  { 1, "ทำบุญตักบาตรและกิจกรรมวันสำคัญทางศาสนา", "เพื่อส่งเสริมการทำความดีตามหลักศาสนา",
    "none", 0, M(2) | M(6) | M(9), TRUE, FALSE, "จำนวนครั้งที่จัดกิจกรรม", 300, "ครั้ง", 0, 260 },
  { 2, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของกรม", "เพื่อเปิดเผยข้อมูลต่อสาธารณะอย่างครบถ้วน",
    "none", 0, 0xfff, FALSE, FALSE, "ร้อยละของโครงการที่เผยแพร่ข้อมูล", 10000, "ร้อยละ", 2, 25 },
  { 2, "ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุม", "เพื่อลดโอกาสการทุจริตในกระบวนงานสำคัญ",
    "amount", 80000, M(4) | M(5) | M(6), FALSE, FALSE, "จำนวนกระบวนงานที่ได้รับการประเมิน", 500, "เรื่อง", 8, 40 },
  { 3, "สัมมนาเครือข่ายผู้ประกอบการคุณธรรม", "เพื่อขยายเครือข่ายธุรกิจที่ยึดหลักธรรมาภิบาล",
    "amount", 840000, M(7) | M(8), FALSE, TRUE, "จำนวนผู้เข้าร่วมสัมมนา", 30000, "คน", 9, 0 },
  { 3, "ช่องทางรับฟังความคิดเห็นและแจ้งเบาะแสการทุจริต", "เพื่อให้ประชาชนมีส่วนร่วมตรวจสอบการทำงานของกรม",
    "none", 0, 0xfff, FALSE, TRUE, "จำนวนช่องทางที่เปิดให้บริการ", 300, "ช่องทาง", 8, 0 },
  { 4, "สำรวจการรับรู้ด้านคุณธรรมของบุคลากร", "เพื่อวัดผลการส่งเสริมคุณธรรมในองค์กร",
    "none", 0, M(8) | M(9), TRUE, FALSE, "ร้อยละของบุคลากรที่ตอบแบบสำรวจ", 7000, "ร้อยละ", 3, 240 },
  { 4, "รายงานผลการดำเนินงานตามแผนต่อคณะกรรมการจริยธรรม", "เพื่อติดตามความก้าวหน้าและปรับปรุงแผน",
    "none", 0, M(5) | M(11), FALSE, FALSE, "จำนวนครั้งที่รายงาน", 200, "ครั้ง", 8, 20 },
};

/* The anti-corruption plan: the deeper shape of the 6-month report, ยุทธศาสตร์ >
 * กลยุทธ์ > แนวทางปฏิบัติ > กิจกรรม/โครงการ, numbered per parent (1.1.1.1), a draft. */
typedef struct
{
  const char *strategy, *tactic, *guideline, *title, *indicator, *unit_text;
  gint64 target; /* whole units */
  gint64 baht;
  guint months;
  int responsible; /* bureau index, -1 = all units */
} DemoDeep;

static const DemoDeep deep[] = {
  { "สร้างสังคมที่ไม่ทนต่อการทุจริต", "ปลูกฝังค่านิยมต่อต้านการทุจริตแก่บุคลากร",
    "ส่งเสริมให้บุคลากรเข้าร่วมกิจกรรมต่อต้านการทุจริต",
    "โครงการสัมมนาเชิงปฏิบัติการการบริหารความเสี่ยงและการควบคุมภายใน", "จำนวนครั้งที่จัดสัมมนา", "ครั้ง", 2,
    45000, M(2) | M(5), 2 },
  { "สร้างสังคมที่ไม่ทนต่อการทุจริต", "ปลูกฝังค่านิยมต่อต้านการทุจริตแก่บุคลากร",
    "ส่งเสริมให้บุคลากรเข้าร่วมกิจกรรมต่อต้านการทุจริต",
    "เผยแพร่บทความแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม", "จำนวนเรื่องที่เผยแพร่", "เรื่อง", 10, 0, 0xfff, 0 },
  { "สร้างสังคมที่ไม่ทนต่อการทุจริต", "สร้างเครือข่ายเฝ้าระวังการทุจริต", "บูรณาการกับศูนย์ปฏิบัติการต่อต้านการทุจริต",
    "สร้างชุมชนเฝ้าระวังร่วมกับเครือข่ายภายนอก", "จำนวนเครือข่ายที่เข้าร่วม", "เครือข่าย", 2, 15000, M(6) | M(7), 8 },
  { "สกัดกั้นการทุจริตเชิงนโยบาย", "เสริมสร้างระบบบริหารตามหลักธรรมาภิบาล", "ลดการใช้ดุลยพินิจในการบริหารงานบุคคล",
    "จัดทำหลักเกณฑ์การคัดเลือกและประเมินผลบุคลากร", "จำนวนหลักเกณฑ์ที่ประกาศใช้", "หลักเกณฑ์", 3, 0,
    M(3) | M(4) | M(5), 1 },
  { "สกัดกั้นการทุจริตเชิงนโยบาย", "เสริมสร้างระบบบริหารตามหลักธรรมาภิบาล", "เปิดเผยข้อมูลข่าวสารของราชการ",
    "เผยแพร่ข้อมูลข่าวสารตาม พ.ร.บ. ข้อมูลข่าวสารของราชการ", "จำนวนช่องทางที่เปิดเผยข้อมูล", "ช่องทาง", 6, 0, 0xfff,
    5 },
  { "พัฒนาระบบป้องกันการทุจริตเชิงรุก", "เพิ่มประสิทธิภาพระบบงานป้องกันการทุจริต", "ปรับปรุงช่องทางการร้องเรียน",
    "ปรับปรุงระบบรับเรื่องร้องเรียนออนไลน์", "จำนวนช่องทางรับเรื่องร้องเรียน", "ช่องทาง", 6, 120000,
    M(7) | M(8) | M(9), 5 },
};

static void
make_deep_plan (Demo *d, gint64 dept, const gint64 *bureau_ids)
{
  gint64 plan;
  gint64 ids[3] = { 0, 0, 0 };
  const char *open[3] = { NULL, NULL, NULL };
  guint order[4] = { 0, 0, 0, 0 };
  static const char *const deep_levels[4] = { "ยุทธศาสตร์", "กลยุทธ์", "แนวทางปฏิบัติ", "กิจกรรม/โครงการ" };

  plan = INS (d, "plans", "kind", PRS_TEXT ("anti_corruption"), "fiscal_year", PRS_INT (2569), "unit_id", PRS_INT (dept),
              "title", PRS_TEXT ("แผนปฏิบัติการป้องกันและปราบปรามการทุจริต กรมส่งเสริมธรรมาภิบาลการค้า "
                                 "ประจำปีงบประมาณ พ.ศ. 2569"),
              "status", PRS_TEXT ("draft"), "numbering", PRS_TEXT ("per_parent"));
  for (guint l = 0; l < 4; l++)
    INS (d, "plan_levels", "plan_id", PRS_INT (plan), "depth", PRS_INT (l), "name", PRS_TEXT (deep_levels[l]));
  for (guint a = 0; a < G_N_ELEMENTS (deep) && !d->failed; a++)
    {
      const DemoDeep *x = &deep[a];
      const char *path[3] = { x->strategy, x->tactic, x->guideline };
      gint64 node;

      for (guint l = 0; l < 3; l++)
        if (open[l] == NULL || !g_str_equal (open[l], path[l]))
          {
            ids[l] = INS (d, "plan_nodes", "plan_id", PRS_INT (plan), "parent_id", PRS_ID (l ? ids[l - 1] : 0),
                          "depth", PRS_INT (l), "sort_order", PRS_INT (order[l]++), "title", PRS_TEXT (path[l]),
                          "objective", PRS_TEXT (l == 0 ? "เพื่อให้บุคลากรมีค่านิยมที่ไม่ยอมรับการทุจริตทุกรูปแบบ" : ""));
            open[l] = path[l];
            for (guint k = l + 1; k < 3; k++)
              open[k] = NULL;
            for (guint k = l + 1; k < 4; k++)
              order[k] = 0;
          }
      node = INS (d, "plan_nodes", "plan_id", PRS_INT (plan), "parent_id", PRS_INT (ids[2]), "depth", PRS_INT (3),
                  "sort_order", PRS_INT (order[3]++), "title", PRS_TEXT (x->title));
      INS (d, "activities", "id", PRS_INT (node), "budget_kind", PRS_TEXT (x->baht ? "amount" : "none"),
           "budget_satang", PRS_INT (x->baht * 100), "months", PRS_INT (x->months),
           "status", PRS_TEXT ("not_started"), "all_units", PRS_BOOL (x->responsible < 0));
      if (x->responsible >= 0)
        INS (d, "node_units", "node_id", PRS_INT (node), "unit_id", PRS_INT (bureau_ids[x->responsible]));
      INS (d, "indicators", "node_id", PRS_INT (node), "name", PRS_TEXT (x->indicator),
           "target_hundredths", PRS_INT (x->target * 100), "unit_text", PRS_TEXT (x->unit_text));
    }
}

/* The event drawn for a participant, or none if it is not held yet. */
static gint64
pick_event (const gint64 *events, guint n_events, guint index)
{
  return index < n_events ? events[index] : 0;
}

/* Every row written for one plan. */
static void
make_plan (Demo *d, gint64 dept, const gint64 *bureau_ids, GArray *staff, gint64 meeting1)
{
  gint64 plan, strategy_ids[5], node_ids[11];
  gint64 kpi;

  plan = INS (d, "plans", "kind", PRS_TEXT ("morality"), "fiscal_year", PRS_INT (2569),
              "unit_id", PRS_INT (dept),
              "title", PRS_TEXT ("แผนปฏิบัติการส่งเสริมคุณธรรม กรมส่งเสริมธรรมาภิบาลการค้า ประจำปีงบประมาณ พ.ศ. 2569"),
              "status", PRS_TEXT ("approved"), "approved_meeting_id", PRS_INT (meeting1),
              "numbering", PRS_TEXT ("across_plan"), "approved_date", PRS_TEXT ("2025-11-07"),
              "approval_reference", PRS_TEXT ("มติคณะกรรมการจริยธรรม ครั้งที่ 1/2569"));
  INS (d, "plan_levels", "plan_id", PRS_INT (plan), "depth", PRS_INT (0), "name", PRS_TEXT ("ยุทธศาสตร์"));
  INS (d, "plan_levels", "plan_id", PRS_INT (plan), "depth", PRS_INT (1), "name", PRS_TEXT ("กิจกรรม"));
  for (guint s = 0; s < 5; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);
      strategy_ids[s] = INS (d, "plan_nodes", "plan_id", PRS_INT (plan), "depth", PRS_INT (0),
                             "sort_order", PRS_INT (s), "number", PRS_TEXT (number),
                             "title", PRS_TEXT (strategies[s]), "numbering", PRS_TEXT ("across_plan"));
    }

  kpi = INS (d, "kpis", "name", PRS_TEXT ("ร้อยละของบุคลากรในแต่ละสำนัก/กองที่เข้าร่วมกิจกรรมส่งเสริมคุณธรรม"),
             "fiscal_year", PRS_INT (2569), "t1", PRS_INT (7000), "t2", PRS_INT (7500),
             "t3", PRS_INT (8000), "t4", PRS_INT (8500), "t5", PRS_INT (9000));
  for (guint t = PRS_STAFF_TYPE_CIVIL_SERVANT; t <= PRS_STAFF_TYPE_PERMANENT_EMPLOYEE; t++)
    INS (d, "kpi_staff_types", "kpi_id", PRS_INT (kpi), "staff_type", PRS_TEXT (prs_staff_type_to_string (t)));

  for (guint a = 0; a < G_N_ELEMENTS (activities) && !d->failed; a++)
    {
      const DemoActivity *act = &activities[a];
      g_autofree char *number = g_strdup_printf ("%u", a + 1);
      guint sort = 0;
      gint64 indicator;
      gint64 events[3];
      guint n_events = 0, n_candidates = 0;

      for (guint b = 0; b < a; b++)
        sort += activities[b].strategy == act->strategy;
      node_ids[a] = INS (d, "plan_nodes", "plan_id", PRS_INT (plan), "parent_id", PRS_INT (strategy_ids[act->strategy]),
                         "depth", PRS_INT (1), "sort_order", PRS_INT (sort), "number", PRS_TEXT (number),
                         "title", PRS_TEXT (act->title), "numbering", PRS_TEXT ("none"));
      INS (d, "activities", "id", PRS_INT (node_ids[a]), "objective", PRS_TEXT (act->objective),
           "budget_kind", PRS_TEXT (act->budget), "budget_satang", PRS_INT (act->baht * 100),
           /* Activity 4 shares activity 3's money: counted once. */
           "shared_with_id", PRS_ID (g_str_equal (act->budget, "shared") ? node_ids[2] : 0),
           "months", PRS_INT (act->months),
           "status", PRS_TEXT ((act->months & 0x3f) ? ((act->months & ~0x3fu) ? "in_progress" : "done") : "not_started"),
           "common_kpi", PRS_BOOL (act->common_kpi), "all_units", PRS_BOOL (act->responsible < 0),
           "headcount_only", PRS_BOOL (act->headcount_only),
           "due_date", PRS_TEXT (act->months == 0xfff ? "2026-09-30" : NULL));
      if (act->common_kpi)
        INS (d, "kpi_activities", "kpi_id", PRS_INT (kpi), "node_id", PRS_INT (node_ids[a]));
      if (act->responsible >= 0)
        {
          INS (d, "node_units", "node_id", PRS_INT (node_ids[a]), "unit_id", PRS_INT (bureau_ids[act->responsible]));
          if (a % 3 == 0 && act->responsible != 8)
            INS (d, "node_units", "node_id", PRS_INT (node_ids[a]), "unit_id", PRS_INT (bureau_ids[8]),
                 "sort_order", PRS_INT (1));
        }
      if (act->months == 0xfff)
        INS (d, "activity_deadlines", "activity_id", PRS_INT (node_ids[a]), "date", PRS_TEXT ("2026-09-30"),
             "note", PRS_TEXT ("รายงานผลภายในสิ้นปีงบประมาณ"));

      indicator = INS (d, "indicators", "node_id", PRS_INT (node_ids[a]), "name", PRS_TEXT (act->indicator),
                       "target_hundredths", PRS_INT (act->target), "unit_text", PRS_TEXT (act->unit_text));

      /* One event per scheduled month, at most three, written only for the months
       * already past at the 6-month report (October–March): the statuses follow the
       * events held. The dates are drawn for every candidate month all the same, so
       * the generator's sequence (and the rest of the demo) stays as it was. */
      for (guint m = 0; m < 12 && n_candidates < 3; m++)
        if ((act->months & (1u << m)) && act->months != 0xfff && act->months != 0x0ff)
          {
            int month = (m + 9) % 12 + 1;
            int year = m < 3 ? 2025 : 2026;
            g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year, month, prs_rand_between (&d->rand, 5, 26));
            g_autofree char *title = g_strdup_printf ("%s (%s)", act->title, fy_months[m]);
            n_candidates++;
            if (m >= 6)
              continue;
            events[n_events++] =
              INS (d, "activity_events", "node_id", PRS_INT (node_ids[a]), "date", PRS_TEXT (date),
                   "title", PRS_TEXT (title), "venue", PRS_TEXT ("ห้องประชุมใหญ่ ชั้น 5 อาคารกรมส่งเสริมธรรมาภิบาลการค้า"),
                   "participants", PRS_INT (act->participants / 2 + (act->headcount_only ? 150 : 0)),
                   "cost_satang", PRS_INT (act->baht * 100 / 4));
          }

      if (act->headcount_only)
        {
          INS (d, "headcounts", "node_id", PRS_INT (node_ids[a]), "event_id", PRS_ID (n_events ? events[0] : 0), "date", PRS_TEXT ("2026-05-20"),
               "count", PRS_INT (a == 7 ? 312 : 1837),
               "note", PRS_TEXT ("ผู้เข้าร่วมจากภายนอก นับจำนวนเท่านั้น"));
        }
      else
        {
          /* Distinct staff, drawn without repetition. */
          g_autofree guint *order = g_new (guint, staff->len);
          for (guint i = 0; i < staff->len; i++)
            order[i] = i;
          for (guint i = 0; i < act->participants && i < staff->len; i++)
            {
              guint j = i + prs_rand_range (&d->rand, staff->len - i);
              guint t = order[i];
              Staff *s;
              order[i] = order[j];
              order[j] = t;
              s = &g_array_index (staff, Staff, order[i]);
              INS (d, "participation", "person_id", PRS_INT (s->id), "node_id", PRS_INT (node_ids[a]),
                   "event_id", PRS_ID (n_candidates ? pick_event (events, n_events,
                                                                   prs_rand_range (&d->rand, n_candidates)) : 0));
            }
        }

      /* The 6-month round for activities scheduled in October–March. */
      if (act->months & 0x3f)
        {
          /* results are whole numbers of the indicator's unit, like the targets */
          gint64 value = (act->target / 100) * prs_rand_between (&d->rand, 85, 115) / 100 * 100;
          const char *status = value < act->target ? "below" : value > act->target ? "above" : "on";
          g_autofree char *narrative =
            g_strdup_printf ("ดำเนินการแล้ว มีผู้เข้าร่วม %u คน ผลเป็นไปตามวัตถุประสงค์ของกิจกรรม",
                             act->headcount_only ? 1837 : act->participants);
          INS (d, "indicator_results", "indicator_id", PRS_INT (indicator), "round", PRS_INT (6),
               "value_hundredths", PRS_INT (value));
          INS (d, "progress", "node_id", PRS_INT (node_ids[a]), "round", PRS_INT (6),
               "status", PRS_TEXT (status), "narrative", PRS_TEXT (narrative),
               "spent_satang", PRS_INT (act->baht * 100 * prs_rand_between (&d->rand, 30, 60) / 100),
               "participants", PRS_INT (act->headcount_only ? 1837 : act->participants));
        }
    }
}

/* The Common KPI's coverage per bureau, in per cent of its counted staff, so the
 * table shows every level of the rubric (70/75/80/85/90): people left out are
 * taken off the designated activities, people counted in who joined none are
 * put on the first one. Whole people: the share is rounded per bureau. */
static const guint kpi_coverage[13] = { 100, 95, 88, 84, 79, 73, 100, 90, 100, 86, 77, 64, 82 };

static void
shape_kpi_coverage (Demo *d, GArray *staff)
{
  guint counted[G_N_ELEMENTS (bureaus)] = { 0 }, seen[G_N_ELEMENTS (bureaus)] = { 0 };
  guint reached[G_N_ELEMENTS (bureaus)] = { 0 };

  for (guint i = 0; i < staff->len; i++)
    {
      Staff *s = &g_array_index (staff, Staff, i);
      counted[s->bureau] += s->type <= PRS_STAFF_TYPE_PERMANENT_EMPLOYEE;
    }
  for (guint i = 0; i < staff->len && !d->failed; i++)
    {
      Staff *s = &g_array_index (staff, Staff, i);
      guint b = s->bureau, want;

      if (s->type > PRS_STAFF_TYPE_PERMANENT_EMPLOYEE)
        continue;
      want = (kpi_coverage[b] * counted[b] + 50) / 100;
      /* spread the people left out through the bureau */
      seen[b]++;
      if (reached[b] < want && (reached[b] + 1) * counted[b] <= want * seen[b] + counted[b] - 1)
        {
          reached[b]++;
          if (!prs_store_execute (d->store, d->error,
                                  "INSERT OR IGNORE INTO participation (person_id, node_id)"
                                  " SELECT ?1, min (node_id) FROM kpi_activities"
                                  " WHERE NOT EXISTS (SELECT 1 FROM participation p JOIN kpi_activities k"
                                  "   ON k.node_id = p.node_id WHERE p.person_id = ?1)",
                                  PRS_INT (s->id), PRS_VALUE_END))
            d->failed = TRUE;
        }
      else if (!prs_store_execute (d->store, d->error,
                                   "DELETE FROM participation WHERE person_id = ?1"
                                   " AND node_id IN (SELECT node_id FROM kpi_activities)",
                                   PRS_INT (s->id), PRS_VALUE_END))
        d->failed = TRUE;
    }
}

/* The ethics committee as the order appoints it: a chair and one member from outside,
 * bureau directors, a post's seat, the member and secretary, and two assistant
 * secretaries (one a member, one not). Made-up people. */
static const struct
{
  const char *role;
  const char *role_title;
  const char *outside_name; /* NULL: a member of staff */
  const char *outside_position;
  const char *seat;         /* a post's seat */
  guint bureau;
} committee_seats[9] = {
  { "chair", "ประธานกรรมการ", "นายวิชัย ธรรมรักษา", "ผู้ทรงคุณวุฒิ", NULL, 0 },
  { "vice_chair", "รองประธานกรรมการ", NULL, NULL, NULL, 1 },
  { "member", "กรรมการ", NULL, NULL, NULL, 2 },
  { "member", "กรรมการ", "นางอรุณี ศิลาทอง", "ผู้ทรงคุณวุฒิ", NULL, 0 },
  { "member", "กรรมการ", NULL, NULL, NULL, 4 },
  { "member", "กรรมการ", "", "", "ผู้อำนวยการกองบริหารการคลัง", 0 },
  { "member_secretary", "กรรมการและเลขานุการ", NULL, NULL, NULL, 8 },
  { "assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ", NULL, NULL, NULL, 8 },
  { "assistant_secretary", "ผู้ช่วยเลขานุการ", NULL, NULL, NULL, 8 },
};

static void
make_committee (Demo *d, gint64 dept, GArray *staff, gint64 *meeting1)
{
  gint64 committee, members[9];
  /* Numbered within the Buddhist-Era calendar year, as minutes number them. */
  static const struct { int number, year; const char *date; } meetings[5] = {
    { 1, 2568, "2025-09-19" }, { 2, 2568, "2025-11-07" }, { 1, 2569, "2026-01-23" },
    { 2, 2569, "2026-04-24" }, { 3, 2569, "2026-07-17" },
  };
  static const char * const agenda[6] = {
    "เรื่องประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม", "เรื่องสืบเนื่อง",
    "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ",
  };

  committee = INS (d, "committees", "kind", PRS_TEXT ("ethics"),
                   "name", PRS_TEXT ("คณะกรรมการจริยธรรมประจำกรมส่งเสริมธรรมาภิบาลการค้า"),
                   "order_number", PRS_TEXT ("ประกาศ ก.พ. ลงวันที่ 29 สิงหาคม 2568"),
                   "order_date", PRS_TEXT ("2025-08-29"), "term_start", PRS_TEXT ("2025-08-29"),
                   "term_end", PRS_TEXT ("2028-08-28"));
  for (guint r = 0; r < G_N_ELEMENTS (committee_seats); r++)
    {
      if (committee_seats[r].outside_name != NULL)
        members[r] = INS (d, "committee_members", "committee_id", PRS_INT (committee),
                          "outside_name", PRS_TEXT (committee_seats[r].seat ? committee_seats[r].seat
                                                                             : committee_seats[r].outside_name),
                          "outside_position", PRS_TEXT (committee_seats[r].outside_position),
                          "seat_position", PRS_TEXT (committee_seats[r].seat ? committee_seats[r].seat : ""),
                          "role", PRS_TEXT (committee_seats[r].role),
                          "role_title", PRS_TEXT (committee_seats[r].role_title), "sort_order", PRS_INT (r),
                          "term_start", PRS_TEXT ("2025-08-29"), "term_end", PRS_TEXT ("2028-08-28"));
      else
        {
          /* Bureau directors and, from the ศปท. (bureau 8), the secretary and the two
           * assistant secretaries: the first, second, third person there. */
          guint index = 0, seen = 0, want = 0;

          for (guint k = 0; k < r; k++)
            if (committee_seats[k].outside_name == NULL && committee_seats[k].bureau == committee_seats[r].bureau)
              want++;
          for (guint i = 0; i < staff->len; i++)
            if (g_array_index (staff, Staff, i).bureau == committee_seats[r].bureau && seen++ == want)
              {
                index = i;
                break;
              }
          members[r] = INS (d, "committee_members", "committee_id", PRS_INT (committee),
                            "person_id", PRS_INT (g_array_index (staff, Staff, index).id),
                            "role", PRS_TEXT (committee_seats[r].role),
                            "role_title", PRS_TEXT (committee_seats[r].role_title), "sort_order", PRS_INT (r),
                            "term_start", PRS_TEXT ("2025-08-29"), "term_end", PRS_TEXT ("2028-08-28"));
        }
    }
  INS (d, "allowance_rates", "committee_id", PRS_INT (committee), "role", PRS_TEXT ("chair"),
       "effective_date", PRS_TEXT ("2023-02-08"), "amount_satang", PRS_INT (200000));
  INS (d, "allowance_rates", "committee_id", PRS_INT (committee), "role", PRS_TEXT ("member"),
       "effective_date", PRS_TEXT ("2023-02-08"), "amount_satang", PRS_INT (160000));
  INS (d, "allowance_rates", "committee_id", PRS_INT (committee), "role", PRS_TEXT ("member_secretary"),
       "effective_date", PRS_TEXT ("2023-02-08"), "amount_satang", PRS_INT (160000));

  for (guint m = 0; m < G_N_ELEMENTS (meetings) && !d->failed; m++)
    {
      g_autofree char *takers = NULL;
      gint64 meeting;
      gint64 parent = 0;

      takers = g_strdup ("นางสาวปวีณา มั่นคงดี\tนักทรัพยากรบุคคลปฏิบัติการ\nนายธนกฤต ใจซื่อ\tนิติกรปฏิบัติการ");
      meeting = INS (d, "meetings", "committee_id", PRS_INT (committee), "number", PRS_INT (meetings[m].number),
                     "year_be", PRS_INT (meetings[m].year), "date", PRS_TEXT (meetings[m].date),
                     "start_time", PRS_TEXT (m == 1 ? "10:00" : "09:30"),
                     "end_time", PRS_TEXT (m == 1 ? "12:00" : m == 2 ? "12:15" : "11:45"),
                     "venue", PRS_TEXT ("ห้องประชุมธรรมาภิบาล ชั้น 3 อาคารกรมส่งเสริมธรรมาภิบาลการค้า"),
                     "mode", PRS_TEXT (m == 3 ? "hybrid" : "onsite"),
                     "status", PRS_TEXT (m < 4 ? "minutes_approved" : "held"),
                     "minute_takers", PRS_TEXT (takers),
                     "reviewer", PRS_TEXT ("นายสุรชัย เพชรรัตน์\tผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต"));
      if (m == 1)
        *meeting1 = meeting;

      for (guint r = 0; r < G_N_ELEMENTS (committee_seats); r++)
        {
          const char *status = "present";
          const char *delegate = "";
          const char *attendee = "";
          gboolean acting = FALSE;

          /* 1/2569: member 4 absent and sends a delegate. 2/2569: the chair is on
           * leave and the vice chair chairs. 3/2569: member 4 absent. The post's
           * seat is taken by whoever holds the post. */
          if (m == 2 && r == 4)
            {
              status = "delegate";
              delegate = "นางสาวกนกวรรณ แก้วมณีวงศ์";
            }
          if (m == 3 && r == 0)
            status = "leave";
          if (m == 3 && r == 1)
            acting = TRUE;
          if (m == 4 && r == 4)
            status = "absent";
          if (m == 0 && r == 8)
            status = "absent";
          if (committee_seats[r].seat)
            attendee = m < 3 ? "นายประเสริฐ บุญมาก" : "นางสาวจิราพร ทองคำ";
          INS (d, "attendance", "meeting_id", PRS_INT (meeting), "member_id", PRS_INT (members[r]),
               "status", PRS_TEXT (status), "delegate_name", PRS_TEXT (delegate),
               "acting_chair", PRS_BOOL (acting), "attendee_name", PRS_TEXT (attendee),
               "attendee_position", PRS_TEXT (committee_seats[r].seat ? committee_seats[r].seat : ""),
               "sort_order", PRS_INT (r));
        }
      for (guint g = 0; g < 2; g++)
        {
          Staff *s = &g_array_index (staff, Staff, 40 + m * 7 + g);
          g_autoptr(PrsStatement) stmt = prs_store_prepare (d->store,
              "SELECT prefix || first_name || ' ' || last_name, position FROM people WHERE id = ?1", NULL);
          sqlite3_bind_int64 (stmt, 1, s->id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            INS (d, "guests", "meeting_id", PRS_INT (meeting), "person_id", PRS_INT (s->id),
                 "name", PRS_TEXT (sqlite3_column_text (stmt, 0)),
                 "position", PRS_TEXT (sqlite3_column_text (stmt, 1)),
                 "unit_name", PRS_TEXT (bureaus[s->bureau].name), "sort_order", PRS_INT (g));
        }
      /* The delegate of 1/2569 attends, and the minutes list her among the invited. */
      if (m == 2)
        INS (d, "guests", "meeting_id", PRS_INT (meeting), "name", PRS_TEXT ("นางสาวกนกวรรณ แก้วมณีวงศ์"),
             "position", PRS_TEXT ("นักวิชาการพาณิชย์ชำนาญการ"), "sort_order", PRS_INT (2));

      for (guint k = 0; k < 6; k++)
        {
          g_autofree char *number = g_strdup_printf ("%u", k + 1);
          g_autofree char *previous = m == 0 ? NULL
            : g_strdup_printf ("%d/%d", meetings[m - 1].number, meetings[m - 1].year);
          const char *resolution = k == 4 ? "เห็นชอบ" : k == 1 ? (m == 0 ? "-" : "รับรองรายงานการประชุมโดยไม่มีการแก้ไข")
                                 : k == 5 ? "-" : "รับทราบ";
          g_autofree char *body = k == 1 && m > 0
            ? g_strdup_printf ("ฝ่ายเลขานุการได้จัดทำรายงานการประชุมครั้งที่ %s และเวียนให้กรรมการพิจารณาแล้ว", previous)
            : g_strdup (k == 0 ? "ประธานแจ้งให้ที่ประชุมทราบถึงนโยบายการส่งเสริมคุณธรรมของกระทรวง" : "");
          parent = INS (d, "agenda_items", "meeting_id", PRS_INT (meeting), "sort_order", PRS_INT (k),
                        "number", PRS_TEXT (number), "kind", PRS_INT (k + 1), "title", PRS_TEXT (agenda[k]),
                        "body", PRS_TEXT (body), "resolution", PRS_TEXT (resolution));
          if (k == 3)
            {
              INS (d, "agenda_items", "meeting_id", PRS_INT (meeting), "parent_id", PRS_INT (parent),
                   "sort_order", PRS_INT (0), "number", PRS_TEXT ("4.1"), "kind", PRS_INT (4),
                   "title", PRS_TEXT ("ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568"),
                   "body", PRS_TEXT ("ฝ่ายเลขานุการรายงานผลคะแนนรายตัวชี้วัดและประเด็นที่ต้องปรับปรุง (เอกสารแนบ 1)"),
                   "resolution", PRS_TEXT ("รับทราบ"));
              INS (d, "agenda_items", "meeting_id", PRS_INT (meeting), "parent_id", PRS_INT (parent),
                   "sort_order", PRS_INT (1), "number", PRS_TEXT ("4.2"), "kind", PRS_INT (4),
                   "title", PRS_TEXT ("ผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม"),
                   "body", PRS_TEXT ("ฝ่ายเลขานุการรายงานผลการดำเนินงานรายกิจกรรม รวม 11 กิจกรรม (เอกสารแนบ 2)"),
                   "resolution", PRS_TEXT ("รับทราบ"));
            }
          else if (k == 4)
            {
              gint64 sub = INS (d, "agenda_items", "meeting_id", PRS_INT (meeting), "parent_id", PRS_INT (parent),
                                "sort_order", PRS_INT (0), "number", PRS_TEXT ("5.1"), "kind", PRS_INT (5),
                                "title", PRS_TEXT (m == 1 ? "ร่างแผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569"
                                                          : "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
                                "body", PRS_TEXT ("ฝ่ายเลขานุการได้จัดทำร่างตามยุทธศาสตร์ทั้ง 5 ด้าน เพื่อให้ที่ประชุมพิจารณา"),
                                "comments", PRS_TEXT ("1. ควรเพิ่มกิจกรรมที่บุคลากรมีส่วนร่วม เช่น การจำลองสถานการณ์\n"
                                                      "2. ควรกำหนดตัวชี้วัดที่วัดผลลัพธ์ได้ชัดเจน"),
                                "resolution", PRS_TEXT ("เห็นชอบในหลักการ และให้ฝ่ายเลขานุการปรับปรุงตามข้อเสนอแนะ"));
              INS (d, "agenda_items", "meeting_id", PRS_INT (meeting), "parent_id", PRS_INT (sub),
                   "sort_order", PRS_INT (0), "number", PRS_TEXT ("5.1.1"), "kind", PRS_INT (5),
                   "title", PRS_TEXT ("งบประมาณกิจกรรมและหน่วยงานที่รับผิดชอบ"), "resolution", PRS_TEXT ("เห็นชอบ"));
            }
        }
      INS (d, "meeting_attachments", "meeting_id", PRS_INT (meeting), "number", PRS_INT (1),
           "title", PRS_TEXT ("ผลคะแนน ITA รายตัวชี้วัด"), "path", PRS_TEXT ("ita-2568.pdf"));
      INS (d, "meeting_attachments", "meeting_id", PRS_INT (meeting), "number", PRS_INT (2),
           "title", PRS_TEXT ("รายงานผลการดำเนินงานตามแผน"), "path", PRS_TEXT ("plan-results.xlsx"));
    }
  (void) dept;
}

/* ITA: the own department item by item; sibling departments only as totals and
 * instrument scores, as the ministry's summary gives them. */
static void
make_ita (Demo *d, gint64 dept, const gint64 *sibling_ids)
{
  /* OIT items not passed per year (a few, improving). */
  static const char * const failed[3][4] = {
    { "O5", "O17", "O40", "O41" }, { "O17", "O40", NULL, NULL }, { "O22", "O40", NULL, NULL },
  };

  /* A seed of its own, so the ITA figures do not move when other parts of the demo
   * draw more or fewer random numbers before this. */
  d->rand.state = 0x17a2566;
  for (int y = 0; y < 3 && !d->failed; y++)
    {
      int year = 2566 + y;
      gint64 result = INS (d, "ita_results", "unit_id", PRS_INT (dept), "year_be", PRS_INT (year),
                           "framework", PRS_TEXT ("ita-2566"));
      char code[8];

      for (int i = 1; i <= 30; i++)
        {
          g_snprintf (code, sizeof code, "I%d", i);
          /* Indicator 5 (I25–I30, fixing corruption problems) is the weakest. */
          INS (d, "ita_figures", "result_id", PRS_INT (result), "code", PRS_TEXT (code),
               "score", PRS_INT (i >= 25 ? prs_rand_between (&d->rand, 8000 + y * 200, 9000 + y * 200)
                                         : prs_rand_between (&d->rand, 8900 + y * 150, 9900)));
        }
      for (int part = 0; part < 2; part++)
        for (int i = 1; i <= 15; i++)
          {
            g_snprintf (code, sizeof code, "E%d", i);
            INS (d, "ita_figures", "result_id", PRS_INT (result), "code", PRS_TEXT (code),
                 "part", PRS_TEXT (part ? "survey" : "public"),
                 "score", PRS_INT (prs_rand_between (&d->rand, 8000 + y * 150 + part * 200, 9500 + y * 100)));
          }
      for (int i = 1; i <= 43; i++)
        {
          gboolean pass = TRUE;
          g_snprintf (code, sizeof code, "O%d", i);
          for (int f = 0; f < 4; f++)
            if (failed[y][f] && g_str_equal (failed[y][f], code))
              pass = FALSE;
          INS (d, "ita_figures", "result_id", PRS_INT (result), "code", PRS_TEXT (code),
               "score", PRS_INT (pass ? 10000 : 0));
        }

      for (guint s = 0; s < G_N_ELEMENTS (siblings); s++)
        {
          gint64 r = INS (d, "ita_results", "unit_id", PRS_INT (sibling_ids[s]), "year_be", PRS_INT (year),
                          "framework", PRS_TEXT ("ita-2566"));
          int iit = prs_rand_between (&d->rand, 7800, 9800);
          int eit = prs_rand_between (&d->rand, 7500, 9600);
          int oit = s == 6 && y == 0 ? 5500 : prs_rand_between (&d->rand, 7000, 10000);
          /* 0.3 IIT + 0.3 EIT + 0.4 OIT, in hundredths, half up. */
          int total = (3 * iit + 3 * eit + 4 * oit + 5) / 10;
          INS (d, "ita_figures", "result_id", PRS_INT (r), "code", PRS_TEXT ("IIT"), "score", PRS_INT (iit));
          INS (d, "ita_figures", "result_id", PRS_INT (r), "code", PRS_TEXT ("EIT"), "score", PRS_INT (eit));
          INS (d, "ita_figures", "result_id", PRS_INT (r), "code", PRS_TEXT ("OIT"), "score", PRS_INT (oit));
          INS (d, "ita_figures", "result_id", PRS_INT (r), "code", PRS_TEXT ("total"), "score", PRS_INT (total));
        }
    }

  /* The analysis of 2568: one issue, its evidence and a measure. */
  {
    gint64 result = prs_store_query_int (d->store, "SELECT max (id) FROM ita_results WHERE year_be = 2568 "
                                                   "AND unit_id IN (SELECT id FROM units WHERE is_own_agency = 1)", 0);
    g_autofree char *plan_title = prs_ita_measures_plan_title (2568);
    /* The measures drawn from the 2568 assessment are carried out in fiscal year 2569. */
    gint64 plan = INS (d, "plans", "kind", PRS_TEXT ("internal_measures"), "fiscal_year", PRS_INT (2569),
                       "unit_id", PRS_INT (dept), "title", PRS_TEXT (plan_title));
    gint64 issue = INS (d, "ita_issues", "result_id", PRS_INT (result), "plan_id", PRS_INT (plan),
                        "sort_order", PRS_INT (0),
                        "title", PRS_TEXT ("การแก้ไขปัญหาการทุจริตยังไม่เป็นที่รับรู้ของบุคลากร"),
                        "description", PRS_TEXT ("คะแนนตัวชี้วัดที่ 5 ต่ำกว่าตัวชี้วัดอื่น และมาตรการส่งเสริมคุณธรรมยังเผยแพร่ไม่ครบ"));
    gint64 measure;
    INS (d, "ita_issue_items", "issue_id", PRS_INT (issue), "code", PRS_TEXT ("I27"));
    INS (d, "ita_issue_items", "issue_id", PRS_INT (issue), "code", PRS_TEXT ("O40"),
         "role", PRS_TEXT ("evidence"));
    measure = INS (d, "ita_measures", "issue_id", PRS_INT (issue), "sort_order", PRS_INT (0),
                   "title", PRS_TEXT ("เผยแพร่ผลการจัดการเรื่องร้องเรียนการทุจริตให้บุคลากรทราบทุกไตรมาส"),
                   "steps", PRS_TEXT ("1. รวบรวมผลการจัดการเรื่องร้องเรียน\n2. สรุปเป็นอินโฟกราฟิก\n3. เผยแพร่ทางอินทราเน็ตและอีเมล"),
                   "period_text", PRS_TEXT ("ม.ค. – ก.ย. 2569"), "start_date", PRS_TEXT ("2026-01-01"),
                   "end_date", PRS_TEXT ("2026-09-30"));
    INS (d, "ita_measure_units", "measure_id", PRS_INT (measure),
         "unit_id", PRS_INT (prs_store_query_int (d->store, "SELECT id FROM units WHERE abbreviation = 'ศปท.'", 0)));

    /* A measure for every unit, and one for a work group that documents name with its
     * bureau ("สำนักงานเลขานุการกรม กลุ่มงานนิติการ"). */
    INS (d, "ita_measures", "issue_id", PRS_INT (issue), "sort_order", PRS_INT (1),
         "title", PRS_TEXT ("ทบทวนประมวลจริยธรรมกับบุคลากรทุกหน่วยงานในการประชุมประจำเดือน"),
         "steps", PRS_TEXT ("1. จัดทำสื่อสรุปประมวลจริยธรรม\n2. ทบทวนในการประชุมประจำเดือนของทุกหน่วยงาน"),
         "period_text", PRS_TEXT ("ต.ค. 2568 – ก.ย. 2569"), "all_units", PRS_BOOL (TRUE));
    {
      gint64 secretariat = prs_store_query_int (d->store, "SELECT id FROM units WHERE abbreviation = 'สลก.'", 0);
      gint64 legal = INS (d, "units", "parent_id", PRS_INT (secretariat), "name", PRS_TEXT ("กลุ่มงานนิติการ"),
                          "abbreviation", PRS_TEXT ("กนก."), "sort_order", PRS_INT (0));

      measure = INS (d, "ita_measures", "issue_id", PRS_INT (issue), "sort_order", PRS_INT (2),
                     "title", PRS_TEXT ("จัดทำแนวปฏิบัติการคุ้มครองผู้แจ้งเบาะแสการทุจริต"),
                     "steps", PRS_TEXT ("1. ยกร่างแนวปฏิบัติ\n2. เสนอผู้บริหารลงนาม\n3. เผยแพร่บนเว็บไซต์"),
                     "period_text", PRS_TEXT ("ธ.ค. 2568 – มี.ค. 2569"));
      INS (d, "ita_measure_units", "measure_id", PRS_INT (measure), "unit_id", PRS_INT (legal));
    }

    /* The published context of the 2568 result (made-up figures). */
    INS (d, "ita_contexts", "result_id", PRS_INT (result), "national_average", PRS_INT (8841),
         "national_rank", PRS_INT (37), "national_count", PRS_INT (159),
         "ministry_rank", PRS_INT (2), "ministry_count", PRS_INT (12),
         "respondents_internal", PRS_INT (188), "respondents_public", PRS_INT (404),
         "respondents_survey", PRS_INT (42),
         "recommendations", PRS_TEXT ("ควรสื่อสารมาตรการป้องกันการทุจริตและช่องทางร้องเรียนให้บุคลากรรับรู้อย่างทั่วถึง\n"
                                      "ควรเผยแพร่ผลการขับเคลื่อนจริยธรรมให้ครบถ้วนภายในรอบการประเมิน"),
         "limitations", PRS_TEXT ("ผลการประเมินสะท้อนการรับรู้ของผู้ตอบในช่วงเวลาที่เก็บข้อมูล "
                                  "จำนวนผู้ตอบ EIT Survey มีน้อยกว่ากลุ่มตัวอย่างที่กำหนด"));
  }
}

gboolean
prs_store_write_demo (PrsStore *self, GError **error)
{
  Demo d = { self, { 2569 }, error, FALSE };
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (Staff));
  gint64 ministry, dept, bureau_ids[13], sibling_ids[11], meeting1 = 0;

  g_return_val_if_fail (PRS_IS_STORE (self), FALSE);

  if (prs_store_count (self, "units") > 0)
    {
      g_set_error_literal (error, PRS_STORE_ERROR, PRS_STORE_ERROR_INVALID,
                           _("The workspace already has data; the demonstration needs an empty one."));
      return FALSE;
    }
  if (!prs_store_bulk_begin (self, error))
    return FALSE;

  INS (&d, "meta", "key", PRS_TEXT ("organisation"), "value", PRS_TEXT ("กรมส่งเสริมธรรมาภิบาลการค้า"));
  INS (&d, "meta", "key", PRS_TEXT ("demo"), "value", PRS_TEXT ("1"));
  ministry = INS (&d, "units", "name", PRS_TEXT ("กระทรวงเศรษฐกิจการค้า"), "abbreviation", PRS_TEXT ("ศค."));
  dept = INS (&d, "units", "parent_id", PRS_INT (ministry), "name", PRS_TEXT ("กรมส่งเสริมธรรมาภิบาลการค้า"),
              "abbreviation", PRS_TEXT ("สธค."), "is_own_agency", PRS_BOOL (TRUE));
  for (guint b = 0; b < G_N_ELEMENTS (bureaus); b++)
    bureau_ids[b] = INS (&d, "units", "parent_id", PRS_INT (dept), "name", PRS_TEXT (bureaus[b].name),
                         "abbreviation", PRS_TEXT (bureaus[b].abbr), "sort_order", PRS_INT (b));
  for (guint s = 0; s < G_N_ELEMENTS (siblings); s++)
    sibling_ids[s] = INS (&d, "units", "parent_id", PRS_INT (ministry), "name", PRS_TEXT (siblings[s].name),
                          "abbreviation", PRS_TEXT (siblings[s].abbr), "sort_order", PRS_INT (s + 1));

  if (!d.failed)
    make_people (&d, bureau_ids, staff);
  if (!d.failed)
    make_committee (&d, dept, staff, &meeting1);
  if (!d.failed)
    make_plan (&d, dept, bureau_ids, staff, meeting1);
  if (!d.failed)
    shape_kpi_coverage (&d, staff);
  if (!d.failed)
    make_ita (&d, dept, sibling_ids);
  if (!d.failed)
    make_deep_plan (&d, dept, bureau_ids);

  return prs_store_bulk_end (self, !d.failed, d.failed ? NULL : error) && !d.failed;
}
