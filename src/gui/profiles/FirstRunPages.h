// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QWizardPage>

#include "core/settings/ProfilePresets.h"

class ApiKeyField;
class InlineMessage;
class ProfileStore;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

//! First-run wizard page: a big list of presets, with the chosen one's hint below it.
class PresetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetPage)

public:
    explicit PresetPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    std::optional<ProfilePreset> preset() const;
    void selectPreset(const QString &id);

private:
    QListWidget *m_list;
    QLabel *m_hint;
};

//! First-run wizard page: only the fields the chosen preset needs (name, resource or server URL,
//! key, model); the rest comes from the preset.
class DetailsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPage)

public:
    DetailsPage(const PresetPage &presets, const ProfileStore &profiles, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    //! The profile as answered so far; fails with a problem for the user.
    std::expected<ProviderProfile, QString> profile() const;
    QString apiKey() const;

    ApiKeyField *keyField() const { return m_key; }

private:
    const PresetPage &m_presets;
    const ProfileStore &m_profiles;
    std::optional<ProfilePreset> m_preset;
    QFormLayout *m_form;
    QLabel *m_hint;
    QLineEdit *m_name;
    QLineEdit *m_resource;
    QLineEdit *m_url;
    ApiKeyField *m_key;
    QLineEdit *m_model;
    InlineMessage *m_problem;
};
