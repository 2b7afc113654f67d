// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiReply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include "core/Logging.h"
#include "core/api/RequestObserver.h"
#include "core/net/ProfileNetwork.h"

namespace {
constexpr qsizetype kReadChunk = 256 * 1024;
constexpr qsizetype kMaxErrorBody = 64 * 1024;

QByteArray findRequestId(const RetryPolicy::Headers &headers)
{
    for (const char *name :
        { "x-request-id", "apim-request-id", "x-ms-request-id", "x-generation-id" }) {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
    }
    return {};
}

quint64 nextExchangeId()
{
    static quint64 id = 0;
    return ++id;
}
} // namespace

template <typename Report>
void ApiReply::notifyObservers(Report report) const
{
    if (!RequestObserver::anyAttached()) [[likely]]
        return;
    for (RequestObserver *observer : RequestObserver::observersOf(&m_nam))
        report(*observer);
}

ApiReply::ApiReply(QNetworkAccessManager &nam, const QNetworkRequest &request,
    const QByteArray &verb, const QByteArray &body, const Options &options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
    , m_options(options)
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ApiReply::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::sendAttempt);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        notifyObservers([this](RequestObserver &o) {
            ApiError gone;
            gone.kind = ApiError::Kind::Cancelled;
            gone.message = QCoreApplication::translate("ApiError", "cancelled");
            o.requestEnded(m_exchangeId, gone, false);
        });
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    if (m_attempt == 0 && !m_finished)
        sendAttempt();
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finished() follows synchronously and concludes as Cancelled
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = QCoreApplication::translate("ApiError", "cancelled");
    conclude(error);
}

void ApiReply::sendAttempt()
{
    ++m_attempt;
    m_headSeen = false;
    m_success = false;
    m_timedOut = false;
    m_bodyFailed = false;
    m_status = 0;
    m_errorBody.clear();
    m_headers.clear();
    m_requestId.clear();
    QNetworkReply *reply =
        m_verb == "GET" ? m_nam.get(m_request) : m_nam.sendCustomRequest(m_request, m_verb, m_body);
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this]() { m_idleTimer.start(); });
    m_idleTimer.start(m_options.timeoutMs);
    m_exchangeId = nextExchangeId();
    notifyObservers([this](RequestObserver &o) {
        o.requestSent(m_exchangeId, m_verb, m_request, m_body, m_attempt);
    });
    qCDebug(lcApi) << m_verb << m_request.url().path() << "attempt" << m_attempt;
}

