// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// WAV files from generated tones: header fields, sample counts, the streaming writer used for
// recording, what the reader refuses, and a spoken answer streamed as pcm16 `delta.audio`
// fragments becoming a playable WAV of the right length.
#include <cmath>
#include <numbers>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

#include "core/api/ChatAccumulator.h"
#include "core/api/SseParser.h"
#include "core/media/Wav.h"

namespace {
//! A sine tone as interleaved little-endian 16-bit samples.
QByteArray tone(double hz, int ms, const Wav::Format &format)
{
    const qint64 frames = qint64(format.sampleRate) * ms / 1000;
    QByteArray pcm(frames * format.bytesPerFrame(), Qt::Uninitialized);
    char *out = pcm.data();
    for (qint64 i = 0; i < frames; ++i) {
        const auto value = qint16(std::lround(
            12000.0 * std::sin(2 * std::numbers::pi * hz * double(i) / format.sampleRate)));
        for (int c = 0; c < format.channels; ++c, out += 2)
            qToLittleEndian(value, out);
    }
    return pcm;
}

qint16 sampleAt(const QByteArray &wav, const Wav::Info &info, qint64 frame, int channel = 0)
{
    return qFromLittleEndian<qint16>(
        wav.constData() + info.dataOffset + frame * info.format.bytesPerFrame() + channel * 2);
}
} // namespace

class TestWav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monoToneHeader();
    void streamingWriterStereo();
    void writerToFileReopens();
    void refusals_data();
    void refusals();
    void skipsExtraChunks();
    void streamedPcm16AnswerBecomesWav();
};

void TestWav::monoToneHeader()
{
    const Wav::Format format; // 24 kHz mono 16-bit, the API's pcm16
    const QByteArray pcm = tone(440, 1000, format);
    const QByteArray wav = Wav::fromPcm(pcm, format);
    QCOMPARE(wav.size(), 44 + 48000);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(36 + 48000));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // channels
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), quint32(24000));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 28), quint32(48000)); // byte rate
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 32), quint16(2)); // block align
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 40), quint32(48000));

    const auto info = Wav::parse(wav);
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->frames, 24000);
    QCOMPARE(info->duration().count(), 1000);
    QCOMPARE(info->format, format);
    // The samples are the tone's: a quarter period of 440 Hz at 24 kHz is the first peak.
    QCOMPARE(sampleAt(wav, *info, 0), qint16(0));
    QVERIFY(sampleAt(wav, *info, 14) > 11900);
}

void TestWav::streamingWriterStereo()
{
    const Wav::Format format{ 44100, 2, 16 };
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    Wav::Writer writer(buffer, format);
    QVERIFY(writer.start());
    const QByteArray pcm = tone(1000, 500, format);
    // Arrives in uneven pieces, as from a microphone.
    for (qsizetype at = 0; at < pcm.size(); at += 4410 * 4)
        QVERIFY(writer.write(pcm.mid(at, 4410 * 4)));
    QVERIFY(writer.finish());
    const auto info = Wav::parse(buffer.data());
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->frames, 22050);
    QCOMPARE(info->duration().count(), 500);
    QCOMPARE(info->format.channels, 2);
    QCOMPARE(buffer.data().mid(info->dataOffset), pcm);
    QCOMPARE(sampleAt(buffer.data(), *info, 11, 0), sampleAt(buffer.data(), *info, 11, 1));
}

void TestWav::writerToFileReopens()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    Wav::Writer writer(file, Wav::Format{ 16000, 1, 16 });
    QVERIFY(writer.start());
    QVERIFY(writer.write(tone(300, 250, Wav::Format{ 16000, 1, 16 })));
    QVERIFY(writer.finish());
    file.close();
    QVERIFY(file.open());
    const auto info = Wav::parse(file.readAll());
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->frames, 4000);
    QCOMPARE(info->duration().count(), 250);
}

void TestWav::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QByteArray floatWav = Wav::fromPcm(QByteArray(8, '\0'));
    qToLittleEndian<quint16>(3, floatWav.data() + 20); // IEEE float
    QByteArray noData = Wav::header({}, 0).left(36);
    QTest::newRow("text") << QByteArray("hello, not audio") << QStringLiteral("not a WAV file");
    QTest::newRow("float") << floatWav << QStringLiteral("not PCM");
    QTest::newRow("no data") << noData << QStringLiteral("no data chunk");
    QTest::newRow("cut format") << Wav::header({}, 0).left(24) << QStringLiteral("truncated");
}

void TestWav::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto info = Wav::parse(bytes);
    QVERIFY(!info);
    QVERIFY2(info.error().contains(reason), qPrintable(info.error()));
}

void TestWav::skipsExtraChunks()
{
    const Wav::Format format;
    const QByteArray pcm = tone(200, 100, format);
    QByteArray wav = Wav::fromPcm(pcm, format);
    // A LIST chunk (odd size, padded) between fmt and data, as many recorders write.
    QByteArray list("LIST");
    list.append(QByteArray::fromHex("05000000")).append("INFOx").append('\0');
    wav.insert(36, list);
    const auto info = Wav::parse(wav);
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->frames, 2400);
    QCOMPARE(wav.mid(info->dataOffset), pcm);
}

void TestWav::streamedPcm16AnswerBecomesWav()
{
    // 0.75 s of speech-like audio streamed as base64 pcm16 in fragments whose boundaries are not
    // 4-aligned, with the transcript alongside, as audio-capable models send it.
    const Wav::Format format;
    const QByteArray pcm = tone(220, 750, format);
    const QByteArray base64 = pcm.toBase64();
    std::string sse;
    auto event = [&](const QJsonObject &delta) {
        const QJsonObject chunk{ { QStringLiteral("id"), QStringLiteral("chatcmpl-a") },
            { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
            { QStringLiteral("model"), QStringLiteral("gpt-4o-audio-preview") },
            { QStringLiteral("choices"),
                QJsonArray{ QJsonObject{
                    { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta } } } } };
        sse +=
            "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact).toStdString() + "\n\n";
    };
    event({ { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("audio"),
            QJsonObject{ { QStringLiteral("id"), QStringLiteral("audio_9") } } } });
    for (qsizetype at = 0; at < base64.size(); at += 1001) {
        event({ { QStringLiteral("audio"),
            QJsonObject{ { QStringLiteral("data"), QString::fromLatin1(base64.mid(at, 1001)) },
                { QStringLiteral("transcript"),
                    at == 0 ? QStringLiteral("こんにちは") : QString() } } } });
    }
    sse += "data: [DONE]\n\n";

    ChatAccumulator accumulator;
    SseParser parser([&](const SseEvent &e) { accumulator.addEvent(e); });
    for (std::size_t at = 0; at < sse.size(); at += 777) // network-sized reads
        parser.feed(sse.data() + at, std::min<std::size_t>(777, sse.size() - at));
    parser.finish();
    QCOMPARE(accumulator.choices().size(), std::size_t(1));
    const auto &choice = accumulator.choices().front();
    QCOMPARE(QString::fromStdString(choice.audioId), QStringLiteral("audio_9"));
    const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(choice.audioData));
    QCOMPARE(decoded, pcm);

    const QByteArray wav = Wav::fromPcm(decoded, format);
    const auto info = Wav::parse(wav);
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->duration().count(), 750);
    QCOMPARE(info->frames, 18000);
}

QTEST_GUILESS_MAIN(TestWav)
#include "tst_wav.moc"
