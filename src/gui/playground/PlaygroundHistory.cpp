// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/playground/PlaygroundHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

QJsonObject PlaygroundRun::toJson() const
{
    QJsonObject json{ { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("profile"), profile }, { QStringLiteral("model"), model },
        { QStringLiteral("prompt"), prompt }, { QStringLiteral("params"), params },
        { QStringLiteral("choices"), choices } };
    if (!suffix.isEmpty())
        json.insert(QStringLiteral("suffix"), suffix);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

PlaygroundRun PlaygroundRun::fromJson(const QJsonObject &json)
{
    PlaygroundRun run;
    run.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODate);
    run.profile = json.value(QLatin1String("profile")).toString();
    run.model = json.value(QLatin1String("model")).toString();
    run.prompt = json.value(QLatin1String("prompt")).toString();
    run.suffix = json.value(QLatin1String("suffix")).toString();
    run.params = json.value(QLatin1String("params")).toObject();
    run.choices = json.value(QLatin1String("choices")).toArray();
    run.error = json.value(QLatin1String("error")).toString();
    return run;
}

PlaygroundHistory::PlaygroundHistory(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString PlaygroundHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/playground-history.json");
}

QList<PlaygroundRun> PlaygroundHistory::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray runs =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("runs")).toArray();
    QList<PlaygroundRun> result;
    for (const QJsonValue &run : runs) {
        if (run.isObject() && result.size() < kMaxRuns)
            result.append(PlaygroundRun::fromJson(run.toObject()));
    }
    return result;
}

bool PlaygroundHistory::save(const QList<PlaygroundRun> &runs) const
{
    QJsonArray array;
    for (const PlaygroundRun &run : runs.mid(0, kMaxRuns))
        array.append(run.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(
        QJsonObject{ { QStringLiteral("version"), 1 }, { QStringLiteral("runs"), array } })
                   .toJson(QJsonDocument::Indented));
    return file.commit();
}
