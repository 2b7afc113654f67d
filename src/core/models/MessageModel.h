// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTimer>

#include "core/conversation/Conversation.h"
#include "core/models/MessageTree.h"

//! The messages of one conversation: holds the whole tree, shows the active path (first message →
//! active leaf) as rows. Appending a message whose parent is not the active leaf (an edited
//! question, a regenerated answer) creates a branch and switches the path to it; the view offers
//! the siblings ("2/3") through SiblingCountRole/SiblingIndexRole and switchToSibling().
//!
//! Messages need their database id (non-zero) before they enter the model: the session stores a
//! message first, then appends it.
//!
//! Choices (n > 1): TextRole, ReasoningRole, ToolCallsRole and FinishReasonRole show the ACTIVE
//! choice; ChoicesRole lists all n (choice 0 built from the message itself). The stored message
//! keeps choice 0 in `parts` and its `activeChoice` index (see MessageTree / resolvedChoice()).
//!
//! Streaming: appendDelta() buffers; the buffer is applied at most every FlushIntervalMs by a
//! single-shot timer (or by flushDeltas()), appending in place into the stored strings, and emits
//! one dataChanged per changed row with only the roles that changed. Cost per delta is O(delta).
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    using Message = Conversation::Message;

    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64
        RoleRole, //!< Conversation::Role
        TextRole, //!< QString: the active choice's text (also Qt::DisplayRole)
        PartsRole, //!< QList<Conversation::Part>
        ReasoningRole, //!< QString (active choice)
        ToolCallsRole, //!< QList<Conversation::ToolCall> (active choice)
        ToolCallIdRole, //!< QString: the call a tool result answers
        AudioRole, //!< Conversation::Audio
        ChoicesRole, //!< QList<Conversation::Choice>: all n, choice 0 first
        ActiveChoiceRole, //!< int
        ChoiceCountRole, //!< int (1 without extra choices)
        UsageRole, //!< QJsonObject
        FinishReasonRole, //!< QString (active choice)
        ErrorRole, //!< QString
        StateRole, //!< Conversation::State
        CreatedRole, //!< QDateTime (UTC)
        ModelNameRole, //!< QString: the model that answered
        RequestRole, //!< QJsonObject: the request parameters used
        SiblingCountRole, //!< int: alternatives at this position, this one included
        SiblingIndexRole, //!< int: 0-based position among them (the view shows index + 1)
        ParentIdRole, //!< qint64
        TextLengthRole, //!< int: TextRole's length, for views that only need to know it grew
        RevisionRole, //!< quint64: bumped on every change of the row's message (layout caches)
        //! bool: messages that can't be edited or answered again (a stored completion shown
        //! with the chat view's delegate). A MessageModel's own rows never are.
        ReadOnlyRole,
        //! QJsonArray: the active choice's `logprobs.content` (token, logprob, bytes,
        //! top_logprobs per token); empty when the request didn't ask for logprobs.
        LogprobsRole,
    };
    Q_ENUM(Role)

    static constexpr int FlushIntervalMs = 16;

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Shows a conversation (model reset). An unknown or 0 `activeLeafId` selects the newest leaf;
    //! a message that is not a leaf is extended down to its newest leaf. Pending deltas are
    //! dropped.
    void setConversation(qint64 conversationId, QList<Message> tree, qint64 activeLeafId);
    void clear();

    qint64 conversationId() const { return m_conversationId; }

    qint64 activeLeafId() const { return m_path.isEmpty() ? 0 : m_path.constLast(); }

    //! The messages of the active path, first to last: what is shown and sent (call flushDeltas()
    //! first while streaming).
    QList<Message> activePath() const;

    const MessageTree &tree() const { return m_tree; }

    //! The message at `row` (a default Message if out of range).
    Message message(int row) const;
    //! The row of a message on the active path, or -1. O(1).
    int rowOf(qint64 messageId) const;
    //! What TextRole shows for a choice (0: the message's own), without copying: the view renders
    //! long answers from it. A spoken answer without text gives its transcript. Null if the
    //! message is unknown or its choice-0 text isn't one string (several text parts). Valid until
    //! the model changes.
    QStringView textView(qint64 messageId, int choice = 0) const;

    //! Adds a message. Its parent is the active leaf: it becomes a new row at the end (rows
    //! inserted only). Its parent is elsewhere (0, an earlier row, an off-path message): a new
    //! branch; the rows below the parent are replaced by the new path. False (nothing changes) for
    //! id 0, a known id or an unknown parent.
    bool appendMessage(const Message &message);
    //! Replaces a known message (same parentId) with exactly this state: pending deltas for it
    //! are discarded. dataChanged (all roles) for its row if it is on the active path. While
    //! streaming, prefer changeMessage() or flushDeltas() + message(row) to build the new state.
    bool updateMessage(const Message &message);
    //! Applies pending deltas of the message, then `edit` to the stored message in place (its id
    //! and parentId must stay), then dataChanged with `roles` (empty: all roles).
    bool changeMessage(
        qint64 messageId, const std::function<void(Message &)> &edit, const QList<int> &roles = {});
    //! Removes a message and its descendants. If the active path ran through it, the path moves to
    //! the newest leaf under its parent (another sibling's branch, or the parent itself).
    bool removeMessage(qint64 messageId);

    //! Ids of the row's message and its alternatives, oldest first.
    QList<qint64> siblings(int row) const;
    //! Shows `siblingId` at `row` and below it the path to its newest leaf. Rows above stay;
    //! the rows from `row` down are removed and the new ones inserted.
    bool switchToSibling(int row, qint64 siblingId);
    //! Makes the path run through `messageId` (down to its newest leaf), e.g. to show a search
    //! hit; returns its row, or -1 if unknown.
    int revealMessage(qint64 messageId);
    //! Selects which of the n choices the row shows (and the session sends).
    bool setActiveChoice(int row, int index);

    //! Buffers streamed text for `choice` (0 = the message itself) of a message. The first delta
    //! after a flush starts the flush timer. Deltas for unknown messages are ignored at flush.
    void appendDelta(qint64 messageId, int choice, QStringView content, QStringView reasoning = {});
    //! Applies pending deltas of the message, then sets its state and error.
    bool setStreamState(qint64 messageId, Conversation::State state, const QString &error = {});
    //! Applies all buffered deltas now (tests, the end of a stream) and stops the timer.
    void flushDeltas();

    bool hasPendingDeltas() const { return !m_pending.isEmpty(); }

    //! The message with its active choice's content, reasoning, refusal, tool calls and finish
    //! reason moved into the message's own fields (what a request sends for it).
    static Message resolvedChoice(const Message &message);
    //! Qt::AccessibleTextRole: "You: …", "Assistant: …" plus a failure or interruption, in the
    //! interface language.
    static QString accessibleText(const Message &message, const QString &text);

Q_SIGNALS:
    //! The active path's last message changed (persist it as Info::activeLeafId).
    void activeLeafChanged(qint64 leafId);
    //! Buffered deltas were applied to this message (a checkpoint opportunity for the session).
    void deltasFlushed(qint64 messageId);

private:
    struct PendingChoice
    {
        int choice = 0;
        QString content;
        QString reasoning;
    };

    struct Pending
    {
        QList<PendingChoice> choices; //!< usually one
    };

    void setPath(QList<qint64> path);
    void reindexFrom(int row);
    void applyPending(qint64 messageId, Pending &pending);
    void takePending(qint64 messageId);
    void emitRowChanged(qint64 messageId, const QList<int> &roles = {});

    void bump(qint64 messageId) { ++m_revision[messageId]; }

    qint64 m_conversationId = 0;
    MessageTree m_tree;
    QList<qint64> m_path; //!< the rows: ids from the first message to the active leaf
    QHash<qint64, int> m_rows; //!< id → row, for the ids in m_path
    QHash<qint64, quint64> m_revision;
    QHash<qint64, Pending> m_pending;
    QTimer m_flushTimer;
};
