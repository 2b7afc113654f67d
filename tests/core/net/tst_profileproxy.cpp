// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's proxy, end to end through ClientPool: the proxy password comes from the SecretStore
// (the real keychain when KAIWA_TEST_KEYCHAIN is set, under tests/run-with-keyring.sh), the login
// answers the proxy's 407, a wrong password is a clear error, mode "none" goes around the proxy,
// and the password is never written to profiles.ini.
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestCertificates.h"
#include "TestProxy.h"
#include "TlsTestServer.h"
#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/api/RequestObserver.h"
#include "core/chat/ClientPool.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"

namespace {
const QString kPassword = QStringLiteral("pr0xy-passw0rd-never-on-disk");
const QString kProfile = QStringLiteral("Office");

//! Counts the requests the shared manager's observers hear of.
class CountingObserver final : public RequestObserver
{
public:
    int sent = 0;

    void requestSent(
        quint64, const QByteArray &, const QNetworkRequest &, const QByteArray &, int) override
    {
        ++sent;
    }

    void responseStarted(quint64, int, const Headers &) override {}

    void responseBytes(quint64, const char *, qsizetype) override {}

    void requestEnded(quint64, const ApiError &, bool) override {}
};
} // namespace

class TestProfileProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void requestsGoThroughTheProxyWithTheLogin();
    void wrongPasswordIsAClearError();
    void noLoginIsAClearError();
    void modeNoneBypassesTheProxy();
    void modeSystemFollowsTheEnvironment();

private:
    ApiError fetch();
    void saveProfile(NetworkSettings::ProxyMode mode, const QString &user);
    void writePassword(const QString &password);

    TestCertificates m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ClientPool> m_pool;
    std::unique_ptr<TlsTestServer> m_server;
    std::unique_ptr<TestProxy> m_proxy;
};

void TestProfileProxy::initTestCase()
{
    QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
}

void TestProfileProxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    if (qEnvironmentVariableIsSet("KAIWA_TEST_KEYCHAIN")) {
        auto keychain = std::make_unique<KeychainSecretStore>(
            QStringLiteral("io.github.kaiwa.Kaiwa.test-proxy"));
        m_secrets = std::move(keychain);
    } else {
        m_secrets = std::make_unique<MemorySecretStore>();
    }
    // Under run-with-keyring.sh the password must really be in the keychain, not in memory.
    if (qEnvironmentVariableIsSet("KAIWA_TEST_KEYCHAIN")) {
        QVERIFY(m_secrets->writeBlocking(QStringLiteral("probe"), QStringLiteral("x")));
        QVERIFY2(m_secrets->isPersistent(), qPrintable(m_secrets->statusMessage()));
        QVERIFY(m_secrets->removeBlocking(QStringLiteral("probe")));
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_pool = std::make_unique<ClientPool>(*m_profiles, *m_secrets, *m_nam);
    m_server = std::make_unique<TlsTestServer>();
    QVERIFY(m_server->listen(m_certs.path("server.pem"), m_certs.path("server.key")));
    m_proxy = std::make_unique<TestProxy>(QByteArrayLiteral("alice"), kPassword.toUtf8());
    QVERIFY(m_proxy->listen());
}

void TestProfileProxy::cleanup()
{
    if (m_secrets)
        QVERIFY(m_secrets->removeBlocking(NetworkSettings::proxyPasswordAccount(kProfile)));
    m_pool.reset();
    m_nam.reset();
}

void TestProfileProxy::saveProfile(NetworkSettings::ProxyMode mode, const QString &user)
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.name = kProfile;
    profile.baseUrl = m_server->baseUrl();
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    profile.network.proxyMode = mode;
    profile.network.proxyHost = QStringLiteral("127.0.0.1");
    profile.network.proxyPort = m_proxy->port();
    profile.network.proxyUser = user;
    QVERIFY(m_profiles->save(profile));
}

void TestProfileProxy::writePassword(const QString &password)
{
    QVERIFY(m_secrets->writeBlocking(NetworkSettings::proxyPasswordAccount(kProfile), password));
    // The API key's account (the profile name) is another entry.
    const auto key = m_secrets->readBlocking(kProfile);
    QVERIFY(key);
    QVERIFY(!key->has_value());
}

