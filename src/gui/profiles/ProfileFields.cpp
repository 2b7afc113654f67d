// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ProfileFields.h"

#include <algorithm>
#include <cctype>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include "core/settings/ProfilePresets.h"

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileFields", text);
}

bool isToken(const QByteArray &name)
{
    // RFC 9110 token characters.
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    for (const char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && !extra.contains(c))
            return false;
    }
    return !name.isEmpty();
}
} // namespace

namespace ProfileFields {
QString headersToText(const Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    return lines.join(u'\n');
}

std::expected<Headers, QString> headersFromText(const QString &text)
{
    Headers headers;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        if (colon <= 0 || !isToken(name) || line.left(colon).trimmed() != QString::fromLatin1(name))
            return std::unexpected(QCoreApplication::translate("ProfileFields",
                "Line %1: write each header as \"Name: value\" (letters, digits and -).")
                                       .arg(i + 1));
        headers.append({ name, line.mid(colon + 1).trimmed().toUtf8() });
    }
    return headers;
}

QString bodyToText(const QJsonObject &body)
{
    if (body.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed();
}

std::expected<QJsonObject, QString> bodyFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray utf8 = text.toUtf8();
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, utf8.size());
        const int line = int(utf8.left(offset).count('\n')) + 1;
        return std::unexpected(
            QCoreApplication::translate("ProfileFields", "Not valid JSON (line %1): %2")
                .arg(line)
                .arg(error.errorString()));
    }
    if (!doc.isObject())
        return std::unexpected(tr("The extra body must be a JSON object: { … }"));
    return doc.object();
}

std::expected<QUrl, QString> baseUrlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(tr("Enter the server's base URL."));
    if (ProfilePresets::hasPlaceholder(trimmed))
        return std::unexpected(
            tr("Replace the part in braces, e.g. {resource}, with your own value."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty())
        return std::unexpected(
            tr("The base URL must start with http:// or https:// and name a host."));
    return url;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    const auto isTaken = [&](const QString &name) {
        return taken.contains(name, Qt::CaseInsensitive);
    };
    if (!isTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u' ' + QString::number(n);
        if (!isTaken(candidate))
            return candidate;
    }
}
} // namespace ProfileFields
