#!/usr/bin/env python3
# Meetings through prongsai-cli, end to end, on messy files as a secretariat gets them:
# a Windows-874 roster with title rows and Thai digits, an XLSX attendance list with
# differently spelled names, a delegate, guests and an acting chair, lines pasted out of
# minutes; quorum edges, rates changing mid-year, minutes and claim sheets checked as
# text. All people are invented.  SPDX-License-Identifier: GPL-3.0-or-later
import json, os, shutil, sqlite3, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape

CLI = os.environ.get('PRONGSAI_CLI') or sys.argv[1]
tmp = tempfile.mkdtemp(prefix='prs-meetings-')
failures = []
for tool in ('pdftotext', 'libreoffice'):
    if shutil.which(tool) is None:
        sys.exit(f'{tool} is needed for this test')


def run(ws, *args, expect=0):
    p = subprocess.run([CLI, '--workspace', ws, *args], capture_output=True, text=True,
                       env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))
    if p.returncode != expect:
        raise AssertionError(f'{" ".join(args)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}')
    return p


def check(name, cond, detail=''):
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else f': {detail}'))
    if not cond:
        failures.append(name)


def write(name, text, encoding='utf-8'):
    path = os.path.join(tmp, name)
    with open(path, 'wb') as f:
        f.write(text.encode(encoding))
    return path


def write_xlsx(name, rows):
    """A minimal XLSX with inline strings, as a spreadsheet program saves one."""
    path = os.path.join(tmp, name)
    def col(i):
        return chr(ord('A') + i)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            if v != '':
                sheet.append(f'<c r="{col(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        sheet.append('</row>')
    sheet.append('</sheetData></worksheet>')
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr('_rels/.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr('xl/workbook.xml',
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', ''.join(sheet))
    return path


def show(ws, committee, meeting):
    return json.loads(run(ws, 'meeting', 'show', '--committee', committee, '--meeting', meeting, '--json').stdout)


def allowance(ws, committee, meeting):
    return json.loads(run(ws, 'meeting', 'allowance', '--committee', committee, '--meeting', meeting, '--json').stdout)


def count(ws, table):
    con = sqlite3.connect(ws)
    try:
        return con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]
    finally:
        con.close()


C = 'คณะกรรมการจริยธรรมประจำกรมสมมติ'
ws = os.path.join(tmp, 'a.prongsai')

# ---- 1. roster: Windows-874, title rows, Thai digits, titles and ranks, a post's seat --
roster = '\r\n'.join([
    'รายชื่อคณะกรรมการจริยธรรมประจำกรมสมมติ,,,',
    'ตามคำสั่งที่ ๑๒/๒๕๖๘ ลงวันที่ ๒๙ สิงหาคม ๒๕๖๘,,,',
    ',,,',
    'ลำดับ,ชื่อ - สกุล,ตำแหน่ง,ตำแหน่งในคณะกรรมการ',
    '๑,นางกานดา  สายสุข ทองดี,ผู้ทรงคุณวุฒิ,ประธานคณะกรรมการ',
    '๒,ผศ.ดร.วิชัย ใจกล้า,ผู้ทรงคุณวุฒิ,รองประธานกรรมการ',
    '๓,นางวิภา รวยสุข,นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ,กรรมการ',
    '๔,น.ส.อรุณี พิสิษฐ์กุล,นิติกรชำนาญการ,คณะกรรมการ',
    '๕,ว่าที่ ร.ต.ณัชญ์ มั่นคงดี,นักทรัพยากรบุคคลชำนาญการ,กรรมการ',
    '๖,ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล สำนักบริหารกลาง,,กรรมการ',
    '๗,นายพรเทพ ศิลา\u200bแก้ว,นักทรัพยากรบุคคลชำนาญการพิเศษ,กรรมการและเลขานุการ',
    '๘,นางสาวปวีณ์ธิดา เอื้ออารี,นักทรัพยากรบุคคลปฏิบัติการ,ผู้ช่วยเลขานุการ',
]) + '\r\n'
# U+200B has no Windows-874 form: the roster's zero-width space comes in the XLSX below.
roster_874 = write('roster.csv', roster.replace('\u200b', ''), 'cp874')
out = run(ws, 'committee', 'import', roster_874, '--name', C, '--kind', 'ethics').stdout
check('roster: 8 members', 'Imported 8 members' in out, out)
check('roster: post seat', 'seat held by a post' in out, out)
con = sqlite3.connect(ws)
roles = [r[0] for r in con.execute('SELECT role FROM committee_members ORDER BY sort_order')]
con.close()
check('roster: roles from Thai', roles == ['chair', 'vice_chair', 'member', 'member', 'member', 'member',
                                            'member_secretary', 'assistant_secretary'], roles)

# bad roster input: an unreadable role names its line, nothing written
bad = write('bad-roster.csv', 'ชื่อ-สกุล,ตำแหน่ง,บทบาท\nนายสมมติ ทดสอบ,นิติกร,ผู้สังเกตการณ์\n')
p = run(os.path.join(tmp, 'bad.prongsai'), 'committee', 'import', bad, '--name', 'X', expect=2)
check('roster: bad role names line 2', 'line 2' in p.stderr, p.stderr)
check('roster: bad role writes nothing', not os.path.exists(os.path.join(tmp, 'bad.prongsai')))

run(ws, 'committee', 'rate', '--committee', C, '--role', 'chair', '--amount', '2,000', '--from', '2023-02-08')
run(ws, 'committee', 'rate', '--committee', C, '--role', 'member', '--amount', '๑,๖๐๐', '--from', '2023-02-08')
run(ws, 'committee', 'rate', '--committee', C, '--role', 'member', '--amount', '1800', '--from', '2026-01-01')
run(ws, 'committee', 'rate', '--committee', C, '--role', 'boss', '--amount', '1', expect=2)
run(ws, 'committee', 'rate', '--committee', 'ไม่มีคณะนี้', '--role', 'member', '--amount', '1', expect=2)

run(ws, 'meeting', 'add', '--committee', C, '--meeting', '๒/๒๕๖๘', '--date', '2025-11-07',
    '--start', '๑๐.๐๐', '--end', '12:00', '--venue', 'ห้องประชุม ๕๐๑ ชั้น ๕')
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '2/2568', '--date', '2025-11-07', expect=2)
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '3/68', '--date', '2026-31-01', expect=2)
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '3', '--date', '2026-01-15', expect=2)

