// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/conversation/Conversation.h"

//! The one JSON form of a conversation's parts, tool calls, audio, choices and settings, shared by
//! the SQLite store's JSON columns and Kaiwa's export format (docs/conversation-format.md), so the
//! two cannot drift apart. Empty values are left out. The readers are lenient (unknown keys and
//! wrong types give defaults); ConversationImport has the strict reader that reports places.
namespace Conversation::Json {
QString partTypeName(Part::Type type); //!< "text", "image", "audio", "file", "refusal"
bool partTypeFromName(const QString &name, Part::Type *type);

QJsonArray partsJson(const QList<Part> &parts);
QList<Part> partsFromJson(const QJsonArray &array);
QJsonArray toolCallsJson(const QList<ToolCall> &calls);
QList<ToolCall> toolCallsFromJson(const QJsonArray &array);
QJsonArray choicesJson(const QList<Choice> &choices);
QList<Choice> choicesFromJson(const QJsonArray &array);
QJsonObject audioJson(const Audio &audio);
Audio audioFromJson(const QJsonObject &object);
QJsonObject settingsJson(const Settings &settings);
Settings settingsFromJson(const QJsonObject &object);
} // namespace Conversation::Json
