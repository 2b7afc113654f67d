// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProxy.h"

#include <memory>

#include <QTcpSocket>
#include <QUrl>

TestProxy::TestProxy(const QByteArray &user, const QByteArray &password)
    : m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
{
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            serve(client);
    });
}

void TestProxy::serve(QTcpSocket *client)
{
    client->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer]() {
        *buffer += client->readAll();
        while (buffer->contains("\r\n\r\n")) {
            const qsizetype end = buffer->indexOf("\r\n\r\n") + 4;
            const QByteArray head = buffer->left(end);
            const QByteArray rest = buffer->mid(end);
            buffer->clear();
            if (!handleHead(client, head, rest))
                return;
        }
    });
}

bool TestProxy::handleHead(QTcpSocket *client, QByteArray head, const QByteArray &rest)
{
    QByteArray credentials;
    QList<QByteArray> lines = head.trimmed().split('\n');
    QList<QByteArray> kept;
    for (QByteArray &line : lines) {
        line = line.trimmed();
        if (line.toLower().startsWith("proxy-authorization:"))
            credentials = line.mid(line.indexOf(':') + 1).trimmed();
        else if (!line.toLower().startsWith("proxy-connection:"))
            kept.append(line);
    }
    if (!credentials.isEmpty())
        m_seen.append(credentials);
    if (credentials != m_expected) {
        ++m_refused;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"kaiwa-test\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        return true;
    }
    ++m_passed;
    const QList<QByteArray> requestLine = kept.constFirst().split(' ');
    const bool tunnel = requestLine.value(0) == "CONNECT";
    QString host;
    quint16 port = 0;
    if (tunnel) {
        const QByteArray authority = requestLine.value(1);
        host = QString::fromLatin1(authority.left(authority.lastIndexOf(':')));
        port = authority.mid(authority.lastIndexOf(':') + 1).toUShort();
    } else {
        const QUrl url = QUrl::fromEncoded(requestLine.value(1));
        host = url.host();
        port = quint16(url.port(80));
        kept.first() = requestLine.value(0) + ' ' + url.path(QUrl::FullyEncoded).toLatin1()
            + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray()) + ' '
            + requestLine.value(2);
    }
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(host, port);
    if (!upstream->waitForConnected(5000)) {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        return true;
    }
    // From here on the connection is a plain pipe to the upstream server.
    client->disconnect(this);
    if (tunnel)
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    else
        upstream->write(kept.join("\r\n") + "\r\n\r\n");
    upstream->write(rest);
    pipe(client, upstream);
    pipe(upstream, client);
    return false;
}

void TestProxy::pipe(QTcpSocket *from, QTcpSocket *to)
{
    connect(from, &QTcpSocket::readyRead, to, [from, to]() { to->write(from->readAll()); });
    connect(from, &QTcpSocket::disconnected, to, [to]() { to->disconnectFromHost(); });
}
