// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

//! An image ready to send as an image_url part: the bytes to encode, their MIME type and sizes.
struct PreparedImage
{
    QByteArray bytes;
    QString mimeType; //!< image/png, image/jpeg, image/webp or image/gif
    QSize size; //!< of `bytes`; invalid only for a WebP passed through without a decoder
    QSize originalSize; //!< the decoded source, orientation applied, before scaling
    bool reencoded = false; //!< false: `bytes` are the input, byte for byte
    QString detail; //!< auto, low or high

    //! "data:<mime>;base64,…", the value of image_url.url.
    QString dataUrl() const;
};

//! Turns image bytes from a file, the clipboard or a download into what the API accepts
//! (issue 5): the format is found from the content, never a name; EXIF orientation is applied;
//! images whose long side is over the limit are scaled down and re-encoded (PNG when the source
//! is PNG or has transparency, else JPEG). An image already fine is passed through unchanged.
//! Every refusal is one translated English sentence naming the source.
class ImagePreparer final
{
    Q_DECLARE_TR_FUNCTIONS(ImagePreparer)

public:
    struct Options
    {
        int maxLongSide = 2048;
        qint64 maxBytes = 20 * 1024 * 1024; //!< of the input and of the result
        QString detail = QStringLiteral("auto"); //!< auto, low, high; anything else means auto
    };

    static std::expected<PreparedImage, QString> prepare(
        const QByteArray &bytes, const QString &sourceName);
    static std::expected<PreparedImage, QString> prepare(
        const QByteArray &bytes, const QString &sourceName, const Options &options);

    //! "a PDF file", "text", …: what non-image bytes look like, for refusals.
    static QString describeContent(const QByteArray &bytes);
};
