// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one test against the real OS keychain (QtKeychain → libsecret → gnome-keyring). ctest runs
// it through tests/run-with-keyring.sh, inside a private D-Bus session with a throwaway, unlocked
// keyring. It fails, rather than skips, when the store falls back to memory there.
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/ProfileStore.h"

using namespace std::chrono_literals;

namespace {
const QString TestService = QStringLiteral("io.github.kaiwa.Kaiwa.tests");
const char *ChildVariable = "KAIWA_TST_FALLBACK_CHILD";
const char *SecretVariable = "KAIWA_TST_FALLBACK_SECRET";

// Every message logged in this process, to prove the secrets never reach a log.
QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString loggedMessageContaining(const QString &needle)
{
    QMutexLocker locker(&g_messagesMutex);
    for (const auto &message : std::as_const(g_messages)) {
        if (message.contains(needle))
            return message;
    }
    return {};
}

QString uniqueSecret(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-鍵");
}

//! Files under `dir` (recursively) whose bytes contain `needle`, plus all files if `all`.
QStringList filesUnder(const QString &dir, const QByteArray &needle, bool all)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const bool hit = file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
        if (all || hit)
            found.append(path);
    }
    return found;
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultService();
    void realKeychainRoundTrip();
    void fallbackWithoutSessionBus();
    void fallbackChild();

private:
    bool isChild() const { return qEnvironmentVariableIsSet(ChildVariable); }
};

void TestKeychainSecretStore::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kaiwa.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestKeychainSecretStore::defaultService()
{
    QCOMPARE(KeychainSecretStore::defaultService(), QStringLiteral("io.github.kaiwa.Kaiwa"));
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral("io.github.kaiwa.Kaiwa"));
}

void TestKeychainSecretStore::realKeychainRoundTrip()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "no D-Bus session: run this test through tests/run-with-keyring.sh (ctest does)");

    const QString name = QStringLiteral("tst 会話/テスト ") + QUuid::createUuid().toString();
    const QString first = uniqueSecret(QStringLiteral("sk-first-"));
    const QString second = uniqueSecret(QStringLiteral("sk-second-"));

    KeychainSecretStore store(TestService);
    store.setTimeout(20s);
    QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
    QVERIFY(persistence.isValid());

    // Write, asynchronously: one outcome, no error, and still in the real keychain.
    SecretJob *job = store.write(name, first);
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(25000));
    const auto written = finished.at(0).at(0).value<SecretResult>();
    QVERIFY2(!written.isError(), qPrintable(written.error.message));
    QVERIFY2(store.isPersistent(), qPrintable(store.statusMessage()));
    QCOMPARE(persistence.count(), 0);
    QVERIFY(store.statusMessage().isEmpty());

    // A new store instance has no shared memory with the first: it can only find the key in the
    // keychain.
    {
        KeychainSecretStore other(TestService);
        const auto read = other.readBlocking(name);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QVERIFY(read->has_value());
        QCOMPARE(**read, first);
        QVERIFY(other.isPersistent());
    }

    // And the Secret Service itself has it (QtKeychain's libsecret schema: server=service,
    // user=key).
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool,
            { QStringLiteral("lookup"), QStringLiteral("server"), TestService,
                QStringLiteral("user"), name });
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), first);
    } else {
        qWarning("secret-tool not found (package libsecret-tools): skipping the cross-check");
    }

    // Overwrite.
    QVERIFY(store.writeBlocking(name, second).has_value());
    {
        KeychainSecretStore other(TestService);
        const auto read = other.readBlocking(name);
        QVERIFY(read.has_value() && read->has_value());
        QCOMPARE(**read, second);
    }

    // Profiles on disk never carry the key.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    auto profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    profile.name = name;
    QVERIFY(profiles.save(profile).has_value());
    QCOMPARE(filesUnder(dir.path(), second.toUtf8(), false), QStringList());

    // Delete; a missing entry then reads as "no secret", not as an error, and deleting again is
    // fine.
    QVERIFY(store.removeBlocking(name).has_value());
    {
        KeychainSecretStore other(TestService);
        const auto read = other.readBlocking(name);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QVERIFY(!read->has_value());
        QVERIFY(other.isPersistent());
    }
    QVERIFY(store.removeBlocking(name).has_value());
    QVERIFY(store.isPersistent());
    QCOMPARE(persistence.count(), 0);

    QCOMPARE(loggedMessageContaining(first), QString());
    QCOMPARE(loggedMessageContaining(second), QString());
}

void TestKeychainSecretStore::fallbackWithoutSessionBus()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    // QtKeychain and libsecret remember their D-Bus connection per process, so the "no keychain"
    // case runs in a child process of this same binary with a dead session bus address and a
    // private, empty HOME that must stay empty.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString secret = uniqueSecret(QStringLiteral("sk-fallback-"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
    for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
             "XDG_STATE_HOME", "XDG_RUNTIME_DIR" })
        env.insert(QString::fromLatin1(variable), home.path());
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
             "KDE_FULL_SESSION", "DESKTOP_SESSION", "GNOME_KEYRING_CONTROL" })
        env.remove(QString::fromLatin1(variable));
    env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    env.insert(QString::fromLatin1(SecretVariable), secret);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("fallbackChild") });
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestKeychainSecretStore::fallbackChild()")),
        qPrintable(output));
    QVERIFY2(!output.contains(secret), "the secret appeared in the child's output");
    QVERIFY2(
        output.contains(QStringLiteral("keeping API keys in memory only")), qPrintable(output));

    // Nothing was written to disk: no plain-text fallback file, no key anywhere.
    QCOMPARE(filesUnder(home.path(), secret.toUtf8(), false), QStringList());
    QCOMPARE(filesUnder(home.path(), QByteArray(), true), QStringList());
}

void TestKeychainSecretStore::fallbackChild()
{
    if (!isChild())
        QSKIP("runs only as the child process of fallbackWithoutSessionBus");
    const QString secret = qEnvironmentVariable(SecretVariable);
    QVERIFY(!secret.isEmpty());
    const QString name = QStringLiteral("会話/fallback");

    KeychainSecretStore store(TestService);
    store.setTimeout(20s);
    QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
    QVERIFY(persistence.isValid());

    // The write succeeds, but only in memory, and the store says so once.
    const auto written = store.writeBlocking(name, secret);
    QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
    QVERIFY(!store.isPersistent());
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(persistence.at(0).at(0).toBool(), false);
    const QString message = persistence.at(0).at(1).toString();
    QCOMPARE(message, store.statusMessage());
    QVERIFY2(message.startsWith(QStringLiteral("No system keychain is available (")),
        qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(
                 "). The API key is kept in memory until Kaiwa quits; it is not saved.")),
        qPrintable(message));
    QVERIFY(!message.contains(secret));

    // The key is usable for the rest of the process.
    const auto read = store.readBlocking(name);
    QVERIFY(read.has_value() && read->has_value());
    QCOMPARE(**read, secret);
    QVERIFY(!store.readBlocking(QStringLiteral("missing"))->has_value());

    // A second store has its own memory: the key was not persisted anywhere.
    {
        KeychainSecretStore other(TestService);
        const auto again = other.readBlocking(name);
        QVERIFY(again.has_value());
        QVERIFY(!again->has_value());
        QVERIFY(!other.isPersistent());
    }

    QVERIFY(store.removeBlocking(name).has_value());
    QVERIFY(!store.readBlocking(name)->has_value());
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(loggedMessageContaining(secret), QString());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
