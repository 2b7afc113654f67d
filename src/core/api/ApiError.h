// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include "core/net/TlsCertificate.h"

//! One typed error for everything that can go wrong with an API request. It carries data; the UI
//! turns it into words (describe() gives a one-liner in the UI language for the GUI and the CLI;
//! logText() an English one for logs).
struct ApiError
{
    enum class Kind {
        None, //!< no error
        Network, //!< connection refused/reset, DNS failure
        Tls, //!< TLS handshake or certificate failure
        Timeout, //!< connect or idle-stream timeout
        Http, //!< non-2xx status before the stream started
        Api, //!< an error object inside a 200 stream (error key, event: error, vLLM object: error)
        Truncated, //!< the stream ended before every choice finished
        Parse, //!< malformed JSON or SSE framing
        Limit, //!< a line, event or tool-call count exceeded Kaiwa's cap
        Keychain, //!< the OS keychain failed or is missing
        Cancelled, //!< the user cancelled
        Usage, //!< invalid input from the user (bad option, bad file)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; //!< 0 if no response arrived
    QString code; //!< "invalid_api_key", "rate_limit_exceeded", "429" (OpenRouter numbers as text)
    QString type; //!< "invalid_request_error", …
    QString param; //!< the request field the server complained about
    QString message; //!< the server's message, untranslated; or Kaiwa's own text, translated
    QByteArray requestId; //!< x-request-id (or apim-request-id / x-ms-request-id on Azure)
    QByteArray
        body; //!< first bytes of the error body, for the inspector (never logged above debug)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    //! Kind::Tls for a refused certificate: the certificate and why (ProfileNetwork::annotate).
    std::optional<TlsFailure> tls;

    bool isError() const { return kind != Kind::None; }

    //! "HTTP 401: Incorrect API key provided (invalid_api_key) [request req_123]", translated
    //! (the server's own message stays as it came).
    QString describe() const;
    //! English, for logs only: kind, status, code and request id, never the message.
    QString logText() const;
    static QString kindName(Kind kind); //!< English id for logs and machine output
    static QString kindText(Kind kind); //!< translated, for users
};

Q_DECLARE_METATYPE(ApiError)

namespace ApiErrors {
//! Maps an error body of any known shape (OpenAI, Azure OpenAI, Azure.Core, OpenRouter numeric
//! codes, vLLM top-level {"object":"error"}, plain text or an HTML page from a proxy).
ApiError fromHttpBody(int status, const QByteArray &body, const QByteArray &contentType);
//! Maps the JSON of an error event inside a 200 stream; `payload` is the whole event data.
ApiError fromStreamPayload(const QByteArray &payload);
//! Maps a QNetworkReply transport error (no HTTP status) to Network, Tls, Timeout or Cancelled.
ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);
//! The secret values a request carries: the key of its Authorization (Bearer or Basic), api-key
//! and Proxy-Authorization headers.
QList<QByteArray> secretsOf(const QNetworkRequest &request);
//! Replaces each secret wherever the server may have echoed it (message, code, type, param,
//! body) with "[API key]", so that no error text, log line or saved message shows a key.
void redact(ApiError &error, const QList<QByteArray> &secrets);
} // namespace ApiErrors
