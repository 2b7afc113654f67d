// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConversationExport.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/conversation/ConversationJson.h"

using namespace Conversation;

namespace ConversationExport {
namespace {
// Only values that differ from the type's default are written; the importer fills in defaults
// for absent keys (docs/conversation-format.md), which keeps files small and readable.
void putString(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putBool(QJsonObject &object, const QString &key, bool value)
{
    if (value)
        object.insert(key, true);
}

void putInteger(QJsonObject &object, const QString &key, qint64 value)
{
    if (value != 0)
        object.insert(key, value);
}

void putObject(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putTime(QJsonObject &object, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(key, value.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject messageJson(const Message &message)
{
    QJsonObject object{ { QStringLiteral("id"), message.id },
        { QStringLiteral("role"), roleName(message.role) } };
    putInteger(object, QStringLiteral("parent"), message.parentId);
    if (!message.parts.isEmpty())
        object.insert(QStringLiteral("parts"), Json::partsJson(message.parts));
    putString(object, QStringLiteral("reasoning"), message.reasoning);
    if (!message.toolCalls.isEmpty())
        object.insert(QStringLiteral("toolCalls"), Json::toolCallsJson(message.toolCalls));
    putString(object, QStringLiteral("toolCallId"), message.toolCallId);
    putObject(object, QStringLiteral("audio"), Json::audioJson(message.audio));
    if (!message.choices.isEmpty())
        object.insert(QStringLiteral("choices"), Json::choicesJson(message.choices));
    putInteger(object, QStringLiteral("activeChoice"), message.activeChoice);
    putObject(object, QStringLiteral("usage"), message.usage);
    putString(object, QStringLiteral("finishReason"), message.finishReason);
    if (message.state != State::Complete)
        object.insert(QStringLiteral("state"), stateName(message.state));
    putString(object, QStringLiteral("error"), message.error);
    putTime(object, QStringLiteral("created"), message.created);
    putString(object, QStringLiteral("model"), message.model);
    putObject(object, QStringLiteral("request"), message.request);
    if (!message.logprobs.isEmpty())
        object.insert(QStringLiteral("logprobs"), message.logprobs);
    return object;
}

QJsonObject conversationJson(const ExportedConversation &conversation)
{
    const Info &info = conversation.info;
    QJsonObject object;
    putInteger(object, QStringLiteral("id"), info.id);
    object.insert(QStringLiteral("title"), info.title);
    putBool(object, QStringLiteral("titleSetByUser"), info.titleSetByUser);
    putTime(object, QStringLiteral("created"), info.created);
    putTime(object, QStringLiteral("updated"), info.updated);
    putBool(object, QStringLiteral("pinned"), info.pinned);
    putInteger(object, QStringLiteral("activeLeaf"), info.activeLeafId);
    putObject(object, QStringLiteral("settings"), Json::settingsJson(info.settings));

    QJsonArray messages;
    for (const Message &message : conversation.messages)
        messages.append(messageJson(message));
    object.insert(QStringLiteral("messages"), messages);

    // Sorted keys give the same bytes for the same conversation (QHash order is random).
    QList<QByteArray> hashes = conversation.attachments.keys();
    std::sort(hashes.begin(), hashes.end());
    QJsonObject attachments;
    for (const QByteArray &hash : std::as_const(hashes)) {
        const auto &[bytes, mimeType] = conversation.attachments.value(hash);
        attachments.insert(QString::fromLatin1(hash),
            QJsonObject{ { QStringLiteral("mimeType"), mimeType },
                { QStringLiteral("data"), QString::fromLatin1(bytes.toBase64()) } });
    }
    putObject(object, QStringLiteral("attachments"), attachments);
    return object;
}
} // namespace

QList<Message> activePath(const QList<Message> &tree, qint64 leafId)
{
    if (tree.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < tree.size(); ++i)
        index.insert(tree.at(i).id, i);
    qsizetype at = index.value(leafId, tree.size() - 1);
    QList<Message> path;
    QSet<qint64> seen; // a damaged tree with a cycle must not hang the export
    while (at >= 0 && !seen.contains(tree.at(at).id)) {
        const Message &message = tree.at(at);
        seen.insert(message.id);
        path.prepend(message);
        at = message.parentId == 0 ? -1 : index.value(message.parentId, -1);
    }
    return path;
}

QByteArray toJson(const QList<ExportedConversation> &conversations, const QDateTime &exported)
{
    QJsonArray array;
    for (const ExportedConversation &conversation : conversations)
        array.append(conversationJson(conversation));
    const QJsonObject root{ { QStringLiteral("format"), QLatin1String(FormatName) },
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("exported"), exported.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("conversations"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
} // namespace ConversationExport
