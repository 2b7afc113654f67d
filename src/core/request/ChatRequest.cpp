// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/ChatRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/request/JsonMerge.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MetadataMaxPairs = 16;
constexpr qsizetype MetadataMaxKeyLength = 64;
constexpr qsizetype MetadataMaxValueLength = 512;
constexpr qsizetype SafetyIdentifierMaxLength = 64;

template <typename T>
void insertOptional(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

QJsonObject toJson(const StreamOptions &options)
{
    QJsonObject json;
    insertOptional(json, u"include_usage"_s, options.includeUsage);
    insertOptional(json, u"include_obfuscation"_s, options.includeObfuscation);
    return json;
}

QJsonObject toJson(const AudioOutput &audio)
{
    const QJsonValue voice = audio.voiceId.isEmpty()
        ? QJsonValue(audio.voice)
        : QJsonValue(QJsonObject{ { u"id"_s, audio.voiceId } });
    return { { u"voice"_s, voice }, { u"format"_s, audio.format } };
}

QJsonObject toJson(const Prediction &prediction)
{
    QJsonValue content = prediction.text;
    if (!prediction.parts.isEmpty()) {
        QJsonArray parts;
        for (const QString &part : prediction.parts)
            parts.append(toJson(MessagePart::makeText(part)));
        content = parts;
    }
    return { { u"type"_s, u"content"_s }, { u"content"_s, content } };
}

QJsonObject toJson(const WebSearchOptions &options)
{
    QJsonObject json;
    insertOptional(json, u"search_context_size"_s, options.searchContextSize);
    if (options.hasUserLocation) {
        QJsonObject approximate;
        const std::pair<QString, QString> fields[] = { { u"country"_s, options.country },
            { u"region"_s, options.region }, { u"city"_s, options.city },
            { u"timezone"_s, options.timezone } };
        for (const auto &[key, value] : fields) {
            if (!value.isEmpty())
                approximate.insert(key, value);
        }
        json.insert(u"user_location"_s,
            QJsonObject{ { u"type"_s, u"approximate"_s }, { u"approximate"_s, approximate } });
    }
    return json;
}

QJsonObject toJson(const PromptCacheOptions &options)
{
    QJsonObject json;
    insertOptional(json, u"ttl"_s, options.ttl);
    insertOptional(json, u"mode"_s, options.mode);
    return json;
}

QJsonObject toJson(const ModerationOptions &options)
{
    QJsonObject json{ { u"model"_s, options.model } };
    QJsonObject policy;
    if (options.inputMode)
        policy.insert(u"input"_s, QJsonObject{ { u"mode"_s, *options.inputMode } });
    if (options.outputMode)
        policy.insert(u"output"_s, QJsonObject{ { u"mode"_s, *options.outputMode } });
    if (!policy.isEmpty())
        json.insert(u"policy"_s, policy);
    return json;
}

QJsonArray toolsJson(const QList<ToolDefinition> &tools, bool asFunctions)
{
    QJsonArray array;
    for (const ToolDefinition &tool : tools)
        array.append(asFunctions ? toFunctionJson(tool) : toJson(tool));
    return array;
}
} // namespace

