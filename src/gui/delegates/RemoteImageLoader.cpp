// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/RemoteImageLoader.h"

#include <algorithm>

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "gui/delegates/MarkdownImages.h"

RemoteImageLoader::RemoteImageLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_images(CacheKiB)
{}

RemoteImageLoader::~RemoteImageLoader()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QImage RemoteImageLoader::image(const QUrl &url)
{
    if (const QImage *image = m_images.object(url))
        return *image;
    const QString scheme = url.scheme();
    if (!m_network || m_replies.contains(url) || m_failed.contains(url)
        || (scheme != u"https" && scheme != u"http") || m_replies.size() >= MaxDownloads)
        return {};
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(TimeoutMs);
    request.setRawHeader("Accept", "image/*");
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(url, reply);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, url, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return; // a redirect: the next response decides
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 200 && !type.startsWith(u"image/"))
            fail(url, tr("not an image (%1)").arg(type.isEmpty() ? tr("no type") : type));
        else if (length > MaxBytes)
            fail(url, tr("too large (%1 MB)").arg(length / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, url](qint64 received, qint64) {
        if (received > MaxBytes)
            fail(url, tr("too large"));
    });
    connect(reply, &QNetworkReply::finished, this, [this, url, reply] { finish(url, reply); });
    return {};
}

void RemoteImageLoader::fail(const QUrl &url, const QString &reason)
{
    QNetworkReply *reply = m_replies.take(url);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_failed.contains(url)) {
        m_failed.insert(url, reason);
        Q_EMIT failed(url, reason);
    }
}

void RemoteImageLoader::finish(const QUrl &url, QNetworkReply *reply)
{
    if (m_replies.value(url) != reply)
        return; // failed already
    if (reply->error() != QNetworkReply::NoError) {
        fail(url, reply->errorString());
        return;
    }
    QByteArray bytes = reply->readAll();
    m_replies.remove(url);
    reply->deleteLater();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isEmpty() || qint64(size.width()) * size.height() > MarkdownImages::MaxPixels) {
        fail(url, tr("can't read the image"));
        return;
    }
    const QSize shown = MarkdownImages::displaySize(size) * 2;
    if (shown.width() < size.width())
        reader.setScaledSize(shown);
    const QImage image = reader.read();
    if (image.isNull()) {
        fail(url, reader.errorString());
        return;
    }
    m_images.insert(url, new QImage(image), std::max(1, int(image.sizeInBytes() / 1024)));
    Q_EMIT loaded(url);
}