void ApiReply::readResponseHead()
{
    if (m_headSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headSeen = true;
    m_status = status.toInt();
    m_headers = m_reply->rawHeaderPairs();
    m_requestId = findRequestId(m_headers);
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_success = m_status >= 200 && m_status < 300;
    notifyObservers(
        [this](RequestObserver &o) { o.responseStarted(m_exchangeId, m_status, m_headers); });
    qCInfo(lcApi) << m_verb << m_request.url().path() << "→ HTTP" << m_status << "request id"
                  << m_requestId;
    if (m_success)
        beginBody(m_contentType);
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start();
    readResponseHead();
    if (m_bodyFailed) {
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    if (!m_success) {
        const QByteArray bytes = m_reply->readAll();
        notifyObservers([&](RequestObserver &o) {
            o.responseBytes(m_exchangeId, bytes.constData(), bytes.size());
        });
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += bytes.left(kMaxErrorBody - m_errorBody.size());
        return;
    }
    if (m_readBuffer.size() < kReadChunk)
        m_readBuffer.resize(kReadChunk);
    qint64 n = 0;
    while ((n = m_reply->read(m_readBuffer.data(), kReadChunk)) > 0) {
        notifyObservers([&](RequestObserver &o) {
            o.responseBytes(m_exchangeId, m_readBuffer.constData(), qsizetype(n));
        });
        const ApiError problem = consumeBody(m_readBuffer.constData(), qsizetype(n));
        if (problem.isError()) {
            m_bodyFailed = true;
            m_error = problem;
            m_reply->abort();
            return;
        }
    }
    bodyProgress();
}

void ApiReply::onIdleTimeout()
{
    if (!m_reply || !m_reply->isRunning())
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.stop();
    readResponseHead();
    if (!m_bodyFailed && reply->bytesAvailable() > 0)
        onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    ApiError transport;
    if (m_cancelled) {
        transport.kind = ApiError::Kind::Cancelled;
        transport.message = QCoreApplication::translate("ApiError", "cancelled");
    } else if (m_timedOut) {
        transport.kind = ApiError::Kind::Timeout;
        transport.message =
            QCoreApplication::translate("ApiReply", "no data from the server for %1 s")
                .arg(m_options.timeoutMs / 1000.0);
    } else if (reply->error() != QNetworkReply::NoError && (!m_headSeen || m_success)) {
        transport = ApiErrors::fromNetworkError(reply->error(), reply->errorString());
        ProfileNetwork::annotate(transport, *reply); // a refused certificate's details
    }
    transport.httpStatus = m_status;
    transport.requestId = m_requestId;

    ApiError outcome;
    if (m_bodyFailed) {
        outcome = m_error; // Kaiwa stopped reading: a limit or malformed data
        finishBody(outcome);
    } else if (m_success) {
        outcome = finishBody(transport);
    } else if (m_headSeen) {
        outcome = ApiErrors::fromHttpBody(m_status, m_errorBody, m_contentType);
        if (m_status == 429) {
            // Say when the user may try again, when the server said (retry-after[-ms]).
            const auto delay =
                RetryPolicy::serverDelayMs(m_headers, QDateTime::currentDateTimeUtc());
            if (delay) {
                // One format each, around the server's own message. The counts are computed
                // first: lupdate 6.4 hangs on a nested expression as translate()'s count.
                const int seconds = int((*delay + 999) / 1000);
                const int minutes = (seconds + 59) / 60;
                outcome.message = seconds < 120
                    ? QCoreApplication::translate("ApiReply", "%1 (try again in %n s)",
                        "the server's message, then when to try again", seconds)
                          .arg(outcome.message)
                    : QCoreApplication::translate("ApiReply", "%1 (try again in %n min)",
                        "the server's message, then when to try again", minutes)
                          .arg(outcome.message);
            }
        }
        const QUrl location = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location"))));
        if (m_status >= 300 && m_status < 400 && !location.isEmpty()) {
            // Redirects are not followed (Endpoint::request): the key stays with the base URL.
            outcome.message = QCoreApplication::translate("ApiReply",
                "the server redirected the request to %1; Kaiwa does not follow redirects, so the "
                "API key was not sent there. If that address is right, make it the profile's base "
                "URL.")
                                  .arg(location.toDisplayString(QUrl::RemoveUserInfo));
        }
    } else {
        outcome = transport;
    }
    if (outcome.isError()) {
        outcome.httpStatus = outcome.httpStatus ? outcome.httpStatus : m_status;
        if (outcome.requestId.isEmpty())
            outcome.requestId = m_requestId;
        ApiErrors::redact(outcome, ApiErrors::secretsOf(m_request)); // a server may echo the key
    }
    if (outcome.isError() && !m_cancelled) {
        const auto decision = RetryPolicy::decide(outcome, m_headers, m_attempt - 1,
            m_options.maxRetries, hasDeliveredContent(), QDateTime::currentDateTimeUtc(),
            QRandomGenerator::global()->generateDouble());
        if (decision.retry) {
            notifyObservers(
                [&](RequestObserver &o) { o.requestEnded(m_exchangeId, outcome, true); });
            qCInfo(lcApi) << "retrying in" << decision.delayMs << "ms after" << outcome.logText();
            Q_EMIT retrying(m_attempt, decision.delayMs, outcome);
            resetForRetry();
            m_retryTimer.start(decision.delayMs);
            return;
        }
    }
    notifyObservers([&](RequestObserver &o) { o.requestEnded(m_exchangeId, outcome, false); });
    conclude(outcome);
}

void ApiReply::conclude(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    ApiErrors::redact(m_error, ApiErrors::secretsOf(m_request));
    if (m_error.isError()) {
        qCInfo(lcApi) << "request failed:" << ApiError::kindName(m_error.kind) << "HTTP"
                      << m_error.httpStatus << "request id" << m_error.requestId;
        Q_EMIT failed(m_error);
    } else {
        Q_EMIT finished();
    }
}
