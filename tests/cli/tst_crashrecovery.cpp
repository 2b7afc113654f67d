// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing is lost": a real kaiwa-cli process streams an answer into Kaiwa's conversation
// database, is killed with SIGKILL mid-stream, and the reopened database holds the question and
// every word the process had received up to one second before the kill, marked interrupted.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliRunner.h"
#include "FakeOpenAiServer.h"
#include "core/storage/ConversationStore.h"

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigkillMidStreamLosesNothing();
};

void TestCrashRecovery::sigkillMidStreamLosesNothing()
{
    FakeOpenAiServer server;
    QVERIFY(server.isListening());
    QList<QByteArray> events;
    QString fullText;
    for (int i = 0; i < 150; ++i) {
        const QString piece = QStringLiteral("語%1 word ").arg(i);
        fullText += piece;
        events << QJsonDocument(
            QJsonObject{ { QStringLiteral("id"), QStringLiteral("chatcmpl-1") },
                { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                { QStringLiteral("created"), 1 }, { QStringLiteral("model"), QStringLiteral("m") },
                { QStringLiteral("choices"),
                    QJsonArray{ QJsonObject{ { QStringLiteral("index"), 0 },
                        { QStringLiteral("delta"),
                            QJsonObject{ { QStringLiteral("content"), piece } } },
                        { QStringLiteral("finish_reason"), QJsonValue() } } } } })
                      .toJson(QJsonDocument::Compact);
    }
    server.enqueue(FakeResponse::sse(events).withDelay(40)); // 150 events over ~6 s

    CliRunner runner;
    QVERIFY(runner.isValid());
    const auto process = runner.start({ QStringLiteral("--base-url"), server.baseUrl().toString(),
        QStringLiteral("chat"), QStringLiteral("--save"), QStringLiteral("--model"),
        QStringLiteral("m"), QStringLiteral("東京の天気は？") });
    // What the process had received, over time: it prints each piece as soon as it is read, so
    // the text seen here at time t was in the process at t (or earlier).
    QElapsedTimer clock;
    clock.start();
    QByteArray printed;
    QList<QPair<qint64, qsizetype>> seen; // (ms, bytes printed so far)
    connect(process.get(), &QProcess::readyReadStandardOutput, this, [&]() {
        printed += process->readAllStandardOutput();
        seen.append({ clock.elapsed(), printed.size() });
    });
    QTRY_VERIFY_WITH_TIMEOUT(printed.size() > 0, 10000);
    const qint64 firstByte = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > firstByte + 2600, 10000);
    const qint64 killedAt = clock.elapsed();
    process->kill(); // SIGKILL: no handler, no flush, no goodbye
    QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 5000);
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);

    qsizetype mustHave = 0;
    for (const auto &[ms, bytes] : seen) {
        if (ms <= killedAt - 1000)
            mustHave = bytes;
    }
    QVERIFY2(mustHave > 0, "nothing arrived a second before the kill: the stream was too slow");
    const QString textBeforeDeadline = QString::fromUtf8(printed.left(mustHave));

    // The next start: the store marks the unfinished answer interrupted.
    ConversationStore store;
    const QString database =
        runner.home() + QStringLiteral("/.local/share/Kaiwa/Kaiwa/kaiwa.sqlite3");
    const auto opened = store.open(database);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
    const auto conversations = store.conversations();
    QVERIFY(conversations);
    QCOMPARE(conversations->size(), 1);
    QCOMPARE(conversations->first().title, QStringLiteral("東京の天気は？"));
    const auto messages = store.messages(conversations->first().id);
    QVERIFY(messages);
    QCOMPARE(messages->size(), 2);
    const Conversation::Message &question = messages->at(0);
    QCOMPARE(question.role, Conversation::Role::User);
    QCOMPARE(question.text(), QStringLiteral("東京の天気は？"));
    const Conversation::Message &answer = messages->at(1);
    QCOMPARE(answer.role, Conversation::Role::Assistant);
    QCOMPARE(answer.parentId, question.id);
    QCOMPARE(answer.state, Conversation::State::Interrupted);
    QVERIFY2(fullText.startsWith(answer.text()), qPrintable(answer.text()));
    QVERIFY2(answer.text().startsWith(textBeforeDeadline),
        qPrintable(
            QStringLiteral("stored %1 characters, but %2 had arrived a second before the kill")
                .arg(answer.text().size())
                .arg(textBeforeDeadline.size())));
    QVERIFY(answer.text().size() < fullText.size()); // it really was cut
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
