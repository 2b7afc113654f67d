// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// applyParam(): `--param KEY=JSON` onto the typed ChatRequest fields.
#include <functional>

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/request/ChatRequest.h"
#include "core/request/JsonRead.h"

using namespace Qt::StringLiterals;

namespace {
//! How one key is written (typed read with an English error) and how it is unset again.
struct Field
{
    std::function<QString(ChatRequest &, const QJsonValue &, const QString &)> set;
    std::function<void(ChatRequest &)> clear;
};

template <typename T, typename Reader>
Field scalar(std::optional<T> ChatRequest::*member, Reader reader)
{
    const auto set = [member, reader](
                         ChatRequest &request, const QJsonValue &value, const QString &key) {
        const auto read = reader(value, key);
        if (!read)
            return read.error();
        request.*member = T(*read);
        return QString();
    };
    return { set, [member](ChatRequest &request) {
                (request.*member).reset();
            } };
}

//! A list of typed items read one by one with `reader(item, "key[i]")`.
template <typename T, typename Reader>
Field list(std::optional<QList<T>> ChatRequest::*member, Reader reader)
{
    const auto set = [member, reader](
                         ChatRequest &request, const QJsonValue &value, const QString &key) {
        const auto array = JsonRead::array(value, key);
        if (!array)
            return array.error();
        QList<T> items;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const auto item = reader(array->at(i), JsonRead::item(key, i));
            if (!item)
                return item.error();
            items.append(*item);
        }
        request.*member = items;
        return QString();
    };
    return { set, [member](ChatRequest &request) {
                (request.*member).reset();
            } };
}

std::expected<AudioOutput, QString> readAudio(const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    AudioOutput audio;
    const QJsonValue voice = object->value(u"voice"_s);
    if (voice.isString())
        audio.voice = voice.toString();
    else if (voice.isObject() && voice.toObject().value(u"id"_s).isString())
        audio.voiceId = voice.toObject().value(u"id"_s).toString();
    else
        return std::unexpected(QCoreApplication::translate(
            "ChatRequest", "%1.voice must be a voice name or {\"id\": …}")
                                   .arg(key));
    const auto format = JsonRead::string(object->value(u"format"_s), key + u".format"_s);
    if (!format)
        return std::unexpected(format.error());
    audio.format = *format;
    return audio;
}

std::expected<Prediction, QString> readPrediction(const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue content = object->value(u"content"_s);
    if (content.isString())
        return Prediction{ content.toString(), {} };
    Prediction prediction;
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto part = messagePartFromJson(parts.at(i), JsonRead::item(key + u".content"_s, i));
        if (!part || part->type != MessagePart::Type::Text)
            return std::unexpected(QCoreApplication::translate(
                "ChatRequest", "%1.content must be a string or a list of text parts")
                                       .arg(key));
        prediction.parts.append(part->text);
    }
    if (prediction.parts.isEmpty())
        return std::unexpected(QCoreApplication::translate(
            "ChatRequest", "%1.content must be a string or a list of text parts")
                                   .arg(key));
    return prediction;
}

std::expected<WebSearchOptions, QString> readWebSearch(const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    WebSearchOptions options;
    if (auto r = JsonRead::optional(
            *object, u"search_context_size"_s, key, JsonRead::string, options.searchContextSize);
        !r)
        return std::unexpected(r.error());
    const QJsonValue location = object->value(u"user_location"_s);
    if (location.isUndefined() || location.isNull())
        return options;
    const QString path = key + u".user_location.approximate"_s;
    const auto approximate = JsonRead::object(location.toObject().value(u"approximate"_s), path);
    if (!approximate)
        return std::unexpected(approximate.error());
    options.hasUserLocation = true;
    for (auto [name, target] : { std::pair{ u"country"_s, &options.country },
             std::pair{ u"region"_s, &options.region }, std::pair{ u"city"_s, &options.city },
             std::pair{ u"timezone"_s, &options.timezone } }) {
        if (auto r = JsonRead::optional(*approximate, name, path, JsonRead::string, *target); !r)
            return std::unexpected(r.error());
    }
    return options;
}

std::expected<PromptCacheOptions, QString> readPromptCache(
    const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    PromptCacheOptions options;
    if (auto r = JsonRead::optional(*object, u"ttl"_s, key, JsonRead::string, options.ttl); !r)
        return std::unexpected(r.error());
    if (auto r = JsonRead::optional(*object, u"mode"_s, key, JsonRead::string, options.mode); !r)
        return std::unexpected(r.error());
    return options;
}

std::expected<ModerationOptions, QString> readModeration(
    const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    const auto model = JsonRead::string(object->value(u"model"_s), key + u".model"_s);
    if (!model)
        return std::unexpected(model.error());
    ModerationOptions options;
    options.model = *model;
    const QJsonObject policy = object->value(u"policy"_s).toObject();
    const auto mode = [&](const QString &side) -> std::optional<QString> {
        const QJsonValue v = policy.value(side).toObject().value(u"mode"_s);
        return v.isString() ? std::optional(v.toString()) : std::nullopt;
    };
    options.inputMode = mode(u"input"_s);
    options.outputMode = mode(u"output"_s);
    return options;
}