# ---- 2. attendance from XLSX: spellings, a delegate, guests --------------------------
att = write_xlsx('att.xlsx', [
    ['บัญชีลงเวลาการประชุม ครั้งที่ ๒/๒๕๖๘'],
    [],
    ['ที่', 'ชื่อ-นามสกุล', 'สถานะ', 'ผู้แทน', 'ตำแหน่ง', 'ทำหน้าที่ประธาน'],
    ['1', 'นางกานดา สายสุข\u200bทองดี', 'มา', '', 'ผู้ทรงคุณวุฒิ', ''],
    ['2', 'ผศ. ดร. วิชัย  ใจกล้า', 'มา', '', 'ผู้ทรงคุณวุฒิ', ''],
    ['3', 'นางวิภา รอยสุข', 'มา', '', 'นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ', ''],
    ['4', 'นางสาวอรุณี พิธิษฐ์กุล', 'present', '', 'นิติกรชำนาญการ', ''],
    ['5', 'นายณัฐวุฒิ มั่นคงดี', 'ลา', '', '', ''],
    ['6', 'นายสมบัติ รักงาน', 'มา', '', 'ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล', ''],
    ['7', 'นายพรเทพ ศีลาแก้ว', 'มา', '', '', ''],
    ['8', 'นางสาวปวีณ์ธิดา เอื้ออารีย์', 'มอบหมาย', 'นางสาวแก้วตา ใจงาม', '', ''],
    ['9', 'นางสาวแก้วตา ใจงาม', 'ผู้เข้าร่วมประชุม', '', 'นักทรัพยากรบุคคลปฏิบัติการ', ''],
    ['10', 'นายธนา มีสุข', 'guest', '', 'นิติกรปฏิบัติการ', ''],
])
p = run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '2/2568', att, expect=2)
check('attendance: close matches refused without --accept-close', 'accept-close' in p.stderr, p.stderr)
check('attendance: preview lists close matches', p.stdout.count('\tclose\t') == 5, p.stdout)
check('attendance: nothing written before confirming', count(ws, 'attendance') == 0)
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '2/2568', att, '--accept-close')
s = show(ws, C, '2/2568')
check('show: keys', list(s) == ['committee', 'meeting', 'date', 'members', 'present', 'absent',
                                'delegates', 'guests', 'quorum', 'attendance'], list(s))
check('show: counts', (s['members'], s['present'], s['absent'], s['delegates']) == (8, 6, 2, 1), s)
check('show: guests', s['guests'] == ['นางสาวแก้วตา ใจงาม', 'นายธนา มีสุข'], s['guests'])
check('show: quorum', s['quorum'] is True)
by = {a['name']: a for a in s['attendance']}
check('show: close match recorded', by['นางวิภา รวยสุข']['match'] == 'close', by.get('นางวิภา รวยสุข'))
check('show: same surname, other first name is close', by['ว่าที่ ร.ต.ณัชญ์ มั่นคงดี']['match'] == 'close'
      and by['ว่าที่ ร.ต.ณัชญ์ มั่นคงดี']['status'] == 'leave')
check('show: delegate', by['นางสาวปวีณ์ธิดา เอื้ออารี']['delegate'] == 'นางสาวแก้วตา ใจงาม'
      and by['นางสาวปวีณ์ธิดา เอื้ออารี']['status'] == 'delegate')
check('show: post seat held by its holder', by.get('นายสมบัติ รักงาน', {}).get('match') == 'exact', s['attendance'])
check('show: exact despite spacing and zero-width', by['นางกานดา สายสุข ทองดี']['match'] == 'exact')

a = allowance(ws, C, '2/2568')
check('allowance: total', a['total'] == 2000 + 5 * 1600, a)
check('allowance: words are BAHTTEXT', a['words'] == 'หนึ่งหมื่นบาทถ้วน', a['words'])
check('allowance: no delegate paid by default', all(l['name'] != 'นางสาวแก้วตา ใจงาม' for l in a['lines']))
raw = run(ws, 'meeting', 'allowance', '--committee', C, '--meeting', '2/2568', '--json').stdout
check('allowance: amounts with two decimals', '"amount": 2000.00' in raw and '"total": 10000.00' in raw, raw)
run(ws, 'committee', 'set', '--committee', C, '--delegate-paid', 'yes')
a = allowance(ws, C, '2/2568')
check('allowance: delegate paid when the committee says so', a['total'] == 11600
      and any(l['name'] == 'นางสาวแก้วตา ใจงาม' and l['amount'] == 1600 for l in a['lines']), a)
