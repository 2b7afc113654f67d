// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <variant>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

//! Typed reads of user-supplied JSON (`--param`, pasted tool lists) with English messages that
//! name the offending path: "temperature must be a number", "tools[0].function must be an object".
namespace JsonRead {
template <typename T>
using Result = std::expected<T, QString>;

Result<QString> string(const QJsonValue &value, const QString &path);
Result<double> number(const QJsonValue &value, const QString &path);
//! A whole number; 64-bit values keep their precision (seed).
Result<qint64> integer(const QJsonValue &value, const QString &path);
Result<int> int32(const QJsonValue &value, const QString &path);
Result<bool> boolean(const QJsonValue &value, const QString &path);
Result<QJsonObject> object(const QJsonValue &value, const QString &path);
Result<QJsonArray> array(const QJsonValue &value, const QString &path);
Result<QStringList> stringList(const QJsonValue &value, const QString &path);
//! A string or a list of strings (`stop`, a legacy `prompt`).
Result<std::variant<QString, QStringList>> stringOrList(
    const QJsonValue &value, const QString &path);
//! A JSON object whose values are all strings (metadata).
Result<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &path);
//! A JSON object whose values are all integers (logit_bias).
Result<QMap<QString, int>> intMap(const QJsonValue &value, const QString &path);

//! Reads an optional member: absent → success with the target left unset, present → typed read.
template <typename T, typename Reader>
std::expected<void, QString> optional(
    const QJsonObject &object, const QString &key, const QString &path, Reader reader, T &target)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return {};
    auto value = reader(*it, path + u'.' + key);
    if (!value)
        return std::unexpected(value.error());
    target = *value;
    return {};
}

//! "path[index]" for messages about list items.
inline QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}
} // namespace JsonRead
