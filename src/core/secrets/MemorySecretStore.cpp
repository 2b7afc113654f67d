// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/MemorySecretStore.h"

namespace {
//! Overwrites the characters before the string is released. QString is implicitly shared, so this
//! only helps for the copy the store itself held last, but that is the long-lived one.
void wipe(QString &secret)
{
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
}
} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore()
{
    for (auto &secret : m_secrets)
        wipe(secret);
}

void MemorySecretStore::start(SecretJob *job)
{
    switch (job->operation()) {
    case SecretResult::Operation::Read: {
        const auto it = m_secrets.constFind(job->name());
        succeed(job, it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it));
        return;
    }
    case SecretResult::Operation::Write: {
        auto &slot = m_secrets[job->name()];
        wipe(slot);
        slot = secretToWrite(*job);
        succeed(job);
        return;
    }
    case SecretResult::Operation::Remove: {
        const auto it = m_secrets.find(job->name());
        if (it != m_secrets.end()) {
            wipe(*it);
            m_secrets.erase(it);
        }
        succeed(job);
        return;
    }
    }
}
