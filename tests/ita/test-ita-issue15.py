#!/usr/bin/env python3
# ITA, second pass (issue 15) through prongsai-cli on real files: the published item
# wording in the report, every item with its score, "differs" only where a figure
# differs, the published context (import, export, report), measures for all units and
# units with their parents, headings kept with what follows, Thai digits with item
# codes kept, compare without --unit, the radar title, the 2562–2565 refusal, CSV
# errors on physical lines, issues --json.  SPDX-License-Identifier: GPL-3.0-or-later
import json, os, re, shutil, sqlite3, subprocess, sys, tempfile

CLI = os.environ.get('PRONGSAI_CLI') or sys.argv[1]
for tool in ('pdftotext', 'pdfinfo'):
    if shutil.which(tool) is None:
        sys.exit(f'{tool} is needed (poppler-utils)')
tmp = tempfile.mkdtemp(prefix='prs-ita15-')
failures = []

def cli(ws, *args, expect=0):
    p = subprocess.run([CLI, '--workspace', ws, *args], capture_output=True, text=True,
                       env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))
    if p.returncode != expect:
        raise AssertionError(f'{" ".join(args)}: exit {p.returncode}, expected {expect}\n{p.stdout}\n{p.stderr}')
    return p

def run(ws, *args, expect=0):
    return cli(ws, 'ita', *args, expect=expect)

def check(name, cond, detail=''):
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else f': {str(detail)[:600]}'))
    if not cond:
        failures.append(name)

def squash(text):
    return ''.join(text.split())

def pdf_pages(path, layout=True):
    text = subprocess.run(['pdftotext'] + (['-layout'] if layout else []) + [path, '-'],
                          capture_output=True, text=True).stdout
    return text.split('\f')

def write(name, text, encoding='utf-8'):
    path = os.path.join(tmp, name)
    with open(path, 'wb') as f:
        f.write(text.encode(encoding))
    return path

demo = os.path.join(tmp, 'demo.prongsai')
cli(demo, 'demo')

# ---- the report against the published wording --------------------------------------
o = os.path.join(tmp, 'report.pdf')
run(demo, 'report', '--year', '2568', '--format', 'pdf', '-o', o)
pages = pdf_pages(o)
text = '\f'.join(pdf_pages(o, layout=False))
flat = squash(text)
# a cell's wording may be interleaved with the scores of its row: leave the scores out
flat_words = re.sub(r'\d+\.\d\d', '', flat)
wording = {
    'I8': 'ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ',
    'I22': 'บุคคลภายนอกหรือภาคเอกชน มีการนำทรัพย์สินของราชการไปใช้โดยไม่ได้ขออนุญาตอย่างถูกต้อง',
    'I30': 'หากมีเจ้าหน้าที่กระทำการทุจริต หน่วยงานของท่านจะมีการตรวจสอบและลงโทษอย่างจริงจัง',
    'E3': 'หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน โดยมุ่งผลสัมฤทธิ์ และรับผิดชอบต่อหน้าที่',
    'E13': 'หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่',
    'O10': 'นโยบายคุ้มครองข้อมูลส่วนบุคคล',
    'O18': 'E-Service',
}
for code, words in wording.items():
    # a wrapped cell's later lines may come elsewhere in pdftotext's reading order: the
    # code with the start of its wording, and its end
    check(f'report prints {code} in the published wording',
          squash(code + words[:18]) in flat_words and squash(words)[-6:] in flat, code)
check('report: the generic form, not "ของกรม"', 'ของกรม' not in flat)
check('report: every item code', all(re.search(r'\b%s\b' % c, text) for c in
      [f'I{i}' for i in range(1, 31)] + [f'E{i}' for i in range(1, 16)] + [f'O{i}' for i in range(1, 44)]))
check('report: yes/no items marked (5 of them, plus none else)', flat.count(squash('(answered yes or no)')) == 5,
      flat.count(squash('(answered yes or no)')))
check('report: EIT Public and Survey side by side', 'EIT Public' in text and 'EIT Survey' in text)
for g in ('9.1 ข้อมูลพื้นฐาน', '9.5 การส่งเสริมความโปร่งใส', '10.1', '10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส'):
    check('report: OIT sub-group ' + g, squash(g) in flat)
