// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProfileCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/CliSession.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/ProfileStore.h"

namespace {
QJsonObject profileJson(const ProviderProfile &p)
{
    QJsonArray headers;
    for (const auto &[name, value] : p.extraHeaders)
        headers.append(QJsonArray{ QString::fromLatin1(name), QString::fromUtf8(value) });
    return { { QStringLiteral("name"), p.name },
        { QStringLiteral("kind"), ProviderProfile::kindName(p.kind) },
        { QStringLiteral("base_url"), p.baseUrl.toString() },
        { QStringLiteral("auth"), ProviderProfile::authName(p.auth) },
        { QStringLiteral("api_version"), p.apiVersion }, { QStringLiteral("headers"), headers },
        { QStringLiteral("extra_body"), p.extraBody },
        { QStringLiteral("extra_parameters"), p.extraParameters },
        { QStringLiteral("default_model"), p.defaultModel },
        { QStringLiteral("token_limit_field"),
            ProviderProfile::tokenLimitFieldName(p.tokenLimitField) } };
}

// Fills a profile from the add command's options; returns a usage problem or nothing.
QString fill(ProviderProfile &p, const CliOptions &o)
{
    if (!o.provider.isEmpty()) {
        ProviderProfile::Kind kind;
        if (!ProviderProfile::kindFromName(o.provider, &kind))
            return QCoreApplication::translate("kaiwa-cli",
                "unknown --provider \"%1\" (openai, azure-openai, azure-inference, gateway, local)")
                .arg(o.provider);
        const QString name = p.name;
        p = ProviderProfile::defaultsFor(kind);
        p.name = name;
    }
    if (!o.baseUrl.isEmpty()) {
        const QUrl url(o.baseUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return QCoreApplication::translate(
                "kaiwa-cli", "--base-url must be an http or https URL");
        p.baseUrl = url;
    }
    if (p.baseUrl.isEmpty())
        return QCoreApplication::translate("kaiwa-cli", "this provider needs --base-url");
    if (!o.apiVersion.isEmpty())
        p.apiVersion = o.apiVersion;
    if (!o.model.isEmpty())
        p.defaultModel = o.model;
    if (!o.auth.isEmpty() && !ProviderProfile::authFromName(o.auth, &p.auth))
        return QCoreApplication::translate(
            "kaiwa-cli", "--auth must be bearer, api-key, both or none");
    if (!o.tokenField.isEmpty()
        && !ProviderProfile::tokenLimitFieldFromName(o.tokenField, &p.tokenLimitField))
        return QCoreApplication::translate(
            "kaiwa-cli", "--token-field must be max_completion_tokens or max_tokens");
    if (!o.extraBody.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(o.extraBody.toUtf8());
        if (!doc.isObject())
            return QCoreApplication::translate("kaiwa-cli", "--extra-body must be a JSON object");
        p.extraBody = doc.object();
    }
    if (!o.extraParameters.isEmpty())
        p.extraParameters = o.extraParameters;
    p.extraHeaders.append(o.headers);
    return o.applyNetwork(p.network);
}
} // namespace

int ProfileCommand::run(CliSession &session)
{
    const CliOptions &o = session.options();
    const QString sub = o.words.value(1);
    const QString name = o.words.value(2);
    ProfileStore store;
    if (sub == QLatin1String("list")) {
        const QList<ProviderProfile> profiles = store.list();
        if (session.json()) {
            QJsonArray array;
            for (const ProviderProfile &p : profiles)
                array.append(profileJson(p));
            CliSession::print(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return CliSession::Success;
        }
        for (const ProviderProfile &p : profiles) {
            const QString line = p.name + u'\t' + ProviderProfile::kindName(p.kind) + u'\t'
                + p.baseUrl.toString()
                + (p.defaultModel.isEmpty() ? QString() : u'\t' + p.defaultModel);
            CliSession::print(line.toUtf8() + '\n');
        }
        return CliSession::Success;
    }
    if (name.isEmpty())
        return CliSession::usage(QCoreApplication::translate("kaiwa-cli", "profile %1 needs a NAME")
                                     .arg(sub.isEmpty() ? QStringLiteral("…") : sub));
    if (sub == QLatin1String("add")) {
        ProviderProfile profile = store.profile(name).value_or(
            ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI));
        profile.name = name;
        if (const QString problem = fill(profile, o); !problem.isEmpty())
            return CliSession::usage(problem);
        if (const auto saved = store.save(profile); !saved)
            return CliSession::fail(saved.error());
        CliSession::print(QCoreApplication::translate("kaiwa-cli",
                              "saved profile %1; set its key with: kaiwa-cli profile set-key %1")
                              .arg(name)
                              .toUtf8()
            + '\n');
        return CliSession::Success;
    }
    if (!store.contains(name))
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "no profile named \"%1\"").arg(name));
    if (sub == QLatin1String("remove")) {
        session.secrets().removeBlocking(NetworkSettings::proxyPasswordAccount(name));
        if (const auto removed = session.secrets().removeBlocking(name); !removed)
            CliSession::warn(removed.error().message);
        if (const auto removed = store.remove(name); !removed)
            return CliSession::fail(removed.error());
        CliSession::print(
            QCoreApplication::translate("kaiwa-cli", "removed profile %1").arg(name).toUtf8()
            + '\n');
        return CliSession::Success;
    }
    const bool proxyPassword = sub == QLatin1String("set-proxy-password");
    if (sub == QLatin1String("set-key") || proxyPassword) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const QString key = QString::fromUtf8(in.readAll()).trimmed();
        if (key.isEmpty())
            return CliSession::usage(QCoreApplication::translate("kaiwa-cli",
                "no secret on standard input (e.g. printf %s \"$SECRET\" | "
                "kaiwa-cli profile %1 NAME)")
                                         .arg(sub));
        // The proxy password has its own keychain entry; never one in profiles.ini.
        const QString account = proxyPassword ? NetworkSettings::proxyPasswordAccount(name) : name;
        if (const auto written = session.secrets().writeBlocking(account, key); !written)
            return CliSession::fail(written.error());
        if (!session.secrets().isPersistent()) {
            CliSession::warn(session.secrets().statusMessage());
            return CliSession::error(QCoreApplication::translate(
                "kaiwa-cli", "the key was not saved: no system keychain"));
        }
        CliSession::print((proxyPassword ? QCoreApplication::translate("kaiwa-cli",
                               "stored the proxy password of %1 in the system "
                               "keychain")
                                         : QCoreApplication::translate("kaiwa-cli",
                                             "stored the key of %1 in the system keychain"))
                              .arg(name)
                              .toUtf8()
            + '\n');
        return CliSession::Success;
    }
    return CliSession::usage(QCoreApplication::translate("kaiwa-cli",
        "unknown profile command \"%1\" (list, add, remove, set-key, set-proxy-password)")
                                 .arg(sub));
}
