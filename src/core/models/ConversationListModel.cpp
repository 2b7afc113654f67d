// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ConversationListModel.h"

#include <algorithm>
#include <utility>

using Conversation::Info;

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.info.title;
    case IdRole:
        return e.info.id;
    case ProfileRole:
        return e.info.settings.profile;
    case ModelRole:
        return e.info.settings.model;
    case UpdatedRole:
        return e.info.updated;
    case PinnedRole:
        return e.info.pinned;
    case UnreadRole:
        return e.unread;
    case StreamingRole:
        return e.streaming;
    case CreatedRole:
        return e.info.created;
    case TitleSetByUserRole:
        return e.info.titleSetByUser;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{
        { IdRole, QByteArrayLiteral("conversationId") },
        { TitleRole, QByteArrayLiteral("title") },
        { ProfileRole, QByteArrayLiteral("profile") },
        { ModelRole, QByteArrayLiteral("model") },
        { UpdatedRole, QByteArrayLiteral("updated") },
        { PinnedRole, QByteArrayLiteral("pinned") },
        { UnreadRole, QByteArrayLiteral("unread") },
        { StreamingRole, QByteArrayLiteral("streaming") },
        { CreatedRole, QByteArrayLiteral("created") },
        { TitleSetByUserRole, QByteArrayLiteral("titleSetByUser") },
    });
    return names;
}

void ConversationListModel::setConversations(QList<Info> conversations)
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    m_entries.reserve(conversations.size());
    for (Info &info : conversations) {
        if (m_rows.contains(info.id))
            continue;
        m_rows.insert(info.id, -1);
        m_entries.append(Entry{ .info = std::move(info) });
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return before(a.info, b.info); });
    reindex(0, int(m_entries.size()) - 1);
    endResetModel();
}

void ConversationListModel::upsert(const Info &info)
{
    const int row = rowOf(info.id);
    if (row < 0) {
        const int at = sortedRowFor(info, -1);
        beginInsertRows({}, at, at);
        m_entries.insert(at, Entry{ .info = info });
        reindex(at, int(m_entries.size()) - 1);
        endInsertRows();
        return;
    }
    changeInfo(row, info, {});
}

bool ConversationListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_rows.remove(id);
    reindex(row, int(m_entries.size()) - 1);
    endRemoveRows();
    return true;
}

bool ConversationListModel::setStreaming(qint64 id, bool streaming)
{
    return setFlag(id, &Entry::streaming, streaming, StreamingRole);
}

bool ConversationListModel::setUnread(qint64 id, bool unread)
{
    return setFlag(id, &Entry::unread, unread, UnreadRole);
}

bool ConversationListModel::isStreaming(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).streaming;
}

bool ConversationListModel::isUnread(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).unread;
}

bool ConversationListModel::rename(qint64 id, const QString &title)
{
    const int row = rowOf(id);
    const QString trimmed = title.trimmed();
    if (row < 0 || trimmed.isEmpty())
        return false;
    Info info = m_entries.at(row).info;
    info.title = trimmed;
    info.titleSetByUser = true;
    changeInfo(row, info, { Qt::DisplayRole, TitleRole, TitleSetByUserRole });
    return true;
}

bool ConversationListModel::applyFirstMessageTitle(qint64 id, const QString &text)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).info.titleSetByUser)
        return false;
    const QString title = Conversation::titleFromText(text);
    if (title.isEmpty() || title == m_entries.at(row).info.title)
        return false;
    Info info = m_entries.at(row).info;
    info.title = title;
    changeInfo(row, info, { Qt::DisplayRole, TitleRole });
    return true;
}

int ConversationListModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

Info ConversationListModel::info(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).info : Info();
}

bool ConversationListModel::before(const Info &a, const Info &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.updated != b.updated)
        return a.updated > b.updated;
    return a.id > b.id;
}

int ConversationListModel::sortedRowFor(const Info &info, int ignoreRow) const
{
    // The row the entry gets once `ignoreRow` (its current place, or -1) is taken out.
    int at = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (row != ignoreRow && before(m_entries.at(row).info, info))
            ++at;
    }
    return at;
}

void ConversationListModel::reindex(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < m_entries.size(); ++row)
        m_rows.insert(m_entries.at(row).info.id, row);
}

void ConversationListModel::changeInfo(int row, const Info &info, const QList<int> &roles)
{
    const int to = sortedRowFor(info, row);
    if (to != row) {
        // beginMoveRows counts the destination before the move: moving down means "before to+1".
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_entries.move(row, to);
        reindex(std::min(row, to), std::max(row, to));
        endMoveRows();
    }
    m_entries[to].info = info;
    const QModelIndex at = index(to);
    Q_EMIT dataChanged(at, at, roles);
}

bool ConversationListModel::setFlag(qint64 id, bool Entry::*flag, bool value, int role)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    if (m_entries.at(row).*flag != value) {
        m_entries[row].*flag = value;
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, { role });
    }
    return true;
}
