// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConversationImport.h"

#include <QCryptographicHash>
#include <QSet>

#include "core/storage/ConversationExport.h"
#include "core/storage/ConversationImportReader.h"

using namespace Conversation;
using namespace ConversationImport::Detail;

namespace ConversationImport {
namespace {
bool partTypeFromName(const QString &name, Part::Type *type)
{
    static const QHash<QString, Part::Type> types{ { QStringLiteral("text"), Part::Type::Text },
        { QStringLiteral("image"), Part::Type::Image },
        { QStringLiteral("audio"), Part::Type::Audio },
        { QStringLiteral("file"), Part::Type::File },
        { QStringLiteral("refusal"), Part::Type::Refusal } };
    const auto it = types.constFind(name);
    if (it == types.constEnd())
        return false;
    *type = *it;
    return true;
}

QList<ToolCall> readToolCalls(Reader &reader, const QJsonObject &object, const QString &path)
{
    QList<ToolCall> calls;
    const QString arrayPath = member(path, QStringLiteral("toolCalls"));
    const QJsonArray array = reader.array(object, path, "toolCalls");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = item(arrayPath, i);
        if (!array.at(i).isObject())
            reader.wrongType(array.at(i), QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
        const QJsonObject call = array.at(i).toObject();
        calls.append(ToolCall{ reader.string(call, at, "id"), reader.string(call, at, "type"),
            reader.string(call, at, "name"), reader.string(call, at, "arguments") });
    }
    return calls;
}

Part readPart(Reader &reader, const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        reader.wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
    const QJsonObject object = value.toObject();
    Part part;
    const QString type = reader.string(object, at, "type");
    if (!partTypeFromName(type, &part.type))
        reader.fail(tr("Unknown part type \"%1\".").arg(type), member(at, QStringLiteral("type")));
    part.text = reader.string(object, at, "text");
    part.attachment = reader.string(object, at, "attachment").toLatin1();
    part.mimeType = reader.string(object, at, "mimeType");
    part.url = reader.string(object, at, "url");
    part.detail = reader.string(object, at, "detail");
    part.fileName = reader.string(object, at, "fileName");
    return part;
}

Message readMessage(Reader &reader, const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        reader.wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
    const QJsonObject object = value.toObject();
    Message message;
    message.id = reader.integer(object, at, "id");
    if (message.id <= 0 && !reader.failed())
        reader.fail(tr("Every message needs a positive id."), member(at, QStringLiteral("id")));
    message.parentId = reader.integer(object, at, "parent");
    const QString role = reader.string(object, at, "role");
    if (!roleFromName(role, &message.role))
        reader.fail(tr("Unknown role \"%1\".").arg(role), member(at, QStringLiteral("role")));
    const QString partsPath = member(at, QStringLiteral("parts"));
    const QJsonArray parts = reader.array(object, at, "parts");
    for (qsizetype i = 0; i < parts.size(); ++i)
        message.parts.append(readPart(reader, parts.at(i), item(partsPath, i)));
    message.reasoning = reader.string(object, at, "reasoning");
    message.toolCalls = readToolCalls(reader, object, at);
    message.toolCallId = reader.string(object, at, "toolCallId");
    const QString audioPath = member(at, QStringLiteral("audio"));
    const QJsonObject audio = reader.object(object, at, "audio");
    message.audio = Audio{ reader.string(audio, audioPath, "id"),
        reader.string(audio, audioPath, "attachment").toLatin1(),
        reader.string(audio, audioPath, "mimeType"), reader.string(audio, audioPath, "transcript"),
        reader.integer(audio, audioPath, "expiresAt") };
    const QString choicesPath = member(at, QStringLiteral("choices"));
    const QJsonArray choices = reader.array(object, at, "choices");
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QString choiceAt = item(choicesPath, i);
        if (!choices.at(i).isObject())
            reader.wrongType(
                choices.at(i), QT_TRANSLATE_NOOP("ConversationImport", "an object"), choiceAt);
        const QJsonObject choice = choices.at(i).toObject();
        message.choices.append(Choice{ reader.string(choice, choiceAt, "content"),
            reader.string(choice, choiceAt, "reasoning"),
            reader.string(choice, choiceAt, "refusal"), readToolCalls(reader, choice, choiceAt),
            reader.string(choice, choiceAt, "finishReason"),
            readLogprobs(reader, choice, choiceAt) });
    }
    message.activeChoice = int(reader.integer(object, at, "activeChoice"));
    if (message.activeChoice < 0 || message.activeChoice > message.choices.size())
        reader.fail(
            tr("activeChoice %1 is not one of the message's choices.").arg(message.activeChoice),
            member(at, QStringLiteral("activeChoice")));
    message.usage = reader.object(object, at, "usage");
    message.finishReason = reader.string(object, at, "finishReason");
    if (Reader::has(object, "state")) {
        const QString state = reader.string(object, at, "state");
        if (!stateFromName(state, &message.state))
            reader.fail(
                tr("Unknown state \"%1\".").arg(state), member(at, QStringLiteral("state")));
    }
    message.error = reader.string(object, at, "error");
    message.created = reader.time(object, at, "created");
    message.model = reader.string(object, at, "model");
    message.request = reader.object(object, at, "request");
    message.logprobs = readLogprobs(reader, object, at);
    return message;
}

void readAttachments(Reader &reader, const QJsonObject &object, const QString &at,
    QHash<QByteArray, QPair<QByteArray, QString>> &attachments)
{
    const QString path = member(at, QStringLiteral("attachments"));
    const QJsonObject map = reader.object(object, at, "attachments");
    for (auto it = map.constBegin(); it != map.constEnd() && !reader.failed(); ++it) {
        const QString where = keyed(path, it.key());
        if (!it->isObject())
            reader.wrongType(*it, QT_TRANSLATE_NOOP("ConversationImport", "an object"), where);
        const QJsonObject entry = it->toObject();
        const QString mimeType = reader.string(entry, where, "mimeType");
        const QString data = reader.string(entry, where, "data");
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            reader.fail(tr("The attachment's data is not valid base64."),
                member(where, QStringLiteral("data")));
            return;
        }
        const QByteArray hash =
            QCryptographicHash::hash(*decoded, QCryptographicHash::Sha256).toHex();
        if (hash != it.key().toLatin1()) {
            reader.fail(
                tr("The attachment's data has the SHA-256 %1, not the one it is filed under.")
                    .arg(QString::fromLatin1(hash)),
                where);
            return;
        }
        attachments.insert(hash, { *decoded, mimeType });
    }
}

