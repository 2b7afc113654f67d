#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora in fuzz/corpus/ (committed; rerun only to change them).

fuzz_ssestream inputs are a 4-byte header (flags, three slice lengths; see fuzz_ssestream.cpp)
followed by the stream; fuzz_jsoncursor inputs are JSON documents separated by NUL bytes;
fuzz_accumulator inputs a control byte and NUL-separated event payloads; fuzz_import inputs whole
export files (tests/data/import and broken ones); fuzz_metadata inputs a control byte and text.
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

# fuzz_accumulator: a control byte (expected choices, setCompletion, padding; see
# fuzz_accumulator.cpp) and the payloads of each stream, NUL-separated; "\x01TYPE" names the
# event type of the next payload. Whole chat.completion objects with the setCompletion bit.
def payloads_of(body):
    out, event = [], None
    for block in body.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n\n"):
        data = [l[5:].lstrip(b" ") for l in block.split(b"\n") if l.startswith(b"data:")]
        for l in block.split(b"\n"):
            if l.startswith(b"event:"):
                event = l[6:].strip()
        if data:
            if event:
                out.append(b"\x01" + event)
            out.append(b"\n".join(data))
        event = None
    return out


out = here / "corpus/accumulator"
out.mkdir(parents=True, exist_ok=True)
for i, (name, body) in enumerate(sorted(streams.items())):
    payloads = payloads_of(body)
    if payloads:
        (out / name).write_bytes(bytes([(i % 4) | ((i % 4) << 3)]) + b"\0".join(payloads))
completions = {
    "completion-n2-tools": '{"id":"chatcmpl-2","object":"chat.completion","created":1730816733,'
    '"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":null,'
    '"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather",'
    '"arguments":"{\\"city\\":\\"Paris\\"}"}},{"id":"call_2","type":"custom","custom":{"name":"sh",'
    '"input":"ls"}}]},"logprobs":null,"finish_reason":"tool_calls"},{"index":1,"message":{"role":'
    '"assistant","content":"\\u3053\\u3093\\u306b\\u3061\\u306f","refusal":null},"logprobs":'
    '{"content":[{"token":"\\u3053","logprob":-0.2,"bytes":[227,129,147],"top_logprobs":[]}]},'
    '"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":9,"total_tokens":21,'
    '"completion_tokens_details":{"reasoning_tokens":0}}}',
    "completion-audio": '{"id":"chatcmpl-3","object":"chat.completion","choices":[{"index":0,'
    '"message":{"role":"assistant","content":null,"audio":{"id":"audio_1","data":"UklGRgAAAABXQVZF",'
    '"expires_at":1730000000,"transcript":"Hello"}},"finish_reason":"stop"}]}',
    "completion-refusal": '{"id":"c","choices":[{"index":0,"message":{"role":"assistant",'
    '"content":null,"refusal":"I can\'t help with that.","reasoning_content":"policy"},'
    '"finish_reason":"stop"}],"usage":null}',
    "completion-legacy": '{"id":"cmpl-1","object":"text_completion","choices":[{"index":0,'
    '"text":"Hi","logprobs":{"tokens":["Hi"],"token_logprobs":[-0.1],"top_logprobs":[{"Hi":-0.1}],'
    '"text_offset":[0]},"finish_reason":"length"}]}',
    "completion-function-call": '{"id":"c","choices":[{"index":0,"message":{"role":"assistant",'
    '"function_call":{"name":"f","arguments":"{}"},"images":[{"type":"image_url","image_url":'
    '{"url":"data:image/png;base64,iVBOR"}}]},"finish_reason":"function_call"}]}',
}
for i, (name, body) in enumerate(sorted(completions.items())):
    (out / name).write_bytes(bytes([4 | (i % 4)]) + body.encode())

# fuzz_import: the example exports of tests/data/import and cases each reader must refuse.
out = here / "corpus/import"
out.mkdir(parents=True, exist_ok=True)
data = here.parent / "tests/data/import"
for path in sorted(data.glob("*.json")):
    (out / path.stem).write_bytes(path.read_bytes())
