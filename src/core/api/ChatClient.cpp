// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ChatClient.h"

#include <QJsonDocument>

#include "core/api/ChatStream.h"
#include "core/api/JsonReply.h"
#include "core/request/ChatRequest.h"
#include "core/request/CompletionRequest.h"

namespace {
ApiError usageError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Usage;
    error.message = message;
    return error;
}

Endpoint::Call makeCall(
    Endpoint::Operation operation, const QString &id = {}, const Endpoint::ListQuery &query = {})
{
    Endpoint::Call call;
    call.operation = operation;
    call.id = id;
    call.query = query;
    return call;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

ChatClient::ChatClient(QNetworkAccessManager &nam, const ProviderProfile &profile,
    const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
    , m_apiKey(apiKey)
{}

std::expected<QNetworkRequest, ApiError> ChatClient::build(const Endpoint::Call &call) const
{
    auto request = Endpoint::request(m_profile, m_apiKey, call);
    if (!request)
        return std::unexpected(usageError(request.error()));
    return *request;
}

template <typename Request>
std::expected<ChatStream *, ApiError> ChatClient::stream(
    const Request &given, Endpoint::Operation operation, ChatStream::Kind kind)
{
    // The profile's default model is a default for the body too, not only for Azure's URL.
    Request request = given;
    if (!request.model && !m_profile.defaultModel.isEmpty())
        request.model = m_profile.defaultModel;
    const QStringList problems = validate(request);
    if (!problems.isEmpty())
        return std::unexpected(usageError(problems.join(QStringLiteral("; "))));
    Endpoint::Call call;
    call.operation = operation;
    call.model = request.model.value_or(QString());
    call.streaming = request.stream.value_or(false);
    const auto network = build(call);
    if (!network)
        return std::unexpected(network.error());
    auto *stream =
        new ChatStream(m_nam, *network, compact(toJson(request, m_profile)), kind, m_options, this);
    stream->setExpectedChoices(request.n.value_or(1));
    return stream;
}

std::expected<ChatStream *, ApiError> ChatClient::chat(const ChatRequest &request)
{
    return stream(request, Endpoint::Operation::ChatCompletions, ChatStream::Kind::Chat);
}

std::expected<ChatStream *, ApiError> ChatClient::complete(const CompletionRequest &request)
{
    return stream(request, Endpoint::Operation::Completions, ChatStream::Kind::TextCompletion);
}

std::expected<JsonReply *, ApiError> ChatClient::json(
    const Endpoint::Call &call, const QByteArray &body)
{
    const auto network = build(call);
    if (!network)
        return std::unexpected(network.error());
    return new JsonReply(m_nam, *network, Endpoint::verb(call.operation), body, m_options, this);
}

std::expected<JsonReply *, ApiError> ChatClient::listModels()
{
    return json(makeCall(Endpoint::Operation::Models));
}

std::expected<JsonReply *, ApiError> ChatClient::listStored(const Endpoint::ListQuery &query)
{
    return json(makeCall(Endpoint::Operation::StoredList, {}, query));
}

std::expected<JsonReply *, ApiError> ChatClient::getStored(const QString &id)
{
    return json(makeCall(Endpoint::Operation::StoredGet, id));
}

std::expected<JsonReply *, ApiError> ChatClient::updateStored(
    const QString &id, const QMap<QString, QString> &metadata)
{
    QJsonObject map;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        map.insert(it.key(), it.value());
    return json(makeCall(Endpoint::Operation::StoredUpdate, id),
        compact(QJsonObject{ { QStringLiteral("metadata"), map } }));
}

std::expected<JsonReply *, ApiError> ChatClient::deleteStored(const QString &id)
{
    return json(makeCall(Endpoint::Operation::StoredDelete, id));
}

std::expected<JsonReply *, ApiError> ChatClient::listStoredMessages(
    const QString &id, const Endpoint::ListQuery &query)
{
    return json(makeCall(Endpoint::Operation::StoredMessages, id, query));
}
