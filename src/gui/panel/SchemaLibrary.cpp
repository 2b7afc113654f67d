// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/SchemaLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SchemaLibrary *SchemaLibrary::instance()
{
    static SchemaLibrary library;
    return &library;
}

QString SchemaLibrary::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/response-schemas.json"_s;
}

std::expected<QList<QJsonObject>, QString> SchemaLibrary::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return QList<QJsonObject>();
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Can't read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(tr("%1 is damaged (%2); fix or remove it to save schemas again.")
                                   .arg(file.fileName(), error.errorString()));
    QList<QJsonObject> schemas;
    for (const QJsonValue &entry : document.object().value(u"schemas"_s).toArray()) {
        if (entry.isObject() && !entry.toObject().value(u"name"_s).toString().isEmpty())
            schemas.append(entry.toObject());
    }
    return schemas;
}

std::expected<void, QString> SchemaLibrary::write(const QList<QJsonObject> &schemas)
{
    QJsonArray list;
    for (const QJsonObject &schema : schemas)
        list.append(schema);
    const QString path = filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(tr("Can't write %1: %2").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(QJsonObject{ { u"version"_s, 1 }, { u"schemas"_s, list } })
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return std::unexpected(tr("Can't write %1: %2").arg(path, file.errorString()));
    Q_EMIT changed();
    return {};
}

QStringList SchemaLibrary::names() const
{
    QStringList names;
    for (const QJsonObject &schema : load().value_or(QList<QJsonObject>()))
        names.append(schema.value(u"name"_s).toString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

QJsonObject SchemaLibrary::schema(const QString &name) const
{
    for (const QJsonObject &schema : load().value_or(QList<QJsonObject>())) {
        if (schema.value(u"name"_s).toString() == name)
            return schema;
    }
    return {};
}

std::expected<void, QString> SchemaLibrary::save(const QJsonObject &jsonSchema)
{
    auto schemas = load();
    if (!schemas)
        return std::unexpected(schemas.error());
    const QString name = jsonSchema.value(u"name"_s).toString();
    schemas->removeIf([&](const QJsonObject &s) { return s.value(u"name"_s).toString() == name; });
    schemas->append(jsonSchema);
    return write(*schemas);
}

std::expected<void, QString> SchemaLibrary::remove(const QString &name)
{
    auto schemas = load();
    if (!schemas)
        return std::unexpected(schemas.error());
    schemas->removeIf([&](const QJsonObject &s) { return s.value(u"name"_s).toString() == name; });
    return write(*schemas);
}
