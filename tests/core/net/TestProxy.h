// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpServer>

class QTcpSocket;

//! A loopback HTTP proxy for tests: CONNECT tunnels (https) and forwarding of absolute-URI
//! requests (http), behind Basic authentication. Counts the requests it let through and the
//! ones it refused with 407.
class TestProxy final : public QObject
{
    Q_OBJECT
public:
    TestProxy(const QByteArray &user, const QByteArray &password);

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    quint16 port() const { return m_server.serverPort(); }

    int passed() const { return m_passed; }

    int refused() const { return m_refused; }

    //! Every Proxy-Authorization value received (to check what the client sent).
    QList<QByteArray> credentialsSeen() const { return m_seen; }

private:
    void serve(QTcpSocket *client);
    //! Handles one request head from `client`; false when the connection is closed.
    bool handleHead(QTcpSocket *client, QByteArray head, const QByteArray &rest);
    static void pipe(QTcpSocket *from, QTcpSocket *to);

    QTcpServer m_server;
    QByteArray m_expected;
    int m_passed = 0;
    int m_refused = 0;
    QList<QByteArray> m_seen;
};
