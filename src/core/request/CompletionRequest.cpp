// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/CompletionRequest.h"

#include <functional>

#include <QCoreApplication>
#include <QJsonArray>

#include "core/request/JsonMerge.h"
#include "core/request/JsonRead.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

namespace {
template <typename T>
void insertOptional(QJsonObject &json, const QString &key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

QJsonValue stringOrList(const std::variant<QString, QStringList> &value)
{
    if (const auto *single = std::get_if<QString>(&value))
        return *single;
    return QJsonArray::fromStringList(std::get<QStringList>(value));
}

struct Field
{
    std::function<QString(CompletionRequest &, const QJsonValue &, const QString &)> set;
    std::function<void(CompletionRequest &)> clear;
};

template <typename T, typename Reader>
Field field(std::optional<T> CompletionRequest::*member, Reader reader)
{
    const auto set = [member, reader](
                         CompletionRequest &request, const QJsonValue &value, const QString &key) {
        const auto read = reader(value, key);
        if (!read)
            return read.error();
        request.*member = T(*read);
        return QString();
    };
    return { set, [member](CompletionRequest &request) {
                (request.*member).reset();
            } };
}

const QHash<QString, Field> &fields()
{
    using R = CompletionRequest;
    static const QHash<QString, Field> table{
        { u"model"_s, field(&R::model, JsonRead::string) },
        { u"prompt"_s, field(&R::prompt, JsonRead::stringOrList) },
        { u"suffix"_s, field(&R::suffix, JsonRead::string) },
        { u"echo"_s, field(&R::echo, JsonRead::boolean) },
        { u"best_of"_s, field(&R::bestOf, JsonRead::int32) },
        { u"logprobs"_s, field(&R::logprobs, JsonRead::int32) },
        { u"n"_s, field(&R::n, JsonRead::int32) },
        { u"max_tokens"_s, field(&R::maxTokens, JsonRead::integer) },
        { u"max_completion_tokens"_s, field(&R::maxTokens, JsonRead::integer) },
        { u"temperature"_s, field(&R::temperature, JsonRead::number) },
        { u"top_p"_s, field(&R::topP, JsonRead::number) },
        { u"frequency_penalty"_s, field(&R::frequencyPenalty, JsonRead::number) },
        { u"presence_penalty"_s, field(&R::presencePenalty, JsonRead::number) },
        { u"seed"_s, field(&R::seed, JsonRead::integer) },
        { u"stop"_s, field(&R::stop, JsonRead::stringOrList) },
        { u"stream"_s, field(&R::stream, JsonRead::boolean) },
        { u"stream_options"_s, field(&R::streamOptions, streamOptionsFromJson) },
        { u"logit_bias"_s, field(&R::logitBias, JsonRead::intMap) },
        { u"user"_s, field(&R::user, JsonRead::string) },
    };
    return table;
}
} // namespace

QJsonObject toJson(const CompletionRequest &request, const ProviderProfile &profile)
{
    QJsonObject json;
    insertOptional(json, u"model"_s, request.model);
    if (request.prompt)
        json.insert(u"prompt"_s, stringOrList(*request.prompt));
    insertOptional(json, u"suffix"_s, request.suffix);
    insertOptional(json, u"echo"_s, request.echo);
    insertOptional(json, u"best_of"_s, request.bestOf);
    insertOptional(json, u"logprobs"_s, request.logprobs);
    insertOptional(json, u"n"_s, request.n);
    insertOptional(json, u"max_tokens"_s, request.maxTokens);
    insertOptional(json, u"temperature"_s, request.temperature);
    insertOptional(json, u"top_p"_s, request.topP);
    insertOptional(json, u"frequency_penalty"_s, request.frequencyPenalty);
    insertOptional(json, u"presence_penalty"_s, request.presencePenalty);
    insertOptional(json, u"seed"_s, request.seed);
    if (request.stop)
        json.insert(u"stop"_s, stringOrList(*request.stop));
    insertOptional(json, u"stream"_s, request.stream);
    if (request.streamOptions) {
        QJsonObject options;
        insertOptional(options, u"include_usage"_s, request.streamOptions->includeUsage);
        insertOptional(
            options, u"include_obfuscation"_s, request.streamOptions->includeObfuscation);
        json.insert(u"stream_options"_s, options);
    }
    if (request.logitBias) {
        QJsonObject bias;
        for (auto it = request.logitBias->cbegin(); it != request.logitBias->cend(); ++it)
            bias.insert(it.key(), it.value());
        json.insert(u"logit_bias"_s, bias);
    }
    insertOptional(json, u"user"_s, request.user);
    JsonMerge::deepMerge(json, profile.extraBody);
    JsonMerge::deepMerge(json, request.extraBody);
    return json;
}

QStringList validate(const CompletionRequest &request)
{
    QStringList problems;
    if (!request.prompt && !request.extraBody.contains(u"prompt"_s))
        problems.append(QCoreApplication::translate("ChatRequest", "prompt is required"));
    if (request.bestOf && request.stream == true)
        problems.append(
            QCoreApplication::translate("ChatRequest", "best_of cannot be used with stream: true"));
    if (request.bestOf && request.n && *request.bestOf < *request.n)
        problems.append(
            QCoreApplication::translate("ChatRequest", "best_of must not be less than n"));
    if (request.streamOptions && request.stream != true)
        problems.append(QCoreApplication::translate(
            "ChatRequest", "stream_options is only allowed with stream: true"));
    return problems;
}

QString applyParam(CompletionRequest &request, const QString &key, const QJsonValue &value)
{
    if (key.isEmpty())
        return QCoreApplication::translate("ChatRequest", "parameter name is empty");
    const auto it = fields().constFind(key);
    if (it == fields().constEnd()) {
        request.extraBody.insert(key, value);
        return {};
    }
    if (value.isNull()) {
        it->clear(request);
        return {};
    }
    return it->set(request, value, key);
}
