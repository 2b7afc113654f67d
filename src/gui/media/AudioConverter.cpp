// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/AudioConverter.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include "core/request/MediaParts.h"
#include "gui/media/AudioSamples.h"
#include "gui/media/ImagePreparer.h"

using namespace Qt::StringLiterals;

namespace {
QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

AudioConverter::AudioConverter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConvertedAudio>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("%1 could not be converted: decoding took too long.").arg(m_sourceName));
    });
}

AudioConverter::~AudioConverter()
{
    stopDecoder();
}

void AudioConverter::convertFile(const QString &path)
{
    cancel();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_sourceName = name;
        fail(tr("%1 could not be read: %2.").arg(name, file.errorString()));
        return;
    }
    if (file.size() > m_limits.maxInputBytes) {
        m_sourceName = name;
        fail(tr("%1 is %2 MB, over the %3 MB limit for audio files.")
                 .arg(name, megabytes(file.size()), megabytes(m_limits.maxInputBytes)));
        return;
    }
    convert(file.readAll(), name);
}

void AudioConverter::convert(const QByteArray &bytes, const QString &sourceName)
{
    cancel();
    m_sourceName = sourceName;
    if (bytes.isEmpty()) {
        fail(tr("%1 is empty.").arg(sourceName));
        return;
    }
    if (bytes.size() > m_limits.maxInputBytes) {
        fail(tr("%1 is %2 MB, over the %3 MB limit for audio files.")
                 .arg(sourceName, megabytes(bytes.size()), megabytes(m_limits.maxInputBytes)));
        return;
    }
    const QString mime = MediaParts::sniffMimeType(bytes.left(64));
    if (mime == u"audio/wav"_s || mime == u"audio/mpeg"_s) {
        if (bytes.size() > m_limits.maxResultBytes) {
            fail(tr("%1 is %2 MB, over the %3 MB limit for audio sent to the model.")
                     .arg(sourceName, megabytes(bytes.size()), megabytes(m_limits.maxResultBytes)));
            return;
        }
        ConvertedAudio audio;
        audio.bytes = bytes;
        audio.mimeType = mime;
        audio.format = mime == u"audio/wav"_s ? u"wav"_s : u"mp3"_s;
        if (const auto info = Wav::parse(bytes); info && mime == u"audio/wav"_s)
            audio.duration = info->duration();
        post([this, audio] { Q_EMIT converted(audio); });
        return;
    }
    // Bytes that are clearly something else (text, an image, a PDF) never reach the decoder,
    // which would only answer with a vaguer message.
    // Decided on MIME names, never on the (translated) description.
    const QString known = QMimeDatabase().mimeTypeForData(bytes).name();
    const auto media = [](const QString &name) {
        return name.startsWith(u"audio/"_s) || name.startsWith(u"video/"_s);
    };
    const QString looks = ImagePreparer::describeContent(bytes);
    if (!media(mime) && !media(known) && !looks.isEmpty()) {
        fail(tr("%1 is not audio: it looks like %2.").arg(sourceName, looks));
        return;
    }
    decode(bytes);
}

void AudioConverter::decode(const QByteArray &bytes)
{
    m_decoder = new QAudioDecoder(this);
    if (!m_decoder->isSupported()) {
        fail(tr("%1 could not be converted: this system has no audio decoder. "
                "Attach a WAV or MP3 file instead.")
                 .arg(m_sourceName));
        return;
    }
    QAudioFormat wanted;
    wanted.setSampleRate(Wav::Format{}.sampleRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    m_decoder->setAudioFormat(wanted);
    m_input = bytes;
    // The buffer is the decoder's child: it outlives the decoder, which may still read it
    // while it stops.
    auto *input = new QBuffer(m_decoder);
    input->setData(bytes);
    input->open(QIODevice::ReadOnly);
    m_decoder->setSourceDevice(input);
    m_pcm.clear();
    m_haveFormat = false;
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &AudioConverter::readBuffer);
    connect(m_decoder, &QAudioDecoder::finished, this, &AudioConverter::finishDecoding);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
        [this](QAudioDecoder::Error) { decoderFailed(m_decoder->errorString()); });
    m_timeout.start(m_limits.timeout);
    m_decoder->start();
}

