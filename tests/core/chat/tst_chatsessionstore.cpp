// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession and the database while an answer streams: checkpoints another connection can read,
// and a store that stops accepting writes (read-only, disk full) without losing the conversation.
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "SessionTestSupport.h"

using namespace SessionTest;
using Conversation::State;

namespace {
//! Runs a pragma on the session's own connection (a real SQLite failure, no mocks).
bool pragma(const ConversationStore &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

int pageCount(const ConversationStore &store)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    return query.exec(QStringLiteral("PRAGMA page_count")) && query.next() ? query.value(0).toInt()
                                                                           : -1;
}

//! `count` deltas `delayMs` apart: "第0文。第1文。…".
FakeResponse slowAnswer(int count, int delayMs, QString *whole)
{
    QList<QByteArray> payloads;
    for (int i = 0; i < count; ++i) {
        const QString delta = QStringLiteral("第%1文。").arg(i);
        *whole += delta;
        payloads << contentChunk(delta);
    }
    payloads << finishChunk() << QByteArrayLiteral("[DONE]");
    return FakeResponse::sse(payloads).withDelay(delayMs);
}

struct Snapshot
{
    qint64 at = 0; //!< ms since send()
    QString shown; //!< the model's text
    QString stored; //!< what the other connection read
    State state = State::Pending;
};
} // namespace

class TestChatSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkpointsVisibleWhileStreaming();
    void secondStoreOpenedMidStream();
    void readOnlyStoreKeepsConversation();
    void diskFullMidStream();
};

void TestChatSessionStore::checkpointsVisibleWhileStreaming()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    QCOMPARE(f.session.checkpointInterval(), 500);
    ConversationStore reader; // another connection, as a second window or kaiwa-cli would be
    QVERIFY(reader.open(f.dbPath()));
    QString whole;
    f.server.enqueue(slowAnswer(20, 100, &whole)); // about 2 s

    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(f.session.send(say(QStringLiteral("ゆっくり数えて"))));
    const qint64 answerId = f.id(1);
    QList<Snapshot> snapshots;
    while (f.session.isStreaming() && clock.elapsed() < 10000) {
        spin(150);
        const auto stored = reader.message(answerId);
        QVERIFY(stored);
        snapshots.append({ clock.elapsed(), f.text(1), stored->text(), stored->state });
    }
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QCOMPARE(f.text(1), whole);

    QStringList distinct;
    for (const Snapshot &s : snapshots) {
        QVERIFY2(whole.startsWith(s.stored), qPrintable(s.stored));
        if (s.stored.isEmpty())
            continue;
        if (s.state != State::Complete) // the last poll may see the final record
            QCOMPARE(s.state, State::Streaming);
        if (!distinct.contains(s.stored))
            distinct << s.stored;
        // Nothing older than a second is missing from the database.
        for (const Snapshot &earlier : snapshots) {
            if (earlier.at <= s.at - 1000)
                QVERIFY2(s.stored.startsWith(earlier.shown),
                    qPrintable(QStringLiteral("at %1 ms the store had %2 characters, the model "
                                              "had %3 at %4 ms")
                                   .arg(s.at)
                                   .arg(s.stored.size())
                                   .arg(earlier.shown.size())
                                   .arg(earlier.at)));
        }
    }
    QVERIFY2(distinct.size() >= 3, qPrintable(distinct.join(QLatin1String(" | "))));
    for (int i = 1; i < distinct.size(); ++i)
        QVERIFY(distinct.at(i).startsWith(distinct.at(i - 1))); // it only grows
    const auto final = reader.message(answerId);
    QVERIFY(final);
    QCOMPARE(final->text(), whole);
    QCOMPARE(final->state, State::Complete);
}

void TestChatSessionStore::secondStoreOpenedMidStream()
{
    Fixture f;
    QVERIFY(f.session.create(settings()));
    QString whole;
    f.server.enqueue(slowAnswer(15, 100, &whole));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("数えて"))));
    const qint64 answerId = f.id(1);
    QVERIFY(QTest::qWaitFor([&] { return f.store.message(answerId)->text().size() > 0; }, 5000));
    QVERIFY(f.session.isStreaming());

    // Opening the database again (a second window, kaiwa-cli) while the answer is arriving.
    ConversationStore late;
    QVERIFY(late.open(f.dbPath()));
    const auto seen = late.message(answerId);
    QVERIFY(seen);
    QVERIFY(!seen->text().isEmpty());
    QCOMPARE(seen->state, State::Streaming);

    QVERIFY(finished.wait(5000));
    const auto after = late.message(answerId);
    QVERIFY(after);
    QCOMPARE(after->text(), whole);
    QCOMPARE(after->state, State::Complete); // the final record repairs it
    QCOMPARE(after->error, QString());
}

