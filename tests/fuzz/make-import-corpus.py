#!/usr/bin/env python3
"""Writes the seed corpora of the importer fuzz targets (plan, roster, attendance,
signin): small messy files - Thai digits, Windows-874, title rows, merged cells left
empty, minutes pasted as text, minimal XLSX workbooks. Made-up names only.

Run from anywhere: python3 tests/fuzz/make-import-corpus.py
SPDX-License-Identifier: GPL-3.0-or-later
"""
import os, shutil, zipfile, io
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, shared=False):
    """A minimal workbook, one sheet; inline strings or a shared-string table."""
    strings = []
    sheet = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for ri, row in enumerate(rows, 1):
        cells = ''
        for ci, v in enumerate(row):
            if v == '':
                continue
            if shared:
                strings.append(v)
                cells += f'<c r="{col(ci)}{ri}" t="s"><v>{len(strings) - 1}</v></c>'
            else:
                cells += f'<c r="{col(ci)}{ri}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        sheet.append(f'<row r="{ri}">{cells}</row>')
    sheet.append('</sheetData></worksheet>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="แผน" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        if shared:
            z.writestr('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                       + ''.join(f'<si><t>{escape(s)}</t></si>' for s in strings) + '</sst>')
        z.writestr('xl/worksheets/sheet1.xml', ''.join(sheet))
    return buf.getvalue()


def csv(rows, enc='utf-8'):
    out = []
    for r in rows:
        out.append(','.join('"' + c.replace('"', '""') + '"' if (',' in c or '"' in c or '\n' in c) else c for c in r))
    return ('\r\n'.join(out) + '\r\n').encode(enc)


def write(target, name, data):
    d = os.path.join(HERE, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


# ---- plan tables --------------------------------------------------------------------
for name in ('plan-2569-messy.csv', 'plan-deep-dotted.csv', 'plan-levels-win874.csv'):
    shutil.copy(os.path.join(ROOT, 'tests', 'plans', 'data', name), os.path.join(HERE, 'corpus', 'plan', name))
plan_rows = [
    ['แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'],
    ['ลำดับ', 'ยุทธศาสตร์', 'โครงการ/กิจกรรม', 'ตัวชี้วัด', 'งบประมาณ', 'ต.ค.', 'พ.ย.', 'ธ.ค.', 'หน่วยงานรับผิดชอบ', 'Common KPI'],
    ['๑', 'ยุทธศาสตร์ที่ ๑ เสริมสร้างจิตสำนึก', 'กิจกรรมทดลอง ๑', 'ร้อยละ ๘๐', '๗,๒๒๕ บาท', '←', '', '→', 'สทน., สทส.', '✓'],
    ['', '', '(ต่อ) รายละเอียด', 'ไม่น้อยกว่า ๓ ครั้ง', '', '', '', '', '', ''],
    ['2', '', 'กิจกรรมทดลอง ๒', '4 ครั้ง', 'ใช้งบประมาณร่วมกับกิจกรรมที่ ๑', '', '/', '', 'ทุกหน่วยงาน', ''],
    ['รวม', '', '', '', '7225', '', '', '', '', ''],
]
write('plan', 'plan-merged.xlsx', xlsx(plan_rows))
write('plan', 'plan-shared.xlsx', xlsx(plan_rows, shared=True))
write('plan', 'plan-quarters.csv', csv([
    ['ที่', 'กิจกรรม', 'เป้าหมาย', 'งบประมาณ (บาท)', 'ระยะเวลาดำเนินงาน', '', '', ''],
    ['', '', '', '', 'ไตรมาสที่ ๑', 'ไตรมาสที่ ๒', 'ไตรมาสที่ ๓', 'ไตรมาสที่ ๔'],
    ['1', 'กิจกรรมที่ ๑ อบรม', 'ร้อยละ 80\nตัวชี้วัด : ผู้เข้าร่วม เป้าหมาย : ๔๐ คน', '-', 'x', '', '', 'x'],
    ['1.1', 'ย่อย (ใช้งบประมาณ ๑,๒๐๐ บาท)', '', 'n/a', '', 'x', '', ''],
    ['ที่', 'กิจกรรม', 'เป้าหมาย', 'งบประมาณ (บาท)', '', '', '', ''],
    ['๒', 'กิจกรรมที่ ๒', '80%', 'ไม่ใช้งบประมาณ', 'Q1', '', '', ''],
], enc='cp874'))

# ---- staff rosters --------------------------------------------------------------------
roster = [
    ['รายชื่อบุคลากร กรมทดลองสมมติ ณ วันที่ ๑ ตุลาคม ๒๕๖๘'],
    ['ลำดับ', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'หน่วยงาน', 'ประเภท'],
    ['๑', 'นางสาว', 'ณัฐธิดา', 'ศรีสุขสมบูรณ์', 'นักวิเคราะห์นโยบายและแผน', 'สทน.', 'ข้าราชการ'],
    ['๒', 'นาย', 'ชัยวัฒน์', 'มั่นคงสมมติ', 'นิติกร', 'สำนักทดลองสอง', 'พนักงานราชการ'],
    ['3', 'ดร.', 'อรทัย', 'ณ นครทดลอง', '', 'กองใหม่ทดลอง (กมท.)', 'ลูกจ้างประจำ'],
    ['3', 'ดร.', 'อรทัย', 'ณ นครทดลอง', '', 'กองใหม่ทดลอง (กมท.)', 'ลูกจ้างประจำ'],
]
write('roster', 'roster-win874.csv', csv(roster, enc='cp874'))
write('roster', 'roster-utf8.csv', b'\xef\xbb\xbf' + csv([
    ['ชื่อ-สกุล', 'สังกัด', 'ประเภทบุคลากร'],
    ['นายกิตติพัฒน์  ทองเจริญผล', 'สำนักทดลองหนึ่ง', 'government_employee'],
    ['นางวิไลพรรณ แก้วประเสริฐ', 'สทส.', 'ลูกจ้างชั่วคราว'],
    ['Mr. Somchai Testwong', 'สทส.', 'civil_servant'],
]))
write('roster', 'roster.xlsx', xlsx(roster, shared=True))
write('roster', 'committee.csv', csv([
    ['คำสั่งแต่งตั้งคณะกรรมการจริยธรรม'],
    ['ที่', 'ชื่อ-สกุล', 'ตำแหน่ง', 'ตำแหน่งในคณะกรรมการ'],
    ['๑', 'นายสมมติ ใจดีทดลอง', 'ปลัดกระทรวงทดลอง', 'ประธานกรรมการ'],
    ['๒', '', 'ผู้อำนวยการกองกลาง', 'กรรมการ'],
    ['๓', 'นายจำลอง ตรวจสอบ', '', 'กรรมการและเลขานุการ'],
]))

# ---- attendance (minutes pasted as text; the first byte chooses text/CSV/XLSX) ----------
write('attendance', 'minutes.txt', '''ผู้มาประชุม
๑. นายสมมติ ใจดีทดลอง\tปลัดกระทรวงทดลอง\tประธานกรรมการ
๒. นางสาวทดสอบ  รักษ์ธรรม\tกรรมการ
   (ทำหน้าที่ประธาน)
๓. นายบุญมา ทดแทน ผู้อำนวยการกองกลาง แทน ผู้อำนวยการกองกลาง
ผู้ไม่มาประชุม
๑. นายจำลอง ตรวจสอบ\tติดราชการ
ผู้เข้าร่วมประชุม
๑. นางสาวสมใจ ผู้สังเกต  นักวิชาการ
''')
write('attendance', 'minutes-win874.txt', 'ผู้มาประชุม\r\n1) ผศ.ดร.สมมติ ใจดีทดลอง ประธาน\r\n2) มอบหมาย นายบุญมา ทดแทน\r\nลาประชุม\r\n๓. นายจำลอง  ตรวจสอบ\r\n'.encode('cp874'))
write('attendance', 'attendance.csv', b',' + csv([
    ['ชื่อ-สกุล', 'สถานะ', 'ผู้แทน', 'ตำแหน่ง'],
    ['นายสมมติ ใจดีทดลอง', 'มา', '', ''],
    ['ผู้อำนวยการกองกลาง', 'มอบหมาย นายบุญมา ทดแทน', '', ''],
    ['นายจำลอง ตรวจสอบ', 'ลา', '', ''],
    ['นางสาวคนนอก ทดลอง', 'ผู้เข้าร่วมประชุม', '', 'ผู้สังเกตการณ์'],
]))
write('attendance', 'attendance.xlsx', xlsx([
    ['รายชื่อผู้เข้าประชุม ครั้งที่ ๑/๒๕๖๘'],
    ['ชื่อ-สกุล', 'สถานะ'],
    ['นายสมมติ ใจดีทดลอง', 'present'],
    ['นายจำลอง ตรวจสอบ', 'absent'],
], shared=True))

# ---- sign-in lists ---------------------------------------------------------------------
write('signin', 'pasted.txt', 'นางสาวณัฐธิดา ศรีสุขสมบูรณ์\nนาย กิตติพัฒน์  ทองเจริญพล\nชัยวัฒน์ มั่นคงสมมติ\tสทส.\nดร.อรทัย ณ นครทดลอง\nนางสาวคนนอก ไม่มีจริง\nนางสาวณัฐธิดา ศรีสุขสมบูรณ์\n')
write('signin', 'signin.csv', b'\xef\xbb\xbf' + csv([
    ['ลายมือชื่อผู้เข้าร่วมกิจกรรม'],
    ['ลำดับ', 'ชื่อ-สกุล', 'หน่วยงาน', 'ลายมือชื่อ'],
    ['๑', 'นางวิไลพรรณ แก้วประเสริฐ', 'สทส.', ''],
    ['๒', 'Mr. Somchai Testwong', '', ''],
    ['๓', 'ชัยวัฒน์ มั่นคงสมมติ', 'สำนักทดลองหนึ่ง', ''],
]))
write('signin', 'signin-win874.csv', csv([['ชื่อ'], ['นายชัยวัฒน์ มั่นคงสมมุติ'], ['นางสาวณัฐธิตา ศรีสุขสมบูรณ์']], enc='cp874'))
