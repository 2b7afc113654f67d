// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMetaType>
#include <QObject>
#include <QString>

#include "core/api/ApiError.h"

//! The outcome of one SecretStore operation.
struct SecretResult
{
    enum class Operation { Read, Write, Remove };

    Operation operation = Operation::Read;
    QString name; //!< the account the operation was about (the profile name)
    std::optional<QString> secret; //!< Read only: the secret, or nullopt when there is no entry
    ApiError error; //!< Kind::None on success; Kind::Keychain when the store failed

    bool isError() const { return error.isError(); }

    //! Read succeeded and an entry exists.
    bool hasSecret() const { return !isError() && secret.has_value(); }
};

Q_DECLARE_METATYPE(SecretResult)

//! One operation in flight on a SecretStore. It emits finished() exactly once, never from inside
//! the SecretStore call that created it, then deletes itself (later, with deleteLater()). Keep a
//! QPointer if you need to hold on to it.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    SecretResult::Operation operation() const { return m_result.operation; }

    QString name() const { return m_result.name; }

    bool isFinished() const { return m_finished; }

    //! The outcome; complete once isFinished() is true.
    const SecretResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const SecretResult &result);

private:
    friend class SecretStore;

    SecretJob(SecretResult::Operation operation, const QString &name, const QString &secret,
        QObject *parent);
    //! Records the outcome and emits finished(); later calls are ignored (first outcome wins).
    void finish(SecretResult result);

    SecretResult m_result;
    QString m_secretToWrite; //!< Write only
    bool m_finished = false;
};