run(ws, 'committee', 'set', '--committee', C, '--delegate-paid', 'no')

# an unknown name that is not a guest: error naming its line, nothing changed
bad = write('bad-att.csv', 'ชื่อ-สกุล,สถานะ\nนางกานดา สายสุข ทองดี,มา\nนายไม่มี ในรายชื่อ,มา\n')
p = run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '2/2568', bad, expect=2)
check('attendance: unknown name names its line', 'line 3' in p.stderr and 'นายไม่มี ในรายชื่อ' in p.stderr, p.stderr)
check('attendance: unknown name changes nothing', show(ws, C, '2/2568')['present'] == 6)
bad = write('bad-status.csv', 'ชื่อ-สกุล,สถานะ\nนางกานดา สายสุข ทองดี,บางที\n')
p = run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '2/2568', bad, expect=2)
check('attendance: bad status names its line', 'line 2' in p.stderr, p.stderr)
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '9/2568', bad, expect=2)

# ---- 3. lines pasted out of minutes; acting chair; rate changed mid-year --------------
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '1/2569', '--date', '2026-01-15', '--start', '13:30')
pasted = write('pasted.txt', '\n'.join([
    'รายงานการประชุม',
    'ณ ห้องประชุม ๕๐๑ ชั้น ๕',
    '',
    'ผู้มาประชุม',
    '๑. ผศ.ดร.วิชัย ใจกล้า\tผู้ทรงคุณวุฒิ\tรองประธานกรรมการ ทำหน้าที่ประธานในที่ประชุม',
    '๒. นางวิภา รวยสุข\tนักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ\tกรรมการ',
    '๓. นางสาวอรุณี พิสิษฐ์กุล\tนิติกรชำนาญการ\tกรรมการ',
    '๔. นายพรเทพ ศิลาแก้ว\tนักทรัพยากรบุคคลชำนาญการพิเศษ\tกรรมการและเลขานุการ',
    '',
    'ผู้ไม่มาประชุม',
    '๑. นางกานดา สายสุข ทองดี\tผู้ทรงคุณวุฒิ\tประธานกรรมการ',
    '๒. ว่าที่ร้อยตรีณัชญ์ มั่นคงดี (มอบหมายนายสุข ใจดี)\tนักทรัพยากรบุคคลชำนาญการ\tกรรมการ',
    '',
    'ผู้เข้าร่วมประชุม',
    '๑. นายสุข ใจดี\tนักทรัพยากรบุคคลปฏิบัติการ',
]) + '\n')
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '1/2569', pasted)
s = show(ws, C, '1/2569')
check('pasted: counts', (s['present'], s['absent'], s['delegates'], len(s['guests'])) == (4, 4, 1, 1), s)
check('pasted: acting chair', any(x['acting_chair'] and x['role'] == 'vice_chair' for x in s['attendance']), s)
check('pasted: quorum 4 of 7 voting', s['quorum'] is True, s)
a = allowance(ws, C, '1/2569')
vice = [l for l in a['lines'] if l['role'] == 'vice_chair']
check('acting chair paid as chair', vice and vice[0]['amount'] == 2000, a)
check('rate changed mid-year', sorted(l['amount'] for l in a['lines']) == [1800, 1800, 1800, 2000], a)

# Lines copied from the minutes' list of those absent into a sheet, the status cell
# left blank: "(ลา)" after the name is the status (it was read as present, and paid).
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '3/2569', '--date', '2026-03-15')
copied = write('copied-notes.csv', 'ชื่อ-สกุล,สถานะ\n'
               'นางวิภา รวยสุข,มา\n'
               'นางสาวอรุณี พิสิษฐ์กุล (ลา),\n'
               'นายพรเทพ ศิลาแก้ว (ติดราชการ),\n')
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '3/2569', copied)
s = show(ws, C, '3/2569')
def status_of(part):
    return next((x['status'] for x in s['attendance'] if part in x['name']), None)
check('"(ลา)" after a name with the status blank is leave', status_of('อรุณี พิสิษฐ์กุล') == 'leave', s['attendance'])
check('"(ติดราชการ)" after a name is not present', status_of('พรเทพ ศิลาแก้ว') in ('absent', 'leave'),
      s['attendance'])
a = allowance(ws, C, '3/2569')
check('those on leave are not paid', len(a['lines']) == 1, a)

# ---- 4. quorum edges: 8 seats, 7 voting (the assistant secretary does not) -----------
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '2/2569', '--date', '2026-02-15')
def attend(names, meeting):
    rows = ['ชื่อ-สกุล,สถานะ'] + [f'{n},มา' for n in names]
    path = write(f'q{len(names)}.csv', '\n'.join(rows) + '\n')
    run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', meeting, path)
    return show(ws, C, meeting)
three = ['นางกานดา สายสุข ทองดี', 'นางวิภา รวยสุข', 'นายพรเทพ ศิลาแก้ว']
s = attend(three + ['นางสาวปวีณ์ธิดา เอื้ออารี'], '2/2569')
check('quorum: 3 voting of 7 plus the assistant secretary is no quorum', s['quorum'] is False
      and s['present'] == 4, s)