//! Checks ids, parents and attachment references, and orders the messages parents first while
//! keeping the file's order otherwise (so a file written by toJson() reads back unchanged).
void checkTree(Reader &reader, ImportedConversation &conversation, const QString &at)
{
    const QString path = member(at, QStringLiteral("messages"));
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < conversation.messages.size(); ++i) {
        const Message &message = conversation.messages.at(i);
        if (index.contains(message.id)) {
            return reader.fail(tr("Another message has the id %1 already.").arg(message.id),
                member(item(path, i), QStringLiteral("id")));
        }
        index.insert(message.id, i);
        const auto checkAttachment = [&](const QByteArray &hash, const QString &where) {
            if (!hash.isEmpty() && !conversation.attachments.contains(hash))
                reader.fail(tr("Refers to an attachment that the file does not hold."), where);
        };
        for (qsizetype p = 0; p < message.parts.size(); ++p) {
            checkAttachment(message.parts.at(p).attachment,
                member(item(member(item(path, i), QStringLiteral("parts")), p),
                    QStringLiteral("attachment")));
        }
        checkAttachment(
            message.audio.attachment, member(item(path, i), QStringLiteral("audio.attachment")));
    }
    QList<Message> ordered;
    ordered.reserve(conversation.messages.size());
    QList<char> state(conversation.messages.size(), 0); // 0 new, 1 on the current chain, 2 placed
    for (qsizetype start = 0; start < conversation.messages.size() && !reader.failed(); ++start) {
        QList<qsizetype> chain; // from `start` up to the first placed ancestor or the root
        for (qsizetype i = start; i >= 0 && state.at(i) == 0;) {
            state[i] = 1;
            chain.append(i);
            const qint64 parent = conversation.messages.at(i).parentId;
            if (parent == 0)
                break;
            const QString where = member(item(path, i), QStringLiteral("parent"));
            const auto found = index.constFind(parent);
            if (found == index.constEnd()) {
                return reader.fail(
                    tr("Refers to message %1, which is not in this conversation.").arg(parent),
                    where);
            }
            if (state.at(*found) == 1) {
                return reader.fail(
                    tr("Message %1 is its own ancestor: the parents form a cycle.").arg(parent),
                    where);
            }
            i = *found;
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            state[*it] = 2;
            ordered.append(conversation.messages.at(*it));
        }
    }
    conversation.messages = ordered;
    const qint64 leaf = conversation.info.activeLeafId;
    if (leaf != 0 && !index.contains(leaf)) {
        reader.fail(tr("Refers to message %1, which is not in this conversation.").arg(leaf),
            member(at, QStringLiteral("activeLeaf")));
    }
}

