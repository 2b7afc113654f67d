// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading user-supplied message JSON (--param messages=…, saved history) into the typed forms.
#include <QCoreApplication>
#include <QJsonArray>

#include "core/request/JsonRead.h"
#include "core/request/RequestMessage.h"

using namespace Qt::StringLiterals;

namespace {
std::unexpected<QString> fail(const QString &message)
{
    return std::unexpected(message);
}

std::expected<QString, QString> requiredString(
    const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key))
        return fail(
            QCoreApplication::translate("ChatRequest", "%1 is required").arg(path + u'.' + key));
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
    for (auto t : { MessagePart::Type::Text, MessagePart::Type::ImageUrl,
             MessagePart::Type::InputAudio, MessagePart::Type::File, MessagePart::Type::Refusal }) {
        if (*typeName == MessagePart::typeName(t)) {
            part.type = t;
            known = true;
        }
    }
    if (!known) {
        return fail(QCoreApplication::translate(
            "ChatRequest", "%1.type must be one of text, image_url, input_audio, file, refusal")
                        .arg(path));
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
        return fail(QCoreApplication::translate("ChatRequest", "%1.type must be function or custom")
                        .arg(path));
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
        return fail(QCoreApplication::translate("ChatRequest",
            "%1.role must be one of developer, system, user, assistant, tool, function")
                        .arg(path));
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
        return fail(QCoreApplication::translate(
            "ChatRequest", "%1.content must be a string or a list of parts")
                        .arg(path));
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