s = attend(three + ['นางสาวอรุณี พิสิษฐ์กุล'], '2/2569')
check('quorum: 4 voting of 7 is a quorum', s['quorum'] is True, s)

# ---- 5. documents -------------------------------------------------------------------
run(ws, 'meeting', 'minutes', '--committee', C, '--meeting', '2/2568', '--format', 'pdf', '-o',
    os.path.join(tmp, 'm.pdf'))
text = subprocess.run(['pdftotext', '-layout', os.path.join(tmp, 'm.pdf'), '-'], capture_output=True,
                      text=True).stdout
flat = ''.join(text.split())
for needle in ('รายงานการประชุม', 'ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม',
               '(มอบหมาย', 'นางสาวแก้วตาใจงาม)', 'ว่าที่ร.ต.ณัชญ์มั่นคงดี(ลา)', 'นายธนามีสุข',
               'เลิกประชุมเวลา'):
    check(f'minutes pdf: {needle}', needle in flat, text[:400])
# A close-matched member is spelt as the roster spells them, as on the claim sheet.
check('minutes pdf: the roster spelling, not the attendance list\'s', 'ณัฐวุฒิ' not in flat, text[:1200])
run(ws, 'meeting', 'minutes', '--committee', C, '--meeting', '2/2568', '--format', 'docx', '-o',
    os.path.join(tmp, 'm.docx'))
run(ws, 'meeting', 'minutes', '--committee', C, '--meeting', '2/2568', '--format', 'xlsx', '-o',
    os.path.join(tmp, 'm.xlsx'), expect=2)
run(ws, 'meeting', 'claim', '--committee', C, '--meeting', '2/2568', '--format', 'xlsx', '-o',
    os.path.join(tmp, 'c.xlsx'))
run(ws, 'meeting', 'claim', '--committee', C, '--meeting', '2/2568', '--format', 'pdf', '-o',
    os.path.join(tmp, 'c.pdf'))
ctext = ''.join(subprocess.run(['pdftotext', os.path.join(tmp, 'c.pdf'), '-'], capture_output=True,
                               text=True).stdout.split())
check('claim pdf: total in words', 'หนึ่งหมื่นบาทถ้วน' in ctext, ctext[:300])
lo = subprocess.run(['libreoffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo',
                     '--convert-to', 'txt:Text', '--outdir', tmp, os.path.join(tmp, 'm.docx')],
                    capture_output=True, text=True, timeout=180)
dtext = ''.join(open(os.path.join(tmp, 'm.txt'), encoding='utf-8', errors='replace').read().split()) \
    if os.path.exists(os.path.join(tmp, 'm.txt')) else ''
check('minutes docx: lists through LibreOffice', 'นางสาวแก้วตาใจงาม' in dtext and 'ผู้ไม่มาประชุม' in dtext,
      lo.stderr)
lo = subprocess.run(['libreoffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo',
                     '--convert-to', 'csv', '--outdir', tmp, os.path.join(tmp, 'c.xlsx')],
                    capture_output=True, text=True, timeout=180)
xtext = open(os.path.join(tmp, 'c.csv'), encoding='utf-8', errors='replace').read() \
    if os.path.exists(os.path.join(tmp, 'c.csv')) else ''
check('claim xlsx: total through LibreOffice', '10000' in xtext.replace(',', ''), xtext[:300])

run(ws, 'committee', 'summary', '--year', '๒๕๖๙', '--committee', C, '--format', 'pdf', '-o',
    os.path.join(tmp, 's.pdf'))
stext = ''.join(subprocess.run(['pdftotext', os.path.join(tmp, 's.pdf'), '-'], capture_output=True,
                               text=True).stdout.split())
check('yearly summary: per person and total', 'นางวิภารวยสุข' in stext and 'รวม' in stext, stext[:300])
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '4/2569', '--date', '2026-05-01', '--mode', 'zoom', expect=2)
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '4/2569', '--date', '2026-05-01', '--mode', 'online')

# the minutes' lists typed into a spreadsheet without a header: a title row, heading
# rows, then "name, position, role" rows; Windows-874
sections = write('sections.csv', '\r\n'.join([
    'รายชื่อผู้เข้าประชุม ครั้งที่ ๔/๒๕๖๙,,',
    'ผู้มาประชุม,,',
    '"๑. นางกานดา สายสุข ทองดี","ผู้ทรงคุณวุฒิ","ประธานกรรมการ"',
    '"๒. ผศ.ดร.วิชัย ใจกล้า","ผู้ทรงคุณวุฒิ","รองประธานกรรมการ"',
    '"๓. นายสมบัติ รักงาน","ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล","กรรมการ"',
    '"๔. นายพรเทพ ศิลาแก้ว","นักทรัพยากรบุคคลชำนาญการพิเศษ","กรรมการและเลขานุการ"',
    'ผู้ไม่มาประชุม,,',
    '"๑. นางวิภา รวยสุข (มอบหมายนายสุข ใจดี)","นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ","กรรมการ"',
    'ผู้เข้าร่วมประชุม,,',
    '"๑. นายสุข ใจดี","นักวิเคราะห์นโยบายและแผนปฏิบัติการ",',
]) + '\r\n', 'cp874')
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '4/2569', sections)
s = show(ws, C, '4/2569')
check('sections: counts', (s['present'], s['absent'], s['delegates'], s['guests']) == (4, 4, 1, ['นายสุข ใจดี']), s)
check('sections: post seat by position', any(a['name'] == 'นายสมบัติ รักงาน' and a['status'] == 'present'
                                             for a in s['attendance']), s['attendance'])

