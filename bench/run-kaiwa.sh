#!/usr/bin/env bash
# Kaiwa's benchmarks side by side with the JavaScript peers, in one run:
#   1. ../shared/bench/run-all.sh: eventsource-parser and the openai SDK decoders (it also
#      generates the gen-sse.py streams, seed 1);
#   2. kaiwa-bench-decode on the same streams, 16 KiB and 1-byte slices, checking the text hash;
#   3. end to end over loopback: kaiwa-fake-server serves the stream; kaiwa-cli chat and the
#      openai npm SDK (bench/openai-e2e.mjs) each read it, best wall time of RUNS.
#
#   bench/run-kaiwa.sh [--quick] [BUILD_DIR]        (BUILD_DIR default: build/ci)
# Needs node/npm (scripts/install-deps.sh --bench). npm packages go to $SSEBENCH_DEPS
# (default ~/.cache/kaiwa-bench), streams to $SSEBENCH_DEPS/data (~300 MB).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
QUICK=""
if [[ "${1:-}" == "--quick" ]]; then QUICK="--quick"; shift; fi
BUILD="$(cd "${1:-$ROOT/build/ci}" && pwd)"
SHARED="${KAIWA_SHARED_BENCH:-$ROOT/../shared/bench}"
export SSEBENCH_DEPS="${SSEBENCH_DEPS:-$HOME/.cache/kaiwa-bench}"
export RUNS="${RUNS:-3}"
DATA="$SSEBENCH_DEPS/data"
DECODE="$BUILD/bench/kaiwa-bench-decode"
CLI="$BUILD/src/cli/kaiwa-cli"
SERVER="$BUILD/tests/support/kaiwa-fake-server"
for f in "$DECODE" "$CLI" "$SERVER"; do [[ -x "$f" ]] || { echo "missing $f: build the ci preset first" >&2; exit 2; }; done
[[ -f "$SHARED/run-all.sh" ]] || { echo "missing $SHARED/run-all.sh (set KAIWA_SHARED_BENCH)" >&2; exit 2; }
if [[ ! -d "$SSEBENCH_DEPS/node_modules/openai" ]]; then
  mkdir -p "$SSEBENCH_DEPS"
  npm install --silent --prefix "$SSEBENCH_DEPS" eventsource-parser@3.1.1 openai@6.49.0 >&2
fi
mkdir -p "$DATA"
OUT="$DATA/kaiwa.jsonl"
: > "$OUT"

echo "== JavaScript peers (shared/bench/run-all.sh $QUICK)" >&2
bash "$SHARED/run-all.sh" $QUICK "$DATA" > "$DATA/js-table.md"

echo "== Kaiwa decode" >&2
streams="s20"
[[ -n "$QUICK" ]] || streams="s20 s200 s20-crlf s20-keepalive s20-tools"
for s in $streams; do
  "$DECODE" --json --file "$DATA/$s.sse" --slice 16384 --runs "$RUNS" --expect "$(cat "$DATA/$s.sha")" \
    | sed "s/}\$/,\"stream\":\"$s\",\"kind\":\"decode\"}/" >> "$OUT"
done
"$DECODE" --json --file "$DATA/s1.sse" --slice 1 --runs "$RUNS" --expect "$(cat "$DATA/s1.sha")" \
  | sed 's/}$/,"stream":"s1","kind":"decode"}/' >> "$OUT"

echo "== End to end over loopback" >&2
best_wall() { # command... ; prints the best wall time in seconds over RUNS
  local best=0 t0 t
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N); "$@" > "$DATA/e2e.out"; t=$(( $(date +%s%N) - t0 ))
    if (( best == 0 || t < best )); then best=$t; fi
  done
  printf '%d.%09d\n' $((best / 1000000000)) $((best % 1000000000))
}
e2e_streams="s20"
[[ -n "$QUICK" ]] || e2e_streams="s20 s200"
for s in $e2e_streams; do
  "$SERVER" --sse-file "$DATA/$s.sse" > "$DATA/server.port" &
  spid=$!
  for _ in $(seq 50); do grep -q listening "$DATA/server.port" 2>/dev/null && break; sleep 0.1; done
  port=$(awk '/listening on/ {print $3}' "$DATA/server.port")
  url="http://127.0.0.1:$port/v1"
  bytes=$(stat -c %s "$DATA/$s.sse")
  want=$(cat "$DATA/$s.sha")
  tk=$(best_wall env -u KAIWA_API_KEY -u OPENAI_API_KEY "$CLI" --base-url "$url" chat --model gpt-4o-mini hi)
  # kaiwa-cli ends its output with a newline when the answer does not: compare without it.
  got=$(sha256sum < "$DATA/e2e.out" | cut -d' ' -f1); got2=$(head -c -1 "$DATA/e2e.out" | sha256sum | cut -d' ' -f1)
  okk=false; [[ "$got" == "$want" || "$got2" == "$want" ]] && okk=true
  tn=$(best_wall node "$HERE/openai-e2e.mjs" "$url")
  okn=false; [[ "$(cat "$DATA/e2e.out")" == "$want" ]] && okn=true
  kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true
  echo "{\"kind\":\"e2e\",\"stream\":\"$s\",\"bytes\":$bytes,\"kaiwaSec\":$tk,\"kaiwaMatch\":$okk,\"openaiSec\":$tn,\"openaiMatch\":$okn}" >> "$OUT"
done

echo "date $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/report.py" "$DATA/results.jsonl" "$OUT"
