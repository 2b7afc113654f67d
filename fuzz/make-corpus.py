#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora in fuzz/corpus/ (committed; rerun only to change them).

fuzz_ssestream inputs are a 4-byte header (flags, three slice lengths; see fuzz_ssestream.cpp)
followed by the stream; fuzz_jsoncursor inputs are JSON documents separated by NUL bytes.
Realistic streams come from gen-sse.py (the shared benchmark generator), edge cases from
protocol.md §12.5.  Usage: fuzz/make-corpus.py [path/to/gen-sse.py]
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
gen = sys.argv[1] if len(sys.argv) > 1 else str(here.parent.parent / "shared/bench/gen-sse.py")

CHUNK = ('{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1730816733,'
         '"model":"gpt-4o-mini","system_fingerprint":"fp_1","choices":[{"index":0,'
         '"delta":{"content":%s},"logprobs":null,"finish_reason":%s}]}')


def chunk(content='"Hi"', finish="null"):
    return CHUNK % (content, finish)


def sse(*events, end="\n"):
    return "".join("data: %s%s%s" % (e, end, end) for e in events).encode()


streams = {}
for name, args in {
    "gen-basic": ["--chunks", "20", "--seed", "1"],
    "gen-crlf": ["--chunks", "20", "--seed", "2", "--crlf"],
    "gen-keepalive": ["--chunks", "20", "--seed", "3", "--keepalive", "2"],
    "gen-toolcalls": ["--chunks", "5", "--seed", "4", "--tool-calls"],
}.items():
    streams[name] = subprocess.run([sys.executable, gen, *args], check=True,
                                   capture_output=True).stdout

done = b"data: [DONE]\n\n"
stop = chunk('""', '"stop"')
streams.update({
    "utf8-split": sse(chunk('"\u3053\u3093\u306b\u3061\u306f \U0001F600 \u00e9"'), stop) + done,
    "lone-cr": sse(chunk(), stop, end="\r") + b"data: [DONE]\r\r",
    "mixed-endings": b"data: " + chunk().encode() + b"\n\r\ndata: " + stop.encode() + b"\r\r" + done,
    "bom": b"\xef\xbb\xbf" + sse(chunk(), stop) + done,
    "bom-in-middle": sse(chunk('"\ufeffx"')) + b"data: \xef\xbb\xbf\n\n",
    "invalid-utf8": b"data: " + chunk('"a\xffb"').encode("latin-1") + b"\n\n" + sse(stop) + done,
    "u2028": sse(chunk('"a\u2028b\u2029c\\n"'), stop) + done,
    "no-space": b"data:" + chunk().encode() + b"\n\n" + done,
    "two-spaces": b"data:  " + chunk().encode() + b"\n\n" + done,
    "fields": b"data\n\ndata : x\n\nData: x\nDATA: y\n\nfoo: bar\nid: 7\nid: a\x00b\nretry: 1000\n"
              b"retry: abc\n\n\n\n" + sse(chunk(), stop) + done,
    "multiline-data": b'data: {"id":"c","choices":[{"index":0,\ndata: "delta":{"content":"x"}}]}\n\n' + done,
    "comments": b": OPENROUTER PROCESSING\n:\n\n" + sse(chunk()) + b": ping\n" + sse(stop) + done,
    "event-error": b'event: error\ndata: {"error":{"message":"overloaded","type":"server_error"}}\n\n',
    "event-ping": b"event: ping\n\n" + sse(chunk(), stop) + done,
    "after-done": sse(chunk(), stop) + b"data: [DONE]  \r\n\r\n" + sse(chunk()),
    "truncated": sse(chunk()),
    "unterminated-error": b'data: {"error":{"message":"boom"}}',
    "mid-json": b'data: {"id":"c","choices":[{"index":0,"delta":{"content":"trun',
    "empty": b"",
    "midstream-error": sse(chunk(), '{"error":{"message":"x","code":500}}'),
    "openrouter-error": sse('{"id":"c","error":{"code":502,"message":"up"},"choices":[{"index":0,'
                            '"delta":{"content":""},"finish_reason":"error"}]}'),
    "vllm-error": sse('{"object":"error","message":"bad","type":"BadRequestError","code":400}'),
    "azure-filter": sse('{"id":"","object":"","created":0,"model":"","choices":[],'
                        '"prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]}',
                        '{"id":"c","choices":[{"index":0,"finish_reason":null,'
                        '"content_filter_results":{}}]}', chunk(), stop) + done,
    "usage": sse(chunk(), stop, '{"id":"c","choices":[],"usage":{"prompt_tokens":3,'
                 '"completion_tokens":2,"total_tokens":5}}') + done,
    "tools-interleaved": sse(
        '{"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":'
        '"function","function":{"name":"f","arguments":""}},{"index":1,"id":"call_b","type":'
        '"function","function":{"name":"g","arguments":"{\\"q"}}]}}]}',
        '{"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":'
        '{"arguments":"{\\"a\\":\\"\\u3042"}},{"index":1,"function":{"arguments":"\\":1}"}}]}}]}',
        '{"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"function":{"arguments":"\\"}"}}]},'
        '"finish_reason":"tool_calls"}]}') + done,
    "n2": sse('{"id":"c","choices":[{"index":1,"delta":{"content":"b"}},{"index":0,"delta":'
              '{"role":"assistant","content":"a"}}]}',
              '{"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
              '{"id":"c","choices":[{"index":1,"delta":{"content":null},"finish_reason":"length"}]}')
          + done,
    "reasoning": sse('{"id":"c","choices":[{"index":0,"delta":{"reasoning_content":"think"}}]}',
                     '{"id":"c","choices":[{"index":0,"delta":{"reasoning":"more"}}]}', chunk(), stop)
                 + done,
    "audio": sse('{"id":"c","choices":[{"index":0,"delta":{"audio":{"id":"au_1","data":"UklGR",'
                 '"transcript":"he"}}}]}',
                 '{"id":"c","choices":[{"index":0,"delta":{"audio":{"data":"gAAA","transcript":"y"}}}]}',
                 '{"id":"c","choices":[{"index":0,"delta":{"audio":{"expires_at":1730000000}}}]}') + done,
    "logprobs": sse('{"id":"c","choices":[{"index":0,"delta":{"content":"a"},"logprobs":{"content":'
                    '[{"token":"a","logprob":-0.1,"bytes":null,"top_logprobs":[]}]}}]}', stop) + done,
    "unknown-keys": sse('{"id":"c","obfuscation":"xx","timings":{"t":1.5e3},"provider":"p",'
                        '"choices":[{"index":0,"delta":{"content":"a"},"finish_reason":"weird"}]}')
                    + done,
    "completion": b'{"id":"c","object":"chat.completion","choices":[{"index":0,"message":{"role":'
                  b'"assistant","content":"hi"},"finish_reason":"stop"}]}',
})

