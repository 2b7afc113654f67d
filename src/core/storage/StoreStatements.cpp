// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreStatements.h"

#include "core/storage/MessageRow.h"

StoreStatements::StoreStatements(const QSqlDatabase &database)
    : db(database)
{}

bool StoreStatements::prepare(QSqlError *error)
{
    using namespace MessageRow;
    const QString placeholders =
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QString messageAssignments = writtenColumns();
    messageAssignments.replace(QLatin1String(", "), QLatin1String(" = ?, "))
        .append(QLatin1String(" = ?"));
    QString infoAssignments = infoWrittenColumns();
    infoAssignments.replace(QLatin1String(", "), QLatin1String(" = ?, "))
        .append(QLatin1String(" = ?"));

    const std::pair<QSqlQuery *, QString> all[] = {
        { &begin, QStringLiteral("BEGIN IMMEDIATE") },
        { &commit, QStringLiteral("COMMIT") },
        { &rollback, QStringLiteral("ROLLBACK") },
        { &insertConversation,
            QStringLiteral("INSERT INTO conversations (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(infoWrittenColumns()) },
        { &updateConversation,
            QStringLiteral("UPDATE conversations SET %1 WHERE id = ?").arg(infoAssignments) },
        { &deleteConversation, QStringLiteral("DELETE FROM conversations WHERE id = ?") },
        { &selectConversations,
            QStringLiteral(
                "SELECT %1 FROM conversations ORDER BY pinned DESC, updated DESC, id DESC")
                .arg(infoSelectedColumns()) },
        { &selectConversation,
            QStringLiteral("SELECT %1 FROM conversations WHERE id = ?")
                .arg(infoSelectedColumns()) },
        { &touchConversation,
            QStringLiteral(
                "UPDATE conversations SET updated = ?, active_leaf_id = ? WHERE id = ?") },
        { &conversationHashes,
            QStringLiteral("SELECT DISTINCT l.hash FROM message_attachments l"
                           " JOIN messages m ON m.id = l.message_id WHERE m.conversation_id = ?") },
        { &dropUnreferenced,
            QStringLiteral("DELETE FROM attachments WHERE hash = ? AND NOT EXISTS"
                           " (SELECT 1 FROM message_attachments WHERE hash = ?)") },
        { &insertMessage,
            QStringLiteral("INSERT INTO messages (%1) VALUES (%2)")
                .arg(writtenColumns(), placeholders) },
        { &updateMessage,
            QStringLiteral("UPDATE messages SET %1 WHERE id = ?").arg(messageAssignments) },
        // While an answer streams, each checkpoint appends only the text that arrived since the
        // last one, so its cost does not grow with the answer (a full rewrite would).
        { &appendChunk,
            QStringLiteral(
                "INSERT INTO message_chunks (message_id, seq, text, reasoning) VALUES (?,"
                " (SELECT coalesce(max(seq), 0) + 1 FROM message_chunks WHERE message_id = ?),"
                " ?, ?)") },
        { &selectChunks,
            QStringLiteral(
                "SELECT text, reasoning FROM message_chunks WHERE message_id = ? ORDER BY seq") },
        { &deleteChunks, QStringLiteral("DELETE FROM message_chunks WHERE message_id = ?") },
        { &setState,
            QStringLiteral("UPDATE messages SET state = ? WHERE id = ? AND state IS NOT ?") },
        { &checkpoint,
            QStringLiteral("UPDATE messages SET text = ?, parts = NULL, reasoning = ?, state = ?"
                           " WHERE id = ?") },
        { &selectMessages,
            QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id")
                .arg(selectedColumns()) },
        { &selectMessage,
            QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(selectedColumns()) },
        { &selectMessagesById,
            QStringLiteral("SELECT %1 FROM messages WHERE id IN (SELECT value FROM json_each(?))"
                           " ORDER BY id")
                .arg(selectedColumns()) },
        // The active leaf if it belongs to the conversation, else its newest message; then up
        // the parent links to the root.
        { &activePath,
            QStringLiteral(
                "WITH RECURSIVE leaf (id) AS (SELECT coalesce("
                " (SELECT m.id FROM conversations c JOIN messages m ON m.id = c.active_leaf_id"
                "  AND m.conversation_id = c.id WHERE c.id = ?),"
                " (SELECT max(id) FROM messages WHERE conversation_id = ?))),"
                " path (id, parent_id, depth) AS (SELECT m.id, m.parent_id, 0 FROM messages m, leaf"
                "  WHERE m.id = leaf.id UNION ALL SELECT m.id, m.parent_id, path.depth + 1"
                "  FROM messages m JOIN path ON m.id = path.parent_id)"
                " SELECT id FROM path ORDER BY depth DESC") },
        { &insertLink,
            QStringLiteral(
                "INSERT OR IGNORE INTO message_attachments (message_id, hash) VALUES (?, ?)") },
        { &deleteLinks, QStringLiteral("DELETE FROM message_attachments WHERE message_id = ?") },
        { &insertAttachment,
            QStringLiteral(
                "INSERT INTO attachments (hash, mime_type, size, data) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (hash) DO NOTHING") },
        { &selectAttachment,
            QStringLiteral("SELECT data, mime_type FROM attachments WHERE hash = ?") },
        { &matchFts,
            QStringLiteral("SELECT m.id, m.conversation_id, c.title, m.text FROM messages_fts f"
                           " JOIN messages m ON m.id = f.rowid"
                           " JOIN conversations c ON c.id = m.conversation_id"
                           " WHERE messages_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?") },
        { &vocabulary,
            QStringLiteral("SELECT term FROM messages_fts_vocab WHERE term >= ?"
                           " AND term < ? || char(1114111) LIMIT ?") },
        { &scan,
            QStringLiteral("SELECT m.id, m.conversation_id, c.title, m.text FROM messages m"
                           " JOIN conversations c ON c.id = m.conversation_id"
                           " WHERE instr(lower(m.text), ?) > 0 ORDER BY m.id DESC LIMIT ?") },
    };
    for (const auto &[query, sql] : all) {
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            *error = query->lastError();
            return false;
        }
    }
    return true;
}

bool StoreStatements::linkAttachments(
    qint64 messageId, const QList<QByteArray> &hashes, bool replace)
{
    if (replace) {
        deleteLinks.bindValue(0, messageId);
        if (!deleteLinks.exec()) {
            lastError = deleteLinks.lastError();
            return false;
        }
    }
    for (const QByteArray &hash : hashes) {
        insertLink.bindValue(0, messageId);
        insertLink.bindValue(1, QString::fromLatin1(hash));
        if (!insertLink.exec()) {
            lastError = insertLink.lastError();
            return false;
        }
    }
    return true;
}

bool StoreStatements::dropUnreferencedAttachments(const QList<QByteArray> &hashes)
{
    for (const QByteArray &hash : hashes) {
        dropUnreferenced.bindValue(0, QString::fromLatin1(hash));
        dropUnreferenced.bindValue(1, QString::fromLatin1(hash));
        if (!dropUnreferenced.exec()) {
            lastError = dropUnreferenced.lastError();
            return false;
        }
    }
    return true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        m_statements.rollback.exec();
}

bool WriteTransaction::begin()
{
    if (!m_statements.begin.exec()) {
        m_error = m_statements.begin.lastError();
        return false;
    }
    m_active = true;
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_statements.commit.exec()) {
        m_error = m_statements.commit.lastError();
        return false; // the destructor rolls back
    }
    m_active = false;
    return true;
}
