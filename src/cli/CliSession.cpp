// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSession.h"

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>

#include "core/api/ApiReply.h"
#include "core/net/ProfileNetwork.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/ProfileStore.h"

namespace {
QString keyFromEnvironment(const CliOptions &o)
{
    const QStringList names = o.apiKeyEnvGiven
        ? QStringList{ o.apiKeyEnv }
        : QStringList{ QStringLiteral("KAIWA_API_KEY"), QStringLiteral("OPENAI_API_KEY") };
    for (const QString &name : names) {
        const QString key = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
        if (!key.isEmpty())
            return key;
    }
    return {};
}

// Ctrl+C cancels the request in flight (the partial answer stays on stdout) instead of killing
// the process mid-write: the handler only writes to a pipe that the event loop watches.
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

CliSession::CliSession(const CliOptions &options)
    : m_options(options)
{}

CliSession::~CliSession() = default;

SecretStore &CliSession::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

int CliSession::prepare()
{
    const CliOptions &o = m_options;
    QString key;
    if (!o.profile.isEmpty()) {
        ProfileStore store;
        const auto saved = store.profile(o.profile);
        if (!saved)
            return usage(QCoreApplication::translate(
                "kaiwa-cli", "no profile named \"%1\" (see: kaiwa-cli profile list)")
                             .arg(o.profile));
        m_profile = *saved;
        if (o.apiKeyEnvGiven) {
            key = keyFromEnvironment(o);
        } else {
            const auto stored = secrets().readBlocking(o.profile);
            if (!stored)
                warn(QCoreApplication::translate("kaiwa-cli", "%1 Continuing without an API key.")
                         .arg(stored.error().message));
            else if (*stored)
                key = **stored;
            if (!secrets().isPersistent())
                warn(secrets().statusMessage());
        }
    } else {
        ProviderProfile::Kind kind = ProviderProfile::Kind::OpenAI;
        if (!o.provider.isEmpty() && !ProviderProfile::kindFromName(o.provider, &kind))
            return usage(QCoreApplication::translate("kaiwa-cli",
                "unknown --provider \"%1\" (openai, azure-openai, azure-inference, gateway, local)")
                             .arg(o.provider));
        m_profile = ProviderProfile::defaultsFor(kind);
        //: The name of the profile made from command-line options (shown in error messages).
        m_profile.name = QCoreApplication::translate("kaiwa-cli", "command line");
        key = keyFromEnvironment(o);
    }
    if (!o.profile.isEmpty() && !o.provider.isEmpty()) {
        if (!ProviderProfile::kindFromName(o.provider, &m_profile.kind))
            return usage(QCoreApplication::translate("kaiwa-cli", "unknown --provider \"%1\"")
                             .arg(o.provider));
    }
    if (!o.baseUrl.isEmpty()) {
        const QUrl url(o.baseUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usage(QCoreApplication::translate(
                "kaiwa-cli", "--base-url must be an http or https URL"));
        m_profile.baseUrl = url;
    }
    if (m_profile.baseUrl.isEmpty())
        return usage(
            QCoreApplication::translate("kaiwa-cli", "no --base-url given for this provider"));
    if (!o.apiVersion.isEmpty())
        m_profile.apiVersion = o.apiVersion;
    m_profile.extraHeaders.append(o.headers);
    if (const QString problem = o.applyNetwork(m_profile.network); !problem.isEmpty())
        return usage(problem);
    QString proxyPassword;
    if (m_profile.network.needsProxyPassword() && !o.profile.isEmpty()) {
        const auto stored =
            secrets().readBlocking(NetworkSettings::proxyPasswordAccount(o.profile));
        if (!stored)
            warn(stored.error().message);
        else
            proxyPassword = stored->value_or(QString());
    }
    // The profile's proxy and TLS settings: its own manager.
    auto network = ProfileNetwork::create(m_profile, proxyPassword, &m_nam);
    if (!network)
        return usage(network.error().message);
    m_client = std::make_unique<ChatClient>(**network, m_profile, key);
    m_client->setOptions({ .maxRetries = o.retries, .timeoutMs = o.timeoutSeconds * 1000 });
    return Success;
}

void CliSession::waitUntil(
    const std::function<void(QEventLoop &)> &connectQuit, const std::function<void()> &interrupt)
{
    QEventLoop loop;
    connectQuit(loop);
    if (g_signalPipe[0] < 0 && ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        g_signalPipe[0] = g_signalPipe[1] = -1;
    std::unique_ptr<QSocketNotifier> notifier;
    if (g_signalPipe[0] >= 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&interrupt]() {
            char byte;
            while (::read(g_signalPipe[0], &byte, 1) > 0) {}
            interrupt();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

ApiError CliSession::run(ApiReply &reply)
{
    QObject::connect(
        &reply, &ApiReply::retrying, &reply, [](int retry, int delayMs, const ApiError &why) {
            //: %1 why the request failed, %2 the retry's number, %3 seconds until it starts
            note(QCoreApplication::translate("kaiwa-cli", "%1; retry %2 in %3 s")
                     .arg(why.describe())
                     .arg(retry)
                     .arg(delayMs / 1000.0, 0, 'f', 1));
        });
    reply.start();
    if (!reply.isFinished()) {
        waitUntil(
            [&reply](QEventLoop &loop) {
                QObject::connect(&reply, &ApiReply::finished, &loop, &QEventLoop::quit);
                QObject::connect(&reply, &ApiReply::failed, &loop, &QEventLoop::quit);
            },
            [&reply]() { reply.cancel(); });
    }
    return reply.error();
}

int CliSession::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Usage:
        return UsageError;
    case ApiError::Kind::Http:
    case ApiError::Kind::Api:
    case ApiError::Kind::Parse:
    case ApiError::Kind::Limit:
        return ApiFailure;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Truncated:
    case ApiError::Kind::Cancelled:
        return NetworkFailure;
    case ApiError::Kind::Keychain:
        return Failure;
    }
    return Failure;
}

int CliSession::fail(const ApiError &error)
{
    std::fflush(stdout);
    CliSession::error(error.describe());
    return exitCodeFor(error);
}

int CliSession::usage(const QString &message)
{
    error(message);
    return UsageError;
}

int CliSession::error(const QString &message)
{
    //: Prefix of every error line on standard error: "kaiwa-cli: error: …"
    note(QCoreApplication::translate("kaiwa-cli", "error: %1").arg(message));
    return Failure;
}

void CliSession::warn(const QString &message)
{
    //: Prefix of a warning line on standard error: "kaiwa-cli: warning: …"
    if (!message.isEmpty())
        note(QCoreApplication::translate("kaiwa-cli", "warning: %1").arg(message));
}

void CliSession::note(const QString &line)
{
    std::fprintf(stderr, "kaiwa-cli: %s\n", qUtf8Printable(line));
}

void CliSession::print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void CliSession::printJson(const QJsonObject &object)
{
    print(QJsonDocument(object).toJson(QJsonDocument::Indented));
    std::fflush(stdout);
}
