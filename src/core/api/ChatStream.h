// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiReply.h"
#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"

//! One chat (or legacy text) completion in flight: an SSE stream decoded by SseParser into a
//! ChatAccumulator, or, for a server that answers with one JSON object (stream off, or ignored),
//! that object. What arrived is kept whatever happens; read it with accumulator().
class ChatStream final : public ApiReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)
public:
    enum class Kind { Chat, TextCompletion };

    ChatStream(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &body,
        Kind kind, const Options &options, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

    const ChatAccumulator &accumulator() const { return m_accumulator; }

    //! Receives every delta as it is applied (the CLI prints choice 0 this way).
    void setListener(ChatAccumulatorListener *listener) { m_accumulator.setListener(listener); }

    void setExpectedChoices(int n) { m_accumulator.setExpectedChoices(n); }

    bool isStreamed() const { return m_streamed; }

    //! The server's JSON object when it answered without a stream.
    const QByteArray &completeBody() const { return m_jsonBody; }

    //! The result in the shape the SDKs return: chat.completion, or text_completion.
    QJsonObject result() const;

Q_SIGNALS:
    //! New content was applied (once per network read, not per delta).
    void updated();

private:
    void beginBody(const QByteArray &contentType) override;
    ApiError consumeBody(const char *data, qsizetype size) override;
    ApiError finishBody(const ApiError &transportError) override;

    bool hasDeliveredContent() const override { return m_accumulator.hasAnswerBytes(); }

    void resetForRetry() override;

    void bodyProgress() override { Q_EMIT updated(); }

    Kind m_kind;
    ChatAccumulator m_accumulator;
    SseParser m_parser;
    QByteArray m_jsonBody;
    bool m_streamed = true;
};
