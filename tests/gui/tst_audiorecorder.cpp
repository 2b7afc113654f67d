// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtEndian>
#include <QtTest>

#include "core/media/Wav.h"
#include "gui/media/AudioRecorder.h"

using namespace Qt::StringLiterals;

// Runs under tests/run-with-pulse.sh: a private PulseAudio server whose default source reads
// the FIFO named by KAIWA_PULSE_MIC_FIFO, so what the test writes there is what the
// "microphone" hears, through the real QAudioSource and sound server.
class TestAudioRecorder : public QObject
{
    Q_OBJECT

private:
    QString m_fifo;

    static QByteArray tone(int milliseconds)
    {
        const qint64 frames = qint64(24000) * milliseconds / 1000;
        QByteArray pcm(frames * 2, Qt::Uninitialized);
        for (qint64 i = 0; i < frames; ++i) {
            const auto value = qint16(16000 * std::sin(2 * M_PI * 440 * double(i) / 24000));
            qToLittleEndian(value, pcm.data() + i * 2);
        }
        return pcm;
    }

    void speak(int milliseconds)
    {
        QFile fifo(m_fifo);
        QVERIFY2(fifo.open(QIODevice::WriteOnly), qPrintable(fifo.errorString()));
        QCOMPARE(fifo.write(tone(milliseconds)), qint64(milliseconds) * 48);
    }

    static double rms(const QByteArray &wav, const Wav::Info &info)
    {
        const auto *samples = reinterpret_cast<const qint16 *>(wav.constData() + info.dataOffset);
        double sum = 0;
        for (qint64 i = 0; i < info.frames; ++i)
            sum += double(samples[i]) * samples[i];
        return info.frames ? std::sqrt(sum / double(info.frames)) / 32768.0 : 0;
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_fifo = qEnvironmentVariable("KAIWA_PULSE_MIC_FIFO");
        if (m_fifo.isEmpty())
            QSKIP("needs the sound server of tests/run-with-pulse.sh");
    }

    void recordsWhatTheMicrophoneHears()
    {
        AudioRecorder recorder;
        QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
        QSignalSpy stopped(&recorder, &AudioRecorder::stopped);
        QSignalSpy errors(&recorder, &AudioRecorder::errorOccurred);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        QVERIFY(recorder.isRecording());
        QCOMPARE(recorder.format(), (Wav::Format{ 24000, 1, 16 }));
        speak(1000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsed().count() >= 1000, 10000);
        QTest::qWait(200); // a level report after the last samples
        const QByteArray wav = recorder.stop();
        QVERIFY(!recorder.isRecording());
        QCOMPARE(errors.count(), 0);
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.at(0).at(0).toByteArray(), wav);
        QCOMPARE(recorder.wav(), wav);

        const auto info = Wav::parse(wav);
        QVERIFY(info.has_value());
        QCOMPARE(wav.left(4), "RIFF");
        QCOMPARE(info->format, (Wav::Format{ 24000, 1, 16 }));
        QCOMPARE(info->dataBytes + 44, wav.size()); // the header's sizes were filled in
        QCOMPARE(info->duration().count(), 1000);
        QVERIFY(rms(wav, *info) > 0.2); // the tone: 16000/32768/sqrt(2) ≈ 0.35
        double loudest = 0;
        for (const auto &level : levels)
            loudest = qMax(loudest, level.at(0).toDouble());
        QVERIFY2(loudest > 0.4 && loudest <= 1.0, qPrintable(QString::number(loudest)));
        QCOMPARE(levels.last().at(0).toDouble(), 0.0); // the meter drops when stopped
    }

    void cancelKeepsNothing()
    {
        AudioRecorder recorder;
        QSignalSpy stopped(&recorder, &AudioRecorder::stopped);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        speak(300);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsed().count() >= 300, 10000);
        recorder.cancel();
        QVERIFY(!recorder.isRecording());
        QVERIFY(recorder.wav().isEmpty());
        QCOMPARE(recorder.elapsed().count(), 0);
        QCOMPARE(stopped.count(), 0);
    }

    void stopsCleanlyAtTheMaximumLength()
    {
        AudioRecorder recorder;
        recorder.setMaximumDuration(std::chrono::milliseconds(500));
        QSignalSpy stopped(&recorder, &AudioRecorder::stopped);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        speak(1000);
        QVERIFY(stopped.wait(10000));
        QVERIFY(!recorder.isRecording());
        QVERIFY(recorder.reachedLimit());
        const auto info = Wav::parse(recorder.wav());
        QVERIFY(info.has_value());
        QCOMPARE(info->duration().count(), 500);
    }

    void keepsTheTakeWhenTheSoundServerGoesAway()
    {
        AudioRecorder recorder;
        QSignalSpy stopped(&recorder, &AudioRecorder::stopped);
        QSignalSpy errors(&recorder, &AudioRecorder::errorOccurred);
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        speak(400);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsed().count() >= 400, 10000);
        // The sound server goes away (unloading the source would only move the stream to
        // another one): runs last, as the other tests need the server.
        const qint64 server = qEnvironmentVariableIntValue("KAIWA_PULSE_PID");
        QVERIFY(server > 0);
        QCOMPARE(QProcess::execute(u"kill"_s, { QString::number(server) }), 0);
        QVERIFY(stopped.wait(10000) || stopped.count() == 1);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(u"kept"_s),
            qPrintable(errors.at(0).at(0).toString()));
        const auto info = Wav::parse(recorder.wav());
        QVERIFY(info.has_value());
        QCOMPARE(info->duration().count(), 400);
        // And with no sound server left, a new take fails with a reason instead of crashing.
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.isRecording());
        QVERIFY2(
            recorder.errorString().contains(u"microphone"_s), qPrintable(recorder.errorString()));
        QCOMPARE(errors.count(), 2);
    }
};

QTEST_MAIN(TestAudioRecorder)
#include "tst_audiorecorder.moc"
