// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/ClientPool.h"

#include <QCoreApplication>

#include "core/api/ChatClient.h"
#include "core/net/ProfileNetwork.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/ProfileStore.h"

ClientPool::ClientPool(
    ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam)
{
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &ClientPool::invalidate);
}

ClientPool::~ClientPool() = default;

ChatClient *ClientPool::readyClient(const QString &profile) const
{
    return m_clients.value(profile);
}

void ClientPool::invalidate()
{
    // Retired clients stay children of the pool: a stream they parent keeps running.
    m_clients.clear();
    ++m_generation;
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        for (const Waiter &waiter : it.value()) {
            if (!waiter.hasContext || waiter.context)
                client(it.key(), waiter.context, waiter.callback);
        }
    }
}

void ClientPool::client(const QString &profile, QObject *context, Callback callback)
{
    if (ChatClient *ready = m_clients.value(profile)) {
        callback(ready);
        return;
    }
    const auto settings = m_profiles.profile(profile);
    if (!settings) {
        ApiError error;
        error.kind = ApiError::Kind::Usage;
        error.code = QStringLiteral("profile-not-found");
        error.message =
            QCoreApplication::translate("ClientPool", "There is no provider profile named \"%1\".")
                .arg(profile);
        callback(std::unexpected(error));
        return;
    }
    const bool needsKey = settings->auth != ProviderProfile::Auth::None;
    if (!needsKey && !settings->network.needsProxyPassword()) {
        const Result made = make(*settings, {}, {});
        callback(made);
        return;
    }
    QList<Waiter> &waiters = m_waiting[profile];
    waiters.append({ context, context != nullptr, std::move(callback) });
    if (waiters.size() > 1)
        return; // a read is already in flight
    // The API key (under the profile's name), then the proxy password (its own account).
    readSecret(
        needsKey ? profile : QString(), [this, profile, settings = *settings](const QString &key) {
            const bool needsProxy = settings.network.needsProxyPassword();
            readSecret(needsProxy ? NetworkSettings::proxyPasswordAccount(profile) : QString(),
                [this, profile, settings, key](const QString &proxyPassword) {
                    finishRead(profile, make(settings, key, proxyPassword));
                });
        });
}

void ClientPool::readSecret(const QString &account, std::function<void(const QString &)> then)
{
    if (account.isEmpty()) {
        then({});
        return;
    }
    const QString profile = account.section(QChar(0x1f), 0, 0);
    SecretJob *job = m_secrets.read(account);
    const quint64 generation = m_generation;
    connect(job, &SecretJob::finished, this,
        [this, profile, generation, then = std::move(then)](const SecretResult &result) {
            if (generation != m_generation)
                return; // invalidate() re-queued the waiters with a fresh read
            if (result.isError()) {
                finishRead(profile, std::unexpected(result.error));
                return;
            }
            then(result.secret.value_or(QString()));
        });
}

ClientPool::Result ClientPool::make(
    const ProviderProfile &settings, const QString &key, const QString &proxyPassword)
{
    // Each profile has its own manager (its proxy and TLS), a child of the shared one so that
    // request observers of the shared manager see its requests.
    auto network = ProfileNetwork::create(settings, proxyPassword, &m_nam);
    if (!network)
        return std::unexpected(network.error());
    auto *made = new ChatClient(**network, settings, key, this);
    m_clients.insert(settings.name, made);
    return made;
}

void ClientPool::finishRead(const QString &profile, const Result &result)
{
    const QList<Waiter> waiters = m_waiting.take(profile);
    for (const Waiter &waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.callback(result);
    }
}
