// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "ReplyCollector.h"

class TestFakeOpenAiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonResponseAndRecordedRequest();
    void keepAliveReusesConnection();
    void pipelinedRequestsOnOneSocket();
    void expectContinueAndBadRequest();
    void connectionCloseRequest();
    void emptyQueueAnswers500();
    void answerScriptedFromSignal();
    void routesAndDefaults();
    void errorAndHtmlBuilders();

private:
    QNetworkAccessManager m_nam;
};

void TestFakeOpenAiServer::jsonResponseAndRecordedRequest()
{
    FakeOpenAiServer server;
    QVERIFY(server.isListening());
    QSignalSpy received(&server, &FakeOpenAiServer::requestReceived);
    QVERIFY(received.isValid());
    server.enqueue(FakeResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true } },
        { { QByteArrayLiteral("x-request-id"), QByteArrayLiteral("req_123") } }));

    QNetworkRequest request = jsonRequest(server.url(QStringLiteral("/chat/completions?x=1")));
    request.setRawHeader("Authorization", "Bearer sk-test");
    const QByteArray body = R"({"model":"gpt-4o-mini","stream":false})";
    QNetworkReply *reply = m_nam.post(request, body);
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->status, 200);
    QCOMPARE(got->body, QByteArray(R"({"ok":true})"));
    QCOMPARE(reply->rawHeader("x-request-id"), QByteArray("req_123"));
    QCOMPARE(received.count(), 1);
    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest r = server.lastRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/chat/completions?x=1"));
    QCOMPARE(r.pathOnly(), QByteArray("/v1/chat/completions"));
    QCOMPARE(r.query().queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-test"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.hasHeader("host"));
    for (const auto &header : r.headers)
        QCOMPARE(header.first, header.first.toLower());
    QCOMPARE(r.body, body);
    QCOMPARE(r.json().value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(received.first().first().value<RecordedRequest>().body, body);
    QCOMPARE(server.pendingResponseCount(), 0);
}

void TestFakeOpenAiServer::keepAliveReusesConnection()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral(R"({"n":1})")));
    server.enqueue(FakeResponse::sse({ QByteArrayLiteral("{}"), QByteArrayLiteral("[DONE]") }));
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral(R"({"n":3})")));

    QNetworkAccessManager nam; // fresh: no connection left from other tests
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = nam.post(
            jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
        auto got = collectReply(reply);
        QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
        reply->deleteLater();
        QCOMPARE(got->error, QNetworkReply::NoError);
    }
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.connectionCount(), 1);
    for (const RecordedRequest &r : server.requests())
        QCOMPARE(r.connectionId, 1);
}

void TestFakeOpenAiServer::pipelinedRequestsOnOneSocket()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("first")));
    server.enqueue(FakeResponse::sseRaw({ QByteArrayLiteral("sec"), QByteArrayLiteral("ond") }));
    server.enqueue(FakeResponse::json(201, QByteArrayLiteral("third")));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    // Three requests in one write; the second has a body split by the TCP stream like any other.
    socket.write("POST /v1/a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                 "POST /v1/b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
                 "GET /v1/c HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).endsWith("third"), 5000);

    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.requests().at(0).body, QByteArray("hello"));
    QCOMPARE(server.requests().at(1).body, QByteArray("abcde"));
    QCOMPARE(server.requests().at(2).path, QByteArray("/v1/c"));
    const qsizetype first = response.indexOf("first");
    const qsizetype second = response.indexOf("3\r\nsec\r\n3\r\nond\r\n0\r\n\r\n");
    const qsizetype third = response.indexOf("HTTP/1.1 201 Created");
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(first > 0 && second > first && third > second);
}

