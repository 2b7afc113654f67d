// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <expected>

#include <QByteArray>
#include <QString>

class QIODevice;

//! RIFF/WAVE with 16-bit PCM: what microphone recordings are saved as, and what a spoken answer
//! streamed as raw `pcm16` (24 kHz, mono, little-endian) becomes so it can be played and saved.
namespace Wav {
struct Format
{
    int sampleRate = 24000; //!< the API's pcm16 rate
    int channels = 1;
    int bitsPerSample = 16;

    int bytesPerFrame() const { return channels * bitsPerSample / 8; }

    friend bool operator==(const Format &, const Format &) = default;
};

struct Info
{
    Format format;
    qint64 frames = 0; //!< samples per channel
    qint64 dataOffset = 0; //!< where the samples start in the file
    qint64 dataBytes = 0;

    std::chrono::milliseconds duration() const;
};

//! The canonical 44-byte header for `dataBytes` of samples.
QByteArray header(const Format &format, quint32 dataBytes);
//! A whole WAV file around raw little-endian PCM samples.
QByteArray fromPcm(const QByteArray &pcm, const Format &format = {});
//! Reads the header of a WAV file: PCM only, extra chunks (LIST, fact) skipped. The error says
//! what is wrong (not RIFF/WAVE, not PCM, no data chunk, truncated).
std::expected<Info, QString> parse(const QByteArray &bytes);

//! Writes a WAV file while samples arrive (recording): a header with empty sizes first, the
//! samples, then finish() fills in the sizes. The device must be seekable.
class Writer
{
public:
    Writer(QIODevice &device, const Format &format);

    bool start();
    bool write(const QByteArray &pcm);
    //! Patches the RIFF and data sizes; the file is valid from here on.
    bool finish();

    qint64 dataBytes() const { return m_dataBytes; }

private:
    QIODevice &m_device;
    Format m_format;
    qint64 m_start = 0;
    qint64 m_dataBytes = 0;
};
} // namespace Wav
