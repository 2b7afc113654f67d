// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include "core/conversation/Conversation.h"

//! All conversations, pinned first, then the most recently updated first (ties: higher id first).
//! Unread and streaming flags live only here (they are session state, not stored).
//! Changes that move a conversation use beginMoveRows, so views keep selection and scroll.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    using Info = Conversation::Info;

    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64
        TitleRole, //!< QString (also Qt::DisplayRole)
        ProfileRole, //!< QString: settings.profile
        ModelRole, //!< QString: settings.model
        UpdatedRole, //!< QDateTime (UTC)
        PinnedRole, //!< bool
        UnreadRole, //!< bool
        StreamingRole, //!< bool
        CreatedRole, //!< QDateTime (UTC)
        TitleSetByUserRole, //!< bool
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Replaces the list (model reset); flags are cleared. Later duplicates of an id are dropped.
    void setConversations(QList<Info> conversations);
    //! Inserts or replaces a conversation and moves it where the order puts it.
    void upsert(const Info &info);
    bool remove(qint64 id);

    bool setStreaming(qint64 id, bool streaming);
    bool setUnread(qint64 id, bool unread);
    bool isStreaming(qint64 id) const;
    bool isUnread(qint64 id) const;

    //! Sets the title the user chose (titleSetByUser = true); an empty title is refused.
    bool rename(qint64 id, const QString &title);
    //! Titles the conversation after its first user message (Conversation::titleFromText) unless
    //! the user renamed it. True if the title changed (the session then stores info(rowOf(id))).
    bool applyFirstMessageTitle(qint64 id, const QString &text);

    int rowOf(qint64 id) const; //!< -1 if unknown; O(1)
    Info info(int row) const; //!< a default Info if out of range

private:
    struct Entry
    {
        Info info;
        bool unread = false;
        bool streaming = false;
    };

    static bool before(const Info &a, const Info &b);
    int sortedRowFor(const Info &info, int ignoreRow) const;
    void reindex(int first, int last);
    void changeInfo(int row, const Info &info, const QList<int> &roles);
    bool setFlag(qint64 id, bool Entry::*flag, bool value, int role);

    QList<Entry> m_entries;
    QHash<qint64, int> m_rows;
};
