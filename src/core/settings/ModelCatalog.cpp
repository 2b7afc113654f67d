// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ModelCatalog.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/Logging.h"
#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kFormatVersion = 1;

//! The id of one list item: a plain string, or the first string among the keys servers use.
QString itemId(const QJsonValue &item, std::initializer_list<QLatin1StringView> keys)
{
    if (item.isString())
        return item.toString().trimmed();
    const QJsonObject object = item.toObject();
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return {};
}

void sortUnique(QStringList &ids)
{
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}
} // namespace

ModelCatalog::ModelCatalog(const QString &cacheFilePath, QObject *parent)
    : QObject(parent)
    , m_filePath(cacheFilePath)
{
    load();
}

ModelCatalog::~ModelCatalog() = default;

QStringList ModelCatalog::models(const QString &profile) const
{
    return m_entries.value(profile).models;
}

QDateTime ModelCatalog::fetchedAt(const QString &profile) const
{
    return m_entries.value(profile).fetchedAt;
}

bool ModelCatalog::isRefreshing(const QString &profile) const
{
    return !m_inFlight.value(profile).isNull();
}

void ModelCatalog::refresh(ChatClient *client)
{
    if (!client)
        return;
    const QString profile = client->profile().name;
    if (isRefreshing(profile))
        return;
    auto reply = client->listModels();
    if (!reply) {
        Q_EMIT refreshFailed(profile, reply.error());
        return;
    }
    JsonReply *json = *reply;
    m_inFlight.insert(profile, json);
    connect(json, &ApiReply::finished, this, [this, profile, json] { finish(profile, json); });
    connect(json, &ApiReply::failed, this,
        [this, profile, json](const ApiError &error) { fail(profile, json, error); });
    Q_EMIT refreshStarted(profile);
    json->start();
}

std::optional<QStringList> ModelCatalog::modelIds(const QJsonObject &answer)
{
    const QJsonValue data = answer.value(u"data"_s);
    const QJsonValue models = answer.value(u"models"_s);
    if (!data.isArray() && !models.isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &item : data.toArray())
        ids.append(itemId(item, { "id"_L1, "name"_L1, "model"_L1 }));
    // Ollama's /api/tags (and llama.cpp next to `data`): `model` is the id its API accepts.
    for (const QJsonValue &item : models.toArray())
        ids.append(itemId(item, { "model"_L1, "name"_L1, "id"_L1 }));
    ids.removeAll(QString());
    sortUnique(ids);
    return ids;
}

void ModelCatalog::finish(const QString &profile, JsonReply *reply)
{
    if (m_inFlight.value(profile) == reply)
        m_inFlight.remove(profile);
    reply->deleteLater();
    const auto ids = modelIds(reply->json());
    if (!ids) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = QCoreApplication::translate(
            "ModelCatalog", "the server's /models answer has no model list");
        error.body = reply->body().left(4096);
        qCWarning(lcSettings) << "models of" << profile << ": the /models answer has no model list";
        Q_EMIT refreshFailed(profile, error);
        return;
    }
    m_entries.insert(profile, Entry{ *ids, QDateTime::currentDateTimeUtc() });
    save();
    Q_EMIT modelsChanged(profile);
}

void ModelCatalog::fail(const QString &profile, JsonReply *reply, const ApiError &error)
{
    if (m_inFlight.value(profile) == reply)
        m_inFlight.remove(profile);
    reply->deleteLater();
    qCWarning(lcSettings).noquote()
        << "models of" << profile << "could not be fetched:" << error.logText();
    Q_EMIT refreshFailed(profile, error);
}

void ModelCatalog::load()
{
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSettings) << "model cache" << m_filePath
                              << "cannot be read:" << file.errorString();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue profiles = document.object().value(u"profiles"_s);
    if (parseError.error != QJsonParseError::NoError || !profiles.isObject()) {
        qCWarning(lcSettings) << "model cache" << m_filePath << "is not valid and is ignored";
        return;
    }
    const QJsonObject byName = profiles.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QDateTime fetchedAt =
            QDateTime::fromString(entry.value(u"fetchedAt"_s).toString(), Qt::ISODateWithMs);
        if (!fetchedAt.isValid() || !entry.value(u"models"_s).isArray()) {
            qCWarning(lcSettings) << "model cache: skipping the broken entry of" << it.key();
            continue;
        }
        QStringList ids;
        for (const QJsonValue &id : entry.value(u"models"_s).toArray()) {
            if (id.isString() && !id.toString().isEmpty())
                ids.append(id.toString());
        }
        sortUnique(ids);
        m_entries.insert(it.key(), Entry{ ids, fetchedAt.toUTC() });
    }
}

void ModelCatalog::save() const
{
    QJsonObject profiles;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        profiles.insert(it.key(),
            QJsonObject{ { u"fetchedAt"_s, it->fetchedAt.toString(Qt::ISODateWithMs) },
                { u"models"_s, QJsonArray::fromStringList(it->models) } });
    }
    const QJsonObject root{ { u"version"_s, kFormatVersion }, { u"profiles"_s, profiles } };
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcSettings) << "model cache" << m_filePath
                              << "cannot be written:" << file.errorString();
    }
}
