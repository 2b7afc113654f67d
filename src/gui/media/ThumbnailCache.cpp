// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/ThumbnailCache.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include "core/media/Wav.h"

namespace {
constexpr int MaxFacts = 4096; //!< header facts kept (a few dozen bytes each)
constexpr int RecentBytesKiB = 32 * 1024;

QSize storedScaledSize(QSize stored, QSize shown, QSize target)
{
    // The target is for the image as shown; a 90° EXIF rotation swaps it for the stored one.
    return stored == shown || stored.transposed() != shown ? target : target.transposed();
}
} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{
    m_thumbnails.setMaxCost(int(DefaultMaxBytes / 1024));
    m_recentBytes.setMaxCost(RecentBytesKiB);
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.waitForDone();
}

void ThumbnailCache::setSource(Source source)
{
    m_source = std::move(source);
    m_facts.clear();
    m_thumbnails.clear();
    m_pending.clear();
    m_failed.clear();
    m_recentBytes.clear();
    ++m_generation;
}

std::optional<QByteArray> ThumbnailCache::bytes(const QByteArray &hash) const
{
    if (!m_source || hash.isEmpty())
        return std::nullopt;
    return m_source(hash);
}

const ThumbnailCache::Facts &ThumbnailCache::factsFor(const QByteArray &hash)
{
    if (const auto it = m_facts.constFind(hash); it != m_facts.cend())
        return *it;
    if (m_facts.size() >= MaxFacts)
        m_facts.clear();
    Facts facts;
    if (const std::optional<QByteArray> data = bytes(hash)) {
        if (const auto wav = Wav::parse(*data)) {
            facts.durationMs = qint64(wav->duration().count());
        } else {
            QByteArray copy = *data;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            if (reader.canRead()) {
                facts.storedSize = reader.size();
                facts.imageSize = facts.storedSize;
                if (reader.transformation() & QImageIOHandler::TransformationRotate90)
                    facts.imageSize.transpose();
                m_recentBytes.insert(
                    hash, new QByteArray(*data), std::max(1, int(data->size() / 1024)));
            }
        }
    }
    return *m_facts.insert(hash, facts);
}

QSize ThumbnailCache::imageSize(const QByteArray &hash)
{
    return factsFor(hash).imageSize;
}

std::optional<QSize> ThumbnailCache::knownImageSize(const QByteArray &hash) const
{
    const auto it = m_facts.constFind(hash);
    return it == m_facts.cend() ? std::nullopt : std::optional(it->imageSize);
}

qint64 ThumbnailCache::audioDuration(const QByteArray &hash)
{
    return factsFor(hash).durationMs;
}

std::optional<qint64> ThumbnailCache::knownAudioDuration(const QByteArray &hash) const
{
    const auto it = m_facts.constFind(hash);
    return it == m_facts.cend() ? std::nullopt : std::optional(it->durationMs);
}

QSize ThumbnailCache::thumbnailSize(QSize natural)
{
    if (natural.isEmpty())
        return { ThumbHeight, ThumbHeight };
    // Small images stay small (not blown up), but not smaller than a comfortable click target.
    const int height = std::clamp(natural.height(), 32, ThumbHeight);
    const double scale = double(height) / natural.height();
    const int width = std::clamp(int(std::lround(natural.width() * scale)), 24, MaxThumbWidth);
    return { width, height };
}

QImage ThumbnailCache::thumbnail(const QByteArray &hash, qreal dpr)
{
    const QByteArray key = hash + '@' + QByteArray::number(int(std::lround(dpr * 100)));
    if (const QImage *image = m_thumbnails.object(key))
        return *image;
    if (m_pending.contains(key) || m_failed.contains(key))
        return {};
    const Facts facts = factsFor(hash);
    std::optional<QByteArray> data;
    if (QByteArray *recent = m_recentBytes.take(hash)) {
        data = std::move(*recent);
        delete recent;
    } else if (facts.imageSize.isValid()) {
        data = bytes(hash);
    }
    if (!data) {
        m_failed.insert(key);
        return {};
    }
    QSize target = thumbnailSize(facts.imageSize) * dpr;
    target = target.boundedTo(facts.imageSize); // never decode larger than the image
    target = storedScaledSize(facts.storedSize, facts.imageSize, target);
    m_pending.insert(key);
    const quint64 generation = m_generation;
    m_pool.start([this, key, hash, target, dpr, generation, data = std::move(*data)]() mutable {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        reader.setScaledSize(target);
        QImage image = reader.read();
        if (!image.isNull()) {
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
        }
        // Queued to the GUI thread; the destructor waits for the pool, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, key, hash, image, generation] {
                if (generation == m_generation)
                    deliver(key, hash, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::deliver(const QByteArray &key, const QByteArray &hash, const QImage &image)
{
    m_pending.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
        return;
    }
    const int cost = std::max(1, int(image.sizeInBytes() / 1024));
    m_thumbnails.insert(key, new QImage(image), cost);
    Q_EMIT thumbnailReady(hash);
}

void ThumbnailCache::setMaxBytes(qint64 bytes)
{
    m_thumbnails.setMaxCost(int(std::max<qint64>(1, bytes / 1024)));
}

qint64 ThumbnailCache::usedBytes() const
{
    return qint64(m_thumbnails.totalCost()) * 1024;
}

void ThumbnailCache::waitForDecodes()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}
