// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QWidget>

class InlineMessage;
class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

//! A small player for a spoken answer or a recording: play/pause, a seek slider, position and
//! duration (m:ss), and Save as… which writes the exact bytes. Plays from memory.
class AudioPlayerWidget final : public QWidget
{
    Q_OBJECT

public:
    //! Asks where to save: the default opens a file dialog. Returns an empty path to cancel.
    using FileNamePrompt = std::function<QString(
        QWidget *parent, const QString &suggestedPath, const QString &filter)>;

    explicit AudioPlayerWidget(QWidget *parent = nullptr);
    ~AudioPlayerWidget() override;

    //! Loads new audio (stopping what played): `mimeType` audio/wav, audio/mpeg, …; the file name
    //! is what Save as… proposes (its extension is corrected to match the type).
    void setAudio(
        const QByteArray &bytes, const QString &mimeType, const QString &suggestedFileName);
    void clear();

    QByteArray audio() const { return m_bytes; }

    QString mimeType() const { return m_mimeType; }

    bool isPlaying() const;

    qint64 duration() const { return m_duration; } //!< milliseconds; 0 until known

    qint64 position() const;

    void setSaveFileNamePrompt(FileNamePrompt prompt) { m_prompt = std::move(prompt); }

    //! Writes the bytes to `path` as they are; a failure is shown in the widget and returned.
    bool saveTo(const QString &path);
    //! The name Save as… proposes, with the extension of the audio's type.
    QString suggestedFileName() const;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayback();
    void saveAs();

Q_SIGNALS:
    void saved(const QString &path);
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void releaseSource();
    void updateButton();
    void updateTime();
    void showError(const QString &message);
    QMediaPlayer *player();

    QByteArray m_bytes;
    QString m_mimeType;
    QString m_fileName;
    qint64 m_duration = 0;
    bool m_sourceSet = false;
    bool m_reachedEnd = false;
    bool m_movingSlider = false;
    QBuffer m_buffer;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QToolButton *m_playButton;
    QSlider *m_slider;
    QLabel *m_time;
    QToolButton *m_saveButton;
    InlineMessage *m_error;
    FileNamePrompt m_prompt;
};
