// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

//! The value types of a conversation, shared by the models, the SQLite store and export/import.
//! A conversation is a tree of messages: every message has a parent (0 for the first one), and
//! siblings are alternatives (an edited question, a regenerated answer). The active path is the
//! chain from the root to the conversation's active leaf.
namespace Conversation {
Q_NAMESPACE

enum class Role { System, Developer, User, Assistant, Tool };
Q_ENUM_NS(Role)

enum class State {
    Pending, //!< saved, request not answered yet
    Streaming, //!< the answer is arriving
    Complete,
    Interrupted, //!< the stream stopped (process died, connection cut, user stopped): partial
    Failed, //!< the request failed; `error` says why
};
Q_ENUM_NS(State)

//! One part of a message's content. Binary data (images, audio, files) lives once in the
//! attachment store, named by the SHA-256 of its bytes; parts only refer to it.
struct Part
{
    enum class Type { Text, Image, Audio, File, Refusal };
    Type type = Type::Text;
    QString text; //!< Text, Refusal
    QByteArray attachment; //!< hex SHA-256 of the stored bytes (Image, Audio, File)
    QString mimeType; //!< "image/png", "audio/wav", "application/pdf"
    QString url; //!< a remote image URL (instead of an attachment)
    QString detail; //!< image detail: auto, low, high
    QString fileName; //!< File: the name shown and sent
    friend bool operator==(const Part &, const Part &) = default;
};

struct ToolCall
{
    QString id;
    QString type; //!< "function" or "custom"
    QString name;
    QString arguments; //!< JSON text as the model wrote it (may be invalid)
    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

//! An assistant's spoken answer: the audio bytes are an attachment.
struct Audio
{
    QString id; //!< the server's audio id, reusable in later turns until expiresAt
    QByteArray attachment;
    QString mimeType;
    QString transcript;
    qint64 expiresAt = 0;
    friend bool operator==(const Audio &, const Audio &) = default;
};

//! One of the `n` choices of an answer (choice 0 is the message's own content).
struct Choice
{
    QString content;
    QString reasoning;
    QString refusal;
    QList<ToolCall> toolCalls;
    QString finishReason;
    QJsonArray logprobs; //!< the choice's `logprobs.content`, as the server sent it
    friend bool operator==(const Choice &, const Choice &) = default;
};

struct Message
{
    qint64 id = 0; //!< database id; 0 until stored
    qint64 conversationId = 0;
    qint64 parentId = 0; //!< 0: first message of the conversation
    Role role = Role::User;
    QList<Part> parts; //!< the content (assistant text is one Text part)
    QString reasoning; //!< reasoning_content / reasoning text
    QList<ToolCall> toolCalls; //!< assistant
    QString toolCallId; //!< tool result: the call it answers
    Audio audio; //!< assistant audio (empty id and attachment: none)
    QList<Choice> choices; //!< extra choices 1…n-1 when n > 1
    int activeChoice = 0;
    QJsonObject usage; //!< as the server sent it
    QString finishReason;
    State state = State::Complete;
    QString error; //!< a one-line description when Failed or Interrupted
    QDateTime created; //!< UTC
    QString model; //!< the model that answered (assistant)
    QJsonObject request; //!< the request parameters used (assistant; no messages, no key)
    //! Choice 0's `logprobs.content` as the server sent it: one object per token (token,
    //! logprob, bytes, top_logprobs). Empty unless the request asked for logprobs.
    QJsonArray logprobs;

    //! The concatenated text parts (what is shown and searched).
    QString text() const;
    friend bool operator==(const Message &, const Message &) = default;
};

//! Per-conversation settings: defaults for the next request.
struct Settings
{
    QString profile; //!< provider profile name
    QString model;
    QString systemPrompt;
    bool developerRole = false; //!< send the prompt as a developer message (o-series)
    QJsonObject parameters; //!< request parameters as JSON (temperature, top_p, …); unset = absent
    bool store = false;
    QJsonObject metadata;
    friend bool operator==(const Settings &, const Settings &) = default;
};

struct Info
{
    qint64 id = 0;
    QString title;
    bool titleSetByUser = false; //!< otherwise the title follows the first user message
    QDateTime created; //!< UTC
    QDateTime updated; //!< UTC: the last message or change
    bool pinned = false;
    qint64 activeLeafId = 0; //!< the last message of the active path
    Settings settings;
    friend bool operator==(const Info &, const Info &) = default;
};

//! The title a conversation gets from its first user message: one line, at most `max` characters.
QString titleFromText(const QString &text, int max = 60);
QString roleName(Role role); //!< "user", "assistant", … (the API's names)
bool roleFromName(const QString &name, Role *role);
QString stateName(State state); //!< "pending", "streaming", "complete", "interrupted", "failed"
bool stateFromName(const QString &name, State *state);
} // namespace Conversation

Q_DECLARE_METATYPE(Conversation::Message)
Q_DECLARE_METATYPE(Conversation::Part)
