// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

#include <QByteArray>
#include <QList>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

#include "FakeResponse.h"
#include "RecordedRequest.h"

class QTcpSocket;

//! Scripted OpenAI-compatible HTTP/1.1 server on 127.0.0.1 for network tests and the benchmark.
//!
//! Requests are recorded (requests(), requestReceived). Each request takes the next scripted
//! FakeResponse, most specific first: a matching route queue, the handler, a matching route
//! default, the general queue, the general default; if none is left the server answers 500 with an
//! OpenAI error saying so (a test fails loudly instead of timing out). A route is
//! "/chat/completions" (matches any path ending in it) or "POST /chat/completions" (method too).
//! Keep-alive and pipelining are handled: answers go out in request order, one at a time per
//! connection.
class FakeOpenAiServer final : public QTcpServer
{
    Q_OBJECT

public:
    //! Starts listening on QHostAddress::LocalHost at port (0: any free port); see isListening().
    explicit FakeOpenAiServer(quint16 port = 0, QObject *parent = nullptr);
    ~FakeOpenAiServer() override;

    quint16 port() const { return serverPort(); }

    //! "http://127.0.0.1:<port>" + pathPrefix, e.g. http://127.0.0.1:4711/v1
    QUrl baseUrl(const QString &pathPrefix = QStringLiteral("/v1")) const;
    //! baseUrl() + path, e.g. url("/chat/completions?limit=2")
    QUrl url(const QString &path, const QString &pathPrefix = QStringLiteral("/v1")) const;

    void enqueue(const FakeResponse &response);
    void enqueue(const QByteArray &route, const FakeResponse &response);
    //! Answer used (repeatedly) when no queued response matches; nullopt removes it.
    void setDefaultResponse(const std::optional<FakeResponse> &response);
    void setDefaultResponse(const QByteArray &route, const std::optional<FakeResponse> &response);
    //! Answers requests in code (e.g. a stateful fake API). Consulted after the route queues and
    //! before the route defaults; returning nullopt passes the request on. Empty: none.
    using Handler = std::function<std::optional<FakeResponse>(const RecordedRequest &)>;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    //! Queued responses not yet used (all queues).
    qsizetype pendingResponseCount() const;
    void clearResponses();

    QList<RecordedRequest> requests() const { return m_requests; }

    qsizetype requestCount() const { return m_requests.size(); }

    //! The latest request (a default-constructed one if none arrived yet).
    RecordedRequest lastRequest() const;
    void clearRequests();

    //! Connections accepted so far (a kept-alive connection counts once).
    int connectionCount() const { return m_nextConnectionId - 1; }

    int openConnectionCount() const { return int(m_connections.size()); }

    //! Aborts every open connection (e.g. to end stalled responses).
    void abortAllConnections();

Q_SIGNALS:
    //! A request arrived; its answer is chosen after this signal, so a slot may still enqueue it.
    void requestReceived(const RecordedRequest &request);
    //! A response was written completely (not emitted for stalls and disconnects).
    void responseFinished(int requestSequence);
    void connectionClosed(int connectionId);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection;

    struct Route
    {
        QByteArray route;
        QQueue<FakeResponse> queue;
        std::optional<FakeResponse> fallback;
    };

    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void startNext(Connection &connection);
    FakeResponse takeResponse(const RecordedRequest &request);
    Route &route(const QByteArray &key);
    static bool routeMatches(const QByteArray &route, const RecordedRequest &request);

    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QList<RecordedRequest> m_requests;
    QQueue<FakeResponse> m_queue;
    std::optional<FakeResponse> m_default;
    QList<Route> m_routes;
    Handler m_handler;
    int m_nextConnectionId = 1;
};