void TestFakeOpenAiServer::expectContinueAndBadRequest()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("done")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                 "Content-Length: 4\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT(
        (response += socket.readAll()) == "HTTP/1.1 100 Continue\r\n\r\n", 5000);
    socket.write("body");
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).endsWith("done"), 5000);
    QCOMPARE(server.lastRequest().body, QByteArray("body"));

    response.clear();
    QTest::ignoreMessage(QtWarningMsg, "FakeOpenAiServer: bad request: malformed request line");
    socket.write("NONSENSE\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.constData());
    QCOMPARE(server.requestCount(), 1);
}

void TestFakeOpenAiServer::connectionCloseRequest()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("{}")));
    QSignalSpy closed(&server, &FakeOpenAiServer::connectionClosed);
    QNetworkRequest request(server.url(QStringLiteral("/models")));
    request.setRawHeader("Connection", "close");
    QNetworkReply *reply = m_nam.get(request);
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->body, QByteArray("{}"));
    QCOMPARE(reply->rawHeader("Connection"), QByteArray("close"));
    QVERIFY(closed.count() == 1 || closed.wait(2000));
}

void TestFakeOpenAiServer::emptyQueueAnswers500()
{
    FakeOpenAiServer server;
    QTest::ignoreMessage(
        QtWarningMsg, "FakeOpenAiServer: no response was scripted for POST /v1/chat/completions");
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->status, 500);
    const QJsonObject error =
        QJsonDocument::fromJson(got->body).object().value(QStringLiteral("error")).toObject();
    QVERIFY(error.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("no response was scripted")));
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
}

void TestFakeOpenAiServer::answerScriptedFromSignal()
{
    FakeOpenAiServer server;
    connect(&server, &FakeOpenAiServer::requestReceived, this, [&server](const RecordedRequest &r) {
        server.enqueue(FakeResponse::json(200, r.body)); // echo
    });
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/echo"))), QByteArrayLiteral(R"({"echo":1})"));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->body, QByteArray(R"({"echo":1})"));
}

void TestFakeOpenAiServer::routesAndDefaults()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(QByteArrayLiteral("GET /models"),
        FakeResponse::models({ QStringLiteral("a"), QStringLiteral("b") }));
    server.enqueue(QByteArrayLiteral("POST /chat/completions"),
        FakeResponse::chatCompletion(QStringLiteral("hi")));
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("general")));
    server.setDefaultResponse(FakeResponse::json(202, QByteArrayLiteral("default")));

    const auto get = [&](const QString &path) {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(path)));
        auto got = collectReply(reply);
        (void)QTest::qWaitFor([&] { return got->finished; }, 5000);
        reply->deleteLater();
        return got;
    };
    for (int i = 0; i < 3; ++i) {
        const auto models = get(QStringLiteral("/models"));
        QCOMPARE(QJsonDocument::fromJson(models->body)
                     .object()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
            2);
    }
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto chat = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(chat->finished, 5000);
    reply->deleteLater();
    QVERIFY(chat->body.contains("\"content\":\"hi\""));
    QCOMPARE(get(QStringLiteral("/other"))->body, QByteArray("general"));
    QCOMPARE(get(QStringLiteral("/other"))->status, 202);
    QCOMPARE(server.pendingResponseCount(), 0);
}

void TestFakeOpenAiServer::errorAndHtmlBuilders()
{
    const FakeResponse error = FakeResponse::error(429, QStringLiteral("Slow down"),
        QStringLiteral("rate_limit_exceeded"), QStringLiteral("requests"));
    QCOMPARE(error.status, 429);
    const QJsonObject e =
        QJsonDocument::fromJson(error.body()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("Slow down"));
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("requests"));
    QVERIFY(e.contains(QStringLiteral("param")) && e.value(QStringLiteral("param")).isNull());

    FakeOpenAiServer server;
    server.enqueue(FakeResponse::html(502, QByteArrayLiteral("<html>Bad Gateway</html>")));
    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/models"))));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->status, 502);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/html"));
    QCOMPARE(got->body, QByteArray("<html>Bad Gateway</html>"));
}

QTEST_GUILESS_MAIN(TestFakeOpenAiServer)
#include "tst_fakeopenaiserver.moc"