check('report: no "differs" without a differing figure', 'differs' not in text)
check('report: the wording of 2568 is flagged unconfirmed', squash('published for fiscal year 2566') in flat)
check('report: context printed', all(squash(x) in flat for x in ('National average 88.41', 'National rank 37 of 159',
                                                              'Rank in the ministry 2 of 12',
                                                              '188 IIT, 404 EIT Public, 42 EIT Survey')))
check('report: recommendations and limitations', squash('ควรสื่อสารมาตรการป้องกันการทุจริต') in flat
      and squash('จำนวนผู้ตอบ EIT Survey มีน้อยกว่า') in flat)
check('report: evidencing OIT items apart', 'OIT items that evidence the issues' in text)
check('report: all units', 'All units' in text)
check('report: a unit with its parent', squash('สำนักงานเลขานุการกรม กลุ่มงานนิติการ') in flat)
# no heading at a page foot: the last line of a page (before its number) is no heading
headings = ['Summary', 'Scores by instrument and indicator', 'Scores by item', 'Charts', 'Analysis',
            'Items below the pass mark', 'OIT items that evidence the issues', 'Issues and measures',
            'Limitations', 'The assessor’s recommendations']
for n, page in enumerate(pages[:-1], 1):
    lines = [l.strip() for l in page.splitlines() if l.strip()]
    body = [l for l in lines if not re.match(r'^(หน้า|Page)\s', l)]
    if body:
        check(f'page {n}: no stranded heading', body[-1] not in headings and not body[-1].startswith('IIT แบบ')
              and not body[-1].startswith('OIT แบบ'), body[-1])

# ---- Thai digits: numbers convert, item codes stay -------------------------------------
o = os.path.join(tmp, 'report-thai.pdf')
run(demo, 'report', '--year', '2568', '--format', 'pdf', '-o', o, '--thai-digits')
t = '\f'.join(pdf_pages(o))
check('thai digits: codes stay (I8, O11, E13)', all(re.search(r'\b%s\b' % c, t) for c in ('I8', 'O11', 'E13', 'I27')))
check('thai digits: no half-converted code', not re.search('[IEO][๐-๙]', t))
check('thai digits: chart subtitles convert', squash('fiscal year ๒๕๖๘') in squash(t) and squash('fiscal year 2568') not in squash(t))
check('thai digits: pass-mark label converts', squash('Pass mark ๘๕') in squash(t))
o = os.path.join(tmp, 'ind-thai.pdf')
run(demo, 'chart', '--year', '2568', '--kind', 'weak-items', '--format', 'pdf', '-o', o, '--thai-digits')
t = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
check('chart --thai-digits: title year Thai, codes kept', '๒๕๖๘' in t and re.search(r'\b[IEO][0-9]{1,2}\b', t) is not None
      and not re.search('[IEO][๐-๙]', t), t)

# ---- "differs" only where a given figure differs ---------------------------------------
ws = os.path.join(tmp, 'm.prongsai')
rows = ['unit,year,code,part,score'] + [f'กรมทดสอบสมมติ,2568,I{i},,80' for i in range(1, 7)] + \
       ['กรมทดสอบสมมติ,2568,ind1,,80', 'กรมทดสอบสมมติ,2568,ind2,,99']
run(ws, 'import', write('m.csv', '\n'.join(rows) + '\n'))
o = os.path.join(tmp, 'm.pdf')
run(ws, 'report', '--year', '2568', '--unit', 'กรมทดสอบสมมติ', '--format', 'pdf', '-o', o)
t = squash('\f'.join(pdf_pages(o, layout=False)))
check('differs: the agreeing given figure is not flagged', t.count('differsfromtheentered') == 0, t[:1500])
rows[-2] = 'กรมทดสอบสมมติ,2568,ind1,,75'
run(ws, 'import', write('m2.csv', '\n'.join(rows) + '\n'))
run(ws, 'report', '--year', '2568', '--unit', 'กรมทดสอบสมมติ', '--format', 'pdf', '-o', o)
t = squash('\f'.join(pdf_pages(o, layout=False)))
check('differs: only the differing figure is flagged', t.count('differsfromtheentered') == 1
      and 'differsfromtheentered75.00' in t, t[:1500])

