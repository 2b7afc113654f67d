// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/StoredCompletionExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredErrors.h"
#include "core/chat/StoredFetch.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int ListPageSize = 100;
}

StoredCompletionExport::StoredCompletionExport(ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

StoredCompletionExport::~StoredCompletionExport()
{
    if (m_file)
        m_file->cancelWriting();
}

bool StoredCompletionExport::open(const QString &path)
{
    if (m_running) {
        Q_EMIT failed(QCoreApplication::translate("StoredCompletions", "An export is running."));
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message =
            QCoreApplication::translate("StoredCompletions", "Cannot write %1: %2")
                .arg(path, m_file->errorString());
        m_file.reset();
        Q_EMIT failed(message);
        return false;
    }
    m_path = path;
    m_queue.clear();
    m_done = m_written = 0;
    m_total = -1;
    m_running = true;
    return true;
}

bool StoredCompletionExport::start(
    const QString &path, const QStringList &ids, const QHash<QString, QJsonObject> &known)
{
    if (!open(path))
        return false;
    for (const QString &id : ids)
        m_queue.enqueue({ id, known.value(id) });
    m_total = int(ids.size());
    m_filtered = false;
    m_listDone = true;
    Q_EMIT progress(0, m_total);
    next();
    return true;
}

bool StoredCompletionExport::startFiltered(const QString &path, const Endpoint::ListQuery &filter)
{
    if (!open(path))
        return false;
    m_filter = filter;
    m_filter.after.clear();
    m_filter.limit = ListPageSize;
    m_filtered = true;
    m_listDone = false;
    Q_EMIT progress(0, -1);
    fetchPage();
    return true;
}

void StoredCompletionExport::cancel()
{
    if (!m_running)
        return;
    fail(QCoreApplication::translate("StoredCompletions", "The export was cancelled."));
}

void StoredCompletionExport::fetchPage()
{
    if (!m_client)
        return fail(QCoreApplication::translate("StoredCompletions", "No client"));
    auto reply = m_client->listStored(m_filter);
    if (!reply)
        return fail(reply.error().describe());
    m_listReply = *reply;
    connect(m_listReply, &JsonReply::finished, this, [this, r = m_listReply] {
        r->deleteLater();
        const QJsonObject page = r->json();
        for (const QJsonValue &value : page.value("data"_L1).toArray()) {
            const QJsonObject item = value.toObject();
            m_queue.enqueue({ item.value("id"_L1).toString(), item });
        }
        const QString last = page.value("last_id"_L1).toString();
        m_listDone =
            !page.value("has_more"_L1).toBool() || last.isEmpty() || last == m_filter.after;
        m_filter.after = last;
        next();
    });
    connect(m_listReply, &JsonReply::failed, this, [this, r = m_listReply](const ApiError &) {
        r->deleteLater();
        fail(StoredErrors::describe(*r, StoredErrors::Context::Api));
    });
    m_listReply->start();
}

void StoredCompletionExport::next()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        if (!m_listDone)
            return fetchPage();
        m_running = false;
        if (!m_file->commit()) {
            const QString message =
                QCoreApplication::translate("StoredCompletions", "Cannot write %1: %2")
                    .arg(m_path, m_file->errorString());
            m_file.reset();
            Q_EMIT failed(message);
            return;
        }
        m_file.reset();
        Q_EMIT finished(m_written, m_path);
        return;
    }
    const auto [id, known] = m_queue.dequeue();
    m_fetch = new StoredFetch(m_client, id, known, this);
    connect(m_fetch, &StoredFetch::finished, this, [this, f = m_fetch] {
        f->deleteLater();
        QJsonObject line = f->completion();
        line.insert(u"messages"_s, f->messages());
        m_file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        ++m_written;
        Q_EMIT progress(++m_done, m_total);
        next();
    });
    connect(m_fetch, &StoredFetch::failed, this,
        [this, f = m_fetch](const QString &message, const ApiError &error) {
            f->deleteLater();
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            Q_EMIT itemFailed(f->id(), message);
            Q_EMIT progress(++m_done, m_total);
            next();
        });
    m_fetch->start();
}

void StoredCompletionExport::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    if (m_listReply)
        m_listReply->cancel();
    if (m_fetch)
        m_fetch->cancel();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    Q_EMIT failed(message);
}
