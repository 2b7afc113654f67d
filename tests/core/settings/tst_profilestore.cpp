// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void groupNames_data();
    void groupNames();
    void saveReplacesEveryField();
    void listOrder();
    void remove();
    void rename();
    void invalidNames_data();
    void invalidNames();
    void corruptValuesAreIgnored_data();
    void corruptValuesAreIgnored();
    void keysAreNeverWritten();
    void unwritableFile();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    QByteArray iniBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
ProviderProfile fullProfile(const QString &name)
{
    ProviderProfile p;
    p.name = name;
    p.kind = ProviderProfile::Kind::AzureInference;
    p.baseUrl = QUrl(QStringLiteral("https://example.services.ai.azure.com/models/日本?x=1&y=%2F"));
    p.auth = ProviderProfile::Auth::Both;
    p.apiVersion = QStringLiteral("2024-05-01-preview");
    p.extraHeaders = { { "X-Title", "Kaiwa, 会話 app" },
        { "HTTP-Referer", "https://kaiwa.example/" }, { "X-Dup", "1" }, { "X-Dup", "2 \"quoted\"" },
        { "X-Latin1", "caf\xe9" } };
    p.extraBody =
        QJsonObject{ { QStringLiteral("provider"),
                         QJsonObject{ { QStringLiteral("order"),
                             QJsonArray{ QStringLiteral("openai"), QStringLiteral("azure") } } } },
            { QStringLiteral("temperature"), 0.5 },
            { QStringLiteral("note"), QStringLiteral("日本語, =;#") } };
    p.extraParameters = QStringLiteral("pass-through");
    p.defaultModel = QStringLiteral("openai/gpt-4o-mini");
    p.tokenLimitField = ProviderProfile::TokenLimitField::MaxTokens;
    return p;
}
} // namespace

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestProfileStore::iniBytes() const
{
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<ProviderProfile>("profile");
    QTest::addRow("every field") << fullProfile(QStringLiteral("Azure"));
    QTest::addRow("japanese name") << fullProfile(QStringLiteral("会話のプロファイル"));
    QTest::addRow("slashes") << fullProfile(QStringLiteral("openrouter/work\\home"));
    QTest::addRow("percent and spaces") << fullProfile(QStringLiteral(" 100% %2F sure "));
    QTest::addRow("ini syntax") << fullProfile(QStringLiteral("[General]=;#\"x\""));
    QTest::addRow("General") << fullProfile(QStringLiteral("General"));
    QTest::addRow("emoji") << fullProfile(QStringLiteral("🤖 bot"));
    auto minimal = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    minimal.name = QStringLiteral("local");
    QTest::addRow("defaults") << minimal;
    ProviderProfile bare;
    bare.name = QStringLiteral("bare");
    QTest::addRow("empty fields") << bare;
}

void TestProfileStore::roundTrip()
{
    QFETCH(ProviderProfile, profile);
    {
        ProfileStore store(iniPath());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.save(profile).has_value());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.profile(profile.name), profile);
    }
    ProfileStore reopened(iniPath());
    QCOMPARE(reopened.names(), QStringList{ profile.name });
    QVERIFY(reopened.contains(profile.name));
    const auto loaded = reopened.profile(profile.name);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->name, profile.name);
    QCOMPARE(loaded->kind, profile.kind);
    QCOMPARE(loaded->baseUrl, profile.baseUrl);
    QCOMPARE(loaded->auth, profile.auth);
    QCOMPARE(loaded->apiVersion, profile.apiVersion);
    QCOMPARE(loaded->extraHeaders, profile.extraHeaders);
    QCOMPARE(loaded->extraBody, profile.extraBody);
    QCOMPARE(loaded->extraParameters, profile.extraParameters);
    QCOMPARE(loaded->defaultModel, profile.defaultModel);
    QCOMPARE(loaded->tokenLimitField, profile.tokenLimitField);
    QCOMPARE(*loaded, profile);
    QCOMPARE(reopened.list(), QList<ProviderProfile>{ profile });
}

