// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationStore: attachments, stored once by the SHA-256 of their bytes. Messages refer to
// them by hash (message_attachments records who refers to what); deleting the last message that
// refers to one deletes it too (see deleteConversation and updateMessage).
#include <QCoreApplication>
#include <QCryptographicHash>

#include "core/storage/ConversationStore.h"
#include "core/storage/MessageRow.h"
#include "core/storage/StoreStatements.h"

std::expected<QByteArray, StoreError> ConversationStore::putAttachment(
    const QByteArray &bytes, const QString &mimeType)
{
    if (auto ok = requireOpen(); !ok)
        return report(ok.error());
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QSqlQuery &q = m_statements->insertAttachment;
    q.bindValue(0, QString::fromLatin1(hash));
    q.bindValue(1, MessageRow::textValue(mimeType));
    q.bindValue(2, bytes.size());
    q.bindValue(3, bytes.isNull() ? QByteArray("") : bytes);
    if (!q.exec())
        return report(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not save an attachment.")));
    return hash;
}

std::expected<QByteArray, StoreError> ConversationStore::attachment(const QByteArray &hash) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery &q = m_statements->selectAttachment;
    q.bindValue(0, QString::fromLatin1(hash.toLower()));
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read an attachment.")));
    if (!q.next()) {
        return std::unexpected(StoreError::make(StoreError::Kind::NotFound,
            QCoreApplication::translate(
                "ConversationStore", "Kaiwa's conversation database has no attachment %1.")
                .arg(QString::fromLatin1(hash)),
            QCoreApplication::translate("ConversationStore",
                "The file may have been removed with its last conversation; attach "
                "it again."),
            m_path));
    }
    QByteArray bytes = q.value(0).toByteArray();
    q.finish();
    return bytes;
}

std::expected<QString, StoreError> ConversationStore::attachmentMimeType(
    const QByteArray &hash) const
{
    if (auto ok = requireOpen(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery &q = m_statements->selectAttachment;
    q.bindValue(0, QString::fromLatin1(hash.toLower()));
    if (!q.exec())
        return std::unexpected(
            sqlError(q, QT_TRANSLATE_NOOP("StoreError", "Could not read an attachment.")));
    if (!q.next()) {
        return std::unexpected(StoreError::make(StoreError::Kind::NotFound,
            QCoreApplication::translate(
                "ConversationStore", "Kaiwa's conversation database has no attachment %1.")
                .arg(QString::fromLatin1(hash)),
            QCoreApplication::translate("ConversationStore", "Attach the file again."), m_path));
    }
    QString mimeType = q.value(1).toString();
    q.finish();
    return mimeType;
}
