// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "core/secrets/MemorySecretStore.h"

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotAnError();
    void removeMissingSucceeds();
    void namesAreExact();
    void emptyNameIsRejected();
    void finishesOnceAndNeverSynchronously();
    void jobDeletesItself();
    void pendingJobsAreCancelledWithTheStore();
    void blockingHelpers();
    void isNotPersistent();
};

void TestMemorySecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secret");
    QTest::addRow("ascii") << QStringLiteral("OpenAI") << QStringLiteral("sk-test-123");
    QTest::addRow("japanese name") << QStringLiteral("会話/テスト") << QStringLiteral("sk-日本");
    QTest::addRow("slashes and spaces")
        << QStringLiteral(" a/b\\c %2F ") << QStringLiteral("key with spaces");
    QTest::addRow("empty secret") << QStringLiteral("local") << QString();
}

void TestMemorySecretStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, secret);
    MemorySecretStore store;
    QVERIFY(store.writeBlocking(name, secret).has_value());
    QVERIFY(store.contains(name));
    auto read = store.readBlocking(name);
    QVERIFY(read.has_value());
    QVERIFY(read->has_value());
    QCOMPARE(**read, secret);

    QVERIFY(store.writeBlocking(name, QStringLiteral("overwritten")).has_value());
    read = store.readBlocking(name);
    QVERIFY(read && *read);
    QCOMPARE(**read, QStringLiteral("overwritten"));
    QCOMPARE(store.count(), 1);

    QVERIFY(store.removeBlocking(name).has_value());
    read = store.readBlocking(name);
    QVERIFY(read.has_value());
    QVERIFY(!read->has_value());
    QCOMPARE(store.count(), 0);
}

void TestMemorySecretStore::missingEntryIsNotAnError()
{
    MemorySecretStore store;
    SecretJob *job = store.read(QStringLiteral("nobody"));
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isValid());
    QVERIFY(spy.wait(1000));
    const auto result = spy.at(0).at(0).value<SecretResult>();
    QCOMPARE(result.operation, SecretResult::Operation::Read);
    QCOMPARE(result.name, QStringLiteral("nobody"));
    QVERIFY(!result.isError());
    QVERIFY(!result.hasSecret());
    QVERIFY(!result.secret.has_value());
}

void TestMemorySecretStore::removeMissingSucceeds()
{
    MemorySecretStore store;
    const auto removed = store.removeBlocking(QStringLiteral("nobody"));
    QVERIFY(removed.has_value());
}

void TestMemorySecretStore::namesAreExact()
{
    MemorySecretStore store;
    QVERIFY(store.writeBlocking(QStringLiteral("Work"), QStringLiteral("one")).has_value());
    QVERIFY(store.writeBlocking(QStringLiteral("work"), QStringLiteral("two")).has_value());
    QCOMPARE(**store.readBlocking(QStringLiteral("Work")), QStringLiteral("one"));
    QCOMPARE(**store.readBlocking(QStringLiteral("work")), QStringLiteral("two"));
    QVERIFY(!store.readBlocking(QStringLiteral("Work "))->has_value());
}

void TestMemorySecretStore::emptyNameIsRejected()
{
    MemorySecretStore store;
    const auto written = store.writeBlocking(QString(), QStringLiteral("sk"));
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().kind, ApiError::Kind::Usage);
    QVERIFY(!written.error().message.isEmpty());
    QCOMPARE(store.count(), 0);
    QVERIFY(!store.readBlocking(QString()).has_value());
}

void TestMemorySecretStore::finishesOnceAndNeverSynchronously()
{
    MemorySecretStore store;
    SecretJob *job = store.write(QStringLiteral("p"), QStringLiteral("s"));
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isValid());
    QCOMPARE(spy.count(), 0); // the caller can still connect
    QVERIFY(!job->isFinished());
    QVERIFY(spy.wait(1000));
    QVERIFY(job->isFinished());
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    const auto result = spy.at(0).at(0).value<SecretResult>();
    QCOMPARE(result.operation, SecretResult::Operation::Write);
    QVERIFY(!result.isError());
    QVERIFY(!result.secret.has_value()); // writes never echo the secret
}

void TestMemorySecretStore::jobDeletesItself()
{
    MemorySecretStore store;
    QPointer<SecretJob> job = store.read(QStringLiteral("p"));
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 1000);
}

void TestMemorySecretStore::pendingJobsAreCancelledWithTheStore()
{
    auto store = std::make_unique<MemorySecretStore>();
    SecretJob *job = store->write(QStringLiteral("p"), QStringLiteral("s"));
    std::optional<SecretResult> outcome;
    int calls = 0;
    connect(job, &SecretJob::finished, this, [&](const SecretResult &result) {
        outcome = result;
        ++calls;
    });
    store.reset();
    QCOMPARE(calls, 1);
    QVERIFY(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
}

void TestMemorySecretStore::blockingHelpers()
{
    MemorySecretStore store;
    QVERIFY(!store.readBlocking(QStringLiteral("p"))->has_value());
    QVERIFY(store.writeBlocking(QStringLiteral("p"), QStringLiteral("s")).has_value());
    QCOMPARE(store.readBlocking(QStringLiteral("p"))->value(), QStringLiteral("s"));
}

void TestMemorySecretStore::isNotPersistent()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
