#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs, builds and runs every check on a fresh Debian 12 machine (CI runs exactly this):
#   1. scripts/install-deps.sh
#   2. cmake --preset ci, build, ctest --preset ci (all tests, the real-keychain one included)
#   3. clang-format --dry-run -Werror over every tracked .cpp/.h
#   4. files over 400 lines (style.md §14): a warning, never a failure
#   5. a short fuzz run: each libFuzzer target for FUZZ_SECONDS (default 30) on its seed corpus
# Keeps going after a failed step and exits non-zero if any failed.
# Environment: FUZZ_SECONDS=N (0 skips fuzzing), KAIWA_SKIP_DEPS=1 (skip step 1).
set -uo pipefail

cd "$(dirname "$0")/.."
fuzz_seconds=${FUZZ_SECONDS:-30}
failed=()
ctest_summary=""

step() { printf '\n==> %s\n' "$*"; }

step "Dependencies"
if [[ ${KAIWA_SKIP_DEPS:-0} != 1 ]]; then
    scripts/install-deps.sh || {
        echo "test.sh: installing the dependencies failed" >&2
        exit 1
    }
fi

step "Build and tests (ci preset)"
ctest_log=$(mktemp "${TMPDIR:-/tmp}/kaiwa-ctest.XXXXXX")
if cmake --preset ci && cmake --build --preset ci; then
    ctest --preset ci 2>&1 | tee "$ctest_log"
    [[ ${PIPESTATUS[0]} -eq 0 ]] || failed+=("ctest")
    ctest_summary=$(grep -E '^[0-9]+% tests passed' "$ctest_log" | tail -n 1)
else
    failed+=("build")
fi
rm -f "$ctest_log"

step "Package (install the .deb, run it, remove it)"
# The Debian package really installed on this machine (ctest's package_deb only inspects it):
# apt-get installs it with the Depends alone, both programs run from /usr/bin under a scratch
# HOME, and it is removed again.
package_step() {
    local sudo=() out=build/ci/package scratch deb status=0
    if ((EUID != 0)); then
        command -v sudo >/dev/null || {
            echo "test.sh: not root and no sudo: cannot install the package" >&2
            return 1
        }
        sudo=(sudo)
    fi
    rm -rf "$out"
    (cd build/ci && cpack -G DEB -B "$PWD/package" >/dev/null) || return 1
    deb=$(find "$out" -maxdepth 1 -name 'kaiwa_*.deb' | head -n 1)
    [[ -n $deb ]] || return 1
    echo "installing $deb"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall \
        --no-install-recommends -o Dpkg::Use-Pty=0 "./$deb" || return 1
    dpkg-query -W -f='${Package} ${Version} ${Status}\n' kaiwa
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/kaiwa-package.XXXXXX")
    mkdir -m 700 "$scratch/run"
    local env_scratch=(env -u DBUS_SESSION_BUS_ADDRESS HOME="$scratch"
        XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
        XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" XDG_RUNTIME_DIR="$scratch/run")
    "${env_scratch[@]}" timeout 20 /usr/bin/kaiwa-cli --help >/dev/null || status=1
    "${env_scratch[@]}" QT_QPA_PLATFORM=offscreen KAIWA_BENCH_STARTUP=1 KAIWA_BENCH_IDLE_MS=200 \
        timeout 30 /usr/bin/kaiwa 2>/dev/null | grep '^first-window-ms ' || status=1
    rm -rf "$scratch"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o Dpkg::Use-Pty=0 kaiwa \
        || status=1
    [[ ! -e /usr/bin/kaiwa ]] || status=1
    return $status
}
if [[ " ${failed[*]} " == *" build "* ]]; then
    echo "skipped: the build failed"
elif package_step; then
    echo "package: installed, kaiwa-cli --help and kaiwa's first window ran, removed"
else
    failed+=("package")
fi

step "clang-format"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if clang-format --dry-run -Werror "${sources[@]}"; then
    echo "clang-format: ${#sources[@]} files clean"
else
    failed+=("clang-format")
fi

step "Files over 400 lines (style.md §14; warnings only)"
git ls-files -z 'src/*.cpp' 'src/*.h' | xargs -0 wc -l \
    | awk '$2 != "total" && $1 > 400 { printf "warning: %s has %d lines\n", $2, $1; n++ }
           END { if (!n) print "none" }'

if ((fuzz_seconds > 0)); then
    step "Fuzzing (${fuzz_seconds} s per target)"
    # A build/fuzz configured with the old compiler (clang 14) cannot be reconfigured in place.
    if [[ -f build/fuzz/CMakeCache.txt ]] \
        && ! grep -q '^CMAKE_CXX_COMPILER:.*=clang++-19$' build/fuzz/CMakeCache.txt; then
        rm -rf build/fuzz
    fi
    if cmake --preset fuzz >/dev/null && cmake --build --preset fuzz; then
        work=build/fuzz/run
        # target:dictionary (fuzz/*.dict)
        for spec in ssestream:sse jsoncursor:json accumulator:json import:import metadata:metadata; do
            target=${spec%%:*}
            dict=${spec#*:}.dict
            # New inputs go to a scratch corpus; the committed seeds are only read.
            mkdir -p "$work/corpus-$target" "$work/artifacts"
            echo "fuzz_$target: ${fuzz_seconds} s"
            if build/fuzz/fuzz/fuzz_$target -max_total_time="$fuzz_seconds" -timeout=25 \
                -rss_limit_mb=4096 -dict="fuzz/$dict" -artifact_prefix="$work/artifacts/$target-" \
                -print_final_stats=1 "$work/corpus-$target" "fuzz/corpus/$target" \
                >"$work/fuzz_$target.log" 2>&1; then
                grep -E '^(Done|stat::number_of_executed_units)' "$work/fuzz_$target.log"
            else
                tail -n 60 "$work/fuzz_$target.log"
                echo "fuzz_$target found a crash: reproduce with" \
                    "build/fuzz/fuzz/fuzz_$target $work/artifacts/$target-*" >&2
                failed+=("fuzz_$target")
            fi
        done
    else
        failed+=("fuzz build")
    fi
fi

step "Summary"
if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]}"
else
    echo "all steps passed"
fi
# ctest's own closing line comes last, so whoever reads the end of the log sees the test count.
[[ -n $ctest_summary ]] && echo "$ctest_summary"
((${#failed[@]} == 0))