# a delegate listed in the delegate's own name, an online attendance, an errand
run(ws, 'meeting', 'add', '--committee', C, '--meeting', '5/2569', '--date', '2026-06-01')
standin = write('standin.csv', 'ชื่อ-สกุล,สถานะ\nนางกานดา สายสุข ทองดี,ประชุมผ่านระบบออนไลน์\n'
                '"นายสุข ใจดี (แทน ผศ.ดร.วิชัย ใจกล้า)",\nนางวิภา รวยสุข,ไปราชการ\nนายแทน แทนคุณ,ผู้เข้าร่วมประชุม\n')
run(ws, 'meeting', 'attendance', '--committee', C, '--meeting', '5/2569', standin)
s = show(ws, C, '5/2569')
by = {a['name']: a for a in s['attendance']}
check('stand-in: delegate from "(แทน …)"', by['ผศ.ดร.วิชัย ใจกล้า']['delegate'] == 'นายสุข ใจดี', s)
check('stand-in: online is present, ไปราชการ is leave', by['นางกานดา สายสุข ทองดี']['status'] == 'present'
      and by['นางวิภา รวยสุข']['status'] == 'leave', s)
check('stand-in: a surname with แทน is just a name', s['guests'] == ['นายแทน แทนคุณ'], s['guests'])

# ---- 6. a roster pasted out of an order's table: pipes, cells broken over lines,
# posts as seats, the duties paragraph after it -------------------------------------
table = write('order.txt', '\n'.join([
    'ฝ่ายเลขานุการแจ้งว่า กรมสมมติได้แต่งตั้งคณะทำงาน ดังมีรายชื่อต่อไปนี้',
    '',
    '- | | |',
    '|--|----------------------------|',
    '| ๑. นางสมศรี ใจเย็น | ประธานคณะกรรมการ |',
    '| กรรมการจริยธรรมประจำกรมสมมติ | |',
    '| ๒. นายประยูร ดีเด่น | รองประธานคณะกรรมการ |',
    '| ๓. ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล',
    'สำนักงานเลขานุการกรม | คณะกรรมการ |',
    '| ๔. ผู้อำนวยการกลุ่มกฎหมาย',
    'สำนักงานเลขานุการกรม | คณะกรรมการ',
    'และเลขานุการ |',
    '',
    '๕. นางสาวกมลา สุขใจ\tคณะทำงาน',
    'นิติกรปฏิบัติการ สำนักงานเลขานุการกรม\tและผู้ช่วยเลขานุการ',
    '',
    'โดยคณะทำงานมีอำนาจหน้าที่',
    '',
    '๑. เสนอแผนส่งเสริมคุณธรรม จริยธรรม ให้เป็นไปตามยุทธศาสตร์ชาติ และแผนปฏิบัติการด้านการส่งเสริมคุณธรรมแห่งชาติ',
]) + '\n')
ws2 = os.path.join(tmp, 'order.prongsai')
out = run(ws2, 'committee', 'import', table, '--name', 'คณะทำงานสมมติ', '--kind', 'morality_working_group').stdout
con = sqlite3.connect(ws2)
got = [tuple(r) for r in con.execute('SELECT outside_name, role, seat_position <> \'\' FROM committee_members ORDER BY sort_order')]
con.close()
check('order table: five members with their roles', got == [
    ('นางสมศรี ใจเย็น', 'chair', 0), ('นายประยูร ดีเด่น', 'vice_chair', 0),
    ('ผู้อำนวยการกลุ่มบริหารทรัพยากรบุคคล สำนักงานเลขานุการกรม', 'member', 1),
    ('ผู้อำนวยการกลุ่มกฎหมาย สำนักงานเลขานุการกรม', 'member_secretary', 1),
    ('นางสาวกมลา สุขใจ', 'assistant_secretary', 0)], got)

# ---- members who are staff; show lists every member; digits of the documents ---------
ws3 = os.path.join(tmp, 'staff.prongsai')
staff = write('staff.csv', '\n'.join([
    'คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,ประเภท',
    'นางสาว,ดวงกมล,ศรีสุวรรณรัตน์,นักทรัพยากรบุคคลชำนาญการ,กองบริหารทรัพยากรบุคคล,ข้าราชการ',
    'นาย,ประพันธ์,วงศ์ไพศาลทวี,นิติกรชำนาญการพิเศษ,กองกฎหมาย,ข้าราชการ',
]) + '\n')
run(ws3, 'people', 'import', staff)
roster3 = write('roster3.csv', '\n'.join([
    'ชื่อ-สกุล,ตำแหน่ง,บทบาท',
    'นายวิทยา บุญรักษาเขต,ผู้ทรงคุณวุฒิภายนอก,ประธานกรรมการ',
    'น.ส. ดวงกมล  ศรีสุวรรณรัตน์,นักทรัพยากรบุคคล,กรรมการ',
    'นายประพัน วงศ์ไพศาลทวี,นิติกร,กรรมการ',
    'นางสาวอรทัย แก้วประเสริฐ,ผู้ทรงคุณวุฒิภายนอก,กรรมการ',
    'ผู้อำนวยการกองกฎหมาย,,กรรมการและเลขานุการ',
]) + '\n')
C3 = 'คณะทำงานสมมติสาม'
p = run(ws3, 'committee', 'import', roster3, '--name', C3, '--dry-run')
check('roster dry run counts staff', 'People: 1 exact, 1 close, 2 outside persons.' in p.stdout, p.stdout)
check('roster dry run names the close one', 'line 4' in p.stderr and 'ประพันธ์' in p.stderr, p.stderr)
check('dry run writes nothing', count(ws3, 'committee_members') == 0)
run(ws3, 'committee', 'import', roster3, '--name', C3)
def linked(ws):
    con = sqlite3.connect(ws)
    try:
        return dict(con.execute('SELECT outside_name, person_id FROM committee_members'))
    finally:
        con.close()
