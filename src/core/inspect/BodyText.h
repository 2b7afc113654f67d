// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

//! JSON text for the request inspector, worked on as text so the keys keep the order they were
//! sent in: long base64 strings (data: URLs, input_audio data, file_data, streamed audio) cut
//! down to a marker, and indentation for reading.
namespace BodyText {
//! Strings of at least `minLength` characters that are data: URLs or base64 become
//! "[image/png base64: 123456 bytes elided]". Text that is not JSON passes through the same way
//! (only its quoted strings are looked at).
QByteArray elideBase64(QByteArrayView json, qsizetype minLength = 256);
//! Indented JSON (two spaces); non-JSON text is returned unchanged.
QByteArray pretty(QByteArrayView json);
} // namespace BodyText
