// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include "core/api/ApiError.h"
#include "core/api/ChunkReader.h"

struct SseEvent;

//! One assembled tool call: id, type and name replaced by later fragments, arguments joined.
struct ToolCallState
{
    std::string id;
    std::string type;
    std::string name;
    std::string arguments;
    bool custom = false;
    bool present = false;
};

//! Everything one choice has said so far.
struct ChoiceState
{
    std::string role;
    std::string content;
    std::string refusal;
    std::string reasoning;
    std::string finishReason;
    std::vector<ToolCallState> toolCalls; //!< position = the server's tool-call index
    std::string audioId;
    std::string audioData; //!< base64, joined before decoding (fragments are not 4-aligned)
    std::string audioTranscript;
    long long audioExpiresAt = 0;
    std::vector<std::string> images; //!< image URLs from message.images / delta.images (gateways)
    std::string functionName;
    std::string functionArguments;
    QJsonArray logprobsContent;
    QJsonArray logprobsRefusal;
    QJsonObject
        textLogprobs; //!< legacy completions: tokens, token_logprobs, top_logprobs, text_offset
    bool seen = false;
    bool hasContent = false;
    bool hasRefusal = false;
    bool hasReasoning = false;
    bool hasAudio = false;
    bool hasFunctionCall = false;
    bool hasLogprobs = false;
    bool finished = false;
};

//! Receives deltas as they are applied (views are valid only during the call).
class ChatAccumulatorListener
{
public:
    virtual ~ChatAccumulatorListener() = default;
    virtual void contentDelta(int choice, std::string_view text) = 0;

    virtual void reasoningDelta(int /*choice*/, std::string_view /*text*/) {}

    virtual void refusalDelta(int /*choice*/, std::string_view /*text*/) {}

    virtual void toolCallDelta(int /*choice*/, int /*toolIndex*/, std::string_view /*args*/) {}

    virtual void choiceFinished(int /*choice*/, std::string_view /*finishReason*/) {}
};

//! Assembles a streamed chat completion exactly as the official SDKs do (openai-node's
//! ChatCompletionStream): choices by index, content/refusal/reasoning joined, tool calls grouped
//! by (choice, index), audio fragments joined, logprobs appended, usage from whichever chunk has
//! it; and survives the servers' quirks (protocol.md §9–§12). Errors inside the stream and
//! truncation are recorded, never thrown; whatever arrived is kept.
class ChatAccumulator final
{
public:
    static constexpr int kMaxChoices = 256; //!< the API allows n ≤ 128
    static constexpr int kMaxToolCalls = 1024; //!< per choice

    explicit ChatAccumulator(ChatAccumulatorListener *listener = nullptr);

    void setListener(ChatAccumulatorListener *listener) { m_listener = listener; }

    //! How many choices the request asked for (n); the end-of-stream check waits for all of them.
    void setExpectedChoices(int n) { m_expectedChoices = n; }

    //! Handles one SSE event of a chat completion stream.
    void addEvent(const SseEvent &event);
    //! Same, for data that is followed by PaddedBuffer::kPadding readable bytes.
    void addEventData(std::string_view eventType, std::string_view data);
    //! Takes a whole non-streamed chat.completion object (a server that ignored stream: true).
    void setCompletion(const QByteArray &json);
    //! End of the stream: infers an audio-only finish, then flags truncation if a choice is open.
    void finish();
    //! Resets for a new attempt.
    void clear();

    bool isDone() const { return m_done; } //!< [DONE] arrived

    bool hasError() const { return m_error.isError(); }

    const ApiError &error() const { return m_error; }

    bool hasAnswerBytes() const { return m_answerStarted; } //!< any choice content arrived

    bool allChoicesFinished() const;

    int eventCount() const { return m_events; }

    const std::vector<ChoiceState> &choices() const { return m_choices; }

    const std::string &id() const { return m_id; }

    const std::string &model() const { return m_model; }

    long long created() const { return m_created; }

    QJsonObject usage() const;

    //! The assembled `chat.completion` object, in the shape the SDKs return.
    QJsonObject toJson() const;
    //! The same stream read as a legacy `text_completion` (choices carry `text`).
    QJsonObject toTextCompletionJson() const;

private:
    void applyChunk(const ChunkView &chunk, std::string_view payload);
    void applyChoice(const ChunkView &chunk, const ChoiceDelta &delta);
    void applyToolCall(int choice, ChoiceState &state, const ToolCallFragment &fragment);
    void setError(const ApiError &error);

    ChatAccumulatorListener *m_listener;
    ChunkReader m_reader;
    ChunkView m_chunk;
    std::vector<ChoiceState> m_choices;
    std::string m_id;
    std::string m_model;
    std::string m_systemFingerprint;
    std::string m_serviceTier;
    std::string m_usageJson;
    long long m_created = 0;
    int m_events = 0;
    int m_expectedChoices = 1;
    ApiError m_error;
    bool m_done = false;
    bool m_answerStarted = false;
    bool m_unterminated = false; //!< the event being read was flushed at end of stream
};
