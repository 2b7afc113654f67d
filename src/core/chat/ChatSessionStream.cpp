// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession's streaming half: starting an answer, deltas, checkpoints and the final record.
#include <QCoreApplication>
#include <QJsonDocument>

#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ChatSession.h"
#include "core/media/Wav.h"
#include "core/models/MessageModel.h"
#include "core/request/ChatRequest.h"
#include "core/storage/ConversationStore.h"

namespace {
QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isPcm16(const QJsonObject &request)
{
    return request.value(QLatin1String("audio")).toObject().value(QLatin1String("format"))
        == QLatin1String("pcm16");
}

//! An image the answer carries (message.images): a data: URL is stored as an attachment, an
//! http(s) URL kept as a link. Anything else is dropped.
std::expected<Conversation::Part, StoreError> answerImage(
    const std::string &url, ConversationStore &store, bool *usable)
{
    Conversation::Part part;
    part.type = Conversation::Part::Type::Image;
    const QString text = QString::fromUtf8(url.data(), qsizetype(url.size()));
    *usable = false;
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))) {
        part.url = text;
        *usable = true;
        return part;
    }
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (!text.startsWith(QLatin1String("data:image/")) || comma < 0
        || !text.left(comma).endsWith(QLatin1String(";base64")))
        return part;
    const auto bytes = QByteArray::fromBase64Encoding(
        text.mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || bytes.decoded.isEmpty())
        return part;
    part.mimeType = text.mid(5, text.indexOf(QLatin1Char(';')) - 5);
    auto hash = store.putAttachment(*bytes, part.mimeType);
    if (!hash)
        return std::unexpected(hash.error());
    part.attachment = *hash;
    *usable = true;
    return part;
}

QString audioMimeType(const QJsonObject &request)
{
    const QString format =
        request.value(QLatin1String("audio")).toObject().value(QLatin1String("format")).toString();
    if (format == QLatin1String("mp3"))
        return QStringLiteral("audio/mpeg");
    return format.isEmpty() ? QStringLiteral("audio/wav") : QStringLiteral("audio/") + format;
}

QList<Conversation::ToolCall> toolCalls(const ChoiceState &choice)
{
    QList<Conversation::ToolCall> calls;
    for (const ToolCallState &call : choice.toolCalls) {
        if (call.present)
            calls.append({ text(call.id),
                call.custom ? QStringLiteral("custom") : QStringLiteral("function"),
                text(call.name), text(call.arguments) });
    }
    return calls;
}
} // namespace

std::expected<void, ApiError> ChatSession::startAnswer(qint64 parentId, qint64 continueId)
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Usage;
        error.message = QCoreApplication::translate(
            "ChatSession", "no provider profile is chosen for this conversation");
        return std::unexpected(error);
    }
    auto request = requestUpTo(continueId ? continueId : parentId);
    if (!request)
        return std::unexpected(request.error());
    request->stream = true;
    m_prefix.clear();
    m_prefixReasoning.clear();
    m_savedBytes = m_savedReasoningBytes = 0;
    if (continueId) {
        m_answer = m_model.message(m_model.rowOf(continueId));
        m_prefix = m_answer.text();
        m_prefixReasoning = m_answer.reasoning;
        m_answer.state = Conversation::State::Streaming;
        m_answer.error.clear();
        m_model.updateMessage(m_answer);
    } else {
        m_answer = Conversation::Message();
        m_answer.conversationId = m_info.id;
        m_answer.parentId = parentId;
        m_answer.role = Conversation::Role::Assistant;
        m_answer.state = Conversation::State::Pending;
        m_answer.created = QDateTime::currentDateTimeUtc();
        m_answer.model = request->model.value_or(m_client->profile().defaultModel);
        QJsonObject used = toJson(*request, m_client->profile());
        used.remove(QLatin1String("messages"));
        m_answer.request = used;
        storeMessage(m_answer);
        m_model.appendMessage(m_answer);
    }
    auto stream = m_client->chat(*request);
    if (!stream) {
        m_answer.state = Conversation::State::Failed;
        m_answer.error = stream.error().describe();
        if (auto updated = m_store.updateMessage(m_answer); !updated && m_answer.id > 0)
            reportStore(updated.error());
        m_model.updateMessage(m_answer);
        return std::unexpected(stream.error());
    }
    m_stream = *stream;
    m_stream->setListener(this);
    connect(m_stream, &ApiReply::finished, this, &ChatSession::finishAnswer);
    connect(m_stream, &ApiReply::failed, this, &ChatSession::finishAnswer);
    m_checkpoint.start();
    Q_EMIT streamStarted(m_stream);
    Q_EMIT streamingChanged(true);
    m_stream->start();
    return {};
}

void ChatSession::contentDelta(int choice, std::string_view delta)
{
    if (m_answer.state == Conversation::State::Pending) {
        m_answer.state = Conversation::State::Streaming;
        m_model.setStreamState(m_answer.id, m_answer.state);
    }
    m_model.appendDelta(
        m_answer.id, choice, QString::fromUtf8(delta.data(), qsizetype(delta.size())), {});
    if (m_forward)
        m_forward->contentDelta(choice, delta);
}

void ChatSession::reasoningDelta(int choice, std::string_view delta)
{
    m_model.appendDelta(
        m_answer.id, choice, {}, QString::fromUtf8(delta.data(), qsizetype(delta.size())));
    if (m_forward)
        m_forward->reasoningDelta(choice, delta);
}

