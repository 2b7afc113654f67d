// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ChatStream.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype kMaxJsonBody = qsizetype(256) << 20;

ApiError limitError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Limit;
    error.message = message;
    return error;
}
} // namespace

ChatStream::ChatStream(QNetworkAccessManager &nam, const QNetworkRequest &request,
    const QByteArray &body, Kind kind, const Options &options, QObject *parent)
    : ApiReply(nam, request, "POST", body, options, parent)
    , m_kind(kind)
    , m_parser([this](const SseEvent &event) { m_accumulator.addEvent(event); })
{}

void ChatStream::beginBody(const QByteArray &contentType)
{
    // Servers may ignore stream: true and answer with one JSON object (protocol.md §12.4).
    m_streamed = !contentType.toLower().contains("json");
}

ApiError ChatStream::consumeBody(const char *data, qsizetype size)
{
    if (!m_streamed) {
        if (m_jsonBody.size() + size > kMaxJsonBody)
            return limitError(QCoreApplication::translate(
                "ChatStream", "the server's answer is larger than 256 MiB"));
        m_jsonBody.append(data, size);
        return {};
    }
    if (!m_parser.feed(data, std::size_t(size))) {
        return limitError(m_parser.status() == SseParser::Status::LineTooLong
                ? QCoreApplication::translate(
                    "ChatStream", "a line of the stream is longer than %1 MiB")
                      .arg(m_parser.maxLineBytes() >> 20)
                : QCoreApplication::translate(
                    "ChatStream", "an event of the stream is larger than %1 MiB")
                      .arg(m_parser.maxLineBytes() >> 20));
    }
    const ApiError &error = m_accumulator.error();
    if (error.kind == ApiError::Kind::Parse || error.kind == ApiError::Kind::Limit)
        return error; // reading on would only add garbage
    return {};
}

ApiError ChatStream::finishBody(const ApiError &transportError)
{
    if (!m_streamed) {
        if (!transportError.isError())
            m_accumulator.setCompletion(m_jsonBody);
        else
            return transportError;
    } else {
        m_parser.finish();
    }
    m_accumulator.finish();
    ApiError error = m_accumulator.error();
    // A connection that broke after every choice finished lost nothing; otherwise the transport
    // error (reset, timeout) is the cause and the truncation its consequence.
    if (transportError.isError()
        && (error.kind == ApiError::Kind::Truncated || error.kind == ApiError::Kind::Parse))
        return transportError;
    if (transportError.kind == ApiError::Kind::Cancelled)
        return transportError;
    return error;
}

void ChatStream::resetForRetry()
{
    m_parser.reset();
    m_accumulator.clear();
    m_jsonBody.clear();
    m_streamed = true;
}

QJsonObject ChatStream::result() const
{
    return m_kind == Kind::Chat ? m_accumulator.toJson() : m_accumulator.toTextCompletionJson();
}
