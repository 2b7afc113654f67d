// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include "core/Logging.h"
#include "core/secrets/MemorySecretStore.h"

namespace {
//! The errors that mean "there is no usable keychain here" rather than "this one operation
//! failed". On Linux, QtKeychain's libsecret backend reports a missing D-Bus session or Secret
//! Service as OtherError and a locked collection as AccessDenied.
bool isBackendUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
        return true;
    default:
        return false;
    }
}

QString errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        return QStringLiteral("OtherError");
    }
    return QString::number(int(error));
}

QKeychain::Job *makeKeychainJob(
    SecretResult::Operation operation, const QString &service, const QString &secret)
{
    switch (operation) {
    case SecretResult::Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case SecretResult::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        return job;
    }
    case SecretResult::Operation::Remove:
        return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_memory(new MemorySecretStore(this))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::start(SecretJob *job)
{
    if (m_persistent)
        startInKeychain(job);
    else
        startInMemory(job);
}

void KeychainSecretStore::startInKeychain(SecretJob *job)
{
    const auto operation = job->operation();
    QKeychain::Job *keychainJob = makeKeychainJob(operation, m_service, secretToWrite(*job));
    // Never write the key to a plain-text file, whatever QtKeychain's default is.
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(job->name());

    // QtKeychain jobs cannot be cancelled, so a timeout only ends our job; the keychain job still
    // deletes itself when it finishes, and its late answer goes nowhere (the context is gone).
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [this, job] {
        qCWarning(lcSecrets) << "keychain did not answer in time for" << job->name();
        fail(job,
            keychainError(QStringLiteral("keychain-timeout"),
                tr("The system keychain did not answer within %1 seconds. It may be locked and "
                   "waiting for your password; unlock it and try again.")
                    .arg(m_timeout.count() / 1000.0)));
    });
    timer->start(m_timeout);

    connect(keychainJob, &QKeychain::Job::finished, job, [this, job](QKeychain::Job *done) {
        const auto error = done->error();
        const auto operation = job->operation();
        if (error == QKeychain::NoError) {
            qCDebug(lcSecrets) << "keychain operation" << int(operation) << "done for"
                               << job->name();
            if (operation == SecretResult::Operation::Read)
                succeed(job, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            else
                succeed(job);
            return;
        }
        if (error == QKeychain::EntryNotFound && operation != SecretResult::Operation::Write) {
            // A missing entry is an answer, not a failure: nothing to read, nothing to remove.
            qCDebug(lcSecrets) << "no keychain entry for" << job->name();
            succeed(job);
            return;
        }
        const QString detail =
            done->errorString().isEmpty() ? errorName(error) : done->errorString();
        if (isBackendUnavailable(error)) {
            fallBackToMemory(detail);
            startInMemory(job);
            return;
        }
        qCWarning(lcSecrets) << "keychain error" << errorName(error) << detail << "for"
                             << job->name();
        const QString name = job->name();
        switch (error) {
        case QKeychain::AccessDeniedByUser:
            fail(job,
                keychainError(QStringLiteral("keychain-access-denied"),
                    tr("Access to the system keychain was denied (%1). Allow Kaiwa to use the "
                       "keychain, unlock it if asked, and try again.")
                        .arg(detail)));
            return;
        case QKeychain::CouldNotDeleteEntry:
            fail(job,
                keychainError(QStringLiteral("keychain-delete-failed"),
                    tr("The API key for “%1” could not be removed from the system keychain (%2). "
                       "Try again, or delete the entry “%1” of “%3” with your keychain manager.")
                        .arg(name, detail, m_service)));
            return;
        default:
            fail(job,
                keychainError(QStringLiteral("keychain-error"),
                    (operation == SecretResult::Operation::Write
                            ? tr("The system keychain could not save the API key for “%1” (%2). "
                                 "Try again.")
                            : operation == SecretResult::Operation::Read
                            ? tr("The system keychain could not read the API key for “%1” (%2). "
                                 "Try again.")
                            : tr("The system keychain could not remove the API key for “%1” "
                                 "(%2). Try again."))
                        .arg(name, detail)));
            return;
        }
    });
    keychainJob->start();
}

void KeychainSecretStore::startInMemory(SecretJob *job)
{
    SecretJob *inner = nullptr;
    switch (job->operation()) {
    case SecretResult::Operation::Read:
        inner = m_memory->read(job->name());
        break;
    case SecretResult::Operation::Write:
        inner = m_memory->write(job->name(), secretToWrite(*job));
        break;
    case SecretResult::Operation::Remove:
        inner = m_memory->remove(job->name());
        break;
    }
    connect(inner, &SecretJob::finished, job, [job](const SecretResult &result) {
        if (result.isError())
            fail(job, result.error);
        else
            succeed(job, result.secret);
    });
}

void KeychainSecretStore::fallBackToMemory(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_statusMessage =
        tr("No system keychain is available (%1). The API key is kept in memory until "
           "Kaiwa quits; it is not saved.")
            .arg(reason);
    qCWarning(lcSecrets).noquote()
        << "keychain unavailable, keeping API keys in memory only:" << reason;
    Q_EMIT persistenceChanged(false, m_statusMessage);
}
