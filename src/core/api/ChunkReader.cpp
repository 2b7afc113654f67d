// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ChunkReader.h"

#include <simdjson.h>

namespace dom = simdjson::dom;
using simdjson::SUCCESS;

struct ChunkReader::Impl
{
    dom::parser parser;
};

namespace {

// A string value; nothing for null and other types (servers send null for absent text).
bool readString(dom::element value, std::string_view &out)
{
    return value.get_string().get(out) == SUCCESS;
}

std::int64_t readInt(dom::element value)
{
    std::int64_t i = 0;
    if (value.get_int64().get(i) == SUCCESS)
        return i;
    double d = 0; // "created": 1.7e9 from some servers
    if (value.get_double().get(d) == SUCCESS && d > -9.2e18 && d < 9.2e18)
        return static_cast<std::int64_t>(d);
    return 0;
}

void readFunction(dom::element value, ToolCallFragment &f)
{
    dom::object fn;
    if (value.get_object().get(fn) != SUCCESS)
        return;
    for (const dom::key_value_pair kv : fn) {
        if (kv.key == "name")
            readString(kv.value, f.name);
        else if (kv.key == "arguments" || kv.key == "input")
            readString(kv.value, f.arguments);
    }
}

void readToolCalls(dom::element value, ChoiceDelta &d, std::vector<ToolCallFragment> &fragments)
{
    dom::array calls;
    if (value.get_array().get(calls) != SUCCESS)
        return;
    d.firstFragment = fragments.size();
    for (const dom::element element : calls) {
        dom::object call;
        if (element.get_object().get(call) != SUCCESS)
            continue;
        ToolCallFragment &f = fragments.emplace_back();
        for (const dom::key_value_pair kv : call) {
            if (kv.key == "index")
                f.index = readInt(kv.value);
            else if (kv.key == "id")
                readString(kv.value, f.id);
            else if (kv.key == "type")
                readString(kv.value, f.type);
            else if (kv.key == "function")
                readFunction(kv.value, f);
            else if (kv.key == "custom") {
                f.custom = true;
                readFunction(kv.value, f);
            }
        }
    }
    d.fragmentCount = fragments.size() - d.firstFragment;
}

void readAudio(dom::element value, ChoiceDelta &d)
{
    dom::object audio;
    if (value.get_object().get(audio) != SUCCESS)
        return;
    d.hasAudio = true;
    for (const dom::key_value_pair kv : audio) {
        if (kv.key == "id")
            readString(kv.value, d.audioId);
        else if (kv.key == "data")
            readString(kv.value, d.audioData);
        else if (kv.key == "transcript")
            readString(kv.value, d.audioTranscript);
        else if (kv.key == "expires_at")
            d.audioExpiresAt = readInt(kv.value);
    }
}

void readFunctionCall(dom::element value, ChoiceDelta &d)
{
    dom::object fn;
    if (value.get_object().get(fn) != SUCCESS)
        return;
    d.hasFunctionCall = true;
    for (const dom::key_value_pair kv : fn) {
        if (kv.key == "name")
            readString(kv.value, d.functionName);
        else if (kv.key == "arguments")
            readString(kv.value, d.functionArguments);
    }
}

void readDelta(dom::element value, ChoiceDelta &d, std::vector<ToolCallFragment> &fragments)
{
    dom::object delta;
    if (value.get_object().get(delta) != SUCCESS)
        return; // Azure's asynchronous filter chunks carry no delta at all
    for (const dom::key_value_pair kv : delta) {
        const std::string_view key = kv.key;
        if (key == "content")
            d.hasContent = readString(kv.value, d.content);
        else if (key == "role")
            readString(kv.value, d.role);
        else if (key == "tool_calls")
            readToolCalls(kv.value, d, fragments);
        else if (key == "reasoning_content" || key == "reasoning") {
            std::string_view text;
            if (readString(kv.value, text)) {
                d.reasoning = text;
                d.hasReasoning = true;
                d.reasoningNamedReasoning = key == "reasoning";
            }
        } else if (key == "refusal")
            d.hasRefusal = readString(kv.value, d.refusal);
        else if (key == "audio")
            readAudio(kv.value, d);
        else if (key == "function_call")
            readFunctionCall(kv.value, d);
    }
}

void readChoice(dom::element value, ChoiceDelta &d, std::vector<ToolCallFragment> &fragments)
{
    dom::object choice;
    if (value.get_object().get(choice) != SUCCESS)
        return;
    for (const dom::key_value_pair kv : choice) {
        const std::string_view key = kv.key;
        if (key == "index")
            d.index = readInt(kv.value);
        else if (key == "delta" || key == "message")
            readDelta(kv.value, d, fragments);
        else if (key == "finish_reason")
            d.hasFinishReason = readString(kv.value, d.finishReason);
        else if (key == "logprobs" && kv.value.is_object())
            d.logprobsJson = simdjson::minify(kv.value);
    }
}

void readRoot(dom::object root, ChunkView &out)
{
    for (const dom::key_value_pair kv : root) {
        const std::string_view key = kv.key;
        if (key == "choices") {
            dom::array choices;
            if (kv.value.get_array().get(choices) != SUCCESS)
                continue;
            out.hasChoices = true;
            for (const dom::element choice : choices)
                readChoice(choice, out.choices.emplace_back(), out.fragments);
        } else if (key == "id")
            readString(kv.value, out.id);
        else if (key == "model")
            readString(kv.value, out.model);
        else if (key == "created")
            out.created = readInt(kv.value);
        else if (key == "object")
            readString(kv.value, out.object);
        else if (key == "system_fingerprint")
            readString(kv.value, out.systemFingerprint);
        else if (key == "service_tier")
            readString(kv.value, out.serviceTier);
        else if (key == "usage" && kv.value.is_object())
            out.usageJson = simdjson::minify(kv.value);
        else if (key == "error") {
            bool flag = false;
            if (kv.value.is_object() || kv.value.is_string())
                out.errorJson = simdjson::minify(kv.value);
            else if (kv.value.get_bool().get(flag) == SUCCESS && flag)
                out.errorJson = "true";
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

    dom::element doc;
    // false: the caller guarantees the padding, so simdjson reads the bytes in place.
    simdjson::error_code error = d->parser.parse(json.data(), json.size(), false).get(doc);
    dom::object root;
    if (!error)
        error = doc.get_object().get(root);
    if (error) {
        m_error = simdjson::error_message(error);
        m_utf8Error = error == simdjson::UTF8_ERROR;
        return false;
    }
    readRoot(root, out);
    return true;
}
