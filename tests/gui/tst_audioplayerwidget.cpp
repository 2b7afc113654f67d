// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtEndian>
#include <QtTest>

#include "core/media/Wav.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

// Runs under tests/run-with-pulse.sh, so playback goes through a real (null) sound output.
class TestAudioPlayerWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray toneWav(int milliseconds)
    {
        const qint64 frames = qint64(24000) * milliseconds / 1000;
        QByteArray pcm(frames * 2, Qt::Uninitialized);
        for (qint64 i = 0; i < frames; ++i) {
            const auto value = qint16(10000 * std::sin(2 * M_PI * 330 * double(i) / 24000));
            qToLittleEndian(value, pcm.data() + i * 2);
        }
        return Wav::fromPcm(pcm);
    }

    static QLabel *timeLabel(AudioPlayerWidget &player)
    {
        return player.findChild<QLabel *>(u"audioTimeLabel"_s);
    }

private Q_SLOTS:

    void showsTheDurationOfWhatItHolds()
    {
        AudioPlayerWidget player;
        QVERIFY(!player.isEnabled());
        QCOMPARE(timeLabel(player)->text(), u"0:00 / 0:00"_s);
        player.setAudio(toneWav(2500), u"audio/wav"_s, u"answer.wav"_s);
        QVERIFY(player.isEnabled());
        QCOMPARE(player.duration(), 2500);
        QCOMPARE(timeLabel(player)->text(), u"0:00 / 0:02"_s);
        player.clear();
        QVERIFY(!player.isEnabled());
        QCOMPARE(timeLabel(player)->text(), u"0:00 / 0:00"_s);
    }

    void playAdvancesAndPauses()
    {
        AudioPlayerWidget player;
        player.setAudio(toneWav(3000), u"audio/wav"_s, u"answer.wav"_s);
        auto *button = player.findChild<QToolButton *>(u"audioPlayButton"_s);
        QCOMPARE(button->accessibleName(), u"Play"_s);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QCOMPARE(button->accessibleName(), u"Pause"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 1000, 5000);
        QTRY_VERIFY(timeLabel(player)->text().startsWith(u"0:01 / 0:03"_s));
        auto *slider = player.findChild<QSlider *>(u"audioSeekSlider"_s);
        QVERIFY(slider->value() >= 900);
        button->click();
        QTRY_VERIFY(!player.isPlaying());
        QCOMPARE(button->accessibleName(), u"Play"_s);
        const qint64 paused = player.position();
        QTest::qWait(300);
        QVERIFY(qAbs(player.position() - paused) < 50);
    }

    void playsAgainAfterTheEnd()
    {
        AudioPlayerWidget player;
        player.setAudio(toneWav(600), u"audio/wav"_s, u"short.wav"_s);
        QSignalSpy playing(&player, &AudioPlayerWidget::playingChanged);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000); // it reached the end
        QCOMPARE(timeLabel(player)->text(), u"0:00 / 0:00"_s); // back at the start; 0.6 s
        QVERIFY(playing.count() >= 2);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 300, 5000);
    }

    void seeksWithTheKeyboard()
    {
        AudioPlayerWidget player;
        player.setAudio(toneWav(8000), u"audio/wav"_s, u"answer.wav"_s);
        player.show();
        auto *slider = player.findChild<QSlider *>(u"audioSeekSlider"_s);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(slider->value(), 5000);
        QCOMPARE(timeLabel(player)->text(), u"0:05 / 0:08"_s);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 5000, 5000);
        player.pause();
    }

    void saveAsWritesTheExactBytesWithTheRightExtension()
    {
        AudioPlayerWidget player;
        const QByteArray wav = toneWav(400);
        player.setAudio(wav, u"audio/wav"_s, u"spoken answer.pcm"_s);
        QCOMPARE(player.suggestedFileName(), u"spoken answer.wav"_s);
        QString offered;
        player.setSaveFileNamePrompt([&](QWidget *, const QString &suggested, const QString &) {
            offered = suggested;
            return m_dir.filePath(u"kept"_s); // the user typed no extension
        });
        QSignalSpy saved(&player, &AudioPlayerWidget::saved);
        player.findChild<QToolButton *>(u"audioSaveButton"_s)->click();
        QVERIFY(offered.endsWith(u"/spoken answer.wav"_s));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), m_dir.filePath(u"kept.wav"_s));
        QFile file(m_dir.filePath(u"kept.wav"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), wav);

        player.setAudio("ID3fake-mp3", u"audio/mpeg"_s, u"answer"_s);
        QCOMPARE(player.suggestedFileName(), u"answer.mp3"_s);
    }

    void aFailedSaveSaysWhy()
    {
        AudioPlayerWidget player;
        player.setAudio(toneWav(200), u"audio/wav"_s, u"answer.wav"_s);
        QSignalSpy saved(&player, &AudioPlayerWidget::saved);
        const QString path = m_dir.filePath(u"no-such-folder/answer.wav"_s);
        QVERIFY(!player.saveTo(path));
        QCOMPARE(saved.count(), 0);
        auto *error = player.findChild<InlineMessage *>(u"audioPlayerError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(
            error->text().startsWith(path + u" could not be saved: "_s), qPrintable(error->text()));
    }

    void everyControlIsNamedAndReachable()
    {
        AudioPlayerWidget player;
        player.setAudio(toneWav(200), u"audio/wav"_s, u"answer.wav"_s);
        for (const char *name : { "audioPlayButton", "audioSeekSlider", "audioSaveButton" }) {
            auto *control = player.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(control, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
        }
    }
};

QTEST_MAIN(TestAudioPlayerWidget)
#include "tst_audioplayerwidget.moc"
