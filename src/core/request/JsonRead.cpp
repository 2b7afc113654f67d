// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/JsonRead.h"

#include <limits>

#include <QCoreApplication>

namespace JsonRead {
namespace {
// `sentence` is a whole sentence with %1 for the path: QT_TRANSLATE_NOOP("JsonRead", …).
QString mustBe(const QString &path, const char *sentence)
{
    return QCoreApplication::translate("JsonRead", sentence).arg(path);
}
} // namespace

Result<QString> string(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        return std::unexpected(mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be a string")));
    return value.toString();
}

Result<double> number(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble())
        return std::unexpected(mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be a number")));
    return value.toDouble();
}

Result<qint64> integer(const QJsonValue &value, const QString &path)
{
    // toInteger() falls back to its default for fractions and out-of-range values; two different
    // defaults tell "is the whole number 0" apart from "is not a whole number".
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1))
        return std::unexpected(
            mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be a whole number")));
    return value.toInteger();
}

Result<int> int32(const QJsonValue &value, const QString &path)
{
    const auto wide = integer(value, path);
    if (!wide)
        return std::unexpected(wide.error());
    if (*wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max())
        return std::unexpected(
            QCoreApplication::translate("JsonRead", "%1 is out of range").arg(path));
    return int(*wide);
}

Result<bool> boolean(const QJsonValue &value, const QString &path)
{
    if (!value.isBool())
        return std::unexpected(
            mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be true or false")));
    return value.toBool();
}

Result<QJsonObject> object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be an object")));
    return value.toObject();
}

Result<QJsonArray> array(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return std::unexpected(mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be a list")));
    return value.toArray();
}

Result<std::variant<QString, QStringList>> stringOrList(
    const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString();
    const auto list = stringList(value, path);
    if (!list)
        return std::unexpected(
            QCoreApplication::translate("JsonRead", "%1 must be a string or a list of strings")
                .arg(path));
    return *list;
}

Result<QStringList> stringList(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return std::unexpected(
            mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be a list of strings")));
    QStringList list;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return std::unexpected(
                mustBe(item(path, i), QT_TRANSLATE_NOOP("JsonRead", "%1 must be a string")));
        list.append(items.at(i).toString());
    }
    return list;
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(
            mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be an object of strings")));
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it->isString())
            return std::unexpected(mustBe(
                path + u'.' + it.key(), QT_TRANSLATE_NOOP("JsonRead", "%1 must be a string")));
        map.insert(it.key(), it->toString());
    }
    return map;
}

Result<QMap<QString, int>> intMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return std::unexpected(
            mustBe(path, QT_TRANSLATE_NOOP("JsonRead", "%1 must be an object of whole numbers")));
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
