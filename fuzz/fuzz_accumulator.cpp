// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes ChatAccumulator with event payloads directly (fuzz_ssestream reaches it through the SSE
// parser; here every byte goes to the chunk reader). The first byte is the control header:
//   bit 0–1: expected choices - 1; bit 2: also hand each payload to setCompletion() (a whole
//   non-streamed chat.completion); bit 3–4: the padding byte after each payload ('"', '\\', 'a',
//   '}'), so reading past a payload shows up as a difference.
// The rest is payloads separated by NUL bytes. A payload that starts with byte 0x01 names the
// event type of the next one ("error", "ping", …) instead.
// Must never crash, leak or hit undefined behaviour. Checked on top:
//  1. Choice indexes stay below kMaxChoices, tool-call indexes below kMaxToolCalls, and every
//     listener call names a choice (and tool call) that exists.
//  2. What the listener was told adds up to the state: per choice, the content, refusal and
//     reasoning deltas joined equal the choice's text, and per tool call the argument deltas.
//  3. Every text the accumulator keeps is valid UTF-8, every string of toJson(),
//     toTextCompletionJson() and usage() is valid UTF-16, and toJson()'s choice indexes are in
//     range and distinct.
//  4. clear() forgets everything: the same payloads again give the same JSON.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(                                                                          \
                stderr, "fuzz_accumulator: check failed: %s (line %d)\n", #cond, __LINE__);        \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace {

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size())
                return false;
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// Server JSON that is passed through as Qt parsed it (logprobs, usage) may hold the lone
// surrogates of an escaped "\\ud800"; Kaiwa's own texts may not.
bool validUtf16(const QJsonValue &v)
{
    if (v.isString())
        return QStringView(v.toString()).isValidUtf16();
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!validUtf16(item))
                return false;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("logprobs") || it.key() == QLatin1String("usage"))
                continue;
            if (!QStringView(it.key()).isValidUtf16() || !validUtf16(it.value()))
                return false;
        }
    }
    return true;
}

// Records what it is told and checks the indexes against the accumulator at the time of the call.
class RecordingListener final : public ChatAccumulatorListener
{
public:
    const ChatAccumulator *accumulator = nullptr;
    std::map<int, std::string> content, refusal, reasoning;
    std::map<std::pair<int, int>, std::string> arguments;

    void contentDelta(int choice, std::string_view text) override
    {
        checkChoice(choice);
        content[choice].append(text);
    }

    void reasoningDelta(int choice, std::string_view text) override
    {
        checkChoice(choice);
        reasoning[choice].append(text);
    }

    void refusalDelta(int choice, std::string_view text) override
    {
        checkChoice(choice);
        refusal[choice].append(text);
    }

    void toolCallDelta(int choice, int toolIndex, std::string_view args) override
    {
        checkChoice(choice);
        CHECK(toolIndex >= 0 && toolIndex < ChatAccumulator::kMaxToolCalls);
        CHECK(
            std::size_t(toolIndex) < accumulator->choices()[std::size_t(choice)].toolCalls.size());
        arguments[{ choice, toolIndex }].append(args);
    }

    void choiceFinished(int choice, std::string_view reason) override
    {
        checkChoice(choice);
        CHECK(validUtf8(reason));
    }

private:
    void checkChoice(int choice) const
    {
        CHECK(choice >= 0 && choice < ChatAccumulator::kMaxChoices);
        CHECK(std::size_t(choice) < accumulator->choices().size());
    }
};

