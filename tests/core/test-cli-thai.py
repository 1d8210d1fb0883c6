#!/usr/bin/env python3
# test-cli-thai.py: `prongsai-cli thai …` output and exit codes
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys

CLI = os.environ["PRONGSAI_CLI"]
failures = 0


def run(*args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    p = subprocess.run([CLI, *args], capture_output=True, env=env, timeout=30)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def expect(args, out):
    global failures
    rc, stdout, stderr = run(*args)
    if rc != 0 or stdout != out + "\n":
        failures += 1
        print(f"FAIL {args!r}: rc={rc} stdout={stdout!r} stderr={stderr!r}, want {out!r}")
    else:
        print(f"ok   {args!r} -> {out}")


def expect_bad(args):
    global failures
    rc, stdout, stderr = run(*args)
    if rc != 2 or stdout != "" or not stderr.startswith("prongsai-cli: "):
        failures += 1
        print(f"FAIL {args!r}: rc={rc} stdout={stdout!r} stderr={stderr!r}, want exit 2")
    else:
        print(f"ok   {args!r} -> exit 2: {stderr.strip()}")


# BAHTTEXT
expect(["thai", "bahttext", "1290000"], "หนึ่งล้านสองแสนเก้าหมื่นบาทถ้วน")
expect(["thai", "bahttext", "1,290,000.00"], "หนึ่งล้านสองแสนเก้าหมื่นบาทถ้วน")
expect(["thai", "bahttext", "๑,๒๗๐,๐๐๐ บาท"], "หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน")
expect(["thai", "bahttext", "0"], "ศูนย์บาทถ้วน")
expect(["thai", "bahttext", "1.01"], "หนึ่งบาทหนึ่งสตางค์")
expect(["thai", "bahttext", "0.21"], "ยี่สิบเอ็ดสตางค์")
expect(["thai", "bahttext", "101"], "หนึ่งร้อยเอ็ดบาทถ้วน")
expect(["thai", "bahttext", "1000001"], "หนึ่งล้านเอ็ดบาทถ้วน")
expect(["thai", "bahttext", "21000000"], "ยี่สิบเอ็ดล้านบาทถ้วน")
expect(["thai", "bahttext", "1000000000000"], "หนึ่งล้านล้านบาทถ้วน")
expect(["thai", "bahttext", "-1.50"], "ลบหนึ่งบาทห้าสิบสตางค์")
expect(["thai", "bahttext", "1,290,000.50", "บาท"], "หนึ่งล้านสองแสนเก้าหมื่นบาทห้าสิบสตางค์")
expect_bad(["thai", "bahttext"])
expect_bad(["thai", "bahttext", "abc"])
expect_bad(["thai", "bahttext", "1.234"])
expect_bad(["thai", "bahttext", "1,29,000"])
expect_bad(["thai", "bahttext", "99999999999999999999"])
expect_bad(["thai", "bahttext", "--frobnicate"])

# dates
expect(["thai", "date", "๒๑/๑๒/๖๘"], "2025-12-21")
expect(["thai", "date", "21/12/2568"], "2025-12-21")
expect(["thai", "date", "2025-12-21"], "2025-12-21")
expect(["thai", "date", "๗ พฤศจิกายน ๒๕๖๘"], "2025-11-07")
expect(["thai", "date", "7 พ.ย. 68"], "2025-11-07")
expect(["thai", "date", "7", "พ.ย.", "68"], "2025-11-07")
expect(["thai", "date", "วันศุกร์ที่ ๗ พฤศจิกายน ๒๕๖๘"], "2025-11-07")
expect(["thai", "date", "ต.ค. ๖๕"], "2022-10")
expect(["thai", "date", "--long", "7/11/2568"], "7 พฤศจิกายน 2568")
expect(["thai", "date", "--long", "--thai-digits", "7/11/2568"], "๗ พฤศจิกายน ๒๕๖๘")
expect(["thai", "date", "--short", "--thai-digits", "2025-11-07"], "๗ พ.ย. ๖๘")
expect(["thai", "date", "--short", "2025-11-07"], "7 พ.ย. 68")
expect(["thai", "date", "2025-11-07", "--short", "--thai-digits"], "๗ พ.ย. ๖๘")
expect(["thai", "date", "--numeric", "--thai-digits", "7 พ.ย. 68"], "๗/๑๑/๒๕๖๘")
expect(["thai", "date", "--full", "--thai-digits", "7 พ.ย. 68"], "วันศุกร์ที่ ๗ พฤศจิกายน ๒๕๖๘")
expect(["thai", "date", "--long", "--thai-digits", "ต.ค. 65"], "ตุลาคม ๒๕๖๕")
expect_bad(["thai", "date"])
expect_bad(["thai", "date", "29/2/2568"])
expect_bad(["thai", "date", "31/4/68"])
expect_bad(["thai", "date", "1/13/68"])
expect_bad(["thai", "date", "7 พฤศจิ 68"])
expect_bad(["thai", "date", "tomorrow"])
expect_bad(["thai", "date", "วันจันทร์ที่ ๗ พฤศจิกายน ๒๕๖๘"])
expect_bad(["thai", "date", "--longest", "7/11/2568"])

# fiscal year
expect(["thai", "fiscal", "2025-10-01"], "2569 Q1")
expect(["thai", "fiscal", "2025-09-30"], "2568 Q4")
expect(["thai", "fiscal", "31/12/2568"], "2569 Q1")
expect(["thai", "fiscal", "1 ม.ค. 69"], "2569 Q2")
expect(["thai", "fiscal", "๑ เมษายน ๒๕๖๙"], "2569 Q3")
expect(["thai", "fiscal", "30/6/2569"], "2569 Q3")
expect(["thai", "fiscal", "1/7/2569"], "2569 Q4")
expect(["thai", "fiscal", "21/12/68"], "2569 Q1")
expect_bad(["thai", "fiscal"])
expect_bad(["thai", "fiscal", "ต.ค. 65"])
expect_bad(["thai", "fiscal", "30/2/2569"])

# the group itself
expect_bad(["thai"])
expect_bad(["thai", "nonsense"])

if failures:
    print(f"{failures} failure(s)")
    sys.exit(1)
