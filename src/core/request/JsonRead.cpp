// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/JsonRead.h"

#include <limits>

namespace JsonRead {
namespace {
QString mustBe(const QString &path, QLatin1String what)
{
    return path + QLatin1String(" must be ") + what;
}
} // namespace

Result<QString> string(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return std::unexpected(mustBe(path, QLatin1String("a string")));
    return value.toString();
}

Result<double> number(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble())
        return std::unexpected(mustBe(path, QLatin1String("a number")));
    return value.toDouble();
}

Result<qint64> integer(const QJsonValue &value, const QString &path)
{
    // toInteger() falls back to its default for fractions and out-of-range values; two different
    // defaults tell "is the whole number 0" apart from "is not a whole number".
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1))
        return std::unexpected(mustBe(path, QLatin1String("a whole number")));
    return value.toInteger();
}

Result<int> int32(const QJsonValue &value, const QString &path)
{
    const auto wide = integer(value, path);
    if (!wide)
        return std::unexpected(wide.error());
    if (*wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max())
        return std::unexpected(path + QLatin1String(" is out of range"));
    return int(*wide);
}

Result<bool> boolean(const QJsonValue &value, const QString &path)
{
    if (!value.isBool())
        return std::unexpected(mustBe(path, QLatin1String("true or false")));
    return value.toBool();
}

Result<QJsonObject> object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(mustBe(path, QLatin1String("an object")));
    return value.toObject();
}

Result<QJsonArray> array(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return std::unexpected(mustBe(path, QLatin1String("a list")));
    return value.toArray();
}

Result<std::variant<QString, QStringList>> stringOrList(
    const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString();
    const auto list = stringList(value, path);
    if (!list)
        return std::unexpected(path + QLatin1String(" must be a string or a list of strings"));
    return *list;
}

Result<QStringList> stringList(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return std::unexpected(mustBe(path, QLatin1String("a list of strings")));
    QStringList list;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return std::unexpected(mustBe(item(path, i), QLatin1String("a string")));
        list.append(items.at(i).toString());
    }
    return list;
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(mustBe(path, QLatin1String("an object of strings")));
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it->isString())
            return std::unexpected(mustBe(path + u'.' + it.key(), QLatin1String("a string")));
        map.insert(it.key(), it->toString());
    }
    return map;
}

Result<QMap<QString, int>> intMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(mustBe(path, QLatin1String("an object of whole numbers")));
    QMap<QString, int> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto number = int32(*it, path + u'.' + it.key());
        if (!number)
            return std::unexpected(number.error());
        map.insert(it.key(), *number);
    }
    return map;
}
} // namespace JsonRead
