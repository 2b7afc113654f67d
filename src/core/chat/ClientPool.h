// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/ApiError.h"

class ChatClient;
class ProfileStore;
struct ProviderProfile;
class QNetworkAccessManager;
class SecretStore;

//! One ChatClient per provider profile, made on first use: the profile from the ProfileStore,
//! its API key (and proxy password) read once from the SecretStore (the keychain), its own
//! ProfileNetwork for the profile's proxy and TLS settings. When profiles change, the clients
//! made from the old settings are retired, not deleted: answers they are streaming go on, and the
//! next request gets a client with the new settings.
class ClientPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPool)

public:
    using Result = std::expected<ChatClient *, ApiError>;
    using Callback = std::function<void(const Result &result)>;

    ClientPool(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam,
        QObject *parent = nullptr);
    ~ClientPool() override;

    //! Calls `callback` with the client for `profile` (synchronously when it is ready, else once
    //! the keychain answered), unless `context` (may be null) was destroyed in between. Errors: no
    //! such profile (Kind::Usage, code "profile-not-found"), the keychain failed for a profile that
    //! sends a key (Kind::Keychain).
    void client(const QString &profile, QObject *context, Callback callback);
    //! The ready client for `profile`, or nullptr.
    ChatClient *readyClient(const QString &profile) const;
    //! Retires every client (their profile or key changed).
    void invalidate();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false; //!< false: call back whatever happens
        Callback callback;
    };

    void finishRead(const QString &profile, const Result &result);
    //! Reads `account` from the SecretStore (nothing when empty), then calls `then` with it; a
    //! keychain error ends the waiters of the profile.
    void readSecret(const QString &account, std::function<void(const QString &)> then);
    //! The client for `settings` with its own ProfileNetwork, or why its TLS files are unusable.
    Result make(const ProviderProfile &settings, const QString &key, const QString &proxyPassword);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_nam;
    QHash<QString, ChatClient *> m_clients; //!< owned (children)
    QHash<QString, QList<Waiter>> m_waiting; //!< keychain reads in flight
    quint64 m_generation = 0; //!< bumped by invalidate(): older reads are discarded
};
