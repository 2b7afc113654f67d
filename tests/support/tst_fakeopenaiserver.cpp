// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "FakeScript.h"

namespace {
//! Collects what a QNetworkReply delivers, read by read (state only; the test body asserts).
struct Received
{
    QByteArray body;
    int readyReads = 0;
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QCryptographicHash hash{ QCryptographicHash::Sha256 };
    bool keepBody = true;
};

std::shared_ptr<Received> collect(QNetworkReply *reply, bool keepBody = true)
{
    auto received = std::make_shared<Received>();
    received->keepBody = keepBody;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, received] {
        const QByteArray chunk = reply->readAll();
        ++received->readyReads;
        received->hash.addData(chunk);
        if (received->keepBody)
            received->body += chunk;
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, received] {
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        received->hash.addData(rest);
        if (received->keepBody)
            received->body += rest;
        received->finished = true;
        received->error = reply->error();
        received->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    return received;
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}
} // namespace

class TestFakeOpenAiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonResponseAndRecordedRequest();
    void chunkedSseArrivesInSeveralReads();
    void oneByteFragments();
    void delayBeforeHeaders();
    void stallKeepsConnectionOpen();
    void disconnectMidBody();
    void closeWithoutResponse();
    void keepAliveReusesConnection();
    void pipelinedRequestsOnOneSocket();
    void connectionCloseRequest();
    void emptyQueueAnswers500();
    void routesAndDefaults();
    void errorAndHtmlBuilders();
    void scriptEntries();
    void largeSseFile_data();
    void largeSseFile();
    void serverProcess();

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
    auto got = collect(reply);
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

void TestFakeOpenAiServer::chunkedSseArrivesInSeveralReads()
{
    FakeOpenAiServer server;
    const FakeResponse sse = FakeResponse::chatStream(
        { QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" world") });
    QCOMPARE(sse.pieces.size(), 6);
    server.enqueue(sse);

    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->body, sse.body());
    QVERIFY(got->body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(reply->rawHeader("Content-Type").startsWith("text/event-stream"));
    QVERIFY2(got->readyReads >= 3, QByteArray::number(got->readyReads).constData());
}

void TestFakeOpenAiServer::oneByteFragments()
{
    FakeOpenAiServer server;
    const QByteArray body = "data: {\"x\":\"\xc3\xa9\"}\n\n";
    server.enqueue(FakeResponse::sseRaw(body).withFragmentSize(1).withDelay(2));

    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/stream"))));
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->body, body);
    QVERIFY2(got->readyReads > body.size() / 2, QByteArray::number(got->readyReads).constData());
}

void TestFakeOpenAiServer::delayBeforeHeaders()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("{}")).withDelay(300));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/models"))));
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->status, 200);
    QVERIFY(timer.elapsed() >= 250);
}

void TestFakeOpenAiServer::stallKeepsConnectionOpen()
{
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::sseRaw(QByteArrayLiteral("data: 1\n\ndata: 2\n\n")).stallingAfter(9));

    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/stream"))));
    auto got = collect(reply);
    QTRY_COMPARE_WITH_TIMEOUT(got->body, QByteArray("data: 1\n\n"), 5000);
    QTest::qWait(500);
    QCOMPARE(got->body, QByteArray("data: 1\n\n"));
    QVERIFY(!got->finished);
    QCOMPARE(server.openConnectionCount(), 1);

    QSignalSpy closed(&server, &FakeOpenAiServer::connectionClosed);
    reply->abort();
    QVERIFY(got->finished);
    QCOMPARE(got->error, QNetworkReply::OperationCanceledError);
    QVERIFY(closed.wait(2000));
    QCOMPARE(server.openConnectionCount(), 0);
    reply->deleteLater();
}

void TestFakeOpenAiServer::disconnectMidBody()
{
    FakeOpenAiServer server;
    const QByteArray body(100, 'x');
    server.enqueue(FakeResponse::json(200, body).disconnectingAfter(10));

    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(got->status, 200);
    QCOMPARE(got->body, body.left(10));
}

void TestFakeOpenAiServer::closeWithoutResponse()
{
    FakeOpenAiServer server;
    // QNAM (6.4) silently resends even a POST when the connection closes before any response
    // byte, so every attempt must meet the same behaviour to see the error.
    server.setDefaultResponse(FakeResponse::closeWithoutAnswer());
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(got->status, 0);
    QVERIFY(server.requestCount() >= 1);

    server.clearRequests();
    server.setDefaultResponse(FakeResponse::dropConnection());
    reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QVERIFY(got->error != QNetworkReply::NoError);
    QCOMPARE(got->status, 0);
    QVERIFY(server.requestCount() >= 1);
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
        auto got = collect(reply);
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

void TestFakeOpenAiServer::connectionCloseRequest()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("{}")));
    QSignalSpy closed(&server, &FakeOpenAiServer::connectionClosed);
    QNetworkRequest request(server.url(QStringLiteral("/models")));
    request.setRawHeader("Connection", "close");
    QNetworkReply *reply = m_nam.get(request);
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->body, QByteArray("{}"));
    QCOMPARE(reply->rawHeader("Connection"), QByteArray("close"));
    QVERIFY(closed.count() == 1 || closed.wait(2000));
}

