#!/usr/bin/env python3
# ITA through prongsai-cli: roll-up cases built by hand from DOMAIN.md, import of
# malformed files (nothing half-imported), compare with ties and pass share,
# export/import round trip.  SPDX-License-Identifier: GPL-3.0-or-later
import atexit, csv, json, os, random, re, shutil, sqlite3, subprocess, sys, tempfile
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F

CLI = os.environ.get('PRONGSAI_CLI') or sys.argv[1]
tmp = tempfile.mkdtemp(prefix='prs-ita-')
atexit.register(shutil.rmtree, tmp, True)
failures = []

def run(ws, *args, expect=0):
    p = subprocess.run([CLI, '--workspace', ws, 'ita', *args], capture_output=True, text=True,
                       env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))
    if p.returncode != expect:
        raise AssertionError(f'ita {" ".join(args)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}')
    return p

def check(name, cond, detail=''):
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else f': {detail}'))
    if not cond:
        failures.append(name)

def write(name, rows, header=True, encoding='utf-8', delim=',', bom=False):
    path = os.path.join(tmp, name)
    lines = (['unit,year,code,part,score'] if header else []) + rows
    data = '\n'.join(l.replace(',', delim) for l in lines) + '\n'
    with open(path, 'wb') as f:
        if bom:
            f.write(b'\xef\xbb\xbf')
        f.write(data.encode(encoding))
    return path

def score(ws, unit, year):
    return json.loads(run(ws, 'score', '--unit', unit, '--year', str(year), '--json').stdout)

def r2(x):
    return float((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal('0.01'), ROUND_HALF_UP))

def n_figures(ws):
    con = sqlite3.connect(ws)
    try:
        return con.execute('SELECT count(*) FROM ita_figures').fetchone()[0]
    finally:
        con.close()

# ---- 1. a full item-level unit, checked against an exact computation -------------
random.seed(7)
U = 'กรมทดสอบสมมติ'
rows, given = [], {}
for i in range(1, 31):
    v = random.randint(6500, 10000); given[('I%d' % i, '')] = F(v, 100)
    rows.append(f'{U},2568,I{i},,{v/100:.2f}')
for i in range(1, 16):
    for part in ('public', 'survey'):
        v = random.randint(7000, 10000); given[('E%d' % i, part)] = F(v, 100)
        rows.append(f'{U},2568,E{i},{part},{v/100:.2f}')
for i in range(1, 44):
    ok = random.random() < 0.8; given[('O%d' % i, '')] = F(100 if ok else 0)
    rows.append(f'{U},2568,O{i},,{"ผ่าน" if ok else "ไม่ผ่าน"}')
ws = os.path.join(tmp, 'a.prongsai')
run(ws, 'import', write('full.csv', rows))

mean = lambda xs: sum(xs, F(0)) / len(xs)
ind = {k + 1: mean([given[('I%d' % i, '')] for i in range(6 * k + 1, 6 * k + 7)]) for k in range(5)}
pub = {k + 6: mean([given[('E%d' % i, 'public')] for i in range(5 * k + 1, 5 * k + 6)]) for k in range(3)}
sur = {k + 6: mean([given[('E%d' % i, 'survey')] for i in range(5 * k + 1, 5 * k + 6)]) for k in range(3)}
for k in (6, 7, 8):
    ind[k] = (pub[k] + sur[k]) / 2
