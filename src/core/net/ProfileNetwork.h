// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include "core/api/ApiError.h"
#include "core/settings/ProviderProfile.h"

class QAuthenticator;
class QNetworkProxy;
class QSslError;

//! The network of one provider profile: its proxy (a proxy is per manager in Qt), its TLS
//! configuration (extra CAs, client certificate, set on every request it sends), certificate
//! pinning and the certificates the user trusted for this profile. A TLS error is never ignored
//! unless the server's exact certificate is in NetworkSettings::trustedSha256; a refused
//! certificate is recorded on the reply so that the request's ApiError carries its details
//! (annotate()). Make it a child of the application's shared manager: request observers attached
//! there see this manager's requests too (RequestObserver::observersOf).
class ProfileNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNetwork)

public:
    //! Reads the certificate files now. Errors (Kind::Usage, code "tls-file"): a file that cannot
    //! be read, holds no certificate, or an encrypted or mismatched key.
    static std::expected<ProfileNetwork *, ApiError> create(
        const ProviderProfile &profile, const QString &proxyPassword, QObject *parent);
    ~ProfileNetwork() override;

    const NetworkSettings &settings() const { return m_settings; }

    QSslConfiguration tlsConfiguration() const { return m_tls; }

    //! Gives `error` (from `reply`'s transport failure) the refused certificate's details, the
    //! reasons and, for a proxy that refused the login, a clear message. ApiReply calls it.
    static void annotate(ApiError &error, const QNetworkReply &reply);

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    ProfileNetwork(const ProviderProfile &profile, const QString &proxyPassword, QObject *parent);

    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(QNetworkReply *reply);
    void onProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    QString m_profileName;
    NetworkSettings m_settings;
    QString m_proxyPassword;
    QSslConfiguration m_tls;
    int m_proxyAsks = 0; //!< proxy logins given since a request last got past the proxy
};
