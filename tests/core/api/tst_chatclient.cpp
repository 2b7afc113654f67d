// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatClient over real loopback HTTP against FakeOpenAiServer: streamed and plain answers, the
// request on the wire, legacy completions, models, stored completions, keep-alive.
// Failures, retries, timeouts and cancellation are in tst_chaterrors.
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include "ChatTestSupport.h"
#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/request/CompletionRequest.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

namespace {
QJsonObject expectedCompletion(const QString &text)
{
    return QJsonObject{ { u"id"_s, u"chatcmpl-fake"_s }, { u"object"_s, u"chat.completion"_s },
        { u"created"_s, 1700000000 }, { u"model"_s, u"gpt-4o-mini"_s },
        { u"choices"_s,
            QJsonArray{ QJsonObject{ { u"index"_s, 0 },
                { u"message"_s,
                    QJsonObject{ { u"role"_s, u"assistant"_s }, { u"content"_s, text } } },
                { u"finish_reason"_s, u"stop"_s } } } } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedChatInPieces_data();
    void streamedChatInPieces();
    void requestOnTheWire();
    void profileDefaultModelIsSent();
    void nonStreamedChat();
    void serverIgnoresStream();
    void legacyCompletionStream();
    void listModels();
    void storedCompletions();
    void keepAliveReusesConnection();

private:
    QNetworkAccessManager m_nam;
};

void TestChatClient::streamedChatInPieces_data()
{
    QTest::addColumn<int>("fragmentSize");
    QTest::addRow("one event per read") << 0;
    QTest::addRow("1-byte reads") << 1;
    QTest::addRow("3-byte reads") << 3;
    QTest::addRow("7-byte reads") << 7;
}

void TestChatClient::streamedChatInPieces()
{
    QFETCH(int, fragmentSize);
    FakeOpenAiServer server;
    QVERIFY(server.isListening());
    // 3-byte UTF-8 characters: fragments of 1, 3 and 7 bytes cut them in the middle.
    const QStringList deltas{ u"こんに"_s, u"ちは、"_s, u"世界！ 🌏"_s };
    FakeResponse response = FakeResponse::chatStream(deltas);
    // Whole events far enough apart that even a loaded CI machine reads them separately.
    if (fragmentSize > 0)
        response.withFragmentSize(fragmentSize).withDelay(1);
    else
        response.withDelay(30);
    server.enqueue(response);

    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    auto stream = client.chat(hello());
    QVERIFY(stream.has_value());
    Outcome outcome(*stream);
    QVERIFY(outcome.isValid());
    QSignalSpy updated(*stream, &ChatStream::updated);
    (*stream)->start();
    QVERIFY(outcome.wait());

    QCOMPARE(outcome.failed.count(), 0);
    QCOMPARE(outcome.finished.count(), 1);
    QVERIFY((*stream)->isStreamed());
    QVERIFY((*stream)->isFinished());
    QVERIFY2(updated.count() > 1, "the answer should arrive in several reads");
    QCOMPARE(content(**stream), deltas.join(QString()));
    QCOMPARE((*stream)->result(), expectedCompletion(deltas.join(QString())));
    QCOMPARE((*stream)->attempts(), 1);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE((*stream)->error().kind, ApiError::Kind::None);
}

void TestChatClient::requestOnTheWire()
{
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::chatStream({ u"Hi"_s }).withHeader("x-request-id", "req_stream_1"));
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    ChatRequest request = hello();
    request.model = u"gpt-4o"_s;
    request.temperature = 0.5;
    auto stream = client.chat(request);
    QVERIFY(stream.has_value());
    Outcome outcome(*stream);
    (*stream)->start();
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.finished.count(), 1);
    QCOMPARE((*stream)->requestId(), QByteArray("req_stream_1"));
    QCOMPARE((*stream)->httpStatus(), 200);

    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("POST"));
    QCOMPARE(recorded.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(recorded.header("authorization"), "Bearer " + kApiKey.toUtf8());
    QVERIFY(recorded.header("content-type").startsWith("application/json"));
    QCOMPARE(recorded.header("accept"), QByteArray("text/event-stream"));
    QVERIFY(!recorded.header("user-agent").isEmpty());
    QVERIFY(!recorded.hasHeader("api-key"));

    // Only what was set: the model, the message, the temperature, stream.
    const QJsonObject body = recorded.json();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({ u"messages"_s, u"model"_s, u"stream"_s, u"temperature"_s }));
    QCOMPARE(body.value(u"stream"_s), QJsonValue(true));
    QCOMPARE(body.value(u"model"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.5);
    const QJsonObject message{ { u"role"_s, u"user"_s },
        { u"content"_s, u"Say hello in Japanese"_s } };
    QCOMPARE(body.value(u"messages"_s).toArray(), QJsonArray{ message });
}

void TestChatClient::profileDefaultModelIsSent()
{
    // A request without a model goes to the profile's default model (ChatClient already routes
    // Azure deployments by it); OpenAI answers 400 "you must provide a model parameter" if the
    // body has none.
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::chatStream({ u"Hi"_s }));
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    auto stream = client.chat(hello());
    QVERIFY(stream.has_value());
    Outcome outcome(*stream);
    (*stream)->start();
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.finished.count(), 1);
}

