// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/AudioPlayerWidget.h"

#include <QAudioOutput>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSaveFile>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/media/Wav.h"
#include "gui/media/AudioIcons.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

namespace {
QString minutesSeconds(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString extensionFor(const QString &mimeType, const QString &fileName)
{
    if (mimeType == u"audio/wav"_s || mimeType == u"audio/x-wav"_s)
        return u"wav"_s;
    if (mimeType == u"audio/mpeg"_s)
        return u"mp3"_s;
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.isEmpty() ? u"audio"_s : suffix;
}

QString defaultPrompt(QWidget *parent, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(
        parent, AudioPlayerWidget::tr("Save Audio"), suggestedPath, filter);
}
} // namespace

AudioPlayerWidget::AudioPlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_playButton(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_saveButton(new QToolButton(this))
    , m_error(new InlineMessage(this))
    , m_prompt(defaultPrompt)
{
    setObjectName(u"audioPlayer"_s);
    m_playButton->setObjectName(u"audioPlayButton"_s);
    m_playButton->setFocusPolicy(Qt::StrongFocus);
    m_playButton->setAutoRaise(true);
    connect(m_playButton, &QToolButton::clicked, this, &AudioPlayerWidget::togglePlayback);

    m_slider->setObjectName(u"audioSeekSlider"_s);
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setAccessibleDescription(tr("Where playback is; move it to jump"));
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(5000);
    m_slider->setMinimumWidth(80);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_movingSlider && m_player)
            m_player->setPosition(value);
        if (!m_movingSlider)
            updateTime();
    });

    m_time->setObjectName(u"audioTimeLabel"_s);
    m_time->setAccessibleName(tr("Position and duration"));
    m_time->setTextFormat(Qt::PlainText);

    m_saveButton->setObjectName(u"audioSaveButton"_s);
    m_saveButton->setAccessibleName(tr("Save audio as…"));
    m_saveButton->setToolTip(tr("Save as…"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setFocusPolicy(Qt::StrongFocus);
    m_saveButton->setAutoRaise(true);
    connect(m_saveButton, &QToolButton::clicked, this, &AudioPlayerWidget::saveAs);

    m_error->setObjectName(u"audioPlayerError"_s);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_playButton);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    row->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setTabOrder(m_playButton, m_slider);
    setTabOrder(m_slider, m_saveButton);

    updateButton();
    updateTime();
    setEnabled(false);
}

AudioPlayerWidget::~AudioPlayerWidget()
{
    if (m_player) {
        m_player->stop();
        m_player->setSourceDevice(nullptr);
    }
}

QMediaPlayer *AudioPlayerWidget::player()
{
    if (m_player)
        return m_player;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        updateButton();
        Q_EMIT playingChanged(isPlaying());
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration > 0 && qAbs(duration - m_duration) > 50) {
            m_duration = duration;
            updateTime();
        }
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_slider->isSliderDown())
            return;
        m_movingSlider = true;
        m_slider->setValue(int(position));
        m_movingSlider = false;
        updateTime();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::EndOfMedia) {
            // GStreamer's app source does not always rewind a device it has read to the end: a
            // replay then shows "playing" stuck at 0:00. The next play() starts a fresh source.
            m_reachedEnd = true;
            m_movingSlider = true;
            m_slider->setValue(0);
            m_movingSlider = false;
            updateTime();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &message) {
            showError(tr("This audio cannot be played here: %1").arg(message));
        });
    return m_player;
}

void AudioPlayerWidget::setAudio(
    const QByteArray &bytes, const QString &mimeType, const QString &suggestedFileName)
{
    clear();
    m_bytes = bytes;
    m_mimeType = mimeType;
    m_fileName = suggestedFileName;
    if (const auto info = Wav::parse(bytes))
        m_duration = info->duration().count();
    m_slider->setRange(0, int(qMin<qint64>(m_duration, INT_MAX)));
    setEnabled(!bytes.isEmpty());
    updateTime();
}

void AudioPlayerWidget::releaseSource()
{
    if (m_player) {
        m_player->stop();
        m_player->setSourceDevice(nullptr);
    }
    m_sourceSet = false;
    m_reachedEnd = false;
    m_buffer.close();
}

void AudioPlayerWidget::clear()
{
    releaseSource();
    m_bytes.clear();
    m_mimeType.clear();
    m_fileName.clear();
    m_duration = 0;
    m_error->clear();
    m_movingSlider = true;
    m_slider->setRange(0, 0);
    m_movingSlider = false;
    setEnabled(false);
    updateTime();
}

bool AudioPlayerWidget::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 AudioPlayerWidget::position() const
{
    return m_player ? m_player->position() : 0;
}

void AudioPlayerWidget::play()
{
    if (m_bytes.isEmpty())
        return;
    if (m_reachedEnd)
        releaseSource();
    QMediaPlayer *media = player();
    if (!m_sourceSet) {
        m_buffer.setData(m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        // The URL only tells the backend what kind of stream the buffer holds.
        media->setSourceDevice(&m_buffer, QUrl(u"audio."_s + extensionFor(m_mimeType, m_fileName)));
        m_sourceSet = true;
        if (m_slider->value() > 0)
            media->setPosition(m_slider->value());
    }
    m_error->clear();
    media->play();
}

void AudioPlayerWidget::pause()
{
    if (m_player)
        m_player->pause();
}

void AudioPlayerWidget::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

QString AudioPlayerWidget::suggestedFileName() const
{
    const QString extension = extensionFor(m_mimeType, m_fileName);
    QString base = QFileInfo(m_fileName).completeBaseName();
    if (base.isEmpty())
        base = tr("audio");
    return base + u'.' + extension;
}

void AudioPlayerWidget::saveAs()
{
    if (m_bytes.isEmpty())
        return;
    const QString extension = extensionFor(m_mimeType, m_fileName);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString filter = extension == u"wav"_s ? tr("WAV audio (*.wav)")
        : extension == u"mp3"_s                  ? tr("MP3 audio (*.mp3)")
                                                 : tr("Audio (*.%1)").arg(extension);
    QString path = m_prompt(this, QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    saveTo(path);
}

bool AudioPlayerWidget::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()
        || !file.commit()) {
        showError(tr("%1 could not be saved: %2.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_error->clear();
    Q_EMIT saved(path);
    return true;
}

void AudioPlayerWidget::updateButton()
{
    const bool playing = isPlaying();
    m_playButton->setIcon(playing ? AudioIcons::pause(*this) : AudioIcons::play(*this));
    m_playButton->setToolTip(playing ? tr("Pause") : tr("Play"));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void AudioPlayerWidget::updateTime()
{
    m_time->setText(
        tr("%1 / %2").arg(minutesSeconds(m_slider->value()), minutesSeconds(m_duration)));
    if (m_slider->maximum() != m_duration)
        m_slider->setMaximum(int(qMin<qint64>(m_duration, INT_MAX)));
}

void AudioPlayerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateButton();
}

void AudioPlayerWidget::showError(const QString &message)
{
    m_error->show(message, InlineMessage::Level::Error);
}
