// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/ParameterPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/settings/ProfileStore.h"
#include "gui/panel/MetadataEditor.h"
#include "gui/panel/ModelPicker.h"
#include "gui/panel/ParameterForm.h"
#include "gui/panel/SpokenAnswerEditor.h"

using namespace Qt::StringLiterals;

namespace {
QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ParameterPanel::ParameterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    content->setObjectName(u"parameterPanelContent"_s);
    m_profileCombo = new QComboBox(content);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The server and account this conversation talks to"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(8);
    m_modelPicker = new ModelPicker(content);
    m_modelPicker->setObjectName(u"modelPicker"_s);
    m_prompt = new QPlainTextEdit(content);
    m_prompt->setObjectName(u"systemPromptEdit"_s);
    m_prompt->setAccessibleName(tr("System prompt"));
    m_prompt->setAccessibleDescription(tr("Instructions sent before the conversation"));
    m_prompt->setPlaceholderText(tr("Instructions sent before the conversation"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 5 + 12);
    m_developer = new QCheckBox(tr("Send as developer message"), content);
    m_developer->setObjectName(u"developerRoleToggle"_s);
    m_developer->setAccessibleName(tr("Send the prompt as a developer message"));
    m_developer->setToolTip(tr("Reasoning models (o1 and newer) take instructions in a developer "
                               "message instead of a system message"));
    m_form = new ParameterForm(content);
    m_form->setObjectName(u"parameterForm"_s);
    m_spoken = new SpokenAnswerEditor(content);
    m_spoken->setObjectName(u"spokenAnswerEditor"_s);
    m_metadata = new MetadataEditor(content);
    m_metadata->setObjectName(u"metadataEditor"_s);
    m_other = new QLabel(content);
    m_other->setObjectName(u"otherParameters"_s);
    m_other->setWordWrap(true);
    m_other->setForegroundRole(QPalette::PlaceholderText);
    m_other->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reset = new QPushButton(tr("Reset to defaults"), content);
    m_reset->setObjectName(u"resetParameters"_s);
    m_reset->setAccessibleName(tr("Reset to defaults"));
    m_reset->setToolTip(tr("Unset the model, the prompt and every parameter"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading(tr("Profile"), m_profileCombo, content));
    layout->addWidget(m_profileCombo);
    layout->addWidget(heading(tr("Model"), m_modelPicker, content));
    layout->addWidget(m_modelPicker);
    layout->addWidget(heading(tr("System prompt"), m_prompt, content));
    layout->addWidget(m_prompt);
    layout->addWidget(m_developer);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Audio"), m_spoken, content));
    layout->addWidget(m_spoken);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Storage"), m_metadata, content));
    layout->addWidget(m_metadata);
    layout->addWidget(m_other);
    layout->addSpacing(6);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"parameterScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area follows them
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_profileCombo, &QComboBox::activated, this, &ParameterPanel::onProfileActivated);
    connect(m_modelPicker, &ModelPicker::modelChanged, this, [this](const QString &model) {
        m_settings.model = model;
        emitChanged();
    });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_settings.systemPrompt = m_prompt->toPlainText();
        emitChanged();
    });
    connect(m_developer, &QCheckBox::clicked, this, [this](bool checked) {
        m_settings.developerRole = checked;
        emitChanged();
    });
    connect(m_form, &ParameterForm::parameterEdited, this, &ParameterPanel::onParameterEdited);
    connect(m_spoken, &SpokenAnswerEditor::edited, this,
        [this](const QJsonValue &modalities, const QJsonValue &audio) {
            QSignalBlocker blocker(this); // one change, not two
            onParameterEdited(u"modalities"_s, modalities);
            onParameterEdited(u"audio"_s, audio);
            blocker.unblock();
            emitChanged();
        });
    connect(m_metadata, &MetadataEditor::edited, this, [this] {
        m_settings.store = m_metadata->store();
        m_settings.metadata = m_metadata->metadata();
        emitChanged();
    });
    connect(m_reset, &QPushButton::clicked, this, &ParameterPanel::resetToDefaults);
    setSettings({});
}

