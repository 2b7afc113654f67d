// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/SpokenAnswerEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {
// VoiceIdsShared in the spec, plus the names its description adds (protocol.md §2.6).
const QStringList Voices{ u"alloy"_s, u"ash"_s, u"ballad"_s, u"coral"_s, u"echo"_s, u"fable"_s,
    u"nova"_s, u"onyx"_s, u"sage"_s, u"shimmer"_s, u"verse"_s, u"marin"_s, u"cedar"_s };
const QStringList Formats{ u"pcm16"_s, u"wav"_s, u"mp3"_s, u"flac"_s, u"opus"_s, u"aac"_s };
} // namespace

SpokenAnswerEditor::SpokenAnswerEditor(QWidget *parent)
    : QWidget(parent)
    , m_on(new QCheckBox(this))
    , m_voice(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_on->setObjectName(u"spokenAnswers"_s);
    m_voice->setObjectName(u"spokenVoice"_s);
    m_voice->setEditable(true); // custom voices and names newer than this list
    m_voice->addItems(Voices);
    m_voice->setCurrentText(u"alloy"_s);
    m_format->setObjectName(u"spokenFormat"_s);
    m_format->addItems(Formats);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setContentsMargins(18, 0, 0, 0);
    form->addRow(tr("Voice:"), m_voice);
    form->addRow(tr("Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_on);
    layout->addLayout(form);
    layout->addWidget(m_hint);

    connect(m_on, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emitEdited();
    });
    connect(m_voice, &QComboBox::currentTextChanged, this, &SpokenAnswerEditor::emitEdited);
    connect(m_format, &QComboBox::currentTextChanged, this, &SpokenAnswerEditor::emitEdited);
    retranslate();
    updateEnabled();
}

SpokenAnswerEditor::~SpokenAnswerEditor() = default;

QStringList SpokenAnswerEditor::keys()
{
    return { u"modalities"_s, u"audio"_s };
}

void SpokenAnswerEditor::setParameters(const QJsonObject &parameters)
{
    m_loading = true;
    const bool on = parameters.value(u"modalities"_s).toArray().contains(u"audio"_s);
    const QJsonObject audio = parameters.value(u"audio"_s).toObject();
    m_on->setChecked(on);
    const QJsonValue voice = audio.value(u"voice"_s);
    // A custom voice is {"id": "voice_…"}: shown by its id.
    m_voice->setCurrentText(voice.isObject() ? voice.toObject().value(u"id"_s).toString()
            : voice.isString()               ? voice.toString()
                                             : u"alloy"_s);
    const QString format = audio.value(u"format"_s).toString(u"pcm16"_s);
    m_format->setCurrentIndex(qMax(0, m_format->findText(format)));
    updateEnabled();
    m_loading = false;
}

bool SpokenAnswerEditor::isOn() const
{
    return m_on->isChecked();
}

QString SpokenAnswerEditor::voice() const
{
    return m_voice->currentText().trimmed();
}

QString SpokenAnswerEditor::format() const
{
    return m_format->currentText();
}

void SpokenAnswerEditor::emitEdited()
{
    updateEnabled();
    if (m_loading)
        return;
    if (!isOn()) {
        Q_EMIT edited(QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined));
        return;
    }
    const QString name = voice().isEmpty() ? u"alloy"_s : voice();
    const QJsonValue voiceValue = name.startsWith(u"voice_"_s)
        ? QJsonValue(QJsonObject{ { u"id"_s, name } })
        : QJsonValue(name);
    Q_EMIT edited(QJsonArray{ u"text"_s, u"audio"_s },
        QJsonObject{ { u"voice"_s, voiceValue }, { u"format"_s, format() } });
}

void SpokenAnswerEditor::updateEnabled()
{
    m_voice->setEnabled(isOn());
    m_format->setEnabled(isOn());
    m_hint->setVisible(isOn() && format() != u"pcm16"_s);
}

void SpokenAnswerEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpokenAnswerEditor::retranslate()
{
    m_on->setText(tr("Spoken answers"));
    m_on->setAccessibleName(tr("Spoken answers"));
    m_on->setToolTip(tr("Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer "
                        "aloud as well; the transcript is shown as the text"));
    m_voice->setAccessibleName(tr("Voice"));
    m_voice->setAccessibleDescription(tr("The voice a spoken answer is read in"));
    m_format->setAccessibleName(tr("Audio format"));
    m_format->setAccessibleDescription(tr("The audio format the spoken answer arrives in"));
    m_hint->setText(tr("Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses "
                       "other formats while streaming."));
}
