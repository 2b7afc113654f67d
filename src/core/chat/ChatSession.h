// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/api/ApiError.h"
#include "core/api/ChatAccumulator.h"
#include "core/chat/ToolCalls.h"
#include "core/conversation/Conversation.h"
#include "core/storage/StoreError.h"

class ChatClient;
class ChatStream;
class ConversationStore;
class MessageModel;
struct ChatRequest;

//! One conversation being talked in: sends the active path to a ChatClient, streams the answer
//! into the MessageModel, and keeps the SQLite store in step so that nothing is lost: the user
//! message is committed before the request leaves, the answer is checkpointed while it arrives
//! (every checkpointInterval(), at most a second) and at the end. A store failure is reported
//! (storeFailed) and never stops the conversation in memory.
class ChatSession final : public QObject, private ChatAccumulatorListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)
public:
    ChatSession(ConversationStore &store, MessageModel &model, QObject *parent = nullptr);
    ~ChatSession() override;

    //! Starts a new conversation with these settings (stored at once).
    std::expected<qint64, StoreError> create(const Conversation::Settings &settings);
    //! Loads a stored conversation into the model.
    std::expected<void, StoreError> open(qint64 conversationId);

    qint64 conversationId() const { return m_info.id; }

    const Conversation::Info &info() const { return m_info; }

    //! Changes the profile, model, prompt and parameters used from the next request on, and
    //! stores them. A store failure keeps them in memory (storeFailed).
    void setSettings(const Conversation::Settings &settings);
    //! The title the user chose (an empty title goes back to the first message's).
    void rename(const QString &title);
    void setPinned(bool pinned);

    //! The client requests go to (not owned; may change between requests).
    void setClient(ChatClient *client) { m_client = client; }

    void setCheckpointInterval(int ms) { m_checkpoint.setInterval(ms); }

    int checkpointInterval() const { return m_checkpoint.interval(); }

    //! Appends a user message to the active path and asks for an answer.
    std::expected<void, ApiError> send(const QList<Conversation::Part> &parts);
    //! A new answer to the same question, as a sibling of `assistantMessageId`.
    std::expected<void, ApiError> regenerate(qint64 assistantMessageId);
    //! A changed question as a sibling of `userMessageId`, then its answer.
    std::expected<void, ApiError> editAndResend(
        qint64 userMessageId, const QList<Conversation::Part> &parts);
    //! Asks the model to go on from an interrupted answer; the text is appended to it.
    std::expected<void, ApiError> continueAnswer(qint64 assistantMessageId);
    //! Answers the tool calls of the assistant message at the end of the active path: one `tool`
    //! message per call, stored in the calls' order whatever the order of `answers`, then asks
    //! for the next answer. Refused (nothing stored) unless every call has exactly one answer.
    std::expected<void, ApiError> answerToolCalls(
        qint64 assistantMessageId, const QList<ToolCalls::Answer> &answers);
    //! Stops the answer in flight; what arrived is kept, marked interrupted.
    void stop();

    bool isStreaming() const { return m_stream; }

    //! The stream in flight.
    ChatStream *stream() const { return m_stream; }

    //! Also receives every delta (kaiwa-cli prints them); not owned.
    void setDeltaListener(ChatAccumulatorListener *listener) { m_forward = listener; }

    //! The request for the active path up to and including message `lastId` (0: all of it).
    std::expected<ChatRequest, ApiError> requestUpTo(qint64 lastId = 0) const;

Q_SIGNALS:
    void streamStarted(ChatStream *stream);
    void streamingChanged(bool streaming);
    //! The answer ended: complete, failed or interrupted (see the message's state).
    void answerFinished(qint64 messageId);
    void requestFailed(const ApiError &error);
    void storeFailed(const StoreError &error);
    //! info() changed: title, settings, pin, active leaf or the time of the last change.
    void infoChanged(const Conversation::Info &info);

private:
    void contentDelta(int choice, std::string_view text) override;
    void reasoningDelta(int choice, std::string_view text) override;
    void refusalDelta(int choice, std::string_view text) override;
    std::expected<void, ApiError> startAnswer(qint64 parentId, qint64 continueId = 0);
    void saveCheckpoint();
    void finishAnswer();
    void storeMessage(Conversation::Message &message);
    void reportStore(const StoreError &error);
    void saveLater(qint64 messageId);
    void retryUnsaved();
    void storeInfo();
    void followActiveLeaf(qint64 leafId);

    ConversationStore &m_store;
    MessageModel &m_model;
    QPointer<ChatClient> m_client;
    QPointer<ChatStream> m_stream;
    Conversation::Info m_info;
    Conversation::Message m_answer; //!< the assistant message being streamed
    QString m_prefix; //!< text of an interrupted answer that is being continued
    QString m_prefixReasoning;
    std::size_t m_savedBytes = 0; //!< bytes of choice 0's text already checkpointed
    std::size_t m_savedReasoningBytes = 0;
    QTimer m_checkpoint;
    ChatAccumulatorListener *m_forward = nullptr;
    qint64 m_nextLocalId = -1; //!< ids for messages the store could not save (kept in memory)
    QList<qint64> m_unsaved; //!< stored messages whose last change the store refused: saved later
};
