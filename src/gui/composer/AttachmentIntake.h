// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "gui/composer/ComposerAttachment.h"

class QMimeData;

//! Turns what the user offers the composer (a file, clipboard or dropped data, an image URL) into
//! a ComposerAttachment, or a refusal that says why. What a file is comes from its bytes, never
//! its name: images go through ImagePreparer (orientation, scaling, re-encoding), WAV and MP3
//! pass as they are, PDFs become file parts, and other audio asks to be converted to WAV.
class AttachmentIntake final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentIntake)

public:
    struct Limits
    {
        int maxLongSide = 2048; //!< images are scaled down to this long side
        qint64 maxBytes = 20 * 1024 * 1024; //!< of any file, and of an image after preparing
    };

    enum class Outcome {
        Ready, //!< `attachment` is filled
        Refused, //!< `reason` says why
        NeedsConversion, //!< audio other than WAV/MP3: convert `bytes` to WAV, then fromBytes()
    };

    struct Result
    {
        Outcome outcome = Outcome::Refused;
        ComposerAttachment attachment;
        QString reason;
        QByteArray bytes; //!< NeedsConversion: the original bytes
        QString name;
    };

    static Result fromBytes(const QByteArray &bytes, const QString &name, const Limits &limits);
    static Result fromFile(const QString &path, const Limits &limits);
    //! An http(s) image address is kept as a URL part; a data:image URL is decoded and prepared.
    static Result fromImageUrl(const QString &url, const Limits &limits);
    //! Clipboard or drop: local files, image data, or image URLs (as URLs or as plain text).
    static QList<Result> fromMimeData(const QMimeData *data, const Limits &limits);

    //! Whether `data` holds something fromMimeData() takes (and pasting it should not insert text).
    static bool offersMedia(const QMimeData *data);
    //! A single http(s) URL whose path ends in an image extension, or a data:image URL.
    static bool looksLikeImageUrl(const QString &text);

    //! The thumbnail edge, in device-independent pixels.
    static constexpr int ThumbnailSize = 96;
};
