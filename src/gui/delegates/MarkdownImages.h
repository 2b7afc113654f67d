// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QImage>
#include <QSize>
#include <QStringView>
#include <QUrl>

class QTextDocument;

//! The images of a Markdown answer (`![alt](src)`) in its QTextDocument. A `data:image/…;base64`
//! source is decoded (at most MaxDataUrlChars, MaxPixels; decoded images are cached by content)
//! and registered as a document resource. A remote (http/https) source is shown if the
//! RemoteLookup has it (RemoteImageLoader fetches it; the row is laid out again when it
//! arrives); otherwise, and for anything else, the image becomes a link showing its alt text.
//! Images are shown at most MaxWidth × MaxHeight and no wider than the text, never enlarged.
namespace MarkdownImages {
constexpr int MaxWidth = 480;
constexpr int MaxHeight = 360;
constexpr qsizetype MaxDataUrlChars = 16 * 1024 * 1024;
constexpr qint64 MaxPixels = 50'000'000;

//! The image for a remote URL if it is already loaded, else a null image (the lookup may start
//! loading it).
using RemoteLookup = std::function<QImage(const QUrl &url)>;

//! `maxWidth`: the text width, when narrower than MaxWidth.
void resolve(QTextDocument &document, const RemoteLookup &remote, int maxWidth = MaxWidth);

//! `natural` fitted into min(MaxWidth, maxWidth) × MaxHeight, keeping its aspect, never enlarged.
QSize displaySize(QSize natural, int maxWidth = MaxWidth);

//! Decodes a `data:image/…;base64,…` URL at most twice the display size (cached); null if it
//! isn't one, is too large or doesn't decode.
QImage decodeDataUrl(QStringView url);
} // namespace MarkdownImages
