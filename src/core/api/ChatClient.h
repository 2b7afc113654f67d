// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QMap>
#include <QObject>

#include "core/api/ApiReply.h"
#include "core/api/ChatStream.h"
#include "core/request/Endpoint.h"
#include "core/settings/ProviderProfile.h"

class JsonReply;
struct ChatRequest;
struct CompletionRequest;

//! Talks to one provider profile: builds requests (Endpoint, ChatRequest) and hands out one
//! reply object per request, parented to the client. Each reply must be start()ed by the caller
//! after connecting its signals. The API key is held in memory only and never logged.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)
public:
    ChatClient(QNetworkAccessManager &nam, const ProviderProfile &profile, const QString &apiKey,
        QObject *parent = nullptr);

    const ProviderProfile &profile() const { return m_profile; }

    void setOptions(const ApiReply::Options &options) { m_options = options; }

    const ApiReply::Options &options() const { return m_options; }

    //! POST /chat/completions. Streams when request.stream is true; otherwise the reply holds the
    //! server's object. Fails only for a request that cannot be built (e.g. no Azure deployment).
    std::expected<ChatStream *, ApiError> chat(const ChatRequest &request);
    //! POST /completions (legacy).
    std::expected<ChatStream *, ApiError> complete(const CompletionRequest &request);
    std::expected<JsonReply *, ApiError> listModels();
    std::expected<JsonReply *, ApiError> listStored(const Endpoint::ListQuery &query);
    std::expected<JsonReply *, ApiError> getStored(const QString &id);
    std::expected<JsonReply *, ApiError> updateStored(
        const QString &id, const QMap<QString, QString> &metadata);
    std::expected<JsonReply *, ApiError> deleteStored(const QString &id);
    std::expected<JsonReply *, ApiError> listStoredMessages(
        const QString &id, const Endpoint::ListQuery &query);

private:
    std::expected<QNetworkRequest, ApiError> build(const Endpoint::Call &call) const;
    template <typename Request>
    std::expected<ChatStream *, ApiError> stream(
        const Request &request, Endpoint::Operation operation, ChatStream::Kind kind);
    std::expected<JsonReply *, ApiError> json(
        const Endpoint::Call &call, const QByteArray &body = {});

    QNetworkAccessManager &m_nam;
    ProviderProfile m_profile;
    QString m_apiKey;
    ApiReply::Options m_options;
};
