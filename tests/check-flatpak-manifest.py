#!/usr/bin/env python3
"""The Flatpak manifest is valid JSON, sandboxed as promised, and pinned.

It cannot be built here (that needs Flathub), so this checks what can be checked offline.
"""
import json
import sys

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

errors = []
if manifest.get("id") != "io.github.prongsai.Prongsai":
    errors.append("id is not io.github.prongsai.Prongsai")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime/sdk must be the GNOME platform and SDK")
allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
extra = set(manifest.get("finish-args", [])) - allowed
if extra:
    errors.append(f"finish-args beyond ipc/wayland/fallback-x11/dri: {sorted(extra)}")
if manifest.get("command") != "prongsai":
    errors.append("command must be prongsai")

names = [m.get("name") for m in manifest.get("modules", [])]
for needed in ("libxlsxwriter", "font-sarabun", "prongsai"):
    if needed not in names:
        errors.append(f"module {needed} missing")
if names and names[-1] != "prongsai":
    errors.append("the app must be the last module")

for module in manifest.get("modules", []):
    for source in module.get("sources", []):
        kind = source.get("type")
        if kind == "git":
            commit = source.get("commit", "")
            if len(commit) != 40:
                errors.append(f"{module['name']}: git source not pinned to a commit")
        elif kind in ("file", "archive"):
            sha = source.get("sha256", "")
            if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
                errors.append(f"{module['name']}: {source.get('url')} has no sha256")
        elif kind != "dir":
            errors.append(f"{module['name']}: unexpected source type {kind}")
app = manifest["modules"][-1]
if app.get("buildsystem") != "meson":
    errors.append("the app module must build with meson")

for e in errors:
    print("manifest:", e)
sys.exit(1 if errors else 0)
