/* bench-charts.c: time to draw a 12-agency grouped bar chart and a 10-axis
 * radar at 1600×900 (target under 8 ms a frame). Prints figures; asserts
 * nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "prs-chart.h"

static const char *agencies[] = {
  "กรมส่งเสริมการค้าและการลงทุนระหว่างประเทศ", "กรมพัฒนาทรัพยากรน้ำและสิ่งแวดล้อมชุมชน",
  "กรมส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม", "สำนักงานปลัดกระทรวงพัฒนาเศรษฐกิจดิจิทัล",
  "กรมคุ้มครองผู้บริโภคและการแข่งขันทางการค้า", "กรมมาตรฐานสินค้าเกษตรและอาหารปลอดภัย",
  "กรมพัฒนาฝีมือแรงงานและการจ้างงานผู้สูงอายุ", "สถาบันพัฒนาบุคลากรภาครัฐด้านคุณธรรม",
  "กรมส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม", "กรมบริหารจัดการทรัพย์สินทางปัญญาแห่งชาติ",
  "สำนักงานนโยบายและยุทธศาสตร์การค้าชายแดน", "กรมการขนส่งและโลจิสติกส์ภูมิภาค",
};
static const char *indicators[] = {
  "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
};

static PrsChart *
grouped (void)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_GROUPED_BAR);
  double a[12], b[12];

  for (int i = 0; i < 12; i++)
    {
      prs_chart_add_category (chart, agencies[i]);
      a[i] = 70 + fmod (i * 7.31, 28);
      b[i] = 72 + fmod (i * 5.17, 27);
    }
  prs_chart_set_title (chart, "คะแนน ITA เปรียบเทียบ ๒ ปี รายหน่วยงาน");
  prs_chart_add_series (chart, "ปี ๒๕๖๗", a, 12, -1);
  prs_chart_add_series (chart, "ปี ๒๕๖๘", b, 12, -1);
  prs_chart_add_reference_line (chart, 85, "เกณฑ์ผ่าน ๘๕");
  prs_chart_set_highlight (chart, 0);
  prs_chart_set_fixed_scale (chart, 0, 100);
  prs_chart_set_thai_digits (chart, TRUE);
  return chart;
}

static PrsChart *
radar (void)
{
  PrsChart *chart = prs_chart_new (PRS_CHART_RADAR);
  double a[10], b[10];

  for (int i = 0; i < 10; i++)
    {
      prs_chart_add_category (chart, indicators[i]);
      a[i] = 70 + fmod (i * 7.31, 28);
      b[i] = 72 + fmod (i * 5.17, 27);
    }
  prs_chart_set_title (chart, "คะแนนรายตัวชี้วัด ปี ๒๕๖๘ เทียบกับปี ๒๕๖๗");
  prs_chart_add_series (chart, "ปี ๒๕๖๗", a, 10, -1);
  prs_chart_add_series (chart, "ปี ๒๕๖๘", b, 10, -1);
  prs_chart_add_reference_line (chart, 85, "เกณฑ์ผ่าน ๘๕");
  prs_chart_set_fixed_scale (chart, 0, 100);
  return chart;
}

static void
bench (const char *name, PrsChart *chart, PrsChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  const int frames = 100;
  gint64 t0, t1, t2;

  /* first frame: layout (text measured) and drawing */
  t0 = g_get_monotonic_time ();
  prs_chart_draw (cr, 1600, 900, chart, style);
  t1 = g_get_monotonic_time ();
  /* later frames, as when the widget repaints: the layout is cached */
  for (int i = 0; i < frames; i++)
    prs_chart_draw (cr, 1600, 900, chart, style);
  cairo_surface_flush (surface);
  t2 = g_get_monotonic_time ();
  printf ("%-24s first frame (layout + draw) %7.2f ms   repaint %7.2f ms/frame   (target < 8 ms)\n", name,
          (t1 - t0) / 1000.0, (t2 - t1) / 1000.0 / frames);

  /* a new size each frame, as while the window is being resized */
  t0 = g_get_monotonic_time ();
  for (int i = 0; i < 20; i++)
    prs_chart_draw (cr, 1600 - i, 900 - i, chart, style);
  t1 = g_get_monotonic_time ();
  printf ("%-24s resize (layout every frame)              %7.2f ms/frame\n", name, (t1 - t0) / 1000.0 / 20);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (void)
{
  g_autoptr (PrsChartStyle) light = prs_chart_style_new (PRS_CHART_STYLE_LIGHT);
  g_autoptr (PrsChartStyle) projector = prs_chart_style_new (PRS_CHART_STYLE_PROJECTOR);
  g_autoptr (PrsChart) g = grouped ();
  g_autoptr (PrsChart) r = radar ();

  bench ("grouped 12×2, light", g, light);
  bench ("grouped 12×2, projector", g, projector);
  bench ("radar 10×2, light", r, light);
  bench ("radar 10×2, projector", r, projector);
  return 0;
}
