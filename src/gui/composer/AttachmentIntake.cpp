// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/composer/AttachmentIntake.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include "core/media/Wav.h"
#include "core/request/MediaParts.h"
#include "gui/media/ImagePreparer.h"

using namespace Qt::StringLiterals;

namespace {
using Result = AttachmentIntake::Result;
using Outcome = AttachmentIntake::Outcome;

Result refused(const QString &reason)
{
    Result result;
    result.outcome = Outcome::Refused;
    result.reason = reason;
    return result;
}

Result ready(ComposerAttachment attachment)
{
    Result result;
    result.outcome = Outcome::Ready;
    result.name = attachment.name;
    result.attachment = std::move(attachment);
    return result;
}

QImage thumbnailOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const int edge = 2 * AttachmentIntake::ThumbnailSize; // sharp on 2× screens
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    return reader.read();
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

const QStringList ImageExtensions{ u".png"_s, u".jpg"_s, u".jpeg"_s, u".gif"_s, u".webp"_s };
const QStringList ImageMimeTypes{ u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s,
    u"image/bmp"_s };
} // namespace

Result AttachmentIntake::fromBytes(
    const QByteArray &bytes, const QString &name, const Limits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return refused(tr("%1 is %2; files up to %3 can be attached.")
                           .arg(name, megabytes(bytes.size()), megabytes(limits.maxBytes)));
    const QString mime = MediaParts::sniffMimeType(bytes.left(64));
    if (mime == u"audio/wav"_s || mime == u"audio/mpeg"_s) {
        ComposerAttachment attachment;
        attachment.kind = ComposerAttachment::Kind::Audio;
        attachment.bytes = bytes;
        attachment.mimeType = mime;
        attachment.name = name;
        if (const auto info = Wav::parse(bytes))
            attachment.durationMs = info->duration().count();
        return ready(std::move(attachment));
    }
    if (mime.startsWith(u"audio/"_s) || mime.startsWith(u"video/"_s)) {
        Result result;
        result.outcome = Outcome::NeedsConversion;
        result.bytes = bytes;
        result.name = name;
        return result;
    }
    if (mime == u"application/pdf"_s) {
        ComposerAttachment attachment;
        attachment.kind = ComposerAttachment::Kind::File;
        attachment.bytes = bytes;
        attachment.mimeType = mime;
        attachment.name = name;
        return ready(std::move(attachment));
    }
    // Everything else is offered as an image: ImagePreparer decodes it or says what it is.
    ImagePreparer::Options options;
    options.maxLongSide = limits.maxLongSide;
    options.maxBytes = limits.maxBytes;
    const auto prepared = ImagePreparer::prepare(bytes, name, options);
    if (!prepared)
        return refused(prepared.error());
    ComposerAttachment attachment;
    attachment.kind = ComposerAttachment::Kind::Image;
    attachment.bytes = prepared->bytes;
    attachment.mimeType = prepared->mimeType;
    attachment.name = name;
    attachment.thumbnail = thumbnailOf(prepared->bytes);
    if (prepared->reencoded && prepared->size != prepared->originalSize)
        attachment.note = tr("Scaled from %1 × %2 to %3 × %4")
                              .arg(prepared->originalSize.width())
                              .arg(prepared->originalSize.height())
                              .arg(prepared->size.width())
                              .arg(prepared->size.height());
    return ready(std::move(attachment));
}

Result AttachmentIntake::fromFile(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refused(tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return refused(tr("%1 is a folder; attach the files inside it.").arg(name));
    if (info.size() > limits.maxBytes)
        return refused(tr("%1 is %2; files up to %3 can be attached.")
                           .arg(name, megabytes(info.size()), megabytes(limits.maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("Could not read %1: %2").arg(name, file.errorString()));
    return fromBytes(file.readAll(), name, limits);
}

Result AttachmentIntake::fromImageUrl(const QString &text, const Limits &limits)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"data:"_s, Qt::CaseInsensitive)) {
        const qsizetype comma = trimmed.indexOf(u',');
        if (comma < 0 || !trimmed.left(comma).endsWith(u";base64"_s, Qt::CaseInsensitive))
            return refused(tr("The data URL is not base64-encoded image data."));
        const auto decoded = QByteArray::fromBase64Encoding(
            trimmed.mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return refused(tr("The data URL's base64 is damaged."));
        return fromBytes(*decoded, tr("pasted image"), limits);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty())
        return refused(tr("%1 is not an http(s) address of an image.").arg(trimmed));
    ComposerAttachment attachment;
    attachment.kind = ComposerAttachment::Kind::ImageUrl;
    attachment.url = url.toString(QUrl::FullyEncoded);
    attachment.name = url.fileName().isEmpty() ? url.host() : url.fileName();
    attachment.note = url.host();
    return ready(std::move(attachment));
}

bool AttachmentIntake::looksLikeImageUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(u'\n') || trimmed.contains(u' '))
        return false;
    if (trimmed.startsWith(u"data:image/"_s, Qt::CaseInsensitive))
        return true;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return false;
    const QString path = url.path().toLower();
    return std::any_of(ImageExtensions.cbegin(), ImageExtensions.cend(),
        [&](const QString &extension) { return path.endsWith(extension); });
}

bool AttachmentIntake::offersMedia(const QMimeData *data)
{
    if (!data)
        return false;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() || looksLikeImageUrl(url.toString()))
            return true;
    }
    if (data->hasImage())
        return true;
    return data->hasText() && looksLikeImageUrl(data->text());
}

QList<Result> AttachmentIntake::fromMimeData(const QMimeData *data, const Limits &limits)
{
    QList<Result> results;
    if (!data)
        return results;
    QList<QUrl> remote;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            results.append(fromFile(url.toLocalFile(), limits));
        else if (looksLikeImageUrl(url.toString()))
            remote.append(url);
    }
    if (!results.isEmpty())
        return results;
    // Image bytes as the source application encoded them, rather than re-encoded by Qt.
    for (const QString &format : ImageMimeTypes) {
        if (data->hasFormat(format)) {
            const QByteArray bytes = data->data(format);
            if (!bytes.isEmpty()) {
                results.append(fromBytes(bytes, tr("pasted image"), limits));
                return results;
            }
        }
    }
    if (data->hasImage()) {
        const auto image = qvariant_cast<QImage>(data->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG")) {
            results.append(fromBytes(png, tr("pasted image"), limits));
            return results;
        }
    }
    for (const QUrl &url : remote)
        results.append(fromImageUrl(url.toString(), limits));
    if (results.isEmpty() && data->hasText() && looksLikeImageUrl(data->text()))
        results.append(fromImageUrl(data->text(), limits));
    return results;
}
