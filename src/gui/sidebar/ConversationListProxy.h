// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

//! The sidebar's view of the ConversationListModel: keeps its order, hides conversations waiting
//! to be deleted (undo), and while the user searches shows those whose title contains the words
//! or whose messages matched (ids from the store's full-text search). Rows are editable so the
//! view can rename in place; the delegate commits the new title, not setData().
class ConversationListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListProxy)

public:
    explicit ConversationListProxy(QObject *parent = nullptr);
    ~ConversationListProxy() override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Filters by title (case-insensitive, every word) or membership in `matchingIds`; an empty
    //! query shows everything.
    void setSearch(const QString &query, const QSet<qint64> &matchingIds = {});

    QString searchQuery() const { return m_query; }

    void setHidden(const QSet<qint64> &ids);

    QSet<qint64> hiddenIds() const { return m_hidden; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    QStringList m_words;
    QSet<qint64> m_matching;
    QSet<qint64> m_hidden;
};
