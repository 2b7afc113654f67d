// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/Redaction.h"

#include <QUrlQuery>

namespace {
constexpr qsizetype kMinSecret = 6; // shorter strings would mask ordinary text

bool nameSaysSecret(QByteArrayView lower)
{
    for (const char *word : { "auth", "key", "token", "secret", "password", "passwd", "cookie",
             "signature", "credential" }) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

//! "Bearer sk-abc" → {"Bearer ", "sk-abc"}; "sk-abc" → {"", "sk-abc"}.
QPair<QByteArray, QByteArray> splitScheme(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = trimmed.left(space).toLower();
        if (scheme == "bearer" || scheme == "basic" || scheme == "token" || scheme == "digest")
            return { trimmed.left(space + 1), trimmed.mid(space + 1).trimmed() };
    }
    return { QByteArray(), trimmed };
}

QList<QPair<QString, QString>> queryItems(const QUrl &url)
{
    return QUrlQuery(url).queryItems(QUrl::FullyDecoded);
}
} // namespace

namespace Redaction {
bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    // x-ratelimit-remaining-tokens counts tokens; it hides nothing.
    return !lower.startsWith("x-ratelimit-") && nameSaysSecret(lower);
}

bool isSecretQueryItem(const QString &name)
{
    const QByteArray lower = name.toLower().toUtf8();
    return nameSaysSecret(lower) || lower == "sig";
}

QByteArray header(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name) || value.isEmpty())
        return value;
    return splitScheme(value).first + kMask;
}

QUrl url(const QUrl &given)
{
    QUrl url = given;
    if (!url.password().isEmpty())
        url.setPassword(QString::fromLatin1(kMask));
    if (url.hasQuery()) {
        QUrlQuery query(url);
        bool changed = false;
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[name, value] : items) {
            if (isSecretQueryItem(name) && !value.isEmpty()) {
                value = QString::fromLatin1(kMask);
                changed = true;
            }
        }
        if (changed) {
            QUrlQuery masked;
            masked.setQueryItems(items);
            url.setQuery(masked);
        }
    }
    return url;
}

QList<QByteArray> secretsIn(const QList<QPair<QByteArray, QByteArray>> &headers, const QUrl &url)
{
    QList<QByteArray> secrets;
    const auto add = [&secrets](const QByteArray &secret) {
        if (secret.size() >= kMinSecret && !secrets.contains(secret))
            secrets.append(secret);
    };
    for (const auto &[name, value] : headers) {
        if (isSecretHeader(name))
            add(splitScheme(value).second);
    }
    for (const auto &[name, value] : queryItems(url)) {
        if (isSecretQueryItem(name)) {
            add(value.toUtf8());
            add(QUrl::toPercentEncoding(value));
        }
    }
    add(url.password(QUrl::FullyDecoded).toUtf8());
    // Longest first, so a secret containing another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return secrets;
}

QByteArray scrub(QByteArray text, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets)
        text.replace(secret, kMask);
    return text;
}

QString scrub(QString text, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets)
        text.replace(QString::fromUtf8(secret), QLatin1String(kMask));
    return text;
}
} // namespace Redaction
