// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include "core/api/ApiError.h"
#include "core/settings/ProviderProfile.h"

//! Persists ProviderProfiles in an INI file through QSettings, one group per profile. API keys are
//! never stored here: they live in a SecretStore under the profile's name.
//!
//! Enums are stored by their names (ProviderProfile::kindName() …), extraHeaders and extraBody as
//! JSON text. Values that cannot be read back (unknown names, broken JSON, bad URLs) are skipped
//! with a warning on lcSettings; the rest of the profile still loads.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    //! AppConfigLocation/profiles.ini (needs the application and organisation names set first).
    static QString defaultFilePath();

    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const QString &filePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString filePath() const;

    //! Profile names, sorted case-insensitively (ties: by code point).
    QStringList names() const;
    //! All profiles in names() order.
    QList<ProviderProfile> list() const;
    bool contains(const QString &name) const;
    std::optional<ProviderProfile> profile(const QString &name) const;

    //! Creates or replaces the profile called `profile.name` (every field is rewritten).
    std::expected<void, ApiError> save(const ProviderProfile &profile);
    //! Removing a profile that does not exist is an error (code "profile-not-found").
    std::expected<void, ApiError> remove(const QString &name);
    //! Renames a profile; `newName` must be free. The caller moves the API key in the SecretStore
    //! (keys are kept under the profile name).
    std::expected<void, ApiError> rename(const QString &oldName, const QString &newName);

    //! Why `name` cannot be a profile name, or an empty string if it can.
    static QString nameProblem(const QString &name);
    //! The QSettings group for `name`: '%', '/' and '\' escaped as %25, %2F, %5C; QSettings
    //! escapes the rest of the INI syntax itself.
    static QString groupForName(const QString &name);
    static QString nameForGroup(const QString &group);

Q_SIGNALS:
    //! A profile was saved, removed or renamed.
    void profilesChanged();

private:
    std::expected<void, ApiError> sync();

    mutable QSettings m_settings;
};
