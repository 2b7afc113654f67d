// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeScript parsing and the kaiwa-fake-server executable.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "FakeScript.h"
#include "ReplyCollector.h"

class TestFakeScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptEntries();
    void serverProcess();
    void serverProcessWithScript();

private:
    //! Starts kaiwa-fake-server with args; returns its port (0 on failure).
    int startServer(QProcess &process, const QStringList &args);

    QNetworkAccessManager m_nam;
};

int TestFakeScript::startServer(QProcess &process, const QStringList &args)
{
    process.start(QStringLiteral(KAIWA_FAKE_SERVER), args);
    if (!process.waitForStarted(5000) || !process.waitForReadyRead(5000))
        return 0;
    const QByteArray line = process.readLine();
    if (!line.startsWith("listening on ") || !line.endsWith('\n'))
        return 0;
    return line.mid(13).trimmed().toInt();
}

void TestFakeScript::scriptEntries()
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

void TestFakeScript::serverProcess()
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
    const int port = startServer(process,
        { QStringLiteral("--sse-file"), sse, QStringLiteral("--models"), QStringLiteral("m1,m2") });
    QVERIFY(port > 0);

    QNetworkReply *reply =
        m_nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(port))));
    auto models = collectReply(reply);
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
        auto chat = collectReply(reply);
        QTRY_VERIFY_WITH_TIMEOUT(chat->finished, 5000);
        reply->deleteLater();
        QCOMPARE(chat->body, QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n"));
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toInt(), chat->body.size());
    }
    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

void TestFakeScript::serverProcessWithScript()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile file(dir.filePath(QStringLiteral("events.sse")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data: {\"y\":2}\n\n");
    }
    QFile script(dir.filePath(QStringLiteral("script.json")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"([
        {"status": 429, "headers": {"retry-after": "1"},
         "error": {"message": "slow down", "code": "rate_limit_exceeded"}},
        {"file": "events.sse", "framing": "chunked"},
        {"body": "0123456789", "disconnect_after": 4}
    ])");
    script.close();
    QProcess process;
    const int port = startServer(process, { QStringLiteral("--script"), script.fileName() });
    QVERIFY(port > 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port));

    QNetworkReply *reply = m_nam.post(jsonRequest(url), QByteArrayLiteral("{}"));
    auto first = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(first->finished, 5000);
    reply->deleteLater();
    QCOMPARE(first->status, 429);
    QCOMPARE(reply->rawHeader("retry-after"), QByteArray("1"));
    QVERIFY(first->body.contains("rate_limit_exceeded"));

    reply = m_nam.post(jsonRequest(url), QByteArrayLiteral("{}"));
    auto second = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(second->finished, 5000);
    reply->deleteLater();
    QCOMPARE(second->body, QByteArray("data: {\"y\":2}\n\n"));
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));

    reply = m_nam.post(jsonRequest(url), QByteArrayLiteral("{}"));
    auto third = collectReply(reply);
    QTRY_VERIFY_WITH_TIMEOUT(third->finished, 5000);
    reply->deleteLater();
    QCOMPARE(third->error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(third->body, QByteArray("0123"));

    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestFakeScript)
#include "tst_fakescript.moc"
