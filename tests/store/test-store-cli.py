#!/usr/bin/env python3
# test-store-cli.py: prongsai-cli init, demo, generate, info and check, end to end
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

CLI = sys.argv[1] if len(sys.argv) > 1 else os.environ['PRONGSAI_CLI']
failures = 0


def run(*args):
    p = subprocess.run([CLI] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def expect(name, cond, detail=''):
    global failures
    if cond:
        print('ok -', name)
    else:
        failures += 1
        print('not ok -', name, detail)


with tempfile.TemporaryDirectory(prefix='prs-cli-') as d:
    demo = os.path.join(d, 'demo.prongsai')
    rc, out, err = run('--workspace', demo, 'demo')
    expect('demo writes', rc == 0 and os.path.exists(demo), err)
    rc, out, err = run('--workspace', demo, 'demo')
    expect('demo refuses to overwrite', rc == 2 and '--force' in err, (rc, err))
    rc, out, err = run('--workspace', demo, 'demo', '--force')
    expect('demo --force overwrites', rc == 0, err)

    rc, out, err = run('--workspace', demo, 'info', '--json')
    info = json.loads(out) if rc == 0 else {}
    counts = info.get('counts', {})
    expect('info --json', rc == 0 and counts.get('activities') == 17 and 330 <= counts.get('people', 0) <= 370,
           (rc, err, counts))
    rc, out, err = run('--workspace', demo, 'info')
    expect('info text', rc == 0 and 'participation' in out, err)
    rc, out, err = run('--workspace', demo, 'check')
    expect('check passes on the demo', rc == 0, out + err)

    empty = os.path.join(d, 'empty.prongsai')
    rc, out, err = run('--workspace', empty, 'init')
    expect('init', rc == 0, err)
    rc, out, err = run('--workspace', empty, 'info', '--json')
    expect('init is empty', rc == 0 and json.loads(out)['counts']['people'] == 0, err)

    # A damaged copy: check reports it (exit 1) and leaves the file alone.
    damaged = os.path.join(d, 'damaged.prongsai')
    data = bytearray(open(demo, 'rb').read())
    data[len(data) // 2: len(data) // 2 + 4096] = bytes((i * 31) & 0xff for i in range(4096))
    open(damaged, 'wb').write(data)
    rc, out, err = run('--workspace', damaged, 'check')
    expect('check finds damage', rc == 1 and 'damaged' in (out + err), (rc, out, err))
    expect('damaged file untouched', open(damaged, 'rb').read() == bytes(data))

    text = os.path.join(d, 'notes.prongsai')
    open(text, 'w', encoding='utf-8').write('ไม่ใช่พื้นที่ทำงาน\n')
    rc, out, err = run('--workspace', text, 'check')
    expect('check refuses a text file (bad input: exit 2)', rc == 2 and 'not a Prongsai workspace' in err, (rc, err))
    expect('text file untouched', open(text, encoding='utf-8').read() == 'ไม่ใช่พื้นที่ทำงาน\n')
    expect('no companions created', sorted(f for f in os.listdir(d) if f.startswith('notes')) == ['notes.prongsai'])

    # Bad input: exit 2.
    for args in (['generate', '--people', 'many'], ['generate', '--people'], ['info', '--yaml'], ['check', 'extra'],
                 ['frobnicate']):
        rc, out, err = run('--workspace', os.path.join(d, 'x.prongsai'), *args)
        expect('bad input %s' % ' '.join(args), rc == 2, (rc, err))
    rc, out, err = run('info')
    expect('no workspace given', rc == 2, (rc, err))
    rc, out, err = run('--workspace', os.path.join(d, 'missing.prongsai'), 'info')
    expect('missing workspace', rc == 2, (rc, err))

    # SIGKILL in the middle of a large generate: all or nothing.
    big = os.path.join(d, 'big.prongsai')
    p = subprocess.Popen([CLI, '--workspace', big, 'generate', '--people', '20000', '--seed', '3'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = big + '-wal'
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        if os.path.exists(wal) and os.path.getsize(wal) > 4 * 1024 * 1024:
            break
        time.sleep(0.01)
    killed = p.poll() is None
    if killed:
        p.send_signal(signal.SIGKILL)
    p.wait()
    rc, out, err = run('--workspace', big, 'check')
    expect('check passes after SIGKILL (killed=%s)' % killed, rc == 0, out + err)
    rc, out, err = run('--workspace', big, 'info', '--json')
    people = json.loads(out)['counts']['people'] if rc == 0 else -1
    expect('all or nothing after SIGKILL (%d people)' % people, people in (0, 20000), err)

sys.exit(1 if failures else 0)
