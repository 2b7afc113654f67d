// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "core/secrets/SecretStore.h"

//! Keeps secrets in process memory only; they are gone when Kaiwa quits and never touch the disk.
//! KeychainSecretStore falls back to it when there is no system keychain; tests use it directly.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }

    //! How many secrets are held (names only are inspectable; values only through read()).
    qsizetype count() const { return m_secrets.size(); }

    bool contains(const QString &name) const { return m_secrets.contains(name); }

protected:
    void start(SecretJob *job) override;

private:
    QHash<QString, QString> m_secrets;
};