const QHash<QString, Field> &setters()
{
    static const QHash<QString, Field> table{
        { u"model"_s, scalar(&ChatRequest::model, JsonRead::string) },
        { u"temperature"_s, scalar(&ChatRequest::temperature, JsonRead::number) },
        { u"top_p"_s, scalar(&ChatRequest::topP, JsonRead::number) },
        { u"frequency_penalty"_s, scalar(&ChatRequest::frequencyPenalty, JsonRead::number) },
        { u"presence_penalty"_s, scalar(&ChatRequest::presencePenalty, JsonRead::number) },
        { u"max_tokens"_s, scalar(&ChatRequest::maxTokens, JsonRead::integer) },
        { u"max_completion_tokens"_s, scalar(&ChatRequest::maxTokens, JsonRead::integer) },
        { u"n"_s, scalar(&ChatRequest::n, JsonRead::int32) },
        { u"stop"_s, scalar(&ChatRequest::stop, JsonRead::stringOrList) },
        { u"stream"_s, scalar(&ChatRequest::stream, JsonRead::boolean) },
        { u"stream_options"_s, scalar(&ChatRequest::streamOptions, streamOptionsFromJson) },
        { u"logprobs"_s, scalar(&ChatRequest::logprobs, JsonRead::boolean) },
        { u"top_logprobs"_s, scalar(&ChatRequest::topLogprobs, JsonRead::int32) },
        { u"logit_bias"_s, scalar(&ChatRequest::logitBias, JsonRead::intMap) },
        { u"seed"_s, scalar(&ChatRequest::seed, JsonRead::integer) },
        { u"response_format"_s, scalar(&ChatRequest::responseFormat, responseFormatFromJson) },
        { u"tools"_s, list(&ChatRequest::tools, toolFromJson) },
        { u"tool_choice"_s, scalar(&ChatRequest::toolChoice, toolChoiceFromJson) },
        { u"parallel_tool_calls"_s, scalar(&ChatRequest::parallelToolCalls, JsonRead::boolean) },
        { u"functions"_s, list(&ChatRequest::functions, functionFromJson) },
        { u"function_call"_s, scalar(&ChatRequest::functionCall, functionCallFromJson) },
        { u"modalities"_s, scalar(&ChatRequest::modalities, JsonRead::stringList) },
        { u"audio"_s, scalar(&ChatRequest::audio, readAudio) },
        { u"prediction"_s, scalar(&ChatRequest::prediction, readPrediction) },
        { u"store"_s, scalar(&ChatRequest::store, JsonRead::boolean) },
        { u"metadata"_s, scalar(&ChatRequest::metadata, JsonRead::stringMap) },
        { u"reasoning_effort"_s, scalar(&ChatRequest::reasoningEffort, JsonRead::string) },
        { u"verbosity"_s, scalar(&ChatRequest::verbosity, JsonRead::string) },
        { u"service_tier"_s, scalar(&ChatRequest::serviceTier, JsonRead::string) },
        { u"web_search_options"_s, scalar(&ChatRequest::webSearchOptions, readWebSearch) },
        { u"user"_s, scalar(&ChatRequest::user, JsonRead::string) },
        { u"safety_identifier"_s, scalar(&ChatRequest::safetyIdentifier, JsonRead::string) },
        { u"prompt_cache_key"_s, scalar(&ChatRequest::promptCacheKey, JsonRead::string) },
        { u"prompt_cache_retention"_s,
            scalar(&ChatRequest::promptCacheRetention, JsonRead::string) },
        { u"prompt_cache_options"_s, scalar(&ChatRequest::promptCacheOptions, readPromptCache) },
        { u"moderation"_s, scalar(&ChatRequest::moderation, readModeration) },
    };
    return table;
}
} // namespace

QString applyParam(ChatRequest &request, const QString &key, const QJsonValue &value)
{
    if (key.isEmpty())
        return QCoreApplication::translate("ChatRequest", "parameter name is empty");
    if (key == u"messages"_s) {
        const auto array = JsonRead::array(value, key);
        if (!array)
            return array.error();
        QList<RequestMessage> messages;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const auto message = messageFromJson(array->at(i), JsonRead::item(key, i));
            if (!message)
                return message.error();
            messages.append(*message);
        }
        request.messages = messages;
        return {};
    }
    const auto field = setters().constFind(key);
    if (field == setters().constEnd()) {
        request.extraBody.insert(key, value);
        return {};
    }
    // An explicit null means "don't send it" (Kaiwa sends only what the user set); a null the
    // server must really see can still go through extraBody.
    if (value.isNull()) {
        field->clear(request);
        return {};
    }
    return field->set(request, value, key);
}

QJsonValue parseParamValue(const QString &text)
{
    // Wrapping in [] lets the parser accept scalars (0.2, true, "x") as well as objects and lists.
    QByteArray json = text.toUtf8();
    json.prepend('[').append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

std::expected<StreamOptions, QString> streamOptionsFromJson(
    const QJsonValue &value, const QString &key)
{
    const auto object = JsonRead::object(value, key);
    if (!object)
        return std::unexpected(object.error());
    StreamOptions options;
    if (auto r = JsonRead::optional(
            *object, u"include_usage"_s, key, JsonRead::boolean, options.includeUsage);
        !r)
        return std::unexpected(r.error());
    if (auto r = JsonRead::optional(
            *object, u"include_obfuscation"_s, key, JsonRead::boolean, options.includeObfuscation);
        !r)
        return std::unexpected(r.error());
    return options;
}
