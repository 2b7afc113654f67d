// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

#include "core/secrets/SecretJob.h"
#include "core/settings/ProviderProfile.h"
#include "gui/profiles/ConnectionTester.h"

class ConnectionTestPanel;
class InlineMessage;
class ProfileEditor;
class ProfileStore;
class QDialogButtonBox;
class QListWidget;
class QListWidgetItem;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
class SecretStore;

//! Add, edit, duplicate, remove and test provider profiles. Profiles go to the ProfileStore, keys
//! to the SecretStore under the profile's name (moved along on rename). Problems are shown next
//! to the field or the Save button; nothing the user typed is dropped on an error.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam,
        QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &name);
    //! Starts an unsaved profile from a preset (ProfilePresets id) and selects it.
    void addFromPreset(const QString &presetId);
    //! Saves the form (also what the Save button does); profileSaved() or a problem follows.
    void save();

    bool isSaving() const { return m_saving; }

    bool hasUnsavedChanges() const { return m_dirty; }

    void reject() override;

Q_SIGNALS:
    void profileSaved(const QString &name);

private:
    enum Role { SavedNameRole = Qt::UserRole + 1, KeySourceRole, MoveKeyRole };

    void reload(const QString &select);
    QListWidgetItem *addItem(const QString &name, const QString &savedName);
    void onCurrentChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void showItem(QListWidgetItem *item);
    void refreshKeyState(const QString &name);
    bool confirmDiscard();
    void duplicate();
    void remove();
    void runCheck(ConnectionTester::Check check);
    void saveKey(const QString &name, const QString &typed, const QString &source, bool move);
    void writeKey(const QString &name, const QString &secret, const QString &removeAfter);
    void finishSave(const QString &name, bool keyWritten);
    void failSave(const QString &name, const ApiError &error);
    void onJob(SecretJob *job, std::function<void(const SecretResult &)> done);
    void setDirty(bool dirty);
    // ProfileDialogNetwork.cpp: the proxy password (its own keychain entry) and certificate trust.
    void saveProxyPassword(const QString &name, const QString &oldName);
    void refreshProxyState(const QString &name);
    void withProxyPassword(const ProviderProfile &profile, const QString &source,
        std::function<void(const QString &)> then);
    void trustCertificate(const QString &sha256);
    QStringList takenNames(const QListWidgetItem *except) const;

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QListWidget *m_list;
    QToolButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    ProfileEditor *m_editor;
    ConnectionTestPanel *m_test;
    InlineMessage *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QWidget *m_right;
    QListWidgetItem *m_item = nullptr; //!< the entry in the editor
    bool m_dirty = false;
    bool m_saving = false;
    bool m_switching = false;
};
