#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Side-by-side table of bench/run-kaiwa.sh: the JS peers' results.jsonl and Kaiwa's kaiwa.jsonl."""
import json
import sys

js = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kw = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]


def js_mbps(decoder, stream, slice_):
    rows = [r for r in js if r["decoder"] == decoder and r["stream"] == stream and r["slice"] == slice_]
    return max((r["MBps"] for r in rows), default=None)


def fmt(x):
    return "–" if x is None else f"{x:.1f}"


print("| stream | slice | eventsource-parser MB/s | openai SDK MB/s | Kaiwa MB/s | Kaiwa ÷ eventsource-parser | hash |")
print("|---|---:|---:|---:|---:|---:|---|")
failed = False
for r in (r for r in kw if r["kind"] == "decode"):
    esp = js_mbps("esp", r["stream"], r["slice"])
    oai = js_mbps("openai", r["stream"], r["slice"])
    ratio = r["MBps"] / esp if esp else None
    failed |= not r["match"]
    print(f"| {r['stream']} | {r['slice']} | {fmt(esp)} | {fmt(oai)} | {fmt(r['MBps'])} | "
          f"{'–' if ratio is None else f'{ratio:.1f}×'} | {'ok' if r['match'] else 'MISMATCH'} |")
print()
print("| end to end over loopback | bytes | kaiwa-cli s | kaiwa-cli MB/s | openai SDK s | openai SDK MB/s | ratio | hashes |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for r in (r for r in kw if r["kind"] == "e2e"):
    mb = r["bytes"] / 1e6
    ok = r["kaiwaMatch"] and r["openaiMatch"]
    failed |= not ok
    print(f"| {r['stream']} | {r['bytes']} | {r['kaiwaSec']:.3f} | {mb / r['kaiwaSec']:.1f} | {r['openaiSec']:.3f} | "
          f"{mb / r['openaiSec']:.1f} | {r['openaiSec'] / r['kaiwaSec']:.1f}× | {'ok' if ok else 'MISMATCH'} |")
sys.exit(1 if failed else 0)
