// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <memory>

#include <QAudioDevice>
#include <QAudioFormat>
#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/media/Wav.h"

class PcmSink;
class QAudioSource;
class QMediaDevices;

//! Records the default microphone into a 16-bit PCM WAV (mono; 24 kHz when the device allows,
//! else the device's own rate), in memory. While recording it reports the level (peak, 0..1)
//! and the elapsed time about 20 times a second. It stops by itself at the maximum length or
//! size and when the microphone goes away; what was recorded until then is kept.
//! Every problem is reported as one translated sentence through errorOccurred().
class AudioRecorder final : public QObject
{
    Q_OBJECT

public:
    //! 25 MB: the most Kaiwa sends as one input_audio part (AudioConverter's limit).
    static constexpr qint64 MaxBytes = 25 * 1024 * 1024;

    explicit AudioRecorder(QObject *parent = nullptr);
    ~AudioRecorder() override;

    void setMaximumDuration(std::chrono::milliseconds duration) { m_maxDuration = duration; }

    std::chrono::milliseconds maximumDuration() const { return m_maxDuration; }

    //! Starts a new take on the default input device (a previous take is dropped). Returns
    //! false, after emitting errorOccurred(), when there is no microphone or it cannot be opened.
    bool start();
    //! Ends the take: returns the WAV (empty if nothing was recorded) and emits stopped().
    QByteArray stop();
    //! Ends the take and throws it away; emits nothing.
    void cancel();

    bool isRecording() const { return m_source != nullptr; }

    //! The last finished take.
    QByteArray wav() const { return m_wav; }

    //! Of the take being recorded, or of the last one.
    std::chrono::milliseconds elapsed() const;

    QString errorString() const { return m_error; }

    //! What the take is written as (valid once started).
    Wav::Format format() const { return m_format; }

    //! Whether the last take ended because it reached the maximum length or size.
    bool reachedLimit() const { return m_reachedLimit; }

Q_SIGNALS:
    void levelChanged(double level);
    void elapsedChanged(qint64 milliseconds);
    void stopped(const QByteArray &wav);
    void errorOccurred(const QString &message);

private:
    friend class PcmSink;
    void consume(const char *data, qint64 bytes);
    void tick();
    void sourceStateChanged();
    void sourceFailed();
    void inputsChanged();
    QByteArray finish();
    void release();
    void fail(const QString &message);

    std::chrono::milliseconds m_maxDuration{ 10 * 60 * 1000 };
    QAudioDevice m_device;
    QAudioFormat m_captureFormat; //!< what the device delivers
    Wav::Format m_format; //!< what is written
    QAudioSource *m_source = nullptr;
    PcmSink *m_sink = nullptr; //!< child of m_source
    QBuffer m_file;
    std::unique_ptr<Wav::Writer> m_writer;
    QByteArray m_wav;
    QByteArray m_pending; //!< a partial frame between two deliveries
    double m_peak = 0;
    bool m_reachedLimit = false;
    bool m_stopping = false;
    QString m_error;
    QTimer m_ticker;
    QMediaDevices *m_devices = nullptr;
};