O = lambda a, b: mean([given[('O%d' % i, '')] for i in range(a, b + 1)])
ind[9] = mean([O(1, 10), O(11, 18), O(19, 22), O(23, 26), O(27, 30)])
ind[10] = mean([O(31, 38), O(39, 43)])
IIT, EIT, OIT = mean([ind[i] for i in range(1, 6)]), mean([ind[i] for i in (6, 7, 8)]), mean([ind[9], ind[10]])
total = F(3, 10) * IIT + F(3, 10) * EIT + F(4, 10) * OIT
s = score(ws, U, 2568)
check('full: total', s['total'] == r2(total), (s['total'], r2(total)))
check('full: instruments', s['instruments'] == {'IIT': r2(IIT), 'EIT': r2(EIT), 'OIT': r2(OIT)}, s['instruments'])
check('full: indicators', s['indicators'] == {str(k): r2(v) for k, v in ind.items()}, s['indicators'])
check('full: eit parts', s['eit_parts'] == {'public': r2(mean(list(pub.values()))), 'survey': r2(mean(list(sur.values())))}, s['eit_parts'])
check('full: integrity index', s['integrity_index'] == r2(mean([ind[i] for i in (1, 2, 3, 4, 6)])), s['integrity_index'])
check('full: no mismatches', s['mismatches'] == [], s['mismatches'])
weak = [w['score'] for w in s['weak_items']]
check('full: weak items below 85, weakest first', weak == sorted(weak) and all(w < 85 for w in weak) and len(weak) > 0, weak)
check('full: keys', list(s) == ['unit', 'year', 'framework', 'total', 'level', 'pass', 'instruments', 'eit_parts',
                                'indicators', 'integrity_index', 'mismatches', 'weak_items'], list(s))
raw = run(ws, 'score', '--unit', U, '--year', '2568', '--json').stdout
check('full: numbers printed with two decimals', '"total": %.2f' % r2(total) in raw, raw[:200])

# ---- 2. hand-made cases from DOMAIN.md --------------------------------------------
ws2 = os.path.join(tmp, 'b.prongsai')
rows = [f'หน่วยสิบ,2567,O{i},,ผ่าน' for i in range(31, 39)]                      # 10.1 = 100
rows += [f'หน่วยสิบ,2567,O{i},,{"100" if i < 41 else "0"}' for i in range(39, 44)]  # 10.2 = 40
rows += ['หน่วยรวม,2567,total,,๘๘.๑๒']                                              # total only, Thai digits
rows += [f'หน่วยปัด,2567,I{i},,{v}' for i, v in zip(range(1, 7), ['74.02', '74.03', '74.02', '74.03', '74.02', '74.03'])]
rows += ['หน่วยปัด,2567,ind1,,80.00']                                               # given, disagrees
run(ws2, 'import', write('cases.csv', rows))
s = score(ws2, 'หน่วยสิบ', 2567)
check('10.1 = 100 and 10.2 = 40 give indicator 10 = 70', s['indicators']['10'] == 70.0, s['indicators'])
check('indicator 9 unknown stays null', s['indicators']['9'] is None and s['total'] is None, s)
s = score(ws2, 'หน่วยรวม', 2567)
check('total only: total kept', s['total'] == 88.12 and s['pass'] is True, s)
check('total only: instruments null', s['instruments'] == {'IIT': None, 'EIT': None, 'OIT': None}, s['instruments'])
s = score(ws2, 'หน่วยปัด', 2567)
# 444.15 / 6 = 74.025 -> 74.03 (a double would print 74.02)
check('74.025 rounds half up', s['mismatches'] == [{'code': 'ind1', 'given': 80.0, 'computed': 74.03}], s['mismatches'])
check('mismatch: computed figure used', s['indicators']['1'] == 74.03, s['indicators'])
raw = run(ws2, 'score', '--unit', 'หน่วยปัด', '--year', '2567', '--json').stdout
check('mismatch printed exactly', '"given": 80.00, "computed": 74.03' in raw, raw)

# ---- 3. compare: ties, pass share 11 of 12 ----------------------------------------
ws3 = os.path.join(tmp, 'c.prongsai')
totals = [92.5, 90.0, 90.0, 88.0, 87.0, 86.5, 86.0, 85.0, 85.0, 95.1, 89.99, 84.99]
rows = [f'กรมที่ {k + 1},2568,total,,{t:.2f}' for k, t in enumerate(totals)]
run(ws3, 'import', write('cmp.csv', rows, header=False))
c = json.loads(run(ws3, 'compare', '--year', '2568', '--json').stdout)
check('compare: count/passed/share', (c['count'], c['passed'], c['pass_share']) == (12, 11, 91.67), c)
ranks = [(u['total'], u['rank']) for u in c['units']]
check('compare: ordered by rank with ties', ranks == [(95.1, 1), (92.5, 2), (90.0, 3), (90.0, 3), (89.99, 5),
                                                       (88.0, 6), (87.0, 7), (86.5, 8), (86.0, 9), (85.0, 10),
                                                       (85.0, 10), (84.99, 12)], ranks)
