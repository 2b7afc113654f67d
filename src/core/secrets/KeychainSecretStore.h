// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QString>

#include "core/secrets/SecretStore.h"

class MemorySecretStore;

//! Keeps API keys in the OS keychain through QtKeychain (on Linux: the Secret Service over D-Bus,
//! e.g. gnome-keyring or KWallet). QtKeychain's insecure plain-text fallback is never enabled.
//!
//! When the keychain turns out to be unavailable (no D-Bus session, no Secret Service, the service
//! refuses access), the store switches for the rest of the process to a MemorySecretStore:
//! isPersistent() becomes false, statusMessage() says why, persistenceChanged() is emitted once,
//! and the operation that found out is carried out in memory. Keys are then lost when Kaiwa quits,
//! and nothing is written to disk.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static QString defaultService() { return QStringLiteral("io.github.kaiwa.Kaiwa"); }

    explicit KeychainSecretStore(QObject *parent = nullptr);
    //! `service` is the keychain's service/collection attribute; tests may use their own.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    bool isPersistent() const override { return m_persistent; }

    QString statusMessage() const override { return m_statusMessage; }

    //! How long one keychain operation may take before it fails with code "keychain-timeout"
    //! (an unlock prompt may be waiting for the user). Default: 60 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    std::chrono::milliseconds timeout() const { return m_timeout; }

protected:
    void start(SecretJob *job) override;

private:
    void startInKeychain(SecretJob *job);
    void startInMemory(SecretJob *job);
    //! Switches to process memory for good and tells the user why.
    void fallBackToMemory(const QString &reason);

    QString m_service;
    MemorySecretStore *m_memory; //!< child; used only after fallBackToMemory()
    bool m_persistent = true;
    QString m_statusMessage;
    std::chrono::milliseconds m_timeout{ 60000 };
};
