#!/usr/bin/env python3
# Plans through prongsai-cli: import of messy tables (CSV, Windows-874, XLSX with
# merged cells), the JSON contract of list/show/diff, copy, progress rounds, and
# the documents (PDF text, DOCX/XLSX through LibreOffice, CSV).
# SPDX-License-Identifier: GPL-3.0-or-later
import csv, json, os, re, shutil, sqlite3, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape

CLI = os.environ.get('PRONGSAI_CLI') or sys.argv[1]
SRC = os.environ.get('PRONGSAI_SOURCE_DIR') or os.path.join(os.path.dirname(__file__), '..', '..')
DATA = os.path.join(SRC, 'tests', 'plans', 'data')
OUT = os.path.join(os.environ.get('PRONGSAI_BUILD_DIR', tempfile.gettempdir()), 'plans-documents')
os.makedirs(OUT, exist_ok=True)
tmp = tempfile.mkdtemp(prefix='prs-plans-')
failures = []

for tool in ('pdftotext', 'pdftoppm', 'libreoffice'):
    if shutil.which(tool) is None:
        print(f'FAIL {tool} is needed to check the documents but is not installed')
        sys.exit(1)


def run(ws, *args, expect=0):
    p = subprocess.run([CLI, '--workspace', ws, 'plan', *args], capture_output=True, text=True,
                       env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))
    if p.returncode != expect:
        raise AssertionError(f'plan {" ".join(args)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}')
    return p


def check(name, cond, detail=''):
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else f': {detail}'))
    if not cond:
        failures.append(name)


def count(ws, table):
    con = sqlite3.connect(ws)
    try:
        return con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]
    finally:
        con.close()


def pdf_text(path):
    return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout


def squash(text):
    return re.sub(r'\s+', '', text)


def convert(path, fmt):
    d = tempfile.mkdtemp(prefix='prs-lo-', dir=tmp)
    subprocess.run(['libreoffice', '--headless', f'-env:UserInstallation=file://{d}/profile', '--convert-to', fmt,
                    '--outdir', d, path], capture_output=True, check=True, timeout=240)
    out = [f for f in os.listdir(d) if f.endswith('.' + fmt.split(':')[0])]
    if not out:
        raise AssertionError(f'libreoffice did not convert {path}')
    return os.path.join(d, out[0])


