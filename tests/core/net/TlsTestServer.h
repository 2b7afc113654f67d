// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslServer>
#include <QUrl>

//! A loopback HTTPS server that answers every request with a one-model list
//! ({"object":"list","data":[{"id":"tls-model",…}]}). It may require a client certificate signed
//! by given CAs (mutual TLS). Counts the requests it answered.
class TlsTestServer final : public QObject
{
    Q_OBJECT
public:
    //! `clientCas` non-empty: a client certificate they signed is required.
    bool listen(
        const QString &certificatePath, const QString &keyPath, const QString &clientCasPath = {});

    QUrl baseUrl() const;

    int requests() const { return m_requests; }

    //! The client certificate of the last request, if any.
    QSslCertificate lastClientCertificate() const { return m_lastClient; }

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    int m_requests = 0;
    QSslCertificate m_lastClient;
};
