// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

struct ApiError;
class QNetworkAccessManager;

//! Sees the HTTP exchanges of every ApiReply sent through one QNetworkAccessManager: the request
//! inspector's hook. None is attached by default, and then an ApiReply pays one empty-list check
//! per event. Every attempt of a retried request is its own exchange (its own id). Main thread
//! only. The observer receives secrets as they are sent (Authorization, api-key): it must redact
//! them itself (see core/inspect/Redaction.h).
class RequestObserver
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    RequestObserver() = default;
    //! Detaches from every manager.
    virtual ~RequestObserver();
    RequestObserver(const RequestObserver &) = delete;
    RequestObserver &operator=(const RequestObserver &) = delete;

    //! Starts observing requests sent through `nam` from now on.
    void attach(QNetworkAccessManager &nam);
    //! Stops observing `nam` (exchanges under way are no longer reported).
    void detach(QNetworkAccessManager &nam);
    void detachAll();
    bool isAttached() const;

    //! Whether any observer is attached anywhere (the replies' cheap check).
    static bool anyAttached();
    //! The observers of `nam` (usually none).
    static QList<RequestObserver *> observersOf(const QNetworkAccessManager *nam);

    //! Exchange `id` was sent (attempt counts from 1).
    virtual void requestSent(quint64 id, const QByteArray &verb, const QNetworkRequest &request,
        const QByteArray &body, int attempt) = 0;
    //! The status line and headers arrived.
    virtual void responseStarted(quint64 id, int status, const Headers &headers) = 0;
    //! Bytes of the response body, as read (2xx or error body alike).
    virtual void responseBytes(quint64 id, const char *data, qsizetype size) = 0;
    //! The exchange ended with `outcome` (kind None: success); `willRetry`: another attempt
    //! follows.
    virtual void requestEnded(quint64 id, const ApiError &outcome, bool willRetry) = 0;
};
