// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include "core/conversation/Conversation.h"

//! The message tree of one conversation, without Qt model machinery: messages by id, children in
//! order (oldest first), paths and leaves. Parent id 0 is the virtual root, so first messages
//! (an edited first question makes several) are its children. Ids must be non-zero and unique.
//! A message whose parent is unknown is treated as a first message.
//!
//! "Older/newer" compares (created, id): created in UTC milliseconds (an invalid time counts as
//! 0), then the id, so database ids break ties and order messages without a time.
class MessageTree final
{
public:
    using Message = Conversation::Message;

    MessageTree() = default;

    //! Replaces the whole tree. Messages with id 0 or a duplicate id are dropped; returns how many.
    qsizetype reset(QList<Message> messages);
    void clear();

    qsizetype size() const { return m_nodes.size(); }

    bool isEmpty() const { return m_nodes.isEmpty(); }

    bool contains(qint64 id) const { return m_nodes.contains(id); }

    //! nullptr if unknown. The pointer is valid until the next insert/remove/reset.
    const Message *find(qint64 id) const;
    //! Mutable access for in-place streaming appends; the id and parentId must not be changed.
    Message *find(qint64 id);

    //! Adds a message under its parent (0 or a known id). False for id 0, a known id or an unknown
    //! parent.
    bool insert(const Message &message);
    //! Replaces a known message; its parentId must stay the same (the tree keeps its shape).
    bool replace(const Message &message);
    //! Removes the message and all its descendants; returns the removed ids (empty if unknown).
    QList<qint64> remove(qint64 id);

    //! The parent's id as the tree sees it: 0 for first messages and unknown parents.
    qint64 parentOf(qint64 id) const;
    //! The children of `parentId` (0: the first messages), oldest first.
    QList<qint64> children(qint64 parentId) const;
    //! The message and its alternatives (children of the same parent), oldest first.
    QList<qint64> siblings(qint64 id) const;
    int siblingCount(qint64 id) const;
    int siblingIndex(qint64 id) const; //!< -1 if unknown

    //! Ids from the first message down to `id` (empty if unknown).
    QList<qint64> pathTo(qint64 id) const;
    //! The newest leaf in the subtree of `id` (itself if it has no children); with 0 the newest
    //! leaf of the whole tree; 0 if the tree is empty or `id` is unknown.
    qint64 newestLeaf(qint64 id) const;

    //! All messages, parents before children.
    QList<Message> messages() const;

private:
    bool isOlder(qint64 a, qint64 b) const;
    void addChild(qint64 parentId, qint64 id);

    QHash<qint64, Message> m_nodes;
    QHash<qint64, QList<qint64>> m_children; //!< key 0: the first messages
};
