// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class ConnectionTestPanel;
class DetailsPage;
class InlineMessage;
class PresetPage;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

//! Walks a first-time user through making a profile: welcome, pick a preset, fill in the few
//! fields it needs, test the connection, and Finish saves the profile (key to the keychain).
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId { WelcomePageId, PresetPageId, DetailsPageId, TestPageId };

    FirstRunWizard(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam,
        QWidget *parent = nullptr);

    //! True when there is no profile yet: the app should show this wizard.
    static bool needed(const ProfileStore &profiles);

    //! The saved profile's name once the wizard was accepted; empty before.
    QString createdProfileName() const { return m_created; }

    PresetPage *presetPage() const { return m_presetPage; }

    //! Saves the profile, then the key; closes only when both worked.
    void accept() override;

Q_SIGNALS:
    void profileCreated(const QString &name);

private:
    void setSaving(bool saving);
    void fail(const QString &text);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    PresetPage *m_presetPage;
    DetailsPage *m_details;
    ConnectionTestPanel *m_test;
    InlineMessage *m_problem;
    QString m_created;
    bool m_saving = false;
};