check('compare: failed unit', c['units'][-1]['pass'] is False and c['units'][-1]['level'] == 'ต้องปรับปรุง', c['units'][-1])
check('compare: keys', list(c) == ['year', 'units', 'count', 'passed', 'pass_share'] and
      list(c['units'][0]) == ['unit', 'total', 'level', 'pass', 'rank'], c)
raw = run(ws3, 'compare', '--year', '2568', '--json').stdout
check('compare: pass share printed exactly', '"pass_share": 91.67' in raw, raw)

# ---- 4. encodings, delimiters, header optional, Thai digits, unit by abbreviation --
ws4 = os.path.join(tmp, 'd.prongsai')
run(ws4, 'import', write('w874.csv', ['กรมทดลอง,๒๕๖๘,IIT,,๙๑.๕๐', 'กรมทดลอง,2568,EIT,,88', 'กรมทดลอง,2568,OIT,,90.25'],
                          header=False, encoding='cp874', delim=';'))
check('windows-874 + semicolons + thai digits', score(ws4, 'กรมทดลอง', 2568)['total'] == 89.95, score(ws4, 'กรมทดลอง', 2568))
con = sqlite3.connect(ws4); con.execute("UPDATE units SET abbreviation = 'กทล.', is_own_agency = 1"); con.commit(); con.close()
p = run(ws4, 'import', write('bom.csv', ['กทล.,2568,IIT,,91.50', 'กทล.,2568,EIT,,89', ' กรม ทดลอง ,2568,total,,89.95'], bom=True))
check('BOM + abbreviation + spaces: no new unit', 'New unit' not in p.stdout and '1 new, 1 changed, 1 unchanged' in p.stdout, p.stdout)
s = json.loads(run(ws4, 'score', '--year', '2568', '--json').stdout)
check('own agency by default', s['unit'] == 'กรมทดลอง' and s['instruments']['EIT'] == 89.0, s)
tsv = write('tabs.csv', ['unit\tyear\tcode\tpart\tscore', 'กทล.\t2568\tOIT\t\t90.25'], header=False)
run(ws4, 'import', tsv)

# ---- 5. export and import back ------------------------------------------------------
out = os.path.join(tmp, 'export.csv')
run(ws, 'export', '--year', '2568', '-o', out)
ws5 = os.path.join(tmp, 'e.prongsai')
run(ws5, 'import', out)
check('export/import round trip', score(ws5, U, 2568) == score(ws, U, 2568))
with open(out, 'rb') as f:
    check('export has BOM and header', f.read(40).startswith(b'\xef\xbb\xbfunit,year,code,part,score'))

# ---- 6. malformed files: clear errors naming the line, nothing imported -------------
bad = {
    'unknown code': (['X,2568,I31,,80'], 'Line 2'),
    'bad part on IIT item': (['X,2568,I5,public,80'], 'Line 2'),
    'EIT item without part': (['X,2568,E3,,80'], 'Line 2'),
    'unknown part': (['X,2568,E3,online,80'], 'Line 2'),
    'score above 100': (['X,2568,I1,,100.5'], 'Line 2'),
    'negative score': (['X,2568,I1,,-1'], 'Line 2'),
    'score not a number': (['X,2568,I1,,ดี'], 'Line 2'),
    'empty score': (['X,2568,I1,,'], 'Line 2'),
    'OIT item not pass/fail': (['X,2568,O1,,55'], 'Line 2'),
    'missing columns': (['X,2568,I1,80'], 'Line 2'),
    'too many columns': (['X,2568,I1,,80,9'], 'Line 2'),
    'year not a number': (['X,ปีนี้,I1,,80'], 'Line 2'),
    'christian-era year': (['X,2025,I1,,80'], 'Line 2'),
    'year before any framework': (['X,2550,I1,,80'], 'Line 2'),
    'empty unit': ([',2568,I1,,80'], 'Line 2'),
    'duplicate row': (['X,2568,I1,,80', 'X,2568,I2,,80', 'x ,2568,I1,,81'], 'Line 4'),
    'header missing a column': (None, 'Line 1'),
}
before = n_figures(ws4)
for name, (rows, where) in bad.items():
    path = write('bad.csv', ['unit,year,code,score', 'X,2568,I1,80'], header=False) if rows is None \
        else write('bad.csv', ['กทล.,2568,I1,,80', 'กทล.,2568,I2,,81'] + [] if False else rows)
    if rows is not None:
        # a valid row first, so that a half import would show
        path = write('bad.csv', ['กทล.,2568,I7,,70'] + rows)
        where = 'Line %d' % (int(where.split()[1]) + 1)
    p = run(ws4, 'import', path, expect=2)
    check(f'malformed: {name}', where in p.stderr and 'nothing was imported' in p.stderr, p.stderr)
