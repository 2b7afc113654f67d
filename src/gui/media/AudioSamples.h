// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>

//! Raw samples in whatever format a decoder or a microphone delivers, as 16-bit mono PCM:
//! channels are averaged, 8-bit, 32-bit and float samples scaled.
namespace AudioSamples {
inline qint16 sampleAt(const char *data, QAudioFormat::SampleFormat format, qint64 index)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return qint16((int(reinterpret_cast<const quint8 *>(data)[index]) - 128) * 256);
    case QAudioFormat::Int16:
        return reinterpret_cast<const qint16 *>(data)[index];
    case QAudioFormat::Int32:
        return qint16(reinterpret_cast<const qint32 *>(data)[index] >> 16);
    case QAudioFormat::Float:
        return qint16(qBound(-1.0f, reinterpret_cast<const float *>(data)[index], 1.0f) * 32767.0f);
    default:
        return 0;
    }
}

inline QByteArray toMonoInt16(const char *data, qint64 frames, const QAudioFormat &format)
{
    const int channels = qMax(1, format.channelCount());
    QByteArray pcm(frames * 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (qint64 frame = 0; frame < frames; ++frame) {
        int sum = 0;
        for (int channel = 0; channel < channels; ++channel)
            sum += sampleAt(data, format.sampleFormat(), frame * channels + channel);
        out[frame] = qint16(sum / channels);
    }
    return pcm;
}

//! The loudest sample of 16-bit PCM, 0..1.
inline double peak(const QByteArray &pcm)
{
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    int loudest = 0;
    for (qsizetype i = 0; i < pcm.size() / 2; ++i)
        loudest = qMax(loudest, qAbs(int(samples[i])));
    return qMin(1.0, loudest / 32767.0);
}
} // namespace AudioSamples
