// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "gui/ComposerWidget.h"
#include "gui/media/AudioRecorder.h"
#include "gui/media/RecorderWidget.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

// Runs with PULSE_SERVER pointing at a socket that doesn't exist (see CMakeLists.txt): a
// machine without any sound server or microphone.
class TestAudioRecorderNoDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void saysThereIsNoMicrophone()
    {
        AudioRecorder recorder;
        QSignalSpy errors(&recorder, &AudioRecorder::errorOccurred);
        QSignalSpy stopped(&recorder, &AudioRecorder::stopped);
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.isRecording());
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().startsWith(u"No microphone was found."_s),
            qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(recorder.errorString(), errors.at(0).at(0).toString());
        QCOMPARE(recorder.stop(), QByteArray());
        QCOMPARE(stopped.count(), 0);
    }

    void theBarShowsItInline()
    {
        RecorderWidget widget;
        widget.show();
        QSignalSpy attached(&widget, &RecorderWidget::attached);
        widget.startRecording();
        QVERIFY(!widget.isRecording());
        auto *message = widget.findChild<InlineMessage *>(u"recorderMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(
            message->text().startsWith(u"No microphone was found."_s), qPrintable(message->text()));
        QCOMPARE(widget.findChild<QToolButton *>(u"recordButton"_s)->text(), u"Record"_s);
        QVERIFY(widget.findChild<QToolButton *>(u"recordingAttachButton"_s)->isHidden());
        QCOMPARE(attached.count(), 0);
    }

    void theComposerSaysSoAndClosesTheBar()
    {
        ComposerWidget composer;
        composer.show();
        auto *mic = composer.findChild<QToolButton *>(u"composerMicButton"_s);
        mic->click();
        RecorderWidget *bar = composer.recorder();
        QVERIFY(bar && bar->isVisible());
        QVERIFY(!bar->isRecording());
        QVERIFY(bar->findChild<InlineMessage *>(u"recorderMessage"_s)
                    ->text()
                    .startsWith(u"No microphone was found."_s));
        // Nothing to listen to or attach: the microphone button closes the bar again.
        mic->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(composer.attachments().isEmpty());
    }
};

QTEST_MAIN(TestAudioRecorderNoDevice)
#include "tst_audiorecorder_nodevice.moc"
