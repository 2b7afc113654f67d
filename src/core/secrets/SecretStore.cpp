// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace {
ApiError usageError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Usage;
    error.code = QStringLiteral("secret-name-empty");
    error.message = message;
    return error;
}

//! Runs a local event loop until `job` finishes or `timeout` passes.
std::expected<SecretResult, ApiError> waitFor(SecretJob *job, std::chrono::milliseconds timeout)
{
    ApiError error;
    error.kind = ApiError::Kind::Keychain;
    if (!QCoreApplication::instance()) {
        error.code = QStringLiteral("keychain-no-event-loop");
        error.message = QCoreApplication::translate(
            "SecretStore", "Internal error: the keychain needs a running Qt application.");
        return std::unexpected(error);
    }
    std::optional<SecretResult> outcome;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome) {
        error.code = QStringLiteral("keychain-timeout");
        error.message = QCoreApplication::translate("SecretStore",
            "The system keychain did not answer within %1 seconds. It may be locked and waiting "
            "for a password; unlock it and try again.")
                            .arg(timeout.count() / 1000.0);
        return std::unexpected(error);
    }
    return *outcome;
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore()
{
    // Exactly one outcome per job, even when the store goes away first.
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelled.code = QStringLiteral("secret-store-destroyed");
    cancelled.message = QCoreApplication::translate(
        "SecretStore", "The operation was cancelled because Kaiwa is shutting down.");
    const auto jobs = findChildren<SecretJob *>(Qt::FindDirectChildrenOnly);
    for (SecretJob *job : jobs)
        fail(job, cancelled);
}

SecretJob *SecretStore::read(const QString &name)
{
    return enqueue(SecretResult::Operation::Read, name);
}

SecretJob *SecretStore::write(const QString &name, const QString &secret)
{
    return enqueue(SecretResult::Operation::Write, name, secret);
}

SecretJob *SecretStore::remove(const QString &name)
{
    return enqueue(SecretResult::Operation::Remove, name);
}

SecretJob *SecretStore::enqueue(
    SecretResult::Operation operation, const QString &name, const QString &secret)
{
    auto *job = new SecretJob(operation, name, secret, this);
    // Queued, so callers can connect to the job before anything can finish it.
    QMetaObject::invokeMethod(
        job,
        [this, job] {
            if (job->isFinished())
                return;
            if (job->name().isEmpty()) {
                fail(job,
                    usageError(QCoreApplication::translate(
                        "SecretStore", "An API key needs a profile name.")));
                return;
            }
            start(job);
        },
        Qt::QueuedConnection);
    return job;
}

std::expected<std::optional<QString>, ApiError> SecretStore::readBlocking(
    const QString &name, std::chrono::milliseconds timeout)
{
    const auto result = waitFor(read(name), timeout);
    if (!result)
        return std::unexpected(result.error());
    if (result->isError())
        return std::unexpected(result->error);
    return result->secret;
}

std::expected<void, ApiError> SecretStore::writeBlocking(
    const QString &name, const QString &secret, std::chrono::milliseconds timeout)
{
    const auto result = waitFor(write(name, secret), timeout);
    if (!result)
        return std::unexpected(result.error());
    if (result->isError())
        return std::unexpected(result->error);
    return {};
}

std::expected<void, ApiError> SecretStore::removeBlocking(
    const QString &name, std::chrono::milliseconds timeout)
{
    const auto result = waitFor(remove(name), timeout);
    if (!result)
        return std::unexpected(result.error());
    if (result->isError())
        return std::unexpected(result->error);
    return {};
}

void SecretStore::succeed(SecretJob *job, std::optional<QString> secret)
{
    SecretResult result;
    result.secret = std::move(secret);
    job->finish(std::move(result));
}

void SecretStore::fail(SecretJob *job, ApiError error)
{
    SecretResult result;
    result.error = std::move(error);
    job->finish(std::move(result));
}

ApiError SecretStore::keychainError(const QString &code, const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Keychain;
    error.code = code;
    error.message = message;
    return error;
}
