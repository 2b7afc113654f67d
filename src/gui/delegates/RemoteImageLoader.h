// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

//! Fetches the remote images of Markdown answers (`![alt](https://…)`) with the application's
//! QNetworkAccessManager: http and https only, images only (the Content-Type must be image/*),
//! at most MaxBytes, TimeoutMs, safe redirects only. Decoded at most twice the display size
//! (MarkdownImages) and kept in an LRU bounded by memory; a failure isn't retried (error() says
//! why). image() never blocks: it returns the image or starts the download, then loaded() says
//! when the rows showing it should be laid out again.
class RemoteImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImageLoader)

public:
    static constexpr qint64 MaxBytes = 16LL * 1024 * 1024;
    static constexpr int TimeoutMs = 20'000;
    static constexpr int MaxDownloads = 6; //!< at once; more wait for the next image() call
    static constexpr int CacheKiB = 48 * 1024;

    explicit RemoteImageLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RemoteImageLoader() override;

    //! The image if loaded; otherwise null, and the download starts (if it may).
    QImage image(const QUrl &url);

    bool isLoading(const QUrl &url) const { return m_replies.contains(url); }

    //! Why the image couldn't be shown ("" if it didn't fail).
    QString error(const QUrl &url) const { return m_failed.value(url); }

Q_SIGNALS:
    void loaded(const QUrl &url);
    void failed(const QUrl &url, const QString &reason);

private:
    void finish(const QUrl &url, QNetworkReply *reply);
    void fail(const QUrl &url, const QString &reason);

    QPointer<QNetworkAccessManager> m_network;
    QCache<QUrl, QImage> m_images; //!< cost: KiB
    QHash<QUrl, QNetworkReply *> m_replies;
    QHash<QUrl, QString> m_failed;
};
