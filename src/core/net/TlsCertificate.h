// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QSslCertificate;

//! What a user needs to see to decide about a server's certificate. A plain value (no QtNetwork
//! TLS types), carried by ApiError for a TLS failure.
struct TlsCertificate
{
    QString subject; //!< "CN=localhost, O=Example"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; //!< lowercase hex, no separators (NetworkSettings::displayFingerprint)
    QStringList subjectAltNames; //!< DNS names and IP addresses

    bool isNull() const { return sha256.isEmpty(); }

    static TlsCertificate from(const QSslCertificate &certificate);
    static QString sha256Of(const QSslCertificate &certificate);
    //! Subject, issuer, validity and fingerprint on separate lines (English, for logs and the CLI).
    QString describe() const;
};

//! Why a TLS connection was refused: the server's certificate and every reason.
struct TlsFailure
{
    TlsCertificate certificate;
    QStringList reasons; //!< Qt's sentences ("The certificate is self-signed, and untrusted"), or
                         //!< the pin mismatch
    bool pinMismatch = false; //!< trusting the certificate would not help: pins are explicit
};

Q_DECLARE_METATYPE(TlsFailure)
