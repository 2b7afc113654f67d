// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

//! Small images of attachments for the conversation view, named by the attachment's hash.
//!
//! The bytes come from a Source (the page passes one over ConversationStore::attachment()); it is
//! called on the GUI thread (the store's SQLite connection lives there), once per attachment for
//! its header facts (image size, WAV duration), which are kept; an image's bytes are kept a little
//! longer for its thumbnail. Decoding happens on a private thread pool at the thumbnail's size
//! (QImageReader scales while decoding JPEG), never in paint(); thumbnail() returns a null image
//! until then and thumbnailReady() says when to repaint. Thumbnails are kept in an LRU bounded by
//! memory.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    using Source = std::function<std::optional<QByteArray>(const QByteArray &hash)>;

    static constexpr int ThumbHeight = 160; //!< logical pixels, at most
    static constexpr int MaxThumbWidth = 4 * ThumbHeight;
    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;

    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    //! Forgets everything known so far (another store).
    void setSource(Source source);

    bool hasSource() const { return bool(m_source); }

    //! The attachment's bytes through the source (nullopt without one or when missing).
    std::optional<QByteArray> bytes(const QByteArray &hash) const;

    //! The image's size as shown (EXIF orientation applied), read from its header on first use;
    //! invalid if it isn't a readable image.
    QSize imageSize(const QByteArray &hash);
    //! The same without reading anything: nullopt if not known yet (estimates).
    std::optional<QSize> knownImageSize(const QByteArray &hash) const;
    //! A WAV attachment's duration in milliseconds; -1 if unknown or not WAV.
    qint64 audioDuration(const QByteArray &hash);
    std::optional<qint64> knownAudioDuration(const QByteArray &hash) const;

    //! The thumbnail (device pixels for `dpr`), or a null image while it is decoded (then
    //! thumbnailReady() follows) or when the attachment can't be decoded.
    QImage thumbnail(const QByteArray &hash, qreal dpr = 1.0);

    //! Starts decoding the thumbnail if it isn't known yet (rows about to be shown).
    void prefetch(const QByteArray &hash, qreal dpr = 1.0) { thumbnail(hash, dpr); }

    //! The size a thumbnail of an image `natural` pixels large is shown at (logical pixels).
    static QSize thumbnailSize(QSize natural);

    void setMaxBytes(qint64 bytes);
    qint64 usedBytes() const;

    int pendingDecodes() const { return int(m_pending.size()); }

    //! Blocks until the decodes in flight finished and delivered (tests).
    void waitForDecodes();

Q_SIGNALS:
    void thumbnailReady(const QByteArray &hash);

private:
    struct Facts
    {
        QSize imageSize; //!< invalid: not an image
        QSize storedSize; //!< before the EXIF transformation
        qint64 durationMs = -1;
    };

    const Facts &factsFor(const QByteArray &hash);
    void deliver(const QByteArray &key, const QByteArray &hash, const QImage &image);

    Source m_source;
    QHash<QByteArray, Facts> m_facts;
    QCache<QByteArray, QImage> m_thumbnails; //!< cost: KiB
    QSet<QByteArray> m_pending; //!< keys being decoded
    QSet<QByteArray> m_failed;
    //! Image bytes read for their facts, until their thumbnail is decoded (one store read each).
    QCache<QByteArray, QByteArray> m_recentBytes; //!< cost: KiB
    QThreadPool m_pool;
    quint64 m_generation = 0; //!< bumped by setSource(): late results are dropped
};