check('malformed: nothing half-imported', n_figures(ws4) == before, (n_figures(ws4), before))
p = run(ws4, 'import', os.path.join(tmp, 'no-such.csv'), expect=2)
check('missing file', 'does not exist' in p.stderr, p.stderr)
p = run(ws4, 'score', '--unit', 'ไม่มีหน่วยนี้', '--year', '2568', '--json', expect=2)
check('unknown unit', 'no unit named' in p.stderr, p.stderr)
p = run(ws4, 'score', '--year', 'สองพัน', expect=2)
check('bad year', 'not a Buddhist Era year' in p.stderr, p.stderr)

# ---- 7. XLSX import (the CSV converted by LibreOffice, when it is installed) ---------
soffice = shutil.which('soffice') or shutil.which('libreoffice')
# The XLSX import and the DOCX read-back need LibreOffice: without it the test fails.
check('LibreOffice is installed (the XLSX and DOCX round trips need it)', soffice is not None)
if soffice:
    src = write('sheet.csv', ['หน่วยเอกซ์,2568,IIT,,90', 'หน่วยเอกซ์,2568,EIT,,80', 'หน่วยเอกซ์,2568,OIT,,70'])
    subprocess.run([soffice, '-env:UserInstallation=file://' + tmp + '/lo', '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx',
                    '--outdir', tmp, src], capture_output=True, timeout=180)
    x = os.path.join(tmp, 'sheet.xlsx')
    check('LibreOffice wrote the XLSX', os.path.exists(x))
    if os.path.exists(x):
        run(ws4, 'import', x)
        check('xlsx import', score(ws4, 'หน่วยเอกซ์', 2568)['total'] == 79.0, score(ws4, 'หน่วยเอกซ์', 2568))

# ---- 8. charts and reports are written ------------------------------------------------
for kind in ('indicators', 'years', 'compare', 'radar'):
    for fmt in ('png', 'svg', 'pdf'):
        o = os.path.join(tmp, f'{kind}.{fmt}')
        run(ws, 'chart', '--year', '2568', '--unit', U, '--kind', kind, '--format', fmt, '-o', o)
        check(f'chart {kind} {fmt}', os.path.getsize(o) > 1000)
for fmt in ('pdf', 'docx', 'xlsx'):
    o = os.path.join(tmp, f'report.{fmt}')
    run(ws, 'report', '--year', '2568', '--unit', U, '--format', fmt, '-o', o)
    check(f'report {fmt}', os.path.getsize(o) > 1000)
# Official documents use Thai digits: the report asked for them writes them.
# score left in its text.
o = os.path.join(tmp, 'report-thai.pdf')
run(ws, 'report', '--year', '2568', '--unit', U, '--format', 'pdf', '-o', o, '--thai-digits')
thai_text = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
check('report --thai-digits writes Thai digits', '๒๕๖๘' in thai_text, thai_text[:200])

# ---- 9. the internal-measures plan (ita measures) ------------------------------------
demo = os.path.join(tmp, 'demo.prongsai')
subprocess.run([CLI, '--workspace', demo, 'demo'], check=True, capture_output=True)
# "total and indicators over the years" (issue 7): a bar a year for the total and
# each of the ten indicators, the years named in the legend
o = os.path.join(tmp, 'years-demo.pdf')
run(demo, 'chart', '--year', '2568', '--kind', 'years', '--format', 'pdf', '-o', o)
years_text = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
years_flat = re.sub(r'\s+', '', years_text)
check('years chart names the total and the ten indicators',
      'Totalscore' in years_flat and all(f'{i}.' in years_text for i in range(1, 11))
      and 'การเปิดเผยข้อมูล' in years_flat and 'การป้องกันการทุจริต' in years_flat, years_text[:400])
