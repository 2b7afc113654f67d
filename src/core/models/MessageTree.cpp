// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/MessageTree.h"

#include <algorithm>
#include <utility>

namespace {
std::pair<qint64, qint64> orderKey(const Conversation::Message &m)
{
    return { m.created.isValid() ? m.created.toMSecsSinceEpoch() : 0, m.id };
}
} // namespace

qsizetype MessageTree::reset(QList<Message> messages)
{
    clear();
    qsizetype dropped = 0;
    m_nodes.reserve(messages.size());
    for (Message &m : messages) {
        if (m.id == 0 || m_nodes.contains(m.id)) {
            ++dropped;
            continue;
        }
        const qint64 id = m.id;
        m_nodes.insert(id, std::move(m));
    }
    // Children lists after all nodes exist, so the input order doesn't matter.
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        m_children[parentOf(it.key())].append(it.key());
    for (auto it = m_children.begin(); it != m_children.end(); ++it)
        std::sort(it->begin(), it->end(), [this](qint64 a, qint64 b) { return isOlder(a, b); });
    return dropped;
}

void MessageTree::clear()
{
    m_nodes.clear();
    m_children.clear();
}

const MessageTree::Message *MessageTree::find(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &*it;
}

MessageTree::Message *MessageTree::find(qint64 id)
{
    const auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &*it;
}

bool MessageTree::insert(const Message &message)
{
    if (message.id == 0 || m_nodes.contains(message.id))
        return false;
    if (message.parentId != 0 && !m_nodes.contains(message.parentId))
        return false;
    m_nodes.insert(message.id, message);
    addChild(message.parentId, message.id);
    return true;
}

bool MessageTree::replace(const Message &message)
{
    Message *stored = find(message.id);
    if (!stored || stored->parentId != message.parentId)
        return false;
    const bool reorder = stored->created != message.created;
    *stored = message;
    if (reorder) {
        QList<qint64> &list = m_children[parentOf(message.id)];
        list.removeOne(message.id);
        addChild(parentOf(message.id), message.id);
    }
    return true;
}

QList<qint64> MessageTree::remove(qint64 id)
{
    if (!m_nodes.contains(id))
        return {};
    const qint64 parent = parentOf(id);
    QList<qint64> removed{ id };
    for (qsizetype i = 0; i < removed.size(); ++i)
        removed += m_children.value(removed.at(i));
    for (qint64 r : std::as_const(removed)) {
        m_nodes.remove(r);
        m_children.remove(r);
    }
    auto it = m_children.find(parent);
    if (it != m_children.end()) {
        it->removeOne(id);
        if (it->isEmpty())
            m_children.erase(it);
    }
    return removed;
}

qint64 MessageTree::parentOf(qint64 id) const
{
    const Message *m = find(id);
    if (!m || m->parentId == id || !m_nodes.contains(m->parentId))
        return 0;
    return m->parentId;
}

QList<qint64> MessageTree::children(qint64 parentId) const
{
    return m_children.value(parentId);
}

QList<qint64> MessageTree::siblings(qint64 id) const
{
    if (!contains(id))
        return {};
    return m_children.value(parentOf(id));
}

int MessageTree::siblingCount(qint64 id) const
{
    if (!contains(id))
        return 0;
    const auto it = m_children.constFind(parentOf(id));
    return it == m_children.cend() ? 0 : int(it->size());
}

int MessageTree::siblingIndex(qint64 id) const
{
    if (!contains(id))
        return -1;
    const auto it = m_children.constFind(parentOf(id));
    return it == m_children.cend() ? -1 : int(it->indexOf(id));
}

QList<qint64> MessageTree::pathTo(qint64 id) const
{
    QList<qint64> path;
    // Bounded by the tree size, so a parent cycle in stored data cannot loop forever.
    for (qint64 at = id; at != 0 && contains(at) && path.size() <= m_nodes.size();
         at = parentOf(at))
        path.append(at);
    std::reverse(path.begin(), path.end());
    return path;
}

qint64 MessageTree::newestLeaf(qint64 id) const
{
    if (id != 0 && !contains(id))
        return 0;
    qint64 best = 0;
    QList<qint64> stack{ id };
    while (!stack.isEmpty()) {
        const qint64 at = stack.takeLast();
        const auto it = m_children.constFind(at);
        if (it == m_children.cend() || it->isEmpty()) {
            if (at != 0 && (best == 0 || isOlder(best, at)))
                best = at;
            continue;
        }
        stack += *it;
    }
    return best;
}

QList<MessageTree::Message> MessageTree::messages() const
{
    QList<Message> result;
    result.reserve(m_nodes.size());
    QList<qint64> order = m_children.value(0);
    for (qsizetype i = 0; i < order.size(); ++i) {
        result.append(m_nodes.value(order.at(i)));
        order += m_children.value(order.at(i));
    }
    return result;
}

bool MessageTree::isOlder(qint64 a, qint64 b) const
{
    const Message *ma = find(a);
    const Message *mb = find(b);
    return ma && mb && orderKey(*ma) < orderKey(*mb);
}

void MessageTree::addChild(qint64 parentId, qint64 id)
{
    QList<qint64> &list = m_children[parentId];
    const auto pos = std::upper_bound(
        list.begin(), list.end(), id, [this](qint64 a, qint64 b) { return isOlder(a, b); });
    list.insert(pos, id);
}
