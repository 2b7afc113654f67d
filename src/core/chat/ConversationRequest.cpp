// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/ConversationRequest.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/chat/ToolCalls.h"

namespace ConversationRequest {
namespace {
QString dataUrl(const QString &mimeType, const QByteArray &bytes)
{
    return QStringLiteral("data:") + mimeType + QStringLiteral(";base64,")
        + QString::fromLatin1(bytes.toBase64());
}

std::expected<MessagePart, QString> toRequestPart(
    const Conversation::Part &part, const AttachmentReader &attachment)
{
    using Type = Conversation::Part::Type;
    if (part.type == Type::Text)
        return MessagePart::makeText(part.text);
    if (part.type == Type::Refusal)
        return MessagePart::makeRefusal(part.text);
    if (part.type == Type::Image && !part.url.isEmpty())
        return MessagePart::makeImageUrl(part.url, part.detail);
    const auto bytes = attachment(part.attachment);
    if (!bytes)
        return std::unexpected(bytes.error());
    switch (part.type) {
    case Type::Image:
        return MessagePart::makeImageUrl(dataUrl(part.mimeType, *bytes), part.detail);
    case Type::Audio: {
        const QString format = part.mimeType.contains(QLatin1String("mpeg"))
                || part.mimeType.contains(QLatin1String("mp3"))
            ? QStringLiteral("mp3")
            : QStringLiteral("wav");
        return MessagePart::makeInputAudio(QString::fromLatin1(bytes->toBase64()), format);
    }
    case Type::File:
        return MessagePart::makeFile(dataUrl(part.mimeType, *bytes), part.fileName);
    default:
        return std::unexpected(
            QCoreApplication::translate("ConversationRequest", "unknown content part"));
    }
}
} // namespace

std::expected<RequestMessage, QString> toRequestMessage(
    const Conversation::Message &message, const AttachmentReader &attachment)
{
    using Conversation::Role;
    RequestMessage out;
    switch (message.role) {
    case Role::System:
        return RequestMessage::system(message.text());
    case Role::Developer:
        return RequestMessage::developer(message.text());
    case Role::Tool:
        return RequestMessage::tool(message.toolCallId, message.text());
    case Role::Assistant: {
        out = RequestMessage::assistant(message.text());
        if (message.text().isEmpty())
            out.text.reset(); // a tool-calling turn has no content
        for (const Conversation::ToolCall &call : message.toolCalls) {
            RequestToolCall requestCall;
            requestCall.type = call.type == QLatin1String("custom")
                ? RequestToolCall::Type::Custom
                : RequestToolCall::Type::Function;
            requestCall.id = call.id;
            requestCall.name = call.name;
            requestCall.arguments = call.arguments;
            out.toolCalls.append(requestCall);
        }
        // A spoken answer is referred to by id while the server still has it; after that its
        // transcript stands in for it.
        if (!message.audio.id.isEmpty()
            && message.audio.expiresAt > QDateTime::currentSecsSinceEpoch()) {
            out.audioId = message.audio.id;
        } else if (!out.text && !message.audio.transcript.isEmpty()) {
            out.text = message.audio.transcript;
        }
        return out;
    }
    case Role::User:
        break;
    }
    bool textOnly = true;
    for (const Conversation::Part &part : message.parts)
        textOnly = textOnly && part.type == Conversation::Part::Type::Text;
    if (textOnly)
        return RequestMessage::user(message.text());
    QList<MessagePart> parts;
    for (const Conversation::Part &part : message.parts) {
        auto converted = toRequestPart(part, attachment);
        if (!converted)
            return std::unexpected(converted.error());
        parts.append(*converted);
    }
    return RequestMessage::user(parts);
}

std::expected<ChatRequest, QString> build(const Conversation::Settings &settings,
    const QList<Conversation::Message> &path, const AttachmentReader &attachment)
{
    ChatRequest request;
    if (!settings.model.isEmpty())
        request.model = settings.model;
    for (auto it = settings.parameters.begin(); it != settings.parameters.end(); ++it) {
        const QString problem = applyParam(request, it.key(), it.value());
        if (!problem.isEmpty())
            return std::unexpected(problem);
    }
    if (settings.store)
        request.store = true;
    if (!settings.metadata.isEmpty()) {
        QMap<QString, QString> metadata;
        for (auto it = settings.metadata.begin(); it != settings.metadata.end(); ++it)
            metadata.insert(it.key(), it.value().toString());
        request.metadata = metadata;
    }
    if (!settings.systemPrompt.isEmpty()) {
        request.messages.append(settings.developerRole
                ? RequestMessage::developer(settings.systemPrompt)
                : RequestMessage::system(settings.systemPrompt));
    }
    for (qsizetype i = 0; i < path.size(); ++i) {
        Conversation::Message message = path.at(i);
        if (message.role == Conversation::Role::Assistant && !message.toolCalls.isEmpty()
            && i + 1 < path.size()) {
            // The API refuses tool calls not followed by an answer to each. The user may have
            // written on instead of answering: the calls without an answer are left out.
            const QStringList answered = ToolCalls::answeredIds(path, i);
            message.toolCalls.removeIf(
                [&](const Conversation::ToolCall &call) { return !answered.contains(call.id); });
        }
        const bool empty = message.text().isEmpty() && message.toolCalls.isEmpty()
            && message.audio.id.isEmpty() && message.audio.transcript.isEmpty();
        if (message.role == Conversation::Role::Assistant && empty)
            continue; // nothing was said (failed, pending, or cut off before the first word)
        if (message.role == Conversation::Role::Tool && message.toolCallId.isEmpty())
            continue; // imported tool output (ChatGPT) answers no call of ours: the API refuses it
        auto converted = toRequestMessage(message, attachment);
        if (!converted)
            return std::unexpected(converted.error());
        request.messages.append(*converted);
    }
    return request;
}
} // namespace ConversationRequest
