// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real kaiwa-cli binary for the black-box tests, with the event loop running so that a
// FakeOpenAiServer hosted in the test process can answer it.
#pragma once

#include <memory>

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

//! What one kaiwa-cli run left behind.
struct CliResult
{
    bool finished = false; //!< false: it was killed after the timeout (or did not start)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    //! Non-empty stderr lines.
    QList<QByteArray> errLines() const
    {
        QList<QByteArray> lines = err.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    //! stdout parsed as one JSON object (empty if it is not one).
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }

    //! For failure messages.
    QByteArray describe() const
    {
        return QByteArray(finished ? "" : "did not finish; ") + "exit "
            + QByteArray::number(exitCode) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

//! A private HOME/XDG_CONFIG_HOME and environment for kaiwa-cli runs.
class CliRunner
{
public:
    CliRunner()
    {
        env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "KAIWA_API_KEY", "OPENAI_API_KEY", "MYVAR", "QT_LOGGING_RULES",
                 "XDG_CURRENT_DESKTOP", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(
            QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    bool isValid() const { return m_home.isValid(); }

    QString home() const { return m_home.path(); }

    QString configHome() const { return m_home.path() + QStringLiteral("/.config"); }

    //! Writes `bytes` to HOME/name and returns the path.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    //! Files under HOME whose content contains `needle`.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(
            m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
        return found;
    }

    //! Starts kaiwa-cli; `input` goes to its stdin, which is then closed.
    std::unique_ptr<QProcess> start(
        const QStringList &arguments, const QByteArray &input = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setProgram(QStringLiteral(KAIWA_CLI_PATH));
        process->setArguments(arguments);
        process->setWorkingDirectory(
            m_home.path()); // relative paths (e.g. @tools.json) are in HOME
        process->start();
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return process;
    }

    //! Waits (event loop running) until `process` ends; kills it after `timeoutMs`.
    static CliResult wait(QProcess &process, int timeoutMs = 30000)
    {
        CliResult result;
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(timeoutMs) && process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(5000);
                result.out = process.readAllStandardOutput();
                result.err = process.readAllStandardError() + process.errorString().toUtf8();
                return result;
            }
        }
        result.finished = process.exitStatus() == QProcess::NormalExit
            && process.error() != QProcess::FailedToStart;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        if (!result.finished)
            result.err += process.errorString().toUtf8();
        return result;
    }

    CliResult run(
        const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000) const
    {
        const auto process = start(arguments, input);
        return wait(*process, timeoutMs);
    }

    QProcessEnvironment env;

private:
    QTemporaryDir m_home;
};

//! A JSON object written as text in a test (an empty object if it does not parse).
inline QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

//! Compact, key-sorted form of an object, for comparisons with readable failure messages.
inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! Runs kaiwa-cli into `result` and fails the test if it did not end by itself.
#define KAIWA_CLI_RUN(result, runner, ...)                                                         \
    const CliResult result = (runner).run(__VA_ARGS__);                                            \
    QVERIFY2(result.finished, result.describe().constData())

//! Compares the exit code, showing stdout and stderr on failure.
#define KAIWA_CLI_EXIT(result, code)                                                               \
    QVERIFY2((result).exitCode == (code),                                                          \
        QByteArray(QByteArray("expected exit " #code "; ") + (result).describe()).constData())