# ---- 2562–2565: item-level figures refused, indicators fine ------------------------------
ws = os.path.join(tmp, 'old.prongsai')
p = run(ws, 'import', write('old.csv', 'unit,year,code,part,score\nกรมเก่า,2564,I1,,80\n'), expect=2)
check('2564 items refused with a reason', 'item-level' in p.stderr and '2562' in p.stderr, p.stderr)
check('2564 refusal wrote nothing', not os.path.exists(ws) or sqlite3.connect(ws).execute(
      'SELECT count(*) FROM ita_figures').fetchone()[0] == 0)
run(ws, 'import', write('old2.csv', 'unit,year,code,part,score\n' +
                         ''.join(f'กรมเก่า,2564,ind{i},,90\n' for i in range(1, 11))))
s = json.loads(run(ws, 'score', '--unit', 'กรมเก่า', '--year', '2564', '--json').stdout)
check('2564 indicators roll up, level A/AA', s['total'] == 90.0 and s['level'] == 'A', s)
o = os.path.join(tmp, 'old.pdf')
run(ws, 'report', '--year', '2564', '--unit', 'กรมเก่า', '--format', 'pdf', '-o', o)
t = squash('\f'.join(pdf_pages(o)))
check('2564 report: no 2566 items reused', squash('Item-level figures are not kept for this year') in t
      and 'I8' not in t and squash(wording['I8']) not in t)

# ---- CSV errors name the physical line ----------------------------------------------------
ws = os.path.join(tmp, 'lines.prongsai')
csvtext = ('unit,year,code,part,score\n'
           '"กรม\nหลายบรรทัด",2568,I1,,80\n'
           '\n'
           'กรมหนึ่ง,2568,I99,,80\n')
p = run(ws, 'import', write('lines.csv', csvtext), expect=2)
check('import error names the physical line (5)', 'Line 5:' in p.stderr, p.stderr)
p = run(ws, 'context-import', write('ctxlines.csv', 'unit,year,field,value\nกรมหนึ่ง,2568,limitations,"ก\nข"\n'
                                                  'กรมหนึ่ง,2568,national_rank,ห้า\n'), expect=2)
check('context import error names the physical line (4)', 'Line 4:' in p.stderr, p.stderr)

# ---- the published context: import, export, round trip, errors ---------------------------
ws = os.path.join(tmp, 'ctx.prongsai')
run(ws, 'import', write('ctxfig.csv', 'unit,year,code,part,score\nกรมบริบท,2567,total,,88.50\n'))
ctx = ('unit,year,field,value\n'
       'กรมบริบท,๒๕๖๗,national_average,๙๐.๑๒\n'
       'กรมบริบท,2567,national_rank,145 of 159\n'
       'กรมบริบท,2567,ministry_rank,3/12\n'
       'กรมบริบท,2567,respondents_public,404\n'
       'กรมบริบท,2567,respondents_survey,42\n'
       'กรมบริบท,2567,recommendations,"ข้อหนึ่ง\nข้อสอง, ""ยก"""\n')
p = run(ws, 'context-import', '--dry-run', write('ctx.csv', ctx))
check('context dry run writes nothing', sqlite3.connect(ws).execute('SELECT count(*) FROM ita_contexts').fetchone()[0] == 0)
run(ws, 'context-import', write('ctx.csv', ctx))
c = json.loads(run(ws, 'context', '--unit', 'กรมบริบท', '--year', '2567', '--json').stdout)
check('context stored', (c['national_average'], c['national_rank'], c['national_count'], c['ministry_rank'],
                         c['ministry_count'], c['respondents_public'], c['respondents_survey'],
                         c['respondents_internal']) == (90.12, 145, 159, 3, 12, 404, 42, None), c)
