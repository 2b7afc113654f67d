// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <functional>

#include "core/conversation/Conversation.h"
#include "core/request/ChatRequest.h"

//! Turns a conversation's settings and active path into the ChatRequest that is sent: the
//! system (or developer) prompt first, every stored parameter, then the messages, with stored
//! attachments as base64 data URLs. Failed answers with no text, and tool results that answer no
//! tool call (imported from ChatGPT), are left out.
namespace ConversationRequest {
using AttachmentReader = std::function<std::expected<QByteArray, QString>(const QByteArray &hash)>;

std::expected<ChatRequest, QString> build(const Conversation::Settings &settings,
    const QList<Conversation::Message> &path, const AttachmentReader &attachment);

//! One message in its request form.
std::expected<RequestMessage, QString> toRequestMessage(
    const Conversation::Message &message, const AttachmentReader &attachment);
} // namespace ConversationRequest
