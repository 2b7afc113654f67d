// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ChunkReader.h"

#include "core/api/JsonCursor.h"

// Every chunk of a stream repeats the same envelope before "choices" ({"id":…,"object":…,
// "created":…,"model":…,"system_fingerprint":…,"choices":). When a chunk starts with exactly the
// bytes of the previous, fully validated chunk's envelope, those bytes are valid again and mean
// the same: the reader reuses the values and starts at the choices. Any difference (Ollama's
// per-chunk "created", a usage or error key up front) simply means a full read.
struct Envelope
{
    std::string bytes; //!< the chunk's text from '{' up to and including "choices":
    std::string id;
    std::string object;
    std::string model;
    std::string systemFingerprint;
    std::string serviceTier;
    std::int64_t created = 0;
};

struct ChunkReader::Impl
{
    std::string arena; //!< decoded (escaped) strings of the current chunk
    Envelope envelope;
    std::size_t choicesOffset = 0; //!< where the choices value starts in the chunk being read
    bool envelopeCacheable = true; //!< nothing before "choices" that must be read every time
};

namespace {

void readRawObject(JsonCursor &c, std::string &out)
{
    if (c.peek() == '{')
        out.assign(c.readRaw());
    else
        c.skip();
}

void readFunction(JsonCursor &c, ToolCallFragment &f)
{
    const bool isObject = c.object([&](std::string_view key) {
        if (key == "name")
            c.readString(f.name);
        else if (key == "arguments" || key == "input")
            c.readString(f.arguments);
        else
            c.skip();
    });
    if (!isObject)
        c.skip();
}

void readToolCall(JsonCursor &c, ToolCallFragment &f)
{
    const bool isObject = c.object([&](std::string_view key) {
        if (key == "index")
            f.index = c.readInt();
        else if (key == "id")
            c.readString(f.id);
        else if (key == "type")
            c.readString(f.type);
        else if (key == "function")
            readFunction(c, f);
        else if (key == "custom") {
            f.custom = true;
            readFunction(c, f);
        } else
            c.skip();
    });
    if (!isObject)
        c.skip();
}

void readAudio(JsonCursor &c, ChoiceDelta &d)
{
    d.hasAudio = c.object([&](std::string_view key) {
        if (key == "id")
            c.readString(d.audioId);
        else if (key == "data")
            c.readString(d.audioData);
        else if (key == "transcript")
            c.readString(d.audioTranscript);
        else if (key == "expires_at")
            d.audioExpiresAt = c.readInt();
        else
            c.skip();
    });
    if (!d.hasAudio)
        c.skip();
}

void readFunctionCall(JsonCursor &c, ChoiceDelta &d)
{
    d.hasFunctionCall = c.object([&](std::string_view key) {
        if (key == "name")
            c.readString(d.functionName);
        else if (key == "arguments")
            c.readString(d.functionArguments);
        else
            c.skip();
    });
    if (!d.hasFunctionCall)
        c.skip();
}

//! One entry of "images": {"type": "image_url", "image_url": {"url": "data:…"}}.
void readImage(JsonCursor &c, ChoiceDelta &d)
{
    const bool isObject = c.object([&](std::string_view key) {
        if (key != "image_url") {
            c.skip();
            return;
        }
        const bool inner = c.object([&](std::string_view innerKey) {
            std::string_view url;
            if (innerKey == "url" && c.readString(url))
                d.imageUrls.push_back(url);
            else if (innerKey != "url")
                c.skip();
        });
        if (!inner)
            c.skip();
    });
    if (!isObject)
        c.skip();
}

void readDelta(JsonCursor &c, ChoiceDelta &d, std::vector<ToolCallFragment> &fragments)
{
    const bool isObject = c.object([&](std::string_view key) {
        if (key == "content") {
            d.hasContent = c.readString(d.content);
        } else if (key == "role") {
            c.readString(d.role);
        } else if (key == "tool_calls") {
            d.firstFragment = fragments.size();
            if (!c.array([&]() { readToolCall(c, fragments.emplace_back()); }))
                c.skip();
            d.fragmentCount = fragments.size() - d.firstFragment;
        } else if (key == "reasoning_content" || key == "reasoning") {
            std::string_view text;
            if (c.readString(text)) {
                d.reasoning = text;
                d.hasReasoning = true;
                d.reasoningNamedReasoning = key == "reasoning";
            }
        } else if (key == "refusal") {
            d.hasRefusal = c.readString(d.refusal);
        } else if (key == "audio") {
            readAudio(c, d);
        } else if (key == "images") {
            if (!c.array([&]() { readImage(c, d); }))
                c.skip();
        } else if (key == "function_call") {
            readFunctionCall(c, d);
        } else {
            c.skip();
        }
    });
    if (!isObject)
        c.skip(); // Azure's asynchronous filter chunks carry no delta at all; null is fine too
}

void readChoice(JsonCursor &c, ChoiceDelta &d, std::vector<ToolCallFragment> &fragments)
{
    const bool isObject = c.object([&](std::string_view key) {
        if (key == "index")
            d.index = c.readInt();
        else if (key == "delta" || key == "message")
            readDelta(c, d, fragments);
        else if (key == "text") // legacy /completions chunks
            d.hasContent = c.readString(d.content);
        else if (key == "finish_reason")
            d.hasFinishReason = c.readString(d.finishReason);
        else if (key == "logprobs")
            readRawObject(c, d.logprobsJson);
        else
            c.skip();
    });
    if (!isObject)
        c.skip();
}

struct RootState
{
    const char *begin = nullptr;
    std::size_t choicesOffset = 0;
    bool cacheable = true;
};

void readRootField(JsonCursor &c, ChunkView &out, RootState &state, std::string_view key)
{
    {
        if (key == "choices") {
            if (state.begin && !state.choicesOffset)
                state.choicesOffset = std::size_t(c.position() - state.begin);
            out.hasChoices =
                c.array([&]() { readChoice(c, out.choices.emplace_back(), out.fragments); });
            if (!out.hasChoices)
                c.skip();
        } else if (key == "id") {
            c.readString(out.id);
        } else if (key == "model") {
            c.readString(out.model);
        } else if (key == "created") {
            out.created = c.readInt();
        } else if (key == "object") {
            c.readString(out.object);
        } else if (key == "system_fingerprint") {
            c.readString(out.systemFingerprint);
        } else if (key == "service_tier") {
            c.readString(out.serviceTier);
        } else if (key == "usage") {
            state.cacheable = state.cacheable && state.choicesOffset;
            readRawObject(c, out.usageJson);
        } else if (key == "error") {
            state.cacheable = state.cacheable && state.choicesOffset;
            const char first = c.peek();
            if (first == '{' || first == '"')
                out.errorJson.assign(c.readRaw());
            else if (first == 't')
                out.errorJson.assign(c.readRaw()); // "error": true
            else
                c.skip(); // null or false: no error
        } else {
            c.skip();
        }
    }
}

} // namespace

