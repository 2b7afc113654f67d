// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ChatAccumulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/api/SseParser.h"

namespace {
std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

QJsonDocument parseJson(std::string_view json)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())));
}

void appendArray(QJsonArray &to, const QJsonValue &from)
{
    const QJsonArray items = from.toArray();
    for (const QJsonValue &item : items)
        to.append(item);
}

ApiError makeError(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}
} // namespace

ChatAccumulator::ChatAccumulator(ChatAccumulatorListener *listener)
    : m_listener(listener)
{}

void ChatAccumulator::clear()
{
    m_choices.clear();
    m_id.clear();
    m_model.clear();
    m_systemFingerprint.clear();
    m_serviceTier.clear();
    m_usageJson.clear();
    m_created = 0;
    m_events = 0;
    m_error = ApiError();
    m_done = false;
    m_answerStarted = false;
}

void ChatAccumulator::setError(const ApiError &error)
{
    if (!m_error.isError()) // the first error is the cause; later ones are consequences
        m_error = error;
}

void ChatAccumulator::addEvent(const SseEvent &event)
{
    m_unterminated = !event.terminated;
    addEventData(event.type, event.data);
    m_unterminated = false;
}

void ChatAccumulator::addEventData(std::string_view eventType, std::string_view data)
{
    if (m_done || m_error.kind == ApiError::Kind::Parse || m_error.kind == ApiError::Kind::Limit)
        return;
    ++m_events;
    // Trimming keeps the padding guarantee: the bytes after the view are still in the buffer.
    const std::string_view payload = trimmed(data);
    if (payload == "[DONE]") {
        m_done = true;
        return;
    }
    if (payload.empty())
        return;
    if (eventType == "error") {
        setError(
            ApiErrors::fromStreamPayload(QByteArray(payload.data(), qsizetype(payload.size()))));
        return;
    }
    if (!m_reader.read(payload, m_chunk)) {
        if (m_unterminated) {
            // The stream stopped inside its last event: that is truncation, not bad JSON.
            setError(makeError(ApiError::Kind::Truncated,
                QCoreApplication::translate(
                    "ChatAccumulator", "the stream ended in the middle of an event")));
            return;
        }
        if (!m_reader.failedOnUtf8()) {
            ApiError error = makeError(ApiError::Kind::Parse,
                QCoreApplication::translate("ChatAccumulator", "malformed JSON in the stream: %1")
                    .arg(QString::fromStdString(m_reader.errorMessage())));
            error.body =
                QByteArray(payload.data(), qsizetype(std::min<std::size_t>(payload.size(), 4096)));
            setError(error);
            return;
        }
        // Invalid UTF-8 from the server: keep the event with U+FFFD in place of the bad bytes.
        QByteArray repaired = QString::fromUtf8(payload.data(), qsizetype(payload.size())).toUtf8();
        const qsizetype size = repaired.size();
        repaired.resize(size + qsizetype(PaddedBuffer::kPadding));
        const std::string_view view(repaired.constData(), std::size_t(size));
        if (!m_reader.read(view, m_chunk)) {
            setError(makeError(ApiError::Kind::Parse,
                QCoreApplication::translate("ChatAccumulator", "malformed JSON in the stream: %1")
                    .arg(QString::fromStdString(m_reader.errorMessage()))));
            return;
        }
        applyChunk(m_chunk, view);
        return;
    }
    applyChunk(m_chunk, payload);
}