void ChatSession::refusalDelta(int choice, std::string_view delta)
{
    if (m_forward)
        m_forward->refusalDelta(choice, delta);
}

void ChatSession::saveCheckpoint()
{
    if (!m_stream || m_answer.id <= 0)
        return;
    const auto &choices = m_stream->accumulator().choices();
    if (choices.empty())
        return;
    // Only what arrived since the last checkpoint: the cost of a checkpoint must not grow with
    // the answer. The byte offsets always fall between UTF-8 sequences: the accumulator appends
    // whole JSON strings.
    const ChoiceState &first = choices.front();
    const std::string_view content = std::string_view(first.content).substr(m_savedBytes);
    const std::string_view reasoning =
        std::string_view(first.reasoning).substr(m_savedReasoningBytes);
    if (content.empty() && reasoning.empty())
        return;
    if (auto saved = m_store.appendCheckpoint(m_answer.id,
            QString::fromUtf8(content.data(), qsizetype(content.size())),
            QString::fromUtf8(reasoning.data(), qsizetype(reasoning.size())),
            Conversation::State::Streaming);
        !saved) {
        reportStore(saved.error());
        return;
    }
    m_savedBytes = first.content.size();
    m_savedReasoningBytes = first.reasoning.size();
}

void ChatSession::finishAnswer()
{
    ChatStream *stream = m_stream;
    if (!stream)
        return;
    m_checkpoint.stop();
    m_model.flushDeltas();
    const ChatAccumulator &acc = stream->accumulator();
    const ApiError error = stream->error();
    Conversation::Message &answer = m_answer;
    const auto &choices = acc.choices();
    if (!choices.empty() && choices.front().seen) {
        const ChoiceState &first = choices.front();
        QString content = m_prefix + text(first.content);
        answer.parts = { Conversation::Part{
            Conversation::Part::Type::Text, content, {}, {}, {}, {}, {} } };
        if (first.hasRefusal)
            answer.parts.append(
                { Conversation::Part::Type::Refusal, text(first.refusal), {}, {}, {}, {}, {} });
        answer.reasoning = m_prefixReasoning + text(first.reasoning);
        answer.toolCalls = toolCalls(first);
        answer.finishReason = text(first.finishReason);
        // A continued answer (m_answer was loaded from the model) keeps the tokens it had and
        // the new ones follow; if its first part had none, the tokens wouldn't spell the text.
        if (m_prefix.isEmpty() || !answer.logprobs.isEmpty()) {
            for (const QJsonValue &token : first.logprobsContent)
                answer.logprobs.append(token);
        }
        if (first.hasAudio) {
            answer.audio.id = text(first.audioId);
            answer.audio.transcript = text(first.audioTranscript);
            answer.audio.expiresAt = first.audioExpiresAt;
            answer.audio.mimeType = audioMimeType(answer.request);
            QByteArray bytes = QByteArray::fromBase64(
                QByteArray(first.audioData.data(), qsizetype(first.audioData.size())));
            if (isPcm16(answer.request)) {
                // Raw samples can't be played or saved as they are: keep them as a WAV file.
                bytes = Wav::fromPcm(bytes);
                answer.audio.mimeType = QStringLiteral("audio/wav");
            }
            if (auto hash = m_store.putAttachment(bytes, answer.audio.mimeType))
                answer.audio.attachment = *hash;
            else
                reportStore(hash.error());
        }
        for (const std::string &url : first.images) {
            bool usable = false;
            if (auto part = answerImage(url, m_store, &usable); !part)
                reportStore(part.error());
            else if (usable)
                answer.parts.append(*part);
        }
        answer.choices.clear();
        for (std::size_t i = 1; i < choices.size(); ++i) {
            const ChoiceState &c = choices[i];
            answer.choices.append({ text(c.content), text(c.reasoning), text(c.refusal),
                toolCalls(c), text(c.finishReason), c.logprobsContent });
        }
    }
    if (!acc.model().empty())
        answer.model = text(acc.model());
    answer.usage = acc.usage();
    const bool said =
        !answer.text().isEmpty() || !answer.toolCalls.isEmpty() || answer.parts.size() > 1;
    // Interrupted: partial, so the user can continue or regenerate; Failed: nothing was said.
    if (!error.isError())
        answer.state = Conversation::State::Complete;
    else if (said || error.kind == ApiError::Kind::Cancelled)
        answer.state = Conversation::State::Interrupted;
    else
        answer.state = Conversation::State::Failed;
    answer.error = error.isError() ? error.describe() : QString();
    if (answer.id > 0) {
        if (auto updated = m_store.updateMessage(answer); !updated) {
            reportStore(updated.error());
            saveLater(answer.id);
        }
    }
    m_model.updateMessage(answer);
    if (answer.id > 0) // an id below 0 is a message the store refused: it lives in memory only
        m_info.activeLeafId = answer.id;
    m_info.updated = QDateTime::currentDateTimeUtc();
    m_stream = nullptr;
    storeInfo();
    stream->disconnect(this);
    stream->deleteLater();
    Q_EMIT answerFinished(answer.id);
    Q_EMIT streamingChanged(false);
    if (error.isError())
        Q_EMIT requestFailed(error);
}