check('years chart has a series for each year', all(y in years_text for y in ('2566', '2567', '2568')), years_text[:400])
o = os.path.join(tmp, 'years-2567.pdf')
run(demo, 'chart', '--year', '2567', '--kind', 'years', '--format', 'pdf', '-o', o)
years_text = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
check('years chart stops at the year asked for', '2567' in years_text and '2568' not in years_text, years_text[:400])
plan_title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
measure = 'เผยแพร่ผลการจัดการเรื่องร้องเรียนการทุจริตให้บุคลากรทราบทุกไตรมาส'
def squash(text):
    # pdftotext splits Thai words and adds spaces around marks; compare without white space
    return ''.join(text.split())
o = os.path.join(tmp, 'measures.pdf')
run(demo, 'measures', '--year', '2568', '--format', 'pdf', '-o', o)
txt = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
# (the measure's title wraps in its cell: its first line)
for what in (plan_title, '1.1 เผยแพร่ผลการจัดการเรื่อง', 'รวบรวมผลการจัดการเรื่องร้องเรียน', 'ศูนย์ปฏิบัติการ',
             'All units', 'กลุ่มงานนิติการ',
             'Steps / method', 'Responsible', 'O40', 'I27'):
    check('measures pdf has ' + what, squash(what) in squash(txt), txt[:400])
info = subprocess.run(['pdfinfo', o], capture_output=True, text=True).stdout
check('measures pdf is landscape A4', '841.89 x 595.27' in info, info)
o = os.path.join(tmp, 'measures.csv')
run(demo, 'measures', '--year', '๒๕๖๘', '--unit', 'สธค.', '--format', 'csv', '-o', o)
with open(o, encoding='utf-8-sig', newline='') as fh:
    rows = list(csv.reader(fh))
check('measures csv header', rows[0] == ['No.', 'Issue', 'Measure', 'Steps / method', 'Period', 'Responsible'], rows[0])
check('measures csv: all units, a work group with its bureau',
      len(rows) == 4 and rows[2][5] == 'All units' and rows[3][5] == 'สำนักงานเลขานุการกรม กลุ่มงานนิติการ', rows[2:])
check('measures csv row', rows[1][0] == '1' and rows[1][2] == '1.1 ' + measure
      and rows[1][3].count('\n') == 2 and rows[1][4] == 'ม.ค. – ก.ย. 2569', rows[1:])
o = os.path.join(tmp, 'measures.xlsx')
run(demo, 'measures', '--year', '2568', '--format', 'xlsx', '-o', o)
check('measures xlsx', os.path.getsize(o) > 1000)
o = os.path.join(tmp, 'measures.docx')
run(demo, 'measures', '--year', '2568', '--format', 'docx', '-o', o)
if soffice:
    subprocess.run([soffice, '-env:UserInstallation=file://' + tmp + '/lo', '--headless', '--convert-to', 'txt',
                    '--outdir', tmp, o], capture_output=True, timeout=180)
    t = os.path.join(tmp, 'measures.txt')
    check('LibreOffice read the DOCX', os.path.exists(t))
    text = open(t, encoding='utf-8-sig').read() if os.path.exists(t) else ''
    for what in (plan_title, measure, 'สรุปเป็นอินโฟกราฟิก', 'ศูนย์ปฏิบัติการต่อต้านการทุจริต'):
        check('measures docx has ' + what, what in text, text[:400])
p = run(demo, 'measures', '--year', '2567', '--format', 'pdf', '-o', os.path.join(tmp, 'none.pdf'), expect=2)
check('measures of a year without issues', 'no issues or measures' in p.stderr, p.stderr)
p = run(demo, 'measures', '--year', '2568', '-o', os.path.join(tmp, 'none.pdf'), expect=2)
check('measures without a format', '--format pdf, docx, xlsx or csv' in p.stderr, p.stderr)

# ---- findings I1–I8: agencies' workbooks (percent formats, title rows, merged cells),
# .xls/.ods, "name (abbreviation)", scores with three decimals, check marks, help ------
import zipfile
from xml.sax.saxutils import escape

