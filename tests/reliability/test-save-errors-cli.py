#!/usr/bin/env python3
# test-save-errors-cli.py: every writing command saves the workspace at its end and,
# when the save fails, says so and exits 2, leaving the user's file as it was
# (issue 14, "the workspace is a document"). Before, a command printed success and
# exited 0 while the save at close could only log that it failed.
#
# The workspace sits on a small tmpfs filled to the last byte (needs root: skips
# without; the working copy is on the ordinary disk). Each command also runs once on
# a roomy copy, so a failure below is the save and not the arguments. A failed
# save is reported once (not again by the autosave when the store closes), and
# the unsaved working copy is kept for recovery.
# Prints TAP-like lines; exits 1 on any failure, 77 when it cannot mount a tmpfs.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile

CLI = sys.argv[1] if len(sys.argv) > 1 else os.environ['PRONGSAI_CLI']
SRC = os.environ.get('PRONGSAI_SOURCE_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
PLANS = os.path.join(SRC, 'tests', 'plans', 'data')
failures = 0


def run(ws, *args, env):
    p = subprocess.run([CLI, '--workspace', ws] + list(args), capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def expect(name, cond, detail=''):
    global failures
    if cond:
        print('ok -', name)
    else:
        failures += 1
        print('not ok -', name, detail)


def write(path, text, encoding='utf-8'):
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(text)
    return path


with tempfile.TemporaryDirectory(prefix='prs-save-errors-') as d:
    working = os.path.join(d, 'working')
    env = dict(os.environ, PRONGSAI_WORKING_DIR=working)
    roster = write(os.path.join(d, 'roster.csv'),
                   'รายชื่อบุคลากร กรมทดลองสมมติ\r\nลำดับ,ชื่อ-สกุล,หน่วยงาน,ตำแหน่ง,ประเภท\r\n'
                   '๑,นางสาวสมมติ ทดลองดี,สทน.,นักวิเคราะห์,ข้าราชการ\r\n'
                   '๒,นายจำลอง ใจกว้าง,สทน.,นิติกร,พนักงานราชการ\r\n', encoding='cp874')
    roster2 = write(os.path.join(d, 'roster2.csv'),
                    'ชื่อ-สกุล,หน่วยงาน,ประเภท\nนางทดสอบ เพิ่มใหม่,สทส.,ลูกจ้างประจำ\n')
    committee = write(os.path.join(d, 'committee.csv'),
                      'ชื่อ-สกุล,ตำแหน่ง,บทบาท\nนายประธาน สมมติ,ปลัดทดลอง,ประธานกรรมการ\n'
                      'นางสาวกรรมการ ทดลอง,,กรรมการ\nนายเลขา จำลอง,,กรรมการและเลขานุการ\n')
    attendance = write(os.path.join(d, 'attendance.txt'),
                       'ผู้มาประชุม\n๑. นายประธาน สมมติ ประธานกรรมการ\n๒. นายเลขา จำลอง\n'
                       'ผู้ไม่มาประชุม\n๑. นางสาวกรรมการ ทดลอง\n')
    signin = write(os.path.join(d, 'signin.csv'), 'ชื่อ-สกุล\nนางสาวสมมติ ทดลองดี\nนายจำลอง ใจกว้าง\n')
    ita = write(os.path.join(d, 'ita.csv'), 'unit,year,code,part,score\nกรมทดลองสมมติ,2568,total,,85.5\n')
    ita2 = write(os.path.join(d, 'ita2.csv'), 'unit,year,code,part,score\nกรมทดลองสมมติ,2568,total,,๘๖.๒๕\n')
    context = write(os.path.join(d, 'context.csv'),
                    'unit,year,field,value\nกรมทดลองสมมติ,2568,national_average,84.20\n')
    C = 'คณะกรรมการจริยธรรมทดลอง'

    # The workspace every case starts from.
    base = os.path.join(d, 'base.prongsai')
    for args in (['plan', 'import', os.path.join(PLANS, 'plan-2569-messy.csv'), '--year', '2569'],
                 ['plan', 'import', os.path.join(PLANS, 'plan-deep-dotted.csv'), '--year', '2570'],
                 ['plan', 'approve', '2', '--date', '2025-10-01'],
                 ['people', 'import', roster],
                 ['committee', 'import', committee, '--name', C],
                 ['meeting', 'add', '--committee', C, '--meeting', '1/2568', '--date', '2025-11-07'],
                 ['ita', 'import', ita]):
        rc, out, err = run(base, *args, env=env)
        if rc != 0:
            print('Bail out! could not build the workspace:', args, rc, err)
            sys.exit(1)

    cases = [
        ['plan', 'import', os.path.join(PLANS, 'plan-levels-win874.csv'), '--year', '2571'],
        ['plan', 'copy', '1', '--year', '2572'],
        ['plan', 'approve', '1', '--date', '2025-10-01'],
        ['plan', 'revise', '2'],
        ['plan', 'progress', '1', '--round', '6', '--activity', '1', '--status', 'done'],
        ['plan', 'freeze', '1', '--round', '6'],
        ['committee', 'import', committee, '--name', 'คณะทำงานทดลอง'],
        ['committee', 'rate', '--committee', C, '--role', 'member', '--amount', '๑,๖๐๐'],
        ['committee', 'set', '--committee', C, '--delegate-paid', 'yes'],
        ['meeting', 'add', '--committee', C, '--meeting', '2/2568', '--date', '2025-12-01'],
        ['meeting', 'attendance', '--committee', C, '--meeting', '1/2568', attendance],
        ['people', 'import', roster2],
        ['participation', 'import', '--plan', '1', '--activity', '1', signin],
        ['kpi', 'set', '--year', '2569', '--thresholds', '70,75,80,85,90'],
        ['ita', 'import', ita2],
        ['ita', 'context-import', context],
    ]

    # Each command works on a roomy copy.
    for args in cases:
        ws = os.path.join(d, 'roomy.prongsai')
        shutil.copy(base, ws)
        rc, out, err = run(ws, *args, env=env)
        expect('%s: works with room to save' % ' '.join(args[:2]), rc == 0, (rc, err))
        os.unlink(ws)

    mnt = os.path.join(d, 'small-disk')
    os.mkdir(mnt)
    size = os.path.getsize(base) + 256 * 1024
    if subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=%d' % size, 'tmpfs', mnt],
                      capture_output=True).returncode != 0:
        print('# cannot mount a small tmpfs (needs root): the full-disk cases are skipped')
        sys.exit(77 if failures == 0 else 1)
    try:
        old = open(base, 'rb').read()
        for args in cases:
            ws = os.path.join(mnt, 'full.prongsai')
            for name in os.listdir(mnt):
                os.unlink(os.path.join(mnt, name))
            shutil.copy(base, ws)
            f = open(os.path.join(mnt, 'filler'), 'wb', buffering=0)
            try:
                while True:
                    f.write(b'\0' * 4096)
            except OSError:
                pass
            try:
                while True:
                    f.write(b'\0')
            except OSError:
                pass
            f.close()
            shutil.rmtree(working, ignore_errors=True)
            rc, out, err = run(ws, *args, env=env)
            label = ' '.join(args[:2])
            expect('%s: a failed save exits 2' % label, rc == 2, (rc, out, err))
            expect('%s: and says the disk is full' % label, 'disk is full' in err, err)
            # Once: the command says it; the store's retry when it closes does not
            # say it again.
            expect('%s: and says it once' % label, err.count('The disk is full') == 1, err)
            # The unsaved changes stay in the working copy, and the user is told where.
            kept = [n for n in os.listdir(working) if n.endswith('.prongsai')] if os.path.isdir(working) else []
            expect('%s: the unsaved working copy is kept' % label,
                   len(kept) == 1 and os.path.join(working, kept[0]) in err, (kept, err))
            expect('%s: the file is as it was' % label, open(ws, 'rb').read() == old)
            expect('%s: nothing left beside it' % label, sorted(os.listdir(mnt)) == ['filler', 'full.prongsai'],
                   os.listdir(mnt))
    finally:
        subprocess.run(['umount', mnt])

sys.exit(1 if failures else 0)