headers = [bytes([0x30, 7, 1, 200]), bytes([0x00, 1, 1, 1]), bytes([0x21, 13, 64, 3]),
           bytes([0x14, 255, 0, 2])]
out = here / "corpus/ssestream"
out.mkdir(parents=True, exist_ok=True)
for i, (name, body) in enumerate(sorted(streams.items())):
    (out / name).write_bytes(headers[i % len(headers)] + body)

# fuzz_jsoncursor: the JSON payloads of the streams, several per input (NUL-separated).
docs = []
for name, body in sorted(streams.items()):
    lines = body.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    payloads = [l[5:].strip() for l in lines if l.startswith(b"data:") and l[5:].strip().startswith(b"{")]
    if payloads:
        docs.append((name, b"\0".join(payloads[:6])))
edge = {
    "numbers": b'{"a":[0,-0,1.5,-1.5e10,1E+2,1e-2,123456789012345678901234567890,1.7976931348623157e308]}',
    "bad-number": b'{"a":01}', "lax-number": b'{"a":1.}', "range": b'{"a":1e400}',
    "literals": b'{"t":true,"f":false,"n":null}', "bad-literal": b'{"t":tru}',
    "escapes": b'{"id":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u3042\\ud83d\\ude00"}',
    "lone-surrogates": b'{"id":"\\ud800x\\udc00\\ud800\\ud800\\ude00"}',
    "unknown-escape": b'{"id":"\\a"}', "control": b'{"id":"a\x01b"}',
    "overlong": b'{"id":"\xc0\x80"}', "utf8-surrogate": b'{"id":"\xed\xa0\x80"}',
    "above-max": b'{"id":"\xf4\x90\x80\x80"}', "truncated-utf8": b'{"id":"\xe3\x81',
    "deep": b'{"a":' + b"[" * 130 + b"]" * 130 + b"}",
    "dupes": b'{"id":"a","id":"b","choices":[],"choices":[{"index":0}]}',
    "bom": b'\xef\xbb\xbf{"id":"a"}', "trailing": b'{"id":"a"} x',
    "cache": (chunk() + "\0" + chunk('"Yo"') + "\0" + chunk('"\\u3042"', '"stop"')).encode(),
}
out = here / "corpus/jsoncursor"
out.mkdir(parents=True, exist_ok=True)
for name, body in docs + sorted(edge.items()):
    (out / name).write_bytes(body)
