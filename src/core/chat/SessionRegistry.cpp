// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/SessionRegistry.h"

#include <QCoreApplication>
#include <QTimer>

#include "core/api/ChatClient.h"
#include "core/chat/ChatSession.h"
#include "core/chat/ClientPool.h"
#include "core/models/ConversationListModel.h"
#include "core/models/MessageModel.h"
#include "core/storage/ConversationStore.h"

struct SessionRegistry::Open
{
    explicit Open(ConversationStore &store)
        : session(store, model)
    {}

    MessageModel model; // before the session, which refers to it
    ChatSession session;
    int viewers = 0;
};

SessionRegistry::SessionRegistry(
    ConversationStore &store, ConversationListModel &list, ClientPool &clients, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_list(list)
    , m_clients(clients)
{}

SessionRegistry::~SessionRegistry()
{
    for (auto &[id, open] : m_open)
        open->session.disconnect(this);
}

std::expected<void, StoreError> SessionRegistry::loadList()
{
    auto all = m_store.conversations();
    if (!all)
        return std::unexpected(all.error());
    m_list.setConversations(*all);
    for (auto &[id, open] : m_open) {
        m_list.upsert(open->session.info());
        m_list.setStreaming(id, open->session.isStreaming());
    }
    return {};
}

SessionRegistry::Open *SessionRegistry::find(qint64 conversationId) const
{
    const auto it = m_open.find(conversationId);
    return it == m_open.end() ? nullptr : it->second.get();
}

ChatSession *SessionRegistry::session(qint64 conversationId) const
{
    Open *open = find(conversationId);
    return open ? &open->session : nullptr;
}

MessageModel *SessionRegistry::model(qint64 conversationId) const
{
    Open *open = find(conversationId);
    return open ? &open->model : nullptr;
}

std::expected<ChatSession *, StoreError> SessionRegistry::adopt(
    std::unique_ptr<Open> open, qint64 id)
{
    ChatSession *session = &open->session;
    open->viewers = 1;
    connect(session, &ChatSession::infoChanged, this,
        [this](const Conversation::Info &info) { m_list.upsert(info); });
    connect(session, &ChatSession::streamingChanged, this, [this, id](bool streaming) {
        m_list.setStreaming(id, streaming);
        if (!streaming) // not from inside the session's own signal
            QTimer::singleShot(0, this, [this, id] { closeIfIdle(id); });
    });
    connect(session, &ChatSession::answerFinished, this, [this, id] {
        if (Open *o = find(id); o && o->viewers == 0)
            m_list.setUnread(id, true);
    });
    connect(session, &ChatSession::storeFailed, this, &SessionRegistry::storeFailed);
    m_open.emplace(id, std::move(open));
    m_list.upsert(session->info());
    return session;
}

std::expected<ChatSession *, StoreError> SessionRegistry::create(
    const Conversation::Settings &settings)
{
    auto open = std::make_unique<Open>(m_store);
    auto id = open->session.create(settings);
    if (!id)
        return std::unexpected(id.error());
    return adopt(std::move(open), *id);
}

std::expected<ChatSession *, StoreError> SessionRegistry::acquire(qint64 conversationId)
{
    if (Open *open = find(conversationId)) {
        ++open->viewers;
        return &open->session;
    }
    auto open = std::make_unique<Open>(m_store);
    if (auto opened = open->session.open(conversationId); !opened)
        return std::unexpected(opened.error());
    return adopt(std::move(open), conversationId);
}

void SessionRegistry::release(qint64 conversationId)
{
    Open *open = find(conversationId);
    if (!open)
        return;
    open->viewers = qMax(0, open->viewers - 1);
    closeIfIdle(conversationId);
}

void SessionRegistry::closeIfIdle(qint64 conversationId)
{
    Open *open = find(conversationId);
    if (!open || open->viewers > 0 || open->session.isStreaming())
        return;
    open->session.disconnect(this);
    m_open.erase(conversationId);
}

void SessionRegistry::run(qint64 conversationId, Action action)
{
    Open *open = find(conversationId);
    if (!open) {
        ApiError error;
        error.kind = ApiError::Kind::Usage;
        error.message =
            QCoreApplication::translate("SessionRegistry", "The conversation is not open.");
        Q_EMIT actionFailed(conversationId, error);
        return;
    }
    const QString profile = open->session.info().settings.profile;
    m_clients.client(
        profile, this, [this, conversationId, action](const ClientPool::Result &client) {
            Open *open = find(conversationId);
            if (!open)
                return; // closed while the keychain answered
            if (!client) {
                Q_EMIT actionFailed(conversationId, client.error());
                return;
            }
            open->session.setClient(*client);
            if (auto done = action(open->session); !done)
                Q_EMIT actionFailed(conversationId, done.error());
        });
}

void SessionRegistry::rename(qint64 conversationId, const QString &title)
{
    // Through the session, so an open conversation never writes back its old title.
    auto session = acquire(conversationId);
    if (!session) {
        Q_EMIT storeFailed(session.error());
        return;
    }
    (*session)->rename(title);
    release(conversationId);
}

void SessionRegistry::setPinned(qint64 conversationId, bool pinned)
{
    auto session = acquire(conversationId);
    if (!session) {
        Q_EMIT storeFailed(session.error());
        return;
    }
    (*session)->setPinned(pinned);
    release(conversationId);
}

std::expected<void, StoreError> SessionRegistry::remove(qint64 conversationId)
{
    Q_EMIT conversationRemoved(conversationId);
    if (Open *open = find(conversationId)) {
        open->session.disconnect(this);
        open->session.stop();
        m_open.erase(conversationId);
    }
    if (auto removed = m_store.deleteConversation(conversationId); !removed)
        return std::unexpected(removed.error());
    m_list.remove(conversationId);
    return {};
}

void SessionRegistry::markSeen(qint64 conversationId)
{
    m_list.setUnread(conversationId, false);
}
