// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ProfileNetwork.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>

#include "core/Logging.h"
#include "core/net/TlsCertificate.h"

namespace {
const char *const kFailureProperty = "kaiwaTlsFailure";
const char *const kEncryptedProperty = "kaiwaTlsEncrypted";
constexpr int kMaxProxyAsks = 3;

ApiError fileError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Usage;
    error.code = QStringLiteral("tls-file");
    error.message = message;
    return error;
}

std::expected<QByteArray, ApiError> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            fileError(QCoreApplication::translate("ProfileNetwork", "cannot read “%1”: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())));
    return file.readAll();
}

std::expected<QSslKey, ApiError> readKey(const QString &path)
{
    const auto pem = readFile(path);
    if (!pem)
        return std::unexpected(pem.error());
    if (pem->contains("ENCRYPTED"))
        return std::unexpected(fileError(QCoreApplication::translate("ProfileNetwork",
            "the client key “%1” is encrypted with a passphrase, which Kaiwa does "
            "not support; export it without one (openssl pkey -in KEY -out "
            "PLAIN.pem) and keep that file private")
                                             .arg(QDir::toNativeSeparators(path))));
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::unexpected(
        fileError(QCoreApplication::translate("ProfileNetwork", "“%1” holds no PEM private key")
                      .arg(QDir::toNativeSeparators(path))));
}

//! The system's proxy settings (on Linux: http_proxy, https_proxy, no_proxy …), asked per
//! request. Qt uses them only when told to; this tells one manager, not the whole process.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

QNetworkProxy proxyOf(const NetworkSettings &settings)
{
    switch (settings.proxyMode) {
    case NetworkSettings::ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case NetworkSettings::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case NetworkSettings::ProxyMode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort);
    case NetworkSettings::ProxyMode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, settings.proxyHost, settings.proxyPort);
    }
    return {};
}
} // namespace

ProfileNetwork::ProfileNetwork(
    const ProviderProfile &profile, const QString &proxyPassword, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_profileName(profile.name)
    , m_settings(profile.network)
    , m_proxyPassword(proxyPassword)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (m_settings.proxyMode == NetworkSettings::ProxyMode::System)
        setProxyFactory(new SystemProxyFactory); // the manager owns it
    else
        setProxy(proxyOf(m_settings));
    // Redirects are not followed anywhere in Kaiwa (Endpoint::request); keep that for this manager.
    connect(this, &QNetworkAccessManager::sslErrors, this, &ProfileNetwork::onSslErrors);
    connect(this, &QNetworkAccessManager::encrypted, this, &ProfileNetwork::onEncrypted);
    connect(this, &QNetworkAccessManager::proxyAuthenticationRequired, this,
        &ProfileNetwork::onProxyAuthentication);
    connect(this, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->error() != QNetworkReply::ProxyAuthenticationRequiredError)
            m_proxyAsks = 0;
    });
}

ProfileNetwork::~ProfileNetwork() = default;

std::expected<ProfileNetwork *, ApiError> ProfileNetwork::create(
    const ProviderProfile &profile, const QString &proxyPassword, QObject *parent)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const NetworkSettings &n = profile.network;
    if (!n.caCertificatesPath.isEmpty()) {
        const auto pem = readFile(n.caCertificatesPath);
        if (!pem)
            return std::unexpected(pem.error());
        const auto certificates = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (certificates.isEmpty())
            return std::unexpected(fileError(
                QCoreApplication::translate("ProfileNetwork", "“%1” holds no PEM certificate")
                    .arg(QDir::toNativeSeparators(n.caCertificatesPath))));
        tls.addCaCertificates(certificates);
    }
    if (!n.clientCertificatePath.isEmpty() || !n.clientKeyPath.isEmpty()) {
        if (n.clientCertificatePath.isEmpty() || n.clientKeyPath.isEmpty())
            return std::unexpected(fileError(QCoreApplication::translate("ProfileNetwork",
                "a client certificate needs both the certificate file and its key file")));
        const auto pem = readFile(n.clientCertificatePath);
        if (!pem)
            return std::unexpected(pem.error());
        const auto certificates = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (certificates.isEmpty())
            return std::unexpected(fileError(
                QCoreApplication::translate("ProfileNetwork", "“%1” holds no PEM certificate")
                    .arg(QDir::toNativeSeparators(n.clientCertificatePath))));
        const auto key = readKey(n.clientKeyPath);
        if (!key)
            return std::unexpected(key.error());
        tls.setLocalCertificateChain(certificates);
        tls.setPrivateKey(*key);
    }
    auto *network = new ProfileNetwork(profile, proxyPassword, parent);
    network->m_tls = tls;
    return network;
}

QNetworkReply *ProfileNetwork::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest configured = request;
    if (request.url().scheme() == QLatin1String("https"))
        configured.setSslConfiguration(m_tls);
    return QNetworkAccessManager::createRequest(op, configured, outgoingData);
}