ImportedConversation readConversation(Reader &reader, const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        reader.wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
    const QJsonObject object = value.toObject();
    ImportedConversation conversation;
    Info &info = conversation.info;
    info.id = reader.integer(object, at, "id");
    info.title = reader.string(object, at, "title");
    info.titleSetByUser = reader.boolean(object, at, "titleSetByUser");
    info.created = reader.time(object, at, "created");
    info.updated = reader.time(object, at, "updated");
    info.pinned = reader.boolean(object, at, "pinned");
    info.activeLeafId = reader.integer(object, at, "activeLeaf");
    const QString settingsPath = member(at, QStringLiteral("settings"));
    const QJsonObject settings = reader.object(object, at, "settings");
    info.settings = Settings{ reader.string(settings, settingsPath, "profile"),
        reader.string(settings, settingsPath, "model"),
        reader.string(settings, settingsPath, "systemPrompt"),
        reader.boolean(settings, settingsPath, "developerRole"),
        reader.object(settings, settingsPath, "parameters"),
        reader.boolean(settings, settingsPath, "store"),
        reader.object(settings, settingsPath, "metadata") };
    readAttachments(reader, object, at, conversation.attachments);

    if (!object.contains(QStringLiteral("messages")))
        reader.fail(tr("The conversation has no \"messages\" list."), at);
    const QString messagesPath = member(at, QStringLiteral("messages"));
    const QJsonArray messages = reader.array(object, at, "messages");
    for (qsizetype i = 0; i < messages.size() && !reader.failed(); ++i) {
        Message message = readMessage(reader, messages.at(i), item(messagesPath, i));
        message.conversationId = info.id;
        conversation.messages.append(message);
    }
    if (!reader.failed())
        checkTree(reader, conversation, at);
    return conversation;
}
} // namespace

Format detect(const QByteArray &data)
{
    const auto document = parse(data);
    if (!document)
        return Format::Unknown;
    if (document->isObject()) {
        const QJsonObject root = document->object();
        if (root.value(QStringLiteral("format")).toString()
            == QLatin1String(ConversationExport::FormatName))
            return Format::KaiwaJson;
        if (root.contains(QStringLiteral("mapping")))
            return Format::ChatGptExport; // a single conversation taken out of the array
        return Format::Unknown;
    }
    const QJsonArray array = document->array();
    if (array.isEmpty() || array.first().toObject().contains(QStringLiteral("mapping")))
        return Format::ChatGptExport;
    return Format::Unknown;
}

std::expected<QList<ImportedConversation>, ImportError> fromAny(const QByteArray &data)
{
    switch (detect(data)) {
    case Format::KaiwaJson:
        return fromKaiwaJson(data);
    case Format::ChatGptExport:
        return fromChatGptExport(data);
    case Format::Unknown:
        break;
    }
    if (const auto document = parse(data); !document)
        return std::unexpected(document.error());
    return std::unexpected(ImportError{
        tr("This is neither a Kaiwa export nor a ChatGPT conversations.json."), tr("top level") });
}

std::expected<QList<ImportedConversation>, ImportError> fromKaiwaJson(const QByteArray &data)
{
    const auto document = parse(data);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isObject()) {
        return std::unexpected(
            ImportError{ tr("Expected a JSON object with \"format\": \"kaiwa.conversations\"."),
                tr("top level") });
    }
    const QJsonObject root = document->object();
    Reader reader;
    const QString format = reader.string(root, {}, "format");
    if (!reader.failed() && format != QLatin1String(ConversationExport::FormatName))
        reader.fail(tr("This is not a Kaiwa conversations file (format \"%1\").").arg(format),
            QStringLiteral("format"));
    const qint64 version = reader.integer(root, {}, "version");
    if (!reader.failed() && version > ConversationExport::FormatVersion) {
        reader.fail(
            tr("The file has format version %1, made by a newer Kaiwa; this one reads up to "
               "version %2.")
                .arg(version)
                .arg(ConversationExport::FormatVersion),
            QStringLiteral("version"));
    } else if (!reader.failed() && version < 1) {
        reader.fail(tr("The format version is missing or not valid."), QStringLiteral("version"));
    }
    if (!reader.failed() && !root.contains(QStringLiteral("conversations")))
        reader.fail(tr("The file has no \"conversations\" list."), tr("top level"));
    const QJsonArray array = reader.array(root, {}, "conversations");
    QList<ImportedConversation> conversations;
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i)
        conversations.append(
            readConversation(reader, array.at(i), item(QStringLiteral("conversations"), i)));
    if (reader.failed())
        return reader.unexpected();
    return conversations;
}
} // namespace ConversationImport
