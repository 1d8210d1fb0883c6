#!/usr/bin/env python3
# test-app-close.py: the application on a real display opens a workspace, paints its
# window and closes it as a user does; afterwards nothing is left beside the file
# (no lock note), nothing in the working folder, and the file is as it was (nothing
# was edited). With a 20,000-people workspace too, where the working copy is made in
# the background after the first frame. Also: the renderer the window was drawn with
# (cairo where no GPU device is reachable; GSK_RENDERER, when set, is obeyed). Exit 77
# without a display.
#   test-app-close.py PRONGSAI PRONGSAI_CLI
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import os
import subprocess
import sys
import tempfile

app, cli = sys.argv[1], sys.argv[2]
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("SKIP: no display")
    sys.exit(77)

failures = []


def check(cond, what, detail=""):
    print(("ok   " if cond else "FAIL ") + what + ("" if cond else ": " + detail))
    if not cond:
        failures.append(what)


def gpu_device_present():
    if os.access("/dev/nvidiactl", os.R_OK | os.W_OK):
        return True
    try:
        names = os.listdir("/dev/dri")
    except OSError:
        return False
    return any(n.startswith("renderD") and os.access(os.path.join("/dev/dri", n), os.R_OK | os.W_OK)
               for n in names)


def renderer_of(stdout):
    for line in stdout.splitlines():
        if line.startswith("first-frame "):
            fields = line.split()
            return fields[3] if len(fields) > 3 else None
    return None


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


with tempfile.TemporaryDirectory(prefix="prs-app-close-") as tmp:
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
    env["PRONGSAI_WORKING_DIR"] = os.path.join(tmp, "working")
    env["PRONGSAI_BENCH_FIRST_FRAME"] = "1"  # close the window after its first frame
    env["PRONGSAI_NO_BACKUP"] = "1"
    folder = os.path.join(tmp, "files")
    os.mkdir(folder)
    for name, args in (("demo", ["demo"]), ("large", ["generate", "--people", "20000", "--seed", "3"])):
        path = os.path.join(folder, name + ".prongsai")
        subprocess.run([cli, "--workspace", path] + args, check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        before = digest(path)
        for run in range(2):
            p = subprocess.run([app, path], env=env, capture_output=True, text=True, timeout=120)
            check(p.returncode == 0, "%s, run %d: exits 0" % (name, run + 1), p.stderr[-800:])
            check("first-frame " in p.stdout, "%s, run %d: painted its window" % (name, run + 1), p.stdout)
            left = sorted(os.listdir(folder))
            check(left == sorted(n + ".prongsai" for n in ("demo", "large")[: 1 if name == "demo" else 2]),
                  "%s, run %d: nothing left beside the file" % (name, run + 1), repr(left))
            working = env["PRONGSAI_WORKING_DIR"]
            stray = os.listdir(working) if os.path.isdir(working) else []
            check(stray == [], "%s, run %d: the working folder is empty" % (name, run + 1), repr(stray))
            check(digest(path) == before, "%s, run %d: the file is unchanged" % (name, run + 1))

    # The renderer: the app's choice, and the user's GSK_RENDERER obeyed.
    path = os.path.join(folder, "demo.prongsai")
    env.pop("GSK_RENDERER", None)
    p = subprocess.run([app, path], env=env, capture_output=True, text=True, timeout=120)
    drawn = renderer_of(p.stdout)
    print("drawn with %s (GPU device present: %s)" % (drawn, gpu_device_present()))
    if not gpu_device_present():
        check(drawn == "GskCairoRenderer", "no GPU device: the window is drawn with the cairo renderer", repr(drawn))
    else:
        check(drawn is not None, "the window names its renderer", p.stdout)
    for asked, expected in (("gl", "GskGLRenderer"), ("cairo", "GskCairoRenderer")):
        env["GSK_RENDERER"] = asked
        p = subprocess.run([app, path], env=env, capture_output=True, text=True, timeout=120)
        check(renderer_of(p.stdout) == expected, "GSK_RENDERER=%s is obeyed" % asked, p.stdout + p.stderr[-400:])
    env.pop("GSK_RENDERER", None)

print("%d failed" % len(failures))
sys.exit(1 if failures else 0)
