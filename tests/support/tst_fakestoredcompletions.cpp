// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeStoredCompletions over real HTTP (QNetworkAccessManager): the behaviour the model tests
// rely on, checked at the wire: bad paging input, a stored create, scripted routes untouched.
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "FakeOpenAiServer.h"
#include "FakeStoredCompletions.h"

using namespace Qt::StringLiterals;

namespace {
struct Answer
{
    int status = 0;
    QJsonObject json;
};

Answer send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &verb,
    const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    Answer answer{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
    reply->deleteLater();
    return answer;
}
} // namespace

class TestFakeStoredCompletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badPagingInput();
    void storedCreateIsListed();
    void otherRoutesStayScripted();
};

void TestFakeStoredCompletions::badPagingInput()
{
    FakeOpenAiServer server;
    FakeStoredCompletions stored(5);
    stored.install(server);
    QNetworkAccessManager nam;
    QCOMPARE(send(nam, server.url(u"/chat/completions?limit=0"_s), "GET").status, 400);
    QCOMPARE(send(nam, server.url(u"/chat/completions?order=up"_s), "GET").status, 400);
    QCOMPARE(send(nam, server.url(u"/chat/completions?after=chatcmpl-nope"_s), "GET").status, 404);
    const Answer last = send(nam, server.url(u"/chat/completions?limit=2&order=desc"_s), "GET");
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value("first_id"_L1).toString(), u"chatcmpl-stored-00004"_s);
    QCOMPARE(last.json.value("last_id"_L1).toString(), u"chatcmpl-stored-00003"_s);
    QVERIFY(last.json.value("has_more"_L1).toBool());
}

void TestFakeStoredCompletions::storedCreateIsListed()
{
    FakeOpenAiServer server;
    FakeStoredCompletions stored(1);
    stored.install(server);
    server.setDefaultResponse("POST /chat/completions", FakeResponse::chatCompletion(u"Hi"_s));
    QNetworkAccessManager nam;
    const QJsonObject create{ { u"model"_s, u"gpt-4.1"_s }, { u"store"_s, true },
        { u"metadata"_s, QJsonObject{ { u"app"_s, u"kaiwa"_s } } },
        { u"messages"_s,
            QJsonArray{ QJsonObject{ { u"role"_s, u"user"_s }, { u"content"_s, u"Hello"_s } } } } };
    const Answer answer = send(nam, server.url(u"/chat/completions"_s), "POST",
        QJsonDocument(create).toJson(QJsonDocument::Compact));
    QCOMPARE(answer.status, 200); // the scripted answer still comes
    QCOMPARE(stored.count(), 2);
    QJsonObject notStored = create;
    notStored.remove(u"store"_s);
    send(nam, server.url(u"/chat/completions"_s), "POST",
        QJsonDocument(notStored).toJson(QJsonDocument::Compact));
    QCOMPARE(stored.count(), 2);

    const Answer list =
        send(nam, server.url(u"/chat/completions?metadata%5Bapp%5D=kaiwa&model=gpt-4.1"_s), "GET");
    const QJsonArray data = list.json.value("data"_L1).toArray();
    QCOMPARE(data.size(), 1);
    const QString id = data.first().toObject().value("id"_L1).toString();
    const Answer messages =
        send(nam, server.url(u"/chat/completions/"_s + id + u"/messages"_s), "GET");
    QCOMPARE(messages.json.value("data"_L1).toArray().first().toObject().value("content"_L1),
        u"Hello"_s);
}

void TestFakeStoredCompletions::otherRoutesStayScripted()
{
    FakeOpenAiServer server;
    FakeStoredCompletions stored(1);
    stored.install(server);
    server.setDefaultResponse("GET /models", FakeResponse::models({ u"m"_s }));
    QNetworkAccessManager nam;
    QCOMPARE(send(nam, server.url(u"/models"_s), "GET").json.value("data"_L1).toArray().size(), 1);
    // A queued route answer wins over the handler (e.g. one scripted failure).
    server.enqueue("GET /chat/completions", FakeResponse::error(503, u"busy"_s));
    QCOMPARE(send(nam, server.url(u"/chat/completions"_s), "GET").status, 503);
    QCOMPARE(send(nam, server.url(u"/chat/completions"_s), "GET").status, 200);
}

QTEST_GUILESS_MAIN(TestFakeStoredCompletions)
#include "tst_fakestoredcompletions.moc"
