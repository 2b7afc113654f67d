// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's TLS settings over real loopback TLS: a refused certificate comes with its details,
// only that exact certificate can be trusted (and revoked), extra CAs, pinning, mutual TLS.
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/net/ProfileNetwork.h"

class TestProfileNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfSignedIsRefusedWithDetails();
    void trustedFingerprintIsAccepted();
    void trustingAnotherCertificateDoesNotHelp();
    void caFileIsEnough();
    void wrongHostAndExpiredAreRefused_data();
    void wrongHostAndExpiredAreRefused();
    void pinMismatchIsRefusedEvenWithAValidCa();
    void matchingPinIsAccepted();
    void mutualTlsWithClientCertificate();
    void mutualTlsWithoutClientCertificateFails();
    void encryptedClientKeyIsRefusedClearly();
    void missingCaFileIsAUsageError();

private:
    struct Outcome
    {
        ApiError error;
        QString model; //!< the first model id on success
    };

    Outcome fetch(const ProviderProfile &profile);
    ProviderProfile profileFor(const TlsTestServer &server) const;
    static QString fingerprintOf(const QString &pemPath);

    TestCertificates m_certs;
};

void TestProfileNetwork::initTestCase()
{
    QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
}

QString TestProfileNetwork::fingerprintOf(const QString &pemPath)
{
    const auto certificates = QSslCertificate::fromPath(pemPath);
    return certificates.isEmpty() ? QString() : TlsCertificate::sha256Of(certificates.first());
}

ProviderProfile TestProfileNetwork::profileFor(const TlsTestServer &server) const
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.name = QStringLiteral("Local TLS");
    profile.baseUrl = server.baseUrl();
    profile.network.proxyMode = NetworkSettings::ProxyMode::None;
    return profile;
}

TestProfileNetwork::Outcome TestProfileNetwork::fetch(const ProviderProfile &profile)
{
    Outcome outcome;
    QNetworkAccessManager shared;
    auto network = ProfileNetwork::create(profile, {}, &shared);
    if (!network) {
        outcome.error = network.error();
        return outcome;
    }
    ChatClient client(**network, profile, {});
    client.setOptions({ .maxRetries = 0, .timeoutMs = 10'000 });
    auto reply = client.listModels();
    if (!reply) {
        outcome.error = reply.error();
        return outcome;
    }
    QSignalSpy failed(*reply, &ApiReply::failed);
    QSignalSpy finished(*reply, &ApiReply::finished);
    (*reply)->start();
    if (!QTest::qWaitFor([&]() { return !failed.isEmpty() || !finished.isEmpty(); }, 15'000)) {
        outcome.error.kind = ApiError::Kind::Timeout;
        return outcome;
    }
    if (!failed.isEmpty())
        outcome.error = failed.first().first().value<ApiError>();
    else
        outcome.model = (*reply)
                            ->json()
                            .value(QStringLiteral("data"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString();
    return outcome;
}

void TestProfileNetwork::selfSignedIsRefusedWithDetails()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    const Outcome outcome = fetch(profileFor(server));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QVERIFY(outcome.error.tls.has_value());
    const TlsFailure &failure = *outcome.error.tls;
    QCOMPARE(failure.certificate.sha256, fingerprintOf(m_certs.path("self.pem")));
    QVERIFY2(failure.certificate.subject.contains(QStringLiteral("Kaiwa Self-Signed")),
        qPrintable(failure.certificate.subject));
    QVERIFY(failure.certificate.issuer.contains(QStringLiteral("Kaiwa Self-Signed")));
    QVERIFY(failure.certificate.notBefore.isValid());
    QVERIFY(failure.certificate.notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(!failure.reasons.isEmpty());
    QVERIFY2(failure.reasons.join(u' ').contains(QStringLiteral("self-signed")),
        qPrintable(failure.reasons.join(u' ')));
    QVERIFY(!failure.pinMismatch);
    // The message (CLI, logs) names the fingerprint the user would trust.
    QVERIFY(outcome.error.describe().contains(
        NetworkSettings::displayFingerprint(failure.certificate.sha256)));
    QCOMPARE(server.requests(), 0); // nothing was sent to an untrusted server
}

void TestProfileNetwork::trustedFingerprintIsAccepted()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    ProviderProfile profile = profileFor(server);
    profile.network.trustedSha256 = { fingerprintOf(m_certs.path("self.pem")) };
    const Outcome outcome = fetch(profile);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.describe()));
    QCOMPARE(outcome.model, QStringLiteral("tls-model"));
    QCOMPARE(server.requests(), 1);

    // Revoked: refused again.
    profile.network.trustedSha256.clear();
    QCOMPARE(fetch(profile).error.kind, ApiError::Kind::Tls);
    QCOMPARE(server.requests(), 1);
}

void TestProfileNetwork::trustingAnotherCertificateDoesNotHelp()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("self.pem"), m_certs.path("self.key")));
    ProviderProfile profile = profileFor(server);
    profile.network.trustedSha256 = { fingerprintOf(m_certs.path("server.pem")) };
    QCOMPARE(fetch(profile).error.kind, ApiError::Kind::Tls);
    QCOMPARE(server.requests(), 0);
}

