// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of kaiwa-cli stored list|get|messages|update|delete.
#include <QJsonArray>
#include <QTest>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject stored(const QString &id, const QString &topic)
{
    return jsonObject(u"{\"id\":\"%1\",\"object\":\"chat.completion\",\"created\":1700000000,"
                      u"\"model\":\"gpt-4o-mini\",\"metadata\":{\"topic\":\"%2\"},"
                      u"\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":"
                      u"{\"role\":\"assistant\",\"content\":\"answer %1\"}}]}"_s.arg(id, topic)
                          .toUtf8());
}

FakeResponse page(const QJsonArray &data, bool hasMore)
{
    const QJsonObject first = data.first().toObject();
    const QJsonObject last = data.last().toObject();
    return FakeResponse::json(200,
        QJsonObject{ { u"object"_s, u"list"_s }, { u"data"_s, data },
            { u"first_id"_s, first.value("id"_L1) }, { u"last_id"_s, last.value("id"_L1) },
            { u"has_more"_s, hasMore } });
}

QJsonObject message(const QString &id, const QString &role, const QString &content)
{
    return { { u"id"_s, id }, { u"role"_s, role }, { u"content"_s, content } };
}
} // namespace

class TestKaiwaCliStored : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listOnePage_data();
    void listOnePage();
    void listAllPages();
    void get();
    void messagesAllPages();
    void update();
    void remove();
    void missingId();

private:
    QStringList base(const FakeOpenAiServer &server) const
    {
        return { u"--base-url"_s, server.baseUrl().toString() };
    }
};

void TestKaiwaCliStored::listOnePage_data()
{
    QTest::addColumn<QString>("output");
    QTest::addRow("text") << u"text"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestKaiwaCliStored::listOnePage()
{
    QFETCH(QString, output);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const FakeResponse answer = page({ stored(u"chatcmpl-a"_s, u"tests"_s) }, false);
    server.enqueue("GET /chat/completions", answer);

    KAIWA_CLI_RUN(r, cli,
        base(server)
            + QStringList{ u"--output"_s, output, u"stored"_s, u"list"_s, u"--model"_s,
                u"gpt-4o-mini"_s, u"--metadata"_s, u"topic=tests"_s, u"--metadata"_s, u"run=1"_s,
                u"--limit"_s, u"5"_s, u"--order"_s, u"asc"_s });
    KAIWA_CLI_EXIT(r, 0);
    if (output == u"text"_s) {
        QCOMPARE(r.out,
            QByteArray("chatcmpl-a\t2023-11-14T22:13:20Z\tgpt-4o-mini\t{\"topic\":\"tests\"}\n"));
    } else {
        QCOMPARE(compactJson(r.json()), compactJson(jsonObject(answer.body())));
    }
    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.pathOnly(), QByteArray("/v1/chat/completions"));
    const QUrlQuery query = request.query();
    QCOMPARE(query.queryItemValue(u"limit"_s), u"5"_s);
    QCOMPARE(query.queryItemValue(u"order"_s), u"asc"_s);
    QCOMPARE(query.queryItemValue(u"model"_s), u"gpt-4o-mini"_s);
    QCOMPARE(query.queryItemValue(u"metadata[topic]"_s), u"tests"_s);
    QCOMPARE(query.queryItemValue(u"metadata[run]"_s), u"1"_s);
    QVERIFY(!query.hasQueryItem(u"after"_s));
    QCOMPARE(query.queryItems().size(), 5);
}

void TestKaiwaCliStored::listAllPages()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    server.enqueue("GET /chat/completions",
        page({ stored(u"chatcmpl-a"_s, u"x"_s), stored(u"chatcmpl-b"_s, u"x"_s) }, true));
    server.enqueue("GET /chat/completions", page({ stored(u"chatcmpl-c"_s, u"y"_s) }, false));

    KAIWA_CLI_RUN(r, cli,
        base(server)
            + QStringList{ u"--output"_s, u"json"_s, u"stored"_s, u"list"_s, u"--all"_s,
                u"--limit"_s, u"2"_s });
    KAIWA_CLI_EXIT(r, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value("object"_L1).toString(), u"list"_s);
    const QJsonArray data = json.value("data"_L1).toArray();
    QCOMPARE(data.size(), 3);
    QCOMPARE(data.at(0).toObject().value("id"_L1).toString(), u"chatcmpl-a"_s);
    QCOMPARE(data.at(2).toObject().value("id"_L1).toString(), u"chatcmpl-c"_s);
    QCOMPARE(json.value("first_id"_L1).toString(), u"chatcmpl-a"_s);
    QCOMPARE(json.value("last_id"_L1).toString(), u"chatcmpl-c"_s);
    QCOMPARE(json.value("has_more"_L1), QJsonValue(false));

    QCOMPARE(server.requestCount(), 2);
    const QUrlQuery first = server.requests().at(0).query();
    QVERIFY(!first.hasQueryItem(u"after"_s));
    QCOMPARE(first.queryItemValue(u"limit"_s), u"2"_s);
    const QUrlQuery second = server.requests().at(1).query();
    QCOMPARE(second.queryItemValue(u"after"_s), u"chatcmpl-b"_s);
    QCOMPARE(second.queryItemValue(u"limit"_s), u"2"_s);
}

