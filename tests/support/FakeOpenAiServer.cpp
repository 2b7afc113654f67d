// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeOpenAiServer.h"

#include <QPointer>
#include <QTcpSocket>

#include "HttpRequestParser.h"
#include "ResponseWriter.h"

struct FakeOpenAiServer::Connection
{
    int id = 0;
    QTcpSocket *socket = nullptr;
    HttpRequestParser parser;

    struct Pending
    {
        int sequence;
        FakeResponse response;
        bool closeAfter;
    };

    QQueue<Pending> pending;
    QPointer<ResponseWriter> writer;
    bool done = false; // no further responses on this connection (closing, stalled, dropped)
    bool rejected = false; // a 400 for malformed input is queued
};

FakeOpenAiServer::FakeOpenAiServer(quint16 port, QObject *parent)
    : QTcpServer(parent)
{
    if (!listen(QHostAddress::LocalHost, port))
        qWarning("FakeOpenAiServer: cannot listen on port %u: %s", unsigned(port),
            qPrintable(errorString()));
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    abortAllConnections();
}

QUrl FakeOpenAiServer::baseUrl(const QString &pathPrefix) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(pathPrefix);
    return url;
}

QUrl FakeOpenAiServer::url(const QString &path, const QString &pathPrefix) const
{
    QUrl u = baseUrl(pathPrefix);
    const qsizetype q = path.indexOf(u'?');
    u.setPath(pathPrefix + path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

void FakeOpenAiServer::enqueue(const FakeResponse &response)
{
    m_queue.enqueue(response);
}

void FakeOpenAiServer::enqueue(const QByteArray &routeKey, const FakeResponse &response)
{
    route(routeKey).queue.enqueue(response);
}

void FakeOpenAiServer::setDefaultResponse(const std::optional<FakeResponse> &response)
{
    m_default = response;
}

void FakeOpenAiServer::setDefaultResponse(
    const QByteArray &routeKey, const std::optional<FakeResponse> &response)
{
    route(routeKey).fallback = response;
}

qsizetype FakeOpenAiServer::pendingResponseCount() const
{
    qsizetype n = m_queue.size();
    for (const Route &r : m_routes)
        n += r.queue.size();
    return n;
}

void FakeOpenAiServer::clearResponses()
{
    m_queue.clear();
    m_default.reset();
    m_routes.clear();
}

RecordedRequest FakeOpenAiServer::lastRequest() const
{
    return m_requests.isEmpty() ? RecordedRequest() : m_requests.constLast();
}

void FakeOpenAiServer::clearRequests()
{
    m_requests.clear();
}

void FakeOpenAiServer::abortAllConnections()
{
    // abort() emits disconnected(), which erases from m_connections: iterate over a copy.
    QList<QPointer<QTcpSocket>> sockets;
    for (const auto &entry : m_connections)
        sockets.append(entry.first);
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (socket)
            socket->abort();
    }
}

void FakeOpenAiServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Head and body go out in separate writes: without this, Nagle's algorithm holds the body
    // until the client's delayed ACK (40 ms on Linux) and every request seems to take 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto connection = std::make_unique<Connection>();
    connection->id = m_nextConnectionId++;
    connection->socket = socket;
    m_connections.emplace(socket, std::move(connection));
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
}

void FakeOpenAiServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    const QByteArray data = socket->readAll();
    if (connection.done)
        return; // stalled or closing: ignore whatever else the client sends
    const bool wellFormed = connection.parser.feed(data);
    if (connection.parser.takeExpectContinue() && !connection.writer
        && connection.pending.isEmpty())
        socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    while (connection.parser.hasRequest()) {
        RecordedRequest request = connection.parser.takeRequest();
        request.connectionId = connection.id;
        request.sequence = int(m_requests.size());
        m_requests.append(request);
        // Emitted before the answer is chosen, so a slot may still script it.
        Q_EMIT requestReceived(request);
        if (m_connections.find(socket) == m_connections.end())
            return; // a slot closed the connection
        const QByteArray connectionHeader = request.header("connection").toLower();
        const bool closeAfter = connectionHeader.contains("close")
            || (request.version == "HTTP/1.0" && !connectionHeader.contains("keep-alive"));
        connection.pending.enqueue({ request.sequence, takeResponse(request), closeAfter });
    }
    if (!wellFormed && !connection.rejected) {
        connection.rejected = true;
        qWarning("FakeOpenAiServer: bad request: %s", qPrintable(connection.parser.errorString()));
        connection.pending.enqueue({ -1,
            FakeResponse::error(400, connection.parser.errorString()).closingConnection(), true });
    }
    startNext(connection);
}

void FakeOpenAiServer::startNext(Connection &connection)
{
    if (connection.writer || connection.done || connection.pending.isEmpty())
        return;
    Connection::Pending next = connection.pending.dequeue();
    const FakeResponse &r = next.response;
    // Anything that does not end in a complete, kept-alive response ends this connection's service.
    connection.done = next.closeAfter || r.closeConnection || r.closeWithoutResponse
        || r.dropConnectionImmediately || r.stallAfterBytes >= 0 || r.disconnectAfterBytes >= 0
        || r.framing == FakeResponse::Framing::CloseDelimited;
    auto *writer =
        new ResponseWriter(connection.socket, next.response, next.closeAfter, connection.socket);
    connection.writer = writer;
    QTcpSocket *socket = connection.socket;
    const int sequence = next.sequence;
    connect(
        writer, &ResponseWriter::finished, this, [this, socket, writer, sequence](bool keepAlive) {
            writer->deleteLater();
            Q_EMIT responseFinished(sequence);
            const auto it = m_connections.find(socket);
            if (it == m_connections.end() || !keepAlive)
                return;
            it->second->writer.clear();
            startNext(*it->second);
        });
    writer->start();
}

void FakeOpenAiServer::onDisconnected(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const int id = it->second->id;
    m_connections.erase(it);
    socket->deleteLater(); // also deletes its ResponseWriter
    Q_EMIT connectionClosed(id);
}

FakeOpenAiServer::Route &FakeOpenAiServer::route(const QByteArray &key)
{
    for (Route &r : m_routes) {
        if (r.route == key)
            return r;
    }
    m_routes.append(Route{ key, {}, std::nullopt });
    return m_routes.last();
}

bool FakeOpenAiServer::routeMatches(const QByteArray &route, const RecordedRequest &request)
{
    QByteArray path = route;
    const qsizetype space = route.indexOf(' ');
    if (space > 0) {
        if (route.left(space) != request.method)
            return false;
        path = route.mid(space + 1);
    }
    return request.pathOnly().endsWith(path);
}

FakeResponse FakeOpenAiServer::takeResponse(const RecordedRequest &request)
{
    for (Route &r : m_routes) {
        if (!r.queue.isEmpty() && routeMatches(r.route, request))
            return r.queue.dequeue();
    }
    if (m_handler) {
        if (std::optional<FakeResponse> handled = m_handler(request))
            return *handled;
    }
    for (const Route &r : std::as_const(m_routes)) {
        if (r.fallback && routeMatches(r.route, request))
            return *r.fallback;
    }
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    if (m_default)
        return *m_default;
    const QString message =
        QStringLiteral("FakeOpenAiServer: no response was scripted for %1 %2")
            .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path));
    qWarning("%s", qPrintable(message));
    return FakeResponse::error(
        500, message, QStringLiteral("fake_server_unscripted"), QStringLiteral("server_error"));
}
