// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/StoredFetch.h"

#include <QCoreApplication>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredErrors.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MessagesPageSize = 100;

ApiError errorOf(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}
} // namespace

StoredFetch::StoredFetch(
    ChatClient *client, const QString &id, const QJsonObject &known, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(id)
    , m_completion(known)
{}

void StoredFetch::start()
{
    if (m_completion.isEmpty())
        fetchCompletion();
    else
        fetchMessages({});
}

void StoredFetch::cancel()
{
    if (m_reply)
        m_reply->cancel(); // failed(Cancelled) arrives through the reply
    else if (!m_ended)
        fail(StoredErrors::describe(
                 errorOf(ApiError::Kind::Cancelled), {}, StoredErrors::Context::Item),
            errorOf(ApiError::Kind::Cancelled));
}

void StoredFetch::fetchCompletion()
{
    if (!m_client)
        return fail(QCoreApplication::translate("StoredCompletions", "No client"),
            errorOf(ApiError::Kind::Usage));
    auto reply = m_client->getStored(m_id);
    if (!reply)
        return fail(reply.error().describe(), reply.error());
    m_reply = *reply;
    connect(m_reply, &JsonReply::finished, this, [this, r = m_reply] {
        r->deleteLater();
        m_completion = r->json();
        fetchMessages({});
    });
    connect(m_reply, &JsonReply::failed, this, [this, r = m_reply](const ApiError &error) {
        r->deleteLater();
        fail(StoredErrors::describe(*r, StoredErrors::Context::Item), error);
    });
    m_reply->start();
}

void StoredFetch::fetchMessages(const QString &after)
{
    if (!m_client)
        return fail(QCoreApplication::translate("StoredCompletions", "No client"),
            errorOf(ApiError::Kind::Usage));
    Endpoint::ListQuery query;
    query.after = after;
    query.limit = MessagesPageSize;
    auto reply = m_client->listStoredMessages(m_id, query);
    if (!reply)
        return fail(reply.error().describe(), reply.error());
    m_reply = *reply;
    connect(m_reply, &JsonReply::finished, this, [this, after, r = m_reply] {
        r->deleteLater();
        const QJsonObject page = r->json();
        for (const QJsonValue &item : page.value("data"_L1).toArray())
            m_messages.append(item);
        const QString last = page.value("last_id"_L1).toString();
        if (page.value("has_more"_L1).toBool() && !last.isEmpty() && last != after)
            return fetchMessages(last);
        m_reply.clear();
        m_ended = true;
        Q_EMIT finished();
    });
    connect(m_reply, &JsonReply::failed, this, [this, r = m_reply](const ApiError &error) {
        r->deleteLater();
        fail(StoredErrors::describe(*r, StoredErrors::Context::Item), error);
    });
    m_reply->start();
}

void StoredFetch::fail(const QString &message, const ApiError &error)
{
    m_reply.clear();
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT failed(message, error);
}
