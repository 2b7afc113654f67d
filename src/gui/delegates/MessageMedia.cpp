// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageMedia.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

#include "core/models/MessageModel.h"
#include "gui/delegates/MessageChrome.h"
#include "gui/media/ThumbnailCache.h"

namespace MessageMedia {
namespace {
constexpr int ChipPadding = 8;
constexpr int Radius = 6;

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageMedia", text);
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

qint64 knownDuration(const Item &item, ThumbnailCache *cache)
{
    if (!cache || item.kind != Item::Kind::Audio)
        return -1;
    return cache->knownAudioDuration(item.part.attachment).value_or(-1);
}

void paintIcon(QPainter *painter, const QRect &box, Item::Kind kind, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(box).adjusted(2, 2, -2, -2);
    QPen pen(color, 1.5);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    switch (kind) {
    case Item::Kind::Audio: {
        QPainterPath path;
        path.moveTo(r.left() + r.width() * 0.2, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.left() + r.width() * 0.2, r.bottom());
        path.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(path);
        break;
    }
    case Item::Kind::RemoteImage: {
        // An "external link" arrow leaving a square.
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal half = r.width() / 2;
        QPainterPath frame;
        frame.moveTo(r.left() + half, r.top());
        frame.lineTo(r.left(), r.top());
        frame.lineTo(r.left(), r.bottom());
        frame.lineTo(r.right(), r.bottom());
        frame.lineTo(r.right(), r.top() + half);
        painter->drawPath(frame);
        painter->drawLine(QPointF(r.center().x(), r.center().y()), QPointF(r.right(), r.top()));
        painter->drawLine(QPointF(r.right() - half * 0.8, r.top()), QPointF(r.right(), r.top()));
        painter->drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.top() + half * 0.8));
        break;
    }
    case Item::Kind::File:
    case Item::Kind::Image: {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal fold = r.width() * 0.35;
        const QRectF page(r.left() + r.width() * 0.12, r.top(), r.width() * 0.76, r.height());
        QPainterPath path;
        path.moveTo(page.left(), page.top());
        path.lineTo(page.right() - fold, page.top());
        path.lineTo(page.right(), page.top() + fold);
        path.lineTo(page.right(), page.bottom());
        path.lineTo(page.left(), page.bottom());
        path.closeSubpath();
        path.moveTo(page.right() - fold, page.top());
        path.lineTo(page.right() - fold, page.top() + fold);
        path.lineTo(page.right(), page.top() + fold);
        painter->drawPath(path);
        break;
    }
    }
    painter->restore();
}
} // namespace

QList<Item> items(const QModelIndex &index)
{
    QList<Item> thumbnails;
    QList<Item> chips;
    const auto parts = index.data(MessageModel::PartsRole).value<QList<Conversation::Part>>();
    for (const Conversation::Part &part : parts) {
        switch (part.type) {
        case Conversation::Part::Type::Image:
            if (!part.attachment.isEmpty())
                thumbnails.append({ Item::Kind::Image, part });
            else if (!part.url.isEmpty())
                chips.append({ Item::Kind::RemoteImage, part });
            break;
        case Conversation::Part::Type::Audio:
            chips.append({ Item::Kind::Audio, part });
            break;
        case Conversation::Part::Type::File:
            chips.append({ Item::Kind::File, part });
            break;
        case Conversation::Part::Type::Text:
        case Conversation::Part::Type::Refusal:
            break;
        }
    }
    // Only answers are spoken (and AudioRole copies a struct: skip it for the other rows).
    const QVariant audio = index.data(MessageModel::RoleRole).value<Conversation::Role>()
            == Conversation::Role::Assistant
        ? index.data(MessageModel::AudioRole)
        : QVariant();
    if (audio.isValid()) {
        const auto spoken = audio.value<Conversation::Audio>();
        if (!spoken.attachment.isEmpty()) {
            Conversation::Part part;
            part.type = Conversation::Part::Type::Audio;
            part.attachment = spoken.attachment;
            part.mimeType = spoken.mimeType;
            chips.append({ Item::Kind::Audio, part, true });
        }
    }
    return thumbnails + chips;
}