void TestFakeOpenAiServer::emptyQueueAnswers500()
{
    FakeOpenAiServer server;
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collect(reply);
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
        auto got = collect(reply);
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
    auto chat = collect(reply);
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
    auto got = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->status, 502);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/html"));
    QCOMPARE(got->body, QByteArray("<html>Bad Gateway</html>"));
}

void TestFakeOpenAiServer::scriptEntries()
{
    const QByteArray json = R"([
        {"status": 401, "error": {"message": "bad key", "code": "invalid_api_key"}},
        {"route": "GET /models", "repeat": true, "body": {"object": "list", "data": []}},
        {"events": [{"a": 1}, "[DONE]"], "fragment": 3, "headers": {"x-request-id": "r1"}},
        {"body": "abc", "framing": "close", "stall_after": 2}
    ])";
    const auto entries = FakeScript::parse(QJsonDocument::fromJson(json).array());
    QVERIFY2(entries.has_value(), qPrintable(entries.error()));
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).response.status, 401);
    QVERIFY(entries->at(0).response.body().contains("invalid_api_key"));
    QVERIFY(entries->at(1).repeat);
    QCOMPARE(entries->at(1).route, QByteArray("GET /models"));
    QCOMPARE(entries->at(2).response.body(), QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n"));
    QCOMPARE(entries->at(2).response.fragmentSize, 3);
    QCOMPARE(entries->at(2).response.header("X-Request-Id"), QByteArray("r1"));
    QCOMPARE(entries->at(3).response.framing, FakeResponse::Framing::CloseDelimited);
    QCOMPARE(entries->at(3).response.stallAfterBytes, 2);

    QVERIFY(!FakeScript::parse(QJsonDocument::fromJson(R"([{"framing": "bogus"}])").array()));
}

void TestFakeOpenAiServer::largeSseFile_data()
{
    QTest::addColumn<FakeResponse::Framing>("framing");
    QTest::addRow("content-length") << FakeResponse::Framing::ContentLength;
    QTest::addRow("chunked") << FakeResponse::Framing::Chunked;
}

void TestFakeOpenAiServer::largeSseFile()
{
    QFETCH(FakeResponse::Framing, framing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.sse"));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        qint64 written = 0;
        for (int i = 0; written < 30 * 1024 * 1024; ++i) {
            const QByteArray event = QByteArrayLiteral("data: {\"i\":") + QByteArray::number(i)
                + QByteArrayLiteral(",\"content\":\"") + QByteArray(200 + i % 97, 'a' + i % 26)
                + QByteArrayLiteral("\"}\n\n");
            file.write(event);
            expected.addData(event);
            written += event.size();
        }
    }
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::sseFile(path, framing));

    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collect(reply, false);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 60000);
    reply->deleteLater();
    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->hash.result().toHex(), expected.result().toHex());
    QVERIFY(got->readyReads > 1);
}

void TestFakeOpenAiServer::serverProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sse = dir.filePath(QStringLiteral("s.sse"));
    {
        QFile file(sse);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data: {\"x\":1}\n\ndata: [DONE]\n\n");
    }
    QProcess process;
    process.start(QStringLiteral(KAIWA_FAKE_SERVER),
        { QStringLiteral("--sse-file"), sse, QStringLiteral("--models"), QStringLiteral("m1,m2") });
    QVERIFY(process.waitForStarted(5000));
    QVERIFY(process.waitForReadyRead(5000));
    const QByteArray line = process.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on "), line.constData());
    const int port = line.mid(13).toInt();
    QVERIFY(port > 0);

    QNetworkReply *reply =
        m_nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(port))));
    auto models = collect(reply);
    QTRY_VERIFY_WITH_TIMEOUT(models->finished, 5000);
    reply->deleteLater();
    QCOMPARE(QJsonDocument::fromJson(models->body)
                 .object()
                 .value(QStringLiteral("data"))
                 .toArray()
                 .size(),
        2);

    for (int i = 0; i < 2; ++i) {
        reply = m_nam.post(
            jsonRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port))),
            QByteArrayLiteral("{}"));
        auto chat = collect(reply);
        QTRY_VERIFY_WITH_TIMEOUT(chat->finished, 5000);
        reply->deleteLater();
        QCOMPARE(chat->body, QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n"));
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toInt(), chat->body.size());
    }
    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestFakeOpenAiServer)
#include "tst_fakeopenaiserver.moc"
