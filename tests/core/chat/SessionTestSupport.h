// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by tst_chatsession and tst_chatsessionstore: a real ConversationStore on a file in a
// QTemporaryDir, a real MessageModel under QAbstractItemModelTester, a real ChatClient over
// loopback to FakeOpenAiServer, and the ChatSession that joins them.
#pragma once

#include <memory>

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/api/ChatClient.h"
#include "core/chat/ChatSession.h"
#include "core/models/MessageModel.h"
#include "core/settings/ProviderProfile.h"
#include "core/storage/ConversationStore.h"
#include "support/FakeOpenAiServer.h"

namespace SessionTest {
inline const QString kServedModel = QStringLiteral("gpt-4o-mini-2024-07-18");

//! One chat.completion.chunk; `choices` is the JSON text of the choices array.
inline QByteArray chunk(const QByteArray &choices, const QByteArray &extra = {})
{
    return R"({"id":"chatcmpl-s","object":"chat.completion.chunk","created":1700000000,"model":")"
        + kServedModel.toUtf8() + R"(","choices":)" + choices + extra + "}";
}

inline QByteArray contentChunk(const QString &text, int index = 0)
{
    const QByteArray escaped = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
    return chunk(R"([{"index":)" + QByteArray::number(index) + R"(,"delta":{"content":)"
        + escaped.mid(1, escaped.size() - 2) + R"(},"finish_reason":null}])");
}

inline QByteArray finishChunk(const QByteArray &reason = "stop", int index = 0)
{
    return chunk(R"([{"index":)" + QByteArray::number(index) + R"(,"delta":{},"finish_reason":")"
        + reason + R"("}])");
}

inline const QByteArray kUsageJson =
    R"({"prompt_tokens":12,"completion_tokens":7,"total_tokens":19})";

inline QByteArray usageChunk()
{
    return chunk("[]", R"(,"usage":)" + kUsageJson);
}

//! Content deltas, a finish chunk, a usage chunk and [DONE].
inline FakeResponse answer(const QStringList &deltas, const QByteArray &finish = "stop")
{
    QList<QByteArray> payloads;
    for (const QString &delta : deltas)
        payloads.append(contentChunk(delta));
    payloads << finishChunk(finish) << usageChunk() << QByteArrayLiteral("[DONE]");
    return FakeResponse::sse(payloads);
}

inline QJsonArray sentMessages(const RecordedRequest &request)
{
    return request.json().value(QLatin1String("messages")).toArray();
}

//! (role, content) of each message sent, e.g. "user: こんにちは".
inline QStringList sentTurns(const RecordedRequest &request)
{
    QStringList turns;
    for (const QJsonValue &value : sentMessages(request)) {
        const QJsonObject m = value.toObject();
        turns << m.value(QLatin1String("role")).toString() + QStringLiteral(": ")
                + m.value(QLatin1String("content")).toString();
    }
    return turns;
}

//! Runs the event loop for `ms` (a QEventLoop, not QTest::qWait's sleeps).
inline void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

//! Everything one test needs, torn down in the right order.
struct Fixture
{
    Fixture()
    {
        store.open(dbPath());
        client = std::make_unique<ChatClient>(nam, profile(), QStringLiteral("sk-test"));
        session.setClient(client.get());
    }

    ~Fixture()
    {
        session.stop();
        session.setClient(nullptr);
    }

    QString dbPath() const { return dir.filePath(QStringLiteral("kaiwa.sqlite3")); }

    ProviderProfile profile() const
    {
        ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
        p.name = QStringLiteral("fake");
        p.baseUrl = server.baseUrl();
        p.defaultModel = QStringLiteral("gpt-4o-mini");
        return p;
    }

    //! The model's row `row` for `role`.
    QVariant data(int row, MessageModel::Role role) const
    {
        return model.data(model.index(row), role);
    }

    QString text(int row) const { return data(row, MessageModel::TextRole).toString(); }

    Conversation::State state(int row) const
    {
        return data(row, MessageModel::StateRole).value<Conversation::State>();
    }

    qint64 id(int row) const { return data(row, MessageModel::IdRole).toLongLong(); }

    QTemporaryDir dir;
    ConversationStore store;
    MessageModel model;
    QAbstractItemModelTester tester{ &model,
        QAbstractItemModelTester::FailureReportingMode::QtTest };
    FakeOpenAiServer server;
    QNetworkAccessManager nam;
    std::unique_ptr<ChatClient> client;
    ChatSession session{ store, model };
};

inline Conversation::Settings settings()
{
    Conversation::Settings s;
    s.profile = QStringLiteral("fake");
    s.model = QStringLiteral("gpt-4o-mini");
    s.systemPrompt = QStringLiteral("あなたは親切なアシスタントです。");
    s.parameters =
        QJsonObject{ { QStringLiteral("temperature"), 0.3 }, { QStringLiteral("seed"), 42 } };
    return s;
}

inline QList<Conversation::Part> say(const QString &text)
{
    Conversation::Part part;
    part.text = text;
    return { part };
}
} // namespace SessionTest