void TestProfileNetwork::caFileIsEnough()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("server.pem"), m_certs.path("server.key")));
    ProviderProfile profile = profileFor(server);
    const Outcome without = fetch(profile);
    QCOMPARE(without.error.kind, ApiError::Kind::Tls);
    QVERIFY(without.error.tls);
    QVERIFY(without.error.tls->certificate.issuer.contains(QStringLiteral("Kaiwa Test CA")));

    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    const Outcome with = fetch(profile);
    QVERIFY2(!with.error.isError(), qPrintable(with.error.describe()));
    QCOMPARE(with.model, QStringLiteral("tls-model"));
}

void TestProfileNetwork::wrongHostAndExpiredAreRefused_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("host name");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
}

void TestProfileNetwork::wrongHostAndExpiredAreRefused()
{
    // Even from a CA the profile trusts; then the user may trust that one certificate.
    QFETCH(QString, certificate);
    QFETCH(QString, reason);
    const QString pem = m_certs.path(qPrintable(certificate + QStringLiteral(".pem")));
    const QString key = m_certs.path(qPrintable(certificate + QStringLiteral(".key")));
    TlsTestServer server;
    QVERIFY(server.listen(pem, key));
    ProviderProfile profile = profileFor(server);
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    const Outcome refused = fetch(profile);
    QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
    QVERIFY(refused.error.tls);
    QVERIFY2(refused.error.tls->reasons.join(u' ').contains(reason),
        qPrintable(refused.error.tls->reasons.join(u' ')));
    QCOMPARE(refused.error.tls->certificate.sha256, fingerprintOf(pem));
    if (certificate == QLatin1String("expired"))
        QVERIFY(refused.error.tls->certificate.notAfter < QDateTime::currentDateTimeUtc());
    QCOMPARE(server.requests(), 0);

    profile.network.trustedSha256 = { fingerprintOf(pem) };
    const Outcome trusted = fetch(profile);
    QVERIFY2(!trusted.error.isError(), qPrintable(trusted.error.describe()));
    QCOMPARE(server.requests(), 1);
}

void TestProfileNetwork::pinMismatchIsRefusedEvenWithAValidCa()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("server.pem"), m_certs.path("server.key")));
    ProviderProfile profile = profileFor(server);
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    profile.network.pinnedSha256 = { fingerprintOf(m_certs.path("self.pem")) };
    // Trusting the certificate does not override a pin either.
    profile.network.trustedSha256 = { fingerprintOf(m_certs.path("server.pem")) };
    const Outcome outcome = fetch(profile);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QCOMPARE(outcome.error.code, QStringLiteral("tls-pin-mismatch"));
    QVERIFY(outcome.error.tls && outcome.error.tls->pinMismatch);
    QCOMPARE(outcome.error.tls->certificate.sha256, fingerprintOf(m_certs.path("server.pem")));
    QCOMPARE(server.requests(), 0);
}

void TestProfileNetwork::matchingPinIsAccepted()
{
    TlsTestServer server;
    QVERIFY(server.listen(m_certs.path("server.pem"), m_certs.path("server.key")));
    ProviderProfile profile = profileFor(server);
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    for (const char *pinned : { "server.pem", "ca.pem" }) {
        profile.network.pinnedSha256 = { fingerprintOf(m_certs.path(pinned)) };
        const Outcome outcome = fetch(profile);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.describe()));
    }
    QCOMPARE(server.requests(), 2);
}

void TestProfileNetwork::mutualTlsWithClientCertificate()
{
    TlsTestServer server;
    QVERIFY(server.listen(
        m_certs.path("server.pem"), m_certs.path("server.key"), m_certs.path("ca.pem")));
    ProviderProfile profile = profileFor(server);
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    profile.network.clientCertificatePath = m_certs.path("client.pem");
    profile.network.clientKeyPath = m_certs.path("client.key");
    const Outcome outcome = fetch(profile);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.describe()));
    QCOMPARE(server.requests(), 1);
    QCOMPARE(server.lastClientCertificate().subjectInfo(QSslCertificate::CommonName),
        QStringList{ QStringLiteral("Kaiwa Test Client") });
}

void TestProfileNetwork::mutualTlsWithoutClientCertificateFails()
{
    TlsTestServer server;
    QVERIFY(server.listen(
        m_certs.path("server.pem"), m_certs.path("server.key"), m_certs.path("ca.pem")));
    ProviderProfile profile = profileFor(server);
    profile.network.caCertificatesPath = m_certs.path("ca.pem");
    const Outcome outcome = fetch(profile);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("client certificate")),
        qPrintable(outcome.error.describe()));
    QCOMPARE(server.requests(), 0);
}

void TestProfileNetwork::encryptedClientKeyIsRefusedClearly()
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.network.clientCertificatePath = m_certs.path("client.pem");
    profile.network.clientKeyPath = m_certs.path("client-encrypted.key");
    const Outcome outcome = fetch(profile);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Usage);
    QCOMPARE(outcome.error.code, QStringLiteral("tls-file"));
    QVERIFY2(outcome.error.message.contains(QStringLiteral("encrypted")),
        qPrintable(outcome.error.message));
}

void TestProfileNetwork::missingCaFileIsAUsageError()
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::Local);
    profile.network.caCertificatesPath = m_certs.path("nope.pem");
    const Outcome outcome = fetch(profile);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Usage);
    QVERIFY(outcome.error.message.contains(QStringLiteral("nope.pem")));
}

QTEST_GUILESS_MAIN(TestProfileNetwork)
#include "tst_profilenetwork.moc"
