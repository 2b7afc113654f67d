// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

//! One HTTP request as FakeOpenAiServer received it, kept for assertions.
struct RecordedRequest
{
    QByteArray method; //!< "GET", "POST", …
    QByteArray path; //!< request target as sent, query included: "/v1/chat/completions?x=1"
    QByteArray version; //!< "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; //!< names lower-cased, in arrival order
    QByteArray body; //!< decoded body (Content-Length or chunked)
    int connectionId = -1; //!< 1-based number of the TCP connection that carried it
    int sequence = -1; //!< 0-based index in FakeOpenAiServer::requests()

    //! The path without the query: "/v1/chat/completions".
    QByteArray pathOnly() const;
    //! The decoded query of path.
    QUrlQuery query() const;
    //! First value of a header (name matched case-insensitively), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    //! The body parsed as a JSON object (empty object if it is not one).
    QJsonObject json() const;
};
