// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "core/api/ApiError.h"

class ChatClient;
class JsonReply;

//! The model ids each provider profile offers, as its `GET /models` last said, with the time of
//! that answer. Kept in a JSON file (the app uses CacheLocation/models.json) so the model picker
//! has a list at start-up; a file that cannot be read is ignored with a warning on lcSettings.
class ModelCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    //! Loads `cacheFilePath` if it exists; refresh() results are written back to it.
    explicit ModelCatalog(const QString &cacheFilePath, QObject *parent = nullptr);
    ~ModelCatalog() override;

    QString cacheFilePath() const { return m_filePath; }

    //! Sorted, de-duplicated ids; empty if the profile's models were never fetched.
    QStringList models(const QString &profile) const;
    //! When the list was fetched (UTC); invalid if never.
    QDateTime fetchedAt(const QString &profile) const;
    bool isRefreshing(const QString &profile) const;

    //! Asks `client` (its profile's name is the cache key) for `GET /models`. Does nothing while
    //! a refresh of the same profile is still running. The reply is parented to the client.
    void refresh(ChatClient *client);

    //! The model ids in a `/models` answer: OpenAI `data[].id` (also vLLM, LM Studio, llama.cpp,
    //! Ollama's /v1), Ollama's native `models[].model`/`name`; sorted case-insensitively and
    //! de-duplicated. nullopt if the answer holds no model list at all.
    static std::optional<QStringList> modelIds(const QJsonObject &answer);

Q_SIGNALS:
    void refreshStarted(const QString &profile);
    //! A refresh succeeded (even if the list did not change).
    void modelsChanged(const QString &profile);
    void refreshFailed(const QString &profile, const ApiError &error);

private:
    struct Entry
    {
        QStringList models;
        QDateTime fetchedAt;
    };

    void load();
    void save() const;
    void finish(const QString &profile, JsonReply *reply);
    void fail(const QString &profile, JsonReply *reply, const ApiError &error);

    QString m_filePath;
    QHash<QString, Entry> m_entries;
    QHash<QString, QPointer<JsonReply>> m_inFlight;
};
