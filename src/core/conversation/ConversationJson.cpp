// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conversation/ConversationJson.h"

#include <iterator>

namespace Conversation::Json {
namespace {
constexpr QLatin1String partTypeNames[] = { QLatin1String("text"), QLatin1String("image"),
    QLatin1String("audio"), QLatin1String("file"), QLatin1String("refusal") };

void put(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}
} // namespace

QString partTypeName(Part::Type type)
{
    return partTypeNames[int(type)];
}

bool partTypeFromName(const QString &name, Part::Type *type)
{
    for (int i = 0; i < int(std::size(partTypeNames)); ++i) {
        if (name == partTypeNames[i]) {
            *type = Part::Type(i);
            return true;
        }
    }
    return false;
}

QJsonArray toolCallsJson(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls) {
        QJsonObject object;
        put(object, QLatin1String("id"), call.id);
        put(object, QLatin1String("type"), call.type);
        put(object, QLatin1String("name"), call.name);
        put(object, QLatin1String("arguments"), call.arguments);
        array.append(object);
    }
    return array;
}

QList<ToolCall> toolCallsFromJson(const QJsonArray &array)
{
    QList<ToolCall> calls;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        calls.append({ object.value(QLatin1String("id")).toString(),
            object.value(QLatin1String("type")).toString(),
            object.value(QLatin1String("name")).toString(),
            object.value(QLatin1String("arguments")).toString() });
    }
    return calls;
}

QJsonArray partsJson(const QList<Part> &parts)
{
    QJsonArray array;
    for (const Part &part : parts) {
        QJsonObject object{ { QLatin1String("type"), partTypeName(part.type) } };
        put(object, QLatin1String("text"), part.text);
        put(object, QLatin1String("attachment"), QString::fromLatin1(part.attachment));
        put(object, QLatin1String("mimeType"), part.mimeType);
        put(object, QLatin1String("url"), part.url);
        put(object, QLatin1String("detail"), part.detail);
        put(object, QLatin1String("fileName"), part.fileName);
        array.append(object);
    }
    return array;
}

QList<Part> partsFromJson(const QJsonArray &array)
{
    QList<Part> parts;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Part part;
        const QString type = object.value(QLatin1String("type")).toString();
        partTypeFromName(type, &part.type);
        part.text = object.value(QLatin1String("text")).toString();
        part.attachment = object.value(QLatin1String("attachment")).toString().toLatin1();
        part.mimeType = object.value(QLatin1String("mimeType")).toString();
        part.url = object.value(QLatin1String("url")).toString();
        part.detail = object.value(QLatin1String("detail")).toString();
        part.fileName = object.value(QLatin1String("fileName")).toString();
        parts.append(part);
    }
    return parts;
}

QJsonArray choicesJson(const QList<Choice> &choices)
{
    QJsonArray array;
    for (const Choice &choice : choices) {
        QJsonObject object;
        put(object, QLatin1String("content"), choice.content);
        put(object, QLatin1String("reasoning"), choice.reasoning);
        put(object, QLatin1String("refusal"), choice.refusal);
        if (!choice.toolCalls.isEmpty())
            object.insert(QLatin1String("toolCalls"), toolCallsJson(choice.toolCalls));
        put(object, QLatin1String("finishReason"), choice.finishReason);
        if (!choice.logprobs.isEmpty())
            object.insert(QLatin1String("logprobs"), choice.logprobs);
        array.append(object);
    }
    return array;
}

QList<Choice> choicesFromJson(const QJsonArray &array)
{
    QList<Choice> choices;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        choices.append({ object.value(QLatin1String("content")).toString(),
            object.value(QLatin1String("reasoning")).toString(),
            object.value(QLatin1String("refusal")).toString(),
            toolCallsFromJson(object.value(QLatin1String("toolCalls")).toArray()),
            object.value(QLatin1String("finishReason")).toString(),
            object.value(QLatin1String("logprobs")).toArray() });
    }
    return choices;
}

QJsonObject audioJson(const Audio &audio)
{
    QJsonObject object;
    put(object, QLatin1String("id"), audio.id);
    put(object, QLatin1String("attachment"), QString::fromLatin1(audio.attachment));
    put(object, QLatin1String("mimeType"), audio.mimeType);
    put(object, QLatin1String("transcript"), audio.transcript);
    if (audio.expiresAt != 0)
        object.insert(QLatin1String("expiresAt"), audio.expiresAt);
    return object;
}

Audio audioFromJson(const QJsonObject &object)
{
    return { object.value(QLatin1String("id")).toString(),
        object.value(QLatin1String("attachment")).toString().toLatin1(),
        object.value(QLatin1String("mimeType")).toString(),
        object.value(QLatin1String("transcript")).toString(),
        qint64(object.value(QLatin1String("expiresAt")).toDouble()) };
}

QJsonObject settingsJson(const Settings &settings)
{
    QJsonObject object;
    put(object, QLatin1String("profile"), settings.profile);
    put(object, QLatin1String("model"), settings.model);
    put(object, QLatin1String("systemPrompt"), settings.systemPrompt);
    if (settings.developerRole)
        object.insert(QLatin1String("developerRole"), true);
    if (!settings.parameters.isEmpty())
        object.insert(QLatin1String("parameters"), settings.parameters);
    if (settings.store)
        object.insert(QLatin1String("store"), true);
    if (!settings.metadata.isEmpty())
        object.insert(QLatin1String("metadata"), settings.metadata);
    return object;
}

Settings settingsFromJson(const QJsonObject &object)
{
    return { object.value(QLatin1String("profile")).toString(),
        object.value(QLatin1String("model")).toString(),
        object.value(QLatin1String("systemPrompt")).toString(),
        object.value(QLatin1String("developerRole")).toBool(),
        object.value(QLatin1String("parameters")).toObject(),
        object.value(QLatin1String("store")).toBool(),
        object.value(QLatin1String("metadata")).toObject() };
}
} // namespace Conversation::Json
