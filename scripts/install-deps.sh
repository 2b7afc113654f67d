#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs (Debian 12 "bookworm", apt) everything needed to build, run and test Kaiwa.
# Idempotent: when every package is already installed it only says so and touches nothing.
#   scripts/install-deps.sh           build, run and test dependencies
#   scripts/install-deps.sh --bench   also nodejs, npm and hyperfine (the benchmarks)
set -euo pipefail

bench=0
for arg in "$@"; do
    case $arg in
    --bench) bench=1 ;;
    -h | --help)
        sed -n '5,8p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "install-deps.sh: unknown option '$arg'" >&2
        exit 2
        ;;
    esac
done

packages=(
    # toolchain
    build-essential cmake ninja-build git
    clang-format clang-19 libclang-rt-19-dev # fuzz preset: clang 19 reads <expected>; libFuzzer, ASan, UBSan
    # Qt 6.4 and QtKeychain
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev
    libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev
    # the real keychain test (tests/run-with-keyring.sh)
    libsecret-1-0 libsecret-tools gnome-keyring dbus-daemon dbus-bin
    openssl # the TLS tests make their certificates with it (tests/core/net)
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools pulseaudio pulseaudio-utils # audio: Qt Multimedia's decoders (libav: AAC/M4A voice memos) and sinks; gst-launch and a headless sound server (tests/run-with-pulse.sh) for the tests
    # fonts, packaging checks, spec checks, headless GUI
    fonts-noto-cjk appstream desktop-file-utils
    dpkg-dev lintian file # the Debian package test (tests/packaging): dpkg-shlibdeps for CPack; file: stripped?
    mandoc groff-base # tst_kaiwacli_manpage renders and lints the man page with both
    qt6-translations-l10n # Qt's own strings (dialog buttons) in the language Kaiwa shows
    python3 python3-jsonschema python3-yaml
    xvfb xauth
)
if ((bench)); then
    packages+=(hyperfine time) # time: /usr/bin/time -v for peak RSS in ../shared/bench/run-all.sh
    # Some images ship a nodejs build that bundles npm and conflicts with Debian's npm package:
    # ask apt for npm only when no npm is on PATH.
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || {
        echo "install-deps.sh: not root and no sudo; install: ${missing[*]}" >&2
        exit 1
    }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
log=$(mktemp "${TMPDIR:-/tmp}/kaiwa-install-deps.XXXXXX")
trap 'rm -f "$log"' EXIT
# Quiet on success; the whole apt log on failure. Recommends stay on: Qt's platform plugins
# (qt6-qpa-plugins, offscreen included) come in as a recommendation of libqt6gui6.
if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Use-Pty=0 "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps.sh: apt-get failed" >&2
    exit 1
fi
echo "install-deps: done"