void TestChatClient::nonStreamedChat()
{
    FakeOpenAiServer server;
    const FakeResponse answer = FakeResponse::chatCompletion(u"こんにちは"_s);
    server.enqueue(answer);
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    auto stream = client.chat(hello(std::nullopt));
    QVERIFY(stream.has_value());
    Outcome outcome(*stream);
    (*stream)->start();
    QVERIFY(outcome.wait());

    QCOMPARE(outcome.finished.count(), 1);
    QCOMPARE(outcome.failed.count(), 0);
    QVERIFY(!(*stream)->isStreamed());
    QCOMPARE((*stream)->completeBody(), answer.body());
    const QJsonObject result = (*stream)->result();
    QCOMPARE(resultContent(result), u"こんにちは"_s);
    QCOMPARE(result.value(u"object"_s).toString(), u"chat.completion"_s);
    QCOMPARE(result.value(u"usage"_s).toObject().value(u"total_tokens"_s).toInt(), 21);

    const RecordedRequest recorded = server.lastRequest();
    QVERIFY(!recorded.json().contains(u"stream"_s));
    QCOMPARE(recorded.header("accept"), QByteArray("application/json"));
}

void TestChatClient::serverIgnoresStream()
{
    FakeOpenAiServer server;
    const FakeResponse answer = FakeResponse::chatCompletion(u"whole answer at once"_s);
    server.enqueue(answer);
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    auto stream = client.chat(hello(true));
    QVERIFY(stream.has_value());
    Outcome outcome(*stream);
    (*stream)->start();
    QVERIFY(outcome.wait());

    QCOMPARE(outcome.failed.count(), 0);
    QCOMPARE(outcome.finished.count(), 1);
    QVERIFY(!(*stream)->isStreamed());
    QCOMPARE((*stream)->completeBody(), answer.body());
    QCOMPARE(resultContent((*stream)->result()), u"whole answer at once"_s);
    QCOMPARE(content(**stream), u"whole answer at once"_s);
}

void TestChatClient::legacyCompletionStream()
{
    auto chunk = [](const QString &text, const QJsonValue &finish) {
        return compact(QJsonObject{ { u"id"_s, u"cmpl-1"_s }, { u"object"_s, u"text_completion"_s },
            { u"created"_s, 1700000001 }, { u"model"_s, u"gpt-3.5-turbo-instruct"_s },
            { u"choices"_s,
                QJsonArray{ QJsonObject{ { u"text"_s, text }, { u"index"_s, 0 },
                    { u"logprobs"_s, QJsonValue::Null }, { u"finish_reason"_s, finish } } } } });
    };
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::sse({ chunk(u"Once upon"_s, QJsonValue::Null),
        chunk(u" a time"_s, QJsonValue::Null), chunk(QString(), u"length"_s), "[DONE]" }));
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    CompletionRequest request;
    request.model = u"gpt-3.5-turbo-instruct"_s;
    request.prompt = u"Tell a story"_s;
    request.maxTokens = 4;
    request.stream = true;
    auto stream = client.complete(request);
    QVERIFY(stream.has_value());
    QCOMPARE((*stream)->kind(), ChatStream::Kind::TextCompletion);
    Outcome outcome(*stream);
    (*stream)->start();
    QVERIFY(outcome.wait());

    QCOMPARE(outcome.failed.count(), 0);
    QCOMPARE(outcome.finished.count(), 1);
    const QJsonObject result = (*stream)->result();
    QCOMPARE(result.value(u"object"_s).toString(), u"text_completion"_s);
    QCOMPARE(result.value(u"id"_s).toString(), u"cmpl-1"_s);
    QCOMPARE(result.value(u"model"_s).toString(), u"gpt-3.5-turbo-instruct"_s);
    const QJsonObject choice = result.value(u"choices"_s).toArray().at(0).toObject();
    QCOMPARE(choice.value(u"text"_s).toString(), u"Once upon a time"_s);
    QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"length"_s);

    const RecordedRequest recorded = server.lastRequest();
    QCOMPARE(recorded.path, QByteArray("/v1/completions"));
    QCOMPARE(recorded.json().value(u"prompt"_s).toString(), u"Tell a story"_s);
    QCOMPARE(recorded.json().value(u"max_tokens"_s).toInt(), 4);
    QCOMPARE(recorded.json().value(u"stream"_s), QJsonValue(true));
}

void TestChatClient::listModels()
{
    FakeOpenAiServer server;
    const FakeResponse models = FakeResponse::models({ u"gpt-4o-mini"_s, u"o3"_s });
    server.enqueue("GET /models", models);
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    auto reply = client.listModels();
    QVERIFY(reply.has_value());
    Outcome outcome(*reply);
    (*reply)->start();
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.finished.count(), 1);
    QCOMPARE((*reply)->json(), QJsonDocument::fromJson(models.body()).object());
    QCOMPARE((*reply)->json().value(u"data"_s).toArray().size(), 2);
    const RecordedRequest recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("GET"));
    QCOMPARE(recorded.path, QByteArray("/v1/models"));
    QCOMPARE(recorded.header("authorization"), "Bearer " + kApiKey.toUtf8());
}

