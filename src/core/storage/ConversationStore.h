// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include "core/conversation/Conversation.h"
#include "core/storage/StoreError.h"

//! One search result: where the match is, and a line of text around it.
struct SearchHit
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title; //!< the conversation's title
    QString snippet; //!< about 100 characters around the first match, one line
};

//! A conversation to import (from our JSON or a ChatGPT export), written by importConversations().
struct ImportedConversation
{
    Conversation::Info info; //!< id ignored
    //! id/parentId refer to each other within this list only; ordered parents first
    QList<Conversation::Message> messages;
    QHash<QByteArray, QPair<QByteArray, QString>> attachments; //!< hex sha256 -> (bytes, mime type)
};

class QSqlQuery;
class StoreStatements;

//! The conversation database: SQLite through Qt SQL (WAL, foreign keys, synchronous=FULL), one
//! connection per instance, used from the thread that opened it. Every write is durable when the
//! function returns. A failed call returns a StoreError and, for writes, also emits failed(); the
//! caller's objects are never changed by a failure (keep them: they are the only copy).
class ConversationStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 3; //!< PRAGMA user_version written by this Kaiwa

    //! QStandardPaths::AppDataLocation + "/kaiwa.sqlite3"
    static QString defaultPath();

    explicit ConversationStore(QObject *parent = nullptr);
    ~ConversationStore() override;

    //! Opens (creating the folder and file if needed) and migrates. Refuses a damaged file
    //! (Corrupt) and one from a newer Kaiwa (TooNew) without changing it; before migrating an
    //! existing database it copies the file to "<name>.bak-v<old>-<yyyyMMdd-HHmmss>". Messages
    //! left Streaming or Pending by a dead process become Interrupted.
    std::expected<void, StoreError> open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    QString path() const;
    QString connectionName() const; //!< the QSqlDatabase connection (tests, diagnostics)

    std::expected<qint64, StoreError> createConversation(
        Conversation::Info &info); //!< sets id, created/updated
    std::expected<void, StoreError> updateConversation(const Conversation::Info &info);
    std::expected<void, StoreError> deleteConversation(qint64 id); //!< its messages too
    //! Pinned first, then the most recently updated.
    std::expected<QList<Conversation::Info>, StoreError> conversations() const;
    std::expected<Conversation::Info, StoreError> conversation(qint64 id) const;

    //! Sets message.id (and created if unset). Durable when it returns; sets the conversation's
    //! updated time and activeLeafId to this message.
    std::expected<qint64, StoreError> addMessage(Conversation::Message &message);
    std::expected<void, StoreError> updateMessage(
        const Conversation::Message &message); //!< every column
    //! Cheap save while streaming: the content becomes one Text part holding `text`.
    //! Appends the text and reasoning that arrived since the last checkpoint of a streaming
    //! answer (cheap: the cost does not grow with the answer). Readers see the whole text.
    std::expected<void, StoreError> appendCheckpoint(
        qint64 messageId, QStringView text, QStringView reasoning, Conversation::State state);
    std::expected<void, StoreError> checkpoint(
        qint64 messageId, const QString &text, const QString &reasoning, Conversation::State state);
    //! The whole tree, ordered by id (parents before children).
    std::expected<QList<Conversation::Message>, StoreError> messages(qint64 conversationId) const;
    std::expected<Conversation::Message, StoreError> message(qint64 messageId) const;

    //! The ids of the active path, root first: from the conversation's activeLeafId (or its
    //! newest message when unset) up to the root. Cheap: ids only.
    std::expected<QList<qint64>, StoreError> activePath(qint64 conversationId) const;
    //! A page of the active path without loading the whole tree: `limit` messages starting at
    //! `offset` from the root; a negative offset counts from the leaf (-50: the last 50).
    std::expected<QList<Conversation::Message>, StoreError> messagesPage(
        qint64 conversationId, int offset, int limit) const;

    //! Returns the hex SHA-256; identical bytes are stored once.
    std::expected<QByteArray, StoreError> putAttachment(
        const QByteArray &bytes, const QString &mimeType);
    std::expected<QByteArray, StoreError> attachment(const QByteArray &hash) const;
    std::expected<QString, StoreError> attachmentMimeType(const QByteArray &hash) const;

    //! Substring search over every message's text, case-insensitive, newest first. Words
    //! separated by spaces must all occur. Works for Japanese from one character on.
    std::expected<QList<SearchHit>, StoreError> search(const QString &query, int limit = 50) const;

    //! One transaction: all conversations are imported, or none (and the error says which).
    //! Returns the new conversation ids, in order.
    std::expected<QList<qint64>, StoreError> importConversations(
        const QList<ImportedConversation> &conversations);

Q_SIGNALS:
    void failed(
        const StoreError &error); //!< also emitted for every failed write, for the UI banner

private:
    std::unexpected<StoreError> report(StoreError error); //!< emits failed()
    StoreError sqlError(const QSqlQuery &query, const char *action) const;
    std::expected<void, StoreError> requireOpen() const;
    //! Adds the appended checkpoint pieces to messages that are still pending or streaming.
    bool composeChunks(QList<Conversation::Message> &messages) const;
    //! Saves every unfinished answer whole (after a crash), then marks it interrupted.
    std::expected<void, StoreError> recoverUnfinished();
    std::expected<void, StoreError> openConnection(bool existed);
    std::expected<QList<Conversation::Message>, StoreError> readMessages(QSqlQuery &query) const;

    QString m_path;
    QString m_connection;
    qint64 m_writerId = 0; //!< this instance's row in the writers table
    std::unique_ptr<StoreStatements> m_statements;
};
