// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/conversation/Conversation.h"

class QSqlQuery;

//! How Conversation values map onto table rows: plain columns for what is searched or filtered,
//! compact JSON for the nested parts (parts, tool calls, choices, audio, usage, request, settings,
//! logprobs).
//! A message whose content is one plain Text part stores parts = NULL (the text column holds it),
//! which is also what checkpoint() writes.
namespace MessageRow {
//! "conversation_id, parent_id, …, request, logprobs": the 19 written columns, in bind order.
QString writtenColumns();
//! "id, " + writtenColumns(): the columns readMessage() expects, from index `first`.
QString selectedColumns(const QString &tableAlias = QString());
//! Binds the 19 written columns to positions 0…18.
void bindMessage(QSqlQuery &query, const Conversation::Message &message);
Conversation::Message readMessage(const QSqlQuery &query, int first = 0);
//! The attachment hashes the message refers to (parts and audio), without duplicates.
QList<QByteArray> attachmentHashes(const Conversation::Message &message);

//! "title, title_set_by_user, created, updated, pinned, active_leaf_id, settings"
QString infoWrittenColumns();
QString infoSelectedColumns(); //!< "id, " + infoWrittenColumns()
void bindInfo(QSqlQuery &query, const Conversation::Info &info); //!< positions 0…6
Conversation::Info readInfo(const QSqlQuery &query);

//! A string that binds as '' when empty: Qt SQL binds a null QString as NULL.
QVariant textValue(const QString &text);
QVariant timeValue(const QDateTime &time); //!< ms since the epoch, NULL when invalid
QDateTime timeFromValue(const QVariant &value);
} // namespace MessageRow
