// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/StoredFirstMessages.h"

#include <QJsonArray>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredConversation.h"
#include "core/models/StoredCompletionModel.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxInFlight = 2;
constexpr qsizetype MaxQueued = 64;
} // namespace

StoredFirstMessages::StoredFirstMessages(StoredCompletionModel *model)
    : QObject(model)
    , m_model(model)
{}

void StoredFirstMessages::request(const QString &id)
{
    if (m_known.contains(id))
        return;
    m_known.insert(id);
    m_queue.append(id);
    if (m_queue.size() > MaxQueued)
        m_known.remove(m_queue.takeFirst());
    if (!m_pumpScheduled) {
        // Never from inside data(): a failure would change the model while a view reads it.
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &StoredFirstMessages::pump, Qt::QueuedConnection);
    }
}

void StoredFirstMessages::clear()
{
    m_queue.clear();
    m_known.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<JsonReply> &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
        }
    }
}

void StoredFirstMessages::pump()
{
    m_pumpScheduled = false;
    m_inFlight.removeAll(nullptr);
    ChatClient *client = m_model->client();
    while (client && m_inFlight.size() < MaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeLast(); // the row asked for last is most likely visible
        Endpoint::ListQuery query;
        query.limit = 5;
        auto reply = client->listStoredMessages(id, query);
        if (!reply) {
            m_known.remove(id);
            m_model->setFirstUser(id, {});
            continue;
        }
        JsonReply *r = *reply;
        m_inFlight.append(r);
        connect(r, &JsonReply::finished, this, [this, r, id] {
            r->deleteLater();
            m_inFlight.removeAll(r);
            m_known.remove(id);
            QString text;
            for (const QJsonValue &value : r->json().value("data"_L1).toArray()) {
                const QJsonObject message = value.toObject();
                if (message.value("role"_L1).toString() == "user"_L1) {
                    text = StoredConversation::messageFromJson(message).text();
                    break;
                }
            }
            m_model->setFirstUser(id, text);
            pump();
        });
        connect(r, &JsonReply::failed, this, [this, r, id](const ApiError &) {
            r->deleteLater();
            m_inFlight.removeAll(r);
            m_known.remove(id);
            m_model->setFirstUser(id, {}); // shown empty; no retry storm over a broken API
            pump();
        });
        r->start();
    }
}
