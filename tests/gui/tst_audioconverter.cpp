// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "core/media/Wav.h"
#include "gui/media/AudioConverter.h"

using namespace Qt::StringLiterals;

namespace {
template <typename T>
QString why(const std::expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

QByteArray tonePcm(int sampleRate, int milliseconds)
{
    const qint64 frames = qint64(sampleRate) * milliseconds / 1000;
    QByteArray pcm(frames * 2, Qt::Uninitialized);
    for (qint64 i = 0; i < frames; ++i) {
        const auto value = qint16(12000 * std::sin(2 * M_PI * 440 * double(i) / sampleRate));
        qToLittleEndian(value, pcm.data() + i * 2);
    }
    return pcm;
}

double rms(const QByteArray &wav)
{
    const auto info = Wav::parse(wav);
    if (!info || info->frames == 0)
        return 0;
    const auto *samples = reinterpret_cast<const qint16 *>(wav.constData() + info->dataOffset);
    double sum = 0;
    for (qint64 i = 0; i < info->frames; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(info->frames)) / 32768.0;
}
} // namespace

class TestAudioConverter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    //! A real 1 s, 440 Hz, 48 kHz stereo file encoded by GStreamer's own tools: `encoder` is
    //! the tail of the pipeline (e.g. "vorbisenc ! oggmux"). Empty when a tool is missing.
    QByteArray makeFile(const QString &encoder, const QString &name)
    {
        const QString gst = QStandardPaths::findExecutable(u"gst-launch-1.0"_s);
        if (gst.isEmpty())
            return {};
        const QString path = m_dir.filePath(name);
        QStringList arguments{ u"-q"_s, u"audiotestsrc"_s, u"num-buffers=48"_s,
            u"samplesperbuffer=1000"_s, u"freq=440"_s, u"!"_s,
            u"audio/x-raw,rate=48000,channels=2"_s, u"!"_s, u"audioconvert"_s, u"!"_s };
        arguments += encoder.split(u' ');
        arguments += { u"!"_s, u"filesink"_s, u"location="_s + path };
        QProcess process;
        process.start(gst, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QByteArray makeOgg() { return makeFile(u"vorbisenc ! oggmux"_s, u"tone.ogg"_s); }

private Q_SLOTS:

    void otherFormatsBecomePcm16Wav_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("package");
        QTest::newRow("Ogg Vorbis")
            << u"vorbisenc ! oggmux"_s << u"tone.ogg"_s << u"gstreamer1.0-plugins-base"_s;
        QTest::newRow("FLAC") << u"flacenc"_s << u"tone.flac"_s << u"gstreamer1.0-plugins-good"_s;
        QTest::newRow("AAC in M4A (phone voice memos)")
            << u"avenc_aac ! mp4mux"_s << u"tone.m4a"_s << u"gstreamer1.0-libav"_s;
        QTest::newRow("Opus in WebM (browser recordings)")
            << u"opusenc ! webmmux"_s << u"tone.webm"_s << u"gstreamer1.0-plugins-base"_s;
    }

    void otherFormatsBecomePcm16Wav()
    {
        QFETCH(QString, encoder);
        QFETCH(QString, name);
        QFETCH(QString, package);
        const QByteArray encoded = makeFile(encoder, name);
        if (encoded.isEmpty())
            QSKIP(qPrintable(
                u"gst-launch-1.0 could not encode it: needs gstreamer1.0-tools, "_s + package));
        const auto result = AudioConverter::convertNow(encoded, name);
        QVERIFY2(result, qPrintable(why(result)));
        QVERIFY(result->converted);
        QCOMPARE(result->format, u"wav"_s);
        QCOMPARE(result->mimeType, u"audio/wav"_s);
        const auto info = Wav::parse(result->bytes);
        QVERIFY2(info, qPrintable(why(info)));
        QCOMPARE(info->format.bitsPerSample, 16);
        QCOMPARE(info->format.channels, 1);
        QCOMPARE(info->format.sampleRate, 24000);
        QVERIFY2(qAbs(info->duration().count() - 1000) <= 50,
            qPrintable(QString::number(info->duration().count())));
        QCOMPARE(result->duration.count(), info->duration().count());
        QVERIFY(rms(result->bytes) > 0.05); // the tone, not silence
    }

    void wavPassesThroughUnchanged()
    {
        const QByteArray wav = Wav::fromPcm(tonePcm(16000, 1500), Wav::Format{ 16000, 1, 16 });
        const auto result = AudioConverter::convertNow(wav, u"take.wav"_s);
        QVERIFY2(result, qPrintable(why(result)));
        QVERIFY(!result->converted);
        QCOMPARE(result->bytes, wav);
        QCOMPARE(result->format, u"wav"_s);
        QCOMPARE(result->duration.count(), 1500);
    }

    void mp3PassesThroughUnchanged()
    {
        // An ID3v2 tag then an MPEG-1 layer III frame header: what every MP3 file starts with.
        QByteArray mp3("ID3\x04\x00\x00\x00\x00\x00\x00", 10);
        mp3 += QByteArray("\xff\xfb\x90\x64", 4) + QByteArray(413, '\x55');
        const auto result = AudioConverter::convertNow(mp3, u"song.mp3"_s);
        QVERIFY2(result, qPrintable(why(result)));
        QVERIFY(!result->converted);
        QCOMPARE(result->bytes, mp3);
        QCOMPARE(result->format, u"mp3"_s);
        QCOMPARE(result->mimeType, u"audio/mpeg"_s);
    }

    void textIsRefusedAsText()
    {
        const QByteArray text =
            QByteArray("Meeting notes: call the plumber on Tuesday.\n").repeated(20);
        const auto result = AudioConverter::convertNow(text, u"notes.mp3"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"notes.mp3"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"not audio"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"text"_s), qPrintable(result.error()));
    }

