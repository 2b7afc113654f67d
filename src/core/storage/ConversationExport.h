// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/conversation/Conversation.h"
#include "core/storage/ConversationStore.h"

//! One conversation with everything needed to rebuild it elsewhere: its info, every message of
//! the tree (all branches, parents first) and the bytes of every attachment its parts and audio
//! refer to (hex SHA-256 → (bytes, MIME type)). The same shape the store imports.
using ExportedConversation = ImportedConversation;

//! Pure functions that turn conversations into files: readable Markdown of the active path, and
//! Kaiwa's lossless JSON format (docs/conversation-format.md). No database access.
namespace ConversationExport {
//! The messages from the root to `leafId`, root first. When `leafId` is not in `tree`, the path
//! ends at the last message of `tree` instead; an empty tree gives an empty path.
QList<Conversation::Message> activePath(const QList<Conversation::Message> &tree, qint64 leafId);

//! The file name an attachment gets next to an exported Markdown file: "<sha256>.<extension>",
//! the extension taken from the MIME type ("bin" when unknown).
QString attachmentFileName(const QByteArray &hash, const QString &mimeType);

//! The active path as Markdown: the title as a heading, each message with its role, time and
//! model, reasoning in a collapsed <details>, tool calls as fenced JSON, images and audio linked
//! as "attachments/<attachmentFileName>", and a token usage line. UTF-8, "\n" line ends.
QByteArray toMarkdown(
    const Conversation::Info &info, const QList<Conversation::Message> &tree, qint64 activeLeafId);

//! Kaiwa's JSON format, version 1: {"format": "kaiwa.conversations", "version": 1,
//! "exported": …, "conversations": […]}, attachments embedded as base64. UTF-8.
QByteArray toJson(const QList<ExportedConversation> &conversations,
    const QDateTime &exported = QDateTime::currentDateTimeUtc());

inline constexpr int FormatVersion = 1;
inline constexpr char FormatName[] = "kaiwa.conversations";
} // namespace ConversationExport
