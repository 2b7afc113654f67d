// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <expected>
#include <functional>

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/media/Wav.h"

class QAudioDecoder;

//! Audio ready for an input_audio part: the bytes to encode and the part's `format`.
struct ConvertedAudio
{
    QByteArray bytes;
    QString format; //!< "wav" or "mp3", input_audio.format
    QString mimeType; //!< audio/wav or audio/mpeg
    bool converted = false; //!< false: `bytes` are the input, byte for byte
    std::chrono::milliseconds duration{ 0 }; //!< known for WAV (converted or not); 0 for MP3
};
Q_DECLARE_METATYPE(ConvertedAudio)

//! Turns audio bytes or a file into what input_audio accepts (issue 5). WAV and MP3, found from
//! the content, pass through untouched; anything else Qt Multimedia can decode becomes a 16-bit
//! PCM WAV (mono, 24 kHz unless the decoder insists on its own rate). Decoding is asynchronous:
//! convert() answers once with converted() or failed(). Every refusal is one translated
//! sentence that names the source and says why.
class AudioConverter final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxInputBytes = 50 * 1024 * 1024;
        qint64 maxResultBytes = 25 * 1024 * 1024; //!< of what is sent; ~9 minutes of WAV
        std::chrono::milliseconds timeout{ 60000 }; //!< a decoder that never answers
    };

    explicit AudioConverter(QObject *parent = nullptr);
    ~AudioConverter() override;

    void setLimits(const Limits &limits) { m_limits = limits; }

    Limits limits() const { return m_limits; }

    //! Starts converting; a conversion still running is abandoned (no signal for it).
    void convert(const QByteArray &bytes, const QString &sourceName);
    //! Reads the file (its name is the source name in messages) and converts it.
    void convertFile(const QString &path);
    //! Abandons the running conversion without a signal.
    void cancel();

    bool isRunning() const { return m_decoder != nullptr; }

    //! Runs convert() in a local event loop until it answers: for tests and scripts.
    static std::expected<ConvertedAudio, QString> convertNow(
        const QByteArray &bytes, const QString &sourceName);
    static std::expected<ConvertedAudio, QString> convertNow(
        const QByteArray &bytes, const QString &sourceName, const Limits &limits);

Q_SIGNALS:
    void converted(const ConvertedAudio &audio);
    void failed(const QString &reason);

private:
    void decode(const QByteArray &bytes);
    void readBuffer();
    void finishDecoding();
    void decoderFailed(const QString &why);
    void fail(const QString &reason);
    void stopDecoder();
    void post(const std::function<void()> &emitter);

    Limits m_limits;
    QString m_sourceName;
    QByteArray m_input; //!< what the decoder reads, for describing it when it fails
    quint64 m_generation = 0; //!< bumped by cancel(): answers of abandoned runs are dropped
    QAudioDecoder *m_decoder = nullptr;
    QByteArray m_pcm;
    Wav::Format m_format;
    bool m_haveFormat = false;
    QTimer m_timeout;
};
