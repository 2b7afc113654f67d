// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <expected>
#include <optional>

#include <QObject>
#include <QString>

#include "core/api/ApiError.h"
#include "core/secrets/SecretJob.h"

//! Where API keys live, one secret per account name (the profile name). All operations are
//! asynchronous and return a SecretJob that reports its outcome exactly once. Errors are
//! ApiError{Kind::Keychain} (Kind::Usage for an empty name, Kind::Cancelled when the store is
//! destroyed first). A missing entry is not an error: a read then succeeds with no secret.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr std::chrono::milliseconds DefaultBlockingTimeout{ 30000 };

    ~SecretStore() override;

    SecretJob *read(const QString &name);
    SecretJob *write(const QString &name, const QString &secret);
    //! Removing an entry that does not exist succeeds.
    SecretJob *remove(const QString &name);

    //! Synchronous helpers for command-line use: they run a local QEventLoop until the job ends or
    //! `timeout` passes (then Kind::Keychain, code "keychain-timeout"). They need a
    //! QCoreApplication. A read returns nullopt when there is no entry.
    std::expected<std::optional<QString>, ApiError> readBlocking(
        const QString &name, std::chrono::milliseconds timeout = DefaultBlockingTimeout);
    std::expected<void, ApiError> writeBlocking(const QString &name, const QString &secret,
        std::chrono::milliseconds timeout = DefaultBlockingTimeout);
    std::expected<void, ApiError> removeBlocking(
        const QString &name, std::chrono::milliseconds timeout = DefaultBlockingTimeout);

    //! True if secrets survive the process (they are in the OS keychain).
    virtual bool isPersistent() const = 0;

    //! Empty when all is well; otherwise an English sentence for the user about where keys are
    //! kept (e.g. that no system keychain is available).
    virtual QString statusMessage() const { return {}; }

Q_SIGNALS:
    //! isPersistent() changed (e.g. the keychain turned out to be missing); `message` is the new
    //! statusMessage().
    void persistenceChanged(bool persistent, const QString &message);

protected:
    explicit SecretStore(QObject *parent = nullptr);

    //! Begins `job`. Called from the event loop, never inside read()/write()/remove(), so an
    //! implementation may complete the job right away. It must eventually call succeed() or
    //! fail() (extra calls are ignored).
    virtual void start(SecretJob *job) = 0;

    static QString secretToWrite(const SecretJob &job) { return job.m_secretToWrite; }

    //! Ends `job` successfully; `secret` is for reads (nullopt: no entry).
    static void succeed(SecretJob *job, std::optional<QString> secret = std::nullopt);
    static void fail(SecretJob *job, ApiError error);
    //! An ApiError of Kind::Keychain with a machine-readable `code` and an English `message`.
    static ApiError keychainError(const QString &code, const QString &message);

private:
    SecretJob *enqueue(
        SecretResult::Operation operation, const QString &name, const QString &secret = {});
};
