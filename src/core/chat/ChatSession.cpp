// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/ChatSession.h"

#include <algorithm>

#include "core/Logging.h"
#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ConversationRequest.h"
#include "core/models/MessageModel.h"
#include "core/request/ChatRequest.h"
#include "core/storage/ConversationStore.h"

namespace {
constexpr int kDefaultCheckpointMs = 500; // the issue asks for at least once per second

ApiError usageError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Usage;
    error.message = message;
    return error;
}
} // namespace

ChatSession::ChatSession(ConversationStore &store, MessageModel &model, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
{
    m_checkpoint.setInterval(kDefaultCheckpointMs);
    connect(&m_checkpoint, &QTimer::timeout, this, &ChatSession::saveCheckpoint);
    connect(&m_model, &MessageModel::activeLeafChanged, this, &ChatSession::followActiveLeaf);
}

ChatSession::~ChatSession()
{
    if (m_stream)
        m_stream->disconnect(this);
}

void ChatSession::reportStore(const StoreError &error)
{
    qCWarning(lcApi) << "conversation store:" << error.logText();
    Q_EMIT storeFailed(error);
}

void ChatSession::storeInfo()
{
    if (auto updated = m_store.updateConversation(m_info); !updated)
        reportStore(updated.error());
    Q_EMIT infoChanged(m_info);
}

void ChatSession::followActiveLeaf(qint64 leafId)
{
    // The user switched to another branch or choice: reopening the conversation shows that one.
    // While streaming the answer's own bookkeeping stores the leaf when it ends.
    if (m_stream || leafId <= 0 || leafId == m_info.activeLeafId
        || m_model.conversationId() != m_info.id)
        return;
    m_info.activeLeafId = leafId;
    storeInfo();
}

void ChatSession::setSettings(const Conversation::Settings &settings)
{
    if (settings == m_info.settings)
        return;
    m_info.settings = settings;
    storeInfo();
}

void ChatSession::rename(const QString &title)
{
    const QString trimmed = title.simplified();
    m_info.titleSetByUser = !trimmed.isEmpty();
    if (trimmed.isEmpty()) {
        const QList<Conversation::Message> path = m_model.activePath();
        const auto first = std::find_if(path.cbegin(), path.cend(),
            [](const Conversation::Message &m) { return m.role == Conversation::Role::User; });
        m_info.title =
            first == path.cend() ? QString() : Conversation::titleFromText(first->text());
    } else {
        m_info.title = trimmed;
    }
    storeInfo();
}

void ChatSession::setPinned(bool pinned)
{
    if (pinned == m_info.pinned)
        return;
    m_info.pinned = pinned;
    storeInfo();
}

void ChatSession::storeMessage(Conversation::Message &message)
{
    if (auto id = m_store.addMessage(message); !id) {
        message.id = m_nextLocalId--; // kept in memory; the banner tells the user
        reportStore(id.error());
    }
}

std::expected<qint64, StoreError> ChatSession::create(const Conversation::Settings &settings)
{
    Conversation::Info info;
    info.settings = settings;
    info.created = info.updated = QDateTime::currentDateTimeUtc();
    auto id = m_store.createConversation(info);
    if (!id)
        return std::unexpected(id.error());
    m_info = info;
    m_model.setConversation(info.id, {}, 0);
    return *id;
}

std::expected<void, StoreError> ChatSession::open(qint64 conversationId)
{
    auto info = m_store.conversation(conversationId);
    if (!info)
        return std::unexpected(info.error());
    auto tree = m_store.messages(conversationId);
    if (!tree)
        return std::unexpected(tree.error());
    m_info = *info;
    m_model.setConversation(m_info.id, *tree, m_info.activeLeafId);
    return {};
}

std::expected<ChatRequest, ApiError> ChatSession::requestUpTo(qint64 lastId) const
{
    // With n > 1 the user may have picked another choice: that one is what was said.
    QList<Conversation::Message> path = m_model.activePath();
    for (qsizetype i = 0; i < path.size(); ++i) {
        path[i] = MessageModel::resolvedChoice(path[i]);
        if (lastId && path[i].id == lastId) {
            path.resize(i + 1); // a regenerated answer replaces what came after its question
            break;
        }
    }
    auto request =
        ConversationRequest::build(m_info.settings, path, [this](const QByteArray &hash) {
            auto bytes = m_store.attachment(hash);
            return bytes ? std::expected<QByteArray, QString>(*bytes)
                         : std::unexpected(bytes.error().describe());
        });
    if (!request)
        return std::unexpected(usageError(request.error()));
    return *request;
}

void ChatSession::saveLater(qint64 messageId)
{
    if (messageId > 0 && !m_unsaved.contains(messageId))
        m_unsaved.append(messageId);
}

void ChatSession::retryUnsaved()
{
    // Answers whose final record the store refused (a full disk, say) are written again once it
    // works: the user saw them whole, so they must not come back partial after a restart.
    for (qsizetype i = m_unsaved.size() - 1; i >= 0; --i) {
        const Conversation::Message *message = m_model.tree().find(m_unsaved.at(i));
        if (!message || m_store.updateMessage(*message))
            m_unsaved.removeAt(i);
    }
}

std::expected<void, ApiError> ChatSession::send(const QList<Conversation::Part> &parts)
{
    if (m_stream)
        return std::unexpected(usageError(tr("an answer is still arriving")));
    retryUnsaved();
    Conversation::Message user;
    user.conversationId = m_info.id;
    user.parentId = m_model.activeLeafId();
    user.role = Conversation::Role::User;
    user.parts = parts;
    user.created = QDateTime::currentDateTimeUtc();
    storeMessage(user); // committed before the request leaves
    m_model.appendMessage(user);
    if (!m_info.titleSetByUser && m_info.title.isEmpty())
        m_info.title = Conversation::titleFromText(user.text());
    m_info.updated = user.created;
    storeInfo();
    return startAnswer(user.id);
}

std::expected<void, ApiError> ChatSession::editAndResend(
    qint64 userMessageId, const QList<Conversation::Part> &parts)
{
    const int row = m_model.rowOf(userMessageId);
    if (m_stream || row < 0)
        return std::unexpected(usageError(tr("that message cannot be edited now")));
    Conversation::Message user = m_model.message(row);
    user.id = 0;
    user.parts = parts;
    user.created = QDateTime::currentDateTimeUtc();
    storeMessage(user); // a sibling of the old question: a new branch
    m_model.appendMessage(user);
    return startAnswer(user.id);
}

std::expected<void, ApiError> ChatSession::regenerate(qint64 assistantMessageId)
{
    const int row = m_model.rowOf(assistantMessageId);
    if (m_stream || row < 0)
        return std::unexpected(usageError(tr("that answer cannot be regenerated now")));
    return startAnswer(m_model.message(row).parentId);
}

std::expected<void, ApiError> ChatSession::continueAnswer(qint64 assistantMessageId)
{
    const int row = m_model.rowOf(assistantMessageId);
    if (m_stream || row < 0 || row != m_model.rowCount() - 1)
        return std::unexpected(usageError(tr("only the last answer can be continued")));
    return startAnswer(m_model.message(row).parentId, assistantMessageId);
}

std::expected<void, ApiError> ChatSession::answerToolCalls(
    qint64 assistantMessageId, const QList<ToolCalls::Answer> &answers)
{
    if (m_stream)
        return std::unexpected(usageError(tr("an answer is still arriving")));
    if (m_model.activeLeafId() != assistantMessageId)
        return std::unexpected(usageError(tr("only the last answer's calls can be answered")));
    const auto inOrder = ToolCalls::ordered(ToolCalls::awaiting(m_model.activePath()), answers);
    if (!inOrder)
        return std::unexpected(usageError(inOrder.error()));
    retryUnsaved();
    qint64 parent = assistantMessageId;
    for (const ToolCalls::Answer &answer : *inOrder) {
        Conversation::Message result;
        result.conversationId = m_info.id;
        result.parentId = parent;
        result.role = Conversation::Role::Tool;
        result.toolCallId = answer.callId;
        Conversation::Part text;
        text.text = answer.content;
        result.parts = { text };
        result.created = QDateTime::currentDateTimeUtc();
        storeMessage(result); // committed before the request leaves, like a user message
        m_model.appendMessage(result);
        parent = result.id;
    }
    m_info.updated = QDateTime::currentDateTimeUtc();
    storeInfo();
    return startAnswer(parent);
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->cancel();
}
