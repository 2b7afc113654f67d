// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/TlsCertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

#include "core/net/NetworkSettings.h"

namespace {
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString TlsCertificate::sha256Of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

TlsCertificate TlsCertificate::from(const QSslCertificate &certificate)
{
    TlsCertificate info;
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = sha256Of(certificate);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.subjectAltNames.append(it.value());
    return info;
}

QString TlsCertificate::describe() const
{
    if (isNull())
        return {};
    return QCoreApplication::translate(
        "TlsCertificate", "subject: %1\nissuer: %2\nvalid from %3 to %4\nSHA-256: %5")
        .arg(subject, issuer, notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate),
            NetworkSettings::displayFingerprint(sha256));
}