ApiError TestProfileProxy::fetch()
{
    ClientPool::Result client = std::unexpected(ApiError{});
    bool called = false;
    m_pool->client(kProfile, nullptr, [&](const ClientPool::Result &result) {
        client = result;
        called = true;
    });
    if (!QTest::qWaitFor([&]() { return called; }, 30'000) || !client)
        return client ? ApiError{} : client.error();
    (*client)->setOptions({ .maxRetries = 0, .timeoutMs = 10'000 });
    auto reply = (*client)->listModels();
    if (!reply)
        return reply.error();
    QSignalSpy failed(*reply, &ApiReply::failed);
    QSignalSpy finished(*reply, &ApiReply::finished);
    (*reply)->start();
    if (!QTest::qWaitFor([&]() { return !failed.isEmpty() || !finished.isEmpty(); }, 15'000)) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        return timeout;
    }
    return failed.isEmpty() ? ApiError{} : failed.first().first().value<ApiError>();
}

void TestProfileProxy::requestsGoThroughTheProxyWithTheLogin()
{
    CountingObserver observer;
    observer.attach(*m_nam);
    saveProfile(NetworkSettings::ProxyMode::Http, QStringLiteral("alice"));
    writePassword(kPassword);
    const ApiError error = fetch();
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(m_server->requests(), 1);
    QCOMPARE(m_proxy->passed(), 1);
    QVERIFY(m_proxy->credentialsSeen().contains(
        "Basic " + QByteArray("alice:" + kPassword.toUtf8()).toBase64()));
    // The request inspector, attached to the shared manager, saw it too.
    QCOMPARE(observer.sent, 1);

    // Again on the same client: one more through the proxy.
    QVERIFY(!fetch().isError());
    QCOMPARE(m_server->requests(), 2);

    QFile ini(m_profiles->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("proxyUser=alice"));
    QVERIFY(!text.contains(kPassword.toUtf8()));
}

void TestProfileProxy::wrongPasswordIsAClearError()
{
    saveProfile(NetworkSettings::ProxyMode::Http, QStringLiteral("alice"));
    writePassword(QStringLiteral("not-the-password"));
    const ApiError error = fetch();
    QCOMPARE(error.code, QStringLiteral("proxy-auth"));
    QVERIFY2(error.message.contains(QStringLiteral("refused the user name and password")),
        qPrintable(error.message));
    QVERIFY(!error.describe().contains(QStringLiteral("not-the-password")));
    QCOMPARE(m_server->requests(), 0);
    QVERIFY(m_proxy->refused() >= 1);
    QCOMPARE(m_proxy->passed(), 0);
}

void TestProfileProxy::noLoginIsAClearError()
{
    saveProfile(NetworkSettings::ProxyMode::Http, QString());
    const ApiError error = fetch();
    QCOMPARE(error.code, QStringLiteral("proxy-auth"));
    QVERIFY2(error.message.contains(QStringLiteral("set them in the profile")),
        qPrintable(error.message));
    QCOMPARE(m_server->requests(), 0);
}

void TestProfileProxy::modeNoneBypassesTheProxy()
{
    saveProfile(NetworkSettings::ProxyMode::None, QStringLiteral("alice"));
    writePassword(kPassword);
    const ApiError error = fetch();
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QCOMPARE(m_server->requests(), 1);
    QCOMPARE(m_proxy->passed(), 0);
    QCOMPARE(m_proxy->refused(), 0);
}

void TestProfileProxy::modeSystemFollowsTheEnvironment()
{
    // "System" is the default: the system's proxy (here https_proxy) is used, with no login.
    const QByteArray before = qgetenv("https_proxy");
    qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(m_proxy->port()));
    qunsetenv("no_proxy");
    saveProfile(NetworkSettings::ProxyMode::System, QString());
    const ApiError error = fetch();
    if (before.isEmpty())
        qunsetenv("https_proxy");
    else
        qputenv("https_proxy", before);
    QCOMPARE(error.code, QStringLiteral("proxy-auth")); // it reached the proxy, which wants a login
    QVERIFY(m_proxy->refused() >= 1);
    QCOMPARE(m_server->requests(), 0);
}

QTEST_GUILESS_MAIN(TestProfileProxy)
#include "tst_profileproxy.moc"
