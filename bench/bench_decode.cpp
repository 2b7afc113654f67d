// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decode-and-accumulate throughput of Kaiwa's SSE parser + chat accumulator, the C++ side of
// ../shared/bench/bench-sse.mjs: the whole stream is loaded first, then fed in --slice pieces
// (no copy) through SseParser into ChatAccumulator; the SHA-256 of the assembled text (choice 0's
// content, or all tool-call arguments in order) is checked against gen-sse.py's.
//
//   kaiwa-bench-decode --file s20.sse [--slice 16384] [--runs 3] [--expect SHA256] [--json]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"

namespace {
struct Args
{
    QString file;
    std::size_t slice = 16384;
    int runs = 3;
    QByteArray expect;
    bool json = false;
};

QByteArray textHash(const ChatAccumulator &acc)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (acc.choices().empty())
        return hash.result().toHex();
    const ChoiceState &c = acc.choices().front();
    hash.addData(QByteArrayView(c.content.data(), qsizetype(c.content.size())));
    for (const ToolCallState &call : c.toolCalls)
        hash.addData(QByteArrayView(call.arguments.data(), qsizetype(call.arguments.size())));
    return hash.result().toHex();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Args args;
    const QStringList list = app.arguments();
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QString &a = list.at(i);
        const QString v = i + 1 < list.size() ? list.at(i + 1) : QString();
        if (a == QLatin1String("--file"))
            args.file = v, ++i;
        else if (a == QLatin1String("--slice"))
            args.slice = std::size_t(v.toULongLong()), ++i;
        else if (a == QLatin1String("--runs"))
            args.runs = v.toInt(), ++i;
        else if (a == QLatin1String("--expect"))
            args.expect = v.toLatin1(), ++i;
        else if (a == QLatin1String("--json"))
            args.json = true;
        else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    QFile file(args.file);
    if (args.slice == 0 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
            "usage: kaiwa-bench-decode --file STREAM [--slice N] [--runs N] [--expect SHA]\n");
        return 2;
    }
    const QByteArray bytes = file.readAll();
    double best = 1e300;
    QByteArray hash;
    int events = 0;
    bool ok = true;
    for (int run = 0; run < args.runs; ++run) {
        ChatAccumulator acc;
        SseParser parser([&acc](const SseEvent &e) { acc.addEvent(e); });
        const auto start = std::chrono::steady_clock::now();
        const char *p = bytes.constData();
        const std::size_t size = std::size_t(bytes.size());
        for (std::size_t at = 0; at < size; at += args.slice)
            parser.feed(p + at, std::min(args.slice, size - at));
        parser.finish();
        acc.finish();
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        best = std::min(best, ms);
        hash = textHash(acc); // outside the timed part, as in bench-sse.mjs
        events = acc.eventCount() - (acc.isDone() ? 1 : 0);
        ok = ok && !acc.hasError();
        if (acc.hasError())
            std::fprintf(stderr, "stream error: %s\n", qPrintable(acc.error().describe()));
    }
    const bool match = args.expect.isEmpty() || hash == args.expect;
    const double mbps = double(bytes.size()) / 1e6 / (best / 1000.0);
    if (args.json) {
        std::printf("{\"decoder\":\"kaiwa\",\"bytes\":%lld,\"slice\":%zu,\"events\":%d,\"runs\":%d,"
                    "\"bestMs\":%.1f,"
                    "\"MBps\":%.1f,\"eventsPerSec\":%.0f,\"sha256\":\"%s\",\"match\":%s}\n",
            static_cast<long long>(bytes.size()), args.slice, events, args.runs, best, mbps,
            events / (best / 1000.0), hash.constData(), match ? "true" : "false");
    } else {
        std::printf(
            "kaiwa  slice=%zu  %d events  best %.1f ms  %.1f MB/s  %.0f events/s  sha256 %s%s\n",
            args.slice, events, best, mbps, events / (best / 1000.0), hash.constData(),
            args.expect.isEmpty() ? "" : (match ? " (matches)" : " (MISMATCH)"));
    }
    return ok && match ? 0 : 1;
}
