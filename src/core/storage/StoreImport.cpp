// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationStore::importConversations: every conversation of an import in one transaction.
#include <QCoreApplication>
#include <QCryptographicHash>

#include "core/storage/ConversationStore.h"
#include "core/storage/MessageRow.h"
#include "core/storage/StoreStatements.h"

using namespace Conversation;

std::expected<QList<qint64>, StoreError> ConversationStore::importConversations(
    const QList<ImportedConversation> &conversations)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    StoreStatements &s = *m_statements;
    const char *what = QT_TRANSLATE_NOOP("StoreError", "Could not import conversations.");
    // `message` is a whole sentence naming the conversation (its number and title).
    auto invalid = [this](const QString &message) {
        return report(StoreError::make(StoreError::Kind::Invalid, message,
            QCoreApplication::translate("ConversationStore",
                "Check or repair the file you imported, then import it again."),
            m_path));
    };
    WriteTransaction transaction(s);
    if (!transaction.begin())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int index = 0; index < conversations.size(); ++index) {
        const ImportedConversation &c = conversations.at(index);
        for (auto it = c.attachments.cbegin(); it != c.attachments.cend(); ++it) {
            const QByteArray hash =
                QCryptographicHash::hash(it->first, QCryptographicHash::Sha256).toHex();
            if (hash != it.key().toLower()) {
                return invalid(QCoreApplication::translate("ConversationStore",
                    "Conversation %1 (“%2”) of the import has an attachment whose bytes do "
                    "not match its hash %3; nothing was imported.")
                                   .arg(QString::number(index + 1), c.info.title,
                                       QString::fromLatin1(it.key())));
            }
            s.insertAttachment.bindValue(0, QString::fromLatin1(hash));
            s.insertAttachment.bindValue(1, MessageRow::textValue(it->second));
            s.insertAttachment.bindValue(2, it->first.size());
            s.insertAttachment.bindValue(3, it->first.isNull() ? QByteArray("") : it->first);
            if (!s.insertAttachment.exec())
                return report(sqlError(s.insertAttachment, what));
        }
        Info info = c.info;
        info.created = info.created.isValid() ? info.created : now;
        info.updated = info.updated.isValid() ? info.updated : info.created;
        MessageRow::bindInfo(s.insertConversation, info);
        if (!s.insertConversation.exec())
            return report(sqlError(s.insertConversation, what));
        const qint64 conversationId = s.insertConversation.lastInsertId().toLongLong();

        QHash<qint64, qint64> newIds; // the import's ids -> database ids
        qint64 last = 0;
        for (int m = 0; m < c.messages.size(); ++m) {
            Message message = c.messages.at(m);
            if (message.parentId != 0) {
                const auto parent = newIds.constFind(message.parentId);
                if (parent == newIds.cend()) {
                    return invalid(
                        QCoreApplication::translate("ConversationStore",
                            "Conversation %1 (“%2”) of the import has a message (number %3) "
                            "whose parent %4 is not an earlier message of the same conversation; "
                            "nothing was imported.")
                            .arg(QString::number(index + 1), c.info.title, QString::number(m + 1),
                                QString::number(message.parentId)));
                }
                message.parentId = *parent;
            }
            message.conversationId = conversationId;
            if (!message.created.isValid())
                message.created = info.created;
            MessageRow::bindMessage(s.insertMessage, message);
            if (!s.insertMessage.exec())
                return report(sqlError(s.insertMessage, what));
            last = s.insertMessage.lastInsertId().toLongLong();
            if (message.id != 0)
                newIds.insert(message.id, last);
            if (!s.linkAttachments(last, MessageRow::attachmentHashes(message), false))
                return report(StoreError::fromSql(s.lastError, what, m_path));
        }
        const qint64 leaf = newIds.value(info.activeLeafId, last);
        s.touchConversation.bindValue(0, MessageRow::timeValue(info.updated));
        s.touchConversation.bindValue(1, leaf);
        s.touchConversation.bindValue(2, conversationId);
        if (!s.touchConversation.exec())
            return report(sqlError(s.touchConversation, what));
        ids.append(conversationId);
    }
    if (!transaction.commit())
        return report(StoreError::fromSql(transaction.error(), what, m_path));
    return ids;
}