ChunkReader::ChunkReader()
    : d(std::make_unique<Impl>())
{}

ChunkReader::~ChunkReader() = default;

bool ChunkReader::read(std::string_view json, ChunkView &out)
{
    // Keep the vectors' capacity from chunk to chunk: no allocation per event.
    auto choices = std::move(out.choices);
    auto fragments = std::move(out.fragments);
    choices.clear();
    fragments.clear();
    out = ChunkView{};
    out.choices = std::move(choices);
    out.fragments = std::move(fragments);
    m_error.clear();
    m_utf8Error = false;

    const Envelope &envelope = d->envelope;
    if (!envelope.bytes.empty() && json.size() > envelope.bytes.size()
        && std::memcmp(json.data(), envelope.bytes.data(), envelope.bytes.size()) == 0)
        return readWithCachedEnvelope(json, out);
    return readFresh(json, out);
}

bool ChunkReader::readWithCachedEnvelope(std::string_view json, ChunkView &out)
{
    const Envelope &envelope = d->envelope;
    out.id = envelope.id;
    out.object = envelope.object;
    out.model = envelope.model;
    out.systemFingerprint = envelope.systemFingerprint;
    out.serviceTier = envelope.serviceTier;
    out.created = envelope.created;
    JsonCursor cursor(json, d->arena, envelope.bytes.size());
    RootState state; // no envelope to learn from a chunk that matched one
    const bool isObject = cursor.objectFrom(
        "choices", [&](std::string_view key) { readRootField(cursor, out, state, key); });
    if (cursor.ok() && isObject && cursor.atEnd())
        return true;
    // Report errors with the same words as a full read would.
    return readFresh(json, out);
}

bool ChunkReader::readFresh(std::string_view json, ChunkView &out)
{
    out.choices.clear();
    out.fragments.clear();
    out.usageJson.clear();
    out.errorJson.clear();
    JsonCursor cursor(json, d->arena);
    RootState state;
    state.begin = json.data();
    const bool isObject =
        cursor.object([&](std::string_view key) { readRootField(cursor, out, state, key); });
    if (cursor.ok() && isObject && cursor.atEnd()) {
        Envelope &envelope = d->envelope;
        if (state.cacheable && state.choicesOffset) {
            envelope.bytes.assign(json.data(), state.choicesOffset);
            envelope.id.assign(out.id);
            envelope.object.assign(out.object);
            envelope.model.assign(out.model);
            envelope.systemFingerprint.assign(out.systemFingerprint);
            envelope.serviceTier.assign(out.serviceTier);
            envelope.created = out.created;
        } else {
            envelope.bytes.clear();
        }
        return true;
    }
    switch (cursor.error()) {
    case JsonCursor::Error::Utf8:
        m_error = "invalid UTF-8";
        m_utf8Error = true;
        break;
    case JsonCursor::Error::Depth:
        m_error = "nested too deeply";
        break;
    default:
        m_error = !isObject && cursor.ok() ? "the chunk is not a JSON object"
            : cursor.ok()                  ? "unexpected text after the JSON object"
                                           : "syntax error";
        break;
    }
    return false;
}