def col_name(i):
    n = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        n = chr(65 + r) + n
    return n

def xlsx(name, sheets, styles=None, merges=()):
    """A workbook made by hand: sheets is [(title, rows)], a cell is text, a number,
    (number, style index) or {'f': formula} without a saved result; styles is (numFmts xml, [numFmtId per xf]); merges apply to
    the first sheet."""
    path = os.path.join(tmp, name)
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        wb = ''.join(f'<sheet name="{escape(t)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (t, _) in enumerate(sheets))
        z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets>{wb}</sheets></workbook>')
        rels = ''.join(f'<Relationship Id="rId{i + 1}" Type="worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                       for i in range(len(sheets)))
        z.writestr('xl/_rels/workbook.xml.rels',
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        if styles:
            fmts, xfs = styles
            z.writestr('xl/styles.xml', f'<styleSheet><numFmts>{fmts}</numFmts><cellXfs>' +
                       ''.join(f'<xf numFmtId="{x}"/>' for x in xfs) + '</cellXfs></styleSheet>')
        for i, (_, rows) in enumerate(sheets):
            out = []
            for r, row in enumerate(rows):
                cells = []
                for c, v in enumerate(row):
                    ref = f'{col_name(c)}{r + 1}'
                    if v is None or v == '':
                        continue
                    if isinstance(v, dict):  # a formula never calculated (no cached <v>)
                        cells.append(f'<c r="{ref}"><f>{escape(v["f"])}</f></c>')
                    elif isinstance(v, tuple):
                        cells.append(f'<c r="{ref}" s="{v[1]}"><v>{v[0]}</v></c>')
                    elif isinstance(v, (int, float)):
                        cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
                if cells:
                    out.append(f'<row r="{r + 1}">' + ''.join(cells) + '</row>')
            m = ''
            if i == 0 and merges:
                m = '<mergeCells>' + ''.join(f'<mergeCell ref="{x}"/>' for x in merges) + '</mergeCells>'
            z.writestr(f'xl/worksheets/sheet{i + 1}.xml', '<worksheet><sheetData>' + ''.join(out) +
                       '</sheetData>' + m + '</worksheet>')
    return path

def cli_any(ws, *args):
    return subprocess.run([CLI, '--workspace', ws, 'ita', *args], capture_output=True, text=True,
                          env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))

# I1: percent formats — built-in 10 (0.00%), 9 (0%), custom "0.00%"; OIT items as 100%/0%
PU = 'กรมร้อยละ'
pct_styles = ('<numFmt numFmtId="164" formatCode="0.00%"/>', [0, 10, 9, 164])
rows_pct = [['unit', 'year', 'code', 'part', 'score'],
            [PU, 2567, 'ind1', '', (0.9553, 1)],
            [PU, 2567, 'ind2', '', (0.8908, 2)],
            [PU, 2567, 'ind3', '', (0.9057, 3)],
            [PU, 2567, 'O1', '', (1, 1)],
            [PU, 2567, 'O2', '', (0, 3)]]
wsp = os.path.join(tmp, 'pct.prongsai')
run(wsp, 'import', xlsx('pct.xlsx', [('S', rows_pct)], pct_styles))
sp = score(wsp, PU, 2567)
check('I1 percent cells read as shown (95.53%, 89%, 90.57%)',
      (sp['indicators']['1'], sp['indicators']['2'], sp['indicators']['3']) == (95.53, 89.0, 90.57), sp['indicators'])
con = sqlite3.connect(wsp)
o_items = dict(con.execute("SELECT code, score FROM ita_figures WHERE code IN ('O1','O2')").fetchall())
con.close()
check('I1 OIT 100% / 0% are passed / not passed', o_items == {'O1': 10000, 'O2': 0}, o_items)

# I2: a merged title over the header, a blank row, unit and year merged down the table,
# and an error that names the physical row
TU = 'กรมหัวตาราง'
title_rows = [['ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'], [],
              ['หน่วยงาน', 'ปีงบประมาณ', 'รหัส', 'ส่วน', 'คะแนน'],
              [TU, 2567, 'IIT', '', 90.5],
              ['', '', 'EIT', '', 88.25],
              ['', '', 'OIT', '', 86]]
merged = ('A1:E1', 'A4:A6', 'B4:B6')
wst = os.path.join(tmp, 'title.prongsai')
p = run(wst, 'import', xlsx('title.xlsx', [('S', title_rows)], merges=merged))
st = score(wst, TU, 2567)
check('I2 title row + merged unit/year imported', st['instruments'] == {'IIT': 90.5, 'EIT': 88.25, 'OIT': 86.0}
      and 'Imported 3 figures' in p.stdout, (st, p.stdout))
bad_rows = [r[:] for r in title_rows]
bad_rows[4][2] = 'X5'
before = n_figures(wst)
p = run(wst, 'import', xlsx('title-bad.xlsx', [('S', bad_rows)], merges=merged), expect=2)
check('I2 error names the physical row under the title', 'Line 5:' in p.stderr and 'X5' in p.stderr
      and n_figures(wst) == before, p.stderr)
csv_title = write('title.csv', ['ผลการประเมิน ITA ประจำปี 2567', '', 'หน่วยงาน,ปีงบประมาณ,รหัส,ส่วน,คะแนน',
                                f'{TU},2567,total,,88.30', f'{TU},2567,ind11,,80'], header=False, bom=True)
p = run(wst, 'import', '--dry-run', csv_title, expect=2)
check('I2 CSV title line skipped; error on physical line 5', 'Line 5:' in p.stderr and 'Line 1' not in p.stderr
      and 'Line 3' not in p.stderr, p.stderr)

p = run(wst, 'import', '--dry-run', write('hv.csv', ['หน่วยงาน,ปี พ.ศ.,รหัสตัวชี้วัด,ส่วน,คะแนน (ร้อยละ)',
                                                     f'{TU},2567,I1,,90'], header=False))
check('header variants ปี พ.ศ. / รหัสตัวชี้วัด / คะแนน (ร้อยละ)', 'Would import 1 figures' in p.stdout, p.stdout)

# I5: old Excel and OpenDocument files say what they are
xls = os.path.join(tmp, 'old.xls')
with open(xls, 'wb') as f:
    f.write(bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504))
ods = os.path.join(tmp, 'sheet.ods')
with zipfile.ZipFile(ods, 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')
    z.writestr('content.xml', '<office:document-content/>')
for path, what in ((xls, '.xls'), (ods, '.ods')):
    p = run(wst, 'import', path, expect=2)
    check('I5 ' + what + ' refused with a save-as message', what + ')' in p.stderr and '.xlsx' in p.stderr
          and 'UTF-8' not in p.stderr and n_figures(wst) == before, p.stderr)

# I4: "name (abbreviation)" finds the unit by either; a new one is made once, with its abbreviation
wsu = os.path.join(tmp, 'units.prongsai')
run(wsu, 'import', write('u1.csv', ['กรมส่งเสริมทดสอบ,2567,IIT,,90']))
con = sqlite3.connect(wsu); con.execute("UPDATE units SET abbreviation = 'สสท.'"); con.commit(); con.close()
p = run(wsu, 'import', '--dry-run', write('u2.csv', ['กรมส่งเสริมทดสอบ (สสท.),2567,EIT,,90',
                                                     'กรมอื่นทดสอบ (กอท.),2567,IIT,,91']))
check('I4 dry run: existing unit found, the new one listed once',
      p.stdout.count('New unit') == 1 and 'New unit: กรมอื่นทดสอบ (กอท.)' in p.stdout, p.stdout)
p = run(wsu, 'import', write('u3.csv', ['กอท.,2567,OIT,,93', 'กรมอื่นทดสอบ (กอท.),2567,IIT,,91',
                                        'กรมอื่นทดสอบ,2567,EIT,,92', 'กรมส่งเสริมทดสอบ (สสท.),2567,EIT,,89']))
con = sqlite3.connect(wsu)
units = con.execute('SELECT name, abbreviation FROM units ORDER BY id').fetchall()
con.close()
check('I4 one unit per agency, the abbreviation kept', units == [('กรมส่งเสริมทดสอบ', 'สสท.'), ('กรมอื่นทดสอบ', 'กอท.')], units)
check('I4 real import warns for the created unit', p.stderr.count('warning: created the unit') == 1
      and 'กรมอื่นทดสอบ' in p.stderr, p.stderr)
check('I4 all rows on it', score(wsu, 'กอท.', 2567)['instruments'] == {'IIT': 91.0, 'EIT': 92.0, 'OIT': 93.0},
      score(wsu, 'กอท.', 2567))
p = run(wsu, 'import', '--dry-run', write('u4.csv', ['กรมส่งเสริมทดสอบ (สสท.),2567,IIT,,90', 'สสท.,2567,IIT,,91']), expect=2)
check('I4 the same unit twice under two spellings is a duplicate', 'already given on line 2' in p.stderr, p.stderr)

# I7: a third decimal is rounded with a warning naming the line
p = run(wsu, 'import', write('d3.csv', ['กรมส่งเสริมทดสอบ,2567,I1,,92.675', 'กรมส่งเสริมทดสอบ,2567,I2,,84.990']))
check('I7 warning for 92.675 on line 2, none for 84.990',
      'Line 2:' in p.stderr and '92.675' in p.stderr and '92.68' in p.stderr and 'Line 3' not in p.stderr, p.stderr)

# I8: subcommand help, the sheets not read, check marks, the context file
for sub in ('import', 'score', 'chart', 'context-import'):
    p = cli_any(wsu, sub, '--help')
    check('I8 ita ' + sub + ' --help', p.returncode == 0 and 'ita ' + sub in p.stdout
          and 'ita compare' not in p.stdout, (p.returncode, p.stdout, p.stderr))
two = xlsx('two.xlsx', [('สรุป', [['ภาพรวม']]), ('ข้อมูล', [['unit', 'year', 'code', 'part', 'score']])])
p = run(wsu, 'import', '--dry-run', two, expect=2)
check('I8 only the first of two sheets: warned', 'only the first, “สรุป”' in p.stderr, p.stderr)
fx = xlsx('formula.xlsx', [('S', [['unit', 'year', 'code', 'part', 'score'], ['กอท.', 2567, 'I3', '', {'f': '45*2'}]])])
p = run(wsu, 'import', '--dry-run', fx, expect=2)
check('I8 a formula without a saved result is named', 'formula without a saved result (at E2)' in p.stderr, p.stderr)
p = run(wsu, 'import', write('tick.csv', ['กรมส่งเสริมทดสอบ,2567,O1,,✓', 'กรมส่งเสริมทดสอบ,2567,O2,,✔',
                                          'กรมส่งเสริมทดสอบ,2567,O3,,✗']))
con = sqlite3.connect(wsu)
ticks = dict(con.execute("SELECT code, score FROM ita_figures WHERE code IN ('O1','O2','O3')").fetchall())
n_results = con.execute('SELECT count(*) FROM ita_results').fetchone()[0]
con.close()
check('I8 check marks for OIT items', ticks == {'O1': 10000, 'O2': 10000, 'O3': 0}, ticks)
ctx_th = os.path.join(tmp, 'ctx-th.csv')
with open(ctx_th, 'wb') as f:
    f.write('รายงานบริบท\nหน่วยงาน,ปีงบประมาณ,รายการ,ค่า\nสสท.,๒๕๖๗,national_rank,145 จาก 159\n'.encode('cp874'))
p = run(wsu, 'context-import', ctx_th)
ctx = json.loads(run(wsu, 'context', '--unit', 'สสท.', '--year', '2567', '--json').stdout)
check('I8 context file with a Thai header (Windows-874, title row)', ctx['national_rank'] == 145
      and ctx['national_count'] == 159, (p.stdout, ctx))
p = run(wsu, 'context-import', write('ctx-none.csv', ['unit,year,field,value', 'กอท.,2570,national_rank,3/12'],
                                     header=False), expect=2)
con = sqlite3.connect(wsu)
after = con.execute('SELECT count(*) FROM ita_results').fetchone()[0]
con.close()
check('I8 context for a unit/year without results refused, nothing added',
      'no ITA results for 2570' in p.stderr and after == n_results, (p.stderr, after, n_results))

shutil.rmtree(tmp, ignore_errors=True)
if failures:
    print('%d failed: %s' % (len(failures), ', '.join(failures)))
    sys.exit(1)
