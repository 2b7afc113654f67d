// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <QtEndian>
#include <QtTest>

#include "core/media/Wav.h"
#include "gui/media/AudioLevelMeter.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/media/AudioRecorder.h"
#include "gui/media/RecorderWidget.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

// Runs under tests/run-with-pulse.sh: the "microphone" hears what is written to the FIFO in
// KAIWA_PULSE_MIC_FIFO, through the real sound server.
class TestRecorderWidget : public QObject
{
    Q_OBJECT

private:
    QString m_fifo;

    void speak(int milliseconds)
    {
        const qint64 frames = qint64(24000) * milliseconds / 1000;
        QByteArray pcm(frames * 2, Qt::Uninitialized);
        for (qint64 i = 0; i < frames; ++i) {
            const auto value = qint16(12000 * std::sin(2 * M_PI * 220 * double(i) / 24000));
            qToLittleEndian(value, pcm.data() + i * 2);
        }
        QFile fifo(m_fifo);
        QVERIFY2(fifo.open(QIODevice::WriteOnly), qPrintable(fifo.errorString()));
        QCOMPARE(fifo.write(pcm), pcm.size());
    }

    static QToolButton *button(RecorderWidget &widget, const char *name)
    {
        return widget.findChild<QToolButton *>(QString::fromLatin1(name));
    }

    //! Record, speak, stop: leaves a take of `milliseconds` in the bar.
    void recordTake(RecorderWidget &widget, int milliseconds)
    {
        auto *record = button(widget, "recordButton");
        QCOMPARE(record->text(), u"Record"_s);
        record->click();
        QVERIFY(widget.isRecording());
        QCOMPARE(record->text(), u"Stop"_s);
        speak(milliseconds);
        auto *meter = widget.findChild<AudioLevelMeter *>(u"audioLevelMeter"_s);
        QTRY_VERIFY_WITH_TIMEOUT(meter->level() > 0.2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(widget.recorder()->elapsed().count() >= milliseconds, 10000);
        QTRY_COMPARE(widget.findChild<QLabel *>(u"recordingTimeLabel"_s)->text(),
            u"0:0%1"_s.arg(milliseconds / 1000));
        record->click();
        QVERIFY(!widget.isRecording());
        QCOMPARE(meter->level(), 0.0);
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_fifo = qEnvironmentVariable("KAIWA_PULSE_MIC_FIFO");
        if (m_fifo.isEmpty())
            QSKIP("needs the sound server of tests/run-with-pulse.sh");
    }

    void recordStopAttachEmitsTheWav()
    {
        RecorderWidget widget;
        widget.show();
        QSignalSpy attached(&widget, &RecorderWidget::attached);
        QVERIFY(button(widget, "recordingAttachButton")->isHidden());
        recordTake(widget, 1000);

        // After stopping: the take is in the player, with Listen, Discard and Attach.
        QVERIFY(!button(widget, "recordingAttachButton")->isHidden());
        QVERIFY(!button(widget, "recordingListenButton")->isHidden());
        QVERIFY(widget.player()->isVisible());
        QCOMPARE(widget.player()->duration(), 1000);
        QCOMPARE(button(widget, "recordButton")->text(), u"Record again"_s);

        button(widget, "recordingListenButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(widget.player()->isPlaying(), 5000);

        button(widget, "recordingAttachButton")->click();
        QCOMPARE(attached.count(), 1);
        const QByteArray wav = attached.at(0).at(0).toByteArray();
        const auto info = Wav::parse(wav);
        QVERIFY(info.has_value());
        QCOMPARE(info->format, (Wav::Format{ 24000, 1, 16 }));
        QCOMPARE(info->duration().count(), 1000);
        // The bar is empty again.
        QVERIFY(widget.take().isEmpty());
        QVERIFY(button(widget, "recordingAttachButton")->isHidden());
        QVERIFY(!widget.player()->isVisible());
        QCOMPARE(widget.findChild<QLabel *>(u"recordingTimeLabel"_s)->text(), u"0:00"_s);
    }

    void discardEmitsNothing()
    {
        RecorderWidget widget;
        widget.show();
        QSignalSpy attached(&widget, &RecorderWidget::attached);
        QSignalSpy discarded(&widget, &RecorderWidget::discarded);
        recordTake(widget, 1000);
        button(widget, "recordingDiscardButton")->click();
        QCOMPARE(attached.count(), 0);
        QCOMPARE(discarded.count(), 1);
        QVERIFY(widget.take().isEmpty());
        QVERIFY(button(widget, "recordingAttachButton")->isHidden());
        QCOMPARE(button(widget, "recordButton")->text(), u"Record"_s);
    }

    void reachingTheLimitSaysSo()
    {
        RecorderWidget widget;
        widget.show();
        widget.recorder()->setMaximumDuration(std::chrono::milliseconds(2000));
        widget.startRecording();
        speak(2500);
        QTRY_VERIFY_WITH_TIMEOUT(!widget.isRecording(), 10000);
        auto *message = widget.findChild<InlineMessage *>(u"recorderMessage"_s);
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), u"Recording stopped at the 0:02 limit."_s);
        QVERIFY(!button(widget, "recordingAttachButton")->isHidden());
    }

    void everyControlIsNamedAndReachable()
    {
        RecorderWidget widget;
        widget.show();
        recordTake(widget, 1000);
        for (const char *name : { "recordButton", "recordingListenButton", "recordingDiscardButton",
                 "recordingAttachButton", "audioPlayButton", "audioSeekSlider",
                 "audioSaveButton" }) {
            auto *control = widget.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(control, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
        }
        QCOMPARE(QApplication::focusWidget(), button(widget, "recordingAttachButton"));
    }
};

QTEST_MAIN(TestRecorderWidget)
#include "tst_recorderwidget.moc"
