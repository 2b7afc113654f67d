// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/storage/ConversationStore.h"

//! Why a file could not be imported: what is wrong (translated, one sentence) and where, as a
//! path into the file ("conversations[3].mapping[\"abc\"].parent") or a byte position for JSON
//! that does not parse ("byte 1042 (line 31, column 7)").
struct ImportError
{
    QString message;
    QString where;
};

Q_DECLARE_METATYPE(ImportError)

//! Pure functions that read exported conversations into ImportedConversation values for
//! ConversationStore::importConversations(). They return every conversation of the file or an
//! error, never a part of it. No database access.
namespace ConversationImport {
enum class Format {
    Unknown,
    KaiwaJson, //!< {"format": "kaiwa.conversations", …} (docs/conversation-format.md)
    ChatGptExport, //!< conversations.json of a ChatGPT data export
};

//! Which format `data` holds, from its top-level shape. Unknown for anything else, including
//! JSON that does not parse.
Format detect(const QByteArray &data);

//! Reads Kaiwa's own JSON format (any version up to ConversationExport::FormatVersion). Lossless:
//! the result equals what ConversationExport::toJson() was given, with each message's
//! conversationId set to its conversation's exported id. Refuses a message whose parent is
//! missing or part of a cycle, an unknown role, state or part type, an attachment whose bytes do
//! not hash to its key, and a part referring to an attachment the file does not hold.
std::expected<QList<ImportedConversation>, ImportError> fromKaiwaJson(const QByteArray &data);

//! Reads conversations.json of a ChatGPT data export: an array of conversations with a `mapping`
//! of nodes. Keeps every branch; nodes without a message, hidden system messages, empty messages
//! and memory/instruction context are left out and their children attached to the nearest kept
//! ancestor; "thoughts" become the next answer's reasoning. Non-text content becomes text
//! (code as a fenced block, images as a placeholder naming the asset, whose bytes are not in
//! conversations.json). The active leaf is current_node (or its nearest kept ancestor).
std::expected<QList<ImportedConversation>, ImportError> fromChatGptExport(
    const QByteArray &conversationsJson);

//! Calls the reader that detect() picks; Unknown is refused with an error saying so.
std::expected<QList<ImportedConversation>, ImportError> fromAny(const QByteArray &data);
} // namespace ConversationImport
