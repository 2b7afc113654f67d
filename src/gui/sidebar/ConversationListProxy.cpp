// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sidebar/ConversationListProxy.h"

#include "core/models/ConversationListModel.h"

ConversationListProxy::ConversationListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

ConversationListProxy::~ConversationListProxy() = default;

Qt::ItemFlags ConversationListProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

void ConversationListProxy::setSearch(const QString &query, const QSet<qint64> &matchingIds)
{
    m_query = query.simplified();
    m_words = m_query.split(u' ', Qt::SkipEmptyParts);
    m_matching = matchingIds;
    invalidateFilter();
}

void ConversationListProxy::setHidden(const QSet<qint64> &ids)
{
    m_hidden = ids;
    invalidateFilter();
}

bool ConversationListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    if (m_hidden.contains(id))
        return false;
    if (m_words.isEmpty() || m_matching.contains(id))
        return true;
    const QString title = index.data(ConversationListModel::TitleRole).toString();
    for (const QString &word : m_words) {
        if (!title.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