void ChatAccumulator::applyChunk(const ChunkView &chunk, std::string_view payload)
{
    if (m_id.empty() && !chunk.id.empty())
        m_id.assign(chunk.id);
    if (m_model.empty() && !chunk.model.empty())
        m_model.assign(chunk.model);
    if (m_created == 0 && chunk.created)
        m_created = chunk.created;
    if (!chunk.systemFingerprint.empty())
        m_systemFingerprint.assign(chunk.systemFingerprint);
    if (!chunk.serviceTier.empty())
        m_serviceTier.assign(chunk.serviceTier);
    if (!chunk.usageJson.empty()) // vLLM's continuous usage is cumulative: the last one counts
        m_usageJson.assign(chunk.usageJson);
    for (const ChoiceDelta &delta : chunk.choices)
        applyChoice(chunk, delta);
    // Errors are checked after the choices so that text arriving with them is kept (OpenRouter
    // sends an error beside a choice with finish_reason "error").
    if (!chunk.errorJson.empty()) {
        const QByteArray wrapped = QByteArrayLiteral("{\"error\":")
            + QByteArray(chunk.errorJson.data(), qsizetype(chunk.errorJson.size())) + '}';
        setError(ApiErrors::fromStreamPayload(wrapped));
    } else if (chunk.object == "error") { // vLLM: {"object":"error","message":…}
        setError(
            ApiErrors::fromStreamPayload(QByteArray(payload.data(), qsizetype(payload.size()))));
    }
}

void ChatAccumulator::applyChoice(const ChunkView &chunk, const ChoiceDelta &d)
{
    if (d.index < 0 || d.index >= kMaxChoices) {
        setError(makeError(ApiError::Kind::Limit,
            QCoreApplication::translate(
                "ChatAccumulator", "the server sent choice index %1, outside 0…%2")
                .arg(d.index)
                .arg(kMaxChoices - 1)));
        return;
    }
    const int index = int(d.index);
    if (m_choices.size() <= std::size_t(index))
        m_choices.resize(std::size_t(index) + 1);
    ChoiceState &state = m_choices[std::size_t(index)];
    state.seen = true;
    if (!d.role.empty())
        state.role.assign(d.role);
    if (d.hasContent) {
        state.hasContent = true;
        if (!d.content.empty()) {
            state.content.append(d.content);
            m_answerStarted = true;
            if (m_listener)
                m_listener->contentDelta(index, d.content);
        }
    }
    if (d.hasRefusal) {
        state.hasRefusal = true;
        state.refusal.append(d.refusal);
        m_answerStarted = true;
        if (m_listener && !d.refusal.empty())
            m_listener->refusalDelta(index, d.refusal);
    }
    if (d.hasReasoning) {
        state.hasReasoning = true;
        state.reasoning.append(d.reasoning);
        m_answerStarted = true;
        if (m_listener && !d.reasoning.empty())
            m_listener->reasoningDelta(index, d.reasoning);
    }
    for (std::size_t i = 0; i < d.fragmentCount; ++i)
        applyToolCall(index, state, chunk.fragments[d.firstFragment + i]);
    if (d.hasAudio) {
        state.hasAudio = true;
        m_answerStarted = true;
        if (!d.audioId.empty())
            state.audioId.assign(d.audioId);
        state.audioData.append(d.audioData);
        state.audioTranscript.append(d.audioTranscript);
        if (d.audioExpiresAt)
            state.audioExpiresAt = d.audioExpiresAt;
    }
    if (!d.imageUrls.empty()) {
        m_answerStarted = true;
        for (std::string_view url : d.imageUrls)
            state.images.emplace_back(url);
    }
    if (d.hasFunctionCall) {
        state.hasFunctionCall = true;
        m_answerStarted = true;
        if (!d.functionName.empty())
            state.functionName.assign(d.functionName);
        state.functionArguments.append(d.functionArguments);
    }
    if (!d.logprobsJson.empty()) {
        const QJsonObject logprobs = parseJson(d.logprobsJson).object();
        state.hasLogprobs = true;
        if (logprobs.contains(QLatin1String("tokens"))) { // legacy /completions shape
            for (const char *key : { "tokens", "token_logprobs", "top_logprobs", "text_offset" }) {
                QJsonArray joined = state.textLogprobs.value(QLatin1String(key)).toArray();
                appendArray(joined, logprobs.value(QLatin1String(key)));
                state.textLogprobs.insert(QLatin1String(key), joined);
            }
        } else {
            appendArray(state.logprobsContent, logprobs.value(QLatin1String("content")));
            appendArray(state.logprobsRefusal, logprobs.value(QLatin1String("refusal")));
        }
    }
    if (d.hasFinishReason) {
        state.finishReason.assign(d.finishReason);
        state.finished = true;
        if (m_listener)
            m_listener->choiceFinished(index, d.finishReason);
    }
}

