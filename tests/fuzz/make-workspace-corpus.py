#!/usr/bin/env python3
# make-workspace-corpus.py CLI OUTDIR: the damaged workspaces that seed fuzz-workspace.
# Pages of 512 bytes keep each file under libFuzzer's -max_len of 64 KiB.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile

cli, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
tmp = tempfile.mkdtemp(prefix='prs-corpus-')
base = os.path.join(tmp, 'base.prongsai')
subprocess.run([cli, '--workspace', base, 'init'], check=True, capture_output=True)
db = sqlite3.connect(base)
db.execute('PRAGMA page_size = 512')
db.execute('VACUUM')
db.close()


def w(name, data):
    open(os.path.join(out, name), 'wb').write(data)


w('00-empty-workspace.prongsai', open(base, 'rb').read())
rows_path = os.path.join(tmp, 'rows.prongsai')
shutil.copy(base, rows_path)
db = sqlite3.connect(rows_path)
db.executescript("INSERT INTO units (id,name,abbreviation) VALUES (1,'กรมทดสอบ','กท.'),(2,'สำนักหนึ่ง','สน.');"
                 "INSERT INTO people (unit_id, first_name, last_name, staff_type)"
                 " VALUES (1,'ทดลอง','ระบบ','civil_servant');")
db.commit()
db.execute('VACUUM')
db.close()
rows = open(rows_path, 'rb').read()
w('01-with-rows.prongsai', rows)
w('02-truncated.prongsai', rows[:len(rows) // 2])
b = bytearray(rows); b[68:72] = b'\0\0\0\1'; w('03-foreign-app-id.prongsai', bytes(b))
b = bytearray(rows); b[60:64] = struct.pack('>I', 99); w('04-newer-version.prongsai', bytes(b))
b = bytearray(rows); b[60:64] = struct.pack('>I', 3); w('05-older-version-label.prongsai', bytes(b))
b = bytearray(rows)
m = len(b) // 2
for i in range(m, min(m + 1024, len(b))):
    b[i] = (i * 7919) & 0xff
w('06-scribbled-pages.prongsai', bytes(b))
b = bytearray(rows); b[16:18] = b'\x03\x00'; w('07-bad-page-size.prongsai', bytes(b))
b = bytearray(rows); b[28:32] = struct.pack('>I', 100000); w('08-page-count-too-large.prongsai', bytes(b))
b = bytearray(rows); b[18] = 2; b[19] = 2; w('09-wal-header.prongsai', bytes(b))
w('10-zero-length.prongsai', b'')
w('11-text.prongsai', 'ไม่ใช่พื้นที่ทำงาน\n'.encode())
for name, sql in (('12-dropped-table.prongsai', 'PRAGMA foreign_keys=OFF; DROP TABLE attendance;'),
                  ('13-quoted-column.prongsai', 'ALTER TABLE units ADD COLUMN "a""b\'c" TEXT;'),
                  ('14-dropped-column.prongsai', 'ALTER TABLE people DROP COLUMN position;')):
    p = os.path.join(tmp, name)
    shutil.copy(rows_path, p)
    db = sqlite3.connect(p)
    db.executescript(sql)
    db.commit()
    db.execute('VACUUM')
    db.close()
    w(name, open(p, 'rb').read())
b = bytearray(rows)
b[32:36] = struct.pack('>I', len(b) // 512 + 50)
b[36:40] = struct.pack('>I', 3)
w('15-bad-freelist.prongsai', bytes(b))
b = bytearray(rows); b[60:64] = struct.pack('>I', 0x80000001); w('16-negative-version.prongsai', bytes(b))
shutil.rmtree(tmp)
