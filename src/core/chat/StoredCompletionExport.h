// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QStringList>

#include "core/request/Endpoint.h"

class ChatClient;
class JsonReply;
class QSaveFile;
class StoredFetch;

//! Exports stored completions as JSONL: one line per completion, the completion object as the
//! server returns it plus "messages": its request messages (all pages). Asynchronous, one
//! request at a time; the file appears only when the export finished (QSaveFile), never half.
//! A completion that cannot be read is reported by itemFailed() and left out; a failing list
//! request (whole filtered list) ends the export with failed().
class StoredCompletionExport final : public QObject
{
    Q_OBJECT
public:
    explicit StoredCompletionExport(ChatClient *client, QObject *parent = nullptr);
    ~StoredCompletionExport() override;

    //! The selection: these ids, in this order. `known` may hold objects the caller already has
    //! (id → completion, e.g. StoredCompletionModel::completionJson()) to skip their GET.
    //! False (and failed()) when the file cannot be opened or an export is running.
    bool start(
        const QString &path, const QStringList &ids, const QHash<QString, QJsonObject> &known = {});
    //! The whole list matching `filter` (model, metadata, order; after/limit ignored).
    bool startFiltered(const QString &path, const Endpoint::ListQuery &filter);
    //! Stops; failed() follows and the file is not written.
    void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    //! `done` completions handled so far; `total` is -1 while unknown (filtered list).
    void progress(int done, int total);
    void itemFailed(const QString &id, const QString &message);
    //! The file is complete with `written` lines.
    void finished(int written, const QString &path);
    void failed(const QString &message);

private:
    bool open(const QString &path);
    void next();
    void fetchPage();
    void fail(const QString &message);

    QPointer<ChatClient> m_client;
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    QQueue<QPair<QString, QJsonObject>> m_queue; //!< id, known object (may be empty)
    Endpoint::ListQuery m_filter;
    bool m_filtered = false;
    bool m_listDone = true;
    bool m_running = false;
    int m_done = 0;
    int m_written = 0;
    int m_total = -1;
    QPointer<JsonReply> m_listReply;
    QPointer<StoredFetch> m_fetch;
};
