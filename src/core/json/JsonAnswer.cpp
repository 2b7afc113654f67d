// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JsonAnswer {
namespace {
//! The text without surrounding space and without a ``` fence around all of it; `skipped` is
//! how many characters were cut from the front.
QStringView unfenced(QStringView text, qsizetype *skipped)
{
    const QStringView trimmed = text.trimmed();
    qsizetype front = trimmed.isEmpty() ? text.size() : trimmed.data() - text.data();
    QStringView body = trimmed;
    if (body.startsWith(u"```") && body.endsWith(u"```") && body.size() >= 6) {
        const qsizetype newline = body.indexOf(u'\n');
        if (newline > 0 && newline < body.size() - 3) {
            const QStringView inner = body.sliced(newline + 1, body.size() - newline - 4);
            const QStringView innerTrimmed = inner.trimmed();
            if (!innerTrimmed.contains(u"```")) {
                front += innerTrimmed.isEmpty() ? 0 : innerTrimmed.data() - body.data();
                body = innerTrimmed;
            }
        }
    }
    if (skipped)
        *skipped = front;
    return body;
}
} // namespace

QString formatType(const QJsonObject &request)
{
    const QString type = request.value(u"response_format"_s).toObject().value(u"type"_s).toString();
    return type.isEmpty() ? u"text"_s : type;
}

QJsonObject schemaOf(const QJsonObject &request)
{
    return request.value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject();
}

bool looksLikeJson(QStringView text)
{
    const QStringView body = unfenced(text, nullptr);
    return body.size() >= 2
        && ((body.front() == u'{' && body.back() == u'}')
            || (body.front() == u'[' && body.back() == u']'));
}

Parsed parse(QStringView text)
{
    qsizetype skipped = 0;
    const QStringView body = unfenced(text, &skipped);
    const QByteArray utf8 = body.toUtf8();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    Parsed parsed;
    if (error.error == QJsonParseError::NoError) {
        parsed.value =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        return parsed;
    }
    // QJsonParseError::offset counts UTF-8 bytes; the user sees characters.
    parsed.offset = skipped + QString::fromUtf8(utf8.left(std::max(0, error.offset))).size();
    parsed.error = body.isEmpty()
        ? QCoreApplication::translate("JsonAnswer", "The answer is empty")
        : QCoreApplication::translate("JsonAnswer", "%1 (at character %2 of %3)")
              .arg(error.errorString())
              .arg(parsed.offset)
              .arg(text.size());
    return parsed;
}
} // namespace JsonAnswer
