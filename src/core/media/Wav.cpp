// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/Wav.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

namespace Wav {
namespace {
constexpr qint64 HeaderBytes = 44;
constexpr quint32 MaxData = 0xffffffffu - 36; //!< RIFF sizes are 32-bit

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 get16(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}
} // namespace

std::chrono::milliseconds Info::duration() const
{
    if (format.sampleRate <= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(frames * 1000 / format.sampleRate);
}

QByteArray header(const Format &format, quint32 dataBytes)
{
    QByteArray out;
    out.reserve(HeaderBytes);
    out.append("RIFF", 4);
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    put32(out, 16); // fmt chunk size
    put16(out, 1); // PCM
    put16(out, quint16(format.channels));
    put32(out, quint32(format.sampleRate));
    put32(out, quint32(format.sampleRate * format.bytesPerFrame())); // byte rate
    put16(out, quint16(format.bytesPerFrame())); // block align
    put16(out, quint16(format.bitsPerSample));
    out.append("data", 4);
    put32(out, dataBytes);
    return out;
}

QByteArray fromPcm(const QByteArray &pcm, const Format &format)
{
    // A trailing partial frame would make the file invalid; the last bytes of a cut stream go.
    const qint64 whole = pcm.size() - pcm.size() % format.bytesPerFrame();
    return header(format, quint32(qMin<qint64>(whole, MaxData))) + pcm.left(whole);
}

std::expected<Info, QString> parse(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::unexpected(
            QCoreApplication::translate("Wav", "not a WAV file (no RIFF/WAVE header)"));
    Info info;
    bool haveFormat = false;
    qint64 at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qint64 size = get32(bytes, at + 4);
        const qint64 body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                return std::unexpected(
                    QCoreApplication::translate("Wav", "the WAV format chunk is truncated"));
            const quint16 tag = get16(bytes, body);
            if (tag != 1 && tag != 0xfffe)
                return std::unexpected(
                    QCoreApplication::translate("Wav", "the WAV file is not PCM (format %1)")
                        .arg(tag));
            info.format.channels = get16(bytes, body + 2);
            info.format.sampleRate = int(get32(bytes, body + 4));
            info.format.bitsPerSample = get16(bytes, body + 14);
            if (info.format.channels <= 0 || info.format.bitsPerSample <= 0)
                return std::unexpected(
                    QCoreApplication::translate("Wav", "the WAV format chunk is invalid"));
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return std::unexpected(
                    QCoreApplication::translate("Wav", "the WAV data comes before its format"));
            info.dataOffset = body;
            // Recorders that were cut off leave 0 or a too-large size: count what is there.
            info.dataBytes =
                qMin<qint64>(size == 0 ? bytes.size() - body : size, bytes.size() - body);
            info.frames = info.dataBytes / info.format.bytesPerFrame();
            return info;
        }
        at = body + size + (size % 2); // chunks are padded to even sizes
    }
    return std::unexpected(QCoreApplication::translate("Wav", "the WAV file has no data chunk"));
}

Writer::Writer(QIODevice &device, const Format &format)
    : m_device(device)
    , m_format(format)
{}

bool Writer::start()
{
    m_start = m_device.pos();
    m_dataBytes = 0;
    return m_device.write(header(m_format, 0)) == HeaderBytes;
}

bool Writer::write(const QByteArray &pcm)
{
    if (m_dataBytes + pcm.size() > MaxData)
        return false;
    if (m_device.write(pcm) != pcm.size())
        return false;
    m_dataBytes += pcm.size();
    return true;
}

bool Writer::finish()
{
    const qint64 end = m_device.pos();
    if (m_dataBytes % m_format.bytesPerFrame() != 0)
        return false; // a partial frame: the caller wrote something odd
    if (!m_device.seek(m_start))
        return false;
    const bool written = m_device.write(header(m_format, quint32(m_dataBytes))) == HeaderBytes;
    return m_device.seek(end) && written;
}
} // namespace Wav
