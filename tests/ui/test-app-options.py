#!/usr/bin/env python3
# test-app-options.py: `prongsai --version` and `--help` work without a display, and a
# missing settings schema gives a clear message and exit status 1 instead of an abort.
#   test-app-options.py PRONGSAI
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import tempfile

app = sys.argv[1]
failures = []


def check(cond, what, detail=""):
    print(("ok   " if cond else "FAIL ") + what + ("" if cond else ": " + detail))
    if not cond:
        failures.append(what)


env = dict(os.environ)
for var in ("DISPLAY", "WAYLAND_DISPLAY"):
    env.pop(var, None)
env["LANGUAGE"] = "en"
env["LC_ALL"] = "C.UTF-8"

p = subprocess.run([app, "--version"], env=env, capture_output=True, text=True, timeout=60)
check(p.returncode == 0, "--version exits 0 without a display", p.stderr)
check(p.stdout.startswith("prongsai ") and any(c.isdigit() for c in p.stdout), "--version prints the version",
      p.stdout)

p = subprocess.run([app, "--help"], env=env, capture_output=True, text=True, timeout=60)
check(p.returncode == 0, "--help exits 0 without a display", p.stderr)
check("--version" in p.stdout and "WORKSPACE" in p.stdout, "--help lists --version and the workspace argument",
      p.stdout)

with tempfile.TemporaryDirectory(prefix="prs-app-options-") as tmp:
    bare = dict(env)
    bare["GSETTINGS_SCHEMA_DIR"] = tmp
    bare["XDG_DATA_DIRS"] = tmp
    bare["XDG_DATA_HOME"] = tmp
    p = subprocess.run([app], env=bare, capture_output=True, text=True, timeout=60)
    check(p.returncode == 1, "a missing schema exits 1 (no abort)", "exit %d: %s" % (p.returncode, p.stderr))
    check("settings schema" in p.stderr and "GSETTINGS_SCHEMA_DIR" in p.stderr,
          "a missing schema says what is missing and how to fix it", p.stderr)
    p = subprocess.run([app, "--version"], env=bare, capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, "--version works without the schema", p.stderr)

sys.exit(1 if failures else 0)
