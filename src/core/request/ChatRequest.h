// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>
#include <variant>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/request/RequestMessage.h"
#include "core/request/ToolDefinition.h"

struct ProviderProfile;

//! `stream_options` (protocol.md §2.7); only meaningful with stream: true.
struct StreamOptions
{
    std::optional<bool> includeUsage;
    std::optional<bool> includeObfuscation;

    friend bool operator==(const StreamOptions &, const StreamOptions &) = default;
};

//! Reads a `stream_options` value (shared by chat and legacy completions).
std::expected<StreamOptions, QString> streamOptionsFromJson(
    const QJsonValue &value, const QString &key);

//! `audio` output parameters (protocol.md §2.6).
struct AudioOutput
{
    QString voice; //!< built-in voice name; ignored when voiceId is set
    QString voiceId; //!< custom voice, sent as {"id": voiceId}
    QString format; //!< wav, aac, mp3, flac, opus, pcm16

    friend bool operator==(const AudioOutput &, const AudioOutput &) = default;
};

//! `prediction`: {type: content, content: string | [text parts]}.
struct Prediction
{
    QString text; //!< used when parts is empty
    QStringList parts; //!< sent as a list of text parts

    friend bool operator==(const Prediction &, const Prediction &) = default;
};

//! `web_search_options` (protocol.md §2.7). Location strings left empty are not sent.
struct WebSearchOptions
{
    std::optional<QString> searchContextSize; //!< low, medium, high
    bool hasUserLocation = false; //!< sends user_location: {type: approximate, approximate: {…}}
    QString country; //!< ISO 3166-1 alpha-2
    QString region;
    QString city;
    QString timezone; //!< IANA, e.g. America/Los_Angeles

    friend bool operator==(const WebSearchOptions &, const WebSearchOptions &) = default;
};

//! `prompt_cache_options`: {ttl?, mode?}.
struct PromptCacheOptions
{
    std::optional<QString> ttl; //!< "30m"
    std::optional<QString> mode; //!< implicit, explicit

    friend bool operator==(const PromptCacheOptions &, const PromptCacheOptions &) = default;
};

//! `moderation`: {model, policy?: {input?: {mode}, output?: {mode}}}.
struct ModerationOptions
{
    QString model; //!< e.g. omni-moderation-latest
    std::optional<QString> inputMode; //!< score, block
    std::optional<QString> outputMode; //!< score, block

    friend bool operator==(const ModerationOptions &, const ModerationOptions &) = default;
};

//! The typed body of `POST /chat/completions` (protocol.md §2.1). Every member is optional and
//! nothing is sent unless the user set it; fields Kaiwa does not model go into `extraBody`.
struct ChatRequest
{
    using Stop = std::variant<QString, QStringList>;

    std::optional<QString> model;
    QList<RequestMessage> messages; //!< always sent (required by the API)
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
    //! Sent as max_completion_tokens or max_tokens, whichever the profile names.
    std::optional<qint64> maxTokens;
    std::optional<int> n;
    std::optional<Stop> stop;
    std::optional<bool> stream;
    std::optional<StreamOptions> streamOptions;
    std::optional<bool> logprobs;
    std::optional<int> topLogprobs;
    std::optional<QMap<QString, int>> logitBias;
    std::optional<qint64> seed;
    std::optional<ResponseFormat> responseFormat;
    std::optional<QList<ToolDefinition>> tools;
    std::optional<ToolChoice> toolChoice;
    std::optional<bool> parallelToolCalls;
    std::optional<QList<ToolDefinition>> functions; //!< deprecated
    std::optional<FunctionCallChoice> functionCall; //!< deprecated
    std::optional<QStringList> modalities;
    std::optional<AudioOutput> audio;
    std::optional<Prediction> prediction;
    std::optional<bool> store;
    std::optional<QMap<QString, QString>> metadata;
    std::optional<QString> reasoningEffort;
    std::optional<QString> verbosity;
    std::optional<QString> serviceTier;
    std::optional<WebSearchOptions> webSearchOptions;
    std::optional<QString> user; //!< deprecated
    std::optional<QString> safetyIdentifier;
    std::optional<QString> promptCacheKey;
    std::optional<QString> promptCacheRetention; //!< deprecated
    std::optional<PromptCacheOptions> promptCacheOptions;
    std::optional<ModerationOptions> moderation;
    QJsonObject extraBody; //!< deep-merged last; wins over typed fields and the profile's extraBody

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;
};

//! The JSON body: only set fields, the token limit under the profile's field name, then
//! profile.extraBody and then request.extraBody deep-merged on top (JsonMerge).
QJsonObject toJson(const ChatRequest &request, const ProviderProfile &profile);

//! Checks the limits the spec states only in prose (protocol.md §14b) and a few combinations the
//! schema cannot express. Returns English problems; empty = fine to send.
QStringList validate(const ChatRequest &request);

//! The API's metadata limits (16 pairs, keys ≤ 64 characters, values ≤ 512): English problems,
//! empty = fine. Used by validate() and by the stored-completions metadata editor.
QStringList validateMetadata(const QMap<QString, QString> &metadata);

//! Maps one `--param KEY=JSON` onto the typed field ("temperature", 0.2). max_tokens and
//! max_completion_tokens both set maxTokens; unknown keys go into extraBody. Returns an English
//! error such as "temperature must be a number", or an empty string on success.
QString applyParam(ChatRequest &request, const QString &key, const QJsonValue &value);

//! Turns the text after `=` in `--param KEY=VALUE` into JSON: valid JSON as is (0.2, true, [..],
//! {..}, "x"), anything else as a plain string, so `--param user=alice` works without quotes.
QJsonValue parseParamValue(const QString &text);
