// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretJob.h"

SecretJob::SecretJob(
    SecretResult::Operation operation, const QString &name, const QString &secret, QObject *parent)
    : QObject(parent)
    , m_secretToWrite(secret)
{
    m_result.operation = operation;
    m_result.name = name;
}

void SecretJob::finish(SecretResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Whatever the backend filled in, the job's own identity wins.
    result.operation = m_result.operation;
    result.name = m_result.name;
    if (result.operation != SecretResult::Operation::Read || result.isError())
        result.secret.reset();
    m_result = std::move(result);
    m_secretToWrite.clear();
    Q_EMIT finished(m_result);
    deleteLater();
}
