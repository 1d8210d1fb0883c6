#!/usr/bin/env python3
# bench-startup.py: time from launch to the first painted frame of the Prongsai window
# on an empty, the demo, a 20,000- and an 80,000-people workspace (50 and 200 MB),
# beside a bare libadwaita window measured in the same run (alternating launches, medians). Prints each figure beside
# its target (< 300 ms and at most 1.3 x the bare window) and marks a miss. Also prints
# the processor time (all threads) each had used at its first paint, which a loaded
# machine disturbs less than the wall clock.
#
# Each line names the renderer GTK drew the first frame with. Where OpenGL is a
# software rasterizer (as under Xvfb), Prongsai asks GTK for its cairo renderer and
# keeps GDK from loading OpenGL (src/ui/common/prs-renderer.c) while the bare window
# keeps GTK's default: the target compares with that default, and a second
# reference, the bare window set up as the app sets itself up there (cairo, no
# OpenGL), shows what the app adds on the same footing.
#
#   bench-startup.py PRONGSAI PRONGSAI_CLI BARE_WINDOW [ROUNDS]
#
# Needs a display: without one it runs itself again under xvfb-run (and
# dbus-run-session); exit status 77 (skip) if neither a display nor xvfb-run exists.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_MS = 300.0
TARGET_RATIO = 1.3
renderers = {}


def relaunch_under_xvfb():
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("SKIP: no display and no xvfb-run", file=sys.stderr)
        sys.exit(77)
    cmd = [xvfb, "-a", "-s", "-screen 0 1600x1200x24"]
    if shutil.which("dbus-run-session"):
        cmd += ["dbus-run-session", "--"]
    cmd += [sys.executable] + sys.argv
    os.execv(cmd[0], cmd)


def first_frame_ms(argv, env, label):
    """Wall-clock ms from launch to the first painted frame, the processor ms
    the process (all its threads) had used by then, and the renderer's name."""
    start = time.monotonic_ns() // 1000
    proc = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("first-frame "):
            fields = line.split()
            cpu = int(fields[2]) / 1000.0 if len(fields) > 2 else float("nan")
            renderers.setdefault(label, fields[3] if len(fields) > 3 else "?")
            return (int(fields[1]) - start) / 1000.0, cpu
    raise SystemExit("no first frame from %s (exit %d):\n%s" % (argv[0], proc.returncode, proc.stderr[-2000:]))


def main():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        relaunch_under_xvfb()
    if len(sys.argv) < 4:
        raise SystemExit("usage: bench-startup.py PRONGSAI PRONGSAI_CLI BARE_WINDOW [ROUNDS]")
    prongsai, cli, bare = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 7

    with tempfile.TemporaryDirectory(prefix="prongsai-bench-startup-") as tmp:
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env["GSETTINGS_BACKEND"] = "memory"
        env["PRONGSAI_BENCH_FIRST_FRAME"] = "1"
        env.pop("G_DEBUG", None)
        # The accessibility bus is started on demand by the first client of a session:
        # leave it out of both sides of the comparison.
        env["GTK_A11Y"] = "none"
        env["NO_AT_BRIDGE"] = "1"

        workspaces = {}
        for name, args in (("empty", ["init"]), ("demo", ["demo"]),
                           ("20,000 people", ["generate", "--people", "20000", "--seed", "1"]),
                           ("80,000 people", ["generate", "--people", "80000", "--seed", "1"])):
            path = os.path.join(tmp, name.replace(",", "").replace(" ", "-") + ".prongsai")
            subprocess.run([cli, "--workspace", path] + args, check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            workspaces[name] = path
            size = os.path.getsize(path) / 1e6
            print("workspace %-14s %7.1f MB" % (name, size))

        # One launch of each to warm the caches, then alternating rounds.
        kinds = ["bare", "bare, cairo"] + list(workspaces)
        cairo_env = dict(env)
        cairo_env["GSK_RENDERER"] = "cairo"
        # as the app does without a GPU: OpenGL not loaded at all (GTK < 4.16, >= 4.16)
        cairo_env["GDK_DEBUG"] = "gl-disable"
        cairo_env["GDK_DISABLE"] = "gl"
        times = {k: [] for k in kinds}
        cpu = {k: [] for k in kinds}

        def launch(kind):
            if kind == "bare":
                return first_frame_ms([bare], env, kind)
            if kind == "bare, cairo":
                return first_frame_ms([bare], cairo_env, kind)
            return first_frame_ms([prongsai, workspaces[kind]], env, kind)

        for kind in kinds:
            launch(kind)
        for _ in range(rounds):
            for kind in kinds:
                wall, used = launch(kind)
                times[kind].append(wall)
                cpu[kind].append(used)

        bare_ms = statistics.median(times["bare"])
        bare_cairo_ms = statistics.median(times["bare, cairo"])
        renderer_of = {k: renderers.get(k, "?") for k in kinds}
        print()
        print("launch to first paint, median of %d alternating runs (2 cores shared)" % rounds)
        print("%-28s %9s   %-44s %s" % ("", "median", "target", "renderer"))
        print("%-28s %7.0f ms   %-44s %s" % ("bare libadwaita window", bare_ms, "(reference)", renderer_of["bare"]))
        missed = False
        for kind in workspaces:
            ms = statistics.median(times[kind])
            ratio = ms / bare_ms
            ok = ms < TARGET_MS and ratio <= TARGET_RATIO
            missed |= not ok
            print("%-28s %7.0f ms   %-44s %s"
                  % ("prongsai, " + kind, ms,
                     "< %.0f ms and <= %.1fx bare: %.2fx  %s" % (TARGET_MS, TARGET_RATIO, ratio, "ok" if ok else "MISS"),
                     renderer_of[kind]))
        # The processor time is steadier than the wall clock on a shared machine:
        # the same ratio target, as a second view (not the target itself).
        bare_cpu = statistics.median(cpu["bare"])
        print()
        print("processor time (all threads) at first paint, median (steadier on a loaded machine)")
        print("%-28s %7.0f ms   (reference)" % ("bare libadwaita window", bare_cpu))
        for kind in workspaces:
            used = statistics.median(cpu[kind])
            print("%-28s %7.0f ms   <= %.1fx bare: %.2fx  %s"
                  % ("prongsai, " + kind, used, TARGET_RATIO, used / bare_cpu,
                     "ok" if used / bare_cpu <= TARGET_RATIO else "MISS"))
        # What the app adds over a bare window drawn by the same renderer (information).
        bare_cairo_cpu = statistics.median(cpu["bare, cairo"])
        print()
        print("beside the bare window on the cairo renderer, OpenGL not loaded (information: what the app adds)")
        print("%-28s %7.0f ms wall %7.0f ms processor   %s"
              % ("bare window, cairo", bare_cairo_ms, bare_cairo_cpu, renderer_of["bare, cairo"]))
        for kind in workspaces:
            print("%-28s %7.2fx wall %7.2fx processor"
                  % ("prongsai, " + kind, statistics.median(times[kind]) / bare_cairo_ms,
                     statistics.median(cpu[kind]) / bare_cairo_cpu))
        print()
        print("runs (ms): " + "; ".join("%s %s" % (k, " ".join("%.0f" % t for t in times[k])) for k in kinds))
        print("every figure within its target" if not missed else "some figures MISS their target")

if __name__ == "__main__":
    main()
