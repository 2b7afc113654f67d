// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/RequestMessage.h"

#include <array>
#include <utility>

#include <QJsonArray>

#include "core/request/JsonRead.h"

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

std::unexpected<QString> fail(const QString &message)
{
    return std::unexpected(message);
}

std::expected<QString, QString> requiredString(
    const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key))
        return fail(path + u'.' + key + u" is required"_s);
    return JsonRead::string(object.value(key), path + u'.' + key);
}

std::expected<QString, QString> optionalString(
    const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key) || object.value(key).isNull())
        return QString();
    return JsonRead::string(object.value(key), path + u'.' + key);
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

std::expected<MessagePart, QString> messagePartFromJson(
    const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    const auto typeName = requiredString(*object, u"type"_s, path);
    if (!typeName)
        return fail(typeName.error());
    MessagePart part;
    bool known = false;
    for (const auto &[t, name] : kPartTypes) {
        if (*typeName == QLatin1String(name)) {
            part.type = t;
            known = true;
        }
    }
    if (!known) {
        return fail(path + u".type must be one of text, image_url, input_audio, file, refusal"_s);
    }
    part.cacheBreakpoint = object->contains(u"prompt_cache_breakpoint"_s);
    const QString inner = path + u'.' + *typeName;
    switch (part.type) {
    case MessagePart::Type::Text:
    case MessagePart::Type::Refusal: {
        const auto text = requiredString(*object, *typeName, path);
        if (!text)
            return fail(text.error());
        part.text = *text;
        return part;
    }
    default:
        break;
    }
    const auto body = JsonRead::object(object->value(*typeName), inner);
    if (!body)
        return fail(body.error());
    const auto read = [&](const QString &key, bool required, QString &target) {
        auto text =
            required ? requiredString(*body, key, inner) : optionalString(*body, key, inner);
        if (text)
            target = *text;
        return text.has_value() ? QString() : text.error();
    };
    QString error;
    if (part.type == MessagePart::Type::ImageUrl) {
        error = read(u"url"_s, true, part.url);
        if (error.isEmpty())
            error = read(u"detail"_s, false, part.detail);
    } else if (part.type == MessagePart::Type::InputAudio) {
        error = read(u"data"_s, true, part.data);
        if (error.isEmpty())
            error = read(u"format"_s, true, part.format);
    } else {
        error = read(u"file_data"_s, false, part.fileData);
        if (error.isEmpty())
            error = read(u"file_id"_s, false, part.fileId);
        if (error.isEmpty())
            error = read(u"filename"_s, false, part.filename);
    }
    if (!error.isEmpty())
        return fail(error);
    return part;
}

std::expected<RequestToolCall, QString> toolCallFromJson(
    const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    RequestToolCall call;
    const QString type = object->value(u"type"_s).toString(u"function"_s);
    if (type != u"function"_s && type != u"custom"_s)
        return fail(path + u".type must be function or custom"_s);
    call.type =
        type == u"custom"_s ? RequestToolCall::Type::Custom : RequestToolCall::Type::Function;
    const auto id = requiredString(*object, u"id"_s, path);
    if (!id)
        return fail(id.error());
    call.id = *id;
    const auto body = JsonRead::object(object->value(type), path + u'.' + type);
    if (!body)
        return fail(body.error());
    const auto name = requiredString(*body, u"name"_s, path + u'.' + type);
    if (!name)
        return fail(name.error());
    call.name = *name;
    const QString argumentKey =
        call.type == RequestToolCall::Type::Custom ? u"input"_s : u"arguments"_s;
    const auto arguments = requiredString(*body, argumentKey, path + u'.' + type);
    if (!arguments)
        return fail(arguments.error());
    call.arguments = *arguments;
    return call;
}

std::expected<RequestMessage, QString> messageFromJson(const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    const auto roleName = requiredString(*object, u"role"_s, path);
    if (!roleName)
        return fail(roleName.error());
    const auto role = RequestMessage::roleFromName(*roleName);
    if (!role) {
        return fail(
            path + u".role must be one of developer, system, user, assistant, tool, function"_s);
    }
    RequestMessage message;
    message.role = *role;
    const QJsonValue content = object->value(u"content"_s);
    if (content.isString()) {
        message.text = content.toString();
    } else if (content.isArray()) {
        const QJsonArray parts = content.toArray();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto part = messagePartFromJson(parts.at(i), JsonRead::item(path + u".content"_s, i));
            if (!part)
                return fail(part.error());
            message.parts.append(*part);
        }
    } else if (!content.isUndefined() && !content.isNull()) {
        return fail(path + u".content must be a string or a list of parts"_s);
    }
    const auto name = optionalString(*object, u"name"_s, path);
    if (!name)
        return fail(name.error());
    message.name = *name;
    const auto toolCallId = optionalString(*object, u"tool_call_id"_s, path);
    if (!toolCallId)
        return fail(toolCallId.error());
    message.toolCallId = *toolCallId;
    if (object->contains(u"refusal"_s) && !object->value(u"refusal"_s).isNull()) {
        const auto refusal = JsonRead::string(object->value(u"refusal"_s), path + u".refusal"_s);
        if (!refusal)
            return fail(refusal.error());
        message.refusal = *refusal;
    }
    if (object->value(u"audio"_s).isObject())
        message.audioId = object->value(u"audio"_s).toObject().value(u"id"_s).toString();
    const QJsonArray calls = object->value(u"tool_calls"_s).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        auto call = toolCallFromJson(calls.at(i), JsonRead::item(path + u".tool_calls"_s, i));
        if (!call)
            return fail(call.error());
        message.toolCalls.append(*call);
    }
    if (object->value(u"function_call"_s).isObject()) {
        const QJsonObject call = object->value(u"function_call"_s).toObject();
        message.functionCall = RequestToolCall();
        message.functionCall->name = call.value(u"name"_s).toString();
        message.functionCall->arguments = call.value(u"arguments"_s).toString();
    }
    return message;
}
