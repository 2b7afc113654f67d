// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StoredCompletionModel: deleting rows and updating metadata, both confirmed by the server.
#include <QJsonDocument>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredErrors.h"
#include "core/models/StoredCompletionModel.h"
#include "core/request/ChatRequest.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxDeletesInFlight = 4;
}

void StoredCompletionModel::remove(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (id.isEmpty() || m_removePending.contains(id))
            continue;
        m_removePending.insert(id);
        m_removeQueue.enqueue(id);
    }
    pumpRemovals();
}

void StoredCompletionModel::pumpRemovals()
{
    while (m_removeInFlight < MaxDeletesInFlight && !m_removeQueue.isEmpty()) {
        const QString id = m_removeQueue.dequeue();
        if (!m_client) {
            finishRemoval(id, tr("Not connected to a server."));
            continue;
        }
        auto reply = m_client->deleteStored(id);
        if (!reply) {
            finishRemoval(id, reply.error().describe());
            continue;
        }
        JsonReply *r = *reply;
        ++m_removeInFlight;
        connect(r, &JsonReply::finished, this, [this, r, id] {
            r->deleteLater();
            --m_removeInFlight;
            const QJsonObject answer = r->json();
            // OpenAI answers {"deleted": true}; a 2xx without that flag did not delete it.
            if (answer.contains("deleted"_L1) && !answer.value("deleted"_L1).toBool())
                finishRemoval(id, tr("The server did not delete it."));
            else
                finishRemoval(id, {});
            pumpRemovals();
        });
        connect(r, &JsonReply::failed, this, [this, r, id](const ApiError &) {
            r->deleteLater();
            --m_removeInFlight;
            finishRemoval(id, StoredErrors::describe(*r, StoredErrors::Context::Item));
            pumpRemovals();
        });
        r->start();
    }
}

void StoredCompletionModel::finishRemoval(const QString &id, const QString &error)
{
    m_removePending.remove(id);
    if (error.isEmpty()) {
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
        }
        m_removedBatch.append(id);
        Q_EMIT removed(id);
    } else {
        m_failedBatch.insert(id, error);
        Q_EMIT removeFailed(id, error);
    }
    if (m_removePending.isEmpty()) {
        const QStringList done = std::exchange(m_removedBatch, {});
        const QMap<QString, QString> failures = std::exchange(m_failedBatch, {});
        Q_EMIT removeFinished(done, failures);
    }
}

QStringList StoredCompletionModel::metadataProblems(const QJsonObject &metadata)
{
    QStringList problems;
    QMap<QString, QString> map;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().isEmpty())
            problems.append(tr("A metadata key cannot be empty."));
        if (!it.value().isString())
            problems.append(tr("The value of \"%1\" must be text.").arg(it.key()));
        map.insert(it.key(), it.value().toString());
    }
    problems.append(validateMetadata(map)); // the same limits as a chat request's metadata
    return problems;
}

QString StoredCompletionModel::updateMetadata(int row, const QJsonObject &metadata)
{
    if (row < 0 || row >= m_rows.size())
        return tr("No such stored completion.");
    if (!m_client)
        return tr("Not connected to a server.");
    const QStringList problems = metadataProblems(metadata);
    if (!problems.isEmpty())
        return tr("The metadata was not saved: %1").arg(problems.join("; "_L1));
    QMap<QString, QString> map;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        map.insert(it.key(), it.value().toString());
    const QString id = m_rows.at(row).id;
    auto reply = m_client->updateStored(id, map);
    if (!reply)
        return reply.error().describe();
    JsonReply *r = *reply;
    connect(r, &JsonReply::finished, this, [this, r, id, metadata] {
        r->deleteLater();
        const QJsonObject answer = r->json();
        const int at = rowOf(id);
        if (at >= 0) {
            Row &target = m_rows[at];
            if (answer.value("id"_L1).toString() == id) {
                Row updated = rowFrom(answer);
                updated.firstUser = target.firstUser;
                updated.firstUserLoaded = target.firstUserLoaded;
                target = std::move(updated);
            } else { // not the object: assume what was sent was stored
                QJsonObject raw = completionJson(at);
                if (!raw.isEmpty()) {
                    raw.insert(u"metadata"_s, metadata);
                    target.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
                }
                target.metadata = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
                target.metadataSummary = rowFrom({ { u"metadata"_s, metadata } }).metadataSummary;
            }
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        Q_EMIT metadataUpdated(id);
    });
    connect(r, &JsonReply::failed, this, [this, r, id](const ApiError &) {
        r->deleteLater();
        Q_EMIT metadataUpdateFailed(id, StoredErrors::describe(*r, StoredErrors::Context::Item));
    });
    r->start();
    return {};
}