ParameterPanel::~ParameterPanel()
{
    // Children that lose focus while they are destroyed may still report an edit.
    for (QObject *child : { static_cast<QObject *>(m_modelPicker), static_cast<QObject *>(m_prompt),
             static_cast<QObject *>(m_form), static_cast<QObject *>(m_metadata),
             static_cast<QObject *>(m_spoken), static_cast<QObject *>(m_developer),
             static_cast<QObject *>(m_profileCombo) })
        child->disconnect(this);
}

void ParameterPanel::setProfileStore(ProfileStore *profiles)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    m_profiles = profiles;
    if (profiles) {
        connect(profiles, &ProfileStore::profilesChanged, this, [this] {
            reloadProfiles();
            applyProfile();
        });
    }
    reloadProfiles();
    applyProfile();
}

void ParameterPanel::setSettings(const Conversation::Settings &settings)
{
    m_loading = true;
    m_settings = settings;
    reloadProfiles();
    applyProfile();
    m_modelPicker->setModel(settings.model);
    m_prompt->setPlainText(settings.systemPrompt);
    m_developer->setChecked(settings.developerRole);
    m_form->setParameters(settings.parameters);
    m_spoken->setParameters(settings.parameters);
    m_metadata->setValues(settings.store, settings.metadata);
    updateOtherParameters();
    m_loading = false;
}

void ParameterPanel::reloadProfiles()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    const QStringList names = m_profiles ? m_profiles->names() : QStringList();
    if (m_settings.profile.isEmpty())
        m_profileCombo->addItem(tr("No profile"), QString());
    for (const QString &name : names)
        m_profileCombo->addItem(name, name);
    if (!m_settings.profile.isEmpty() && !names.contains(m_settings.profile)) {
        // Kept so that a conversation of a deleted profile still shows where it came from.
        m_profileCombo->addItem(tr("%1 (missing)").arg(m_settings.profile), m_settings.profile);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(m_settings.profile)));
}

void ParameterPanel::applyProfile()
{
    m_modelPicker->setProfile(m_settings.profile);
    const auto profile = m_profiles ? m_profiles->profile(m_settings.profile) : std::nullopt;
    QString key =
        ProviderProfile::tokenLimitFieldName(ProviderProfile::TokenLimitField::MaxCompletionTokens);
    if (profile)
        key = ProviderProfile::tokenLimitFieldName(profile->tokenLimitField);
    else if (m_settings.parameters.contains(u"max_tokens"_s))
        key = u"max_tokens"_s; // no profile to ask: show the name the value is stored under
    m_form->setTokenLimitKey(key);
}

void ParameterPanel::onProfileActivated(int index)
{
    const QString profile = m_profileCombo->itemData(index).toString();
    if (profile == m_settings.profile)
        return;
    m_settings.profile = profile;
    applyProfile();
    // The token limit moves to the name the new profile sends.
    const QString key = m_form->tokenLimitKey();
    const QString other = key == u"max_tokens"_s ? u"max_completion_tokens"_s : u"max_tokens"_s;
    if (m_settings.parameters.contains(other) && !m_settings.parameters.contains(key))
        m_settings.parameters.insert(key, m_settings.parameters.take(other));
    emitChanged();
}

void ParameterPanel::onParameterEdited(const QString &key, const QJsonValue &value)
{
    if (key == u"max_tokens"_s || key == u"max_completion_tokens"_s) {
        m_settings.parameters.remove(u"max_tokens"_s);
        m_settings.parameters.remove(u"max_completion_tokens"_s);
    }
    if (value.isUndefined())
        m_settings.parameters.remove(key);
    else
        m_settings.parameters.insert(key, value);
    emitChanged();
}

void ParameterPanel::resetToDefaults()
{
    Conversation::Settings defaults;
    defaults.profile = m_settings.profile;
    setSettings(defaults);
    emitChanged();
}

void ParameterPanel::updateOtherParameters()
{
    QStringList others;
    const QStringList known = ParameterForm::keys() + SpokenAnswerEditor::keys();
    for (auto it = m_settings.parameters.begin(); it != m_settings.parameters.end(); ++it) {
        if (!known.contains(it.key()))
            others.append(it.key());
    }
    m_other->setText(others.isEmpty()
            ? QString()
            : tr("Also sent, set elsewhere: %1").arg(QLocale().createSeparatedList(others)));
    m_other->setVisible(!others.isEmpty());
}

void ParameterPanel::emitChanged()
{
    if (m_loading)
        return;
    Q_EMIT settingsChanged(m_settings);
}
