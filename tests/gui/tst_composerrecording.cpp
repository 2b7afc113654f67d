// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recording a voice message from the composer (issue 5): the microphone button opens the recorder
// bar and records; Attach puts a 16-bit PCM WAV of the take into the attachments; Discard leaves
// nothing. Runs under tests/run-with-pulse.sh: the "microphone" hears what the test writes to the
// FIFO in KAIWA_PULSE_MIC_FIFO, through a real sound server.
#include <cmath>

#include <QFile>
#include <QSignalSpy>
#include <QToolButton>
#include <QtEndian>
#include <QtTest>

#include "core/media/Wav.h"
#include "gui/ComposerWidget.h"
#include "gui/media/AudioRecorder.h"
#include "gui/media/RecorderWidget.h"

using namespace Qt::StringLiterals;

class TestComposerRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordAndAttach();
    void discardLeavesNothing();

private:
    void speak(int milliseconds);

    QToolButton *button(const char *name) const
    {
        return m_composer->findChild<QToolButton *>(QString::fromLatin1(name));
    }

    ComposerWidget *m_composer = nullptr;
};

void TestComposerRecording::init()
{
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("KAIWA_PULSE_MIC_FIFO"), "run under tests/run-with-pulse.sh");
    m_composer = new ComposerWidget;
    m_composer->resize(700, 260);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
}

void TestComposerRecording::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TestComposerRecording::speak(int milliseconds)
{
    const qint64 frames = qint64(24000) * milliseconds / 1000;
    QByteArray pcm(frames * 2, Qt::Uninitialized);
    for (qint64 i = 0; i < frames; ++i)
        qToLittleEndian(
            qint16(9000 * std::sin(2 * M_PI * 330 * double(i) / 24000)), pcm.data() + i * 2);
    QFile fifo(qEnvironmentVariable("KAIWA_PULSE_MIC_FIFO"));
    QVERIFY2(fifo.open(QIODevice::WriteOnly), qPrintable(fifo.errorString()));
    QCOMPARE(fifo.write(pcm), pcm.size());
}

void TestComposerRecording::recordAndAttach()
{
    QVERIFY(!m_composer->recorder());
    button("composerMicButton")->click();
    RecorderWidget *recorder = m_composer->recorder();
    QVERIFY(recorder);
    QVERIFY(recorder->isVisible());
    QTRY_VERIFY(recorder->isRecording());
    speak(700);
    QTRY_VERIFY_WITH_TIMEOUT(recorder->recorder()->elapsed().count() >= 700, 10000);
    button("recordButton")->click(); // the bar's Stop
    QTRY_VERIFY(!recorder->take().isEmpty());
    button("recordingAttachButton")->click();

    QVERIFY(!recorder->isVisible());
    const ComposerAttachments attachments = m_composer->attachments();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0].kind, ComposerAttachment::Kind::Audio);
    QCOMPARE(attachments[0].mimeType, u"audio/wav"_s);
    const auto info = Wav::parse(attachments[0].bytes);
    QVERIFY2(info, info ? "" : qPrintable(info.error()));
    QCOMPARE(info->format.bitsPerSample, 16);
    QVERIFY(attachments[0].durationMs >= 700);
    QCOMPARE(attachments[0].durationMs, qint64(info->duration().count()));
}

void TestComposerRecording::discardLeavesNothing()
{
    button("composerMicButton")->click();
    RecorderWidget *recorder = m_composer->recorder();
    QTRY_VERIFY(recorder->isRecording());
    speak(300);
    QTRY_VERIFY_WITH_TIMEOUT(recorder->recorder()->elapsed().count() >= 300, 10000);
    button("recordButton")->click();
    QTRY_VERIFY(!recorder->take().isEmpty());
    button("recordingDiscardButton")->click();
    QVERIFY(!recorder->isVisible());
    QVERIFY(m_composer->attachments().isEmpty());
}

QTEST_MAIN(TestComposerRecording)
#include "tst_composerrecording.moc"
