// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

//! One tool-call fragment of a streamed delta, as views into the chunk being read.
struct ToolCallFragment
{
    std::int64_t index = -1; //!< -1: the server sent no index (Azure AI inference)
    std::string_view id;
    std::string_view type;
    std::string_view name; //!< function.name or custom.name
    std::string_view arguments; //!< function.arguments or custom.input fragment
    bool custom = false;
};

//! What one choice of a chunk says, as views into the chunk being read.
struct ChoiceDelta
{
    std::int64_t index = 0;
    std::string_view role;
    std::string_view content;
    std::string_view refusal;
    std::string_view
        reasoning; //!< reasoning_content (llama.cpp, DeepSeek) or reasoning (vLLM, Ollama)
    std::string_view finishReason;
    std::string logprobsJson; //!< the choice's logprobs object as JSON (rare: only when asked for)
    std::string_view audioId;
    std::string_view audioData;
    std::string_view audioTranscript;
    std::int64_t audioExpiresAt = 0;
    //! message.images / delta.images (OpenRouter and other gateways): each image_url.url,
    //! normally a data: URL.
    std::vector<std::string_view> imageUrls;
    std::string_view functionName; //!< deprecated function_call
    std::string_view functionArguments;
    std::size_t firstFragment = 0; //!< tool-call fragments [first, first + count) of ChunkView
    std::size_t fragmentCount = 0;
    bool hasContent = false;
    bool hasRefusal = false;
    bool hasReasoning = false;
    bool hasFinishReason = false;
    bool hasAudio = false;
    bool hasFunctionCall = false;
    bool reasoningNamedReasoning =
        false; //!< the server used "reasoning" rather than "reasoning_content"
};

//! The fields of one chat.completion.chunk that Kaiwa keeps. Views stay valid until the next read.
struct ChunkView
{
    std::string_view id;
    std::string_view object;
    std::string_view model;
    std::string_view systemFingerprint;
    std::string_view serviceTier;
    std::string usageJson; //!< a non-null usage object as JSON
    std::string errorJson; //!< a non-null top-level error value as JSON
    std::int64_t created = 0;
    std::vector<ChoiceDelta> choices;
    std::vector<ToolCallFragment> fragments;
    bool hasChoices = false;
};

//! Reads one chat.completion.chunk in a single validating pass (JsonCursor): the fields Kaiwa
//! needs become views, everything else is checked and skipped without building a tree.
//! (simdjson was tried first: its fixed cost per document, ~2,600 instructions for a 270-byte
//! chunk, is most of the budget; a chunk needs no tape.) Not thread-safe; one reader per stream.
class ChunkReader final
{
public:
    ChunkReader();
    ~ChunkReader();
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    //! `json` must be followed by at least 8 readable bytes (PaddedBuffer guarantees 64).
    //! Returns false with errorMessage() set for malformed JSON or a chunk that is not an object.
    bool read(std::string_view json, ChunkView &out);

    const std::string &errorMessage() const { return m_error; }

    //! The last failure was invalid UTF-8 (the caller may repair it and read again).
    bool failedOnUtf8() const { return m_utf8Error; }

private:
    struct Impl;
    bool readFresh(std::string_view json, ChunkView &out);
    bool readWithCachedEnvelope(std::string_view json, ChunkView &out);
    std::unique_ptr<Impl> d;
    std::string m_error;
    bool m_utf8Error = false;
};
