#!/usr/bin/env python3
# Plan import through prongsai-cli on messy tables a tester typed as secretariats do:
# a strategy row repeated after a page break, a title continued on the next row,
# headers that are not headers, negative budgets, dangling shared budgets, orphan
# dotted numbers, duplicate and skipped numbers, target-only indicators, a
# qualitative target, double spaces, UTF-16 "Unicode Text" and the report's chart.
# SPDX-License-Identifier: GPL-3.0-or-later
import json, os, shutil, sqlite3, subprocess, sys, tempfile

CLI = os.environ.get('PRONGSAI_CLI') or sys.argv[1]
SRC = os.environ.get('PRONGSAI_SOURCE_DIR') or os.path.join(os.path.dirname(__file__), '..', '..')
DATA = os.path.join(SRC, 'tests', 'plans', 'data')
tmp = tempfile.mkdtemp(prefix='prs-plan-findings-')
failures = []

if shutil.which('pdftotext') is None:
    print('FAIL pdftotext is needed to check the report but is not installed')
    sys.exit(1)


def run(ws, *args):
    return subprocess.run([CLI, '--workspace', ws, 'plan', *args], capture_output=True, text=True,
                          env=dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8'))


def check(name, cond, detail=''):
    print(('ok   ' if cond else 'FAIL ') + name + ('' if cond else f': {detail}'))
    if not cond:
        failures.append(name)


def rows(ws, table):
    con = sqlite3.connect(ws)
    try:
        return con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]
    finally:
        con.close()


def imported(name, fname, *extra):
    ws = os.path.join(tmp, name + '.prs')
    p = run(ws, 'import', os.path.join(DATA, fname), '--year', '2569', *extra)
    check(f'{name}: imports', p.returncode == 0, p.stderr)
    s = run(ws, 'show', '1', '--json')
    return ws, p, json.loads(s.stdout) if s.returncode == 0 else {'nodes': [], 'activities': 0, 'budget': 0}


def leaves(nodes):
    for n in nodes:
        if n['children']:
            yield from leaves(n['children'])
        else:
            yield n


# P9: "แนวทางการพัฒนาที่ ๑" repeated at the top of the next page continues it
ws, p, d = imported('pagebreak', 'plan-pagebreak.csv')
tops = d['nodes']
check('pagebreak: two strategies', len(tops) == 2, [t['title'] for t in tops])
if len(tops) == 2:
    check('pagebreak: strategy 1 = 55,000.50 over 2 activities',
          tops[0]['budget'] == 55000.50 and tops[0]['activities'] == 2, tops[0])
    check('pagebreak: strategy 2 = 8,500.00 over 2 activities',
          tops[1]['budget'] == 8500.00 and tops[1]['activities'] == 2, tops[1])
acts = list(leaves(tops))
check('pagebreak: total 63,500.50, 4 activities', d['budget'] == 63500.50 and d['activities'] == 4, d['budget'])
check('pagebreak: numbers 1..4', [a['number'] for a in acts] == ['1', '2', '3', '4'], [a['number'] for a in acts])
# P10: an indicator cell holding only the target gets a name of its own
ind = acts[0]['indicators'][0] if acts and acts[0]['indicators'] else {}
check('pagebreak: "๑๐ คน" is the target of จำนวนคน',
      ind.get('name') == 'จำนวนคน' and ind.get('target') == 10 and ind.get('unit') == 'คน', ind)
check('pagebreak: "-" is no budget', len(acts) == 4 and acts[2]['budget_kind'] == 'none', acts[2:3])
r = subprocess.run([CLI, '--workspace', ws, 'plan', 'report', '1', '--format', 'pdf', '-o',
                    os.path.join(tmp, 'pagebreak.pdf')], capture_output=True, text=True)
text = subprocess.run(['pdftotext', '-layout', os.path.join(tmp, 'pagebreak.pdf'), '-'], capture_output=True,
                      text=True).stdout if r.returncode == 0 else ''
check('pagebreak: the table does not print "10 คน : 10 คน"', '10 คน : 10 คน' not in text and 'จำนวนคน' in text,
      r.stderr)
# P7: the chart prints satang as the table does
check('pagebreak: report chart says 55,000.50, never 55,001', '55,000.50' in text and '55,001' not in text)