lk = linked(ws3)
check('exact name linked to People', lk.get('น.ส. ดวงกมล ศรีสุวรรณรัตน์') or lk.get('น.ส. ดวงกมล  ศรีสุวรรณรัตน์'), lk)
check('close name not linked without --accept-close', lk.get('นายประพัน วงศ์ไพศาลทวี') is None, lk)
check('outside persons stay outside', lk.get('นายวิทยา บุญรักษาเขต') is None, lk)
run(ws3, 'committee', 'import', roster3, '--name', C3, '--accept-close')
lk = linked(ws3)
check('close name linked with --accept-close', lk.get('นายประพัน วงศ์ไพศาลทวี') is not None, lk)
check('re-import adds no members', count(ws3, 'committee_members') == 5)
run(ws3, 'committee', 'rate', '--committee', C3, '--role', 'member', '--amount', '1200')
run(ws3, 'meeting', 'add', '--committee', C3, '--meeting', '1/2569', '--date', '2025-12-01')
att3 = write('att3.csv', 'name,status\nนายวิทยา บุญรักษาเขต,มา\nนางสาวดวงกมล ศรีสุวรรณรัตน์,มา\nนางสาวอรทัย แก้วประเสริฐ,ลา\n')
run(ws3, 'meeting', 'attendance', '--committee', C3, '--meeting', '1/2569', att3)
s3 = show(ws3, C3, '1/2569')
names = [a['name'] for a in s3['attendance']]
check('show: every member in attendance', len(s3['attendance']) == s3['members'] == 5, s3)
check('show: key sets exact', set(s3) == {'committee', 'meeting', 'date', 'members', 'present', 'absent',
                                         'delegates', 'guests', 'quorum', 'attendance'}
      and all(set(a) == {'name', 'role', 'status', 'delegate', 'acting_chair', 'match'} for a in s3['attendance']), s3)
unlisted = [a for a in s3['attendance'] if a['match'] is None]
check('show: unlisted members absent with match null',
      len(unlisted) == 2 and all(a['status'] == 'absent' for a in unlisted), s3['attendance'])
check('show: a staff member by the People name', 'นางสาวดวงกมล ศรีสุวรรณรัตน์' in names
      and 'นายประพันธ์ วงศ์ไพศาลทวี' in names, names)
check('show: counts', (s3['present'], s3['absent']) == (2, 3), s3)
minutes3 = os.path.join(tmp, 'm3.pdf')
run(ws3, 'meeting', 'minutes', '--committee', C3, '--meeting', '1/2569', '--format', 'pdf', '-o', minutes3)
t = subprocess.run(['pdftotext', '-layout', minutes3, '-'], capture_output=True, text=True).stdout
check('minutes: Thai digits by default', '๑/๒๕๖๙' in t and '1/2569' not in t, t[:300])
check('minutes: a staff member with position and unit from People',
      'นักทรัพยากรบุคคลชำนาญ' in t and 'กองบริหารทรัพยากร' in t, t[:800])
run(ws3, 'meeting', 'minutes', '--committee', C3, '--meeting', '1/2569', '--format', 'pdf', '-o', minutes3, '--arabic-digits')
t = subprocess.run(['pdftotext', '-layout', minutes3, '-'], capture_output=True, text=True).stdout
check('minutes --arabic-digits', '1/2569' in t and '๑/๒๕๖๙' not in t, t[:300])
claim3 = os.path.join(tmp, 'c3.pdf')
run(ws3, 'meeting', 'claim', '--committee', C3, '--meeting', '1/2569', '--format', 'pdf', '-o', claim3)
t = subprocess.run(['pdftotext', '-layout', claim3, '-'], capture_output=True, text=True).stdout
check('claim: Arabic digits by default', '2,700.00' in t and '๒,๗๐๐' not in t, t[:1500])
run(ws3, 'meeting', 'claim', '--committee', C3, '--meeting', '1/2569', '--format', 'pdf', '-o', claim3, '--thai-digits')
t = subprocess.run(['pdftotext', '-layout', claim3, '-'], capture_output=True, text=True).stdout
check('claim --thai-digits', '๒,๗๐๐.๐๐' in t, t[:1500])
h = run(ws3, 'meeting', '--help').stdout
check('meeting --help documents digits and show', '--arabic-digits' in h and 'match' in h and 'null' in h, h[-800:])
h = run(ws3, 'committee', '--help').stdout
check('committee --help documents People linking', '--accept-close' in h and 'People' in h, h[-600:])

