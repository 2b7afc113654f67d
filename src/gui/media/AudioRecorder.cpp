// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/AudioRecorder.h"

#include <QAudioSource>
#include <QMediaDevices>

#include "gui/media/AudioSamples.h"

//! Where QAudioSource pushes the captured samples: straight into the recorder.
class PcmSink final : public QIODevice
{
public:
    explicit PcmSink(AudioRecorder &recorder)
        : m_recorder(&recorder)
    {}

    //! From now on samples are dropped: the take is over.
    void detach() { m_recorder = nullptr; }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 bytes) override
    {
        if (m_recorder)
            m_recorder->consume(data, bytes);
        return bytes;
    }

private:
    AudioRecorder *m_recorder;
};

namespace {
//! 16-bit mono at the API's 24 kHz when the device takes it, else the closest it offers.
QAudioFormat captureFormat(const QAudioDevice &device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(Wav::Format{}.sampleRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(wanted))
        return wanted;
    QAudioFormat preferred = device.preferredFormat();
    wanted.setSampleRate(preferred.sampleRate());
    if (device.isFormatSupported(wanted))
        return wanted;
    return preferred;
}
} // namespace

AudioRecorder::AudioRecorder(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(50);
    connect(&m_ticker, &QTimer::timeout, this, &AudioRecorder::tick);
}

AudioRecorder::~AudioRecorder()
{
    release();
}

std::chrono::milliseconds AudioRecorder::elapsed() const
{
    const qint64 bytes =
        m_writer ? m_writer->dataBytes() : Wav::parse(m_wav).value_or(Wav::Info{}).dataBytes;
    const qint64 rate = qint64(m_format.sampleRate) * m_format.bytesPerFrame();
    return std::chrono::milliseconds(rate > 0 ? bytes * 1000 / rate : 0);
}

bool AudioRecorder::start()
{
    release();
    m_wav.clear();
    m_error.clear();
    m_reachedLimit = false;
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AudioRecorder::inputsChanged);
    }
    m_device = QMediaDevices::defaultAudioInput();
    if (m_device.isNull()) {
        fail(tr("No microphone was found. Connect one, or check that the system's sound "
                "settings can see it."));
        return false;
    }
    m_captureFormat = captureFormat(m_device);
    m_format = Wav::Format{ m_captureFormat.sampleRate(), 1, 16 };

    m_file.setData(QByteArray());
    m_file.open(QIODevice::ReadWrite);
    m_writer = std::make_unique<Wav::Writer>(m_file, m_format);
    m_writer->start();
    m_pending.clear();
    m_peak = 0;

    m_source = new QAudioSource(m_device, m_captureFormat, this);
    // The sink belongs to the source: Qt's audio source may still touch it while it goes.
    m_sink = new PcmSink(*this);
    m_sink->setParent(m_source);
    m_sink->open(QIODevice::WriteOnly);
    m_source->setBufferSize(m_captureFormat.bytesForDuration(100 * 1000));
    connect(m_source, &QAudioSource::stateChanged, this, &AudioRecorder::sourceStateChanged);
    m_source->start(m_sink);
    if (m_source->error() != QAudio::NoError) {
        release();
        fail(tr("The microphone could not be opened. Another program may be using it, or "
                "Kaiwa may not be allowed to use it (see the system's privacy or sound "
                "settings)."));
        return false;
    }
    m_ticker.start();
    Q_EMIT elapsedChanged(0);
    return true;
}