void ProfileNetwork::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (peer.isNull() && !error.certificate().isNull())
            peer = error.certificate();
    }
    const QString fingerprint = TlsCertificate::sha256Of(peer);
    if (!peer.isNull() && m_settings.trustedSha256.contains(fingerprint)) {
        qCInfo(lcApi) << "accepting the certificate trusted for profile" << m_profileName
                      << "despite" << errors.size() << "TLS error(s)";
        reply->ignoreSslErrors(errors);
        return;
    }
    TlsFailure failure;
    failure.certificate = TlsCertificate::from(peer);
    for (const QSslError &error : errors) {
        if (!failure.reasons.contains(error.errorString()))
            failure.reasons.append(error.errorString());
    }
    reply->setProperty(kFailureProperty, QVariant::fromValue(failure));
}

void ProfileNetwork::onEncrypted(QNetworkReply *reply)
{
    reply->setProperty(kEncryptedProperty, true);
    if (m_settings.pinnedSha256.isEmpty())
        return;
    const auto chain = reply->sslConfiguration().peerCertificateChain();
    for (const QSslCertificate &certificate : chain) {
        if (m_settings.pinnedSha256.contains(TlsCertificate::sha256Of(certificate)))
            return;
    }
    // The server usually leaves its root out of the chain: a pinned CA is the one that issued
    // the chain's last certificate (the handshake has verified that chain already).
    if (!chain.isEmpty()) {
        const QString issuer = TlsCertificate::from(chain.constLast()).issuer;
        const auto authorities = m_tls.caCertificates();
        for (const QSslCertificate &authority : authorities) {
            if (m_settings.pinnedSha256.contains(TlsCertificate::sha256Of(authority))
                && TlsCertificate::from(authority).subject == issuer)
                return;
        }
    }
    TlsFailure failure;
    failure.certificate =
        TlsCertificate::from(chain.isEmpty() ? QSslCertificate() : chain.constFirst());
    failure.pinMismatch = true;
    failure.reasons.append(QCoreApplication::translate("ProfileNetwork",
        "No certificate of the server matches the fingerprints pinned in the profile"));
    reply->setProperty(kFailureProperty, QVariant::fromValue(failure));
    reply->abort(); // before any request byte is sent (QNetworkReply::encrypted)
}

void ProfileNetwork::onProxyAuthentication(
    const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    Q_UNUSED(proxy)
    if (!m_settings.needsProxyPassword())
        return; // no login in the profile: the request fails with a 407
    // Qt asks again, for ever, while the proxy refuses the login. Parallel connections may each
    // ask once; more than that means the login is wrong: leaving the authenticator empty ends the
    // request with a 407. A request that gets past the proxy resets the count.
    if (++m_proxyAsks > kMaxProxyAsks)
        return;
    authenticator->setUser(m_settings.proxyUser);
    authenticator->setPassword(m_proxyPassword);
}

void ProfileNetwork::annotate(ApiError &error, const QNetworkReply &reply)
{
    const QVariant recorded = reply.property(kFailureProperty);
    if (recorded.isValid()) {
        const auto failure = recorded.value<TlsFailure>();
        error.kind = ApiError::Kind::Tls;
        error.code = failure.pinMismatch ? QStringLiteral("tls-pin-mismatch")
                                         : QStringLiteral("tls-untrusted");
        error.message =
            QCoreApplication::translate(
                "ProfileNetwork", "the server's certificate was refused: %1\n%2")
                .arg(failure.reasons.join(QStringLiteral("; ")), failure.certificate.describe());
        error.tls = failure;
        return;
    }
    if (reply.error() == QNetworkReply::RemoteHostClosedError
        && reply.property(kEncryptedProperty).toBool()) {
        // TLS 1.3: the client finishes its handshake before the server checks the client's
        // certificate, so a refusal shows up as the connection closing before any answer.
        const auto *network = qobject_cast<const ProfileNetwork *>(reply.manager());
        const bool hasCertificate = network && !network->m_tls.localCertificate().isNull();
        error.kind = ApiError::Kind::Tls;
        error.code = QStringLiteral("tls-client-certificate");
        error.message = hasCertificate
            ? QCoreApplication::translate("ProfileNetwork",
                "the server closed the connection right after the TLS handshake; "
                "it may not accept the profile's client certificate")
            : QCoreApplication::translate("ProfileNetwork",
                "the server closed the connection right after the TLS handshake; "
                "it may require a client certificate (mutual TLS): set one in the "
                "profile");
        return;
    }
    if (reply.error() == QNetworkReply::ProxyAuthenticationRequiredError) {
        const auto *network = qobject_cast<const ProfileNetwork *>(reply.manager());
        const QNetworkProxy proxy = network ? network->proxy() : QNetworkProxy();
        error.kind = ApiError::Kind::Http; // the proxy's 407: not retried
        error.code = QStringLiteral("proxy-auth");
        error.message = network && network->m_settings.needsProxyPassword()
            ? QCoreApplication::translate("ProfileNetwork",
                "the proxy %1:%2 refused the user name and password of the profile (HTTP 407)")
                  .arg(proxy.hostName())
                  .arg(proxy.port())
            : QCoreApplication::translate("ProfileNetwork",
                "the proxy %1:%2 asks for a user name and password; set them in the "
                "profile")
                  .arg(proxy.hostName())
                  .arg(proxy.port());
    }
}
