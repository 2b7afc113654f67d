// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS and DNS failures become one typed ApiError each, without retries that cannot help.
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "core/api/ChatClient.h"
#include "core/api/JsonReply.h"

class TestTransportErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tlsHandshakeFailureIsTls();
    void unknownHostIsANetworkError();

private:
    ApiError run(const QUrl &baseUrl);
};

ApiError TestTransportErrors::run(const QUrl &baseUrl)
{
    QNetworkAccessManager nam;
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    profile.baseUrl = baseUrl;
    ChatClient client(nam, profile, QStringLiteral("sk-test"));
    client.setOptions({ .maxRetries = 2, .timeoutMs = 10'000 });
    auto reply = client.listModels();
    if (!reply)
        return reply.error();
    QSignalSpy failed(*reply, &ApiReply::failed);
    QSignalSpy retrying(*reply, &ApiReply::retrying);
    (*reply)->start();
    if (!failed.wait(15'000))
        return {};
    return failed.first().first().value<ApiError>();
}

void TestTransportErrors::tlsHandshakeFailureIsTls()
{
    // An https client reaching a plain-HTTP peer (a proxy or a port mix-up) that answers at once:
    // the handshake fails, and retrying cannot help.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&plain, &QTcpServer::newConnection, this, [&]() {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            ++connections;
            socket->write(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    const ApiError error =
        run(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort())));
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(
        error.describe().startsWith(QStringLiteral("TLS error")), qPrintable(error.describe()));
    QCOMPARE(connections, 1); // not retried
}

void TestTransportErrors::unknownHostIsANetworkError()
{
    const ApiError error = run(QUrl(QStringLiteral("http://kaiwa-test.invalid/v1")));
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(error.networkError, QNetworkReply::HostNotFoundError);
    QVERIFY2(
        error.message.contains(QStringLiteral("kaiwa-test.invalid")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestTransportErrors)
#include "tst_transporterrors.moc"