check('context text kept', c['recommendations'] == 'ข้อหนึ่ง\nข้อสอง, "ยก"', c)
exp = os.path.join(tmp, 'ctx-out.csv')
run(ws, 'context-export', '--year', '2567', '-o', exp)
ws2 = os.path.join(tmp, 'ctx2.prongsai')
run(ws2, 'import', write('ctxfig2.csv', 'unit,year,code,part,score\nกรมบริบท,2567,total,,88.50\n'))
run(ws2, 'context-import', exp)
c2 = json.loads(run(ws2, 'context', '--unit', 'กรมบริบท', '--year', '2567', '--json').stdout)
check('context export/import round trip', c2 == c, (c, c2))
p = run(ws, 'context-import', write('bad.csv', 'unit,year,field,value\nกรมบริบท,2567,national_rank,160\n'
                                             'กรมไม่มี,2567,national_rank,1\nกรมบริบท,2567,popularity,1\n'), expect=2)
check('context errors listed, nothing imported', 'Line 3' in p.stderr and 'Line 4' in p.stderr
      and 'popularity' in p.stderr, p.stderr)
p = run(ws, 'context-import', write('bad2.csv', 'กรมบริบท,2567,national_rank,160\n'), expect=2)
check('context rank beyond the count refused', '160' in p.stderr, p.stderr)
c3 = json.loads(run(ws, 'context', '--unit', 'กรมบริบท', '--year', '2567', '--json').stdout)
check('context unchanged after refused imports', c3 == c, c3)

# ---- compare without --unit; radar title -------------------------------------------------
ws = os.path.join(tmp, 'cmp.prongsai')
run(ws, 'import', write('cmp.csv', 'unit,year,code,part,score\n' +
                         ''.join(f'กรมที่ {k},2568,total,,{80 + k}\n' for k in range(1, 6))))
o = os.path.join(tmp, 'cmp.svg')
p = run(ws, 'chart', '--year', '2568', '--kind', 'compare', '--format', 'svg', '-o', o)
check('compare without --unit and without an own agency draws every unit', os.path.getsize(o) > 1000)
o = os.path.join(tmp, 'cmp.pdf')
run(ws, 'chart', '--year', '2568', '--kind', 'compare', '--format', 'pdf', '-o', o)
t = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
check('compare chart names all five units', all(f'กรมที่ {k}' in t or f'กรมที่{k}' in squash(t) for k in range(1, 6)), t)
run(ws, 'import', write('r.csv', 'unit,year,code,part,score\n' + ''.join(f'กรมที่ 1,2568,ind{i},,90\n' for i in range(1, 10))))
o = os.path.join(tmp, 'radar.pdf')
run(ws, 'chart', '--year', '2568', '--unit', 'กรมที่ 1', '--kind', 'radar', '--format', 'pdf', '-o', o)
t = subprocess.run(['pdftotext', o, '-'], capture_output=True, text=True).stdout
check('radar without last year: no "last year" in its title', 'last year' not in t, t[:300])

# ---- issues --json ------------------------------------------------------------------------
j = json.loads(run(demo, 'issues', '--year', '2568', '--json').stdout)
i0 = j['issues'][0]
check('issues --json: items with wording and score', i0['items'][0]['code'] == 'I27' and isinstance(i0['items'][0]['score'], float)
      and i0['items'][0]['text'].startswith('ท่าน')
      and i0['items'][0]['text'].startswith('ท่านทราบเกี่ยวกับมาตรฐานทางจริยธรรม'), i0['items'])
check('issues --json: evidence', i0['evidence'][0]['code'] == 'O40' and i0['evidence'][0]['group'] == '10.2'
      and i0['evidence'][0]['score'] == 0.0, i0['evidence'])
check('issues --json: measures with all units and parents', [m['all_units'] for m in i0['measures']] == [False, True, False]
      and i0['measures'][2]['units'] == ['สำนักงานเลขานุการกรม กลุ่มงานนิติการ'], i0['measures'])
p = run(demo, 'issues', '--year', 'สองพัน', '--json', expect=2)
check('issues: a bad year exits 2', 'year' in p.stderr, p.stderr)

if failures:
    print('%d failed: %s' % (len(failures), ', '.join(failures)))
    sys.exit(1)
shutil.rmtree(tmp)
