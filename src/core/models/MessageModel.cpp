// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel's write side: the active path, appends and branches, streaming. Roles and data()
// are in MessageModelData.cpp.
#include "core/models/MessageModel.h"

#include <utility>

using Conversation::Message;
using Conversation::Part;

namespace {
const QList<int> kTextRoles{ Qt::DisplayRole, MessageModel::TextRole,
    MessageModel::TextLengthRole };

//! Appends streamed text to choice 0 in place: into the last text part (a streamed answer has
//! exactly one), so the stored string grows with amortised reallocation and is never copied.
void appendChoiceZeroText(Message &m, const QString &text)
{
    for (auto it = m.parts.rbegin(); it != m.parts.rend(); ++it) {
        if (it->type == Part::Type::Text) {
            it->text.append(text);
            return;
        }
    }
    Part part;
    part.text = text;
    m.parts.append(part);
}

int effectiveChoice(const Message &m)
{
    return m.activeChoice > 0 && m.activeChoice <= m.choices.size() ? m.activeChoice : 0;
}
} // namespace

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageModel::flushDeltas);
}

MessageModel::~MessageModel() = default;

void MessageModel::setConversation(qint64 conversationId, QList<Message> tree, qint64 activeLeafId)
{
    beginResetModel();
    m_flushTimer.stop();
    m_pending.clear();
    m_revision.clear();
    m_conversationId = conversationId;
    m_tree.reset(std::move(tree));
    const qint64 leaf = m_tree.newestLeaf(m_tree.contains(activeLeafId) ? activeLeafId : 0);
    m_path = m_tree.pathTo(leaf);
    m_rows.clear();
    reindexFrom(0);
    endResetModel();
    if (leaf != activeLeafId)
        Q_EMIT activeLeafChanged(leaf);
}

void MessageModel::clear()
{
    setConversation(0, {}, 0);
}

QList<Message> MessageModel::activePath() const
{
    QList<Message> result;
    result.reserve(m_path.size());
    for (qint64 id : m_path)
        result.append(*m_tree.find(id));
    return result;
}

Message MessageModel::message(int row) const
{
    if (row < 0 || row >= m_path.size())
        return {};
    return *m_tree.find(m_path.at(row));
}

int MessageModel::rowOf(qint64 messageId) const
{
    return m_rows.value(messageId, -1);
}

bool MessageModel::appendMessage(const Message &message)
{
    if (!m_tree.insert(message))
        return false;
    bump(message.id);
    if (m_tree.parentOf(message.id) != activeLeafId()) {
        setPath(m_tree.pathTo(message.id));
        return true;
    }
    const int row = int(m_path.size());
    beginInsertRows({}, row, row);
    m_path.append(message.id);
    m_rows.insert(message.id, row);
    endInsertRows();
    Q_EMIT activeLeafChanged(message.id);
    return true;
}

bool MessageModel::updateMessage(const Message &message)
{
    const Message *stored = m_tree.find(message.id);
    if (!stored)
        return false;
    const QDateTime created = stored->created;
    if (!m_tree.replace(message))
        return false;
    m_pending.remove(message.id);
    bump(message.id);
    emitRowChanged(message.id);
    // A new time can reorder the siblings, which changes the index the on-path one shows.
    if (created != message.created) {
        for (qint64 sibling : m_tree.siblings(message.id)) {
            if (sibling != message.id && m_rows.contains(sibling))
                emitRowChanged(sibling, { SiblingIndexRole });
        }
    }
    return true;
}

bool MessageModel::changeMessage(
    qint64 messageId, const std::function<void(Message &)> &edit, const QList<int> &roles)
{
    takePending(messageId);
    Message *stored = m_tree.find(messageId);
    if (!stored)
        return false;
    Message edited = *stored;
    edit(edited);
    edited.id = messageId;
    edited.parentId = stored->parentId;
    if (!m_tree.replace(edited))
        return false;
    bump(messageId);
    QList<int> changed = roles;
    if (!changed.isEmpty())
        changed.append(RevisionRole);
    emitRowChanged(messageId, changed);
    return true;
}

bool MessageModel::removeMessage(qint64 messageId)
{
    if (!m_tree.contains(messageId))
        return false;
    const bool onPath = m_rows.contains(messageId);
    const qint64 parent = m_tree.parentOf(messageId);
    const QList<qint64> removed = m_tree.remove(messageId);
    for (qint64 id : removed) {
        m_pending.remove(id);
        m_revision.remove(id);
    }
    if (onPath) {
        const qint64 leaf = m_tree.newestLeaf(parent);
        setPath(leaf ? m_tree.pathTo(leaf) : QList<qint64>());
        return true;
    }
    // An alternative of an on-path row went away: that row's "i/n" changes.
    for (qint64 sibling : m_tree.children(parent)) {
        if (m_rows.contains(sibling))
            emitRowChanged(sibling, { SiblingCountRole, SiblingIndexRole });
    }
    return true;
}

QList<qint64> MessageModel::siblings(int row) const
{
    if (row < 0 || row >= m_path.size())
        return {};
    return m_tree.siblings(m_path.at(row));
}

bool MessageModel::switchToSibling(int row, qint64 siblingId)
{
    if (row < 0 || row >= m_path.size() || !m_tree.siblings(m_path.at(row)).contains(siblingId))
        return false;
    if (m_path.at(row) != siblingId)
        setPath(m_tree.pathTo(m_tree.newestLeaf(siblingId)));
    return true;
}

