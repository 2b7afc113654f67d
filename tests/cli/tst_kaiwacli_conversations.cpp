// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-cli conversations: the history kaiwa-cli chat --save wrote, listed, searched, exported
// and imported into another home, by the real binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliRunner.h"
#include "FakeOpenAiServer.h"

class TestKaiwaCliConversations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveListSearchExportImport();
    void badInputIsRefused();

private:
    static CliResult chat(const CliRunner &runner, FakeOpenAiServer &server, const QString &prompt,
        const QStringList &answer);
};

CliResult TestKaiwaCliConversations::chat(const CliRunner &runner, FakeOpenAiServer &server,
    const QString &prompt, const QStringList &answer)
{
    server.enqueue(FakeResponse::chatStream(answer));
    return runner.run(
        { QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("chat"),
            QStringLiteral("--save"), QStringLiteral("--model"), QStringLiteral("m"), prompt });
}

void TestKaiwaCliConversations::saveListSearchExportImport()
{
    FakeOpenAiServer server;
    CliRunner runner;
    QVERIFY(runner.isValid());
    CliResult r = chat(runner, server, QStringLiteral("京都のおすすめは？"),
        { QStringLiteral("金閣寺と"), QStringLiteral("清水寺です。") });
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    r = chat(runner, server, QStringLiteral("Best ramen in Sapporo?"),
        { QStringLiteral("Miso ramen "), QStringLiteral("at Ramen Yokocho.") });
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());

    r = runner.run({ QStringLiteral("--output"), QStringLiteral("json"),
        QStringLiteral("conversations"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QStringList titles;
    for (const QJsonValue &c : list)
        titles << c.toObject().value(QLatin1String("title")).toString();
    QVERIFY(titles.contains(QStringLiteral("京都のおすすめは？")));
    QVERIFY(titles.contains(QStringLiteral("Best ramen in Sapporo?")));

    // A two-character Japanese word finds the answer, and the line names its conversation.
    r = runner.run(
        { QStringLiteral("conversations"), QStringLiteral("search"), QStringLiteral("清水") });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QList<QByteArray> hits = r.out.trimmed().split('\n');
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().contains("京都のおすすめは？") && hits.first().contains("清水寺"),
        r.describe().constData());

    r = runner.run({ QStringLiteral("conversations"), QStringLiteral("export"),
        QString::number(list.at(0).toObject().value(QLatin1String("id")).toInteger()),
        QStringLiteral("--format"), QStringLiteral("markdown") });
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("# "), r.describe().constData());

    r = runner.run({ QStringLiteral("conversations"), QStringLiteral("export") });
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject exported = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(
        exported.value(QLatin1String("format")).toString(), QStringLiteral("kaiwa.conversations"));
    QCOMPARE(exported.value(QLatin1String("conversations")).toArray().size(), 2);

    // Into another home: the same conversations, searchable there.
    CliRunner other;
    const QString file = other.writeFile(QStringLiteral("export.json"), r.out);
    r = other.run({ QStringLiteral("conversations"), QStringLiteral("import"), file });
    QVERIFY2(r.exitCode == 0 && r.out.contains("2"), r.describe().constData());
    r = other.run(
        { QStringLiteral("conversations"), QStringLiteral("search"), QStringLiteral("Yokocho") });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Best ramen in Sapporo?"), r.describe().constData());
}

void TestKaiwaCliConversations::badInputIsRefused()
{
    CliRunner runner;
    const QString broken = runner.writeFile(
        QStringLiteral("broken.json"), "{\"format\": \"kaiwa.conversations\", \"version\": 1,");
    CliResult r = runner.run({ QStringLiteral("conversations"), QStringLiteral("import"), broken });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains("was not imported") && r.err.contains("line"), r.describe().constData());
    r = runner.run({ QStringLiteral("--output"), QStringLiteral("json"),
        QStringLiteral("conversations"), QStringLiteral("list") });
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0); // nothing half-imported
    r = runner.run({ QStringLiteral("conversations"), QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("markdown") });
    QCOMPARE(r.exitCode, 2);
    r = runner.run({ QStringLiteral("conversations"), QStringLiteral("rename") });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestKaiwaCliConversations)
#include "tst_kaiwacli_conversations.moc"