QJsonObject toJson(const ChatRequest &request, const ProviderProfile &profile)
{
    QJsonObject json;
    insertOptional(json, u"model"_s, request.model);
    QJsonArray messages;
    for (const RequestMessage &message : request.messages)
        messages.append(toJson(message));
    json.insert(u"messages"_s, messages);
    insertOptional(json, u"temperature"_s, request.temperature);
    insertOptional(json, u"top_p"_s, request.topP);
    insertOptional(json, u"frequency_penalty"_s, request.frequencyPenalty);
    insertOptional(json, u"presence_penalty"_s, request.presencePenalty);
    if (request.maxTokens) {
        json.insert(
            ProviderProfile::tokenLimitFieldName(profile.tokenLimitField), *request.maxTokens);
    }
    insertOptional(json, u"n"_s, request.n);
    if (request.stop) {
        if (const auto *single = std::get_if<QString>(&*request.stop))
            json.insert(u"stop"_s, *single);
        else
            json.insert(
                u"stop"_s, QJsonArray::fromStringList(std::get<QStringList>(*request.stop)));
    }
    insertOptional(json, u"stream"_s, request.stream);
    if (request.streamOptions)
        json.insert(u"stream_options"_s, toJson(*request.streamOptions));
    insertOptional(json, u"logprobs"_s, request.logprobs);
    insertOptional(json, u"top_logprobs"_s, request.topLogprobs);
    if (request.logitBias) {
        QJsonObject bias;
        for (auto it = request.logitBias->cbegin(); it != request.logitBias->cend(); ++it)
            bias.insert(it.key(), it.value());
        json.insert(u"logit_bias"_s, bias);
    }
    // QJsonValue keeps qint64 exact (Qt 6 stores integers natively), so large seeds survive.
    insertOptional(json, u"seed"_s, request.seed);
    if (request.responseFormat)
        json.insert(u"response_format"_s, toJson(*request.responseFormat));
    if (request.tools)
        json.insert(u"tools"_s, toolsJson(*request.tools, false));
    if (request.toolChoice)
        json.insert(u"tool_choice"_s, toJson(*request.toolChoice));
    insertOptional(json, u"parallel_tool_calls"_s, request.parallelToolCalls);
    if (request.functions)
        json.insert(u"functions"_s, toolsJson(*request.functions, true));
    if (request.functionCall)
        json.insert(u"function_call"_s, toJson(*request.functionCall));
    if (request.modalities)
        json.insert(u"modalities"_s, QJsonArray::fromStringList(*request.modalities));
    if (request.audio)
        json.insert(u"audio"_s, toJson(*request.audio));
    if (request.prediction)
        json.insert(u"prediction"_s, toJson(*request.prediction));
    insertOptional(json, u"store"_s, request.store);
    if (request.metadata) {
        QJsonObject metadata;
        for (auto it = request.metadata->cbegin(); it != request.metadata->cend(); ++it)
            metadata.insert(it.key(), it.value());
        json.insert(u"metadata"_s, metadata);
    }
    insertOptional(json, u"reasoning_effort"_s, request.reasoningEffort);
    insertOptional(json, u"verbosity"_s, request.verbosity);
    insertOptional(json, u"service_tier"_s, request.serviceTier);
    if (request.webSearchOptions)
        json.insert(u"web_search_options"_s, toJson(*request.webSearchOptions));
    insertOptional(json, u"user"_s, request.user);
    insertOptional(json, u"safety_identifier"_s, request.safetyIdentifier);
    insertOptional(json, u"prompt_cache_key"_s, request.promptCacheKey);
    insertOptional(json, u"prompt_cache_retention"_s, request.promptCacheRetention);
    if (request.promptCacheOptions)
        json.insert(u"prompt_cache_options"_s, toJson(*request.promptCacheOptions));
    if (request.moderation)
        json.insert(u"moderation"_s, toJson(*request.moderation));

    JsonMerge::deepMerge(json, profile.extraBody);
    JsonMerge::deepMerge(json, request.extraBody);
    return json;
}

QStringList validateMetadata(const QMap<QString, QString> &metadata)
{
    QStringList problems;
    if (metadata.size() > MetadataMaxPairs) {
        problems.append(QCoreApplication::translate("ChatRequest",
            "metadata has %1 pairs; at most %n are allowed", nullptr, MetadataMaxPairs)
                            .arg(metadata.size()));
    }
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it.key().size() > MetadataMaxKeyLength) {
            problems.append(QCoreApplication::translate("ChatRequest",
                "metadata key \"%1\" is longer than %n characters", nullptr, MetadataMaxKeyLength)
                                .arg(it.key()));
        }
        if (it.value().size() > MetadataMaxValueLength) {
            problems.append(QCoreApplication::translate("ChatRequest",
                "metadata value of \"%1\" is longer than %n characters", nullptr,
                MetadataMaxValueLength)
                                .arg(it.key()));
        }
    }
    return problems;
}

QStringList validate(const ChatRequest &request)
{
    QStringList problems;
    if (request.messages.isEmpty())
        problems.append(QCoreApplication::translate(
            "ChatRequest", "messages must contain at least one message"));
    if (request.metadata)
        problems.append(validateMetadata(*request.metadata));
    if (request.safetyIdentifier && request.safetyIdentifier->size() > SafetyIdentifierMaxLength) {
        problems.append(QCoreApplication::translate("ChatRequest",
            "safety_identifier is longer than %n characters", nullptr, SafetyIdentifierMaxLength));
    }
    if (request.streamOptions && request.stream != true)
        problems.append(QCoreApplication::translate(
            "ChatRequest", "stream_options is only allowed with stream: true"));
    if (request.topLogprobs && request.logprobs != true)
        problems.append(
            QCoreApplication::translate("ChatRequest", "top_logprobs requires logprobs: true"));
    if (request.audio && !(request.modalities && request.modalities->contains(u"audio"_s)))
        problems.append(QCoreApplication::translate(
            "ChatRequest", "audio output parameters need \"audio\" in modalities"));
    if (request.modalities && request.modalities->contains(u"audio"_s) && !request.audio)
        problems.append(QCoreApplication::translate(
            "ChatRequest", "the audio modality needs audio: {voice, format}"));
    return problems;
}
