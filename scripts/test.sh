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