void ChatAccumulator::applyToolCall(int choice, ChoiceState &state, const ToolCallFragment &f)
{
    std::size_t slot = 0;
    if (f.index >= 0) {
        if (f.index >= kMaxToolCalls) {
            setError(makeError(ApiError::Kind::Limit,
                QCoreApplication::translate("ChatAccumulator",
                    "the server sent tool call index %1; Kaiwa accepts at most %n calls", nullptr,
                    kMaxToolCalls)
                    .arg(f.index)));
            return;
        }
        slot = std::size_t(f.index);
    } else if (!f.id.empty()) {
        // No index (Azure AI inference): the id names the call.
        slot = state.toolCalls.size();
        for (std::size_t i = 0; i < state.toolCalls.size(); ++i) {
            if (state.toolCalls[i].id == f.id)
                slot = i;
        }
    } else if (!state.toolCalls.empty()) {
        slot = state.toolCalls.size() - 1;
    }
    if (slot >= std::size_t(kMaxToolCalls)) {
        setError(makeError(ApiError::Kind::Limit,
            QCoreApplication::translate("ChatAccumulator",
                "the server sent more than %n tool calls", nullptr, kMaxToolCalls)));
        return;
    }
    if (state.toolCalls.size() <= slot)
        state.toolCalls.resize(slot + 1);
    ToolCallState &call = state.toolCalls[slot];
    call.present = true;
    call.custom = call.custom || f.custom;
    if (!f.id.empty())
        call.id.assign(f.id);
    if (!f.type.empty())
        call.type.assign(f.type);
    if (!f.name.empty())
        call.name.assign(f.name);
    call.arguments.append(f.arguments);
    m_answerStarted = true;
    if (m_listener)
        m_listener->toolCallDelta(choice, int(slot), f.arguments);
}

bool ChatAccumulator::allChoicesFinished() const
{
    int seen = 0;
    for (const ChoiceState &choice : m_choices) {
        if (!choice.seen)
            continue;
        ++seen;
        if (!choice.finished)
            return false;
    }
    return seen > 0 && seen >= m_expectedChoices;
}

void ChatAccumulator::finish()
{
    for (ChoiceState &choice : m_choices) {
        // Audio streams may end with a delta that carries only expires_at and no finish_reason;
        // openai-node infers "stop" there, and so do we.
        if (choice.seen && !choice.finished && choice.hasAudio && choice.audioExpiresAt) {
            choice.finishReason = "stop";
            choice.finished = true;
        }
    }
    if (m_error.isError() || allChoicesFinished())
        return;
    int open = -1;
    for (std::size_t i = 0; i < m_choices.size() && open < 0; ++i) {
        if (m_choices[i].seen && !m_choices[i].finished)
            open = int(i);
    }
    if (m_choices.empty())
        setError(makeError(ApiError::Kind::Truncated,
            QCoreApplication::translate(
                "ChatAccumulator", "the stream ended before any answer arrived")));
    else if (open >= 0)
        setError(makeError(ApiError::Kind::Truncated,
            QCoreApplication::translate(
                "ChatAccumulator", "the stream ended before choice %1 finished")
                .arg(open)));
    else
        setError(makeError(ApiError::Kind::Truncated,
            QCoreApplication::translate("ChatAccumulator",
                "the stream ended after %1 of %n choices", nullptr, int(m_expectedChoices))
                .arg(qsizetype(m_choices.size()))));
}

QJsonObject ChatAccumulator::usage() const
{
    return m_usageJson.empty() ? QJsonObject() : parseJson(m_usageJson).object();
}
