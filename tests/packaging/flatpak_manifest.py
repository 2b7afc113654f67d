#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ctest flatpak_manifest: the Flatpak manifest parses and uses the one id, io.github.kaiwa.Kaiwa.

flatpak-builder cannot run offline here, so this checks what can be checked without it: the
YAML, the app id, a KDE runtime with its SDK, the permissions Kaiwa needs and a kaiwa module built
with cmake-ninja from this source tree.
"""
import sys

import yaml

APP_ID = "io.github.kaiwa.Kaiwa"
NEEDED_ARGS = {
    "--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
    "--socket=pulseaudio", "--device=dri", "--talk-name=org.freedesktop.secrets",
}


def main(path):
    with open(path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)
    errors = []
    if manifest.get("app-id") != APP_ID:
        errors.append(f"app-id is {manifest.get('app-id')!r}, not {APP_ID}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        errors.append("runtime/sdk are not org.kde.Platform/org.kde.Sdk")
    if not str(manifest.get("runtime-version", "")).startswith("6."):
        errors.append(f"runtime-version {manifest.get('runtime-version')!r} is not a Qt 6 one")
    if manifest.get("command") != "kaiwa":
        errors.append("command is not kaiwa")
    missing = NEEDED_ARGS - set(manifest.get("finish-args", []))
    if missing:
        errors.append(f"finish-args lack {sorted(missing)}")
    modules = {m["name"]: m for m in manifest.get("modules", []) if isinstance(m, dict)}
    for name in ("qtkeychain", "kaiwa"):
        if name not in modules:
            errors.append(f"no {name} module")
        elif modules[name].get("buildsystem") != "cmake-ninja":
            errors.append(f"module {name} is not built with cmake-ninja")
    keychain_sources = modules.get("qtkeychain", {}).get("sources", [])
    if not any(s.get("type") == "git" and s.get("tag") for s in keychain_sources):
        errors.append("qtkeychain does not come from a git tag")
    if list(modules)[-1:] != ["kaiwa"]:
        errors.append("kaiwa is not the last module")
    for error in errors:
        print(f"FAIL: {error}", file=sys.stderr)
    if not errors:
        print(f"{path}: {APP_ID}, {len(modules)} modules, {len(manifest['finish-args'])} finish-args")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
