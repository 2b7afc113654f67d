// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <unordered_map>

#include <QObject>

#include "core/api/ApiError.h"
#include "core/conversation/Conversation.h"
#include "core/storage/StoreError.h"

class ChatSession;
class ClientPool;
class ConversationListModel;
class ConversationStore;
class MessageModel;

//! The conversations that are open, shared by every window: one MessageModel and ChatSession per
//! conversation, kept while a window shows it or while it streams, so an answer goes on arriving
//! (and being saved) when the user switches to another conversation or closes the window.
//! Keeps the ConversationListModel in step: titles, order, pins, the streaming and unread flags.
class SessionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRegistry)

public:
    using Action = std::function<std::expected<void, ApiError>(ChatSession &session)>;

    SessionRegistry(ConversationStore &store, ConversationListModel &list, ClientPool &clients,
        QObject *parent = nullptr);
    ~SessionRegistry() override;

    //! Fills the list model from the store.
    std::expected<void, StoreError> loadList();

    //! A new, empty conversation with these settings, acquired once.
    std::expected<ChatSession *, StoreError> create(const Conversation::Settings &settings);
    //! Opens the conversation (or returns the open one) and counts one more viewer.
    std::expected<ChatSession *, StoreError> acquire(qint64 conversationId);
    //! One viewer fewer; an idle conversation nobody shows is closed (streaming ones stay).
    void release(qint64 conversationId);
    ChatSession *session(qint64 conversationId) const;
    MessageModel *model(qint64 conversationId) const;

    //! Gives the conversation's session the client of its profile (reading the key from the
    //! keychain the first time), then runs `action`. Failures are reported by actionFailed().
    void run(qint64 conversationId, Action action);

    void rename(qint64 conversationId, const QString &title);
    void setPinned(qint64 conversationId, bool pinned);
    //! Deletes the conversation from the store (stopping its answer first).
    std::expected<void, StoreError> remove(qint64 conversationId);
    //! The user is looking at this conversation: clears its unread flag.
    void markSeen(qint64 conversationId);

    int openCount() const { return int(m_open.size()); }

Q_SIGNALS:
    void actionFailed(qint64 conversationId, const ApiError &error);
    //! The conversation is about to be deleted: views showing it must let it go.
    void conversationRemoved(qint64 conversationId);
    void storeFailed(const StoreError &error);

private:
    struct Open;

    Open *find(qint64 conversationId) const;
    std::expected<ChatSession *, StoreError> adopt(std::unique_ptr<Open> open, qint64 id);
    void closeIfIdle(qint64 conversationId);

    ConversationStore &m_store;
    ConversationListModel &m_list;
    ClientPool &m_clients;
    std::unordered_map<qint64, std::unique_ptr<Open>> m_open;
};
