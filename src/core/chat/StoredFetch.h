// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "core/api/ApiError.h"

class ChatClient;
class JsonReply;

//! Fetches one stored completion with all its request messages: GET /chat/completions/{id}
//! (skipped when the object is already known) and GET …/messages page by page (100 at a time,
//! after = last_id while has_more). Ends with exactly one of finished() or failed().
class StoredFetch final : public QObject
{
    Q_OBJECT
public:
    StoredFetch(ChatClient *client, const QString &id, const QJsonObject &known = {},
        QObject *parent = nullptr);

    void start();
    //! Stops; failed(Cancelled) follows unless already ended.
    void cancel();

    const QString &id() const { return m_id; }

    const QJsonObject &completion() const { return m_completion; }

    const QJsonArray &messages() const { return m_messages; }

Q_SIGNALS:
    void finished();
    //! `message` in the user's language (StoredErrors, Item context).
    void failed(const QString &message, const ApiError &error);

private:
    void fetchCompletion();
    void fetchMessages(const QString &after);
    void fail(const QString &message, const ApiError &error);

    QPointer<ChatClient> m_client;
    QString m_id;
    QJsonObject m_completion;
    QJsonArray m_messages;
    QPointer<JsonReply> m_reply;
    bool m_ended = false;
};