int MessageModel::revealMessage(qint64 messageId)
{
    if (!m_tree.contains(messageId))
        return -1;
    if (!m_rows.contains(messageId))
        setPath(m_tree.pathTo(m_tree.newestLeaf(messageId)));
    return rowOf(messageId);
}

bool MessageModel::setActiveChoice(int row, int index)
{
    if (row < 0 || row >= m_path.size())
        return false;
    const qint64 id = m_path.at(row);
    takePending(id);
    Message *m = m_tree.find(id);
    if (index < 0 || index > m->choices.size())
        return false;
    if (effectiveChoice(*m) == index)
        return true;
    m->activeChoice = index;
    bump(id);
    emitRowChanged(id,
        kTextRoles
            + QList<int>{
                ReasoningRole, ToolCallsRole, FinishReasonRole, ActiveChoiceRole, RevisionRole });
    return true;
}

void MessageModel::appendDelta(
    qint64 messageId, int choice, QStringView content, QStringView reasoning)
{
    if (choice < 0 || (content.isEmpty() && reasoning.isEmpty()))
        return;
    // O(delta): one hash lookup, a scan of the (one or n) pending choices, two small appends.
    Pending &pending = m_pending[messageId];
    PendingChoice *target = nullptr;
    for (PendingChoice &c : pending.choices) {
        if (c.choice == choice) {
            target = &c;
            break;
        }
    }
    if (!target) {
        target = &pending.choices.emplaceBack();
        target->choice = choice;
    }
    target->content.append(content);
    target->reasoning.append(reasoning);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool MessageModel::setStreamState(qint64 messageId, Conversation::State state, const QString &error)
{
    takePending(messageId);
    Message *m = m_tree.find(messageId);
    if (!m)
        return false;
    if (m->state == state && m->error == error)
        return true;
    m->state = state;
    m->error = error;
    bump(messageId);
    emitRowChanged(messageId, { StateRole, ErrorRole, RevisionRole });
    return true;
}

void MessageModel::flushDeltas()
{
    m_flushTimer.stop();
    // Taken out first: a dataChanged handler may stream more deltas, which start a new batch.
    QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        applyPending(it.key(), it.value());
}

void MessageModel::setPath(QList<qint64> path)
{
    const qint64 oldLeaf = activeLeafId();
    qsizetype common = 0;
    while (common < m_path.size() && common < path.size() && m_path.at(common) == path.at(common))
        ++common;
    if (common < m_path.size()) {
        beginRemoveRows({}, int(common), int(m_path.size() - 1));
        for (qsizetype row = common; row < m_path.size(); ++row)
            m_rows.remove(m_path.at(row));
        m_path.resize(common);
        endRemoveRows();
    }
    if (common < path.size()) {
        beginInsertRows({}, int(common), int(path.size() - 1));
        m_path = std::move(path);
        reindexFrom(int(common));
        endInsertRows();
    }
    if (activeLeafId() != oldLeaf)
        Q_EMIT activeLeafChanged(activeLeafId());
}

void MessageModel::reindexFrom(int row)
{
    for (qsizetype i = row; i < m_path.size(); ++i)
        m_rows.insert(m_path.at(i), int(i));
}

void MessageModel::applyPending(qint64 messageId, Pending &pending)
{
    Message *m = m_tree.find(messageId);
    if (!m)
        return;
    const int activeBefore = effectiveChoice(*m);
    const qsizetype countBefore = m->choices.size();
    bool text = false;
    bool reasoning = false;
    for (PendingChoice &c : pending.choices) {
        if (c.choice == 0) {
            if (!c.content.isEmpty())
                appendChoiceZeroText(*m, c.content);
            m->reasoning.append(c.reasoning);
        } else {
            if (m->choices.size() < c.choice)
                m->choices.resize(c.choice);
            Conversation::Choice &choice = m->choices[c.choice - 1];
            choice.content.append(c.content);
            choice.reasoning.append(c.reasoning);
        }
        const bool active = c.choice == effectiveChoice(*m);
        text = text || (active && !c.content.isEmpty());
        reasoning = reasoning || (active && !c.reasoning.isEmpty());
    }
    bump(messageId);
    QList<int> roles;
    if (text)
        roles += kTextRoles;
    if (reasoning)
        roles.append(ReasoningRole);
    roles.append(ChoicesRole);
    if (m->choices.size() != countBefore) {
        roles.append(ChoiceCountRole);
        // A stored activeChoice that was out of range may have become valid.
        if (effectiveChoice(*m) != activeBefore) {
            roles += kTextRoles;
            roles += QList<int>{ ReasoningRole, ToolCallsRole, FinishReasonRole, ActiveChoiceRole };
        }
    }
    roles.append(RevisionRole);
    emitRowChanged(messageId, roles);
    Q_EMIT deltasFlushed(messageId);
}

void MessageModel::takePending(qint64 messageId)
{
    auto it = m_pending.find(messageId);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (m_pending.isEmpty())
        m_flushTimer.stop();
    applyPending(messageId, pending);
}

void MessageModel::emitRowChanged(qint64 messageId, const QList<int> &roles)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}