void TestProfileStore::groupNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("group");
    QTest::addRow("plain") << QStringLiteral("OpenAI") << QStringLiteral("OpenAI");
    QTest::addRow("japanese") << QStringLiteral("会話") << QStringLiteral("会話");
    QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
    QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a%5Cb");
    QTest::addRow("percent") << QStringLiteral("%2F") << QStringLiteral("%252F");
    QTest::addRow("trailing percent") << QStringLiteral("50%") << QStringLiteral("50%25");
}

void TestProfileStore::groupNames()
{
    QFETCH(QString, name);
    QFETCH(QString, group);
    QCOMPARE(ProfileStore::groupForName(name), group);
    QCOMPARE(ProfileStore::nameForGroup(group), name);
}

void TestProfileStore::saveReplacesEveryField()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(fullProfile(QStringLiteral("p"))).has_value());
    ProviderProfile bare;
    bare.name = QStringLiteral("p");
    QVERIFY(store.save(bare).has_value());
    QCOMPARE(store.profile(QStringLiteral("p")), bare);
    QCOMPARE(store.names().size(), 1);
}

void TestProfileStore::listOrder()
{
    ProfileStore store(iniPath());
    const QStringList saved{ QStringLiteral("zeta"), QStringLiteral("Alpha"),
        QStringLiteral("会話"), QStringLiteral("beta"), QStringLiteral("alpha"),
        QStringLiteral("a/b") };
    for (const auto &name : saved) {
        ProviderProfile p;
        p.name = name;
        QVERIFY(store.save(p).has_value());
    }
    const QStringList expected{ QStringLiteral("a/b"), QStringLiteral("Alpha"),
        QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("zeta"),
        QStringLiteral("会話") };
    QCOMPARE(store.names(), expected);
    QStringList listed;
    for (const auto &p : store.list())
        listed.append(p.name);
    QCOMPARE(listed, expected);
    QCOMPARE(ProfileStore(iniPath()).names(), expected);
}

void TestProfileStore::remove()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(fullProfile(QStringLiteral("a/b"))).has_value());
    QVERIFY(store.save(fullProfile(QStringLiteral("keep"))).has_value());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.remove(QStringLiteral("a/b")).has_value());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.names(), QStringList{ QStringLiteral("keep") });
    QVERIFY(!store.profile(QStringLiteral("a/b")).has_value());
    QCOMPARE(ProfileStore(iniPath()).names(), QStringList{ QStringLiteral("keep") });

    const auto again = store.remove(QStringLiteral("a/b"));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, QStringLiteral("profile-not-found"));
    QCOMPARE(changed.count(), 1);
}

void TestProfileStore::rename()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(fullProfile(QStringLiteral("old"))).has_value());
    QVERIFY(store.save(fullProfile(QStringLiteral("other"))).has_value());
    QVERIFY(store.rename(QStringLiteral("old"), QStringLiteral("新しい/名前")).has_value());
    QCOMPARE(
        store.names(), (QStringList{ QStringLiteral("other"), QStringLiteral("新しい/名前") }));
    QCOMPARE(
        store.profile(QStringLiteral("新しい/名前")), fullProfile(QStringLiteral("新しい/名前")));

    const auto taken = store.rename(QStringLiteral("other"), QStringLiteral("新しい/名前"));
    QVERIFY(!taken.has_value());
    QCOMPARE(taken.error().code, QStringLiteral("profile-name-taken"));
    QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("x")).has_value());
    QVERIFY(!store.rename(QStringLiteral("other"), QString()).has_value());
    QVERIFY(store.contains(QStringLiteral("other")));
}

void TestProfileStore::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << QStringLiteral("   ");
    QTest::addRow("newline") << QStringLiteral("a\nb");
    QTest::addRow("tab") << QStringLiteral("a\tb");
    QTest::addRow("nul") << QString(QChar(u'\0'));
}

void TestProfileStore::invalidNames()
{
    QFETCH(QString, name);
    ProfileStore store(iniPath());
    ProviderProfile p;
    p.name = name;
    const auto saved = store.save(p);
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().kind, ApiError::Kind::Usage);
    QCOMPARE(saved.error().code, QStringLiteral("profile-name-invalid"));
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(saved.error().message, ProfileStore::nameProblem(name));
    QVERIFY(store.names().isEmpty());
    QVERIFY(!QFile::exists(iniPath()));
}

