// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationImport::fromChatGptExport (declared in ConversationImport.h): conversations.json of
// a ChatGPT data export. Each conversation is a `mapping` of nodes {id, message, parent,
// children}; the tree is rebuilt from `parent`, with siblings in their parent's `children` order.
#include <algorithm>
#include <optional>

#include <QHash>
#include <QSet>
#include <QStringList>

#include "core/storage/ConversationImport.h"
#include "core/storage/ConversationImportReader.h"

using namespace Conversation;
using namespace ConversationImport::Detail;

namespace ConversationImport {
namespace {
struct Node
{
    QString parent;
    QStringList children;
    QJsonObject message; //!< empty when the node has none
};

//! What one node's message becomes: a message, or nothing (its children move up) plus any
//! reasoning it hands on to the answer below it.
struct Converted
{
    std::optional<Message> message;
    QString reasoning;
};

// Seconds since 1970 → UTC; no time for 0, negatives and anything past 9999-12-31T23:59:59Z (what
// Kaiwa's ISO 8601 times can hold; larger values would also overflow the milliseconds).
QDateTime unixTime(double seconds)
{
    constexpr double maxSeconds = 253402300799.0;
    if (!(seconds > 0) || seconds > maxSeconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qRound64(seconds * 1000), Qt::UTC);
}

QString fenced(const QString &text, const QString &language)
{
    const QString fence =
        text.contains(QStringLiteral("```")) ? QStringLiteral("````") : QStringLiteral("```");
    return fence + language + u'\n' + text.trimmed() + u'\n' + fence;
}

QString assetPlaceholder(const QJsonObject &part)
{
    const QString type = part.value(QStringLiteral("content_type")).toString();
    const QString asset = part.value(QStringLiteral("asset_pointer")).toString();
    if (type == QLatin1String("image_asset_pointer"))
        return tr("[Image %1: not included in conversations.json]").arg(asset);
    if (type == QLatin1String("audio_transcription"))
        return part.value(QStringLiteral("text")).toString();
    if (type.contains(QLatin1String("audio")) || type.contains(QLatin1String("video")))
        return tr("[Audio %1: not included in conversations.json]").arg(asset);
    return tr("[%1 %2: not included in conversations.json]").arg(type, asset).simplified();
}

QString partsText(const QJsonArray &parts)
{
    QStringList texts;
    for (const QJsonValue &part : parts) {
        const QString text = part.isObject() ? assetPlaceholder(part.toObject()) : part.toString();
        if (!text.trimmed().isEmpty())
            texts << text;
    }
    return texts.join(QStringLiteral("\n\n"));
}

//! The content as text; `reasoning` receives what belongs in the next answer's reasoning.
QString contentText(const QJsonObject &content, QString *reasoning, bool *skip)
{
    const QString type = content.value(QStringLiteral("content_type")).toString();
    const auto field = [&content](const char *key) {
        return content.value(QLatin1String(key)).toString();
    };
    if (type == QLatin1String("text") || type == QLatin1String("multimodal_text"))
        return partsText(content.value(QStringLiteral("parts")).toArray());
    if (type == QLatin1String("code")) {
        const QString language = field("language");
        return fenced(field("text"), language == QLatin1String("unknown") ? QString() : language);
    }
    if (type == QLatin1String("execution_output"))
        return fenced(field("text"), {});
    if (type == QLatin1String("tether_quote")) {
        QString text =
            QStringLiteral("> ") + field("text").trimmed().replace(u'\n', QStringLiteral("\n> "));
        if (!field("url").isEmpty())
            text += QStringLiteral("\n\n— [") + field("title") + QStringLiteral("](") + field("url")
                + u')';
        return text;
    }
    if (type == QLatin1String("tether_browsing_display"))
        return field("result").isEmpty() ? field("summary") : field("result");
    if (type == QLatin1String("system_error"))
        return field("name") + QStringLiteral(": ") + field("text");
    if (type == QLatin1String("thoughts")) {
        QStringList thoughts;
        for (const QJsonValue &thought : content.value(QStringLiteral("thoughts")).toArray()) {
            const QJsonObject object = thought.toObject();
            const QString thoughtText = object.value(QStringLiteral("summary")).toString()
                + QStringLiteral("\n\n") + object.value(QStringLiteral("content")).toString();
            thoughts << thoughtText.trimmed();
        }
        *reasoning = thoughts.join(QStringLiteral("\n\n"));
        *skip = true;
        return {};
    }
    // Status lines and the memory/custom-instruction context are not part of the conversation.
    if (type == QLatin1String("reasoning_recap") || type == QLatin1String("user_editable_context")
        || type == QLatin1String("model_editable_context")) {
        *skip = true;
        return {};
    }
    for (const char *key : { "text", "result" }) {
        if (!field(key).isEmpty())
            return field(key);
    }
    if (const QString text = partsText(content.value(QStringLiteral("parts")).toArray());
        !text.isEmpty())
        return text;
    return tr("[Content of type \"%1\" that Kaiwa cannot show]").arg(type);
}

Converted convert(
    Reader &reader, const QJsonObject &object, const QString &at, const QDateTime &fallbackTime)
{
    Converted result;
    const QString authorPath = member(at, QStringLiteral("author"));
    const QString roleName = reader.string(reader.object(object, at, "author"), authorPath, "role");
    Message message;
    if (!roleFromName(roleName, &message.role)) {
        reader.fail(
            tr("Unknown role \"%1\".").arg(roleName), member(authorPath, QStringLiteral("role")));
        return result;
    }
    const QString metadataPath = member(at, QStringLiteral("metadata"));
    const QJsonObject metadata = reader.object(object, at, "metadata");
    if (metadata.value(QStringLiteral("is_visually_hidden_from_conversation")).toBool())
        return result;
    const QJsonObject content = reader.object(object, at, "content");
    if (!Reader::has(object, "content"))
        reader.fail(tr("The message has no content."), at);
    bool skip = false;
    const QString text = contentText(content, &result.reasoning, &skip);
    if (skip || text.trimmed().isEmpty())
        return result;
    Part part;
    part.text = text;
    message.parts = { part };
    message.created = unixTime(reader.number(object, at, "create_time"));
    if (!message.created.isValid())
        message.created = fallbackTime;
    message.model = reader.string(metadata, metadataPath, "model_slug");
    const QString finish = metadata.value(QStringLiteral("finish_details"))
                               .toObject()
                               .value(QStringLiteral("type"))
                               .toString();
    if (finish == QLatin1String("interrupted"))
        message.state = State::Interrupted;
    else
        message.finishReason =
            finish == QLatin1String("max_tokens") ? QStringLiteral("length") : finish;
    result.message = message;
    return result;
}

std::optional<QHash<QString, Node>> readMapping(
    Reader &reader, const QJsonObject &mapping, const QString &path)
{
    QHash<QString, Node> nodes;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const QString at = keyed(path, it.key());
        if (!it->isObject())
            reader.wrongType(*it, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
        const QJsonObject object = it->toObject();
        Node node{ reader.string(object, at, "parent"), {}, reader.object(object, at, "message") };
        const QJsonArray children = reader.array(object, at, "children");
        for (const QJsonValue &child : children)
            node.children << child.toString();
        nodes.insert(it.key(), node);
    }
    // Checked in key order (QJsonObject's), so the error named is the same on every run.
    const QStringList keys = mapping.keys();
    for (const QString &key : keys) {
        const QString &parent = nodes.value(key).parent;
        if (!reader.failed() && !parent.isEmpty() && !nodes.contains(parent)) {
            reader.fail(tr("Refers to node \"%1\", which is not in the mapping.").arg(parent),
                member(keyed(path, key), QStringLiteral("parent")));
        }
    }
    // A chain of parents that comes back to a node on it is a cycle; the first node found
    // twice is named. Nodes already checked end the walk, so this is linear.
    QSet<QString> checked;
    for (const QString &start : keys) {
        QStringList chain;
        QSet<QString> onChain;
        for (QString key = start; !reader.failed() && !key.isEmpty() && !checked.contains(key);
             key = nodes.value(key).parent) {
            if (onChain.contains(key)) {
                reader.fail(
                    tr("Node \"%1\" is its own ancestor: the parents form a cycle.").arg(key),
                    member(keyed(path, key), QStringLiteral("parent")));
            }
            chain << key;
            onChain.insert(key);
        }
        for (const QString &visited : std::as_const(chain))
            checked.insert(visited);
    }
    if (reader.failed())
        return std::nullopt;
    return nodes;
}

ImportedConversation readConversation(Reader &reader, const QJsonValue &value, const QString &at)
{
    ImportedConversation conversation;
    if (!value.isObject()) {
        reader.wrongType(value, QT_TRANSLATE_NOOP("ConversationImport", "an object"), at);
        return conversation;
    }
    const QJsonObject object = value.toObject();
    Info &info = conversation.info;
    info.title = reader.string(object, at, "title");
    info.titleSetByUser = true; // ChatGPT's title; don't replace it with the first message
    info.created = unixTime(reader.number(object, at, "create_time"));
    info.updated = unixTime(reader.number(object, at, "update_time"));
    if (!info.updated.isValid())
        info.updated = info.created;
    info.pinned = object.value(QStringLiteral("is_starred")).toBool();
    info.settings.model = reader.string(object, at, "default_model_slug");
    const QString current = reader.string(object, at, "current_node");
    if (!Reader::has(object, "mapping"))
        reader.fail(tr("The conversation has no \"mapping\" of messages."), at);
    const QString mappingPath = member(at, QStringLiteral("mapping"));
    const QJsonObject mapping = reader.object(object, at, "mapping");
    if (reader.failed())
        return conversation;
    const auto nodes = readMapping(reader, mapping, mappingPath);
    if (!nodes)
        return conversation;
    if (!current.isEmpty() && !nodes->contains(current)) {
        reader.fail(tr("Refers to node \"%1\", which is not in the mapping.").arg(current),
            member(at, QStringLiteral("current_node")));
        return conversation;
    }

    // Siblings keep their order in the parent's `children`; nodes it doesn't list come after,
    // by key, so the result never depends on hash order.
    QHash<QString, QStringList> children;
    QStringList roots;
    QStringList keys = nodes->keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QString &parent = nodes->value(key).parent;
        if (parent.isEmpty())
            roots << key;
    }
    for (auto it = nodes->constBegin(); it != nodes->constEnd(); ++it) {
        QStringList ordered;
        for (const QString &child : it->children) {
            if (nodes->value(child).parent == it.key() && !ordered.contains(child))
                ordered << child;
        }
        children.insert(it.key(), ordered);
    }
    for (const QString &key : std::as_const(keys)) {
        const QString &parent = nodes->value(key).parent;
        if (!parent.isEmpty() && !children[parent].contains(key))
            children[parent] << key;
    }

