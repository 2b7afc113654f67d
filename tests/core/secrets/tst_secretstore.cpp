// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "core/secrets/SecretStore.h"

using namespace std::chrono_literals;

namespace {
//! A store whose backend never answers (a keychain waiting on an unlock prompt) or answers twice.
class StubStore final : public SecretStore
{
public:
    enum class Mode { Silent, AnswerTwice };

    explicit StubStore(Mode mode)
        : m_mode(mode)
    {}

    bool isPersistent() const override { return true; }

    int started = 0;

protected:
    void start(SecretJob *job) override
    {
        ++started;
        if (m_mode == Mode::AnswerTwice) {
            succeed(job, QStringLiteral("first"));
            fail(job, keychainError(QStringLiteral("late"), QStringLiteral("late")));
        }
    }

private:
    Mode m_mode;
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockingTimeout();
    void firstOutcomeWins();
    void destroyedStoreCancelsOnce();
    void emptyNameNeverReachesBackend();
};

void TestSecretStore::blockingTimeout()
{
    StubStore store(StubStore::Mode::Silent);
    const auto read = store.readBlocking(QStringLiteral("p"), 50ms);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().kind, ApiError::Kind::Keychain);
    QCOMPARE(read.error().code, QStringLiteral("keychain-timeout"));
    QVERIFY(read.error().message.contains(QStringLiteral("unlock")));
    QCOMPARE(store.started, 1);
}

void TestSecretStore::firstOutcomeWins()
{
    StubStore store(StubStore::Mode::AnswerTwice);
    SecretJob *job = store.read(QStringLiteral("p"));
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(1000));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    const auto result = spy.at(0).at(0).value<SecretResult>();
    QVERIFY(!result.isError());
    QCOMPARE(result.secret, std::optional<QString>(QStringLiteral("first")));
}

void TestSecretStore::destroyedStoreCancelsOnce()
{
    auto store = std::make_unique<StubStore>(StubStore::Mode::Silent);
    SecretJob *job = store->remove(QStringLiteral("p"));
    QVERIFY(QTest::qWaitFor([&] { return store->started == 1; }, 1000));
    QList<SecretResult> outcomes;
    connect(job, &SecretJob::finished, this,
        [&](const SecretResult &result) { outcomes.append(result); });
    store.reset();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.at(0).operation, SecretResult::Operation::Remove);
    QCOMPARE(outcomes.at(0).error.kind, ApiError::Kind::Cancelled);
}

void TestSecretStore::emptyNameNeverReachesBackend()
{
    StubStore store(StubStore::Mode::Silent);
    const auto written = store.writeBlocking(QString(), QStringLiteral("s"), 1s);
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().kind, ApiError::Kind::Usage);
    QCOMPARE(store.started, 0);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
