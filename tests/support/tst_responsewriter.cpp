// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Framing, pacing and failure behaviours of FakeOpenAiServer's ResponseWriter, seen through QNAM.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "ReplyCollector.h"

class TestResponseWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkedSseArrivesInSeveralReads();
    void oneByteFragments();
    void delayBeforeHeaders();
    void stallKeepsConnectionOpen();
    void disconnectMidBody();
    void closeWithoutResponse();
    void closeDelimitedBody();
    void largeSseFile_data();
    void largeSseFile();

private:
    QNetworkAccessManager m_nam;
};

void TestResponseWriter::chunkedSseArrivesInSeveralReads()
{
    FakeOpenAiServer server;
    const FakeResponse sse = FakeResponse::chatStream(
        { QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" world") });
    QCOMPARE(sse.pieces.size(), 6);
    // 50 ms apart rather than the default 2 ms: on a loaded CI machine QNAM's thread can read
    // pieces 2 ms apart as one, which says nothing about the framing under test.
    server.enqueue(FakeResponse(sse).withDelay(50));

    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->body, sse.body());
    QVERIFY(got->body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(reply->rawHeader("Content-Type").startsWith("text/event-stream"));
    QVERIFY2(got->readyReads >= 3, QByteArray::number(got->readyReads).constData());
}

void TestResponseWriter::oneByteFragments()
{
    FakeOpenAiServer server;
    const QByteArray body = "data: {\"x\":\"\xc3\xa9\"}\n\n";
    server.enqueue(FakeResponse::sseRaw(body).withFragmentSize(1).withDelay(20));

    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/stream"))));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->body, body);
    QVERIFY2(got->readyReads > body.size() / 3, QByteArray::number(got->readyReads).constData());
}

void TestResponseWriter::delayBeforeHeaders()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::json(200, QByteArrayLiteral("{}")).withDelay(300));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/models"))));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->status, 200);
    QVERIFY(timer.elapsed() >= 250);
}

void TestResponseWriter::stallKeepsConnectionOpen()
{
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::sseRaw(QByteArrayLiteral("data: 1\n\ndata: 2\n\n")).stallingAfter(9));

    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/stream"))));
    auto got = collectReply(reply);
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

void TestResponseWriter::disconnectMidBody()
{
    FakeOpenAiServer server;
    const QByteArray body(100, 'x');
    server.enqueue(FakeResponse::json(200, body).disconnectingAfter(10));

    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();

    QCOMPARE(got->error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(got->status, 200);
    QCOMPARE(got->body, body.left(10));
}

void TestResponseWriter::closeWithoutResponse()
{
    FakeOpenAiServer server;
    // QNAM (6.4) silently resends even a POST when the connection closes before any response
    // byte, so every attempt must meet the same behaviour to see the error.
    server.setDefaultResponse(FakeResponse::closeWithoutAnswer());
    QNetworkReply *reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(got->status, 0);
    QVERIFY(server.requestCount() >= 1);

    server.clearRequests();
    server.setDefaultResponse(FakeResponse::dropConnection());
    reply = m_nam.post(
        jsonRequest(server.url(QStringLiteral("/chat/completions"))), QByteArrayLiteral("{}"));
    got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QVERIFY(got->error != QNetworkReply::NoError);
    QCOMPARE(got->status, 0);
    QVERIFY(server.requestCount() >= 1);
}

void TestResponseWriter::closeDelimitedBody()
{
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::sseRaw({ QByteArrayLiteral("data: a\n\n"), QByteArrayLiteral("data: b\n\n") })
            .withFraming(FakeResponse::Framing::CloseDelimited));
    QSignalSpy closed(&server, &FakeOpenAiServer::connectionClosed);
    QNetworkReply *reply = m_nam.get(QNetworkRequest(server.url(QStringLiteral("/stream"))));
    auto got = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 5000);
    reply->deleteLater();
    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->body, QByteArray("data: a\n\ndata: b\n\n"));
    QVERIFY(!reply->hasRawHeader("Content-Length"));
    QVERIFY(closed.count() == 1 || closed.wait(2000));
}

void TestResponseWriter::largeSseFile_data()
{
    QTest::addColumn<FakeResponse::Framing>("framing");
    QTest::addRow("content-length") << FakeResponse::Framing::ContentLength;
    QTest::addRow("chunked") << FakeResponse::Framing::Chunked;
}

void TestResponseWriter::largeSseFile()
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
    auto got = collectReply(reply, false);
    QTRY_VERIFY_WITH_TIMEOUT(got->finished, 60000);
    reply->deleteLater();
    QCOMPARE(got->error, QNetworkReply::NoError);
    QCOMPARE(got->hash.result().toHex(), expected.result().toHex());
    QVERIFY(got->readyReads > 1);
}

QTEST_GUILESS_MAIN(TestResponseWriter)
#include "tst_responsewriter.moc"
