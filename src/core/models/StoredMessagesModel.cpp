// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/StoredMessagesModel.h"

#include <QJsonArray>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"
#include "core/chat/StoredConversation.h"
#include "core/chat/StoredErrors.h"

using namespace Qt::StringLiterals;

StoredMessagesModel::StoredMessagesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void StoredMessagesModel::setCompletion(ChatClient *client, const QString &id)
{
    if (m_reply) {
        JsonReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_client = client;
    m_id = id;
    m_rows.clear();
    m_answer = {};
    m_hasMore = client && !id.isEmpty();
    m_failed = false;
    m_errorText.clear();
    endResetModel();
}

void StoredMessagesModel::setAnswer(const QJsonObject &completion)
{
    m_answer = completion;
    syncAnswer();
}

void StoredMessagesModel::syncAnswer()
{
    const bool has = !m_rows.isEmpty() && m_rows.constLast().answer;
    if (has) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
    if (m_answer.isEmpty() || m_hasMore || m_reply)
        return; // the answer comes after the last message
    Row row;
    row.answer = true;
    row.id = m_answer.value("id"_L1).toString();
    row.roleName = u"assistant"_s;
    row.json = m_answer;
    row.message = StoredConversation::answerFromCompletion(m_answer);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

int StoredMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool StoredMessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_hasMore && !m_failed;
}

void StoredMessagesModel::fetchMore(const QModelIndex &parent)
{
    if (m_reply || !canFetchMore(parent))
        return;
    Endpoint::ListQuery query;
    for (qsizetype i = m_rows.size() - 1; i >= 0 && query.after.isEmpty(); --i) {
        if (!m_rows.at(i).answer)
            query.after = m_rows.at(i).id;
    }
    query.limit = m_pageSize;
    auto reply = m_client->listStoredMessages(m_id, query);
    if (!reply) {
        m_failed = true;
        m_errorText = reply.error().describe();
        Q_EMIT errorOccurred(m_errorText);
        return;
    }
    JsonReply *r = *reply;
    m_reply = r;
    connect(r, &JsonReply::finished, this, [this, r] {
        r->deleteLater();
        onPage(r->json()); // still "loading": a fetchMore() from a rowsInserted slot waits
        m_reply.clear();
        Q_EMIT loadingChanged(false);
        if (!m_hasMore) {
            syncAnswer();
            Q_EMIT allLoaded();
        }
    });
    connect(r, &JsonReply::failed, this, [this, r](const ApiError &) {
        r->deleteLater();
        m_reply.clear();
        m_failed = true;
        m_errorText = StoredErrors::describe(*r, StoredErrors::Context::Item);
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(m_errorText);
    });
    r->start();
    Q_EMIT loadingChanged(true);
}

void StoredMessagesModel::onPage(const QJsonObject &page)
{
    QList<Row> rows;
    for (const QJsonValue &value : page.value("data"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        Row row;
        row.id = item.value("id"_L1).toString();
        row.roleName = item.value("role"_L1).toString();
        row.json = item;
        row.message = StoredConversation::messageFromJson(item);
        rows.append(row);
    }
    m_hasMore =
        page.value("has_more"_L1).toBool() && !rows.isEmpty() && !rows.constLast().id.isEmpty();
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
}

Conversation::Message StoredMessagesModel::message(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message : Conversation::Message();
}

QVariant StoredMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Conversation::Message &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
        return QString(row.roleName + ": "_L1 + m.text());
    case MessageModel::TextRole:
        return m.text();
    case MessageModel::TextLengthRole:
        return int(m.text().size());
    case MessageModel::RoleRole:
        return QVariant::fromValue(m.role);
    case MessageModel::PartsRole:
        return QVariant::fromValue(m.parts);
    case MessageModel::ReasoningRole:
        return m.reasoning;
    case MessageModel::ToolCallsRole:
        return QVariant::fromValue(m.toolCalls);
    case MessageModel::ToolCallIdRole:
        return m.toolCallId;
    case MessageModel::UsageRole:
        return m.usage;
    case MessageModel::FinishReasonRole:
        return m.finishReason;
    case MessageModel::StateRole:
        return QVariant::fromValue(m.state);
    case MessageModel::ModelNameRole:
        return m.model;
    case MessageModel::ChoiceCountRole:
        return int(m.choices.size() + 1);
    case MessageModel::ActiveChoiceRole:
        return 0;
    case MessageModel::SiblingCountRole:
        return 1;
    case MessageModel::SiblingIndexRole:
        return 0;
    case MessageModel::RevisionRole:
        return quint64(0);
    case StoredIdRole:
        return row.id;
    case RoleNameRole:
        return row.roleName;
    case JsonRole:
        return row.json;
    case IsAnswerRole:
        return row.answer;
    default:
        return {};
    }
}

QHash<int, QByteArray> StoredMessagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { MessageModel::RoleRole, "role" }, { MessageModel::TextRole, "text" },
        { MessageModel::PartsRole, "parts" }, { MessageModel::ToolCallsRole, "toolCalls" },
        { StoredIdRole, "storedId" }, { RoleNameRole, "roleName" }, { JsonRole, "json" },
        { IsAnswerRole, "isAnswer" } });
    return names;
}
