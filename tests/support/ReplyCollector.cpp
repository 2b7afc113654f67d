// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyCollector.h"

std::shared_ptr<CollectedReply> collectReply(QNetworkReply *reply, bool keepBody)
{
    auto received = std::make_shared<CollectedReply>();
    received->keepBody = keepBody;
    const auto take = [received](const QByteArray &bytes) {
        received->hash.addData(bytes);
        if (received->keepBody)
            received->body += bytes;
    };
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, received, take] {
        const QByteArray chunk = reply->readAll();
        if (!chunk.isEmpty())
            ++received->readyReads;
        take(chunk);
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, received, take] {
        // After abort() the reply is closed and readAll() would warn.
        take(reply->isOpen() ? reply->readAll() : QByteArray());
        received->finished = true;
        received->error = reply->error();
        received->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    return received;
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}
