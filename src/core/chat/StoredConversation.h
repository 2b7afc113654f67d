// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QJsonArray>
#include <QJsonObject>

#include "core/conversation/Conversation.h"
#include "core/storage/ConversationStore.h"

//! Stored completions (protocol.md §5) as Kaiwa messages and conversations: the request messages
//! of GET …/messages and the completion's answer become Conversation::Message values, and
//! "Open as conversation" copies them into the local store to continue the exchange there.
namespace StoredConversation {
//! One item of GET /chat/completions/{id}/messages (or a request message): role as free text
//! (unknown roles become User), content string or content_parts / content array (text, refusal,
//! image_url: remote URL kept, data: URL decoded into `attachments`), tool_calls, tool_call_id.
//! `attachments` may be null (then data URLs are dropped and a "[image]" text part stands in).
Conversation::Message messageFromJson(
    const QJsonObject &item, QHash<QByteArray, QPair<QByteArray, QString>> *attachments = nullptr);

//! The answer: choices[0].message (content, refusal, reasoning, tool_calls) with finish_reason,
//! usage, model, created; choices 1…n-1 become Message::choices. State Complete.
Conversation::Message answerFromCompletion(const QJsonObject &completion);

//! The conversation to import: a leading system/developer message becomes the settings' system
//! prompt, the other request messages and the answer form one chain (oldest first); title from
//! the first user message; settings.model = the completion's model, settings.profile = `profile`,
//! store on with the completion's metadata (so continuing it stores the new turns alike).
ImportedConversation toImported(
    const QJsonObject &completion, const QJsonArray &messages, const QString &profile);

//! Writes toImported() into `store` (one transaction) and returns the new conversation id.
std::expected<qint64, StoreError> open(ConversationStore &store, const QJsonObject &completion,
    const QJsonArray &messages, const QString &profile);
} // namespace StoredConversation