# P11, P5, P8, P6 (total row): a title continued on the next row
ws, p, d = imported('continued', 'plan-title-continued.csv')
acts = list(leaves(d['nodes']))
check('continued: 4 activities, 17,500.50', d['activities'] == 4 and d['budget'] == 17500.50,
      (d['activities'], d['budget']))
check('continued: numbers as in the file', [a['number'] for a in acts] == ['1', '2', '3', '4'],
      [a['number'] for a in acts])
check('continued: the title carries on', len(acts) == 4 and acts[2]['title'] == 'จัดทำคู่มือการจัดซื้อจัดจ้าง (กิจกรรม “ซื้อตรง”)',
      acts[2:3])
check('continued: a double space is one', len(acts) == 4 and acts[0]['title'] == 'อบรมคุณธรรม สำหรับบุคลากรใหม่', acts[:1])
q = acts[1]['indicators'][0] if len(acts) == 4 and acts[1]['indicators'] else {}
check('continued: the qualitative target is kept', 'สองช่องทาง' in q.get('name', '') and q.get('target') is None, q)
check('continued: activity 4 shares the budget of 3', len(acts) == 4 and acts[3]['budget_kind'] == 'shared', acts[3:])
check('continued: the total row warns with the difference', p.returncode == 0 and '499.50' in p.stderr
      and 'Line 12' in p.stderr, p.stderr)

# P12: Excel's "Unicode Text" (UTF-16LE with a BOM, tab-separated)
ws, p, d = imported('utf16', 'plan-unicode-text.txt')
check('utf16: same plan as the CSV', d['activities'] == 4 and d['budget'] == 17500.50, (d['activities'], d['budget']))

# P1: a header with a one-letter slip ("กิจกรม/โครงกร") is still the header
ws, p, d = imported('slip', 'bad-header-slip.csv')
check('slip: 4 activities', d['activities'] == 4, d['activities'])

# errors: exit 2, the message names the line (and column), nothing written
ws = os.path.join(tmp, 'errors.prs')
run(ws, 'import', os.path.join(DATA, 'plan-pagebreak.csv'), '--year', '2569')
before = (rows(ws, 'plans'), rows(ws, 'plan_nodes'), rows(ws, 'indicators'))
paren = os.path.join(tmp, 'bad-budget-paren.csv')
with open(os.path.join(DATA, 'bad-budget-negative.csv'), encoding='utf-8') as f:
    open(paren, 'w', encoding='utf-8').write(f.read().replace(',-500,', ',"(500)",'))
for fname, want in (('bad-header-none.csv', ['no header row']),
                    ('bad-budget-negative.csv', ['Line 9, column G', 'negative']),
                    (paren, ['Line 9, column G', 'negative']),
                    ('bad-shared-missing.csv', ['Line 11, column G', '99']),
                    ('bad-orphan-dotted.csv', ['Line 7', '3.1']),
                    ('bad-dup-number.csv', ['Lines 9 and 11', 'numbered 3'])):
    p = run(ws, 'import', os.path.join(DATA, fname), '--year', '2569')
    name = os.path.basename(fname)
    check(f'{name}: exit 2 naming {want}', p.returncode == 2 and all(w in p.stderr for w in want),
          f'{p.returncode} {p.stdout} {p.stderr}')
    check(f'{name}: nothing written', (rows(ws, 'plans'), rows(ws, 'plan_nodes'), rows(ws, 'indicators')) == before)

# a gap in the numbers is a typing slip more often than a wrong table: imported, with a
# warning naming the line; the plan numbers its activities without the gap
ws = os.path.join(tmp, 'gap.prs')
p = run(ws, 'import', os.path.join(DATA, 'bad-number-gap.csv'), '--year', '2569')
check('gap: imported with a warning naming line 11', p.returncode == 0 and 'Line 11' in p.stderr
      and 'numbered 5' in p.stderr, f'{p.returncode} {p.stdout} {p.stderr}')
d = json.loads(run(ws, 'show', '1', '--json').stdout)
nums = []
def walk(nodes):
    for n in nodes:
        if not n['children']:
            nums.append(n['number'])
        walk(n['children'])
walk(d['nodes'])
check('gap: activities numbered 1..4', nums == ['1', '2', '3', '4'], nums)

shutil.rmtree(tmp, ignore_errors=True)
if failures:
    print(f'{len(failures)} failed')
    sys.exit(1)
