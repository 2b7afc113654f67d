// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's proxy and TLS settings survive profiles.ini; files from before they existed load.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/ProfileStore.h"

class TestProfileStoreNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void oldFileLoadsWithDefaults();
    void defaultsWriteNothing();
    void fingerprintsAreNormalized();
    void unknownProxyModeIsIgnored();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    QByteArray iniText() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeIni(const QByteArray &text) const
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString kFingerprintA(64, u'a');
const QString kFingerprintB = QStringLiteral("0123456789abcdef").repeated(4);
} // namespace

void TestProfileStoreNetwork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStoreNetwork::roundTrip()
{
    ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    p.name = QStringLiteral("Office, behind a proxy");
    p.network.proxyMode = NetworkSettings::ProxyMode::Socks5;
    p.network.proxyHost = QStringLiteral("proxy.example");
    p.network.proxyPort = 1080;
    p.network.proxyUser = QStringLiteral("alice");
    p.network.caCertificatesPath = QStringLiteral("/etc/ssl/office, ca.pem");
    p.network.clientCertificatePath = QStringLiteral("/home/alice/client.pem");
    p.network.clientKeyPath = QStringLiteral("/home/alice/client.key");
    p.network.pinnedSha256 = { kFingerprintA, kFingerprintB };
    p.network.trustedSha256 = { kFingerprintB };
    {
        ProfileStore store(iniPath());
        QVERIFY(store.save(p));
    }
    ProfileStore reopened(iniPath());
    const auto loaded = reopened.profile(p.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->network.proxyMode, NetworkSettings::ProxyMode::Socks5);
    QCOMPARE(loaded->network.pinnedSha256, p.network.pinnedSha256);
    QCOMPARE(loaded->network.caCertificatesPath, p.network.caCertificatesPath);
    QVERIFY(*loaded == p);
}

void TestProfileStoreNetwork::oldFileLoadsWithDefaults()
{
    // profiles.ini as Kaiwa wrote it before proxies and TLS settings existed.
    writeIni("[General]\nformatVersion=1\n\n[llama]\nkind=local\nbaseUrl=http://localhost:8080/v1\n"
             "auth=none\napiVersion=\nextraHeaders=[]\nextraBody={}\nextraParameters=\n"
             "defaultModel=\ntokenLimitField=max_tokens\n");
    ProfileStore store(iniPath());
    const auto loaded = store.profile(QStringLiteral("llama"));
    QVERIFY(loaded);
    QCOMPARE(loaded->baseUrl, QUrl(QStringLiteral("http://localhost:8080/v1")));
    QVERIFY(loaded->network == NetworkSettings());
    QCOMPARE(loaded->network.proxyMode, NetworkSettings::ProxyMode::System);
}

void TestProfileStoreNetwork::defaultsWriteNothing()
{
    ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    p.name = QStringLiteral("plain");
    ProfileStore store(iniPath());
    QVERIFY(store.save(p));
    const QByteArray text = iniText();
    QVERIFY(!text.isEmpty());
    for (const char *key : { "proxy", "caCertificates", "client", "Sha256" })
        QVERIFY2(!text.contains(key), key);
}

void TestProfileStoreNetwork::fingerprintsAreNormalized()
{
    // As pasted from a browser or `openssl x509 -fingerprint`: colons, upper case; one broken.
    const QByteArray colons = NetworkSettings::displayFingerprint(kFingerprintB).toLatin1();
    writeIni("[p]\nkind=local\ntrustedSha256=\"" + colons + ", not-a-fingerprint, "
        + kFingerprintA.toLatin1() + "\"\n");
    ProfileStore store(iniPath());
    const auto loaded = store.profile(QStringLiteral("p"));
    QVERIFY(loaded);
    QCOMPARE(loaded->network.trustedSha256, (QStringList{ kFingerprintB, kFingerprintA }));
    QCOMPARE(NetworkSettings::normalizeFingerprint(QStringLiteral("AB:CD")), QString());
}

void TestProfileStoreNetwork::unknownProxyModeIsIgnored()
{
    writeIni("[p]\nkind=local\nproxyMode=carrier-pigeon\nproxyPort=99999\nproxyHost=h\n");
    ProfileStore store(iniPath());
    const auto loaded = store.profile(QStringLiteral("p"));
    QVERIFY(loaded);
    QCOMPARE(loaded->network.proxyMode, NetworkSettings::ProxyMode::System);
    QCOMPARE(loaded->network.proxyPort, quint16(0));
    QCOMPARE(loaded->network.proxyHost, QStringLiteral("h"));
}

QTEST_GUILESS_MAIN(TestProfileStoreNetwork)
#include "tst_profilestore_network.moc"
