// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/ToolCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace {
constexpr qint64 kMaxErrorBytes = 4096; // what the user reads of standard error
}

ToolCommand::ToolCommand(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(tr("The command did not finish within %n second(s) and was stopped.", nullptr,
            m_timer.interval() / 1000));
    });
}

ToolCommand::~ToolCommand()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

QByteArray ToolCommand::inputFor(const Conversation::ToolCall &call)
{
    QJsonParseError error;
    const QJsonDocument arguments = QJsonDocument::fromJson(call.arguments.toUtf8(), &error);
    QJsonObject input{ { QStringLiteral("id"), call.id }, { QStringLiteral("name"), call.name } };
    if (error.error == QJsonParseError::NoError && arguments.isObject())
        input.insert(QStringLiteral("arguments"), arguments.object());
    else if (error.error == QJsonParseError::NoError && arguments.isArray())
        input.insert(QStringLiteral("arguments"), arguments.array());
    else
        input.insert(QStringLiteral("arguments"), call.arguments);
    return QJsonDocument(input).toJson(QJsonDocument::Compact) + '\n';
}

bool ToolCommand::run(const Conversation::ToolCall &call)
{
    const QStringList words = QProcess::splitCommand(m_commandLine);
    if (m_process || words.isEmpty())
        return false;
    m_output.clear();
    m_errors.clear();
    m_truncated = false;
    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KAIWA_TOOL_NAME"), call.name);
    environment.insert(QStringLiteral("KAIWA_TOOL_CALL_ID"), call.id);
    process->setProcessEnvironment(environment);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_output += process->readAllStandardOutput();
        if (m_output.size() > MaxOutputBytes) {
            m_output.truncate(MaxOutputBytes);
            m_truncated = true;
            finish(
                tr("The command wrote more than %1 MB and was stopped.").arg(MaxOutputBytes >> 20));
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_errors += process->readAllStandardError();
        m_errors = m_errors.right(kMaxErrorBytes);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(tr("The command could not be started: %1").arg(process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus s) {
        m_output += process->readAllStandardOutput();
        m_errors += process->readAllStandardError();
        if (s == QProcess::CrashExit)
            finish(tr("The command crashed."));
        else if (code != 0)
            finish(tr("The command ended with exit code %1.").arg(code));
        else
            finish({});
    });
    process->start(words.first(), words.mid(1));
    process->write(inputFor(call));
    process->closeWriteChannel();
    m_timer.start();
    return true;
}

void ToolCommand::cancel()
{
    if (m_process)
        finish(tr("Stopped."));
}

void ToolCommand::finish(const QString &problem)
{
    if (!m_process)
        return;
    m_timer.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000);
    }
    process->deleteLater();
    Result result;
    result.output = QString::fromUtf8(m_output);
    result.ok = problem.isEmpty() && !m_truncated;
    result.problem = problem;
    const QString errors = QString::fromUtf8(m_errors).trimmed();
    if (!result.ok && !errors.isEmpty())
        result.problem += QLatin1Char('\n') + errors;
    Q_EMIT finished(result);
}
