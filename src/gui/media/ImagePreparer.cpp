// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/ImagePreparer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QPainter>

#include "core/request/MediaParts.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int JpegQuality = 85;

const QStringList &apiFormats()
{
    static const QStringList formats{ u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s,
        u"image/gif"_s };
    return formats;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

//! "PNG" for image/png: how a format is named in messages.
QString formatName(const QString &mime)
{
    return mime.section(u'/', 1).toUpper();
}

//! True when some pixel is not fully opaque (an alpha channel alone is not enough: many opaque
//! screenshots carry one).
bool hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 255)
                return true;
        }
    }
    return false;
}

QByteArray encode(const QImage &image, const QByteArray &format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(JpegQuality);
        writer.setOptimizedWrite(true);
        // JPEG has no alpha: flatten onto white, not onto whatever the pixels' colour was.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        if (!writer.write(flat))
            return {};
        return out;
    }
    if (!writer.write(image))
        return {};
    return out;
}

QString normalDetail(const QString &detail)
{
    const QString lower = detail.trimmed().toLower();
    return lower == u"low"_s || lower == u"high"_s ? lower : u"auto"_s;
}
} // namespace

QString PreparedImage::dataUrl() const
{
    return u"data:%1;base64,%2"_s.arg(mimeType, QString::fromLatin1(bytes.toBase64()));
}

std::expected<PreparedImage, QString> ImagePreparer::prepare(
    const QByteArray &bytes, const QString &sourceName)
{
    return prepare(bytes, sourceName, Options{});
}

QString ImagePreparer::describeContent(const QByteArray &bytes)
{
    const QString sniffed = MediaParts::sniffMimeType(bytes.left(64));
    if (sniffed == u"application/pdf"_s)
        return tr("a PDF file");
    if (sniffed.startsWith(u"audio/"_s))
        return tr("an audio file");
    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes);
    if (type.inherits(u"text/html"_s))
        return tr("a web page (HTML)");
    if (type.name().startsWith(u"video/"_s))
        return tr("a video file");
    if (type.inherits(u"application/zip"_s))
        return tr("a ZIP archive");
    if (type.inherits(u"text/plain"_s))
        return tr("text");
    if (!type.isValid() || type.isDefault())
        return {};
    return type.comment().isEmpty() ? type.name() : type.comment();
}

std::expected<PreparedImage, QString> ImagePreparer::prepare(
    const QByteArray &bytes, const QString &sourceName, const Options &options)
{
    if (bytes.size() > options.maxBytes) {
        return std::unexpected(
            tr("%1 is %2 MB, over the %3 MB limit for images.")
                .arg(sourceName, megabytes(bytes.size()), megabytes(options.maxBytes)));
    }
    const QString sniffed = MediaParts::sniffMimeType(bytes.left(64));
    const bool apiFormat = apiFormats().contains(sniffed);
    const QString detail = normalDetail(options.detail);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        if (apiFormat && !QImageReader::supportedMimeTypes().contains(sniffed.toLatin1())) {
            // No decoder here (WebP without the image formats plugin): the API reads it, so send
            // it as it is rather than refuse a valid file.
            return PreparedImage{ bytes, sniffed, {}, {}, false, detail };
        }
        if (sniffed.startsWith(u"image/"_s) && !apiFormat
            && !QImageReader::supportedMimeTypes().contains(sniffed.toLatin1())) {
            return std::unexpected(
                tr("%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.")
                    .arg(sourceName, formatName(sniffed)));
        }
        if (sniffed.startsWith(u"image/"_s)) {
            return std::unexpected(
                tr("%1 looks like a %2 image but cannot be decoded: the file is damaged or "
                   "incomplete.")
                    .arg(sourceName, formatName(sniffed)));
        }
        const QString looks = describeContent(bytes);
        if (looks.isEmpty())
            return std::unexpected(tr("%1 is not an image.").arg(sourceName));
        return std::unexpected(tr("%1 is not an image: it looks like %2.").arg(sourceName, looks));
    }

    const QImageIOHandler::Transformations transformation = reader.transformation();
    const bool rotates = transformation != QImageIOHandler::TransformationNone;
    const QString format = QString::fromLatin1(reader.format()).toUpper();
    const int maxLongSide = qMax(1, options.maxLongSide);
    const QSize stored = reader.size();
    QSize originalSize = transformation.testFlag(QImageIOHandler::TransformationRotate90)
        ? stored.transposed()
        : stored;
    const bool tooLarge = qMax(stored.width(), stored.height()) > maxLongSide;
    if (tooLarge && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        // Decode straight at the target size (JPEG): a 48-megapixel photo then never needs the
        // full-size buffer that Qt's allocation limit would refuse. A square box fits the long
        // side whichever way the orientation turns the image.
        reader.setScaledSize(stored.scaled(QSize(maxLongSide, maxLongSide), Qt::KeepAspectRatio));
    } else if (const qint64 limitMb = QImageReader::allocationLimit(); limitMb > 0
               && qint64(stored.width()) * stored.height() * 4 > limitMb * 1024 * 1024) {
        return std::unexpected(
            tr("%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the "
               "long side first.")
                .arg(sourceName)
                .arg(originalSize.width())
                .arg(originalSize.height())
                .arg(maxLongSide));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return std::unexpected(
            tr("%1 looks like a %2 image but cannot be decoded: the file is damaged or "
               "incomplete.")
                .arg(sourceName, format.isEmpty() ? formatName(sniffed) : format));
    }
    if (!originalSize.isValid())
        originalSize = image.size();

    if (apiFormat && !rotates && qMax(originalSize.width(), originalSize.height()) <= maxLongSide)
        return PreparedImage{ bytes, sniffed, originalSize, originalSize, false, detail };

    const bool stillLarge = qMax(image.width(), image.height()) > maxLongSide;
    const QImage scaled = stillLarge ? image.scaled(QSize(maxLongSide, maxLongSide),
                              Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                     : image;
    // A PNG source stays PNG so scaled screenshots keep sharp text; transparency needs PNG.
    const bool transparent = hasTransparency(scaled);
    const bool png = transparent || sniffed == u"image/png"_s;
    QByteArray out = encode(scaled, png ? "png" : "jpeg");
    QString mime = png ? u"image/png"_s : u"image/jpeg"_s;
    if (out.size() > options.maxBytes && png && !transparent) {
        out = encode(scaled, "jpeg");
        mime = u"image/jpeg"_s;
    }
    if (out.isEmpty())
        return std::unexpected(tr("%1 could not be re-encoded.").arg(sourceName));
    if (out.size() > options.maxBytes) {
        return std::unexpected(
            tr("%1 is still %2 MB after scaling down, over the %3 MB limit.")
                .arg(sourceName, megabytes(out.size()), megabytes(options.maxBytes)));
    }
    return PreparedImage{ out, mime, scaled.size(), originalSize, true, detail };
}
