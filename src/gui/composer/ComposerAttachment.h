// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

//! Something waiting in the composer to be sent with the next message: an image (already checked,
//! oriented and scaled by ImagePreparer), an image by URL, an audio clip (WAV or MP3) or a PDF.
struct ComposerAttachment
{
    enum class Kind { Image, ImageUrl, Audio, File };
    Kind kind = Kind::Image;
    QByteArray bytes; //!< what is sent (empty for ImageUrl)
    QString mimeType; //!< image/png, image/jpeg, audio/wav, audio/mpeg, application/pdf, …
    QString name; //!< shown under the thumbnail and used as the file name of File parts
    QString url; //!< ImageUrl: the http(s) address
    QString detail = QStringLiteral("auto"); //!< images: auto, low or high
    QImage thumbnail; //!< images: a small preview
    qint64 durationMs = -1; //!< audio: -1 when unknown (MP3)
    QString note; //!< e.g. "scaled from 4032 × 3024" or "converted to WAV"

    bool isImage() const { return kind == Kind::Image || kind == Kind::ImageUrl; }
};

using ComposerAttachments = QList<ComposerAttachment>;