void AudioRecorder::consume(const char *data, qint64 bytes)
{
    if (!m_writer)
        return;
    m_pending.append(data, bytes);
    const int frameBytes = qMax(1, m_captureFormat.bytesPerFrame());
    const qint64 frames = m_pending.size() / frameBytes;
    if (frames == 0)
        return;
    QByteArray pcm =
        m_captureFormat.sampleFormat() == QAudioFormat::Int16 && m_captureFormat.channelCount() == 1
        ? m_pending.left(frames * frameBytes)
        : AudioSamples::toMonoInt16(m_pending.constData(), frames, m_captureFormat);
    m_pending.remove(0, frames * frameBytes);

    const qint64 rate = qint64(m_format.sampleRate) * m_format.bytesPerFrame();
    const qint64 limit = qMin<qint64>(MaxBytes - 44, rate * m_maxDuration.count() / 1000);
    const qint64 room = limit - m_writer->dataBytes();
    if (pcm.size() >= room) {
        pcm.truncate(room - room % m_format.bytesPerFrame());
        m_reachedLimit = true;
    }
    m_peak = qMax(m_peak, AudioSamples::peak(pcm));
    m_writer->write(pcm);
    if (m_reachedLimit) // stop outside QAudioSource's own call into the sink
        QMetaObject::invokeMethod(this, &AudioRecorder::stop, Qt::QueuedConnection);
}

void AudioRecorder::tick()
{
    Q_EMIT levelChanged(m_peak);
    m_peak = 0;
    Q_EMIT elapsedChanged(elapsed().count());
}

void AudioRecorder::sourceStateChanged()
{
    if (!m_source || m_stopping)
        return;
    if (m_source->state() != QAudio::StoppedState || m_source->error() == QAudio::NoError)
        return;
    // Handled once the source has returned from its signal: stopping deletes it.
    QMetaObject::invokeMethod(this, &AudioRecorder::sourceFailed, Qt::QueuedConnection);
}

void AudioRecorder::sourceFailed()
{
    if (!m_source)
        return;
    const QAudio::Error error = m_source->error();
    {
        const bool recorded = m_writer && m_writer->dataBytes() > 0;
        m_error = error == QAudio::OpenError
            ? tr("The microphone could not be opened. Another program may be using it, or "
                 "Kaiwa may not be allowed to use it (see the system's privacy or sound "
                 "settings).")
            : tr("The microphone stopped working.");
        if (recorded)
            m_error += u' ' + tr("What was recorded until then is kept.");
        const QString message = m_error;
        stop();
        m_error = message;
        Q_EMIT errorOccurred(message);
    }
}

void AudioRecorder::inputsChanged()
{
    if (!m_source)
        return;
    const auto inputs = QMediaDevices::audioInputs();
    const bool present = std::any_of(inputs.cbegin(), inputs.cend(),
        [this](const QAudioDevice &device) { return device.id() == m_device.id(); });
    if (present)
        return;
    const QString message =
        tr("The microphone was disconnected. What was recorded until then is kept.");
    stop();
    m_error = message;
    Q_EMIT errorOccurred(message);
}

QByteArray AudioRecorder::stop()
{
    if (!m_source)
        return {};
    m_wav = finish();
    Q_EMIT levelChanged(0);
    Q_EMIT elapsedChanged(elapsed().count());
    Q_EMIT stopped(m_wav);
    return m_wav;
}

void AudioRecorder::cancel()
{
    release();
    m_wav.clear();
    Q_EMIT levelChanged(0);
    Q_EMIT elapsedChanged(0);
}

QByteArray AudioRecorder::finish()
{
    m_stopping = true;
    m_source->stop(); // may push the last samples it still held
    m_stopping = false;
    QByteArray wav;
    if (m_writer && m_writer->dataBytes() > 0 && m_writer->finish())
        wav = m_file.data();
    release();
    return wav;
}

void AudioRecorder::release()
{
    m_ticker.stop();
    if (m_source) {
        QAudioSource *source = m_source;
        m_source = nullptr;
        source->disconnect(this);
        m_stopping = true;
        source->stop();
        m_stopping = false;
        // Never from inside one of its own signals (see sourceStateChanged()); not deleteLater()
        // either: ~QAudioSource processes events and would run a pending deferred delete twice.
        delete source;
    }
    if (m_sink)
        m_sink->detach();
    m_sink = nullptr;
    m_writer.reset();
    m_file.close();
    m_pending.clear();
}

void AudioRecorder::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}
