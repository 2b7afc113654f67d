// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ConnectionTester.h"

#include <QJsonArray>
#include <QTimer>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/net/ProfileNetwork.h"
#include "core/request/ChatRequest.h"

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

ConnectionTester::~ConnectionTester()
{
    if (m_reply)
        m_reply->disconnect(this);
    delete m_client;
    delete m_network;
}

bool ConnectionTester::isRunning() const
{
    return m_reply && !m_reply->isFinished();
}

void ConnectionTester::start(Check check, const ProviderProfile &profile, const QString &apiKey,
    const QString &proxyPassword)
{
    cancel();
    delete m_client;
    delete m_network;
    Result base;
    base.check = check;
    // A child of the shared manager: the request inspector sees the test too.
    auto network = ProfileNetwork::create(profile, proxyPassword, &m_nam);
    if (!network) {
        base.error = network.error();
        QTimer::singleShot(0, this, [this, base] { conclude(base); });
        return;
    }
    m_network = *network;
    m_client = new ChatClient(**network, profile, apiKey, this);
    m_client->setOptions({ .maxRetries = 0, .timeoutMs = m_timeoutMs });

    ApiReply *reply = nullptr;
    if (check == Check::Models) {
        auto models = m_client->listModels();
        if (!models) {
            base.error = models.error();
        } else {
            reply = *models;
            connect(*models, &ApiReply::finished, this, [this, base, r = *models]() mutable {
                const QJsonArray data = r->json().value(u"data"_s).toArray();
                for (const QJsonValue &model : data)
                    base.modelIds.append(model.toObject().value(u"id"_s).toString());
                conclude(base);
            });
        }
    } else {
        ChatRequest request;
        request.messages.append(RequestMessage::user(u"Say hello"_s));
        request.stream = false;
        auto chat = m_client->chat(request);
        if (!chat) {
            base.error = chat.error();
        } else {
            reply = *chat;
            connect(*chat, &ApiReply::finished, this, [this, base, r = *chat]() mutable {
                const QJsonObject result = r->result();
                base.model = result.value(u"model"_s).toString();
                base.answer = result.value(u"choices"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"message"_s)
                                  .toObject()
                                  .value(u"content"_s)
                                  .toString();
                conclude(base);
            });
        }
    }
    if (!reply) {
        // Could not even build the request (no deployment, bad URL): report from the event
        // loop so callers see the same order as for a real answer.
        QTimer::singleShot(0, this, [this, base] { conclude(base); });
        return;
    }
    connect(reply, &ApiReply::failed, this, [this, base](const ApiError &error) mutable {
        base.error = error;
        conclude(base);
    });
    m_reply = reply;
    reply->start();
}

void ConnectionTester::cancel()
{
    if (isRunning())
        m_reply->cancel();
}

void ConnectionTester::conclude(Result result)
{
    m_reply = nullptr;
    Q_EMIT finished(result);
}