KAIWA = ('{"format":"kaiwa.conversations","version":1,"exported":"2026-01-20T12:00:00.000Z",'
         '"conversations":[{"id":1,"title":"t","created":"2026-01-16T08:00:00.000Z",'
         '"updated":"2026-01-16T08:00:00.000Z","activeLeaf":%s,"messages":[%s]%s}]}')
MSG = '{"id":%d,%s"role":"%s","parts":[{"type":"text","text":"%s"}],"created":"2026-01-16T08:00:00Z"}'
imports = {
    "kaiwa-branches": KAIWA % ("3", ",".join([MSG % (1, "", "user", "a"),
                                               MSG % (2, '"parent":1,', "assistant", "b"),
                                               MSG % (3, '"parent":1,', "assistant", "c")]), ""),
    "kaiwa-cycle": KAIWA % ("1", ",".join([MSG % (1, '"parent":2,', "user", "a"),
                                           MSG % (2, '"parent":1,', "assistant", "b")]), ""),
    "kaiwa-missing-parent": KAIWA % ("2", MSG % (2, '"parent":9,', "user", "a"), ""),
    "kaiwa-children-first": KAIWA % ("2", ",".join([MSG % (2, '"parent":1,', "assistant", "b"),
                                                    MSG % (1, "", "user", "a")]), ""),
    "kaiwa-bad-attachment": KAIWA % ("0", "", ',"attachments":{"00":{"mimeType":"image/png",'
                                     '"data":"aGk="}}'),
    "kaiwa-newer": '{"format":"kaiwa.conversations","version":99,"conversations":[]}',
    "kaiwa-wrong-types": '{"format":"kaiwa.conversations","version":1,"conversations":[{"id":"1",'
                         '"title":5,"created":"yesterday","messages":{}}]}',
    "chatgpt-minimal": '[{"title":"t","create_time":1700000000.5,"update_time":1700000001,'
                       '"current_node":"b","mapping":{"r":{"id":"r","message":null,"parent":null,'
                       '"children":["a"]},"a":{"id":"a","message":{"id":"a","author":{"role":"user"},'
                       '"content":{"content_type":"text","parts":["hi"]},"create_time":1700000000},'
                       '"parent":"r","children":["b"]},"b":{"id":"b","message":{"id":"b","author":'
                       '{"role":"assistant"},"content":{"content_type":"code","language":"py",'
                       '"text":"print(1)"}},"parent":"a","children":[]}}}]',
    "chatgpt-cycle": '[{"title":"t","current_node":"a","mapping":{"a":{"id":"a","parent":"b",'
                     '"children":["b"],"message":null},"b":{"id":"b","parent":"a","children":["a"],'
                     '"message":null}}}]',
    "not-json": "conversations: []",
    "empty-array": "[]",
}
for name, body in sorted(imports.items()):
    (out / name).write_bytes(body.encode())

# fuzz_metadata: a control byte (bit 0: UTF-16) and filter text; NUL-separated raw key/values.
out = here / "corpus/metadata"
out.mkdir(parents=True, exist_ok=True)
texts = {
    "filter": "app=kaiwa, user=alice",
    "filter-spaces": "  app = kaiwa ,, user=  a=b ,",
    "filter-bad": "app=kaiwa, nokey, =x",
    "filter-unicode": "\u30e2\u30c7\u30eb=\u4f1a\u8a71, emoji=\U0001F600",
    "raw-url-chars": "a&b\0c=d\0[k]\0%25#?\0+\0 x \0",
    "raw-limits": "\0".join(["k%d" % i for i in range(20)] * 2),
    "raw-long": "k" * 65 + "\0" + "v" * 513,
    "param-json": '{"app":"kaiwa","user":"alice","n":1}',
}
for name, text in sorted(texts.items()):
    (out / name).write_bytes(b"\0" + text.encode())
(out / "utf16-lone-surrogate").write_bytes(b"\x01" + "a=\ud800b, c=d".encode("utf-16-le", "surrogatepass"))
