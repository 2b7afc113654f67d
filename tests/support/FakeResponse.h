// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

using FakeHeaders = QList<std::pair<QByteArray, QByteArray>>;

//! One scripted answer of FakeOpenAiServer: status, headers, body pieces, framing and misbehaviour.
//! A plain aggregate: fill fields directly or start from a builder and chain the with…() setters.
struct FakeResponse
{
    enum class Framing {
        ContentLength, //!< "Content-Length: N"; pieces still written in separate event-loop turns
        Chunked, //!< "Transfer-Encoding: chunked", one chunk per piece
        CloseDelimited, //!< no length; the server closes the connection after the body
    };

    int status = 200;
    QByteArray reason; //!< empty: the standard phrase for status
    FakeHeaders headers; //!< sent as given; framing headers are added unless already present
    QList<QByteArray> pieces; //!< body, written piece by piece (one chunk each when Chunked)
    QString bodyFile; //!< if set, the body is this file, read incrementally (pieces are ignored)
    Framing framing = Framing::ContentLength;
    qsizetype fragmentSize = 0; //!< > 0: re-split the body into pieces of this many bytes
    int delayMs = 0; //!< wait before the status line and between pieces
    qint64 stallAfterBytes = -1; //!< >= 0: stop after this many body bytes, keep the socket open
    qint64 disconnectAfterBytes = -1; //!< >= 0: abort the socket after this many body bytes
    bool closeWithoutResponse = false; //!< close the connection gracefully without a byte
    bool dropConnectionImmediately = false; //!< abort the socket as soon as the request arrived
    bool closeConnection = false; //!< send "Connection: close" and close after the response

    //! Whole body (concatenated pieces; empty for bodyFile).
    QByteArray body() const;
    //! Total body size in bytes (file size for bodyFile).
    qint64 bodySize() const;
    //! First value of a header (case-insensitive name), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withFraming(Framing f);
    FakeResponse &withFragmentSize(qsizetype bytes);
    FakeResponse &withDelay(int ms);
    FakeResponse &stallingAfter(qint64 bodyBytes);
    FakeResponse &disconnectingAfter(qint64 bodyBytes);
    FakeResponse &closingConnection();

    //! application/json with the given body, Content-Length framing.
    static FakeResponse json(int status, const QJsonObject &body, const FakeHeaders &extra = {});
    static FakeResponse json(int status, const QByteArray &body, const FakeHeaders &extra = {});
    //! OpenAI error object: {"error":{"message","type","param","code"}}; empty code/param → null.
    static FakeResponse error(int status, const QString &message, const QString &code = {},
        const QString &type = QStringLiteral("invalid_request_error"), const QString &param = {});
    //! text/event-stream, chunked, one piece per event: "data: <payload>\n\n" for each payload,
    //! 2 ms apart (delayMs) so the client really sees separate reads.
    //! Payloads are sent verbatim (pass "[DONE]" yourself to end the stream).
    static FakeResponse sse(const QList<QByteArray> &dataPayloads);
    //! text/event-stream, chunked, 2 ms apart, with these raw bytes as the pieces (your own
    //! framing).
    static FakeResponse sseRaw(const QList<QByteArray> &pieces);
    static FakeResponse sseRaw(const QByteArray &raw);
    //! text/event-stream whose body is read incrementally from a file (e.g. a big benchmark
    //! stream).
    static FakeResponse sseFile(const QString &path, Framing framing = Framing::ContentLength);
    //! A proxy-style text/html error page (e.g. 502 from nginx).
    static FakeResponse html(int status, const QByteArray &page);
    //! GET /models answer listing these ids.
    static FakeResponse models(const QStringList &ids);
    //! A complete non-streaming chat.completion with one assistant message.
    static FakeResponse chatCompletion(const QString &content,
        const QString &model = QStringLiteral("gpt-4o-mini"),
        const QString &finishReason = QStringLiteral("stop"));
    //! A streamed chat completion: one chunk per delta, a finish chunk, then [DONE].
    static FakeResponse chatStream(const QStringList &deltas,
        const QString &model = QStringLiteral("gpt-4o-mini"),
        const QString &finishReason = QStringLiteral("stop"));
    static FakeResponse closeWithoutAnswer();
    static FakeResponse dropConnection();

    //! Standard reason phrase for a status code ("Status" for unknown codes).
    static QByteArray reasonPhrase(int status);
};
