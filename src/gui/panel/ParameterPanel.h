// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/conversation/Conversation.h"

class MetadataEditor;
class ModelPicker;
class ParameterForm;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SpokenAnswerEditor;

//! The side panel with a conversation's settings: profile, model, system (or developer) prompt,
//! every request parameter (each may stay unset, and unset ones are not sent), store and
//! metadata. Scrolls, and fits about 300 px. Parameters it has no editor for are kept as they are.
class ParameterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterPanel)

public:
    explicit ParameterPanel(QWidget *parent = nullptr);
    ~ParameterPanel() override;

    //! Fills the profile list (and keeps it current on profilesChanged()).
    void setProfileStore(ProfileStore *profiles);
    //! Shows a conversation's settings; does not emit settingsChanged().
    void setSettings(const Conversation::Settings &settings);

    Conversation::Settings settings() const { return m_settings; }

    ModelPicker *modelPicker() const { return m_modelPicker; }

Q_SIGNALS:
    //! The user changed something (not emitted by setSettings()).
    void settingsChanged(const Conversation::Settings &settings);

private:
    void reloadProfiles();
    void onProfileActivated(int index);
    void onParameterEdited(const QString &key, const QJsonValue &value);
    void resetToDefaults();
    void applyProfile();
    void updateOtherParameters();
    void emitChanged();

    QPointer<ProfileStore> m_profiles;
    QComboBox *m_profileCombo;
    ModelPicker *m_modelPicker;
    QPlainTextEdit *m_prompt;
    QCheckBox *m_developer;
    ParameterForm *m_form;
    SpokenAnswerEditor *m_spoken;
    MetadataEditor *m_metadata;
    QLabel *m_other;
    QPushButton *m_reset;
    Conversation::Settings m_settings;
    bool m_loading = false;
};