def write_xlsx(path, rows, merges=()):
    """A minimal workbook: inline strings, numbers as numbers, merged ranges."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f'{col(c)}{r}'
            if v is None or v == '':
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        sheet.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
    sheet.append('</sheetData>')
    if merges:
        sheet.append(f'<mergeCells count="{len(merges)}">' + ''.join(f'<mergeCell ref="{m}"/>' for m in merges)
                     + '</mergeCells>')
    sheet.append('</worksheet>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
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
                   '<sheet name="แผน" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', ''.join(sheet))


PLAN_KEYS = {'id', 'title', 'fiscal_year', 'kind', 'status', 'levels', 'budget', 'activities', 'nodes'}
LIST_KEYS = {'id', 'title', 'fiscal_year', 'kind', 'status', 'activities', 'budget'}
NODE_KEYS = {'number', 'level', 'title', 'budget', 'budget_kind', 'activities', 'indicators', 'months', 'due_date',
             'units', 'children'}


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n['children'])


# ---- 1. the 2566 shape: title rows, band header, groups in the number column --------
ws = os.path.join(tmp, 'plans.prongsai')
p = run(ws, 'import', os.path.join(DATA, 'plan-2569-messy.csv'), '--year', '2569')
check('import prints the count and budget', 'Imported plan 1: 8 activities, budget 1,270,000.50 baht.' in p.stdout,
      p.stdout)
check('new units are listed', 'New unit: สลก.' in p.stdout and 'New unit: กพร.' in p.stdout, p.stdout)
raw = run(ws, 'show', '1', '--json').stdout
plan = json.loads(raw)
check('show: the keys exactly', set(plan) == PLAN_KEYS, set(plan))
check('show: node keys exactly', all(set(n) == NODE_KEYS for n in walk(plan['nodes'])),
      [set(n) for n in walk(plan['nodes'])][:2])
check('money as numbers with two decimals', re.search(r'"budget": 1270000\.50\b', raw) is not None
      and re.search(r'"budget": 0\.00\b', raw) is not None, raw[:300])
check('show: total and count', plan['budget'] == 1270000.50 and plan['activities'] == 8, (plan['budget'], plan['activities']))
check('show: levels named by the table', plan['levels'] == ['แนวทางการพัฒนา', 'โครงการ/กิจกรรม'], plan['levels'])
g = plan['nodes']
check('show: three groups with roll-ups', [n['budget'] for n in g] == [200000.50, 0.00, 1070000.00]
      and [n['budget_kind'] for n in g] == ['rollup'] * 3 and [n['activities'] for n in g] == [2, 3, 3],
      [(n['budget'], n['activities']) for n in g])
acts = [n for n in walk(g) if not n['children']]
check('numbered across the plan, Arabic digits', [a['number'] for a in acts] == [str(i) for i in range(1, 9)],
      [a['number'] for a in acts])
check('budget kinds', [a['budget_kind'] for a in acts] == ['amount', 'amount', 'none', 'none', 'shared', 'none',
                                                          'amount', 'none'], [a['budget_kind'] for a in acts])
check('arrows fill the year, marks schedule quarters', acts[3]['months'] == list(range(1, 13))
      and acts[0]['months'] == [1, 2, 3] and acts[7]['months'] == list(range(4, 13)), [a['months'] for a in acts])
check('two indicators in one cell', [(i['name'], i['target'], i['unit']) for i in acts[6]['indicators']]
      == [('ผู้บริหารลงนามรับทราบ', 100, 'ร้อยละ'), ('จำนวนครั้งที่เผยแพร่', 3, 'ครั้ง')], acts[6]['indicators'])
check('units: all units and several', acts[2]['units'] == ['ทุกหน่วยงาน'] and acts[5]['units'] == ['สลก.', 'กพร.'],
      (acts[2]['units'], acts[5]['units']))
check('due dates: none after an import', all(n['due_date'] is None for n in walk(g)), [n['due_date'] for n in walk(g)])
con = sqlite3.connect(ws)
con.execute("UPDATE activities SET due_date = '2026-03-31' WHERE id = (SELECT id FROM plan_nodes WHERE plan_id = 1"
            " AND title = ?)", (acts[1]['title'],))
con.commit()
con.close()
due = [n for n in walk(json.loads(run(ws, 'show', '1', '--json').stdout)['nodes']) if not n['children']]
check('due dates: ISO on the activity that has one, null elsewhere',
      due[1]['due_date'] == '2026-03-31' and all(a['due_date'] is None for i, a in enumerate(due) if i != 1),
      [a['due_date'] for a in due])
lst = json.loads(run(ws, 'list', '--json').stdout)
check('list: keys exactly', len(lst) == 1 and set(lst[0]) == LIST_KEYS, lst)
check('list: figures', lst[0]['budget'] == 1270000.50 and lst[0]['activities'] == 8 and lst[0]['fiscal_year'] == 2569
      and lst[0]['kind'] == 'morality' and lst[0]['status'] == 'draft', lst[0])

# ---- 2. results as minutes print them: keyword rows, per-strategy budgets ----------
p = run(ws, 'import', os.path.join(DATA, 'results-2568-keywords.csv'), '--year', '2568', '--kind', 'morality',
        '--title', 'ผลการดำเนินงาน ๒๕๖๘')
res = json.loads(run(ws, 'show', '2', '--json').stdout)
check('results: 11 activities, 34,200 baht', res['activities'] == 11 and res['budget'] == 34200.00,
      (res['activities'], res['budget']))
check('results: per-strategy budgets as published', [n['budget'] for n in res['nodes']]
      == [7225.00, 3375.00, 1400.00, 18650.00, 3550.00], [n['budget'] for n in res['nodes']])
check('results: activities per strategy', [n['activities'] for n in res['nodes']] == [2, 3, 2, 3, 1])
check('--title is used', res['title'] == 'ผลการดำเนินงาน ๒๕๖๘', res['title'])
check('list --year filters', [x['id'] for x in json.loads(run(ws, 'list', '--year', '2568', '--json').stdout)] == [2])

# ---- 3. Windows-874 with a level column and misspelt headers; deep dotted ----------
run(ws, 'import', os.path.join(DATA, 'plan-levels-win874.csv'), '--year', '2569', '--kind', 'anti_corruption')
w = json.loads(run(ws, 'show', '3', '--json').stdout)
check('Windows-874: tree from the level column', [n['number'] for n in walk(w['nodes'])] == ['1', '1.1', '1.2', '2', '2.1']
      and w['budget'] == 25000.00 and w['kind'] == 'anti_corruption', [n['number'] for n in walk(w['nodes'])])
run(ws, 'import', os.path.join(DATA, 'plan-deep-dotted.csv'), '--year', '2569')
d = json.loads(run(ws, 'show', '4', '--json').stdout)
check('dotted numbers four levels deep', [n['number'] for n in walk(d['nodes']) if not n['children']]
      == ['1.1.1.1', '1.1.1.2', '1.2.1.1', '2.1.1.1', '2.1.1.2'] and d['budget'] == 19725.50,
      [n['number'] for n in walk(d['nodes'])])

# ---- 4. XLSX: a title row, merged strategy cells, numbers as numbers -------------
xlsx = os.path.join(tmp, 'plan.xlsx')
write_xlsx(xlsx, [
    ['แผนปฏิบัติการส่งเสริมคุณธรรม ปีงบประมาณ ๒๕๗๐'],
    [],
    ['ยุทธศาสตร์', 'ลำดับ', 'โครงการ/กิจกรรม', 'ตัวชี้วัด', 'ค่าเป้าหมาย', 'งบประมาณ (บาท)', 'Q1', 'Q2', 'Q3', 'Q4',
     'Common KPI'],
    ['๑. สร้างมาตรฐานจริยธรรม', 1, 'อบรมจริยธรรม', 'จำนวนผู้เข้าอบรม', '๕๐ คน', 7225.5, '/', '', '', '', '✓'],
    ['', 2, 'เผยแพร่คู่มือ', 'จำนวนช่องทาง', '3 ช่องทาง', 'ไม่ใช้งบประมาณ', '', '/', '', '', ''],
    ['๒. ผลักดันนโยบาย', 3, 'ประชุมคณะทำงาน', '', '', 12000, '', '', 'x', 'x', 'x'],
    ['', 4, 'จัดกิจกรรม CSR', '', '', 'ใช้งบประมาณร่วมกับกิจกรรมที่ 3', '', '', '', 'x', ''],
], merges=['A1:K1', 'A4:A5', 'A6:A7'])
run(ws, 'import', xlsx, '--year', '2570')
x = json.loads(run(ws, 'show', '5', '--json').stdout)
check('XLSX: merged strategy cells, budgets', [n['budget'] for n in x['nodes']] == [7225.50, 12000.00]
      and x['activities'] == 4 and x['budget'] == 19225.50 and x['title'] == 'แผนปฏิบัติการส่งเสริมคุณธรรม ปีงบประมาณ ๒๕๗๐',
      (x['budget'], [n['budget'] for n in x['nodes']], x['title']))
check('XLSX: targets from their own column', x['nodes'][0]['children'][0]['indicators']
      == [{'name': 'จำนวนผู้เข้าอบรม', 'target': 50, 'unit': 'คน'}], x['nodes'][0]['children'][0]['indicators'])

# ---- 5. malformed input: exit 2, a line and a column, nothing written ------------
before = count(ws, 'plan_nodes')
bad = os.path.join(tmp, 'bad.csv')
with open(bad, 'w', encoding='utf-8') as f:
    f.write('ชื่อแผน\n\nที่,กิจกรรม,งบประมาณ\n1,อบรม,"5,000"\n2,สัมมนา,ห้าพันบาท\n')
p = run(ws, 'import', bad, '--year', '2569', expect=2)
check('bad budget names line 5, column C', 'Line 5, column C' in p.stderr and 'ห้าพันบาท' in p.stderr, p.stderr)
check('nothing written', count(ws, 'plan_nodes') == before)
with open(bad, 'w', encoding='utf-8') as f:
    f.write('a,b,c\n1,2,3\n')
p = run(ws, 'import', bad, '--year', '2569', expect=2)
check('no header: a clear message', 'header' in p.stderr, p.stderr)
for args, what in [(('import', bad), 'no year'), (('import', bad, '--year', '25x9'), 'bad year'),
                   (('import', os.path.join(tmp, 'missing.csv'), '--year', '2569'), 'missing file'),
                   (('import', bad, '--year', '2569', '--kind', 'other'), 'bad kind'),
                   (('show', '99', '--json'), 'no such plan'), (('show', 'abc', '--json'), 'bad id'),
                   (('report', '1', '--format', 'odt', '-o', os.path.join(tmp, 'x.odt')), 'bad format'),
                   (('report', '1', '--format', 'pdf', '--round', '7', '-o', os.path.join(tmp, 'x.pdf')), 'bad round'),
                   (('report', '1', '--format', 'pdf'), 'no output'), (('list', '--bogus'), 'unknown option'),
                   (('frobnicate',), 'unknown command'), (('copy', '1'), 'copy without year')]:
    p = run(ws, *args, expect=2)
    check(f'exit 2: {what}', p.stderr.startswith('prongsai-cli: '), p.stderr)
check('still nothing written', count(ws, 'plan_nodes') == before)

# ---- 6. documents -------------------------------------------------------------------
pdf = os.path.join(OUT, 'plan-table.pdf')
run(ws, 'report', '1', '--format', 'pdf', '-o', pdf)
t = pdf_text(pdf)
check('plan table PDF: total in figures and words', '1,270,000.50' in t
      and 'หนึ่งล้านสองแสนเจ็ดหมื่นบาทห้าสิบสตางค์' in squash(t), t[-600:])
check('plan table PDF: quarters and a group row', 'ไตรมาส' in t and 'แนวทางการพัฒนาที่ 1' in t)
check('plan table PDF: the due date under its activity', squash('กำหนดแล้วเสร็จ 31 มี.ค. 2569') in squash(t)
      and t.count('กำหนดแล้วเสร็จ') == 1, [l for l in t.splitlines() if 'กำหนด' in l])
pdf_th = os.path.join(OUT, 'plan-table-thai-digits.pdf')
run(ws, 'report', '1', '--format', 'pdf', '--thai-digits', '-o', pdf_th)
t_th = pdf_text(pdf_th)
check('--thai-digits', '๑,๒๗๐,๐๐๐.๕๐' in t_th)
check('--thai-digits: the due date in Thai digits', squash('กำหนดแล้วเสร็จ ๓๑ มี.ค. ๒๕๖๙') in squash(t_th))
subprocess.run(['pdftoppm', '-r', '60', '-png', pdf, os.path.join(OUT, 'plan-table')], check=True)

prog = os.path.join(OUT, 'progress-12.pdf')
run(ws, 'report', '2', '--format', 'pdf', '--round', '12', '-o', prog)
t = squash(pdf_text(prog))
# (no spending entered for the round: the sentence says none, never the planned budget)
check('progress report: the minutes sentence',
      squash('ยุทธศาสตร์ที่ 1 การสร้างมาตรฐานทางจริยธรรมภายในหน่วยงานของรัฐ ดำเนินการแล้วเสร็จ จำนวน 2 กิจกรรม') in t
      and squash('ใช้งบประมาณรวม 7,225') not in t, t[:400])
check('progress report: round title', squash('รอบ 12 เดือน') in t)
subprocess.run(['pdftoppm', '-r', '60', '-png', prog, os.path.join(OUT, 'progress-12')], check=True)

run(ws, 'progress', '1', '--round', '6', '--activity', '1', '--status', 'done', '--result', '12', '--spent', '148,500',
    '--participants', '45', '--narrative', 'จัดพิธีมอบเกียรติบัตร')
run(ws, 'progress', '1', '--round', '6', '--activity', '9', expect=2)
run(ws, 'freeze', '1', '--round', '6')
p = run(ws, 'progress', '1', '--round', '6', '--activity', '2', '--status', 'done', expect=2)
check('a frozen round refuses edits', 'frozen' in p.stderr, p.stderr)
prog6 = os.path.join(OUT, 'progress-6.pdf')
run(ws, 'report', '1', '--format', 'pdf', '--round', '6', '-o', prog6)
t = squash(pdf_text(prog6))
check('6-month report: result, narrative, spent', squash('12 คน') in t and 'จัดพิธีมอบเกียรติบัตร' in t
      and '148,500.00' in t and 'สูงกว่าแผน' in t, t[:600])
check('6-month report: summary sentence with spending', squash('ดำเนินการแล้วเสร็จ จำนวน 1 กิจกรรม (ใช้งบประมาณรวม 148,500 บาท)') in t)

# A later round entered after round 6 was frozen: the frozen report keeps its
# statuses (activity 3 was in progress at 6 months, done at 12), and each round's
# report shows what was spent in it — the rows and the total agree, never the
# planned budget as money spent.
def csv_rows(path):
    with open(path, encoding='utf-8-sig') as f:
        return list(csv.reader(f))
def status_of(rows, number):
    return next((r for r in rows if r and r[0] == number), None)
r6_before = os.path.join(OUT, 'progress-6-before.csv')
run(ws, 'report', '1', '--format', 'csv', '--round', '6', '-o', r6_before)
run(ws, 'progress', '1', '--round', '12', '--activity', '3', '--status', 'done', '--spent', '7,225')
r6_after = os.path.join(OUT, 'progress-6-after.csv')
run(ws, 'report', '1', '--format', 'csv', '--round', '6', '-o', r6_after)
check('a frozen round\'s report does not change when a later round is entered',
      open(r6_before, encoding='utf-8-sig').read() == open(r6_after, encoding='utf-8-sig').read())

r12 = os.path.join(OUT, 'progress-12-plan1.csv')
run(ws, 'report', '1', '--format', 'csv', '--round', '12', '-o', r12)
rows12 = csv_rows(r12)
def money(cell):
    try:
        return round(float(cell.replace(',', '')), 2)
    except ValueError:
        return 0.0
body = [r for r in rows12[1:] if r and r[0] and r[0] != 'รวม' and len(r) > 5]
total_row = next(r for r in rows12 if r and r[0] == 'รวม')
check('12-month report: the rows add up to the total', round(sum(money(r[5]) for r in body), 2) == money(total_row[5]) == 7225.0,
      (total_row, [(r[0], r[5]) for r in body]))
# plan show --round: the round's statuses, spending and counts (the same as the reports)
def find_number(nodes, number):
    for n in nodes:
        if n['number'] == number:
            return n
        hit = find_number(n['children'], number)
        if hit:
            return hit
    return None
s6 = json.loads(run(ws, 'show', '1', '--round', '6', '--json').stdout)
s12 = json.loads(run(ws, 'show', '1', '--round', '12', '--json').stdout)
s0 = json.loads(run(ws, 'show', '1', '--json').stdout)
check('show --round: the round, its counts and spending',
      s12['round'] == 12 and s6['round_frozen'] is True and s12['spent'] == 7225.0 and s6['spent'] == 148500.0
      and s6['done'] + s6['in_progress'] + s6['not_started'] + s6['cancelled'] == s6['activities'],
      {k: s12.get(k) for k in ('round', 'spent', 'done', 'in_progress')})
check('show --round: an activity\'s status in each round',
      find_number(s12['nodes'], '3')['progress']['status'] == 'done'
      and find_number(s6['nodes'], '3')['progress']['status'] != 'done', find_number(s6['nodes'], '3'))
check('show without --round has no round keys', 'round' not in s0 and 'progress' not in s0['nodes'][0])
# (activity 1, done with 148,500 spent at 6 months and nothing entered at 12: no
# money in the 12-month report — it used to show its planned 150,000)
check('12-month report: activity 3 done, activity 1 without spending shows none',
      'แล้วเสร็จ' in ' '.join(status_of(rows12, '3') or []) and (status_of(rows12, '1') or ['', '', '', '', '', ''])[5] in ('-', ''),
      (status_of(rows12, '3'), status_of(rows12, '1')))

docx = os.path.join(OUT, 'plan-table.docx')
run(ws, 'report', '1', '--format', 'docx', '-o', docx)
t = squash(pdf_text(convert(docx, 'pdf')))
check('DOCX through LibreOffice: total and words', '1,270,000.50' in t and 'หนึ่งล้านสองแสนเจ็ดหมื่นบาทห้าสิบสตางค์' in t)
xl = os.path.join(OUT, 'plan-table.xlsx')
run(ws, 'report', '1', '--format', 'xlsx', '-o', xl)
t = open(convert(xl, 'csv:Text - txt - csv (StarCalc):44,34,76'), encoding='utf-8', errors='replace').read()
check('XLSX through LibreOffice: activities and total', 'จัดทำข้อกำหนดจริยธรรมของกรม' in t and '1270000.5' in t.replace(',', ''),
      t[:300])
csvp = os.path.join(OUT, 'plan-table.csv')
run(ws, 'report', '1', '--format', 'csv', '-o', csvp)
t = open(csvp, encoding='utf-8-sig').read()
check('CSV: one row per activity', sum(1 for a in acts if a['title'] in t) == 8 and 'รวม' in t)

# ---- 7. copy, versions, diff -----------------------------------------------------------
new_id = run(ws, 'copy', '1', '--year', '2570').stdout.strip()
check('copy prints the new id', new_id == '6', new_id)
c = json.loads(run(ws, 'show', new_id, '--json').stdout)
check('copy: next year, draft, same budget', c['fiscal_year'] == 2570 and c['status'] == 'draft'
      and c['budget'] == 1270000.50 and '๒๕๗๐' in c['title'], (c['fiscal_year'], c['status'], c['title']))
run(ws, 'approve', '1', '--date', '15 ต.ค. 2568', '--reference', 'มติที่ประชุมคณะทำงาน ครั้งที่ ๑/๒๕๖๙')
rev = run(ws, 'revise', '1').stdout.strip()
r = json.loads(run(ws, 'show', rev, '--json').stdout)
check('revise: a new version of an approved plan', r['status'] == 'revised' and r['fiscal_year'] == 2569)
dj = json.loads(run(ws, 'diff', '1', rev, '--json').stdout)
check('diff of identical versions is empty', set(dj) == {'added', 'removed', 'changed'}
      and dj == {'added': [], 'removed': [], 'changed': []}, dj)
# change the revision through a re-import with one budget changed, one activity dropped
src = open(os.path.join(DATA, 'plan-2569-messy.csv'), encoding='utf-8').read()
src = src.replace('"50,000.50"', '"60,000"').replace('๘.,รายงานสรุปผลการดำเนินการตามแผน', '๘.,รายงานสรุปผลการดำเนินการตามแผนของกรม')
src = src.replace('๖.,จัดทำแผนปฏิบัติการด้านส่งเสริมคุณธรรม,เพื่อใช้เป็นกรอบแนวทาง,ร้อยละ ๑๐๐ ของหน่วยงานมีแผน,ไม่ใช้งบประมาณ,↔,,,,สลก. / กพร.\n', '')
# the secretary renumbers the rows below the dropped one (a gap would only be warned about)
src = src.replace('\n๗.,', '\n๖.,').replace('\n๘.,', '\n๗.,')
v2 = os.path.join(tmp, 'v2.csv')
open(v2, 'w', encoding='utf-8').write(src)
run(ws, 'import', v2, '--year', '2569')
dj = json.loads(run(ws, 'diff', '1', '8', '--json').stdout)
changed = {x['title']: x['fields'] for x in dj['changed']}
check('diff: a budget change', any('budget' in f and f['budget']['old'] == 50000.50 and f['budget']['new'] == 60000.00
                                   for f in changed.values()), dj['changed'])
check('diff: removed activity', [x['title'] for x in dj['removed']] == ['จัดทำแผนปฏิบัติการด้านส่งเสริมคุณธรรม'], dj['removed'])
check('diff: a renamed activity is changed, not removed', 'รายงานสรุปผลการดำเนินการตามแผนของกรม' in changed
      and 'title' in changed['รายงานสรุปผลการดำเนินการตามแผนของกรม'], dj)
check('diff: keys of changed items', all(set(x) == {'title', 'fields'} for x in dj['changed']), dj['changed'])
dpdf = os.path.join(OUT, 'diff.pdf')
run(ws, 'diff', '1', '8', '--format', 'pdf', '-o', dpdf)
t = squash(pdf_text(dpdf))
check('diff document', 'ตัดออก' in t and 'แก้ไขงบประมาณ' in t and '60,000.00' in t, t[:400])
# plans 1 and 8 were imported apart (both version 1): the heading names both, not "ฉบับที่ 1 กับฉบับที่ 1"
check('diff document of two plans that are not versions: both named', squash('ฉบับที่ 1 กับฉบับที่ 1') not in t
      and t.count(squash('แผน')) >= 2, t[:300])
subprocess.run(['pdftoppm', '-r', '60', '-png', dpdf, os.path.join(OUT, 'diff')], check=True)

# ---- responsible units merged down (XLSX) or blank under a filled one (CSV) -------
# the unit column merged over the rows it serves applies to each; a budget merged down
# the same way counts once; a CSV file has no merges: the activities are named instead
wu = os.path.join(tmp, 'units.prongsai')
uxl = os.path.join(tmp, 'units.xlsx')
unit_rows = [
    ['แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'],
    ['ลำดับ', 'โครงการ/กิจกรรม', 'งบประมาณ', 'หน่วยงานที่รับผิดชอบ'],
    ['ยุทธศาสตร์ที่ ๑ ปลูกฝังคุณธรรม'],
    ['๑', 'อบรมจริยธรรม', 5000, 'กลุ่มงานบริหารทรัพยากรบุคคล'],
    ['๒', 'ยกย่องคนดี', 3000, ''],
    ['๓', 'ประกาศเจตนารมณ์', 2000, ''],
    ['๔', 'เผยแพร่ประมวลจริยธรรม', 1000, 'กลุ่มงานคุ้มครองจริยธรรม'],
    ['๕', 'ประเมินผลการเผยแพร่', '', ''],
    ['๖', 'รายงานผล', 'ไม่ใช้งบประมาณ', 'ทุกหน่วยงาน'],
    ['รวมทั้งสิ้น', '', 11000, ''],
]
write_xlsx(uxl, unit_rows, merges=['A1:D1', 'D4:D6', 'D7:D8', 'C7:C8'])
run(wu, 'import', uxl, '--year', '2570', '--kind', 'morality')
u = json.loads(run(wu, 'show', '1', '--json').stdout)
leaves = [n for n in walk(u['nodes']) if not n['children']]
check('XLSX: a unit cell merged down applies to every row it spans',
      [n['units'] for n in leaves] == [['กลุ่มงานบริหารทรัพยากรบุคคล']] * 3 + [['กลุ่มงานคุ้มครองจริยธรรม']] * 2
      + [['ทุกหน่วยงาน']], [n['units'] for n in leaves])
check('XLSX: a budget merged down counts once', u['budget'] == 11000.00
      and [n['budget'] for n in leaves] == [5000.0, 3000.0, 2000.0, 1000.0, 0.0, 0.0], (u['budget'], leaves))
ucsv = os.path.join(tmp, 'units.csv')
with open(ucsv, 'w', encoding='utf-8', newline='') as f:
    csv.writer(f).writerows([[str(c) for c in r] for r in unit_rows])
p = run(wu, 'import', ucsv, '--year', '2570', '--dry-run')
check('CSV: activities without a unit under ones with one are named in the preview',
      'Activities 2, 3, 5 have no responsible unit' in p.stderr,
      p.stderr)
p = run(wu, 'import', ucsv, '--year', '2570')
check('CSV: ... and in the import output', 'Activities 2, 3, 5 have no responsible unit' in p.stderr, p.stderr)
p = run(wu, 'import', uxl, '--year', '2570', '--dry-run')
check('XLSX: no unit warning when the merges fill every row', 'responsible unit' not in p.stderr, p.stderr)

# ---- total rows: each subtotal against its strategy, the grand total against the plan --
def subtotal_plan(sub1, grand=None):
    rows = [['แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'],
            ['ลำดับ', 'โครงการ/กิจกรรม', 'งบประมาณ'],
            ['ยุทธศาสตร์ที่ ๑ ปลูกฝังคุณธรรม'],
            ['๑', 'อบรมจริยธรรม', 50000], ['๒', 'ยกย่องคนดี', 50000],
            ['รวมยุทธศาสตร์ที่ ๑', '', sub1],
            ['ยุทธศาสตร์ที่ ๒ ป้องกันการทุจริต'],
            ['๓', 'คู่มือ', 7225], ['๔', 'รายงานผล', 12500.5],
            ['รวมยุทธศาสตร์ที่ ๒', '', '19,725.50']]
    if grand:
        rows.append(grand)
    path = os.path.join(tmp, f'sub-{len(failures)}-{sub1}-{bool(grand)}.xlsx')
    write_xlsx(path, rows)
    return run(wu, 'import', path, '--year', '2570', '--dry-run').stderr
e = subtotal_plan('100,000')
check('subtotals right and no grand total: no warning', e == '', e)
e = subtotal_plan('90,000', ['รวมทั้งสิ้น', 'จำนวน ๔ โครงการ/กิจกรรม', '119,725.50'])
check('a wrong strategy subtotal is named, the right grand total is not',
      'Line 6: the total row “รวมยุทธศาสตร์ที่ ๑” says 90,000.00 baht' in e and 'Line 11' not in e
      and 'Line 10' not in e, e)
e = subtotal_plan('100,000', ['รวมทั้งสิ้น', 'จำนวน ๙ โครงการ/กิจกรรม', 'จำนวนงบประมาณทั้งหมด ๑๒๐,๐๐๐ บาท'])
check('a stated count and a total written as text are checked',
      'Line 11: the total row says 9 activities but the plan has 4.' in e
      and 'Line 11: the total row says 120,000.00 baht but the activities add up to 119,725.50 baht' in e, e)

# ---- plan SUB --help: that subcommand's usage, exit 0 --------------------------------
for verb in ['import', 'list', 'show', 'report', 'copy', 'diff', 'approve', 'revise', 'progress', 'freeze']:
    p = run(wu, verb, '--help')
    lines = [l for l in p.stdout.splitlines() if l.startswith('  prongsai-cli')]
    check(f'plan {verb} --help', lines and all(f' plan {verb} ' in l + ' ' for l in lines)
          and p.stdout.startswith('Usage:'), p.stdout)
p = run(wu, 'diff', '1', '-h')
check('plan diff ID -h: both forms', p.stdout.count(' plan diff ') == 2, p.stdout)

# ---- the year: far from any current fiscal year, or not the title's, warns ------------
p = run(wu, 'import', uxl, '--year', '2400', '--dry-run')
check('--year 2400 warns', 'The year 2400 is far from the current fiscal year' in p.stderr, p.stderr)
p = run(wu, 'import', uxl, '--year', '2569', '--dry-run')
check('--year other than the title\'s warns',
      "The plan's title names the fiscal year 2570, but it is imported as 2569" in p.stderr, p.stderr)
p = run(wu, 'import', uxl, '--year', '2569', '--json')
check('... also in the import output', any("names the fiscal year 2570" in w for w in json.loads(p.stdout)['warnings']),
      p.stdout)
p = run(wu, 'import', uxl, '--year', '2570', '--dry-run')
check('the title\'s year: no year warning', 'fiscal year' not in p.stderr, p.stderr)

shutil.rmtree(tmp, ignore_errors=True)
print(f'{len(failures)} failed' if failures else 'all passed')
sys.exit(1 if failures else 0)
