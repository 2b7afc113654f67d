// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QList>
#include <QString>

#include "core/conversation/Conversation.h"

//! Tool calls waiting for the user's answers, and the checks on those answers (protocol.md §2.4:
//! an assistant message with tool_calls must be followed by one `tool` message per call).
namespace ToolCalls {

//! The user's answer to one call: what the tool returned, as text or JSON text.
struct Answer
{
    QString callId;
    QString content;
    friend bool operator==(const Answer &, const Answer &) = default;
};

//! The calls of the active path's last message when it is a finished assistant message (its
//! active choice) that called tools: they wait for answers. Empty otherwise.
QList<Conversation::ToolCall> awaiting(const QList<Conversation::Message> &path);

//! The answers in the order of `calls`, one per call; refused with the reason when a call has no
//! answer, an answer names no call, or a call is answered twice.
std::expected<QList<Answer>, QString> ordered(
    const QList<Conversation::ToolCall> &calls, const QList<Answer> &answers);

//! The ids of the calls of path[index] that the `tool` messages right after it answer.
QStringList answeredIds(const QList<Conversation::Message> &path, qsizetype index);

//! The arguments indented for reading; as written (and `valid` false) when not valid JSON.
QString prettyArguments(const QString &arguments, bool *valid = nullptr);

} // namespace ToolCalls