void TestProfileStore::corruptValuesAreIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("field");
    QTest::addRow("kind") << QByteArray("kind=anthropic") << QStringLiteral("kind");
    QTest::addRow("auth") << QByteArray("auth=basic") << QStringLiteral("auth");
    QTest::addRow("tokenLimitField")
        << QByteArray("tokenLimitField=max_output") << QStringLiteral("tokenLimitField");
    QTest::addRow("baseUrl relative")
        << QByteArray("baseUrl=not a url") << QStringLiteral("baseUrl");
    QTest::addRow("baseUrl invalid")
        << QByteArray("baseUrl=http://[::1") << QStringLiteral("baseUrl");
    QTest::addRow("extraBody not json")
        << QByteArray("extraBody=\"{nope\"") << QStringLiteral("extraBody");
    QTest::addRow("extraBody array")
        << QByteArray("extraBody=\"[1,2]\"") << QStringLiteral("extraBody");
    QTest::addRow("extraHeaders object")
        << QByteArray("extraHeaders=\"{\\\"a\\\":\\\"b\\\"}\"") << QStringLiteral("extraHeaders");
    QTest::addRow("extraHeaders triple")
        << QByteArray("extraHeaders=\"[[\\\"a\\\",\\\"b\\\",\\\"c\\\"]]\"")
        << QStringLiteral("extraHeaders");
    QTest::addRow("extraHeaders non-latin1")
        << QByteArray("extraHeaders=\"[[\\\"a\\\",\\\"\xe4\xbc\x9a\\\"]]\"")
        << QStringLiteral("extraHeaders");
}

void TestProfileStore::corruptValuesAreIgnored()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, field);
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nformatVersion=1\n\n[p]\nkind=gateway\nauth=none\n"
                   "defaultModel=m\nbaseUrl=https://x.example/v1\n"
                   "extraBody=\"{\\\"a\\\":1}\"\n");
        file.write(line + '\n');
    }
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("ignoring “%1” of profile “p”").arg(field)));
    ProfileStore store(iniPath());
    const auto p = store.profile(QStringLiteral("p"));
    QVERIFY(p.has_value());
    QCOMPARE(p->defaultModel, QStringLiteral("m")); // the rest still loads
    ProviderProfile defaults;
    if (field == u"kind")
        QCOMPARE(p->kind, defaults.kind);
    else
        QCOMPARE(p->kind, ProviderProfile::Kind::Gateway);
    if (field == u"auth")
        QCOMPARE(p->auth, defaults.auth);
    else
        QCOMPARE(p->auth, ProviderProfile::Auth::None);
    if (field == u"tokenLimitField")
        QCOMPARE(p->tokenLimitField, defaults.tokenLimitField);
    if (field == u"baseUrl")
        QVERIFY(p->baseUrl.isEmpty());
    if (field == u"extraBody")
        QVERIFY(p->extraBody.isEmpty());
    if (field == u"extraHeaders")
        QVERIFY(p->extraHeaders.isEmpty());
}

void TestProfileStore::keysAreNeverWritten()
{
    const QString key = QStringLiteral("sk-proj-NEVER-ON-DISK-会話-0123456789");
    ProfileStore store(iniPath());
    MemorySecretStore secrets;
    auto p = fullProfile(QStringLiteral("OpenAI"));
    QVERIFY(store.save(p).has_value());
    QVERIFY(secrets.writeBlocking(p.name, key).has_value());
    p.defaultModel = QStringLiteral("gpt-4o");
    QVERIFY(store.save(p).has_value());
    const QByteArray ini = iniBytes();
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(key.toUtf8()));
    QVERIFY(!ini.contains("NEVER-ON-DISK"));
    QCOMPARE(secrets.readBlocking(p.name)->value(), key);
}

void TestProfileStore::unwritableFile()
{
    // A directory where the file should be: QSettings cannot write it.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("profiles.ini")));
    ProfileStore store(iniPath());
    ProviderProfile p;
    p.name = QStringLiteral("p");
    const auto saved = store.save(p);
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().code, QStringLiteral("settings-not-writable"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
