// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class AudioLevelMeter;
class AudioPlayerWidget;
class AudioRecorder;
class InlineMessage;
class QLabel;
class QToolButton;

//! A compact bar to record a voice message: Record/Stop with a level meter and the elapsed
//! time; after stopping, Listen (the player below the bar), Discard or Attach. Problems (no
//! microphone, a device that went away, the length limit) are shown in the bar.
class RecorderWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RecorderWidget(QWidget *parent = nullptr);
    ~RecorderWidget() override;

    AudioRecorder *recorder() const { return m_recorder; }

    AudioPlayerWidget *player() const { return m_player; }

    bool isRecording() const;

    //! The take waiting for Attach or Discard; empty when there is none.
    QByteArray take() const { return m_take; }

public Q_SLOTS:
    void startRecording();
    void stopRecording();
    void listen();
    void discard();
    void attach();

Q_SIGNALS:
    //! The user attached the take: a 16-bit PCM WAV. The bar is empty again afterwards.
    void attached(const QByteArray &wav);
    //! The take was thrown away (or recording cancelled); the bar is empty again.
    void discarded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void recorderStopped(const QByteArray &wav);
    void updateState();
    void showElapsed(qint64 milliseconds);

    AudioRecorder *m_recorder;
    QToolButton *m_recordButton;
    AudioLevelMeter *m_meter;
    QLabel *m_time;
    QToolButton *m_listenButton;
    QToolButton *m_discardButton;
    QToolButton *m_attachButton;
    AudioPlayerWidget *m_player;
    InlineMessage *m_message;
    QByteArray m_take;
};
