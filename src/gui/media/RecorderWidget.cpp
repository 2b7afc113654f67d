// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/RecorderWidget.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/media/Wav.h"
#include "gui/media/AudioIcons.h"
#include "gui/media/AudioLevelMeter.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/media/AudioRecorder.h"
#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;

namespace {
QToolButton *makeButton(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoRaise(true);
    return button;
}

QString minutesSeconds(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RecorderWidget::RecorderWidget(QWidget *parent)
    : QWidget(parent)
    , m_recorder(new AudioRecorder(this))
    , m_recordButton(makeButton(this, u"recordButton"_s, tr("Record")))
    , m_meter(new AudioLevelMeter(this))
    , m_time(new QLabel(this))
    , m_listenButton(makeButton(this, u"recordingListenButton"_s, tr("Listen")))
    , m_discardButton(makeButton(this, u"recordingDiscardButton"_s, tr("Discard")))
    , m_attachButton(makeButton(this, u"recordingAttachButton"_s, tr("Attach")))
    , m_player(new AudioPlayerWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(u"recorderWidget"_s);
    m_time->setObjectName(u"recordingTimeLabel"_s);
    m_time->setAccessibleName(tr("Recording length"));
    m_time->setTextFormat(Qt::PlainText);
    m_listenButton->setIcon(AudioIcons::play(*this));
    m_discardButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_attachButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_attachButton->setToolTip(tr("Attach the recording to the message"));
    m_player->setObjectName(u"recordingPlayer"_s);
    m_message->setObjectName(u"recorderMessage"_s);

    connect(m_recordButton, &QToolButton::clicked, this, [this] {
        if (isRecording())
            stopRecording();
        else
            startRecording();
    });
    connect(m_listenButton, &QToolButton::clicked, this, &RecorderWidget::listen);
    connect(m_discardButton, &QToolButton::clicked, this, &RecorderWidget::discard);
    connect(m_attachButton, &QToolButton::clicked, this, &RecorderWidget::attach);
    connect(m_recorder, &AudioRecorder::levelChanged, m_meter, &AudioLevelMeter::setLevel);
    connect(m_recorder, &AudioRecorder::elapsedChanged, this, &RecorderWidget::showElapsed);
    connect(m_recorder, &AudioRecorder::stopped, this, &RecorderWidget::recorderStopped);
    connect(m_recorder, &AudioRecorder::errorOccurred, this, [this](const QString &message) {
        m_message->show(message, InlineMessage::Level::Error);
        updateState();
    });
    connect(m_player, &AudioPlayerWidget::playingChanged, this,
        [this](bool playing) { m_listenButton->setEnabled(!playing); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_recordButton);
    bar->addWidget(m_meter, 1);
    bar->addWidget(m_time);
    bar->addWidget(m_listenButton);
    bar->addWidget(m_discardButton);
    bar->addWidget(m_attachButton);
    bar->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_player);
    layout->addWidget(m_message);
    showElapsed(0);
    updateState();
}

RecorderWidget::~RecorderWidget() = default;

bool RecorderWidget::isRecording() const
{
    return m_recorder->isRecording();
}

void RecorderWidget::startRecording()
{
    if (isRecording())
        return;
    m_player->clear();
    m_take.clear();
    m_message->clear();
    m_recorder->start(); // a failure arrives through errorOccurred
    updateState();
    if (isRecording())
        m_recordButton->setFocus(); // Space stops again
}

void RecorderWidget::stopRecording()
{
    m_recorder->stop(); // the take arrives through stopped()
}

void RecorderWidget::recorderStopped(const QByteArray &wav)
{
    m_take = wav;
    if (const auto info = Wav::parse(wav))
        showElapsed(info->duration().count());
    if (!wav.isEmpty())
        m_player->setAudio(wav, u"audio/wav"_s,
            tr("Recording %1.wav")
                .arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd hh.mm.ss"_s)));
    else if (m_message->text().isEmpty())
        m_message->show(tr("Nothing was recorded: the microphone sent no sound."),
            InlineMessage::Level::Warning);
    if (m_recorder->reachedLimit()) {
        m_message->show(tr("Recording stopped at the %1 limit.")
                            .arg(minutesSeconds(m_recorder->elapsed().count())),
            InlineMessage::Level::Info);
    }
    updateState();
    if (!m_take.isEmpty())
        m_attachButton->setFocus();
}

void RecorderWidget::listen()
{
    if (!m_take.isEmpty())
        m_player->play();
}

void RecorderWidget::discard()
{
    const bool had = isRecording() || !m_take.isEmpty();
    m_recorder->cancel();
    m_player->clear();
    m_take.clear();
    m_message->clear();
    showElapsed(0);
    updateState();
    if (had)
        Q_EMIT discarded();
}

void RecorderWidget::attach()
{
    if (m_take.isEmpty())
        return;
    const QByteArray wav = m_take;
    m_player->clear();
    m_take.clear();
    m_message->clear();
    showElapsed(0);
    updateState();
    Q_EMIT attached(wav);
}

void RecorderWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_listenButton->setIcon(AudioIcons::play(*this));
        updateState();
    }
}

void RecorderWidget::showElapsed(qint64 milliseconds)
{
    m_time->setText(minutesSeconds(milliseconds));
}

void RecorderWidget::updateState()
{
    const bool recording = isRecording();
    const bool haveTake = !m_take.isEmpty();
    m_recordButton->setText(recording ? tr("Stop") : haveTake ? tr("Record again") : tr("Record"));
    m_recordButton->setAccessibleName(m_recordButton->text());
    m_recordButton->setIcon(recording ? AudioIcons::stop(*this) : AudioIcons::record(*this));
    m_meter->setEnabled(recording);
    m_meter->setVisible(!haveTake || recording); // the player below shows the take
    if (!recording)
        m_meter->reset();
    m_listenButton->setVisible(haveTake);
    m_listenButton->setEnabled(haveTake && !m_player->isPlaying());
    m_discardButton->setVisible(haveTake || recording);
    m_discardButton->setText(recording ? tr("Cancel") : tr("Discard"));
    m_discardButton->setAccessibleName(m_discardButton->text());
    m_attachButton->setVisible(haveTake);
    m_player->setVisible(haveTake);
}
