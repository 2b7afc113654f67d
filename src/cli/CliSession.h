// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QNetworkAccessManager>

#include "cli/CliOptions.h"
#include "core/api/ApiError.h"
#include "core/api/ChatClient.h"
#include "core/settings/ProviderProfile.h"

class ApiReply;
class QEventLoop;
class SecretStore;

//! What every kaiwa-cli command shares: the resolved profile and key, the client, waiting for a
//! reply, printing, and the exit codes.
class CliSession final
{
public:
    enum Exit { Success = 0, Failure = 1, UsageError = 2, ApiFailure = 3, NetworkFailure = 4 };

    explicit CliSession(const CliOptions &options);
    ~CliSession();

    const CliOptions &options() const { return m_options; }

    bool json() const { return m_options.output == CliOptions::Output::Json; }

    //! Builds the profile (saved profile and/or command-line options) and finds the key. Returns
    //! an exit code other than Success on failure, after printing why.
    int prepare();

    const ProviderProfile &profile() const { return m_profile; }

    ChatClient &client() { return *m_client; }

    SecretStore &secrets();

    //! Starts `reply` and runs the event loop until it ends; returns its error (None on success).
    //! Ctrl+C cancels it (the partial answer is kept).
    static ApiError run(ApiReply &reply);
    //! Runs the event loop until `connectQuit` makes it quit; Ctrl+C or SIGTERM call `interrupt`.
    static void waitUntil(const std::function<void(QEventLoop &)> &connectQuit,
        const std::function<void()> &interrupt);

    //! "kaiwa-cli: error: …" on stderr and the matching exit code.
    static int fail(const ApiError &error);
    static int usage(const QString &message);
    //! "kaiwa-cli: error: …" on stderr; returns Failure (exit 1).
    static int error(const QString &message);
    static void warn(const QString &message);
    //! "kaiwa-cli: …" on stderr.
    static void note(const QString &line);
    static int exitCodeFor(const ApiError &error);
    static void print(const QByteArray &bytes); //!< to stdout, unbuffered by Qt
    static void printJson(const QJsonObject &object);

private:
    CliOptions m_options;
    ProviderProfile m_profile;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ChatClient> m_client;
};
