// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MarkdownImages.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QBuffer>
#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImageReader>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace MarkdownImages {
namespace {
constexpr int CacheKiB = 32 * 1024; //!< decoded data-URL images kept

QCache<QByteArray, QImage> &cache()
{
    static QCache<QByteArray, QImage> images(CacheKiB);
    return images;
}

struct Found
{
    int position;
    QTextImageFormat format;
};

QString resourceName(const QByteArray &key)
{
    return QStringLiteral("kaiwa-image:") + QString::fromLatin1(key.toHex());
}

//! The image replaced by its alt text (or its address), linking to the source when it has one.
void replaceWithLink(QTextCursor &cursor, const QTextImageFormat &format)
{
    const QString source = format.name();
    const bool linkable = source.startsWith(u"https://") || source.startsWith(u"http://");
    QString text = format.property(QTextFormat::ImageAltText).toString().trimmed();
    if (text.isEmpty())
        text = linkable ? QUrl(source).fileName() : QString();
    if (text.isEmpty())
        text = QCoreApplication::translate("MarkdownImages", "image");
    QTextCharFormat link;
    if (linkable) {
        link.setAnchor(true);
        link.setAnchorHref(source);
        link.setFontUnderline(true);
        link.setToolTip(source);
    }
    cursor.insertText(text, link);
}
} // namespace

QSize displaySize(QSize natural, int maxWidth)
{
    if (natural.isEmpty())
        return {};
    const int width = std::clamp(maxWidth, 16, MaxWidth);
    if (natural.width() <= width && natural.height() <= MaxHeight)
        return natural;
    return natural.scaled(width, MaxHeight, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QImage decodeDataUrl(QStringView url)
{
    if (!url.startsWith(u"data:image/") || url.size() > MaxDataUrlChars)
        return {};
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0 || !url.first(comma).endsWith(u";base64"))
        return {};
    const QByteArray encoded = url.sliced(comma + 1).toLatin1();
    const QByteArray key = QCryptographicHash::hash(encoded, QCryptographicHash::Sha1);
    if (const QImage *image = cache().object(key))
        return *image;
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {};
    QBuffer buffer(&decoded.decoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isEmpty() || qint64(size.width()) * size.height() > MaxPixels)
        return {};
    // Twice the display size: sharp on high-DPI screens, small in memory.
    const QSize shown = displaySize(size) * 2;
    if (shown.width() < size.width())
        reader.setScaledSize(shown);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    cache().insert(key, new QImage(image), std::max(1, int(image.sizeInBytes() / 1024)));
    return image;
}

void resolve(QTextDocument &document, const RemoteLookup &remote, int maxWidth)
{
    std::vector<Found> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            // A fragment of several images with one format: each is one character.
            for (int i = 0; i < fragment.length(); ++i)
                found.push_back({ fragment.position() + i, fragment.charFormat().toImageFormat() });
        }
    }
    QTextCursor cursor(&document);
    // From the end: replacing an image by its alt text moves what follows.
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        const QString source = it->format.name();
        if (source.startsWith(u"kaiwa-image:"))
            continue; // already resolved
        QImage image;
        QString name;
        if (source.startsWith(u"data:")) {
            image = decodeDataUrl(source);
            if (!image.isNull())
                name = resourceName(
                    QCryptographicHash::hash(source.toLatin1(), QCryptographicHash::Sha1));
        } else if (remote && (source.startsWith(u"https://") || source.startsWith(u"http://"))) {
            image = remote(QUrl(source));
            name = source;
        }
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        if (image.isNull()) {
            replaceWithLink(cursor, it->format);
            continue;
        }
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format = it->format;
        format.setName(name);
        const QSize shown = displaySize(image.deviceIndependentSize().toSize(), maxWidth);
        format.setWidth(shown.width());
        format.setHeight(shown.height());
        const QString alt = it->format.property(QTextFormat::ImageAltText).toString();
        if (!alt.isEmpty())
            format.setToolTip(alt);
        cursor.setCharFormat(format);
    }
}
} // namespace MarkdownImages
