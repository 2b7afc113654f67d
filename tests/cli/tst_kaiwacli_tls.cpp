// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-cli against a loopback server with a self-signed certificate: refused with the
// certificate's details, accepted with --trust of that fingerprint; profile add keeps the proxy
// and TLS options (never a proxy password).
#include <QSslCertificate>

#include "../core/net/TestCertificates.h"
#include "../core/net/TlsTestServer.h"
#include "CliRunner.h"
#include "core/net/NetworkSettings.h"
#include "core/net/TlsCertificate.h"

class TestKaiwaCliTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfSignedIsRefusedWithDetails();
    void trustedFingerprintIsAccepted();
    void profileAddKeepsNetworkOptions();
    void proxyPasswordOnTheCommandLineIsRefused();
    void badFingerprintIsAUsageError();

private:
    QString fingerprint() const
    {
        return TlsCertificate::sha256Of(
            QSslCertificate::fromPath(m_certs.path("self.pem")).value(0));
    }

    TestCertificates m_certs;
};

void TestKaiwaCliTls::initTestCase()
{
    QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
}

void TestKaiwaCliTls::selfSignedIsRefusedWithDetails()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    CliRunner cli;
    const CliResult r = cli.run({ QStringLiteral("models"), QStringLiteral("--provider"),
        QStringLiteral("local"), QStringLiteral("--base-url"), server.baseUrl().toString() });
    QVERIFY2(r.finished && r.exitCode == 4, r.describe().constData());
    QVERIFY2(r.err.contains(NetworkSettings::displayFingerprint(fingerprint()).toLatin1()),
        r.describe().constData());
    QVERIFY(r.err.contains("self-signed"));
    QVERIFY(r.err.contains("Kaiwa Self-Signed"));
    QCOMPARE(server.requests(), 0);
}

void TestKaiwaCliTls::trustedFingerprintIsAccepted()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    CliRunner cli;
    const CliResult r = cli.run({ QStringLiteral("models"), QStringLiteral("--provider"),
        QStringLiteral("local"), QStringLiteral("--base-url"), server.baseUrl().toString(),
        QStringLiteral("--trust"), NetworkSettings::displayFingerprint(fingerprint()) });
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    QVERIFY(r.out.contains("tls-model"));
    QCOMPARE(server.requests(), 1);
}

void TestKaiwaCliTls::profileAddKeepsNetworkOptions()
{
    CliRunner cli;
    const CliResult r = cli.run({ QStringLiteral("profile"), QStringLiteral("add"),
        QStringLiteral("Office"), QStringLiteral("--provider"), QStringLiteral("local"),
        QStringLiteral("--proxy"), QStringLiteral("socks5://alice@127.0.0.1:1080"),
        QStringLiteral("--ca-file"), m_certs.path("ca.pem"), QStringLiteral("--trust"),
        fingerprint(), QStringLiteral("--pin"), fingerprint() });
    QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    QFile ini(cli.configHome() + QStringLiteral("/Kaiwa/Kaiwa/profiles.ini"));
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(ini.fileName()));
    const QByteArray text = ini.readAll();
    QVERIFY2(text.contains("proxyMode=socks5"), text.constData());
    QVERIFY(text.contains("proxyUser=alice"));
    QVERIFY(text.contains("proxyPort=1080"));
    QVERIFY(text.contains(QByteArray("trustedSha256=" + fingerprint().toLatin1())));
    QVERIFY(text.contains(QByteArray("pinnedSha256=" + fingerprint().toLatin1())));
}

void TestKaiwaCliTls::proxyPasswordOnTheCommandLineIsRefused()
{
    CliRunner cli;
    const CliResult r = cli.run({ QStringLiteral("profile"), QStringLiteral("add"),
        QStringLiteral("Office"), QStringLiteral("--provider"), QStringLiteral("local"),
        QStringLiteral("--proxy"), QStringLiteral("http://alice:hunter2-secret@127.0.0.1:3128") });
    QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
    QVERIFY(!r.err.contains("hunter2-secret"));
    QVERIFY(cli.filesContaining("hunter2-secret").isEmpty());
}

void TestKaiwaCliTls::badFingerprintIsAUsageError()
{
    CliRunner cli;
    const CliResult r = cli.run({ QStringLiteral("models"), QStringLiteral("--provider"),
        QStringLiteral("local"), QStringLiteral("--pin"), QStringLiteral("AB:CD") });
    QVERIFY2(r.finished && r.exitCode == 2, r.describe().constData());
    QVERIFY(r.err.contains("SHA-256"));
}

QTEST_GUILESS_MAIN(TestKaiwaCliTls)
#include "tst_kaiwacli_tls.moc"
