// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationStore: conversations and messages (open/close are in ConversationStore.cpp).
#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/Logging.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/MessageRow.h"
#include "core/storage/StoreStatements.h"

using namespace Conversation;

namespace {
// Whole sentences for each kind of row, so that no noun is pieced into a sentence.
StoreError notFound(const char *sentence, qint64 id, const QString &path)
{
    return StoreError::make(StoreError::Kind::NotFound,
        QCoreApplication::translate("ConversationStore", sentence).arg(id),
        QCoreApplication::translate("ConversationStore",
            "It may have been deleted in another window; reload the conversation list."),
        path);
}

const char *const NoConversation =
    QT_TRANSLATE_NOOP("ConversationStore", "Kaiwa's conversation database has no conversation %1.");
const char *const NoMessage =
    QT_TRANSLATE_NOOP("ConversationStore", "Kaiwa's conversation database has no message %1.");
} // namespace

std::expected<qint64, StoreError> ConversationStore::createConversation(Info &info)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    Info stored = info;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    if (!stored.updated.isValid())
        stored.updated = stored.created;
    QSqlQuery &q = m_statements->insertConversation;
    MessageRow::bindInfo(q, stored);
    if (!q.exec())
        return report(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not create a conversation.")));
    stored.id = q.lastInsertId().toLongLong();
    info = stored; // only after success: a failure leaves the caller's object as it was
    return info.id;
}

std::expected<void, StoreError> ConversationStore::updateConversation(const Info &info)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    QSqlQuery &q = m_statements->updateConversation;
    MessageRow::bindInfo(q, info);
    q.bindValue(7, info.id);
    if (!q.exec())
        return report(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not save the conversation.")));
    if (q.numRowsAffected() == 0)
        return report(notFound(NoConversation, info.id, m_path));
    return {};
}

std::expected<void, StoreError> ConversationStore::deleteConversation(qint64 id)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    StoreStatements &s = *m_statements;
    WriteTransaction transaction(s);
    if (!transaction.begin())
        return report(StoreError::fromSql(transaction.error(),
            QT_TRANSLATE_NOOP("StoreError", "Could not delete a conversation."), m_path));
    QList<QByteArray> hashes;
    s.conversationHashes.bindValue(0, id);
    if (!s.conversationHashes.exec())
        return report(sqlError(s.conversationHashes,
            QT_TRANSLATE_NOOP("StoreError", "Could not delete a conversation.")));
    while (s.conversationHashes.next())
        hashes.append(s.conversationHashes.value(0).toString().toLatin1());
    s.conversationHashes.finish();
    s.deleteConversation.bindValue(0, id);
    if (!s.deleteConversation.exec()) // messages, links and index entries follow by cascade
        return report(sqlError(s.deleteConversation,
            QT_TRANSLATE_NOOP("StoreError", "Could not delete a conversation.")));
    if (s.deleteConversation.numRowsAffected() == 0)
        return report(notFound(NoConversation, id, m_path));
    if (!s.dropUnreferencedAttachments(hashes) || !transaction.commit()) {
        const QSqlError error = s.lastError.isValid() ? s.lastError : transaction.error();
        return report(StoreError::fromSql(
            error, QT_TRANSLATE_NOOP("StoreError", "Could not delete a conversation."), m_path));
    }
    return {};
}

std::expected<QList<Info>, StoreError> ConversationStore::conversations() const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery &q = m_statements->selectConversations;
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not list the conversations.")));
    QList<Info> result;
    while (q.next())
        result.append(MessageRow::readInfo(q));
    q.finish();
    return result;
}

std::expected<Info, StoreError> ConversationStore::conversation(qint64 id) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery &q = m_statements->selectConversation;
    q.bindValue(0, id);
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read a conversation.")));
    if (!q.next())
        return std::unexpected(notFound(NoConversation, id, m_path));
    Info info = MessageRow::readInfo(q);
    q.finish();
    return info;
}

std::expected<qint64, StoreError> ConversationStore::addMessage(Message &message)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    StoreStatements &s = *m_statements;
    Message stored = message;
    if (!stored.created.isValid())
        stored.created = QDateTime::currentDateTimeUtc();
    const char *what = QT_TRANSLATE_NOOP("StoreError", "Could not save a message.");
    WriteTransaction transaction(s);
    if (!transaction.begin())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    MessageRow::bindMessage(s.insertMessage, stored);
    if (!s.insertMessage.exec())
        return report(sqlError(s.insertMessage, what));
    stored.id = s.insertMessage.lastInsertId().toLongLong();
    if (!s.linkAttachments(stored.id, MessageRow::attachmentHashes(stored), false))
        return report(StoreError::fromSql(s.lastError, what, m_path));
    s.touchConversation.bindValue(0, MessageRow::timeValue(QDateTime::currentDateTimeUtc()));
    s.touchConversation.bindValue(1, stored.id);
    s.touchConversation.bindValue(2, stored.conversationId);
    if (!s.touchConversation.exec())
        return report(sqlError(s.touchConversation, what));
    if (!transaction.commit())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    message = stored;
    return message.id;
}