void TestChatSessionStore::readOnlyStoreKeepsConversation()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    // Every write now fails with SQLITE_READONLY, as on a file that became read-only.
    QVERIFY(pragma(f.store, QStringLiteral("PRAGMA query_only = ON")));
    QSignalSpy storeFailed(&f.session, &ChatSession::storeFailed);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    f.server.enqueue(answer({ QStringLiteral("保存できなくても"), QStringLiteral("答えます。") }));
    QVERIFY(f.session.send(say(QStringLiteral("聞こえますか？"))));
    QVERIFY(finished.wait(5000));

    QVERIFY(storeFailed.size() >= 1);
    const StoreError error = storeFailed.first().first().value<StoreError>();
    QCOMPARE(error.kind, StoreError::Kind::ReadOnly);
    QVERIFY(!error.advice.isEmpty());
    QCOMPARE(error.path, f.dbPath());
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.text(0), QStringLiteral("聞こえますか？"));
    QCOMPARE(f.text(1), QStringLiteral("保存できなくても答えます。"));
    QCOMPARE(f.state(1), State::Complete);
    QVERIFY(f.id(0) < 0 && f.id(1) < 0 && f.id(0) != f.id(1)); // kept in memory only
    QCOMPARE(f.store.messages(*conversation)->size(), 0);

    // The conversation goes on in memory, with its history.
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QVERIFY(f.session.send(say(QStringLiteral("続けて"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model.rowCount(), 4);
    QCOMPARE(f.state(3), State::Complete);
    QCOMPARE(sentTurns(f.server.lastRequest()).mid(1),
        QStringList({ QStringLiteral("user: 聞こえますか？"),
            QStringLiteral("assistant: 保存できなくても答えます。"),
            QStringLiteral("user: 続けて") }));
}

void TestChatSessionStore::diskFullMidStream()
{
    Fixture f;
    const auto conversation = f.session.create(settings());
    QVERIFY(conversation);
    // Big deltas: each checkpoint needs new pages. Once the request is out (question and empty
    // answer saved), the database may not grow: a real SQLITE_FULL on the next write.
    QList<QByteArray> payloads;
    QString whole;
    for (int i = 0; i < 8; ++i) {
        const QString delta = QString(20000, QChar(0x3042 + i));
        whole += delta;
        payloads << contentChunk(delta);
    }
    payloads << finishChunk() << QByteArrayLiteral("[DONE]");
    f.server.enqueue(FakeResponse::sse(payloads).withDelay(120));
    bool capped = false;
    connect(&f.server, &FakeOpenAiServer::requestReceived, &f.server, [&] {
        capped =
            pragma(f.store, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(f.store)));
    });
    QSignalSpy storeFailed(&f.session, &ChatSession::storeFailed);
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("長く書いて"))));
    QVERIFY(finished.wait(10000));
    QVERIFY(capped);

    QVERIFY(storeFailed.size() >= 2); // a checkpoint and the final record
    QCOMPARE(storeFailed.first().first().value<StoreError>().kind, StoreError::Kind::DiskFull);
    QCOMPARE(f.text(1), whole); // every word is still on screen
    QCOMPARE(f.state(1), State::Complete);
    const auto stored = f.store.messages(*conversation);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).text(), QStringLiteral("長く書いて")); // saved before the request
    QVERIFY(whole.startsWith(stored->at(1).text()));

    // Space again: the next exchange is saved.
    QVERIFY(pragma(f.store, QStringLiteral("PRAGMA max_page_count = 1000000")));
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QVERIFY(f.session.send(say(QStringLiteral("短く"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.store.messages(*conversation)->size(), 4);
    QCOMPARE(f.store.message(f.id(3))->state, State::Complete);
    QCOMPARE(f.store.message(f.id(1))->text(), whole);
}

QTEST_GUILESS_MAIN(TestChatSessionStore)
#include "tst_chatsessionstore.moc"
