// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/MediaParts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MediaParts {
namespace {
std::unexpected<QString> fail(const QString &message)
{
    return std::unexpected(message);
}

std::expected<QByteArray, QString> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("MediaParts", "%1 does not exist").arg(path));
    if (!info.isFile())
        return fail(
            QCoreApplication::translate("MediaParts", "%1 is not a regular file").arg(path));
    if (info.size() > MaxFileBytes) {
        return fail(QCoreApplication::translate(
            "MediaParts", "%1 is too large (%2 MB; Kaiwa sends at most %3 MB)")
                        .arg(path)
                        .arg(info.size() / (1024 * 1024))
                        .arg(MaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("MediaParts", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    return file.readAll();
}

QString dataUrl(const QString &mime, const QByteArray &bytes)
{
    return u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

//! The MIME type for messages and file parts: sniffed first, then the shared MIME database.
QString describeMime(const QString &path, const QByteArray &bytes)
{
    const QString sniffed = sniffMimeType(bytes.left(64));
    if (!sniffed.isEmpty())
        return sniffed;
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes);
    return type.isValid() ? type.name() : u"application/octet-stream"_s;
}

QString audioShortName(const QString &mime, const QString &path)
{
    static const QHash<QString, QString> names{ { u"audio/ogg"_s, u"ogg"_s },
        { u"audio/flac"_s, u"flac"_s }, { u"audio/aac"_s, u"aac"_s }, { u"audio/mp4"_s, u"m4a"_s },
        { u"audio/webm"_s, u"webm"_s } };
    if (names.contains(mime))
        return names.value(mime);
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? mime : suffix;
}

bool isRemoteOrDataUrl(const QString &text)
{
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"data:"_s, Qt::CaseInsensitive);
}

QString localPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(u"file:"_s, Qt::CaseInsensitive))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}
} // namespace

QString sniffMimeType(const QByteArray &head)
{
    const auto at = [&](qsizetype offset, QByteArrayView magic) {
        return head.size() >= offset + magic.size() && head.mid(offset, magic.size()) == magic;
    };
    const auto byte = [&](qsizetype i) {
        return i < head.size() ? quint8(head.at(i)) : quint8(0);
    };
    if (at(0, "\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (at(0, "\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (at(0, "GIF87a") || at(0, "GIF89a"))
        return u"image/gif"_s;
    if (at(0, "RIFF") && at(8, "WEBP"))
        return u"image/webp"_s;
    if (at(0, "RIFF") && at(8, "WAVE"))
        return u"audio/wav"_s;
    if (at(0, "ID3"))
        return u"audio/mpeg"_s;
    if (byte(0) == 0xff && (byte(1) & 0xe0) == 0xe0) {
        // MPEG frame sync: layer bits 00 are ADTS AAC, anything else an MPEG audio layer.
        return (byte(1) & 0x06) == 0 ? u"audio/aac"_s : u"audio/mpeg"_s;
    }
    if (at(0, "OggS"))
        return u"audio/ogg"_s;
    if (at(0, "fLaC"))
        return u"audio/flac"_s;
    if (at(4, "ftypM4A"))
        return u"audio/mp4"_s;
    if (at(4, "ftypheic") || at(4, "ftypheix") || at(4, "ftypmif1"))
        return u"image/heic"_s;
    if (at(0, "%PDF-"))
        return u"application/pdf"_s;
    if (at(0, "BM"))
        return u"image/bmp"_s;
    if (at(0, QByteArrayView("II*\0", 4)) || at(0, QByteArrayView("MM\0*", 4)))
        return u"image/tiff"_s;
    return {};
}

std::expected<MessagePart, QString> image(const QString &pathOrUrl, const QString &detail)
{
    if (isRemoteOrDataUrl(pathOrUrl)) {
        if (pathOrUrl.startsWith(u"data:"_s, Qt::CaseInsensitive)
            && !pathOrUrl.startsWith(u"data:image/"_s, Qt::CaseInsensitive)) {
            return fail(
                QCoreApplication::translate("MediaParts", "the data URL does not hold an image"));
        }
        return MessagePart::makeImageUrl(pathOrUrl, detail);
    }
    const QString path = localPath(pathOrUrl);
    const auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    const QString mime = describeMime(path, *bytes);
    static const QStringList supported{ u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s,
        u"image/gif"_s };
    if (!supported.contains(mime)) {
        if (mime.startsWith(u"image/"_s)) {
            return fail(QCoreApplication::translate(
                "MediaParts", "%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF")
                            .arg(path, mime));
        }
        return fail(
            QCoreApplication::translate("MediaParts", "%1 is not an image (%2)").arg(path, mime));
    }
    return MessagePart::makeImageUrl(dataUrl(mime, *bytes), detail);
}

std::expected<MessagePart, QString> audio(const QString &path)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    QString mime = sniffMimeType(bytes->left(64));
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Headerless MP3 streams can start with padding; trust the extension only when the bytes
    // don't name another format.
    if (mime.isEmpty() && (suffix == u"mp3"_s || suffix == u"wav"_s))
        mime = suffix == u"mp3"_s ? u"audio/mpeg"_s : u"audio/wav"_s;
    if (mime == u"audio/wav"_s)
        return MessagePart::makeInputAudio(QString::fromLatin1(bytes->toBase64()), u"wav"_s);
    if (mime == u"audio/mpeg"_s)
        return MessagePart::makeInputAudio(QString::fromLatin1(bytes->toBase64()), u"mp3"_s);
    if (mime.isEmpty())
        mime = describeMime(path, *bytes);
    if (!mime.startsWith(u"audio/"_s) && !mime.startsWith(u"video/"_s))
        return fail(QCoreApplication::translate("MediaParts", "%1 is not an audio file (%2)")
                        .arg(path, mime));
    return fail(QCoreApplication::translate(
        "MediaParts", "%1 is not supported by the API: convert to wav or mp3")
                    .arg(audioShortName(mime, path)));
}

std::expected<MessagePart, QString> file(const QString &path)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    const QString mime = describeMime(path, *bytes);
    return MessagePart::makeFile(dataUrl(mime, *bytes), QFileInfo(path).fileName());
}

std::expected<MessagePart, QString> fromPath(const QString &path)
{
    if (isRemoteOrDataUrl(path))
        return image(path);
    QFile probe(localPath(path));
    if (!probe.open(QIODevice::ReadOnly))
        return file(localPath(path));
    const QString mime = sniffMimeType(probe.read(64));
    if (mime.startsWith(u"image/"_s) && mime != u"image/heic"_s && mime != u"image/tiff"_s
        && mime != u"image/bmp"_s) {
        return image(path);
    }
    // Other audio formats go through audio() too, so the user hears why they were refused
    // instead of the server rejecting a file part.
    if (mime.startsWith(u"audio/"_s))
        return audio(localPath(path));
    return file(localPath(path));
}
} // namespace MediaParts
