// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>
#include <QStringList>

class QSettings;

//! How one provider profile reaches its server: proxy and TLS. A plain value inside
//! ProviderProfile. Secrets (the proxy password) are never here: they live in the SecretStore
//! under proxyPasswordAccount().
struct NetworkSettings
{
    enum class ProxyMode {
        System, //!< the system's proxy settings (the default)
        None, //!< connect directly
        Http, //!< an HTTP proxy (CONNECT for https)
        Socks5, //!< a SOCKS5 proxy
    };

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser; //!< empty: the proxy needs no login

    QString caCertificatesPath; //!< PEM file of extra CA certificates (added to the system's)
    QString clientCertificatePath; //!< PEM client certificate for mutual TLS
    QString clientKeyPath; //!< its PEM private key (unencrypted)
    //! SHA-256 fingerprints (lowercase hex, no separators) of which the server's chain must
    //! contain one; empty: no pinning.
    QStringList pinnedSha256;
    //! Certificates the user trusted explicitly for this profile, by SHA-256 fingerprint: their
    //! TLS errors (self-signed, wrong host, expired) are accepted for this profile only.
    QStringList trustedSha256;

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;

    //! Whether the proxy mode asks for a host and port.
    bool hasManualProxy() const
    {
        return proxyMode == ProxyMode::Http || proxyMode == ProxyMode::Socks5;
    }

    //! Whether a proxy password is to be read from the keychain.
    bool needsProxyPassword() const { return hasManualProxy() && !proxyUser.isEmpty(); }

    static QString proxyModeName(ProxyMode mode); //!< "system", "none", "http", "socks5"
    static bool proxyModeFromName(const QString &name, ProxyMode *mode);
    //! "AB:cd:…" or "abcd…" → "abcd…"; empty when `text` is not 64 hex digits.
    static QString normalizeFingerprint(const QString &text);
    //! "ab:cd:…", uppercase pairs for reading aloud.
    static QString displayFingerprint(const QString &fingerprint);

    //! The SecretStore account of a profile's proxy password. Profile names cannot contain control
    //! characters, so this never collides with a profile's API key account.
    static QString proxyPasswordAccount(const QString &profileName);

    //! Writes the settings into the current group of `settings`.
    void write(QSettings &settings) const;
    //! Reads them from `prefix` (e.g. "group/"); `warn(key, why)` for values it cannot use.
    static NetworkSettings read(const QSettings &settings, const QString &prefix,
        const std::function<void(const QString &, const QString &)> &warn);
};