QString label(const Item &item, qint64 durationMs)
{
    switch (item.kind) {
    case Item::Kind::Image:
        return {};
    case Item::Kind::RemoteImage: {
        const QString host = QUrl(item.part.url).host();
        return host.isEmpty() ? tr("image link") : host;
    }
    case Item::Kind::File:
        return item.part.fileName.isEmpty() ? tr("file") : item.part.fileName;
    case Item::Kind::Audio:
        return durationMs >= 0 ? duration(durationMs) : tr("audio");
    }
    return {};
}

QString description(const Item &item, qint64 durationMs)
{
    switch (item.kind) {
    case Item::Kind::Image:
        return tr("Open image");
    case Item::Kind::RemoteImage:
        return item.part.url;
    case Item::Kind::File:
        return item.part.fileName.isEmpty() ? tr("File") : item.part.fileName;
    case Item::Kind::Audio:
        if (item.spokenAnswer)
            return durationMs >= 0 ? tr("Play the spoken answer (%1)").arg(duration(durationMs))
                                   : tr("Play the spoken answer");
        return durationMs >= 0 ? tr("Play audio (%1)").arg(duration(durationMs)) : tr("Play audio");
    }
    return {};
}

int chipHeight(const QFont &font)
{
    return QFontMetrics(font).height() + ChipPadding;
}

QList<QSize> sizes(const QList<Item> &items, ThumbnailCache *cache, const QFont &font, bool exact)
{
    QList<QSize> list;
    list.reserve(items.size());
    const QFontMetrics metrics(font);
    const int height = chipHeight(font);
    for (const Item &item : items) {
        if (item.isThumbnail()) {
            QSize natural;
            if (cache && exact) {
                natural = cache->imageSize(item.part.attachment);
                // Laid out exactly: about to be shown, so decode it now.
                cache->prefetch(item.part.attachment, qApp->devicePixelRatio());
            } else if (cache)
                natural = cache->knownImageSize(item.part.attachment).value_or(QSize());
            list.append(ThumbnailCache::thumbnailSize(natural));
            continue;
        }
        qint64 ms = -1;
        if (item.kind == Item::Kind::Audio && cache)
            ms = exact ? cache->audioDuration(item.part.attachment) : knownDuration(item, cache);
        const int icon = metrics.height() - 2;
        list.append(QSize(metrics.horizontalAdvance(label(item, ms)) + icon + 3 * ChipPadding / 2
                + 1 + ChipPadding,
            height));
    }
    return list;
}

void paint(QPainter *painter, const QRect &rect, const Item &item, ThumbnailCache *cache,
    const QFont &font, const MessageChrome::Colors &colors, bool hovered)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (item.isThumbnail()) {
        const QImage thumb = cache
            ? cache->thumbnail(item.part.attachment, painter->device()->devicePixelRatioF())
            : QImage();
        QPainterPath shape;
        shape.addRoundedRect(QRectF(rect), Radius, Radius);
        if (thumb.isNull()) {
            painter->fillPath(shape, colors.code);
            const int icon = std::min(24, std::min(rect.width(), rect.height()) / 2);
            paintIcon(painter, QRect(rect.center() - QPoint(icon / 2, icon / 2), QSize(icon, icon)),
                Item::Kind::Image, colors.muted);
        } else {
            painter->setClipPath(shape, Qt::IntersectClip);
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(QRectF(rect), thumb);
            painter->setClipping(false);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(hovered ? QPen(colors.action, 2) : QPen(colors.muted, 0.5));
        painter->drawPath(shape);
        painter->restore();
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(hovered ? colors.hover : colors.code);
    painter->drawRoundedRect(rect, Radius, Radius);
    const QFontMetrics metrics(font);
    const int icon = metrics.height() - 2;
    const QColor accent = item.kind == Item::Kind::File ? colors.text : colors.action;
    paintIcon(painter,
        QRect(rect.left() + ChipPadding, rect.center().y() - icon / 2 + 1, icon, icon), item.kind,
        accent);
    const QRect text = rect.adjusted(ChipPadding + icon + ChipPadding / 2, 0, -ChipPadding, 0);
    painter->setFont(font);
    painter->setPen(accent);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(label(item, knownDuration(item, cache)), Qt::ElideMiddle, text.width()));
    painter->restore();
}
} // namespace MessageMedia