void checkState(const ChatAccumulator &accumulator)
{
    CHECK(accumulator.choices().size() <= std::size_t(ChatAccumulator::kMaxChoices));
    CHECK(validUtf8(accumulator.id()) && validUtf8(accumulator.model()));
    for (const ChoiceState &choice : accumulator.choices()) {
        CHECK(choice.toolCalls.size() <= std::size_t(ChatAccumulator::kMaxToolCalls));
        CHECK(validUtf8(choice.role) && validUtf8(choice.content) && validUtf8(choice.refusal));
        CHECK(validUtf8(choice.reasoning) && validUtf8(choice.finishReason));
        CHECK(validUtf8(choice.audioTranscript) && validUtf8(choice.functionArguments));
        for (const ToolCallState &call : choice.toolCalls) {
            CHECK(validUtf8(call.id) && validUtf8(call.type) && validUtf8(call.name));
            CHECK(validUtf8(call.arguments));
        }
    }
    const QJsonObject json = accumulator.toJson();
    CHECK(validUtf16(json));
    CHECK(validUtf16(accumulator.toTextCompletionJson()));
    (void)accumulator.usage();
    QSet<int> indexes;
    for (const QJsonValue &choice : json.value(QLatin1String("choices")).toArray()) {
        const int index = choice.toObject().value(QLatin1String("index")).toInt(-1);
        CHECK(index >= 0 && index < ChatAccumulator::kMaxChoices);
        CHECK(!indexes.contains(index));
        indexes.insert(index);
    }
    (void)QJsonDocument(json).toJson(QJsonDocument::Compact);
    (void)accumulator.error().describe();
    (void)accumulator.allChoicesFinished();
}

// The listener's joined deltas equal the accumulated texts.
void checkListener(const ChatAccumulator &accumulator, const RecordingListener &listener)
{
    const auto told = [](const std::map<int, std::string> &m, int i) {
        const auto it = m.find(i);
        return it == m.end() ? std::string() : it->second;
    };
    const std::vector<ChoiceState> &choices = accumulator.choices();
    for (std::size_t i = 0; i < choices.size(); ++i) {
        CHECK(told(listener.content, int(i)) == choices[i].content);
        CHECK(told(listener.refusal, int(i)) == choices[i].refusal);
        CHECK(told(listener.reasoning, int(i)) == choices[i].reasoning);
        for (std::size_t t = 0; t < choices[i].toolCalls.size(); ++t) {
            const auto it = listener.arguments.find({ int(i), int(t) });
            const std::string args = it == listener.arguments.end() ? std::string() : it->second;
            CHECK(args == choices[i].toolCalls[t].arguments);
        }
    }
}

struct Payload
{
    std::string type;
    std::string data; //!< followed by PaddedBuffer::kPadding bytes of padding
    std::size_t size;
};

void feed(ChatAccumulator &accumulator, const std::vector<Payload> &payloads)
{
    for (const Payload &p : payloads)
        accumulator.addEventData(p.type, std::string_view(p.data.data(), p.size));
    accumulator.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int choices = 1 + (data[0] & 3);
    const bool completion = data[0] & 4;
    static constexpr char kPaddings[] = { '"', '\\', 'a', '}' };
    const char padding = kPaddings[(data[0] >> 3) & 3];
    const std::string_view input(reinterpret_cast<const char *>(data + 1), size - 1);

    std::vector<Payload> payloads;
    std::string type = "message";
    std::size_t start = 0;
    while (start <= input.size() && payloads.size() < 4096) {
        std::size_t end = input.find('\0', start);
        if (end == std::string_view::npos)
            end = input.size();
        const std::string_view piece = input.substr(start, end - start);
        if (!piece.empty() && piece[0] == '\x01') {
            type.assign(piece.substr(1));
        } else {
            std::string padded(piece);
            padded.append(PaddedBuffer::kPadding, padding);
            payloads.push_back({ std::exchange(type, "message"), std::move(padded), piece.size() });
        }
        start = end + 1;
    }

    RecordingListener listener;
    ChatAccumulator accumulator(&listener);
    listener.accumulator = &accumulator;
    accumulator.setExpectedChoices(choices);
    feed(accumulator, payloads);
    checkState(accumulator);
    checkListener(accumulator, listener);

    const QJsonObject first = accumulator.toJson();
    accumulator.clear();
    accumulator.setListener(nullptr);
    feed(accumulator, payloads);
    CHECK(accumulator.toJson() == first);

    if (completion) {
        for (const Payload &p : payloads) {
            RecordingListener completionListener;
            ChatAccumulator whole(&completionListener);
            completionListener.accumulator = &whole;
            whole.setExpectedChoices(choices);
            whole.setCompletion(QByteArray(p.data.data(), qsizetype(p.size)));
            whole.finish();
            checkState(whole);
        }
    }
    return 0;
}
