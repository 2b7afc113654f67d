// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include "core/conversation/Conversation.h"

//! Runs the user's own command for one tool call, when the user asks (never by itself): the call
//! goes to the command's standard input as JSON, {"id", "name", "arguments"} (arguments parsed
//! when they are valid JSON, else the text as the model wrote it), and KAIWA_TOOL_NAME and
//! KAIWA_TOOL_CALL_ID are set. Its standard output becomes the proposed answer, which the user
//! reads before it is sent. A command that fails, times out or floods is reported, not hidden.
class ToolCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolCommand)

public:
    static constexpr qint64 MaxOutputBytes = 1 << 20; //!< more is cut off and reported
    static constexpr int DefaultTimeoutMs = 30000;

    struct Result
    {
        bool ok = false; //!< exit code 0 within the time and the size limit
        QString output; //!< standard output (UTF-8), what would be sent
        QString problem; //!< why it is not ok: exit code and standard error, timeout, …
    };

    explicit ToolCommand(QObject *parent = nullptr);
    ~ToolCommand() override;

    //! Split like a shell would split it (QProcess::splitCommand); empty: nothing to run.
    void setCommandLine(const QString &commandLine) { m_commandLine = commandLine; }

    void setTimeout(int ms) { m_timer.setInterval(ms); }

    //! Starts the command for `call`; one run at a time (a second call is refused).
    bool run(const Conversation::ToolCall &call);
    void cancel();

    bool isRunning() const { return m_process != nullptr; }

    //! The JSON the command reads on its standard input for `call`.
    static QByteArray inputFor(const Conversation::ToolCall &call);

Q_SIGNALS:
    void finished(const ToolCommand::Result &result);

private:
    void finish(const QString &problem);

    QString m_commandLine;
    QPointer<QProcess> m_process;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_truncated = false;
    QTimer m_timer;
};
