// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include "core/api/ApiError.h"
#include "core/inspect/RateLimits.h"

//! One HTTP exchange as the request inspector shows it. Secrets are already redacted (see
//! Redaction): nothing in a record may reveal the API key.
struct RequestRecord
{
    struct Header
    {
        QByteArray name;
        QByteArray value; //!< redacted when secret
        bool secret = false; //!< the value was a secret ("copy as curl" puts a variable there)
    };

    struct Frame
    {
        qint64 ms = 0; //!< since the request was sent
        QByteArray event; //!< the SSE `event:` field ("message" when absent)
        QByteArray data; //!< base64 elided
    };

    static constexpr int kMaxFrames = 5000;

    quint64 id = 0;
    int attempt = 1;
    QDateTime started;
    QByteArray method;
    QUrl url; //!< redacted
    QList<Header> requestHeaders;
    QByteArray body; //!< redacted, base64 elided
    qint64 bodyBytes = 0; //!< size of the body as sent
    QByteArray curlBody; //!< redacted; complete unless curlBodyComplete is false (then elided)
    bool curlBodyComplete = true;

    int status = 0; //!< 0 until the response head arrived
    QList<Header> responseHeaders;
    QByteArray requestId;
    RateLimits rateLimits;
    QByteArray responseBody; //!< a non-stream body (capped, elided)
    bool streamed = false;
    QList<Frame> frames;
    int framesDropped = 0; //!< frames past kMaxFrames, counted but not kept

    qint64 ttftMs = -1; //!< first content delta, since sending; -1 if none
    qint64 lastTokenMs = -1;
    qint64 durationMs = -1; //!< -1 while under way
    int contentDeltas = 0; //!< chunks that carried content (a stand-in for tokens without usage)
    QJsonObject usage;
    ApiError error;
    bool willRetry = false;

    bool isFinished() const { return durationMs >= 0; }

    //! usage.completion_tokens when the server sent it, else the counted content deltas, per
    //! second between the first and the last token (whole request when not streamed); -1: unknown.
    double tokensPerSecond() const;
    //! Whether tokensPerSecond() came from usage (true) or counted deltas (false).
    bool tokensFromUsage() const;

    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;

    //! Everything in the record, for "Save…" (already redacted).
    QJsonObject toJson() const;
};
