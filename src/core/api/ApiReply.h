// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

//! One logical API request: sends it, retries it by RetryPolicy while no answer has arrived,
//! watches for silence (connect and idle timeout, reset by every byte), and ends with exactly one
//! of finished() or failed(), also when cancelled. Subclasses consume the 2xx body.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxRetries = RetryPolicy::kDefaultMaxRetries;
        int timeoutMs = 60'000; //!< no byte for this long (connecting included): Timeout
    };

    ~ApiReply() override;

    //! Sends the request. Connect to the signals first.
    void start();
    //! Ends the request at any moment; failed(Kind::Cancelled) follows (unless already ended).
    void cancel();

    bool isFinished() const { return m_finished; }

    const ApiError &error() const { return m_error; }

    int httpStatus() const { return m_status; }

    QByteArray requestId() const { return m_requestId; }

    const RetryPolicy::Headers &responseHeaders() const { return m_headers; }

    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished();
    void failed(const ApiError &error);
    //! A retry is scheduled after `delayMs` because of `reason`.
    void retrying(int retry, int delayMs, const ApiError &reason);

protected:
    ApiReply(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, const Options &options, QObject *parent);

    //! A 2xx response starts; `contentType` is its Content-Type.
    virtual void beginBody(const QByteArray &contentType) = 0;
    //! Bytes of a 2xx body. Return an error to stop reading (the content so far is kept).
    virtual ApiError consumeBody(const char *data, qsizetype size) = 0;
    //! The 2xx body ended (cleanly or not): the subclass' verdict on what arrived.
    virtual ApiError finishBody(const ApiError &transportError) = 0;
    //! Whether any part of the answer was delivered (then no retry may happen).
    virtual bool hasDeliveredContent() const = 0;
    //! Forget a failed attempt before the next one.
    virtual void resetForRetry() = 0;

    //! Called after each batch of body bytes (for coalesced UI updates).
    virtual void bodyProgress() {}

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    void onIdleTimeout();
    void readResponseHead();
    void conclude(const ApiError &error);
    //! Calls `report` for each RequestObserver of the manager (usually none: one check).
    template <typename Report>
    void notifyObservers(Report report) const;

    QNetworkAccessManager &m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QByteArray m_readBuffer;
    QByteArray m_errorBody;
    QByteArray m_contentType;
    QByteArray m_requestId;
    RetryPolicy::Headers m_headers;
    ApiError m_error;
    int m_status = 0;
    int m_attempt = 0;
    quint64 m_exchangeId = 0; //!< this attempt's id for RequestObserver
    bool m_headSeen = false;
    bool m_success = false; //!< the current attempt's status is 2xx
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_bodyFailed = false;
    bool m_finished = false;
};