# ---- statuses as secretariats type them: negations are not "present" -----------------
run(ws3, 'meeting', 'add', '--committee', C3, '--meeting', '2/2569', '--date', '2026-01-12')
att4 = write('att4.csv', '\n'.join([
    'name,status',
    'นายวิทยา บุญรักษาเขต,มาสาย',
    'นางสาวดวงกมล ศรีสุวรรณรัตน์,มาไม่ได้',
    'นายประพันธ์ วงศ์ไพศาลทวี,ไม่ได้มา',
    'นางสาวอรทัย แก้วประเสริฐ,ติดภารกิจ',
]) + '\n')
run(ws3, 'meeting', 'attendance', '--committee', C3, '--meeting', '2/2569', att4)
s4 = {a['name']: a['status'] for a in show(ws3, C3, '2/2569')['attendance']}
check('status มาสาย is present', s4.get('นายวิทยา บุญรักษาเขต') == 'present', s4)
check('status มาไม่ได้ is absent', s4.get('นางสาวดวงกมล ศรีสุวรรณรัตน์') == 'absent', s4)
check('status ไม่ได้มา is absent', s4.get('นายประพันธ์ วงศ์ไพศาลทวี') == 'absent', s4)
check('status ติดภารกิจ is leave', s4.get('นางสาวอรทัย แก้วประเสริฐ') == 'leave', s4)
att5 = write('att5.csv', 'name,status\nนายวิทยา บุญรักษาเขต,มา\nนางสาวอรทัย แก้วประเสริฐ,มาแทนกัน\n')
p = run(ws3, 'meeting', 'attendance', '--committee', C3, '--meeting', '2/2569', att5, expect=2)
check('an unknown status is an error naming its line', 'line 3' in p.stderr, p.stderr)
s5 = {a['name']: a['status'] for a in show(ws3, C3, '2/2569')['attendance']}
check('nothing written on a bad status', s5 == s4, s5)

# ---- a meeting's year that is neither the date's calendar nor fiscal year: warned -----
p = run(ws3, 'meeting', 'add', '--committee', C3, '--meeting', '6/2569', '--date', '2024-01-10')
check('meeting add warns of a year far from the date', 'warning' in p.stderr and '2567' in p.stderr, p.stderr)
p = run(ws3, 'meeting', 'add', '--committee', C3, '--meeting', '7/2569', '--date', '2025-11-07')
check('meeting add: the fiscal year is no slip', 'warning' not in p.stderr, p.stderr)
p = run(ws3, 'meeting', 'add', '--committee', C3, '--meeting', '2/2568', '--date', '2025-11-07')
check('meeting add: the calendar year is no slip', 'warning' not in p.stderr, p.stderr)

# ---- a post's seat with its holder named, representatives, members among guests -------
ws6 = os.path.join(tmp, 'holder.prs')
C6 = 'คณะกรรมการทดสอบผู้ดำรงตำแหน่ง'
roster6 = write('roster6.csv', '\n'.join([
    'ลำดับ,ชื่อ-สกุล,ตำแหน่ง,ตำแหน่งในคณะกรรมการ',
    '๑.,นายประธาน ทดสอบดี,รองอธิบดี,ประธานกรรมการ',
    '๒.,ผู้อำนวยการสำนักบริหารกลาง (นายถือครอง ตำแหน่งดี),ผู้อำนวยการสำนักบริหารกลาง,กรรมการ',
    '๓.,ผู้อำนวยการกองคลัง,ผู้อำนวยการกองคลัง,กรรมการ',
    '๔.,นางสาวกรรม การดี,นักวิชาการ,กรรมการ',
    '๕.,นางผู้ช่วย เลขาดี,นักทรัพยากรบุคคล,กรรมการและผู้ช่วยเลขานุการ',
    '๖.,นายเลขา ทดสอบ,นักจัดการงานทั่วไป,กรรมการและเลขานุการ',
]) + '\n')
p = run(ws6, 'committee', 'import', roster6, '--name', C6)
check('roster import names the holder of a post\'s seat', 'นายถือครอง ตำแหน่งดี' in p.stdout, p.stdout)
run(ws6, 'meeting', 'add', '--committee', C6, '--meeting', '1/2569', '--date', '2026-02-01')
# R6: the list names the holder, no post beside the name.
holder = write('holder6.csv', 'ชื่อ-สกุล,สถานะ\nนายประธาน ทดสอบดี,มา\nนายถือครอง ตำแหน่งดี,มา\n')
p = run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '1/2569', holder)
s6 = show(ws6, C6, '1/2569')
seat = [x for x in s6['attendance'] if 'ถือครอง' in x['name'] or 'สำนักบริหารกลาง' in (x.get('position') or '')]
check('the holder named in the list sits in the post\'s seat',
      len(seat) == 1 and seat[0]['status'] == 'present', s6['attendance'])
# Still matched by the post alone.
bypost = write('bypost6.csv', 'ชื่อ-สกุล,สถานะ\nผู้อำนวยการสำนักบริหารกลาง,มา\n')
run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '1/2569', bypost)
s6 = show(ws6, C6, '1/2569')
check('the post\'s seat still matched by the post', s6['present'] == 1, s6)
check('a seat attended by its post shows the holder the roster names',
      any(x['name'] == 'นายถือครอง ตำแหน่งดี' and x['status'] == 'present' for x in s6['attendance']),
      s6['attendance'])