std::expected<void, StoreError> ConversationStore::updateMessage(const Message &message)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    StoreStatements &s = *m_statements;
    const char *what = QT_TRANSLATE_NOOP("StoreError", "Could not save a message.");
    WriteTransaction transaction(s);
    if (!transaction.begin())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    // The attachments it referred to before, to drop those no longer used by anyone.
    auto before = this->message(message.id);
    if (!before)
        return report(before.error());
    MessageRow::bindMessage(s.updateMessage, message);
    s.updateMessage.bindValue(19, message.id);
    if (!s.updateMessage.exec())
        return report(sqlError(s.updateMessage, what));
    s.deleteChunks.bindValue(0, message.id); // the message now holds its whole text
    if (!s.deleteChunks.exec())
        return report(sqlError(s.deleteChunks, what));
    const QList<QByteArray> hashes = MessageRow::attachmentHashes(message);
    QList<QByteArray> dropped;
    for (const QByteArray &hash : MessageRow::attachmentHashes(*before)) {
        if (!hashes.contains(hash))
            dropped.append(hash);
    }
    if (!s.linkAttachments(message.id, hashes, true) || !s.dropUnreferencedAttachments(dropped))
        return report(StoreError::fromSql(s.lastError, what, m_path));
    if (!transaction.commit())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    return {};
}

std::expected<void, StoreError> ConversationStore::checkpoint(
    qint64 messageId, const QString &text, const QString &reasoning, State state)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    // One statement, so one implicit transaction: the row and its index entry change together.
    m_statements->deleteChunks.bindValue(0, messageId); // the whole text replaces the pieces
    if (!m_statements->deleteChunks.exec())
        return report(sqlError(m_statements->deleteChunks,
            QT_TRANSLATE_NOOP("StoreError", "Could not save the arriving answer.")));
    QSqlQuery &q = m_statements->checkpoint;
    q.bindValue(0, MessageRow::textValue(text));
    q.bindValue(1, MessageRow::textValue(reasoning));
    q.bindValue(2, stateName(state));
    q.bindValue(3, messageId);
    if (!q.exec())
        return report(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not save the arriving answer.")));
    if (q.numRowsAffected() == 0)
        return report(notFound(NoMessage, messageId, m_path));
    return {};
}

std::expected<QList<Message>, StoreError> ConversationStore::readMessages(QSqlQuery &q) const
{
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read messages.")));
    QList<Message> result;
    while (q.next())
        result.append(MessageRow::readMessage(q));
    if (q.lastError().isValid())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read messages.")));
    q.finish();
    if (!composeChunks(result))
        return std::unexpected(sqlError(m_statements->selectChunks,
            QT_TRANSLATE_NOOP("StoreError", "Could not read messages.")));
    return result;
}

bool ConversationStore::composeChunks(QList<Message> &messages) const
{
    QSqlQuery &q = m_statements->selectChunks;
    for (Message &message : messages) {
        if (message.state != State::Pending && message.state != State::Streaming)
            continue;
        q.bindValue(0, message.id);
        if (!q.exec())
            return false;
        QString text;
        QString reasoning;
        while (q.next()) {
            text += q.value(0).toString();
            reasoning += q.value(1).toString();
        }
        q.finish();
        if (text.isEmpty() && reasoning.isEmpty())
            continue;
        message.reasoning += reasoning;
        auto last = std::find_if(message.parts.rbegin(), message.parts.rend(),
            [](const Part &part) { return part.type == Part::Type::Text; });
        if (last != message.parts.rend())
            last->text += text;
        else
            message.parts.append(Part{ Part::Type::Text, text, {}, {}, {}, {}, {} });
    }
    return true;
}

std::expected<void, StoreError> ConversationStore::appendCheckpoint(
    qint64 messageId, QStringView text, QStringView reasoning, State state)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    StoreStatements &s = *m_statements;
    const char *what = QT_TRANSLATE_NOOP("StoreError", "Could not save the arriving answer.");
    if (!text.isEmpty() || !reasoning.isEmpty()) {
        s.appendChunk.bindValue(0, messageId);
        s.appendChunk.bindValue(1, messageId);
        s.appendChunk.bindValue(2, MessageRow::textValue(text.toString()));
        s.appendChunk.bindValue(3, MessageRow::textValue(reasoning.toString()));
        if (!s.appendChunk.exec())
            return report(sqlError(s.appendChunk, what));
    }
    s.setState.bindValue(0, stateName(state));
    s.setState.bindValue(1, messageId);
    s.setState.bindValue(2, stateName(state));
    if (!s.setState.exec())
        return report(sqlError(s.setState, what));
    return {};
}

std::expected<QList<Message>, StoreError> ConversationStore::messages(qint64 conversationId) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    m_statements->selectMessages.bindValue(0, conversationId);
    return readMessages(m_statements->selectMessages);
}

std::expected<Message, StoreError> ConversationStore::message(qint64 messageId) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    m_statements->selectMessage.bindValue(0, messageId);
    auto found = readMessages(m_statements->selectMessage);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(notFound(NoMessage, messageId, m_path));
    return found->first();
}

std::expected<QList<qint64>, StoreError> ConversationStore::activePath(qint64 conversationId) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery &q = m_statements->activePath;
    q.bindValue(0, conversationId); // SQLite's numbered ?1 does not pass through Qt SQL
    q.bindValue(1, conversationId);
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read the active branch.")));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

std::expected<QList<Message>, StoreError> ConversationStore::messagesPage(
    qint64 conversationId, int offset, int limit) const
{
    auto path = activePath(conversationId);
    if (!path)
        return std::unexpected(path.error());
    const qsizetype size = path->size();
    qsizetype first =
        offset < 0 ? qMax<qsizetype>(0, size + offset) : qMin<qsizetype>(offset, size);
    const qsizetype count = qBound<qsizetype>(0, qsizetype(limit), size - first);
    QJsonArray ids;
    for (qsizetype i = first; i < first + count; ++i)
        ids.append(path->at(i));
    m_statements->selectMessagesById.bindValue(
        0, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    return readMessages(m_statements->selectMessagesById);
}