void TestChatClient::storedCompletions()
{
    FakeOpenAiServer server;
    ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
    const QJsonObject list{ { u"object"_s, u"list"_s }, { u"data"_s, QJsonArray() },
        { u"first_id"_s, QJsonValue::Null }, { u"has_more"_s, false } };
    const QJsonObject stored = expectedCompletion(u"kept"_s);
    const QJsonObject deleted{ { u"object"_s, u"chat.completion.deleted"_s },
        { u"id"_s, u"chatcmpl-fake"_s }, { u"deleted"_s, true } };

    // Each call returns the fake's JSON; the recorded request shows what went over the wire.
    auto run = [&](std::expected<JsonReply *, ApiError> reply, const QJsonObject &answer) {
        server.enqueue(FakeResponse::json(200, answer));
        if (!reply)
            return QJsonObject{ { u"client error"_s, reply.error().message } };
        Outcome outcome(*reply);
        (*reply)->start();
        if (!outcome.wait() || outcome.finished.count() != 1)
            return QJsonObject{ { u"failed"_s, outcome.error().describe() } };
        return (*reply)->json();
    };

    Endpoint::ListQuery query;
    query.after = u"chatcmpl-041"_s;
    query.limit = 2;
    query.order = u"desc"_s;
    query.metadata = { { u"topic"_s, u"tea ceremony"_s }, { u"user"_s, u"u1"_s } };
    QCOMPARE(run(client.listStored(query), list), list);
    RecordedRequest recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("GET"));
    QCOMPARE(recorded.pathOnly(), QByteArray("/v1/chat/completions"));
    QUrlQuery sent = recorded.query();
    QCOMPARE(sent.queryItemValue(u"after"_s), u"chatcmpl-041"_s);
    QCOMPARE(sent.queryItemValue(u"limit"_s), u"2"_s);
    QCOMPARE(sent.queryItemValue(u"order"_s), u"desc"_s);
    QCOMPARE(sent.queryItemValue(u"metadata[topic]"_s, QUrl::FullyDecoded), u"tea ceremony"_s);
    QCOMPARE(sent.queryItemValue(u"metadata[user]"_s), u"u1"_s);
    QVERIFY(!sent.hasQueryItem(u"model"_s));

    QCOMPARE(run(client.getStored(u"chatcmpl-fake"_s), stored), stored);
    recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("GET"));
    QCOMPARE(recorded.path, QByteArray("/v1/chat/completions/chatcmpl-fake"));

    QCOMPARE(
        run(client.updateStored(u"chatcmpl-fake"_s, { { u"topic"_s, u"tea"_s } }), stored), stored);
    recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("POST"));
    QCOMPARE(recorded.path, QByteArray("/v1/chat/completions/chatcmpl-fake"));
    QCOMPARE(recorded.json(),
        QJsonObject({ { u"metadata"_s, QJsonObject{ { u"topic"_s, u"tea"_s } } } }));

    QCOMPARE(run(client.deleteStored(u"chatcmpl-fake"_s), deleted), deleted);
    recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("DELETE"));
    QCOMPARE(recorded.path, QByteArray("/v1/chat/completions/chatcmpl-fake"));

    Endpoint::ListQuery page;
    page.after = u"msg_1"_s;
    page.limit = 5;
    page.order = u"asc"_s;
    QCOMPARE(run(client.listStoredMessages(u"chatcmpl-fake"_s, page), list), list);
    recorded = server.lastRequest();
    QCOMPARE(recorded.method, QByteArray("GET"));
    QCOMPARE(recorded.pathOnly(), QByteArray("/v1/chat/completions/chatcmpl-fake/messages"));
    sent = recorded.query();
    QCOMPARE(sent.queryItemValue(u"after"_s), u"msg_1"_s);
    QCOMPARE(sent.queryItemValue(u"limit"_s), u"5"_s);
    QCOMPARE(sent.queryItemValue(u"order"_s), u"asc"_s);
    QCOMPARE(server.requestCount(), 5);
}

void TestChatClient::keepAliveReusesConnection()
{
    QNetworkAccessManager nam; // its own connection pool, untouched by other tests
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::chatStream({ u"one"_s }));
    server.enqueue(FakeResponse::chatStream({ u"two"_s }));
    ChatClient client(nam, profileFor(server.baseUrl()), kApiKey);
    for (const QString &expected : { u"one"_s, u"two"_s }) {
        auto stream = client.chat(hello());
        QVERIFY(stream.has_value());
        Outcome outcome(*stream);
        (*stream)->start();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.finished.count(), 1);
        QCOMPARE(content(**stream), expected);
    }
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(0).connectionId, server.requests().at(1).connectionId);
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
