// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class JsonReply;
class StoredCompletionModel;

//! Loads the first user message of the rows a view shows (GET …/messages?limit=5), newest
//! request first, at most 2 at a time; the queue keeps the last 64 asks (rows scrolled past
//! are dropped and asked for again if they come back into view).
class StoredFirstMessages final : public QObject
{
    Q_OBJECT
public:
    explicit StoredFirstMessages(StoredCompletionModel *model);

    void request(const QString &id);
    //! Forgets the queue and cancels requests in flight (the model was reset).
    void clear();

private:
    void pump();

    StoredCompletionModel *m_model;
    QList<QString> m_queue;
    QSet<QString> m_known; //!< queued or in flight
    QList<QPointer<JsonReply>> m_inFlight;
    bool m_pumpScheduled = false;
};
