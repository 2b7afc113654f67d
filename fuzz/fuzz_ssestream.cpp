// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes the streaming path: bytes → SseParser → ChatAccumulator → finish() → toJson().
// The first four bytes are the control header:
//   [0] bit 0–1: line cap (default, 64, 300, 4096 bytes); bit 2–3: expected choices - 1;
//       bit 4: also hand the body to setCompletion(); bit 5: a listener that reads every view
//   [1..3] slice lengths (0–255 bytes each, cycled): the body is fed in slices of these sizes,
//       so the split positions (mid-line, mid-CRLF, mid-UTF-8, mid-BOM) are fuzzed too.
// Must never crash, leak or hit undefined behaviour. Checked on top: the parser's output does
// not depend on how the bytes were split (the same body fed in one piece gives the same events,
// status and counters, and the accumulator the same JSON).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "fuzz_ssestream: check failed: %s (line %d)\n", #cond, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace {

// Touches every byte of every view it is given, so ASan sees a view that outlived its buffer.
class TouchingListener final : public ChatAccumulatorListener
{
public:
    void contentDelta(int choice, std::string_view text) override { touch(choice, text); }

    void reasoningDelta(int choice, std::string_view text) override { touch(choice, text); }

    void refusalDelta(int choice, std::string_view text) override { touch(choice, text); }

    void toolCallDelta(int choice, int toolIndex, std::string_view args) override
    {
        touch(choice + toolIndex, args);
    }

    void choiceFinished(int choice, std::string_view reason) override { touch(choice, reason); }

    unsigned sum = 0;

private:
    void touch(int n, std::string_view text)
    {
        sum += unsigned(n);
        for (char c : text)
            sum += static_cast<unsigned char>(c);
    }
};

struct Recorded
{
    std::string type;
    std::string data;
    bool terminated;

    bool operator==(const Recorded &) const = default;
};

struct Run
{
    std::vector<Recorded> events;
    SseParser::Status status;
    std::uint64_t comments;
    std::string lastEventId;
    long long retryMs;
    QJsonObject json;
    bool done;
    bool error;
};

Run run(const char *body, std::size_t size, std::size_t maxLine, int choices,
    const std::uint8_t slices[3], ChatAccumulatorListener *listener)
{
    Run r;
    ChatAccumulator accumulator(listener);
    accumulator.setExpectedChoices(choices);
    SseParser parser(
        [&](const SseEvent &event) {
            r.events.push_back(
                { std::string(event.type), std::string(event.data), event.terminated });
            accumulator.addEvent(event);
        },
        maxLine);
    std::size_t offset = 0;
    for (int i = 0; offset < size; i = (i + 1) % 3) {
        const std::size_t n = slices ? std::min<std::size_t>(slices[i], size - offset) : size;
        if (!parser.feed(body + offset, n))
            break;
        offset += n;
    }
    parser.finish();
    accumulator.finish();
    r.status = parser.status();
    r.comments = parser.commentCount();
    r.lastEventId = std::string(parser.lastEventId());
    r.retryMs = parser.retryMs();
    r.json = accumulator.toJson();
    r.done = accumulator.isDone();
    r.error = accumulator.hasError();
    (void)accumulator.usage();
    (void)accumulator.allChoicesFinished();
    (void)accumulator.error().describe();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 4)
        return 0;
    static constexpr std::size_t kCaps[] = { SseParser::kDefaultMaxLine, 64, 300, 4096 };
    const std::size_t maxLine = kCaps[data[0] & 3];
    const int choices = 1 + ((data[0] >> 2) & 3);
    const bool completion = data[0] & 0x10;
    const bool touch = data[0] & 0x20;
    std::uint8_t slices[3] = { data[1], data[2], data[3] };
    if (!slices[0] && !slices[1] && !slices[2])
        slices[0] = 1; // all-zero slices would never advance
    const char *body = reinterpret_cast<const char *>(data + 4);
    const std::size_t bodySize = size - 4;

    TouchingListener listener;
    const Run sliced = run(body, bodySize, maxLine, choices, slices, touch ? &listener : nullptr);
    const Run whole = run(body, bodySize, maxLine, choices, nullptr, nullptr);
    CHECK(sliced.events == whole.events);
    CHECK(sliced.status == whole.status);
    CHECK(sliced.comments == whole.comments);
    CHECK(sliced.lastEventId == whole.lastEventId);
    CHECK(sliced.retryMs == whole.retryMs);
    CHECK(sliced.done == whole.done);
    CHECK(sliced.error == whole.error);
    CHECK(sliced.json == whole.json);
    (void)QJsonDocument(sliced.json).toJson(QJsonDocument::Compact);

    if (completion) {
        ChatAccumulator accumulator;
        accumulator.setCompletion(QByteArray(body, qsizetype(bodySize)));
        accumulator.finish();
        (void)QJsonDocument(accumulator.toJson()).toJson(QJsonDocument::Compact);
    }
    return 0;
}