void AudioConverter::readBuffer()
{
    if (!m_decoder)
        return;
    const QAudioBuffer buffer = m_decoder->read();
    if (!buffer.isValid())
        return;
    const QAudioFormat format = buffer.format();
    if (!m_haveFormat) {
        // Mono is asked for; a decoder that keeps the channels gets them mixed down here.
        m_format = Wav::Format{ format.sampleRate(), 1, 16 };
        m_haveFormat = true;
    } else if (format.sampleRate() != m_format.sampleRate) {
        decoderFailed(tr("the sample rate changes in the middle"));
        return;
    }
    m_pcm += AudioSamples::toMonoInt16(buffer.constData<char>(), buffer.frameCount(), format);
    if (m_pcm.size() + 44 > m_limits.maxResultBytes) {
        const qint64 seconds = m_limits.maxResultBytes / qMax(1, m_format.sampleRate * 2);
        fail(tr("%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).")
                 .arg(m_sourceName, megabytes(m_limits.maxResultBytes))
                 .arg(seconds / 60));
    }
}

void AudioConverter::finishDecoding()
{
    if (!m_decoder)
        return;
    if (m_pcm.isEmpty()) {
        fail(tr("%1 could not be converted: it contains no sound the decoder could read.")
                 .arg(m_sourceName));
        return;
    }
    ConvertedAudio audio;
    audio.bytes = Wav::fromPcm(m_pcm, m_format);
    audio.format = u"wav"_s;
    audio.mimeType = u"audio/wav"_s;
    audio.converted = true;
    audio.duration = std::chrono::milliseconds(
        m_pcm.size() / m_format.bytesPerFrame() * 1000 / m_format.sampleRate);
    stopDecoder();
    Q_EMIT converted(audio);
}

void AudioConverter::decoderFailed(const QString &why)
{
    const QString mime = MediaParts::sniffMimeType(m_input.left(64));
    if (mime.isEmpty() && ImagePreparer::describeContent(m_input).isEmpty()) {
        fail(tr("%1 is not a sound file Kaiwa can read (%2).").arg(m_sourceName, why));
        return;
    }
    fail(tr("%1 could not be decoded as audio (%2).").arg(m_sourceName, why));
}

void AudioConverter::fail(const QString &reason)
{
    stopDecoder();
    post([this, reason] { Q_EMIT failed(reason); });
}

void AudioConverter::post(const std::function<void()> &emitter)
{
    // Always asynchronous, success or not: callers connect after convert() returns.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void AudioConverter::cancel()
{
    ++m_generation;
    stopDecoder();
}

void AudioConverter::stopDecoder()
{
    m_timeout.stop();
    if (m_decoder) {
        QAudioDecoder *decoder = m_decoder;
        m_decoder = nullptr;
        decoder->disconnect(this);
        decoder->stop();
        decoder->deleteLater();
    }
    m_pcm.clear();
}

std::expected<ConvertedAudio, QString> AudioConverter::convertNow(
    const QByteArray &bytes, const QString &sourceName)
{
    return convertNow(bytes, sourceName, Limits{});
}

std::expected<ConvertedAudio, QString> AudioConverter::convertNow(
    const QByteArray &bytes, const QString &sourceName, const Limits &limits)
{
    AudioConverter converter;
    converter.setLimits(limits);
    std::expected<ConvertedAudio, QString> result = std::unexpected(QString());
    QEventLoop loop;
    connect(&converter, &AudioConverter::converted, &loop, [&](const ConvertedAudio &audio) {
        result = audio;
        loop.quit();
    });
    connect(&converter, &AudioConverter::failed, &loop, [&](const QString &reason) {
        result = std::unexpected(reason);
        loop.quit();
    });
    converter.convert(bytes, sourceName);
    loop.exec();
    return result;
}
