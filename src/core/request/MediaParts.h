// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QString>

#include "core/request/RequestMessage.h"

//! Builds user content parts from local files or URLs (protocol.md §2.3). Formats are detected
//! from the file's bytes (the extension only breaks ties), and every refusal says why in English.
namespace MediaParts {
//! Largest file read into a part; the API's own limits are lower for most kinds.
inline constexpr qint64 MaxFileBytes = 50 * 1024 * 1024;

//! An image_url part. An http(s) or data: URL is kept as is; a local PNG, JPEG, WebP or GIF file
//! becomes a base64 data URL. `detail` (auto, low, high) is sent only when not empty.
std::expected<MessagePart, QString> image(const QString &pathOrUrl, const QString &detail = {});

//! An input_audio part for a WAV or MP3 file; other formats are refused with a hint to convert.
std::expected<MessagePart, QString> audio(const QString &path);

//! A file part: a base64 data URL with the file's MIME type, plus its file name.
std::expected<MessagePart, QString> file(const QString &path);

//! Picks image(), audio() or file() by what the file holds; audio other than WAV/MP3 is refused.
std::expected<MessagePart, QString> fromPath(const QString &path);

//! The MIME type sniffed from leading bytes for the formats the API knows (image/png,
//! image/jpeg, image/webp, image/gif, audio/wav, audio/mpeg, …); empty when unknown.
QString sniffMimeType(const QByteArray &head);
} // namespace MediaParts