    // Depth first, parents before children, without recursion (conversations can be deep).
    struct Visit
    {
        QString key;
        qint64 parentId;
        QString reasoning;
    };

    QList<Visit> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append(Visit{ *it, 0, {} });
    QHash<QString, qint64> keptAs; // node → its message id, or its nearest kept ancestor's
    while (!stack.isEmpty() && !reader.failed()) {
        const Visit visit = stack.takeLast();
        const Node &node = nodes->value(visit.key);
        qint64 id = visit.parentId;
        QString reasoning = visit.reasoning;
        if (!node.message.isEmpty()) {
            Converted converted = convert(reader, node.message,
                member(keyed(mappingPath, visit.key), QStringLiteral("message")), info.created);
            if (converted.message) {
                Message &message = *converted.message;
                message.id = conversation.messages.size() + 1;
                message.parentId = visit.parentId;
                if (message.role == Role::Assistant && !reasoning.isEmpty()) {
                    message.reasoning = reasoning;
                    reasoning.clear();
                }
                id = message.id;
                conversation.messages.append(message);
            } else if (!converted.reasoning.isEmpty()) {
                reasoning = reasoning.isEmpty()
                    ? converted.reasoning
                    : reasoning + QStringLiteral("\n\n") + converted.reasoning;
            }
        }
        keptAs.insert(visit.key, id);
        const QStringList &below = children.value(visit.key);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(Visit{ *it, id, reasoning });
    }
    info.activeLeafId = current.isEmpty()
        ? (conversation.messages.isEmpty() ? 0 : conversation.messages.last().id)
        : keptAs.value(current);
    return conversation;
}
} // namespace

std::expected<QList<ImportedConversation>, ImportError> fromChatGptExport(
    const QByteArray &conversationsJson)
{
    const auto document = parse(conversationsJson);
    if (!document)
        return std::unexpected(document.error());
    Reader reader;
    QList<ImportedConversation> conversations;
    if (document->isObject() && document->object().contains(QStringLiteral("mapping"))) {
        // One conversation on its own (a single entry copied out of the array).
        conversations.append(readConversation(reader, document->object(), {}));
    } else if (document->isArray()) {
        const QJsonArray array = document->array();
        for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i)
            conversations.append(
                readConversation(reader, array.at(i), item(QStringLiteral("conversations"), i)));
    } else {
        reader.fail(
            tr("A ChatGPT conversations.json holds an array of conversations."), tr("top level"));
    }
    if (reader.failed())
        return reader.unexpected();
    return conversations;
}
} // namespace ConversationImport
