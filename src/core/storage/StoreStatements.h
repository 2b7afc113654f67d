// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

//! ConversationStore's prepared statements, prepared once per open() and reused, so a checkpoint
//! or an added message costs one bind and one step (private to the store).
class StoreStatements final
{
public:
    explicit StoreStatements(const QSqlDatabase &database);
    bool prepare(QSqlError *error); //!< prepares every statement below

    //! Records which attachments a message refers to (replacing what it referred to before).
    bool linkAttachments(qint64 messageId, const QList<QByteArray> &hashes, bool replace);
    //! Deletes those of `hashes` that no message refers to any more.
    bool dropUnreferencedAttachments(const QList<QByteArray> &hashes);
    QSqlError lastError;

    QSqlDatabase db;
    QSqlQuery begin{ db }, commit{ db }, rollback{ db };
    QSqlQuery insertConversation{ db }, updateConversation{ db }, deleteConversation{ db };
    QSqlQuery selectConversations{ db }, selectConversation{ db }, touchConversation{ db };
    QSqlQuery conversationHashes{ db }, dropUnreferenced{ db };
    QSqlQuery insertMessage{ db }, updateMessage{ db }, checkpoint{ db };
    QSqlQuery appendChunk{ db }, selectChunks{ db }, deleteChunks{ db }, setState{ db };
    QSqlQuery selectMessages{ db }, selectMessage{ db }, selectMessagesById{ db }, activePath{ db };
    QSqlQuery insertLink{ db }, deleteLinks{ db };
    QSqlQuery insertAttachment{ db }, selectAttachment{ db };
    QSqlQuery matchFts{ db }, vocabulary{ db }, scan{ db };
};

//! BEGIN IMMEDIATE … COMMIT on the store's connection; rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(StoreStatements &statements)
        : m_statements(statements)
    {}

    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin();
    bool commit();

    QSqlError error() const { return m_error; }

private:
    StoreStatements &m_statements;
    QSqlError m_error;
    bool m_active = false;
};