# R12: representatives as minutes list them among those present.
rep1 = write('rep6.txt', '\n'.join([
    'ผู้มาประชุม',
    '๑. นายประธาน ทดสอบดี\tประธานกรรมการ',
    '๒. นางสาวตัวแทน คนหนึ่ง\tผู้แทนผู้อำนวยการสำนักบริหารกลาง\tกรรมการ',
    '๓. นายตัวแทน คนสอง (แทน ผู้อำนวยการกองคลัง)\tกรรมการ',
    '๔. นางตัวแทน คนสาม\tผู้แทนนางสาวกรรม การดี\tกรรมการ',
]) + '\n')
p = run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '1/2569', rep1)
s6 = show(ws6, C6, '1/2569')
dele = {x['delegate']: x for x in s6['attendance'] if x['status'] == 'delegate'}
check('"ผู้แทน" + the post in the position column: a delegate for that seat',
      'นางสาวตัวแทน คนหนึ่ง' in dele, s6['attendance'])
check('"(แทน post)" after a name: a delegate for that seat', 'นายตัวแทน คนสอง' in dele, s6['attendance'])
check('"ผู้แทน" + a member\'s name: a delegate for that member', 'นางตัวแทน คนสาม' in dele, s6['attendance'])
check('representatives: no guests, chair present', s6['present'] == 1 and not s6['guests'], s6)
# R2: a member listed under ผู้เข้าร่วมประชุม attended for the seat.
guest = write('guest6.txt', '\n'.join([
    'ผู้มาประชุม',
    '๑. นายประธาน ทดสอบดี\tประธานกรรมการ',
    'ผู้เข้าร่วมประชุม',
    '๑. นางผู้ช่วย เลขาดี\tนักทรัพยากรบุคคล\tกรรมการและผู้ช่วยเลขานุการ',
    '๒. นายแขก รับเชิญ\tนักวิเคราะห์นโยบายและแผน',
]) + '\n')
p = run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '1/2569', guest)
check('a member among guests is said so', 'นางผู้ช่วย เลขาดี' in p.stderr + p.stdout and 'line 4' in p.stderr + p.stdout,
      p.stdout + p.stderr)
s6 = show(ws6, C6, '1/2569')
st = {x['name']: x['status'] for x in s6['attendance']}
check('a member among guests is present for the seat', st.get('นางผู้ช่วย เลขาดี') == 'present', s6['attendance'])
gnames = json.dumps(s6['guests'], ensure_ascii=False)
check('only the real guest is a guest', 'นายแขก รับเชิญ' in gnames and 'เลขาดี' not in gnames, s6['guests'])

# ---- XLSX with a two-row header: "การเข้าประชุม" merged over its sub-headings --------
run(ws6, 'meeting', 'add', '--committee', C6, '--meeting', '2/2569', '--date', '2026-03-01')
two = write_xlsx('two-row.xlsx', [
    ['บัญชีลงเวลาการประชุม ครั้งที่ ๒/๒๕๖๙', '', '', '', ''],
    ['ลำดับ', 'ชื่อ-สกุล', 'การเข้าประชุม', '', 'ตำแหน่ง'],
    ['', '', 'สถานะ', 'ผู้แทน', ''],
    ['๑', 'นายประธาน ทดสอบดี', 'มา', '', 'รองอธิบดี'],
    ['๒', 'นางสาวกรรม การดี', 'มอบหมาย', 'นางสาวตัวแทน คนสี่', 'นักวิชาการ'],
    ['๓', 'นายเลขา ทดสอบ', 'มา', '', ''],
])
p = run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '2/2569', two)
s7 = show(ws6, C6, '2/2569')
d7 = {x['name']: (x['status'], x['delegate']) for x in s7['attendance']}
check('two-row header: the delegate under "ผู้แทน" is read',
      d7.get('นางสาวกรรม การดี') == ('delegate', 'นางสาวตัวแทน คนสี่'), s7['attendance'])
check('two-row header: statuses read', s7['present'] == 2, s7)
ticks = write_xlsx('ticks.xlsx', [
    ['ลำดับ', 'ชื่อ-สกุล', 'การเข้าประชุม', '', '', 'หมายเหตุ'],
    ['', '', 'มา', 'ไม่มา', 'ผู้แทน', ''],
    ['๑', 'นายประธาน ทดสอบดี', '✓', '', '', ''],
    ['๒', 'นางสาวกรรม การดี', '', '✓', 'นางสาวตัวแทน คนสี่', ''],
    ['๓', 'นายเลขา ทดสอบ', '', '✓', '', ''],
    ['๔', 'นางผู้ช่วย เลขาดี', '✓', '', '', ''],
])
run(ws6, 'meeting', 'attendance', '--committee', C6, '--meeting', '2/2569', ticks)
s8 = show(ws6, C6, '2/2569')
d8 = {x['name']: (x['status'], x['delegate']) for x in s8['attendance']}
check('ticks under "มา" / "ไม่มา", a delegate under "ผู้แทน"',
      d8.get('นายประธาน ทดสอบดี') == ('present', None)
      and d8.get('นางสาวกรรม การดี') == ('delegate', 'นางสาวตัวแทน คนสี่')
      and d8.get('นายเลขา ทดสอบ') == ('absent', None)
      and d8.get('นางผู้ช่วย เลขาดี') == ('present', None), s8['attendance'])

if failures:
    print(f'{len(failures)} failed; files in {tmp}')
    sys.exit(1)
shutil.rmtree(tmp)