    void pngIsRefusedAsAnImage()
    {
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const auto result = AudioConverter::convertNow(png, u"voice.wav"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"voice.wav"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"PNG"_s), qPrintable(result.error()));
    }

    void undecodableBytesAreRefused()
    {
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        quint32 seed = 7;
        for (char &byte : noise) {
            seed = seed * 1664525u + 1013904223u;
            byte = char(seed >> 24);
        }
        AudioConverter::Limits limits;
        limits.timeout = std::chrono::milliseconds(20000);
        const auto result = AudioConverter::convertNow(noise, u"noise.bin"_s, limits);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"noise.bin"_s), qPrintable(result.error()));
    }

    void tooLongIsRefused()
    {
        const QByteArray ogg = makeOgg();
        if (ogg.isEmpty())
            QSKIP("gst-launch-1.0 with vorbisenc is needed (gstreamer1.0-tools, -plugins-base)");
        AudioConverter::Limits limits;
        limits.maxResultBytes = 20000; // under half a second of 24 kHz PCM16
        const auto result = AudioConverter::convertNow(ogg, u"tone.ogg"_s, limits);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"too long"_s), qPrintable(result.error()));
    }

    void tooBigWavIsRefused()
    {
        const QByteArray wav = Wav::fromPcm(tonePcm(24000, 1000));
        AudioConverter::Limits limits;
        limits.maxResultBytes = 1024;
        const auto result = AudioConverter::convertNow(wav, u"long.wav"_s, limits);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"long.wav"_s), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"MB"_s), qPrintable(result.error()));
    }

    void missingFileSaysItCouldNotBeRead()
    {
        AudioConverter converter;
        QSignalSpy failed(&converter, &AudioConverter::failed);
        converter.convertFile(m_dir.filePath(u"absent.ogg"_s));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"absent.ogg could not be read"_s),
            qPrintable(failed.at(0).at(0).toString()));
    }

    void cancelledConversionNeverAnswers()
    {
        AudioConverter converter;
        QSignalSpy converted(&converter, &AudioConverter::converted);
        QSignalSpy failed(&converter, &AudioConverter::failed);
        converter.convert(Wav::fromPcm(tonePcm(24000, 100)), u"short.wav"_s);
        converter.cancel();
        QTest::qWait(200);
        QCOMPARE(converted.count(), 0);
        QCOMPARE(failed.count(), 0);
        converter.convert(Wav::fromPcm(tonePcm(24000, 100)), u"short.wav"_s);
        QVERIFY(converted.wait(5000));
    }
};

QTEST_MAIN(TestAudioConverter)
#include "tst_audioconverter.moc"
