// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of how kaiwa-cli authenticates and addresses the server: API key variables,
// --header, and Azure OpenAI deployments.
#include <QTest>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

class TestKaiwaCliAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auth_data();
    void auth();
    void extraHeaders();
    void azureDeployment();
};

void TestKaiwaCliAuth::auth_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QByteArray>("authorization"); // null: no header

    QTest::addRow("KAIWA_API_KEY") << QStringList{ u"KAIWA_API_KEY=sk-kaiwa"_s } << QStringList{}
                                   << QByteArray("Bearer sk-kaiwa");
    QTest::addRow("OPENAI_API_KEY fallback") << QStringList{ u"OPENAI_API_KEY=sk-openai"_s }
                                             << QStringList{} << QByteArray("Bearer sk-openai");
    QTest::addRow("KAIWA_API_KEY first")
        << QStringList{ u"KAIWA_API_KEY=sk-kaiwa"_s, u"OPENAI_API_KEY=sk-openai"_s }
        << QStringList{} << QByteArray("Bearer sk-kaiwa");
    QTest::addRow("--api-key-env MYVAR")
        << QStringList{ u"MYVAR=sk-mine"_s, u"KAIWA_API_KEY=sk-kaiwa"_s }
        << QStringList{ u"--api-key-env"_s, u"MYVAR"_s } << QByteArray("Bearer sk-mine");
    QTest::addRow("--api-key-env unset")
        << QStringList{ u"KAIWA_API_KEY=sk-kaiwa"_s }
        << QStringList{ u"--api-key-env"_s, u"MYVAR"_s } << QByteArray();
    QTest::addRow("none") << QStringList{} << QStringList{} << QByteArray();
}

void TestKaiwaCliAuth::auth()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, extraArguments);
    QFETCH(QByteArray, authorization);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    for (const QString &assignment : environment)
        cli.env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    server.enqueue(FakeResponse::models({ u"m"_s }));

    KAIWA_CLI_RUN(r, cli,
        QStringList{ u"--base-url"_s, server.baseUrl().toString(), u"models"_s } + extraArguments);
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.lastRequest().header("authorization"), authorization);
    QCOMPARE(server.lastRequest().hasHeader("authorization"), !authorization.isNull());
    QVERIFY(!server.lastRequest().hasHeader("api-key"));
}

void TestKaiwaCliAuth::extraHeaders()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    server.enqueue(FakeResponse::chatStream({ u"ok"_s }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"--header"_s, u"X-Kaiwa-Test: one two"_s,
            u"--header"_s, u"OpenAI-Organization: org-1"_s, u"chat"_s, u"--model"_s, u"m"_s,
            u"hi"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(server.lastRequest().header("x-kaiwa-test"), QByteArray("one two"));
    QCOMPARE(server.lastRequest().header("openai-organization"), QByteArray("org-1"));
}

void TestKaiwaCliAuth::azureDeployment()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    cli.env.insert(u"KAIWA_API_KEY"_s, u"az-key"_s);
    server.enqueue(FakeResponse::chatStream({ u"ok"_s }));

    KAIWA_CLI_RUN(r, cli,
        { u"--provider"_s, u"azure-openai"_s, u"--api-version"_s, u"2024-10-21"_s, u"--base-url"_s,
            u"http://127.0.0.1:%1"_s.arg(server.port()), u"chat"_s, u"--model"_s, u"dep1"_s,
            u"hi"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("ok\n"));
    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path,
        QByteArray("/openai/deployments/dep1/chat/completions?api-version=2024-10-21"));
    QCOMPARE(request.header("api-key"), QByteArray("az-key"));
    QVERIFY(!request.hasHeader("authorization"));
}

QTEST_GUILESS_MAIN(TestKaiwaCliAuth)
#include "tst_kaiwacli_auth.moc"
