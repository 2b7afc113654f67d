// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

//! Certificates made for one test run with the `openssl` command (scripts/install-deps.sh installs
//! it): a CA, a server certificate it signed for 127.0.0.1, one for another host, an expired one,
//! a self-signed server certificate, a client certificate signed by the CA and the same client
//! key encrypted with a passphrase.
using namespace Qt::StringLiterals;

class TestCertificates
{
public:
    bool make()
    {
        if (!m_dir.isValid())
            return false;
        const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
        return run({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s,
                   u"-keyout"_s, path("ca.key"), u"-out"_s, path("ca.pem"), u"-days"_s, u"2"_s,
                   u"-subj"_s, u"/CN=Kaiwa Test CA"_s })
            && signedCertificate("server", "/CN=127.0.0.1",
                "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n")
            && signedCertificate("client", "/CN=Kaiwa Test Client", "extendedKeyUsage=clientAuth\n")
            && signedCertificate("wronghost", "/CN=other.example",
                "subjectAltName=DNS:other.example\nextendedKeyUsage=serverAuth\n")
            // -days -1: valid until a day before it was made, i.e. expired.
            && signedCertificate("expired", "/CN=127.0.0.1",
                "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n", "-1")
            && run({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, ec, u"-nodes"_s,
                u"-keyout"_s, u"self.key"_s, u"-out"_s, u"self.pem"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN=Kaiwa Self-Signed"_s, u"-addext"_s,
                u"subjectAltName=IP:127.0.0.1"_s })
            && run({ u"pkey"_s, u"-in"_s, u"client.key"_s, u"-aes256"_s, u"-passout"_s,
                u"pass:secret"_s, u"-out"_s, u"client-encrypted.key"_s });
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QString error() const { return m_error; }

private:
    bool signedCertificate(
        const char *name, const char *subject, const char *extensions, const char *days = "2")
    {
        const QString base = QString::fromLatin1(name);
        QFile ext(m_dir.filePath(base + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions) < 0)
            return false;
        ext.close();
        return run({ u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                   u"-nodes"_s, u"-keyout"_s, base + u".key"_s, u"-out"_s, base + u".csr"_s,
                   u"-subj"_s, QString::fromLatin1(subject) })
            && run({ u"x509"_s, u"-req"_s, u"-in"_s, base + u".csr"_s, u"-CA"_s, u"ca.pem"_s,
                u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s,
                QString::fromLatin1(days), u"-out"_s, base + u".pem"_s, u"-extfile"_s,
                base + u".ext"_s });
    }

    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
            m_error =
                QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
};
