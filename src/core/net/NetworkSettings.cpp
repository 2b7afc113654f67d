// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/NetworkSettings.h"

#include <array>
#include <utility>

#include <QSettings>

namespace {
constexpr std::array<std::pair<NetworkSettings::ProxyMode, const char *>, 4> kModes{ {
    { NetworkSettings::ProxyMode::System, "system" },
    { NetworkSettings::ProxyMode::None, "none" },
    { NetworkSettings::ProxyMode::Http, "http" },
    { NetworkSettings::ProxyMode::Socks5, "socks5" },
} };

QStringList fingerprints(const QVariant &value)
{
    // QSettings reads "a, b" back as a list, and a single value as a string.
    QStringList items = value.typeId() == QMetaType::QStringList
        ? value.toStringList()
        : value.toString().split(u',', Qt::SkipEmptyParts);
    QStringList result;
    for (const QString &item : std::as_const(items)) {
        const QString normalized = NetworkSettings::normalizeFingerprint(item);
        if (!normalized.isEmpty() && !result.contains(normalized))
            result.append(normalized);
    }
    return result;
}
} // namespace

QString NetworkSettings::proxyModeName(ProxyMode mode)
{
    for (const auto &[m, name] : kModes) {
        if (m == mode)
            return QString::fromLatin1(name);
    }
    return {};
}

bool NetworkSettings::proxyModeFromName(const QString &name, ProxyMode *mode)
{
    for (const auto &[m, n] : kModes) {
        if (name == QLatin1String(n)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString NetworkSettings::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u':' || c == u' ' || c == u'-')
            continue;
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
        hex += c.toLower();
    }
    return hex.size() == 64 ? hex : QString();
}

QString NetworkSettings::displayFingerprint(const QString &fingerprint)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < fingerprint.size(); i += 2)
        pairs.append(fingerprint.mid(i, 2).toUpper());
    return pairs.join(u':');
}

QString NetworkSettings::proxyPasswordAccount(const QString &profileName)
{
    return profileName + QStringLiteral("\x1fproxy-password");
}

void NetworkSettings::write(QSettings &settings) const
{
    // Defaults are not written, so that a profile without network settings looks as before.
    const auto put = [&](const char *key, const QVariant &value, bool isDefault) {
        if (!isDefault)
            settings.setValue(QString::fromLatin1(key), value);
    };
    put("proxyMode", proxyModeName(proxyMode), proxyMode == ProxyMode::System);
    put("proxyHost", proxyHost, proxyHost.isEmpty());
    put("proxyPort", int(proxyPort), proxyPort == 0);
    put("proxyUser", proxyUser, proxyUser.isEmpty());
    put("caCertificates", caCertificatesPath, caCertificatesPath.isEmpty());
    put("clientCertificate", clientCertificatePath, clientCertificatePath.isEmpty());
    put("clientKey", clientKeyPath, clientKeyPath.isEmpty());
    put("pinnedSha256", pinnedSha256.join(u','), pinnedSha256.isEmpty());
    put("trustedSha256", trustedSha256.join(u','), trustedSha256.isEmpty());
}

NetworkSettings NetworkSettings::read(const QSettings &settings, const QString &prefix,
    const std::function<void(const QString &, const QString &)> &warn)
{
    NetworkSettings n;
    const auto value = [&](const char *key) {
        return settings.value(prefix + QString::fromLatin1(key));
    };
    if (const QVariant mode = value("proxyMode");
        mode.isValid() && !proxyModeFromName(mode.toString(), &n.proxyMode))
        warn(
            QStringLiteral("proxyMode"), QStringLiteral("unknown value “%1”").arg(mode.toString()));
    n.proxyHost = value("proxyHost").toString();
    if (const QVariant port = value("proxyPort"); port.isValid()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (ok && number > 0 && number < 65536)
            n.proxyPort = quint16(number);
        else
            warn(QStringLiteral("proxyPort"), QStringLiteral("not a port number"));
    }
    n.proxyUser = value("proxyUser").toString();
    n.caCertificatesPath = value("caCertificates").toString();
    n.clientCertificatePath = value("clientCertificate").toString();
    n.clientKeyPath = value("clientKey").toString();
    n.pinnedSha256 = fingerprints(value("pinnedSha256"));
    n.trustedSha256 = fingerprints(value("trustedSha256"));
    return n;
}
