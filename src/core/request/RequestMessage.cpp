// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/RequestMessage.h"

#include <array>
#include <utility>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<MessagePart::Type, const char *>, 5> kPartTypes{ {
    { MessagePart::Type::Text, "text" },
    { MessagePart::Type::ImageUrl, "image_url" },
    { MessagePart::Type::InputAudio, "input_audio" },
    { MessagePart::Type::File, "file" },
    { MessagePart::Type::Refusal, "refusal" },
} };
constexpr std::array<std::pair<RequestMessage::Role, const char *>, 6> kRoles{ {
    { RequestMessage::Role::Developer, "developer" },
    { RequestMessage::Role::System, "system" },
    { RequestMessage::Role::User, "user" },
    { RequestMessage::Role::Assistant, "assistant" },
    { RequestMessage::Role::Tool, "tool" },
    { RequestMessage::Role::Function, "function" },
} };

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

RequestMessage withText(RequestMessage::Role role, const QString &text)
{
    RequestMessage message;
    message.role = role;
    message.text = text;
    return message;
}

} // namespace

MessagePart MessagePart::makeText(const QString &text)
{
    MessagePart part;
    part.text = text;
    return part;
}

MessagePart MessagePart::makeImageUrl(const QString &url, const QString &detail)
{
    MessagePart part;
    part.type = Type::ImageUrl;
    part.url = url;
    part.detail = detail;
    return part;
}

MessagePart MessagePart::makeInputAudio(const QString &base64, const QString &format)
{
    MessagePart part;
    part.type = Type::InputAudio;
    part.data = base64;
    part.format = format;
    return part;
}

MessagePart MessagePart::makeFile(
    const QString &fileData, const QString &filename, const QString &fileId)
{
    MessagePart part;
    part.type = Type::File;
    part.fileData = fileData;
    part.fileId = fileId;
    part.filename = filename;
    return part;
}

MessagePart MessagePart::makeRefusal(const QString &refusal)
{
    MessagePart part;
    part.type = Type::Refusal;
    part.text = refusal;
    return part;
}

QString MessagePart::typeName(Type type)
{
    for (const auto &[t, name] : kPartTypes) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

RequestMessage RequestMessage::developer(const QString &text)
{
    return withText(Role::Developer, text);
}

RequestMessage RequestMessage::system(const QString &text)
{
    return withText(Role::System, text);
}

RequestMessage RequestMessage::user(const QString &text)
{
    return withText(Role::User, text);
}

RequestMessage RequestMessage::user(const QList<MessagePart> &parts)
{
    RequestMessage message;
    message.parts = parts;
    return message;
}

RequestMessage RequestMessage::assistant(const QString &text)
{
    return withText(Role::Assistant, text);
}

RequestMessage RequestMessage::tool(const QString &toolCallId, const QString &text)
{
    RequestMessage message = withText(Role::Tool, text);
    message.toolCallId = toolCallId;
    return message;
}

QString RequestMessage::roleName(Role role)
{
    for (const auto &[r, name] : kRoles) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RequestMessage::Role> RequestMessage::roleFromName(const QString &name)
{
    for (const auto &[r, n] : kRoles) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

QJsonObject toJson(const MessagePart &part)
{
    const QString type = MessagePart::typeName(part.type);
    QJsonObject json{ { u"type"_s, type } };
    switch (part.type) {
    case MessagePart::Type::Text:
        json.insert(u"text"_s, part.text);
        break;
    case MessagePart::Type::Refusal:
        json.insert(u"refusal"_s, part.text);
        break;
    case MessagePart::Type::ImageUrl: {
        QJsonObject image{ { u"url"_s, part.url } };
        insertIfSet(image, u"detail"_s, part.detail);
        json.insert(type, image);
        break;
    }
    case MessagePart::Type::InputAudio:
        json.insert(type, QJsonObject{ { u"data"_s, part.data }, { u"format"_s, part.format } });
        break;
    case MessagePart::Type::File: {
        QJsonObject file;
        insertIfSet(file, u"file_data"_s, part.fileData);
        insertIfSet(file, u"file_id"_s, part.fileId);
        insertIfSet(file, u"filename"_s, part.filename);
        json.insert(type, file);
        break;
    }
    }
    if (part.cacheBreakpoint)
        json.insert(u"prompt_cache_breakpoint"_s, QJsonObject{ { u"mode"_s, u"explicit"_s } });
    return json;
}

QJsonObject toJson(const RequestToolCall &call)
{
    if (call.type == RequestToolCall::Type::Custom) {
        return { { u"id"_s, call.id }, { u"type"_s, u"custom"_s },
            { u"custom"_s,
                QJsonObject{ { u"name"_s, call.name }, { u"input"_s, call.arguments } } } };
    }
    return { { u"id"_s, call.id }, { u"type"_s, u"function"_s },
        { u"function"_s,
            QJsonObject{ { u"name"_s, call.name }, { u"arguments"_s, call.arguments } } } };
}

QJsonObject toJson(const RequestMessage &message)
{
    QJsonObject json{ { u"role"_s, RequestMessage::roleName(message.role) } };
    if (!message.parts.isEmpty()) {
        QJsonArray parts;
        for (const MessagePart &part : message.parts)
            parts.append(toJson(part));
        json.insert(u"content"_s, parts);
    } else if (message.text) {
        json.insert(u"content"_s, *message.text);
    } else if (message.role != RequestMessage::Role::Assistant) {
        // Every other role requires `content`; only the deprecated function role allows null.
        json.insert(u"content"_s,
            message.role == RequestMessage::Role::Function ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(QString()));
    }
    insertIfSet(json, u"name"_s, message.name);
    if (message.role == RequestMessage::Role::Assistant) {
        if (!message.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const RequestToolCall &call : message.toolCalls)
                calls.append(toJson(call));
            json.insert(u"tool_calls"_s, calls);
        }
        if (message.refusal)
            json.insert(u"refusal"_s, *message.refusal);
        if (!message.audioId.isEmpty())
            json.insert(u"audio"_s, QJsonObject{ { u"id"_s, message.audioId } });
        if (message.functionCall) {
            json.insert(u"function_call"_s,
                QJsonObject{ { u"name"_s, message.functionCall->name },
                    { u"arguments"_s, message.functionCall->arguments } });
        }
    }
    if (message.role == RequestMessage::Role::Tool)
        json.insert(u"tool_call_id"_s, message.toolCallId);
    return json;
}
