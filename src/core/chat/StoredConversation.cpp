// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/StoredConversation.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;
using Conversation::Message;
using Conversation::Part;

namespace StoredConversation {
namespace {
using Attachments = QHash<QByteArray, QPair<QByteArray, QString>>;

Part textPart(const QString &text, Part::Type type = Part::Type::Text)
{
    Part part;
    part.type = type;
    part.text = text;
    return part;
}

Part imagePart(const QJsonObject &image, Attachments *attachments)
{
    const QString url = image.value("url"_L1).toString();
    Part part;
    part.type = Part::Type::Image;
    part.detail = image.value("detail"_L1).toString();
    if (!url.startsWith("data:"_L1)) {
        part.url = url;
        return part;
    }
    const qsizetype comma = url.indexOf(u',');
    const QString header = url.mid(5, comma - 5); // "image/png;base64"
    if (!attachments || comma < 0 || !header.endsWith(";base64"_L1))
        return textPart(u"[image]"_s);
    const QByteArray bytes = QByteArray::fromBase64(url.mid(comma + 1).toLatin1());
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    part.mimeType = header.left(header.size() - 7);
    part.attachment = hash;
    attachments->insert(hash, { bytes, part.mimeType });
    return part;
}

QList<Part> partsFromContent(const QJsonValue &content, Attachments *attachments)
{
    if (content.isString())
        return content.toString().isEmpty() ? QList<Part>() : QList{ textPart(content.toString()) };
    QList<Part> parts;
    for (const QJsonValue &value : content.toArray()) {
        const QJsonObject part = value.toObject();
        const QString type = part.value("type"_L1).toString();
        if (type == "text"_L1)
            parts.append(textPart(part.value("text"_L1).toString()));
        else if (type == "refusal"_L1)
            parts.append(textPart(part.value("refusal"_L1).toString(), Part::Type::Refusal));
        else if (type == "image_url"_L1)
            parts.append(imagePart(part.value("image_url"_L1).toObject(), attachments));
        else
            parts.append(textPart(u"[%1]"_s.arg(type)));
    }
    return parts;
}

QList<Conversation::ToolCall> toolCalls(const QJsonArray &array)
{
    QList<Conversation::ToolCall> calls;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Conversation::ToolCall call;
        call.id = o.value("id"_L1).toString();
        call.type = o.value("type"_L1).toString(u"function"_s);
        const QJsonObject body = o.value(call.type).toObject();
        call.name = body.value("name"_L1).toString();
        call.arguments =
            body.value(call.type == "custom"_L1 ? "input"_L1 : "arguments"_L1).toString();
        calls.append(call);
    }
    return calls;
}

QString reasoningOf(const QJsonObject &message)
{
    const QString reasoning = message.value("reasoning_content"_L1).toString();
    return reasoning.isEmpty() ? message.value("reasoning"_L1).toString() : reasoning;
}
} // namespace

Message messageFromJson(const QJsonObject &item, Attachments *attachments)
{
    Message m;
    Conversation::Role role = Conversation::Role::User;
    if (Conversation::roleFromName(item.value("role"_L1).toString(), &role))
        m.role = role;
    const QJsonValue parts = item.value("content_parts"_L1);
    m.parts = partsFromContent(parts.isArray() ? parts : item.value("content"_L1), attachments);
    const QString refusal = item.value("refusal"_L1).toString();
    if (!refusal.isEmpty() && m.parts.isEmpty())
        m.parts.append(textPart(refusal, Part::Type::Refusal));
    m.reasoning = reasoningOf(item);
    m.toolCalls = toolCalls(item.value("tool_calls"_L1).toArray());
    m.toolCallId = item.value("tool_call_id"_L1).toString();
    m.state = Conversation::State::Complete;
    return m;
}

Message answerFromCompletion(const QJsonObject &completion)
{
    const QJsonArray choices = completion.value("choices"_L1).toArray();
    const QJsonObject first = choices.at(0).toObject();
    Message m = messageFromJson(first.value("message"_L1).toObject());
    m.role = Conversation::Role::Assistant;
    m.finishReason = first.value("finish_reason"_L1).toString();
    for (qsizetype i = 1; i < choices.size(); ++i) {
        const QJsonObject choice = choices.at(i).toObject();
        const Message other = messageFromJson(choice.value("message"_L1).toObject());
        Conversation::Choice c;
        c.content = other.text();
        c.reasoning = other.reasoning;
        c.toolCalls = other.toolCalls;
        c.finishReason = choice.value("finish_reason"_L1).toString();
        m.choices.append(c);
    }
    m.usage = completion.value("usage"_L1).toObject();
    m.model = completion.value("model"_L1).toString();
    m.created =
        QDateTime::fromSecsSinceEpoch(qint64(completion.value("created"_L1).toDouble()), Qt::UTC);
    return m;
}

ImportedConversation toImported(
    const QJsonObject &completion, const QJsonArray &messages, const QString &profile)
{
    ImportedConversation c;
    c.info.settings.profile = profile;
    c.info.settings.model = completion.value("model"_L1).toString();
    c.info.settings.store = true;
    c.info.settings.metadata = completion.value("metadata"_L1).toObject();
    const QDateTime created =
        QDateTime::fromSecsSinceEpoch(qint64(completion.value("created"_L1).toDouble()), Qt::UTC);
    qint64 nextId = 1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        Message m = messageFromJson(messages.at(i).toObject(), &c.attachments);
        const bool prompt =
            m.role == Conversation::Role::System || m.role == Conversation::Role::Developer;
        if (i == 0 && prompt) {
            c.info.settings.systemPrompt = m.text();
            c.info.settings.developerRole = m.role == Conversation::Role::Developer;
            continue;
        }
        if (c.info.title.isEmpty() && m.role == Conversation::Role::User)
            c.info.title = Conversation::titleFromText(m.text());
        m.id = nextId;
        m.parentId = nextId - 1;
        m.created = created;
        ++nextId;
        c.messages.append(m);
    }
    Message answer = answerFromCompletion(completion);
    answer.id = nextId;
    answer.parentId = nextId - 1;
    c.messages.append(answer);
    c.info.activeLeafId = answer.id;
    c.info.created = created;
    c.info.updated = created;
    if (c.info.title.isEmpty())
        c.info.title = Conversation::titleFromText(answer.text());
    return c;
}

std::expected<qint64, StoreError> open(ConversationStore &store, const QJsonObject &completion,
    const QJsonArray &messages, const QString &profile)
{
    const auto ids = store.importConversations({ toImported(completion, messages, profile) });
    if (!ids)
        return std::unexpected(ids.error());
    return ids->value(0);
}
} // namespace StoredConversation
