// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include "FakeResponse.h"
#include "RecordedRequest.h"

class FakeOpenAiServer;

//! A stateful, in-memory stored-completions API (protocol.md §5) for FakeOpenAiServer:
//! GET /chat/completions (after, limit, order, model, metadata[k]=v; has_more, first_id, last_id),
//! GET/POST/DELETE /chat/completions/{id}, GET /chat/completions/{id}/messages (after, limit,
//! order). Filters are applied here, server-side, like OpenAI does. Metadata updates are
//! validated like OpenAI (16 pairs, keys ≤ 64, values ≤ 512 characters, strings only → 400).
//! install() makes the server ask this object first; anything else passes on to the script.
//! A POST /chat/completions with "store": true is kept (its messages, model and metadata, with a
//! placeholder answer) and then passed on, so completions made in the chat show up in the list.
class FakeStoredCompletions
{
public:
    struct Item
    {
        QJsonObject completion; //!< the chat.completion object (id, created, model, metadata, …)
        QJsonArray messages; //!< the request messages, each with an id
        QString id; //!< completion's id
    };

    //! Generates `count` completions (see generate()).
    explicit FakeStoredCompletions(int count = 0);

    //! Appends `count` generated completions: ids "chatcmpl-stored-00000"…, created one minute
    //! apart (oldest first), models cycling gpt-4o-mini / gpt-4.1 / gpt-5.4, metadata
    //! {app: kaiwa, user: user-<i % 5>, topic: <even|odd>}, 1 to 5 request messages (system
    //! first for every fourth), one assistant answer and usage.
    void generate(int count);
    //! Adds one completion (its "id" must be unique) with its request messages (ids set when
    //! missing or empty: "<completion id>-<index>").
    void add(QJsonObject completion, QJsonArray messages);

    //! Lets `server` answer these routes from this object (the object must outlive it).
    void install(FakeOpenAiServer &server);
    //! The answer for a stored-completions request, or nullopt when it is not one.
    std::optional<FakeResponse> handle(const RecordedRequest &request);

    //! DELETE of these ids answers 500 (the item stays).
    void setFailingDeletes(const QSet<QString> &ids) { m_failingDeletes = ids; }

    //! Every stored-completions request answers `status` (403: no permission; 404: the server
    //! has no such API). 0 turns it off.
    void setUnsupported(int status) { m_unsupportedStatus = status; }

    //! The next `count` requests answer 429 with "retry-after: <seconds>".
    void setRateLimited(int count, int retryAfterSeconds)
    {
        m_rateLimitCount = count;
        m_retryAfter = retryAfterSeconds;
    }

    int count() const { return int(m_items.size()); }

    bool contains(const QString &id) const { return indexOf(id) >= 0; }

    //! The stored completion (empty if unknown).
    QJsonObject completion(const QString &id) const;
    QJsonArray messages(const QString &id) const;

    QList<Item> items() const { return m_items; }

private:
    int indexOf(const QString &id) const;
    void record(const QJsonObject &request);
    FakeResponse list(const QUrlQuery &query) const;
    FakeResponse listMessages(const Item &item, const QUrlQuery &query) const;
    FakeResponse update(int index, const QByteArray &body);

    QList<Item> m_items; //!< oldest first
    QSet<QString> m_failingDeletes;
    int m_unsupportedStatus = 0;
    int m_rateLimitCount = 0;
    int m_retryAfter = 0;
};
