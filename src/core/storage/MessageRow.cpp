// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/MessageRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include "core/conversation/ConversationJson.h"

using namespace Conversation;
using namespace Conversation::Json;

namespace {
QVariant jsonText(const QJsonValue &value, bool empty)
{
    if (empty)
        return QVariant();
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8());
}

Part textPart(const QString &text)
{
    Part part;
    part.text = text;
    return part;
}

bool isPlainText(const QList<Part> &parts)
{
    return parts.size() == 1 && parts.first() == textPart(parts.first().text);
}

} // namespace

namespace MessageRow {
QString writtenColumns()
{
    return QStringLiteral("conversation_id, parent_id, role, text, parts, reasoning, tool_calls, "
                          "tool_call_id, audio, choices, active_choice, usage, finish_reason, "
                          "state, error, created, model, request, logprobs");
}

QString selectedColumns(const QString &tableAlias)
{
    QString columns = QStringLiteral("id, ") + writtenColumns();
    if (!tableAlias.isEmpty())
        columns = tableAlias + QLatin1Char('.')
            + columns.replace(
                QLatin1String(", "), QLatin1String(", ") + tableAlias + QLatin1Char('.'));
    return columns;
}

void bindMessage(QSqlQuery &query, const Message &m)
{
    query.bindValue(0, m.conversationId);
    query.bindValue(1, m.parentId > 0 ? QVariant(m.parentId) : QVariant());
    query.bindValue(2, textValue(roleName(m.role)));
    query.bindValue(3, textValue(m.text()));
    query.bindValue(4, isPlainText(m.parts) ? QVariant() : jsonText(partsJson(m.parts), false));
    query.bindValue(5, textValue(m.reasoning));
    query.bindValue(6, jsonText(toolCallsJson(m.toolCalls), m.toolCalls.isEmpty()));
    query.bindValue(7, textValue(m.toolCallId));
    query.bindValue(8, jsonText(audioJson(m.audio), m.audio == Audio()));
    query.bindValue(9, jsonText(choicesJson(m.choices), m.choices.isEmpty()));
    query.bindValue(10, m.activeChoice);
    query.bindValue(11, jsonText(m.usage, m.usage.isEmpty()));
    query.bindValue(12, textValue(m.finishReason));
    query.bindValue(13, textValue(stateName(m.state)));
    query.bindValue(14, textValue(m.error));
    query.bindValue(15, timeValue(m.created));
    query.bindValue(16, textValue(m.model));
    query.bindValue(17, jsonText(m.request, m.request.isEmpty()));
    query.bindValue(18, jsonText(m.logprobs, m.logprobs.isEmpty()));
}

Message readMessage(const QSqlQuery &q, int first)
{
    Message m;
    m.id = q.value(first).toLongLong();
    m.conversationId = q.value(first + 1).toLongLong();
    m.parentId = q.value(first + 2).toLongLong();
    roleFromName(q.value(first + 3).toString(), &m.role);
    const QVariant parts = q.value(first + 5);
    if (parts.isNull())
        m.parts = { textPart(q.value(first + 4).toString()) };
    else
        m.parts = partsFromJson(parse(parts).array());
    m.reasoning = q.value(first + 6).toString();
    m.toolCalls = toolCallsFromJson(parse(q.value(first + 7)).array());
    m.toolCallId = q.value(first + 8).toString();
    m.audio = audioFromJson(parse(q.value(first + 9)).object());
    m.choices = choicesFromJson(parse(q.value(first + 10)).array());
    m.activeChoice = q.value(first + 11).toInt();
    m.usage = parse(q.value(first + 12)).object();
    m.finishReason = q.value(first + 13).toString();
    stateFromName(q.value(first + 14).toString(), &m.state);
    m.error = q.value(first + 15).toString();
    m.created = timeFromValue(q.value(first + 16));
    m.model = q.value(first + 17).toString();
    m.request = parse(q.value(first + 18)).object();
    m.logprobs = parse(q.value(first + 19)).array();
    return m;
}

QList<QByteArray> attachmentHashes(const Message &message)
{
    QList<QByteArray> hashes;
    for (const Part &part : message.parts) {
        if (!part.attachment.isEmpty() && !hashes.contains(part.attachment))
            hashes.append(part.attachment);
    }
    if (!message.audio.attachment.isEmpty() && !hashes.contains(message.audio.attachment))
        hashes.append(message.audio.attachment);
    return hashes;
}

QString infoWrittenColumns()
{
    return QStringLiteral(
        "title, title_set_by_user, created, updated, pinned, active_leaf_id, settings");
}

QString infoSelectedColumns()
{
    return QStringLiteral("id, ") + infoWrittenColumns();
}

void bindInfo(QSqlQuery &query, const Info &info)
{
    query.bindValue(0, textValue(info.title));
    query.bindValue(1, info.titleSetByUser);
    query.bindValue(2, timeValue(info.created));
    query.bindValue(3, timeValue(info.updated));
    query.bindValue(4, info.pinned);
    query.bindValue(5, info.activeLeafId);
    query.bindValue(6, jsonText(settingsJson(info.settings), false));
}

Info readInfo(const QSqlQuery &q)
{
    Info info;
    info.id = q.value(0).toLongLong();
    info.title = q.value(1).toString();
    info.titleSetByUser = q.value(2).toBool();
    info.created = timeFromValue(q.value(3));
    info.updated = timeFromValue(q.value(4));
    info.pinned = q.value(5).toBool();
    info.activeLeafId = q.value(6).toLongLong();
    info.settings = settingsFromJson(parse(q.value(7)).object());
    return info;
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
} // namespace MessageRow
