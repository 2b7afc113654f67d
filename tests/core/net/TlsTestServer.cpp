// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTestServer.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

bool TlsTestServer::listen(
    const QString &certificatePath, const QString &keyPath, const QString &clientCasPath)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(certificatePath)));
    tls.setPrivateKey(QSslKey(readAll(keyPath), QSsl::Ec));
    if (!clientCasPath.isEmpty()) {
        tls.setCaCertificates(QSslCertificate::fromData(readAll(clientCasPath)));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
            serve(socket);
    });
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl TlsTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void TlsTestServer::serve(QSslSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer]() {
        *buffer += socket->readAll();
        // Requests here have no body worth reading (GET /models): the head is enough.
        while (buffer->contains("\r\n\r\n")) {
            buffer->remove(0, buffer->indexOf("\r\n\r\n") + 4);
            ++m_requests;
            m_lastClient = socket->peerCertificate();
            const QByteArray body =
                R"({"object":"list","data":[{"id":"tls-model","object":"model"}]})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    });
}
