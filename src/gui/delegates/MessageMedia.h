// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QModelIndex>
#include <QRect>
#include <QSize>
#include <QString>

#include "core/conversation/Conversation.h"

class QPainter;
class ThumbnailCache;

namespace MessageChrome {
struct Colors;
}

//! The media of a message bubble, read from a MessageModel row: image parts as thumbnails, and
//! chips for remote images (the URL's host and a link icon: they aren't fetched), files (their
//! name), audio parts and an assistant's spoken answer ("▶ 0:12", the duration from the WAV
//! header; "audio" for other formats). Sizes for MessageLayout and painting; no geometry of
//! its own beyond each item's size.
namespace MessageMedia {

struct Item
{
    enum class Kind { Image, RemoteImage, File, Audio };
    Kind kind = Kind::Image;
    Conversation::Part part; //!< a spoken answer: its audio's attachment and mime type
    bool spokenAnswer = false;

    bool isThumbnail() const { return kind == Kind::Image; }
};

//! Thumbnails first, then chips, each group in the message's order.
QList<Item> items(const QModelIndex &index);

//! What a chip says ("0:12", "audio", "example.com", "report.pdf"); empty for thumbnails.
//! `durationMs` < 0: unknown.
QString label(const Item &item, qint64 durationMs);
//! The tool tip / menu text of an item ("Open image", "Play audio (0:12)", the URL).
QString description(const Item &item, qint64 durationMs);

//! The items' sizes. With `exact`, reads what it needs through `cache` (image headers, WAV
//! durations); otherwise only what the cache already knows (estimates: a square thumbnail).
QList<QSize> sizes(const QList<Item> &items, ThumbnailCache *cache, const QFont &font, bool exact);

int chipHeight(const QFont &font);

//! Paints an item at `rect` (a thumbnail: a placeholder until it is decoded).
void paint(QPainter *painter, const QRect &rect, const Item &item, ThumbnailCache *cache,
    const QFont &font, const MessageChrome::Colors &colors, bool hovered);
} // namespace MessageMedia