void TestKaiwaCliStored::get()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QJsonObject completion = stored(u"chatcmpl-a"_s, u"tests"_s);
    server.setDefaultResponse(
        "GET /chat/completions/chatcmpl-a", FakeResponse::json(200, completion));

    KAIWA_CLI_RUN(json, cli,
        base(server)
            + QStringList{ u"--output"_s, u"json"_s, u"stored"_s, u"get"_s, u"chatcmpl-a"_s });
    KAIWA_CLI_EXIT(json, 0);
    QCOMPARE(compactJson(json.json()), compactJson(completion));

    KAIWA_CLI_RUN(text, cli, base(server) + QStringList{ u"stored"_s, u"get"_s, u"chatcmpl-a"_s });
    KAIWA_CLI_EXIT(text, 0);
    QCOMPARE(text.out,
        QByteArray("chatcmpl-a\tgpt-4o-mini\t{\"topic\":\"tests\"}\nanswer chatcmpl-a\n"));

    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.lastRequest().method, QByteArray("GET"));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/chat/completions/chatcmpl-a"));
}

void TestKaiwaCliStored::messagesAllPages()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    server.enqueue("GET /messages",
        page({ message(u"m1"_s, u"system"_s, u"Be brief."_s),
                 message(u"m2"_s, u"user"_s, u"こんにちは"_s) },
            true));
    server.enqueue("GET /messages", page({ message(u"m3"_s, u"user"_s, u"again"_s) }, false));

    KAIWA_CLI_RUN(r, cli,
        base(server) + QStringList{ u"stored"_s, u"messages"_s, u"chatcmpl-a"_s, u"--all"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(QString::fromUtf8(r.out), u"system: Be brief.\nuser: こんにちは\nuser: again\n"_s);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(0).path, QByteArray("/v1/chat/completions/chatcmpl-a/messages"));
    QCOMPARE(
        server.requests().at(1).pathOnly(), QByteArray("/v1/chat/completions/chatcmpl-a/messages"));
    QCOMPARE(server.requests().at(1).query().queryItemValue(u"after"_s), u"m2"_s);
}

void TestKaiwaCliStored::update()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QJsonObject updated = stored(u"chatcmpl-a"_s, u"new"_s);
    server.enqueue("POST /chat/completions/chatcmpl-a", FakeResponse::json(200, updated));

    KAIWA_CLI_RUN(r, cli,
        base(server)
            + QStringList{ u"--output"_s, u"json"_s, u"stored"_s, u"update"_s, u"chatcmpl-a"_s,
                u"--metadata"_s, u"topic=new"_s, u"--metadata"_s, u"owner=ci"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(compactJson(r.json()), compactJson(updated));
    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions/chatcmpl-a"));
    QCOMPARE(
        compactJson(request.json()), QByteArray(R"({"metadata":{"owner":"ci","topic":"new"}})"));
}

void TestKaiwaCliStored::remove()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    server.enqueue("DELETE /chat/completions/chatcmpl-a",
        FakeResponse::json(200,
            QJsonObject{ { u"object"_s, u"chat.completion.deleted"_s },
                { u"id"_s, u"chatcmpl-a"_s }, { u"deleted"_s, true } }));

    KAIWA_CLI_RUN(r, cli, base(server) + QStringList{ u"stored"_s, u"delete"_s, u"chatcmpl-a"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("deleted chatcmpl-a\n"));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.lastRequest().method, QByteArray("DELETE"));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/chat/completions/chatcmpl-a"));
}

void TestKaiwaCliStored::missingId()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    KAIWA_CLI_RUN(r, cli, base(server) + QStringList{ u"stored"_s, u"get"_s });
    KAIWA_CLI_EXIT(r, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith("kaiwa-cli: error: "));
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestKaiwaCliStored)
#include "tst_kaiwacli_stored.moc"
