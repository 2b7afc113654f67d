// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConversationImportReader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace ConversationImport::Detail {
namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("ConversationImport", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ConversationImport", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("ConversationImport", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ConversationImport", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ConversationImport", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ConversationImport", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ConversationImport", "nothing");
}
} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationImport", text);
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString keyed(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

std::expected<QJsonDocument, ImportError> parse(const QByteArray &data)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError)
        return document;
    // Qt reports a byte offset; line and column (in bytes, from 1) find the place in an editor.
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, data.size());
    const QByteArrayView before(data.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    return std::unexpected(ImportError{
        QCoreApplication::translate("ConversationImport", "The file is not valid JSON: %1.")
            .arg(error.errorString()),
        QCoreApplication::translate("ConversationImport", "byte %1 (line %2, column %3)")
            .arg(offset)
            .arg(line)
            .arg(offset - lineStart + 1) });
}

QString Reader::string(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "a string"),
            member(path, QLatin1String(key)));
    return value.toString();
}

bool Reader::boolean(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "true or false"),
            member(path, QLatin1String(key)));
    return value.toBool();
}

qint64 Reader::integer(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return 0;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number) {
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "a whole number"),
            member(path, QLatin1String(key)));
        return 0;
    }
    return value.toInteger();
}

double Reader::number(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble())
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "a number"),
            member(path, QLatin1String(key)));
    return value.toDouble();
}

QJsonObject Reader::object(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"),
            member(path, QLatin1String(key)));
    return value.toObject();
}

QJsonArray Reader::array(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an array"),
            member(path, QLatin1String(key)));
    return value.toArray();
}

QDateTime Reader::time(const QJsonObject &object, const QString &path, const char *key)
{
    const QString text = string(object, path, key);
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(QCoreApplication::translate(
                 "ConversationImport", "\"%1\" is not an ISO 8601 date and time.")
                 .arg(text),
            member(path, QLatin1String(key)));
        return {};
    }
    return time.toUTC();
}

bool Reader::has(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

void Reader::fail(const QString &message, const QString &where)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = ImportError{ message, where };
}

void Reader::wrongType(const QJsonValue &value, const char *expected, const QString &where)
{
    fail(QCoreApplication::translate("ConversationImport", "Expected %1, found %2.")
             .arg(tr(expected), typeName(value)),
        where);
}

namespace {
void readToken(Reader &reader, const QJsonValue &value, const QString &at, bool alternatives)
{
    if (!value.isObject()) {
        reader.wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
        return;
    }
    const QJsonObject token = value.toObject();
    if (!token.value(QLatin1String("token")).isString())
        reader.wrongType(token.value(QLatin1String("token")),
            QT_TRANSLATE_NOOP("ConversationImport", "a string"),
            member(at, QStringLiteral("token")));
    const QJsonValue logprob = token.value(QLatin1String("logprob"));
    if (!logprob.isDouble())
        reader.wrongType(logprob, QT_TRANSLATE_NOOP("ConversationImport", "a number"),
            member(at, QStringLiteral("logprob")));
    else if (logprob.toDouble() > 0)
        reader.fail(
            tr("A log probability can't be above 0."), member(at, QStringLiteral("logprob")));
    const QString bytesAt = member(at, QStringLiteral("bytes"));
    const QJsonArray bytes = reader.array(token, at, "bytes");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const double byte = bytes.at(i).toDouble(-1);
        if (!bytes.at(i).isDouble() || byte < 0 || byte > 255 || std::trunc(byte) != byte)
            reader.fail(tr("Expected a byte (0 to 255)."), item(bytesAt, i));
    }
    if (!alternatives)
        return;
    const QString topAt = member(at, QStringLiteral("top_logprobs"));
    const QJsonArray top = reader.array(token, at, "top_logprobs");
    for (qsizetype i = 0; i < top.size() && !reader.failed(); ++i)
        readToken(reader, top.at(i), item(topAt, i), false);
}
} // namespace

QJsonArray readLogprobs(Reader &reader, const QJsonObject &object, const QString &path)
{
    const QString arrayPath = member(path, QStringLiteral("logprobs"));
    const QJsonArray array = reader.array(object, path, "logprobs");
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i)
        readToken(reader, array.at(i), item(arrayPath, i), true);
    return array;
}
} // namespace ConversationImport::Detail
